"""A table of several projects copied one text run a line (Foxit's copy, plain pdftotext): the project's own
cells (单位名称 | 项目名称 | 预算数 | 年度目标, merged down its rows) come as a run of pieces of their own — first,
where the viewer draws cell by cell, or at the middle of the project's rows, where pdftotext prints a merged
cell. The run is found by its shape (text pieces and money amounts, no indicator value, closed by a goal's full
stop), cut into cells where a piece falls short of its cell's width (the last line of a wrapped cell), where an
amount or a unit's code (511001-) stands, and the cells placed in the project columns."""
from __future__ import annotations

import re

from wcwidth import wcswidth

from jxcheck.engine.levels import norm
from jxcheck.engine.readers import labels

_AMOUNT = re.compile(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+\.\d{2}")  # 5,616,000.00, 96.00: a budget, never a target
_CODE = re.compile(r"\d{3,}\s*[-－]")  # 511001-昭觉县…: a unit's code opens its cell
_VALUE = re.compile(r"^[≥≤=＝<>＞＜≧≦]|^\d+(\.\d+)?\s*[%‰]?$|^\d+(\.\d+)?\s*[\u4e00-\u9fff/·]{1,6}$")
_MOST = 60  # a run longer than this is no project's cells


def project_columns(normed: list[str]) -> dict[str, int]:
    from jxcheck.engine.readers import projects  # (projects reads text rows, whose reader imports this module)
    return projects.project_columns(normed)


def count(body: list[tuple[int, str]], start: int) -> int:
    """How many of the labels just above the indicator table's own (at `start`) head project columns."""
    m = 0
    while start - m - 1 >= 0 and _kind(body[start - m - 1][1]) is not None:
        m += 1
    kinds = [_kind(t) for _, t in body[start - m:start]]
    return m if m >= 2 and ("project" in kinds or "goal" in kinds) and len(set(kinds)) == m else 0


def _kind(text: str) -> str | None:
    t = norm(text)
    if not t or len(t) > 12 or labels.column_field(t) not in (None, "extra"):
        return None
    found = project_columns([t])
    if found:
        return next(iter(found))
    return "goal" if labels.goal_term(t, beside_sentence=True) else None  # 项目年度绩效目标 (a 一级's name too)


def zone(body: list[tuple[int, str]], k: int) -> int | None:
    """Where a run of project cells that starts at `k` ends (exclusive), or None where none starts there."""
    sentence = False
    for j in range(k, min(len(body), k + _MOST)):
        text = body[j][1]
        if labels.is_level(text) or labels.cut_level(text) or _VALUE.search(text) and not _AMOUNT.fullmatch(text):
            return None
        sentence = sentence or bool(re.search(r"[，,、；;]", text))
        if text.endswith("。"):
            return j + 1 if sentence and j > k else None
    return None


def cells(pieces: list[tuple[int, str]]) -> list[tuple[int, str, bool]]:
    """The run cut into its cells: (line, text, is an amount)."""
    out: list[tuple[int, str, bool]] = []
    widest = 0
    open_ = False
    for number, text in pieces:
        if _AMOUNT.fullmatch(text):
            out.append((number, text, True))
            open_ = False
            continue
        width = wcswidth(text)
        if open_ and not _CODE.match(text):
            line, before, _ = out[-1]
            out[-1] = (line, before + text, False)
            widest = max(widest, width)
            open_ = width >= widest - 2 and not text.endswith("。")
            continue
        out.append((number, text, False))
        widest = width
        open_ = not text.endswith("。")
    return out


def rows(pieces: list[tuple[int, str]], lead: list[str]) -> list[tuple[int, list[str]]]:
    """The run's cells as rows of the project columns: a unit's subtotal (its name and amount) before the project's
    own row (unit, project, budget, goal), each closed by its amount; the goal the run's last cell."""
    roles = {kind: j for j, kind in enumerate(map(_kind, lead)) if kind is not None}
    at = {index: role for role, index in roles.items()}
    text_columns = [j for j in range(len(lead)) if at.get(j) not in ("budget", "goal")]
    found = cells(pieces)
    goal = found.pop() if "goal" in roles and found and not found[-1][2] else None
    groups: list[list[tuple[int, str, bool]]] = [[]]
    for cell in found:
        groups[-1].append(cell)
        if cell[2]:
            groups.append([])
    if not groups[-1]:
        groups.pop()
    out: list[tuple[int, list[str]]] = []
    for n, group in enumerate(groups):
        row = [""] * len(lead)
        texts = [c for c in group if not c[2]]
        amounts = [c for c in group if c[2]]
        last = n == len(groups) - 1  # the project's own row: its name in the last text column; a unit's subtotal
        columns = (text_columns[-len(texts):] if texts else []) if last else text_columns  # row: in the first
        for j, cell in zip(columns, texts[-len(text_columns):]):
            row[j] = cell[1]
        if amounts and "budget" in roles:
            row[roles["budget"]] = amounts[-1][1]
        if n == len(groups) - 1 and goal is not None:
            row[roles["goal"]] = goal[1]
        out.append((group[0][0] if group else goal[0] if goal else pieces[0][0], row))
    if not out and goal is not None:
        row = [""] * len(lead)
        row[roles["goal"]] = goal[1]
        out.append((goal[0], row))
    return out
