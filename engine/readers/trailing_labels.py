"""Level labels a cell-a-line copy gives after their group's first row. Plain pdftotext writes a merged 二级 cell's
text where its middle falls in reading order: after the first row of a group of two (数量指标 between 奖补项目个数 and
新修村组道路里程), after the only row of a group of one. Read as the head of the row below it, every such label is
a row off: a 质量 row under 数量, a cost under 时效, a beneficiary count under 成本 (written 1611, 1602). Where the
rows' own words and values all fit the labels a row up, and several stand against them as read, the labels move up
a row."""
from __future__ import annotations

from types import SimpleNamespace

from jxcheck.engine.readers import middle_labels

_AGAINST = 3  # how many rows must stand against their labels as read before the labels move (none may a row up)


def moved_up(out: list[tuple[int, list[str]]], roles: list[str | None]) -> list[tuple[int, list[str]]]:
    """The table's rows with each 二级 label a row up, where that fits the rows' words better; else as they came."""
    if "level2" not in roles or "name" not in roles:
        return out
    l2, name = roles.index("level2"), roles.index("name")
    value = roles.index("value") if "value" in roles else None
    table = [k for k, (_, cells) in enumerate(out)
             if k > 0 and len(cells) == len(roles) and (cells[name] or cells[l2])]  # (out[0]: the column labels)
    rows = [k for k in table if out[k][1][name]]
    labelled = [k for k in table if out[k][1][l2]]
    if len(labelled) < 3 or not rows or labelled[0] <= rows[0]:
        return out  # (a label on or above the first row heads its rows: the copy gives labels before their groups)

    def owner(k: int) -> int:  # the row a label a row up goes to: the last row above it
        return max(r for r in rows if r < k)

    def cost(up: bool) -> int:
        heads = {owner(k) if up else k: out[k][1][l2] for k in labelled}
        label, total = "", 0
        for k in rows:
            label = heads.get(k, label) if up else (out[k][1][l2] or label)
            if not label:
                total += 1  # a row under no 二级 (the first rows, as read)
                continue
            cells = out[k][1]
            row = SimpleNamespace(fields={"name": cells[name], "value": cells[value] if value is not None else ""},
                                  l1_explicit=False, l2_explicit=False)
            total += middle_labels.level2_mismatch(row, label)
        return total

    owners = [owner(k) for k in labelled]
    if len(set(owners)) < len(owners) or cost(True) > 0 or cost(False) < _AGAINST:
        return out  # (two labels for one row; a row a row up would still stand against its label; or few against
        # it as read: as read — other copies centre labels, which the middle-row reading settles)
    moved = [(n, list(cells)) for n, cells in out]
    for k, to in sorted(zip(labelled, owners)):
        above, below = moved[to][1], moved[k][1]
        above[l2], below[l2] = out[k][1][l2], ("" if to != k else below[l2])
        if "level1" in roles:
            l1 = roles.index("level1")
            if out[k][1][l1] and not out[to][1][l1]:
                above[l1], below[l1] = out[k][1][l1], ""
    return moved
