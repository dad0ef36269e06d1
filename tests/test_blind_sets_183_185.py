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


def test_a_whole_name_after_a_reason_with_its_figures_below(book):
    """2899 (plain pdftotext): …9 / 2处工程因乡村道路改线调整至2022年实施 / 更换入户管网长度 / 10 / ≥85公里 — a whole name with
    a figure on the line after it is the next row, not the reason's rest (no false TXT-02, EVAL-01 ×2, EVAL-02, no
    false 退回)."""
    result = check_file(_one("2899"), book)
    assert "更换入户管网长度" in {i.name for i in result.form.indicators}
    assert not {"EVAL-01", "EVAL-02", "TXT-02"} & {f.rule for f in result.findings} and result.verdict != "退回"


def test_another_groups_row_under_a_row_that_prints_its_own_level2(book):
    """2924 (Foxit): 效益指标 经济效益指标 基地周边药农亩均增收 ≥500元 / 社会效益指标 带动药农户数 — a name under another
    二级's label, below a row that prints its own: the next row (its value empty), no name's rest (the true STR-06
    found, 退回)."""
    result = check_file(_one("2924"), book)
    assert "带动药农户数" in {i.name for i in result.form.indicators}
    assert "STR-06" in {f.rule for f in result.findings} and result.verdict == "退回"


def test_a_goal_cell_broken_at_a_comma_in_a_file_read_as_typed(book):
    """2923 (WPS PDF-to-Word, read as typed): 年度目标 | …补贴标准均为每人每月80元， / | 资金通过“一卡通”直达… — a goal stopped
    at a comma, its rest on the next row under the label's merged cell: one goal (no false TXT-01); 2158 likewise."""
    result = check_file(_one("2923"), book)
    assert len(result.form.goals) == 1 and result.form.goals[0].text.endswith("长期照护需求。")
    assert "TXT-01" not in {f.rule for f in result.findings}
