"""Session 29: mends of losses left from earlier blind sets. Each test fails on 96771d5 (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _found(result) -> set[tuple[str, int | None]]:
    return {(f.rule, f.location.line) for f in result.findings}


def _rows(result) -> dict[int, tuple[str, str, str, str]]:
    return {i.location.line: (i.level2, i.name, i.raw, i.actual or "") for i in result.form.indicators}


def test_a_unit_of_three_characters_wrapped_under_both_values(book):
    """4892 (-layout): ≤15个 | 12个 over 工作日 | 工作日 — each value's unit cut inside it, not a row with no name
    (six rows, no FORM-03)."""
    result = check_file(_one("4892"), book)
    assert _rows(result)[29][2:] == ("≤15个工作日", "12个工作日")
    assert len(result.form.indicators) == 6
    assert "FORM-03" not in {f.rule for f in result.findings}
