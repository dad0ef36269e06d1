"""An indicator table without its header (the tail of a form whose top was cut off): each column's role read
from what its cells hold — 一级 and 二级 names, task-like names, comparators, values, units, scores."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal, InvalidOperation

from jxcheck.engine import units
from jxcheck.engine.findings import problem
from jxcheck.engine.readers import labels
from jxcheck.engine.readers.indicators import TableBuilder, value_like
from jxcheck.engine.readers.text import Row

_COMPARATORS = {"≥", "≤", "=", "＝", ">", "<", "＞", "＜", "≧", "≦", ">=", "<=", "定性", "定量", "﹦", "═"}
_MIN_ROWS = 3


def _number(text: str) -> bool:
    try:
        Decimal(text.replace(",", "").rstrip("%％分"))
        return True
    except InvalidOperation:
        return False


def _kind(text: str) -> str:
    t = text.strip()
    if labels.is_level1(t) and not labels.is_level2(t):
        return "level1"
    if labels.is_level2(t):
        return "level2"
    if labels.norm(t) in _COMPARATORS:
        return "nature"
    if _number(t):
        return "number"
    if len(t) <= 6 and units.is_known(t):
        return "unit"
    if value_like(t):
        return "value"
    return "text"


def _indicator_like(texts: tuple[str, ...]) -> bool:
    kinds = [_kind(t) for t in texts if t]
    if _both_levels(texts) and len(kinds) >= 4:
        return True  # 项目完成指标 | 质量指标 | 改善养老服务基础条件 | 改善条件 | …: its levels say what it is
    return "text" in kinds and any(k in ("number", "value", "nature") for k in kinds)


def infer(rows: list[tuple[str, ...]]) -> list[str | None] | None:
    """The role of each column of rows that look like indicator rows, or None when they do not read as a table."""
    width = max(len(r) for r in rows)
    share: list[Counter] = [Counter(_kind(r[c]) for r in rows if c < len(r) and r[c]) for c in range(width)]
    roles: list[str | None] = [None] * width
    levels = [c for c in range(min(3, width)) if share[c] and
              (share[c]["level1"] + share[c]["level2"]) >= 0.8 * sum(share[c].values())]
    if not levels:
        return None
    if len(levels) >= 2:
        roles[levels[0]], roles[levels[1]] = "level1", "level2"
    else:
        c = levels[0]
        roles[c] = "level1" if share[c]["level1"] > share[c]["level2"] else "level2"
        if roles[c] == "level2" and c > 0:
            roles[c - 1] = "level1"  # the 一级 column, merged down and empty on these rows
    start = max(levels) + 1
    name = next((c for c in range(start, width) if share[c]["text"] >= 0.6 * max(1, sum(share[c].values()))), None)
    if name is None:
        return None
    roles[name] = "name"
    rest = list(range(name + 1, width))
    if rest and share[rest[0]]["nature"] >= 0.6 * max(1, sum(share[rest[0]].values())):
        roles[rest.pop(0)] = "nature"
    if not rest:
        return None
    valued = next((c for c in rest if share[c]["value"] + share[c]["number"] >= 0.6 * max(1, sum(share[c].values()))),
                  rest[0])
    rest = rest[rest.index(valued):]  # a text column between the name and the value describes it (指标解释)
    roles[rest.pop(0)] = "value"
    unit_at = rest[0] if rest else None
    if unit_at is not None and share[unit_at]["unit"] >= 0.6 * max(1, sum(share[unit_at].values())):
        roles[rest.pop(0)] = "unit"
    if "nature" in roles:  # the 四川 self-evaluation's columns after the unit: 完成值 | 权重 | 得分
        for role, c in zip(("actual", "weight", "score"), rest):
            roles[c] = role
    elif rest and (column := share[rest[0]])["value"] + column["number"] >= 0.6 * max(1, sum(column.values())) \
            and column["value"] >= column["number"]:
        roles[rest[0]] = "actual"  # a second column of values beside the targets: what was achieved (a column of
        # bare numbers there holds weights)
    return roles


def _aligned(rows: list[Row]) -> list[Row]:
    """Rows whose 一级 stands further right than on most rows (a leading empty cell kept by the extraction) moved
    back to where the others have it."""
    def at(row: Row) -> int | None:  # where the row's 一级 | 二级 pair stands
        texts = row.texts
        return next((k for k, t in enumerate(texts[:4]) if t and labels.is_level1(t)
                     and k + 1 < len(texts) and labels.is_level2(texts[k + 1])), None)
    usual = Counter(k for r in rows if (k := at(r)) is not None).most_common(1)
    if not usual:
        return rows
    want = usual[0][0]
    out = []
    for row in rows:
        k = at(row)
        if k is not None and k > want and not any(row.texts[want:k]):
            row = Row(row.cells[:want] + row.cells[k:], row.location)
        out.append(row)
    return out


def _both_levels(texts: tuple[str, ...]) -> bool:
    cells = [t for t in texts if t][:3]
    return len(cells) >= 2 and labels.is_level1(cells[0]) and labels.is_level2(cells[1])


def table_from_content(rows: list[Row]) -> TableBuilder | None:
    """A table read from the longest run of indicator-like rows (at least three) whose columns read as a table,
    its roles inferred, with a FORM-03 that says the header was missing; None when no such run exists."""
    runs: list[list[Row]] = [[]]
    for row in rows:
        first = next((t for t in row.texts if t), "")
        if labels.row_kind(first) is None and (_indicator_like(row.texts) or (runs[-1] and labels.is_level(first))):
            runs[-1].append(row)
        elif runs[-1]:
            runs.append([])
    for best in sorted((r for r in runs if r), key=len, reverse=True):  # a funds block may be longer: the next
        leveled = sum(1 for r in best if any(labels.is_level(t) for t in r.texts[:3] if t))
        both = len(best) == 1 and _both_levels(best[0].texts)  # 产出指标 | 数量指标 | … | ≥3个: one row says it all
        if len(best) < _MIN_ROWS and not (len(best) >= 2 and leveled == len(best)) and not both:
            continue  # two rows are a table only when each names its level; one only when it names both
        chosen = _aligned(best)
        roles = infer([r.texts for r in chosen])
        if roles is not None and "value" in roles:
            table = _table(chosen, roles)
            for row in rows:  # an indicator row outside the table read is said, never dropped
                if row not in best and _both_levels(row.texts):
                    table.problems.append(problem("FORM-03", row.location, n=row.location.number(),
                                                  content=" | ".join(t for t in row.texts if t)))
            return table
    return None


_ROLE_NAMES = {"level1": "一级指标", "level2": "二级指标", "name": "三级指标", "nature": "指标性质", "value": "指标值",
               "unit": "计量单位", "actual": "完成值", "weight": "分值", "score": "得分"}  # the form's own words


def _table(best: list[Row], roles: list[str | None]) -> TableBuilder:
    table = TableBuilder(roles, block="年度", from_content=True)
    for row in best:
        table.add(row)
    where = best[0].location
    table.problems.append(problem("FORM-03", where, n=where.number(), case="no_header",
                                  content=" | ".join(_ROLE_NAMES.get(r or "", "—") for r in roles)))
    return table
