"""The form as the page shows it: every file's rows and cells as the reader saw them, each cell with the key a
finding's location maps to (the page colours the cells its findings name). Keys: `L12` a text line, `S表!E14`
a workbook cell, `T1R5C3` a Word table cell; rows also carry a key, for findings located by row."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.model import Location
from jxcheck.engine.readers import SHEET_SUFFIXES, TEXT_SUFFIXES, WORD_SUFFIXES, text
from jxcheck.engine.readers.text import Row

MAX_ROWS = 3000  # a form is a few hundred rows; a view is for reading, not for a data dump
MAX_COLUMNS = 60
MAX_TEXT = 400


def cell_key(loc: Location) -> str | None:
    if loc.cell:
        return f"S{loc.sheet or ''}!{loc.cell}"
    if loc.table is not None and loc.row is not None:
        return f"T{loc.table}R{loc.row}C{loc.column or 1}"
    if loc.line is not None:
        return f"L{loc.line}"
    return None


def row_key(loc: Location) -> str | None:
    if loc.cell:
        digits = "".join(ch for ch in loc.cell if ch.isdigit())
        return f"S{loc.sheet or ''}!R{digits}"
    if loc.table is not None and loc.row is not None:
        return f"T{loc.table}R{loc.row}"
    if loc.line is not None:
        return f"L{loc.line}"
    return None


def _rows(path: Path) -> list[tuple[str, list[Row]]]:
    suffix = path.suffix.lower()
    if suffix in SHEET_SUFFIXES:
        from jxcheck.engine.readers import _content, sheets
        content = _content(path)
        if content != "text":
            return sheets.read_sheets(path, content)
    if suffix in WORD_SUFFIXES:
        from jxcheck.engine.readers import word
        return [("", word.read_word(path))]
    if suffix in TEXT_SUFFIXES or suffix in SHEET_SUFFIXES or suffix in (".yaml", ".yml", ".json", ""):
        if suffix in (".yaml", ".yml", ".json"):  # the canonical form: its lines, as written
            lines = text.decode(path.read_bytes()).splitlines()
            return [("", [Row((text.Cell(line, Location(line=n)),), Location(line=n))
                          for n, line in enumerate(lines, start=1)])]
        return [("", text.read_rows(path)[0])]
    return []


def view(path: Path, shown: str) -> dict:
    """One file's view: {"file", "sheets": [{"name", "rows": [{"key", "n", "cells": [{"t", "k"}]}], "more"}]}."""
    try:
        parts = _rows(path)
    except Exception:  # a file that cannot be read has its FORM-01 finding; its view is empty
        parts = []
    sheets = []
    for name, rows in parts:
        out = []
        width = min(MAX_COLUMNS, max((len(r.cells) for r in rows[:MAX_ROWS]), default=0))
        for row in rows[:MAX_ROWS]:
            cells = [{"t": c.text[:MAX_TEXT], "k": cell_key(c.location)} for c in row.cells[:width]]
            last = row.cells[-1].location if row.cells else row.location
            for extra in range(1, width - len(cells) + 1):  # the empty cells a row ends in (an empty 指标值 is one)
                cells.append({"t": "", "k": cell_key(last.shifted(extra)) if row.cells else None})
            out.append({"key": row_key(row.location), "n": row.location.number(), "cells": cells})
        sheets.append({"name": name, "rows": out, "more": max(0, len(rows) - MAX_ROWS)})
    return {"file": shown, "sheets": sheets}
