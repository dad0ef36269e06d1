"""Text reader: tab-separated (or CSV) text in UTF-8 or GB18030 -> rows of located cells."""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from jxcheck.engine.model import Location
from jxcheck.engine.units import lookup
from jxcheck.engine.readers import labels, spaced, trailing_labels, vertical, wrapped_cells
from jxcheck.engine.values.chars import clean
from jxcheck.engine.values.parse import parse_value

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


def read_rows(path: Path, copy: list[str] | None = None,
              pages: list[int] | None = None) -> tuple[list[Row], list[str]]:
    """Rows with physical line numbers, and the leading '# ' provenance notes (which are not rows); `copy` gets how
    the text was copied out of a PDF, when it was (see split_rows)."""
    if path.stat().st_size > MAX_BYTES:
        raise Unreadable(f"文件过大（{path.stat().st_size // 1024 // 1024} MB），不是绩效目标表")
    text = decode(path.read_bytes())
    lines = text.count("\n")
    if lines > 4 * MAX_ROWS:  # refused before any row is built
        raise Unreadable(f"表格行数过多（{lines}行，上限{MAX_ROWS}行），不是绩效表")
    delimiter = "," if path.suffix.lower() == ".csv" and "\t" not in text else "\t"
    notes: list[str] = []
    return split_rows(text, delimiter, notes, copy, pages), notes


def is_partial(notes: list[str]) -> bool:
    """A provenance note that says the file holds only part of the form (completeness: partial …)."""
    return any(re.match(r"#\s*completeness\s*:\s*(partial|cut|incomplete|nearly|不完整|部分)", n, re.I)
               or re.match(r"#\s*completeness\s*:.*\b(stops|cut off|truncated)\b", n, re.I) for n in notes)


_VALUE_LIKE = re.compile(r"^[≥≤=＝<>＜＞≧≦]|^\d+(\.\d+)?\s*(%|％|‰|[\u4e00-\u9fff]{1,3})$|^[≥≤=<>]?\s*\d")


_WIDE_GAP = re.compile(r"(?:(?<=\S)|^)[ \u3000]{3,}(?=\S)")  # three spaces or more before a text: a cell's edge
_INNER_GAP = re.compile(r"(?<=\S)[ \u3000]{3,}(?=\S)")  # three spaces or more between two texts
_ONE_GAP = re.compile(r"(?<=\S)[ \u3000]+(?=\S)")  # any run of spaces between texts
_TWO_GAP = re.compile(r"(?<=\S)[ \u3000]{2,}(?=\S)|^[ \u3000]{3,}(?=\S)|(?<=\S)[ \u3000]{3,}$")  # two or more between texts, in a file
# whose cells are parted so (two spaces after a tab pad it: 一级指标→  二级指标; three or more stand for a blank cell)


def _tabbed(line: str, gap: re.Pattern[str] = _WIDE_GAP) -> list[str]:
    """A tab-separated line's cells, a field that holds a run of three spaces or more before a text split there too
    (a WPS export: 二级指标    三级指标, 临时救助人次    ≥1800人次, a cell left blank as four spaces — tabs and
    spaces as it came); two spaces where the file parts its cells so throughout (see _mixed_gap)."""
    if line.startswith("# "):
        return [line]
    out: list[str] = []
    for k, field in enumerate(line.split("\t")):
        split = _WIDE_GAP if k == 0 and gap is _INNER_GAP else gap  # (spaces opening a line stand for a blank cell)
        out.extend(split.split(field) if split.search(field) else [field])
    return out


def _mixed_gap(lines: list[str]) -> re.Pattern[str]:
    """The run of spaces that parts cells inside the tab fields of a file: two spaces where many tabbed lines hold a
    run of two spaces or more between texts (an export mixing tabs and runs of 2–6 spaces: 94%  10), three where
    few do (a typed cell may hold two spaces: 填表人：  联系电话：)."""
    tabbed = [line for line in lines if "\t" in line and not line.startswith("# ")]
    mixed = sum(1 for line in tabbed if any(_TWO_GAP.search(f.strip(" \u3000")) for f in line.split("\t")))
    if len(tabbed) >= 5 and mixed >= 0.3 * len(tabbed):
        return _TWO_GAP
    spaced = sum(1 for line in tabbed if line.count("\t") == 1 and _ONE_GAP.search(line.split("\t")[1].strip()))
    if len(tabbed) >= 5 and spaced >= 0.6 * len(tabbed) and not mixed:
        return _ONE_GAP  # 数量指标→覆盖乡镇（街道）数 =19个: a viewer's copy with a tab after each row's label, its other
        # cells one space apart (blind 4881)
    inner = sum(1 for line in tabbed if any(_INNER_GAP.search(f.strip(" \u3000")) for f in line.split("\t")))
    return _WIDE_GAP if inner >= 2 else _INNER_GAP  # (where at most one field holds two cells, the spaces after a
    # tab indent the field's text: →      项目支出 is one cell under 其中:基本支出)


def _spaced_row(line: str) -> list[str]:
    """A line of a tab-separated file typed with spaces instead (群众文化活动场次  ≥48场): its cells, where it has runs
    of two spaces or more and ends with a value; any other line is one cell."""
    if line.startswith("# ") or not re.search(r"\S[ \u3000]{2,}\S", line):
        return [line]
    cells = [c for c in re.split(r"[ \u3000]{2,}", line.strip()) if c]
    return cells if len(cells) >= 2 and _VALUE_LIKE.search(cells[-1]) else [line]


COPY_CELLS, COPY_SPACED, COPY_WORD = "cells", "spaced", "word"  # how a text was copied out of a PDF (split_rows)
COPY_LAID = "laid"  # …cells apart by spaces, in their columns (pdftotext -layout): a tall row's cells joined back to it

_ENDED = re.compile(r"([。；;!！?？:：)）]|(?<!\d)\.)$")  # (…损失1. / 62万吨: a decimal point carries on)
_OWN_LINE = re.compile(r"^(注|备注|说明|填报|填表|联系|单位负责人|财务负责人|审核|第\s*\d+\s*页|—|-)")


