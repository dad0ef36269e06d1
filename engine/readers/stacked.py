"""Forms one after another in one file: a published page that prints a table per project (重庆 表十二, each with its
own title, 编制单位, 专项资金名称 and indicator table). Each becomes a form of its own, named by its project.
A second indicator table of the same form (实施期 then 年度, or a table continued under a goal) is no new form:
a new form starts only where a title, a project label or the first form's opening line comes again."""
from __future__ import annotations

from jxcheck.engine.readers import labels
from jxcheck.engine.readers.projects import Part
from jxcheck.engine.readers.text import Row


def split(rows: list[Row]) -> list[Part] | None:
    """The forms of a file that holds several one after another, in order; None for a file of one form."""
    headers = [k for k, row in enumerate(rows)
               if labels.is_indicator_header([labels.norm(t) for t in row.texts if t])]
    if len(headers) < 2:
        return None
    opening = {_key(r) for r in rows[:headers[0]][:3] if _key(r)}
    starts = [0]
    for before, header in zip(headers, headers[1:] + [len(rows)]):  # and after the last table: a form cut short
        start = next((k for k in range(before + 1, header) if _starts_form(rows[k], opening)), None)
        if start is not None:
            starts.append(start)
    if len(starts) < 2:
        return None
    bounds = list(zip(starts, starts[1:] + [len(rows)]))
    return [Part(_name(rows[a:b], n), rows[a:b]) for n, (a, b) in enumerate(bounds, 1)]


def _key(row: Row) -> str:
    return "|".join(labels.norm(t) for t in row.texts if t)


def _starts_form(row: Row, opening: set[str]) -> bool:
    tokens = [t for t in row.texts if t]
    if not tokens:
        return False
    return _key(row) in opening or labels.form_kind(tokens[0]) is not None \
        or labels.header_label(tokens[0]) == "project"


def _name(rows: list[Row], n: int) -> str:
    for row in rows:
        tokens = [t for t in row.texts if t]
        if len(tokens) >= 2 and labels.header_label(tokens[0]) == "project":
            return labels.norm(tokens[1])
    return f"第{n}张表"
