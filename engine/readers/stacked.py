"""Forms one after another in one file: a published page that prints a table per project (重庆 表十二, each with its
own title, 编制单位, 专项资金名称 and indicator table). Each becomes a form of its own, named by its project.
A second indicator table of the same form (实施期 then 年度, or a table continued under a goal) is no new form:
a new form starts only where a title, a project label or the first form's opening line comes again, and a part
that names the same project (or opens the same way) as the one before it continues that one (a PDF repeats its
title and header on every page)."""
from __future__ import annotations

import re

from jxcheck.engine.readers import header, labels
from jxcheck.engine.readers.projects import Part
from jxcheck.engine.readers.text import Row


def split(rows: list[Row]) -> list[Part] | None:
    """The forms of a file that holds several one after another, in order; None for a file of one form."""
    first = {_key(r) for r in rows[:4] if _key(r)}  # cheap first: nothing below the top starts a form, no split
    if not any(_starts_form(row, first) for row in rows[4:]):
        return None
    headers = [k for k, row in enumerate(rows)
               if labels.is_indicator_header([labels.norm(t) for t in row.texts if t])]
    if not headers:
        return None
    opening = {_key(r) for r in rows[:headers[0]][:3] if _key(r)}
    starts = [0]
    for before, after in zip(headers, headers[1:] + [len(rows)]):  # after the last table too: a form cut short
        named = any(labels.header_label(t) == "project" for r in rows[:before] for t in r.texts[:1] if t)
        start = next((k for k in range(before + 1, after)
                      if _starts_form(rows[k], opening, after == len(rows), named)), None)
        while start is not None and start - 1 > before and header.unit_line([t for t in rows[start - 1].texts if t]):
            start -= 1  # 207101某某法院 | 单位:万元 just above the project's label: the new form's first line
        if start is not None:
            starts.append(start)
    bounds = list(zip(starts, starts[1:] + [len(rows)]))
    parts: list[tuple[int, int]] = []
    for a, b in bounds:
        if parts and _continues(rows[a:b], rows[parts[-1][0]:parts[-1][1]]):
            parts[-1] = (parts[-1][0], b)  # the same form, continued on the next page
        else:
            parts.append((a, b))
    if len(parts) < 2:
        return None
    return [Part(_name(rows[a:b], n), rows[a:b]) for n, (a, b) in enumerate(parts, 1)]


def _key(row: Row) -> str:
    return "|".join(labels.norm(t) for t in row.texts if t)


def _starts_form(row: Row, opening: set[str], last: bool = False, named: bool = True) -> bool:
    tokens = [t for t in row.texts if t]
    if not tokens or labels.ATTACHMENT.match(tokens[0]) and (last or _FILE.search(tokens[0])):
        return False  # 附件:…绩效目标表(.xlsx) after the last table, or naming a file: a notice naming the form it
    # attaches, not a second form's title (附件2：…绩效目标申报表 over a table of its own is one)
    return _key(row) in opening or labels.form_kind(tokens[0]) is not None \
        or labels.header_label(tokens[0]) == "project" and not _columns(tokens) and not (last and not named)
    # (项目名称 under the last table, with no table after it and none above it: the form's own 项目基本情况 block
    # printed below its indicators, not a form cut short)


_FILE = re.compile(r"\.(xlsx?|docx?|pdf|wps|et)\s*$", re.I)


def _columns(tokens: list[str]) -> bool:
    """项目名称 | 中央、省、市(州)、县级财政资金 | 资金计划 | 资金到位情况: the column labels of a funds table in a
    report, not a project's name beside its label."""
    return len(tokens) >= 3 and sum(1 for t in tokens[1:] if _MONEY_WORDS.search(t)) >= 2


_MONEY_WORDS = re.compile(r"资金|预算|金额|情况|计划|数$")


def _project(rows: list[Row]) -> str | None:
    for row in rows:
        tokens = [t for t in row.texts if t]
        if len(tokens) >= 2 and labels.header_label(tokens[0]) == "project":
            return labels.norm(tokens[1])
    return None


def _opening(rows: list[Row]) -> str:
    return next((_key(r) for r in rows if _key(r)), "")


def _continues(part: list[Row], before: list[Row]) -> bool:
    """The same form again: it names the same project, or names none and opens as the one before did (its title
    marked continued or not: …绩效目标申报表(续))."""
    project = _project(part)
    if project:
        return project == _project(before)
    first = next((r for r in part if _key(r)), None)
    if first is not None and header.unit_line([t for t in first.texts if t]) \
            and not any(labels.form_kind(t) for r in part[:4] for t in r.texts[:1] if t):
        return True  # （单位：万元） over the header again, no title, no project: the page after, its money unit repeated
    opening = _opening(part)
    return _plain_title(opening) == _plain_title(_opening(before)) or bool(_CONTINUED.search(opening))


_CONTINUED = re.compile(r"\s*[(（]\s*续\s*(表|上表|前表)?\s*[)）]\s*$|\s*续表\s*$")


def _plain_title(opening: str) -> str:
    """An opening line without its 续 mark or the year printed under the title (城口县…绩效目标表（2025年度） on page
    1, the title alone on page 2: one form, blind 7276)."""
    return labels.YEAR_AFTER.sub("", _CONTINUED.sub("", opening))


def _name(rows: list[Row], n: int) -> str:
    return _project(rows) or f"第{n}张表"
