"""Text pasted out of a PDF viewer: cells apart by runs of spaces, the leading ones of a merged cell lost or kept,
long cells broken onto the next line. Where the text keeps its columns (a table's rows under a header line, each
cell starting where its column does, counted in display columns or in characters), cells are placed by their
position and broken cells are joined back by it; elsewhere they are split at their runs of spaces alone."""
from __future__ import annotations

import re
from dataclasses import dataclass

from wcwidth import wcswidth, wcwidth

from jxcheck.engine.levels import norm
from jxcheck.engine.readers import labels, middle_labels, task_lines
from jxcheck.engine.units import lookup
from jxcheck.engine.values.parse import parse_value


def space_separated(lines: list[str]) -> bool:
    """Most lines split by runs of two or more spaces and few by tabs (a PDF's text pasted into a file)."""
    body = [line for line in lines if line.strip() and not line.startswith("# ")]
    spaced = sum(1 for line in body if re.search(r"[ \u3000]{2,}", line.strip()) or len(_ONE_SPACE.findall(line)) >= 2
                 or NAME_VALUE.fullmatch(line.strip()))
    tabbed = sum(1 for line in body if "\t" in line)
    pieced = sum(1 for line in body if re.search(r"\S\s+\S", line.strip()))  # (a word alone on its line — a narrow
    # cell's wrapped end — says nothing of how cells are parted)
    return bool(body) and tabbed < 0.2 * len(body) and spaced >= 0.3 * min(len(body), max(pieced, 12))


# one space between two cells of a browser preview's copy (产出指标 数量指标 小麦一喷三防作业面积 ≥120万亩): Chinese, a figure
# or a closing mark before it, Chinese, a comparator or a figure after it
_ONE_SPACE = re.compile(r"(?<=[\u4e00-\u9fff\d%）)”]) (?=[\u4e00-\u9fff\d≥≤=＝<>＜＞（(“—])")


# a viewer's copy of an indicator row with its name alone: 修复梯田石堰长度 ≥12公里 (a name, one space, a value)
NAME_VALUE = re.compile(r"[\u4e00-\u9fff][^ \t：:]*[\u4e00-\u9fff）)] (?:[≥≤=＝<>＜＞]\s*\d|\d)[^ \t]*")


_GAP = re.compile(r"([ \u3000]{2,}|\t|\u3000|(?<![A-Za-z]) (?! )|(?<! ) (?![A-Za-z ]))")  # a run of spaces or a tab; one space
# too (a column filled to its edge: 服务对象满意度指标 学生满意度; a viewer's copy: 宫颈癌筛查人数 ≥12000人), but not
# between two words of Latin letters (a note, an English name)
_CJK = re.compile(r"[\u4e00-\u9fff]")  # one Chinese character
_FOOTER = re.compile(r"^(第\s*\d+\s*页|共\s*\d+\s*页|[-—–－]+\s*\d+\s*[-—–－]+$)")  # a page's footer, never a cell's end
_ITEM = re.compile(r"^([(（]?[一二三四五六七八九十\d]{1,2}([)）、]|[.．](?!\d))|[①-⑩])")  # a list's next item starts a line of its
# own (1. 2、 ①), not a number's decimals carried on (经费61 / 6.45万元)
_MAX_COLUMNS = 40  # a form's table has some twenty columns at most; a line of more cells is not placed by position
_TOLERANCE = 2  # display columns a cell may start off its column (a side label's cells, a PDF's rounding)


@dataclass(frozen=True)
class Piece:
    """A cell's text and where it starts and ends on its line, in display columns (wide) and in characters."""
    text: str
    start: int
    end: int
    char_start: int
    char_end: int

    def at(self, wide: bool) -> tuple[int, int]:
        return (self.start, self.end) if wide else (self.char_start, self.char_end)


def pieces(line: str) -> tuple[list[Piece], list[str]]:
    """A line's cells with their places, and the runs between them (spaces, a tab); a label spread over its cell
    (项  目  名  称) is one cell. A form feed that starts a page's first line takes no place on it (pdftotext -layout
    lays the line out after it)."""
    line = line.lstrip("\f")
    whole = line.strip(" \u3000\f")  # (- 1 -\f: a page's number, the form feed after it)
    runs = [line] if whole.startswith("# ") or labels.PAGE_NUMBER.fullmatch(whole) else _GAP.split(line)
    found: list[Piece] = []
    gaps: list[str] = []
    offset = width = 0
    for k, text in enumerate(runs):
        span = sum(max(wcwidth(ch), 1) if ch != "\t" else 1 for ch in text)
        if k % 2 == 0 and text.strip(" \u3000"):
            lead = len(text) - len(text.lstrip(" \u3000"))
            body = text.strip(" \u3000")
            start, char_start = width + lead, offset + lead
            end, char_end = start + sum(max(wcwidth(ch), 1) for ch in body), char_start + len(body)
            if found and _CJK.fullmatch(body) and _CJK.fullmatch(found[-1].text[-1]) and len(runs[k - 1]) <= 4 \
                    and k >= 2 and _CJK.fullmatch(runs[k - 2].strip(" \u3000") or "-"):
                last = found[-1]  # 项  目  名  称: one label, its characters spread over its cell
                found[-1] = Piece(last.text + body, last.start, end, last.char_start, char_end)
            else:
                if found:
                    gaps.append(runs[k - 1])
                found.append(Piece(body, start, end, char_start, char_end))
        offset += len(text)
        width += span
    return found, gaps


def _regular(line: str, gaps: list[str]) -> tuple[bool, int, int]:
    """Whether a line's gaps (and its leading spaces) are whole multiples of its narrowest, of four spaces or more
    (typed, not laid out by a PDF's text); the narrowest; the leading spaces."""
    widths, lead = _measures(line, gaps)
    unit = min(widths) if widths else 0
    slack = 1 if unit >= 6 else 0
    regular = unit >= 4 and all(abs(g - unit * round(g / unit)) <= slack
                                                             for g in [*widths, *([lead] if lead >= 2 else [])])
    return regular, unit, lead


def _measures(line: str, gaps: list[str]) -> tuple[list[int], int]:
    """What _regular measures on a line: its wide gaps' widths, and its leading spaces."""
    return [len(g) for g in gaps if g.strip(" \u3000") == "" and len(g) >= 2], len(line) - len(line.lstrip(" \u3000"))


def _measured(line: str, gaps: list[str]) -> int:
    """How many spans _regular measures on a line: its wide gaps, and its leading spaces where there are two or more."""
    widths, lead = _measures(line, gaps)
    return len(widths) + (lead >= 2)


def _typed_alike(lines: list[tuple[list[Piece], list[str], str]], wide: bool) -> bool:
    """Whether reading the lines by their gaps puts every text that starts at one place in one column (a typed table:
    its tab stops are its columns). Gaps of four spaces between cells four characters wide, a PDF's columns 12 apart,
    read so give 数量指标 at 12 the fourth cell of one line and 指标值 at 48 the seventh of another: no typing (blind
    5591)."""
    seen: dict[int, int] = {}
    for found, gaps, line in lines:
        cells = cells_by_gaps(line, found, gaps)
        filled = [k for k, c in enumerate(cells) if c]
        for piece, k in zip(found, filled):
            at = piece.at(wide)[0]
            if seen.setdefault(at, k) != k:
                return False
    return True


def cells_by_gaps(line: str, found: list[Piece], gaps: list[str]) -> list[str]:
    """The cells split at runs of spaces. Only where every gap of the line is a whole multiple of its narrowest, of
    four spaces or more (typed, not laid out by a PDF's text), a gap two or three wide stands for cells left blank
    between (项目资金(万元) | | 年初预算数), and so do the leading spaces (16 before a line whose cells are 8 apart:
    two merged cells left blank); otherwise blank cells are not guessed and the table's reader aligns the row."""
    regular, unit, lead = _regular(line, gaps)

    def blanks(width: int) -> int:
        return max(round(width / unit) - 1, 0) if regular else 0
    cells = [""] * (blanks(lead) + 1 if regular and lead >= 2 else 0)
    for k, piece in enumerate(found):
        if k:
            gap = gaps[k - 1]
            cells.extend([""] * (blanks(len(gap)) if len(gap) >= 2 and gap != "\t" else 0))
        cells.append(piece.text)
    return cells


def unfinished(cell: str) -> bool:
    """A cell that stops mid-sentence: at a comma, or a long one at no full stop (…改造面积86 / 00平方米以上)."""
    last = cell[-1:]
    if last == "." and cell[-2:-1].isdigit():
        return True  # …提高0. / 1个百分点: a number broken at its point
    return last in ",，、;；" or len(cell) >= 20 and last not in "。.!！?？)）"


def _mid_sentence(cell: str) -> bool:
    """A broken sentence, not a long name: stopped at a comma, or long, at no full stop, with clauses in it."""
    return cell[-1:] in ",，、;；" or unfinished(cell) and bool(_CLAUSE.search(cell[:200]))


_CLAUSE = re.compile(r"[,，、;；]")
# the ends a value or a name is broken before (2024年11月30日 / 前, ≤42万元/平方 / 公里, …设施 / 覆盖率)
_UNIT_TAILS = frozenset({"前", "之前", "以前", "以上", "以下", "以内", "公里", "米", "平方米", "亩", "人", "人次", "次", "个", "元",
                         "万元", "户", "天", "日", "年", "月", "底前", "末", "指标"})


def _label(text: str) -> bool:
    """A whole label that starts a row of its own (数量指标, 可持续影响指标, 合计), never a broken cell's end."""
    return labels.known_level(text) or bool(re.fullmatch(r".{2,}指标|合计|小计|总计|总分", text))


