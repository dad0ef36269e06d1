"""Check kinds: the algorithms a rule file names in `check: {kind: …}`, written once each.

A check yields Problems — where, which case, and the values its message needs — and
nothing else; the engine stamps id, severity and wording from the rule file.
"""
from __future__ import annotations

import re
import string
from decimal import Decimal
from typing import Callable, Iterable, Iterator

from jxcheck.engine.findings import Problem, Severity, problem
from jxcheck.engine.model import Budget, Form, Indicator, Task
from jxcheck.engine.rules.predicates import Context, compiled, matches, selected
from jxcheck.engine.rules.rulebook import Rule
from jxcheck.engine.units import WAN_FACTOR
from jxcheck.engine.values.types import dec_str

Check = Callable[[Rule, Form, Context], Iterable[Problem]]
CHECKS: dict[str, Check] = {}
PROVIDES: dict[str, frozenset[str]] = {"reader": frozenset({"reason", "content", "missing", "rule", "n"})}
ITEM_VALUES = frozenset({"n", "name", "name_or_empty", "money_unit", "year", "level1", "level2", "raw", "unit",
                         "written_unit", "in_form_unit", "op", "number", "notes", "error_note", "task", "total"})


PARAMS: dict[str, frozenset[str]] = {"reader": frozenset()}


def check_kind(name: str, provides: set[str] = frozenset(), per_item: bool = False,
               params: set[str] = frozenset()) -> Callable[[Check], Check]:
    """Register a check kind with the template values its problems carry and the parameters it reads
    (a rule file, profile or config that names others is refused when it is loaded)."""
    def register(fn: Check) -> Check:
        CHECKS[name] = fn
        PROVIDES[name] = frozenset(provides) | (ITEM_VALUES if per_item else frozenset())
        PARAMS[name] = frozenset(params)
        return fn
    return register


def mistakes(rule: Rule) -> list[str]:
    """What is wrong with a loaded rule: an unknown check kind, parameter or message placeholder."""
    if rule.kind not in CHECKS and rule.kind != "reader":
        return [f"check › kind：未知的检查方式“{rule.kind}”（可用：{'、'.join(sorted(CHECKS))}）"]
    out = [f"check › {key}：检查方式{rule.kind}没有这个参数（可用：{'、'.join(sorted(PARAMS[rule.kind])) or '无'}）"
           for key in rule.params if key not in PARAMS[rule.kind]]
    if rule.kind == "sum_equals":
        out += _compare_mistakes(rule.params.get("compare"))
    texts = {**rule.texts, **{f"cases › {c.name} › {k}": v for c in rule.cases for k, v in c.texts.items()}}
    for key, text in texts.items():
        try:
            fields = list(string.Formatter().parse(text))
        except ValueError as exc:
            out.append(f"{key}：花括号不成对（{exc}）")
            continue
        for _, name, spec, conversion in fields:
            if name is not None and (spec or conversion or not name.isidentifier()):
                out.append(f"{key}：占位符只能写成{{名称}}，不能带格式（{{{name}{'!' + conversion if conversion else ''}"
                           f"{':' + spec if spec else ''}}}）")
            elif name and name not in PROVIDES[rule.kind]:
                out.append(f"{key}：占位符{{{name}}}不可用（可用：{'、'.join(sorted(PROVIDES[rule.kind]))}）")
    return out


def _scope(rule: Rule, form: Form, ctx: Context) -> list:
    """The items a rule looks at: tasks, or indicators first narrowed by value kind when the rule
    names one (most do), which spares most of the condition tests."""
    if rule.scope == "task":
        return list(form.tasks)
    if rule.scope == "indicator":
        kinds = (rule.where or {}).get("value_kind")
        return ctx.by_kind(kinds) if kinds else list(form.indicators)
    return []


def items(rule: Rule, form: Form, ctx: Context) -> list:
    """The items of the rule's scope that its `where` selects."""
    return selected(rule.where, _scope(rule, form, ctx), ctx)


