"""Session 23: blind sets 174–176's false findings, mended. Each test fails on 0715850 (the commit the sets were
judged at) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def test_a_level_label_split_by_a_converter_into_two_cells(book):
    """2795 (WPS PDF-to-Word): | 满意度指标 | 服务对象满意度 | 指标 | 林区群众满意度 | ≥90% | 94% | 10 | 10 — the 二级 cell
    split in two, the row a cell wider than its header: the label whole, the row's cells in their columns (no false
    STR-05, no false EVAL-01, no false 退回)."""
    result = check_file(_one("2795"), book)
    row = result.form.indicators[-1]
    assert (row.level2, row.name, row.raw) == ("服务对象满意度指标", "林区群众满意度", "≥90%")
    assert not {"STR-05", "EVAL-01"} & {f.rule for f in result.findings} and result.verdict != "退回"


def test_a_source_from_the_level_above_beside_the_total(book):
    """2774 (Foxit): 项目资金 资金总额 615.00 其中：上级转移支付资金 450.00 / 县级财政资金 165.00 其他资金 0.00 — 上级转移支付资金
    is a source of the total (no false BUD-01, no false 退回)."""
    result = check_file(_one("2774"), book)
    assert "上级转移支付资金" in {line.label for line in result.form.funds if line.role == "part"}
    assert "BUD-01" not in {f.rule for f in result.findings} and result.verdict != "退回"


def test_cost_under_output_whose_label_is_cut_over_two_lines(book):
    """2787 (plain pdftotext), 2792 (WPS viewer): 产出 / 指标 / 数量指标 … / 时效指标 … / 成本指标 / 项目总成本 — the 一级's
    label cut over two lines, 成本指标 a whole line among 产出's 二级 labels with no 经济成本指标 of its own: a 二级 under
    产出 (no false FORM-03; 2792's true BUD-09 found)."""
    result = check_file(_one("2787"), book)
    assert next(i for i in result.form.indicators if i.name == "项目总成本").level2 == "成本指标"
    assert "FORM-03" not in {f.rule for f in result.findings}
    assert "BUD-09" in {f.rule for f in check_file(_one("2792"), book).findings}


def test_a_cost_row_atop_its_group_under_a_label_on_a_line_of_its_own(book):
    """2759 (Acrobat): …补助资金兑付完成时间 / 繁育基地亩均补助标准 ≤ 300 元/亩 / 成本指标 经济成本指标 / 种薯储藏窖建设补助标准
    — the 101 scheme's 成本指标 on a line between its two rows: the first row under it (no false DATE-01)."""
    result = check_file(_one("2759"), book)
    row = next(i for i in result.form.indicators if i.name == "繁育基地亩均补助标准")
    assert (row.level1, row.level2) == ("成本指标", "经济成本指标")
    assert "DATE-01" not in {f.rule for f in result.findings}


def test_a_narrow_reason_wrapped_in_short_clauses(book):
    """2799 (WPS viewer): 13.5 / 受疫情影响茶叶外销 / 减少，下一步拓展线 / 上销售渠道。 / 社会效益 / 指标 — a narrow
    偏差原因 column's pieces, each next one a clause's: one reason, no row named 减少，下一步拓展线 (no false VAL-05,
    VAL-11)."""
    result = check_file(_one("2799"), book)
    assert len(result.form.indicators) == 8
    assert not {"VAL-05", "VAL-11"} & {f.rule for f in result.findings if f.location.line == 99}


def test_a_tall_name_beside_the_next_rows_cells_on_one_visual_line(book):
    """2790 (Edge): 维修养护农村集中供 / 产出指标 数量指标 水工程 更换维修供水管网长度 ≥45处 ≥38公里 — the tall row's name
    ends on the next row's visual line, both rows' values after it: two rows (no false FORM-03; the true STR-01
    found)."""
    result = check_file(_one("2790"), book)
    names = {i.name: i.raw for i in result.form.indicators}
    assert names["维修养护农村集中供水工程"] == "≥45处" and names["更换维修供水管网长度"] == "≥38公里"
    rules = {f.rule for f in result.findings}
    assert "FORM-03" not in rules and "STR-01" in rules


def test_a_whole_name_under_a_whole_name_whose_value_gave_no_line(book):
    """2763 (WPS viewer, a cell a line): 城市路灯亮灯率 / 数字城管案件结案率 / ≥95% — two whole names one under the other,
    the second's value below it: two rows, the first's value empty and said so (the true STR-06 found, 退回); a note's
    first piece above a name (按省司法厅法律援助案件质量 / 法律援助案件质量评查合格率, 2547) is no row."""
    result = check_file(_one("2763"), book)
    names = [i.name for i in result.form.indicators]
    assert "城市路灯亮灯率" in names and "数字城管案件结案率" in names
    assert "STR-06" in {f.rule for f in result.findings} and result.verdict == "退回"
    assert "按省司法厅法律援助案件质量" not in {i.name for i in check_file(_one("2547"), book).form.indicators}
