"""The money parts of a form: the 年度主要任务 table with its budgets, and a project's funds table
(年初预算数 / 全年预算数 / 全年执行数 by source), read by content rather than by position."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from jxcheck.engine.findings import Problem, problem
from jxcheck.engine.model import Budget, FundLine, Location, Task
from jxcheck.engine.readers import labels
from jxcheck.engine.readers.text import Cell, Row
from jxcheck.engine.units import WAN_FACTOR

BUDGET_COLUMNS = {"总额": "total", "合计": "total", "金额合计": "total", "财政拨款": "fiscal", "其他资金": "other"}
_FUND_TOTAL = re.compile(r"^(年度)?(财政)?资金总额|^合计|^总额|^(部门|项目|年度)?预算总额")
# a task's number in a cell of its own: 1, 1., 任务1, 任务一 (广东, blind 4647), （1）
TASK_NUMBER = re.compile(r"(任务)?\s*\d{1,2}[.、．)）]?|[（(]\d{1,2}[)）]?|任务\s*[一二三四五六七八九十]{1,3}")


def amount(text: str, money_unit: str = "万元") -> Decimal | None:
    """A money cell in the form's money unit: 4471.71, 1,200, 250万, 50000元 (5 when the unit is 万元);
    '' or a dash is None; anything else raises InvalidOperation."""
    cleaned = text.replace(",", "").replace("，", "").strip()
    if not cleaned or amount_slot(cleaned):
        return None
    written = re.search(r"(亿元|万元|元|万)$", cleaned)
    number = Decimal(cleaned[:written.start()] if written else cleaned)
    if not number.is_finite():
        raise InvalidOperation(text)
    if written:
        unit = "万元" if written.group(1) == "万" else written.group(1)
        number = number * WAN_FACTOR[unit] / WAN_FACTOR.get(money_unit, Decimal(1))
    return number


def is_amount(text: str) -> bool:
    try:
        return amount(text) is not None
    except InvalidOperation:
        return False


def amount_slot(text: str) -> bool:
    """A money cell left without a figure: a dash (—, /) where an amount would stand."""
    return text.strip() in ("—", "-", "/", "——")


def budget(columns: list[str], cells: list[str], money_unit: str = "万元") -> tuple[Budget, list[str]]:
    values: dict[str, Decimal | None] = {}
    bad: list[str] = []
    for column, text in zip(columns, cells):
        if column == "done":
            continue  # (完成情况: the task's account, words)
        try:
            values[column] = amount(text, money_unit)
        except InvalidOperation:
            bad.append(text)
    bad.extend(cells[len(columns):])
    return Budget(values.get("total"), values.get("fiscal"), values.get("other")), [b for b in bad if b]


def task_row(row: Row, columns: list[str], money_unit: str = "万元") -> tuple[Task | None, Budget | None, list[Problem]]:
    """A task row (name, content, amounts) or the 金额合计 row; leading label cells are dropped."""
    texts = ["" if labels.is_fragment(t) or labels.section_label(t) else t for t in row.texts]
    while texts and not texts[0]:
        texts.pop(0)
    if not texts:
        return None, None, []
    if labels.norm(texts[0]) in labels.header_labels("totals"):
        amounts = texts[1:]
        while amounts and not amounts[0]:  # 金额合计 spans the name and content columns
            amounts.pop(0)
        total, bad = budget(columns, amounts, money_unit)
        return None, total, _bad(row, bad)
    if len(texts) > 2 and TASK_NUMBER.fullmatch(texts[0].strip()) and texts[1].strip() and not is_amount(texts[1]):
        texts = texts[1:]  # 任务一 | 人员及机构正常运转 | 986.20 …: the task's number in a column of its own (blind 4647)
    if is_amount(texts[0]) and all(is_amount(t) or not t.strip() for t in texts):
        money, bad = budget(columns, [t for t in texts if t.strip()], money_unit)  # | | | 96.50 | 96.50 | 0: a task's
        return Task(name="", content="", budget=money, location=row.location), None, _bad(row, bad)  # amounts alone
    rest = texts[1:]
    while rest and not rest[0] and len(rest) > len(columns) + 1:  # merged cells spread the name and the content
        rest.pop(0)                                                # over more columns than the amounts leave
    numeric_second = bool(rest) and is_amount(rest[0])
    name, content = texts[0], ("" if numeric_second or not rest else rest[0])
    amounts = rest if numeric_second else rest[1:]
    worded = [a for a in amounts if a.strip() and not is_amount(a)]
    unpriced = not any(is_amount(a) for a in amounts)
    if not content and len(worded) == 1 and (re.search(r"[\u4e00-\u9fff]{4}", worded[0]) or unpriced
                                             and re.search(r"[\u4e00-\u9fff]", worded[0])) \
            and (unpriced or amounts and amounts[0] == worded[0]):  # (动 | | 40场: a tall row's wrapped ends)
        # 特种设备安全监管 | | | 电梯、锅炉…: the content's first line set right of its column (a copy's positions), its
        # amounts on the next line, or after it (公共文化服务体系建设 | | 县图书馆、文化馆… | 96.00 | 96.00)
        content, amounts = worded[0], [a for a in amounts if a is not worded[0]]
    lead = next((k for k, a in enumerate(amounts) if is_amount(a) or amount_slot(a)), len(amounts))
    if content and 0 < lead < len(amounts) and len(amounts) > len(columns) and "done" not in columns \
            and row.location.sheet is None and row.location.table is None \
            and all(is_amount(a) or amount_slot(a) for a in amounts[lead:]):
        content, amounts = content + "".join(amounts[:lead]), amounts[lead:]  # 开展…艾滋病和结核病 | 防治、妇幼健康项目
        # | 1356.90 | …: the content's wrapped end on its line, joined by a copy (Chrome) that runs lines together
    figures = [a for a in amounts if a.strip()]
    if amounts and not amounts[0].strip() and len(figures) >= 2 and all(is_amount(a) for a in figures) \
            and _adds_up(figures, money_unit):
        amounts = figures  # | 1120.80 | 1120.80 under 总额 | 财政拨款 | 其他资金: figures that add up as a total and its
        # parts, set a column right by the copy (其他资金 left empty); | 30 | 20 is a blank 总额 and two parts
    while amounts and not amounts[0] and len(amounts) > len(columns):  # a blank 总额 keeps its column
        amounts.pop(0)
    filled = [a for a in amounts if a]
    if len(filled) == 1 and amounts[-1] and len(amounts) > 1 and is_amount(filled[0]):
        amounts = filled  # | | 498.60 under a lone 预算金额 spread over merged columns: the task's total
    money, bad = budget(columns, amounts, money_unit)
    return Task(name=name, content=content, budget=money, location=row.location), None, _bad(row, bad)


_POINTS_PAIR = re.compile(r"^(分值|权重|执行率|得分)[:：]?\s*(\d+(?:\.\d+)?\s*[%％]?)$")  # 执行率99.66%, 得分9.97
_POINT_NAMES = {"权重": "分值"}


def execution_line(row: Row, spent: tuple[str, str, str], money_unit: str = "万元") -> FundLine | None:
    """预算执行情况 | 分值 | 10 | 执行率99.66% | 得分9.97 under a self-evaluation's task table (任务名称 | 全年预算数 |
    全年执行数 | 执行率, its 合计 the whole budget's): the budget's line, its amounts the tasks' 合计 (`spent`: budget,
    execution, rate) and its points this row's; None for any other row."""
    cells = [c for c in row.cells if c.text.strip()]
    if not cells or not labels.cell_is("execution", cells[0].text):
        return None
    found: dict[str, Cell] = {}
    k = 1
    while k < len(cells):
        text = labels.norm(cells[k].text)
        joined = _POINTS_PAIR.match(text)
        if joined:
            found.setdefault(_POINT_NAMES.get(joined.group(1), joined.group(1)), Cell(joined.group(2), cells[k].location))
        elif text in ("分值", "权重", "执行率", "得分") and k + 1 < len(cells) \
                and (is_amount(cells[k + 1].text) or _RATE.search(cells[k + 1].text)):
            found.setdefault(_POINT_NAMES.get(text, text), cells[k + 1])
            k += 1
        k += 1
    if "得分" not in found:
        return None
    budget, executed, rate = spent
    at = cells[0].location
    values = (Cell(budget, at), Cell(executed, at), found.get("执行率") or Cell(rate, at), found.get("分值") or Cell("", at),
              found["得分"])
    return fund_row(Row((Cell("年度资金总额", at), *values), row.location),
                    ["", "全年预算数", "全年执行数", "执行率", "分值", "得分"], money_unit)


