"""Text copied out of a PDF with `pdftotext` (no -layout): every cell on a line of its own, in reading order, empty
cells giving no line, long cells broken where the PDF wrapped them. The rows are put back together from what each
line is: a header field's label and the line after it; a goal's label and its lines up to a full stop; a funds
block's labels and, under them, each line's label and its amounts; the indicator table's column labels, then level
names that open their groups, a name, and the values that follow it, each in the column its kind belongs to."""
from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from wcwidth import wcswidth

from jxcheck.engine.levels import norm
from jxcheck.engine.readers import labels, lead_cells, spaced, trailing_labels
from jxcheck.engine.readers.middle_labels import name_kind
from jxcheck.engine.units import lookup
from jxcheck.engine.vocabulary import vocabulary
from jxcheck.engine.values.parse import parse_value
from jxcheck.engine.values.vocab import trend_phrase

_FOOTER = re.compile(r"^(第\s*\d+\s*页.*|[-—–－]+\s*\d+\s*[-—–－]+|\d+\s*/\s*\d+)$")  # (a bare number is a value here)
_COMPARATOR = re.compile(r"^(≥|≤|=|＝|>|<|＞|＜|≧|≦|>=|<=|定性|定量|大于等于|小于等于)$")
_NUMBER = re.compile(r"^[≥≤=＝<>＞＜≧≦]?\s*-?\d+(\.\d+)?\s*%?$")
_AMOUNT = re.compile(r"^(-?\d[\d,]*(\.\d+)?%?|[—\-/]+)$")  # an amount, a rate, or a dash for none
_VALUE = re.compile(r"^[≥≤=＝<>＞＜≧≦]|^[\u4e00-\u9fff]{1,6}\s*[≥≤＜＞<>≧≦]\s*\d|^\d|\d\s*(%|‰)$|[年月日底末]前$|^每(月|季度?|半年|年)[\u4e00-\u9fff]{0,2}(\d{1,2}日|底|末)(前|内|以前)?$|^(显著|明显|有效|持续|长期|逐步|不断|大幅)|"
                    r"^(及时|按时|按期|优|良|优良|合格|达标|健全|完善|是|否|无|好|较好|提升|提高|降低|完成|已完成|满意|"
                    r"基本满意|全覆盖|稳定|正常)$|^(较上年|比上年|较去年|同比)?(显著|明显|有效|逐步|不断|大幅|稳步|进一步|有所)?"
                    r"(提高|提升|改善|增加|增长|增强|下降|降低|减少)$|^(较上年|比上年|较去年|同比)(减少|下降|降低|提高|增长|增加|提升)"
                    r"\d[\d.]*\s*(%|‰)?以?(上|内|下)?$"
                    r"|^每(日|周|月|季度?|半年|年)(不少于|至少|不低于)\d+(次|场|期|轮|批)$"
                    r"|^(顺利)?通过[\u4e00-\u9fff]{0,8}(验收|评估|评审|检查|督导|考核|认证|认定|复审|复核)$")
# (每月不少于1次: a frequency; 通过省级督导评估: a review passed — values, not a name's rest, blind 7834, 7838)
# (较上年减少10%以上: a trend with its figure, blind 5608;
# 优良中等路率, 合格率: names that start with a value's word; 较上年显著提高: a trend, a vague value a name is given; 审批后≤10个工作日: a bound after its event, blind
# 4665)
_FUNDS = re.compile(r"^(年初预算数|全年预算数|全年执行数|分值|执行率|得分|预算数|执行数|调整后预算数|年初预算|全年预算|预算执行数"
                    r"|预算执行率|权重$|原因$|(预算)?调整(情况)?说明$)")  # (四川: 年初预算 | 调整后预算数 | 预算执行数 |
# 预算执行率 | 权重 | 得分 | 原因; … | 得分 | 预算调整说明)
_SIGN_OFF = re.compile(r"^(填报单位|填表单位|填报人|填表人|联系电话|填报日期|填表日期|单位负责人|财务负责人|项目负责人|负责人|审核人"
                       r"|联系人)\s*([（(][^）)]{1,4}[）)])?\s*([:：]|$)")  # (填报单位（盖章）：…, under the table's last
# row; 填报单位（盖章） / 屯昌县市场监督管理局, its label alone on its line with no colon, blind 5116)
_TOTAL = re.compile(r"^(总分|合计|总计)$")
_PHRASED = re.compile(r"(建立|建成|形成|健全|完善|实现|达到|保持|基本|全面|有效|持续|稳定|长期|逐步|按时|按期|及时|正常|控制在|控制于|不超过|不低于|不少于|符合|"
                      r"不发生|未发生)")  # (不发生区域性重大动物疫情: a target said, blind 8324)
_DONE_END = re.compile(r"(全覆盖|达标|合格|到位|落实|有效运行|正常运行|建成|建立|健全)$")  # 村卫生室全覆盖: a standard said
# in words, a value (blind 4757)
_BOUND_TAIL = r"(前|内|止|以前|之前|以内|以上|以下|及以上|及以下|左右|底前|为止)"  # a value's last word, cut off
_BOUNDED = re.compile(r"^[≥≤=＝<>＞＜≧≦]|前$|以[上下内前]|不[低高少多超][于过]|至少|最[多少]")  # a target's bound: a result has none


def applies(lines: list[str]) -> bool:
    """Most lines hold one cell (no tab, no run of spaces) and the indicator table's labels stand one per line."""
    body = [line.strip() for line in lines if line.strip() and not line.startswith("# ")]
    single = sum(1 for line in body if "\t" not in line and not re.search(r"\S[ \u3000]{2,}\S", line))
    row_lines = sum(1 for line in body if len(line.split()) >= 3  # (a browser's copy: a row a line, cells one space apart;
                    and not all(_FIGURE.fullmatch(p) for p in line.split())  # not a row's figures on one baseline)
                    or spaced.NAME_VALUE.fullmatch(line))  # (管网及水源井维修处数 ≥420处: a row's name and value, one space)
    spread = _spread([(0, t) for t in body])
    return len(body) >= 12 and single >= 0.9 * len(body) and row_lines < 0.25 * len(body) \
        and any(_table_start([t for _, t in found]) is not None
                for found in (spread, _level_heads_drawn_last(spread), _column_blocks(spread), _header_implied(spread)))


# a figure of an indicator row (≥15000吨, 100%, =70元/吨·年, 2022年12月31日前, 10, 9.5, —): a row's target, result,
# weight and score on one baseline
_FIGURE = re.compile(r"[≥≤=＝<>＜＞]?\s*\d[\d.,]*\s*(%|‰|[\u4e00-\u9fff/·.a-zA-Z]{0,8})"
                     r"|[≥≤=＝<>＜＞]?\d{4}年\d{1,2}月(\d{1,2}日)?[\u4e00-\u9fff]{0,3}|[—－-]+")