_WRITTEN_UNIT = re.compile(r"\d\s*([^\d\s()（）]+?)\s*(?:以上|以下|以内|之内|左右)?\s*(?:[(（].*)?$")


_SIDES = {"indicators": {"wan"}, "tasks": {"total", "fiscal", "other"}, "total": {"total", "fiscal", "other"}}


def _compare_mistakes(compare: object) -> list[str]:
    """The `compare` list of sum_equals: each entry a left and a right side over known items and fields."""
    from jxcheck.engine.rules.predicates import problems as where_problems
    if not isinstance(compare, list) or not compare:
        return ["check › compare：应为非空列表，每项含 left 和 right"]
    out = []
    for n, pair in enumerate(compare, start=1):
        for side in ("left", "right"):
            spec = pair.get(side) if isinstance(pair, dict) else None
            if not isinstance(spec, dict) or spec.get("of") not in _SIDES:
                out.append(f"check › compare › 第{n}项 › {side} › of：应为 {'、'.join(_SIDES)} 之一")
            elif spec.get("field", "total" if spec["of"] != "indicators" else "wan") not in _SIDES[spec["of"]]:
                out.append(f"check › compare › 第{n}项 › {side} › field：应为 {'、'.join(sorted(_SIDES[spec['of']]))} 之一")
            else:
                out += [f"check › compare › 第{n}项 › {side} › where：{m}" for m in where_problems(spec.get("where"))]
    return out


def item_values(item: Indicator | Task, form: Form) -> dict[str, object]:
    """The template values every message may use about one item and its form."""
    common = {"n": item.location.number(), "name": item.name, "name_or_empty": item.name or "（空）",
              "money_unit": form.meta.money_unit, "year": form.meta.year or ""}
    if isinstance(item, Task):
        return {**common, "task": item.name, "total": dec_str(item.budget.total)}
    v = item.value
    written = _WRITTEN_UNIT.search(item.raw)
    wan, factor = getattr(v, "wan", None), WAN_FACTOR.get(form.meta.money_unit)
    reason = getattr(v, "reason", "") if getattr(v, "kind", "") == "invalid" else ""
    return {**common, "level1": item.level1, "level2": item.level2,
            "raw": _shown(item), "unit": getattr(v, "unit", None) or "",
            "written_unit": written.group(1) if written else (item.unit_cell or ""),
            "in_form_unit": dec_str(wan / factor) if wan is not None and factor else "",
            "op": getattr(v, "op", None) or "",
            "number": getattr(v, "number", ""), "notes": "；".join(getattr(v, "notes", ())),
            "error_note": f"（{reason}）" if reason else ""}


def _shown(item: Indicator) -> str:
    """The value as the form shows it: its cell, or the 指标性质 | 指标值 | 计量单位 cells it is split over."""
    if not item.raw.strip():
        return "（空）"
    if item.nature or item.unit_cell:
        return " | ".join(t for t in (item.nature, item.raw, item.unit_cell) if t and t.strip())
    return item.raw


def item_problem(rule: Rule, item: Indicator | Task, form: Form, case: str | None = None,
                 severity: Severity | None = None, **extra: object) -> Problem:
    path = item.path if isinstance(item, Indicator) else ()
    return problem(rule.id, item.location, path=path, subject=item.name, case=case, severity=severity,
                   **{**item_values(item, form), **extra})


def _choose(rule: Rule, item: Indicator, ctx: Context, test) -> str | None:
    """The case of `rule` this indicator meets ("" for a rule without cases), or None."""
    if not test(item, ctx):
        return None
    if not rule.cases:
        return ""
    case = next((c for c in rule.cases if matches(c.when, item, ctx)), None)
    return case.name if case else None


