"""A transcribed form (text, a merged cell on its first row only) laid out again as the other formats carry it:
an .xlsx with the label columns merged down their blocks, a .docx table merged the same way, a GB18030 CSV,
and a workbook with a form on each of two sheets."""
from __future__ import annotations

import csv
from pathlib import Path

from jxcheck.engine.readers import labels, text

Grid = list[list[str]]
Merge = tuple[int, int, int]  # column, first row, last row (0-based)

_MERGED_ROLES = ("level1", "level2")


def grid_of(path: Path) -> Grid:
    rows, _notes = text.read_rows(path)
    width = max(len(r.texts) for r in rows)
    return [list(r.texts) + [""] * (width - len(r.texts)) for r in rows]


def merges_of(grid: Grid) -> list[Merge]:
    """The vertical merges a transcription implies: a 一级 or 二级 cell (or a project's own cell in a table of
    several projects) over the empty cells below it, as long as the rows below carry an indicator."""
    out: list[Merge] = []
    head_at = next((k for k, row in enumerate(grid) if labels.is_indicator_header([labels.norm(t) for t in row if t])),
                   None)
    if head_at is None:
        return out
    head = [labels.norm(t) for t in grid[head_at]]
    columns = [c for c, t in enumerate(head) if labels.column_field(t) in _MERGED_ROLES
               or labels.strip_suffix(t) in ("单位名称", "项目名称", "预算数", "年度目标")]
    end = next((k for k in range(head_at + 1, len(grid)) if labels.row_kind(next((t for t in grid[k] if t), ""))
                in ("signoff", "total", "note", "conclusion")), len(grid))
    for c in columns:
        runs: list[list[int]] = []
        for r in range(head_at + 1, end):
            if grid[r][c]:
                runs.append([r, r])
            elif runs and runs[-1][1] == r - 1 and any(grid[r][c + 1:]):
                runs[-1][1] = r  # an indicator row under the block: the block's cell covers it
        out.extend((c, r0, r1) for r0, r1 in runs if r1 > r0)
    return out


def write_xlsx(sheets: list[tuple[str, Grid]], path: Path) -> Path:
    from openpyxl import Workbook
    book = Workbook()
    book.remove(book.active)
    for name, grid in sheets:
        sheet = book.create_sheet(name)
        for row in grid:
            sheet.append([v if v != "" else None for v in row])
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # =46辆 is text on a form, not a formula
        for c, r0, r1 in merges_of(grid):
            sheet.merge_cells(start_row=r0 + 1, start_column=c + 1, end_row=r1 + 1, end_column=c + 1)
    book.save(path)
    return path


def write_docx(grid: Grid, path: Path) -> Path:
    from docx import Document
    document = Document()
    table = document.add_table(rows=len(grid), cols=len(grid[0]))
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value:
                table.cell(r, c).text = value
    for c, r0, r1 in merges_of(grid):
        value = table.cell(r0, c).text
        table.cell(r0, c).merge(table.cell(r1, c)).text = value
    document.save(path)
    return path


def write_csv(grid: Grid, path: Path) -> Path:
    with path.open("w", encoding="gb18030", newline="") as handle:
        csv.writer(handle).writerows(grid)
    return path
