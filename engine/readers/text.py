"""Text reader: tab-separated (or CSV) text in UTF-8 or GB18030 -> rows of located cells."""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from jxcheck.engine.model import Location
from jxcheck.engine.readers import spaced, vertical
from jxcheck.engine.values.chars import clean

MAX_BYTES = 20 * 1024 * 1024  # a target form is a few kB; larger text is not a form
MAX_ROWS = 10_000  # a department's table of all its projects is a few thousand rows; more is not a form


class Unreadable(Exception):
    """The file cannot be read as text; the message is the Chinese reason for FORM-01."""


@dataclass(frozen=True)
class Cell:
    text: str
    location: Location


@dataclass(frozen=True)
class Row:
    """One physical row: its cells in order (empty cells kept, trailing ones trimmed)."""

    cells: tuple[Cell, ...]
    location: Location

    @property
    def texts(self) -> tuple[str, ...]:
        """The cells' texts, computed once (a frozen instance's __dict__ may still hold a cache;
        functools.cached_property would take a lock on every read)."""
        try:
            return self.__dict__["_texts"]
        except KeyError:
            texts = self.__dict__["_texts"] = tuple(c.text for c in self.cells)
            return texts

    def non_empty(self) -> list[Cell]:
        return [c for c in self.cells if c.text]


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030, which also covers GBK and GB2312."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with BOM, as Windows Notepad and Excel save it
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise Unreadable("UTF-16文本无法解码") from None
    if b"\x00" in data[:8192]:
        raise Unreadable("不是文本文件（含二进制内容）")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise Unreadable("无法识别的文本编码（既不是UTF-8也不是GB18030）")


def looks_like_text(head: bytes, whole: bool) -> bool:
    """Whether the first bytes of a file are text this reader can decode (a multi-byte character cut at the
    end of `head` is no proof against it, unless `head` is the whole file)."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    if not head or b"\x00" in head:
        return False
    for encoding in ("utf-8-sig", "gb18030"):
        for cut in (0,) if whole else range(4):  # a character of up to four bytes cut off at the end
            try:
                head[:len(head) - cut].decode(encoding)
                return True
            except UnicodeDecodeError:
                continue
    return False


def bounded(rows: list[Row]) -> list[Row]:
    """The rows of a table, refused when there are more than any form has: the work per file stays bounded."""
    if len(rows) > MAX_ROWS:
        raise Unreadable(f"表格行数过多（{len(rows)}行，上限{MAX_ROWS}行），不是绩效表")
    return rows


def read_rows(path: Path) -> tuple[list[Row], list[str]]:
    """Rows with physical line numbers, and the leading '# ' provenance notes (which are not rows)."""
    if path.stat().st_size > MAX_BYTES:
        raise Unreadable(f"文件过大（{path.stat().st_size // 1024 // 1024} MB），不是绩效目标表")
    text = decode(path.read_bytes())
    lines = text.count("\n")
    if lines > 4 * MAX_ROWS:  # refused before any row is built
        raise Unreadable(f"表格行数过多（{lines}行，上限{MAX_ROWS}行），不是绩效表")
    delimiter = "," if path.suffix.lower() == ".csv" and "\t" not in text else "\t"
    notes: list[str] = []
    return split_rows(text, delimiter, notes), notes


def is_partial(notes: list[str]) -> bool:
    """A provenance note that says the file holds only part of the form (completeness: partial …)."""
    return any(re.match(r"#\s*completeness\s*:\s*(partial|cut|incomplete|nearly|不完整|部分)", n, re.I)
               or re.match(r"#\s*completeness\s*:.*\b(stops|cut off|truncated)\b", n, re.I) for n in notes)


_VALUE_LIKE = re.compile(r"^[≥≤=＝<>＜＞≧≦]|^\d+(\.\d+)?\s*(%|％|‰|[\u4e00-\u9fff]{1,3})$|^[≥≤=<>]?\s*\d")


_WIDE_GAP = re.compile(r"(?:(?<=\S)|^)[ \u3000]{3,}(?=\S)")  # three spaces or more before a text: a cell's edge
_TWO_GAP = re.compile(r"(?:(?<=\S)|^)[ \u3000]{2,}(?=\S)")  # two or more, in a file whose cells are parted so


def _tabbed(line: str, gap: re.Pattern[str] = _WIDE_GAP) -> list[str]:
    """A tab-separated line's cells, a field that holds a run of three spaces or more before a text split there too
    (a WPS export: 二级指标    三级指标, 临时救助人次    ≥1800人次, a cell left blank as four spaces — tabs and
    spaces as it came); two spaces where the file parts its cells so throughout (see _mixed_gap)."""
    if line.startswith("# "):
        return [line]
    return [part for field in line.split("\t") for part in (gap.split(field) if gap.search(field) else [field])]


def _mixed_gap(lines: list[str]) -> re.Pattern[str]:
    """The run of spaces that parts cells inside the tab fields of a file: two spaces where many tabbed lines hold a
    run of two spaces or more between texts (an export mixing tabs and runs of 2–6 spaces: 94%  10), three where
    few do (a typed cell may hold two spaces: 填表人：  联系电话：)."""
    tabbed = [line for line in lines if "\t" in line and not line.startswith("# ")]
    mixed = sum(1 for line in tabbed if any(_TWO_GAP.search(f.strip(" \u3000")) for f in line.split("\t")))
    return _TWO_GAP if len(tabbed) >= 5 and mixed >= 0.3 * len(tabbed) else _WIDE_GAP


def _spaced_row(line: str) -> list[str]:
    """A line of a tab-separated file typed with spaces instead (群众文化活动场次  ≥48场): its cells, where it has runs
    of two spaces or more and ends with a value; any other line is one cell."""
    if line.startswith("# ") or not re.search(r"\S[ \u3000]{2,}\S", line):
        return [line]
    cells = [c for c in re.split(r"[ \u3000]{2,}", line.strip()) if c]
    return cells if len(cells) >= 2 and _VALUE_LIKE.search(cells[-1]) else [line]


def split_rows(text: str, delimiter: str = "\t", notes: list[str] | None = None) -> list[Row]:
    rows: list[Row] = []
    in_preamble = True
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # only line breaks end a line
    if text.endswith(("\n", "\r")):
        lines.pop()
    if delimiter == ",":
        reader = csv.reader(io.StringIO("\n".join(lines), newline=""))
        lines_cells = []
        for cells in reader:  # a record's number is the physical line it starts on
            lines_cells.append((reader.line_num - sum(c.count("\n") for c in cells), cells))
    elif vertical.applies(lines):  # pdftotext without -layout: a cell a line
        lines_cells = vertical.rows(lines)
    elif spaced.space_separated(lines):  # text copied out of a PDF: cells apart by runs of spaces
        lines_cells = spaced.rows(lines)
    else:
        gap = _mixed_gap(lines)
        lines_cells = [(i + 1, _tabbed(line, gap) if "\t" in line else _spaced_row(line)) for i, line in enumerate(lines)]
    for number, raw_cells in lines_cells:
        joined = "\t".join(raw_cells)
        if in_preamble and joined.startswith("# "):
            if notes is not None:
                notes.append(joined)
            continue
        cells = [clean(c).strip() for c in raw_cells]
        if not any(cells):
            continue
        in_preamble = False
        while cells and not cells[-1]:
            cells.pop()
        loc = Location(line=number)
        rows.append(Row(tuple(Cell(c, loc) for c in cells), loc))
    return rows
