"""Blind sets 90–92 (judged at eac590b): task tables as they come in office files and copies. A 序号 column before
the task's name (typed text), task rows led by their number under a header that has none (a browser's copy), and a
self-evaluation's task table of 全年预算数 | 全年执行数 | 执行率 whose 合计 is the whole budget's, followed by the
预算执行情况 row that gives its points (分值 | 10 | 执行率99.66% | 得分9.97). Each test fails on eac590b."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jxcheck.engine.check import check_file
from written_checks import rules_of

WRITTEN = Path(__file__).parent / "fixtures" / "written"


def _checked(number: str, book):
    return check_file(next(WRITTEN.glob(f"{number}_*")), book)


def test_a_task_table_with_a_number_column_reads_names_and_amounts(book):
    result = _checked("1539", book)  # 序号 | 任务名称 | 主要内容 | 总额 | 财政拨款 | 其他资金 under 年度主要任务
    tasks = result.form.tasks
    assert [t.name for t in tasks][:2] == ["人员经费保障", "公用经费保障"]
    assert tasks[-1].budget is not None and (tasks[-1].budget.total, tasks[-1].budget.fiscal, tasks[-1].budget.other) \
        == (Decimal("300.00"), Decimal("280.00"), Decimal("20.00"))
    assert not result.findings  # a correct form: no 预算金额无法识别, no sums that do not add up


def test_task_rows_led_by_their_number_in_a_copy_keep_their_amounts(book):
    result = _checked("1517", book)  # 1 机关运转保障 保障机关… 412.36 412.36 0.00 under 任务名称 主要内容 预算金额
    tasks = result.form.tasks
    assert [t.name for t in tasks][0] == "机关运转保障"
    assert all(t.budget is not None and t.budget.total for t in tasks)
    assert "FORM-03" not in rules_of(result)
    assert "BUD-09" in rules_of(result)  # the cost indicators add up to 6461.06 against the tasks' 6471.06


def test_a_self_evaluations_task_table_and_its_execution_row(book):
    result = _checked("1534", book)  # docx: 任务名称 (merged) | 全年预算数 | 全年执行数 | 执行率 | 备注
    assert len(result.form.tasks) == 5
    assert all(t.budget is not None and t.budget.fiscal is None for t in result.form.tasks)  # no 财政拨款 column
    assert rules_of(result) == ["EVAL-02"]
    assert "99.37" in result.findings[0].message  # the execution row's 9.97 among the scores
    funds = result.form.funds
    assert len(funds) == 1 and dict(funds[0].amounts)["得分"] == Decimal("9.97")


def test_an_execution_row_under_a_csv_task_table_is_no_task(book):
    result = _checked("1537", book)  # 预算执行率,,,分值,10,执行率,98.48%,得分9.85 under the 合计 line
    assert len(result.form.tasks) == 5
    assert rules_of(result) == ["EVAL-03"]


def test_a_field_under_the_score_total_is_no_part_of_it(book):
    result = _checked("1509", book)  # Acrobat: 总分   100 99.80 / 评价等级：优
    assert len(result.form.indicators) == 9
    assert result.form.score_total is not None and result.form.score_total.score == Decimal("99.80")
    assert not {"EVAL-06", "VAL-02", "FORM-03"} & set(rules_of(result))


def test_tasks_on_one_sheet_and_goals_with_indicators_on_the_next_are_one_form(book):
    result = _checked("1528", book)  # sheet 1: title, unit, 年度主要任务; sheet 2: 年度总体目标 and the indicators
    assert (result.form.meta.year, result.form.meta.department) == (2025, "鹿邑县文化广电和旅游局")
    assert len(result.form.tasks) == 6 and len(result.form.indicators) == 19
    assert "FORM-04" not in rules_of(result) and "BUD-09" in rules_of(result)  # 1740.00 against the tasks' 1749.00


def test_money_saved_under_economic_benefit_is_an_economic_effect(book):
    result = _checked("1526", book)  # 经济效益指标 | 示范区亩均农药投入减少 | ≥60元/亩
    assert not result.findings


def test_a_copys_goal_under_its_task_total_is_the_goal_not_tasks(book):
    """pdftotext -layout (1466: 年度 | 围绕… / 总体 | 沟渠… / 目标 | 区安全…, the label stacked down the first column) and
    a Foxit copy (1502: 年度总体 | 保障… / 目标 | 电子… / 金；…): the lines under 金额合计 with no amount are the goal's."""
    for number, tasks in (("1466", 6), ("1502", None), ("1477", 5), ("1469", 6)):
        result = _checked(number, book)
        assert len(result.form.goals) == 1, number
        if tasks is not None:  # (1502's task names wrapped onto lines of their own are another matter)
            assert len(result.form.tasks) == tasks, number
    assert "FORM-03" not in rules_of(_checked("1466", book))
    goal = _checked("1466", book).form.goals[0].text
    assert goal.startswith("围绕农村供水保障") and goal.endswith("全年部门支出控制在预算2098.00万元以内。")


def test_a_converters_task_content_broken_onto_the_next_line_with_the_amounts(book):
    """WPS PDF转Word (1473): 遗产区村落风貌管控、梯田 / 水系维护及遗产监测 | 520.00 | 420.00 | 100.00 — the content's
    line break starts a new line and the row's amounts follow it; the goal under the 合计 beside its stacked label
    (目标 | 做好…) is the goal. Fails on a5591db."""
    result = _checked("1473", book)
    tasks = result.form.tasks
    assert len(tasks) == 5 and tasks[0].content.endswith("水系维护及遗产监测")
    assert tasks[0].budget is not None and tasks[0].budget.other == Decimal("100.00")
    assert len(result.form.goals) == 1
    assert not {"BUD-02", "BUD-09", "BUD-10", "FORM-03"} & set(rules_of(result))


def test_task_rows_centred_on_their_content_lines_in_a_layout_copy(book):
    """pdftotext -layout (1516): a task's name and amounts on the middle of its content's lines (保障在职人员… /
    人员及机构运转保障 | 1856.42 | … / 机关及所属机构日常运转), or its content's first line beside the name and the amounts
    on the next (特种设备安全监管 | 电梯、锅炉… / 监督检查和隐患排查 | 38.50 | …). Fails on a5591db."""
    result = _checked("1516", book)
    tasks = result.form.tasks
    assert [t.name for t in tasks] == ["人员及机构运转保障", "食品安全监督抽检", "特种设备安全监管", "市场主体登记及信用监管",
                                       "知识产权保护与质量提升", "12315投诉举报处理"]
    assert tasks[0].content == "保障在职人员工资福利、社会保障缴费及机关及所属机构日常运转"
    assert tasks[2].content.endswith("监督检查和隐患排查") and tasks[2].budget is not None
    assert "FORM-03" not in rules_of(result)


def test_a_result_word_after_a_qualitative_value_is_no_unit(book):
    """Foxit, a run a line (1508): 供水工程运行管护机制 / 定性 / 长效运行 / 达成年度指标 / 10 / 10 — the empty 度量单位 cell
    gave no line; 达成年度指标 is the result, not the unit (a false VAL-02 made a false 退回, EVAL-05 too). Fails on
    eac590b."""
    result = _checked("1508", book)
    row = next(i for i in result.form.indicators if i.name == "供水工程运行管护机制")
    assert row.actual == "达成年度指标" and not row.unit_cell
    assert not {"VAL-02", "EVAL-05"} & set(rules_of(result))
