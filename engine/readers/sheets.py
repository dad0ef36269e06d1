"""Spreadsheet reader (.xlsx, .xlsm, .xls) with python-calamine: every sheet as rows of located cells.

Merged cells are spread the way a reader of the printed form sees them: a vertical merge
(一级 down its block) repeats its text on every row it covers; a horizontal merge (a title
across the sheet) keeps its text in its first column only, so that positions stay true.
"""
from __future__ import annotations

import datetime as dt
import io
import re
from functools import lru_cache
from pathlib import Path

from python_calamine import CalamineError, CalamineWorkbook, PasswordError

from jxcheck.engine.model import Location, column_index, column_letters
from jxcheck.engine.readers import archive, reasons, xlsx_extras
from jxcheck.engine.readers.text import Cell, Row, Unreadable, bounded
from jxcheck.engine.values.chars import clean

MAX_BYTES = 50 * 1024 * 1024
MAX_CELLS = 2_000_000  # a form is a few hundred cells; a merge over whole columns must not explode


def cell_text(value: object) -> str:
    """A cell value as the form shows it: 100.0 -> 100, dates as 2022年11月30日."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else format(value, ".15g")
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    return clean(str(value)).strip()


def _grid(sheet, overrides: dict[str, str]) -> list[list[str]]:
    if sheet.total_height * sheet.total_width > MAX_CELLS:  # before loading: a far cell must not exhaust memory
        raise Unreadable(f"工作表“{sheet.name}”过大（{sheet.total_height}行×{sheet.total_width}列），不是绩效目标表")
    grid = [[clean(v).strip() if type(v) is str else cell_text(v) for v in row]  # most cells are text
            for row in sheet.to_python(skip_empty_area=False)]
    for ref, text in overrides.items():  # percent-formatted numbers and unsaved formulas, as Excel shows them
        if ref.startswith("__"):
            continue
        parts = re.match(r"([A-Z]+)(\d+)", ref)
        if parts is None:
            continue
        letters, digits = parts.groups()
        r, c = int(digits) - 1, column_index(letters)
        if r < len(grid) and c < len(grid[r]):
            grid[r][c] = text
    merged = sheet.merged_cell_ranges or []
    height = max([len(grid)] + [r1 + 1 for _, (r1, _c) in merged])
    width = max([max((len(r) for r in grid), default=0)] + [c1 + 1 for _, (_r, c1) in merged])
    if height * width > MAX_CELLS:
        raise Unreadable(f"工作表“{sheet.name}”过大（{height}行×{width}列），不是绩效目标表")
    for row in grid:
        row.extend([""] * (width - len(row)))
    grid.extend([[""] * width for _ in range(height - len(grid))])
    for (r0, c0), (r1, c1) in merged:
        text = grid[r0][c0]
        once = merged_number(text)  # a score or weight merged down its rows: one number, printed once
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                grid[r][c] = text if c == c0 and (r == r0 or not once) else ""
    return grid


_NUMBER = re.compile(r"\d+(\.\d+)?\s*分?")


def merged_number(text: str) -> bool:
    """A bare number (a score, a weight): merged over several rows it is printed, and counted, once."""
    return bool(_NUMBER.fullmatch(text.strip()))


def sheet_rows(name: str, grid: list[list[str]]) -> list[Row]:
    rows = []
    for r, values in enumerate(grid):
        while values and not values[-1]:
            values = values[:-1]
        if not any(values):
            continue
        cells = tuple(Cell(t, _location(name, r, c)) if t else _empty(name, r, c) for c, t in enumerate(values))
        first = next(c for c in cells if c.text)
        rows.append(Row(cells, first.location))
    return rows


# The same sheet names and cells recur in every workbook of a template: their locations are made once.
@lru_cache(maxsize=1 << 16)
def _location(sheet: str, r: int, c: int) -> Location:
    return Location(sheet=sheet, cell=f"{column_letters(c)}{r + 1}")


@lru_cache(maxsize=1 << 16)
def _empty(sheet: str, r: int, c: int) -> Cell:
    return Cell("", _location(sheet, r, c))


def read_sheets(path: Path, content: str = "") -> list[tuple[str, list[Row]]]:
    """(sheet name, rows) for every sheet; FORM-01 reasons for what cannot be opened. `content` is what the
    file holds (zip, ole), when its name says otherwise (a workbook saved as .xls, an .xls named .xlsx)."""
    if path.stat().st_size > MAX_BYTES:
        raise Unreadable(f"文件过大（{path.stat().st_size // 1024 // 1024} MB），不是绩效目标表")
    zipped = content == "zip" or (not content and path.suffix.lower() in (".xlsx", ".xlsm"))
    if zipped:
        archive.check(str(path))  # before anything inflates it: no zip bomb reaches calamine or the XML scan
    extras = xlsx_extras.display_overrides(str(path)) if zipped else {}
    named = path.suffix.lower() in (".xlsx", ".xlsm") if zipped else path.suffix.lower() == ".xls"
    try:
        opened = CalamineWorkbook.from_path(str(path)) if named or not content else \
            CalamineWorkbook.from_filelike(io.BytesIO(path.read_bytes()))  # calamine goes by the name, else by content
        with opened as book:
            for name in book.sheet_names:
                extent = int(extras.get(name, {}).get("__extent__", 0))
                if extent > MAX_CELLS:  # checked before loading: a far cell must not exhaust memory
                    raise Unreadable(f"工作表“{name}”的范围过大（约{extent}个单元格），不是绩效目标表")
            return [(name, bounded(sheet_rows(name, _grid(book.get_sheet_by_name(name), extras.get(name, {})))))
                    for name in book.sheet_names]
    except PasswordError:
        raise Unreadable("文件有密码保护，无法读取") from None
    except CalamineError:
        head = path.read_bytes()[:1024]
        if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" and path.suffix.lower() != ".xls":
            raise Unreadable("文件有密码保护，或实为旧版.xls格式（请另存为.xlsx后检查）") from None
        raise Unreadable(reasons.disguised(path, head) or "文件已损坏或不是有效的Excel文件") from None
