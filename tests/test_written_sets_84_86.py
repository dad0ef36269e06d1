"""Written sets 84, 85 (PDF copies) and 86 (office files and typed text), blind, judged at 538214f; their false
findings, mended. Each test fails on 538214f."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file
from jxcheck.engine.findings import Severity
from written_checks import rules_of

WRITTEN = Path(__file__).parent / "fixtures" / "written"


def _checked(number: str, book):
    return check_file(next(WRITTEN.glob(f"{number}_*")), book)


def test_a_workbook_printed_a_page_a_sheet_is_one_form(book):
    """Written 1438 (xlsx, 第1页 | 第2页, the indicator header repeated on the second): read as two forms, ten false
    findings (weights, totals, groups and sign-off each judged on half a form)."""
    result = _checked("1438", book)
    assert len(result.form.indicators) == 9
    assert [f.rule for f in result.findings if f.severity == Severity.ERROR] == ["EVAL-06"]


def test_the_forms_own_block_under_its_table_is_no_second_form(book):
    """Written 1448 (typed text): 三、项目基本情况 (项目名称, 实施单位, 年度资金总额, sign-off) printed under the
    indicators was split off as a form of its own with no table: a false FORM-02 sent the file back."""
    from jxcheck.engine.check import check_path
    (result,) = check_path(next(WRITTEN.glob("1448_*")), book)
    assert "FORM-02" not in rules_of(result) and result.verdict == "修改后通过"


def test_an_empty_reason_column_for_a_low_rate(book):
    """Written 1359 (typed text): 执行率 85.06% with its 执行率偏低原因说明 cell empty — passed because a narrative
    elsewhere mentioned 进度."""
    assert ("BUD-07", 13) in {(f.rule, f.location.line) for f in _checked("1359", book).findings}


def test_a_cost_level_with_its_own_second_level_below_it(book):
    """WPS viewer (1410), Chrome (1425): 成本指标 / 经济成本指标 on lines of their own read as 产出指标 › 经济成本指标
    (a false STR-03 on the scheme)."""
    for number in ("1410", "1425"):
        result = _checked(number, book)
        assert "STR-03" not in rules_of(result), number
        assert {i.level1 for i in result.form.indicators if i.level2 == "经济成本指标"} == {"成本指标"}, number


def test_a_cell_a_line_task_table_with_spent_and_rate_and_its_funds_line(book):
    """WPS viewer (1419): 任务名称 / 预算数 / 执行数 / 执行率, each figure a line — read as one task then garbage, and
    the funds block's one line (年度预算执行情况 / 年初预算数 … / 1335.00 …) not at all: a false FORM-03 and a false
    EVAL-01 (the execution weight missed) sent a correct form back."""
    result = _checked("1419", book)
    assert [str(t.budget.total) for t in result.form.tasks] == ["520.00", "260.00", "350.00", "120.00", "85.00"]
    assert not {"FORM-03", "EVAL-01"} & set(rules_of(result)) and result.verdict == "通过"


def test_water_and_fertiliser_together_is_the_environments(book):
    """Written 1430: 示范园水肥一体化覆盖率 under 生态效益指标 (a false VAL-11)."""
    assert "VAL-11" not in rules_of(_checked("1430", book))


def test_a_copys_task_content_wrapped_onto_a_short_line(book):
    """Acrobat (written 1411, 1428): a task's content wrapped onto a line of its own, short and without a full stop
    (数据库建设, 地保护动态监测), or carrying the task's amounts (…突发公共卫生事件应急 / 处置 156.00 156.00) — read as
    tasks of their own, the copy in doubt and 1411's BUD-02 (its tasks 10 short of 金额合计) unseen."""
    result = _checked("1411", book)
    assert len(result.form.tasks) == 6 and ("BUD-02", 22) in {(f.rule, f.location.line) for f in result.findings}
    tasks = _checked("1428", book).form.tasks
    assert len(tasks) == 5 and tasks[3].content.endswith("应急处置") and str(tasks[3].budget.total) == "156.00"


def test_a_one_line_two_level_task_header_and_its_total_line(book):
    """Edge (written 1457): 任务名称 主要内容 预算金额 总额 财政拨款 其他资金 — the group label 预算金额 on the line
    of its sub-labels read as a column of its own (every row's 财政拨款 and 其他资金 a column off: five false BUD-01
    and a false BUD-02 that sent a correct form back); its 金额合计 line, with no name or content cell, read in the
    columns' order."""
    result = _checked("1457", book)
    assert not {"BUD-01", "BUD-02"} & set(rules_of(result))
    assert (str(result.form.total.total), str(result.form.total.fiscal), str(result.form.total.other)) \
        == ("1328.50", "1318.50", "10.00")


def test_a_copys_source_lines_fill_the_first_columns(book):
    """Acrobat (written 1435), pdftotext -layout (1388): 其中：财政拨款 4012.00 4286.70 4102.35 under a header line
    with no cell for the label (年初预算数 全年预算数 全年执行数 分值 执行率 得分) — read a column off, its amounts
    under 全年预算数, 全年执行数 and 分值 (false FORM-03s)."""
    for number, label, first in (("1435", "财政拨款", "4012.00"), ("1388", "基本支出", "1012.60")):
        result = _checked(number, book)
        (line,) = [f for f in result.form.funds if f.label == label]
        amounts = dict(line.amounts)
        assert str(amounts["年初预算数"]) == first and amounts.get("分值") is None, number


def test_a_cell_a_line_task_table_after_the_funds_block(book):
    """Plain pdftotext (written 1433), Foxit run per line (1389): 年度主要任务 / 任务名称 / 预算数 / 执行数 right under
    the funds block was taken into it (its labels run together as one funds line), and a task name wrapped in its
    narrow cell (中小河流治理及水毁 / 修复) ended the table — no task read, a false FORM-03."""
    result = _checked("1433", book)
    assert [(t.name, str(t.budget.total)) for t in result.form.tasks][2] == ("中小河流治理及水毁修复", "852.60")
    assert len(result.form.tasks) == 5 and "FORM-03" not in rules_of(result)
    assert len(_checked("1389", book).form.tasks) == 5
