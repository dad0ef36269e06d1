"""A laid-out copy (pdftotext -layout: cells in their columns) repaired line by line before its cells are placed: a
header whose tall labels wrapped round the line of its short ones (年初 全年 全年 / 分值 执行率 得分 / 预算数 预算数
执行数) made one line, each tall label whole in its column; a funds source's label wrapped round its amounts
(其中：本年 / 360.00 360.00 349.68 / 财政拨款) made whole on the amounts' line; a note's text begun on the line above
its label (预算执行率87.60%，部分… / 预算执行率未达到90%原因  年底签订，…) made whole on the label's line."""
from __future__ import annotations

import re
from typing import Callable

from jxcheck.engine.levels import norm
from jxcheck.engine.readers import labels
from jxcheck.engine.readers.money_tables import fund_header
from jxcheck.engine.readers.spaced import Line, Piece


def repaired(lines: list[Line]) -> list[Line]:
    """The lines with every repair below made."""
    return _note_round_label(_sources_round_amounts(_header_over_two_lines(_header_wrapped_round(lines))))


def _laid_line(number: int, found: list[Piece]) -> Line:
    """A line rebuilt from its pieces, each at its place (its characters' columns), as the copy would have it."""
    text = ""
    for p in found:
        text += " " * max(p.char_start - len(text), 2 if text else 0) + p.text
    return number, found, [" " * max(b.char_start - a.char_end, 2) for a, b in zip(found, found[1:])], text


def _overlap(a: Piece, b: Piece) -> bool:
    return a.start < b.end and b.start < a.end


def _word(piece: Piece) -> bool:
    """A piece of a header label: a few characters, no figure — or its unit or points in brackets under it
    (（万元）, （10分）)."""
    return len(piece.text) <= 6 and (not re.search(r"\d", piece.text) or _NOTE.fullmatch(piece.text) is not None)


_NOTE = re.compile(r"[（(](?:万?元|%|\d{1,3}(?:\.\d)?分)[)）]")


def _wrapped_round(top: list[Piece], middle: list[Piece], bottom: list[Piece]) -> list[Piece] | None:
    """The one header line that three lines make — tall labels begun on the first and ended on the third, each over
    the other in its column, the short labels on the middle line in columns of their own — or None."""
    side = [m for m in middle if top and m.end <= top[0].start and labels.funds_side(m.text)]
    middle = [m for m in middle if m not in side]  # (年度预算执行情况 on the middle line, left of the columns: the
    # block's side label, kept as the line's first cell; blind 7573)
    if len(top) < 2 or len(bottom) < 2 or len(bottom) > len(top) or not middle \
            or not all(_word(p) for p in (*top, *middle, *bottom)) \
            or any(_overlap(m, p) for m in middle for p in (*top, *bottom)):
        return None
    under = [[b for b in bottom if _overlap(t, b)] for t in top]  # (a label whole on the first line, nothing under it:
    if any(len(u) > 1 for u in under) or sum(len(u) for u in under) != len(bottom):  # 指标值 beside 一级 / 指标, 贵州,
        return None  # blind 7048)
    joined = [Piece(t.text + u[0].text, min(t.start, u[0].start), max(t.end, u[0].end),
                    min(t.char_start, u[0].char_start), max(t.char_end, u[0].char_end)) if u else t
              for t, u in zip(top, under)]
    if any(not u and labels.column_field(norm(t.text)) is None for t, u in zip(top, under)):
        return None
    found = sorted(side + joined + middle, key=lambda p: p.start)
    normed = [norm(p.text) for p in found]
    if not (fund_header(normed) or labels.is_indicator_header(normed)):
        return None
    return found


def _header_wrapped_round(lines: list[Line]) -> list[Line]:
    return _runs_merged(lines, 3, _wrapped_round)


def _header_over_two_lines(lines: list[Line]) -> list[Line]:
    """An indicator header whose labels stand on two lines, each in its own column (三级指标 | 年度指标值 | … | 偏差原因分析
    over 一级指标 | 二级指标 | 及改进措施): one line, the labels in their columns' order, a label's rest below it
    joined on."""
    return _runs_merged(lines, 2, _two_line_header)