def _adds_up(figures: list[str], money_unit: str) -> bool:
    """The first figure is the sum of the others (1120.80 | 1120.80; 100 | 80 | 20)."""
    try:
        values = [amount(f, money_unit) for f in figures]
    except InvalidOperation:
        return False
    first, *parts = values
    return first is not None and all(v is not None for v in parts) and first == sum(v for v in parts if v is not None)


def named_line(row: Row, header: list[str]) -> bool:
    """A funds line that carries its own label (not the block's, merged down beside it, nor none)."""
    first = next((t for t in row.texts if t.strip()), "")
    return bool(first) and not is_amount(first) and not (header and labels.norm(first) == header[0])


def _bad(row: Row, bad: list[str]) -> list[Problem]:
    if not bad:
        return []
    return [problem("FORM-03", row.location, n=row.location.number(), content=" | ".join(bad), case="amount")]


_FUND_TOTAL_LABEL = re.compile(r"资金总额|资金总计|项目总额|预算总额|总投资|申请总额|^合计$|^总计$")  # (项目资金 | 合计 | 2380)
# a source: 财政拨款, 其他资金 …; a level of government and what it gives (省级补助资金, 中央补助安排, 省级旅游发展专项资金,
# 中央预算内投资;
# not 中央 | 县 alone, a standard per head); a kind of budget (一般公共预算 | 政府性基金预算)
_FUND_PART_LABEL = re.compile(r"财政拨款|财政资金|本级财政|上级(财政|补助|资金)|自有资金|单位资金|其他资金|^其他$|结转|专户"
                              r"|^上年(结余|结转结余)(资金)?$"  # (上年结余 | 0 | 0 | 0, blind 7869)
                              r"|^预算资金$|^(中央|上级|自治区|自治州|省级?|市级?|州级?|县级?|区级?|本级)[^，,。；;\d]{0,16}(资金|拨款|安排|补助|配套|专项|财政|投资|基金)$"
                              r"|^[\u4e00-\u9fff]{0,6}(省|市|州|盟|县|区|旗)(级|本级|财政)[^，,。；;\d]{0,8}(资金|拨款|安排|补助|配套)?$"
                              r"|^一般公共预算(资金|拨款)?$|^政府性基金(预算)?(资金|拨款)?$|^国有资本经营预算|^事业收入$"
                              r"|^经营收入$|^其他收入$|公益金$|^(地方|本地|县|市|省)(财政)?配套(资金)?$|^社会(资金|投入|融资)$")