def _cells_broken_over_lines(lines_cells: list[tuple[int, list[str]]]) \
        -> tuple[list[tuple[int, list[str]]], bool, dict[int, list[int]]]:
    """A tab file whose cells kept the PDF's line breaks (WPS's PDF-to-Word, pasted): a line that goes on with the
    last cell of the tabbed line above — that cell a sentence stopped short, this line one text, no label, level or
    note — joined back (年度绩效目标→…签约服务覆盖 / 率达到65%以上…). True with them where a cell was surely cut inside
    a row (the file is a PDF-to-Word export, not a table typed or saved by an office program). And the line each cell
    of a row joined from several lines starts on, by the row's first line (a reviewer calls a row by its name's line)."""
    broken = any(_surely_broken(a[-1], b[0]) for (_, a), (_, b) in zip(lines_cells, lines_cells[1:]) if a and b)
    width = table_from = 0  # the indicator table's, from its header row, and where that row is
    reason_last = False  # its last column the 偏差原因 (a paragraph of its own may follow a row)
    header_cells = 0  # its header's cells up to its last label
    name_at = -1  # its 三级指标 column
    out: list[tuple[int, list[str]]] = []
    starts: list[list[int]] = []  # the line each cell of out's rows starts on
    cut = sentences = False
    goal_width = 0  # the goal block's header's cells, under it
    header_last = ""  # the indicator header's last label
    value_at = -1  # its value column
    names_at = -1  # its 三级指标 column, whatever follows it
    for k, (number, cells) in enumerate(lines_cells):
        own = [number] * len(cells)
        if out and out[-1][1] and cells and _label_cut(out[-1][1][-1], cells[0]):
            above = out[-1]  # 绩效指 / 标→一级指 / 标→二级指 / 标→三级指标→年度指标 / 值…: a header row's labels cut
            cells = [*above[1][:-1], above[1][-1].strip() + cells[0].strip(), *cells[1:]]
            own = [*starts[-1], *own[1:]]
            number = above[0]
            out.pop()
            starts.pop()
            cut = True
        if any(c.strip() == "预期目标" for c in cells) and any(c.strip().startswith("实际完成") for c in cells):
            goal_width = len(cells)  # (年度总体目标 | 预期目标 | 实际完成情况: a self-evaluation's goal block)
        if len(cells) >= 3 and any(re.fullmatch(r"[一二三]级指标", c.strip()) for c in cells):
            goal_width = 0
            width, table_from = len(cells), len(out)
            header_last = cells[-1]
            value_at = next((j for j, c in enumerate(cells) if labels.column_field(labels.norm(c)) == "value"), -1)
            reason_last = bool(re.search(r"原因|措施", cells[-1]))
            header_cells = max((j for j, c in enumerate(cells) if c.strip()), default=-1) + 1
            name_at = names_at = next((j for j, c in enumerate(cells) if c.strip() == "三级指标"), -1)
            if not (0 <= name_at < len(cells) - 1 and "指标值" in cells[name_at + 1]):
                name_at = -1  # (the name's split is looked for only where a value column follows the names)
        if width and out and _parts_over_lines(out[-1][1], cells, width):
            above = out[-1]  # →成本指标→生均公用经费→小学≥650元/生·年 / 初中≥850元/生·年→小学650元/生·年 / 初中850元/生·年
            out[-1] = (above[0], [*above[1][:-1], above[1][-1].strip() + " " + cells[0].strip(), *cells[1:]])  # →5→5:
            starts[-1] = [*starts[-1], *own[1:]]  # a value of named parts a line each in its cell, the row's next
            cut = True  # cell going on after its last part
            continue
        lone = len(cells) == 1 or (broken or sentences) and len(cells) > 1 and not any(c.strip() for c in cells[1:]) \
            and not re.search(r"[:：]$", cells[0].strip())  # (…修复。→→→: a row's last line, its other cells left empty,
        # in a file that kept its line breaks inside cells)
        if out and len(out[-1][1]) >= 2 and lone and cells[0].strip() and not cells[0].startswith("# ") \
                and _goes_on(out[-1][1][-1], cells[0]):
            above = out[-1]  # (a line of its own fields, tabbed, is a row of its own)
            out[-1] = (above[0], [*above[1][:-1], above[1][-1] + cells[0].strip()])
            sentences = True  # the file kept line breaks inside its cells
            continue
        if width and out and len(out[-1][1]) == width <= len(cells) <= width + 1 and cells[-1].strip() \
                and not any(c.strip() for c in cells[:-1]) and out[-1][1][-1].strip() \
                and any(c.strip() for c in out[-1][1][:-1]) and not re.search(r"[。！!]$", out[-1][1][-1].strip()) \
                and labels.column_field(labels.norm(header_last)) in ("extra", "reason", None):
            above = out[-1]  # …| 元/人 | 含宫颈癌、乳腺癌检查及 / | | | | | | 复查费用: the last column's text cell
            out[-1] = (above[0], [*above[1][:-1], above[1][-1].strip() + cells[-1].strip()])  # broken, the row's
            cut = True  # other cells left empty on its second line
            continue
        if width and reason_last and out and len(cells) == 1 and len(out[-1][1]) == width \
                and re.search(r"[。；;]$", out[-1][1][-1].strip()) and len(cells[0].strip()) >= 10 \
                and re.search(r"[。；;]$", cells[0].strip()) and not cells[0].startswith("# ") \
                and labels.row_kind(cells[0].strip()) is None and not labels.section_label(cells[0].strip()) \
                and k + 1 < len(lines_cells) and len(lines_cells[k + 1][1]) >= 3:  # (a row of the table after it)
            above = out[-1]  # …到馆读者人次下降。 / 下一步推进城市书房24小时自助开放…。: the reason cell's next paragraph
            out[-1] = (above[0], [*above[1][:-1], above[1][-1] + cells[0].strip()])
            continue
        if width and out and len(cells) == 1 and 3 <= len(out[-1][1]) <= width and out[-1][1][-1].strip() \
                and parse_value(out[-1][1][-1]).kind not in ("quantity", "range", "deadline", "period") \
                and k + 1 < len(lines_cells) and len(lines_cells[k + 1][1]) >= 3 and _lone_tail(cells[0].strip()):
            above = out[-1]  # →生态效益指标→…氛围→持续 / 增强 / →→可持续…: a cell's last word, between two rows
            out[-1] = (above[0], [*above[1][:-1], above[1][-1].strip() + cells[0].strip()])
            cut = True
            continue
        filled_to = max((j for j, c in enumerate(cells) if c.strip()), default=-1) + 1
        if width and name_at >= 0 and filled_to == header_cells + 1 and len(cells) >= name_at + 3 \
                and len(cells[name_at].strip()) >= 4 and not labels.is_level(cells[name_at]) \
                and not labels.cut_level(cells[name_at]) and not cells[name_at].strip().endswith(("指标", "指", "标")) \
                and re.fullmatch(r"[\u4e00-\u9fff（）()、]{2,12}", cells[name_at + 1].strip()) \
                and not labels.is_level(cells[name_at + 1]) and _VALUE_LIKE.match(cells[name_at + 2].strip()):
            cells = [*cells[:name_at], cells[name_at].strip() + cells[name_at + 1].strip(), *cells[name_at + 2:]]
            own = [*own[:name_at + 1], *own[name_at + 2:]]  # →→→生态护林员及湿地→管护经费→≤137.90万元: a name the
            # converter split into two cells, its value a column right
        if width and out and _name_rest_below(out[-1][1], cells, names_at):
            above = out[-1]  # →时效指标→高标准农田建设项目竣工验收→2027年3月底前 / →→完成时间→: the name cut by its
            out[-1] = (above[0], [*above[1][:names_at], above[1][names_at].strip() + cells[names_at].strip(),
                                  *above[1][names_at + 1:]])  # line break, its row read on the line above, the
            cut = True  # other cells of the rest's line empty
            continue
        if out and name_at >= 0 and _name_over_two_lines(out[-1][1], cells, name_at):
            above = out[-1]  # →→→小型水库大坝安全鉴定 / →→→完成数量→≥→4→座…: a name typed over two lines in its column
            out[-1] = (above[0], [*cells[:name_at], above[1][name_at].strip() + cells[name_at].strip(), *cells[name_at + 1:]])
            starts[-1] = [starts[-1][0]] * len(out[-1][1])
            continue
        opened = bool(out) and bool(out[-1][1]) and labels.open_bracket(out[-1][1][-1])
        if out and _task_name_wrapped(out[-1][1], cells):
            above = out[-1]  # →小型水利工程 / 维修养护→对全县48座小型水库…→1280.00→1280.00→0.00: a task's name cut by
            out[-1] = (above[0], [*above[1][:-1], above[1][-1].strip() + cells[0].strip(), *cells[1:]])  # the line
            starts[-1] = [*starts[-1], *own[1:]]  # break, the rest of its row after its end
            cut = True
            continue
        if goal_width and out and 2 <= len(out[-1][1]) < goal_width and len(out[-1][1]) + len(cells) - 1 == goal_width \
                and out[-1][1][-1].strip() and cells[0].strip() and all(c.strip() for c in cells[1:]) \
                and not labels.section_label(cells[0].strip()) and labels.header_label(cells[0].strip()) is None:
            above = out[-1]  # →对全县14所…发放国家助学金； / 资金按学期…应助尽助。→为全县14所…: the 预期目标 cell's
            out[-1] = (above[0], [*above[1][:-1], above[1][-1].strip() + cells[0].strip(), *cells[1:]])  # line break,
            starts[-1] = [*starts[-1], *own[1:]]  # the 实际完成情况 after its end
            cut = True
            continue
        if out and _fills_row(out[-1][1], cells, width):
            above = out[-1]  # →→残疾儿童康复训练 / 有效率→≥90%: a name's end, then the rest of its row
            out[-1] = (above[0], [*above[1][:-1], above[1][-1] + cells[0].strip(), *cells[1:]])
            starts[-1] = [*starts[-1], *own[1:]]
            cut = True
            continue
        if out and len(out[-1][1]) >= 3 and len(cells) >= 2 and cells[0].strip() and not cells[0].startswith("# ") \
                and re.search(r"[\u4e00-\u9fff]{2}", cells[0]) and not labels.is_level(cells[0]) \
                and not any(_MONEY.fullmatch(c.strip()) for c in out[-1][1] if c.strip()) \
                and re.search(r"[\u4e00-\u9fff]{8}", out[-1][1][-1]) and not re.search(r"。$", out[-1][1][-1].strip()) \
                and any(c.strip() for c in cells[1:]) and all(_MONEY.fullmatch(c.strip()) for c in cells[1:] if c.strip()) \
                and not _TOTAL_WORD.search(cells[0]):
            above = out[-1]  # →人员经费保障→保障…在职146人、退休83人的工资 / 福利、社会保障缴费等支出→1126.48→1126.48: a
            out[-1] = (above[0], [*above[1][:-1], above[1][-1].strip() + cells[0].strip(), *cells[1:]])  # task's
            starts[-1] = [*starts[-1], *own[1:]]  # content wrapped, its amounts after its last line
            cut = True
            continue
        if out and len(out[-1][1]) >= 2 and len(cells) >= 2 and re.match(r"\s*\d{1,2}\s*[.、．]", cells[0]) \
                and re.match(r"\s*[（(]?\d{1,2}\s*[.、．)）]", out[-1][1][-1]) and re.search(r"[；;，,]$", out[-1][1][-1].strip()) \
                and any(c.strip() for c in cells[1:]) and all(_MONEY.fullmatch(c.strip()) for c in cells[1:] if c.strip()):
            above = out[-1]  # →公共文化服务体系建设→1.…农家书屋服务； / 2.开展送戏下乡…→236.00→236.00→0.00: a cell's
            out[-1] = (above[0], [*above[1][:-1], above[1][-1].strip() + cells[0].strip(), *cells[1:]])  # numbered
            starts[-1] = [*starts[-1], *own[1:]]  # items a line each, its row's amounts after the last
            cut = True
            continue
        clause = bool(out) and bool(out[-1][1]) and _stopped(out[-1][1][-1]) \
            and bool(re.search(r"[。；;]$", cells[0].strip())) and len(cells) >= 2 \
            and any(c.strip() for c in cells[1:]) and all(_MONEY.fullmatch(c.strip()) for c in cells[1:] if c.strip())
        # (…旅游推介会， / 组织…节会营销。→300.00→300.00: a sentence's end, then its row's amounts — a cell a typed
        # file would not leave unfinished)
        if (broken or (sentences or clause) and re.search(r"[。；;]$", cells[0].strip())) and out and out[-1][1] \
                and len(cells) >= 2 \
                and cells[0].strip() \
                and (len(out[-1][1]) >= 2 or opened) \
                and sum(labels.column_field(c.strip()) is not None for c in out[-1][1]) < 2 \
                and not re.fullmatch(r"\d{1,3}", cells[0].strip()) \
                and (opened or not any(_HEADER_WORD.match(c.strip()) for c in cells[1:])) \
                and _row_goes_on(out[-1][1][-1], cells[0], cells[1]):
            above = out[-1]  # …统防区病虫危害损失 / 率→≤5%→3.6%: a cell's end, then the rest of its row
            out[-1] = (above[0], [*above[1][:-1], above[1][-1] + cells[0].strip(), *cells[1:]])
            starts[-1] = [*starts[-1], *own[1:]]
            cut = True
            continue
        out.append((number, cells))
        starts.append(own)
    if width:  # (the indicator table's rows: a task table above it has columns of its own)
        at = name_at if broken or cut or sentences else -1  # (in a PDF-to-Word export only: a typed row is as typed)
        for j in range(table_from, len(out)):
            at_split = _name_split(out[j][1], width, at)
            if at_split is None and len(out[j][1]) == width + 1:
                at_split = _value_split(out[j][1])  # (in a PDF-to-Word export only: a typed row is as typed — but for
                if not (broken or cut or sentences) and at_split != value_at:  # the header's value column itself,
                    at_split = None  # ≥4.5 | 万人 under 指标值: a cell split there, in any copy)
            if at_split is None and len(out[j][1]) == width + 1:
                at_split = _level_split(out[j][1])
            if at_split is None and len(out[j][1]) == width + 2:  # (| | | | 计划生育家庭特别扶助 | 金按时足额发放率 | =100%:
                cells = out[j][1]  # the name split in two and the row pushed a cell on — an empty cell before it)
                m = next((m for m in range(1, len(cells) - 2) if not cells[m - 1].strip()
                          and _name_split([*cells[:m - 1], *cells[m:]], width) == m - 1), None)
                if m is not None:
                    out[j] = (out[j][0], [*cells[:m - 1], *cells[m:]])
                    starts[j] = [*starts[j][:m - 1], *starts[j][m:]]
                    at_split = m - 1
            if at_split is not None:
                cells, m = out[j][1], at_split
                out[j] = (out[j][0], [*cells[:m], cells[m].strip() + cells[m + 1].strip(), *cells[m + 2:]])
                starts[j] = [*starts[j][:m + 1], *starts[j][m + 2:]]
    return out, cut, {row[0]: lines for row, lines in zip(out, starts) if len(set(lines)) > 1}