def _runs_merged(lines: list[Line], size: int, merge: Callable[..., list[Piece] | None]) -> list[Line]:
    """The lines with each run of `size` consecutive lines that `merge` makes one (its pieces, or None) made so."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        run = lines[k:k + size]
        if len(run) == size and all(b[0] == a[0] + 1 for a, b in zip(run, run[1:])):
            found = merge(*(line[1] for line in run))
            if found is not None:
                out.append(_laid_line(lines[k][0], found))
                k += size
                continue
        out.append(lines[k])
        k += 1
    return out


def _two_line_header(top: list[Piece], bottom: list[Piece]) -> list[Piece] | None:
    if len(top) < 2 or len(top) + len(bottom) < 4 or not bottom \
            or not all(_word(p) or len(p.text) <= 8 and not re.search(r"\d", p.text) for p in (*top, *bottom)):
        return None
    tails_only = not any(labels.column_field(norm(p.text)) in ("level1", "level2", "name") for p in bottom)
    if tails_only and (not all(any(_overlap(t, p) for t in top) for p in bottom)
                       or not any(labels.column_field(norm(t.text)) is None
                                  and labels.column_field(norm(t.text) + "标") in ("level1", "level2") for t in top)):
        return None  # (the lower line holds a level's or the name's column label of its own, or only the ends of the
        # labels above it, the levels' cut before 标: 一级指 二级指 三级指标 年度指标 … / 标 标 值 …, blind 6854)
    joined = list(top)
    for piece in bottom:
        over = next((n for n, t in enumerate(joined) if _overlap(t, piece)), None)
        if over is None:
            joined.append(piece)
            continue
        t = joined[over]
        if labels.column_field(norm(t.text + piece.text)) is None:
            return None
        joined[over] = Piece(t.text + piece.text, min(t.start, piece.start), max(t.end, piece.end),
                             min(t.char_start, piece.char_start), max(t.char_end, piece.char_end))
    found = sorted(joined, key=lambda p: p.start)
    normed = [norm(p.text) for p in found]
    upper = {labels.column_field(norm(p.text)) for p in top} - {None}
    lower = {labels.column_field(norm(p.text)) for p in bottom if not any(_overlap(t, p) for t in top)} - {None}
    whole = [labels.column_field(t) for t in normed]
    if None not in whole and len(set(whole)) == len(whole) and {"level1", "name", "value"} <= set(whole) \
            and labels.is_indicator_header(normed) \
            and all(labels.column_label(t) or f == "reason" and re.search(r"(原因|分析|措施|说明)$", t)
                    for t, f in zip(normed, whole)):  # (not 偏差原因分析及改, its end on a third line)
        return found  # (一级 二级 指标 指标 度量 … over 指标 指标 三级指标 性质 值 单位 …: every label whole and its
        # column's once, 四川 — blind 6416)
    if tails_only:
        return None  # (the ends alone joined on only where that makes every label whole)
    if upper & lower or "value" not in upper or not labels.is_indicator_header(normed) \
            or any(labels.column_field(norm(p.text)) is None for p in top):  # (年度 | 实际 over the labels they begin:
        # a three-line header's, read as such)
        return None  # (two lines of one header's labels, each column's once; not a header over a header)
    return found


def _sources_round_amounts(lines: list[Line]) -> list[Line]:
    out = list(lines)
    for k in range(len(out) - 2):
        (n1, top, _, _), (n2, middle, _, _), (n3, bottom, _, _) = out[k], out[k + 1], out[k + 2]
        if not top or not bottom or n2 != n1 + 1 or n3 != n2 + 1 or len(middle) < 2 \
                or not all(labels.FIGURE.fullmatch(p.text) for p in middle):
            continue
        begun, ended = top[-1], bottom[-1]
        if not labels.source_begun(begun.text) or not labels.SOURCE_END.fullmatch(ended.text) \
                or abs(begun.start - ended.start) > 8 \
                or ended.end > middle[0].start or begun.end > middle[0].start:
            continue
        label = Piece(begun.text + ended.text, begun.start, max(begun.end, ended.end), begun.char_start,
                      max(begun.char_end, ended.char_end))
        out[k] = _laid_line(n1, [*top[:-1], label, *middle])
        out[k + 1] = (n2, [], [], "")
        out[k + 2] = _laid_line(n3, bottom[:-1])
    return out


def _note_round_label(lines: list[Line]) -> list[Line]:
    """A block's note whose text, centred on its label's line, begins on the line above it, alone in the text's
    column (预算执行率87.60%，部分服务站设备采购合同 / 预算执行率未达到90%原因  年底签订，尾款…): the text whole beside
    its label."""
    out = list(lines)
    for k in range(len(out) - 1):
        (n1, top, _, _), (n2, below, _, _) = out[k], out[k + 1]
        if n2 != n1 + 1 or len(top) != 1 or len(below) != 2 or not re.search(r"[\u4e00-\u9fff]{4}", top[0].text):
            continue
        label, text, begun = below[0], below[1], top[0]
        if not labels.NOTE_LABEL.search(norm(label.text)) or abs(text.start - begun.start) > 2 \
                or begun.start < label.end:
            continue
        whole = Piece(begun.text + text.text, min(begun.start, text.start), max(begun.end, text.end),
                      min(begun.char_start, text.char_start), max(begun.char_end, text.char_end))
        out[k] = (n1, [], [], "")
        out[k + 1] = _laid_line(n2, [label, whole])
    return out
