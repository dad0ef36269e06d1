"""Level labels a copy gives after a row of their group (Edge, Chrome draw merged cells after the cells of their
rows): the first, the middle or the last row, or stacked after the last of several groups; or, a cell of one row
drawn with its row's, before them, only merged cells after their rows. Read as heads of the rows below them, every
group would be a group off; read so, each label over the rows its words fit, in order."""
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


def merged_after_first(rows: Sequence[Row], level1: list[tuple[int, str, int | None]],
                       level2: list[tuple[int, str, int | None]]) -> tuple[Split, Split] | None:
    """A copy a cell a line that gives a merged label after the first row it spans and a one-row label before its
    row (Edge, in the order a PDF stores its cells: 食品安全监督抽检批次 | ≥620批次 / 产出指标 / 数量指标 / … / 时效指标 /
    抽检任务完成时间 | …; blind 7682): the table's first row before any label, both levels split so exactly, every 二级
    group inside its 一级's, no row's value against its group — the split the rows' words fit best, where one does;
    None otherwise."""
    if len(rows) < 3 or not middle_labels.cell_a_line(rows, [(at, line) for at, _, line in level1 + level2]):
        return None
    firsts = [_marks(rows, key, between) for key, between in (("level2", level2), ("level1", level1))]
    if any(not marks or marks[0][0] != 1 for marks in firsts):
        return None  # (the sign of it: the first row before the first label of each level)
    for strict in (False, True):  # (or every label after its group's first row, a group of one's too: 校舍维修改造完成
        # 时间 | 2024年8月31日前 / 时效指标 / 人员经费支出 …, blind 7834)
        found = _fitted([(heads, seconds) for seconds in _merged_after(len(rows), firsts[0], True, strict)
                         if not any(middle_labels.against(rows[r], label) for (a, b), label in seconds
                                    for r in range(a, b + 1))
                         for heads in _merged_after(len(rows), firsts[1], True, strict)
                         if middle_labels.nested(seconds, heads) and any(b > a for (a, b), _ in seconds + heads)], rows)
        if found is not None:
            return found
    return None


def _fitted(found: list[tuple[Split, Split]], rows: Sequence[Row]) -> tuple[Split, Split] | None:
    """Of splits that the labels' places allow, the one the rows' words fit best, where one does."""
    if len(found) > 1:
        costs = [sum(middle_labels.fit(rows[r], label) for (a, b), label in seconds for r in range(a, b + 1))
                 for _, seconds in found]
        found = [split for split, cost in zip(found, costs) if cost == min(costs)]
    return found[0] if found and len(set(map(repr, found))) == 1 else None


def merged_after(rows: Sequence[Row], level1: list[tuple[int, str, int | None]],
                 level2: list[tuple[int, str, int | None]]) -> tuple[Split, Split] | None:
    """A copy a cell a line that draws a label's cell with its row's cells where the cell is one row's (before them)
    and after the rows it spans where it is merged over several (数量指标 / 质量指标 after the two 数量 rows, before
    the one 质量 row; Chrome, Edge: blind 6209, 6220): both levels split so exactly, every 二级 group inside its
    一级's, no row's value against its group, and at least one label after its rows — the split the rows' words fit
    best, where one does; None otherwise."""
    if len(rows) < 3 or not middle_labels.cell_a_line(rows, [(at, line) for at, _, line in level1 + level2]):
        return None
    if not (_stacked(rows, "level2", level2) or _stacked(rows, "level1", level1)):
        return None  # (the sign of it: a label on a line of its own right before a row that carries another of
        # its level — one group's after its rows, the other's before its row)
    found = []
    for seconds in _merged_after(len(rows), _marks(rows, "level2", level2)):
        if any(middle_labels.against(rows[r], label) for (a, b), label in seconds for r in range(a, b + 1)):
            continue
        for heads in _merged_after(len(rows), _marks(rows, "level1", level1)):
            if middle_labels.nested(seconds, heads) and any(b > a for (a, b), _ in seconds + heads):
                found.append((heads, seconds))
    return _fitted(found, rows)


def _stacked(rows: Sequence[Row], key: str, between: list[tuple[int, str, int | None]]) -> bool:
    """A label of the level on a line of its own right before a row that carries another label of it."""
    return any(at < len(rows) and (rows[at].l1_explicit if key == "level1" else rows[at].l2_explicit)
               and labels.level_name(rows[at].fields.get(key, "")) not in ("", labels.level_name(label))
               for at, label, _ in between)


def _marks(rows: Sequence[Row], key: str, between: list[tuple[int, str, int | None]]) -> list[tuple[int, str, bool]]:
    """A level's labels in order (at: the rows above; whether a row carries it — a label the row took from the line
    after it as well as from the one before)."""
    lines = [(at, label, False) for at, label, _ in between]
    carried = [(k, r.fields[key], True) for k, r in enumerate(rows)
               if (r.l1_explicit if key == "level1" else r.l2_explicit) and r.fields.get(key)
               and not labels.weight_only(r.fields[key])]
    return sorted(lines + carried, key=lambda mark: mark[0])


def _merged_after(n: int, marks: list[tuple[int, str, bool]], first_row: bool = False, strict: bool = False
                  ) -> list[Split]:
    """The splits of rows 0..n-1 by labels that stand before a group of one row and after the last row of a group of
    several, or (`first_row`) after its first row (a label a row carries: before or after that row); a label given
    twice, on a line and on a row beside it, one group's."""
    kept = [(at, label, carried) for k, (at, label, carried) in enumerate(marks)
            if not (k + 1 < len(marks) and marks[k + 1][0] - at in (0, 1)
                    and labels.level_name(marks[k + 1][1]) == labels.level_name(label))]
    out: list[Split] = []

    def go(k: int, first: int, done: Split) -> None:
        if len(out) > 8:
            return
        if k == len(kept):
            if first == n and done:
                out.append(done)
            return
        at, label, carried = kept[k]
        for place in ((at, at + 1) if carried and not first_row else (at,)):  # (a label a row carries in a copy
            # that gives merged labels after their first row: from the line above it, where the copy gave it)
            if place == first and first < n and not strict:
                go(k + 1, first + 1, [*done, ((first, first), label)])
            elif not first_row and place >= first + 2 and place <= n:
                go(k + 1, place, [*done, ((first, place - 1), label)])
            elif first_row and place == first + 1 and k + 1 == len(kept) and n - first >= 2:
                go(k + 1, n, [*done, ((first, n - 1), label)])
            elif first_row and place == first + 1 and k + 1 < len(kept):
                for after in ({kept[k + 1][0] - 1} if strict else {kept[k + 1][0], kept[k + 1][0] - 1}):  # (the next
                    # group's first row: the one after its label, a group of one, or the one before, a group of several)
                    if first + (1 if strict else 2) <= after < n:
                        go(k + 1, after, [*done, ((first, after - 1), label)])
    go(0, 0, [])
    return out
