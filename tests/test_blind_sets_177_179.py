"""Session 23: blind sets 177–179's false findings, mended. Each test fails on 9942651 (the commit the sets were
judged at) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def test_a_header_label_split_over_two_rows_its_lower_half_under_another_column(book):
    """2824 (WPS PDF-to-Word, 四川): … | 指标性质 | 指标值 | 度量 | 完成值 … / | | | 单位 — the converter split 度量单位 over
    two rows and gave its lower half the fourth cell: 度量单位 whole in its own column, 指标性质 kept (no false VAL-02 ×7,
    EVAL-06, EVAL-03, VAL-10, TXT-02)."""
    result = check_file(_one("2824"), book)
    row = result.form.indicators[0]
    assert (row.raw, row.nature, row.unit_cell) == ("400", "≥", "人")
    assert not {"VAL-02", "VAL-10", "TXT-02", "EVAL-03"} & {f.rule for f in result.findings}


def test_a_header_label_and_a_data_row_are_not_halves(book):
    """Guard (881): 指标值类型 over a row whose cell reads 定量 — no label made of a data cell; the value column stays."""
    result = check_file(_one("881"), book)
    assert result.form.indicators[0].raw == "3000"


def test_a_name_ending_beside_a_level1_label_centred_on_its_line(book):
    """2801 (-layout): 农村公路交通事故起数同比 ≥5% / 效益指标 | 指标 | 下降幅度 — the name's end beside the 一级's label
    centred down its rows: one row 农村公路交通事故起数同比下降幅度 (no false VAL-04, STR-06, no false 退回)."""
    result = check_file(_one("2801"), book)
    names = [i.name for i in result.form.indicators]
    assert "农村公路交通事故起数同比下降幅度" in names and "下降幅度" not in names
    assert result.verdict == "通过"


def test_a_note_cell_broken_onto_a_line_of_its_own_in_a_tabbed_copy(book):
    """2803 (WPS PDF-to-Word): … | ≤ | 105 | 元/人 | 含宫颈癌、乳腺癌检查及 / | | | | | | | 复查费用 — the 指标值说明 cell's
    line break, the row's other cells left empty on its second line: the note's rest, no row of its own (no false
    STR-06 ×2, STR-10 ×2)."""
    result = check_file(_one("2803"), book)
    assert len(result.form.indicators) == 8
    assert not {"STR-06", "STR-10"} & {f.rule for f in result.findings}


def test_a_level1_weight_alone_on_the_line_below_its_label(book):
    """2841, 2858 (Acrobat): 产出指标 数量指标 新建标准化奶山羊养殖场 ≥10个 … / (50分) / 引进良种奶山羊数量 ≥6000只 … — the
    一级's weight alone on a line: its label's, no 一级 of the row below (no false FORM-03; 2841's true EVAL-06 found)."""
    result = check_file(_one("2841"), book)
    assert {i.level1 for i in result.form.indicators[:2]} == {"产出指标(50分)"}
    assert "EVAL-06" in {f.rule for f in result.findings} and "FORM-03" not in {f.rule for f in result.findings}
    assert check_file(_one("2858"), book).verdict == "通过"
