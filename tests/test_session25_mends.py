"""Session 25: mends of losses left from earlier blind sets. Each test fails on e90fe60 (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _row(result, name: str):
    return next(i for i in result.form.indicators if i.name == name)


def _rules(result) -> set[str]:
    return {f.rule for f in result.findings}


def test_a_cell_a_line_row_whose_empty_target_gave_no_line(book):
    """3309 (WPS viewer, a cell a line): 地质灾害隐患点监测数量 / 326处 / 10 / 10, the 年度指标值 left empty: the
    result, the points and the score in their columns — the real STR-06 (target not filled), not a false EVAL-06
    (a result of 10 short of 326处)."""
    result = check_file(_one("3309"), book)
    row = _row(result, "地质灾害隐患点监测数量")
    assert (row.raw, row.actual, str(row.weight), str(row.score)) == ("", "326处", "10", "10")
    assert ("STR-06", 63) in {(f.rule, f.location.line) for f in result.findings}
    assert "EVAL-06" not in _rules(result)


def test_a_cell_a_line_row_whose_empty_result_gave_no_line_keeps_its_deadline_as_the_target(book):
    """1058 (a cell a line): 工程完工时间 / 2023年10月31日前 / 10 / 10, the 实际完成值 left empty: a deadline is a
    target — the result is the one missing (EVAL-05), no false STR-06 — and the 总分 is checked (EVAL-02)."""
    result = check_file(_one("1058"), book)
    row = _row(result, "工程完工时间")
    assert (row.raw, row.actual or "", str(row.weight), str(row.score)) == ("2023年10月31日前", "", "10", "10")
    found = {(f.rule, f.location.line) for f in result.findings}
    assert ("EVAL-05", 91) in found and ("EVAL-02", 136) in found and ("STR-06", 91) not in found


def test_both_labels_of_a_block_printed_between_its_first_row_s_name_and_value(book):
    """1015 (plain pdftotext): 农产品经供销渠道销售额 / 经济效益指标 / 效益指标 / ≥1.2亿元 / 1.31亿元 / 10 / 10, the
    merged labels printed after the block's first name: one row with its value under its labels (no FORM-03)."""
    result = check_file(_one("1015"), book)
    row = _row(result, "农产品经供销渠道销售额")
    assert (row.level1, row.level2, row.raw, row.actual) == ("效益指标", "经济效益指标", "≥1.2亿元", "1.31亿元")
    assert "FORM-03" not in _rules(result)
    assert len(result.form.indicators) == 10


def test_a_converter_s_name_split_in_two_cells_with_a_longer_rest(book):
    """3366 (WPS PDF-to-Word): 质量指标 | 河湖“清四乱” | 问题整改完成率 | =100% | 100% | 10 | 10, the 三级 cell split in
    two (the first part ending in a quote, the rest longer than a word and ending as a name ends): one name, the row
    in its columns (no false EVAL-01 ×2, EVAL-05, VAL-05); the real EVAL-02 kept."""
    result = check_file(_one("3366"), book)
    row = _row(result, "河湖“清四乱”问题整改完成率")
    assert (row.raw, row.actual, str(row.weight)) == ("=100%", "100%", "10")
    assert _rules(result) - {"DATE-04"} == {"EVAL-02"}


def test_a_converter_s_name_split_in_two_cells_the_row_pushed_a_cell_on(book):
    """3327 (WPS PDF-to-Word): | | | | 计划生育家庭特别扶助 | 金按时足额发放率 | =100%, the name split and the row one
    more tab to the right: one name under its 社会效益指标 (no false STR-05, VAL-05)."""
    result = check_file(_one("3327"), book)
    row = _row(result, "计划生育家庭特别扶助金按时足额发放率")
    assert (row.level2, row.raw) == ("社会效益指标", "=100%")
    assert not {"STR-05", "VAL-05"} & _rules(result)


def test_a_converter_s_name_split_after_a_word_that_ends_as_a_name_never_does(book):
    """2453 (WPS PDF-to-Word): 运维监管平台在线 | 监测覆盖率 | ≥90%: one name (no false EVAL-01, EVAL-05, VAL-05;
    no false 退回)."""
    result = check_file(_one("2453"), book)
    assert _row(result, "运维监管平台在线监测覆盖率").raw == "≥90%"
    assert result.verdict != "退回"


def test_a_note_s_ratio_wrapped_onto_a_line_of_its_own_is_no_indicator(book):
    """3344 (Foxit): 禁牧区违规放牧查处率 | =100% | 查处违规放牧案件数/发现 / 违规放牧案件数, the 指标值说明's
    denominator wrapped onto the next line: the note's rest, not an indicator with no value (no false STR-06, STR-10;
    no false 退回)."""
    result = check_file(_one("3344"), book)
    assert "违规放牧案件数" not in {i.name for i in result.form.indicators}
    assert len(result.form.indicators) == 13
    assert not {"STR-06", "STR-10"} & _rules(result)
    assert result.verdict != "退回"


def test_a_level1_printed_hard_against_its_level2_and_one_alone_between_its_rows(book):
    """3385 (-layout): 产出指标（50分）质量指标 with no space between (one cell to the copy) and 效益指标（30分） alone on
    the middle line of its two rows: each 一级 with its weight over its rows (no FORM-03: a correct form passes)."""
    result = check_file(_one("3385"), book)
    assert (_row(result, "岸滩垃圾清理达标率").level1, _row(result, "岸滩垃圾清理达标率").level2) == ("产出指标（50分）", "质量指标")
    assert _row(result, "近岸海域优良水质面积比例").level1 == "效益指标（30分）"
    assert _row(result, "沿海群众满意度").level2 == "服务对象满意度指标"
    assert "FORM-03" not in _rules(result)
    assert result.verdict == "通过"
