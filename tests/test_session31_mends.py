"""Session 31: mends of losses left from earlier blind sets. Each test fails on 75d5999 (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _rows(result) -> dict[int, tuple[str, str, str]]:
    return {i.location.line: (i.name, i.raw, i.actual or "") for i in result.form.indicators}


def _rules(result) -> set[str]:
    return {f.rule for f in result.findings}


def test_a_dates_first_line_above_its_row_is_no_row(book):
    """5471, 5481 (-layout): 2020年12 | 2020年12 / 补助资金拨付时间 | 月20日前 | 月15日 — the dates of a tall row
    wrapped in their narrow columns, their first lines above the line its name stands on: one row, whole dates."""
    result = check_file(_one("5471"), book)
    rows = _rows(result)
    assert len(rows) == 10 and rows[36] == ("项目资金支付完成时间", "2025年3月31日前", "")
    assert "FORM-03" not in _rules(result) and "DATE-02" in _rules(result)
    result = check_file(_one("5481"), book)
    rows = _rows(result)
    assert len(rows) == 8 and rows[33] == ("补助资金拨付时间", "2020年12月20日前", "2020年12月15日")
    assert "FORM-03" not in _rules(result) and "EVAL-01" in _rules(result)


def test_two_label_columns_printed_without_a_space_are_parted(book):
    """5486, 5489 (-layout): 满意度指 | 服务对象 / 标（10分）满意度指 / 标 — the 一级's end and its 二级's next piece
    printed as one run, no space between the narrow columns: parted, both labels whole, no nameless row; （30分）可持续影
    — a 一级's weight beside its 二级's first piece. 4858 (产出指标（ / 50分）: one label's weight wrapped) guards."""
    result = check_file(_one("5486"), book)
    row = next(i for i in result.form.indicators if i.location.line == 41)
    assert (row.level1, row.level2, row.name) == ("满意度指标（10分）", "服务对象满意度指标", "受助幼儿家长满意度")
    assert len(result.form.indicators) == 9 and "FORM-03" not in _rules(result)
    result = check_file(_one("5489"), book)
    levels = {i.location.line: (i.level1, i.level2) for i in result.form.indicators}
    assert levels[33] == ("效益指标", "可持续影响指标") and levels[35] == ("满意度指标（10分）", "服务对象满意度指标")
    assert len(levels) == 9 and "FORM-03" not in _rules(result)
    result = check_file(_one("4858"), book)
    assert {i.level1 for i in result.form.indicators if i.level2 == "质量指标"} == {"产出指标（50分）"}
    assert "FORM-03" not in _rules(result)


def test_a_value_cut_before_its_figure_is_one_value(book):
    """5457 (-layout): 农村供水工程安全运行 | 全年无停水超过 / 24小时事故 — a value's words stopped at a word that wants its
    figure, the figure on the next line: one value (not the start of a row three lines tall whose value is parted round
    the next name), and the standard it states (an event that must not happen) no quantity lost in words."""
    result = check_file(_one("5457"), book)
    rows = _rows(result)
    assert rows[34][1] == "全年无停水超过24小时事故" and rows[36][1] == "≥5年"
    assert not {"FORM-03", "VAL-01", "VAL-05"} & _rules(result)
