"""Text reader: tab-separated (or CSV) text in UTF-8 or GB18030 -> rows of located cells."""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from jxcheck.engine.model import Location
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


def _space_separated(lines: list[str]) -> bool:
    """Most lines split by runs of two or more spaces and few by tabs (a PDF's text pasted into a file)."""
    body = [line for line in lines if line.strip() and not line.startswith("# ")]
    spaced = sum(1 for line in body if re.search(r"[ \u3000]{2,}", line.strip()))
    tabbed = sum(1 for line in body if "\t" in line)
    return bool(body) and tabbed < 0.2 * len(body) and spaced >= 0.3 * len(body)


_GAP = re.compile(r"([ \u3000]{2,}|\t|(?<=[\u4e00-\u9fff）)]) (?=[\u4e00-\u9fff（(]))")  # (a column filled to its edge:
# 服务对象满意度指标 学生满意度, one space between two cells)


def _spaced_cells(line: str) -> list[str]:
    """A line's cells split at runs of spaces (and at a lone space between two Chinese cells); a label spread over
    its cell (项  目  名  称) is one cell. Only where every gap of the line is a whole multiple of its narrowest, of
    four spaces or more (typed, not laid out by a PDF's text), a gap two or three wide stands for cells left blank
    between (项目资金(万元) | | 年初预算数), and so do the leading spaces (16 before a line whose cells are 8 apart:
    two merged cells left blank); otherwise blank cells are not guessed and the table's reader aligns the row."""
    body = line.strip()
    runs = _GAP.split(body)
    gaps = [len(r) for r in runs[1::2] if r.strip(" \u3000") == "" and len(r) >= 2]
    lead = len(line) - len(line.lstrip(" \u3000"))
    unit = min(gaps) if gaps else 0
    slack = 1 if unit >= 6 else 0
    regular = unit >= 4 and all(abs(g - unit * round(g / unit)) <= slack
                                for g in [*gaps, *([lead] if lead >= 2 else [])])

    def blanks(width: int) -> int:
        return max(round(width / unit) - 1, 0) if regular else 0
    cells = [""] * (blanks(lead) + 1 if regular and lead >= 2 else 0)
    for k, text in enumerate(runs):
        if k % 2:
            cells.extend([""] * (blanks(len(text)) if len(text) >= 2 and text != "\t" else 0))
        elif cells and _CJK.fullmatch(text) and k >= 2 and _CJK.fullmatch(runs[k - 2]) and len(runs[k - 1]) <= 4:
            cells[-1] += text  # 项  目  名  称: one label, its characters spread over its cell
        else:
            cells.append(text)
    return cells


_CJK = re.compile(r"[\u4e00-\u9fff]")  # one Chinese character


_FOOTER = re.compile(r"^(第\s*\d+\s*页|共\s*\d+\s*页|[-—–－]+\s*\d+\s*[-—–－]+$)")  # a page's footer, never a cell's end


_ITEM = re.compile(r"^([(（]?[一二三四五六七八九十\d]{1,2}[)）.、．]|[①-⑩])")  # a list's next item starts a line of its own


def _unfinished(cell: str) -> bool:
    """A cell that stops mid-sentence: at a comma, or a long one at no full stop (…改造面积86 / 00平方米以上)."""
    return bool(re.search(r"[,，、;；]$", cell)) or len(cell) >= 20 and not re.search(r"[。.!！?？)）]$", cell)


def _joined(lines_cells: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """Long cells broken over two lines of a PDF's text (…改善群众出行条件, / 为乡村振兴提供交通保障。, a goal and its
    achievement side by side): a line that only continues the last cells of the line above, each of which ends
    mid-sentence, is put back on that line, cell by cell."""
    out: list[tuple[int, list[str]]] = []
    for number, cells in lines_cells:
        parts = [c.strip() for c in cells if c.strip()]
        above = out[-1][1] if out and not out[-1][1][0].startswith("# ") else []  # (never onto a note line)
        k = len(parts)
        if 1 <= k <= 2 and len(above) >= k and all(_unfinished(c.strip()) for c in above[-k:]) \
                and all(len(p) >= 6 and not _FOOTER.match(p) and not _ITEM.match(p) for p in parts):
            out[-1] = (out[-1][0], [*above[:-k], *(c.strip() + p for c, p in zip(above[-k:], parts))])
            continue
        out.append((number, cells))
    return out


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
    elif _space_separated(lines):  # text copied out of a PDF: cells apart by runs of spaces, leading ones lost
        lines_cells = _joined([(i + 1, _spaced_cells(line)) for i, line in enumerate(lines)])
    else:
        lines_cells = [(i + 1, line.split("\t")) for i, line in enumerate(lines)]
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
