"""Cells a copy's narrow columns wrapped onto lines of their own, joined back before the rows are read: a note
written after its label, line by line; a row's cells' last pieces on the line below, in their order; a field's label
cut in two; level labels wrapped round their one row (the copies of text.split_rows)."""
from __future__ import annotations

import re
from typing import Callable

from jxcheck.engine.readers import labels, spaced
from jxcheck.engine.units import lookup
from jxcheck.engine.values.vocab import DEGREE_ADVERBS, GRADE_SETS, classify


_NOTE_BEGUN = re.compile(r"(说明|原因)[:：]\s*\S")  # 预算调整说明：年中追: a note's text begun after its label
_SENTENCE_DONE = re.compile(r"[。.！!；;]$")


_BOUND_ALONE = re.compile(r"(底)?(前|以前|之前|止|内|以内)")
_DAY_CUT = re.compile(r"(\d{4}\s*年(\s*\d{1,2}\s*月(\s*\d{1,2}\s*[日号])?)?|\d{1,2}\s*月(\s*\d{1,2}\s*[日号])?)$")  # a day,
# a month or a year a cell ends with


def bounds_rejoined(lines_cells: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A deadline's bound parted from its day by a viewer's single space (2023年3月31日 | 前: Acrobat, a value
    wrapped inside its row's line, blind 6708): no cell of its own — the deadline whole."""
    out: list[tuple[int, list[str]]] = []
    for number, cells in lines_cells:
        joined: list[str] = []
        for cell in cells:
            if joined and _BOUND_ALONE.fullmatch(cell.strip()) and _DAY_CUT.search(joined[-1].strip()):
                joined[-1] = joined[-1].strip() + cell.strip()
                continue
            joined.append(cell)
        out.append((number, joined))
    return out


def _task_money(text: str) -> bool:
    """A task table's money column's whole label (总额, 财政拨款, 预算金额（万元）)."""
    return labels.TASK_AMOUNT_COLUMN.fullmatch(re.sub(r"[（(](万元|元)[)）]$", "", text.strip())) is not None


def task_header_stacked(lines_cells: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A task table's header laid over three lines, its money labels each in its column and cut where its narrow cell
    wrapped (任务名称 | 主要内容 | | 财政 | 其他 / | | | 总额 / | | | | 拨款 | 资金: -layout, blind 6917): one line of
    labels, each column's pieces joined top to bottom — where a money label on the first line is cut (no label alone)
    and every joined one is whole."""
    out = [(number, list(cells)) for number, cells in lines_cells]
    for k in range(len(out)):
        head = out[k][1]
        if not any(re.fullmatch(r"(任务名称|年度任务)", c.strip()) for c in head):
            continue
        run = 0
        while k + run + 1 < len(out) and run < 2 and out[k + run + 1][0] == out[k][0] + run + 1 \
                and any(c.strip() for c in out[k + run + 1][1]) \
                and all(not c.strip() or re.fullmatch(r"[\u4e00-\u9fff]{1,4}", c.strip()) for c in out[k + run + 1][1]):
            run += 1
        if not run:
            continue
        rows = [head, *(out[k + j][1] for j in range(1, run + 1))]
        width = max(len(r) for r in rows)
        merged = ["".join(r[j].strip() for r in rows if j < len(r)) for j in range(width)]
        money = [j for j in range(width) if any(j < len(r) and r[j].strip() for r in rows[1:])]
        cut = [j for j in money if j < len(head) and head[j].strip() and not _task_money(head[j])]
        if not cut or not all(_task_money(merged[j]) for j in money):
            continue
        out[k] = (out[k][0], merged)
        for j in range(1, run + 1):
            out[k + j] = (out[k + j][0], [])
    return [(number, cells) for number, cells in out if cells]


def notes_rejoined(lines_cells: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A note written after its label in a cell (预算调整说明：年中追 / 加食品安全抽检及疫情 / 防控物资经费88.45万 / 元),
    its lines each a cell alone below it: the note whole in its cell, on its first line (a copy wraps a narrow cell's
    text line by line, with nothing beside it)."""
    out: list[tuple[int, list[str]]] = []
    open_at = -1  # the row in out whose last cell is a note still going on
    for number, cells in lines_cells:
        filled = [c for c in cells if c.strip()]
        if open_at >= 0 and len(filled) == 1 and number - out[-1][0] <= 4 and _note_piece(filled[0]):
            at, row = out[open_at]
            last = max(j for j, c in enumerate(row) if c.strip())
            row = [*row[:last], row[last].rstrip() + filled[0].strip(), *row[last + 1:]]
            out[open_at] = (at, row)
            if _SENTENCE_DONE.search(filled[0].strip()):
                open_at = -1
            continue
        out.append((number, cells))
        last_cell = filled[-1].strip() if filled else ""
        open_at = len(out) - 1 if _NOTE_BEGUN.search(last_cell) and not _SENTENCE_DONE.search(last_cell) \
            and len(last_cell) <= 40 else -1
    return out


def labels_round_row(lines_cells: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A viewer's row whose level labels wrapped round it: their first pieces on the line above, their ends on the
    line below (满意度指 | 服务对象满 / 救助对象满意度 | ≥90% | … / 标（10分） | 意度指标): the labels whole at the start of
    the row, on its line."""
    out = list(lines_cells)
    k = 1
    while k + 1 < len(out):
        (na, above), (nb, row), (nc, below) = out[k - 1], out[k], out[k + 1]
        tops = [c.strip() for c in above if c.strip()]
        ends = [c.strip() for c in below if c.strip()]
        begun = all((labels.cut_level(t) or labels.known_level(t) and not t.endswith("指标"))
                    and labels.known_level(t + e) and not labels.known_level(e) for t, e in zip(tops, ends))
        whole = [c for c in row if c.strip() and labels.known_level(c)]  # (满意 / 服务对象满意度指标 | 当事人满意度 |
        # ≥90% / 度指标: a 一级 wrapped round its row, the 二级 whole on the row's line, blind 5557)
        if nb == na + 1 and nc == nb + 1 and tops and len(tops) == len(ends) <= 2 and begun \
                and len([c for c in row if c.strip()]) >= 3 \
                and (not whole or len(tops) == 1 and labels.is_level1(tops[0] + ends[0]) and len(whole) == 1
                     and row[0].strip() == whole[0] and not labels.is_level1(whole[0])):
            joined = [t + e for t, e in zip(tops, ends)]
            out[k - 1:k + 2] = [(nb, [*joined, *[c for c in row if c.strip()]])]
        k += 1
    return out


def field_lines_rejoined(lines_cells: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A header field whose label and value both wrapped in their narrow cells (部门（单位）名 | 天津市静海区市场监 /
    称 | 督管理局, blind 5674): the label and the value each whole on the first line."""
    out = list(lines_cells)
    k = 0
    while k + 1 < len(out):
        (na, above), (nb, below) = out[k], out[k + 1]
        tops = [c.strip() for c in above if c.strip()]
        ends = [c.strip() for c in below if c.strip()]
        if nb == na + 1 and len(tops) == 2 and len(ends) == 2 and labels.header_label(labels.norm(tops[0])) is None \
                and labels.header_label(labels.norm(tops[0] + ends[0])) is not None and len(ends[0]) <= 4 \
                and not re.search(r"[\d:：]", ends[1]) and len(ends[1]) <= 12 and not labels.header_label(ends[1]):
            out[k:k + 2] = [(na, [tops[0] + ends[0], tops[1] + ends[1]])]
        k += 1
    return out


def side_labels_rejoined(lines_cells: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A side label cut in its narrow cell, its last characters starting the next line's cells (年度主要任 | 任务名称 |
    主要内容 | 预算金额 / 务 | 总额 | 财政拨款 | 其他资金): the label whole on its first line, the next line's own cells
    after the piece (blind 4700, 4704)."""
    out = list(lines_cells)
    for k in range(len(out) - 1):
        (na, above), (nb, below) = out[k], out[k + 1]
        a = next((j for j, c in enumerate(above) if c.strip()), None)
        b = next((j for j, c in enumerate(below) if c.strip()), None)
        if a is None or b is None or nb != na + 1 or len([c for c in below if c.strip()]) < 2 \
                or any(re.search(r"\d", c) for c in [*above, *below]):
            continue  # (a header's two lines: no row of amounts, 年度主 | …维修 | 320.00 / 要任务 | 养护: the label
            # spelled down the rows, their own tails after it)
        head, tail = above[a].strip(), below[b].strip()
        if len(tail) <= 3 and not labels.section_label(head) and labels.section_label(head + tail) \
                and labels.section_label(head + tail) == head + tail:
            out[k] = (na, [*above[:a], head + tail, *above[a + 1:]])
            out[k + 1] = (nb, [*below[:b], *below[b + 1:]])
    return out


def header_tails_rejoined(lines_cells: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A funds header whose column labels wrapped under themselves (年初预算 | 全年预算 | 全年执行 | 分值 … / 数 | 数 |
    数): each piece joined to the label it completes, in order — a line of such pieces only (blind 4765)."""
    out: list[tuple[int, list[str]]] = []
    for number, cells in lines_cells:
        pieces = [c.strip() for c in cells if c.strip()]
        near = out and number == out[-1][0] + 1 and pieces
        joined = _placed(list(out[-1][1]), pieces, 0, False, _funds_label_ends) \
            if near and len(pieces) <= len(out[-1][1]) else None
        if joined is None and near:
            joined = _labels_between(list(out[-1][1]), pieces)
        if joined is not None:
            out[-1] = (out[-1][0], joined)
            continue
        out.append((number, cells))
    return out


def cell_tails_rejoined(lines_cells: list[tuple[int, list[str]]], lines: list[str]) -> list[tuple[int, list[str]]]:
    """A viewer's copy of a row whose cells wrapped: the next line holds only their last pieces, in the cells' order
    (满意度指标（ | 服务对象满意 | 救助对象满意度 | ≥90% … / 10分） | 度指标; 可持续影响指 | … | 收支平衡略有结 | … / 标 余).
    Each piece joined back to the level's name or weight it completes, where every piece of the line finds its cell,
    in order (a text's end is not placed so: which of a name and a value it ends, the line does not tell)."""
    out: list[tuple[int, list[str]]] = []
    last = 0  # the last line the row in out[-1] took
    for number, cells in lines_cells:
        filled = [c.strip() for c in cells if c.strip()]
        if out and number == last + 1 and len(filled) == 1 and _adverb_cut(out[-1][1], filled[0]):
            above = out[-1][1]  # 供水工程长效运行管护机制   持续 / 完善: a value's verb wrapped onto the next line alone
            end = max(j for j, c in enumerate(above) if c.strip())  # (Acrobat, blind 7934)
            out[-1] = (out[-1][0], [*above[:end], above[end].strip() + filled[0], *above[end + 1:]])
            last = number
            continue
        if out and number == last + 1 and len(filled) == 1 and out[-1][1] and len(filled[0]) <= 12 \
                and re.fullmatch(r"[^:：]{2,8}[:：]", (out[-1][1][-1] or "").strip()) \
                and not re.search(r"[:：]", filled[0]):
            above = out[-1][1]  # 填报人：张婷婷 | … | 单位负责人： / 孙立军: the last field's value wrapped onto the next
            out[-1] = (out[-1][0], [*above[:-1], above[-1].strip() + filled[0]])  # line alone (blind 7849)
            last = number
            continue
        if out and number == last + 1 and len(filled) == 1 and out[-1][1] and out[-1][1][0].strip() \
                and labels.header_label(labels.norm(out[-1][1][0])) is None \
                and labels.header_label(labels.norm(out[-1][1][0].strip() + filled[0])) is not None:
            above = out[-1][1]  # 部门（单 | 霍邱县民政局 / 位）名称: a field's label wrapped in its narrow cell, its value
            out[-1] = (out[-1][0], [above[0].strip() + filled[0], *above[1:]])  # beside its first line
            last = number
            continue
        led = _level_ends_leading(out[-1][1], filled) if out and number == last + 1 and len(filled) >= 3 else None
        if led is not None:  # 效益 | 社会效益 | 居民健康素养水平 | … / 指标 | 指标 | 婴儿死亡率 | ≤6‰ | …: the row's level
            out[-1] = (out[-1][0], led[0])  # labels wrapped in their narrow cells, their ends beginning the next row's
            out.append((number, led[1]))  # line (Acrobat, Chrome: blind 7481, 7523) — back on their labels, the row
            last = number  # after them its own
            continue
        ends = _header_ends(out[-1][1], filled) if out and number == last + 1 and len(filled) >= 2 else None
        if ends is not None:  # 一级 | 二级 | 三级指标 | … | 偏差原因分析及改 / 指标 | 指标 | 进措施: the header's
            out[-1] = (out[-1][0], ends)  # labels wrapped in their narrow cells, their ends a line below (blind 7481,
            last = number  # 7523)
            continue
        if out and number == last + 1 and len(filled) == 1 and _header_reason_goes_on(out[-1][1], filled[0]):
            above = out[-1][1]  # 偏差原 / 因分析 / 及改进 / 措施: the header's last label wrapped down its narrow cell
            end = max(j for j, c in enumerate(above) if c.strip())
            out[-1] = (out[-1][0], [*above[:end], above[end].strip() + filled[0], *above[end + 1:]])
            last = number
            continue
        consumed = bool(out) and number == last + 2 and 0 < number - 1 <= len(lines) and bool(lines[number - 2].strip()) \
            and not any(n == number - 1 for n, _ in lines_cells)  # (日前 of the value joined already, 日完成 of the
        # result on the line after it: Foxit, blind 5595 — a piece that surely ends its cell only)
        if consumed and len(out[-1][1]) >= 4 and len(filled) == 1 and len(filled[0]) <= 6:
            joined = _placed(list(out[-1][1]), filled, 0, True, _completes)
            if joined is not None:
                out[-1] = (out[-1][0], joined)
                last = number
                continue
        short = bool(out) and len(filled) == 1 \
            and (len(out[-1][1]) == 3 or len(out[-1][1]) == 2 and filled[0][-1] in labels.NAME_ENDS) \
            and (re.match(r"[≥≤=＝<>＜＞]|\d", out[-1][1][-1].strip()) is not None
                 or classify(out[-1][1][-1].strip())[1] is not None)  # (质量指标 | 失能特困人员集中 | ≥**%
        # / 供养率: a target form's short row, its name's end alone below, blind 5670; 调解协议 | ≥**% / 履行率, a row
        # under its group's labels, the end a name's, blind 6738; 市政设施维护质 | 较好 / 量, a value in words, 6802)
        if out and number == last + 1 and len(filled) == 2 and len(filled[1]) <= 4 and labels.is_level1(filled[0]) \
                and labels.known_level(filled[0]) and len(out[-1][1]) >= 2 \
                and (beside := _tails_placed(out[-1][1], filled[1:]) or _name_end_beside(out[-1][1], filled[1:])):
            out[-1] = (out[-1][0], beside)  # …抚恤补助标准调整到位 | =100% / 产出指标 率: a 一级 label centred on the line
            out.append((number, [filled[0]]))  # where the row's name wrapped (Acrobat, blind 5708): the name's end
            last = number  # back on its row, the label on a line of its own
            continue
        if out and (len(out[-1][1]) >= 4 or short) and number == last + 1:
            pieces = [c.strip() for c in cells if c.strip()]
            raw = lines[number - 1].split() if 0 < number <= len(lines) else []
            joined = None
            if len(raw) > len(pieces) and "".join(raw) == "".join(pieces):
                joined = _tails_placed(out[-1][1], raw)  # (标 余, ） 数 数 数: cells' ends a space apart, read as one)
            joined = joined or _tails_placed(out[-1][1], pieces)
            if joined is not None:
                out[-1] = (out[-1][0], joined)
                last = number
                continue
        out.append((number, cells))
        last = number
    return out


def _adverb_cut(above: list[str], piece: str) -> bool:
    """A line of one short verb under a row whose last cell is a degree or lasting adverb alone (持续 / 完善, 逐步 /
    提高): the value's end, cut by its narrow column."""
    last = next((c.strip() for c in reversed(above) if c.strip()), "")
    return len([c for c in above if c.strip()]) >= 2 and last in (*DEGREE_ADVERBS, "长效", "长期", "有效") \
        and re.fullmatch(r"[\u4e00-\u9fff]{1,4}", piece) is not None and classify(last + piece)[1] == "trend"


def _level_ends_leading(above: list[str], filled: list[str]) -> tuple[list[str], list[str]] | None:
    """The row above with its leading level labels completed by the first pieces of the line (产出 / 指标, 社会效益 /
    指标), and the line's rest (a row: two cells at least); None where no piece so completes a label."""
    cells = [c.strip() for c in above]
    start = next((j for j, c in enumerate(cells) if c), None)
    if start is None or not any(re.search(r"\d", c) for c in cells):
        return None  # (a row above, its figures on its line: not a line of labels alone, 满意度指 | 服务对象满)
    k = 0
    while k < min(2, len(filled)) and start + k < len(cells):
        label, piece = cells[start + k], filled[k]
        if not re.fullmatch(r"[\u4e00-\u9fff]{1,4}", piece) or labels.norm(label).endswith("指标") \
                or not labels.known_level(label + piece) or not labels.norm(label + piece).endswith("指标"):
            break
        cells[start + k] = label + piece
        k += 1
    if k == 0 or len(filled) - k < 2 or not any(re.search(r"\d", c) for c in filled[k:]) \
            or any(labels.cut_level(c) or labels.known_level(c) and not labels.norm(c).endswith("指标")
                   for c in cells[start + k:start + 2]):
        return None  # (every cut label of the row above completed: none left wanting its end)
    return cells, filled[k:]


def _header_ends(header: list[str], pieces: list[str]) -> list[str] | None:
    """An indicator header with each of `pieces` (short, no figure) joined to the label it completes, in order —
    a level's 指标 under 一级 / 二级, the reason's end under its begun label; None where any piece completes none."""
    cells = [c.strip() for c in header]
    if not labels.is_indicator_header([labels.norm(c) for c in cells if c]) \
            or not all(len(p) <= 6 and not re.search(r"\d", p) for p in pieces):
        return None
    at = 0
    for piece in pieces:
        j = next((j for j in range(at, len(cells)) if cells[j] and _label_ends(cells[j], piece)), None)
        if j is None:
            return None
        cells[j], at = cells[j] + piece, j + 1
    return cells if labels.is_indicator_header([labels.norm(c) for c in cells if c]) else None


def _label_ends(label: str, piece: str) -> bool:
    whole = labels.norm(label + piece)
    field = labels.column_field(whole)
    if field in ("level1", "level2", "name") and labels.column_field(labels.norm(label)) in (None, field):
        return bool(labels.column_label(whole)) and piece in ("指标", "标") and not labels.norm(label).endswith("指标")
    return field == "reason" and labels.column_field(labels.norm(label)) in ("reason", None) \
        and re.search(r"(原因|分析|措施|说明)$", whole) is not None and not re.search(r"(措施|说明)$", labels.norm(label))


def _header_reason_goes_on(header: list[str], piece: str) -> bool:
    """`piece`, alone on its line, continues the last label of the indicator header above it, a reason's column
    label (偏差原 / 因分析 / 及改进 / 措施, blind 5234, 5239)."""
    texts = [c.strip() for c in header if c.strip()]
    if len(texts) < 4 or sum(labels.column_field(t) is not None for t in texts) < 3 \
            or not re.fullmatch(r"[\u4e00-\u9fff]{1,6}", piece) or labels.column_field(piece) is not None \
            or labels.known_level(piece) or labels.header_label(piece) or labels.section_label(piece):
        return False
    return labels.column_field(texts[-1] + piece) == "reason" and (
        labels.column_field(texts[-1]) == "reason" or labels.column_field(texts[-1]) is None)


def _name_end_beside(above: list[str], pieces: list[str]) -> list[str] | None:
    """A row's one text cell (its name, its value a figure) and a few characters beside a 一级 label on the line
    below: the name's end (抚恤补助标准调整到位 | =100% / 产出指标 率)."""
    texts = [k for k, c in enumerate(above) if re.match(r"[\u4e00-\u9fff]", c.strip()) and not labels.known_level(c.strip())]
    if len(pieces) != 1 or not re.fullmatch(r"[\u4e00-\u9fff]{1,3}", pieces[0]) or len(texts) != 1 \
            or not any(re.match(r"[≥≤=＝<>＜＞]?\s*\d", c.strip()) for c in above[texts[0] + 1:]):
        return None
    return [c.strip() + pieces[0] if k == texts[0] else c for k, c in enumerate(above)]


def _tails_placed(above: list[str], pieces: list[str]) -> list[str] | None:
    """The row above with each piece joined to the cell it completes, in order; None where a piece fits none. A
    piece that completes no cell by its words may end the row's name (保障房基本建成时 | 2019年12月 … / 间 31日前
    25日): where the pieces after it find their cells after the name's, or, alone on its line, where the name is the
    row's one text cell and stops where no name ends."""
    reason = None
    if len(pieces) >= 2 and labels.section_label(pieces[0] + "指标"):
        pieces = pieces[1:]  # 绩效 | 前 | 日: the table's side label begun among a row's wrapped ends (绩效 / 指标, Acrobat:
        # blind 2360) — the label's, no cell's
    if len(pieces) >= 2 and _reason_goes_on(above, pieces[-1]):
        reason, pieces = pieces[-1], pieces[:-1]  # (… | 18.8 | 部分养殖场还田 / 污综合利用率 2 配套土地流转未落实，…: the
        # row's reason, its text wrapped after the other cells' ends, blind 6745)
    if not pieces or len(pieces) > 4 or any(len(p) > 6 and not (len(p) <= 12 and any(labels.closes_bracket(c.strip(), p)
                                                                                 for c in above))
                                            or labels.header_label(p) or labels.is_level(p)
                                            or labels.known_level(p) or labels.section_label(p) for p in pieces):
        return None
    placed = _placed(list(above), pieces, 0, len(pieces) == 1 and reason is None)
    if placed is None or reason is None:
        return placed
    end = max(k for k, c in enumerate(placed) if c.strip())
    return [*placed[:end], placed[end].strip() + reason, *placed[end + 1:]]


def _reason_goes_on(above: list[str], piece: str) -> bool:
    """`piece`, a clause, goes on the row's last cell: a reason after the row's figures, stopped mid-sentence."""
    filled = [c.strip() for c in above if c.strip()]
    if len(filled) < 3 or len(piece) <= 6 or not re.match(r"[\u4e00-\u9fff]", piece) or labels.is_level(piece):
        return False
    last = filled[-1]
    return len(last) >= 4 and re.match(r"[\u4e00-\u9fff]", last) is not None and not _SENTENCE_DONE.search(last) \
        and re.fullmatch(r"\d+(\.\d+)?", filled[-2]) is not None


def _placed(row: list[str], pieces: list[str], at: int, alone: bool,
            ends: Callable[[str, str], bool] | None = None) -> list[str] | None:
    """The row with each piece joined to the first cell from `at` on that it ends (`ends`, else any of _completes'
    ends or a name's), in order; None where a piece fits none."""
    if not pieces:
        return row
    piece = pieces[0]
    found = next((k for k in range(at, len(row)) if (ends or _completes)(row[k].strip(), piece)), None)
    if found is None and ends is None:
        found = _name_cell(row, at, piece, alone)
    if found is None:
        return None
    joined = [*row[:found], row[found].strip() + piece, *row[found + 1:]]
    return _placed(joined, pieces[1:], found + 1, alone, ends)


def _name_cell(row: list[str], at: int, piece: str, alone: bool) -> int | None:
    """The row's first text cell from `at` on (no figure, no level label) that `piece` (a few characters) may end:
    a name cut in its narrow column. Alone on its line, the piece ends only a name that is the row's one text cell,
    every cell after it a figure, stopped where no name ends (较大及以上建筑施 / 工安全事故)."""
    if not re.fullmatch(r"[\u4e00-\u9fff（）()]{1,6}", piece):
        return None
    texts = [k for k in range(at, len(row)) if re.match(r"[\u4e00-\u9fff]", row[k].strip())
             and not labels.known_level(row[k].strip()) and not labels.cut_level(row[k].strip())
             and not labels.section_label(row[k].strip()) and not labels.header_label(row[k].strip())
             and not re.fullmatch(r"(定量|定性)(指标)?", row[k].strip())]  # (a cell that
    # starts with words: a name, a content,
    # a grade; 2019年12月, ≥600户 and 15 are figures)
    valued = any(re.search(r"[≥≤<>＝=%％]|\d\s*[\u4e00-\u9fff]", c) for c in row)  # (an indicator's row: a value
    # with its sign or unit; a funds line's amounts are bare)
    if not texts or len(row[texts[0]].strip()) < (4 if valued else 6):
        return None  # (劳动保障监 / 察案件结案 / 率: a narrow column's five characters, alone below, blind 5239; 补助资金兑
        # / 付时间 日前 22日, with the value's and the result's ends, blind 6745)
    if alone and len(texts) > 1 and all(classify(row[k].strip())[1] is not None for k in texts[1:]):
        texts = texts[:1]  # 基层公共法律服务体系 | 长效运行 | 达成年度指标 / 运行: the value and the result words of their
        # own (a lasting phrase, a grade), the name the one text cell that is none (blind 5450)
    if alone and (len(texts) != 1 or row[texts[0]].strip()[-1] in labels.NAME_ENDS
                  and not (row[texts[0]].strip()[-1] == "数" and piece == "量")):
        return None  # (补助养殖场数 / 量: a name ends at 数, or goes on to 数量, blind 6745)
    return texts[0]


_AMOUNT_COLUMN = r"(年初|全年|调整后)?(预算|执行)数|财政拨款|其他资金|预算金额|金额合计"
def _amount_label_ends(cell: str, piece: str) -> bool:
    """`piece` ends a funds column's label cut in its narrow cell (年初预算 / 数)."""
    return bool(cell) and re.fullmatch(_AMOUNT_COLUMN, cell + piece) is not None \
        and re.fullmatch(_AMOUNT_COLUMN, cell) is None


_POINTS_LABEL = re.compile(r"分值|权重|执行率|预算执行率|得分")  # a funds column's whole label, no money in it


_ORDER = {"分值": 0, "权重": 0, "执行率": 1, "预算执行率": 1, "得分": 2}  # a funds block's scored columns, in the
# template's order


def _labels_between(row: list[str], pieces: list[str]) -> list[str] | None:
    """A funds header over two lines whose second holds both the ends of the first's labels and whole labels of its
    own (年初 | 全年 | 全年 | 得分 / 预算数 | 预算数 | 执行数 | 分值 | 执行率, blind 5338): the ends joined in order, each
    whole label put after the last label it follows; None unless every piece finds its place so."""
    at, ends = 0, 0
    for piece in pieces:
        k = next((k for k in range(at, len(row)) if _funds_label_ends(row[k].strip(), piece)), None)
        if k is not None:
            row[k] = row[k].strip() + piece
            at, ends = k + 1, ends + 1
        elif _POINTS_LABEL.fullmatch(piece) and at > 0:
            while at < len(row) and _ORDER.get(piece, 0) > _ORDER.get(labels.norm(row[at]), 9):
                at += 1  # (分值 | 得分 below 执行率: the template's 分值, 执行率, 得分 — blind 6348)
            row.insert(at, piece)
            at += 1
        else:
            return None
    return row if ends >= 2 else None


def _funds_label_ends(cell: str, piece: str) -> bool:
    """`piece` ends a funds header's cell: a column's label (年初预算 / 数) or its side label's bracket (项目资金（ /
    万元）, blind 5316)."""
    return _amount_label_ends(cell, piece) or labels.closes_bracket(cell, piece)


_GRADES = tuple(phrase for grades in GRADE_SETS for phrase, _ in grades if len(phrase) >= 6)  # the grades long enough
# to wrap in a narrow column (达成年度指标, 部分达成年度指标并具有一定效果 …)


def _completes(cell: str, piece: str) -> bool:
    """Whether `piece` is the wrapped end of `cell`: a level's weight after its open bracket (满意度指标（ / 10分）), a
    level's name cut (服务对象满意 / 度指标, 可持续影响指 / 标), a date or a unit cut after its figures."""
    if not cell or not piece:
        return False
    if labels.section_label(cell + piece) and not labels.section_label(cell):
        return True  # 年度主 / 要任务: the table's side label spelled down its rows
    if labels.closes_bracket(cell, piece):
        return True  # 项目资金（万元 / ）: a label's bracket closed below it (blind 4694)
    if _amount_label_ends(cell, piece):
        return True  # 年初预算 / 数: a funds column's label wrapped in its narrow cell
    if labels.weight_only(piece) and labels.is_level1(cell) and not re.search(r"分\s*[)）]?$", cell):
        return True  # 效益指标 / （30分）: a level's weight below its name (blind 4613)
    if re.search(r"[（(]\s*\d+(\.\d+)?\s*分?$", cell):  # 满意度指标（10分 / ）: the weight's bracket closed below
        return re.fullmatch(r"分?\s*[)）]", piece) is not None
    if re.search(r"[（(]$", cell):
        return labels.weight_only(cell[-1] + piece) or labels.known_level(cell + piece)
    if re.search(r"\d{4}年\d{1,2}(月\d{1,2})?$", cell):  # 2019年10月31 / 日前, 2019年10月25 / 日配送到位: a date cut
        cut = re.match(r"(\d?)[日号月]", piece)  # before its day's or month's word, or inside the day (2023年5月2 / 6日,
        return cut is not None and (not cut.group(1) or re.search(r"月\d$", cell) is not None)  # blind 4613)
    if re.search(r"\d{4}年\d{1,2}月$", cell) and re.fullmatch(r"(底|末|上旬|中旬|下旬)(前|止|以前|之前)?", piece):
        return True  # 2022年11月 / 底前: a month's deadline cut before its 底 (WPS, Foxit: blind 7395, 7403)
    if re.search(r"\d{4}年\d{1,2}月$", cell):  # 2021年10月 / 20日: a date cut before its day (blind 4649)
        return re.fullmatch(r"\d{1,2}[日号](前|止|内|以前|之前)?", piece) is not None
    if re.search(r"\d{4}年\d{1,2}月(底|末|\d{1,2}[日号])$", cell) and re.fullmatch(r"(之|以)?前|止", piece):
        return True  # 2022年4月底 / 前: a deadline cut before its 前 (blind 7393)
    if re.fullmatch(r"\d{1,3}\.\d", cell) and re.fullmatch(r"\d", piece):
        return True  # 18.8 / 2: a score's second decimal cut in its narrow column (blind 6745)
    if re.search(r"[\u4e00-\u9fff]月$", cell) and re.fullmatch(r"\d{1,2}[日号](前|止|内|以前|之前)?", piece):
        return True  # 每季度首月 / 20日前, 次月 / 10日前: a recurring deadline cut before its day (blind 6759)
    if spaced.unit_cut(cell, piece):  # ≤35万元/平方公 / 里: a unit cut
        return True
    if re.fullmatch(r"[\u4e00-\u9fff]{1,3}[/·]", cell) and re.fullmatch(r"[\u4e00-\u9fff]{1,3}", piece) \
            and lookup(cell + piece).kind not in (None, "unknown"):
        return True  # 万元/ / 人: a 度量单位 cell's unit cut after its slash (blind 5640)
    if any(g.startswith(cell + piece) and len(cell) >= 3 and cell != g for g in _GRADES):
        return True  # 达成年度指 / 标, 部分达成年 / 度指标并具 / 有一定效果: a grade wrapped in its narrow column
    if piece in ("指标", "标") and labels.known_level(cell + piece) and not cell.endswith("指标"):
        return True  # 社会效益 / 指标: a level's name written short on its first line, 指标 below
    return (labels.known_level(cell + piece) or labels.cut_level(cell) and labels.cut_level(cell + piece)) \
        and not labels.known_level(cell)  # (服务对象 / 满意度指 / 标: a level's name over three lines)


def _note_piece(text: str) -> bool:
    """A line of a note's wrapped text: no label of the form's own, no figure alone."""
    t = text.strip()
    return 0 < len(t) <= 30 and not labels.header_label(t) and not labels.goal_column(t) \
        and not labels.section_label(t) and not labels.known_level(t) and not labels.funds_side(t) \
        and not re.fullmatch(r"[\d.,%％\s—-]+", t) and not re.search(r"[:：]", t)