# (其中：中央专项彩票公益金, 2361; 中央补助 | 地方配套, blind 7523)
_FIRST_AMOUNT = re.compile(r"(?<![\d.])(\d[\d,]*(?:\.\d+)?)\s*(万元|元|万)?")


UNIT_ONLY = re.compile(r"[(（]\s*(万元|元|亿元|千元)\s*[)）]")


def header_fund(label: str, value: str, location: Location, money_unit: str = "万元") -> FundLine | None:
    """A funds line written in the header (年度资金总额 | 120, 其中:财政拨款 | 100, 三、其他:3683.3970万元)."""
    key = labels.norm(label)
    if any(code in key for code in labels.header_labels("codes")):
        return None  # 财政资金科目代码 | 21305: a code, no source of funds
    role = "total" if _FUND_TOTAL_LABEL.search(key) else "part" if _FUND_PART_LABEL.search(labels.FUND_PREFIX.sub("", key)) \
        else "use" if re.fullmatch(r"(按支出性质分?[:：]?)?(其中[:：]?)?(基本支出|项目支出)", key) else None  # 基本支出 | 项目支出: the
    # same money by its use (not 按支出性质分:952.22, the heading that repeats the total)
    if re.match(r"^\s*=\s*[A-Za-z]", value or ""):
        return None  # a formula whose result the file does not hold (=C6): no amount can be read from it
    found = _FIRST_AMOUNT.search(value or "")
    if role is None or not found:
        return None
    number = amount(found.group(1) + (found.group(2) or ""), money_unit)
    return FundLine(label=key, role=role, amounts=(("金额", number),), location=location)


_TERM_OR_YEAR = re.compile(r"(中期|实施期|项目期|总|年度|当年|本年度?)(资金)?(总额|预算|金额)(数)?([(（](万元|元)[)）])?")


def fund_header(normed: list[str]) -> bool:
    """A funds table header: 年初预算数 | 全年预算数 | 全年执行数 … (or 预算数 | 执行数)."""
    joined = "".join(normed)
    if "预算数" in joined and ("执行数" in joined or "全年预算" in joined):
        return True
    spans = [n for n in normed if _TERM_OR_YEAR.fullmatch(n)]  # 项目资金 | | 中期资金总额 | 年度资金总额: the money
    return len(spans) >= 2 and not any(is_amount(n) for n in normed)  # of the term and of the year, side by side


# a side label's rest on its second line, beside a line's own label (预算执行情况 / （万元）(10分) | 其中：财政资金)
_SIDE_REST = re.compile(r"[(（]?(万元|元|亿元)[)）]\s*([(（]\d+(\.\d+)?分[)）])?|[(（]\d+(\.\d+)?分[)）]")  # (资金（万 /
# 元）: the side label's last piece, wrapped inside its bracket)


