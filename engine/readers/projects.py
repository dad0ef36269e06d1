"""A table of several projects: `单位名称 | 项目名称 | 预算数 | 年度目标 | 一级 | 二级 | 三级 | 指标值 …`, the first
columns merged down each project's rows (a workbook repeats the merged text on every row; a transcription
leaves the rows under the first one empty). Each project becomes a form of its own: the rows before the
table (title, year), the project's own cells as header fields and its goal, the table header without the
project columns, its rows, and the rows that close the table (totals, sign-off)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from jxcheck.engine.readers import header, labels
from jxcheck.engine.readers.text import Cell, Row

_BUDGET = ("预算数", "预算金额", "年度预算", "年度预算安排", "资金总额", "项目金额", "金额")


@dataclass(frozen=True)
class Part:
    name: str
    rows: list[Row]


def split(rows: list[Row]) -> list[Part] | None:
    """The projects of a table with a 项目名称 column, in order; None for any other form."""
    for at, row in enumerate(rows):
        normed = [labels.norm(t) for t in row.texts]
        if not labels.is_indicator_header([t for t in normed if t]):
            continue
        columns = project_columns(normed)
        if "project" not in columns:
            return None
        return _parts(rows, at, columns)
    return None


def project_columns(normed: list[str]) -> dict[str, int]:
    """Which header cells hold a project's own fields: project, department, budget, goal."""
    found: dict[str, int] = {}
    levelled = any(labels.column_field(t) == "level1" for t in normed)  # (项目年度绩效目标 beside 一级指标: no 一级)
    for k, text in enumerate(normed):
        bare = labels.strip_suffix(text)
        if labels.column_field(text) is not None and labels.column_field(text) != "extra":
            continue
        role = ("code" if bare in labels.header_labels("codes") or bare in ("单位编码", "单位代码") else
                "project" if bare in labels.header_labels("project") else
                "department" if bare in labels.header_labels("department") else
                "budget" if bare in labels.header_labels("budget") or bare in _BUDGET else
                "goal" if labels.goal_term(bare, beside_sentence=levelled) is not None else None)
        if role is None and any(part in labels.header_labels("project") for part in re.split(r"[、/／]", bare)):
            role = "project"  # 单位名称、项目名称 (云南 预算06表): a unit's row, then its projects' rows, in one column
        if role is not None and role not in found:
            found[role] = k
    if "project" not in found and "department" in found and "项目" in normed[found["department"]]:
        found["project"] = found.pop("department")  # 单位名称(项目类别/支出项目): units, categories and projects
    return found


def _parts(rows: list[Row], at: int, columns: dict[str, int]) -> list[Part] | None:
    head, before = rows[at], rows[:at]
    taken = set(columns.values())
    projects: list[tuple[str, list[Row], dict[str, Cell]]] = []
    closing: list[Row] = []
    current: dict[str, Cell] = {}
    for row in rows[at + 1:]:
        kind = labels.row_kind(next((t for t in row.texts if t), ""))
        if closing or kind in ("signoff", "conclusion", "total", "note"):
            closing.append(row)  # the rows that end the table end it for every project (合计, 填表人, 注：…)
            continue
        own = {role: row.cells[k] for role, k in columns.items() if k < len(row.cells) and row.cells[k].text}
        if kind == "continuation" or (kind == "subtotal" and len(_without(row, taken).non_empty()) <= 1
                                      and "project" not in own):
            continue  # a department's subtotal (801-某某镇 | 5,123,400.00) belongs to no project
        name = own.get("project")
        if name is not None and (not projects or name.text != projects[-1][0]):
            unit = current.get("department")  # a unit merged over several projects is written once
            current = {"department": unit} if unit is not None else {}
            projects.append((name.text, [], current))
        if not projects:
            before.append(row)  # above the first project: no part of a project
            continue
        for role, cell in own.items():
            current.setdefault(role, cell)
        projects[-1][1].append(_without(row, taken))
    # a line with no indicator under it is a unit's or a category's own (某局 | 92156434, 本级项目 | 26273500);
    # a unit's is the department of the projects below it
    kept = []
    owner: Cell | None = None
    for title, body, fields in projects:
        if not any(labels.is_level(t) for r in body for t in r.texts if t):
            owner = fields.get("project") if header.unit_name(title) else owner
            continue
        if owner is not None:
            fields.setdefault("department", owner)
        kept.append((title, body, fields))
    projects = kept
    if not projects:
        return None
    return [Part(name, [*before, *_fields(head, columns, own), _without(head, taken), *body, *closing])
            for name, body, own in projects]


def _fields(head: Row, columns: dict[str, int], own: dict[str, Cell]) -> list[Row]:
    """The project's own cells as the header rows a single form would print: label | value."""
    out = []
    for role in ("department", "project", "budget", "goal"):
        cell = own.get(role)
        if cell is None:
            continue
        label = head.cells[columns[role]] if role in columns else Cell("单位名称", cell.location)  # a unit's own line
        text = cell.text
        if role == "budget":
            text = text + labels.money_unit_of(label.text) if text[-1:].isdigit() else text
            label = Cell("项目金额", label.location)
        elif role == "goal":
            label = Cell("年度绩效目标", label.location)
        elif role == "project":
            label = Cell("项目名称", label.location)  # 单位名称(项目类别/支出项目) heads the projects too
        else:
            label = Cell(labels.strip_suffix(labels.norm(label.text)), label.location)
        out.append(Row((label, Cell(text, cell.location)), cell.location))
    return out


def _without(row: Row, taken: set[int]) -> Row:
    return Row(tuple(c for k, c in enumerate(row.cells) if k not in taken), row.location)
