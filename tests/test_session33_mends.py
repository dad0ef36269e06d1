"""Session 33: mends of losses left from earlier blind sets. Each test fails on 0187daa (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _levels(result) -> dict[int, tuple[str, str]]:
    return {i.location.line: (i.level1, i.level2) for i in result.form.indicators}


def _rules(result) -> set[str]:
    return {f.rule for f in result.findings}


def test_spending_stays_under_its_cost_label_when_the_next_label_is_a_row_off(book):
    """6147, 5982 (-layout, 产出指标 a line above its group's middle): the last 成本指标 row, 机关运行经费支出 |
    ≤45.20万元, stays a cost — not a 效益 whose label then stands on its group's middle — so the costs add up to the
    tasks' money and no budget finding is raised."""
    result = check_file(_one("6147"), book)
    levels = _levels(result)
    assert levels[32] == ("产出指标", "成本指标") and levels[33] == ("效益指标", "社会效益指标")
    assert not {"BUD-09", "BUD-10"} & _rules(result)
    levels = _levels(check_file(_one("5982"), book))
    assert levels[38] == ("产出指标", "成本指标") and levels[39] == ("效益指标", "社会效益指标")
