"""The files `jxcheck fix` writes: each format's cells found as the reader located them, changed in place, the
rest of the file kept as it was — a workbook's formats, merges and formulas (each changed cell commented with
what it was), a Word table's formatting, a text file's encoding, delimiter and line endings."""
from __future__ import annotations

import csv
import html
import io
import os
import re
import zipfile
from pathlib import Path
from typing import Protocol, cast

import yaml

from jxcheck.engine.model import Form, Indicator, Location
from jxcheck.engine.readers import text as text_reader
from jxcheck.engine.values.chars import clean

Found = tuple[object, str, str]  # (key, where as a reviewer names it, the cell's text as written)


class CannotFix(Exception):
    """The file cannot be rewritten (its format, or it changed); the message is Chinese, `en` English."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(zh)
        self.zh, self.en = zh, en


class Editor(Protocol):
    def value_cell(self, item: Indicator, n: int) -> Found | None: ...
    def name_cell(self, item: Indicator, n: int) -> Found | None: ...
    def unit_cell(self, item: Indicator, n: int, form: Form) -> Found | None: ...
    def set(self, key: object, new: str, old: str) -> None: ...
    def save(self, output: Path) -> None: ...


def _offset(form: Form, role: str, anchor: str = "value") -> int | None:
    columns = list(form.meta.columns)
    if role not in columns or anchor not in columns:
        return None
    return columns.index(role) - columns.index(anchor)


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$")


class TextEditor:
    """Tab-separated text or CSV, in its own encoding; a line is rewritten only where a cell of it changes."""

    def __init__(self, path: Path) -> None:
        data = path.read_bytes()
        self.encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else \
            "utf-8-sig" if data[:3] == b"\xef\xbb\xbf" else self._plain(data)
        text = data.decode(self.encoding)
        self.lines = _LINE.findall(text)  # (lines as the reader counts them: a form feed, \x1c–\x1e or \u2028 inside
        # a line is none of its ends — str.splitlines would count it as one)
        self.csv = path.suffix.lower() == ".csv" and "\t" not in text

    @staticmethod
    def _plain(data: bytes) -> str:
        try:
            data.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            return "gb18030"

    def _cells(self, line: int) -> list[str]:
        raw = self.lines[line - 1].rstrip("\r\n")
        return next(csv.reader([raw])) if self.csv else raw.split("\t")

    def _find(self, loc: Location, text: str, after: int = -1) -> Found | None:
        if loc.line is None or not 0 < loc.line <= len(self.lines):
            return None
        cells = self._cells(loc.line)
        for k, cell in enumerate(cells):
            if k > after and clean(cell).strip() == text:
                return (loc.line, k), f"第{loc.line}行", cell
        return None

    def value_cell(self, item: Indicator, n: int) -> Found | None:
        name = self._find(item.location, item.name) if item.name else None
        return self._find(item.location, item.raw, name[0][1] if name else -1) if item.raw else None  # type: ignore[index]

    def name_cell(self, item: Indicator, n: int) -> Found | None:
        return self._find(item.location, item.name) if item.name else None

    def unit_cell(self, item: Indicator, n: int, form: Form) -> Found | None:
        value, offset = self.value_cell(item, n), _offset(form, "unit")
        if value is None or offset is None:
            return None
        line, k = cast(tuple[int, int], value[0])
        cells = self._cells(line)
        at = k + offset
        if at < 0:
            return None
        return (line, at), f"第{line}行", cells[at] if at < len(cells) else ""

    def set(self, key: object, new: str, old: str) -> None:
        line, k = cast(tuple[int, int], key)
        cells = self._cells(line)
        if k < len(cells) and cells[k] != old:
            raise CannotFix(f"第{line}行在读取后已改变", f"line {line} changed after it was read")
        cells += [""] * (k + 1 - len(cells))
        cells[k] = new
        raw = self.lines[line - 1]
        ending = raw[len(raw.rstrip("\r\n")):]
        if self.csv:
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator="").writerow(cells)
            self.lines[line - 1] = buffer.getvalue() + ending
        else:
            self.lines[line - 1] = "\t".join(cells) + ending

    def save(self, output: Path) -> None:
        output.write_bytes("".join(self.lines).encode(self.encoding))


class _CellEditor:
    """An editor whose `_at` gives the cell at a location: a value or name is the cell there, if it still holds
    what was read."""

    def _at(self, loc: Location | None) -> Found | None:
        raise NotImplementedError

    def value_cell(self, item: Indicator, n: int) -> Found | None:
        found = self._at(item.location)
        return found if found and clean(found[2]).strip() == item.raw and item.raw else None

    def name_cell(self, item: Indicator, n: int) -> Found | None:
        found = self._at(item.name_location)
        return found if found and clean(found[2]).strip() == item.name and item.name else None


class WorkbookEditor(_CellEditor):
    """An .xlsx opened whole (formats, merges, formulas kept); a changed cell gets a comment saying what it was."""

    def __init__(self, path: Path) -> None:
        from openpyxl import load_workbook
        self.path = path
        self.book = load_workbook(path, keep_vba=path.suffix.lower() == ".xlsm")

    def _at(self, loc: Location | None) -> Found | None:
        if loc is None or not loc.cell or loc.sheet not in self.book.sheetnames:
            return None
        value = self.book[loc.sheet][loc.cell].value
        return (loc.sheet, loc.cell), f"{loc.sheet}!{loc.cell}", "" if value is None else str(value)

    def unit_cell(self, item: Indicator, n: int, form: Form) -> Found | None:
        offset = _offset(form, "unit")
        return self._at(item.location.shifted(offset)) if offset is not None and item.location.cell else None

    def set(self, key: object, new: str, old: str) -> None:
        from openpyxl.comments import Comment
        sheet, cell = cast(tuple[str, str], key)
        target = self.book[sheet][cell]
        target.value = new
        target.data_type = "s"
        target.comment = Comment(f"jxcheck fix：原为“{old}”" if old else "jxcheck fix：原为空", "jxcheck")

    def save(self, output: Path) -> None:
        self.book.save(output)
        keep_cached_values(self.path, output)


_SHEET = re.compile(r'<sheet\b[^>]*\bname="([^"]*)"[^>]*\br:id="([^"]*)"')
_TARGET = re.compile(r'<Relationship\b[^>]*\bId="([^"]*)"[^>]*\bTarget="([^"]*)"|'
                     r'<Relationship\b[^>]*\bTarget="([^"]*)"[^>]*\bId="([^"]*)"')
_FORMULA_CELL = re.compile(r'<c r="([A-Z]+\d+)"([^>]*)>(<f\b[^>]*/>|<f\b[^>]*>.*?</f>)\s*(?:<v>(.*?)</v>|<v/>)?\s*</c>', re.S)


def _sheet_files(book: zipfile.ZipFile) -> dict[str, str]:
    """Each sheet's name and the part that holds it (xl/worksheets/sheet1.xml)."""
    rels = book.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    targets = {m.group(1) or m.group(4): m.group(2) or m.group(3) for m in _TARGET.finditer(rels)}
    out = {}
    for name, rid in _SHEET.findall(book.read("xl/workbook.xml").decode("utf-8")):
        target = targets.get(rid, "")
        out[html.unescape(name)] = target.lstrip("/") if target.startswith("/") else "xl/" + target
    return out


