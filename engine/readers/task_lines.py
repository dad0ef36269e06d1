"""A task table copied with pdftotext -layout from a PDF that centres each row's one-line cells down the row: the
task's name and amounts stand on the middle line of its wrapped content, the content's first lines above them.

    保障在职在编21人工资福利、社会保障缴费及
    机关运行及人员保障 | 日常办公、水电、差旅、公务用车运行等支出 | 186.42 | 186.42
    。
    按月发放伤残军人、“三属”、在乡老复员军人
    优抚对象抚恤补助 | 、带病回乡退伍军人等重点优抚对象定期抚恤 | 1423.56 | 1423.56

The lines of content alone between two tasks are shared: the upper task takes as many below it as it has above
(one more or fewer where that ends its text at a sentence's end), the lower the rest."""
from __future__ import annotations

import re

from jxcheck.engine.readers import labels

Placed = tuple[int, dict[int, int], list[str]]  # a line's number, its cells' spans by column, its cells

_TOTAL = re.compile(r"合计|总计|小计")
_SENTENCE_END = re.compile(r"[。；;]$")


def _column(header: list[str], words: tuple[str, ...]) -> int | None:
    bares = [labels.strip_suffix(labels.norm(t)) for t in header]
    return next((j for j, b in enumerate(bares) if b in words), None)


def centred(placed: list[Placed]) -> list[Placed]:
    """The table's lines (its header first) with each centred task made one row on its name's line, its content
    whole; the lines as they came where the table is no task table or its first task starts on its own line."""
    if len(placed) < 3:
        return placed
    header = placed[0][2]
    name, content = _column(header, (*labels.TASK_NAMES, "任务")), _column(header, labels.TASK_CONTENTS)
    if name is None or content is None:
        return placed

    def cell(cells: list[str], j: int) -> str:
        return cells[j] if j < len(cells) else ""

    side = min(name, content)  # (cells left of the table's: the side label 年度主要任务, a word a line)

    def piece(cells: list[str]) -> bool:  # content alone on its line
        return bool(cell(cells, content)) and all(not t for j, t in enumerate(cells) if j != content and j >= side) \
            and not _TOTAL.search(cell(cells, content))

    def anchor(cells: list[str]) -> bool:  # a task's name and its amounts
        others = [t for j, t in enumerate(cells) if t and j not in (name, content) and j >= side]
        return bool(cell(cells, name)) and not _TOTAL.search(cell(cells, name)) and bool(others) \
            and all(labels.FIGURE.fullmatch(t.replace(" ", "")) for t in others)

    body = _names_round_amounts(placed[1:], name, content, side)
    placed = [placed[0], *body]
    first = next((k for k, (_, _, c) in enumerate(body) if piece(c) or anchor(c)), None)
    if first is None or not piece(body[first][2]) \
            or any(cell(c, name) or cell(c, content) for _, _, c in body[:first]):
        return placed  # (only a table whose first task begins on a line of its content alone: its sub-header above)
    from jxcheck.engine.readers import goals  # (goals reads text's rows, which read this module)
    end = first
    while end < len(body) and (piece(body[end][2]) and not goals.numbered(cell(body[end][2], content))
                               or anchor(body[end][2])):
        end += 1  # (目标1：… under the last task, the goal's first line beside no label yet: the goal's)
    run = body[first:end]
    anchors = [k for k, (_, _, c) in enumerate(run) if anchor(c)]
    if not anchors:
        return placed
    texts = [cell(c, content) for _, _, c in run]
    shares: list[tuple[int, int]] = []  # each task's lines: from, to (inclusive)
    start = 0
    for i, at in enumerate(anchors):
        if i + 1 == len(anchors):
            shares.append((start, len(run) - 1))
            break
        between = anchors[i + 1] - at - 1
        above = at - start
        low = 1 if not texts[at] and between else 0  # (a task whose own line has no content: its content parted
        high = between - 1 if not texts[anchors[i + 1]] and between else between  # round it, a line at least each side)
        options = [s for s in (above, above + 1, above - 1) if low <= s <= high] or [max(low, min(above, high))]
        ends = [s for s in options if _SENTENCE_END.search(texts[at + s])]
        take = (ends or options)[0]
        shares.append((start, at + take))
        start = at + take + 1
    rows: list[Placed] = []
    for (lo, hi), at in zip(shares, anchors):
        number, spans, cells = run[at]
        cells = list(cells)
        cells[content] = "".join(texts[lo:hi + 1])
        for j in range(side):  # (the side label's words on the task's lines: kept on its row)
            cells[j] = cells[j] or next((c[j] for _, _, c in run[lo:hi + 1] if j < len(c) and c[j]), "")
        rows.append((number, spans, cells))
    return [placed[0], *body[:first], *rows, *body[end:]]


def _names_round_amounts(body: list[Placed], name: int, content: int, side: int) -> list[Placed]:
    """A task whose name wraps round its amounts' line, its content beside (公共文化服务及文旅 | 开展送戏下乡… / 250 /
    融合发展 | 查及…宣传推介): its three lines one, on the amounts' line, name and content whole — the name where it
    stands, in its column or left of the table under a header centred over it (blind 7572)."""
    def cell(cells: list[str], j: int) -> str:
        return cells[j] if j < len(cells) else ""

    def named(cells: list[str]) -> int | None:  # the name's column on a line of a name and content only
        filled = [j for j, t in enumerate(cells) if t and j != content]
        if len(filled) != 1 or filled[0] != name and filled[0] >= side or _TOTAL.search(cells[filled[0]]) \
                or labels.FIGURE.fullmatch(cells[filled[0]].replace(" ", "")):
            return None
        return filled[0]

    def amounts_only(cells: list[str]) -> bool:  # amounts alone, no name and no content (not 保障 | 福利及… | 28650.00:
        # a tall row's second line), the side label's word beside them (年度 / 主要 / 任务 down its column)
        others = [t for j, t in enumerate(cells) if t and j >= side]
        return bool(others) and all(labels.FIGURE.fullmatch(t.replace(" ", "")) for t in others) \
            and all(re.fullmatch(r"[\u4e00-\u9fff]{1,4}", cell(cells, j)) or not cell(cells, j) for j in range(side))
    out = list(body)
    k = 1
    while k + 1 < len(out):
        (_, _, above), (number, spans, cells), (_, _, below) = out[k - 1], out[k], out[k + 1]
        j = named(above)
        if amounts_only(cells) and j is not None and named(below) == j and not re.search(r"[。；;]$", above[j]):
            whole = [*cells, *[""] * (max(j, content) + 1 - len(cells))]
            whole[j] = above[j] + below[j]
            whole[content] = cell(above, content) + cell(cells, content) + cell(below, content)
            out[k - 1:k + 2] = [(number, spans, whole)]
        k += 1
    return out
