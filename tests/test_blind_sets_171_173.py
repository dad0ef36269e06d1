"""Session 23: blind sets 171–173's false findings, mended. Each test fails on ef9020b (the commit the sets were
judged at) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def test_a_header_label_split_by_a_converter_over_rows_that_keep_the_split(book):
    """2716 (WPS PDF-to-Word): 三级 | 指标 | 指标值 over rows | 馆藏档案数字化页数 | | ≥120万页 — the rows keep the split as
    an empty cell: each row's value read (no false STR-06 ×17, no false 退回)."""
    result = check_file(_one("2716"), book)
    assert all(i.raw for i in result.form.indicators) and result.form.indicators[0].raw == "≥120万页"
    assert "STR-06" not in {f.rule for f in result.findings} and result.verdict != "退回"


def test_a_header_label_split_over_rows_one_cell_fewer_stays_read(book):
    """Guard: 三级 | 指标 | 指标值 over rows that do not keep the split (one cell fewer): the rows as they are."""
    from jxcheck.engine.readers.text import split_rows
    rows = split_rows("一级指标\t二级指标\t三级\t指标\t指标值\n产出指标\t数量指标\t培训人数\t≥100人\n"
                      "\t\t发放补助户数\t≥20户\n")
    assert [c.text for c in rows[1].cells][2:4] == ["培训人数", "≥100人"]


def test_a_goal_cell_broken_over_lines_before_the_result_beside_it(book):
    """2720 (WPS PDF-to-Word): | 对全县14所…发放国家助学金； / 资金按学期…应助尽助。 | 为全县14所… — the 预期目标 cell's
    line break, its 实际完成情况 after its end: one goal (no false TXT-01 on its second half)."""
    result = check_file(_one("2720"), book)
    assert len(result.form.goals) == 1 and result.form.goals[0].text.endswith("确保应助尽助。")
    assert "TXT-01" not in {f.rule for f in result.findings}


def test_a_name_alone_above_its_end_and_value_beside_a_level1_label(book):
    """2726 (-layout): 维修养护后工程水质检测（出厂水） / 产出指标 | 频次 | ≥2次 — the name's first line alone above the
    line that ends it beside the 一级's centred label: one row, called by its first line (no false FORM-03)."""
    result = check_file(_one("2726"), book)
    row = next(i for i in result.form.indicators if i.name.endswith("频次"))
    assert row.name == "维修养护后工程水质检测（出厂水）频次" and row.location.line == 24
    assert "FORM-03" not in {f.rule for f in result.findings}


def test_the_upper_row_of_a_task_header_is_no_task(book):
    """2748 (-layout): 年度主要任务 / 预算金额 / 任务名称 主要内容 总额 财政拨款 其他资金 — 预算金额 alone on its line is the
    header's upper row, no task without money (no false FORM-03)."""
    result = check_file(_one("2748"), book)
    assert [t.name for t in result.form.tasks][0] == "机关运行保障"
    assert "FORM-03" not in {f.rule for f in result.findings}


def test_a_cost_row_under_cost_as_a_level1(book):
    """2712 (Edge): 成本指标 a 一级 (财预〔2021〕101号), its label a line below 病树清除补助标准 | ≤20元/株, 产出指标's a line
    off its middle: the cost row under 成本指标, not 时效指标 (no false DATE-01)."""
    result = check_file(_one("2712"), book)
    row = next(i for i in result.form.indicators if i.name == "病树清除补助标准")
    assert row.level1 == "成本指标" and "DATE-01" not in {f.rule for f in result.findings}


def test_a_counted_thing_counted_per_visit_is_a_count(book):
    """2754 (WPS viewer): 不可移动文物安全巡查处次 | ≥1200处次 — 处次 (a 处 counted per visit, as 户次 and 家次 are) is a
    count (no false VAL-02); a compound already per visit doubled by a wrapped cell (剂次次) stays unknown."""
    from jxcheck.engine.units import lookup
    assert lookup("处次").kind == "count" and lookup("村次").kind == "count" and lookup("剂次次").kind == "unknown"
    assert "VAL-02" not in {f.rule for f in check_file(_one("2754"), book).findings}