def fund_row(row: Row, header: list[str], money_unit: str = "万元") -> FundLine | None:
    """A line of the funds table: its label and the amounts under each header column."""
    cells, header = _right_aligned(list(row.texts), header)
    header = _aligned(header, cells)
    # the label: the first text that is no amount and not the block's own label merged down its rows
    # (项目资金(万元) repeated on every line of a workbook would make the total line a part)
    label_at = next((k for k, t in enumerate(cells) if t and not is_amount(t) and not UNIT_ONLY.fullmatch(t.strip())
                     and not _RATE.search(t) and not labels.dashed(t.strip())
                     and not (k < len(header) and labels.norm(t) == header[k])
                     and not (k < len(header) and labels.NOTE_LABEL.search(header[k] or "")
                              and any(is_amount(c) for c in cells[:k]))), None)  # (万元): the block's unit; a 说明
    # column's text after the line's figures (年中追加…152.20万元): its note, not its label
    if label_at is None and cells and (not cells[0].strip() or labels.norm(cells[0]) == header[0]) and header \
            and header[0] and sum(is_amount(t) for t in cells) >= 3:  # (the block's label merged down beside it)  # 预算执行情况（10分） merged down beside its one line: that line,
        label_at, cells = 0, ["年度资金总额", *cells[1:]]  # the whole budget's (its label the block's own)
    if label_at is None:
        return None
    beside = next((k for k in range(label_at + 1, len(cells)) if cells[k].strip()), None)
    if beside is not None and (labels.funds_side(cells[label_at]) or _SIDE_REST.fullmatch(labels.norm(cells[label_at])))\
            and not is_amount(cells[beside]) \
            and not _RATE.search(cells[beside]) and not labels.dashed(cells[beside].strip()):
        label_at = beside  # 项目资金（万元） | 其中：当年财政拨款 | 260.00: the block's side label on this line, then its own
    label = labels.FUND_PREFIX.sub("", labels.norm(cells[label_at]))
    amounts: list[tuple[str, Decimal | None]] = []
    texts: list[tuple[str, str]] = []
    for k, column in enumerate(header):
        if k <= label_at or not column:
            continue
        if k >= len(cells):  # an empty cell at the row's end (a 得分 left blank) is still its column's
            texts.append((column, ""))
            amounts.append((column, None))
            continue
        texts.append((column, cells[k]))
        try:
            amounts.append((column, amount(cells[k], money_unit)))
        except InvalidOperation:
            amounts.append((column, None))
    loose = [t for k, t in enumerate(cells) if k > label_at and t.strip() and (k >= len(header) or not header[k])]
    noted = _NOTE_WITH_TEXT.match(label)
    if noted and all(a is None for _, a in amounts):  # 执行率偏低原因：部分疫苗由省级统一调拨…: the note's label, its text
        label, loose = noted.group(1), [noted.group(2), *loose]
    if loose and all(a is None for _, a in amounts):  # 预算调整说明 | 追加…: a text over columns no label heads
        texts.append(("说明", " ".join(loose)))
    if all(a is None for _, a in amounts) and _SENTENCE_NOTE.search(cells[label_at].strip()):
        label, texts = "预算调整说明", [("说明", cells[label_at].strip())]  # 年中追加…补贴64.60万元。 on a line of its own
        # under the block: the note whose label the copy lost, not a source with no amounts
    if all(a is None for _, a in amounts) and re.search(r"调整|偏低|偏差", label) and not labels.NOTE_LABEL.search(label) \
            and any(len(t.strip()) >= 10 for _, t in texts):  # 预算调整 / 说明 cut over two lines, its text beside the
        label += "说明"  # first: the block's note, whatever columns its text ran across
    role = "total" if _FUND_TOTAL.search(label) else "use" if _FUND_USE.search(label) else "part"
    return FundLine(label=label, role=role, amounts=tuple(amounts), location=row.location, texts=tuple(texts))


def note_went_on(line: FundLine, text: str) -> FundLine | None:
    """The line with its note's (原因, 说明) rest joined, where `text` alone on the next line goes on with it: the
    note unfinished (no full stop; a comma or a clause cut), the text no amount, no label of a line, and a clause that
    ends. None otherwise."""
    at = next((k for k in reversed(range(len(line.texts))) if line.texts[k][1].strip()), None)
    if at is None or not labels.NOTE_LABEL.search(line.texts[at][0]):
        return None
    note, rest = line.texts[at][1].strip(), text.strip()
    if re.search(r"[。；;.！!]$", note) or not _note_piece(rest) \
            or not (re.search(r"[。；;.]$", rest) or re.fullmatch(r"[\u4e00-\u9fff]{4,16}", rest) and len(note) >= 6) \
            or re.search(r"\d", rest) and not re.search(r"[，,]$", note):
        return None  # (…秋季学期 / 新增在园幼儿补助 / …6.20万元。: a clause's middle line too, blind 6011)
    texts = list(line.texts)
    texts[at] = (texts[at][0], note + rest)
    return replace(line, texts=tuple(texts))


def note_below_label(line: FundLine, text: str) -> FundLine | None:
    """A block's note whose label stands alone on its line (预算调整原因：) and whose text follows a narrow column's piece
    a line (年中追加基本工 / 资调标资金6.3 / 万元、…。, Foxit, Acrobat: blind 7687, 7679): `text` joined to it, till a piece
    that ends the sentence. None where `line` is no such note or `text` is no piece of it."""
    if line.role == "total" or not labels.NOTE_LABEL.search(labels.norm(line.label).rstrip("：:")) or not line.texts:
        return None
    note, rest = "".join(t for _, t in line.texts).strip(), text.strip()
    if re.search(r"[。；;.！!]$", note) or not rest or not _note_piece(rest) \
            or labels.NOTE_LABEL.search(labels.norm(rest).rstrip("：:")) is not None:
        return None
    column = line.texts[0][0]
    return replace(line, texts=((column, note + rest), *((c, "") for c, _ in line.texts[1:])))


