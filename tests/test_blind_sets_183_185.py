"""Session 23: blind sets 183–185's false findings, mended. Each test fails on 28e6ef8 (the commit the sets were
judged at) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def test_a_header_label_split_in_two_cells_on_its_row(book):
    """2907 (WPS PDF-to-Word): … | 指标值 | 度量 | 单位 over rows … | 169 | 个 — 度量单位 split in two cells, the rows one cell
    fewer: one unit column, each row's unit in it (no false VAL-02 ×7; the one true VAL-02 stays); 2914's funds header
    全年执行 | 数 likewise (no false FORM-03)."""
    result = check_file(_one("2907"), book)
    assert result.form.indicators[0].unit_cell == "个"
    assert [f.rule for f in result.findings].count("VAL-02") == 1
    assert "FORM-03" not in {f.rule for f in check_file(_one("2914"), book).findings}


def test_two_columns_are_not_one_split_label(book):
    """Guard (2824): … | 度量 | 完成值 | … — 度量 and 完成值 are two columns (度量完成值 is no label): not joined."""
    result = check_file(_one("2824"), book)
    assert result.form.indicators[0].actual == "400"
