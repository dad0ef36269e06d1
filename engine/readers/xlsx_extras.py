"""What python-calamine does not give for .xlsx: cells formatted as percentages (Excel stores a typed
“95%” as 0.95) and formulas without a saved value (a typed “=200天” is a formula to Excel).
Read from the workbook's XML with the standard library; the display text of such cells is returned."""
from __future__ import annotations

import re
import zipfile
from decimal import Decimal, InvalidOperation
from xml.etree import ElementTree as ET

_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
       "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}
_PERCENT_IDS = {"9", "10"}  # Excel's built-in 0% and 0.00%


def _percent_styles(book: zipfile.ZipFile) -> set[str]:
    """Indexes of the cell styles whose number format is a percentage."""
    try:
        root = ET.fromstring(book.read("xl/styles.xml"))
    except KeyError:
        return set()
    percent_ids = set(_PERCENT_IDS)
    for fmt in root.iterfind("m:numFmts/m:numFmt", _NS):
        if "%" in re.sub(r'"[^"]*"', "", fmt.get("formatCode", "")):
            percent_ids.add(fmt.get("numFmtId"))
    xfs = root.find("m:cellXfs", _NS)
    return {str(k) for k, xf in enumerate(xfs if xfs is not None else []) if xf.get("numFmtId") in percent_ids}


def _sheet_paths(book: zipfile.ZipFile) -> dict[str, str]:
    workbook = ET.fromstring(book.read("xl/workbook.xml"))
    rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels.iterfind("rel:Relationship", _NS)}
    out = {}
    for sheet in workbook.iterfind("m:sheets/m:sheet", _NS):
        target = targets.get(sheet.get(f"{{{_NS['r']}}}id"), "")
        out[sheet.get("name")] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return out


def _percent_text(raw: str) -> str | None:
    try:
        value = Decimal(raw) * 100
    except InvalidOperation:
        return None
    return format(value.normalize(), "f") + "%"


_REF = re.compile(r"([A-Z]+)(\d+)")


def _extent(ref: str | None) -> int:
    """Rows × columns up to a cell reference (XFD1048576 -> 17 billion)."""
    m = _REF.match(ref or "")
    if not m:
        return 0
    column = 0
    for ch in m.group(1):
        column = column * 26 + ord(ch) - 64
    return column * int(m.group(2))


def display_overrides(path: str) -> dict[str, dict[str, str]]:
    """{sheet: {cell: text}} for percent-formatted numbers and unsaved formulas; {} when unreadable.
    Each sheet's entry also holds "__extent__": the cells its farthest reference spans, so that a sheet
    whose loading would exhaust memory is refused before the spreadsheet library loads it."""
    try:
        with zipfile.ZipFile(path) as book:
            percent = _percent_styles(book)
            out: dict[str, dict[str, str]] = {}
            for name, member in _sheet_paths(book).items():
                cells: dict[str, str] = {}
                extent = 0
                with book.open(member) as handle:
                    for _, c in ET.iterparse(handle):
                        if c.tag == f"{{{_NS['m']}}}dimension":
                            extent = max(extent, _extent(c.get("ref", "").split(":")[-1]))
                        if c.tag != f"{{{_NS['m']}}}c":
                            continue
                        extent = max(extent, _extent(c.get("r")))
                        if c.get("r") is None:
                            c.clear()
                            continue
                        formula, value = c.find("m:f", _NS), c.find("m:v", _NS)
                        if formula is not None and formula.text and (value is None or not value.text or c.get("t") == "e"):
                            cells[c.get("r")] = "=" + formula.text
                        elif c.get("s") in percent and value is not None and c.get("t") in (None, "n"):
                            text = _percent_text(value.text or "")
                            if text:
                                cells[c.get("r")] = text
                        c.clear()
                cells["__extent__"] = str(extent)
                out[name] = cells
            return out
    except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError):
        return {}