def _note_piece(text: str) -> bool:
    """A line that can be a piece of a note's text: no amount, no label of a funds line, a level or a section, and
    no longer than a cell's line."""
    return not (is_amount(text) or _FUND_TOTAL.search(text) or source_label(text) or use_label(text)
                or labels.known_level(text) or labels.section_label(text) or len(text) > 40)


_SENTENCE_NOTE = re.compile(r"^(?=\S{10,}$)\S*?(追加|调增|调减|追减|核减|调整|增加|减少|收回|结转)\S*?\d+(\.\d+)?\s*(万元|元|亿元)\S*[。.]$")
# (a sentence of the budget's change, with its full stop: a note, blind 4624)
_NOTE_WITH_TEXT = re.compile(r"^([^：:，,。；;]{2,16}?(?:原因|说明))[：:]\s*(\S.*)$")  # a note and its text in one cell
# (执行率未达90%原因：四季度签约服务费…)


# the same money by what it is spent on (按支出性质分: 基本支出 | 项目支出), beside its sources: a second view
_FUND_USE = re.compile(r"按支出性质|(^|[:：])基本支出$|^项目支出$")


def _right_aligned(cells: list[str], header: list[str]) -> tuple[list[str], list[str]]:
    """A copy's funds line whose cells stand off the header's (项目资金 | 年度资金总额 | 620.00 … under 年初预算数 …
    printed without the side label's column): its figures, as many as the header's columns, none blank and all at
    its end, are those columns' in order, its label the text just before them (a workbook's blank cells stand in
    their columns already)."""
    grouped = len(header) > 1 and not header[1] and bool(_GROUP.search(header[0]))  # 年度预算数（万元） | | 年初预算 …:
    # the block's side label over its line labels' column, the columns after it
    named = [k for k, c in enumerate(header) if c and (_COLUMN_LABEL.search(labels.norm(c)) or _LINE_COLUMN.match(
        labels.norm(c))) and not (k == 0 and grouped)]  # (not 年度预算, a piece of the block's side label printed on
    # the header's line)
    if named and named[0] == 0 and len(named) >= 3:  # a header with no cell for the label: a copy's line of labels
        texts = [k for k, c in enumerate(cells) if c.strip() and not labels.FIGURE.fullmatch(c.strip())]
        at = texts[-1] if texts else None  # the line's label: the last text before its figures (项目资金 | 其中：当年
        # 财政拨款 | 300.00 …: the block's side label, then the line's own)
        figures = [c for c in cells[at + 1:] if c.strip()] if at is not None else []
        if at is not None and 2 <= len(figures) < len(named) and all(labels.FIGURE.fullmatch(f.strip()) for f in figures) \
                and any(is_amount(f) for f in figures):  # 其中：财政拨款 | 4012.00 | 4286.70 | 4102.35: a source's
            return [cells[at], *figures], ["", *(header[k] for k in named[:len(figures)])]  # amounts, the first columns'
    if len(cells) == len(header) or len(named) < 3 or len(cells) <= len(named):
        return cells, header
    tail = cells[len(cells) - len(named):]
    before = [c for c in cells[:len(cells) - len(named)] if c.strip()]
    if not before or not all(c.strip() and labels.FIGURE.fullmatch(c.strip()) for c in tail) \
            or not any(is_amount(c) for c in tail) \
            or labels.FIGURE.fullmatch(before[-1].strip()):
        return cells, header
    columns = [""] + [header[k] for k in named]  # the label's column, then the header's in order
    return [before[-1], *tail], columns


def _bare(label: str) -> str:
    """A funds line's label without its heading (按收入性质分：, 其中：)."""
    return re.sub(r"^(按(收入|支出)性质分?[:：]?)?(其中[:：]?)?", "", labels.norm(label))


def use_label(label: str) -> bool:
    """A funds line's label that names a use of the money (其中：基本支出, 项目支出)."""
    return bool(_FUND_USE.search(_bare(label)))


def fund_total(label: str) -> bool:
    """A funds line's label that names its total (资金总额, 年度资金总额, 合计)."""
    return bool(_FUND_TOTAL.search(_bare(label)))


def source_label(label: str) -> bool:
    """A funds line's label that names a source or a use of the money (其中：当年财政拨款, 按收入性质分：一般公共预算,
    其他资金, 基本支出), not a fragment of one nor a side label (般公共预算, 年度预算执行, 拨款)."""
    key = _bare(label)
    return bool(key) and bool(_FUND_PART_LABEL.search(key) or _FUND_USE.search(key) or _FUND_TOTAL_LABEL.search(key))


_RATE = re.compile(r"\d\s*[%％]$")
_GROUP = re.compile(r"[(（]\s*万?元\s*[)）]$")