def _spread(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A copy that mostly gives a cell a line but joined a few cells on one baseline with single spaces (年初预算数
    全年预算数 …, 150.00 150.00 147.60 10 98.40% 9.84, 一级指标 二级指标 …): those lines parted into their cells; a
    side label printed a character a line (绩 / 效 / 指 / 标) put together."""
    out: list[tuple[int, str]] = []
    for number, text in body:
        parts = text.split()
        head = norm(parts[0]) if parts else ""
        labelled = bool(_TOTAL.match(head) or len(parts) >= 3 and _FUND_LINE.match(head))  # (a funds line's label)
        headed = len(parts) >= 3 and labels.FUNDS_SIDE.match(head) is not None  # (the block's side label)
        if len(parts) >= 2 and (all(_column(p) is not None or _FUNDS.match(norm(p)) for p in parts[1 if headed else 0:])
                                or all(_AMOUNT.match(p) for p in parts[1 if labelled else 0:])
                                or len(parts) >= 3 and all(_FIGURE.fullmatch(p) for p in parts)):
            # (年度预算 年初预算数 全年预算数 …: the block's label before its columns'; 年度资金总额 8600 9200 9108 10 99%
            # 9.9, 其中：财政拨款 8600 9200 9108 — — —: a funds line on one baseline)
            out.extend((number, p) for p in parts)
            continue
        if len(parts) == 2 and re.fullmatch(r"[≥≤=＝<>＜＞]\s*\S{1,12}|\d+(\.\d+)?\s*(%|‰|[\u4e00-\u9fff/·]{1,6})", parts[1]) \
                and re.search(r"[\u4e00-\u9fff）)]$", parts[0]) and len(parts[0]) >= 3:
            out.extend((number, p) for p in parts)  # 保障在编人员人数 =9人: a name and its value on one baseline
            continue
        out.append((number, text))
    joined: list[tuple[int, str]] = []
    k = 0
    while k < len(out):
        run = k
        while run < len(out) and re.fullmatch(r"[\u4e00-\u9fff]", out[run][1]):
            run += 1
        word = "".join(t for _, t in out[k:run])
        if run - k >= 2 and (labels.section_label(word) or norm(word) in ("绩效指标", "年度绩效指标")):
            joined.append((out[k][0], word))
            k = run
            continue
        joined.append(out[k])
        k += 1
    return joined


def _furniture(text: str) -> bool:
    """A page's number, or its running head (某局2024年部门预算公开, 第2页): what a page prints above its table."""
    return bool(labels.PAGE_NUMBER.fullmatch(text.strip())
                or re.search(r"\d{4}年.{0,12}(部门预算|部门决算|预算公开|决算公开)", text) and len(text) <= 40)


def _column(text: str) -> str | None:
    """A column label's role; a note's column (指标解释, 备注) holds text beside the value. A sentence (实际完成情况：完成
    人工造林3.62万亩，…) is none, whatever label it begins with."""
    if re.search(r"[，,。；;]|[:：]\S", text):
        return None
    return labels.column_field(text) or ("extra" if norm(text) in ("指标解释", "指标说明", "指标释义", "备注", "说明") else None)


def _table_start(body: list[str]) -> int | None:
    """Where the indicator table's column labels start: three or more lines in a row that label its columns."""
    for k in range(len(body)):
        run: list[str] = []
        pieces = body[k:k + 18]
        j = 0
        while j < len(pieces):
            t = pieces[j]
            if _column(t) is None and norm(t) not in ("绩效指标", "年度绩效指标"):
                if not (run or j == 0) or j + 1 >= len(pieces) or len(pieces[j + 1]) > 3 \
                        or _column(t + pieces[j + 1]) is None or not _label_start(t):
                    break
                t = t + pieces[j + 1]  # 一级指 / 标, 二级指 / 标: a label wrapped in its narrow cell (blind 4793)
                j += 1
            run.append(norm(t))
            j += 1
        if len(run) >= 3 and labels.is_indicator_header(run):
            return k
    return None


def rows(lines: list[str]) -> list[tuple[int, list[str]]]:
    numbered = _blocks_joined([(k + 1, line.strip()) for k, line in enumerate(lines)])
    notes = [(n, [t]) for n, t in numbered if t.startswith("# ")]
    body = _bracket_joined(_spread([(n, t) for n, t in numbered if t and not t.startswith("# ") and not _FOOTER.match(t)]))
    body = _header_pieces_joined(body)
    start = _table_start([t for _, t in body])
    if start is None or not _names_labelled(body, start):  # (一级指标 / 二级指标 / 年度绩效指标 after the rows, their
        moved = _level_heads_drawn_last(body)  # 三级指标 / 指标值 above them: not the header's start, blind 7090)
        start = _table_start([t for _, t in moved]) if moved is not body else start
        body = moved if moved is not body and start is not None else body
    if start is None:
        body = _column_blocks(body)
        start = _table_start([t for _, t in body])
    if start is None:
        body = _header_implied(body)
        start = _table_start([t for _, t in body])
    if start is None:
        return [*notes, *((n, [t]) for n, t in body)]
    body, start = _header_drawn_last(body, start)
    body = _scores_first_rotated(body, start)
    lead = lead_cells.count(body, start)  # 单位名称 | 项目名称 | 预算数 | 年度目标 before 一级指标: a table of projects
    return [*notes, *_preamble(body[:start - lead]), *_table(body[start - lead:], lead)]


def _blocks_joined(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """plain pdftotext that parts its text blocks by blank lines (most lines one cell, a blank line after it): a
    block of two lines whose second is a few characters and no figure, label or value — a name's end wrapped in its
    cell (河湖长制巡河制度 / 落实, then a blank line, then 长效运行; blind 7478) — one line, the cell's text."""
    body = [k for k, (_, t) in enumerate(numbered) if t and not t.startswith("# ")]
    if not body or sum(1 for k in body if k + 1 < len(numbered) and not numbered[k + 1][1]) < 0.4 * len(body):
        return numbered
    out = list(numbered)
    for k in range(1, len(out) - 1):
        above, line, below = out[k - 1][1], out[k][1], out[k + 1][1]
        before = out[k - 2][1] if k >= 2 else ""
        if not above or not line or below or before or not re.fullmatch(r"[\u4e00-\u9fff]{1,6}", line) \
                or not re.search(r"[\u4e00-\u9fff]{4}$", above) or _value_like_text(above) \
                or labels.is_level(line) or labels.known_level(line) or labels.header_label(line) \
                or labels.column_field(line) is not None or labels.section_label(line) or labels.is_level(above) \
                or labels.known_level(above) or labels.column_field(above) is not None:
            continue
        prev = out[k - 3][1] if k >= 3 else ""
        if not (labels.known_level(prev) or labels.is_level(prev) or _value_like_text(prev)
                or re.fullmatch(r"\d+(\.\d+)?", prev)):
            continue  # (a name begins after its group's label or the row before it; not 2型糖尿病患者基层规范 /
            # 管理服务率 after a reason's block, blind 1242, whose lines stay as the reader takes them)
        out[k - 1], out[k] = (out[k - 1][0], above + line), (out[k][0], "")
    return out


def _value_like_text(text: str) -> bool:
    """A text the grammar reads as a quantity, a range, a deadline or a period."""
    return parse_value(text).kind in ("quantity", "range", "deadline", "period")


def _header_drawn_last(body: list[tuple[int, str]], start: int) -> tuple[list[tuple[int, str]], int]:
    """A viewer's copy that gives the indicator table's column labels after its rows, drawn last (…rows… / 满意度指标 /
    一级指标 / 二级指标 / 三级指标 / 指标值, Chrome; blind 6422): the labels put before the first level's label of the
    rows above them — where those rows hold three levels' labels and three values at least."""
    size = 0
    while start + size < len(body) and _column(body[start + size][1]) is not None:
        size += 1
    first = next((k for k in range(start) if labels.known_level(body[k][1]) or norm(body[k][1]) in ("绩效指标",)), None)
    if first is None or size < 3:
        return body, start
    between = [t for _, t in body[first:start]]
    if sum(1 for t in between if labels.known_level(t)) < 3 or sum(1 for t in between if _value_line(t)) < 3 \
            or any(_column(t) is not None and not labels.known_level(t) for t in between):
        return body, start
    moved = [*body[:first], *body[start:start + size], *body[first:start], *body[start + size:]]
    return moved, first


def _level_heads_drawn_last(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A viewer's copy that gives the table's level column and its labels after the rows, drawn last (三级指标 / 指标值
    / …the rows… / 产出指标 / 数量指标 / … / 一级指标 / 二级指标, Edge; blind 6016, 6030): the level columns' labels put
    before the header's others, where the template prints them — the rows then read, the levels' labels after them
    left for the after-their-rows split."""
    texts = [norm(t) for _, t in body]
    at = next((k for k in range(len(texts) - 1) if _column(texts[k]) == "name" and _column(texts[k + 1]) is not None
               and _column(texts[k + 1]) not in ("level1", "level2", "name")), None)
    if at is None:
        return body
    heads = next((k for k in range(at + 2, len(texts) - 1)
                  if [_column(texts[k]), _column(texts[k + 1])] == ["level1", "level2"]), None)
    if heads is None or not all(labels.known_level(t) for t in texts[heads - 2:heads]):
        return body
    return [*body[:at], body[heads], body[heads + 1], *body[at:heads], *body[heads + 2:]]


def _rows_begin(texts: list[str], level: int) -> int:
    """Where the rows start above the table's first level label `level`: after the goal's text (its sentences), the
    first of the short lines before the label — the rows whose labels a viewer gives after them (执行检查企业 / ≥260家次 /
    … / 数量指标, Edge; blind 5365) — or the label itself."""
    k = level
    while k > 0 and not _is_goal_label(texts[k - 1]) and len(texts[k - 1]) <= 24 \
            and not re.search(r"[。；;，,：:]", texts[k - 1]):
        k -= 1
    return k


_BARE = re.compile(r"\d{1,3}(\.\d{1,2})?")  # a row's 分值 or 得分


def _scores_first_rotated(body: list[tuple[int, str]], start: int) -> list[tuple[int, str]]:
    """A self-evaluation's rows whose 分值 and 得分 a viewer gives before the row (20 / 20 / 产出指标 / 数量指标 / 特困供养
    人员数量 / ≥1260人 / 1251人 / 10 / 10 / 质量指标 / …, Chrome in the content stream's order; blind 7153): each row's
    two figures put after its result, where the table opens with two such figures before any name and at least three
    rows have that shape."""
    head = start
    while head < len(body) and (_column(body[head][1]) is not None or norm(body[head][1]) in ("绩效指标", "年度绩效指标")):
        head += 1
    fields = {_column(t) for _, t in body[start:head]}
    if not {"weight", "score", "actual"} <= fields or head + 5 >= len(body) \
            or not all(_BARE.fullmatch(norm(t)) for _, t in body[head:head + 2]):
        return body
    out, j, rows = list(body[:head]), head, 0
    while j + 4 < len(body) and all(_BARE.fullmatch(norm(t)) for _, t in body[j:j + 2]):
        k = j + 2
        while k < len(body) and labels.known_level(body[k][1]):
            k += 1
        if k + 2 >= len(body) or _FIGURE.fullmatch(norm(body[k][1])) or not _VALUE.search(body[k + 1][1]):
            break
        out += [*body[j + 2:k + 3], body[j], body[j + 1]]
        j, rows = k + 3, rows + 1
    return [*out, *body[j:]] if rows >= 3 else body


def _names_labelled(body: list[tuple[int, str]], start: int) -> bool:
    """Whether the header that starts at `start` labels the names' column (三级指标) within its first lines."""
    return any(_column(t) == "name" for _, t in body[start:start + 12])


_BLOCK_ORDER = ("level1", "level2", "name", "value", "actual", "weight", "score", "reason")


def _column_blocks(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A table pdftotext gave a column at a time, each column's label then its cells (一级指标 / 产出指标 / … / 三级指标 /
    职业技能培训人数 / … / 年度指标值 / ≥2600人次 / … / 得分 / 10 / …, blind 8155, 8145): the lines put back as a
    header and its rows, a cell a line — each 二级 over the names its words fit, in order; a wrapped name made whole
    where the names outnumber the values; the reasons given to the rows that lost points, where they are as many.
    The body as it was where no such table stands, or its columns do not agree."""
    at = {role: k for k, (_, text) in enumerate(body) if (role := _column(text)) in _BLOCK_ORDER}
    if not {"level2", "name", "value", "score"} <= set(at) or [r for r in _BLOCK_ORDER if r in at] != sorted(
            (r for r in _BLOCK_ORDER if r in at), key=lambda r: at[r]):
        return body
    roles = [r for r in _BLOCK_ORDER if r in at]
    cells: dict[str, list[tuple[int, str]]] = {}
    for r, nxt in zip(roles, roles[1:] + [None]):
        stop = at[nxt] if nxt else next((k for k in range(at[r] + 1, len(body))
                                         if _TOTAL.match(norm(body[k][1])) or _SIGN_OFF.match(body[k][1])), len(body))
        cells[r] = list(body[at[r] + 1:stop])
    end = at[roles[-1]] + 1 + len(cells[roles[-1]])
    n = len(cells["value"])
    if n < 2 or any(len(cells[r]) != n for r in ("actual", "weight", "score") if r in cells) \
            or not all(_bare_points(t) for r in ("weight", "score") if r in cells for _, t in cells[r]):
        return body
    names = _names_made_whole(cells["name"], n)
    levels2 = _labels_whole(cells["level2"])
    levels1 = _labels_whole(cells.get("level1", []))
    if names is None or not levels2 or len(levels2) > n:
        return body
    groups = _split_by_words([_said(t, v) for (_, t), (_, v) in zip(names, cells["value"])], [t for _, t in levels2])
    reasons = cells.get("reason", [])
    short = [k for k in range(n) if "weight" in cells and Decimal(cells["score"][k][1]) < Decimal(cells["weight"][k][1])]
    if reasons and len(reasons) != len(short):
        return body
    given = dict(zip(short, reasons))
    header = [body[at[r]] for r in roles]
    out: list[tuple[int, str]] = [*body[:min(at.values())], *header]
    last1 = last2 = ""
    for k, (line, name) in enumerate(names):
        group = groups[k]
        head = next((t for l1, t in levels1 if labels.level_name(labels.unweighted(t)) == labels.implied_level1(group)), "")
        if head and head != last1:
            out.append((line, head))
        if group != last2:
            out.append((line, group))
        last1, last2 = head or last1, group
        out.append((line, name))
        out.extend(cells[r][k] for r in ("value", "actual", "weight", "score") if r in cells)
        if k in given:
            out.append(given[k])
    return [*out, *body[end:]]


def _said(name: str, value: str) -> str:
    """A name as its value tells its kind, where its words do not: a rate (≥70%) a quality's, a date a time's."""
    if name_kind(name) is not None:
        return name
    found = parse_value(value)
    if found.kind in ("deadline", "period"):
        return name + "时间"
    return name + "率" if getattr(found, "unit", None) == "%" else name


def _names_made_whole(names: list[tuple[int, str]], n: int) -> list[tuple[int, str]] | None:
    """The names column's lines as `n` names: a piece that ends no name (…（技能等级）证书) joined to the line after it,
    the first such pieces first; None where they cannot be made `n`."""
    out = list(names)
    while len(out) > n:
        k = next((k for k in range(len(out) - 1) if out[k][1][-1:] not in labels.NAME_ENDS
                  and not spaced._MEASURE_END.search(out[k][1])), None)
        if k is None:
            return None
        out[k:k + 2] = [(out[k][0], out[k][1] + out[k + 1][1])]
    return out if len(out) == n else None


def _labels_whole(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A level column's labels, a piece that ends one (服务对象满意度 / 指标) or its weight (产出指标 / （50分）) joined to it;
    None of anything that is no label."""
    out: list[tuple[int, str]] = []
    for line, text in lines:
        if out and (labels.weight_only(text) or not labels.known_level(text) and labels.known_level(out[-1][1] + text)):
            out[-1] = (out[-1][0], out[-1][1] + text)
        elif labels.known_level(text) or labels.known_level(labels.unweighted(text)):
            out.append((line, text))
        else:
            return []
    return out


def _header_implied(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A target form's indicator table printed with no column labels, only its side label (年度绩效指标 / 数量指标 /
    产出指标 / 资助困难群众参保人数 / ≥2600人 / …, Edge; blind 7059) or not even that (the goal, then 数量指标 / 平原生态林
    养护面积 / …, 7100): the template's labels (一级指标 / 二级指标 / 三级指标 / 指标值) put after the side label, on its
    line, or before the first level label — where the rows below hold level labels, names and values, and the form
    has no column a self-evaluation scores in."""
    texts = [norm(t) for _, t in body]
    if any(_column(t) in ("actual", "weight", "score") for t in texts) \
            or any(_column(t) in ("level1", "level2", "name") for t in texts if _whole_label(t)):
        return body  # (一级指标 / 产出指标 / 二级指标 / …: the labels there, each over its column's cells — no header
        # to imply, blind 3000)
    goal = False  # (no side label: the rows from the first level label after the goal, blind 7100)
    for k, t in enumerate(texts):
        goal = goal or _is_goal_label(t)
        side = t in ("绩效指标", "年度绩效指标") and any(labels.known_level(x) for x in texts[k + 1:k + 3])
        if not side and not (goal and labels.known_level(t) and k + 1 < len(texts) and not labels.known_level(texts[k + 1])):
            continue
        below = texts[k + 1:k + 40]
        if sum(1 for x in below if labels.known_level(x)) >= 3 and sum(1 for x in below if _VALUE.search(x)) >= 3:
            at = k + 1 if side else _rows_begin(texts, k)
            implied = [(body[at][0], label) for label in ("一级指标", "二级指标", "三级指标", "指标值")]
            return [*body[:at], *implied, *body[at:]]
        if side or goal and labels.known_level(t):
            return body
    return body


def _whole_label(text: str) -> bool:
    """A column label the vocabulary names as it is (年度指标值, 实际完成值, 一级指标), not one found inside a longer text."""
    t = norm(text)
    return any(t == name for _, names, _ in vocabulary().columns for name in names)


def _header_pieces_joined(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Column labels a narrow header cell wrapped at a word, a piece a line (一级 / 指标, 年度 / 指标值, 实际 / 完成值),
    made whole where they stand among other column labels."""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(body):
        number, text = body[k]
        nxt = body[k + 1][1] if k + 1 < len(body) else ""
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", text) and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", nxt) \
                and _whole_label(text + nxt) and (_column(text) is None or nxt == "指标" and _column(text + nxt) == _column(text)) \
                and sum(_column(t) is not None for _, t in body[k + 2:k + 10]) >= 2 \
                and not (_TASK_COLUMN.fullmatch(text) and _TASK_COLUMN.fullmatch(nxt)):  # (总额 / 财政拨款: two columns)
            out.append((number, text + body[k + 1][1]))
            k += 2
            continue
        out.append((number, text))
        k += 1
    return out


_FUNDS_LABELS = ("年初预算数", "全年预算数", "全年执行数", "调整后预算数", "年度预算数", "预算执行数", "预算执行率")


def _bracket_joined(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Labels broken where their column wrapped made whole again: inside a bracket (年度预算申请（万 / 元）), a funds
    column's label (年初预算 / 数), a level's name (经济效益指 / 标, 服务对象满 / 意度指标); a rate's sign under its
    figure (100.00 / %)."""
    out: list[tuple[int, str]] = []
    natured = any(labels.column_field(text) == "nature" for _, text in body) \
        or any(labels.column_field(a + b) == "nature" for (_, a), (_, b) in zip(body, body[1:]) if len(b) <= 3)  # (指标性质: the comparator's own column)
    united = any(labels.column_field(text) == "unit" or text in ("度量单", "计量单") for _, text in body) \
        or any(re.fullmatch(r"[%％‰]", c) and _LONE_COMPARATOR.fullmatch(a)
               for (_, a), _, (_, c) in zip(body, body[1:], body[2:]))  # (% in a 度量单位 column, after ≥ | 85)
    for number, text in body:
        if out and (_broken_label(out[-1][1], text)
                    or not natured and _LONE_COMPARATOR.fullmatch(out[-1][1]) and re.match(r"\d", text)
                    or not united and not natured and re.fullmatch(r"[%％‰]", text)
                    and re.fullmatch(r"[≥≤=＝<>＜＞]?\d+(\.\d+)?", out[-1][1])):
            out[-1] = (out[-1][0], out[-1][1] + text)  # (≥ / 45公里: a comparator the viewer gave a run of its own;
            continue  # 100.00 / %: a rate's sign wrapped under its figure)
        out.append((number, text))
    return out


_LONE_COMPARATOR = re.compile(r"[≥≤=＝<>＜＞≧≦]{1,2}")


_SIDE_LABELS = ("年度绩效指标", "绩效指标", "年度主要任务", "年度总体目标", "年度绩效目标")


def _broken_label(head: str, tail: str) -> bool:
    if _LONE_COMPARATOR.fullmatch(tail.strip()):
        return False  # (因路况原因引发交通事故数 / ≤: a name and its comparator, not a label wrapped)
    if re.fullmatch(r"[（(][A-Za-z/]{1,5}[)）]", tail.strip()) and (_FUNDS.match(norm(head)) or head.endswith("执行率")):
        return True  # 全年预算数 / （A）, 执行率 / （B/A）: a funds column's label and its letter below it
    if re.fullmatch(r"[（(]\s*((19|20)\d{2}\s*年?)?", head.strip()) \
            and re.fullmatch(r"(19|20)\d{2}|(年度|年)?[）)]|(19|20)\d{2}\s*年度?[）)]?", tail.strip()):
        return True  # （ / 2022 / 年度）: a title's year in its brackets, a run a line
    if labels.is_level(head) and re.fullmatch(r"[(（]\s*\d+(\.\d+)?\s*(-\s*\d+\s*)?分?\s*[)）]\s*分?", tail):
        return True  # 产出指标 / （50分）: a level's weight on the line below it
    whole = norm(head + tail)
    if len(tail) <= 4 and len(whole) >= 4 and any(label.startswith(whole) for label in _SIDE_LABELS):
        return True  # 年度 / 绩效 / 指标, 年度 / 主要 / 任务, 年度总体 / 目标: a side label, its pieces on lines of their own
    if re.match(r"[^（()）]{0,4}[）)]", tail) and re.search(r"[（(][^）)]{0,4}$", head):
        return True  # (填报单位（盖章 / ）：威县农业农)
    if re.fullmatch(r"[（(]\s*(万元|元|亿元)\s*[）)]", tail) and not re.search(r"[\d（()）]", head):
        return True  # 年度预算执行情况 / （万元）: a label's unit on the line below
    if labels.column_field(head) == "reason" and labels.column_field(head + tail) == "reason" and len(tail) <= 6 \
            and re.fullmatch(r"[\u4e00-\u9fff]+", tail) and not re.search(r"(措施|原因|说明|情况)$", head) \
            and not labels.is_level(tail) and labels.column_field(tail) is None \
            and re.search(r"(措施|原因|说明|情况|分析|建议)$", head + tail):
        return True  # 偏差原因分析及改 / 进措施, 偏差原因分析 / 及改进措施: the header's long label wrapped
    if len(tail) <= 3 and _column(head + tail) is not None and _column(tail) is None \
            and (_column(head) is None or norm(head) == "指标" or len(tail) == 1 and _column(head) == _column(head + tail)) \
            and not re.search(r"\d", head + tail) and tail.strip() not in _GRADE_OR_NONE:  # (改进措施 / 无: its text)
        return True  # 一级指 / 标, 指标 / 性质: a column label wrapped in its narrow header cell
    if tail.strip() == "指标" and 2 <= len(head.strip()) <= 6 and labels.known_level(head) and not head.endswith("指标") \
            and labels.known_level(head + tail):
        return True  # 成本 / 指标, 产出 / 指标: a level's short name, its 指标 on the line below (blind 8105, 8073, 8051)
    if len(tail) > 4 or re.search(r"\d", tail) or labels.known_level(tail) or labels.column_field(tail) is not None:
        return False
    whole = norm(head + tail)
    from jxcheck.engine.readers import money_tables  # (it reads the text module, which reads this one)
    if re.match(r"其中[:：]", whole) and money_tables.source_label(whole) and not money_tables.source_label(head):
        return True  # 其中：基 / 本支出: a funds line's label wrapped in its narrow cell (blind 6606)
    return whole in _FUNDS_LABELS or (labels.known_level(whole) and not labels.known_level(head))


_TASK_COLUMN = re.compile(r"(序号|任务名称|年度任务|主要内容|任务内容|预算金额([（(][^）)]*[）)])?(总额|合计)?|任务对应预算|金额合计|预算申请|(全年|年初|调整后)?预算数|总额|合计|其中[:：]?\s*财政拨款|财政拨款|其他资金|"
                          r"(实际)?完成情况|(全年|预算)?执行数|(预算)?执行率)([（(][^）)]*[）)])?")
_TASK_AMOUNT_COLUMN = labels.TASK_AMOUNT_COLUMN
# (任务名称 | 预算数 | 执行数 | 执行率: a self-evaluation's tasks, each figure a line of its own)


def _spelled_label(body: list[tuple[int, str]], j: int) -> int:
    """Where a section label printed a character a line (年 / 度 / 主 / 要 / 任 / 务) that starts at `j` ends; 0 if none."""
    end = j
    while end < len(body) and re.fullmatch(r"[\u4e00-\u9fff]", body[end][1].strip()):
        end += 1
    return end if end - j >= 3 and labels.section_label("".join(t.strip() for _, t in body[j:end])) else 0


_TASK_SIDE_LABELS = tuple(t for t in labels.SECTION_LABELS if "任务" in t)


def _split_side_label(body: list[tuple[int, str]], k: int) -> list[int]:
    """Where the task rows' side label is printed in pieces with a line or more of the rows between them (年度主要 /
    照料护理 / 任务, 年度 / … / 主要 / 图书馆文献资源购置 / 任务: plain pdftotext reads the merged cell's lines in turn
    with the rows' lines beside them, blind 6857, 2362), or whole among a task's amounts (6991): the pieces' indices,
    looked for from `k` up to the goal or a section label."""
    out: list[int] = []
    j = k + 1
    while j < min(len(body), k + 200):
        text = norm(body[j][1])
        if text in _TASK_SIDE_LABELS and j + 1 < len(body) and _AMOUNT.match(body[j - 1][1]) \
                and _AMOUNT.match(body[j + 1][1]):
            out.append(j)  # 1860.00 / 年度主要任务 / 1860.00 / 0.00: the label whole among a task's amounts (Edge
            j += 1  # gives each run a line in the content stream's order, blind 6991)
            continue
        if _is_goal_label(text) or labels.section_label(text) and j > k + 1:
            break
        whole = next((t for t in _TASK_SIDE_LABELS if t.startswith(text) and t != text), None) \
            if 2 <= len(text) <= 5 else None
        pieces, said, at = [j], text, j
        while whole and said != whole:
            at = next((i for i in range(at + 2, min(at + 9, len(body)))
                       if whole.startswith(said + norm(body[i][1])) and norm(body[i][1])), 0)
            if not at:
                break
            pieces.append(at)
            said += norm(body[at][1])
        if whole and said == whole:
            out += pieces
            j = pieces[-1]
        j += 1
    return out


def _money_labels_drawn_last(body: list[tuple[int, str]], k: int) -> list[int]:
    """The order of the lines from `k` with a task table's money labels put after its other column labels, where a
    viewer gives them after the rows (任务名称 / 主要内容 / …the rows… / 年度主要任务 / 预算金额（万元） / 总额 / 财政拨款 /
    其他资金 / 金额合计, Edge; blind 7090): indices into body, or [] where the table has no such labels."""
    head = k
    while head < len(body) and _TASK_COLUMN.fullmatch(norm(body[head][1])) \
            and not _TASK_AMOUNT_COLUMN.match(norm(body[head][1])):
        head += 1
    if head - k < 2 or not norm(body[k][1]).startswith(("任务名称", "年度任务")):
        return []
    for j in range(head + 3, min(len(body), head + 120)):
        if not re.fullmatch(r"(金额)?(合计|总计)", norm(body[j][1])):
            continue
        start = j
        while start > head and (_TASK_AMOUNT_COLUMN.match(norm(body[start - 1][1]))
                                or re.fullmatch(r"预算金额([（(][^）)]*[）)])?", norm(body[start - 1][1]))):
            start -= 1
        if j - start < 2:
            return []
        return [*range(head), *range(start, j), *range(head, start), *range(j, len(body))]
    return []


def _tasks(body: list[tuple[int, str]], k: int) -> tuple[list[tuple[int, list[str]]], int]:
    """A 年度主要任务 table copied a cell a line (see _task_rows), its side label's pieces, when split around a row's
    line, left out; its money labels, when given after the rows, put with the others."""
    order = _money_labels_drawn_last(body, k)
    read = None
    if not order:  # (the body as it stands: tried first, at every line, and looked at again only where a table
        read = _task_rows(body, k)  # starts — the side label's pieces lie among its rows)
        if not read[0]:
            return read
        order = list(range(len(body)))
    reordered = [body[i] for i in order]
    pieces = set(_split_side_label(reordered, k))
    if not pieces and read is not None:
        return read
    kept = [i for n, i in enumerate(order) if n not in pieces]
    rows, after = _task_rows([body[i] for i in kept], kept.index(k))
    return rows, kept[after] if after < len(kept) else len(body)


def _task_rows(body: list[tuple[int, str]], k: int) -> tuple[list[tuple[int, list[str]]], int]:
    """A 年度主要任务 table copied a cell a line: its column labels (任务名称 / 主要内容 / 预算金额 …), then each task's
    name, its content up to the amounts, and its amounts; the rows and where the lines after the table start."""
    number, text = body[k]
    j = k + 1
    columns: list[str] = []
    if _TASK_COLUMN.fullmatch(norm(text)) and norm(text).startswith(("任务名称", "年度任务", "序号")):
        j = k  # 任务名称 / 主要内容 / 总额 / … / 年度主要任务: the columns first, the side label after them
    elif j + 1 < len(body) and re.fullmatch(r"(完成|执行)?情况", norm(body[j][1])) \
            and norm(body[j + 1][1]).startswith(("任务名称", "年度任务", "序号")):
        text += body[j][1]  # 年度主要任务 / 完成情况 / 任务名称 …: the side label wrapped, its rest no column
        j += 1
        k += 1
    first = j  # (the columns from the table's first line: its side label after them, or printed down the rows)
    while j < len(body):
        piece = norm(body[j][1])
        if _TASK_COLUMN.fullmatch(piece):
            columns.append(body[j][1])
            j += 1
        elif columns and re.fullmatch(r"[（(](万元|元)[)）]", piece):
            columns[-1] += body[j][1]  # 预算金额 / （万元）: the group's unit wrapped under it
            j += 1
        elif j + 1 < len(body) and (len(piece) <= 4 or re.search(r"[（(][^）)]*$", piece)) \
                and _TASK_COLUMN.fullmatch(piece + norm(body[j + 1][1])):
            columns.append(body[j][1] + body[j + 1][1])  # 财政 / 拨款, 其他 / 资金: a label wrapped in its narrow cell
            j += 2  # (预算金额（ / 万元）总额: cut inside its unit, blind 6857)
        else:
            break
    if first == k:
        if j < len(body) and labels.section_label(body[j][1]) and "任务" in body[j][1]:
            text = body[j][1]
            j += 1
        elif len(columns) >= 3 and norm(columns[0]).startswith("任务名称"):
            text = "年度主要任务"  # 任务名称 / 主要内容 / 预算金额 / 总额 …, its side label printed down the rows' middle
        else:
            return [], k
    if columns and norm(columns[0]).startswith(("主要内容", "任务内容")) and first != k and "任务" in text \
            and not any(norm(c).startswith(("任务名称", "年度任务")) for c in columns):
        columns = ["任务名称", *columns]  # 年度主要任务 / 主要内容 / 预算金额 …: the side label heads the names' column
    elif columns and first != k and "任务" in text and all(re.match(r"任务对应预算", norm(c)) or _TASK_AMOUNT_COLUMN.match(norm(c))
                                                           for c in columns):
        columns = ["任务名称", *columns]  # 年度主要任务 / 任务对应预算（万元） / 金额合计 / 财政拨款 / 其他资金 (广东,
        # blind 4651): the side label heads the names' column, no content
    if not any(norm(c).startswith(("任务名称", "年度任务")) for c in columns) \
            or not any(_TASK_AMOUNT_COLUMN.match(norm(c)) for c in columns):
        labelled = _tasks_labelled_by_column(body, first, text) if columns else None
        return labelled if labelled is not None else ([], k)
    for n in range(len(columns) - 1):  # 预算金额（万元） over 总额 | 财政拨款 | 其他资金: the group's label, no column of its
        if re.fullmatch(r"(预算金额|预算数|任务对应预算|预算申请)([（(][^）)]*[）)])?", norm(columns[n])) \
                and re.match(r"(总额|合计|金额合计)", norm(columns[n + 1])):  # (预算金额总额: the group's label
            # and its first column's on one line, a column; 预算金额 | 财政拨款 | 其他资金: the total's own column
            # beside its parts, blind 4812)
            unit = re.search(r"[（(][^）)]*[）)]", columns[n])  # own (its money unit kept on the first of them)
            columns = [*columns[:n], columns[n + 1] + (unit.group(0) if unit else ""), *columns[n + 2:]]
            break
    amounts_wanted = sum(1 for c in columns if _TASK_AMOUNT_COLUMN.match(norm(c)))
    has_content = any(norm(c).startswith(("主要内容", "任务内容")) for c in columns)
    out: list[tuple[int, list[str]]] = [(number, [text, *columns])]
    width = 0  # the longest line of content so far: a wrapped cell's lines are that long but its last
    side = not any(labels.section_label(t) and "任务" in t for _, t in body[k:j])  # (its side label not yet seen:
    # the columns first, a unit's line above them or nothing)

    unnumbered = not any(norm(c).startswith("序号") for c in columns)

    def numbered(at: int) -> bool:  # 1 / 机构正常运转 / …: the task's number on a line of its own, in order, under a
        return unnumbered and at + 1 < len(body) and norm(body[at][1]) in (str(len(out)), f"任务{len(out)}") \
            and not _AMOUNT.match(body[at + 1][1])  # header with no 序号 column (one with it reads it as its cell;
        # 任务2 / 家庭医生签约 / 服务: the name's cell numbered, blind 5532)
    while j < len(body) and numbered(j):
        j += 1
    cut = False  # the last task's content a single full line: its rest may follow its amounts
    names = 0  # the widest name's first line so far
    if j < len(body) and not side and labels.section_label(body[j][1]) and norm(body[j][1]) == norm(text):
        j += 1  # 年度主要任务 / 任务名称 … / 年度主要任务: the side label printed again under the columns (blind 4812)
    by_column = _tasks_by_column(body, j, amounts_wanted, has_content)
    if by_column is not None:
        rows_read, j = by_column
        out.extend(rows_read)
        return out, _total_row(body, j, amounts_wanted, has_content, out)
    while j < len(body) and not _AMOUNT.match(body[j][1]) and not _is_goal_label(body[j][1]) \
            and (not labels.section_label(body[j][1]) or side and "任务" in body[j][1]) \
            and labels.header_label(body[j][1]) is None:
        spelled = _spelled_label(body, j) or (j + 1 if side and labels.section_label(body[j][1]) else 0)
        if spelled:  # 年 / 度 / 主 / 要 / 任 / 务: the side label, a character a line, between two tasks
            j, side = spelled, False
            continue
        tails = _row_tails(body, j, width, names, bool(re.search(r"[，,、及和与或的]$", out[-1][1][2]))) if cut else 0
        if tails:  # …基本生活及 / 620.50 … / 照料护理 / 临时救助 / 对遭遇…: the content's second line after the
            # amounts beside its first (blind 6857); 优抚对象抚恤补 / … / 1520.00 … / 助 / 和生活补助: the name's too (4299)
            taken = list(islice((t for _, t in body[j:j + 6] if not (labels.section_label(t) and "任务" in t)), tails))
            if tails == 2:
                out[-1][1][1] += taken[0]
            out[-1][1][2] += taken[-1]
            while tails:
                tails -= 0 if labels.section_label(body[j][1]) and "任务" in body[j][1] else 1
                j += 1
            cut = False
            continue
        row_at, name = body[j]
        before, names = names, max(names, wcswidth(name))
        at_name = j
        j += 1
        if has_content and j + 1 < len(body) and not _AMOUNT.match(body[j + 1][1]) \
                and not labels.section_label(body[j][1]) and (len(name) >= 6 and (re.fullmatch(
                    r"[\u4e00-\u9fff]{1,3}", body[j][1]) or re.fullmatch(r"[\u4e00-\u9fff]{4,6}", body[j][1])
                    and len(body[j][1]) <= len(name) <= 12 and len(body[j + 1][1]) > len(name))
                    or re.fullmatch(r"[\u4e00-\u9fff]{2,6}", name) and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", body[j][1])
                    and len(norm(body[j + 1][1])) >= 12
                    and wcswidth(body[j + 1][1]) >= wcswidth(name + body[j][1]) + 8
                    or before and width and wcswidth(name) >= before - 1 and wcswidth(body[j][1]) <= before
                    and re.fullmatch(r"[\u4e00-\u9fff（）()、]{2,12}", body[j][1]) is not None
                    and wcswidth(body[j + 1][1]) >= width - 4):
            # (动物防疫与农产品质 / 量安全监管 / 开展重大动物疫病…; 基层医疗卫生 / 机构能力提升 / 乡镇卫生院医疗设备购置…:
            # the name's two lines as wide; 森林防火 / 巡护与扑救 / 配备专职扑火队员48人，开展防火 …: two short lines
            # before a line of content much wider than both, not a task with its amounts blank, blind 6417;
            # 退役士兵自主就业 / 一次性经济补助 / 发放2025年度自主就业退役士…: a name as wide as the widest above, its next
            # line no wider, then a line as wide as the content's, blind 7760)
            name += body[j][1]  # 农村供水工程维修 / 养护 / 对全县65处…: the name wrapped in its narrow cell, the content after
            j += 1
        content = ""
        start = j
        while has_content and j < len(body) and not _AMOUNT.match(body[j][1]) and not _is_goal_label(body[j][1]) \
                and not labels.section_label(body[j][1]):
            content += body[j][1]
            j += 1
            if content and wcswidth(body[j - 1][1]) < width - 4 and j < len(body) and not _AMOUNT.match(body[j][1]) \
                    and not (j + 1 < len(body) and _AMOUNT.match(body[j + 1][1])):
                break  # the content's last line, and no amount after it: the amount was left blank (not …运行 /
                # 等日常运转支出 / 96.30: a shorter line, then the content's last, then its amounts)
        width = max([width, *(wcswidth(t) for _, t in body[at_name + 1:j])]) if content else width
        cut = j == start + 1 and wcswidth(content) >= width - 4 and not re.search(r"[。；;]$", content)
        amounts, j = _amounts_from(body, j, amounts_wanted)
        if not amounts and not content and not has_content and j + 1 < len(body) \
                and (len(body[j][1]) <= 3 or len(body[j][1]) <= 6 and len(name) >= 8 and name[-1] not in labels.NAME_ENDS) \
                and not _AMOUNT.match(body[j][1]) and _AMOUNT.match(body[j + 1][1]) and not _is_label(body[j][1]):
            name += body[j][1]  # 中小河流治理及水毁 / 修复 / 852.60: a name wrapped in its narrow cell, its amounts after
            # (a few characters: a task without money, 山洪灾害监测预警, above 汛期值班 30.00, is not its head)
            amounts, j = _amounts_from(body, j + 1, amounts_wanted)
        if not amounts and not content:  # not a task after all: the table has ended
            return out, at_name
        done = ""
        if amounts and re.search(r"完成情况|备注|说明", norm(columns[-1])):  # (…| 全年执行数 | 完成情况: its text after
            while j < len(body) and not _AMOUNT.match(body[j][1]) and not _is_goal_label(body[j][1]) \
                    and not labels.section_label(body[j][1]) and (not done or j + 1 >= len(body)
                                                                 or not _AMOUNT.match(body[j + 1][1])):
                done += body[j][1]  # the amounts, a line or more up to the next task's name, which its amounts follow)
                j += 1
                if re.fullmatch(r"(已|基本|全部|均已|未|尚未|部分)?(完成|实施|落实|达成)(年度任务|目标)?", norm(done)):
                    break  # 已完成, 基本完成: the status whole (the next task's name after it)
        if not amounts and (j >= len(body) or _is_goal_label(body[j][1]) or labels.section_label(body[j][1])):
            return out, at_name  # (its words ran into the goal: no task)
        out.append((row_at, ["", name, *([content] if has_content else []), *amounts, *([done] if done else [])]))
        while j < len(body) and numbered(j):
            j += 1
    return out, _total_row(body, j, amounts_wanted, has_content, out)


def _row_tails(body: list[tuple[int, str]], j: int, width: int, names: int, open_end: bool) -> int:
    """How many lines from `j`, after a task's amounts, end its cells rather than start the next task (plain
    pdftotext and Edge read a row's lines in turn: a name's and a content's second lines follow the amounts beside
    their first): one or two short lines (the content's rest, or the name's and the content's), then the next task's
    name narrower than a full line of content and a single wider line of content before its amounts, or then the
    total's label. The side label (年度主要任务) may stand among them. `width`: the widest line of content so far;
    `names`: the widest name's first line (a rest wider than that is no name's first line); `open_end`: the content
    so far ends in a comma or a joining word (…免费开放运行，), so its rest must follow."""
    group: list[str] = []
    total = False
    for _, line in body[j:j + 6]:
        t = norm(line)
        if _AMOUNT.match(line) or re.fullmatch(r"(金额)?(合计|总计)", t):
            total = not _AMOUNT.match(line)
            break
        if labels.section_label(t) and "任务" in t:
            continue
        if _is_label(line) or _is_goal_label(line):
            return 0
        group.append(t)
    else:
        return 0
    tails = group if total else group[:-2]
    if not 1 <= len(tails) <= 2 or any(wcswidth(t) >= width - 4 for t in tails):
        return 0
    if total:
        return len(tails)
    name, content = group[-2:]  # (森林防火 / 巡护与扑救 / 配备…开展防火 / 巡护、物资… / 215.00: a name wrapped,
    # its content's lines all before its amounts, blind 6417: not the next task's lone line of content)
    fits = len(name) >= 4 and wcswidth(name) < width - 4 and wcswidth(content) > wcswidth(name)
    return len(tails) if fits and (open_end or all(len(t) <= len(name) or wcswidth(t) > names for t in tails)) else 0


def _total_row(body: list[tuple[int, str]], j: int, wanted: int, has_content: bool,
               out: list[tuple[int, list[str]]]) -> int:
    """The task table's total after its rows (金额合计 / 2107.92 / 2077.92 / 30.00: its figures a line each) added to
    `out`; the line after it (or `j` where no total follows)."""
    if j + 1 < len(body) and re.fullmatch(r"(金额)?(合计|总计)", norm(body[j][1])) and _AMOUNT.match(body[j + 1][1]):
        amounts, after = _amounts_from(body, j + 1, wanted)
        out.append((body[j][0], ["", body[j][1], *([""] if has_content else []), *amounts]))
        return after
    return j


def _tasks_labelled_by_column(body: list[tuple[int, str]], j: int, side: str
                              ) -> tuple[list[tuple[int, list[str]]], int] | None:
    """A task table pdftotext gave column by column, each column's label before its cells (任务名称 / 医疗救助 / … / 主要内容
    / 城乡困难群众住院及门诊医疗 / 救助 / … / 预算金额（万元） / 620.0 / …; blind 5585): as many names as figures in each
    amount column, the contents' wrapped lines shared out among the tasks (a line shorter than the column's widest ends
    a cell); the rows and the line after the table. None for any other shape."""
    groups: list[tuple[str, list[tuple[int, str]]]] = []
    k = j
    while k < len(body):
        number, text = body[k]
        piece = norm(text)
        if groups and re.fullmatch(r"[（(](万元|元)[)）]", piece):
            groups[-1] = (groups[-1][0] + text, groups[-1][1])
        elif _TASK_COLUMN.fullmatch(piece) and not re.fullmatch(r"(金额)?(合计|总计)", piece):
            groups.append((text, []))
        elif not groups or re.fullmatch(r"(金额)?(合计|总计)", piece) or _is_goal_label(text) or labels.section_label(text):
            break
        else:
            groups[-1][1].append((number, text))
        k += 1
    groups = [(label, cells) for n, (label, cells) in enumerate(groups)  # (预算金额 over 总额 | 财政拨款 | 其他资金:
              if cells or n + 1 >= len(groups) or not _TASK_AMOUNT_COLUMN.match(norm(groups[n + 1][0]))]  # the
    # group's label, no column of its own, blind 5703)
    if len(groups) < 3 or not norm(groups[0][0]).startswith(("任务名称", "年度任务")):
        return None
    names = groups[0][1]
    contents = next((cells for label, cells in groups[1:] if norm(label).startswith(("主要内容", "任务内容"))), None)
    money = [(label, cells) for label, cells in groups[1:] if _TASK_AMOUNT_COLUMN.match(norm(label))]
    if len(names) < 2 or not money or len(groups) != 1 + (contents is not None) + len(money) \
            or any(len(cells) != len(names) or not all(_AMOUNT.match(t) for _, t in cells) for _, cells in money):
        return None
    shared = _shared_lines([t for _, t in contents], len(names)) if contents is not None else None
    if contents is not None and shared is None:
        return None
    header = ["任务名称", *(["主要内容"] if contents is not None else []), *(label for label, _ in money)]
    out: list[tuple[int, list[str]]] = [(body[j][0], [side, *header])]
    for r, (number, name) in enumerate(names):
        out.append((number, ["", name, *([shared[r]] if shared is not None else []), *(cells[r][1] for _, cells in money)]))
    return out, _total_row(body, k, len(money), contents is not None, out)


def _shared_lines(lines: list[str], count: int) -> list[str] | None:
    """`count` cells' text from their lines in order: one a line where the counts agree, else a cell ending at a line
    shorter than the widest (its wrapped last line); None when that does not give `count` cells."""
    if len(lines) == count:
        return list(lines)
    widest = max((wcswidth(t) for t in lines), default=0)
    cells: list[str] = []
    current = ""
    for text in lines:
        current += text
        if wcswidth(text) < widest - 4:
            cells.append(current)
            current = ""
    if current:
        cells.append(current)
    if len(cells) == count:
        return cells
    cells = []  # (cells of one line each as wide as the column: 人员经费及日常公用经费 / 困难群众住院及门诊医疗 / 救助 / …,
    for k, text in enumerate(lines):  # blind 6789 — a short line after a full one is that one's wrapped end)
        if k and wcswidth(text) <= widest // 2 and wcswidth(lines[k - 1]) >= widest - 4:
            cells[-1] += text
        else:
            cells.append(text)
    return cells if len(cells) == count else None


def _tasks_by_column(body: list[tuple[int, str]], j: int, wanted: int, has_content: bool
                     ) -> tuple[list[tuple[int, list[str]]], int] | None:
    """A task table pdftotext gave column by column: every task's name, then (with a content column) every task's
    content, then each amount column's figures, a line each (食品安全抽检监测 / 特种设备安全监察 / … / 食品安全监督抽检… /
    … / 310.00 / 96.50 / … / 0.00; blind 5525) — as many lines of words as tasks (twice as many with content) and
    as many figures as tasks times amount columns; the rows, and the line after the figures. None for a table given
    row by row."""
    words = j
    while words < len(body) and not _AMOUNT.match(body[words][1]) and not _is_goal_label(body[words][1]) \
            and not labels.section_label(body[words][1]) and labels.header_label(body[words][1]) is None:
        words += 1
    amounts, after = _amounts_from(body, words)
    texts = body[j:words]
    count = len(texts) // (2 if has_content else 1)
    wrapped = None  # the contents' own lines shared out, where they wrapped (保障在职在编人员工资福利 / 及机关日常运转 …)
    if has_content and wanted >= 1 and len(amounts) % wanted == 0 and 2 <= len(amounts) // wanted < count:
        count = len(amounts) // wanted  # (as many tasks as each amount column has figures: blind 5877)
        wrapped = _shared_lines([t for _, t in texts[count:]], count)
        if wrapped is None:
            return None
    if wanted < (1 if has_content else 2) or count < 2 \
            or len(texts) != count * (2 if has_content else 1) and wrapped is None \
            or len(amounts) != count * wanted \
            or any(_AMOUNT.match(t) or len(norm(t)) < 2 for _, t in texts[:count]) \
            or any(_AMOUNT.match(t) for _, t in texts[count:]):
        return None
    by_column = [[amounts[c * count + r] for c in range(wanted)] for r in range(count)]
    by_row = [amounts[r * wanted:(r + 1) * wanted] for r in range(count)]
    if _parts_add_up(by_row) and not _parts_add_up(by_column):
        return None  # (the words column by column, the figures row by row: no such copy — the words were one cell's lines)
    names, contents = texts[:count], texts[count:]
    if wrapped is not None:
        contents = [(number, text) for (number, _), text in zip(contents, wrapped)]  # (each at its first line's
        # number, near enough: a content cell's place is not read)
    elif has_content:
        apart = sum(wcswidth(c) > wcswidth(n) for (_, n), (_, c) in zip(names, contents))
        paired = sum(wcswidth(texts[2 * r + 1][1]) > wcswidth(texts[2 * r][1]) for r in range(count))
        if paired > apart:  # 优抚对象抚恤补助 / 为全县…发放抚恤和生活补助 / 退役士兵安置 / …: each task's name and content
            names, contents = texts[0::2], texts[1::2]  # in turn, only the amounts given as a column (blind 5742)
    return [(names[r][0], ["", names[r][1], *([contents[r][1]] if has_content else []), *by_column[r]])
            for r in range(count)], after


def _parts_add_up(rows: list[list[str]]) -> bool:
    """Each row's first figure the sum of the others (总额 = 财政拨款 + 其他资金)."""
    try:
        return all(Decimal(r[0].replace(",", "")) == sum(Decimal(t.replace(",", "")) for t in r[1:]) for r in rows)
    except (InvalidOperation, ValueError):
        return False


