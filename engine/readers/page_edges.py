"""Rows at a page break, in a table copied out of a PDF. A merged 一级 or 二级 cell that a page break parts prints
its label once: in its part on the first page (as Word draws it), or where the middle of the whole cell falls (as a
spreadsheet does), so the rows of the other part stand with no label near them, and centring places them under the
wrong group — a page's last 经费 row under the 时效指标 above it, or a page's first cost rows under the 效益指标
printed further down. Between the last label printed before a break and the first printed after it, each row belongs
to the group before or the group after, the earlier rows to the one before; the rows' own words (经费 | ≤48万元 is a
cost) say where the one group ends, and only where they say it more plainly than the reading so far."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from jxcheck.engine.readers import labels, middle_labels
from jxcheck.engine.values.parse import parse_value

if TYPE_CHECKING:
    from jxcheck.engine.readers.indicators import TableBuilder

_Row = middle_labels.Row


def across(tables: Sequence["TableBuilder"]) -> None:
    """Each run of a copy's tables, one printed on over the next page under its header again, taken as one table
    for its page breaks (the header's line one of them)."""
    run: list["TableBuilder"] = []
    for table in [*tables, None]:
        if table is not None and table.laid_labels and run and (table.continued or _over_a_page(run[-1], table)):
            run.append(table)
            continue
        if run:
            rows = [d for t in run for d in t.drafts]
            between: list[tuple[int, str, str, int | None]] = []
            offset = 0
            for t in run:
                between += [(at + offset, key, label, line) for at, key, label, line in t.between]
                offset += len(t.drafts)
            place(rows, between, set().union(*(t.pages for t in run)))
        run = [table] if table is not None and table.laid_labels else []


def _over_a_page(before: "TableBuilder", table: "TableBuilder") -> bool:
    """A table that goes on with the one before it on the next page, its header printed again with the same
    columns though not the same cells (年度绩效指标 beside the first page's header, none beside the second's)."""
    if not before.drafts or not table.drafts:
        return False
    last, first = before.drafts[-1].location.line or 0, table.drafts[0].location.line or 0
    return [r for r in before.header if r] == [r for r in table.header if r] \
        and any(last < page <= first for page in table.pages)


def place(rows: Sequence[_Row], between: Sequence[tuple[int, str, str, int | None]], pages: set[int]) -> None:
    """Regroup the unlabelled rows around each page break (`pages`: the lines where a new page begins) whose
    words fit the group before and the group after, split once, better than the groups they were given."""
    lines = [row.location.line or 0 for row in rows]
    if not pages or len(rows) < 3 or not all(lines):
        return
    marked = sorted({line for line, row in zip(lines, rows) if row.l2_explicit}  # (a 二级's label: a 一级's alone on
                    | {line for _, key, _, line in between if line is not None and key == "level2"})  # a row's line
    # spans its 二级s, 产出指标 beside a page's last 时效 row and its costs below)
    for page in sorted(pages):
        before = [m for m in marked if m < page]
        after = [m for m in marked if m >= page]
        if not before or not after:
            continue
        window = [k for k, line in enumerate(lines) if before[-1] < line < after[0]]
        if not window:
            continue
        first = _group(rows, lines, before[-1], window[0])
        last = _group(rows, lines, after[0], next((k for k, line in enumerate(lines) if line > after[0]), None))
        if first is None or last is None or first == last:
            continue
        _split(rows, window, first, last)


def _group(rows: Sequence[_Row], lines: list[int], line: int, fallback: int | None) -> tuple[str, str] | None:
    """The group of the row printed on the label's line, or else of the row `fallback`."""
    k = next((k for k, at in enumerate(lines) if at == line), fallback)
    if k is None:
        return None
    fields = rows[k].fields
    return fields.get("level1", ""), fields.get("level2", "")


def _cost(row: _Row, group: tuple[str, str]) -> int:
    """1 where a row's value or name says plainly it is a cost's or a time target's and `group` is not that (a
    row with no 二级: unplaced); 0 otherwise — a rate, a count, a benefit says nothing here."""
    if not group[1]:
        return 1
    said = _said(row.fields.get("name", ""), row.fields.get("value", ""))
    if said is None:
        return 0
    kind = "成本" if labels.level_name(group[0]) == "成本指标" else middle_labels.label_kind(group[1])
    return int(kind != said)


def _said(name: str, value: str) -> str | None:
    parsed = parse_value(value)
    unit = getattr(parsed, "unit", None) or ""
    if getattr(parsed, "unit_kind", None) == "money" or middle_labels.name_kind(name) == "成本" and not value.strip() \
            or re.match(r"(万|亿)?元/", unit) and getattr(parsed, "op", None) in ("≤", "<", "="):
        return "成本"  # (户均奖补标准 | ≤800元/户: money a head, capped — a cost's standard)
    if parsed.kind == "deadline":
        return "时效"
    return None


def _split(rows: Sequence[_Row], window: list[int], first: tuple[str, str], last: tuple[str, str]) -> None:
    def group(k: int) -> tuple[str, str]:
        return rows[k].fields.get("level1", ""), rows[k].fields.get("level2", "")
    now = sum(_cost(rows[k], group(k)) for k in window)
    splits = [[first if n < cut else last for n in range(len(window))] for cut in range(len(window) + 1)]
    costs = [sum(_cost(rows[k], g) for k, g in zip(window, split)) for split in splits]
    best = min(costs)
    if best >= now:
        return
    chosen = min((split for split, cost in zip(splits, costs) if cost == best),  # (of the splits the words
                 key=lambda split: sum(g != group(k) for k, g in zip(window, split)))  # allow, the nearest the reading)
    for k, (level1, level2) in zip(window, chosen):
        rows[k].fields["level1"], rows[k].fields["level2"] = level1, level2