def keep_cached_values(original: Path, output: Path) -> None:
    """Put back the results Excel saved for each formula, which openpyxl drops when it writes a workbook: without
    them a reader sees a formula (=C6) where the form shows its value (6)."""
    with zipfile.ZipFile(original) as book:
        cached: dict[str, dict[str, tuple[str, str]]] = {}
        for name, part in _sheet_files(book).items():
            try:
                xml = book.read(part).decode("utf-8")
            except KeyError:
                continue
            cached[name] = {m.group(1): (m.group(2), m.group(4)) for m in _FORMULA_CELL.finditer(xml)
                            if m.group(4) is not None}
    if not any(cached.values()):
        return
    with zipfile.ZipFile(output) as book:
        parts = {n: book.read(n) for n in book.namelist()}
        infos = {i.filename: i for i in book.infolist()}
        sheets = _sheet_files(book)
    for name, part in sheets.items():
        values = cached.get(name)
        if not values or part not in parts:
            continue

        def restore(m: re.Match) -> str:
            found = values.get(m.group(1))
            if found is None or m.group(4):
                return m.group(0)
            attrs, value = found
            kind = re.search(r'\bt="([^"]*)"', attrs)
            own = re.sub(r'\s*\bt="[^"]*"', "", m.group(2))
            typed = f' t="{kind.group(1)}"' if kind else ""
            return f'<c r="{m.group(1)}"{own}{typed}>{m.group(3)}<v>{value}</v></c>'
        parts[part] = _FORMULA_CELL.sub(restore, parts[part].decode("utf-8")).encode("utf-8")
    temporary = output.with_name(output.name + ".tmp")
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(infos[name], data)
    os.replace(temporary, output)