_VALUE_KINDS = ("quantity", "range", "deadline", "period")


def _level_split(cells: list[str]) -> int | None:
    """A row one cell wider than its table whose level label a converter split in two (满意度指标 | 服务对象满意度 |
    指标 | 林区群众满意度 | ≥90%): the cell the label starts in, whole with the next — its end alone no label."""
    for k in range(len(cells) - 1):
        head, tail = cells[k].strip(), cells[k + 1].strip()
        if head and tail in ("指标", "标") and labels.known_level(head + tail) and not head.endswith("指标") \
                and any(t.strip() for t in cells[k + 2:]):
            return k
    return None


def _name_split(cells: list[str], width: int, name_at: int = -1) -> int | None:
    """A row one cell wider than its table whose name a converter split in two (带动脱贫户（含监测户）增 | 收户数 |
    ≥1200户): the cell the name starts in (it is whole with the next), the row then its table's width. A row of the
    table's width whose last cell (a blank reason) was left off splits so in its name column (重度残疾人护理补贴 |
    发放人数 | ≥2800人)."""
    if len(cells) not in (width, width + 1):
        return None
    if len(cells) == width and name_at < 0:
        return None
    for k in range(len(cells) - 2):
        if len(cells) == width and k != name_at:
            continue
        a, b, c = cells[k].strip(), cells[k + 1].strip(), cells[k + 2].strip()
        tail = len(b) <= 4 and _name_tail(b, a) or len(cells) == width + 1 and _long_name_tail(b, a)
        if a and re.search(r"[\u4e00-\u9fff”」）)]$", a) and not labels.known_level(a) and tail \
                and parse_value(b).kind not in _VALUE_KINDS and parse_value(c).kind in _VALUE_KINDS:
            return k  # (河湖“清四乱” | 问题整改完成率: a name's first part may end in a quote or bracket)
    return None


