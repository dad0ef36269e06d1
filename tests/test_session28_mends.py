"""Session 28: mends of losses left from earlier blind sets. Each test fails on 3469642 (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _found(result) -> set[tuple[str, int | None]]:
    return {(f.rule, f.location.line) for f in result.findings}


def test_days_in_hospital_are_fewer_the_better(book):
    """4497: 公立医院平均住院日 | ≤8.5天 under 质量指标 — a stay kept short, rightly a ceiling (no VAL-04)."""
    assert ("VAL-04", 92) not in _found(check_file(_one("4497"), book))


def test_the_market_s_food_sampled_is_an_effect(book):
    """4563: 评价性抽检合格率 under 社会效益 — the market's food as sampled, not the project's deliverable (no VAL-11)."""
    assert ("VAL-11", 101) not in _found(check_file(_one("4563"), book))


def test_heat_lost_from_the_pipes_is_ecological(book):
    """4413: 管网热损失率 | ≤12% under 生态效益 — energy saved (no VAL-11 'shows no ecological effect')."""
    assert ("VAL-11", 64) not in _found(check_file(_one("4413"), book))


def test_housing_named_by_its_kind_is_no_slogan(book):
    """4521: 保障性住房运营支出 | ≤152万元 — 保障性 names a kind of housing and 支出 the money: an object (no TXT-03),
    while 保障收入 stays a slogan (guarded by the rule's own cases)."""
    assert ("TXT-03", 29) not in _found(check_file(_one("4521"), book))


def test_one_vehicle_s_subsidy_is_no_total_cost(book):
    """4576: 单车年均运营补助 | ≤5万元 beside the fleet's other costs — one bus's subsidy (×53 buses = the budget), not
    a part of a total that falls short of it (no BUD-03 'short')."""
    assert "BUD-03" not in {f.rule for f in check_file(_one("4576"), book).findings}
