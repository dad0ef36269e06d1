"""Level labels a copy gives after a row of their group (Edge, Chrome draw merged cells after the cells of their
rows): the first, the middle or the last row, or stacked after the last of several groups. Read as heads of the rows
below them, every group would be a group off; read so, each label over the rows its words fit, in order."""
from __future__ import annotations

from typing import Sequence

from jxcheck.engine.readers import labels, middle_labels
from jxcheck.engine.readers.middle_labels import Row, Split


def after_their_rows(rows: Sequence[Row], level1: list[tuple[int, str, int | None]],
                      level2: list[tuple[int, str, int | None]]) -> tuple[Split, Split] | None:
    """A copy whose last 二级 and 一级 labels stand after the table's last row (no renderer that prints a label before
    or on its group's rows does that): each label after a row of its own group, wherever in it (Edge, Chrome; blind
    5718, 5754). None where the labels do not so split both levels."""
    seconds_at = middle_labels.marks(rows, "level2", lambda r: r.l2_explicit, level2)
    heads_at = middle_labels.marks(rows, "level1", lambda r: r.l1_explicit, level1)
    if len(rows) < 3 or len(seconds_at) < 2 or seconds_at[0][0] == 0 or seconds_at[-1][0] != len(rows) \
            or not heads_at or heads_at[-1][0] != len(rows):
        return None  # (a 二级 alone after a page's last row may head the next page's rows: blind 1052)
    lines = [(at, label) for at, label, _ in level1]
    return _after_a_row(rows, seconds_at, lines if len(lines) >= 2 else heads_at)  # (the 一级s on lines of their
    # own where the copy gives them so: a row that took one from a label below it marks no group; the labels' places
    # say the split, not the 一级s' weights, which a form may get wrong — blind 5765)


def _after_a_row(rows: Sequence[Row], seconds_at: list[tuple[int, str]], heads_at: list[tuple[int, str]]
                 ) -> tuple[Split, Split] | None:
    """A copy that gives each merged label after some row of its group — its first, its middle or its last, as a
    viewer draws the merged cells after the cells of their rows (Edge, Chrome), or several labels stacked after the
    last of their groups (数量指标 / 质量指标 / 时效指标 / 成本指标 under the 产出 rows, blind 5898): each group, in the
    labels' order, begins before its label; the rows' words choose where, a group holding the row just above its label
    where they do not tell. Each 二级 group inside the 一级 group its label implies; a label given twice (on a line and
    on the row below it) is one group's. None where the marks do not allow it."""
    n = len(rows)

    def split(marks: list[tuple[int, str]], cost, starts: set[int] | None) -> Split | None:
        groups: list[list] = []  # [first mark, last mark, label]
        for at, label in marks:
            if groups and labels.level_name(groups[-1][2]) == labels.level_name(label):
                groups[-1][1] = at
            else:
                groups.append([at, at, label])
        m = len(groups)
        if not m or groups[0][0] < 1 or groups[-1][1] > n or (starts is None and groups[-1][1] != n) \
                or any(b[0] < a[0] for a, b in zip(groups, groups[1:])):
            return None
        firsts = sorted({0, *(starts or range(n))})

        def group_cost(g: int, a: int, b: int) -> tuple[int, float]:  # (rows a..b under group g's label)
            _, last, label = groups[g]
            return (sum(cost(r, label) for r in range(a, b + 1)) + int(not a <= last - 1 <= b),
                    abs((a + b) / 2 - (last - 1)))
        best: dict[tuple[int, int], tuple[tuple[int, float], list[int]] | None] = {}  # (group, its first row): the
        # cost of the groups from it on, and their first rows

        def go(g: int, a: int) -> tuple[tuple[int, float], list[int]] | None:
            if (g, a) in best:
                return best[(g, a)]
            found = None
            if g == m - 1:
                found = (group_cost(g, a, n - 1), [a])
            else:
                for b in firsts:  # (the next group's first row, at or before its label's)
                    if b <= a or b > groups[g + 1][0] - 1:
                        continue
                    rest = go(g + 1, b)
                    if rest is None:
                        continue
                    here = group_cost(g, a, b - 1)
                    total = (here[0] + rest[0][0], here[1] + rest[0][1])
                    if found is None or total < found[0]:
                        found = (total, [a, *rest[1]])
            best[(g, a)] = found
            return found
        result = go(0, 0)
        if result is None:
            return None
        begins = result[1]
        return [((a, b - 1), label) for a, b, (_, _, label) in zip(begins, [*begins[1:], n], groups)]

    seconds = split(seconds_at, lambda r, label: middle_labels.fit(rows[r], label), None)
    if seconds is None:
        return None
    implied = {r: labels.implied_level1(label) for (a, b), label in seconds for r in range(a, b + 1)}
    heads = split(heads_at, lambda r, label: int(implied[r] not in (None, labels.level_name(label))),
                  {a for (a, _), _ in seconds}) if heads_at else []
    if heads is None or not middle_labels.nested(seconds, heads):
        return None
    return heads, seconds
