"""Word reader (.docx) with python-docx: paragraphs and table rows, in document order, as located rows.

A horizontally merged cell (gridSpan) is returned by python-docx once per grid column; it keeps
its text in its first column only. A vertically merged cell (vMerge) repeats its text on each
row it covers, as a merged 一级 does on paper. Cells are located by table, row and column (1-based).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from jxcheck.engine.model import Location
from jxcheck.engine.readers import archive, reasons
from jxcheck.engine.readers.sheets import MAX_BYTES, merged_number
from jxcheck.engine.readers.text import Cell, Row, Unreadable
from jxcheck.engine.values.chars import clean

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _table_rows(table: Table, number: int) -> list[Row]:
    rows = []
    above: dict[int, object] = {}  # the cell each column had on the row above (a vMerge continues it)
    for r, row in enumerate(table.rows, start=1):
        cells: list[Cell] = []
        previous = None
        column = row.grid_cols_before
        seen: dict[int, object] = {}
        for cell in row.cells:
            column += 1
            same = previous is not None and cell._tc is previous  # gridSpan: one cell over several columns
            previous = seen[column] = cell._tc
            text = "" if same else clean(cell.text).strip()
            if text and above.get(column) is cell._tc and merged_number(text):
                text = ""  # a score merged down its rows is one score, printed once
            cells.append(Cell(text, Location(table=number, row=r, column=column)))
        above = seen
        while cells and not cells[-1].text:
            cells.pop()
        if any(c.text for c in cells):
            rows.append(Row(tuple(cells), Location(table=number, row=r, column=1)))
    return rows


def _blocks(parent):
    """Paragraphs and tables in document order, including those inside content controls (w:sdt)."""
    for child in parent.iterchildren():
        if child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content)
        else:
            yield child


def read_word(path: Path) -> list[Row]:
    if path.stat().st_size > MAX_BYTES:
        raise Unreadable(f"文件过大（{path.stat().st_size // 1024 // 1024} MB），不是绩效目标表")
    archive.check(str(path))  # before python-docx inflates it
    try:
        document = Document(str(path))
    except PackageNotFoundError:
        head = path.read_bytes()[:1024]
        if head[:8] == _OLE:
            raise Unreadable("文件有密码保护或为旧版.doc格式，请另存为.docx后检查") from None
        raise Unreadable(reasons.disguised(path, head) or "文件已损坏或不是有效的Word文件") from None
    except (ValueError, KeyError):
        raise Unreadable("文件已损坏或不是有效的Word文件") from None
    rows: list[Row] = []
    tables = 0
    for block in _blocks(document.element.body):
        if block.tag == qn("w:p"):
            text = clean(Paragraph(block, document).text).strip()
            if text:
                rows.append(Row((Cell(text, Location()),), Location()))
        elif block.tag == qn("w:tbl"):
            tables += 1
            rows.extend(_table_rows(Table(block, document), tables))
    return rows