@check_kind("each", per_item=True)
def each(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """Every item that matches `where` (and the first matching case, when the rule has cases)."""
    if rule.scope != "indicator":
        for item in items(rule, form, ctx):
            case = next((c for c in rule.cases if matches(c.when, item, ctx)), None) if rule.cases else None
            if not rule.cases or case is not None:
                yield item_problem(rule, item, form, case=case.name if case else None)
        return
    test = compiled(rule.where)
    rows, rid = ctx.rows(), id(rule)
    for item in _scope(rule, form, ctx):
        entry = rows[id(item)]
        seen = entry.get(rid)
        if seen is not None and seen[0] is rule:
            chosen = seen[1]
        else:
            chosen = _choose(rule, item, ctx, test)
            entry[rid] = (rule, chosen)
        if chosen is not None:
            yield item_problem(rule, item, form, case=chosen or None)


def _task_field(task: Task | Budget, name: str, form: Form) -> Decimal:
    budget = task.budget if isinstance(task, Task) else task
    amount = getattr(budget, name) or Decimal(0)
    return amount * WAN_FACTOR.get(form.meta.money_unit, Decimal(1))


def _side(spec: dict, form: Form, ctx: Context) -> tuple[Decimal, int] | None:
    """Sum of one side of a cross-check and how many items it took; None when the side is absent."""
    of, name = spec["of"], spec.get("field", "total")
    where = spec.get("where")
    if of == "indicators":
        chosen = selected(where, form.indicators, ctx)
        return sum((getattr(i.value, name) or Decimal(0) for i in chosen), Decimal(0)), len(chosen)
    if of == "tasks":
        chosen = [t for t in form.tasks if matches(where, t, ctx)]
        return sum((_task_field(t, name, form) for t in chosen), Decimal(0)), len(chosen)
    if of == "total":
        return (_task_field(form.total, name, form), 1) if form.total else None
    raise ValueError(f"unknown side {of!r}")


@check_kind("sum_equals", {"a", "b", "d", "count", "label"}, params={"compare", "tolerance"})
def sum_equals(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """Cross-check sums in 万元: params `compare: [{left, right, label}]`, `tolerance`."""
    tolerance = Decimal(str(rule.params.get("tolerance", "0.01")))
    for pair in rule.params["compare"]:
        left, right = _side(pair["left"], form, ctx), _side(pair["right"], form, ctx)
        if not left or not right or not left[1] or not right[1]:
            continue  # nothing to compare on one side: the rule does not apply to this form
        diff = left[0] - right[0]
        if abs(diff) > tolerance:
            yield problem(rule.id, form.total_location or _first_location(form), subject=pair.get("label", ""),
                          a=dec_str(left[0]), b=dec_str(right[0]), d=dec_str(abs(diff)),
                          count=left[1], label=pair.get("label", ""))


def _first_location(form: Form):
    return form.tasks[0].location if form.tasks else form.indicators[0].location if form.indicators else None


@check_kind("parts_sum", {"a", "b", "d", "label", "column", "also", "also_en"}, per_item=True,
            params={"parts", "tolerance"})
def parts_sum(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """Per task: `total` equals the sum of `parts` (empty cells count 0), within `tolerance`;
    and per column of a project's funds table (case funds)."""
    from jxcheck.engine.rules.money import funds_sum  # the funds table's variant lives with the money checks
    tolerance = Decimal(str(rule.params.get("tolerance", "0.01")))
    yield from funds_sum(rule, form, tolerance)
    for task in items(rule, form, ctx):
        b = task.budget
        parts = [getattr(b, p) for p in rule.params.get("parts", ["fiscal", "other"])]
        if b.total is None or all(p is None for p in parts):
            continue
        total_parts = sum((p or Decimal(0) for p in parts), Decimal(0))
        if abs(b.total - total_parts) > tolerance:
            yield item_problem(rule, task, form, a=dec_str(b.total), b=dec_str(total_parts),
                               d=dec_str(abs(b.total - total_parts)))