def _is_label(text: str) -> bool:
    return labels.header_label(text) is not None or bool(labels.section_label(text)) \
        or labels.goal_column(text) is not None or bool(re.fullmatch(r"[^，,。；;:：\d]{2,14}[:：]", text))


def _funds_by_column(body: list[tuple[int, str]], k: int) -> tuple[list[tuple[int, list[str]]], int]:
    """A funds block copied column by column (项目资金（万元） / its lines' labels / 年初预算数 and an amount for each
    line / 全年预算数 and theirs / … / 分值 / 10 / 执行率 / 97.50% …, the last columns filled on the first line
    only): the block's header and its lines, row by row, and where the block ends; ([], k) where none starts at k."""
    if not labels.funds_side(body[k][1]):
        return [], k
    j = k + 1
    names: list[tuple[int, str]] = []
    while j < len(body) and not _AMOUNT.match(body[j][1]) and not _FUNDS.match(norm(body[j][1])) \
            and not _is_goal_label(body[j][1]) and len(body[j][1]) <= 16 and not labels.funds_side(body[j][1]):
        names.append(body[j])
        j += 1
    columns: list[tuple[str, list[str]]] = []
    while j < len(body) and _FUNDS.match(norm(body[j][1])) and not labels.NOTE_LABEL.search(norm(body[j][1])):
        label, j = body[j][1], j + 1
        values: list[str] = []
        while j < len(body) and _AMOUNT.match(body[j][1]) and len(values) < len(names):
            values.append(body[j][1])
            j += 1
        columns.append((label, values))
    if len(names) < 2 or len(columns) < 2 or len(columns[0][1]) != len(names) \
            or not all(1 <= len(v) <= len(names) for _, v in columns):
        return [], k
    out = [(body[k][0], [body[k][1], "", *(label for label, _ in columns)])]
    for n, (at, name) in enumerate(names):
        out.append((at, ["", name, *(v[n] if n < len(v) else "" for _, v in columns)]))
    note, j = _note(body, j)
    return out + note, j