def _long_name_tail(text: str, cell: str) -> bool:
    """A longer rest of a name split off in a cell of its own (计划生育家庭特别扶助 | 金按时足额发放率, 河湖“清四乱” |
    问题整改完成率): it ends as a name ends, the cell before does not, and it is no column's own label (a pattern for
    a label's end, …完成率, is no reason)."""
    return 5 <= len(text) <= 10 and text[-1] in labels.NAME_ENDS and cell[-1:] not in labels.NAME_ENDS \
        and " " not in text and not re.match(r"[≥≤=＝<>＜＞\d]", text) and not re.search(r"[:：]|日期|电话|盖章|签字", text) \
        and not text.endswith("指标") and not labels.column_label(text) and labels.header_label(text) is None \
        and not labels.section_label(text) and not labels.known_level(cell + text)


def _value_split(cells: list[str]) -> int | None:
    """A row one cell wider than its table whose value a converter split from its unit (完成压沙造林面积 | ≥2.6 |
    万亩): the value's cell (it is whole with the next)."""
    for k in range(len(cells) - 1):
        value, unit = cells[k].strip(), cells[k + 1].strip()
        parsed = parse_value(value)
        if parsed.kind == "quantity" and not getattr(parsed, "unit", None) and unit and not re.search(r"\d", unit) \
                and len(unit) <= 6 and lookup(unit).kind not in (None, "unknown") and not any(c.strip() for c in cells[k + 2:]):
            return k
    return None


def _label_cut(cell: str, text: str) -> bool:
    """A column label or a level's name the line break cut (一级指 / 标, 年度指标 / 值, 服务对象满意 / 度指标)."""
    cell, text = cell.strip(), text.strip()
    if not cell or not text or len(text) > 3 or re.search(r"\d", cell + text):
        return False
    whole = cell + text
    return (labels.column_field(cell) is None and labels.column_field(whole) in _CUT_LABELS
            or whole in ("绩效指标", "年度绩效指标")
            or not labels.known_level(cell) and not labels.is_level(cell) and labels.known_level(whole))


_CUT_LABELS = ("level1", "level2", "name", "value", "actual", "weight", "score", "reason", "unit", "nature")


def _name_over_two_lines(above: list[str], cells: list[str], name_at: int) -> bool:
    """A line with only a name in the 三级指标 column, not ending as a name ends, and under it a line whose name cell
    goes on with it and whose other cells hold the row (→→→小型水库大坝安全鉴定 / →→→完成数量→≥→4→座…)."""
    if len(above) != name_at + 1 or any(c.strip() for c in above[:name_at]) or len(cells) <= name_at + 1 \
            or any(c.strip() for c in cells[:name_at]) or not any(c.strip() for c in cells[name_at + 1:]):
        return False
    head, tail = above[name_at].strip(), cells[name_at].strip()
    return len(head) >= 8 and re.search(r"[\u4e00-\u9fff]$", head) is not None \
        and head[-1] not in labels.NAME_ENDS + "次人户个座所件" and not labels.known_level(head) \
        and 0 < len(tail) <= len(head) and _name_tail(tail, head)  # (a line wide as its column, cut mid-name: 宣传场次
    # alone is a name of its own)


def _name_rest_below(above: list[str], cells: list[str], name_at: int) -> bool:
    """A row read whole whose name does not end as a name ends (…竣工验收, …资金拨付), and under it a line with only a
    short text in the 三级指标 column that ends it as a name ends (完成时间, 及时率): the name's rest, its cell cut by
    the line break, the rest of the row on the line above."""
    if name_at < 0 or len(above) <= name_at + 1 or len(cells) <= name_at \
            or any(c.strip() for j, c in enumerate(cells) if j != name_at):
        return False
    head, tail = above[name_at].strip(), cells[name_at].strip()
    return len(head) >= 6 and any(c.strip() for c in above[name_at + 1:]) and head[-1] not in labels.NAME_ENDS \
        and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", tail) is not None and tail[-1] in labels.NAME_ENDS \
        and _name_tail(tail, head) and not labels.is_level(tail)


def _task_name_wrapped(above: list[str], cells: list[str]) -> bool:
    """A task table's line of a name alone (its side label's cell blank or a piece of it), and under it the name's
    end, the task's content and its amounts (→小型水利工程 / 维修养护→对全县48座…→1280.00→1280.00→0.00)."""
    if len(above) != 2 or len(cells) < 3 or (above[0].strip() and not re.fullmatch(r"年度|主要|任务|年度主要任务", above[0].strip())):
        return False
    head, tail, content = above[1].strip(), cells[0].strip(), cells[1].strip()
    money = [c.strip() for c in cells[2:] if c.strip()]
    return bool(re.fullmatch(r"[\u4e00-\u9fff（）()、]{2,12}", head)) and bool(re.fullmatch(r"[\u4e00-\u9fff（）()、]{1,8}", tail)) \
        and len(content) >= 6 and not _MONEY.fullmatch(content) and bool(money) and all(_MONEY.fullmatch(c) for c in money) \
        and not _TOTAL_WORD.search(head + tail) and not labels.is_level(head) and labels.header_label(head) is None


_LABELLED_BOUND = re.compile(r"[\u4e00-\u9fff]{1,8}\s*[:：]?\s*(?:[≥≤=＝><＞＜]\s*)?\d+(?:\.\d+)?\s*[^\s\d]{0,8}")


def _parts_over_lines(above: list[str], cells: list[str], width: int) -> bool:
    """A row whose value (or completed value) holds named parts a line each (小学≥650元/生·年 / 初中≥850元/生·年): the
    export cut the row at the cell's line break, the next line beginning with the cell's next part and going on with
    the row's next cells. Both pieces are a short name and its figure, which no row begins with."""
    if not (3 <= len(above) < width and len(cells) >= 2 and len(above) + len(cells) - 1 <= width):
        return False
    pieces = (above[-1].strip(), cells[0].strip())
    return any(c.strip() for c in above[:-1]) and all(
        _LABELLED_BOUND.fullmatch(p) and not labels.is_level(p) and not re.match(r"[\u4e00-\u9fff]*指标", p) for p in pieces)