def _aligned(header: list[str], cells: list[str]) -> list[str]:
    """The funds header as the rows use it. A two-level header flattened into one row keeps its group label
    (年度预算数(万元) over 年初预算 | 调整后预算数) as a column the rows do not have: where the 执行率 column
    holds no rate and the cell before it does, that label is dropped; where the cell after it does, the rows have
    a column the header does not name."""
    rate_at = next((k for k, c in enumerate(header) if "执行率" in c), None)
    if rate_at is None or rate_at < 2 or rate_at - 1 >= len(cells):
        return header
    here = cells[rate_at] if rate_at < len(cells) else ""
    if not _RATE.search(here) and rate_at + 1 < len(cells) and _RATE.search(cells[rate_at + 1]) \
            and not _RATE.search(cells[rate_at - 1]):
        return header[:1] + [""] + header[1:]  # the row has one amount more than the header names (an unlabelled
        # 调整预算数): its rate, score and the amounts before them keep their places counted from the rate
    if _RATE.search(here) or not _RATE.search(cells[rate_at - 1]):
        return header
    group = next((k for k in range(1, rate_at) if _GROUP.search(header[k])), 1)
    return header[:group] + header[group + 1:]


def pairs_line(row: Row, money_unit: str = "万元") -> FundLine | None:
    """A funds line written as label/amount pairs on one row (年度财政资金总额 | 预算数(A) | 1.56 | 执行数(B) | 1.56 |
    执行率(B/A) | 1 | 得分 | 20): read as the line under a header of those labels; None for any other row."""
    cells = list(row.texts)
    columns: list[str] = []
    values = []
    label = None
    k = 0
    while k < len(cells):
        name = labels.norm(cells[k])
        if _COLUMN_LABEL.search(name) and k + 1 < len(cells) \
                and (is_amount(cells[k + 1]) or "执行率" in name and _RATE.search(cells[k + 1])):  # 执行率 | 100%
            columns.append(name)
            values.append(row.cells[k + 1])
            k += 2
            continue
        if name and label is None and not is_amount(name) and not _COLUMN_LABEL.search(name) \
                and not _BLOCK_LABEL.search(name):
            label = row.cells[k]
        k += 1
    if label is None or len(columns) < 2:
        return None
    return fund_row(Row((label, *values), row.location), ["", *columns], money_unit)


def block_line(row: Row, money_unit: str = "万元") -> FundLine | None:
    """The block's label with its total's pairs beside it (四川: 预算执行情况（万元）（10分） | 预算数： | 1260.00 |
    执行数： | 1197.00), read as the 年度资金总额 line; the lines under it pair each source's two amounts the same way.
    None for any other row."""
    cells = [c for c in row.cells if c.text.strip()]
    if len(cells) < 5 or not _BLOCK_LABEL.search(labels.norm(cells[0].text)):
        return None  # (asked only where pairs_line found no label of the line's own beside the block's)
    line = pairs_line(Row((Cell("年度资金总额", cells[0].location), *cells[1:]), row.location), money_unit)
    columns = "".join(k for k, _ in line.texts) if line is not None else ""
    return line if "预算数" in columns and "执行数" in columns else None


def paired_part(row: Row) -> Row | None:
    """A source's line in a block of pairs (其中：财政拨款 | 1260.00 | 其中：财政拨款 | 1197.00): its label once, then
    its two amounts; None for a row of any other shape."""
    cells = [c for c in row.cells if c.text.strip()]
    if len(cells) == 4 and labels.norm(cells[0].text) == labels.norm(cells[2].text) \
            and not is_amount(cells[0].text) and is_amount(cells[1].text) and is_amount(cells[3].text):
        return Row((cells[0], cells[1], cells[3]), row.location)
    return None


def side_line(fields: list[tuple[str, str]], places: dict[str, Location], money_unit: str = "万元") -> FundLine | None:
    """The funds line of a block printed on its side: consecutive header fields 预算数(A) | 执行数(B) | 执行率 | 得分
    with an amount each (at least a budget and an execution); None when the form has none."""
    run = [(k, v) for k, v in fields if _COLUMN_LABEL.search(labels.norm(k)) and (is_amount(v) or _RATE.search(v))]
    names = "".join(labels.norm(k) for k, _ in run)
    if len(run) < 2 or "预算数" not in names or "执行数" not in names:
        return None
    where = places.get(run[0][0], Location())
    named = next((v for k, v in fields if "预算执行" in k and v and not is_amount(v)), "年度资金总额")
    label = Cell(named, where)  # 预算执行情况(万元) | 年度财政资金总额: the line the block is about
    block = next((m.group(1) for k, _ in fields if "预算执行" in k and (m := re.search(r"[(（]\s*(\d+)\s*分\s*[)）]", k))),
                 None)  # 预算执行情况(万元)(20分): the block's weight, where no 分值 line gives it
    if block is not None and not any(labels.norm(k).startswith("分值") for k, _ in run):
        run.append(("分值", block))
    columns = [re.sub(r"^(得分|分值)[(（].*$", r"\1", labels.norm(k)) for k, _ in run]  # 得分(20分*执行率): 得分
    return fund_row(Row((label, *(Cell(v, places.get(k, where)) for k, v in run)), where), ["", *columns],
                    money_unit)


