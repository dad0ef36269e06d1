"""Blind sets 93–95 (judged at 5bfb278): values and labels the rules misjudged, and a funds note written with its
label in one cell. Each test fails on 5bfb278."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file
from jxcheck.engine.values.parse import parse_value
from written_checks import rules_of

WRITTEN = Path(__file__).parent / "fixtures" / "written"


def _checked(number: str, book):
    return check_file(next(WRITTEN.glob(f"{number}_*")), book)


def test_a_count_of_fire_alarm_devices_is_no_harm_counted(book):
    assert "VAL-04" not in rules_of(_checked("1557", book))  # 更新火灾自动报警探测器数量 ≥620个


def test_lasting_work_said_in_words_is_a_sustained_effect(book):
    assert "VAL-05" not in rules_of(_checked("1573", book))  # 可持续影响指标 | 营养改善计划长效运行 | 持续实施


def test_a_limit_counted_from_an_event_with_its_comparator_after_the_event():
    value = parse_value("季度结束后≤15个工作日")
    assert value.kind == "quantity" and str(value.number) == "15" and value.op == "≤"


def test_a_deadline_counted_from_the_quarters_end_is_a_time_limit(book):
    assert "DATE-01" not in rules_of(_checked("1560", book))


def test_afforestation_funds_are_no_slogan(book):
    assert "TXT-03" not in rules_of(_checked("1584", book))  # 营造林资金 ≤300万元


def test_a_source_ending_in_fund_is_a_source(book):
    result = _checked("1581", book)  # 其中：中央旅游发展基金 200.00 | 省级补助资金 100.00 / 县级财政资金 60.00 …
    bud01 = [f for f in result.findings if f.rule == "BUD-01"]
    assert len(bud01) == 1 and "360" in bud01[0].message  # 380 against 360, not 160


def test_a_funds_note_with_its_label_in_one_cell_explains_the_rate(book):
    result = _checked("1552", book)  # 执行率偏低原因：部分疫苗由省级统一调拨… under the funds lines
    assert not {"BUD-07", "FORM-03"} & set(rules_of(result))
    assert "BUD-08" in rules_of(result)


def test_task_amounts_a_column_right_in_a_layout_copy(book):
    """pdftotext -layout (1548): | 1120.80 | 1120.80 under 总额 | 财政拨款 | 其他资金 (其他资金 left empty) and a content
    set a column right of its own (公共文化服务体系建设 | | 县图书馆… | 96.00 | 96.00): 总额 and 财政拨款, not a blank
    总额. Fails on 5bfb278."""
    result = _checked("1548", book)
    budgets = [(t.budget.total, t.budget.fiscal) for t in result.form.tasks if t.budget is not None]
    assert len(budgets) == 5 and all(total is not None and total == fiscal for total, fiscal in budgets)
    assert not {"BUD-02"} & set(rules_of(result))
    assert not [f for f in result.findings if f.rule == "FORM-03" and f.location.line in (23, 26, 29)]


def test_a_cost_level1_under_its_economic_cost_row_is_the_level1(book):
    """Acrobat (1545: 经济成本指标 | 校舍维修改造工程费 / 成本指标 alone / 设计及监理费; 1559: 成本指标 printed on the second
    of three cost rows): the 2021 scheme's 一级, not the older scheme's 二级 under 产出指标 (a false STR-03 each).
    Fails on 5bfb278."""
    for number in ("1545", "1559"):
        result = _checked(number, book)
        assert "STR-03" not in rules_of(result), number
        costs = [(i.level1, i.level2) for i in result.form.indicators if "成本" in i.level2 or "成本" in i.level1]
        assert costs and all(pair == ("成本指标", "经济成本指标") for pair in costs), number


def test_a_name_alone_on_its_line_between_whole_rows_is_an_indicator(book):
    """Foxit (1563): 奖励扶助资金发放准确率 alone between two rows that carry their values: an indicator with its value
    left empty, not a 一级 label with nothing under it. Fails on 5bfb278."""
    result = _checked("1563", book)
    names = [i.name for i in result.form.indicators]
    assert "奖励扶助资金发放准确率" in names and len(names) == 15
    assert not any(g[0] == "奖励扶助资金发放准确率" for g in result.form.empty_groups)


def test_a_reason_wrapped_over_lines_of_a_cell_a_line_copy_is_one_reason(book):
    """Plain pdftotext (1566): 汛期上游来水漂浮物骤增,部分 / 河段保洁不及时;下一步汛期增 / 加临时保洁人员和保洁船只 / 1 /
    <form feed>: the reason's lines go on, and the page's number before the form feed is no value (a false VAL-02 made a
    false 退回). The same for 1554 (…春季补植，已落实苗木和资金。 glued to the next name). Fails on 5bfb278."""
    result = _checked("1566", book)
    assert len(result.form.indicators) == 9
    assert "VAL-02" not in rules_of(result)
    reason = next(i.reason for i in result.form.indicators if i.name == "保洁作业检查合格率")
    assert reason is not None and reason.endswith("加临时保洁人员和保洁船只")
    names = [i.name for i in _checked("1554", book).form.indicators]
    assert "森林抚育面积" in names


def test_a_name_starting_with_a_reason_word_before_its_comparator_is_a_name(book):
    """Plain pdftotext, a cell a line (1158): …农村公路列养率 / = / 100 / % / 100 / 10 / 10 / 因路况原因引发交通事故数 / ≤ /
    2 / 起 …: the next row's name (its comparator below), not the row above's 未完成原因 with ≤ joined to it as a wrapped
    label (a false EVAL-01 and EVAL-02, a false 退回). Fails on eac590b."""
    result = _checked("1158", book)
    names = [i.name for i in result.form.indicators]
    assert "因路况原因引发交通事故数" in names and len(names) == 9
    assert not {"EVAL-01", "EVAL-02"} & set(rules_of(result))