def _fills_row(above: list[str], cells: list[str], width: int) -> bool:
    """Two short tabbed lines that make one row of the table's width (its header's cells) when the first's last
    cell and the second's first are one cell (→→残疾儿童康复训练 / 有效率→≥90%): a cell the PDF's line break cut,
    kept by the export."""
    joined = len(above) + len(cells) - 1
    if not (3 <= len(above) < width and 2 <= len(cells) < width and width - 1 <= joined <= width):
        return False
    head, name, tail, rest = above[0].strip(), above[-1].strip(), cells[0].strip(), cells[1].strip()
    if joined < width and parse_value(rest).kind in ("text", "missing", "qualitative"):
        return False  # one cell short (its last, a blank reason, left off): only before a value that is one
    labelled = not head or labels.known_level(head) or labels.section_label(head) is not None
    return labelled and re.search(r"(?<![\d.])[\u4e00-\u9fff]$", name) is not None \
        and (_name_tail(tail, name) or labels.known_level(name + tail) and tail in ("指标", "标")) \
        and bool(rest) and not _HEADER_WORD.match(rest)  # (服务对象满意度 / 指标→学生及家长满意度: a 二级 label cut)


_TOTAL_WORD = re.compile(r"(总分|合计|小计|总计)")  # a table's closing row


def _no_label(text: str) -> bool:
    """A text that is none of the things that stand on a line or in a cell of their own: a header or column label,
    a section's label, a total, a note or sign-off line."""
    return labels.header_label(text) is None and labels.column_field(text) is None and not labels.section_label(text) \
        and not _TOTAL_WORD.match(text) and not _OWN_LINE.match(text)


def _lone_tail(text: str) -> bool:
    """A word alone on a line inside a tab file's indicator table, between two of its rows (增强, 合格率): no row can
    be one cell, so it is the end of the cell above, cut by the PDF's line break; not a level, label, total, note
    or page number, which do stand on lines of their own."""
    return 0 < len(text) <= 6 and not re.search(r"\d|[-—－、()（）]|续", text) and not labels.is_level(text) \
        and not labels.known_level(text) and _no_label(text)


def _name_tail(text: str, cell: str) -> bool:
    """A short text that may end the name `cell` cut by a line break (有效率, 年度考核合格率, 明显减轻, 对康复服务 /
    满意度): not a label, a level of its own, a value, a total or a sign-off field."""
    return 0 < len(text) <= 12 and " " not in text and not re.match(r"[≥≤=＝<>＜＞\d]", text) and _no_label(text) \
        and not re.search(r"[:：]|人$|日期|电话|盖章|签字", text) and not text.endswith("指标") \
        and not labels.known_level(cell + text)


# a row of column labels (a header's line: no data row's end is carried onto it, nor it onto one)
_HEADER_WORD = re.compile(r"(年初|全年|调整后)?(预算|执行)数|分值|执行率|得分|[一二三]级指标")


_MONEY = re.compile(r"-?\d[\d,]*(\.\d+)?|[—-]")


def _stopped(cell: str) -> bool:
    """A cell's sentence stopped short: at a comma, or a long clause with no end mark (…福利、津贴补贴、, …公务用车运)."""
    cell = cell.strip()
    return bool(re.search(r"[，,、]$", cell)) or len(cell) >= 12 and bool(re.search(r"[，,、；;]", cell)) \
        and not re.search(r"[。；;.!！?？:：)）]$", cell)


def _surely_broken(cell: str, text: str) -> bool:
    """A cell the file's line breaks cut for certain: inside a bracket (项目资金（万 / 元）), a level's name (服务对象满意 /
    度指标) or a date (≤2024年6月30 / 日): the file kept its PDF's line breaks inside its cells."""
    cell, text = cell.strip(), text.strip()
    if not cell or not text or len(text) > 6:
        return False
    return bool(re.search(r"[（(][^）)]{0,3}$", cell) and re.match(r"[^（(]{0,3}[）)]", text)
                or re.search(r"\d{4}年\d{1,2}月\d{1,2}$", cell) and re.match(r"日", text)
                or not labels.known_level(cell) and not labels.is_level(text) and labels.known_level(cell + text))


_CUT_WORD = re.compile(r"(率|数|量|度|人次|时间|标准|金额|面积|里程|指标|[。；;.!！?？:：)）%‰])$")


def _row_goes_on(cell: str, text: str, after: str = "") -> bool:
    """A tabbed line whose first text ends the last cell of the line above, cut mid-word where the PDF wrapped it
    (统防区病虫危害损失 / 率, ≤2024年6月30 / 日, 项目资金（万 / 元）, 服务对象满意 / 度指标), its other fields the rest of
    that row."""
    cell, text = cell.strip(), text.strip()
    if len(cell) >= 12 and re.search(r"[，,、；;]", cell) and not _ENDED.search(cell) and re.search(r"[。；;]$", text) \
            and re.match(r"[\u4e00-\u9fff]", text) and _no_label(text) and labels.goal_column(text[:20]) is None:
        return True  # …3.汛前完成水毁工程修复，河 / 长制巡河全覆盖。→→→1.维修养护…: a sentence's end, then the next cell
    if labels.known_level(cell) and re.fullmatch(r"[(（]\s*\d+(\.\d+)?\s*分?\s*[)）]\s*分?", text):
        return True  # 效益指标 / （30分）→社会效益…: a level's weight, wrapped under it
    if 2 <= len(cell) <= 6 and not labels.known_level(cell) and labels.known_level(cell + text):
        return True  # 服务对象 / 满意度指标→学生及家长满意度…: a 二级's name broken where it is a level's name too
    valued = bool(re.match(r"\s*[≥≤=＝<>＜＞]", after))  # (数量→≥30个: a name's end before its value, not a 二级)
    if not cell or len(text) > 6 or re.match(r"[≥≤=＝<>＜＞]", text) or _TOTAL_WORD.match(text) \
            or labels.is_level(text) and not valued \
            or labels.header_label(text) is not None or labels.column_field(text) is not None:
        return labels.known_level(cell + text) and not labels.is_level(text)
    if labels.closes_bracket(cell, text):
        return True
    if labels.unit_name(cell) or re.search(r"资金|预算|金额|项目|单位|部门", text):
        return False  # (…服务中心 / 项目资金→→年初预算数: a field's whole value, then a row of its own)
    if re.search(r"\d$", cell):  # ≤2024年6月30 / 日, 挽回粮食损失1.5 / 万吨以上。 (not a score, 10, then a row)
        return bool(re.search(r"[\u4e00-\u9fff]", cell)) and bool(re.match(r"(日|号|月)(前|止|内)?$|\d|[万亿千]?[\u4e00-\u9fff%‰]", text))
    return bool(re.search(r"[\u4e00-\u9fff]$", cell)) and not _CUT_WORD.search(cell) \
        and (labels.known_level(cell + text) or not labels.known_level(cell))