_COLUMN_LABEL = re.compile(r"预算数|执行数|执行率|得分|分值|到位数|结余")
_LINE_COLUMN = re.compile(r"(年初预算|权重)$")  # (四川: 年初预算 | 调整后预算数 | … | 权重 | 得分)
_BLOCK_LABEL = re.compile(r"预算执行情况|项目资金|资金情况")
_SCORE_LABEL = re.compile(r"(分值|得分|权重)$")


def score_pairs(row: Row) -> list[tuple[str, Cell]] | None:
    """A row under the funds lines that gives only the execution's points or rate (预算执行分值 | 10 | 预算执行得分 |
    9.5; 执行率 | 96.00% | 得分 | 9.60): each as the 分值, 得分 or 执行率 column it stands for; None for any other row."""
    cells = [c for c in row.cells if c.text.strip()]
    pairs: list[tuple[str, Cell]] = []
    k = 0
    while k < len(cells):
        name = labels.norm(cells[k].text)
        if _SCORE_LABEL.search(name) and k + 1 < len(cells) and _POINTS.fullmatch(cells[k + 1].text.strip()):
            pairs.append(("得分" if "得分" in name else "分值", cells[k + 1]))
            k += 2
        elif name.startswith("执行率") and k + 1 < len(cells) and _RATE.search(cells[k + 1].text.strip()):
            pairs.append(("执行率", cells[k + 1]))  # 执行率 | 96.00% | 得分 | 9.60 under a block of pairs
            k += 2
        elif _BLOCK_LABEL.search(name) and not pairs:
            k += 1  # the block's own label merged down its rows (资金情况(万元))
        else:
            return None
    return pairs or None


_BREAKDOWN = re.compile(r"按(收入|支出|资金)(性质|来源|用途|类别)")


def breakdown_lines(row: Row, after_breakdown: bool, money_unit: str = "万元",
                    header: list[str] | None = None) -> list[FundLine] | None:
    """Rows under the funds lines that pair a label with one amount, two pairs to a row (其中:一般公共预算 | 2212.70 |
    | 其中:基本支出 | 1016.35, under 按收入性质分: | 按支出性质分:): a breakdown printed beside the table, not under its
    columns. Each pair is a line of its own whose one amount stands under no column of the total's, so no column's
    sum takes it; a lone pair is one only `after_breakdown` began. None for any other row."""
    cells = [c for c in row.cells if c.text.strip()]
    split = _pairs_split(cells) if after_breakdown else cells
    groups = _groups(cells) if after_breakdown and header and split == cells else None
    cells = split
    if groups is not None and header and len(groups[0][1]) != 1:  # 其中:一般公共预算 | 1856.40 | 2112.75 | 2060.28 | 其中:基本支出 | 786.30 | …: the
        cut = row.cells.index(groups[1][0])  # first view under the table's columns, the second beside them (the first's
        # amounts may be blank: 政府性基金拨款 | | | | 项目支出 | 70.00 | 77.00 | 73.42)
        first = fund_row(Row(row.cells[:cut], row.location), header, money_unit)
        return ([first] if first else []) + [_breakdown_line(label, values, row, money_unit) for label, values in groups[1:]]
    if not cells or len(cells) % 2 or (len(cells) == 2 and not after_breakdown):
        return None
    pairs = list(zip(cells[::2], cells[1::2]))
    if not all(_NAME.fullmatch(label.text.strip()) and is_amount(value.text) for label, value in pairs) \
            or _FUND_TOTAL.search(labels.norm(pairs[0][0].text)):
        return None  # (部门整体支出总额 | 864.2 | 100% | 20: the total line, its rate and score)
    out = []
    for label, value in pairs:
        name = labels.FUND_PREFIX.sub("", labels.norm(label.text))
        role = "use" if _FUND_USE.search(name) else "part"
        out.append(FundLine(label=name, role=role, amounts=(("分项金额", amount(value.text, money_unit)),),
                            location=row.location, texts=(("分项金额", value.text),)))
    return out


_NAME = re.compile(r"[^\d%％]*[\u4e00-\u9fff][^\d%％]*")
_PAIRED = re.compile(r"((?:其中[:：]\s*)?[^\d%％:：]*[\u4e00-\u9fff][^\d%％:：]*[:：])\s*(-?\d[\d,]*(?:\.\d+)?\s*(?:万元|元)?)")
# (其中：一般公共预算：1986.30: the label after 其中 and its own colon)


