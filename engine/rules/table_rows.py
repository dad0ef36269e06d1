"""Check kinds across an indicator table's rows: duplicate names (STR-08), 年度 copying 实施期 (STR-09),
columns the template requires (STR-10) and filler values (VAL-08)."""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

from jxcheck.engine.findings import Problem, problem
from jxcheck.engine.model import JOINED, Form, Indicator
from jxcheck.engine.rules.items import item_problem, items
from jxcheck.engine.rules.kinds import check_kind
from jxcheck.engine.rules.predicates import Context
from jxcheck.engine.rules.rule import Rule
from jxcheck.engine.values.types import Period, Quantity


_SPACE, _NUMERIC = re.compile(r"\s"), re.compile(r"[\d.%]+")


@check_kind("duplicates", {"first"}, per_item=True)
def duplicates(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """STR-08: the same 三级 name twice in one block; reported at each repeat."""
    seen: dict[tuple[str, str], int] = {}
    for item in form.indicators:
        key = (item.block, _SPACE.sub("", item.name))
        if not key[1] or _NUMERIC.fullmatch(key[1]):
            continue  # an empty or numeric name is STR-05's
        if key in seen:
            yield item_problem(rule, item, form, first=seen[key] or "")
        else:
            seen[key] = item.location.number() or 0


@check_kind("term_copy", params={"share"})
def term_copy(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """STR-09: the 年度 goal or indicators copy the 实施期 ones word for word (not in a project of one year, whose
    term is its year: 2025.01-2025.12)."""
    period = form.meta.period_value
    if isinstance(period, Period) and period.start.year is not None and period.start.year == period.end.year:
        return
    long = [g for g in form.goals if g.term == "实施期"]
    year = [g for g in form.goals if g.term == "年度"]
    for goal in year:
        if any(_same(goal.text, g.text) for g in long):
            yield problem(rule.id, goal.location, case="goal", subject=goal.label)
    block = lambda name: {(i.name, i.raw) for i in form.indicators if i.block == name and i.name}  # noqa: E731
    annual, term = block("年度"), block("实施期")
    share = float(rule.params.get("share", 0.8))
    if annual and term and len(annual & term) >= share * max(len(annual), len(term)):
        first = next(i for i in form.indicators if i.block == "年度")
        yield problem(rule.id, first.location, case="indicators", subject="年度绩效指标")


def _same(a: str, b: str) -> bool:
    strip = lambda t: re.sub(r"[\s，。,.;；、]", "", t)  # noqa: E731
    return bool(strip(a)) and strip(a) == strip(b)


@check_kind("required_columns", {"columns", "count"}, per_item=True, params={"columns"}, scopes=("indicator",))
def required_columns(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """STR-10: where the template has a column of `columns` (绩效标准, 指标解释 …), each row fills it; a column left
    empty on every row is one defect, said once (case column)."""
    wanted = [c for c in rule.params.get("columns", []) if f"extra:{c}" in form.meta.columns]
    chosen = items(rule, form, ctx)
    blank = lambda item, c: not dict(item.extras).get(f"extra:{c}", "").strip()  # noqa: E731
    unused = [c for c in wanted if len(chosen) >= 2 and all(blank(item, c) for item in chosen)]
    if unused:
        yield item_problem(rule, chosen[0], form, case="column", columns="、".join(unused), count=len(chosen))
    for c in wanted:  # left empty on most rows (4 or more): one finding for the column, at its first empty row
        empty_rows = [item for item in chosen if blank(item, c)]
        if c not in unused and len(empty_rows) >= 4 and 2 * len(empty_rows) >= len(chosen):
            unused.append(c)
            yield item_problem(rule, empty_rows[0], form, case="mostly", columns=c, count=len(empty_rows))
    for item in chosen:
        empty = [c for c in wanted if c not in unused and blank(item, c)]
        if empty:
            yield item_problem(rule, item, form, columns="、".join(empty))


@check_kind("filler", {"count", "total", "value"}, per_item=True, params={"min_rows", "share"})
def filler(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """VAL-08: the weights written as the targets (bare numbers adding up to 100), the same bare number in most
    rows, or a value that repeats the indicator's name."""
    numbers = [i for i in form.indicators if isinstance(i.value, Quantity) and i.value.unit_kind != "percent"]
    least = int(rule.params.get("min_rows", 4))
    bare = [i for i in numbers if not i.value.unit and not getattr(i.value, "op", None)]
    filled = [i for i in form.indicators if i.raw.strip()]
    if len(bare) >= least and len(bare) == len(filled) and sum(i.value.number for i in bare) == 100:
        yield problem(rule.id, bare[0].location, case="weights", subject="指标值", count=len(bare), total=len(filled),
                      value="100")  # 20 | 20 | 10 …: one defect, so not also "the same number everywhere"
    else:
        counts = Counter((i.value.number, i.value.unit) for i in numbers)
        if counts and len(numbers) >= least:
            (number, unit), n = counts.most_common(1)[0]
            if n >= least and n / len(form.indicators) >= float(rule.params.get("share", 0.8)):
                yield problem(rule.id, numbers[0].location, case="same", subject=f"{number}{unit or ''}",
                              count=n, total=len(form.indicators), value=f"{number}{unit or ''}")
        # 100% on nearly every row, most of them indicators that are no rate (补贴发放人数 100%, 项目成本 100%)
        percents = [i for i in form.indicators if isinstance(i.value, Quantity) and i.value.unit_kind == "percent"]
        common = Counter(i.value.number for i in percents).most_common(1)
        share = float(rule.params.get("share", 0.8))
        if common and common[0][1] >= least and common[0][1] / len(form.indicators) >= share:
            same = [i for i in percents if i.value.number == common[0][0]]
            if sum(1 for i in same if not _RATE.search(i.name)) >= least:
                yield problem(rule.id, same[0].location, case="same", subject=f"{common[0][0]}%", count=len(same),
                              total=len(form.indicators), value=f"{common[0][0]}%")
    for item in form.indicators:
        if _echoes(item):
            yield item_problem(rule, item, form, case="echo")


_RATE = re.compile(r"率|度|比例|比重|覆盖|占比|合格|达标|完成|到位|及时|知晓|参与|认可|百分比|程度|水平|%")


def _echoes(item: Indicator) -> bool:
    """A value that repeats its indicator's name: the whole name (2022年底之前 | 2022年底之前), or a phrase of four
    characters or more cut out of it (带动农民增收 | 农民增收, …能力持续提升 | 能力持续提升)."""
    bare = lambda t: re.sub(r"[。.\s]", "", t)  # noqa: E731
    name, raw = bare(item.name), bare(item.raw)
    if not name or not raw:
        return False
    if raw == name:  # (not one cell read as both, 三级指标及指标值 | 培训补贴按时发放: its wording is judged, not echoed)
        return JOINED not in dict(item.extras)
    phrase = getattr(item.value, "phrase", None)
    return bool(phrase) and len(raw) >= 4 and raw in name and not re.search(r"\d", raw)


KINDS = (duplicates, term_copy, required_columns, filler)
