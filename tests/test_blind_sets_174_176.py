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
