"""What python-calamine does not give for .xlsx: cells formatted as percentages (Excel stores a typed
“95%” as 0.95) and formulas without a saved value (a typed “=200天” is a formula to Excel), and the
extent of each sheet (checked before the library loads it). Read from the workbook's XML with the
standard library; the display text of such cells is returned."""
from __future__ import annotations

import html
import re
import zipfile
from decimal import Decimal, InvalidOperation
from xml.etree import ElementTree as ET

from jxcheck.engine.model import column_index

_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
       "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}
_PERCENT_IDS = {"9", "10"}  # Excel's built-in 0% and 0.00%
_P = r"(?:\w+:)?"  # an optional namespace prefix (x:c)
_CELL = re.compile(rf"<{_P}c\b([^>]*?)(?:/>|>(.*?)</{_P}c>)", re.S)
_ATTR = re.compile(r'\b(r|s|t)="([^"]*)"')
_FORMULA = re.compile(rf"<{_P}f\b[^>]*>(.*?)</{_P}f>", re.S)
_VALUE = re.compile(rf"<{_P}v\b[^>]*>(.*?)</{_P}v>", re.S)
_REFS = re.compile(r'\br="([A-Z]{1,3})(\d+)"')
_DIMENSION = re.compile(rf'<{_P}dimension\b[^>]*\bref="(?:[A-Z]+\d+:)?([A-Z]{{1,3}})(\d+)"')


def _percent_styles(book: zipfile.ZipFile) -> set[str]:
    """Indexes of the cell styles whose number format is a percentage."""
    try:
        root = ET.fromstring(book.read("xl/styles.xml"))
    except KeyError:
        return set()
    percent_ids = set(_PERCENT_IDS)
    for fmt in root.iterfind("m:numFmts/m:numFmt", _NS):
        if "%" in re.sub(r'"[^"]*"', "", fmt.get("formatCode", "")):
            percent_ids.add(fmt.get("numFmtId", ""))
    xfs = root.find("m:cellXfs", _NS)
    return {str(k) for k, xf in enumerate(xfs if xfs is not None else []) if xf.get("numFmtId") in percent_ids}


def _sheet_paths(book: zipfile.ZipFile) -> dict[str, str]:
    workbook = ET.fromstring(book.read("xl/workbook.xml"))
    rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id", ""): r.get("Target", "") for r in rels.iterfind("rel:Relationship", _NS)}
    out = {}
    for sheet in workbook.iterfind("m:sheets/m:sheet", _NS):
        target = targets.get(sheet.get(f"{{{_NS['r']}}}id", ""), "")
        out[sheet.get("name", "")] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return out


def _percent_text(raw: str) -> str | None:
    try:
        value = Decimal(raw) * 100
    except InvalidOperation:
        return None
    return format(value.normalize(), "f") + "%" if value.is_finite() else None


def _extent(xml: str) -> int:
    """Rows × columns up to the farthest cell the sheet names: its dimension and its last cell (rows are
    stored in order); every cell only when the sheet states no dimension."""
    refs = _DIMENSION.findall(xml[:4096])
    last = xml.rfind(' r="')
    refs += _REFS.findall(xml[last:last + 20]) if last >= 0 else []
    if not _DIMENSION.search(xml[:4096]):
        refs += _REFS.findall(xml)
    if not refs:
        return 0
    return max(column_index(c) + 1 for c, _ in refs) * max(int(r) for _, r in refs)


def _cells(xml: str, percent: set[str]) -> dict[str, str]:
    cells: dict[str, str] = {}
    if "<f" not in xml and ":f" not in xml and not percent:
        return cells
    for match in _CELL.finditer(xml):
        attrs = dict(_ATTR.findall(match.group(1)))
        ref, body = attrs.get("r"), match.group(2) or ""
        if not ref:
            continue
        formula, value = _FORMULA.search(body), _VALUE.search(body)
        if formula and formula.group(1) and (not value or not value.group(1) or attrs.get("t") == "e"):
            cells[ref] = "=" + html.unescape(formula.group(1))
        elif attrs.get("s") in percent and value and attrs.get("t", "n") == "n":
            text = _percent_text(value.group(1))
            if text:
                cells[ref] = text
    return cells


def display_overrides(path: str) -> dict[str, dict[str, str]]:
    """{sheet: {cell: text}} for percent-formatted numbers and unsaved formulas, with the sheet's
    extent under "__extent__"; {} when the workbook's XML cannot be read (the library will say why)."""
    try:
        with zipfile.ZipFile(path) as book:
            percent = _percent_styles(book)
            out: dict[str, dict[str, str]] = {}
            for name, member in _sheet_paths(book).items():
                xml = book.read(member).decode("utf-8", "replace")
                cells = _cells(xml, percent)
                cells["__extent__"] = str(_extent(xml))
                out[name] = cells
            return out
    except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError, ValueError):
        return {}