def _goes_on(cell: str, text: str) -> bool:
    """A tab-less line that carries on the last cell of the tabbed line above (see _cells_broken_over_lines)."""
    cell, text = cell.strip(), text.strip()
    if re.search(r"[\u4e00-\u9fff].*\d\.$", cell) and re.match(r"\d", text):
        return True  # …挽回粮食损失1. / 62万吨，…: a number broken at its point
    if re.search(r"\d{4}年\d{1,2}月\d{1,2}$", cell) and re.fullmatch(r"日(前|止|内|以前|之前)?", text):
        return True  # ≤2024年6月30 / 日: a date broken inside
    if len(cell) >= 8 and re.search(r"[\u4e00-\u9fff，、；]\d{1,2}月$", cell) and re.match(r"\d{1,2}日", text):
        return True  # …器材完好率达到95%以上，11月 / 30日前完成维修验收。: a sentence's date broken inside
    if len(text) <= 6 and (labels.known_level(cell + text) and not labels.is_level(text) or labels.closes_bracket(cell, text)
                           or labels.column_field(cell) == "reason" and labels.column_field(cell + text) == "reason"):
        return True  # 服务对象满意 / 度指标, 项目资金（万 / 元）, 偏差原因分析及改进 / 措施
    sentence = (len(cell) >= 12 and bool(re.search(r"[，,、；;]", cell)) or len(cell) >= 6 and bool(re.search(r"[，,、；;]$", cell))) \
        and (not _ENDED.search(cell) or len(cell) >= 12 and cell[-1] in "；;" and len(text) >= 12
             and bool(re.search(r"[，,、；;。]$", text)))  # (部分寄宿生周末离校， / 就餐人数减少；…: a reason stopped at a
    # comma; …8156.40万元以内； / 0-6岁儿童健康管理率…以上，: a goal's clauses, a line each)
    if sentence and _no_label(text) and labels.goal_column(text[:20]) is None and labels.form_kind(text) is None \
            and not re.match(r"[(（]?[一二三四五六七八九十\d]{1,2}([)）、]|[.．](?!\d))|附件|目标\s*\d", text) \
            and (re.match(r"[，,、；;。%％‰]|[\d.]+\s*(%|％|‰|[\u4e00-\u9fff]{1,4})?[，,、；;。]", text)
                 or re.search(r"\d$", cell) and re.match(r"[\d.]+[%％‰]?[，,、；;。]|[万亿千百个人户元次项件台套所座场天年月日周批名家辆吨亩米]", text)
                 or re.search(r"[，,、；;%％\u4e00-\u9fff]$", cell) and re.match(r"[\u4e00-\u9fff]|[\d.\-–~]+[岁年月日个]", text)
                 and bool(re.search(r"[，,、；;。\d]", text))):
        return True  # a sentence's lines (…率35 / %以上，续约率8 / 3.5%，…团队172 / 个，…): no cell starts with a comma
    if len(cell) < 8 or _ENDED.search(cell) or not re.search(r"[\u4e00-\u9fff]$|\d\.$", cell) or _OWN_LINE.match(text) \
            or re.search(r"[（(]\s*万?元\s*[)）]|[（(][^）)]{0,3}$", text) or labels.unit_name(cell):
        return False
    value = parse_value(cell)
    if value.kind in ("quantity", "range", "deadline", "period") and not any("附加说明" in n for n in value.notes) \
            and not (len(cell) >= 12 and re.search(r"[，,、；;]", cell)):
        return False  # 2024年1月1日至2024年12月31日: a whole value (not 2024年举办市级群众性…: a sentence's start)
    return labels.header_label(text[:20]) is None and not labels.section_label(text) and not labels.is_level(text) \
        and labels.form_kind(text) is None and labels.column_field(text) is None and not _VALUE_LIKE.match(text) \
        and not re.match(r"[(（]?[一二三四五六七八九十\d]{1,2}[)）.、．]", text)


_RULE_LINE = re.compile(r"[─━═—–\-=_＿－]{8,}")  # a line drawn across a page, strokes and nothing else


def _without_page_numbers(lines: list[str]) -> list[str]:
    """A page's number before the next page, blanked: no cell of the form. The next page begins with a form feed, or
    (a copy that lost it) with the table's header printed again, after at most two blank lines. A bare figure only
    where it is that page's number, set far in as a centred footer is — a score that ends a page printed without
    numbers stays."""
    seen: set[str] = set()
    lines = [("\f" if line.startswith("\f") else "") if _RULE_LINE.fullmatch(line.strip(" \u3000\f")) else line
             for line in lines]  # (───── across the page under its last row: the page's edge, no cell; blind 8235)
    out = list(lines)
    page = 1
    last_filled = max((k for k, line in enumerate(lines) if line.strip(" \u3000\f")), default=-1)
    for k, line in enumerate(lines):
        text = line.strip(" \u3000\f")
        if line.startswith("\f") and k:
            page += 1
        if not labels.PAGE_NUMBER.fullmatch(text):
            if text:
                seen.add(text)
            continue
        after = lines[k + 1:k + 4]
        first = next((j for j, n in enumerate(after) if n.startswith("\f") or n.strip(" \u3000\f")), None)
        fed = first is not None and after[first].startswith("\f")  # (the next page's form feed, blank lines between)
        nxt = after[first].strip(" \u3000\f") if first is not None else None
        last = k == last_filled  # (the last page's number ends the file)
        if (fed or nxt in seen or last and page >= 2) \
                and (not text.isdigit() or int(text) == page and (len(line) - len(line.lstrip()) >= 10
                                                                   or bool(after) and after[0].startswith("\f")
                                                                   or last)):
            out[k] = ""  # (1 | | ^L一级指标 …; 1 | 一级指标 … printed again: a copy whose form feed was lost; 2 under
            # the sign-off of a copy's second page)
        else:
            seen.add(text)
    return _numbered_pages(out)


def _numbered_pages(lines: list[str]) -> list[str]:
    """A copy's page numbers left as lines of their own, no form feed kept (Acrobat, Edge): bare figures 1, 2 … in
    order, each alone on its line under a row of cells apart by spaces, the last ending the file — blanked (a cell a
    line keeps its lone figures: cells)."""
    filled = [k for k, line in enumerate(lines) if line.strip(" \u3000\f")]
    chosen: list[int] = []  # (in order; a set of them below)
    for at, k in enumerate(filled):
        text = lines[k].strip(" \u3000\f")
        if text == str(len(chosen) + 1) and at and len(lines[filled[at - 1]].split()) >= 3:
            chosen.append(k)
    if not chosen or chosen[-1] != filled[-1]:
        return lines
    blank = set(chosen)
    return ["" if k in blank else line for k, line in enumerate(lines)]


def page_breaks(lines: list[str]) -> list[int]:
    """The lines (numbered from 1) at which a copy's next page begins: a form feed's line, or the line after a page's
    number (第1页 共2页, — 1 —, 1/2, or a bare figure alone between blank lines, set far in as a centred footer is)."""
    breaks = []
    for k, line in enumerate(lines):
        text = line.strip()
        if line.startswith("\f") and k:
            breaks.append(k + 1)
        elif labels.PAGE_NUMBER.fullmatch(text) and not re.fullmatch(r"[-—–－]\s*\d+|\d+\s*[-—–－]", text) \
                and (not text.isdigit() or len(text) <= 3 and len(line) - len(line.lstrip()) >= 10
                     and not (k and lines[k - 1].strip()) and not (k + 1 < len(lines) and lines[k + 1].strip())):
            breaks.append(k + 2)
    return breaks


