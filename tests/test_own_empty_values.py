"""An empty value a copy's reading shows with nowhere for it to have gone is the form's own (1593, 1563, 1652: the
remaining item 1 of session 16's note). Each test fails on bc8e718."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file
from written_checks import rules_of

WRITTEN = Path(__file__).parent / "fixtures" / "written"


def _at(result, rule: str) -> list[int | None]:
    return [f.location.line for f in result.findings if f.rule == rule]


def test_an_empty_value_on_a_row_a_line_copy(book):
    """Foxit, a visual line a line (1593): 数量指标 松材线虫病疫木除治数量 with no value, between …造林面积 ≥3000 and
    质量指标 造林成活率 ≥85% — the row's STR-06, and the VAL-02 of the row above it, no FORM-03."""
    result = check_file(next(WRITTEN.glob("1593_*")), book)
    assert 27 in _at(result, "STR-06") and 26 in _at(result, "VAL-02")
    assert "FORM-03" not in rules_of(result)
    result = check_file(next(WRITTEN.glob("1563_*")), book)  # …建档率 ≥90% / 奖励扶助资金发放准确率 / 时效指标 …
    assert 30 in _at(result, "STR-06")


def test_an_empty_value_on_a_cell_a_line_copy(book):
    """WPS viewer, a cell a line (1652): ≥50公斤 / 社会效益指标 / 受益农户数 / 生态效益指标 — the name's value cell was empty."""
    result = check_file(next(WRITTEN.glob("1652_*")), book)
    assert 59 in _at(result, "STR-06")


def test_a_cut_name_s_rest_stays_in_doubt(book):
    """pdftotext -layout (1241): 带动脱贫户及监测户种 ≥800户 / 植脱毒种薯户数 — the line below a cut name is its rest, not a
    row with an empty value: no STR-06 there, the FORM-03 says which line to check."""
    result = check_file(next(WRITTEN.glob("1241_*")), book)
    assert 53 not in _at(result, "STR-06") and "FORM-03" in rules_of(result)