def _pairs_split(cells: list[Cell]) -> list[Cell]:
    """A breakdown's cells with each label and its amount written in one (一般公共预算：2905.40) made two, and the
    funds block's side label beside them (预算资金（万元）, 资金（万元）) left out."""
    out: list[Cell] = []
    for cell in cells:
        found = _PAIRED.fullmatch(cell.text.strip())
        if found:
            out.extend([Cell(found.group(1), cell.location), Cell(found.group(2), cell.location)])
        elif not labels.funds_side(cell.text) or not any(_PAIRED.fullmatch(c.text.strip()) for c in cells):
            out.append(cell)
    return out


def _groups(cells: list[Cell]) -> list[tuple[Cell, list[Cell]]] | None:
    """A row of two or more label | amount … groups (a breakdown's two views side by side), or None."""
    groups: list[tuple[Cell, list[Cell]]] = []
    for cell in cells:
        if is_amount(cell.text):
            if not groups:
                return None
            groups[-1][1].append(cell)
        elif _NAME.fullmatch(cell.text.strip()):
            groups.append((cell, []))
        else:
            return None
    return groups if len(groups) >= 2 and all(values for _, values in groups[1:]) else None


def _breakdown_line(label: Cell, values: list[Cell], row: Row, money_unit: str) -> FundLine:
    name = labels.FUND_PREFIX.sub("", labels.norm(label.text))
    role = "use" if _FUND_USE.search(name) else "part"
    columns = [f"分项金额{k + 1 if k else ''}" for k in range(len(values))]
    return FundLine(label=name, role=role, amounts=tuple((c, amount(v.text, money_unit)) for c, v in zip(columns, values)),
                    location=row.location, texts=tuple((c, v.text) for c, v in zip(columns, values)))


def breakdown_heading(row: Row) -> bool:
    """按收入性质分: | 按支出性质分: — the heading of a breakdown printed beside the funds table."""
    texts = [t for t in row.texts if t.strip()]
    if len(texts) > 1 and labels.funds_side(texts[0]):
        texts = texts[1:]  # (情况（万元） | 按收入性质分：: the block's side label's rest beside the heading)
    return bool(texts) and all(_BREAKDOWN.search(t) for t in texts)


_POINTS = re.compile(r"\d+(?:\.\d+)?\s*分?")


def with_scores(line: FundLine, pairs: list[tuple[str, Cell]]) -> FundLine:
    """The funds line with the points a row of its own gave it, where its own cells are empty."""
    texts = dict(line.texts)
    for column, cell in pairs:
        if not (texts.get(column) or "").strip():
            texts[column] = cell.text.strip()
    return replace(line, texts=tuple(texts.items()))


_GLUED = re.compile(r"(年初预算数|全年预算数|全年执行数|调整后预算数|预算数|执行数|分值|执行率|得分)")


_HEAD_TOP = re.compile(r"年初|全年|年度|调整后|上年|实际")
_HEAD_BOTTOM = re.compile(r"预算数?|执行数?|调整数|支出数|金额")


def wrapped_header(above: list[str], below: list[str]) -> list[str] | None:
    """A funds header whose labels a copy wrapped over two lines, the rest of the labels on the first (项目资金 | 年初 |
    全年 | 全年 | 分值 | 执行率 | 得分 over （万元） | 预算数 | 预算数 | 执行数): one line of whole labels, or None."""
    top = [labels.norm(t) for t in above if t and t.strip()]
    bottom = [labels.norm(t) for t in below if t and t.strip()]
    side_top = top.pop(0) if top and not _HEAD_TOP.fullmatch(top[0]) else ""
    side_bottom = bottom.pop(0) if bottom and not _HEAD_BOTTOM.fullmatch(bottom[0]) else ""
    starts = next((k for k, t in enumerate(top) if not _HEAD_TOP.fullmatch(t)), len(top))
    if len(bottom) < 2 or starts != len(bottom) or not all(_HEAD_BOTTOM.fullmatch(t) for t in bottom) \
            or not all(labels.column_field(t) or re.search(r"分|率", t) for t in top[starts:]):
        return None
    side = side_top + side_bottom
    return ([side] if side else []) + [t + b for t, b in zip(top, bottom)] + top[starts:]


def fund_columns(texts: list[str]) -> list[str]:
    """The funds header's labels, one a column; labels a copy ran together where it found no gap between them
    (分值执行率得分) apart."""
    filled = [t for t in texts if t.strip()]
    if len(filled) >= 3 and labels.funds_side(filled[-1]) and not labels.funds_side(filled[0]) \
            and not any(labels.funds_side(t) for t in filled[:-1]):
        texts = [filled[-1], *filled[:-1]]  # 年初预算数 | … | 得分 | 年度预算（万元）: the block's side label drawn last
        # (Edge), its place the first (blind 5659)
    out: list[str] = []
    for t in texts:
        normed = labels.norm(t)
        pieces = _GLUED.findall(normed)
        glued = len(pieces) >= 2 and "".join(pieces) == normed and not re.search(r"\s", t.strip())
        out.extend(pieces if glued else [normed])  # (a header line read as one cell, its labels apart by spaces,
        # is not a copy's glued labels)
    return out

