"""Check kinds over the form as a whole: scheme mix, empty groups, counts, duplicates, copies,
required columns, filler values and sign-off fields."""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterator

from jxcheck.engine.findings import Problem, problem
from jxcheck.engine.model import Form, Location
from jxcheck.engine.rules.checks import check_kind, item_problem, items
from jxcheck.engine.rules.predicates import Context
from jxcheck.engine.rules.rulebook import Rule
from jxcheck.engine.values.types import Quantity


def _first(form: Form) -> Location:
    return form.indicators[0].location if form.indicators else Location()


@check_kind("scheme_mix", {"level1", "level2"}, params={"cost_level2"})
def scheme_mix(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """STR-03: 成本指标 both as a 一级 and as a 二级, or a 101 二级 (经济成本指标 …) under a legacy 一级."""
    as_level1 = [i for i in form.indicators if ctx.level1(i.level1) == "成本指标"]
    as_level2 = [i for i in form.indicators if ctx.level1(i.level1) != "成本指标"
                 and ctx.level2(i.level2) in rule.params.get("cost_level2", ())]
    if as_level2 and (as_level1 or any(ctx.level2(i.level2) != "成本指标" for i in as_level2)):
        where = as_level2[0]
        yield problem(rule.id, where.location, path=where.path, subject=where.level2, level1=where.level1,
                      level2=where.level2)


@check_kind("empty_groups", {"level1", "level2", "n", "block", "block_en"})
def empty_groups(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """STR-04: a 二级 with no 三级 indicator at all (one finding per group; an unused second slot of a
    group that has its indicator is no defect)."""
    filled = {(i.block, ctx.level1(i.level1), ctx.level2(i.level2)) for i in form.indicators if i.name.strip()}
    seen: set[tuple[str, str, str]] = set()
    blocks = {i.block for i in form.indicators} | {g[3] for g in form.empty_groups}
    for level1, level2, location, block in form.empty_groups:
        key = (block, ctx.level1(level1), ctx.level2(level2))
        if key in seen or key in filled:
            continue
        seen.add(key)
        shown = level2 or level1  # a 一级 row with nothing under it names the 一级
        named = len(blocks) > 1  # 年度 and 实施期 side by side: say which one the empty group is in
        yield problem(rule.id, location, path=(level1, level2), subject=shown, level1=level1, level2=shown,
                      n=location.number(), block=f"（{block}指标）" if named else "",
                      block_en=f" ({block} indicators)" if named else "")


@check_kind("min_indicators", {"count", "minimum"}, params={"total"})
def min_indicators(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """STR-07: at least `total` named indicators; 产出 has a 数量 and a 质量 or 时效 indicator."""
    named = [i for i in form.indicators if i.name.strip()]
    if len(named) < int(rule.params.get("total", 3)):
        yield problem(rule.id, _first(form), case="total", count=len(named), minimum=rule.params.get("total", 3))
    output = {ctx.level2(i.level2) for i in named if ctx.level1(i.level1) == "产出指标"}
    if output and "数量指标" not in output:
        yield problem(rule.id, _first(form), case="quantity", subject="产出指标")
    if output and not output & {"质量指标", "时效指标"}:
        yield problem(rule.id, _first(form), case="quality", subject="产出指标")


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
    """STR-09: the 年度 goal or indicators copy the 实施期 ones word for word."""
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


@check_kind("required_columns", {"columns"}, per_item=True, params={"columns"})
def required_columns(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """STR-10: where the template has a column of `columns` (绩效标准, 指标解释 …), each row fills it."""
    wanted = [c for c in rule.params.get("columns", []) if f"extra:{c}" in form.meta.columns]
    for item in items(rule, form, ctx):
        extras = dict(item.extras)
        empty = [c for c in wanted if not extras.get(f"extra:{c}", "").strip()]
        if empty:
            yield item_problem(rule, item, form, columns="、".join(empty))


@check_kind("filler", {"count", "total", "value"}, per_item=True, params={"min_rows", "share"})
def filler(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """VAL-08: the same bare number in most rows, or a value that repeats the indicator's name."""
    numbers = [i for i in form.indicators if isinstance(i.value, Quantity) and i.value.unit_kind != "percent"]
    counts = Counter((i.value.number, i.value.unit) for i in numbers)
    if counts and len(numbers) >= int(rule.params.get("min_rows", 4)):
        (number, unit), n = counts.most_common(1)[0]
        if n >= int(rule.params.get("min_rows", 4)) and n / len(form.indicators) >= float(rule.params.get("share", 0.8)):
            yield problem(rule.id, numbers[0].location, case="same", subject=f"{number}{unit or ''}",
                          count=n, total=len(form.indicators), value=f"{number}{unit or ''}")
    for item in form.indicators:
        phrase = getattr(item.value, "phrase", None)
        if phrase and re.sub(r"[。.\s]", "", phrase) == re.sub(r"[。.\s]", "", item.name):
            yield item_problem(rule, item, form, case="echo")


@check_kind("signoff", {"missing"}, params={"fields"})
def signoff(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """DATE-04: 填报日期, 填表人 and 单位负责人 are on the form and filled in."""
    fields = dict(form.meta.fields)
    missing = []
    for label, aliases in rule.params.get("fields", {}).items():
        values = [fields[a] for a in [label, *aliases] if a in fields]
        if not any(v.strip() for v in values):
            missing.append(label)
    if missing:
        yield problem(rule.id, Location(), subject="、".join(missing), missing="、".join(missing))