def _continues(above: list[Piece], line: list[Piece], wide: bool, widest: dict[int, int] | None = None) -> bool:
    """A line that only carries on some cells of the line above, each starting where its cell starts: the cell
    above stops mid-sentence, or at its column's edge (narrower than the line's usual gap), or the line gives a
    word's short tail (前, 公里, 覆盖率)."""
    if not line or len(line) >= len(above) or above[0].text.startswith("# "):
        return False
    starts = [p.at(wide)[0] for p in above]
    spacing = sorted(starts[k + 1] - above[k].at(wide)[1] for k in range(len(above) - 1))
    usual = spacing[len(spacing) // 2] if spacing else 0
    if all(_label(p.text) or labels.header_label(p.text[:20]) or labels.goal_column(p.text[:20]) for p in above):
        return False  # nothing goes on a line of labels (年度总体目标 | 预期目标 | 实际完成情况)
    whole = sure = 0
    for piece in line:
        if _FOOTER.match(piece.text) or _ITEM.match(piece.text) or _label(piece.text) or _FIELD.match(piece.text) \
                or re.fullmatch(r"[\u4e00-\u9fff]{2,8}[:：]", piece.text):
            return False  # (评价等级：优 under 总分 | 100 | 99.80; 填报人： under 自评等级: a field of its own)
        k = _under(above, piece, wide)
        if k is None:
            return False
        cell = above[k]
        if len(cell.text) <= 20 and labels.header_label(cell.text) is not None:
            return False  # a field's label (项目名称) takes nothing from the line below: that is another field
        if cell.text.endswith("指标") and len(cell.text) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]{1,6}", piece.text) \
                and (labels.cut_level(piece.text) or labels.known_level(piece.text)):
            return False  # 时效 / 指标 | 月底前 / 社会: a label ended, the next label begun below it (blind 8111)
        complete = _complete_value(cell.text)
        # a word's end (前, 公里, 覆盖率, 指标): never a value of its own under a value that is whole (=100% / 优良)
        tail = _tail(piece) and not cell.text.endswith("。") \
            and (piece.text in _UNIT_TAILS or not complete and not _complete_value(piece.text)
                 or unit_cut(cell.text, piece.text)) \
            or cell.text.endswith("年") and bool(re.fullmatch(r"\d{1,2}月(\d{1,2}日)?", piece.text)) \
            or _date_broken(cell.text, piece.text)  # 2024年3月-2024年 / 11月; 2021年12 / 月31日前 (blind 6381)
        if not tail and _label(cell.text):
            return False  # a level's name, 合计, 总分 are whole: a longer line under one is a note or a row of its own
        room = starts[k + 1] - cell.at(wide)[1] if k + 1 < len(above) else None
        edge = room is not None and (len(spacing) < 2 or room < usual) and room <= max(4, (starts[k + 1] - starts[k]) // 4) \
            and not complete and (len(piece.text) <= 6 or _mid_sentence(cell.text)) \
            and not (len(piece.text) >= 4 and _MEASURE_END.search(cell.text) and _MEASURE_END.search(piece.text)
                     and widest is not None and cell.at(wide)[1] - cell.at(wide)[0] <= widest.get(cell.at(wide)[0], 0) - 2)
        # (特困人员救助供养人数 ≥2600人 / 临时救助人次: a whole name under a whole name, short of its column's widest —
        # a row whose value is empty; 定点康复机构服务质量 as wide as its column goes on: / 评估达标率)
        # the last cell of its line, long and at no full stop, the line below its only cell (a reason, a project's
        # name wrapped in their column: 部分主体实际育秧面积不 / 足申报面积,验收核减0.1)
        wrapped = k == len(above) - 1 and len(line) == 1 and len(above) >= 2 and len(cell.text) >= 8 \
            and cell.text[-1:] not in "。.!！?？" and not complete
        closed = len(line) == 1 and (labels.closes_bracket(cell.text, piece.text) or len(piece.text) <= 5
                                     and piece.text[-1] in labels.NAME_ENDS and cell.text[-1] not in labels.NAME_ENDS
                                     and re.fullmatch(r"[\u4e00-\u9fff]+", piece.text + cell.text[-1:]) is not None
                                     and not labels.is_level(piece.text) and not complete)
        # (…终端数量（日处理 / 30吨及以上）; …设施标准化运 / 维覆盖率: a name's rest, its value on the line above)
        goes_on = k == len(above) - 1 and len(above) >= 3 and len(cell.text) >= 8 and not complete \
            and cell.text[-1:] not in "。.!！?？；;" and re.search(r"[，,；;]", piece.text) is not None \
            and not re.search(r"\d", piece.text[:1])  # (4名退役士兵已自主 / 就业未参训，次年: the last cell's reason
        # going on beside its row's name's rest, blind 5855)
        if not (_mid_sentence(cell.text) or edge or tail or wrapped or closed or goes_on):
            return False
        whole += not tail and not _mid_sentence(cell.text) and not goes_on
        sure += goes_on
    return whole == 0 or len(line) == 1 or sure > 0  # (工程质量 | 优良 under a row: a row of its own, not two ends)


_FIELD = re.compile(r"[\u4e00-\u9fff]{2,8}[:：]\S")  # 评价等级：优, 填表人：王芳


def _complete_value(text: str) -> bool:
    """A value that says all it needs (=100%, 2024年11月30日, ≥12平方公里): nothing of it is on the next line."""
    if len(text) > 30 or not re.search(r"\d", text):
        return False
    return parse_value(text).kind in ("quantity", "range", "deadline", "period")


def _label_tail(above: list[Piece], line: list[Piece], wide: bool) -> bool:
    """A field's label broken under itself beside its value (年度本级 | 300.00 / 预算金额): the line below gives
    only the label's known end, where the label starts, and the label above names nothing alone."""
    if len(line) == 1 and len(above) >= 2 and len(line[0].text) <= 3 and labels.header_label(above[0].text) is None \
            and labels.header_label(above[0].text + line[0].text) is not None and not re.search(r"\d", line[0].text):
        return True  # 部门（单位）名 | 湄潭县司法局 / 称: the label's last characters wrapped under it
    return len(line) == 1 and len(above) >= 2 and abs(line[0].at(wide)[0] - above[0].at(wide)[0]) <= _TOLERANCE \
        and len(line[0].text) <= 6 and labels.header_label(line[0].text) is not None \
        and not _FIELD.match(line[0].text) and not _label(above[0].text) \
        and labels.header_label(above[0].text) is None and bool(re.fullmatch(r"[\u4e00-\u9fff]{2,8}", above[0].text)) \
        and bool(re.search(r"\d", above[1].text))


def _floating_value(above: list[Piece], line: list[Piece]) -> bool:
    """A field's value printed on the line under its label, alone on its own (项目名称 / 水土流失综合治理项目)."""
    return len(above) == 1 and len(line) == 1 and len(above[0].text) <= 20 and labels.header_label(above[0].text) is not None \
        and labels.header_label(line[0].text) is None and not re.search(r"[:：]", above[0].text) \
        and not _FOOTER.match(line[0].text) and not labels.section_label(line[0].text) and len(line[0].text) <= 60


def _tail(piece: Piece) -> bool:
    """A word's short end (前, 公里, 覆盖率), no number."""
    return len(piece.text) <= 3 and not re.search(r"\d", piece.text)


def _under(above: list[Piece], piece: Piece, wide: bool) -> int | None:
    """The cell of the line above a piece carries on: the one starting where it starts, or, for a short tail, the
    one it lies under (可持续影响指 / 标: a centred cell's last characters)."""
    start, stop = piece.at(wide)
    k = next((k for k, p in enumerate(above) if abs(p.at(wide)[0] - start) <= _TOLERANCE), None)
    if k is None and _tail(piece):
        k = next((k for k, p in enumerate(above)
                  if p.at(wide)[0] - _TOLERANCE <= start and stop <= p.at(wide)[1] + _TOLERANCE), None)
    return k


def _merged(above: list[Piece], line: list[Piece], wide: bool) -> list[Piece]:
    out = list(above)
    for piece in line:
        k = _under(out, piece, wide)
        assert k is not None, "a continued cell has its cell above (_continues)"
        p = out[k]
        out[k] = Piece(p.text + piece.text, p.start, max(p.end, piece.end), p.char_start, max(p.char_end, piece.char_end))
    return out


def _page_foot(joined: list[tuple[int, list[Piece], list[str], str]], at: int) -> bool:
    """A line that is a page's number (- 1 -, 第1页, 2/3), or a bare number with a blank line beside it: a bare
    number between two lines of the table is an amount on a line of its own (公共文化服务及文旅 / 250 / 融合发展: a
    task's name wrapped round it, blind 7572)."""
    found = joined[at][1]
    if not (len(found) == 1 and labels.PAGE_NUMBER.fullmatch(found[0].text)):
        return False
    return not found[0].text.strip().isdigit() or any(not (0 <= j < len(joined)) or not joined[j][1]
                                                      for j in (at - 1, at + 1))


def _header(found: list[Piece]) -> bool:
    """A line of a table's column labels: an indicator table's, or a task table's (任务名称 | 主要内容 | 预算金额)."""
    texts = [norm(p.text) for p in found]
    if len(texts) >= 2 and labels.is_indicator_header(texts):
        return True
    tasks = sum(1 for t in texts if re.match(r"(任务名称|主要内容|任务内容|部门职能|年度任务|预算金额|预算数)", t))
    funds = sum(1 for t in texts if re.match(r"(年初预算数|全年预算数|全年执行数|执行率|调整后预算数|预算执行率)", t))
    return tasks >= 2 or funds >= 2


def _fits(found: list[Piece], columns: list[tuple[int, int | None]], wide: bool,
          anchors: dict[int, set[int]] | None = None) -> bool:
    """Every cell can stand in a column of its own, in order (see _placement), or left of them all (side labels)."""
    return _inside_placement(found, columns, wide, anchors) is not None


def _inside_placement(found: list[Piece], columns: list[tuple[int, int | None]], wide: bool,
                      anchors: dict[int, set[int]] | None = None) -> tuple[list[Piece], tuple[int, ...]] | None:
    inside = [p for p in found if p.at(wide)[0] >= columns[0][0] - _TOLERANCE]
    placement = _placement(inside, columns, wide, anchors=anchors)
    return None if placement is None else (inside, placement)


def _region(lines: list[tuple[int, list[Piece]]], first: int, wide: bool, seed: dict[int, set[int]] | None = None
            ) -> tuple[int, list[tuple[int, int | None]], dict[int, set[int]]]:
    """The lines from a header line on whose cells all stand in the header's columns (a sub-header's labels adding
    columns, a side label left of them all), and the columns: (the index after the last, each column's start and
    the end of its label), and where the cells of the rows placed started in each column (by the column's start: a
    name left-aligned under a centred label starts its wrapped rest there too, 测土配方施肥推广面 / 数量指标 积)."""
    columns: list[tuple[int, int | None]] = sorted({p.at(wide)[0]: p.at(wide)[1] for p in lines[first][1]}.items())
    end = first + 1
    if end < len(lines) and lines[end][1] and not any(re.search(r"\d", p.text) for p in lines[end][1]) \
            and all(p.at(wide)[0] >= columns[0][0] - _TOLERANCE for p in lines[end][1]) and not _header(lines[end][1]) \
            and all(_sub_label(p.text) for p in lines[end][1]):
        added = {p.at(wide)[0]: p.at(wide)[1] for p in lines[end][1]
                 if all(abs(a - p.at(wide)[0]) > _TOLERANCE for a, _ in columns)}
        columns = sorted({**dict(columns), **added}.items())
        end += 1  # 总额 | 财政拨款 | 其他资金 under 预算金额(万元)
    anchors: dict[int, set[int]] = {k: set(v) for k, v in (seed or {}).items()}  # (a page's repeated header: where
    # the cells under the same labels started on the page before)
    tasks = not labels.is_indicator_header([norm(p.text) for p in lines[first][1]])
    while end < len(lines):
        found = lines[end][1]
        if not found or _FOOTER.match(found[0].text):
            end += 1
            continue
        fit = _inside_placement(found, columns, wide, anchors)
        if _header(found) or fit is None or _goal_label(found[0].text) or _goal_header(found) \
                or _SIGNED.match(norm(found[0].text)):  # (填报单位（盖章）：… under the table: the form's sign-off)
            break  # (年度总体目标 | 预期目标 | 实际完成情况 under a funds block: another part of the form)
        for piece, column in zip(*fit):
            anchors.setdefault(columns[column][0], set()).add(piece.at(wide)[0])
        end += 1
        if tasks and end - first > 3 and _TOTAL_CELL.fullmatch(norm(found[0].text)):
            break  # (金额合计 | 3112.24 …: a task table's last line; a goal's text under it is no task's)
    sides: list[int] = []  # 年/度/主/要/任/务 down the left of a table headed without it; 项目资金 | 年度资金总额
    for start in sorted(p.at(wide)[0] for _, found in lines[first:end] for p in found
                        if sum(p.at(wide)) < 2 * columns[0][0]):  # (mostly left of the first column: 满意度指标 three
        # columns left of 一级指标 over it, both centred in their cell, is the first column's; a note under the table
        # is no side label's)
        if start < columns[0][0] - _TOLERANCE and (not sides or start - sides[-1] > _TOLERANCE):
            sides.append(start)  # left of a funds block's 年初预算数 | 全年预算数 …
    return end, [*((side, None) for side in sides), *columns], anchors


_GOAL_LABELS = ("年度总体目标", "年度绩效目标", "项目总体目标", "实施期总体目标", "中期总体目标", "总体目标", "绩效目标",
                "年度目标")
_NOTE_LEAD = re.compile(r"[\u4e00-\u9fff]{0,8}(说明|原因|备注)[：:]")  # 预算调整说明：… under a goal block: a note of its own
# (blind 5994)
_CLAUSE_END = re.compile(r"[、，,；;]$")
_NOT_GOAL = re.compile(r"(注|备注|说明|填报|填表|联系|单位负责人|财务负责人|审核|项目负责人)")  # lines after a goal block
_GOAL_LABEL_PIECE = re.compile(r"^[\u4e00-\u9fff]{1,6}$")


def _goal_header(found: list[Piece]) -> bool:
    """A goal block's column labels (预期目标 | 实际完成情况), a side label beside them or not."""
    return 2 <= len(found) <= 3 and sum(labels.goal_column(p.text[:20]) is not None and not _goal_label(p.text)
                                        for p in found) == 2


def _goal_label(text: str) -> bool:
    return bool(re.fullmatch(r"(年度|本年度|中期|实施期|项目|部门)?(整体)?(总体)?(绩效)?目标", norm(text)))


_NUMBER = re.compile(r"[<>≤≥=＜＞]?[\d.,]+\s*([%‰]|[\u4e00-\u9fff/]{1,4})?")  # 612.35, ≥95%, 12.6平方公里


def _sub_label(text: str) -> bool:
    """A sub-column's label (总额, 财政拨款, 符号, 值, 单位 …), not a level's name or a value."""
    return not labels.is_level(text) and (labels.column_field(text) is not None
                                          or bool(re.fullmatch(r"(总额|合计|小计|财政拨款|其他资金|[^\d]{1,6}资金|符号|值|单位)", text)))


def _placement(found: list[Piece], columns: list[tuple[int, int | None]], wide: bool, near: bool = True,
               anchors: dict[int, set[int]] | None = None) -> tuple[int, ...] | None:
    """Each cell's column, in order, one column each. A cell stands in a column when it starts where the column's
    label does, or inside the column (a short value pushed right by a long cell before it; a label centred in it),
    or ends where the label ends (a number right-aligned) or is centred under it; of the ways that fit, the one nearest
    the columns' starts. None when none fits."""
    if len(found) > _MAX_COLUMNS or len(columns) > _MAX_COLUMNS + 1:
        return None  # no form has so many columns: not a table to place
    spans = [p.at(wide) for p in found]
    short = [len(p.text) <= 5 or bool(_NUMBER.fullmatch(p.text)) for p in found]
    figure = [bool(labels.FIGURE.fullmatch(p.text)) and p.text[0].isdigit() for p in found]  # (a bare number:
    # right-aligned in its cell)

    centres = [here + (edge if edge is not None else here) for here, edge in columns]  # (twice each label's centre)

    def cost(k: int, column: int) -> int | None:
        found_cost = _cost(k, column)
        (start, stop), (here, edge) = spans[k], columns[column]
        after = columns[column + 1][0] if column + 1 < len(columns) else None
        middle = start + stop
        if not (near and wide) or len(found) < 2 or edge is None or after is not None and start >= after \
                or figure[k] and stop <= here \
                or min(range(len(columns)), key=lambda c: (abs(middle - centres[c]), c)) != column:
            return found_cost  # (a short cell that ends before the label begins is not under it: 100 right-aligned
            # under 完成值 whose end is where 权重 begins)
        centred = 3 + abs(middle - centres[column]) // 4  # nearest its label's centre: a cell left-aligned in a
        # column whose label is centred over it (人员经费 under 三级指标, not 二级指标; ≥2800人次 under 指标值)
        return centred if found_cost is None else min(found_cost, centred)

    def _cost(k: int, column: int) -> int | None:
        (start, stop), (here, edge) = spans[k], columns[column]
        after = columns[column + 1][0] if column + 1 < len(columns) else None
        if after is not None and start >= after:
            return None
        plain = _plain_cost(k, start, stop, here, edge, after, column)
        if plain is None and anchors and any(abs(start - a) <= _TOLERANCE for a in anchors.get(here, ())):
            return 3  # where the column's cells of the rows above start (only where nothing else places it)
        return plain

    def _plain_cost(k: int, start: int, stop: int, here: int, edge: int | None, after: int | None,
                    column: int) -> int | None:
        if abs(start - here) <= _TOLERANCE:
            if start < here and edge is not None and abs(stop - edge) < here - start:
                return 1 + abs(stop - edge)  # an amount right-aligned under its label (320.00 under 总额, not 预算金额 before)
            if figure[k] and start < here and stop <= here:
                return 6  # (10 ending where 得分 begins: right-aligned in the column before, as its rows' numbers are)
            return start - here if start >= here else 2 * (here - start)
        if start > here:  # inside: short, or whole within the column (centred), or the side label's column
            return start - here if short[k] or after is None or stop <= after or edge is None else None
        if edge is not None and (abs(stop - edge) <= _TOLERANCE or abs((start + stop) - (here + edge)) <= 2 * _TOLERANCE):
            return 1 + abs(stop - edge)  # right-aligned under its label, or centred under it
        before = columns[column - 1][1] if column and columns[column - 1][1] is not None else None
        if edge is not None and not short[k] and start < here < stop and (before is None or start > before) \
                and (after is None or stop <= after):
            return 4 + abs((start + stop) - (here + edge)) // 2  # a long cell across its label, from the label before's
        return None  # end (a header's labels centred over cells left-aligned: 三级指标 over 开展人工防雹…)
    best: dict[tuple[int, int], tuple[int, tuple[int, ...]] | None] = {}

    def place(k: int, free: int) -> tuple[int, tuple[int, ...]] | None:
        if k == len(found):
            return 0, ()
        if (k, free) not in best:
            options = []
            for column in range(free, len(columns)):
                here = cost(k, column)
                rest = place(k + 1, column + 1) if here is not None else None
                if here is not None and rest is not None:
                    options.append((here + rest[0], (column, *rest[1])))
            best[(k, free)] = min(options) if options else None
        return best[(k, free)]
    found_place = place(0, 0)
    return found_place[1] if found_place is not None else None


def _placed(found: list[Piece], columns: list[tuple[int, int | None]], wide: bool,
            anchors: dict[int, set[int]] | None = None) -> list[str]:
    """The cells in their columns (a line that fits no way keeps its cells as they come)."""
    placement = _placement(found, columns, wide, anchors=anchors)
    if placement is None:
        return [p.text for p in found]
    cells = [""] * len(columns)
    for p, column in zip(found, placement):
        cells[column] = p.text
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _rows_of(lines: list[tuple[int, list[Piece], list[str], str]], wide: bool) -> tuple[list[tuple[int, list[str]]], int]:
    """The lines' cells with tables placed by position in one way of counting columns, and how many table lines
    were placed (the way that places more is the text's own)."""
    joined: list[tuple[int, list[Piece], list[str], str]] = []
    widest: dict[int, int] = {}  # the widest cell starting at each place (a column's full width); 0 where the
    lone: dict[int, int] = {}  # column's cells wrap onto lines of their own elsewhere too (碍改造户数, 标准)
    for _, found, _, _ in lines:
        for p in found:
            start, end = p.at(wide)
            widest[start] = max(widest.get(start, 0), end - start)
        rest = [p for p in found if not labels.known_level(p.text) and not labels.weight_only(p.text)]
        if len(rest) == 1 and not re.search(r"\d", rest[0].text):
            lone[rest[0].at(wide)[0]] = lone.get(rest[0].at(wide)[0], 0) + 1
    widest = {start: 0 if lone.get(start, 0) >= 2 else width for start, width in widest.items()}
    columned = _goal_columns(lines)
    for at, (number, found, gaps, line) in enumerate(columned):
        if at + 2 < len(columned) and _header_top(found, columned[at + 1][1], columned[at + 2][1], wide):
            joined.append((number, found, gaps, line))  # (年度 | 实际 over the header's line: no text's wrapped end)
            continue
        if joined and found and joined[-1][1] and _label_tail(joined[-1][1], found, wide):
            last = joined[-1]
            head = last[1][0]
            tail = found[0]
            joined[-1] = (last[0], [Piece(head.text + tail.text, head.start, head.end, head.char_start, head.char_end),
                                    *last[1][1:]], last[2], last[3])
            continue
        if joined and found and joined[-1][1] and _floating_value(joined[-1][1], found):
            last = joined[-1]
            joined[-1] = (last[0], [*last[1], found[0]], [*last[2], "  "], last[3])
            continue
        past = bool(joined and found and joined[-1][1]) and _past_its_end(joined[-1][1][-1], found, wide)
        if joined and found and joined[-1][1] and not past and _continues(joined[-1][1], found, wide, widest):
            last = joined[-1]
            joined[-1] = (last[0], _merged(last[1], found, wide), last[2], last[3])
            continue
        if joined and found and joined[-1][1] and not past and _old_continues(joined[-1][1], found):
            last = joined[-1]
            joined[-1] = (last[0], _ends_joined(last[1], found), last[2], last[3])
            continue
        joined.append((number, found, gaps, line))
    out: list[tuple[int, list[str]]] = []
    placed = loose = 0
    k = 0
    positioned = [(n, f) for n, f, _, _ in joined]
    heads: dict[tuple[str, ...], tuple[list[int], dict[int, set[int]]]] = {}  # each header's labels: their starts
    # and where its rows' cells started under them
    while k < len(joined):
        number, found, gaps, line = joined[k]
        split = _split_labels(joined[k - 1][1], found, joined[k + 1][1], wide) \
            if found and _header(found) and k and k + 1 < len(joined) and out and out[-1][0] == joined[k - 1][0] else None
        if split is not None:  # 年度 / 指标值 and 实际 / 完成值 above and below the header's line, its gap between
            found, gaps = split, ["  "] * (len(split) - 1)  # 三级指标 and 分值: labels of three-line cells, whole
            joined[k] = (number, found, gaps, line)             # in the header
            positioned[k] = (number, found)
            del joined[k + 1], positioned[k + 1]
            out.pop()
        beyond = _label_beyond(joined[k - 1][1], found, joined[k + 1][1], wide) \
            if found and _header(found) and k and k + 1 < len(joined) and out and out[-1][0] == joined[k - 1][0] else None
        if beyond is not None:  # 偏差原因分析及改进 / … | 分值 | 得分 / 措施: the last label's two lines round the
            found, gaps = [*found, beyond], [*gaps, "  "]  # header's line, right of its others — a column of its own
            joined[k] = (number, found, gaps, line)
            positioned[k] = (number, found)
            del joined[k + 1], positioned[k + 1]
            out.pop()
        if found and _header(found) and k and out and out[-1][0] == joined[k - 1][0] \
                and _header_head(joined[k - 1][1], found, wide):
            found = _headed(joined[k - 1][1], found, wide)  # 实际完成 / 值, 偏差原因分析 / 及改进措施: the header's
            joined[k] = (number, found, gaps, line)  # labels begun on the line above it
            positioned[k] = (number, found)
            out.pop()
        if found and _header(found) and k + 1 < len(joined) and _header(joined[k + 1][1]) \
                and _header_head(found, joined[k + 1][1], wide):
            out.append((number, cells_by_gaps(line, found, gaps)))  # 一级 | 二级 | 指标 | 指标 | 度量 over 指标 | 指标 |
            k += 1  # 三级指标 | 性质 | 值 | 单位: the first line of a two-line header, joined to the second below
            continue
        if found and _header(found):
            named, starts = tuple(p.text for p in found), [p.at(wide)[0] for p in found]
            before = heads.get(named)
            same = before is not None and all(abs(a - b) <= _TOLERANCE for a, b in zip(before[0], starts))
            end, columns, anchors = _region(positioned, k, wide, before[1] if before is not None and same else None)
            heads[named] = (starts, anchors)  # (the header repeated on the next page over the same columns)
            body = [(f, g, line) for _, f, g, line in joined[k + 1:end] if len(f) >= 2 and _measured(line, g) >= 2]
            # (自评等级    优: a line of one gap is a multiple of itself, no sign of typing)
            typed = sum(1 for f, g, line in body if _regular(line, g)[0]) * 2 > len(body) \
                and _typed_alike([(f, g, line) for _, f, g, line in joined[k:end]], wide)
            if end - k >= 3 and not typed:  # a header and two rows or more: the columns are the text's (not a text
                # typed with its gaps whole multiples of a tab's width: those read by their gaps)
                start = len(out)
                foot = {n for at, (n, f, _, _) in enumerate(joined[k:end], k) if _page_foot(joined, at)}
                out.extend(_labels_between(_wraps_joined([(n, _spans(f, columns, wide, anchors),
                                                           _placed(f, columns, wide, anchors))
                                                          for n, f, _, _ in joined[k:end] if n not in foot]),
                                           frozenset(foot)))
                _header_round(out, start)
                _points_back(out, start)
                out.extend((n, [f[0].text]) for n, f, _, _ in joined[k:end] if n in foot)  # (— 1 —: the page's number)
                placed += end - k
                loose += sum(1 for _, f, _, _ in joined[k + 1:end] if f and _fits(f, columns, wide, anchors)
                             and _placement([p for p in f if p.at(wide)[0] >= columns[0][0] - _TOLERANCE], columns,
                                            wide, near=False) is None)  # (placed only by their labels' centres)
                k = end
                continue
        out.append((number, cells_by_gaps(line, found, gaps) if found else []))
        k += 1
    return out, placed - loose


def _spans(found: list[Piece], columns: list[tuple[int, int | None]], wide: bool,
           anchors: dict[int, set[int]] | None = None) -> dict[int, int]:
    """How wide each placed cell's first line is, by column (a cell joined from two lines spans its wider line)."""
    placement = _placement(found, columns, wide, anchors=anchors)
    if placement is None:
        return {}
    return {column: p.at(wide)[1] - p.at(wide)[0] for p, column in zip(found, placement)}


_BARE = re.compile(r"\d+(\.\d+)?")


def _points_back(out: list[tuple[int, list[str]]], start: int) -> None:
    """A row whose long value (2022年11月30日前) ran past its column's edge set each cell after it one column on: the
    实际完成值 empty, the result under 分值 and the points under 得分 and 偏差原因. Where the result's column is
    empty, the next holds no bare number and the two after it do, the cells move back a column. And a bare number
    alone under 偏差原因, the 得分 left empty, is the score."""
    if start >= len(out):
        return
    roles = [labels.column_field(t) for t in out[start][1]]
    if "score" in roles and "reason" in roles:  # 10 | | 10 under 分值 | 得分 | 偏差原因: a score set right of its
        s, r = roles.index("score"), roles.index("reason")  # narrow column's label, under the reason's — the score
        for k in range(start + 1, len(out)):
            number, cells = out[k]
            if len(cells) == r + 1 and not cells[s] and _BARE.fullmatch(cells[r]) and all(not c for c in cells[s:r]):
                out[k] = (number, [*cells[:s], cells[r]])
    if "actual" not in roles or "weight" not in roles:
        return
    a = roles.index("actual")
    if roles[a + 1:a + 3] not in (["weight", "score"], ["score", "weight"]):
        return
    for k in range(start + 1, len(out)):
        number, cells = out[k]
        if len(cells) > a + 3 and not cells[a] and cells[a + 1] and not _BARE.fullmatch(cells[a + 1]) \
                and re.search(r"\d", cells[a + 1]) and _BARE.fullmatch(cells[a + 2]) and _BARE.fullmatch(cells[a + 3]) \
                and not any(cells[a + 4:]):
            out[k] = (number, [*cells[:a], *cells[a + 1:a + 4], *cells[a + 4:]])


def _wraps_joined(placed: list[tuple[int, dict[int, int], list[str]]]) -> list[tuple[int, list[str]]]:
    """A table's rows with the lines that only wrap its text cells joined back: a line without a figure whose cells
    each stand under a text cell as wide as its column's widest, below a row that has figures (集中供养特困 | ≥160人 |
    148人 / 人员人数; 满意度指 / 标: a narrow column's names wrapped; 2023年12月31 / 日前: a date); a name's first line
    above its row's figures (签约居民履约服 / 务完成率 | ≥90%: a tall row, its cells centred down it); a header's
    label wrapped under itself (偏差原因分析及 / 改进措施)."""
    placed = task_lines.centred(placed)
    if placed:
        placed = [placed[0], *_sandwiched(placed[1:], {j for j, t in enumerate(placed[0][2]) if labels.column_field(t) == "name"})]
    capacity: dict[int, int] = {}
    for _, spans, cells in placed[1:]:
        if labels.row_kind(next((t for t in cells if t), "")) is not None:
            continue  # (存在问题 | 个别学校工程结算…, 总分 | 95: a field under the table, its total: no row's column)
        for column, span in spans.items():
            capacity[column] = max(capacity.get(column, 0), span)
    figures = [any(re.search(r"\d|[*＊]{2}", t) for t in cells) for _, _, cells in placed]  # (≥**%: a placeholder for one)
    reasons = {j for j, t in enumerate(placed[0][2]) if labels.column_field(t) == "reason"} if placed else set()
    header_cells = placed[0][2] if placed else []
    names = {j for j, t in enumerate(header_cells) if labels.column_field(t) == "name" and labels.norm(t) != "指标"}
    levels = {j for j, t in enumerate(header_cells) if labels.column_field(t) in ("level1", "level2")
              or labels.norm(t) == "指标" and names and j < min(names)}  # (一级 / 指标, 二级 / 指标 over 三级指标: the
    # header's last line, each level's label cut to its 指标, blind 6787)

    roles = labels.column_roles(header_cells)
    values = {j for j, r in enumerate(roles) if r in ("value", "actual")}
    points = {j for j, r in enumerate(roles) if r in ("weight", "score")}

    def _labels_alone(cells: list[str]) -> bool:
        return any(cells) and all(not t or j in levels and labels.known_level(t) for j, t in enumerate(cells))

    def wrap_of(above: list[str], spans: dict[int, int], cells: list[str]) -> bool:
        return _wrap_of(above, spans, cells, capacity, names, reasons) \
            or _values_go_on(above, cells, values, points, names, levels)
    out: list[tuple[int, list[str]]] = []
    row_spans: list[dict[int, int]] = []  # each row put out's spans, the header's first (aligned with out)
    above_spans: dict[int, int] = {}
    swallowed = -1  # a line joined to the row above it ahead of its turn (a tall row's name's end)
    for k, (number, spans, cells) in enumerate(placed):
        if k == swallowed:
            continue
        if len(out) == 1 and cells and _header_tail(out[0][1], cells):
            filled = [j for j, t in enumerate(cells) if t]
            header = list(out[0][1])
            for j in filled:
                header[min(j, len(header) - 1)] += cells[j]
            out[0] = (out[0][0], header)
            continue
        cells = _name_parted(_glued_parted(out[-1][1] if len(out) > 1 else [], cells, levels), levels, names)
        above_cut = out[-1][1] if len(out) > 1 else []
        cut = [j for j, t in enumerate(above_cut) if t]
        if cut and all(j in levels and labels.cut_level(above_cut[j]) and j < len(cells) and cells[j]
                       and labels.known_level(above_cut[j] + cells[j]) for j in cut) \
                and any(re.search(r"\d", t) for t in cells) \
                and any(not labels.known_level(cells[j]) for j in cut):  # 满意度指 | 服务对象 / 标（10分） | 满意度指标 |
            cells = [above_cut[j] + t if j in cut else t for j, t in enumerate(cells)]  # 村民满意度 | ≥90% …: the
            out[-1] = (out[-1][0], [""] * len(above_cut))  # row's labels begun on the line above it, one ended by a
            # piece no label is alone — whole on the row, the line above left empty (its place in the labels' spans
            # kept; blind 6787)
        if len(out) > 1 and out[-1][1]:
            above = list(out[-1][1])
            for j in levels:  # 效益指标（ / 30分） | 可持续影响 | …: the label's weight closed on the line below it, back on
                if j < len(above) and j < len(cells) and above[j] and cells[j] \
                        and labels.open_bracket(above[j]) and labels.weight_only("（" + cells[j].lstrip("（(")):
                    above[j] += cells[j]  # the label — a line of labels (blind 5629) or a row's, its wrapped cells
                    cells = [("" if i == j else t) for i, t in enumerate(cells)]  # beside the weight (blind 6813)
            out[-1] = (out[-1][0], above)
        beside = [j for j, t in enumerate(cells) if t and j in levels and labels.is_level1(t)]  # a 一级 on the line
        filled_now = [j for j, t in enumerate(cells) if t and j not in beside]
        if len(out) > 1 and filled_now and out[-1][1] and not any(re.search(r"\d", t) for t in out[-1][1]) \
                and any(out[-1][1][j] for j in names if j < len(out[-1][1])) \
                and all(j not in names and _complete_value(cells[j]) for j in filled_now) \
                and all(j >= len(out[-1][1]) or not out[-1][1][j] for j in filled_now + beside):
            above = out[-1][1]  # 作业信息上报及时率（作业结束后 / ≥98%: a tall row's value centred below its name's start
            out[-1] = (out[-1][0], [(above[j] if j < len(above) else "") + (cells[j] if j < len(cells) and j in filled_now
                                                                              else "")
                                    for j in range(max(len(above), len(cells)))])
            above_spans = {**{j: w for j, w in spans.items() if j not in beside}, **above_spans}
            if not beside:
                continue
            cells = [t if j in beside else "" for j, t in enumerate(cells)]  # (社会效益 | 脱毒种薯推广覆盖率 / 效益指标
            spans = {j: w for j, w in spans.items() if j in beside}  # | ≥80%: the 一级 centred down its rows, on the
            # value's line — the label stays on its line)
        heads_next = k + 1 < len(placed) and figures[k + 1] and not figures[k] \
            and _head_of(cells, spans, placed[k + 1][2], capacity) or _round_a_word_value(placed, k, names, levels)
        # (计划生育家庭奖励 | 发放农村… / 扶助 | … | 362.40: a tall row's first line, its figures on the next, no wrap of
        # the row above)
        if len(out) > 1 and cells and not heads_next and _points_below(out[-1][1], cells, values, points, names, levels):
            above = out[-1][1]  # (the row's values' ends and its points joined to it; a label's piece beside them
            rest = [t if j not in levels else "" for j, t in enumerate(cells)]  # stays on its line, where the
            out[-1] = (out[-1][0], _cellwise(above, rest))  # labels' centring reads it)
            cells = [t if j in levels else "" for j, t in enumerate(cells)]
            spans = {j: w for j, w in spans.items() if j in levels}
            if not any(cells):
                continue
        if len(out) > 1 and cells and not heads_next and wrap_of(out[-1][1], above_spans, cells):
            above = out[-1][1]
            out[-1] = (out[-1][0], _cellwise(above, cells))  # (the points beyond the row above's last cell: blind
            continue  # 8095)
        heads = [j for j, t in enumerate(cells) if t and (j in levels and labels.is_level1(t) or labels.section_label(t))]
        # (年度绩效指标 | … | 里: the table's side label on a value's wrapped line, as a 一级's may stand)
        rest = [t if j not in heads else "" for j, t in enumerate(cells)]
        seconds = [j for j, t in enumerate(cells) if t and j in levels and j not in heads and labels.known_level(t)]
        units = [j for j, t in enumerate(cells) if t and j not in heads and j not in seconds]
        cut = [j for j in units if j < len(out[-1][1]) and _cut_beside_label(out[-1][1][j], cells[j], j in names)] \
            if seconds and units and out else []
        if seconds and units and len(out) > 1 and not cut \
                and _values_go_on(out[-1][1], [t if j in units else "" for j, t in enumerate(cells)], values, points):
            cut = units  # (检验结论出 | 20个工作日 / 时效指标 | 具后20个工 | 内: the value and result wrapped beside the
            # 二级's label centred on the row's middle line, blind 8013)
        if cut and all(j in cut or (j >= len(out[-1][1]) or not out[-1][1][j]) and re.fullmatch(r"\d+(\.\d+)?", cells[j])
                       for j in units):  # (补助资金拨付时间 | 2023年12 / 时效指标 | 月31日前 | 10 | 10: the row's weight
            # and score centred on its second line, blind 5516)
            heads = heads + seconds  # (社会效益 | … | 次 under 8.6万人: a 二级's label on the line of a result's unit's end)
            rest = [t if j not in heads else "" for j, t in enumerate(cells)]
            if len(out) > 1 and not heads_next and len(cut) < len(units) and not any(
                    j < len(out[-1][1]) and out[-1][1][j] for j in heads):
                above = out[-1][1]  # (its figures on the label's line too: the row's own, joined to it directly)
                out[-1] = (out[-1][0], _cellwise(above, rest))
                cells = [t if j in heads else "" for j, t in enumerate(cells)]
                spans = {j: w for j, w in spans.items() if j in heads}
                heads = []
        if len(out) > 1 and heads and any(rest) and not heads_next and len(cells) <= len(out[-1][1]) \
                and not any(out[-1][1][j] for j in heads) and wrap_of(out[-1][1], above_spans, rest):
            above = out[-1][1]  # 农村公路交通事故起数同比 ≥5% / 效益指标 | 下降幅度: a name's end beside a 一级's label
            out[-1] = (out[-1][0], [a + (rest[j] if j < len(rest) else "") for j, a in enumerate(above)])  # centred
            cells = [t if j in heads else "" for j, t in enumerate(cells)]  # down its rows, the label left on its line
            spans = {j: w for j, w in spans.items() if j in heads}
        if len(out) > 2 and cells and not heads_next and _labels_alone(out[-1][1]) \
                and not any(j < len(cells) and cells[j] for j in levels) and out[-2][1] \
                and wrap_of(out[-2][1], row_spans[-2], cells):
            above = out[-2][1]  # 2023年12月20 | 2023年12月 / 时效指标 / 日前 | 15日: a tall row's cells wrapped below
            out[-2] = (out[-2][0], [a + (cells[j] if j < len(cells) else "") for j, a in enumerate(above)])  # the label
            continue  # centred on its middle line
        if len(out) > 1 and cells and _dates_begun(out[-1][1], cells):
            row_spans.pop()
            head = out.pop()[1]  # 2020年12 | 2020年12 / 补助资金拨付时间 | 月20日前 | 月15日: the dates' first lines stood
            cells = [(head[j] if j < len(head) else "") + c for j, c in enumerate(cells)] + head[len(cells):]  # above
            # their row, centred down it (blind 5471, 5481)
        round_word = len(out) > 1 and bool(cells) and _round_a_word_value(placed, k - 1, names, levels)
        if len(out) > 1 and cells and (figures[k] and not figures[k - 1] and _head_of(out[-1][1], above_spans, cells, capacity)
                                       or round_word):
            row_spans.pop()
            above_number, head = out.pop()  # 签约居民履约服 / 务完成率 | ≥90% | 88.4%: the name's first line stood
            if any(j < len(head) and head[j] for j in names):  # above (the row called by it; not by a label's line)
                number = above_number
            cells = [(head[j] if j < len(head) else "") + c for j, c in enumerate(cells)] + head[len(cells):]
            if round_word:  # (…长效运行机制 / 持续运行 / 建立情况: the name's end on the line below, the row's too)
                end = placed[k + 1][2]  # (可持续 / 影响指标 beside it: the label's end as well)
                cells = [c + (end[j] if (j in names or j in levels) and j < len(end) else "") for j, c in enumerate(cells)]
                swallowed = k + 1
        while len(out) > 1 and cells and figures[k] and any(j in reasons and cells[j] for j in range(len(cells))) \
                and out[-1][1] and all(j in reasons for j, t in enumerate(out[-1][1]) if t) \
                and not any(re.search(r"\d", t) for t in out[-1][1]):
            row_spans.pop()
            head = out.pop()[1]  # 部分偏远乡镇签 / 约居民外出务工 above the row whose reason they begin (centred down it)
            cells = [(head[j] if j < len(head) else "") + c for j, c in enumerate(cells)] + head[len(cells):]
        out.append((number, list(cells)))
        row_spans.append(spans)
        above_spans = spans
    return _name_ends_beside_labels(out, levels, names)


def _cellwise(above: list[str], cells: list[str]) -> list[str]:
    """A line's cells joined onto the row above's, column by column, however many each has."""
    return [(above[j] if j < len(above) else "") + (cells[j] if j < len(cells) else "")
            for j in range(max(len(above), len(cells)))]


def _values_go_on(above: list[str], cells: list[str], values: set[int], points: set[int],
                   names: frozenset[int] | set[int] = frozenset(), levels: frozenset[int] | set[int] = frozenset()) -> bool:
    """A scored row's value and result in words wrapped together inside their columns, figures and all (检验结论 |
    平均15个 / 出具后20个 | 工作日): a line with nothing but those cells' ends, under a row whose name and points stand
    — a row of its own would have its points, and a value of its own would be whole (blind 7935, 8013)."""
    filled = [j for j, t in enumerate(cells) if t]
    if not points:  # a target form: 县镇村三级服务站规范化运行率 / ≥95% — the measure named in words, its figure on the
        # next line, a label's piece beside it (响指标) left to the labels (blind 8060)
        said = [j for j in filled if not (j in levels and not labels.known_level(cells[j]))]
        return bool(said) and any(j < len(above) and above[j] for j in names) \
            and all(j in values and j < len(above) and above[j] and not re.search(r"\d", above[j])
                    and above[j][-1:] not in "。.!！;；，," and _MEASURE_END.search(above[j]) is not None
                    and re.match(r"[≥≤=＝<>＜＞]", cells[j]) is not None and _complete_value(cells[j]) for j in said)
    if not filled or not all(j in values and j < len(above) and above[j] for j in filled) \
            or not all(j < len(above) and re.fullmatch(r"\d+(\.\d+)?", above[j]) for j in points):
        return False

    def goes_on(head: str, tail: str) -> bool:
        if unit_cut(head, tail) or re.search(r"\d", head) and re.fullmatch(r"(以|之)?[内前]|为?止", tail):
            return True  # (平均15个 / 工作日; 20个工作日 / 内)
        return not _complete_value(head) and head[-1:] not in "。.!！;；"  # (检验结论 / 出具后20个工作日内)
    return any(re.search(r"\d", above[j] + cells[j]) for j in filled) and all(goes_on(above[j], cells[j]) for j in filled)


def _points_below(above: list[str], cells: list[str], values: set[int], points: set[int], names: set[int],
                  levels: set[int]) -> bool:
    """A tall row's value and result wrapped, its 分值 and 得分 beside their last lines (保费补贴资金拨付时间 | 2024年 |
    2024年11月 / 12月15日前 | 28日拨付 | 10 | 10: blind 8095, 8085): the row above has its name and values and no
    points, this line no name, its values' ends and every point — one row."""
    filled = [j for j, t in enumerate(cells) if t and not (j in levels and not labels.known_level(t))]  # (时效 / 指标,
    # 影响指 / 标: a label's piece beside them, left on its line)
    if not points or not any(j in values for j in filled) or not all(j in values or j in points for j in filled) \
            or not all(j < len(cells) and re.fullmatch(r"\d+(\.\d+)?", cells[j]) for j in points) \
            or any(j < len(above) and above[j] for j in points) or not any(j < len(above) and above[j] for j in names):
        return False
    return all(j < len(above) and above[j] and not re.search(r"[。；;]$", above[j]) for j in filled if j in values)


def _round_a_word_value(placed: list[tuple[int, dict[int, int], list[str]]], k: int, names: set[int],
                        levels: set[int]) -> bool:
    """Line k the first line of a tall row's name, its value a word on the next line and the name's end on the one
    after (文化站免费开放长效运行机制 / 可持续影响指标 | 持续运行 / 建立情况): no wrap of the row above (blind 7712)."""
    if not names or k + 2 >= len(placed):
        return False
    last = max(names)

    def name_of(cells: list[str]) -> str:
        return "".join(t for j, t in enumerate(cells) if j in names and t)

    def beyond(cells: list[str]) -> list[str]:
        return [t for j, t in enumerate(cells) if j > last and t]
    here, value, end = (placed[k + j][2] for j in range(3))
    return len(name_of(here)) >= 6 and not beyond(here) and not name_of(value) and len(beyond(value)) == 1 \
        and not re.search(r"\d", beyond(value)[0]) and not labels.known_level(beyond(value)[0]) \
        and all(not t or j in levels for j, t in enumerate(value) if j <= last) \
        and 0 < len(name_of(end)) <= 8 and not beyond(end) and all(not t or j in names or j in levels
                                                                   for j, t in enumerate(end))


def _name_ends_beside_labels(out: list[tuple[int, list[str]]], levels: set[int], names: set[int]
                             ) -> list[tuple[int, list[str]]]:
    """A line of a 二级 label and a name's piece, no figure, under a row whose name stopped mid-word (本土婺剧、高腔剧 |
    ≥12个 … / 可持续影响指标 | 团常态化演出团队数: the label centred on the rows' lines, the name wrapped over them): the
    piece the end of the name above; and the 二级 left alone on that line, between a row without one and a row with
    its own, is the row above's — inside the row's lines (blind 6813; a label on lines of its own may head an empty
    group)."""
    tails: set[int] = set()  # the lines whose name's piece went to the row above
    for k in range(1, len(out)):
        cells, above = out[k][1], out[k - 1][1]
        filled = [j for j, t in enumerate(cells) if t]
        texts = [j for j in filled if j in names]
        if len(texts) != 1 or any(re.search(r"\d", t) for t in cells) or texts[0] >= len(above) \
                or not all(j in levels and (labels.known_level(cells[j]) or j < len(above)
                                            and labels.known_level(above[j] + cells[j])) for j in filled if j not in texts) \
                or not (any(re.search(r"\d", t) for t in above) or any(t for i, t in enumerate(above) if i > max(names))) \
                or not above[texts[0]] or labels.known_level(above[texts[0]]):
            continue  # (the label's end beside it, 可持续影响 / 指标; the row above valued in words, 持续提升: blind 7966)
        j = texts[0]
        if _cut_beside_label(above[j], cells[j], True):
            out[k - 1] = (out[k - 1][0], [t + cells[j] if i == j else t for i, t in enumerate(above)])
            out[k] = (out[k][0], ["" if i == j else t for i, t in enumerate(cells)])
            tails.add(k)
    for k in sorted(tails):
        if k < 2:
            continue
        cells, above, higher = out[k][1], out[k - 1][1], out[k - 2][1]
        filled = [j for j, t in enumerate(cells) if t]
        below = out[k + 1][1] if k + 1 < len(out) else []
        at = filled[0] if len(filled) == 1 else -1
        ended = 0 <= at < len(above) and bool(above[at]) and at < len(higher) and bool(higher[at]) \
            and not labels.known_level(higher[at]) and labels.known_level(higher[at] + above[at])  # (社会效益指 / 标)
        if at in levels and labels.known_level(cells[at]) and not labels.is_level1(cells[at]) and at < len(above) \
                and (not above[at] or ended) and any(re.search(r"\d", t) for t in above) \
                and any(t for i, t in enumerate(above) if i in names) and at < len(below) and labels.known_level(below[at]):
            if ended:  # (its cell there the end of the label above: joined to it)
                out[k - 2] = (out[k - 2][0], [t + above[at] if i == at else t for i, t in enumerate(higher)])
            out[k - 1] = (out[k - 1][0], [cells[at] if i == at else t for i, t in enumerate(above)])
            out[k] = (out[k][0], [""] * len(cells))
    return out


def _sandwiched(placed: list[tuple[int, dict[int, int], list[str]]], names: set[int]) -> list[tuple[int, dict[int, int], list[str]]]:
    """A row three lines tall whose one-line cells stand on its middle line and whose two-line cell is parted around
    them (2025年1月底 / 年度运维考核完成时间 … / 前; 农村生活污水治理行政 / ≥90% … / 村覆盖率): one row, the parted cell
    whole, at the line where its name starts. The lines above and below hold nothing in the middle line's columns but
    the parted cell (and a level's label centred there); the one below only the parted cell's end."""
    out: list[tuple[int, dict[int, int], list[str]]] = []
    k = 0
    while k < len(placed):
        if k + 2 < len(placed) and placed[k + 1][0] == placed[k][0] + 1 and placed[k + 2][0] == placed[k + 1][0] + 1:
            (xn, xsp, x), (yn, ysp, y), (zn, zsp, z) = placed[k:k + 3]
            xs, ys, zs = ({j for j, t in enumerate(c) if t} for c in (x, y, z))
            parted = xs & zs
            before = placed[k - 1][2] if k else []
            units = {j for j in xs & ys if re.search(r"[/·]$", x[j]) and re.fullmatch(r"[\u4e00-\u9fff]{1,3}", y[j])}
            # (元/生· / 学期: a unit cut in its narrow 度量单位 column, its end on the middle line, blind 5516)
            compared = any(_BESIDE_VALUE.fullmatch(y[j]) for j in ys)  # (≤ on the middle line: the figure above is
            # no whole value)
            after = placed[k + 3][2] if k + 3 < len(placed) and placed[k + 3][0] == zn + 1 else []
            long_end = bool(names) and not ys & names and not any(t for j, t in enumerate(after) if j > max(names))
            # (优抚对象生活水平不低于当地 / 效益 社会效益 … 100% 100% 15 15 / 居民平均生活水平的比例: a long name parted
            # round its nameless values, nothing's values below its end — one name, blind 8101)
            label_ends = bool(names) and all(j < min(names) and norm(x[j]).endswith("指标")
                                             and not labels.known_level(x[j]) and labels.cut_level(z[j])
                                             for j in parted)  # (指标 指标 / …信访事件发生数 =0件 / 满意 服务对象满:
            # the labels' ends and beginnings round a whole row — no cell parted round it, blind 8101)
            if parted and ys and not (xs & ys) - units and not zs & ys and not label_ends \
                    and not all(j < len(before) and _ends_above(before[j], x[j]) for j in parted) \
                    and any(not labels.known_level(x[j] + z[j]) for j in parted) \
                    and all(j in xs or labels.is_level(z[j]) for j in zs) \
                    and all((len(z[j]) <= 8 or j in names and long_end) and (not labels.is_level(z[j])
                                                                               or j in names and len(x[j]) >= 6
                                                and not labels.known_level(x[j] + z[j]))  # (补助乡镇综合文化站 /
                            # … / 数量 in the names' column: a name's end, no label, blind 5726)
                            and not labels.is_level(x[j])
                            and not labels.weight_only(x[j]) and not re.search(r"[:：]", z[j])
                            or labels.known_level(x[j] + z[j]) and (parted - {j}) & names for j in parted) \
                    and not _TOTAL_CELL.fullmatch(labels.norm("".join(y[j] for j in ys & names))) \
                    and not (xs & names and any(_complete_value(x[j]) and not (j in zs and day_after(x[j], z[j]))
                                                and not (compared and re.fullmatch(r"\d+(\.\d+)?", x[j]))
                                                for j in xs - names)) \
                    and (ys & names or any(_complete_value(y[j]) for j in ys)) \
                    and all(j in names or _complete_value(y[j]) or labels.is_level(y[j]) or len(y[j]) >= 4
                            or _BESIDE_VALUE.fullmatch(y[j]) or lookup(y[j]).kind not in (None, "unknown") for j in ys):
                # (≥ | 95 | %: a value's sign, figure and unit in the 指标性质, 指标值 and 度量单位 columns)
                width = max(len(x), len(y), len(z))
                cells = [x[j] + y[j] if j in units else ((x[j] if j < len(x) else "") + (z[j] if j < len(z) else ""))
                         if j in xs | zs else (y[j] if j < len(y) else "") for j in range(width)]
                out.append((xn if parted & names else yn, {**xsp, **zsp, **ysp}, cells))
                k += 3
                continue
        out.append(placed[k])
        k += 1
    return out


_BESIDE_VALUE = re.compile(r"[≥≤=＝<>＜＞]|定性|定量|正向|反向")  # a 指标性质 cell beside its value
_TOTAL_CELL = re.compile(r"总分|总计|合计|得分合计|金额合计|资金合计|预算合计")  # the table's total row, no indicator
_SIGNED = re.compile(r"(填报单位|填表单位|填报人|填表人|联系电话|填报日期|填表日期|单位负责人|财务负责人|审核人)\s*[（(]?[^）)]{0,4}[）)]?\s*[:：]")


def _labels_between(rows: list[tuple[int, list[str]]], skip: frozenset[int] = frozenset()) -> list[tuple[int, list[str]]]:
    """Level labels a PDF centred down their merged cells, copied onto lines of their own between the rows they span
    (…持证上岗率 / 质量指标 / …事故发生次数): each put on the first row of the group it stands in the middle of, the
    groups found as middle_labels finds them (a label on a row, or between two, as near its group's middle as the
    labels allow); the table as it came where no such split exists."""
    if len(rows) < 3:
        return rows
    header = rows[0][1]
    levels = [j for j, t in enumerate(header) if labels.column_field(t) in ("level1", "level2")]
    names = [j for j, t in enumerate(header) if labels.column_field(t) == "name"]
    if not levels or not names:
        return rows

    def label_only(cells: list[str]) -> bool:
        filled = [j for j, t in enumerate(cells) if t]
        return bool(filled) and all(j in levels and (labels.known_level(cells[j]) or labels.cut_level(cells[j])
                                                     or labels.weight_only(cells[j]))
                                    for j in filled)  # (可持续影响 / 指标: a label wrapped round its row; （30分）: a
        # 一级's weight on the line below its name)
    body = rows[1:]
    for k in _spelled_side(header, body):  # 绩效 / 指 / 标 down the first column: the side label, no cell of a row
        body[k] = (body[k][0], ["", *body[k][1][1:]])
    for k, (number, c) in enumerate(body):  # 绩效指标（90分） | | 成本指标: the table's side label beside a level's on
        side = [j for j, t in enumerate(c) if t and labels.section_label(t)]  # its line, no cell of a row
        if side and any(t and labels.known_level(t) for t in c) \
                and all(not t or j in side or labels.known_level(t) for j, t in enumerate(c)):
            body[k] = (number, ["" if j in side else t for j, t in enumerate(c)])
    reasons = [j for j, t in enumerate(header) if labels.column_field(t) in ("reason", "extra")]  # (a 偏差原因, an
    # 指标值说明: a text cell that wraps)
    up: set[int] = set()  # label lines that carried the row above's text, or the row below's (wrapped round the label)
    down: set[int] = set()
    for k in range(1, len(body)):  # 农村供水工程出厂水及末梢水 ≥95% / 产出指标 质量指标 水质达标率: the name's rest, wrapped
        c, above = body[k][1], body[k - 1][1]  # onto the labels' line — the name's, the line the labels'
        j = names[0]
        rest = c[j] if j < len(c) else ""
        going_on = [i for i, t in enumerate(c) if t and i in reasons and i < len(above) and above[i]
                    and not re.search(r"[。！!]$", above[i].strip())]  # (…减 / 少率 | 分农户追肥…: the reason's too)
        if not rest or any(t for i, t in enumerate(c) if t and i != j and i not in levels and i not in going_on) \
                or not any(t for i, t in enumerate(c) if i in levels) or j >= len(above) or not above[j] \
                or not any(t for i, t in enumerate(above) if i > j and t) or len(rest) > 8 or labels.known_level(rest):
            continue
        closes = labels.open_bracket(above[j]) and re.search(r"[）)]", rest) is not None  # (…（座椅、花箱、自行车 / 停放架）)
        if not closes and (above[j][-1] in labels.NAME_ENDS or rest[-1] not in labels.NAME_ENDS):
            continue
        body[k - 1] = (body[k - 1][0], [t + c[i] if i == j or i in going_on else t for i, t in enumerate(above)])
        body[k] = (body[k][0], ["" if i == j or i in going_on else t for i, t in enumerate(c)])
        up.add(k)  # (the line is the row above's: its name's rest, its reason's, wrapped round the label)
    pair = [j for j in levels if j + 1 in levels]
    for k, (number, c) in enumerate(body):  # 满意度指标（10分）服务对象满意度指标: two labels run together, the 二级's
        for j in pair:  # cell empty beside them
            parts = labels.two_labels(c[j]) if j + 1 < len(c) and c[j] and not c[j + 1] else None
            if parts:
                body[k] = (number, [*c[:j], *parts, *c[j + 2:]])
    end = next((k for k, (_, c) in enumerate(body) if any(_TOTAL_CELL.fullmatch(norm(t)) or _SIGNED.match(norm(t))
                                                          for t in c if t)), len(body))
    body, after = body[:end], body[end:]  # (总分 | … and the sign-off under it: no rows of the table)
    for k in range(1, len(body)):  # 效益指标 | 经济效益指标 | … | 预期，已策划…: a label line that carries the reason
        a = k - 1  # wrapped from the row above: the reason's, back on its row (past a label line that carried its
        while a in up and a > 0:  # piece before it: 质量指标 | 录不完整，下年 / 产出指标 | 纳入季度考核, blind 8295)
            a -= 1
        c, above = body[k][1], body[a][1]
        tail = [j for j, t in enumerate(c) if t and j not in levels]
        if not (tail and all(j in reasons for j in tail) and any(t for j, t in enumerate(c) if j in levels)
                and label_only([t if j in levels else "" for j, t in enumerate(c)])):
            continue
        below = body[k + 1][1] if k + 1 < len(body) else []
        closed = all(j < len(above) and re.search(r"[。；;！!]$", above[j].strip()) for j in tail)  # (…完成。: the
        # reason above ends there; the piece begins the one below)
        if all(j < len(above) and above[j] for j in tail) and not (closed and all(j < len(below) and below[j] for j in tail)):
            body[a] = (body[a][0], [t + c[j] if j in tail else t for j, t in enumerate(above)])
            up.add(k)
            body[k] = (body[k][0], [t if j in levels else "" for j, t in enumerate(c)])
        elif all(j < len(below) and below[j] for j in tail) and (closed or not any(j < len(above) and above[j] for j in tail)):
            body[k + 1] = (body[k + 1][0], [c[j] + t if j in tail else t for j, t in enumerate(below)])  # (2家菌渣…调试延
            down.add(k)
            body[k] = (body[k][0], [t if j in levels else "" for j, t in enumerate(c)])  # / 期，…: a tall row's reason,
            # its first line on the labels' line above it)
    def begun(text: str) -> bool:  # a level's label cut before its end (服务对象满意; 经济成本, 可持续影响 without 指标)
        return labels.cut_level(text) or labels.known_level(text) and not norm(text).endswith("指标")

    for k in range(len(body) - 1):  # 服务对象满意 / 受益群众满意度 | ≥90 with 度指标 beside it: a label wrapped round its
        c = body[k][1]  # row, its end on the row's line — one label, on the line it begins (or on two rows' lines:
        for j in levels:  # 服务对象满意 | 参保群众满意度 / 度指标 | 定点医药机构满意度; 经济成本 | … / 成本指标 / 指标 | …,
            for m in (k + 1, k + 2):  # a 一级 alone on the line between)
                if m >= len(body):
                    break
                below = body[m][1]
                if j < len(c) and j < len(below) and c[j] and below[j] and begun(c[j]) \
                        and labels.known_level(c[j] + below[j]):
                    whole = c[j] + below[j]
                    body[m] = (body[m][0], ["" if i == j else t for i, t in enumerate(below)])
                    if m == k + 2:  # (centred on the line between: the label stands there)
                        body[k] = (body[k][0], ["" if i == j else t for i, t in enumerate(c)])
                        mid = [*body[k + 1][1], *[""] * (j + 1 - len(body[k + 1][1]))]
                        mid[j] = whole
                        body[k + 1] = (body[k + 1][0], mid)
                    else:
                        body[k] = (body[k][0], [whole if i == j else t for i, t in enumerate(c)])
                    c = body[k][1]
                    break
                if not label_only(below) or j < len(below) and below[j]:
                    break
    for k in range(len(body) - 2):  # 服务对象 / 满意度指标 | 作业主体满意度 | ≥90% / 满意度指标: a label wrapped round the
        c, mid, below = body[k][1], body[k + 1][1], body[k + 2][1]  # row it is centred on, its lines above and below
        for j in levels:  # the row's — one label, on the row's line
            if j < len(c) and j < len(below) and c[j] and below[j] and (j >= len(mid) or not mid[j]) \
                    and label_only(c) and begun(c[j]) and (all(not t for i, t in enumerate(below) if i != j)
                                                           or label_only(["" if i == j else t for i, t in enumerate(below)])
                                                           or all(not t or i in levels and i < len(c) and begun(c[i])
                                                                  and labels.known_level(c[i] + t)
                                                                  for i, t in enumerate(below) if i != j)) \
                    and labels.known_level(c[j] + below[j]) and any(mid[i] for i in names if i < len(mid)):
                row = [*mid, *[""] * (j + 1 - len(mid))]
                row[j] = c[j] + below[j]
                body[k] = (body[k][0], ["" if i == j else t for i, t in enumerate(c)])
                body[k + 1] = (body[k + 1][0], row)
                body[k + 2] = (body[k + 2][0], ["" if i == j else t for i, t in enumerate(below)])
                c, mid, below = body[k][1], body[k + 1][1], body[k + 2][1]  # (满意度指 | 服务对象满 / … / 标 | 意度指标:
                # both levels so wrapped)
    if not any(label_only(c) for _, c in body):
        return [rows[0], *body, *after]  # (no label alone on a line: the rows as read, labels made whole)

    def named(cells: list[str]) -> bool:  # (a row whose short name a centred header set under the 二级 label, its
        # value in place, is a row too: 保障在职人员数 | =312人; a wrapped cell's last line is none)
        return any(j < len(cells) and cells[j] for j in names) or any(
            j < len(cells) and cells[j] and not labels.known_level(cells[j])
            and not _TOTAL_CELL.fullmatch(norm(cells[j])) for j in levels) and bool(re.search(
                r"\d|[≥≤=＝<>]", next((cells[j] for j in range(max(names) + 1, len(cells)) if cells[j]), "")))
    data = [k for k, (_, c) in enumerate(body) if any(j < len(c) and c[j] for j in names)
            or named(c) and not (k and any(j < len(body[k - 1][1]) and body[k - 1][1][j] for j in names)
                                 and not any(body[k - 1][1][max(names) + 1:]))]  # (…相关部门 / 使用次数 ≥5次: a
    # name's rest with the value, below its valueless first line)
    if len(data) < 2:
        return rows
    cells = {k: list(body[k][1]) for k in data}
    width = max(len(c) for _, c in rows)
    gaps = sorted({*skip, *(number for number, c in body if not any(c))})  # (blank lines, a page's foot)

    def place(line: int) -> int:  # a line's place among the table's printed lines (its wrapped lines counted, a
        return line - sum(1 for g in gaps if g < line)  # blank line or a page's number not)
    def last_line(k: int) -> int:  # the last line of body line k (the lines joined to it), to the next one or a gap
        end = body[k + 1][0] if k + 1 < len(body) else body[k][0] + 1
        return max(body[k][0], min([end, *(g for g in gaps if g > body[k][0])]) - 1)
    tops: list[int] = []
    bottoms: list[int] = []  # each row's lines: its own and the label lines that carried its wrapped text (a label
    for k in data:  # alone on its line between two rows is neither's)
        top, bottom = k, k
        while top - 1 in down and top - 1 not in cells:
            top -= 1
        while bottom + 1 in up and bottom + 1 not in cells:
            bottom += 1
        tops.append(place(body[top][0]))
        bottoms.append(place(last_line(bottom)))
    slot = {k: place(number) for k, (number, _) in enumerate(body)}
    breaks = [place(line) for line in gaps if line in skip or line + 1 in gaps and line - 1 not in gaps]
    # (a page's foot, or the blank lines a page break leaves: each page's part of a group is laid out on its own)
    placed: set[int] = set()  # the columns whose labels were put on their groups
    given: dict[int, str] = {}  # each row's 二级, as the 二级 labels' split gives it (before the 一级s are split)
    for column in sorted(levels, key=lambda j: labels.column_field(header[j]) != "level2"):
        marks: list[tuple[int, str]] = []  # (twice the data row's index, or between two: odd), the label
        where: list[int] = []  # each mark's place: twice its line's (a label over two lines: the sum of both)
        pieces: dict[int, list[str]] = {}  # each mark's texts as printed (产出指标 and its （50分） a line below)
        seen = 0
        for k, (_, c) in enumerate(body):
            text = c[column] if column < len(c) else ""
            at = 2 * seen if k in cells else 2 * seen - 1
            if k in cells:
                seen += 1
                if not (text and (labels.known_level(text) or any(c[j] for j in names if j < len(c)))):
                    continue
            elif not (text and label_only(c)):
                continue
            if labels.weight_only(text) and marks and labels.known_level(marks[-1][1]) \
                    and labels.level_weight(marks[-1][1]) is None and at - marks[-1][0] <= 2:
                before, label = marks.pop()  # 产出指标 / （50分）: one label over two lines, centred between them
                pieces[len(marks)] = [*pieces.pop(len(marks), [label]), text]
                marks.append(((before + at) // 2, label + text))
                where.append(where.pop() // 2 + slot[k])
                continue
            pieces[len(marks)] = [text]
            marks.append((at, text))
            where.append(tops[data.index(k)] + bottoms[data.index(k)] if k in cells else 2 * slot[k])  # (a tall
            # row's label stands on its middle line, as its values do: 效益 / 指标 round …不低于当地 / 100% … / 居民…, 8101)
        odd = sum(p % 2 for p, _ in marks)
        if not marks or not odd:
            continue  # labels on rows (their groups' first, or middle: middle_labels' to place): read as they came
        first_marked = marks[0][0] == 0  # (the first row labelled: labels on first rows, one between two rows an
        # empty group's — unless every label stands exactly on its group's middle: 成本指标 on a one-row group first)
        second = [j for j in levels if labels.column_field(header[j]) == "level2" and j != column]

        def second_of(r: int) -> str:  # (the 二级 of a row: given by a split, or printed on it)
            k = data[r]
            return given.get(r) or (body[k][1][second[0]] if second and second[0] < len(body[k][1]) else "")
        implied = [labels.implied_level1(second_of(r)) if second else None for r in range(len(data))]  # (a 一级's
        # rows: 经济效益指标 printed on a row, or its group's label, is under 效益指标, whatever is nearer)
        kinds = [middle_labels.cost_kind(cells[k][names[0]]) if names[0] < len(cells[k]) else None for k in data]
        counts = [middle_labels.counted(next((t for t in cells[k][max(names) + 1:] if t), "")) for k in data]
        pleased = ["满意" in cells[k][names[0]] if names[0] < len(cells[k]) else False for k in data]
        dated = [parse_value(next((t for t in cells[k][max(names) + 1:] if t), "")).kind == "deadline" for k in data]
        satisfaction_head = any(labels.level_name(t) == "满意度指标" for _, t in marks)

        def words(g: int, r: int) -> int:  # (终端设施正常运行率 under 质量指标, not 时效指标: between two splits as
            # near, the one with fewer rows whose names say another group)
            label = marks[g][1]
            group = next((kind for kind in ("数量", "质量", "时效", "成本") if kind in label), None)
            if group is None:  # (防火宣传及巡护值守费用 under 效益指标: a cost is no effect; 群众法治宣传知晓率 under
                # 服务对象满意度指标: no satisfaction it measures)
                return int(kinds[r] == "成本" and (labels.implied_level1(label) or labels.level_name(label))
                           in ("效益指标", "满意度指标")) \
                    + int(names[0] < len(cells[data[r]]) and middle_labels.unsatisfied(cells[data[r]][names[0]], label)) \
                    + int(pleased[r] and labels.level_name(label) in ("产出指标", "效益指标") and satisfaction_head) \
                    + int(dated[r] and kinds[r] == "时效")  # (光荣牌悬挂完成时间 | 2021年6月30日前 under 社会效益指标: a
                # deadline is an output's time target, blind 5855)
                # (群众文体活动满意度 under the 满意度指标 一级 the column prints, not under 效益指标 above it)
            if group == "质量" and kinds[r] is None:
                return int(counts[r])  # (旅游宣传推介活动 | ≥6次: a count to reach, no 质量指标)
            return int(kinds[r] is not None and kinds[r] != group)
        strong = [middle_labels.strong_kind(cells[k][names[0]]) if names[0] < len(cells[k]) else None for k in data]

        def said(g: int, r: int) -> int:  # (修补工程验收合格率 under 质量指标 printed a line below its group's middle,
            # not under 数量指标 with every label on its middle: a name beyond doubt weighs as a line off)
            group = next((kind for kind in ("数量", "质量", "时效", "成本") if kind in marks[g][1]), None)
            return int(group is not None and strong[r] is not None and strong[r] != group)

        printed = [bool(second) and second[0] < len(body[k][1]) and labels.known_level(body[k][1][second[0]])
                   for k in data]  # (a row's 二级 printed on its own line: 成本指标 | 每公里管网维修成本 | ≤2.6万元)

        def group(limit: int) -> list[tuple[int, int]] | None:
            return _centred_groups(where, tops, bottoms, lambda g, r: (2 if printed[r] else 1) * int(
                implied[r] is not None and implied[r] != labels.level_name(marks[g][1])) + said(g, r), words, breaks,
                limit)  # (a 二级 printed on its row says its 一级 more plainly than a line of the 一级's centring: the
            # 产出 cost row right above 效益指标's label, blind 8341)
        groups = group(0) if first_marked else group(2) or group(4)  # (each label within a line of its group's
        # middle; else within two: a label printed a line below a group of tall rows)
        if groups is None and first_marked:
            groups = _headed_groups([p for p, _ in marks], len(data))
        if groups is None:
            continue
        placed.add(column)
        if labels.column_field(header[column]) == "level2":
            given.update((r, text) for (start, stop), (_, text) in zip(groups, marks) for r in range(start, stop + 1))
        for g, ((start, stop), (_, text)) in enumerate(zip(groups, marks)):
            for k in data:
                c = cells[k]
                if column < len(c) and c[column] in pieces.get(g, [text]):
                    c[column] = ""
            lead = start
            while g == 0 and labels.column_field(header[column]) == "level1" and lead < stop \
                    and implied[lead] is not None and implied[lead] != labels.level_name(text):
                lead += 1  # (a page's first rows under a 时效指标 before its 成本指标 label: the 产出指标 of the page
                # before goes on over them, its merged cell parted by the page break — where the label's own rows
                # start a 二级 group of their own)
            if lead > start and implied[lead] is not None and second_of(lead) and second_of(lead) != second_of(lead - 1):
                start = lead
            first = cells[data[start]]
            first.extend([""] * (width - len(first)))
            if first[column] and not labels.known_level(first[column]) and not first[names[0]]:
                first[names[0]] = first[column]  # (the row's short name, set under the label's column: its name)
            first[column] = text
    out = [rows[0]]
    for k, (number, c) in enumerate(body):
        if k in cells:
            out.append((number, cells[k]))
        elif not label_only(c):
            out.append((number, c))
        elif any(t and j not in placed for j, t in enumerate(c)):
            out.append((number, [t if j not in placed else "" for j, t in enumerate(c)]))  # (a label no split placed
            # stays on its line, for the reader to place; the one put on its group's first row is gone from it)
    return out + after


def _spelled_side(header: list[str], body: list[tuple[int, list[str]]]) -> list[int]:
    """The body lines whose first cell is one character of the table's side label spelled down its column, begun in
    the header (绩效 / 指 / 标 beside 一级指标 …: 绩效指标): their indices, or none (blind 4661)."""
    text = norm(header[0]) if header and header[0] and not labels.column_field(header[0]) else ""
    spelled: list[int] = []
    for k, (_, c) in enumerate(body):
        if not text or labels.section_label(text) or not c or len(c[0].strip()) != 1 or len(spelled) >= 6:
            break
        text += c[0].strip()
        spelled.append(k)
    return spelled if text and labels.section_label(text) else []


def _headed_groups(marks: list[int], rows: int) -> list[tuple[int, int]] | None:
    """Groups of rows 0..n-1 headed by their labels (twice the row a label stands on), where a label printed between
    two rows neither of which has a label of its own is centred on them, its group begun on the upper (a -layout
    copy whose page 2 centres a two-row 二级 that page 1 printed on its first row: 受益农村人口 / 社会效益指标 /
    农村自来水普及率), or that heads the row below it where the row above has a label of its own (a label wrapped
    round its one row, begun on the line above); None where a label between two rows may be an empty group's (the
    row below it labelled)."""
    on_row = {m // 2 for m in marks if m % 2 == 0}
    starts: list[int] = []
    both: list[int] = []  # the groups of centred labels, which hold both rows their label stands between
    for m in marks:
        start = m // 2
        if m % 2 and (start + 1 in on_row or start + 1 >= rows):
            return None
        if m % 2 and start in on_row:
            start += 1  # (服务对象满 / 意度指标 | …: a label wrapped round its one row, begun on the line above it)
        elif m % 2:
            both.append(len(starts))
        if starts and start <= starts[-1] or not starts and start:
            return None
        starts.append(start)
    if not any(m % 2 for m in marks) or any(k + 1 < len(starts) and starts[k + 1] <= starts[k] + 1 for k in both):
        return None
    return [(start, (starts[k + 1] if k + 1 < len(starts) else rows) - 1) for k, start in enumerate(starts)]


def _centred_groups(marks: list[int], tops: list[int], bottoms: list[int], against=lambda g, r: 0,
                    words=lambda g, r: 0, breaks: list[int] | tuple[int, ...] = (), limit: int = 2
                    ) -> list[tuple[int, int]] | None:
    """Consecutive groups of rows 0..n-1 (each row from line `tops[r]` to `bottoms[r]`), one to a mark (twice the
    line its label stands on), each mark within a line of its group's middle line and inside the group; the nearest
    such split, with the fewest rows whose own labels say another group (`against(group, row)`), then the fewest whose
    names do (`words(group, row)`), or None."""
    n = len(tops)
    best: dict[int, tuple[tuple[int, int], list[tuple[int, int]]]] = {0: ((0, 0), [])}
    for k, mark in enumerate(marks):
        last = k == len(marks) - 1
        found: dict[int, tuple[tuple[int, int], list[tuple[int, int]]]] = {}
        for start, (cost, done) in best.items():
            for stop in ([n - 1] if last else range(start, n - 1)):
                lo, hi = tops[start], bottoms[stop]
                over = 0
                for b in breaks:  # (a group over a page break, less likely than not: its label centred on its part
                    if lo < b <= hi:  # on the label's page)
                        lo, hi = (lo, b - 1) if mark < 2 * b else (b, hi)
                        over += 1
                middle = lo + hi
                middle -= middle % 2 * (1 - mark % 2)  # (a label of one line on the upper of two middle lines)
                off = abs(mark - middle)
                if off > limit or 2 * tops[start] > mark + 2 or 2 * bottoms[stop] < mark - 2:  # (服务对象满意度 / … / 指标
                    # round a one-line row: its label's first line above it)
                    continue
                off += over + 2 * sum(against(k, r) for r in range(start, stop + 1))
                here = (cost[0] + off, cost[1] + sum(words(k, r) for r in range(start, stop + 1)))
                if stop + 1 not in found or here < found[stop + 1][0]:
                    found[stop + 1] = (here, [*done, (start, stop)])
        best = found
    return best[n][1] if n in best else None


def _over(head: Piece, piece: Piece, wide: bool) -> bool:
    (a, b), (c, d) = head.at(wide), piece.at(wide)
    return a < d + _TOLERANCE and c < b + _TOLERANCE


def _header_round(out: list[tuple[int, list[str]]], at: int) -> None:
    """A laid-out header whose tall labels wrapped round its line (实际完成 / 一级指标 … 年度指标值 | | 分值 … / | 值 |
    … | 改进措施): each column the header leaves blank and the line below fills gets its label whole, begun by the line
    above the header (its pieces in order) where that makes a column's label; the line below then no row."""
    if at < 1 or at + 1 >= len(out) or not _header_texts(out[at][1]):
        return
    header, below = list(out[at][1]), out[at + 1][1]
    above = [t for t in out[at - 1][1] if t]
    if any(re.search(r"\d", t) for t in [*below, *above]) or not any(below):
        return
    made = False
    for j, piece in enumerate(below):
        if not piece or j < len(header) and header[j]:
            continue
        whole = next((a + piece for a in above if labels.column_field(a + piece)), None)
        if whole is None:
            return
        above.remove(whole[:-len(piece)])
        header.extend([""] * (j + 1 - len(header)))
        header[j] = whole
        made = True
    if made:
        out[at] = (out[at][0], header)
        out[at + 1] = (out[at + 1][0], [])
        out[at - 1] = (out[at - 1][0], above)  # (what the labels did not take stays on its line)


def _header_texts(cells: list[str]) -> bool:
    return labels.is_indicator_header([norm(t) for t in cells if t])


def _header_head(above: list[Piece], found: list[Piece], wide: bool) -> bool:
    """A line above a table's header whose pieces each stand over one of its labels and begin it (实际完成 over 值:
    实际完成值), no figure in them."""
    return bool(above) and all(re.fullmatch(r"[\u4e00-\u9fff（）()]{1,8}", h.text) is not None
                               and _head_target(h, found, wide) is not None
                               for h in above)  # (not 单位：万元 above the last label: a field of its own; 分 over
    # 值, 得 over 分 in narrow columns, blind 5885)


def _head_target(h: Piece, found: list[Piece], wide: bool) -> Piece | None:
    """The label of the header line below that a piece above it begins: of those near it, the one it makes a label the
    vocabulary names with; else the one it stands over, where it begins that; None otherwise."""
    def begins(p: Piece) -> bool:
        if _FUND_LABEL.fullmatch(norm(h.text + p.text)) and not _FUND_LABEL.fullmatch(norm(h.text)):
            return True  # 年初 / 预算数, 执行 / 率: a funds header's labels begun above it (blind 5909)
        field = labels.column_field(h.text + p.text)
        return field is not None and (labels.column_field(h.text) in (None, field) or norm(h.text) == "指标") \
            and (labels.column_field(p.text) in (None, field, "value") or norm(p.text) == "指标")
        # (指标 over 性质, 值: 指标性质, 指标值; 一级 over 指标: 一级指标)
    (a, b) = h.at(wide)
    near = [p for p in found if a < p.at(wide)[1] + 2 * _TOLERANCE and p.at(wide)[0] < b + 2 * _TOLERANCE]
    named = [p for p in near if begins(p) and labels.column_label(h.text + p.text)]
    if len(named) == 1:
        return named[0]  # (度量 over 指标值 | 单位: 度量单位, a label the vocabulary names — not 度量指标值, which a pattern
        # only matches; blind 5966, 5516)
    under = [p for p in found if _over(h, p, wide)]
    if len(under) == 1 and begins(under[0]) and not labels.column_label(h.text + under[0].text):
        wider = [p for p in found if a < p.at(wide)[1] + 4 * _TOLERANCE and p.at(wide)[0] < b + 4 * _TOLERANCE
                 and begins(p) and labels.column_label(h.text + p.text)]
        if len(wider) == 1:
            return wider[0]  # (分 a little off 值, over 实际完成值: 分值 the label, not 分实际完成值, blind 6090)
    return under[0] if len(under) == 1 and begins(under[0]) else None


_FUND_LABEL = re.compile(r"(年初|全年|调整后|年度)(预算数|预算|执行数)|(预算)?执行率")


def _label_beyond(above: list[Piece], found: list[Piece], below: list[Piece], wide: bool) -> Piece | None:
    """A header's last label printed on the lines above and below its others, right of them all (偏差原因分析及改进 /
    措施): the label whole, where it starts; None otherwise."""
    if len(above) != 1 or len(below) != 1 or not found:
        return None
    top, end, edge = above[0], below[0], sum(found[-1].at(wide)) / 2 + _TOLERANCE  # (centred right of the last)
    field = labels.column_field(top.text + end.text)
    if sum(top.at(wide)) / 2 <= edge or sum(end.at(wide)) / 2 <= edge or field is None \
            or field in {labels.column_field(p.text) for p in found}:
        return None
    return Piece(top.text + end.text, top.start, max(top.end, end.end), top.char_start, max(top.char_end, end.char_end))


def _header_top(found: list[Piece], header: list[Piece], below: list[Piece], wide: bool) -> bool:
    """A line right above a table's header that holds the first halves of its tall cells' labels, their second halves
    on the line below it (年度 | 实际 … 指标值 | 完成值)."""
    return bool(found) and _header(header) and _split_labels(found, header, below, wide) is not None


def _split_labels(above: list[Piece], found: list[Piece], below: list[Piece], wide: bool) -> list[Piece] | None:
    """A header whose tall cells put their labels' halves on the lines above and below its line, nothing on it (年度 /
    指标值, 实际 / 完成值 beside 三级指标 | 分值): the header's labels with those made whole, in place; None otherwise."""
    if not above or not below or len(above) < len(below) or any(re.search(r"\d", p.text) for p in (*above, *below)) \
            or any(_over(p, f, wide) and not any(_over(t, f, wide) for t in above) for p in below for f in found):
        return None  # (a piece below one of the header's own labels: a row, unless a piece above it too — one label)
    made = []
    used: set[int] = set()
    found = list(found)
    for top in above:
        at = next((i for i, bottom in enumerate(below) if i not in used and _over(top, bottom, wide)), None)
        if at is None:  # (得分 whole on the line above, beside 年度 / 指标值: a label of its own, blind 5652)
            if labels.column_field(top.text) is None or len(above) == len(below) \
                    or any(top.at(wide)[0] < f.at(wide)[1] and f.at(wide)[0] < top.at(wide)[1] for f in found):
                return None
            made.append(top)
            continue
        bottom = below[at]
        middle = [k for k, f in enumerate(found) if _over(top, f, wide)]
        if middle:  # 偏差原因分 / 析及改进措 / 施: a label broken over all three lines, its middle on the header's
            k = middle[0]  # line (blind 8197)
            whole = top.text + found[k].text + bottom.text
            if len(middle) > 1 or not _over(found[k], bottom, wide) or labels.column_field(found[k].text) is not None \
                    or labels.column_field(whole) is None:
                return None
            used.add(at)
            found[k] = Piece(whole, min(top.start, found[k].start, bottom.start), max(top.end, found[k].end, bottom.end),
                             min(top.char_start, found[k].char_start, bottom.char_start),
                             max(top.char_end, found[k].char_end, bottom.char_end))
            continue
        used.add(at)
        if labels.column_field(top.text + bottom.text) is None:
            return None
        made.append(Piece(top.text + bottom.text, min(top.start, bottom.start), max(top.end, bottom.end),
                          min(top.char_start, bottom.char_start), max(top.char_end, bottom.char_end)))
    if len(used) != len(below):
        return None
    return sorted([*found, *made], key=lambda p: p.at(wide)[0])


def _headed(above: list[Piece], found: list[Piece], wide: bool) -> list[Piece]:
    targets = {id(t): h for h in above if (t := _head_target(h, found, wide)) is not None}
    out = []
    for p in found:
        head = targets.get(id(p))
        if head is None:
            out.append(p)
            continue
        whole = Piece(head.text + p.text, min(head.start, p.start), max(head.end, p.end),
                      min(head.char_start, p.char_start), max(head.char_end, p.char_end))
        others = [q for q in found if q is not p]
        out.append(Piece(whole.text, p.start, p.end, p.char_start, p.char_end)
                   if any(_over(whole, q, wide) and not _over(p, q, wide) for q in others) else whole)
        # (度量 over 指标值's end and 单位: 度量单位 where 单位 stands, not across 指标值's column, blind 5516)
    return out


def _header_tail(header: list[str], cells: list[str]) -> bool:
    """A line under a table's header that only ends some of its labels (偏差原因分析及 / 改进措施, 年度指 / 标值,
    偏差原因分析 / 及改进措施)."""
    filled = [j for j, t in enumerate(cells) if t]
    last = max((j for j, t in enumerate(header) if t), default=0)

    def label(j: int) -> str:
        return header[min(j, last)] if j >= last else header[j]

    def points(j: int) -> bool:  # (绩效指标 / (90分): the side label's points under it, blind 8289)
        return j < last and labels.section_label(label(j)) is not None and labels.weight_only(cells[j]) \
            and re.fullmatch(r"[（(][^（）()]+[）)]", cells[j]) is not None

    def ends(j: int) -> bool:
        return bool(label(j)) and not re.search(r"\d", cells[j]) \
            and labels.column_field(label(j) + cells[j]) is not None \
            and (label(j)[-1:] in "及和与、（(" or labels.column_field(label(j)) is None
                 or (cells[j][:1] in "及和与" or re.fullmatch(r"[（(][^（）()]+[）)]", cells[j]))
                 and labels.column_field(label(j) + cells[j]) == labels.column_field(label(j))  # (偏差原因分析 / 及改进措施,
                 # not 得分 / …; 指标值 / （含数字及文字描述）: the label's note in brackets, blind 7880)
                 or norm(label(j) + cells[j]) in ("一级指标", "二级指标", "三级指标")  # (一级 / 指标)
                 or len(label(j)) <= 2 and sum(labels.column_field(h) == labels.column_field(label(j))
                                               for h in header if h) > 1
                 and labels.column_field(label(j) + cells[j]) != labels.column_field(label(j)))
        # (指标 / 性质: a word that alone names a column another label names)
    return bool(filled) and all(points(j) or ends(j) for j in filled)


def _head_of(head: list[str], spans: dict[int, int], cells: list[str], capacity: dict[int, int]) -> bool:
    """A line with no figure whose text cells each stand over a text cell of the row below (the name's first line
    as wide as its column), the row below holding the name's end: that row's cells, centred down a tall row."""
    filled = [j for j, t in enumerate(head) if t]
    if any(_TOTAL_CELL.fullmatch(norm(c)) or re.search(r"[:：]", c) for c in cells if c):
        return False  # (金额合计 | 1592.35 …: a table's total, no tall row whose name a line above begins; 填报人： |
        # 联系电话： under 自评等级 | 优: a sign-off's labels)
    names = [j for j in filled if j < len(cells) and cells[j] and not re.search(r"\d", cells[j])
             and not labels.known_level(head[j]) and not _label(head[j]) and not re.search(r"[:：]$", head[j])]
    pieces = [j for j in filled if not (norm(head[j]) == "指标" and j < max(filled))]  # (质量 / 指标: a label's end
    # left of the name, on the name's first line — no label of its own)
    alone = len(pieces) == 1 and not labels.cut_level(head[pieces[0]])  # (the line a name's piece alone, no label's)
    unfinished = all(head[j][-1] not in labels.NAME_ENDS and spans.get(j, 0) >= capacity.get(j, 0) - 2
                     for j in names)  # (村卫生室基本药物制度实 / 质量指标 | 施率 | =100%: a name cut mid-word at its
    # column's edge, its row's 二级 centred on the line of its end, blind 5411)
    return bool(names) and any(spans.get(j, 0) >= capacity.get(j, 0) - 2 and len(cells[j]) <= 6
                               and not _MEASURE_END.search(head[j]) for j in names) \
        and all(j >= len(cells) or not re.search(r"\d", cells[j] or "x") for j in filled) \
        and not any(labels.known_level(c) and not (alone and labels.is_level1(c))
                    and not (alone and unfinished and not labels.is_level1(c)) for c in cells[:min(names)])
    # (a row of its own group: not this one's end — a 一级's label, centred down its many rows, says nothing of where a
    # name alone on the line above ends)


def _glued_parted(above: list[str], cells: list[str], levels: set[int]) -> list[str]:
    """Two narrow label columns' pieces printed with no space between them, read as one cell: a 一级's end and its
    二级's next piece (标（10分）满意度指 under 满意度指 | 服务对象), or a 一级's weight beside its 二级's first piece
    (（30分）可持续影): parted into the two columns where the first piece completes its label (or is a weight) and the
    second begins or goes on the next column's label (blind 5486, 5489)."""
    out = list(cells)
    for j, text in enumerate(cells):
        if not text or j not in levels or j + 1 not in levels or j + 1 < len(cells) and cells[j + 1]:
            continue
        before = above[j] if j < len(above) else ""
        beside = above[j + 1] if j + 1 < len(above) else ""
        for i in range(1, len(text)):
            head, tail = text[:i], text[i:]
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,}", tail):
                continue  # (产出指标（ / 50分）: one label's weight wrapped, no second label's piece)
            if before and not labels.known_level(before) and not re.search(r"\d", before):
                first, rest = labels.known_level(before + head) and bool(beside), beside + tail
            else:  # (满意度指标（10分）服务对象 over 满意度指标: a 一级 whole, its 二级's first piece, blind 6090)
                first, rest = labels.weight_only(head) or labels.known_level(head) and labels.is_level1(head), tail
            if first and (labels.known_level(rest) or labels.cut_level(rest)):
                out[j] = head
                out[j + 1:j + 2] = [tail]
                break
    return out


def _name_parted(cells: list[str], levels: set[int], names: set[int]) -> list[str]:
    """A 二级 label printed hard against the name beside it (数量指标年收运处置农村生活垃圾量, 社会效益农村生活垃圾有效治理
    over 指标 | 行政村比例: a label column as wide as its label, no space left), read as one cell in the label's column,
    the name's empty: parted into the two (blind 6787)."""
    out = list(cells)
    for j, text in enumerate(cells):
        if not text or j not in levels or j + 1 not in names or j + 1 < len(cells) and cells[j + 1].strip() \
                or labels.known_level(text.strip()):
            continue
        for i in range(len(text) - 2, 1, -1):
            head, tail = text[:i], text[i:]
            end = next((e for e in ("指标", "标") if tail.endswith(e) and len(tail) > len(e) + 2), None)
            if end and (labels.cut_level(head) or labels.known_level(head)) \
                    and (labels.known_level(head + end) or labels.cut_level(head + end)):
                out[j] = head + end  # 生态效益垃圾乱堆乱放点整治数指标: the label's end wrapped below the name's line,
                out[j + 1:j + 2] = [tail[:-len(end)]]  # joined after it (its line and the name's read as one)
                break
            label = head if head.endswith("指标") else head + "指标"  # (数量指标, 社会效益 short for 社会效益指标; not 项目)
            if len(head) >= 4 and labels.known_level(label) and labels.is_level2(label) and not labels.is_level1(label) \
                    and re.fullmatch(r"[\u4e00-\u9fff（）()]{3,}", tail) and not labels.is_level(tail):
                out[j] = head
                out[j + 1:j + 2] = [tail]
                break
    return out


_BEFORE_FIGURE = re.compile(r"(超过|达到|不低于|不少于|不高于|不超过|不大于|不小于|低于|高于|控制在|保持在|少于|多于|大于|小于)$")


def _cut_before_figure(above: str, piece: str) -> bool:
    """A value in words stopped at a word that wants its figure (全年无停水超过), the figure and its unit on the next
    line (24小时事故): one value wrapped in its narrow column."""
    return len(above) >= 4 and not re.search(r"\d", above) and _BEFORE_FIGURE.search(above) is not None \
        and re.match(r"\d", piece) is not None and len(piece) <= 12


def day_after(above: str, piece: str) -> bool:
    """`piece` goes on the date above it: its day (2023年11月 / 28日) or the rest of a date cut inside (2023年11 /
    月30日前)."""
    return re.search(r"\d{4}年\d{1,2}月$", above) is not None \
        and re.fullmatch(r"\d{1,2}日(前|止|以前|之前)?", piece) is not None or _date_broken(above, piece)


def _ends_above(above: str, piece: str) -> bool:
    """`piece` is surely the end of the cell above it: a value's words cut before their figure, a date or a unit cut."""
    return _cut_before_figure(above, piece) or _date_broken(above, piece) or unit_cut(above, piece)


def _dates_begun(head: list[str], cells: list[str]) -> bool:
    """A line holding nothing but dates' first pieces, each over the rest of its date in the row below (2020年12 /
    月20日前): the tall row's dates, their first lines above the line its name stands on."""
    filled = [j for j, t in enumerate(head) if t]
    return bool(filled) and any(cells) and all(j < len(cells) and _date_broken(head[j], cells[j]) for j in filled)


_WHOLE_DATE = re.compile(r"[≥≤]?\d{4}年\d{1,2}月(\d{1,2}日)?(前|止|以前|之前|底前|底|末)?")


def _cut_beside_label(head: str, tail: str, name: bool) -> bool:
    """`tail`, on the line of a 二级's label, is the end of the cell above it: a unit or a date cut (8.6万人 / 次,
    2021年10 / 月31日前), or a name's last word (食品安全监督抽检批 / 次: blind 5278, 5314)."""
    if unit_cut(head, tail) or _date_broken(head, tail) or day_after(head, tail):
        return True  # (2024年11月 / 时效指标 | 30日前: the day after a whole month, blind 5692)
    if re.search(r"\d{1,2}\s*[日号]$|年底$|月底$", head) and re.fullmatch(r"(之|以)?前|为?止|以?内", tail):
        return True  # (2025年4月30日 / 时效指标 | 前: a deadline's bound alone on the label's line, blind 7170, 7166)
    if name and re.search(r"[和与及、的]$", head) and len(head) >= 4 and re.fullmatch(r"[\u4e00-\u9fff]{1,10}", tail) \
            and not tail.endswith("标"):
        return True  # (食品安全风险隐患发现和 / 指标 | 处置能力: a name stopped on its conjunction, blind 7966)
    return name and 0 < len(tail) <= (3 if head[-1:] in labels.NAME_ENDS else 10) and len(head) >= 4 \
        and ((head + tail)[-1] in labels.NAME_ENDS + "次" or _MEASURE_END.search(head + tail) is not None) \
        and re.fullmatch(r"[\u4e00-\u9fff]+", tail) is not None and not re.search(r"\d", head) \
        and not tail.endswith("标")  # (维护乡镇客运站数 / 数量指标 | 量, blind 5316; 农村公路日常养护 / 数量指标 |
    # 里程, a measure's word, blind 6742; 本土婺剧、高腔剧 / 可持续影响指标 | 团常态化演出团队数, a name stopped mid-word
    # going on at length, blind 6813; not a level's 指标)


def _date_broken(head: str, tail: str) -> bool:
    """A deadline or date cut inside it by its narrow column (2021年12 / 月15日, 2021年12月 / 20日前)."""
    return bool(re.search(r"\d$|[年月]$", head)) and 0 < len(tail) <= 6 \
        and _WHOLE_DATE.fullmatch(head + tail) is not None and _WHOLE_DATE.fullmatch(head) is None


def _wrap_of(above: list[str], spans: dict[int, int], cells: list[str], capacity: dict[int, int],
             names: frozenset[int] | set[int] = frozenset(), reasons: frozenset[int] | set[int] = frozenset()) -> bool:
    filled = [j for j, t in enumerate(cells) if t]
    if any(re.search(r"[:：]$", cells[j]) for j in filled):
        return False  # 按收入性质分：: a heading of the lines below it, no wrap of the line above
    # （作业结束后 / 30分钟内上报）: a bracket closed, figures and all
    closes = [j < len(above) and labels.open_bracket(above[j]) and bool(re.search(r"[）)]$", cells[j])) for j in filled]
    weight = [j < len(above) and labels.weight_only(cells[j]) and labels.known_level(above[j])
              and labels.level_weight(above[j]) is None for j in filled]  # (满意度指标 / （10分）: the label's weight)
    dated = [j < len(above) and bool(re.search(r"(\d{1,2}|[首次])月$", above[j])) and bool(re.fullmatch(
        r"\d{1,2}日(前|止|以前|之前)?", cells[j])) or j < len(above) and _date_broken(above[j], cells[j])
        for j in filled]  # (2023年12月 / 15日, 2021年12 / 月15日: a date broken before its day or inside its month;
    # 每季度首月 / 15日前, a recurring one: blind 7595)
    noted = [j in names and j < len(above) and bool(above[j]) and not labels.known_level(above[j])
             and bool(re.fullmatch(r"[（(][^（）()]{1,20}[）)]", cells[j])) for j in filled]  # (…运行天数 / （截至12月31日）:
    # a name's note in brackets, wrapped under it)
    told = [j in reasons and j < len(above) and bool(above[j]) and not re.search(r"[。.！!]$", above[j])
            for j in filled]  # (…信息系统互联 / 互通未全部完成，计划2022年6月底前完成。: a reason's figures wrapped)
    sourced = [j < len(above) and labels.source_begun(above[j]) and labels.SOURCE_END.fullmatch(
        labels.FUND_PREFIX.sub("", above[j] + cells[j])) is not None for j in filled]
    if any(sourced) and all(d or labels.funds_side_piece(cells[j]) and (j >= len(above) or not above[j])
                            for j, d in zip(filled, sourced)):
        return True  # 其中：当年财政 | 150.00 … / （万元） | 拨款: a source's label cut in its cell, the block's side
        # label's piece beside its end (blind 5733)
    figured = [j not in names and j < len(above) and _cut_before_figure(above[j], cells[j]) for j in filled]
    if filled and all(figured):
        return True  # 全年无停水超过 / 24小时事故: a value's words cut before their figure (blind 5457)
    if not filled or len(cells) > len(above) or any(re.search(r"\d", cells[j]) and not c and not w and not d and not b
                                                    and not t for j, c, w, d, b, t
                                                    in zip(filled, closes, weight, dated, noted, told)):
        return False
    level = [w or j < len(above) and above[j] and len(cells[j]) <= 4 and not labels.known_level(cells[j])
             and not re.search(r"\d", above[j]) and labels.known_level(above[j] + cells[j]) for j, w in zip(filled, weight)]
    beside = [j < len(above) and not above[j] and labels.known_level(cells[j]) and labels.is_level1(cells[j])
              for j in filled]  # (满意度指标 beside 意度指标: the 一级 of a one-row group, centred down it)
    if any(level) and all(a or b for a, b in zip(level, beside)):
        return True  # 可持续影响指 / 标: a level's name wrapped, its group's row empty or not
    if any(level) and any(re.search(r"\d", t) for t in above) \
            and all(a or j in names and not re.search(r"\d", cells[j]) and j < len(above) and above[j]
                    and not labels.known_level(cells[j]) and not cells[j].endswith("标")
                    and not any(labels.known_level(t + cells[j]) for t in above if t) for j, a in zip(filled, level)):
        return True  # 可持续 | 临时救助制度 | ≥5年 … / 影响 | 持续运行年限: the label's and the name's ends on one line,
        # no value of its own (blind 5719)
    if not any(re.search(r"\d", t) for t in above):
        return False

    def wraps(j: int) -> bool:
        if unit_cut(above[j], cells[j]):  # ≤7500元/ | 7500元/ / 人·年 | 人·年: the values' units wrapped
            return True
        if j not in names and re.fullmatch(r"[≥≤=＝<>＜＞]?\s*\d[\d.,]*", above[j]) \
                and re.fullmatch(r"[\u4e00-\u9fff/·]{1,6}", cells[j]) and "/" in cells[j] + "/" \
                and lookup(cells[j]).kind not in (None, "unknown", "grade"):
            return True  # ≤1500 | 1397 / 元/人次 | 元/人次: a figure's unit below it in its narrow cell (blind 5719)
        if re.search(r"\d$", above[j]):  # 2023年12月31 / 日; 2023年12月20 / 日前发放完毕: a result's words after it
            return bool(re.fullmatch(r"(日|号|月)(前|止|内|以前|之前)?", cells[j])) or bool(
                re.search(r"\d{4}年\d{1,2}月\d{1,2}$", above[j]) and re.fullmatch(r"[日号][\u4e00-\u9fff]{1,8}", cells[j]))
        if re.search(r"\d{4}年\d{1,2}月(\d{1,2}日)?$", above[j]):  # 2025年10月31日 / 前: a deadline's last word
            return bool(re.fullmatch(r"(前|止|内|底前|以前|之前|底)", cells[j]))
        if j not in names and re.fullmatch(r"[\u4e00-\u9fff]", cells[j]) and re.search(r"\d\S*[\u4e00-\u9fff]$", above[j]) \
                and above[j][-1] not in labels.NAME_ENDS and cells[j] not in "是否无有优良好中差高低":
            return True  # 每月5日前发 / 放: a result's last character wrapped under it (blind 4765)
        if j in names and re.fullmatch(r"成本|费用|单价|标准|金额|补助|补贴", cells[j]) and len(above[j]) >= 4 \
                and not re.search(r"\d", above[j]) and not above[j].endswith(cells[j]):
            return True  # 校舍维修改造单位面积 / 成本: the cost a measure is the unit of (blind 5543)
        if j in names and re.fullmatch(r"[\u4e00-\u9fff]", cells[j]) and not re.search(r"\d", above[j]):
            return True  # 受助家庭年均康复支出减少 / 额: one character is no indicator's name, the name above goes on
        # a text cell as wide as its column's widest (…准确率 is whole: a row of its own under it, 资金使用合规性 with no
        # value, is no wrap)
        return not re.search(r"\d", above[j]) and (j in names or not _label(cells[j])) \
            and not labels.known_level(above[j]) and spans.get(j, 0) >= capacity.get(j, 0) - 2 \
            and not (j in names and _MEASURE_END.search(above[j]))
    return all(ok or closed or d or b or bool(above[j]) and wraps(j)
               for j, ok, closed, d, b in zip(filled, level, closes, dated, noted))


def _goal_columns(lines: list[tuple[int, list[Piece], list[str], str]], laid: bool = True
                  ) -> list[tuple[int, list[Piece], list[str], str]]:
    """The lines under a goal's header of two columns (预期目标 | 实际完成情况), each column's text wrapped where the
    column ends and the two not aligned (a goal wrapped at 疫苗接 beside its result, a line of one column alone), put
    together column by column: a piece of a line of two goes to its side, a lone piece to the column it starts
    nearer; the block ends at a blank line, a table's header or a label."""
    out: list[tuple[int, list[Piece], list[str], str]] = []
    k = 0
    while k < len(lines):
        out.append(lines[k])
        found = lines[k][1]
        k += 1
        if not _goal_header(found):
            continue
        rest: tuple[int, list[Piece], list[str], str] | None = None  # the line below, its label's tail taken off
        if len(found) == 3 and k < len(lines) and lines[k][1] and _goal_label(found[0].text + lines[k][1][0].text):
            head = found[0]  # 年度总体目 / 标: the side label broken under itself (年度总 / 体目标 | 举办… | 全年…)
            tail = lines[k][1][0]
            out[-1] = (out[-1][0], [Piece(head.text + tail.text, head.start, head.end, head.char_start, head.char_end),
                                    *found[1:]], out[-1][2], out[-1][3])
            number, pieces_, gaps_, line_ = lines[k]
            rest = (number, pieces_[1:], gaps_[1:], line_) if len(pieces_) > 1 else None
            k += 1
        following = [rest, *lines[k:]] if rest is not None else lines[k:]
        label_at = found[-2].start  # the first goal column's label (预期目标)

        def at_side(body: list[Piece]) -> bool:  # 年度总体目标 (or a piece of it: 年度总体目 / 标) left of the columns
            if not laid:  # (a viewer's copy: no positions, a side piece before the line's two columns)
                return len(body) == 3 and (_goal_label(body[0].text) or _GOAL_LABEL_PIECE.search(body[0].text) is not None
                                           and any(body[0].text in whole for whole in _GOAL_LABELS))
            if _goal_label(body[0].text):
                return len(body) == 3 or len(body) == 2 and body[0].end + 2 <= label_at
            return body[0].end + 2 <= label_at and _GOAL_LABEL_PIECE.search(body[0].text) is not None \
                and any(body[0].text in whole for whole in _GOAL_LABELS)
        block: list[tuple[int, list[Piece], list[str], str]] = []
        whole_lines: dict[int, list[Piece]] = {}  # a line whose pieces are one column's text (the input is kept)
        while len(block) < len(following):
            number, body, gaps, line = following[len(block)]
            if len(body) >= 3 and len(whole := _prose_joined(body, gaps)[0]) == 1 and whole[0].text.endswith("。"):
                whole_lines[len(block)] = body = whole  # a column's wrapped lines joined by the viewer
            elif len(body) == 3 and not at_side(body) and len(cut := [j for j in (0, 1) if _CLAUSE_END.search(body[j].text)]) == 1:
                j = cut[0]  # 为全县…助行器、 | 坐便椅等…以上 | 全年为…: the goal's line broken at a clause, its result beside
                a, b = body[j], body[j + 1]
                whole_lines[len(block)] = body = [*body[:j], Piece(a.text + b.text, a.start, b.end, a.char_start, b.char_end),
                                                  *body[j + 2:]]
            beside = bool(body) and at_side(body)
            if not body or len(body) > 3 or _header(body) or _FOOTER.match(body[0].text) or _label(body[0].text) \
                    or _NOT_GOAL.match(body[0].text) or _NOTE_LEAD.match(body[0].text) \
                    or any(len(p.text) <= 10 and labels.column_field(p.text) is not None for p in body) \
                    or not beside and (labels.header_label(body[0].text[:20]) is not None
                                       or labels.section_label(body[0].text)) \
                    or len(body) == 3 and not beside \
                    or laid and len(block) + 2 < len(following) \
                    and _header_top(body, following[len(block) + 1][1], following[len(block) + 2][1], True):
                break  # (年度 | 实际 over the indicator table's header: its labels' first halves, no goal's words)
            block.append(following[len(block)])
        side_pieces: list[Piece] = []  # 年度总体目标 beside its first line, its middle or its last (pdftotext -layout)
        bodies: list[list[Piece]] = []
        for j, (_, body, _, _) in enumerate(block):
            body = whole_lines.get(j, body)
            if at_side(body):
                side_pieces, body = [*side_pieces, body[0]], body[1:]
            if body:
                bodies.append(body)
        side = [Piece("".join(p.text for p in side_pieces), side_pieces[0].start, side_pieces[-1].end,
                      side_pieces[0].char_start, side_pieces[-1].char_end)] if side_pieces else []
        if not bodies:
            out.extend([rest] if rest is not None else [])
            continue
        pairs = [body[-2:] for body in bodies if len(body) >= 2]
        ends = [j for j, body in enumerate(bodies) if body[-1].text.endswith("。")]
        if len(block) < 2 and not whole_lines or not pairs and not (len(ends) == 2 and ends[-1] == len(bodies) - 1):
            out.extend([rest] if rest is not None else [])
            continue  # (lone lines only where they make two texts, each ending in a full stop: the goal, the result)
        left_at = bodies[0][-2].start if len(bodies[0]) >= 2 else min(bodies[0][0].start, label_at)
        right_at = sorted(b.start for _, b in pairs)[len(pairs) // 2] if pairs else left_at
        header = out[-1]  # the header's labels as they stand, no blank cell guessed between them, the texts under theirs
        heads = header[1]
        if side and len(heads) == 2:  # the side label on the header's row, as a table that merges it down has it
            heads, side = [*side, *heads], []
        out[-1] = (header[0], heads, ["  "] * (len(heads) - 1), "")
        if not side and len(heads) == 3:
            side = [Piece("", 0, 0, 0, 0)]
        columns: list[list[Piece]] = [[], []]
        for body in bodies:
            texts = body[-2:] if len(body) >= 2 else body
            if len(texts) == 2:
                columns[0].append(texts[0])
                columns[1].append(texts[1])
            else:  # a lone piece: the column whose text is still going on, else the one it starts nearer
                ended = [bool(c) and c[-1].text.endswith(("。", ".")) for c in columns]
                right = (not ended[1]) if ended[0] != ended[1] else \
                    abs(texts[0].start - left_at) > abs(texts[0].start - right_at)
                columns[right].append(texts[0])
        cells = [*side, *(Piece("".join(p.text for p in column), column[0].start, column[-1].end, column[0].char_start,
                                column[-1].char_end) if column else Piece("", 0, 0, 0, 0) for column in columns)]
        out.append((block[0][0], cells, ["  "] * (len(cells) - 1), ""))
        k += len(block) - (1 if rest is not None else 0)  # (the line whose label's tail was taken: counted already)
    return out


def _ends_joined(above: list[Piece], found: list[Piece]) -> list[Piece]:
    """The line above with its last cells carried on by the line's cells, one for one."""
    k = len(found)
    return [*above[:-k], *(Piece(a.text + b.text, a.start, b.end, a.char_start, b.char_end)
                           for a, b in zip(above[-k:], found))]


def _past_its_end(cell: Piece, found: list[Piece], wide: bool) -> bool:
    """A line of one text starting where `cell` starts and reaching past its end: no rest of it (a wrapped cell's
    lines but its last fill the column) — 预算调整说明 | …追加预算40万元 / 完成城镇新增就业…城乡居民养老 / 年度总体目标 |
    保险参保率…: the goal's first line, not the note's (blind 4688)."""
    if len(found) != 1:
        return False
    (start, end), (at, stop) = cell.at(wide), found[0].at(wide)
    return end > start and abs(start - at) <= 2 and stop > end + 2  # (end before start: a piece already joined from
    # two lines, its extent unknown)


def _old_continues(above: list[Piece], found: list[Piece]) -> bool:
    """Broken cells without their places (…改善群众出行条件, / 为乡村振兴提供交通保障。): a line of one or two cells
    that continue the last cells of the line above, each of which stops mid-sentence."""
    k = len(found)
    return not above[0].text.startswith("# ") and 1 <= k <= 2 and len(above) >= k and len(above[-1].text) < 2000 \
        and all(unfinished(c.text) for c in above[-k:]) \
        and all((len(p.text) >= 6 or _BROKEN_OFF.match(p.text) or above[-1].text[-1:].isdigit() or p.text[-1:] in "。；;")
                and not _FOOTER.match(p.text) and not _ITEM.match(p.text) and not _FIELD.match(p.text) for p in found)


_BROKEN_OFF = re.compile(r"[%‰，,。、；;）)]")  # a line that starts where no cell can: the end of the one above (%以内。)


_SIDE_WORD = re.compile(r"^([ \u3000]{0,4})([\u4e00-\u9fff]{1,4})(?=[ \u3000]{2,}\S)")


def _side_words_blanked(lines: list[str]) -> list[str]:
    """A table's side label set a word a line down the left margin of tall rows (年度 / 主要 / 任务 beside the task
    table): the words blanked where, read down, they make a section's label — no row starts with them."""
    found = [(k, m) for k, line in enumerate(lines) if (m := _SIDE_WORD.match(line))]
    out = list(lines)
    start = 0
    while start < len(found):
        stop = start + 1  # a run of such words, each within three lines of the one before
        while stop < len(found) and found[stop][0] - found[stop - 1][0] <= 3:
            stop += 1
        run = found[start:stop]
        for a in range(len(run)):
            for b in range(len(run), a, -1):  # (绩效指标 whole on one line, beside a tall row's wrapped ends —
                if b == a + 1 and any(labels.column_field(t) for t in lines[run[a][0]][run[a][1].end():].split()):
                    continue  # not beside the header's labels: the table's first column there)
                whole = "".join(m.group(2) for _, m in run[a:b])
                if labels.section_label(whole):
                    for k, m in run[a:b]:
                        out[k] = m.group(1) + " " * wcswidth(m.group(2)) + lines[k][m.end():]
                    k, m = run[a]
                    rest = lines[k][m.end():].lstrip()
                    room = wcswidth(m.group(2)) + len(lines[k]) - m.end() - len(rest)  # (display columns)
                    if _goal_label(whole) and wcswidth(whole) + 2 <= room and len(rest) >= 8 \
                            and not re.search(r"\S\s{2,}\S", rest):  # (年度总体 / 目标 beside a goal's text, one
                        # run of prose: the goal's label whole on its first line, blind 6348 — not 年度绩 / 效目标 /
                        # （90分） down the side of an indicator table, 1151)
                        out[k] = m.group(1) + whole + " " * (room - wcswidth(whole)) + rest
                    break
        start = stop
    return out


def laid_out(lines: list[str]) -> bool:
    """Text that keeps its columns (pdftotext -layout): some lines start indented, under a column. A viewer's copy
    starts every line at the left, its cells one or two spaces apart wherever they fell: no place means anything."""
    body = [line for line in lines if line.strip() and not line.startswith("# ")]
    indented = sum(1 for line in body if re.match(r"[ \u3000]{2,}\S", line))
    wide = sum(1 for line in body if re.search(r"\S[ \u3000]{4,}\S", line))  # (an Acrobat copy marks an empty cell
    # with three spaces, at a line's start too: its cells never stand four apart — blind 4739, 4749)
    return indented >= max(2, 0.15 * len(body)) and wide >= max(2, 0.1 * len(body))


def rows(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Each line's number and cells, with broken cells joined back and tables placed by position where the text
    keeps its columns (counted in display columns, or in characters where those fit better)."""
    notes = next((k for k, line in enumerate(lines) if not line.startswith("# ")), len(lines))
    if notes:  # (the file's own '# ' notes above the copy: lines of their own, nothing of the form joined to them)
        return [(k + 1, [lines[k]]) for k in range(notes)] + [(number + notes, cells)
                                                               for number, cells in rows(lines[notes:])]
    laid = laid_out(lines)
    if laid:
        lines = _side_words_blanked(lines)
    if not laid:
        lines = _label_round_header(lines)
    lines_pieces = [(i + 1, *pieces(line), line) for i, line in enumerate(lines)]
    if not laid:
        return _unplaced(lines_pieces)
    from jxcheck.engine.readers import laid_lines  # (it reads this module's pieces)
    lines_pieces = laid_lines.repaired(lines_pieces)
    wide, wide_placed = _rows_of(lines_pieces, True)
    narrow, narrow_placed = _rows_of(lines_pieces, False)
    return _label_round_a_lone_row(_goal_heads(narrow if narrow_placed > wide_placed
                                               and _levels_astray(narrow) <= _levels_astray(wide) else wide))
    # (counted in characters, a header centred over its cells in display columns puts 数量指标 under 一级指标: no
    # placing of the text's own, however many lines it places, blind 6191)


def _label_round_a_lone_row(out: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """Lines the table's columns did not place, a 二级's label broken round its group's one row, the row's 一级 beside
    it (服务对象满 / 满意度指标 | 企业和群众满意度 | ≥90% … / 意度指标, blind 8047): the label whole on the row, after its
    一级, the two pieces' lines left empty."""
    out = [(n, list(c)) for n, c in out]
    for k in range(len(out) - 2):
        above, row, below = out[k][1], out[k + 1][1], out[k + 2][1]
        if len(above) == 1 and len(below) == 1 and len(row) >= 4 and any(re.search(r"\d", t) for t in row) \
                and labels.is_level1(row[0]) and not labels.is_level(row[1]) and not labels.known_level(above[0]) \
                and labels.cut_level(above[0]) and labels.known_level(above[0] + below[0]) \
                and not labels.is_level1(above[0] + below[0]):
            out[k + 1] = (out[k + 1][0], [row[0], above[0] + below[0], *row[1:]])
            out[k] = (out[k][0], [])
            out[k + 2] = (out[k + 2][0], [])
    return out


def _levels_astray(out: list[tuple[int, list[str]]]) -> int:
    """The cells of an indicator table placed under a level's label that name another level (数量指标 under
    一级指标, 产出指标 under 二级指标) or under 三级指标 or 指标值 that name a level."""
    fields: list[str | None] = []
    astray = 0
    for _, cells in out:
        if _header_texts(cells):
            fields = [labels.column_field(c) if c else None for c in cells]
            continue
        for field, cell in zip(fields, cells):
            if not cell or not labels.known_level(cell):
                continue
            first = labels.is_level1(cell)
            astray += int(field == "level1" and not first or field == "level2" and first
                          or field in ("name", "value"))
    return astray


def _label_round_header(lines: list[str]) -> list[str]:
    """A header's last label centred down its two lines, wrapped round the line of the others (偏差原因分析 / 一级指标
    | … | 分值 | 得分 / 及改进措施): put whole at the header line's end, a column of its own — not the end of 得分."""
    out = list(lines)
    for k in range(1, len(out) - 1):
        top, bottom = out[k - 1].strip(), out[k + 1].strip()
        cells = out[k].split()
        if not top or not bottom or re.search(r"\s", top + bottom) or len(cells) < 4 \
                or any(labels.column_field(c) is None for c in cells):
            continue
        field = labels.column_field(top + bottom)
        if field is not None and field not in {labels.column_field(c) for c in cells}:
            out[k - 1], out[k], out[k + 1] = "", f"{out[k].rstrip()} {top + bottom}", ""
    return out


def _goal_heads(rows: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A goal's side label (年度总体目标) printed on the middle line of its text: the text's lines above the label's,
    each a cell alone ending no goal (保障机关…1.9万人； / 年度总体目标 | 为2600名…), are the goal's first lines."""
    out: list[tuple[int, list[str]]] = []
    for number, cells in rows:
        filled = [t for t in cells if t]
        if len(filled) == 2 and cells and (_goal_label(filled[0]) or labels.goal_column(filled[0]) is not None) and out \
                and labels.goal_column(filled[1]) is None and labels.header_label(filled[1]) is None:
            # (预期目标 / 实际完成情况 under 年度总体目标, each on its text's last line: blind 4684)
            heads: list[tuple[int, str]] = []
            while out and len(above := [t for t in out[-1][1] if t]) == 1 \
                    and out[-1][0] == (heads[0][0] if heads else number) - 1 and len(above[0]) >= 10 \
                    and not re.search(r"[。.]$", above[0]) and len(heads) < 3 and not _goal_label(above[0]) \
                    and labels.goal_column(above[0]) is None and not re.search(r"[:：]$", above[0]) \
                    and not re.match(r"[一二三四五六七八九十]+[、.．]", above[0]) \
                    and labels.header_label(above[0]) is None and not labels.funds_side(above[0]):
                heads.insert(0, (out.pop()[0], above[0]))  # (a line of the goal's text is a full column's width, no label)
            if heads:
                text = "".join(t for _, t in heads)
                out.append((heads[0][0], [filled[0], text + filled[1]]))
                continue
        out.append((number, cells))
    return out


Line = tuple[int, list[Piece], list[str], str]  # a line of a copy: its number, its pieces, the gaps between them, its text


def _unplaced(lines: list[Line]) -> list[tuple[int, list[str]]]:
    """A viewer's copy: cells split at their spaces, a cell broken mid-sentence joined back to the line above."""
    joined: list[Line] = []
    tasks = False  # inside a task table (任务名称 | 主要内容 | 预算金额), not yet the indicators'
    table = False  # under an indicator header
    from jxcheck.engine.readers import viewer_lines  # (it reads this module's pieces)
    for number, found, gaps, line in _goal_columns(viewer_lines.repaired(lines), laid=False):
        if found and _header(found):
            tasks = not labels.is_indicator_header([norm(p.text) for p in found])
            table = not tasks
        if table and joined and found and _valueless(joined[-1][1]) and (
                len(found) == 1 and len(found[0].text) <= 4 and not re.search(r"\d", found[0].text)
                and not labels.known_level(found[0].text)
                or len(found) >= 2 and re.match(r"[≥≤=＝<>＜＞]?\s*\d", found[0].text)):
            last = joined[-1]  # 时效指标 抚恤补助金按月发放及时 / 率 / =100% 100% 5 5: a name wrapped alone onto the
            cells = list(last[1])  # next line, the row's figures on the line after it (Foxit; blind 6505)
            if len(found) == 1:
                a = cells[-1]
                cells[-1] = Piece(a.text + found[0].text, a.start, a.end, a.char_start, a.char_end)
                joined[-1] = (last[0], cells, last[2], last[3])
            else:
                joined[-1] = (last[0], [*cells, *found], [*last[2], " ", *gaps], last[3] + " " + line)
            continue
        ends = _level_ends_beside(joined[-1][1], found, line) if joined and found and joined[-1][1] else None
        if ends is not None:  # （30分） 标 率: a cut level's end among the line's words, the name's rest after it
            joined[-1] = (joined[-1][0], ends[0], joined[-1][2], joined[-1][3])
            found = ends[1]
            gaps = gaps[:len(found) - 1]
            line = " ".join(p.text for p in found)
        rest = _name_rest_beside_labels(joined[-1][1], found) if joined and found else None
        if rest is not None:  # 基层医疗卫生机构诊疗量占县域 ≥65% / 可持续影响指标 总诊疗量比例: the name's rest on the labels'
            at, piece = rest  # line, the name's; the line the labels'
            last = joined[-1]
            begun = last[1][at]
            cells = list(last[1])
            cells[at] = Piece(begun.text + piece.text, begun.start, begun.end, begun.char_start, begun.char_end)
            joined[-1] = (last[0], cells, last[2], last[3])
            found = [p for p in found if p is not piece]
            gaps = gaps[:len(found) - 1] if found else []
            line = " ".join(p.text for p in found)
        cut_heads = _level_heads_ended(joined[-1][1], found) if joined and found else None
        if cut_heads is not None:  # 一级指 二级指 三级指标 指标值 / 标 标: the level columns' labels cut before 标 in
            joined[-1] = (joined[-1][0], cut_heads, joined[-1][2], joined[-1][3])  # their narrow cells (Foxit, blind 6861)
            continue
        going_on = _header_goes_on(joined[-1][1], found) if joined and found and _header(joined[-1][1]) else None
        if going_on is not None:  # 一级指标 二级指标 三级指标 年度 / 指标值 实际完成值 分值 …: the header's line broken where
            joined[-1] = (joined[-1][0], going_on, [" "] * (len(going_on) - 1),  # the PDF's line broke, a label cut
                          " ".join(p.text for p in going_on))  # (WPS, blind 6243)
            continue
        sub = _sub_header(joined[-1][1], found) if joined and found and _header(joined[-1][1]) else None
        if sub is not None:  # 一级指标 二级指标 三级指标 年度指标值 / 指标性质 指标值 度量单位: the value's group over its
            joined[-1] = (joined[-1][0], sub, [" "] * (len(sub) - 1), " ".join(p.text for p in sub))  # columns
            continue
        whole = _header_ends(joined[-1][1], found) if joined and found and _header(joined[-1][1]) else None
        if whole is None and joined and found and _header(joined[-1][1]) and len(line.split()) > len(found):
            whole = _header_ends(joined[-1][1], [Piece(t, 0, 0, 0, 0) for t in line.split()])  # (位 值: two labels'
            # ends a label's spread would join)
        if whole is not None:  # 一级指标 … 年度 实际 分值 得分 偏差原因分析 / 指标值 完成值 及改进措施: the header's labels
            joined[-1] = (joined[-1][0], whole, joined[-1][2], joined[-1][3])  # wrapped, their ends a line below
            continue
        if joined and found and joined[-1][1] and (_label_tail(joined[-1][1], found, True)
                                                   or _floating_value(joined[-1][1], found)):
            last = joined[-1]
            head, tail = (last[1][0], found[0]) if _label_tail(last[1], found, True) else (None, found[0])
            if head is not None:  # 年度本级 | 300.00 / 预算金额
                pieces_ = [Piece(head.text + tail.text, head.start, head.end, head.char_start, head.char_end), *last[1][1:]]
                joined[-1] = (last[0], pieces_, last[2], last[3])
            else:  # 项目名称 / 水土流失综合治理项目
                joined[-1] = (last[0], [*last[1], tail], [*last[2], "  "], last[3])
            continue
        if joined and found and joined[-1][1] and _old_continues(joined[-1][1], found):
            last = joined[-1]
            joined[-1] = (last[0], _ends_joined(last[1], found), last[2], last[3])
            continue
        apart = [Piece(t, 0, 0, 0, 0) for t in line.split()]  # (元 元: two cells' ends a label's spread would join)
        if len(found) == 1 and len(apart) > 1 and joined and joined[-1][1] \
                and _tails_of(joined[-1][1], apart) is not None:
            found = apart
        if joined and joined[-1][1] and (ats := _tails_of(joined[-1][1], found)) is not None:
            last = joined[-1]  # 65岁及以上老年人健康管 | ≥23500人 / 理人数; 运维服务合同履 | 2023年12月31 | … / 约完成时间 |
            cells = list(last[1])  # 日前 | 日: cells wrapped under themselves, their rows' other cells beside them
            for at, piece in zip(ats, found):
                a = cells[at]
                cells[at] = Piece(a.text + piece.text, a.start, a.end, a.char_start, a.char_end)
            joined[-1] = (last[0], cells, last[2], last[3])
            continue
        if tasks and joined and len(found) == 2 and len(joined[-1][1]) >= 2 and unfinished(joined[-1][1][-1].text) \
                and re.fullmatch(r"-?\d[\d,]*(\.\d+)?", found[1].text) and not re.search(r"\d", joined[-1][1][-1].text[-1:]) \
                and not _label(found[0].text) and labels.header_label(found[0].text) is None:
            last = joined[-1]  # 基本支出 | 保障机关…社会保障缴费 / 和日常公用运转 | 3615.45: a task's content wrapped, its amount
            a, b = last[1][-1], found[0]  # beside the content's end
            joined[-1] = (last[0], [*last[1][:-1], Piece(a.text + b.text, a.start, b.end, a.char_start, b.char_end),
                                    found[1]], [*last[2], *gaps], last[3])
            continue
        if joined and len(found) == 2 and len(joined[-1][1]) == 1 and _goal_label(found[0].text) \
                and _sentence_goes_on(joined[-1][1][0].text):
            last = joined[-1]  # 目标1：…老年人健康 / 年度绩效目标 | 管理率达到70%…: the goal's label on its text's middle line
            a, b = last[1][0], found[1]
            joined[-1] = (number, [found[0], Piece(a.text + b.text, a.start, b.end, a.char_start, b.char_end)],
                          gaps, line)
            continue
        if joined and len(found) == 2 and len(joined[-1][1]) == 1 and _sentence_goes_on(joined[-1][1][0].text):
            last = joined[-1]  # a goal broken mid-sentence, the line below ending it and starting its result beside it
            a, b = last[1][0], found[0]
            joined[-1] = (last[0], [Piece(a.text + b.text, a.start, b.end, a.char_start, b.char_end), found[1]],
                          [*last[2], *gaps], last[3])
            continue
        joined.append((number, found, gaps, line))
    out: list[tuple[int, list[str]]] = []
    fields: list[str | None] = []  # the last indicator header's columns
    for number, found, gaps, line in joined:
        if found and labels.is_indicator_header([norm(p.text) for p in found]):
            fields = [labels.column_field(p.text) for p in found]
        texts: list[str] = cells_by_gaps(line, found, gaps) if found else []
        out.append((number, viewer_lines.reason_rejoined(viewer_lines.blank_at_wide_gap(texts, gaps, fields), fields)
                    if fields and found else texts))
    return out


_MEASURE_WORDS = "人户批场家册件台车架艘期班"


def _valueless(pieces: list[Piece]) -> bool:
    """An indicator row's line of its labels and its name only, no figure yet (时效指标 抚恤补助金按月发放及时)."""
    texts = [p.text for p in pieces]
    return bool(texts) and not labels.known_level(texts[-1]) and not labels.is_level(texts[-1]) \
        and not labels.cut_level(texts[-1]) \
        and len(texts[-1]) >= 4 and all(not re.search(r"\d|[≥≤=＝<>＜＞：:，,。]", t) for t in texts) \
        and len(texts) <= 3 and all(labels.known_level(t) for t in texts[:-1]) \
        and labels.header_label(texts[-1]) is None \
        and labels.column_field(texts[-1]) is None


def _level_ends_beside(above: list[Piece], found: list[Piece], line: str) -> tuple[list[Piece], list[Piece]] | None:
    """A line of a cut level's end and a name's rest, a space apart or run together (效益指标（30分） | 社会效益指 |
    病险水库安全度汛 | 100% … / 标 率, or 标率 once the weight is taken up): the row above with the level made whole,
    and the line's other words — or None where no level ends among them or no name's rest follows (blind 4613)."""
    words = [w for w in line.split()] if len(line.split()) > len(found) else [p.text for p in found]
    cells, left, took = list(above), [], False
    for word in words:
        at = None
        for cut in range(min(len(word), 3), 0, -1):  # (标率: the level's 标, the name's 率)
            head = word[:cut]
            at = next((j for j, p in enumerate(cells) if labels.cut_level(p.text) and not labels.known_level(p.text)
                       and labels.known_level(p.text + head)), None)
            if at is not None and not labels.weight_only(word):
                break
        if at is None or labels.weight_only(word):
            left.append(next((p for p in found if p.text == word), Piece(word, 0, 0, 0, 0)))
            continue
        a = cells[at]
        cells[at] = Piece(a.text + head, a.start, a.end, a.char_start, a.char_end)
        took = True
        if word[cut:]:
            left.append(Piece(word[cut:], 0, 0, 0, 0))
    if not took or not left or not all(labels.weight_only(p.text) for p in left[:-1]) \
            or _rest_of_name(cells, left[-1]) is None:
        return None
    return cells, left


def _name_rest_beside_labels(above: list[Piece], found: list[Piece]) -> tuple[int, Piece] | None:
    """A viewer's line of level labels and one short text after them, under a row whose name stops where no name
    ends and whose value follows it: the text is the name's rest (…诊疗量占县域 ≥65% / 可持续影响指标 总诊疗量比例) —
    (the name's piece in `above`, the rest's piece), or None."""
    if len(found) < 2 or not all(labels.known_level(p.text) or labels.weight_only(p.text) for p in found[:-1]):
        return None  # (（90分） 时率: a side label's weight beside the name's rest)
    rest = found[-1]
    seconds = [p.text for p in above if labels.known_level(p.text) and not labels.is_level1(p.text)]
    if seconds and any(labels.known_level(p.text) and not labels.is_level1(p.text) and p.text not in seconds
                       for p in found[:-1]):
        return None  # (…亩均增收 ≥500元 under its own 经济效益指标 / 社会效益指标 带动药农户数: another group's row)
    at = _rest_of_name(above, rest)
    return None if at is None else (at, rest)


def _rest_of_name(above: list[Piece], rest: Piece) -> int | None:
    """Where in the row above `rest` ends a name that stops where no name ends, its value after it (…诊疗量占县域 ≥65%
    / 总诊疗量比例); None where `rest` is no name's end or the row's name is whole."""
    if not re.fullmatch(r"[\u4e00-\u9fff（）()]{1,6}", rest.text) or labels.is_level(rest.text) \
            or rest.text[-1] not in labels.NAME_ENDS + "次":  # (…执法检 / 查户次: a count's name ends in 次 too)
        return None
    at = next((k for k, p in enumerate(above) if not labels.known_level(p.text) and not labels.weight_only(p.text)
               and not labels.section_label(p.text)), None)  # (绩效指标 时效指标 救助资金按月发放及 …: the side label)
    if rest.text == "次" and at is not None and above[at].text[-1] not in _MEASURE_WORDS:
        return None  # (次 alone ends a name only after its measure word: …抽检批 / 次)
    counted = rest.text[0] == "次" and at is not None and above[at].text[-1] in _MEASURE_WORDS  # (…学生人 / 次)
    if at is None or at + 1 >= len(above) or above[at].text[-1] in labels.NAME_ENDS + "次人户元数" and not counted \
            or len(above[at].text) < 8 or not re.search(r"\d|[≥≤=＝<>]", above[at + 1].text) \
            or re.search(r"\d", above[at].text[-1:]):
        return None  # (…培训人次 ≥5000人次 / 质量指标 培训考核合格率: a whole name above, the line a row of its own)
    return at


def _sub_header(header: list[Piece], found: list[Piece]) -> list[Piece] | None:
    """A two-row header whose second row splits the first's last label into its columns (… 年度指标值 / 指标性质 指标值
    度量单位): the header with that label replaced by them, or None."""
    fields = [labels.column_field(p.text) for p in found]
    if len(found) < 2 or None in fields or "value" not in fields \
            or any(f in ("level1", "level2", "name") for f in fields) or not header \
            or labels.column_field(header[-1].text) != "value":
        return None
    return [*header[:-1], *found]


def _level_heads_ended(header: list[Piece], found: list[Piece]) -> list[Piece] | None:
    """The header's level labels cut before their last 标 (一级指 二级指 三级指标 指标值), the next line their ends (标 标,
    or 标标 run together; with other labels' ends after them, 值 值 及改进措施): the labels whole; None for any other
    line."""
    cut = [k for k, p in enumerate(header) if labels.column_field(norm(p.text)) is None
           and labels.column_field(norm(p.text) + "标") in ("level1", "level2")]
    if not cut or not any(labels.column_field(norm(p.text)) == "name" for p in header):
        return None
    if "".join(p.text for p in found).replace(" ", "") == "标" * len(cut):
        return [Piece(p.text + "标", p.start, p.end, p.char_start, p.char_end) if k in cut else p
                for k, p in enumerate(header)]
    found = [Piece(ch, p.start, p.end, p.char_start, p.char_end) for p in found
             for ch in (list(p.text) if re.fullmatch(r"[标值]{2,6}", p.text) else [p.text])]  # (标标值值: ends run together)
    whole = _header_ends(header, found)  # (… 年度指标 实际完成 … / 标 标 值 值 及改进措施: the others' ends too, in order)
    return whole if whole is not None and all(labels.column_field(norm(whole[k].text)) in ("level1", "level2")
                                              for k in cut) else None


def _header_goes_on(header: list[Piece], found: list[Piece]) -> list[Piece] | None:
    """A header's line that goes on on the next line, its last label cut there (… 三级指标 年度 / 指标值 实际完成值 分值
    得分 …): one line of labels, the cut one whole; None where the next line does not begin with its end and hold
    labels only."""
    last, first = header[-1], found[0]
    whole = labels.column_field(last.text + first.text)
    if labels.column_field(last.text) is not None or whole is None or whole in {labels.column_field(p.text)
                                                                              for p in header[:-1]} \
            or any(re.search(r"\d", p.text) or labels.column_field(p.text) is None for p in found[1:]):
        return None
    return [*header[:-1], Piece(last.text + first.text, last.start, first.end, last.char_start, first.char_end),
            *found[1:]]


def _header_ends(header: list[Piece], found: list[Piece]) -> list[Piece] | None:
    """The header's labels with the line below it joined on, each of its pieces the end of the next label it makes a
    column's label with (年度 + 指标值, 实际 + 完成值, 偏差原因分析 + 及改进措施), in order; None where a piece ends none
    or no label was a column's only with its end."""
    out = list(header)
    at = 0
    completed = False
    for piece in _ends_parted(header, found):
        if re.search(r"\d", piece.text) or labels.is_level(piece.text):
            return None
        for k in range(at, len(out)):
            field = labels.column_field(out[k].text + piece.text)
            own = labels.column_field(out[k].text)
            if field is not None and (own is None or own == field and field in ("reason", "extra")
                                      or own != field and len(out[k].text) <= 3
                                      and labels.column_field(piece.text) is None):  # (指标 / 性质: 指标性质)
                completed |= labels.column_field(out[k].text) is None
                head = out[k]
                out[k] = Piece(head.text + piece.text, head.start, head.end, head.char_start, head.char_end)
                at = k + 1
                break
        else:
            return None
    return out if completed else None


def _ends_parted(header: list[Piece], found: list[Piece]) -> list[Piece]:
    """A piece of two labels' ends run together (质位 under 指标性 … 度量单: 指标性质, 度量单位), parted where each half
    completes a label the other does not; the pieces as they came otherwise."""
    cut: list[Piece] = []
    unfinished = [h.text for h in header if labels.column_field(h.text) is None]
    for piece in found:
        t = piece.text
        halves = next(((t[:i], t[i:]) for i in range(1, len(t))
                       if sum(labels.column_field(u + t[:i]) is not None for u in unfinished) == 1
                       and sum(labels.column_field(u + t[i:]) is not None for u in unfinished) == 1
                       and not any(labels.column_field(u + t) is not None for u in unfinished)), None)
        if halves is None:
            cut.append(piece)
            continue
        cut.extend(Piece(h, piece.start, piece.end, piece.char_start, piece.char_end) for h in halves)
    return cut


def _prose_joined(found: list[Piece], gaps: list[str]) -> tuple[list[Piece], list[str]]:
    """Under a goal's header, a column's sentence whose wrapped lines the viewer joined with single spaces (为全市800名…
    助行器、 坐便椅、…完成适 配，适配后…以上。): one cell, not three."""
    out, between = found[:1], []
    for gap, piece in zip(gaps, found[1:]):
        last = out[-1]
        if gap == " " and _prose(last.text, True) and _prose(piece.text, False):
            out[-1] = Piece(last.text + piece.text, last.start, piece.end, last.char_start, piece.char_end)
        else:
            out.append(piece)
            between.append(gap)
    return out, between


def _prose(text: str, left: bool) -> bool:
    """A piece of a sentence: long, with a clause mark in it, not a label or a value; the left one stopped short."""
    if len(text) < (15 if left else 8) or not re.search(r"[，,、；;。]", text) or labels.header_label(text) is not None \
            or _label(text) or _VALUE_START.match(text):
        return False
    return unfinished(text) if left else True


_VALUE_START = re.compile(r"[≥≤=＝<>＜＞]|\d+(\.\d+)?\s*(%|％|[\u4e00-\u9fff]{1,3})?$")
_MEASURE_END = re.compile(r"(率|数|量|度|时间|时限|期限|标准|金额|人次|面积|里程|长度|费用|成本|天数|比例|指数|水平|情况|"
                          r"(同比|较上年)(下降|增长|降低|减少|提高|增加))$")


def _tails_of(above: list[Piece], found: list[Piece]) -> list[int] | None:
    """In a viewer's copy, a line of short pieces that each end a cell of the row above, in order (a row's cells
    wrapped under themselves, its other cells beside them): the cells they end, or None. A piece ends a level's name
    (可持续影响指 / 标), a label's bracket (项目资金（ / 万元）), a date or number broken inside (2023年12月31 / 日前), a
    header's label, a funds line's label, or a name that stops mid-word (健康管 / 理人数, 运维视频监控点 / 位)."""
    if len(found) == 1 and len(above) >= 5 and len(above[-1].text) >= 10 and re.search(r"[，,、]", above[-1].text) \
            and not re.search(r"[。！!]$", above[-1].text) and re.search(r"[，,、；;]", found[0].text) \
            and re.search(r"[\u4e00-\u9fff]{6}", found[0].text) and re.fullmatch(r"\d+(\.\d+)?", above[-2].text) \
            and not re.fullmatch(r"[≥≤=＝<>]?\s*[\d.]+\s*\S{0,6}", found[0].text):
        return [len(above) - 1]  # …8 7.86 受夏秋连旱影响，140亩修复地块推迟至 / 2023年春季实施，苗木和资金已落实: the
        # reason's next line, the row's score before it
    if len(found) >= 2 and len(above) >= 4 and len(above[-1].text) >= 6 and re.search(r"[\u4e00-\u9fff]", above[-1].text) \
            and not re.search(r"[。！!]$", above[-1].text) and len(found[-1].text) >= 6 \
            and re.search(r"[，,、；;]|[\u4e00-\u9fff]{6}", found[-1].text) \
            and not re.fullmatch(r"[≥≤=＝<>]?\s*[\d.]+\s*\S{0,6}", found[-1].text):
        if len(found[0].text) == 1 and found[0].text in "绩效指标年度主要任务":
            return None  # (绩 / 效 / 指 / 标 down the lines' starts: a side label spelled a character a line)
        begun = _tails_of(above[:-1], found[:-1])  # …收运车辆GPS监管覆盖 … 5 5 部分老旧收运车辆计划 / 率 2025年更新，
        return None if begun is None else [*begun, len(above) - 1]  # 年内未加: the name's end, the reason's next line
    if not found or len(found) > len(above) or any(len(p.text) > (10 if len(found) == 1 else 6) or _FOOTER.match(p.text)
                                                   or labels.FUNDS_SIDE.match(p.text) for p in found) \
            or any(re.search(r"\d", p.text) for p in found) or labels.header_label(found[0].text) is not None \
            or any(p.text.endswith("指标") and labels.known_level(p.text)
                   and not any(labels.known_level(a.text + p.text) for a in above) for p in found):
        return None  # (数量指标 alone: a merged label printed on its span's middle line, no name's end — but 社会 /
        # 效益指标, 服务对象 / 满意度指标: a level's name wrapped)
    header = _header(above)
    values = [k for k, p in enumerate(above) if _complete_value(p.text) or re.fullmatch(r"[\d.,%—-]+", p.text)
              or re.fullmatch(r"定性|定量|[≥≤=＝<>＜＞]{1,2}", p.text)]  # (定性, ≥: a 指标性质 cell among the values)
    if not header and not values:
        return None  # (a goal's lines: their own joins)
    sure = [k for k, p in enumerate(above) if len(found) == 1 and (unit_cut(p.text, found[0].text)
                                                                   or _date_broken(p.text, found[0].text))]
    if len(sure) == 1:
        return sure  # 防火隔离带建设单价 | … | 1.45万元/公 / 里: a unit's end, not a name's (blind 5609)
    ats: list[int] = []
    k = 0
    for piece in found:
        while k < len(above) and not _ends(above, k, piece.text, header, values):
            k += 1
        if k == len(above):
            return None
        ats.append(k)
        k += 1
    return ats


def _ends(above: list[Piece], k: int, tail: str, header: bool, values: list[int]) -> bool:
    cell = above[k].text
    if labels.known_level(cell + tail) and (not labels.known_level(cell) or tail in ("指标", "标")):
        return True  # 可持续影响指 / 标, 服务对象满意 / 度指标, 服务对象满意度 / 指标
    if labels.closes_bracket(cell, tail):
        return True  # 项目资金（ / 万元）
    if re.search(r"[年月]\d{1,2}$|^\d{4}$", cell) and re.match(r"(日|号|月|年)(前|止|内|以前|之前)?$", tail):
        return True  # 2023年12月31 / 日前 (not 15, a 分值 between two dates: 2023年12月31 | 15 | 2023年12月20 / 日前 | 日,
        # blind 5862)
    if re.search(r"\d{1,2}(日|号)$", cell) and re.fullmatch(r"前|止|以前|之前", tail):
        return True  # 2024年12月31日 / 前
    if re.fullmatch(r"(部分|未)?(达成|达到)(年度|预期)(指标|目标)[，,]?(并|且)?(具有|具备)一定效果|未达成年度指标且效果较差",
                    cell + tail) and not re.fullmatch(r"(部分|未)?(达成|达到)(年度|预期)(指标|目标)", cell):
        return True  # 部分达成年度指标并 / 具有一定效果: the 10号 grade wrapped in its column
    if header:
        whole = labels.column_field(cell + tail)
        if whole is not None and whole != labels.column_field(cell) and len(tail) <= 3 \
                and not any(labels.column_field(a.text) == whole for a in above):
            return True  # 指标 … / 性质: the piece makes a label the line has not (指标性质 beside 指标值)
        return k == len(above) - 1 and whole is not None  # 偏差原因分析及 / 改进措施
    if k in values and unit_cut(cell, tail):
        return True  # ≥4.6万剂次 4.72万剂 / 次, ≤2840.23万 / 元: a value's unit wrapped under it
    if tail in ("%", "％") and re.fullmatch(r"\d{1,2}\.\d{1,2}|100\.0{1,2}", cell):
        return True  # 年度资金 150 150 138 10 100.00 10 / 总额 %: a rate's sign under its figure (blind 6599)
    if k in values or labels.known_level(cell) or _label(cell) or len(cell) < 4 or re.search(r"[，,。；;]", cell):
        return False
    if k == 0 and values and values[0] == 1 and len(tail) <= 4 and not _MEASURE_END.search(tail) \
            and not unit_cut(above[1].text, tail):
        return True  # 其中：当年财 | 186.00 | … / 政拨款: a funds line's label
    later = [j for j in values if j > k]
    if not later or any(j not in values for j in range(k + 1, later[0])):
        return False  # the name stands just before its row's values
    if len(tail) > 6 and (cell[-1] in labels.NAME_ENDS or re.search(r"(人次|场次|户次|批次|次数|天数|个数)$", cell)):
        return False  # (开展群众文化活动场次 ≥420场次 / 每站年开放天数: a whole name under a whole name, its own row with
        # no value — not the rest of the name above, blind 6139)
    return not _MEASURE_END.search(cell) and (bool(_MEASURE_END.search(cell + tail)) or len(tail) <= 2
                                               and not unit_cut(above[later[0]].text, tail))
    # (项目支出 ≤2840.23万 … / 元: the value's unit, not the name's; 点位年均运维成 ≤1280元/个 / 本: the name's)


def unit_cut(value: str, tail: str) -> bool:
    """A value whose unit's last characters are `tail` (4.72万剂 / 次, ≤2840.23万 / 元, 1150元/ / 件); a bare figure
    and its 度量单位 cell (3200 / 人) are none."""
    bound = re.search(r"(以内|以上|以下|左右|内)$", tail)  # (申请后20个 / 工作日内: the unit's end and the bound, blind 7539)
    core = tail[:bound.start()] if bound and bound.start() > 0 else tail
    if not re.search(r"\d\s*[\u4e00-\u9fff/·]+$", value) \
            or not re.fullmatch(r"[·/]?[\u4e00-\u9fff]{1,3}([·/][\u4e00-\u9fff]{1,2})?([（(][\u4e00-\u9fff]{1,2}[)）])?", core):
        return False  # (≤7500元/ / 人·年, ≤15个 / 工作日; ≥120万 / 头（只）, its alternative in brackets: blind 6041)
    unit = getattr(parse_value(value + tail), "unit", None)
    bare = re.sub(r"[（(][\u4e00-\u9fff]{1,2}[)）]$", "", core)
    return isinstance(unit, str) and unit.endswith(bare) and lookup(unit).kind not in (None, "unknown") \
        and ("/" not in unit or lookup(unit.rsplit("/", 1)[1]).kind not in (None, "unknown"))  # (≤12万元/座 / 补助:
    # the name's end, no unit 座补助 — blind 4613)


def _sentence_goes_on(text: str) -> bool:
    """A lone cell that is a sentence stopped short (…资助全县普通高中家庭): long, with a comma in it, no full stop."""
    return len(text) >= 12 and bool(re.search(r"[,，、]", text)) and not re.search(r"[。.!！?？:：]$", text) \
        and labels.header_label(text) is None
