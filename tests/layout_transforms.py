"""Layouts of the same form (for the metamorphic check of the reader, benchmarks/metamorphic.py, and its test):
each transform lays a transcription's indicator table out again row for row, as other templates print it, and
keeps every line where it was, so that the findings of the two must be the same."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from jxcheck.engine.readers import labels

Grid = list[list[str]]
_ENDS = ("signoff", "total", "note", "conclusion")

# header labels and the synonyms real templates print in their place
SYNONYMS = {
    "指标值": "年度指标值", "年度指标值": "指标值", "目标值": "年度目标值", "计量单位": "度量单位",
    "度量单位": "计量单位", "三级指标": "指标名称", "分值": "权重", "权重": "分值", "实际完成值": "全年实际值",
    "全年实际值": "实际完成值", "偏差原因分析及改进措施": "偏差原因分析",
}


def split_file(path: Path) -> tuple[list[str], Grid]:
    """The file's lines (notes kept as they are) and the table rows' cells (None for a note line)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return lines, [line.split("\t") if not line.startswith("#") else [] for line in lines]


def table_span(grid: Grid) -> tuple[int, int, list[str | None]] | None:
    """The indicator table: its header row, the row after its last row, and each column's role."""
    head = next((k for k, row in enumerate(grid)
                 if row and labels.is_indicator_header([labels.norm(t) for t in row if t])), None)
    if head is None:
        return None
    end = head + 1
    while end < len(grid):
        row = grid[end]
        first = next((t for t in row if t.strip()), "")
        if not first or labels.row_kind(first) in _ENDS or labels.is_indicator_header(
                [labels.norm(t) for t in row if t]):
            break
        end += 1
    roles = labels.column_roles([labels.norm(t) for t in grid[head]])
    return head, end, roles


def _column(roles: list[str | None], role: str) -> int | None:
    return next((k for k, r in enumerate(roles) if r == role), None)


def fill_levels(grid: Grid, head: int, end: int, roles: list[str | None]) -> bool:
    """一级 and 二级 written on every indicator row instead of merged."""
    name = _column(roles, "name")
    columns = [c for c in (_column(roles, "level1"), _column(roles, "level2")) if c is not None]
    if name is None or not columns:
        return False
    changed = False
    for c in columns:
        last = ""
        for r in range(head + 1, end):
            row = grid[r]
            if c >= len(row):
                continue
            if row[c].strip():
                last = row[c]
            elif last and name < len(row) and row[name].strip():
                row[c] = last
                changed = True
    return changed


def number_rows(grid: Grid, head: int, end: int, roles: list[str | None]) -> bool:
    """A 序号 column before the table, numbering its indicator rows (not where the table has one already, nor
    where its rows are ragged, as text taken from a PDF is: there a 序号 would stand in no column)."""
    if "skip" in roles:
        return False
    numbered = []
    for r in range(head + 1, end):
        cells = [t.strip() for t in grid[r] if t.strip()]
        first = cells[0] if cells else ""
        if len(cells) >= 3 and not first.isdigit() and any(  # not a block's label, a coded unit line, a sub-header
                re.search(r"\d", t) or len(t) > 8 or labels.is_level(t) for t in cells):
            numbered.append(r)
    if not numbered or any(len(grid[r]) < len(grid[head]) - 2 for r in numbered):
        return False
    grid[head].insert(0, "序号")
    for r in range(head + 1, end):
        grid[r].insert(0, str(numbered.index(r) + 1) if r in numbered else "")
    first = next((t for t in grid[end] if t.strip()), "") if end < len(grid) else ""
    if labels.row_kind(first) == "total":
        grid[end].insert(0, "")  # the 总分 row under the table keeps its columns
    return True


def rename_labels(grid: Grid, head: int, end: int, roles: list[str | None]) -> bool:
    """Each header label that has a synonym printed in its place."""
    changed = False
    for c, t in enumerate(grid[head]):
        other = SYNONYMS.get(labels.norm(t))
        if other and other not in (labels.norm(x) for x in grid[head]):
            grid[head][c] = other
            changed = True
    return changed


def unit_first(grid: Grid, head: int, end: int, roles: list[str | None]) -> bool:
    """计量单位 printed before the value instead of after it."""
    value, unit = _column(roles, "value"), _column(roles, "unit")
    if value is None or unit is None or unit != value + 1:
        return False
    for r in range(head, end):
        row = grid[r]
        if unit < len(row):
            row[value], row[unit] = row[unit], row[value]
    return True


TRANSFORMS: dict[str, Callable[[Grid, int, int, list[str | None]], bool]] = {
    "fill_levels": fill_levels, "number_rows": number_rows, "rename_labels": rename_labels,
    "unit_first": unit_first,
}


def write(lines: list[str], grid: Grid, path: Path) -> Path:
    """The transcription again, its notes as they were and its rows as the grid now has them."""
    path.write_text("\n".join(line if line.startswith("#") else "\t".join(row) for line, row in zip(lines, grid)),
                    encoding="utf-8")
    return path