def _note(body: list[tuple[int, str]], j: int) -> tuple[list[tuple[int, list[str]]], int]:
    """A funds block's note under it (预算调整说明 / 年中追加…万元。, its label wrapped: 预算调整 / 说明): the label and
    its text as one line, and where it ends; ([], j) where none starts at j."""
    if j >= len(body):
        return [], j
    at, label = body[j]
    k = j + 1
    if not labels.NOTE_LABEL.search(norm(label)) and k + 1 < len(body) and len(body[k][1]) <= 4 \
            and labels.NOTE_LABEL.search(norm(label + body[k][1])):
        label, k = label + body[k][1], k + 1  # (预算调整 / 说明: the label wrapped in its cell)
    if not labels.NOTE_LABEL.search(norm(label)) or k >= len(body) or _AMOUNT.match(body[k][1]):
        return [], j
    said = ""
    while k < len(body) and not _is_goal_label(body[k][1]) and labels.goal_column(body[k][1]) is None \
            and not _is_label(body[k][1]) and not said.endswith("。"):
        said += body[k][1]
        k += 1
    return [(at, [label, said])], k


def _goal_heads_parted(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """年度总体目标 预期目标 实际完成情况 on one line (a viewer that keeps a row's label runs together): the side label
    and its columns' labels, a line each as the other runs are; the line of texts below, 完成…。 完成…。, the two
    columns' texts where it parts at a sentence's end into as many."""
    parted: list[tuple[int, str]] = []
    columns = 0
    for number, text in body:
        pieces = text.split()
        if len(pieces) >= 3 and _is_goal_label(pieces[0]) \
                and all(labels.goal_column(p) is not None and not _is_goal_label(p) for p in pieces[1:]):
            parted.extend((number, p) for p in pieces)
            columns = len(pieces) - 1
            continue
        texts = re.split(r"(?<=[。.；;])\s+", text.strip()) if columns else []
        if columns and len(texts) == columns:
            parted.extend((number, t) for t in texts)
        else:
            parted.append((number, text))
        columns = 0
    return parted


def _preamble(body: list[tuple[int, str]]) -> list[tuple[int, list[str]]]:
    out: list[tuple[int, list[str]]] = []
    body = _goal_heads_parted(body)
    k = 0
    while k < len(body):
        number, text = body[k]
        by_column, after = _funds_by_column(body, k)
        if by_column:
            out.extend(by_column)
            k = after
            continue
        funds = _funds_header(body, k)
        unlabelled = 0
        if _FUNDS.match(norm(text)):  # (年初预算数 first: no block label before the columns')
            funds, unlabelled = 0, 1
            while k + unlabelled < len(body) and _FUNDS.match(norm(body[k + unlabelled][1])):
                unlabelled += 1
            unlabelled = unlabelled if unlabelled >= 3 else 0
        columns = [t for _, t in body[k:k + unlabelled]] if unlabelled else [t for _, t in body[k + 1:k + 1 + funds]]
        if unlabelled:  # 年初预算数 / 全年预算数 … / 年度预算执行情况（万元）: the columns' labels before the block's own
            out.append((number, ["", "", *(t for _, t in body[k:k + unlabelled])]))
            k += unlabelled
            if k + 1 < len(body) and not _AMOUNT.match(body[k][1]) and not _AMOUNT.match(body[k + 1][1]):
                at, block_label = body[k][0], body[k][1]  # the block's label, its amounts none
                k += 1
                while labels.funds_side(block_label) and k + 1 < len(body) and not _AMOUNT.match(body[k + 1][1]) \
                        and labels.funds_side(body[k][1]) and labels.funds_side(block_label + body[k][1]):
                    block_label += body[k][1]  # 年度预算 / 执行情况 / （万元）: the side label over three lines
                    k += 1
                out.append((at, ["", block_label]))
            funds = unlabelled
        elif funds:  # 项目资金(万元) / 年初预算数 / 全年预算数 …: the block's labels, then a line's label and amounts
            out.append((number, [text, "", *(t for _, t in body[k + 1:k + 1 + funds])]))
            k += 1 + funds
        if funds and k + funds <= len(body) and all(_AMOUNT.match(t) for _, t in body[k:k + funds]):
            out.append((body[k][0], ["", "年度资金总额", *(t for _, t in body[k:k + funds])]))  # 年度预算执行情况 /
            k += funds  # 年初预算数 … 得分 / 1335.00 …: the block's one line, its label the block's own — the whole budget
        if funds:
            bare = 0  # the lines just read that had no amounts
            while k < len(body) and not _AMOUNT.match(body[k][1]) and not _is_goal_label(body[k][1]) \
                    and labels.goal_column(body[k][1]) is None and not labels.section_label(body[k][1]):
                line_at, label = body[k]
                amounts: list[str] = []
                k += 1
                pair = re.fullmatch(r"(.{2,14}?)[:：]\s*(-?\d[\d,]*(?:\.\d+)?)", label.strip())
                if pair or re.fullmatch(r"按.{2,6}分[:：]?", norm(label)):  # 按收入性质分： / 一般公共预算：186.52: the
                    out.append((line_at, [pair.group(1), pair.group(2)] if pair else [label]))  # budget's breakdown
                    continue  # under the block, a label and its one amount a line (no line of the block's columns)
                note, after_note = _note(body, k - 1)
                if note:  # 预算调整说明 / 年中追加…万元。: the block's note and its text, no line of amounts
                    out.extend(note)
                    k = after_note
                    continue
                while k < len(body) and len(body[k][1]) <= 4 and not _AMOUNT.match(body[k][1]) \
                        and (not re.search(r"(资金|拨款|收入|支出|总额|合计|小计|结转|结余|经费|预算)$", label)
                             or re.search(r"(预算|资金|支出)$", label) and norm(body[k][1]) in ("总额", "合计", "总计")
                             and k + 1 < len(body) and _AMOUNT.match(body[k + 1][1])) \
                        and (not re.search(r"资金|拨款|收入|支出|合计|小计", body[k][1])
                             or re.search(r"(财政拨款|其他资金|结转资金|自筹资金)$", label + body[k][1])
                             and not re.search(r"^(其中[:：]?)?(财政拨款|其他资金|结转资金|自筹资金|上年结转资金)",
                                               body[k][1])):  # (其中：当年财 / 政拨款)
                    label += body[k][1]  # 其中：当年财政拨 / 款: the label wrapped in its cell (not 上年结转资金 | | |
                    k += 1  # then 其他资金: a line of blank amounts, then the next)
                run, after_run = _amounts_from(body, k)
                if bare >= 2 and len(run) > funds \
                        and not any(re.match(r"按.{2,6}分", norm(cells[-1])) for _, cells in out[-bare:]):
                    # (按收入性质分 / 按支出性质分: two columns' headings, each line's amounts after it)
                    k = after_run
                    stacked = [*out[-bare:], (line_at, ["", label])]
                    del out[-bare:]
                    out.extend(_stacked_lines(stacked, run, columns))
                    bare = 0
                    continue
                amounts, k = _amounts_from(body, k, funds)
                ends = r"(资金|拨款|收入|支出|经费|结余|结转)$"
                if amounts and k < len(body) and re.fullmatch(r"[\u4e00-\u9fff]{1,2}", body[k][1].strip()) \
                        and re.search(ends, norm(label + body[k][1])) and not re.search(ends, norm(label)):
                    label += body[k][1].strip()  # 其中：当年财政拨 / 92.00 … / 款: the label's last piece of its wrapped
                    k += 1  # cell printed after the line's amounts (blind 6856)
                bare = 0 if amounts else bare + 1
                if amounts and len(amounts) == funds - 1 and re.search(r"原因|说明$", norm(columns[-1])):
                    said = ""  # …| 10 | 10 | 1.预算执行率=…需说明原 / 因（100字以内）…: the 原因 cell's lines, up to the
                    while k + 1 < len(body) and not _AMOUNT.match(body[k][1]) and not _AMOUNT.match(body[k + 1][1]) \
                            and not labels.section_label(body[k][1]) and not _is_goal_label(body[k][1]) \
                            and (said or len(body[k][1]) >= 12) \
                            and not re.search(r"(资金|拨款|收入|支出|总额|合计|小计)$", body[k][1]):  # (not 单位资金)
                        said += body[k][1]  # next line's label (the line before its amounts)
                        k += 1
                    amounts.append(said)
                if amounts and len(amounts) < funds and re.search(r"原因|说明$", norm(columns[-1])):
                    amounts += [""] * (funds - len(amounts))  # 其他资金 / 0.00 / 0.00 / 0.00 / /: the cells after its
                    # last amount empty (no line), not a column short on the left
                out.append((line_at, ["", label, *amounts]))
            continue
        paired = _labels_then_amounts(body, k)
        if paired:  # 资金总额： / 财政拨款： / … / 268.50 / 248.50 / …: a block's labels column by column, then its amounts
            out.extend(paired)
            k += 2 * len(paired) - (len(paired[0][1]) == 1)  # (a side label first: one line, no amount)
            continue
        tasks, after = _tasks(body, k)
        if tasks:  # 年度主要任务 / 任务名称 / 主要内容 / 预算金额, then each task's name, content and amount
            out.extend(tasks)
            k = after
            continue
        heads = _heads_before(body, k)
        floating: set[int] = set()  # the side label's pieces among the text lines (年度总体 / … / 目标)
        if not heads:
            heads, floating = _heads_over_text(body, k)
        if heads:  # 预期目标 / 实际完成情况 / 年度总体目标: the columns' labels printed above the side label
            k += len(heads)
            number, text = body[k]
        if floating:
            text = "".join(body[j][1] for j in sorted(floating))
        if _is_goal_label(text) or heads:  # 年度总体目标 (预期目标 | 实际完成情况): the goal, then what was achieved
            k += 0 if floating else 1
            while k < len(body) and labels.goal_column(body[k][1]) is not None and len(body[k][1]) <= 12:
                heads.append(body[k][1])
                k += 1
            texts, current, pieces = [], "", []
            achieved = ""  # (预期目标 / its lines / 实际完成情况 / its lines: each column's label before its text)
            while k < len(body) and not (_is_label(body[k][1]) and len(body[k][1]) <= 14 and not current) \
                    and not labels.section_label(body[k][1]):  # (长期绩效指标: the next table's caption)
                if re.fullmatch(r"\d{1,3}", body[k][1].strip()) and not current or k in floating:
                    k += 1  # (a page's number between the goal's last line and the next table; the side label's piece)
                    continue
                current += body[k][1]
                pieces.append(body[k][1])
                k += 1
                if re.search(r"[。.]$", current):
                    texts.append(current)
                    current = ""
                if len(heads) == 1 and not achieved and k < len(body) and labels.goal_column(body[k][1]) is not None \
                        and labels.goal_column(body[k][1]) != labels.goal_column(heads[0]) and len(body[k][1]) <= 12:
                    if current:
                        texts.append(current)
                    achieved, current = body[k][1], ""
                    texts = ["".join(texts)]
                    k += 1
            if current:
                texts.append(current)
            if achieved:
                heads.append(achieved)
                texts = [texts[0], "".join(texts[1:])]
            if len(heads) >= 2 and _interleaved(pieces):
                texts = ["".join(pieces[0::2]), "".join(pieces[1::2])]  # the two columns' lines given in turn
            if heads:  # 年度总体目标 | 预期目标 | 实际完成情况, then the goal and what was achieved beside it
                out.append((number, [text, *heads]))
                out.append((number, ["", *texts[:1], *(["".join(texts[1:])] if texts[1:] else [])]))
            else:
                out.append((number, [text, "".join(texts)]))
            continue
        if _is_label(text) and k + 1 < len(body) and not _is_label(body[k + 1][1]) and not re.search(r"[:：]\S", text):
            value = body[k + 1][1]  # 项目名称 / 2024年农村饮水工程维修养护项目
            k += 2
            while k < len(body) and labels.header_label(body[k][1]) is None and not labels.section_label(body[k][1]) \
                    and len(body[k][1]) <= 12 \
                    and len(value) <= 14 and not _AMOUNT.match(body[k][1]) and not _is_label(body[k][1]) \
                    and not _AMOUNT.match(value) and not re.search(r"[（(]\s*(万元|元)|^其中|[:：]$|资金$", body[k][1]) \
                    and not (labels.header_label(text) == "department" and labels.unit_name(value)) \
                    and not _is_goal_label(body[k][1]) and not re.search(r"[。；;]$", value):
                value += body[k][1]  # 2025年高标准农 / 田建设项目, 威县农 / 业农村 / 局: a narrow cell's value wrapped
                k += 1
            out.append((number, [text, value]))
            continue
        if re.search(r"[:：]\S", text) and _is_label(re.split(r"[:：]", text)[0]) and k + 1 < len(body) \
                and len(body[k + 1][1]) <= 4 and not _AMOUNT.match(body[k + 1][1]) and not _is_label(body[k + 1][1]):
            out.append((number, [text + body[k + 1][1]]))  # 填报单位（盖章）：威县农业农 / 村局
            k += 2
            continue
        side = int(k + 2 < len(body) and labels.FUNDS_SIDE.match(norm(body[k + 1][1])) is not None
                   and labels.FUNDS_SIDE.match(norm(text)) is None)  # (其中：财政资金 / 项目资金 / 320.00: the block's
        # side label, centred down its lines, between a line's label and its amount)
        if not side and k + 2 < len(body) and re.fullmatch(r"其中[:：][^\d，,。；;:：]{1,14}", text) \
                and re.fullmatch(r"[\u4e00-\u9fff]{1,6}", body[k + 1][1]) \
                and re.search(r"(资金|拨款|补助|配套|基金)$", body[k + 1][1]) and not re.search(r"(资金|拨款)$", text) \
                and re.fullmatch(r"-?\d[\d,]*(\.\d+)?", body[k + 2][1]):
            out.append((number, [text + body[k + 1][1], body[k + 2][1]]))  # 其中：中央财政衔接推进乡村振 / 兴补助
            k += 3  # 资金 / 600.00, 其中：省级 / 补助资金 / 1380.00: a source's label wrapped in its cell, then its amount
            continue
        if k + 1 + side < len(body) and re.fullmatch(r"(其中[:：])?[^\d，,。；;:：]{2,14}", text) \
                and re.fullmatch(r"-?\d[\d,]*(\.\d+)?", body[k + 1 + side][1]):
            out.append((number, [text, body[k + 1 + side][1]]))  # 财政拨款 / 2098.60: a source's label and its amount
            k += 2 + side
            continue
        out.append((number, [text]))
        k += 1
    return out


def _reason_piece(piece: str, text: str, after: list[tuple[int, str]]) -> bool:
    """`text` goes on a reason whose last line is `piece` (blind 7639): no value, level or label, the reason not
    ended; as wide as that line with no value after it (a name's first line has its rest, then its value), or any
    width before a group's label or the total (no row can end there without its value)."""
    nxt = after[0][1] if after else ""
    if _value_line(text) and not re.search(r"[。！!；;]$", piece) and re.search(r"[，,]", piece) \
            and re.search(r"[\u4e00-\u9fff]$", text) and nxt and (labels.is_level(nxt) or labels.known_level(nxt)):
        return True  # 两家新建养老机构未按 / 期投入运营，已督促 / 2023年上半年投运 / 质量指标: a date that begins the reason's
        # last clause, a label after it — no row's value, which a name would come before (blind 8181)
    if re.search(r"[。！!]$", piece) or _value_line(text) or labels.is_level(text) or labels.known_level(text) \
            or _label_piece(text) or _TOTAL.match(text):
        return False
    if nxt and (labels.is_level(nxt) or labels.known_level(nxt) or _TOTAL.match(nxt)):
        return True
    if re.search(r"[，,、]$", piece) and not (nxt and _value_line(nxt) and not re.search(r"[。；;]$", nxt)):
        return True  # 提前到来未能施工， / 剩余1.5公里纳入 / 2025年春季实施。: a clause left open, the sentence goes on
        # (blind 7889) — not the next row's name, whose value would follow it
    return abs(wcswidth(text) - wcswidth(piece)) <= 2 and bool(nxt) and not _value_line(nxt) \
        and not (len(after) > 1 and (_value_line(after[1][1]) or _bare_points(after[1][1])))  # (农村公路安全生命防护工程 /
    # 实施里程 / 10 / ≥85公里: the next row's name over two lines, its 分值 first — blind 8061)


def _name_over_two(text: str, after: list[tuple[int, str]]) -> bool:
    """`text` and the line after it the next row's name, its 分值 after them (…什运乡便文桥受台风影响 / 延期开工，已纳入2025年
    计划 / 农村公路安全生命防护工程 / 实施里程 / 10 / ≥85公里, blind 8061): a phrase with no clause in it, a short name's end,
    then bare points — no reason going on."""
    if len(after) < 2 or re.search(r"[，,；;、。：:\d]", text):
        return False
    end, then = after[0][1].strip(), after[1][1]
    return re.fullmatch(r"[\u4e00-\u9fff（）()]{2,6}", end) is not None \
        and (end[-1] in labels.NAME_ENDS or spaced._MEASURE_END.search(end) is not None) \
        and _bare_points(then)  # (not 农村学校…按实际 / 在校人数据实补助 / 供餐天数 / ≥200天: the reason's clause
    # ended, the next row's one-line name and its value — blind 3426)


def _values_fill(body: list[tuple[int, str]], at: int, after_name: list[str]) -> bool:
    """The lines from `at` fill every column before the row's weight and score with a value each, none of them a
    wrapped piece (群众出行条件 / 改善 / 明显改善 / 明显改善 / 15: the word before them is the name's end, blind 7547)."""
    if "weight" not in after_name and "score" not in after_name:
        return False
    numbered = min(after_name.index(r) for r in ("weight", "score") if r in after_name)
    slots = [r for r in after_name[:numbered] if r in ("value", "actual", "term_value")]
    texts = [t for _, t in body[at:at + len(slots) + 1]]
    return len(slots) >= 2 and len(texts) == len(slots) + 1 and re.fullmatch(r"\d+(\.\d+)?", texts[-1]) is not None \
        and all(_VALUE.search(t) or _a_value(t) for t in texts[:-1])


def _overflows(body: list[tuple[int, str]], at: int, after_name: list[str]) -> bool:
    """The lines from `at` to the row's first bare number (its weight or score) are more than the columns before
    them (指标值, 完成值, 符号, 单位, a reason placed before 分值 …): the first of them still belongs to the name."""
    if "weight" not in after_name and "score" not in after_name:
        return False
    numbered = min(after_name.index(r) for r in ("weight", "score") if r in after_name)
    slots = after_name[:numbered]  # every column before them (a reason or a note placed before 分值 too)
    texts = 0
    for _, text in body[at:at + len(slots) + 3]:
        if re.fullmatch(r"\d+(\.\d+)?", text):
            return texts > len(slots)
        if labels.is_level(text) or _label_piece(text):
            return False
        texts += 1
    return False


def _heads_over_text(body: list[tuple[int, str]], k: int) -> tuple[list[str], set[int]]:
    """预期目标 / 实际完成情况, then the two columns' lines in turn with the side label's pieces among them (a viewer's
    run a line: 年度总体 and 目标 where their visual lines fall): the heads and where those pieces stand; ([], set())
    where no such block starts at k."""
    heads: list[str] = []
    j = k
    while j < len(body) and labels.goal_column(body[j][1]) is not None and not _is_goal_label(body[j][1]) \
            and len(body[j][1]) <= 12 and len(heads) < 2:
        heads.append(body[j][1])
        j += 1
    if len(heads) < 2:
        return [], set()
    pieces = [m for m in range(j, min(j + 16, len(body))) if re.fullmatch(r"[\u4e00-\u9fff]{2,6}", body[m][1])
              and any(g.startswith(body[m][1]) or g.endswith(body[m][1]) for g in labels.goal_labels())]
    for n in range(len(pieces), 1, -1):  # (the longest run of pieces that make one label, in order)
        for a in range(len(pieces) - n + 1):
            run = pieces[a:a + n]
            if _is_goal_label("".join(body[m][1] for m in run)) and run[-1] - run[0] <= 6:
                return heads, set(run)
    return [], set()


def _interleaved(pieces: list[str]) -> bool:
    """预期目标 and 实际完成情况 side by side, copied a visual line at a time: their lines in turn, each column's
    last line the one that ends its sentence (not the goal's lines, then the result's)."""
    if len(pieces) < 4:
        return False
    first, second = pieces[0::2], pieces[1::2]
    ends = [bool(re.search(r"[。.]$", t)) for t in pieces]
    full = [wcswidth(t) for t in first[:-1] + second[:-1]]  # a cell's lines but its last fill their column, and
    # the two columns are as wide (a goal run over lines of their own widths is one column's, given in order)
    return all(re.search(r"[。.]$", column[-1]) for column in (first, second)) and sum(ends) == 2 \
        and bool(full) and max(full) - min(full) <= max(4, 0.15 * max(full)) and len(first) - len(second) in (0, 1)


def _labels_then_amounts(body: list[tuple[int, str]], k: int) -> list[tuple[int, list[str]]]:
    """Three or more labels ending in a colon, then as many amounts: each label with its amount, in order. Or a
    funds block's side label, its lines' labels (资金总额 / 其中：中央财政资金 / 省级财政资金 …), then an amount
    for each: the side label, then each line's label with its amount."""
    side = labels.funds_side(body[k][1]) and not _FUNDS.match(norm(body[k][1]))
    start = k + 1 if side else k
    m = 0
    while start + m < len(body) and (re.fullmatch(r"[^\d，,。；;:：]{2,12}[:：]", body[start + m][1]) or side and (
            _FUND_LINE.fullmatch(norm(body[start + m][1])))):
        m += 1
    if m < (2 if side else 3) or start + 2 * m > len(body) \
            or not all(_AMOUNT.match(t) for _, t in body[start + m:start + 2 * m]) \
            or start + 2 * m < len(body) and _AMOUNT.match(body[start + 2 * m][1]):
        return []
    lines = [(body[start + j][0], [body[start + j][1], body[start + m + j][1]]) for j in range(m)]
    return [(body[k][0], [body[k][1]]), *lines] if side else lines


# a funds line's label (资金总额, 其中：中央财政资金, 县级财政资金, 其他资金): a source of the funds or their total
_FUND_LINE = re.compile(r"(其中[:：]?)?[\u4e00-\u9fff（）()]{0,10}(资金总额|总额|合计|资金|拨款|收入|自筹)")


def _heads_before(body: list[tuple[int, str]], k: int) -> list[str]:
    """预期目标 / 实际完成情况 above the goal's side label (年度总体目标, or its first piece 年度总体目): the goal
    columns' labels, read before the label they stand beside; [] where no such run starts at `k`."""
    heads: list[str] = []
    j = k
    while j < len(body) and labels.goal_column(body[j][1]) is not None and not _is_goal_label(body[j][1]) \
            and len(body[j][1]) <= 12:
        heads.append(body[j][1])
        j += 1
    if len(heads) < 2 or j >= len(body):
        return []
    label = norm(body[j][1])
    pieces = len(label) >= 4 and any(g.startswith(label) for g in labels.goal_labels())
    return heads if _is_goal_label(body[j][1]) or pieces else []


_GRADE_OR_NONE = ("无", "优", "良", "中", "差", "优秀", "良好", "合格", "不合格", "/", "—")


def _footer_pairs(rest: list[tuple[int, str]]) -> list[tuple[int, list[str]]]:
    """The lines under a table's 总分, a cell a line: a field's label (自评等级, 存在问题, 改进措施, 评价结论) and its
    text on the next line, one row; a sign-off's label (填表人：) as it was, the reader pairs it."""
    out: list[tuple[int, list[str]]] = []
    i = 0
    while i < len(rest):
        number, text = rest[i]
        nxt = rest[i + 1][1] if i + 1 < len(rest) else None
        if nxt is not None and not _SIGN_OFF.match(text) and re.fullmatch(r"[\u4e00-\u9fff（）()]{2,8}", text) \
                and not _SIGN_OFF.match(nxt) and (nxt.strip() in _GRADE_OR_NONE
                                                   or not re.fullmatch(r"[\u4e00-\u9fff（）()]{2,8}[:：]?", nxt)):
            out.append((number, [text, nxt]))
            i += 2
            continue
        out.append((number, [text]))
        i += 1
    return out


def _table_label(text: str) -> bool:
    """A line inside the indicator table that is no cell of its rows: a header field's label, a section's caption,
    a goal's label, a label ending in a colon (a goal column's words inside a name, 工作完成率, are not)."""
    return labels.header_label(text) is not None or bool(labels.section_label(text)) or _is_goal_label(text) \
        or bool(re.fullmatch(r"[^，,。；;:：\d]{2,14}[:：]", text))


def _is_goal_label(text: str) -> bool:
    return bool(re.fullmatch(r"(年度|本年度|中期|实施期|项目)?(总体)?(绩效)?目标(（[^）]*）|\([^)]*\))?", norm(text)))


def _stacked_lines(stacked: list[tuple[int, list[str]]], run: list[str], columns: list[str]
                  ) -> list[tuple[int, list[str]]]:
    """Funds lines a copy gave labels first (年度资金总额 / 其中：基本支出 / 项目支出), then all their figures: row by row
    (the first line's, its rate among them, then each other line's amounts) or column by column (each amount column's
    figures for every line, then the first line's scores). The reading whose first line is the sum of the others is
    taken; where neither adds up, the lines keep their labels and no figures (no sum checked on a guess)."""
    n = len(stacked)
    scored = next((k for k, c in enumerate(columns) if re.search(r"分值|执行率|得分|权重", norm(c))), len(columns))
    readings: list[list[list[str]]] = []
    rest = run[len(columns):]
    if len(run) > len(columns) and len(rest) % (n - 1) == 0 and len(rest) // (n - 1) <= scored:
        width = len(rest) // (n - 1)
        readings.append([run[:len(columns)], *(rest[j * width:(j + 1) * width] for j in range(n - 1))])
    if scored and len(run) in (scored * n, scored * n + len(columns) - scored):
        by_line = [[run[c * n + j] for c in range(scored)] for j in range(n)]
        by_line[0] += run[scored * n:]
        readings.append(by_line)
    for lines in readings:
        try:
            first = [Decimal(x.replace(",", "")) for x in (line[0] for line in lines)]
        except InvalidOperation:
            continue
        if first[0] == sum(first[1:], Decimal(0)):
            return [(at, [*cells, *line]) for (at, cells), line in zip(stacked, lines)]
    return stacked


def _amounts_from(body: list[tuple[int, str]], j: int, most: int | None = None) -> tuple[list[str], int]:
    """The amounts given a line each from `j` on (at most `most`), and the line after them."""
    amounts: list[str] = []
    while j < len(body) and _AMOUNT.match(body[j][1]) and (most is None or len(amounts) < most):
        amounts.append(body[j][1])
        j += 1
    return amounts, j


def _funds_header(body: list[tuple[int, str]], k: int) -> int:
    """How many funds column labels follow a funds block's label (项目资金(万元) then 年初预算数, 全年预算数 …)."""
    count = 0
    while k + 1 + count < len(body) and _FUNDS.match(norm(body[k + 1 + count][1])):
        count += 1
    return count if count >= 3 else 0


def _unlabelled_above(out: list[tuple[int, list[str]]], roles: list[str | None], level: str) -> bool:
    """The row put out last has no label of `level` of its own: a label of that level stacked before another one
    of the same level is its group's, after its rows (数量指标 / 质量指标 / 培训后取证率: the first the two rows
    above's, blind 6220), not one the second overwrites."""
    at = roles.index(level) if level in roles else None
    name = roles.index("name") if "name" in roles else None
    return at is not None and name is not None and bool(out) and len(out[-1][1]) > max(at, name) \
        and bool(out[-1][1][name]) and not out[-1][1][at]


def _table(body: list[tuple[int, str]], lead: int = 0) -> list[tuple[int, list[str]]]:
    header: list[str] = [t for _, t in body[:lead]]
    k = lead
    while k < len(body):
        text = body[k][1]
        if _column(text) is None and norm(text) not in ("绩效指标", "年度绩效指标"):
            whole = _completes(header[lead:], text)
            if whole is None and not _label_start(text):
                break
            if whole is not None:  # 度量单 … 位, 指标 … 性质: a wrapped label's last piece after the one-line labels
                header[lead + whole] += text
                k += 1
                continue
        elif len(header) > lead and len(text) <= 3 and _column(header[-1]) is None \
                and _column(header[-1] + text) not in (None, _column(text)):
            header[-1] += text  # 实际完成 / 值: a label wrapped in its cell, its last piece a label's word alone
            k += 1
            continue
        header.append(text)
        k += 1
    roles = [_column(t) for t in header]
    for j in range(len(header) - 2):  # 指标值 over 符号 | 值 | 单位: a group's label, its sub-labels the columns
        if roles[j] == "value" and "nature" in roles[j + 1:j + 3] and "value" in roles[j + 1:j + 4]:
            header, roles = header[:j] + header[j + 1:], roles[:j] + roles[j + 1:]
            break
    total_at = next((j for j in range(k, len(body)) if _TOTAL.match(norm(body[j][1]))), len(body))
    if roles[:1] == ["name"] and not {"level1", "level2"} & set(roles) \
            and sum(1 for _, t in body[k:total_at] if labels.known_level(t) and labels.is_level1(t)) >= 2:
        header, roles = ["一级指标", "二级指标", *header], ["level1", "level2", *roles]  # 三级指标 | 年度指标值 | …: the
        # header's level labels never copied, the rows' 一级 and 二级 labels among them before the 总分 (Edge, blind
        # 6885; not a copy that puts them all after it, 6438)
    out: list[tuple[int, list[str]]] = [(body[0][0], header)]
    row: dict[str, str] = {}
    current: dict[str, str] = {}  # the 一级 the rows are under
    projects: list[int] = []  # where in `out` the rows of project cells stand
    row_at = 0

    def flush() -> None:
        nonlocal row
        _empty_cell_shifted(row, roles)
        if row.get("name") or row.get("value"):
            out.append((row_at, [row.get(f"@{j}", "") for j in range(len(header))]))
        elif row.get("level1") or row.get("level2"):
            out.append((row_at, [row.get(f"@{j}", "") for j in range(len(header))]))
        row = {}

    def put(role: str, text: str, joined: bool = False) -> None:
        j = roles.index(role) if role in roles else None
        joined = joined or role in ("name", "reason") and bool(row.get(role))
        if j is not None:
            row[f"@{j}"] = (row.get(f"@{j}", "") + text) if joined else text
        row[role] = (row.get(role, "") + text) if joined else text
        row["_last"] = role
        row["_piece"] = text

    def lead_zone(at: int) -> int | None:
        """The project's own cells starting at `at`, put out as rows of the project columns; where they end."""
        text = body[at][1]
        end = None if _value_line(text) or labels.is_level(text) else lead_cells.zone(body, at)
        if end is not None:
            flush()
            placed = lead_cells.rows(body[at:end], header[:lead])
            projects.extend(len(out) + n for n in range(len(placed)))
            out.extend((n, cells + [""] * (len(header) - lead)) for n, cells in placed)
        return end

    def last_piece_full(width: int) -> bool:
        return row.get("_last") in ("value", "actual", "term_value") and wcswidth(row.get("_piece", "")) >= width - 1

    after_name = [r for r in roles[roles.index("name") + 1:] if r is not None] if "name" in roles else []
    wrap = _wrap_width(body[k:])
    body = body[:k] + _short_tails_joined(body[k:])
    columns = [norm(t) for t in header if norm(t) not in ("绩效指标", "年度绩效指标")]
    while k < len(body):
        block = _by_columns(body, k, roles) if not row or row.get("name") and row.get("value") else None
        if block is not None:  # a part of the table copied column by column
            flush()
            rows_, k = block
            out.extend((n, [cells.get(r, "") if r else "" for r in roles]) for n, cells in rows_)
            for _, part in rows_:  # (the 一级 labels printed in it: the rows below are under the last)
                current["level1"] = part.get("level1") or current.get("level1", "")
            continue
        number, text = body[k]
        k += 1
        if labels.form_kind(text) or norm(text) in ("绩效指标", "年度绩效指标"):
            flush()  # a page's title (…申报表（续）) or the table's caption repeated over its next page
            out.append((number, [text]))
            continue
        if len(columns) >= 3 and _furniture(text) and not _points_due(row, roles, text) and any(
                [norm(t) for _, t in body[k + skip:k + skip + len(columns)]] == columns for skip in (0, 1)):
            continue  # a page's number or running head (…2024年部门预算公开) above the column labels repeated
        if len(columns) >= 3 and [norm(t) for _, t in body[k - 1:k - 1 + len(columns)]] == columns:
            flush()  # the column labels repeated at the top of the next page
            out.append((number, [t if norm(t) in columns else "" for t in header]))  # in the columns of the first
            k += len(columns) - 1
            continue
        if text == "指标" and row.get("level2") and not row.get("name") and labels.known_level(row["level2"] + text):
            put("level2", row["level2"] + text)  # 服务对象满意度 / 指标: a level's name wrapped in its cell
            continue
        if re.fullmatch(r"\d{1,3}", text) and (k == len(body) or _SIGN_OFF.match(body[k - 2][1])):
            continue  # the page's number after the sign-off, or the text's last line
        if _SIGN_OFF.match(text) or _TOTAL.match(norm(text)) or _table_label(text) and not labels.is_level(text) \
                and not (row.get("value") and k < len(body) and re.match(r"[≥≤＜＞<>]\s*\d", body[k][1])):
            # (项目总投资 / ≤7500万元 after a row's cells: a cost's name that a header field also has, its value below)
            flush()
            cells = [text]
            while _TOTAL.match(norm(text)) and k < len(body) and _NUMBER.match(body[k][1]):
                cells.append(body[k][1])
                k += 1
            if _TOTAL.match(norm(text)):  # 总分 / 100 / 96.5: under 分值 and 得分
                tail = [j for j, r in enumerate(roles) if r in ("weight", "score")][-len(cells) + 1:] if len(cells) > 1 else []
                placed = [""] * len(header)
                placed[0] = text
                for j, v in zip(tail, cells[1:]):
                    placed[j] = v
                cells = placed
            out.append((number, cells))
            if _TOTAL.match(norm(text)) and not any(labels.is_level(t) or labels.column_field(t) in ("level1", "level2", "name")
                                                    for _, t in body[k:]):
                flush()  # 总分 ends the table: what follows is its fields (自评等级 / 优, 存在问题 / 无 …), a label and
                footer = _footer_pairs(body[k:])  # its text a line each
                k = len(body)
                out.extend(footer)
            continue
        if labels.weight_only(text) and (not row.get("name") or row.get("value")):
            continue  # （10分）: the weight of a 一级 whose name stands lines above (满意度指标 / … / （10分）)
        if row.get("_cut") and not row.get("name") and labels.known_level(row["_cut"] + text):
            del row["_cut"]
            continue  # 服务对象 / 满意度指标: the rest of a label already made whole from its first piece
        if row.get("_cut") and not row.get("name") and len(text) <= 4 and labels.cut_level(row["_cut"] + text) \
                and not labels.known_level(text):
            row["_cut"] += text  # 服务对 / 象满意 / 度指标: a label over three lines (blind 4793)
            continue
        if wrap and row.get("_last") == "name" and not any(row.get(r) for r in after_name) \
                and wcswidth(row["_piece"]) >= wrap - 1 and len(text) <= 4 and not text.endswith("指标") \
                and labels.is_level(text) and k < len(body) and not labels.is_level(body[k][1]):
            put("name", text)  # 隔离防护网建设 / 成本 / 控制在合理范围: a full piece of a name, its last word after it —
            continue  # no label 成本 (blind 4639)
        cut: str | None = None
        whole_label = _label_piece(text)
        if whole_label:
            cut, text = text, whole_label  # 产出指标（ / 可持续影响指: a level's label cut by the viewer's run order, its
            # rest below
        if len(text) == 1 and re.fullmatch(r"[\u4e00-\u9fff]", text) and not row.get("name") and "name" in roles \
                and out and len(out[-1][1]) == len(roles) and out[-1][1][roles.index("name")] and k < len(body) and len(body[k][1]) >= 4 \
                and not _value_line(body[k][1]) and not labels.is_level(body[k][1]):
            name_at = roles.index("name")  # 巡查次 … 数量指标 / 数: the last piece of the row above's name, put after the
            out[-1][1][name_at] += text  # middle label, the next row's name after it
            continue
        if row.get("name") and not any(row.get(r) for r in after_name) and len(text) <= 4 and not text.endswith("指标") \
                and labels.is_level(text) and re.fullmatch(r"[\u4e00-\u9fff]+", text) is not None \
                and k < len(body) and (_COMPARATOR.match(body[k][1]) or _value_line(body[k][1])):
            put("name", text)  # 茶叶加工企业清洁化生产线改造 / 数量 / ≥ / 8条: the name's last word, its value below (no 二级)
            continue
        same = bool(row.get("level2")) and not row.get("name") \
            and re.sub(r"指标$", "", labels.level_name(text)) == re.sub(r"指标$", "", labels.level_name(row["level2"]))
        if labels.is_level(text) and labels.known_level(text) and not same:  # (服务对象满意度指标 / 服务对象满意度: its name)
            level = "level1" if labels.is_level1(text) and "level1" in roles else "level2"
            implied = re.sub(r"指标$", "", labels.implied_level1(text) or "")
            if level == "level1" and labels.is_level2(text) and implied \
                    and (not current.get("level1") and bool(out)
                         or current.get("level1") and implied == re.sub(r"指标$", "", labels.level_name(current["level1"]))
                         or k < len(body) and implied == re.sub(r"指标$", "", labels.level_name(body[k][1]))) \
                    and not (k < len(body) and labels.implied_level1(_next_label(body, k)) == labels.level_name(text)) \
                    and labels.implied_level1(row.get("level2", "")) != labels.level_name(text):
                level = "level2"  # 成本指标 under 产出指标, or before it (成本指标 / 产出指标: labels after their rows,
                # blind 5686; no 一级 yet above it, 5699): its 二级 (the 101 scheme's 一级 stands on its own, and one
                # with its own 二级 on the next line, 成本指标 / 经济成本指标, or the line before, 经济成本指标 /
                # 成本指标, is one: blind 5754)
            past = k + 1 if k + 1 < len(body) and labels.is_level(body[k][1]) and labels.known_level(body[k][1]) \
                and not row.get("level1") and not row.get("level2") else k  # (…销售额 / 经济效益指标 / 效益指标 / ≥1.2亿元:
            # both of a block's labels, printed after its first row's name, before its value)
            at2 = roles.index("level2") if "level2" in roles else None
            back = level == "level2" and bool(row.get("level2")) and at2 is not None and bool(out) \
                and len(out[-1][1]) > at2 and not out[-1][1][at2] and "name" in roles \
                and bool(out[-1][1][roles.index("name")]) and norm(row["level2"]) != norm(text) and past < len(body) \
                and (re.match(r"[≥≤=＝<>＞＜≧≦]", body[past][1]) is not None or parse_value(body[past][1]).kind == "deadline")
            # (受益竹农户数 / ≥2600户 / 社会效益指标 / 林道设施正常使用年限 / 可持续影响指标 / ≥10年: a label printed after
            # the row above, then one between this row's name and value — each label its own row's)
            if row.get("name") and not any(row.get(r) for r in after_name) and (not row.get(level) or back) \
                    and past < len(body) and (_COMPARATOR.match(body[past][1]) or _value_line(body[past][1])
                                              or parse_value(body[past][1]).kind == "deadline"
                                              or _PHRASED.match(body[past][1]) is not None) \
                    and not labels.is_level(body[past][1]):  # (动物防疫体系运行 / 可持续影响指标 / 持续稳定运行，乡镇
                # 防疫站点 / 全覆盖: a target said in words after the label, blind 8274)
                if back and at2 is not None:
                    out[-1][1][at2] = row["level2"]
                if level == "level1":  # 高龄老人补贴政策覆盖率 / 社会效益指标 / =100%: a merged label centred on the
                    current["level1"] = text  # row, printed between its name and its value — the row's, not a new one
                put(level, text)
                continue
            if level == "level1":
                current["level1"] = text
            after_its_level2 = level == "level1" and bool(row.get("level2")) and not row.get("level1") \
                and labels.implied_level1(row["level2"]) in (None, labels.level_name(text))
            if row.get("name") or (level == "level1" and row.get("level2") and not after_its_level2) \
                    or level == "level2" and row.get("level2") and norm(row["level2"]) != norm(text) \
                    and (k >= len(body) or labels.known_level(body[k][1]) or _unlabelled_above(out, roles, level)) \
                    or level == "level1" and row.get("level1") and not row.get("level2") \
                    and labels.level_name(row["level1"]) != labels.level_name(text) \
                    and _unlabelled_above(out, roles, level):
                flush()  # (数量指标 / 产出指标 / 救助…人数: a 一级 printed below its block's first 二级 — no empty group;
                # 数量指标 / 质量指标 / 时效指标 …: 二级s stacked after their rows, each its own label, blind 6016)
            if not row:
                row_at = number
            put(level, text)
            if cut is not None and norm(cut) != norm(text):
                row["_cut"] = norm(cut)  # (its rest may follow: 服务对象 / 满意度指标)
            continue
        if not row.get("name") and re.fullmatch(r"[\u4e00-\u9fff]{0,4}指标", norm(text)) and not labels.is_level(text) \
                and k < len(body) and not _value_line(body[k][1]):
            continue  # 具体指标 over the name: a template's sub-label in the name column, not a name
        if lead and not row and (end := lead_zone(k - 1)) is not None:
            k = end
            continue
        if not row.get("name"):
            row_at = number  # the row is where its name is (its level labels may stand on lines above)
            put("name", text)
            continue
        if row.get("name") and len(row["name"]) < 10 and not any(row.get(r) for r in after_name) and k < len(body) \
                and _two_names(row["name"], text, body[k:k + 1]) and not labels.is_level(text):  # (a name shorter than
            # a narrow column's line: whole — 松材线虫病疫木除治质量 / 检查合格率 is one name wrapped at its column's edge)
            flush()  # 护岸修复长度 / 清淤土方量 / ≥4.6万立方米: two whole names, the first's value cell left empty (no
            row_at = number  # line), the second's value below it — two rows
            put("name", text)
            continue
        if wrap and row.get("_last") == "name" and not any(row.get(r) for r in after_name) \
                and wcswidth(row["_piece"]) >= wrap - 1 and not re.search(r"[\d。；;]", text) \
                and not _VALUE.search(text) and not _PHRASED.match(text) and not _COMPARATOR.match(text) \
                and not labels.is_level(text) and not _label_piece(text) and row["_piece"][-1] not in labels.NAME_ENDS \
                and (wcswidth(text) >= wrap - 1 or k < len(body) and _plain_value(body[k][1])):
            put("name", text)  # 冬季供暖开始 / 前管网改造完 / 成时间 / 2020年10月10 / 日前: a name's pieces, each full one
            continue  # as wide as the narrow column's line, go on (not a value 前管网改造完) (blind 4643)
        if wrap and last_piece_full(wrap) and re.fullmatch(_BOUND_TAIL, text):
            put(row["_last"], text, joined=True)  # 2021年10月31日 / 前, 控制在合理范围 / 内: a value's bound cut at the
            continue  # column's edge (blind 4639)
        if not any(row.get(r) for r in after_name) and k < len(body) \
                and _name_end(row.get("name", ""), text, body[k][1],
                              bool(wrap) and row.get("_last") == "name" and wcswidth(row["_piece"]) >= (wrap or 0) - 1):
            put("name", text)  # 全县未发生区域性食品安 / 全事件 / 0起: a name stopped mid-word, its end before its value
            continue
        if row.get("name") and not any(row.get(r) for r in after_name) and re.fullmatch(r"\d{3,}", text) \
                and not spaced._MEASURE_END.search(row["name"]) \
                and k + 1 < len(body) and re.fullmatch(r"[\u4e00-\u9fff]{1,5}", body[k][1]) \
                and spaced._MEASURE_END.search(body[k][1]) and lookup(body[k][1]).kind in (None, "unknown") \
                and _plain_value(body[k + 1][1]):
            put("name", text)  # 公共法律服务热线 / 12348 / 接听量 / ≥2500件: a number the name holds (a hotline's), the
            continue  # measure's word after it, then the value (blind 8270) — not 养护农村公路里程 / 2860 / 桥梁定期
            # 检查座数 / ≥312座: a name whole, its value with no unit, the next row's name (2952)
        if not any(row.get(r) for r in after_name) and not re.search(r"\d", text) and k < len(body) \
                and (not _VALUE.search(text) or text[-1] in labels.NAME_ENDS and re.match(r"[≥≤=＝<>＞＜≧≦]\s*\d", body[k][1])) \
                and not _COMPARATOR.match(text) and not labels.dashed(text) \
                and (len(text) <= 8 and (re.match(r"[≥≤=＝<>＞＜≧≦]|\d{4}\s*年|\d{1,2}\s*月", body[k][1])
                                         or _TIMED.fullmatch(body[k][1])
                                         or spaced._MEASURE_END.search(text) is not None and _trend(body[k][1]))
                     or re.fullmatch(r"[（(][^（()）]{1,12}[）)]", text)):
            put("name", text)  # 新建高标准农田面 / 积 / ≥ / 0.42: a name wrapped in its narrow column, its value below
            continue  # (not 项目完工时间 / / / 2025年10月30日: a slash, the target left blank, blind 7837; …公共服务 /
            # 水平 / 明显提高: a measure's word, a trend after it, blind 8322)
        if not any(row.get(r) for r in after_name) and len(text) <= 8 and not re.search(r"\d", text) \
                and not _COMPARATOR.match(text) and not row.get("_grown") and _overflows(body, k - 1, after_name) \
                and not (_VALUE.search(text) and getattr(parse_value(text), "category", None) is not None
                         and not _values_fill(body, k, after_name)):
            # (not 逐步完善 after 农村公路养护长效机制: a qualitative value, the actual wrapped after it)
            put("name", text)  # …机构服 / 务能力 / 持续提升 / 达成年度指标 / 10 / 10: one text more than the row's text
            row["_grown"] = "1"  # columns before its weight and score — the name's last piece (once: a result
            continue  # wrapped too, 达成年度指 / 标, is one more)
        last = row.get("_last", "")
        if last in ("value", "actual") and re.search(r"[，,]", row.get(last, "")) \
                and not re.search(r"[。；;！!]$", row[last]) and len(text) <= 8 and not re.search(r"\d", text) \
                and (_DONE_END.search(text) or _VALUE.fullmatch(text)) and not labels.is_level(text) \
                and _next_role(row, after_name, text) is None:
            put(last, text, joined=True)  # 持续稳定运行，乡镇防疫站点 / 全覆盖: a target said in a sentence, its last
            continue  # clause's end wrapped below it, no column left for it (blind 8274)
        if last == "actual" and len(row.get("actual", "")) >= 8 and not re.search(r"[\d。；;]$", row["actual"]) \
                and not re.search(r"\d", text) and not _value_line(text) and len(text) <= 10 \
                and k < len(body) and _NUMBER.match(body[k][1]) and not labels.is_level(text):
            put("actual", text, joined=True)  # 部分达成年度指标并具 / 有一定效果 / 10: a 完成值 wrapped in its narrow
            continue  # column, the weight after it
        if last == "actual" and 2 <= len(row.get("actual", "")) <= 8 and not re.search(r"\d", row["actual"]) \
                and re.fullmatch(r"\d[\d.]*\s*([\u4e00-\u9fff]{1,3}|%)", text) and k + 1 < len(body) \
                and _NUMBER.fullmatch(body[k][1]) and _NUMBER.fullmatch(body[k + 1][1]) and not row.get("weight"):
            put("actual", text, joined=True)  # 全年开放天数≥300天 / 全年开放 / 306天 / 15 / 15: the 完成值's words, its
            continue  # figure wrapped below them, the weight and the score after it (blind 6662)
        if last in ("value", "actual", "term_value") and (re.search(r"\d$", row.get(last, "")) and re.fullmatch(
                r"\d{0,2}(日|号|月)(前|止|内|以前|之前)?", text) or re.search(r"\d{4}\s*年\s*\d{1,2}\s*月$", row.get(last, ""))
                and re.fullmatch(r"\d{1,2}(日|号)(前|止|内|以前|之前)?", text)):  # (2019年12月 / 20日前, blind 4793)
            put(last, text, joined=True)  # ≤2024年11月3 / 0日: a date broken inside its number
            continue
        if last in ("value", "actual", "term_value") and text in ("内", "以内") and _TIMED.fullmatch(row.get(last, "")) \
                and not row.get(last, "").endswith("内"):
            put(last, text, joined=True)  # 每学期开学后30日 / 内: a time limit's bound cut at its column's edge (blind 7588)
            continue
        if last in ("value", "actual", "term_value") and _unit_goes_on(row.get(last, ""), text):
            put(last, text, joined=True)  # ≤7个工作 / 日, 1150元/ / 件, ≥1800万人 / 次: a value's unit wrapped in its
            continue  # narrow column (a lone 日 or 件 is no cell of its own)
        if row.get("name") and not any(row.get(r) for r in after_name) \
                and re.fullmatch(r"(较上年|比上年|较去年|同比)?(提高|提升|增加|增长|下降|降低|减少|改善)(幅度|比例|率)?", text) and k < len(body) \
                and re.match(r"[≥≤=＝<>＞＜]\s*\d", body[k][1]):
            put("name", text, joined=True)  # 项目区草原综合植被盖度 / 提高 / ≥5个百分点: the name's last word, its value
            continue  # below (no vague value 提高)
        if row.get("value") and re.fullmatch(r"(定量|定性)(指标)?", text):
            continue  # 定量指标 under 指标属性: the kind of measure, no cell a check reads
        if "extra" in after_name and (row.get("value") or row.get("unit") and row.get("nature")) and not row.get("extra") \
                and not labels.is_level(text) and after_name.index("extra") > after_name.index("value") \
                and (k >= len(body) or not _value_line(body[k][1]) or _sum_goes_on(text, body[k][1])
                     or re.search(r"[÷×，,；;]", text) is not None) \
                and _next_role(row, after_name, text) != "unit":  # (a formula or a clause is a note, never a name:
            # 正常运行设施套数÷建成设施 / 套数×100%)
            put("extra", text)  # ≥85% / 按年度路况检测结果 / 时效指标: the value's note, not the next row's name (that one
            continue  # has its value after it)
        if row.get("_last") == "extra" and re.match(r"[=＝]\s*\d", text) and "=" not in row["extra"] \
                and re.search(r"[×xX*]\s*\d+(\.\d+)?\s*[\u4e00-\u9fff/·.]*$", row["extra"]):
            put("extra", text, joined=True)  # …12000人×110元 / =132万元: the note's sum goes on, no value of a row
            continue
        if row.get("_last") == "extra" and _note_goes_on(row["_piece"], text, body[k:k + 2]):
            put("extra", text, joined=True)  # 以乡镇上报、县级核实的建设 / 任务清单为准 / 铺设滴灌管网长度 / ≥: a note
            continue  # wrapped in its column, the next row's name after it (its value after that)
        if wrap and row.get("_last") in ("extra", "reason") and wcswidth(row["_piece"]) >= wrap - 1 \
                and not _value_line(text) and not labels.is_level(text) and not _label_piece(text) \
                and not re.search(r"[。；;]$", row["_piece"]) and not _named_row(text, body[k:k + 1]):
            put(row["_last"], text, joined=True)  # (a reason wrapped in its column likewise)
            continue
        if row.get("_last") == "reason" and (len(row["_piece"]) >= 12 or len(row["_piece"]) >= 6
                                             and re.search(r"[，,；;、。]", text)) \
                and (not re.search(r"[。；;！!]$", row["_piece"]) or re.search(r"[；;]$", row["_piece"])
                     and re.match(r"(下一步|今后|后续|下阶段|将|拟|加强|加快|积极)", text) is not None) \
                and not _value_line(text) and not labels.is_level(text) and not _label_piece(text) \
                and (re.search(r"[，,；;、。]", text) or text[-1] not in labels.NAME_ENDS) \
                and (k >= len(body) or not _value_line(body[k][1]) or re.search(r"[，,；;。]", text) is not None) \
                and not _name_over_two(text, body[k:k + 2]):  # (期投入运营，已督促: a clause, no name, whatever follows)
            put("reason", text, joined=True)  # 汛期上游来水漂浮物骤增,部分 / 河段保洁不及时;下一步汛期增 / 加临时保洁人员
            # 和保洁船只: a reason stopped mid-clause goes on, where no value follows to make the line a name  # 全县13个乡镇综合 / 文化站全部免费开 / 放: a note wrapped in its narrow column,
            continue  # each full piece followed by the next (the short last piece ends it; the next row's name follows;
            # 受疫情影响茶叶外销 / 减少，下一步拓展线 / 上销售渠道。: a narrow column's pieces, each next one a clause's)
        if row.get("_last") == "reason" and re.search(r"[，,；;][\u4e00-\u9fff]{1,2}$", row["_piece"]) \
                and not re.search(r"\d", text) and not _value_line(text) and not labels.is_level(text) \
                and not _label_piece(text) and (k >= len(body) or not _value_line(body[k][1])):
            put("reason", text, joined=True)  # 受经济下行影响，加 / 大援企稳岗力度: a clause cut a character or two in,
            continue  # mid-word — the reason goes on, whatever its end reads like (blind 8425)
        if row.get("_last") == "reason" and _reason_piece(row["_piece"], text, body[k:k + 2]):
            put("reason", text, joined=True)  # 部分失能人员及 / 家属意愿居家照 / 护，下步加强护理 / 型床位改造 / 满意度
            continue  # 指标: a narrow reason column's lines, as wide as its first, and its last before a group's label
        if last in ("value", "actual") and "unit" not in after_name and len(text) <= 4 and not re.search(r"\d", text) \
                and re.fullmatch(r"[≥≤=＝<>＜＞]?\s*\d+(\.\d+)?", row.get(last, "")) and lookup(text).kind is not None:
            put(last, text, joined=True)  # ≥1.5 / 万亩: a figure and its unit set in two runs (two fonts), one cell
            continue
        if last in ("value", "actual") and _date_run(row.get(last, ""), text, body[k][1] if k < len(body) else ""):
            put(last, text, joined=True)  # 2024 / 年 / 12 / 月 / 31 / 日前: a date set in runs of figures and words
            continue  # (Chrome, two fonts; blind 7970)
        if row.get("_last") == "unit" and re.search(r"[·/.．]$", row["unit"]) and re.fullmatch(r"[\u4e00-\u9fff]{1,2}", text):
            put("unit", text, joined=True)  # 万元/公里· / 年: a unit wrapped in its narrow column
            continue
        if lead and row.get("value") and all(row.get(r) for r in ("unit", "extra") if r in after_name) \
                and (end := lead_zone(k - 1)) is not None:
            k = end
            continue
        if row.get("name") and not any(row.get(r) for r in after_name) and len(text) <= 6 \
                and text[-1] in labels.NAME_ENDS and not re.search(r"\d", text) and not _COMPARATOR.match(text) \
                and not labels.is_level(text) and getattr(parse_value(text), "category", None) is None \
                and text not in ("定期", "近期", "远期") and not text.endswith("控制") \
                and (len(text) <= 3 or k >= len(body) or not _value_line(body[k][1])):
            put("name", text)  # 统防统治区化学农药使用量 / 减少率 / 满意度指标: the name's end, its empty value given no line;
            # …服务满 / 意度 / ≥90%: a short end before the value (not 长期, a value of lasting work)
            continue
        if _points_before_result(row, after_name, text):
            put("weight", row["actual"])  # ≥2.8万平方米 / 20 / 2.9万平方米 / 20 under 年度指标值 | 实际完成值 | 分值 | 得分:
            put("actual", text)  # a viewer that gives each row's 分值 before its 完成值 — the figure in the target's unit
            continue  # is the result, the bare number before it the points (blind 6640)
        if _value_tail(row, after_name, text, body[k:k + 3]):
            put("value", text, joined=True)  # 不低于当地居民平均生活 / 水平 / 达成年度指标 / 15 / 14: the target's last word,
            continue  # cut by its narrow column, before the result and the row's points (blind 7851)
        role = _next_role(row, after_name, text)
        if role is None and _result_before_points(row, after_name, text, body[k:k + 2]):
            role = "actual"  # 每季度首月15日前 / 按季度按时发放 / 5 / 5: a result in words, the row's points after it
        if role is None and _reason_begun(row, after_name, text, body[k:k + 1]):
            role = "reason"  # 1处苑点地面塑 / 胶不达标，已责 / 成施工方整改 / 并复验。 after 9.8 of 10: a narrow reason
            # column's first line, a count its first word — the clause going on below it (blind 8205)
        if role == "value" and _COMPARATOR.match(row.get("nature", "")) and "unit" in after_name[after_name.index("value"):] \
                and not re.search(r"[\dA-Za-z]", text) and len(text) <= 6 \
                and lookup(text).kind not in (None, "unknown", "grade"):  # (not A级, 优: a grade is the value)
            row["_novalue"], role = "1", "unit"  # 法治宣传活动场次 / ≥ / 场 / 46: the value's cell left empty (no line), the
            # unit after the comparator (STR-06's, not a value 场)
        if role == "reason" and k < len(body) and (re.match(r"[≥≤=＝<>＞＜≧≦]", body[k][1]) or _value_line(body[k][1])) \
                and not re.search(r"[，,。；;]", text):  # (经济责任审计项目完成数 / 6个 under a row scored down: a name)
            role = None  # 因路况原因引发交通事故数 / ≤ / 2 / 起: the next row's name (its comparator below), not a reason
        if role is None:
            named = k < len(body) and (re.match(r"[≥≤=＝<>＞＜≧≦]\s*\d", body[k][1]) is not None or "nature" in after_name
                                        and _COMPARATOR.fullmatch(body[k][1]) is not None and k + 1 < len(body)
                                        and re.match(r"\d", body[k + 1][1]) is not None
                                        or re.match(r"\d[\d.]*\s*[\u4e00-\u9fff%]", body[k][1]) is not None
                                        and _value_line(body[k][1]) and lookup(text).kind == "unknown") \
                and not _value_line(text) \
                and re.fullmatch(r"[\u4e00-\u9fff]{2,}", text) is not None  # 取证人数 / ≥3500人: a short name, its row below
            # (补助标准 / 1200元/生·年: its value with no sign, blind 5340)
            # (公用经费 / ≤ / 118.60 / 万元: its comparator in a 指标性质 column of its own)
            if not named and (_VALUE.search(text) and not re.search(r"[\u4e00-\u9fff]{5,}", text) or len(text) <= 4):
                continue  # a value with no column left: dropped rather than read as a name (not 65岁及以上老年人…)
            if not any(row.get(r) for r in after_name) and not _two_names(row.get("name", ""), text, body[k:k + 1]):
                put("name", text)  # a name wrapped onto the next line (…保障人 / 数)
                continue
            flush()
            row_at = number
            put("name", text)
            continue
        put(role, text)
    flush()
    out = trailing_labels.level1_after_first_row(trailing_labels.moved_up(out, roles), roles)
    if len(projects) == 1 and projects[0] > 1:  # one project, its cells printed at the middle of its rows: its row
        out.insert(1, out.pop(projects[0]))  # first, as a table of projects has it
    return out


def _by_columns(body: list[tuple[int, str]], k: int, roles: list[str | None]) -> tuple[list[tuple[int, dict[str, str]]], int] | None:
    """A part of the table pdftotext gave column by column (its level labels, then all its 三级 names, then all their
    values, 广西 1108): each name with the value in its place, and the labels as groups in their order down the names —
    each 二级 at least one row, the split the names' own words fit best (…面积 数量, …合格率 质量, …时间 时效,
    …标准/成本 成本). None for any other lines. (The rows, each at its name's line, and where the part ends.)"""
    if "name" not in roles or "value" not in roles or set(roles) - {None, "level1", "level2", "name", "value", "skip"}:
        return None
    j = k
    levels: list[str] = []
    names: list[tuple[int, str]] = []
    while j < len(body):
        text = body[j][1]
        if labels.is_level(text):
            levels.append(text)
        elif levels and labels.known_level(levels[-1] + text) and (not names or names[-1][0] < body[j - 1][0]):
            levels[-1] += text  # 生态环境成本指 / 标
        elif j + 1 < len(body) and labels.known_level(text + body[j + 1][1]):
            levels.append(text + body[j + 1][1])  # 生态环境成本 / 指标
            j += 1
        elif _a_value(text) or _COMPARATOR.match(text) or _SIGN_OFF.match(text) or _TOTAL.match(norm(text)):
            break
        else:
            names.append(body[j])  # (a label centred among its names: 管护高标准农田面积 / 数量指标 / 维修…长度 …)
        j += 1
    values = body[j:j + len(names)]
    level2 = [t for t in levels if not labels.is_level1(t) or labels.is_level2(t)]
    level2 = [t for t in level2 if not (labels.is_level1(t) and any(labels.implied_level1(o) == labels.level_name(t)
                                                                      for o in level2 if o != t))]
    if not levels or len(names) < 2 or len(values) < len(names) or not level2 or len(level2) > len(names) \
            or not all(_a_value(t) for _, t in values):
        return None
    if (len(names) < 3 or not labels.is_level(body[k][1])) and not all(
            re.match(r"[≥≤=＝<>＞＜≧≦]", t) or parse_value(t).kind == "deadline" and re.search(r"[前底末止内]$", t)
            for _, t in values):
        return None  # (two names, or a label among them: only values that cannot be a name's piece — 建立居民电子健 /
        # 康档案人数 / ≥70万人 / 65岁及以上老年 is a name wrapped, its value, the next name)
    groups = _split_by_words([t for _, t in names], level2)
    rows: list[tuple[int, dict[str, str]]] = []
    printed = any(labels.is_level1(t) and t not in level2 for t in levels)
    for (number, name), (_, value), group in zip(names, values, groups):
        level1 = labels.implied_level1(group) or ""
        one = next((t for t in levels if labels.is_level1(t) and labels.level_name(t) == level1),
                   level1 if printed else "")  # (no 一级 printed in the part: the one centred beside it, placed
        rows.append((number, {"level1": one, "level2": group, "name": name, "value": value}))  # with the table's)
    return rows, j + len(names)


_SOCIAL_COST = re.compile(r"事故|安全|信访|投诉|纠纷|群体性|舆情")
_ECO_COST = re.compile(r"水土流失|污染|排放|扬尘|噪声|生态|植被|破坏")


def _a_value(text: str) -> bool:
    return _value_line(text) or _value_like_text(text)


def _split_by_words(names: list[str], groups: list[str]) -> list[str]:
    """Consecutive groups over the names, in order, each at least one name: the split whose names' words say their
    group best (a name that says another kind costs one)."""
    def cost(name: str, group: str) -> int:
        if _SOCIAL_COST.search(name) or _ECO_COST.search(name):  # (安全生产事故 =0起: a social cost, 水土流失: an ecological)
            return int(not ("社会" if _SOCIAL_COST.search(name) else "生态") in group)
        said = name_kind(name)  # (the same words the centred labels are placed by)
        if said == "成本":  # a cost in money is an economic cost, where the scheme parts them
            return int("社会" in group or "生态" in group)
        return int(said is not None and said not in group)
    n, m = len(names), len(groups)
    best: dict[tuple[int, int], tuple[int, list[int]]] = {(0, 0): (0, [])}  # (names used, groups used) -> cost, starts
    for g in range(m):
        for (used, done), (total, starts) in list(best.items()):
            if done != g:
                continue
            for end in range(used + 1, n - (m - g - 1) + 1):
                here = total + sum(cost(names[r], groups[g]) for r in range(used, end))
                key = (end, g + 1)
                if key not in best or here < best[key][0]:
                    best[key] = (here, [*starts, used])
    starts = best[(n, m)][1]
    out = []
    for g, start in enumerate(starts):
        stop = starts[g + 1] if g + 1 < len(starts) else n
        out.extend([groups[g]] * (stop - start))
    return out


def _completes(header: list[str], piece: str) -> int | None:
    """Which label of the header a short piece completes (度量单 + 位, 指标 + 性质), if any."""
    if len(piece) > 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", piece):
        return None
    for j, label in enumerate(header):
        if _column(label + piece) is not None and (_column(label) is None or norm(label) == "指标"):
            return j
    return None


def _label_start(text: str) -> bool:
    """A column label's first piece, its rest on a later line (度量单, 未完成原因分)."""
    t = norm(text)
    return 2 <= len(t) <= 6 and not re.search(r"\d", t) and any(
        name.startswith(t) and name != t for _, names, _ in vocabulary().columns for name in names)


_SHORT_VALUES = frozenset({"良好", "合格", "达标", "优秀", "优良", "完成", "稳定", "正常", "有效", "显著", "明显", "提升", "提高",
                           "降低", "长效", "较好", "及时", "按时", "持续", "逐步", "满意", "较高", "较低", "基本", "全部",
                           "是", "否", "无", "有", "优", "良", "好", "中", "差", "高", "低"})


def _short_tails_joined(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A piece of one or two characters after a text stopped mid-word (村卫生室全覆 / 盖, 58个行政村全 / 覆盖): that
    text's last characters, wrapped in its narrow cell, a figure after it — not a value of its own (良好, 无, 长期), a
    unit, a level's name or the end of a text whose last character ends a name (…满意度 / 良好: a value; blind 4757)."""
    out: list[tuple[int, str]] = []
    for at, (number, text) in enumerate(body):
        after = body[at + 1][1] if at + 1 < len(body) else ""
        if out and re.fullmatch(r"[\u4e00-\u9fff]{1,2}", text) and text not in _SHORT_VALUES and not _TOTAL.match(text) \
                and re.match(r"[≥≤=＝<>＞＜≧≦\d]", after) \
                and getattr(parse_value(text), "category", None) is None \
                and lookup(text).kind in (None, "unknown") and not labels.is_level(text) and not _label_piece(text):
            above = out[-1][1]
            if len(above) >= 4 and re.search(r"[\u4e00-\u9fff]$", above) and above[-1] not in labels.NAME_ENDS \
                    and not labels.is_level(above) and not labels.cut_level(above) and not _COMPARATOR.match(above) \
                    and not labels.section_label(above) and labels.header_label(above) is None \
                    and number - out[-1][0] == 1:
                out[-1] = (out[-1][0], above + text)
                continue
        out.append((number, text))
    return out


def _wrap_width(body: list[tuple[int, str]]) -> int | None:
    """The width of a full line in a table whose narrow cells wrap (many text lines of one width, 16 for eight
    characters): a piece that wide is continued on the next line. None where no width stands out."""
    texts = [t for _, t in body if re.search(r"[\u4e00-\u9fff]", t) and not _value_line(t)]
    widths = Counter(w for w in map(wcswidth, texts) if w >= 10)
    if not widths:
        return None
    width, count = widths.most_common(1)[0]
    return width if count >= 6 and count >= 0.2 * len(texts) else None


@lru_cache(maxsize=4096)
def _label_piece(text: str) -> str | None:
    """The level a cut label stands for: 产出指标（ (its weight on a later line), 可持续影响指 or 服务对象满意 (its
    last characters on a later line); None for anything else (服务对象满意度 may be a name and is read as written)."""
    t = re.sub(r"[（(][\d\s.\-－分]*$", "", norm(text))
    if t != norm(text) and labels.known_level(t):
        return t
    if len(t) < 3 or re.search(r"[\d（()）]", t) or t[-1] in labels.NAME_ENDS or not labels.cut_level(t):
        return None
    v = vocabulary()
    return min((k for k in v.level1 | v.level2 if k.startswith(t)), key=len, default=None)




def _note_goes_on(piece: str, text: str, after: list[tuple[int, str]]) -> bool:
    """A line after a note's piece that is that note's next line: the piece long and unfinished (no full stop), the
    line no label, comparator or sign-off, and no value after it to make it a name — what follows it another name
    with its value below, a label, or the table's end — nor a name's short end after it (…保障人 / 数 / ≥)."""
    if wcswidth(piece) < 16 or re.search(r"[。；;！!]$", piece) or labels.is_level(text) or _label_piece(text) \
            or _COMPARATOR.match(text) or re.search(r"[:：]", text) or labels.section_label(text):
        return False
    if not after:
        return True
    below = after[0][1]
    if _COMPARATOR.match(below) or _value_line(below):
        return False  # (the line is a name: its value follows)
    if len(after) > 1 and len(below) <= 4 and _value_line(after[1][1]):
        return False  # (the line and the next are a name wrapped: …保障人 / 数 / ≥1200人)
    return labels.is_level(below) or bool(_label_piece(below)) or re.search(r"[:：]", below) is not None \
        or len(after) > 1 and (_COMPARATOR.match(after[1][1]) is not None or _value_line(after[1][1]))


def _name_end(name: str, text: str, below: str, full: bool) -> bool:
    """A few characters after a name stopped mid-word, a value below them: the name's end (全县未发生区域性食品安 / 全事件
    / 0起, …困难得到 / 及时救助比例 / 100%, …出境断 / 面水质 / 达到Ⅱ类; blind 4543, 4764, 4869). A name that ends as a
    name ends goes on only where its line was as wide as its column (`full`) and the text ends a name too; a value
    word (长期, 定性, 较好) is never a name's end."""
    if len(name) < 8 or not re.fullmatch(r"[\u4e00-\u9fff]+", text) or labels.is_level(text) \
            or not (len(text) <= 4 or len(text) <= 8 and text[-1] in labels.NAME_ENDS) \
            or text in _SHORT_VALUES or _COMPARATOR.match(text) or getattr(parse_value(text), "category", None) is not None:
        return False
    if name[-1] in labels.NAME_ENDS and not (full and text[-1] in labels.NAME_ENDS):
        return False
    if text[-1] not in labels.NAME_ENDS and (_VALUE.search(text) or _PHRASED.match(text)):
        return False
    return _plain_value(below) or _PHRASED.match(below) is not None \
        or getattr(parse_value(below), "category", None) in ("grade", "compliance")


def _trend(text: str) -> bool:
    """A trend and nothing else (明显提高): a value, never a name's end."""
    found = trend_phrase(text)
    return found is not None and found.start() == 0


def _plain_value(text: str) -> bool:
    """A value beyond doubt: a bound, a date, or a figure in a known unit (0起, 100%; not 58个行政村全覆盖, a result
    told in words)."""
    if _COMPARATOR.match(text) or re.match(r"[≥≤=＝<>＞＜≧≦]\s*\d", text):
        return True
    value = parse_value(text)
    unit = getattr(value, "unit", None)
    return value.kind == "deadline" or value.kind == "quantity" and isinstance(unit, str) and bool(unit) \
        and lookup(unit).kind not in (None, "unknown")
    # (a bare figure is as likely a weight or a score)


def _value_line(text: str) -> bool:
    return bool(re.match(r"[≥≤=＝<>＞＜≧≦]", text) or _NUMBER.match(text) or _VALUE.search(text) and len(text) <= 8
                or re.fullmatch(r"\d+(\.\d+)?\s*[\u4e00-\u9fff%‰/·]{1,8}", text) or _TIMED.fullmatch(text))


# a time limit after an event (出院后30日内, 申请后20个工作日内) or a recurring deadline with its act (每季度末前发放):
# a value, though it starts with words (blind 7530, 7534)
_TIMED = re.compile(r"[\u4e00-\u9fff]{1,6}后\s*\d{1,3}\s*个?(小时|天|日|工作日|月|周)(内|以内)?"
                    r"|每(月|季度?|半年|年)(末|底)?(\d{1,2}日)?(前|内|以前)(发放|拨付|完成|兑付|支付|到位)")


def _unit_goes_on(value: str, text: str) -> bool:
    """A value whose unit's last characters are `text`, a line below (≤7个工作 / 日, ≤4600元/公 / 里), `text` no
    value of its own (是, 无, 完成)."""
    return not _VALUE.search(text) and spaced.unit_cut(value, text)


def _next_label(body: list[tuple[int, str]], k: int) -> str:
    """The text at k, made whole with the line after it where the two make one level's label (经济成本 / 指标)."""
    text = body[k][1]
    if k + 1 < len(body) and not text.endswith("指标") and len(body[k + 1][1]) <= 4 \
            and labels.known_level(text + body[k + 1][1]):
        return text + body[k + 1][1]
    return text


def _sum_goes_on(text: str, below: str) -> bool:
    """A note whose sum is on the next line (…12000人×110元 / =132万元): that line is the note's, not a value."""
    return bool(re.search(r"[×xX*]\s*\d+(\.\d+)?\s*[\u4e00-\u9fff/·.]*$", text) and re.match(r"[=＝]\s*\d", below)) \
        and "=" not in text


def _reason_begun(row: dict[str, str], after_name: list[str], text: str, after: list[tuple[int, str]]) -> bool:
    """`text` the first line of the reason of a row scored down, its next line going on with a clause (a comma in it,
    no value, label or name of a row): the reason, though it begins with a figure or is short."""
    points = [after_name.index(r) for r in ("weight", "score") if r in after_name]
    if not points or "reason" not in after_name or after_name.index("reason") < max(points) or row.get("reason") \
            or not _deducted(row) or not after:
        return False  # (a reason column after the row's points, none given yet, points taken off)
    below = after[0][1]
    return len(text) >= 4 and not re.search(r"[。！!；;]$", text) and not _plain_value(text) \
        and not labels.is_level(text) and not labels.known_level(text) and not _label_piece(text) \
        and re.search(r"[，,；;]", below) is not None and not _value_line(below) and not labels.is_level(below) \
        and not labels.known_level(below) and not _label_piece(below) and not _TOTAL.match(below)


def _deducted(row: dict[str, str]) -> bool:
    """A row scored less than its weight (a target missed: its reason follows)."""
    try:
        return Decimal(row.get("score", "")) < Decimal(row.get("weight", ""))
    except (InvalidOperation, ValueError):
        return False


def _named_row(text: str, after: list[tuple[int, str]]) -> bool:
    """A whole name with a figure on the line after it (更换入户管网长度 / 10 / ≥85公里): the next row's start, not the
    wrapped rest of a reason or a note above it."""
    return len(text) >= 4 and text[-1] in labels.NAME_ENDS and not re.search(r"[，,、；;。:：\d]", text) \
        and bool(after) and re.fullmatch(r"[≥≤=＝<>＞＜]?\s*\d[\d.]*\s*[%‰]?[\u4e00-\u9fff/·]{0,4}", after[0][1]) is not None


def _two_names(name: str, text: str, after: list[tuple[int, str]]) -> bool:
    """A whole name, then another with its value below (城市路灯亮灯率 / 数字城管案件结案率 / ≥95%): two rows, the
    first's value cell empty (a viewer's copy gives an empty cell no line) — not one name wrapped (城区道路机械化清扫 /
    率)."""
    return len(name) >= 5 and len(text) >= 5 and name[-1] in labels.NAME_ENDS and text[-1] in labels.NAME_ENDS \
        and not labels.NOTE_START.match(name) \
        and re.fullmatch(r"[\u4e00-\u9fff]+", name + text) is not None and bool(after) \
        and re.match(r"[≥≤=＝<>＞＜≧≦]\s*\d", after[0][1]) is not None


def _points_due(row: dict[str, str], roles: list[str | None], text: str) -> bool:
    """A bare figure the row being read still wants for its points or score (10 / 10 ending a page, before the
    column labels printed again): the row's, not the page's number."""
    return _bare_points(text) and bool(row.get("name")) \
        and any(r in roles and not row.get(r) for r in ("weight", "score"))


def _empty_cell_shifted(row: dict[str, str], roles: list[str | None]) -> None:
    """A row one cell short because its 年度指标值 or 实际完成值 was empty (an empty cell gives no line): 326处 / 10 / 10
    put in order read the points as the result and lost the score. Where the last points column is empty, the
    result is a bare number and the target carries a unit (or is a rate with no bound: 88%), each cell moves one
    column on: the one figure with a unit is the result, or the target where it has a comparator or no figure (≥95%,
    达标), and the other is empty."""
    if not all(r in roles for r in ("value", "actual", "weight", "score")) or row.get("score") \
            or not all(row.get(r) for r in ("value", "actual", "weight")):
        return
    value, actual, weight = row["value"], row["actual"], row["weight"]
    rate = re.fullmatch(r"\d+(\.\d+)?\s*[%％]", value) is not None  # (88% / 10 / 10: a rate alone, no bound — a result)
    if not re.fullmatch(r"\d+(\.\d+)?", actual) or _NUMBER.match(value) and not rate or not _NUMBER.match(weight):
        return
    target = bool(_BOUNDED.search(value)) or not re.search(r"\d", value)
    shifted = {"value": value if target else "", "actual": "" if target else value, "weight": actual, "score": weight}
    for role, text in shifted.items():
        row[f"@{roles.index(role)}"] = row[role] = text


def _measure_unit(text: str) -> str:
    """The unit a figure is given in (≥2.8万平方米: 万平方米, 91%: %; a day: date); empty where the text is no figure
    and its unit."""
    if re.fullmatch(r"[≤<＜]?\s*(\d{4}\s*年\s*)?\d{1,2}\s*月(\s*\d{1,2}\s*[日号])?\s*(底)?(前|以前|之前|止)?", text.strip()):
        return "date"  # 2021年12月31日前 and 2021年12月20日: a deadline and the day it was met
    found = re.fullmatch(r"[≥≤=＝<>＞＜≧≦]?\s*-?\d+(?:\.\d+)?\s*([%％‰]|[\u4e00-\u9fff][\u4e00-\u9fff/·.]{0,7})", text.strip())
    return found.group(1).replace("％", "%") if found else ""


def _points_before_result(row: dict[str, str], after_name: list[str], text: str) -> bool:
    """A row's 完成值 put after its 分值 though the header has it before: the cell taken for the 完成值 is a bare number
    and this one is a figure in the target's own unit — a weight has no unit, so this is the result."""
    if not all(r in after_name for r in ("value", "actual", "weight")) \
            or not after_name.index("value") < after_name.index("actual") < after_name.index("weight") \
            or not row.get("value") or not row.get("actual") or row.get("weight") or row.get("_last") != "actual":
        return False
    unit = _measure_unit(row["value"])
    return bool(unit) and re.fullmatch(r"\d+(\.\d+)?", row["actual"]) is not None and _measure_unit(text) == unit


def _date_run(value: str, text: str, below: str) -> bool:
    """`text` the next run of a date being set in runs (2024 | 年 | 12 | 月 | 31 | 日前): a month's or day's figure
    after 年 or 月, its 月 or 日 on the line below (not a weight after a year: 2024年 / 10 / 10), or 年, 月, 日 and its
    bound after a figure that follows a year."""
    if not re.match(r"[≤<＜]?\s*(19|20)\d{2}", value):
        return False
    if re.fullmatch(r"\d{1,2}", text):
        return bool(re.search(r"[年月]$", value)) and re.match(r"[月日号]", below) is not None
    return bool(re.search(r"\d$", value)) and re.fullmatch(r"[年月日号](底|末)?(之前|以前|前|止|内)?", text) is not None


def _value_tail(row: dict[str, str], after_name: list[str], text: str, after: list[tuple[int, str]]) -> bool:
    """A few characters after a long target in words alone (no figure: 全年开放天数≥300天 / 全年开放 / 306天 is a target
    and its result), the three lines after them the result and the row's two points: the target's end (its narrow
    column cut it), not its result."""
    if not _awaits_result(row, after_name) or len(after) < 3 or not re.fullmatch(r"[\u4e00-\u9fff]{1,4}", text) \
            or len(row["value"]) < 8 or not re.search(r"[\u4e00-\u9fff]$", row["value"]) or re.search(r"\d", row["value"]) \
            or _VALUE.search(text):
        return False
    return not _bare_points(after[0][1]) and _bare_points(after[1][1]) and _bare_points(after[2][1])


def _result_before_points(row: dict[str, str], after_name: list[str], text: str, after: list[tuple[int, str]]) -> bool:
    """A text after a row's target where its 完成值 comes next and its 分值 and 得分 are the two lines after it, bare
    numbers: the result, told in words (按季度按时发放, blind 7851) — a next row's name has its target after it."""
    if not _awaits_result(row, after_name) or len(after) < 2 \
            or after_name.index("actual") > min(after_name.index("weight"), after_name.index("score")):
        return False
    return len(text) <= 20 and not re.search(r"[，,。；;:：]", text) and not labels.is_level(text) \
        and all(_bare_points(t) for _, t in after)


def _awaits_result(row: dict[str, str], after_name: list[str]) -> bool:
    """A scored row (a table with 年度指标值, 实际完成值, 分值 and 得分) read up to its target, its result and points to
    come."""
    return all(r in after_name for r in ("value", "actual", "weight", "score")) and bool(row.get("value")) \
        and not any(row.get(r) for r in ("actual", "weight", "score"))


def _bare_points(text: str) -> bool:
    """A bare figure as a row's 分值 or 得分 is written (10, 9.25)."""
    return re.fullmatch(r"\d{1,3}(\.\d+)?", text.strip()) is not None


def _next_role(row: dict[str, str], after_name: list[str], text: str) -> str | None:
    """The column a cell after a name goes to: the first one not yet filled that its kind fits."""
    for role in after_name:
        if role in ("skip", "extra") or row.get(role):
            continue
        if role == "nature":
            if _COMPARATOR.match(text):
                return role
            continue  # (an empty 符号 cell gives no line)
        if role == "unit":
            if not re.search(r"\d", text) and len(text) <= 6 \
                    and (lookup(text).kind not in (None, "unknown") or len(text) <= 3 or re.search(r"[/·]", text)):
                return role  # (达成年度指标 after 定性 | 长效运行: the result, its empty unit cell given no line)
            continue
        if role in ("value", "actual", "term_value"):
            if role == "value" and row.get("_novalue"):
                continue
            if _VALUE.search(text) or len(text) <= 6 or _TIMED.fullmatch(text) \
                    or (_PHRASED.match(text) or _DONE_END.search(text)) and len(text) <= 12 \
                    and text[-1] not in labels.NAME_ENDS and not re.search(r"[，,。；;:：]", text):
                return role  # (建立并有效运行 under 传统村落保护管理制度: a qualitative target, no name's rest)
            if role == "actual" and len(row.get("value", "")) >= 3 and text.startswith(row["value"]) \
                    and not re.search(r"[，,。；;]", text):
                return role  # 每月10日前 / 每月10日前发放到位: the target restated as met, the result (blind 7755)
            if role == "actual" and row.get("value") and re.match(r"(部分|基本|全部|全面|已|未|完成|达成|达到)", text) \
                    and not re.search(r"[，,。；;]", text):
                return role  # 逐步完善 / 部分达成年度指标并具…: a qualitative target's result, a phrase
            if role == "actual" and row.get("value") and re.search(r"\d(\.\d+)?\s*[\u4e00-\u9fff]{1,2}$", text) \
                    and not re.search(r"[，,。；;]", text) and "weight" in after_name:
                return role  # 有所增加 / 新增界标警示牌184块 / 10 / 10: a result told in words and a count (blind 6354)
            return None
        if role in ("weight", "score"):
            if _NUMBER.match(text):
                return role
            continue
        if role == "reason":  # a reason reads as one (部分乡镇…，今后加强…), not as the next row's name
            reason_like = bool(re.search(r"[，,。；;、]", text) or re.match(r"(因|由于|受|主要|原因|部分|今后|下一步|加强|已|未)", text)
                               or len(text) >= 16 or len(text) >= 8 and _deducted(row))  # (3个项目建设单位未按期报送结算
            # under a row scored 7.6 of 8: the reason its points were taken)
            return role if reason_like and not _NUMBER.match(text) and (row.get("score") or row.get("weight")) else None
    return None
