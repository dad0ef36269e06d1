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