class WordEditor(_CellEditor):
    """A .docx table cell's text replaced in its first run, so that the cell keeps its formatting."""

    def __init__(self, path: Path) -> None:
        from docx import Document
        self.document = Document(str(path))
        self.tables = self.document.tables

    def _cell(self, loc: Location | None):
        if loc is None or loc.table is None or loc.row is None or not 0 < loc.table <= len(self.tables):
            return None
        rows = self.tables[loc.table - 1].rows
        if not 0 < loc.row <= len(rows):
            return None
        row = rows[loc.row - 1]
        k = (loc.column or 1) - 1 - row.grid_cols_before
        cells = row.cells
        return cells[k] if 0 <= k < len(cells) else None

    def _at(self, loc: Location | None) -> Found | None:
        cell = self._cell(loc)
        if cell is None or loc is None:
            return None
        return (loc.table, loc.row, loc.column), f"表{loc.table} 第{loc.row}行第{loc.column}列", cell.text

    def unit_cell(self, item: Indicator, n: int, form: Form) -> Found | None:
        offset = _offset(form, "unit")
        return self._at(item.location.shifted(offset)) if offset is not None else None

    def set(self, key: object, new: str, old: str) -> None:
        table, row, column = cast(tuple[int, int, int], key)
        cell = self._cell(Location(table=table, row=row, column=column))
        paragraph = cell.paragraphs[0]
        if paragraph.runs:
            paragraph.runs[0].text = new
            for run in paragraph.runs[1:]:
                run.text = ""
        else:
            paragraph.add_run(new)
        for extra in cell.paragraphs[1:]:
            for run in extra.runs:
                run.text = ""

    def save(self, output: Path) -> None:
        self.document.save(str(output))


class CanonicalEditor:
    """The canonical YAML/JSON form: an indicator's fields, by its place in the list."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.doc = yaml.safe_load(text_reader.decode(path.read_bytes()))

    def _field(self, n: int, field: str, where: str) -> Found | None:
        rows = self.doc.get("indicators") or []
        if n >= len(rows):
            return None
        value = rows[n].get(field)
        return (n, field), where, "" if value is None else str(value)

    def value_cell(self, item: Indicator, n: int) -> Found | None:
        return self._field(n, "value", f"indicators[{n}].value")

    def name_cell(self, item: Indicator, n: int) -> Found | None:
        return self._field(n, "name", f"indicators[{n}].name")

    def unit_cell(self, item: Indicator, n: int, form: Form) -> Found | None:
        return self._field(n, "unit", f"indicators[{n}].unit") if "unit" in form.meta.columns else None

    def set(self, key: object, new: str, old: str) -> None:
        n, field = cast(tuple[int, str], key)
        self.doc["indicators"][n][field] = new

    def save(self, output: Path) -> None:
        import json
        if output.suffix.lower() == ".json":
            output.write_text(json.dumps(self.doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        else:
            output.write_text(yaml.safe_dump(self.doc, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")


def _is_text(path: Path) -> bool:
    from jxcheck.engine.readers import _content
    return _content(path) == "text"


def editor_for(path: Path, form: Form) -> Editor:
    suffix = path.suffix.lower()
    if suffix in (".txt", ".tsv", ".csv") or (suffix == ".xls" and _is_text(path)):
        return TextEditor(path)  # a budget system's .xls export is often tab-separated text
    if suffix in (".xlsx", ".xlsm"):
        return WorkbookEditor(path)
    if suffix == ".docx":
        return WordEditor(path)
    if suffix in (".yaml", ".yml", ".json"):
        return CanonicalEditor(path)
    raise CannotFix(f"{suffix or '无扩展名'}文件不能改写（旧版.xls请另存为.xlsx后再修正）",
                    f"a {suffix or 'nameless'} file cannot be rewritten (save an old .xls as .xlsx first)")