def _weights_carried(tabbed: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A converter's table copied as text keeps a cell's line break: 产出指标 / (50分) puts the weight at the start of
    the next line, the row's other cells after it (| 产出指标 / (50分) | 数量指标 | 清除…): the row whole again, on the line
    of its cells, the label with its weight."""
    out: list[tuple[int, list[str]]] = []
    for number, cells in _level_labels_joined(tabbed):
        if out and cells and labels.weight_only(cells[0]) and len(cells) >= 3:
            above = out[-1][1]
            filled = [c for c in above if c.strip()]
            if len(filled) == 1 and above and above[-1].strip() and labels.is_level(above[-1].strip()):
                out[-1] = (number, [*above[:-1], above[-1].strip() + cells[0].strip(), *cells[1:]])
                continue
        out.append((number, cells))
    return out


def _level_labels_joined(tabbed: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A header label a converter split into two cells (三级 | 指标 | 指标值): one again. Where the rows under it keep
    the split as an empty cell after the name (| 馆藏档案数字化页数 | | ≥120万页), that cell goes too; where they do
    not (the rows' cells one fewer), the rows stay as they are."""
    out = list(tabbed)
    for k, (number, cells) in enumerate(tabbed):
        weighed = next((j for j in range(1, len(cells)) if labels.weight_only(cells[j]) and labels.is_level1(cells[j - 1])
                        and labels.level_weight(cells[j - 1]) is None), None)
        if weighed is not None:  # 产出指标 | (50分) | 数量指标 | …: a 一级's weight a converter put in a cell of its own,
            out[k] = (number, [*cells[:weighed - 1], cells[weighed - 1].strip() + cells[weighed].strip(),
                               *cells[weighed + 1:]])  # the row's cells after it one column right
            continue
        split = next((j for j in range(1, len(cells)) if cells[j].strip() in ("指标", "指标名称")
                      and re.fullmatch(r"[一二三]级", cells[j - 1].strip())
                      or cells[j].strip() == "值" and cells[j - 1].strip()
                      and labels.column_field(labels.norm(cells[j - 1] + cells[j])) == "value"), None)  # (指标 | 值)
        headed = any(re.fullmatch(r"[一二三]级指标", c.strip()) for c in cells) \
            or sum(bool(_FUND_COLUMN.fullmatch(labels.norm(c))) for c in cells) >= 2
        if split is None and headed:  # 度量 | 单位, 全年执行 | 数: any label whose halves name nothing alone
            split = next((j for j in range(1, len(cells)) if cells[j - 1].strip() and cells[j].strip()
                          and len(labels.norm(cells[j])) <= 3 and _split_label(cells[j - 1], cells[j])), None)
        if split is None:
            continue
        out[k] = (number, [*cells[:split - 1], cells[split - 1].strip() + cells[split].strip(), *cells[split + 1:]])
        run = []  # the table's rows below: a row of the header's width with the split's cell empty, or a wrapped rest
        gap = split  # (the cell under the label's second half empty; or under its first, 全年 | 执行数 over | 1088.74)
        for m in range(k + 1, len(tabbed)):
            below = tabbed[m][1]
            if len(below) == len(cells) and not below[split].strip() and any(t.strip() for t in below[split + 1:]) \
                    and gap == split:
                run.append(m)
            elif len(below) == len(cells) and not below[split - 1].strip() and below[split].strip() \
                    and _FUND_COLUMN.fullmatch(labels.norm(cells[split - 1] + cells[split])) and (not run or gap != split):
                run.append(m)
                gap = split - 1
            elif len([t for t in below if t.strip()]) > 1:
                break
        if len(run) >= 2:
            for m in run:
                out[m] = (tabbed[m][0], [*tabbed[m][1][:gap], *tabbed[m][1][gap + 1:]])
    return out


_FUND_COLUMN = re.compile(r"(年初|全年|调整后|年度)?(预算|执行)数|(预算)?执行率|分值|得分")


def _split_label(head: str, tail: str) -> bool:
    """A header label cut in two cells: the halves name no column alone (度量 | 单位: 度量 nothing; 全年执行 | 数), whole
    they do (度量单位, 全年执行数)."""
    a, whole = labels.norm(head), labels.norm(head) + labels.norm(tail)
    if _FUND_COLUMN.fullmatch(whole):
        return not _FUND_COLUMN.fullmatch(a)
    return labels.column_field(a) is None and labels.column_field(whole) not in (None, "extra", "skip") \
        and labels.column_label(whole)  # (a label the vocabulary names as it is: not 度量 | 完成值, two columns)


def _quoted_records(lines: list[str]) -> list[tuple[int, str]]:
    """Lines pasted from a spreadsheet: a cell holding a line break comes quoted ("按…测算，⏎考虑…增长"), its record
    going on over the next line(s); such a record is one line, numbered by its first. (Only where the quote opens a
    tab-separated cell and closes within a few lines.)"""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if "\t" in line and line.count('"') % 2 == 1 and re.search(r'(^|\t)"[^"\t]*$', line):
            end = next((j for j in range(k + 1, min(k + 6, len(lines)))
                        if "\n".join(lines[k:j + 1]).count('"') % 2 == 0), None)
            if end is not None:
                out.append((k + 1, "\n".join(lines[k:end + 1])))
                k = end + 1
                continue
        out.append((k + 1, line))
        k += 1
    return out


def _header_cells_rejoined(lines_cells: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """An indicator header whose 指标值说明 cell a converter split in two (… | 度量单位 | 指标值 | 说明, a 指标值 column
    before it): one cell again (the rows' explanation stands a column left of the split label's)."""
    out = list(lines_cells)
    for k, (number, cells) in enumerate(out):
        names = [c.strip() for c in cells]
        if not any(re.fullmatch(r"[一二三]级指标", c) for c in names):
            continue
        for j in range(1, len(names) - 1):
            if names[j + 1] in ("说明", "解释", "依据", "释义") and labels.column_field(names[j]) == "value" \
                    and labels.column_field(names[j] + names[j + 1]) == "extra" \
                    and any(labels.column_field(n) == "value" for n in names[:j]):
                out[k] = (number, [*cells[:j], names[j] + names[j + 1], *cells[j + 2:]])
                break
        break
    return out


def _unquoted(cells: list[str]) -> list[str]:
    """A spreadsheet's quoted cell ("…", its quotes doubled inside) as its text."""
    return [c[1:-1].replace('""', '"') if len(c) >= 2 and c.startswith('"') and c.endswith('"') and "\n" in c else c
            for c in cells]


def _glued_levels(cells: list[str]) -> list[str]:
    """A 一级 label printed on a row's line hard against its 二级 (产出指标（50分）质量指标, no space between: a copy
    read them as one cell): the 一级 in the empty cell before, the 二级 in its own."""
    for j in range(1, len(cells)):
        text = cells[j]
        if cells[j - 1] or len(text) < 8 or not text.endswith("指标") or labels.known_level(text):
            continue
        for at in range(4, len(text) - 3):
            head, tail = text[:at], text[at:]
            if head.endswith(("指标", "）", ")")) and labels.is_level1(head) and labels.known_level(head) \
                    and labels.is_level2(tail) and labels.known_level(tail):
                cells = [*cells[:j - 1], head, tail, *cells[j + 1:]]
                break
    return cells


_GLUED_HEAD = re.compile(r"(.{2,12}?指标(?:[（(]\d+(?:\.\d+)?分[)）])?)(.+)")


def _heads_peeled(cells: list[str]) -> list[str]:
    """A line whose first cell begins with labels run together with the text after them, no gap left between (a
    viewer that drops narrow gaps: 一级指标二级指标三级指标 | 指标值; 产出指标数量指标山区生态林管护面积 | ≥41.2万亩, blind
    5976): each label a cell of its own, the text after them the next."""
    at = next((k for k, c in enumerate(cells) if c.strip()), None)
    if at is None:
        return cells
    text = cells[at].strip()
    peeled: list[str] = []
    while len(peeled) < 3 and (m := _GLUED_HEAD.fullmatch(text)) is not None:
        head, rest = m.group(1), m.group(2)
        if not (labels.known_level(head) or labels.column_field(head) in ("level1", "level2", "name")) \
                or labels.known_level(text) or len(rest) < 3 or rest[0] in ":：（(" or re.search(r"(小计|合计|总计)$", rest):
            break  # (时效指标:按时完成教学任务: a label and its text, one cell of the form's own; 产出指标小计: a group's
            # subtotal)
        peeled.append(head)
        text = rest
    if len(peeled) == 1 and labels.is_level2(peeled[0]) and labels.column_field(peeled[0]) is None:
        peeled.insert(0, "")  # (质量指标管护区域林木保存率: a 二级 alone, its 一级's merged cell left empty before it)
    return cells if not peeled else [*cells[:at], *peeled, text, *cells[at + 1:]]


def _cut_heads_joined(lines_cells: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A label run together with the name after it and cut, its end alone on the next line (可持续影响山区生态林长效管护机制
    | 长期 / 指标; 满意度指标 | 服务对象满意管护员满意度 | ≥90% / 度指标, blind 5976): the label whole in a cell of its
    own, the name after it, the next line spent."""
    out = [(number, list(cells)) for number, cells in lines_cells]
    for k in range(len(out) - 1):
        cells, below = out[k][1], [c.strip() for c in out[k + 1][1] if c.strip()]
        if len(below) != 1 or len(below[0]) > 4 or out[k + 1][0] != out[k][0] + 1 or labels.known_level(below[0]) \
                or labels.is_level(below[0]):
            continue  # (效益指标 alone on the next line: a label of its own, no label's cut end)
        at = next((j for j, c in enumerate(cells) if c.strip() and not labels.known_level(c.strip())), None)
        if at is None:
            continue
        name, tail = cells[at].strip(), below[0]
        cut = next((i for i in range(2, len(name) - 1) if labels.known_level(name[:i] + tail)), None)
        if cut is None:
            continue
        head = [name[:cut] + tail]
        if not any(labels.known_level(c.strip()) for c in cells[:at]) and labels.is_level2(head[0]):
            head.insert(0, "")  # (its 一级's merged cell left empty before it)
        out[k] = (out[k][0], [*cells[:at], *head, name[cut:], *cells[at + 1:]])
        out[k + 1] = (out[k + 1][0], [""])
    return out


def split_rows(text: str, delimiter: str = "\t", notes: list[str] | None = None,
               copy: list[str] | None = None, pages: list[int] | None = None) -> list[Row]:
    """The rows of a text file; `notes` gets its leading '# ' provenance notes, `copy` how it was copied out of a PDF
    when its layout shows it (COPY_CELLS: a cell a line; COPY_SPACED: cells apart by spaces, COPY_LAID: so, in their
    columns; COPY_WORD: a PDF-to-Word export whose cells kept the PDF's line breaks) — a reading the checks trust less
    (engine/doubt.py); `pages` gets the lines where a new page of a copy begins (page_breaks)."""
    rows: list[Row] = []
    how = None
    starts: dict[int, list[int]] = {}  # a row joined from lines: the line each of its cells starts on
    in_preamble = True
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")  # only line breaks end a line
    if text.endswith(("\n", "\r")):
        lines.pop()
    lines = _without_page_numbers(lines)
    if delimiter == ",":
        reader = csv.reader(io.StringIO("\n".join(lines), newline=""))
        lines_cells = []
        for cells in reader:  # a record's number is the physical line it starts on
            lines_cells.append((reader.line_num - sum(c.count("\n") for c in cells), cells))
    elif vertical.applies(lines):  # pdftotext without -layout: a cell a line
        lines_cells, how = vertical.rows(lines), COPY_CELLS
    elif spaced.space_separated(lines):  # text copied out of a PDF: cells apart by runs of spaces
        lines_cells, how = spaced.rows(lines), COPY_LAID if spaced.laid_out(lines) else COPY_SPACED
        if how == COPY_SPACED:  # (a viewer that drops narrow gaps: 数量指标清洁取暖改造户数 | ≥2100户, blind 6712)
            lines_cells = [(number, _heads_peeled(cells)) for number, cells in lines_cells]
    else:
        gap = _mixed_gap(lines)
        tabbed = _cut_heads_joined([(number, _heads_peeled(_unquoted(_tabbed(line, gap))) if "\t" in line
                                     else _spaced_row(line)) for number, line in _quoted_records(lines)])
        lines_cells, cut, starts = _cells_broken_over_lines(_weights_carried(_header_cells_rejoined(tabbed)))
        how = COPY_WORD if cut else None
    if how in (COPY_SPACED, COPY_LAID, COPY_CELLS):
        lines_cells = wrapped_cells.notes_rejoined(lines_cells)
    if how in (COPY_SPACED, COPY_LAID):
        lines_cells = wrapped_cells.field_lines_rejoined(lines_cells)
    if how == COPY_LAID:
        lines_cells = wrapped_cells.task_header_stacked(wrapped_cells.header_tails_rejoined(lines_cells))
    if how == COPY_SPACED:
        lines_cells = wrapped_cells.bounds_rejoined(lines_cells)
        for step in (trailing_labels.side_label_spelled, trailing_labels.goal_label_last_rotated,
                     trailing_labels.header_after_rows, trailing_labels.header_levels_after,
                     trailing_labels.level1_last_rotated):  # (in this order: each reads the lines the one before left)
            lines_cells = step(lines_cells)
        lines_cells = trailing_labels.trailing_labels_apart(trailing_labels.scores_first_rotated(wrapped_cells.cell_tails_rejoined(
            wrapped_cells.labels_round_row(wrapped_cells.side_labels_rejoined(lines_cells)), lines)))
    if copy is not None and how is not None:
        copy.append(how)
    if pages is not None and how is not None:
        pages.extend(page_breaks(lines))
    for number, raw_cells in lines_cells:
        joined = "\t".join(raw_cells)
        if in_preamble and joined.startswith("# "):
            if notes is not None:
                notes.append(joined)
            continue
        cells = _glued_levels([clean(c).strip() for c in raw_cells])
        if not any(cells):
            continue
        in_preamble = False
        while cells and not cells[-1]:
            cells.pop()
        loc = Location(line=number)
        own = starts.get(number)
        rows.append(Row(tuple(Cell(c, Location(line=own[j]) if own and own[j] != number else loc)
                              for j, c in enumerate(cells)), loc))
    return rows
