"""A published list of a department's projects with their targets, one cell per line under a `绩效目标` column:

    单位编码 | 单位名称(项目类别/支出项目) | 年度预算安排 | 项目内容 | 绩效目标
    037001  | 某项目                    | 1681680    | 【项目概况】…|
            |                           |            |            | 保障…（the goal）
            |                           |            |            | 【产出指标-数量指标】
            |                           |            |            | 指标1:机柜数量(≥77台)

Each project that lists indicators becomes a form of its own, rebuilt as the rows of an ordinary form (title,
项目名称, 年度预算, 年度绩效目标, an indicator header and `一级 | 二级 | 三级 | 指标值` rows), every cell keeping
the place it was printed at, so that the rest of the reader and every rule read it as they read any form.
The unit and category rows between projects (某局 | 92156434, 本级项目 | 26273500) carry no indicators and are
no projects."""
from __future__ import annotations

import re

from jxcheck.engine.model import Location
from jxcheck.engine.readers import header, labels
from jxcheck.engine.readers.projects import Part
from jxcheck.engine.readers.text import Cell, Row

_GROUP = re.compile(r"^【\s*([^】\-－—]+?)\s*[-－—]\s*([^】]+?)\s*】$")
_ITEM = re.compile(r"^指标\s*\d+\s*[:：]\s*(.+)\s*[(（]([^()（）]*)[)）]\s*$")  # the value: the last brackets
_CONTENT = re.compile(r"^【[^】]{1,8}】")  # 【项目概况】: what the project is, not a goal


def split(rows: list[Row]) -> list[Part] | None:
    """The projects of such a list, in order; None for any other form."""
    if not any(_GROUP.match(t) and _levels(t) for row in rows[:400] for t in row.texts):
        return None
    before: list[Row] = []
    projects: list[tuple[Row, list[Row]]] = []
    for row in rows:
        texts = [t for t in row.texts if t]
        if _project_row(row):
            projects.append((row, []))
        elif projects:
            projects[-1][1].append(row)
        elif len(texts) == 1 and not before:
            before.append(row)  # the title
    parts = []
    unit: Row | None = None  # the unit row the projects below it belong to (某局 | 92156434)
    for head, body in projects:
        if not _has_items(body):
            unit = _unit_row(head) or unit
            continue
        if (part := _part(before + ([unit] if unit is not None else []), head, body)) is not None:
            parts.append(part)
    return parts or None


def _unit_row(head: Row) -> Row | None:
    """A unit's own line (某局 | 92156434), not a category's (其他运转类, 本级项目)."""
    cell = next((c for c in head.cells if c.text and not _amount(c.text) and not c.text.isdigit()), None)
    if cell is None or not header.unit_name(cell.text):
        return None
    return Row((Cell("单位名称", cell.location), cell), head.location)


_amount = header.amount_like


def _has_items(body: list[Row]) -> bool:
    return any(_ITEM.match(t.strip()) for row in body for t in row.texts if t)


def _levels(text: str) -> bool:
    m = _GROUP.match(text)
    return m is not None and labels.is_level1(m.group(1)) and labels.is_level2(m.group(2))


def _project_row(row: Row) -> bool:
    """A row that names a project or a unit (a name beside an amount): the list's own grouping."""
    texts = row.texts
    return any(_amount(t) for t in texts[1:4] if t) and any(t and not _amount(t) for t in texts[:3])


def _part(before: list[Row], head: Row, body: list[Row]) -> Part | None:
    """A project's rows rebuilt as a form; None for a unit or category row with no indicators under it."""
    level1 = level2 = ""
    level_at: Location | None = None
    goals: list[Cell] = []
    items: list[Row] = []
    for row in body:
        for cell in row.cells:
            text = cell.text.strip()
            if not text:
                continue
            group = _GROUP.match(text)
            item = _ITEM.match(text)
            if group and _levels(text):
                level1, level2, level_at = group.group(1), group.group(2), cell.location
            elif item and level1:
                items.append(Row((Cell(level1, level_at or cell.location), Cell(level2, level_at or cell.location),
                                  Cell(item.group(1), cell.location), Cell(item.group(2), cell.location)),
                                 cell.location))
            elif not items and not _CONTENT.match(text):
                goals.append(cell)
    if not items:
        return None
    texts = head.texts
    name_at = next((k for k, t in enumerate(texts) if t and not _amount(t) and not t.isdigit()), 0)
    name = head.cells[name_at]
    amount = next((c for c in head.cells[name_at + 1:] if _amount(c.text)), None)
    content = next((c for c in head.cells if _CONTENT.match(c.text)), None)
    rows = list(before)
    rows.append(Row((Cell("项目名称", name.location), name), head.location))
    if amount is not None:
        plain = amount.text.replace(",", "").replace("，", "")
        if len(plain.split(".")[0]) >= 6:  # 1681680(.00): yuan, not 万元 (a project of a billion is no line of a list)
            rows.append(Row((Cell("金额单位", amount.location), Cell("元", amount.location)), head.location))
        rows.append(Row((Cell("年度预算数", amount.location), amount), head.location))
    if content is not None:
        rows.append(Row((Cell("项目概况", content.location), content), head.location))
    for cell in goals:
        rows.append(Row((Cell("年度绩效目标", cell.location), cell), cell.location))
    first = items[0].location
    rows.append(Row(tuple(Cell(t, first) for t in ("一级指标", "二级指标", "三级指标", "指标值")), first))
    rows.extend(items)
    return Part(name.text, rows)
