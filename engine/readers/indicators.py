"""Indicator-table assembly: rows of cells -> Indicators, assigning cells by what they contain.

PDF and Word extraction lose merged cells: a 一级 label floats on its own line among the
rows it heads, rows lose their leading cells, and 一级/二级 are written once per block.
Cells are therefore placed by content where position cannot be trusted.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from jxcheck.engine.findings import Problem, problem
from jxcheck.engine.model import JOINED, Indicator, Location
from jxcheck.engine.readers import labels, middle_labels, spaced
from jxcheck.engine.readers.text import COPY_LAID, Cell, Row
from jxcheck.engine.units import lookup
from jxcheck.engine.values.parse import parse_value
from jxcheck.engine.values.types import Quantity
from jxcheck.engine.values.vocab import classify, trend_phrase

_VALUE_KINDS = {"quantity", "range", "deadline", "period"}
_LEGACY_L2 = {"产出指标": {"数量指标", "质量指标", "时效指标", "成本指标", "进度指标", "产出进度指标"},
              "满意度指标": {"满意度指标", "服务对象满意度指标", "社会公众或服务对象满意度指标"}}
_VALUE_START = re.compile(r"[≥≤><=＝＞＜≧≦]|不低于|不少于|不高于|不超过|不大于|不小于|大于|小于|达到(?=\s*\d)|高于|低于"
                          r"|控制在|保持在|约(?=\s*\d)")  # (not 签约率, 预约诊疗率达到90%'s 约)


def named_value(text: str) -> tuple[str, str]:
    """A name cell that carries its value (培训人数≥1200人, 劳动者职业技能水平持续提高): the name and the value;
    where no comparator nor a known closing phrase parts them, the whole cell is the value to judge."""
    found = next((m for m in _VALUE_START.finditer(text) if m.start() >= 2), None) or trend_phrase(text)
    if found and found.start() >= 2:
        return text[:found.start()].strip(), text[found.start():].strip()
    for k in range(2, len(text) - 1):  # the longest known grade or compliance phrase it ends with (100%合格)
        if classify(text[k:])[1] in ("grade", "compliance"):
            return text[:k].strip(), text[k:].strip()
    return text, text


_SLOT_NAME = re.compile(r"(三级)?指标\s*[0-9一二三四五六七八九十]+\s*[:：]?")
_ELLIPSIS = re.compile(r"[…．.·]+")
_SUBHEADER = {"名称", "内容", "指标", "说明", "备注", "值", "单位", "指标名称", "指标值"}
_NUMERIC_ROLES = frozenset({"weight", "score"})
_DATE_END = re.compile(r"\d{1,2}\s*[日号](前|止|以前)?")  # a date's day, its year and month on the line above
_SHIFTED = ("value", "actual", "weight", "score", "reason")  # a scored row's cells after its name, in their order
_NATURE_GROUPS = frozenset({"定量指标", "定性指标", "定量", "定性"})
_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}(省|市|区|县|旗|州|盟|镇|乡|街道|街道办|社区|村)")  # 延平区, 埭头镇
_LABEL_LIKE = re.compile(r"[\u4e00-\u9fff（）()、]{2,12}")
_SLOT = re.compile(r"指标\s*[\dLlIi一二三]*\s*[:：]?")  # an unused slot of the template (指标2:)


def _side_piece(text: str, level2: str = "") -> bool:
    """The table's side label, or a piece of it where it wrapped round a row (年度绩效 / 指标, blind 4819, 4823) — not
    two characters of it alone (年度, 绩效), nor the 指标 that ends the 二级 above (服务对象满意度 / 指标)."""
    t = labels.norm(text)
    if labels.section_label(t):
        return True
    if t == "指标":
        return not (level2 and not level2.endswith("指标") and labels.known_level(level2 + "指标"))
    return labels.is_fragment(t) and len(t) >= 3


def value_like(text: str) -> bool:
    v = parse_value(text)
    return v.kind in _VALUE_KINDS or (v.kind == "missing" and bool(text.strip()))


@dataclass
class Draft:
    """An indicator row being assembled; level1 may still come from a floating label."""

    fields: dict[str, str]
    location: Location
    width: int = 0  # the cells its row had (a row cut short has fewer than the rows above it)
    l1_explicit: bool = False
    l2_explicit: bool = False
    cut: bool = False  # the last row of a partial file: what the cut took is not judged
    name_location: Location | None = None
    score_location: Location | None = None


def _reason_pieces_joined(tokens: list[str]) -> list[str] | None:
    """A viewer's line whose reason wrapped in its cell, its pieces set apart by spaces after the row's points (10 | 9
    | 部分学校课程资源不 | 足，下年度引入校外 | 优质资源, blind 8249): the line with one reason; None otherwise — not
    where the last piece ends a name (…岗位激励 | 师流失率: the name's end a copy set after the reason, 5555), nor where
    the pieces are labels (10 | 10 | 效益指标 | 社会效益指标: the group's labels Edge stored after its first row, 7473)."""
    points = [k for k, t in enumerate(tokens) if re.fullmatch(r"\d+(\.\d+)?", t.strip())]
    end = points[-1] if points else None
    tail = tokens[-1].strip()
    if end is None or end < 2 or end - 1 not in points or len(tokens) - end - 1 < 2 \
            or any(value_like(t) or labels.known_level(t) or labels.is_level(t) or t.strip() == "指标"
                   for t in tokens[end + 1:]) \
            or re.fullmatch(r"[\u4e00-\u9fff]{1,6}", tail) and (tail[-1] in labels.NAME_ENDS
                                                              or spaced._MEASURE_END.search(tail)):
        return None
    return [*tokens[:end + 1], "".join(t.strip() for t in tokens[end + 1:])]


def _name_end_before_values(above: dict[str, str], tokens: list[str]) -> bool:
    """A viewer's line that begins with the last character or two of the name above it (a row with nothing but its
    name), its values after them, the name whole only with them (培养人 / 数 ≥ 1210 人)."""
    name = (above.get("name") or "").strip()
    head = tokens[0].strip()
    return len(tokens) >= 2 and bool(name) and not any((v or "").strip() for k, v in above.items()
                                                       if k not in ("level1", "level2", "name")) \
        and re.fullmatch(r"[\u4e00-\u9fff]{1,2}", head) is not None and not labels.is_level(head) \
        and (value_like(tokens[1]) or _COMPARATOR_ONLY.fullmatch(tokens[1].strip()) is not None) \
        and name[-1] not in labels.NAME_ENDS \
        and (head[-1] in labels.NAME_ENDS or spaced._MEASURE_END.search(name + head) is not None)


def _with_texts(row: Row, texts: list[str]) -> Row:
    """The row with its cells' texts as read again, each in its cell's place."""
    return Row(tuple(Cell(t, c.location) for t, c in zip(texts, row.cells)), row.location)


_VERB_END = re.compile(r"(加大|加强|提高|提升|推进|完善|扩大|做好|落实|强化|增加|加快|优化|开展|督促|争取|确保)$")


@dataclass
class TableBuilder:
    """Collects rows of one indicator table under its header."""

    header: list[str | None]  # field per column position
    block: str = "年度"
    columns: list[int] | None = None  # the row positions this table reads (side-by-side groups)
    group_size: int = 1
    drafts: list[Draft] = field(default_factory=list)
    empty_groups: list[tuple[str, str, Location, str]] = field(default_factory=list)
    group_points: list[tuple[str, str, str, Decimal | None, Decimal | None]] = field(default_factory=list)
    level2_rows: bool = False  # the 二级 names stand on group rows of their own under the names' column
    problems: list[Problem] = field(default_factory=list)
    level1: str = ""
    level2: str = ""
    # a row of 一级 and 二级 alone: the labels of the rows below (a merged cell that floated), or, when
    # no row below takes that 二级, a group with no indicator (merged 一级 cells repeat on such rows)
    labels_only: tuple[str, str, Location, str] | None = None
    # labels alone on a line between two rows (a PDF's merged cell centred on an even span): (rows above, key, label)
    between: list[tuple[int, str, str, int | None]] = field(default_factory=list)  # (…, its line)
    places: list[str] = field(default_factory=list)  # a target column per place (区域目标值: 新罗区 | 永定区 …)
    prose: bool = False  # the values are running text: a cut may end one anywhere
    names_as_values: bool = False  # sentences under 指标内容 and no value column: read as the 二级s' values
    combined: bool = False  # 三级指标及指标值: each name cell carries its value (培训人数≥1200人)
    from_content: bool = False  # no header row (cut off above): the columns are the cells' content's
    whole: bool = True  # the file holds the table from its first row (not a page's tail)
    copied: bool | str = False  # text copied out of a PDF, how (COPY_*): a cell's lines may stand as rows of their own
    continued: bool = False  # the header repeated over the next page: its first rows go on with the last group
    pages: set[int] = field(default_factory=set)  # a copy's lines where its next pages begin
    placed: bool | None = None  # the rows' labels placed (place_labels): whether by labels printed mid-group
    laid_labels: bool = False  # …from where a copy out of a PDF printed them (page_edges may move rows at a page)
    tails: list[tuple[int, str]] = field(default_factory=list)  # (draft, line) a reason was given as its next line
    tail_line: int | None = None  # the line of the last such

    @classmethod
    def for_header(cls, fields: list[str | None], block: str) -> list["TableBuilder"]:
        """One table, or two when the header repeats 二级/三级/指标值 (中期 and 年度 side by side)."""
        seen: set[str] = set()
        split = None
        for k, f in enumerate(fields):
            if f in ("level2", "name") and f in seen:  # a second 二级 or 三级: a second group (two 指标值 are
                split = k                               # this year's target beside another, not two tables)
                break
            if f:
                seen.add(f)
        if split is None and "term_value" in fields and "value" not in fields:  # 中期指标值 the only value column:
            return [cls(["value" if f == "term_value" else f for f in fields], block="实施期")]  # the term's table
        if split is None and "term_value" in fields and "value" in fields:  # 中期指标值 | 年度指标值 beside one
            term, year = fields.index("term_value"), fields.index("value")  # name: a table each, the names shared;
            units = [k for k, f in enumerate(fields) if f == "unit"]  # one 计量单位 serves both values; two, each
            ahead = bool(units) and units[0] < min(term, year)  # (度量单位 | 中期指标值 | 度量单位 | 年度指标值)
            own = min(units, key=lambda k: (abs(k - term), (k > term) if ahead else (k < term))) \
                if len(units) > 1 else None  # its neighbour
            left = [k for k, f in enumerate(fields) if k in (term, own) or f in ("level1", "level2", "name", "nature")
                    or f == "unit" and own is None or (f or "").startswith("extra:")]  # the year's actuals, weights and
            # scores are the year's; a column that explains the row (绩效标准, 指标解释) serves both
            right = [k for k in range(len(fields)) if k not in (term, own)]
            return [cls(["value" if k == term else fields[k] for k in left], block="实施期", columns=left, group_size=2),
                    cls([fields[k] for k in right], block="年度", columns=right, group_size=2)]
        if split is None:
            if "name_value" in fields:  # the names' column holds the values too: a value column past the row's end,
                at = fields.index("name_value")  # filled from the name's cell
                return [cls([*fields[:at], "name", *fields[at + 1:], "value"], block=block, combined=True)]
            return [cls(fields, block=block)]
        shared = [fields.index("level1")] if "level1" in fields else []
        right = shared + list(range(split, len(fields)))
        return [cls(fields[:split], block="实施期", columns=list(range(split)), group_size=2),
                cls([fields[c] for c in right], block="年度", columns=right, group_size=2)]

    def retitle(self, block: str) -> None:
        """The table is another term's (中期, told by the caption above it or the order of the goals): its rows, empty
        groups and group points with it."""
        self.block = block
        self.empty_groups = [(l1, l2, loc, block) for l1, l2, loc, _ in self.empty_groups]
        self.group_points = [(block, l1, l2, weight, score) for _, l1, l2, weight, score in self.group_points]
        if self.labels_only is not None:
            self.labels_only = (*self.labels_only[:3], block)

    def names(self) -> list[str]:
        return [labels.norm(d.fields.get("name", "")) for d in self.drafts if d.fields.get("name")]

    def roles(self) -> dict[int, str]:
        """The role of each row position this table reads (weight, score, value …)."""
        positions = self.columns if self.columns is not None else range(len(self.header))
        return {p: role for p, role in zip(positions, self.header) if role}

    @staticmethod
    def groups_of(tables: list["TableBuilder"]) -> int:
        return tables[-1].group_size if tables else 1

    def refine_header(self, texts: list[str]) -> bool:
        """A second header row right under the first (指标性质 | 指标值 | 度量单位): it names the sub-columns."""
        if self.drafts or self.empty_groups:
            return False
        if self.columns is not None:
            texts = [texts[c] if c < len(texts) else "" for c in self.columns]
        found = [(k, labels.column_field(t)) for k, t in enumerate(texts) if t]
        if not found or any(f in ("level1", "level2", "name") for _, f in found):
            return False
        if self._halves_joined(texts, found):
            return True
        known = [f for _, f in found if f not in (None, "extra", "skip")]
        if not known and self._per_place(texts, found):
            return True
        labelled = [f for _, f in found if f is not None]  # 优 | 良 | 中 | 差: known words, one of them the value
        if not known or len(labelled) < (len(found) + 1) // 2:
            return False  # mostly words no column has: a row of data, not sub-labels
        self.header += [None] * (len(texts) - len(self.header))  # a merged label over the last columns
        spans = self._spans(len(texts))
        shift = self._misplaced(found, spans)
        if shift:  # the sub-labels one cell off their parent's span (a stray tab): put back under it
            texts = texts[-shift:] + [""] * -shift if shift < 0 else [""] * shift + texts
            found = [(k + shift, f) for k, f in found]
        for k, f in found:
            parent = next((p for start, end, p in spans if start <= k < end), None)
            if parent == "actual" and f in _UNDER_ACTUAL:  # 实际完成值 over 符号 | 值 | 单位 (河北): the result's parts
                f = _UNDER_ACTUAL[f]
            if k < len(self.header):
                self.header[k] = f if f not in (None, "extra") else "extra:" + labels.norm(texts[k])
        for start, end, parent in spans:  # 预期指标值 over 符号 | (blank) | 单位: the blank sub-column is the value
            blank = [k for k in range(start, end) if not (texts[k] if k < len(texts) else "")]
            if parent not in self.header[start:end] and len(blank) == 1:
                self.header[blank[0]] = parent
        return True

    def _halves_joined(self, texts: list[str], found: list[tuple[int, str | None]]) -> bool:
        """度量 | … over | | | 单位 (a converter's split cell, its lower half given a cell of its own wherever the row
        had one): each half whole with the label it ends (度量单位), wherever it stands; True when every text is so."""
        ends: dict[int, str] = {}
        heads = [f[len("extra:"):] if f and f.startswith("extra:") else None for f in self.header]
        for k, _ in found:
            text = labels.norm(texts[k])
            whole = [(h, labels.column_field(head + text)) for h, head in enumerate(heads) if head and len(text) <= 4]
            known = [(h, f) for h, f in whole if f not in (None, "extra", "skip", *self.header)]
            if not known:  # (a label the header lacks, made of a short half: not 指标值类型 | 定量)
                return False
            h, field = known[0]
            ends[h] = field or ""
        for at, field in ends.items():
            self.header[at] = field
        return bool(ends)

    def _misplaced(self, found: list[tuple[int, str | None]], spans: list[tuple[int, int, str]]) -> int:
        """年度指标值 over three columns, then 指标性质 | 指标值 | 度量单位 one cell to its right, the last under the
        labelled 实际完成值: the shift that puts the run of sub-labels under the span it fits (0 if none)."""
        ks = [k for k, _ in found]
        if ks != list(range(ks[0], ks[0] + len(ks))):
            return 0
        for start, end, _ in spans:
            shift = start - ks[0]
            if end - start == len(ks) and abs(shift) == 1 and any(
                    k < len(self.header) and self.header[k] and not start <= k < end for k in ks):
                return shift
        return 0

    def _per_place(self, texts: list[str], found: list[tuple[int, str | None]]) -> bool:
        """区域目标值 over 新罗区 | 永定区 | …: a target per place. The first place's column is read as the value, the
        others are kept under their names, and a FORM-03 says that only the first was checked."""
        if "value" not in self.header or len(found) < 2:
            return False
        at = self.header.index("value")
        if found[0][0] != at or any(self.header[k] is not None for k, _ in found[1:] if k < len(self.header)) \
                or any(value_like(texts[k]) or len(labels.norm(texts[k])) > 12 for k, _ in found):
            return False
        self.header += [None] * (len(texts) - len(self.header))
        for k, _ in found[1:]:
            self.header[k] = "extra:" + labels.norm(texts[k])
        self.places = [labels.norm(texts[k]) for k, _ in found]
        return True

    def _spans(self, width: int) -> list[tuple[int, int, str]]:
        """The header cells that were merged over several columns: a label followed by unlabelled columns."""
        out = []
        for k, role in enumerate(self.header):
            if role and not role.startswith("extra:"):
                end = k + 1
                while end < min(len(self.header), width) and self.header[end] is None:
                    end += 1
                if end > k + 1:
                    out.append((k, end, role))
        return out

    def add(self, row: Row) -> None:
        if self.columns is not None:
            row = Row(tuple(row.cells[c] if c < len(row.cells) else Cell("", row.location) for c in self.columns),
                      row.location)
            while row.cells and not row.cells[-1].text:
                row = Row(row.cells[:-1], row.location)
        cells = list(row.texts)
        if self.copied and len(cells) > 1 and self.header[:2] == ["level1", "level2"] and not cells[1]:
            parts = labels.two_labels(cells[0])
            if parts:  # 满意度指标（10分）服务对象满意度指标: the 一级 and 二级 run together, the 二级's cell empty
                cells[0], cells[1] = parts
                row = _with_texts(row, cells)
        tokens = [t for t in cells if t]
        if not tokens:
            return
        viewer = bool(self.copied) and self.copied != COPY_LAID and cells == tokens  # (a viewer's line: no empty cell)
        above = self.drafts[-1] if self.drafts else None
        if viewer and above is not None and _name_end_before_values(above.fields, tokens):
            self.drafts.pop()  # …“法律明白人”培养人 / 数 ≥ 1210 人: the name's last character wrapped onto the line of
            levels = [above.fields.get(k, "") for k in ("level1", "level2") if k in self.header]  # its values (WPS,
            cells = tokens = [*levels, above.fields["name"].strip() + tokens[0].strip(), *tokens[1:]]  # blind 8356):
            row = Row(tuple(Cell(t, above.location) for t in cells), above.location)  # one row, on the name's line
        if self.copied and self.copied != COPY_LAID and len(tokens) == 1 and self.level2 \
                and labels.cut_level(self.level2) and not labels.known_level(tokens[0]) \
                and labels.known_level(self.level2 + tokens[0].strip()):
            cut = self.level2  # 服务对象满 / 意度指标 on lines of their own (Acrobat, blind 8411, 8421): the 二级's end
            self.level2 = cut + tokens[0].strip()  # on the next line, one label — no group of its own, no row
            self.empty_groups = [g for g in self.empty_groups if g[1] != cut]
            if self.labels_only and self.labels_only[1] == cut:
                self.labels_only = (self.labels_only[0], self.level2, *self.labels_only[2:])
            self.between = [(at, key, self.level2 if key == "level2" and text == cut else text, line)
                            for at, key, text, line in self.between]
            return
        if viewer and self.level2 and cells[0] and len(tokens) >= 3 \
                and (labels.cut_level(self.level2) or cells[0].strip() in ("指标", "标")
                     and not self.level2.endswith("指标")) and labels.known_level(self.level2 + cells[0].strip()):
            # 满意度指标 服务对象满意 / 度指标 残疾人及家属满意度 … (Acrobat, blind 8349; 服务对象满意度 / 指标 …, 8339): the
            # 二级 cut at the labels' line's end, its last word starting the row below — the label whole, on the row;
            # its line no group (a viewer's lines: -layout's labels are placed by their columns)
            cut = self.level2
            cells[0] = tokens[0] = self.level2 = cut + cells[0].strip()
            row = _with_texts(row, cells)
            self.empty_groups = [g for g in self.empty_groups if g[1] != cut]
            self.labels_only = None if self.labels_only and self.labels_only[1] == cut else self.labels_only
        lead = 0
        while lead < min(2, len(cells) - 2) and (not cells[lead] or labels.known_level(cells[lead])):
            lead += 1
        if self.header[:1] == ["name"] and not {"level1", "level2"} & set(self.header) and lead \
                and any(cells[:lead]) and cells[lead] and value_like(cells[lead + 1]):
            self.header = [*(["level1", "level2"][2 - lead:]), *self.header]  # 三级指标 | 年度指标值 | … over rows that
            # lead with their 一级 and 二级 (labels a viewer drew after the rows, moved back; the header's own level labels
            # never copied, blind 6832): the level columns before the names
        if len(cells) > len(self.header) and self.header[-1:] == ["name"] and {"level1", "level2"} & set(self.header) \
                and not {"value", "actual", "weight", "score", "unit", "nature"} & set(self.header) \
                and value_like(tokens[-1]) and not value_like(tokens[-2] if len(tokens) > 1 else ""):
            self.header = [*self.header, "value"]  # 一级指标 | 二级指标 | 三级指标 and no more, a row with a value after
            # its name: the value column's label lost (blind 6721) — the column after the names is the value's
        if self.copied and cells == tokens and any(labels.weight_only(t) for t in cells[1:]):
            cells = _weights_joined(cells)  # 产出指标 | （50分） | 数量指标 | …: a viewer's line, the 一级's weight a run
            tokens = list(cells)  # of its own beside it
            row = _with_texts(row, cells)
        if self.copied and cells == tokens and self.header[-1:] == ["reason"] and "score" in self.header:
            joined = _reason_pieces_joined(tokens)
            if joined is not None:
                cells = tokens = joined
                row = _with_texts(row, cells)
        at = self.header.index("level2") if "level2" in self.header and "level1" not in self.header else -1
        if self.columns is None and 0 <= at < len(cells) - 1 and all(self.header[k] in (None, "skip") for k in range(at)) \
                and labels.is_level1(cells[at]) and labels.is_level2(cells[at + 1]):
            # 评价内容 over both level columns (after a 序号 column, or first): its label written once, or spanning
            # an empty second column
            if len(cells) == len(self.header) + 1:
                self.header = [*self.header[:at], "level1", *self.header[at:]]
            elif len(self.header) > at + 1 and self.header[at + 1] is None:
                self.header = [*self.header[:at], "level1", "level2", *self.header[at + 2:]]
        if self.columns is None:
            self._claim_levels(cells)
        first = self.header.index("level1") if "level1" in self.header else None
        if first is not None and first < len(cells) and labels.cell_is("execution", cells[first]):
            return  # 预算执行率 in the 一级 column: the budget's own line of a scoring table (河北), no indicator
        if all(_ELLIPSIS.fullmatch(t) for t in tokens):  # a template's "and so on" row
            self.empty_groups.append((self.level1, self.level2, row.location, self.block))
            return
        if all(t in _SUBHEADER for t in tokens):
            return  # a row of the header's own words under it (名称 | 名称 | 名称)
        if all(labels.section_label(t) or labels.norm(t) in _NATURE_GROUPS for t in tokens) \
                and any(labels.norm(t) in _NATURE_GROUPS for t in tokens):
            return  # 绩效指标 | 定量指标: a group of the table by the indicators' nature (重庆), its merged label beside it
        if any(_ELLIPSIS.fullmatch(t) or labels.dashed(t) for t in tokens) and all(
                _ELLIPSIS.fullmatch(t) or labels.dashed(t) or labels.is_level(t) or labels.weight_only(t)
                or labels.section_label(t) for t in tokens):
            return  # the same (or a dashed-out slot) under its 一级 and 二级 written again on the row
        if self.copied and self._label_tails(tokens):
            return  # （10分） | 指标 under 满意度指标 | 服务对象满意度 | …: the weight and the last word of the labels above
        if self.copied and len(tokens) == 1 and labels.section_label(tokens[0]):
            return  # 绩效指标（90分） alone on its line: the table's side label, centred down its rows
        if self.copied and len(tokens) == 2 and cells == tokens and all(labels.known_level(t) for t in tokens) \
                and labels.is_level2(tokens[0]) and not labels.is_level1(tokens[0]) and labels.is_level1(tokens[1]):
            cells = tokens = [tokens[1], tokens[0]]  # 数量指标 产出指标: a viewer's line of the two labels, the 二级's
            row = _with_texts(row, cells)  # stored first (Edge; blind 8298) — the 一级, then its 二级
        if self.copied and len(tokens) == 2 and labels.section_label(tokens[0]) and labels.known_level(tokens[1]) \
                and labels.is_level(tokens[1]):
            tokens = tokens[1:]  # 绩效指标 | 成本指标: the table's side label, printed beside a level's on its line
        elif self.copied and len(tokens) >= 5 and cells == tokens and len(cells) > len(self.header) \
                and _side_piece(cells[0], self.level2) and labels.is_level1(tokens[1]) and labels.known_level(tokens[1]) \
                and labels.is_level2(tokens[2]) and labels.known_level(tokens[2]) and not labels.is_level(tokens[3]):
            cells, tokens = cells[1:], tokens[1:]  # 年度绩效指标 | 产出指标 | 质量指标 | 低保金按时足额发放率 | ＝100%: the
            row = Row(row.cells[1:], row.location)  # side label, centred on the row, before its labels (Acrobat; 5833)
        elif self.copied and len(tokens) >= 4 and cells and _side_piece(cells[0], self.level2) \
                and labels.known_level(tokens[1]) and not labels.known_level(tokens[2]):
            cells[0] = ""  # 绩效指标（90分） | 时效指标 | 助学金发放及时率 | ≥ …: the side label on the row's line, its
            tokens = tokens[1:]  # 一级 cell empty (merged round it)
            shifted = self._second_in_first(cells)
            if shifted is not None:  # (绩效指标 | 成本指标 | 疫木除治单位成本 | ≤ | | 70 | 元/株: the row set a column left of
                cells = shifted  # its header by the side label at its start — its 二级 under the 一级, an empty cell after)
                row = Row(tuple(Cell(t, row.location) for t in cells), row.location)
            else:
                row = _with_texts(row, cells)
        elif self.copied and len(tokens) >= 3 and cells == tokens and _side_piece(cells[0], self.level2) \
                and not labels.known_level(tokens[1]) and not labels.is_level(tokens[1]) and value_like(tokens[2]):
            cells = cells[1:]  # 绩效指标 | 特种设备定期检验率 | ≥98% | …: a viewer's line, the side label at its start, the
            tokens = tokens[1:]  # row's own cells after it (its 一级 and 二级 merged round it)
            row = Row(row.cells[1:], row.location)
        if self.copied == "spaced" and cells == tokens and row.location.sheet is None and row.location.table is None:
            joined = _name_tail_last(_cut_pieces_joined(cells), self.header)  # (生态效益 | 指标, 2022年6月 | 30日前: pieces of one
            # cell, blind 5533)
            if joined != cells:
                cells = tokens = joined
                row = _with_texts(row, cells)
        if self.copied and self.copied != COPY_LAID and cells == tokens and len(tokens) >= 3 and self.level2 \
                and labels.known_level(tokens[0]) and re.match(r"\s*([≥≤=＝<>＜＞]|\d)", tokens[1]) is not None \
                and re.sub(r"指标$", "", labels.level_name(tokens[0])) == re.sub(r"指标$", "", labels.level_name(self.level2)):
            blank = [""] * next((k for k, h in enumerate(self.header) if h == "name"), 0)  # 服务对象满意度指标 above,
            cells = tokens = [*blank, *cells]  # then 服务对象满意度 ≥90% 92.4% 10 10: a name that reads as its group's label,
            row = Row(tuple(Cell(t, row.location) for t in cells), row.location)  # its value after it (blind 8411)
            tokens = [t for t in cells if t]
        columns = self._in_level_columns(cells)
        cut_alone = self.copied and self.copied != COPY_LAID and len(tokens) == 1 and labels.cut_level(tokens[0]) \
            and not re.search(r"\d", tokens[0])  # (服务对象满 alone on its line, 意度指标 below: a label's first piece)
        if (cells[0] or self._floated(tokens) or columns) and (all(labels.is_level(t) for t in tokens) or cut_alone) \
                and len(tokens) <= 2:
            where = next((c.location for c in reversed(row.cells) if c.text), row.location)  # the 二级 cell
            if columns:  # (一级 first, whatever the columns' order: … | 服务对象满意度 | 满意度指标, blind 5295)
                tokens = sorted(tokens, key=lambda t: self.header[cells.index(t)] != "level1")
            self._label_row(tokens, where)  # a label alone on its line: a merged cell that floated
            return
        exact = row.location.sheet is not None or row.location.table is not None  # a grid keeps its positions
        if not exact:
            cells = self._unit_dropped(self._name_split(cells))
        name_col = self.header.index("name") if "name" in self.header else None
        if not exact and self.copied == "spaced" and cells == tokens and name_col is not None \
                and name_col + 1 < len(self.header) and self.header[name_col + 1] in ("value", "nature", "weight"):  # (no 指标解释
            # column between the name and the value)
            cells = tokens = _name_pieces_counted(_name_pieces_joined(cells, "nature" in self.header), self.header)
            row = _with_texts(row, cells)
        if not exact and (self._reason_stopped(tokens) or self.copied and (self._reason_tail(tokens)
                                                                           or self._reason_wraps_on(tokens, row.location.line))):
            last = self.drafts[-1].fields  # the reason's next line, in the one cell of the line below (a converter's
            last["reason"] = last["reason"] + tokens[0].strip()  # line break in the cell)
            self.tails.append((len(self.drafts) - 1, tokens[0].strip()))
            self.tail_line = row.location.line
            return
        if not exact and self._note_tail(cells):
            return
        if not exact and self.copied and self._formula_tail(tokens):
            return
        if not exact and self.copied and self._result_tail(tokens):
            return
        if not exact and self.copied and (self._value_tail(tokens, row.location.line)
                                          or self._name_tail_below(tokens, row.location.line)):
            return
        fields = (self._name_alone(tokens) or self._label_and_name(tokens)) if not exact else None
        fields = fields or self._positional(cells, exact) or self._by_content(tokens)
        if fields is not None and _ELLIPSIS.fullmatch(fields.get("name", "")) and not any(
                fields.get(role) for role in ("value", "actual", "score", "weight", "nature", "unit")):
            return  # 年度绩效指标完成情况 | (50分) | 数量指标 | ……: the labels a workbook merges down, over "and so on"
        if fields is not None and labels.cell_is("not_applicable", fields.get("name", "")) \
                and fields.get("value", "无").strip() in ("", "无", "/", "—", "-", "不适用") \
                and not any((fields.get(k) or "").strip() not in ("", "无", "/", "—", "-") for k in ("actual", "weight", "score")):
            self._levels_of(fields)  # (效益指标 | 经济效益指标 | 无: its 一级 heads the rows below)
            return  # 生态效益指标 | 本项目不适用此指标 | 无: the slot marked not applicable, as the template asks
        if fields is None:
            self.problems.append(problem("FORM-03", row.location, n=row.location.number(),
                                         content=" | ".join(tokens)))
            return
        if not exact and fields.get("level2") and not fields.get("name") and fields.get("value") \
                and not labels.is_level(fields["level2"]) and not labels.known_level(fields["level2"]) \
                and not labels.weight_only(fields["level2"]) and len(labels.norm(fields["level2"])) >= 4 \
                and (labels.norm(fields["level2"])[-1] in labels.NAME_ENDS + "例重"
                     or not re.search(r"指标|标$", labels.norm(fields["level2"]))):  # (管网巡查里程: no level's word)
            fields["name"] = fields.pop("level2")  # 危桥改造数量 set left of the name's column by a copy's positions,
            # under 二级指标, its value in place: a name, not a 二级 (the content wins)
        if self.combined and fields.get("name") and not fields.get("value"):
            fields[JOINED] = fields["name"]
            fields["name"], fields["value"] = named_value(fields["name"])
        if not exact and self.copied:
            self._name_end_shifted(fields)
            self._cells_one_right(fields)
            self._points_one_right(fields)
        value_at, name_at = self._locations(row, fields)
        self._place(fields, value_at, name_at)
        if self.drafts and self.drafts[-1].location is value_at:
            self.drafts[-1].width = len(cells)
        if self.drafts and self.drafts[-1].location is value_at and fields.get("score"):
            where = self._cell_of(row, fields["score"])  # (a text row is called by one line: its name's)
            self.drafts[-1].score_location = value_at if where.line is not None else where

    def _second_in_first(self, cells: list[str]) -> list[str] | None:
        """The row's cells one column right, where a 二级 stands in the 一级 column, a text that is no level in the
        二级's, a comparator in the name's, and an empty cell further on that the shift fills; None otherwise."""
        h = self.header
        if "level1" not in h or "level2" not in h or h.index("level2") != h.index("level1") + 1:
            return None
        at = h.index("level1")
        if at + 2 >= len(cells) or not labels.known_level(cells[at]) or labels.implied_level1(cells[at]) is None \
                or not cells[at + 1] or labels.known_level(cells[at + 1]) \
                or not _COMPARATOR_ONLY.fullmatch(cells[at + 2].strip() or "x"):
            return None  # (成本指标, a 一级 of the 2021 scheme too: here a name after it and the comparator after that)
        gap = next((k for k in range(at + 2, len(cells) - 1) if not cells[k].strip()), None)
        return None if gap is None else [*cells[:at], "", *cells[at:gap], *cells[gap + 1:]]

    def _claim_levels(self, cells: list[str]) -> None:
        """A column whose label no role knows (指标类别) between the 一级 and the 三级 columns, holding 数量指标 on
        a data row: the content says it is the 二级 column; the same for a 一级 before them. Tried on each row
        until the header has both (a column claimed stays claimed)."""
        h = self.header
        if "name" not in h or sum(1 for t in cells if t) < 3:
            return  # a data row, not a label alone on its line (产出指标 as a section row)
        name = h.index("name")

        def unlabelled(role: str | None, named: str | None = None) -> bool:  # an extra column, under a label of
            return role is None and named is None or (role or "").startswith("extra:") \
                and labels.column_field(role[6:] if role else "") == named   # that role, or of none

        if name < len(cells) and labels.known_level(cells[name]):  # 指标 | 指标内容: 产出指标 under 指标, the
            second = next((j for j in range(name + 1, len(h)) if h[j] and unlabelled(h[j], "name")), None)
            level = next((lv for lv, known in (("level1", labels.is_level1), ("level2", labels.is_level2))
                          if lv not in h and known(cells[name])), None)
            if second is not None and level is not None:
                h[name], h[second] = level, "name"
                return
        for k in range(min(name, len(cells))):
            if not unlabelled(h[k]) or not cells[k] or not labels.known_level(cells[k]):
                continue
            # 数量指标 (which implies its 一级) is a 二级; 产出指标, a name both levels know, is the 一级 here
            second_level = labels.is_level2(cells[k]) and (labels.implied_level1(cells[k]) is not None
                                                           or not labels.is_level1(cells[k]))
            if "level2" not in h and second_level and ("level1" not in h or h.index("level1") < k):
                h[k] = "level2"
            elif "level1" not in h and labels.is_level1(cells[k]) and not second_level:
                h[k] = "level1"

    # -- assigning cells -------------------------------------------------------------
    def _positional(self, cells: list[str], exact: bool = False) -> dict[str, str] | None:
        """Align the row with the header, shifting it right when extraction lost leading cells (never in a
        workbook or a Word table, whose cells keep their columns: `exact`)."""
        if not exact and 3 <= len(cells) <= len(self.header) - 1 and self.header[:2] == ["level1", "level2"] \
                and labels.known_level(cells[0]) and labels.is_level1(cells[0]) and labels.level_name(cells[0]) != "成本指标" \
                and cells[1] and not labels.is_level(cells[1]) \
                and not labels.cut_level(cells[1]) and len(cells) > 2 and value_like(cells[2]):
            head = {"level1": cells[0]}  # 效益指标（30分） | 改造户入住率 | ≥95% …: a 一级 printed on its row, the 二级
            for f, c in zip(self.header[2:], cells[1:]):  # merged over the rows around it printed on a line of its own
                if f and c:
                    head[f] = c
            return head
        if not exact and len(cells) == 2 and "value" in self.header and "name" in self.header \
                and "level1" in self.header and labels.known_level(cells[0]) and labels.is_level1(cells[0]) \
                and labels.implied_level1(cells[0]) is None and _lone_name(cells[1]):
            return {"level1": cells[0], "name": cells[1]}  # 产出指标 | 图书馆年外借图书册次: a 一级 printed on a row
            # whose value was left empty — the name is no 二级 (the 二级 above it carries down), the value empty
        for offset in range(0, 1 if exact else max(1, len(self.header) - len(cells) + 1)):
            if not exact and self.copied and self.copied != COPY_LAID and offset < len(self.header) \
                    and self.header[offset] is None and 2 <= len(cells) <= 3 and all(cells) \
                    and not any(labels.section_label(c) or labels.known_level(c) or labels.is_level(c)
                                or labels.norm(c) in ("指标", "绩效") for c in cells):
                continue  # (适应性培训期数 | 按需开展 under the side label's column and 一级: a viewer's row of a name and
                # its value in words, its first cell no side label — not dropped, the value no 一级; blind 8422)
            fields: dict[str, str] = {}
            for f, c in zip(self.header[offset:], cells):
                if f and c and not (f in _NUMERIC_ROLES and f in fields and _decimal(fields[f]) is not None
                                    and _decimal(c) is None) \
                        and not (f == "nature" and _COMPARATOR_ONLY.fullmatch(fields.get(f, "").strip() or "x")
                                 and not _COMPARATOR_ONLY.fullmatch(c.strip())):
                    fields[f] = c  # two 分值 columns: the one with the number; = beside 反向: the comparator
            for k in range(len(self.header) - offset, len(cells)):  # cells past the header's last label: kept
                if cells[k]:
                    fields[f"extra:列{k + 1}"] = cells[k]
            if fields and all(k.startswith("extra:") for k in fields):
                continue  # (every text past the header's columns: a row set off by the copy's positions, not this)
            # a row that keeps its leading empty cells keeps its positions: an unknown 二级 is still a 二级
            kept = exact or offset == 0 and ((not cells[0] or self.header[0] is None) and len(cells) >= len(self.header) - 1
                                             or len(cells) >= len(self.header) > 3  # as wide as the header: lost nothing
                                             or len(cells) >= len(self.header) - 1 and self._starts_at_level1(cells[0]))
            if self._plausible(fields, kept, "level2" in self.header, offset == 0 and bool(cells[0])):
                return fields
        return None

    def _name_split(self, cells: list[str]) -> list[str]:
        """A name a converter split in two cells, every cell after it a column right (补助资金按标准 | 发放率 | = | 100
        under 三级指标 | 指标性质 | 指标值): one name, the comparator back under 指标性质."""
        if "name" not in self.header or "nature" not in self.header:
            return cells
        at = self.header.index("name")
        if self.header.index("nature") != at + 1 or len(cells) <= at + 2 or not cells[at]:
            return cells
        piece, after = cells[at + 1].strip(), cells[at + 2].strip()
        if re.fullmatch(r"[\u4e00-\u9fff（）()、]{1,12}", piece) and piece not in _NATURE_GROUPS \
                and piece[-1] in labels.NAME_ENDS and not re.fullmatch(r"(正向|反向|逆向)(指标)?", piece) \
                and _COMPARATOR_ONLY.fullmatch(after) and not labels.is_level(piece):  # (not 正向 | ≥: a direction)
            return [*cells[:at], cells[at] + piece, *cells[at + 2:]]
        return cells

    def _unit_dropped(self, cells: list[str]) -> list[str]:
        """A 定性 row's empty 度量单位 cell a copy gave nothing for (定性 | 达成年度指标 | 达成年度指标 | 15 | 15 under 指标
        性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分, a viewer's copy; blind 7250): the empty cell put back, so the
        result, the weight and the score stand in their columns."""
        h = self.header
        if not {"nature", "value", "unit", "actual"} <= set(h) or h.index("unit") != h.index("value") + 1 \
                or h.index("nature") + 1 != h.index("value"):
            return cells
        at = next((j for j, t in enumerate(cells) if t.strip() == "定性"), None)
        if at is None or at + 2 >= len(cells):
            return cells
        value, after = cells[at + 1].strip(), cells[at + 2].strip()
        if after and not re.search(r"\d", value) and (after == value or len(after) > 4 and not re.search(r"\d", after)):
            return [*cells[:at + 2], "", *cells[at + 2:]]
        return cells

    def _name_end_shifted(self, fields: dict[str, str]) -> None:
        """A name's last word wrapped onto its row's line as a cell of its own (Acrobat: 杀虫灯等物资发放完成 | 时间 |
        2022年10月31日前 | 2022年9月28日 | 10 | 10), every cell after it a column right: the word ends the name, the
        cells go back — where the word is no value, the next cell is one, and the weight and the score come out as
        numbers only so."""
        h = [role for role in self.header if role in _SHIFTED]
        name = fields.get("name") or ""
        if h[:2] != ["value", "actual"] or "score" not in h or not name or value_like(name) \
                or labels.cut_level(name) or labels.known_level(name):
            return  # (服务对象 | 果农满意度: a 二级's first line, the name after it)
        piece = (fields.get("value") or "").strip()
        if not re.fullmatch(r"[\u4e00-\u9fff]{1,4}", piece) or piece[-1] not in labels.NAME_ENDS \
                or labels.is_level(piece) or classify(piece) != (None, None) or not value_like(fields.get("actual", "")):
            return
        moved = dict(zip(h, [fields.get(role, "") for role in h[1:]] + [""]))
        if not _bare(moved.get("score")) or "weight" in h and not _bare(moved.get("weight")) \
                or _bare(fields.get("score")) and ("weight" not in h or _bare(fields.get("weight"))):
            return  # (a row whose weight and score stand already: the word is its value's)
        fields["name"] = fields["name"] + piece
        for role, text in moved.items():
            if text:
                fields[role] = text
            else:
                fields.pop(role, None)

    def _cells_one_right(self, fields: dict[str, str]) -> None:
        """A scored row a copy set one column right (-layout, a wide label at its line's start pushing it: 乡村医生在岗率
        | | ≥98% | 92% | 10 | 10): the value empty, the result with a comparator, a bare number where the reason goes —
        every cell back one column."""
        h = [role for role in self.header if role in _SHIFTED]
        if h != list(_SHIFTED) or (fields.get("value") or "").strip() or not fields.get("name"):
            return
        actual, reason = (fields.get("actual") or "").strip(), (fields.get("reason") or "").strip()
        if not re.match(r"[≥≤＞＜><=＝]", actual) or not value_like(actual) or not _bare(reason) \
                or not _bare(fields.get("score")) or Decimal(reason) > Decimal(fields["score"].strip()):
            return  # (a score above its weight is no pair of weight and score)
        fields["value"], fields["actual"], fields["weight"], fields["score"] = \
            actual, fields.get("weight", ""), fields["score"], reason
        fields.pop("reason", None)

    def _points_one_right(self, fields: dict[str, str]) -> None:
        """A scored row whose points a copy set a column right (-layout: 15 and 12 under 得分 and the reason, the 分值
        cell empty): the weight, the score where they belong (blind 6381)."""
        h = [role for role in self.header if role in _SHIFTED]
        if h != list(_SHIFTED) or (fields.get("weight") or "").strip() or not fields.get("name"):
            return
        score, reason = (fields.get("score") or "").strip(), (fields.get("reason") or "").strip()
        if not _bare(score) or not _bare(reason) or Decimal(reason) > Decimal(score):
            return
        fields["weight"], fields["score"] = score, reason
        fields.pop("reason", None)

    def _label_tails(self, tokens: list[str]) -> bool:
        """A copy's line of pieces under the last row: its 一级's weight printed below it, the last word of its 二级
        wrapped (服务对象满意度 / 指标), the rest of its 偏差原因 (…1.5万亩 / 结转至2026年春季实施。) — each put back where it
        belongs; True where the line was only that."""
        if not self.drafts or not tokens or len(tokens) > 3:
            return False
        last = self.drafts[-1].fields
        level2, reason = last.get("level2", ""), (last.get("reason") or "").strip()
        weights: list[str] = []
        tail = rest = ""
        for k, token in enumerate(t.strip() for t in tokens):
            if labels.weight_only(token) and not weights and not tail and not rest:
                weights.append(token)
            elif not tail and not rest and 0 < len(token) <= 3 and level2 and labels.known_level(level2 + token):
                tail = token
            elif k == len(tokens) - 1 and reason and not re.search(r"[。.！!]$", reason) and not value_like(token) \
                    and not labels.is_level(token) and (weights or tail):
                rest = token  # (the reason's rest, beside the label pieces that say the line is no row)
            else:
                return False
        if not tail and not (weights and rest):
            return False
        if tail:
            last["level2"] = level2 + tail
            if self.level2 == level2:
                self.level2 = last["level2"]
        if weights and last.get("level1") and not re.search(r"\d\s*分", last["level1"]):
            last["level1"] = last["level1"] + weights[0]
        if rest:
            last["reason"] = reason + rest
        return True

    def _note_for_value(self, f: dict[str, str]) -> None:
        """A copy that gives an empty cell no text (Edge, a viewer): the value left empty, its row's 指标值说明 read into
        the value's place (作业质量抽检合格率 | 抽检地块中作业质量达标地块占比) — a description, no value, where the note
        column after it is empty: the note's, the value empty (STR-06's)."""
        at = self.header.index("value")
        nxt = self.header[at + 1] if at + 1 < len(self.header) else None
        value = f["value"].strip()
        if not nxt or not nxt.startswith("extra:") or f.get(nxt) or len(value) < 8 or re.search(r"[\d≥≤=＝<>％%]", value) \
                or getattr(parse_value(value), "category", None) is not None:
            return
        f[nxt], f["value"] = value, ""

    def _value_cell_dropped(self, f: dict[str, str]) -> None:
        """A copy that gives an empty cell no text (Chrome, WPS): a scored row's 指标值 or 完成值 left empty, every cell
        after it read a column left (品改苗木栽植成活率 | 91% | 10 | 10 under 指标值 | 完成值 | 分值 | 得分) — the
        figure with a unit is the one value printed, the two bare numbers after it the weight and the score. A value
        with no comparator is the result (the target left empty, STR-06's), one with a comparator the target."""
        h = self.header
        if not all(role in h for role in ("value", "actual", "weight", "score")) or "unit" in h \
                or not f.get("name") or value_like(f["name"]) \
                or not h.index("value") < h.index("actual") < h.index("weight") < h.index("score"):
            return
        value, actual, weight = (parse_value(f.get(k, "").strip()) for k in ("value", "actual", "weight"))
        if not (isinstance(value, Quantity) and value.unit and isinstance(actual, Quantity) and isinstance(weight, Quantity)
                and actual.unit is None and actual.op is None and weight.unit is None and weight.op is None
                and weight.number <= actual.number <= 100):
            return
        f["score"], f["weight"] = f["weight"], f["actual"]
        if value.op is None:
            f["actual"], f["value"] = f["value"], ""
        else:
            f["actual"] = ""

    def _unit_shifted(self, f: dict[str, str]) -> None:
        """A copy that dropped an empty 度量单位 cell (定性 | 明显改善 | | 临水临崖路段隐患消除, runs one space apart): the
        text read into the unit's place is no unit and the column after it is empty — it is that column's."""
        unit = f["unit"].strip()
        after = self.header[self.header.index("unit") + 1:]
        nxt = next((role for role in after if role), None)
        if nxt is None or f.get(nxt) or len(unit) < 5 or lookup(unit).kind != "unknown" or re.search(r"\d", unit) \
                or _UNIT_LIKE.match(unit):
            return  # (万吨标准煤, 标准立方米: a unit the table lacks, still a unit)
        f[nxt], f["unit"] = unit, ""

    def _reason_stopped(self, tokens: list[str]) -> bool:
        """A line of one cell under a row whose 偏差原因 stopped at a comma (…冬季冻土无法施工， / 剩余12公里顺延至
        次年春季完成): the reason going on, a clause long enough to be no name, and no label or value."""
        return len(tokens) == 1 and bool(self.drafts) and "reason" in self.header \
            and bool(re.search(r"[，,、；;]$", (self.drafts[-1].fields.get("reason") or "").strip())) \
            and len(re.findall(r"[\u4e00-\u9fff]", tokens[0])) >= 6 and not labels.is_level(tokens[0]) \
            and not re.match(r"\s*[≥≤=＝<>＜＞]", tokens[0])

    def _reason_tail(self, tokens: list[str]) -> bool:
        """A copy's text row of one cell under a row whose 偏差原因 is given, that reads as the reason's next line (相应减少,
        未落实到村, 满意，将加快后续工程实施) — a copy that lost the cell's position — not an indicator's name (no name's
        end, or a clause's comma), nor a value, a label or a field."""
        if len(tokens) != 1 or "reason" not in self.header or not self.drafts \
                or not (self.drafts[-1].fields.get("reason") or "").strip():
            return False
        text = labels.norm(tokens[0])
        sentence = re.search(r"[，,；;]", text) is not None and re.search(r"[。！!]$", text) is not None  # (年底未完工，
        # 2026年二季度前完成改造。: a clause and a full stop, no value however it begins; blind 8055)
        return len(text) >= 2 and (sentence or not value_like(text)) and not labels.is_level(text) \
            and not labels.known_level(text) and not labels.section_label(text) and labels.header_label(text) is None \
            and not re.search(r"[:：]|^(注|备注|说明|总分|合计|自评|评价)", text) \
            and (text[-1] not in labels.NAME_ENDS or bool(re.search(r"[，,；;]", text))
                 or _VERB_END.search((self.drafts[-1].fields.get("reason") or "").strip()) is not None)
        # (覆盖不足，下一步加大 / 健康教育进村入户力度: a reason stopped on its verb, its object the next line)

    def _result_tail(self, tokens: list[str]) -> bool:
        """A copy's line of a text's end and the row's points (…县域义务教育优质均衡发展 | 2024年通过省级督导 |
        2024年10月通过省级 / 督导评估 | 10 | 10, Foxit: the result wrapped in its cell, the 分值 and 得分 on its last line):
        the end back on the result above, which its points complete — the row above has its value and result, no
        points, and the line's text is no name's (no digit, no level, a few characters)."""
        h = self.header
        if len(tokens) != 3 or not self.drafts or not all(r in h for r in ("value", "actual", "weight", "score")) \
                or not h.index("actual") < min(h.index("weight"), h.index("score")):
            return False
        last = self.drafts[-1].fields
        text = tokens[0].strip()
        if not (last.get("value") and last.get("actual")) or last.get("weight") or last.get("score") \
                or not all(re.fullmatch(r"\d+(\.\d+)?", t.strip()) for t in tokens[1:]) \
                or not (re.fullmatch(r"[\u4e00-\u9fff（）()、]{1,8}", text)
                        or _DATE_END.fullmatch(text) and re.search(r"\d{4}\s*年\s*\d{1,2}\s*月$", last["actual"].strip())) \
                or labels.is_level(text) or labels.known_level(text):
            return False  # (2023年12月 / 20日 | 10 | 10: a date broken in its cell, Acrobat, blind 8351)
        last["actual"] = last["actual"].strip() + text
        first, second = (tokens[1].strip(), tokens[2].strip())
        last["weight"], last["score"] = (first, second) if h.index("weight") < h.index("score") else (second, first)
        return True

    def _lone_below(self, tokens: list[str], line: int | None) -> bool:
        """A line of one cell right below the last row's line."""
        return len(tokens) == 1 and bool(self.drafts) and line is not None and self.drafts[-1].location.line == line - 1

    def _value_tail(self, tokens: list[str], line: int | None) -> bool:
        """A copy's line of one cell right below a row whose value is the last cell it gave and stops mid-sentence
        (三级繁育体系稳定运行，良种供应能力 / 持续增强; ≥5%，矛盾纠纷化解作用较上 / 年明显增强: Acrobat, blind 8040, 8058):
        the value's end, put back on it — no indicator, nor a label, a value of its own or a field."""
        if not self._lone_below(tokens, line):
            return False
        last = self.drafts[-1].fields
        value = (last.get("value") or "").strip()
        after = ("actual", "weight", "score", "reason", "unit", "nature")
        if any((last.get(k) or "").strip() for k in after if k in self.header) \
                or "value" in self.header and any(r in self.header[self.header.index("value") + 1:] for r in after[:3]):
            return False  # (a self-evaluation's row gives its result and points after the value)
        text = labels.norm(tokens[0])
        if not value and (last.get("name") or "").strip() and spaced._complete_value(text) \
                and re.fullmatch(r"[≥≤=＝<>＜＞]?\s*\d[\d.]*\s*[%‰％]", text):
            last["value"] = text  # 可持续影响指标 | 健身设施免费或低收费开放率 / 100%: the row's rate alone on the next
            return True  # line, its cell wrapped whole (Foxit, blind 8104)
        if not value:
            return False
        if not re.search(r"[，,、；;]", value) or re.search(r"[。！!；;]$", value) or len(text) > 20 \
                or re.match(r"[≥≤=＝<>＜＞]", text) or _labelled(text) or re.search(r"[:：]|^(注|备注|说明|总分|合计)", text):
            return False
        last["value"] = value + text
        return True

    def _name_tail_below(self, tokens: list[str], line: int | None) -> bool:
        """A copy's line of one cell right below a scored row read whole, the row's name stopped where no name ends
        (县乡村三级退役军人服务站 | 常态化运行 | 达成年度指标 | 10 | 10 / （站点）运行情况: Acrobat, blind 8027): the
        name's rest, put back on it — a row of its own would give its value and points."""
        if not self._lone_below(tokens, line) or not {"weight", "score"} & set(self.header):
            return False
        last = self.drafts[-1].fields
        name, text = (last.get("name") or "").strip(), labels.norm(tokens[0])
        scored = all((last.get(k) or "").strip() for k in ("weight", "score") if k in self.header)
        if not scored or not (last.get("value") or "").strip() or len(name) < 4 or name[-1] in labels.NAME_ENDS \
                or spaced._MEASURE_END.search(name) or not re.fullmatch(r"[\u4e00-\u9fff（）()]{2,10}", text) \
                or not (text[-1] in labels.NAME_ENDS or spaced._MEASURE_END.search(text)) or _labelled(text):
            return False
        last["name"] = name + text
        return True

    def _reason_wraps_on(self, tokens: list[str], line: int | None) -> bool:
        """A copy's line of one cell right below a line taken as the 偏差原因's next (…道路损毁 / 停测14天，下年增设备用 /
        监测点位, Foxit: a narrow reason column wrapped over three lines, blind 7431, 7421): the reason's too, where it is
        no longer than that line and nothing of a value, label or field — whatever character it ends on."""
        if len(tokens) != 1 or line is None or self.tail_line is None or line != self.tail_line + 1 or not self.tails \
                or self.tails[-1][0] != len(self.drafts) - 1:
            return False
        text, before = labels.norm(tokens[0]), self.tails[-1][1]
        reason = (self.drafts[-1].fields.get("reason") or "").strip()
        return 2 <= len(text) <= len(before) + 4 and not re.search(r"[。！!]$", reason) and not value_like(text) \
            and not labels.is_level(text) and not labels.known_level(text) and not labels.section_label(text) \
            and labels.header_label(text) is None and not re.search(r"[:：]|^(注|备注|说明|总分|合计|自评|评价)", text)

    def _note_tail(self, cells: list[str]) -> bool:
        """A copy's line placed in its columns whose only text stands in columns past the row's own (指标解释,
        备注): the wrapped rest of the row above's note (实际免疫数/应免疫数 / ×100%), put back there — no
        indicator. True where the line was that."""
        filled = [k for k, t in enumerate(cells) if t]
        if not self.drafts or not filled or cells[0] or len(cells) < len(self.header) - 1 \
                or not all(k < len(self.header) and (self.header[k] or "").startswith("extra:") for k in filled):
            return False
        last = self.drafts[-1].fields
        for k in filled:
            role = self.header[k] or ""
            last[role] = last.get(role, "") + cells[k].strip()
        return True

    def _in_level_columns(self, cells: list[str]) -> bool:
        """A cell-a-line copy's 一级 and 二级 alone, each in its level's column, a side label's column before them empty
        (绩效指标 | 一级指标 | 二级指标 …: | 满意度指标 | 服务对象满意度指标 after the table's last row, blind 5820)."""
        filled = [j for j, c in enumerate(cells) if c]
        stacked = bool(self.between) and self.between[-1][0] == len(self.drafts)  # (labels already given after the
        # last row: 产出指标 / 数量指标 / 质量指标 / … stacked after their rows, blind 6016)
        return self.copied == "cells" and (len(filled) == 2 and len(set(cells[j] for j in filled)) == 2 and sorted(
            (self.header[j] if j < len(self.header) else None) or "" for j in filled) == ["level1", "level2"]
            or stacked and len(filled) == 1 and filled[0] < len(self.header)
            and self.header[filled[0]] in ("level1", "level2"))
        # (a 二级 alone after a page's last row, no label before it there, heads the next page's rows: blind 1052)

    def _floated(self, tokens: list[str]) -> bool:
        """A copy's level label alone on a line, set in from its column: a 一级 between its rows (效益指标（30分） under
        社会效益指标's row), or the next 一级's 二级 printed above its row (服务对象满意度指标 under the 效益指标 rows)."""
        if not self.copied or len(tokens) != 1 or "指标" not in tokens[0] or not labels.known_level(tokens[0]):
            return False
        label = tokens[0]
        if labels.is_level1(label):
            return not labels.is_level2(label) or bool(self.drafts) and labels.implied_level1(
                self.drafts[-1].fields.get("level2", "")) == labels.level_name(label)
        return labels.is_level2(label) and bool(self.drafts) \
            and labels.implied_level1(label) not in (None, labels.level_name(self.level1))

    def _label_and_name(self, tokens: list[str]) -> dict[str, str] | None:
        """A copy's line of a 二级 label and a whole name, nothing else (时效指标 奖励扶助资金发放完成时间): a row whose
        value was left empty (its cell gave the copy nothing) — not a 一级 named by the name."""
        if not self.copied or len(tokens) != 2 or "name" not in self.header:
            return None
        label, name = tokens[0], labels.norm(tokens[1])
        if not labels.known_level(label) or not labels.is_level2(label) or labels.is_level1(label) \
                or labels.is_level(name) or labels.known_level(name) or value_like(name) or len(name) < 6 \
                or name[-1] not in labels.NAME_ENDS or re.search(r"[，,。；;:：]", name):
            return None
        return {"level2": label, "name": tokens[1]}

    def _formula_tail(self, tokens: list[str]) -> bool:
        """A copy's line of one text under a row whose note (指标值说明, 计算公式) stopped inside a ratio, its second
        term begun (查处违规放牧案件数/发现 / 违规放牧案件数): the term's rest, put back into the note — no indicator
        named by it. True where the line was that."""
        if len(tokens) != 1 or not self.drafts:
            return False
        last = self.drafts[-1].fields
        notes = [k for k in last if k.startswith("extra:") and (last[k] or "").strip()]
        if not notes:
            return False
        note, text = last[notes[-1]].strip(), labels.norm(tokens[0])
        begun = re.search(r"[\u4e00-\u9fff]{2,}[/÷]([\u4e00-\u9fff]{1,4})$", note)
        if begun is None or begun.group(1)[-1] in labels.NAME_ENDS or not 2 <= len(text) <= 16 or value_like(text) \
                or labels.is_level(text) or labels.known_level(text) or text[-1] not in labels.NAME_ENDS \
                or re.search(r"[，,。；;:：]", text):
            return False
        last[notes[-1]] = note + text
        return True

    def _name_alone(self, tokens: list[str]) -> dict[str, str] | None:
        """A text row of one cell that reads as an indicator's name (奖励扶助资金发放准确率) under a row that is whole
        (its value given): the indicator, its value left empty — not a 一级 label, nor the tail of the name above."""
        if len(tokens) != 1 or "name" not in self.header or not self.drafts:
            return None
        text = labels.norm(tokens[0])
        last = self.drafts[-1].fields
        if len(text) < 6 or text[-1] not in labels.NAME_ENDS + "次" or labels.is_level(text) or value_like(text) \
                or labels.section_label(text) or re.search(r"[，,。；;:：]", text) or not last.get("value") \
                or not value_like(last["value"]) or self.prose:
            return None
        return {"name": tokens[0]}

    def _starts_at_level1(self, first: str) -> bool:
        """A row that starts with a 一级 label the vocabulary knows (产出指标, 管理指标(30分), a scrambled 出标产指) in a
        table whose first column is the 一级's, one cell short of the header at most (the caller counts): it lost
        nothing at its start. Not a name a 二级 also has (成本指标), which a row that lost its first cell starts with."""
        return self.header[0] == "level1" and not labels.is_level2(first) and not value_like(first) \
            and labels.known_level(first) and labels.is_level1(first)

    @staticmethod
    def _plausible(fields: dict[str, str], kept: bool = False, level2_column: bool = True, leading: bool = False
                   ) -> bool:
        checks = {"level1": labels.is_level1, "level2": labels.is_level2}
        for key, known in checks.items():
            text = fields.get(key, "")
            plausible = known(text) or labels.weight_only(text) if text else True
            plausible = plausible or (not value_like(text) and (labels.level_name(text).endswith("指标") or kept))
            # an evaluation's own dimension (项目预算管理) in the first column of a row that starts there
            plausible = plausible or (key == "level1" and leading and _LABEL_LIKE.fullmatch(text) is not None
                                      and getattr(parse_value(text), "category", None) is None
                                      and not value_like(text)  # (not 较好, 每季度末前: a value, blind 7456)
                                      and not _TREND_END.search(text))  # (nor 较上年下降: a trend, blind 7752)
            plausible = plausible or (key == "level2" and labels.cut_level(text))  # 服务对象满意 / 度指标: a 二级 whose
            # last word a copy wrapped onto the line below
            other = "level2" if key == "level1" else "level1"
            if text and labels.known_level(text) and checks[other](text) and not known(text) and fields.get(other):
                return False  # 社会效益指标 in the 一级 column and a name in the 二级's: the row has shifted (alone
                # there, a 二级 written in the 一级 column: read as such below)
            if not plausible:
                return False
        name, value = fields.get("name", ""), fields.get("value", "")
        if not value and re.match(r"\s*[≥≤=＝<>＜＞]|\s*\d+(\.\d+)?\s*$", name) and fields.get("level2") \
                and not labels.known_level(fields["level2"]):
            return False  # | 水质达标率 | ≥90% one cell short: a name in the 二级 column, the value in the name's
        scored_in_place = kept and not value and (fields.get("weight") or fields.get("score"))
        # a level name in the name column has shifted — unless the table has no 二级 column (指标类型 | 指标名称 |
        # 指标值: its 指标名称 lists the 二级 names) or scores in place (产出质量 | 4 | 4)
        # (in a row that kept its places, only a level name as written: 演出质量 is a name, not 产出质量 misread)
        named_level = labels.is_level(name) and (labels.known_level(name) or not kept)
        if named_level and not value_like(value) and not scored_in_place and level2_column:
            return False  # a level name in the name column: the row has shifted (not a scoring table's 产出质量 | 4 | 4)
        return not labels.known_level(value)  # exactly a level name (影响可持续 is a value, not 可持续影响 scrambled)

    def _by_content(self, tokens: list[str]) -> dict[str, str] | None:
        fields: dict[str, str] = {}
        rest = list(tokens)
        levels: list[str] = []
        while rest and labels.is_level(rest[0]) and len(levels) < 2 and len(rest) > 1:
            levels.append(rest.pop(0))
        if len(levels) == 2:
            fields["level1"], fields["level2"] = levels
        elif levels:
            fields[self._which_level(levels[0])] = levels[0]
        tail = [f for f in self.header[self.header.index("level2") + 1:] if f] if "level2" in self.header else \
            ["name", "value"]
        if len(rest) == 1 and value_like(rest[0]) and "value" in tail:
            fields["value"] = rest[0]
        elif len(rest) <= len(tail):
            fields.update(zip(tail, rest))
        else:
            return None
        return fields

    def _which_level(self, token: str) -> str:
        name = labels.level_name(token)
        starts = labels.cut_levels(name)  # 服务对象满 (/ 意度指标 below): the level whose names it begins, where only
        if len(starts) == 1:  # one's do
            return starts.pop()
        if labels.is_level1(name) and not labels.is_level2(name):
            return "level1"
        if labels.is_level2(name) and not labels.is_level1(name):
            return "level2"
        if self.level2 and labels.implied_level1(self.level2) == name:
            return "level1"  # 成本指标 under 经济成本指标's row: its 一级 (the 2021 scheme), whatever the 一级 above
        head = labels.level_name(self.level1) if not labels.weight_only(self.level1) else ""
        head = head or labels.implied_level1(self.level2) or ""  # ((50分) | 时效指标 | …: the 一级's weight on its own
        # line, or no 一级 read yet — its name printed mid-group, below; the 二级 above says which 一级)
        return "level2" if name in _LEGACY_L2.get(head, ()) else "level1"

    def _locations(self, row: Row, fields: dict[str, str]) -> tuple[Location, Location | None]:
        """Where the indicator's value stands (an empty value: where its column meets the row), and its name."""
        texts = row.texts
        used: set[int] = set()
        spots: dict[str, tuple[int, Location]] = {}
        for key in ("level1", "level2", "name", "value"):
            text = fields.get(key)
            k = texts.index(text) if text and text in texts else -1
            while k >= 0 and k in used:  # the same text in an earlier field's cell: the next one
                k = texts.index(text, k + 1) if text in texts[k + 1:] else -1
            if k >= 0:
                used.add(k)
                spots[key] = (k, row.cells[k].location)
        name_at = spots["name"][1] if "name" in spots else None
        if "value" in spots:
            at = spots["value"][1]
            if name_at is not None and name_at.line is not None and at.line is not None and name_at.line != at.line:
                return name_at, name_at  # (a text row joined from lines: a reviewer calls it by its name's line)
            return at, name_at
        anchor = next((key for key in ("name", "level2", "level1") if key in spots), None)
        if anchor and anchor in self.header and "value" in self.header:
            return spots[anchor][1].shifted(self.header.index("value") - self.header.index(anchor)), name_at
        return row.location, name_at

    @staticmethod
    def _cell_of(row: Row, text: str) -> Location:
        """The cell of one field of a row: the last cell holding its text (a score stands right of the weight),
        else where its column meets the row."""
        for cell in reversed(row.cells):
            if cell.text == text:
                return cell.location
        return row.location

    # -- carrying levels down ----------------------------------------------------------
    def _levels_of(self, fields: dict[str, str]) -> tuple[str, str]:
        """The 一级 and 二级 a row writes (OCR misreads put right), carried to the rows below it."""
        l1 = labels.corrected(fields.get("level1", ""))
        l2 = labels.corrected(fields.get("level2", ""))
        if l1:
            if (labels.level_name(l1) or labels.norm(l1)) != (labels.level_name(self.level1) or labels.norm(self.level1)) \
                    and not self._level1_below_its_rows(l1, fields.get("name", "")) \
                    and not (self.copied and not l2 and self.labels_only is not None and self.labels_only[1] == self.level2
                             and labels.implied_level1(self.level2) == labels.level_name(l1)):
                self.level2 = ""  # (服务对象满意度指标 alone on the line above 满意度指标（10分） | | 养殖户满意度: the
                # label row of its 一级's group, printed a line higher — kept)
            self.level1 = l1
        if l2 and labels.implied_level1(l2) == "成本指标" and labels.level_name(self.level2) == "成本指标" and not l1:
            self._cost_heading()  # 成本指标 alone on a row, then 经济成本指标 …: it was the 一级 (101 scheme)
        if l2:
            self.level2 = l2
        return l1, l2

    def _level1_below_its_rows(self, level1: str, name: str) -> bool:
        """数量指标 | … / 产出指标（50分） | | 特困人员救助供养人数: the 一级 printed below its group's first rows (no 一级
        read before it), the 二级 above its own and going on where the row's words agree."""
        return not self.level1 and bool(self.level2) and labels.implied_level1(self.level2) == labels.level_name(level1) \
            and middle_labels.name_kind(name) in (None, middle_labels.label_kind(self.level2))

    def _place(self, fields: dict[str, str], location: Location, name_at: Location | None = None) -> None:
        if _SLOT.fullmatch(fields.get("name", "")) and parse_value(fields.get("value", "")).kind == "missing" \
                and not (fields.get("weight") and fields.get("score")) \
                and not (getattr(parse_value(fields.get("value", "")), "reason", "") == "模板占位符"
                         and self._group_filled(fields)):  # (指标2: | | | 5 | 5: scored,
            # a row left unfilled; 指标1: | ≥**% under a group's own indicators: the template's row left in, STR-06)
            fields = {k: v for k, v in fields.items() if k not in ("name", "value")}  # an unused slot
        name = fields.get("name", "")
        if "level2" not in self.header and name and labels.known_level(name) and labels.is_level2(name) \
                and not labels.is_level1(name) and not any(v for k, v in fields.items() if k not in ("level1", "name")):
            fields = {**fields, "level2": name, "name": ""}  # 一级指标 | 指标名称 with 质量指标 alone under 指标名称
            self.level2_rows = True                          # (浙江): a 二级 group row; the table has its 二级
        l1, l2 = self._levels_of(fields)
        draft = Draft(fields, location, l1_explicit=bool(l1), l2_explicit=bool(l2), name_location=name_at)
        fields["level1"], fields["level2"] = self.level1, self.level2
        if _SLOT_NAME.fullmatch(labels.norm(fields.get("name", ""))) \
                and not any(fields.get(k) for k in ("value", "actual", "score", "weight")) \
                and any((d.fields.get("level1"), d.fields.get("level2")) == (self.level1, self.level2) for d in self.drafts):
            fields["name"] = ""  # 指标2: and nothing else beside its group's indicator: the template's unused slot (the
            # group's only row, 指标1 with no value, is its indicator left unfilled: STR-06)
        if not fields.get("name") and not fields.get("value"):
            self._settle_labels()
            self.empty_groups.append((self.level1, self.level2, location, self.block))
            weight, score = _decimal(fields.get("weight")), _decimal(fields.get("score"))
            if self.level1 and labels.known_level(self.level2) and labels.is_level2(self.level2) \
                    and (weight is not None or score is not None):  # (not | 预算执行率 | | 10 | 10: the funds' own)
                self.group_points.append((self.block, self.level1, self.level2, weight, score))
            return
        if self._continues_name(fields) or self._rate_rest(fields, location):
            return
        if self.labels_only and labels.level_name(self.level2) == labels.level_name(self.labels_only[1]):
            self.labels_only = None  # the label row heads this indicator
        self._settle_labels()
        self.drafts.append(draft)

    def _group_filled(self, fields: dict[str, str]) -> bool:
        """The group of the row being placed has an indicator already (a row naming another 二级 starts its own)."""
        own = labels.corrected(fields.get("level2", ""))
        if own and (labels.level_name(own) or labels.norm(own)) != (labels.level_name(self.level2) or labels.norm(self.level2)):
            return False
        if fields.get("level1", "").strip():
            return False
        return any((d.fields.get("level1"), d.fields.get("level2")) == (self.level1, self.level2) for d in self.drafts)

    def _continues_name(self, fields: dict[str, str]) -> bool:
        """农村公路优良中等路率(按2024年 on a row with nothing else, 路况自动化检测结果) | ≥85% on the next: one name
        broken over two rows (a Word cell typed with a line break as a new row); the rows are one indicator."""
        if not self.drafts:
            return False
        last = self.drafts[-1].fields
        before, name = last.get("name", ""), fields.get("name", "")
        if (last.get("level1"), last.get("level2")) != (fields.get("level1"), fields.get("level2")) \
                or _open_brackets(before) <= 0 or _open_brackets(name) >= 0 \
                or any(v for k, v in last.items() if k not in ("level1", "level2", "name")):
            return False
        last["name"] = before + name
        for key, text in fields.items():
            if text and not last.get(key):
                last[key] = text
        return True

    def _rate_rest(self, fields: dict[str, str], location: Location) -> bool:
        """秸秆机械化还田作业质量 | ≥95% / 抽检合格率 alone on the copy's next line: a rate's name wrapped after a word
        that measures nothing in per cent (…质量), its rest a rate with no value of its own — one name."""
        if not self.copied or not self.drafts:
            return False
        last, name = self.drafts[-1], fields.get("name", "").strip()
        before, value = last.fields.get("name", "").strip(), parse_value(last.fields.get("value", ""))
        if not 2 <= len(name) <= 6 or not name.endswith("率") or labels.is_level(name) \
                or any(v.strip() for k, v in fields.items() if k not in ("level1", "level2", "name")) \
                or getattr(value, "unit", None) != "%" or re.search(r"(率|比例|比重|占比|度|系数|指数)$", before) \
                or (location.line or 0) != (last.location.line or 0) + 1 or len(before) < 4:
            return False
        last.fields["name"] = before + name
        return True

    def _content_wins(self) -> None:
        """A column headed as one thing that holds another's vocabulary takes that role: 指标类型 full of 一级
        names is the 一级, a 指标名称 full of 二级 names (where no column is headed 二级) the 二级."""
        if not self.drafts:
            return
        for level, known in (("level1", labels.is_level1), ("level2", labels.is_level2)):
            if any(d.fields.get(level) for d in self.drafts):
                continue
            for key in ("nature", "name") + tuple(k for k in self.drafts[0].fields if k.startswith("extra:")):
                values = [d.fields.get(key, "") for d in self.drafts]
                filled = [v for v in values if v]
                if len(filled) >= 2 and sum(1 for v in filled if known(v)) >= 0.6 * len(filled):
                    for d in self.drafts:
                        if known(d.fields.get(key, "")):
                            d.fields[level], d.fields[key] = d.fields[key], ""
                    if level not in self.header:
                        self.header = [*self.header, level]
                    break

    def _points_swapped(self) -> None:
        """A copy's header that puts 得分 before 分值 (-layout: 得 / 分 over two lines drawn a little left of 分值)
        where no template does: if every row's figure read as its score is at least the one read as its weight, and
        one is more, the labels were placed a column off — the first column is the points, the second the score."""
        if "weight" not in self.header or "score" not in self.header \
                or self.header.index("score") > self.header.index("weight"):
            return
        pairs = [(d, Decimal(d.fields["weight"]), Decimal(d.fields["score"])) for d in self.drafts
                 if _bare(d.fields.get("weight")) and _bare(d.fields.get("score"))]
        if len(pairs) < 2 or any(score < weight for _, weight, score in pairs) \
                or not any(score > weight for _, weight, score in pairs):
            return
        for d in self.drafts:
            d.fields["weight"], d.fields["score"] = d.fields.get("score", ""), d.fields.get("weight", "")

    def _comparator_wins(self) -> None:
        """Several 指标性质-like columns (指标性质 正向 | 指标方向 大于等于, 内蒙古; 指标方向性 大于等于 | 指标值类型 定量,
        浙江): the nature is the one whose cells are comparators, else the one filled most."""
        keys = dict.fromkeys(k for d in self.drafts for k in d.fields
                             if k.startswith("extra:") and labels.column_field(k[6:]) == "nature")
        if not keys:
            return

        def weight(key: str) -> tuple[int, int]:
            cells = [d.fields.get(key, "").strip() for d in self.drafts]
            return sum(1 for c in cells if _COMPARATOR_ONLY.fullmatch(c)), sum(1 for c in cells if c)
        best = max(["nature", *keys], key=weight)
        if best != "nature":
            for d in self.drafts:
                d.fields["nature"], d.fields[best] = d.fields.get(best, ""), d.fields.get("nature", "")

    def _cost_heading(self) -> None:
        """The 成本指标 read as a 二级 heads 经济/社会/生态环境成本指标: it is their 一级, not an empty group."""
        self.empty_groups = [g for g in self.empty_groups if not (labels.level_name(g[1]) == "成本指标"
                                                                 and g[3] == self.block)]
        if self.labels_only is not None and labels.level_name(self.labels_only[1]) == "成本指标":
            self.labels_only = None
        self.level1 = self.level2 or "成本指标"

    def _has_level2(self) -> bool:
        """A 二级 column in the header, or 二级 names on group rows of their own (浙江)."""
        return "level2" in self.header or self.level2_rows

    def _weights_from_labels(self) -> None:
        """A table with no 分值 column whose 二级 labels carry the points (质量指标(20分), 江苏): a 二级 with one
        indicator gives it its points, as a 分值 cell on its row would."""
        if "weight" in self.header:
            return
        count = Counter((d.fields.get("level1", ""), d.fields.get("level2", "")) for d in self.drafts)
        if any(n > 1 for n in count.values()) and not {"actual", "score"} & set(self.header):
            return  # a target form's 二级 of several rows: its points are the group's, and a weight on only some
            # rows would make EVAL-01 add up part of the table (a self-evaluation scores every row, so it waits)
        for d in self.drafts:
            key = (d.fields.get("level1", ""), d.fields.get("level2", ""))
            points = labels.level_weight(key[1]) if key[1] else None
            if points is not None and count[key] == 1 and not d.fields.get("weight"):
                d.fields["weight"] = str(points)

    def _prose_names(self) -> bool:
        """A table with no value column whose 三级 cells are sentences (学校绿化覆盖达70%,优化校园生态环境。): what each
        二级 promises, written out; read as the 二级's value with no 三级 name, as a 二级 cell of prose is."""
        if self.names_as_values:
            return True
        if {"value", "actual", "score", "weight"} & set(self.header) or self.places:
            return False
        names = [d.fields.get("name", "") for d in self.drafts]
        if len(names) < 2 or sum(1 for n in names if len(n) >= 15 and labels.SENTENCE.search(n)) < 0.6 * len(names):
            return False
        for d in self.drafts:
            d.fields["value"], d.fields["name"] = d.fields.get("name", ""), ""
        self.header = [*self.header, "value"] if "value" not in self.header else self.header
        self.prose = self.names_as_values = True
        return True

    def _moved_level1(self) -> None:
        """A 一级 read into the 二级's place (产出指标(50分) | 农村集中供水水质达标率 | ≥90% …, its blank 二级 cell
        dropped by the copy; the 一级 of the 二级 above it, not 成本指标 after 时效指标 in the older scheme): the row's
        一级 label, its 二级 the row above's, before labels are centred."""
        above = ""
        for d in self.drafts:
            f = d.fields
            if d.l2_explicit and not d.l1_explicit and labels.known_level(f["level2"]) and labels.is_level1(f["level2"]) \
                    and labels.implied_level1(above) == labels.level_name(f["level2"]):
                f["level1"], f["level2"] = f["level2"], above
                d.l1_explicit, d.l2_explicit = True, False
            above = f["level2"]

    def _implied_heads(self) -> None:
        """A row whose 一级 was carried down, not printed on it, under a 二级 that belongs to another 一级 (社会效益指标
        rows under the 产出指标 of the rows above, its 效益指标 printed lines below — a merged cell parted by a page
        break, centred in the part on each page): the 一级 its 二级 says, as the table prints that 一级."""
        printed = {labels.level_name(d.fields.get("level1", "")): d.fields["level1"] for d in self.drafts
                   if d.fields.get("level1") and labels.level_name(d.fields["level1"])}
        for d in self.drafts:
            f = d.fields
            implied = labels.implied_level1(f.get("level2", "")) if f.get("level2") else None
            if d.l1_explicit or not implied or labels.level_name(f.get("level1", "")) in ("", implied) \
                    or implied not in printed:
                continue
            f["level1"] = printed[implied]

    def _placed_groups(self) -> None:
        """A 二级 label alone on a line between two rows that the labels' split gave to the rows beside it (质量指标 between
        …验收合格率 and 产出指标 | 脱毒柠檬种苗合格率): a group with its rows, not one left empty."""
        placed = {line for at, key, label, line in self.between if key == "level2" and any(
            0 <= k < len(self.drafts) and self.drafts[k].fields.get("level2") == label for k in range(at + 1))}
        # (or to rows further up: labels stacked after the last of their groups, blind 5898)
        self.empty_groups = [g for g in self.empty_groups if g[2].line not in placed]

    def _settle_labels(self) -> None:
        """A label row that no indicator row took is an empty group."""
        if self.labels_only is not None:
            self.empty_groups.append(self.labels_only)
            self.labels_only = None

    def _label_row(self, tokens: list[str], location: Location) -> None:
        keys = ("level1", "level2") if len(tokens) == 2 else (self._which_level(tokens[0]),)
        self.between.extend((len(self.drafts), key, token, location.line) for key, token in zip(keys, tokens))
        if len(tokens) == 2:
            self._settle_labels()
            self.level1, self.level2 = tokens
            self.labels_only = (tokens[0], tokens[1], location, self.block)
            return
        token = tokens[0]
        if self._which_level(token) == "level2":
            self._settle_labels()
            self.level2 = token  # 可持续影响指标 alone on its row: its rows below, or none (an empty group)
            self.labels_only = (_implied(self.level1, token), token, location, self.block)
            return
        for draft in reversed(self.drafts):  # a floating 一级 heads the rows around it
            if draft.l1_explicit:
                break
            current = draft.fields["level1"]
            if current and not self._belongs_to(draft.fields["level2"], token, current):
                break
            implied = labels.implied_level1(draft.fields["level2"]) if draft.fields["level2"] else None
            if not current and implied and labels.known_level(token) and labels.level_name(token) != implied:
                break  # 满意度指标 alone at the end of a cut table is not the 一级 of the 数量指标 rows above it
            draft.fields["level1"] = token
        self.level1 = token
        if self.drafts:
            self.drafts[-1].l1_explicit = True

    @staticmethod
    def _belongs_to(level2: str, new: str, current: str) -> bool:
        fits = _LEGACY_L2.get(labels.level_name(new))
        old = _LEGACY_L2.get(labels.level_name(current))
        implied = labels.implied_level1(level2) if level2 else None  # (社会效益指标 under 产出指标 carried down, 效益指标
        # printed below it: 效益's)
        return bool(fits and level2 in fits and not (old and level2 in old)) \
            or bool(implied and implied == labels.level_name(new) != labels.level_name(current))

    def mark_cut(self, location: Location) -> str | None:
        """The row read at `location` is the last of a partial file and may be cut off: an indicator stays
        one (its name shows) but what the cut may have taken is not judged; a label row is dropped."""
        self._settle_labels()  # a 一级 | 二级 row alone at the end: its indicators were cut off
        self._prose_names()  # sentences under 指标内容 are values: a cut takes no value from the rows above
        cut = [d for d in self.drafts if d.location.number() == location.number()]
        last = max((d.location.number() or 0 for d in self.drafts), default=0)
        ends = any(g[2].number() == location.number() for g in self.empty_groups)
        # the label rows that end the file after its last indicator: their indicators were cut off
        groups = [g for g in self.empty_groups if (g[2].number() or 0) > last] if ends else []
        if groups and labels.cut_level(groups[-1][1]) and groups[-1][2].number() == location.number():
            groups = groups[-1:]  # 社会成本指标 / 生态环境成本指标 / 数量指 (the file's end): the label cut short is the
            # cut; the whole labels above it are groups the form left empty (STR-04)
        if not cut and not groups:
            return None
        label = [d for d in cut if labels.cut_level(d.fields.get("name", "")) and not d.fields.get("value")]
        self.drafts = [d for d in self.drafts if d not in label]  # a 二级 label cut short (社会公众或服务对象满意度指)
        cut = [d for d in cut if d not in label and not self._complete(d)]
        if not cut and not groups and not label:
            return None  # a whole last row: nothing was cut off
        for d in cut:
            d.cut = True
        if cut or label:  # the rows just above the cut with no value at all: the cut took their values too
            for d in sorted((d for d in self.drafts if (d.location.number() or 0) < (location.number() or 0)),
                            key=lambda d: d.location.number() or 0, reverse=True):
                if any(v for role, v in d.fields.items() if role not in ("level1", "level2", "name")):
                    break  # a value, a score, a county's target: not cut
                d.cut = True
        self.empty_groups = [g for g in self.empty_groups if g not in groups]
        return " | ".join(v for d in cut for v in d.fields.values() if v) or " | ".join(g[1] for g in groups) or "（空）"

    def _complete(self, draft: Draft) -> bool:
        """A row that holds its value and every cell after it that the header names: not cut off."""
        value = draft.fields.get("value")
        if not value or self.prose or _COMPARATOR_ONLY.fullmatch(value.strip()):
            return False  # nothing, or a comparator whose number the cut took (≧)
        parsed = parse_value(value)
        others = [d.width for d in self.drafts if d is not draft and d.width]
        missing = {r for r in self.header[draft.width:] if r}
        unitless = parsed.kind in ("deadline", "period") or bool(getattr(parsed, "unit", None))
        if missing <= {"unit"} and unitless and draft.width and getattr(parsed, "unit_kind", None) != "unknown":
            return True  # 2019年1月-2019年12月 with its 计量单位 cell left off: a date needs none
        if others and draft.width < min(others) and draft.width < len(self.header):
            return False  # …| ≥500份 where every row above went on to 分值 | 指标解释: the rest was cut
        after = self.header[self.header.index("value") + 1:] if "value" in self.header else []
        if "unit" not in self.header and parsed.kind == "quantity" and not getattr(parsed, "unit", None):
            return False  # a bare number where the value carries its unit: cut inside it (15 of 15元/人)
        if getattr(parsed, "unit_kind", None) == "unknown":
            return False  # 20次以 (of 20次以上): a unit no table knows, cut inside its wording
        return all(draft.fields.get(role) for role in after if role in ("unit", "actual"))

    # -- result --------------------------------------------------------------------------
    def _names_back(self) -> None:
        """A line taken as a reason's rest that was the first line of the next row's name (项目区农田灌溉水有效利用 /
        系数 ≥0.55 …: the row below named by a piece no name is): the name's."""
        for k, piece in reversed(self.tails):
            if k + 1 >= len(self.drafts):
                continue
            below, above = self.drafts[k + 1].fields, self.drafts[k].fields
            name = below.get("name", "").strip()
            if len(name) <= 3 and not value_like(name) and above.get("reason", "").endswith(piece):
                above["reason"] = above["reason"][:-len(piece)]
                below["name"] = piece + name

    def _names_wrapped_down(self) -> None:
        """A copy a visual line a line (Foxit, Edge): a row's name stopped short of a name's end with no value, and the
        line below it the name's rest and the row's value, no label of its own (可持续影响指标 | 残疾人康复服务 /
        体系运行情况 | 长期稳定运行): one row, called by its first line."""
        if self.copied != "spaced":
            return
        k = 0
        while k + 1 < len(self.drafts):
            above, below = self.drafts[k], self.drafts[k + 1]
            name, rest = above.fields.get("name", "").strip(), below.fields.get("name", "").strip()
            if name and rest and not any(v.strip() for key, v in above.fields.items() if key not in ("level1", "level2", "name")) \
                    and below.fields.get("value", "").strip() and not below.l1_explicit and not below.l2_explicit \
                    and above.l2_explicit and "actual" not in self.header \
                    and (below.location.line or 0) - (above.location.line or 0) == 1 and len(name) >= 4 \
                    and name[-1] not in labels.NAME_ENDS and 2 <= len(rest) <= 8 and not labels.is_level(rest) \
                    and re.fullmatch(r"[\u4e00-\u9fff（）()]+", rest) is not None:
                for key, v in below.fields.items():
                    if key not in ("level1", "level2", "name") and v.strip():
                        above.fields[key] = v
                above.fields["name"] = name + rest
                del self.drafts[k + 1]
                self.between = [(at - (at > k + 1), key, label, line) for at, key, label, line in self.between]
            k += 1
        self._names_begun_as_level1()

    def _names_begun_as_level1(self) -> None:
        """茶园绿色防控技术 / 覆盖面积 | ≥20万亩 (a visual-line copy): the name's first line alone, read as a 一级 no
        vocabulary knows, its rest with the value below — one name under the group above."""
        for k in range(1, len(self.drafts)):
            row = self.drafts[k]
            piece, rest = row.fields.get("level1", "").strip(), row.fields.get("name", "").strip()
            if row.l2_explicit or self.drafts[k - 1].fields.get("level1") == piece \
                    or not re.fullmatch(r"[\u4e00-\u9fff（）()]{4,16}", piece) or labels.known_level(piece) \
                    or labels.is_level(piece) or piece[-1] in labels.NAME_ENDS or not 2 <= len(rest) <= 8 \
                    or rest[-1] not in labels.NAME_ENDS or not row.fields.get("value", "").strip() \
                    or not 0 < (row.location.line or 0) - (self.drafts[k - 1].location.line or 0) <= 2:
                continue
            kept = self.drafts[k - 1].fields
            row.fields["name"], row.l1_explicit = piece + rest, False
            self.empty_groups = [g for g in self.empty_groups if not (g[0] == piece and not g[1])]
            for later in self.drafts[k:]:  # (and the rows below that took it as their 一级)
                if later.fields.get("level1") != piece or later is not row and later.l1_explicit:
                    break
                later.fields["level1"] = kept.get("level1", "")
                if not later.l2_explicit:
                    later.fields["level2"] = kept.get("level2", "")

    def place_labels(self) -> None:
        """Give each row the 一级 and 二级 of its group, from labels on its own row, carried down or printed mid-group
        (before page_edges looks across page breaks, and before the indicators are built)."""
        if self.placed is not None:
            return
        self._names_back()
        self._names_wrapped_down()
        self._settle_labels()
        text = bool(self.drafts) and self.drafts[0].location.sheet is None and self.drafts[0].location.table is None
        self.placed = False  # the 二级s given by labels printed mid-group
        continued = self.continued and self.copied not in ("cells", "spaced", "laid")  # (a typed or converted
        # table's header repeated over the next page: its first rows carry the last group, labels on first rows)
        if text and self.whole and not self.from_content and not self.prose and not continued:  # labels a PDF printed on their groups'
            self._weights_below_labels()
            self._moved_level1()
            self.placed = middle_labels.regroup(self.drafts, self.between)  # middle rows (a workbook's or a document's merged cells keep theirs
            # on the first row; a table cut above its first rows lost their labels)
            if self.placed:
                self._placed_groups()
            elif self.copied and not self.between:
                middle_labels.costs_before_their_label(self.drafts)  # (a typed form's cost under 时效 is its own slip)
            if self.copied and self.between:
                middle_labels.costs_above_their_label(self.drafts, self.between)
            self.laid_labels = self.copied in ("cells", "spaced", "laid")  # (a converter's table keeps its merged 一级
            # on its first row)

    def _cost_under_output(self) -> None:
        """Rows under 成本指标 as a 一级 with no 二级, in a table that gives no 二级 of that 一级 (经济成本指标 …) but
        has 产出指标's: the older scheme's 成本指标, a 二级 under 产出指标, read in the 一级's column (a copy's label
        placed by its position: 3281's page 2)."""
        costs = [d for d in self.drafts if labels.level_name(d.fields.get("level1", "")) == "成本指标"
                 and not d.fields.get("level2")]
        output = next((d.fields["level1"] for d in self.drafts
                       if labels.level_name(d.fields.get("level1", "")) == "产出指标"), None)
        if not costs or output is None or any(labels.implied_level1(d.fields.get("level2", "")) == "成本指标"
                                               for d in self.drafts):
            return
        for d in costs:
            d.fields["level2"], d.fields["level1"] = d.fields["level1"], output

    def _weights_below_labels(self) -> None:
        """A copy's 一级 label on a row's line and its weight on the next row's ((30分) | 较大及以上事故起数 under 效益指标 |
        社会效益指标 | …): the label's weight, no label of the row (its group placed as the labels' centres say)."""
        for above, row in zip(self.drafts, self.drafts[1:]):
            label = above.fields.get("level1", "")
            key = next((k for k, explicit in (("level1", row.l1_explicit), ("level2", row.l2_explicit))
                        if explicit and labels.weight_only(row.fields.get(k, ""))), None)
            if key is None or not above.l1_explicit or not labels.is_level1(label) or labels.level_weight(label) is not None \
                    or not 1 <= (row.location.line or 0) - (above.location.line or 0) <= 2:
                continue  # (or two lines below: 效益 / 指标 / （30分） down a wrapped 一级 beside two one-line rows, 5885)
            weight = row.fields[key].strip()
            above.fields["level1"], row.fields["level1"], row.l1_explicit = label + weight, "", False
            if key == "level1" and not row.fields.get("level2") and not row.l2_explicit:
                row.fields["level1"], row.fields["level2"] = label + weight, above.fields.get("level2", "")  # (the
                # row under the 一级 its weight was printed beside, its 二级 carried down)
            if key == "level2":  # (the weight read into the 二级's place, the row's cells short: its 二级 the one above)
                row.fields["level2"], row.l2_explicit = above.fields.get("level2", ""), False

    def indicators(self) -> list[Indicator]:
        self.place_labels()
        centred = bool(self.placed)
        text = bool(self.drafts) and self.drafts[0].location.sheet is None and self.drafts[0].location.table is None
        if self.laid_labels:  # 社会效益指标 under a converter's 一级 is the form's own slip, STR-02's
            self._implied_heads()
        self.empty_groups = [(_implied(l1, l2), l2, loc, block) for l1, l2, loc, block in self.empty_groups
                             if not (text and labels.weight_only(l2 or l1) and (not l2 or not l1 or labels.known_level(l1)))]
        # (a copy's （50分） alone on a line among a 一级's rows: its label's weight, broken off, no group)
        self._cost_under_output()
        self._content_wins()
        self._comparator_wins()
        if text:
            self._points_swapped()
        flat = "level1" not in self.header and not self._has_level2()
        if flat and self.drafts:  # no 一级/二级 columns at all (a 部门整体 list): said once, not per row
            first = self.drafts[0].location
            self.problems.append(problem("FORM-03", first, n=first.number(), case="flat", content=""))
        if self.drafts and self._prose_names():
            first = self.drafts[0].location  # 一级 | 二级 | 指标内容 holding sentences: each 二级's text is its value
            self.problems.append(problem("FORM-03", first, n=first.number(), case="prose", content=""))
        elif self.drafts and not {"value", "actual", "score", "weight"} & set(self.header) and not self.places:
            first = self.drafts[0].location  # 一级 | 二级 | 三级 | 说明 | 期望: no column is the value's; said
            self.problems.append(problem("FORM-03", first, n=first.number(), case="no_value", content=""))
        one_level = not flat and not self._has_level2() and all(d.fields.get("level1") for d in self.drafts)
        if one_level and self.drafts:  # 绩效指标分类 | 绩效指标: a 一级 on every row and no 二级 column, said once
            first = self.drafts[0].location
            self.problems.append(problem("FORM-03", first, n=first.number(), case="no_level2", content=""))
        if not self.places and len(self.drafts) >= 2:  # 南平市目标值 | 延平区 | 建阳区 | …: a target per place in
            valued = [k[6:] for k in dict.fromkeys(k for d in self.drafts for k in d.fields if k.startswith("extra:"))
                      if _PLACE.fullmatch(k[6:])
                      and sum(1 for d in self.drafts if value_like(d.fields.get(k, ""))) >= 0.6 * len(self.drafts)]
            if len(valued) >= 2:  # columns of their own, the first the value's: only it is checked, and that is said
                self.places = valued
        if self.places and self.drafts:
            first = self.drafts[0].location
            self.problems.append(problem("FORM-03", first, n=first.number(), case="places",
                                         content="、".join(self.places)))
        self._weights_from_labels()
        out = []
        above: dict[str, str] = {}
        for d in self.drafts:
            f = d.fields
            inside = f["level1"] and not f["level2"] and d.l1_explicit and not d.l2_explicit
            moved = not f["level1"] and f["level2"] and d.l2_explicit and labels.known_level(f["level2"]) \
                and labels.is_level1(f["level2"])  # (a viewer dropped its blank: the 一级 in the 二级's place)
            if (inside or moved) and above.get("level2") and not centred \
                    and labels.implied_level1(above["level2"]) == labels.level_name(f["level1"] or f["level2"]):
                f["level1"], f["level2"] = f["level1"] or f["level2"], above["level2"]  # 产出指标 | 资金拨付完成时间
                # under 时效指标 | …: a 一级 printed inside its group (a PDF's merged cell off its middle row), the
                # row's 二级 the one above
            if labels.level_name(f["level2"]) == "成本指标" and not d.l2_explicit and above.get("level2") \
                    and labels.level_name(above.get("level1", "")) == "成本指标" \
                    and labels.implied_level1(above["level2"]) == "成本指标":
                f["level1"], f["level2"] = above["level1"], above["level2"]  # 成本指标 | 粘虫色板… / 技术培训成本: the
                # 一级 of the 2021 scheme carried down as a 二级 under the 经济成本指标 row above, not the older scheme's
            if self.copied and above.get("level2") and 0 < len(f["level2"]) <= 3 and not labels.known_level(f["level2"]) \
                    and labels.known_level(above["level2"] + f["level2"]):
                f["level2"] = above["level2"] = above["level2"] + f["level2"]  # 服务对象满意度 | … / （10分） | 指标 | 村民
                # 满意度 | …: the 二级's last word on the next row's line, both rows under it
            above = f
            if f["level1"] and not f["level2"] and labels.known_level(f["level1"]) \
                    and labels.is_level2(f["level1"]) and not labels.is_level1(f["level1"]):
                f["level1"], f["level2"] = "", f["level1"]  # 服务对象满意度指标 in the 一级 column, its 二级 empty
            f["level1"] = _implied(f["level1"], f["level2"])
            if f["level1"] and not f["level2"] and self._has_level2():
                f["level2"] = labels.lone_level2(f["level1"]) or ""  # 满意度指标 merged across both level columns
            if (not f["level1"] or not f["level2"]) and not flat and not one_level:
                self.problems.append(problem("FORM-03", d.location, n=d.location.number(),
                                             content=" | ".join(v for v in f.values() if v), case="levels"))
            if self.copied and f.get("unit") and "unit" in self.header:
                self._unit_shifted(f)
            elif self.copied and f.get("value") and "unit" in self.header and _COMPARATOR_ONLY.fullmatch(
                    (f.get("nature") or "").strip()) and _bare_unit(f["value"]):
                f["unit"], f["value"] = f["value"], ""  # 推广主导品种 ≥ 个: a copy that dropped the empty 指标值 cell
                # between the comparator and the unit (runs one space apart) — the unit is the unit's, the value empty
            if self.copied and f.get("value") and "value" in self.header:
                self._note_for_value(f)
            if self.copied and f.get("value") and not f.get("score"):
                self._value_cell_dropped(f)
            extras = tuple((k, v) for k, v in f.items() if k.startswith("extra:"))
            out.append(Indicator(level1=f["level1"], level2=f["level2"], name=f.get("name", ""),
                                 raw=f.get("value", ""), location=d.location, nature=f.get("nature"),
                                 unit_cell=_unit_cell(f.get("unit")), block=self.block, extras=extras,
                                 weight=_decimal(f.get("weight")), actual=_with_unit(f.get("actual"), f.get("actual_unit")),
                                 score=_decimal(f.get("score")), reason=f.get("reason"),
                                 uncertain="truncated" if d.cut else None,
                                 name_location=d.name_location if d.name_location != d.location else None,
                                 score_location=d.score_location))
        return out


_UNDER_ACTUAL = {"value": "actual", "unit": "actual_unit", "nature": "extra:实际完成值符号"}


def _labelled(text: str) -> bool:
    """A level's, the table's side or a header field's label: no piece of a row's cell."""
    return labels.is_level(text) or labels.known_level(text) or bool(labels.section_label(text)) \
        or labels.header_label(text) is not None


def _bare(text: str | None) -> bool:
    """A bare number (10, 9.5): a weight or a score, no value."""
    return re.fullmatch(r"\d+(\.\d+)?", (text or "").strip()) is not None


def _with_unit(actual: str | None, unit: str | None) -> str | None:
    """A result with its unit from a unit column of its own (8652 | 户)."""
    unit = _unit_cell(unit)
    if not actual or not unit or not re.search(r"\d$", actual.strip()):
        return actual
    return actual.strip() + unit.strip()


def _open_brackets(text: str) -> int:
    """Brackets opened and not closed in a name (closed and never opened: below zero)."""
    return sum(text.count(c) for c in "(（") - sum(text.count(c) for c in ")）")


_COMPARATOR_ONLY = re.compile(r"[≥≤≧≦＞＜><=＝﹦═]+|大于等于|小于等于|不低于|不少于|不高于|不超过|大于|小于")


_UNIT_LIKE = re.compile(r"[万千百亿]?(吨|米|元|个|人|次|户|亩|公里|平方|立方|台|套|件|座|所|项|家|辆|瓦|千瓦|标准|小时|天|册|份|张)")


def _bare_unit(text: str) -> bool:
    """A unit alone, no figure (个, 万元/个, 户): what a 度量单位 cell holds."""
    t = text.strip()
    return 0 < len(t) <= 6 and not re.search(r"\d", t) and lookup(t).kind not in (None, "unknown")


def _unit_cell(text: str | None) -> str | None:
    """The unit column's cell; a dash or a slash there (- , /, 无) says the value has no unit of its own."""
    return None if text is None or labels.dashed(text) or text.strip() == "无" else text


_TREND_END = re.compile(r"(上升|下降|增加|减少|提高|降低|增长|提升|改善|好转)$")  # a value's trend, no dimension's name


def _weights_joined(cells: list[str]) -> list[str]:
    """A row's cells with a weight alone ((50分)) joined to the level's label before it that has none."""
    out: list[str] = []
    for t in cells:
        if out and labels.weight_only(t) and labels.known_level(out[-1]) and labels.level_weight(out[-1]) is None:
            out[-1] = out[-1] + t.strip()
        else:
            out.append(t)
    return out


def _name_tail_last(cells: list[str], header: list[str | None] | None = None) -> list[str]:
    """An Acrobat line whose name's second line came out after the row's other cells (社会效益指标 | 乡村小规模学校教 |
    ≤5% | 7.2% | 15 | 15 | 部分教师考调进城… | 师流失率, blind 5555): the tail back on the name — a short last piece that
    ends as a name ends, the name (the first cell after the level labels, before the first value) cut where no name
    ends. A target form whose value is its last column: the tail right after the value (设备故障修复平均 | ≤48小时 | 用时,
    blind 5795)."""
    last_value = bool(header) and header[-1] == "value" if header else False
    if len(cells) < (3 if last_value else 5):
        return cells
    tail = cells[-1].strip()
    at = next((k for k, c in enumerate(cells) if c.strip() and not labels.known_level(c) and not labels.weight_only(c)),
              None)
    ends = labels.NAME_ENDS + ("时" if last_value else "")
    if at is None or at + (1 if last_value else 2) >= len(cells) - 1 or not re.fullmatch(r"[\u4e00-\u9fff]{1,6}", tail) \
            or tail[-1] not in ends or labels.known_level(tail) or lookup(tail).kind not in (None, "unknown"):
        return cells
    name, after = cells[at].strip(), cells[at + 1].strip()
    if not re.fullmatch(r"[\u4e00-\u9fff（）()、]{2,}", name) or name[-1] in labels.NAME_ENDS \
            or not value_like(after) or not re.search(r"\d", after):
        return cells
    return [*cells[:at], name + tail, *cells[at + 1:-1]]


def _cut_pieces_joined(cells: list[str]) -> list[str]:
    """A viewer's line whose cells wrapped inside it, each piece a space apart, where a piece is surely the end of the
    one before (生态效益 | 指标: a level's label; 2022年6月 | 30日前: a date's day; ≥2个 | 百分点: a unit's end; blind
    5533): the two joined."""
    out: list[str] = []
    for text in cells:
        head = out[-1].strip() if out else ""
        tail = text.strip()
        level = labels.known_level(head + tail) and (labels.cut_level(head) or labels.known_level(head)
                                                      and not head.endswith("指标") and not labels.known_level(tail)) \
            and not (re.fullmatch(r"\d+(\.\d+)?", tail) and sum(1 for o in out[:-1] if labels.known_level(o)) >= 2)
        # (满意度指标 | 服务对象满意度指标 | 服务对象满意度 | 10: a 一级 and a 二级 before it, the third the row's name —
        # one that reads as a level's — and 10 its points, no weight of a label, blind 7765)
        bound = re.search(r"\d\s*[日号]$|[月年]底$", head) is not None and re.fullmatch(r"(之|以)?前|为?止", tail) is not None
        # (每月10日 | 前: a deadline's bound; 达成年度 | 指标: a result's set phrase, blind 8017)
        said = re.fullmatch(r"(已|基本|全面)?(达成|完成|达到|实现)年度(指标|目标)值?", head + tail) is not None \
            and tail in ("指标", "目标", "指标值")
        if head and tail and (level or bound or said or spaced.day_after(head, tail) or spaced.unit_cut(head, tail)):
            out[-1] = head + tail
        else:
            out.append(text)
    return out


def _name_pieces_counted(cells: list[str], header: list[str | None]) -> list[str]:
    """A self-evaluation's viewer line one cell longer than its columns from the name to the 得分, its last two cells
    the 分值 and 得分 and no reason after them (非遗项目保护传承 | 长效机制 | 建立 | 已建立 | 15 | 15, blind 5743): the
    name wrapped inside the line, its two pieces one name."""
    if not {"name", "weight", "score"} <= set(header) or header.index("score") < header.index("name"):
        return cells
    roles = header[header.index("name"):header.index("score") + 1]
    span = len(roles)
    levels = 0
    while levels < len(cells) and labels.known_level(cells[levels]):
        levels += 1
    rest = cells[levels:]
    reasoned = "reason" in header[header.index("score") + 1:]  # (…服务 | 覆盖率 | 10 | ≥85% | 80.4% | 9.46 | 部分偏远…:
    # the 分值 before the value, a reason after the 得分, its pieces read later; blind 8063)
    joined = [rest[0] + rest[1], *rest[2:]] if len(rest) >= 2 else rest
    if not (len(rest) == span + 1 or reasoned and len(rest) > span + 1) \
            or not all(re.fullmatch(r"\d+(\.\d+)?", joined[k].strip()) for k, r in enumerate(roles) if r in ("weight", "score")) \
            or len(rest) > span + 1 and re.fullmatch(r"\d+(\.\d+)?", joined[span].strip()):
        return cells
    first, second = rest[0].strip(), rest[1].strip()
    if re.search(r"指标|^标$|[（(]$", first) or labels.cut_level(first) or labels.known_level(first):
        return cells  # (服务对象满意度 | 指标 | 残疾人家属满意度: a label's end, no name's start)
    if not re.fullmatch(r"[\u4e00-\u9fff（）()、]{2,}", first) or not re.fullmatch(r"[\u4e00-\u9fff（）()、]{1,8}", second) \
            or value_like(second) and re.search(r"\d", second) or labels.section_label(second) \
            or labels.known_level(second) and (second.endswith("指标") or second[-1] not in labels.NAME_ENDS):
        return cells  # (扶持传承工作室 | 数量: a name's end that is also a level's short name, no label)
    return [*cells[:levels], first + second, *rest[2:]]


def _name_pieces_joined(cells: list[str], nature: bool) -> list[str]:
    """A viewer's line whose name cell wrapped inside the line, its pieces a space apart (质量指标 | 签约服务 | 履约率 |
    ≥ | 90 | %, blind 5346): the pieces between the level labels and the first value cell (its comparator, under a
    指标性质 column; else the value, its sign or figure first) joined, one name."""
    original = cells
    cells = list(cells)
    levels = 0
    while levels < len(cells):
        if labels.is_level(cells[levels]) and labels.known_level(cells[levels]):
            levels += 1
        elif levels + 1 < len(cells) and labels.known_level(cells[levels] + cells[levels + 1]):
            cells[levels:levels + 2] = [cells[levels] + cells[levels + 1]]  # 服务对象满意度 | 指标: a label wrapped so
            levels += 1
        else:
            break
    start = next((k for k in range(levels, len(cells)) if (_COMPARATOR_ONLY.fullmatch(cells[k].strip()) if nature
                  else re.match(r"[≥≤≧≦＞＜><=＝]\s*\d", cells[k].strip()))), None)
    if start is None and not nature:  # 资助资金按学期 | 发放及时率 | 100% | 100% | 10 | 10: no comparator; the name's last
        k = levels + 2  # piece ends as a name ends, a figure after it (two pieces only; blind 5293)
        start = k if k < len(cells) and re.match(r"\d", cells[k].strip()) \
            and cells[k - 1].strip()[-1:] in labels.NAME_ENDS else None
    pieces = cells[levels:start] if start is not None else []
    if len(pieces) < 2 or len(pieces) > 3 or any(not re.fullmatch(r"[\u4e00-\u9fff（）()、]+", p.strip())
                                                 or labels.is_level(p) or labels.cut_level(p) or labels.known_level(p)
                                                 or re.search(r"指标|^标|绩效|[（(]$", p) or labels.section_label(p)
                                                 or labels.is_fragment(p) for p in pieces) or len("".join(pieces)) > 24 \
            or len(pieces[0].strip()) == 1:  # (年度 | 生态公益林管护成本: the side label spelled down; 度: a label's end)
        return original
    return [*cells[:levels], "".join(p.strip() for p in pieces), *cells[start:]]


def _lone_name(text: str) -> bool:
    """A whole 三级 name alone beside a 一级 label (图书馆年外借图书册次): no level's name nor a cut one, no figure or
    comparator, ending as a name ends."""
    t = labels.norm(text)
    return len(t) >= 4 and not labels.known_level(t) and not labels.is_level(t) and not labels.cut_level(t) \
        and not re.search(r"[\d≥≤=＝<>＞＜%％：:（(]", t) and t[-1] in labels.NAME_ENDS + "次数量"


def _implied(level1: str, level2: str) -> str:
    """The 一级 a row shows, or, where it shows none (or only a weight, (50分)), the one its 二级 implies."""
    implied = labels.implied_level1(level2) if level2 else None
    if implied and not labels.level_name(level1):
        return implied + labels.norm(level1)  # (50分) keeps its weight
    return level1


def _decimal(text: str | None) -> Decimal | None:
    if not text:
        return None
    try:
        return Decimal(text.replace(",", "").rstrip("分%"))
    except InvalidOperation:
        return None


def header_fields(cells: list[str]) -> list[str | None]:
    """Each header cell's role (labels.column_field); a label no role knows, or one kept on purpose, becomes an
    extra column under its own name; cells left of the first 一级/二级/三级 column are the table's own label
    (绩效指标, 年度绩效目标1(40分)) and read nothing; so does a 序号 column."""
    roles = labels.column_roles(cells)
    named = [k for k, r in enumerate(roles) if r in labels.HEADER_ROLES]
    start = named[0] if named else 0
    out: list[str | None] = [None] * start
    for text, role in zip(cells[start:], roles[start:]):
        if role == "skip" or (not text and role is None):
            out.append(None)
        elif role in (None, "extra"):
            out.append("extra:" + labels.norm(text))
        else:
            out.append(role)
    bare = [k for k, r in enumerate(out) if r == "name" and labels.norm(cells[k]) == "指标"]
    titled = [k for k, r in enumerate(out) if r == "name" and k not in bare]
    if len(bare) == 1 and bare[0] > 0 and not cells[bare[0] - 1].strip():
        bare = [bare[0] - 1, bare[0]]  # ( | 指标 | 三级指标: the 一级's 指标 lost to the line's edge)
    if len(bare) == 2 and titled and all(k < titled[0] for k in bare) and not {"level1", "level2"} & set(out):
        for k, level in zip(bare, ["level1", "level2"]):  # 指标 | 指标 | 三级指标: a three-line header's
            out[k] = level  # last line, 一级 / 二级 above their 指标 on a line read apart (blind 6787)
    names = [k for k, r in enumerate(out) if r == "name"]
    for k in names[1:]:  # 三级指标 | 指标内容: a second name column with nothing of a second group between them, or
        # with no value after it (三级指标 | 指标性质 | 指标值 | 度量单位 | 指标内容, 云南 预算06表): it describes the first
        if not any(out[j] in ("level2", "value") for j in range(names[0] + 1, k)) \
                or not any(out[j] == "level2" for j in range(names[0] + 1, k)) and "value" not in out[k + 1:]:
            out[k] = "extra:" + labels.norm(cells[k])
    natures = [k for k, r in enumerate(out) if r == "nature"]
    for k in natures[1:]:  # 指标性质 | 指标方向: one holds the comparator; which, the rows tell (_comparator_wins)
        out[k] = "extra:" + labels.norm(cells[k])
    if "level1" not in out and "level2" in out:  # an unreadable or blank label over the 一级 column (OCR, a merge)
        k = out.index("level2")
        if k > 1 and roles[k - 1] == "weight" and roles[k - 2] is None:  # 级指标 | 分值 | 二级指标: past its weight
            k -= 1
        if k > 0 and roles[k - 1] not in ("skip", *labels.HEADER_ROLES, *labels.VALUE_ROLES):
            out[k - 1] = "level1"
    for k, role in enumerate(out):  # 一级 | 分值 | 二级 | 分值 | 三级 | 分值: a group's weight is not the indicator's
        if role == "weight" and k > 0 and out[k - 1] in ("level1", "level2") and "name" in out[k + 1:] \
                and "weight" in out[out.index("name", k):]:
            out[k] = f"extra:{'一级' if out[k - 1] == 'level1' else '二级'}分值"
    return out



_UPPER_ROLES = ("value", "actual", "weight", "score", "reason", "unit", "nature")  # each where the header has none


def upper_labels(fields: list[str | None], above: list[str]) -> list[str | None]:
    """A header whose right-hand columns are labelled on the row above it (绩效指标 | 年度指标值 | 实际完成值 | 分值 |
    得分 | 偏差原因 over 一级 | 二级 | 三级 | 指标性质 | 指标值 | 度量单位, 云南): those labels name the columns the
    header leaves unnamed — at their own positions when the row above keeps them, else after the header's last."""
    roles = [labels.column_field(t) if t else None for t in above]
    if "name" in fields:  # 指标内容 beside a header that names its 三级: a description column, not the names
        roles = ["extra" if r == "name" else r for r in roles]
    # two such labels, or the one 指标值 a header without a value column has on the row above (绩效指标 | | | 指标值)
    enough = sum(r in _UPPER_ROLES for r in roles) >= 2 or ("value" in roles and "value" not in fields)
    if any(r in labels.HEADER_ROLES for r in roles) or not enough:
        return fields
    out = list(fields)
    placed = False
    for k, role in enumerate(roles):
        if role in _UPPER_ROLES and role not in out and (k >= len(out) or out[k] is None):
            out += [None] * (k + 1 - len(out))
            out[k], placed = role, True
    if not placed:
        out += [r for r in roles if r in _UPPER_ROLES and r not in out]
    return out
