"""Plain pdftotext / Foxit copies, a cell a line, of the funds block and what follows it (blind set 111 at c931685:
1820; written 1270, 1657, 1158, 1597, 1598). Each test but the guards fails on c931685."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jxcheck.engine.check import check_file, check_path

WRITTEN = Path(__file__).parent / "fixtures" / "written"


def _one(number: str):
    return next(WRITTEN.glob(f"{number}_*"))


def _rules(result) -> list[str]:
    return [f.rule for f in result.findings]


def test_sichuan_funds_columns_and_the_reason_cell_s_template_note(book):
    """四川: 年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 / 权重 / 得分 / 原因, 总额's six figures, then the 原因 cell's
    template note over three lines: the budget is 45.50 (not 83.50), raised from 38.00 with no reason (BUD-07)."""
    results = check_path(_one("1820"), book)
    assert len(results) == 1  # 项目自评得分100分。全年…: the conclusion's first line, no second form's title
    result = results[0]
    assert result.form.meta.budget == Decimal("45.50")
    assert "BUD-07" in _rules(result) and "EVAL-10" not in _rules(result)


def test_a_value_cell_given_no_line_between_comparator_and_unit_is_empty(book):
    """法治宣传活动场次 / ≥ / 场 / 46 / 10 / 10: the value left empty (STR-06), every other cell in its column — no doubt."""
    result = check_file(_one("1820"), book)
    row = next(i for i in result.form.indicators if i.location.line == 98)
    assert row.raw == "" and row.unit_cell == "场" and row.actual == "46"
    assert ("STR-06", 98) in [(f.rule, f.location.line) for f in result.findings]
    assert "FORM-03" not in _rules(result)


def test_funds_labels_first_then_figures_column_by_column(book):
    """年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金, then 3860 3860 0 0 | 4125.36 … | 4102.18 … | 10 99.44%
    9.94: each column's figures for every line, the scores the total's — the raise 3860 → 4125.36 unexplained."""
    result = check_file(_one("1270"), book)
    total = next(line for line in result.form.funds if line.role == "total")
    assert dict(total.amounts)["全年预算数"] == Decimal("4125.36") and dict(total.amounts)["分值"] == 10
    assert "BUD-07" in _rules(result) and "EVAL-01" not in _rules(result) and "FORM-03" not in _rules(result)


def test_funds_labels_first_then_figures_row_by_row(book):
    """年度资金总额 / 其中：基本支出 / 项目支出, then the total's six figures, then each use's three: read, no doubt."""
    result = check_file(_one("1657"), book)
    assert [f.rule for f in result.findings if f.severity.label in ("error", "warning")] == []
    assert len([line for line in result.form.funds if line.location.line]) >= 3


def test_labels_first_whose_figures_add_up_no_way_are_not_read(book):
    """财政专户管理资金 / 单位资金 / 其他资金 then fourteen figures: no reading adds up, none is guessed (no BUD-08 on a
    part line)."""
    assert "BUD-08" not in _rules(check_file(_one("1158"), book))


def test_two_headings_before_two_columns_of_lines_are_no_stack(book):
    """按收入性质分 / 按支出性质分, then each line with its figures: read as before (no BUD-01)."""
    assert "BUD-01" not in _rules(check_file(_one("1598"), book))


def test_a_short_line_s_figures_stay_in_their_columns(book):
    """其他资金 / 0.00 / 0.00 / 0.00 / / under 年度预算数（万元） | | 年初预算 …: the figures from 年初预算 on, no column
    off (no FORM-03); the total's 99.48 against 99.84 said (EVAL-02)."""
    result = check_file(_one("1597"), book)
    assert "FORM-03" not in _rules(result) and "EVAL-02" in _rules(result)
