"""BUD-10's matching of cost indicators to tasks: the pruned search finds what a plain search finds."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from jxcheck.engine.rules.money import _subsets, match_tasks


def _plain(costs: list[int], budgets: list[int]) -> list[list[int]] | None:
    """Every assignment tried in order, nothing pruned (the definition the engine must agree with)."""
    def subsets(pool, target):
        def walk(start, remaining, chosen):
            if remaining == 0:
                yield list(chosen)
                return
            for k in range(start, len(pool)):
                if 0 < costs[pool[k]] <= remaining:
                    chosen.append(pool[k])
                    yield from walk(k + 1, remaining - costs[pool[k]], chosen)
                    chosen.pop()
        yield from walk(0, target, [])

    def fill(task, free):
        if task == len(budgets):
            return [] if not free else None
        for subset in subsets(sorted(free), budgets[task]):
            rest = fill(task + 1, free - frozenset(subset))
            if rest is not None:
                return [subset] + rest
        return None
    return fill(0, frozenset(range(len(costs))))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(1, 12), min_size=1, max_size=8), st.lists(st.integers(1, 30), min_size=1, max_size=4))
def test_pruned_matching_equals_the_plain_search(costs, budgets):
    assert match_tasks(costs, budgets) == _plain(costs, budgets)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 12), min_size=1, max_size=9), st.integers(0, 40))
def test_pruned_subsets_come_in_the_same_order(costs, target):
    pool = list(range(len(costs)))
    got = list(_subsets(pool, target, costs, [0], 10**6))
    plain = []

    def walk(start, remaining, chosen):
        if remaining == 0:
            plain.append(list(chosen))
            return
        for k in range(start, len(pool)):
            if 0 < costs[k] <= remaining:
                walk(k + 1, remaining - costs[k], chosen + [k])
    walk(0, target, [])
    assert got == plain


def test_a_matching_when_the_sums_agree():
    assert match_tasks([5, 3, 2, 4], [7, 7]) == [[0, 2], [1, 3]]
    assert match_tasks([5, 3], [7]) is None  # 8 of costs for 7 of budget: no matching
