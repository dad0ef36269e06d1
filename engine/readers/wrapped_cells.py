"""Cells a copy's narrow columns wrapped onto lines of their own, joined back before the rows are read: a note
written after its label, line by line; a row's cells' last pieces on the line below, in their order; a field's label
cut in two; level labels wrapped round their one row (the copies of text.split_rows)."""
from __future__ import annotations

import re

from jxcheck.engine.readers import labels, spaced


_NOTE_BEGUN = re.compile(r"(说明|原因)[:：]\s*\S")  # 预算调整说明：年中追: a note's text begun after its label
_SENTENCE_DONE = re.compile(r"[。.！!；;]$")


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
        if nb == na + 1 and nc == nb + 1 and tops and len(tops) == len(ends) <= 2 \
                and all(labels.cut_level(t) and labels.known_level(t + e) for t, e in zip(tops, ends)) \
                and len([c for c in row if c.strip()]) >= 3 and not any(labels.known_level(c) for c in row):
            joined = [t + e for t, e in zip(tops, ends)]
            out[k - 1:k + 2] = [(nb, [*joined, *[c for c in row if c.strip()]])]
        k += 1
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
        if out and number == last + 1 and len(filled) == 1 and out[-1][1] and out[-1][1][0].strip() \
                and labels.header_label(labels.norm(out[-1][1][0])) is None \
                and labels.header_label(labels.norm(out[-1][1][0].strip() + filled[0])) is not None:
            above = out[-1][1]  # 部门（单 | 霍邱县民政局 / 位）名称: a field's label wrapped in its narrow cell, its value
            out[-1] = (out[-1][0], [above[0].strip() + filled[0], *above[1:]])  # beside its first line
            last = number
            continue
        if out and len(out[-1][1]) >= 4 and number == last + 1:
            pieces = [c.strip() for c in cells if c.strip()]
            raw = lines[number - 1].split() if 0 < number <= len(lines) else []
            if len(pieces) == 1 and len(raw) > 1 and "".join(raw) == pieces[0]:
                pieces = raw  # (标 余: two cells' ends a space apart, read as one)
            joined = _tails_placed(out[-1][1], pieces)
            if joined is not None:
                out[-1] = (out[-1][0], joined)
                last = number
                continue
        out.append((number, cells))
        last = number
    return out


def _tails_placed(above: list[str], pieces: list[str]) -> list[str] | None:
    """The row above with each piece joined to the cell it completes, in order; None where a piece fits none."""
    if not pieces or len(pieces) > 3 or any(len(p) > 6 or labels.header_label(p) or labels.is_level(p)
                                            or labels.known_level(p) for p in pieces):
        return None
    row = list(above)
    at = 0
    for piece in pieces:
        found = None
        for k in range(at, len(row)):
            cell = row[k].strip()
            if _completes(cell, piece):
                found = k
                break
        if found is None:
            return None
        row[found] = row[found].rstrip() + piece
        at = found + 1
    return row


def _completes(cell: str, piece: str) -> bool:
    """Whether `piece` is the wrapped end of `cell`: a level's weight after its open bracket (满意度指标（ / 10分）), a
    level's name cut (服务对象满意 / 度指标, 可持续影响指 / 标), a date or a unit cut after its figures."""
    if not cell or not piece:
        return False
    if labels.weight_only(piece) and labels.is_level1(cell) and not re.search(r"分\s*[)）]?$", cell):
        return True  # 效益指标 / （30分）: a level's weight below its name (blind 4613)
    if re.search(r"[（(]\s*\d+(\.\d+)?\s*分?$", cell):  # 满意度指标（10分 / ）: the weight's bracket closed below
        return re.fullmatch(r"分?\s*[)）]", piece) is not None
    if re.search(r"[（(]$", cell):
        return labels.weight_only(cell[-1] + piece) or labels.known_level(cell + piece)
    if re.search(r"\d{4}年\d{1,2}(月\d{1,2})?$", cell):  # 2019年10月31 / 日前, 2019年10月25 / 日配送到位: a date cut
        cut = re.match(r"(\d?)[日号月]", piece)  # before its day's or month's word, or inside the day (2023年5月2 / 6日,
        return cut is not None and (not cut.group(1) or re.search(r"月\d$", cell) is not None)  # blind 4613)
    if re.search(r"\d{4}年\d{1,2}月$", cell):  # 2021年10月 / 20日: a date cut before its day (blind 4649)
        return re.fullmatch(r"\d{1,2}[日号](前|止|内|以前|之前)?", piece) is not None
    if spaced.unit_cut(cell, piece):  # ≤35万元/平方公 / 里: a unit cut
        return True
    return (labels.known_level(cell + piece) or labels.cut_level(cell) and labels.cut_level(cell + piece)) \
        and not labels.known_level(cell)  # (服务对象 / 满意度指 / 标: a level's name over three lines)


def _note_piece(text: str) -> bool:
    """A line of a note's wrapped text: no label of the form's own, no figure alone."""
    t = text.strip()
    return 0 < len(t) <= 30 and not labels.header_label(t) and not labels.goal_column(t) \
        and not labels.section_label(t) and not labels.known_level(t) and not labels.funds_side(t) \
        and not re.fullmatch(r"[\d.,%％\s—-]+", t) and not re.search(r"[:：]", t)
