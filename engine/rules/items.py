"""The items a rule looks at (indicators, tasks) and the template values a problem about one of them carries."""
from __future__ import annotations

import re

from jxcheck.engine.findings import Problem, Severity, problem
from jxcheck.engine.model import Form, Indicator, Task
from jxcheck.engine.rules.predicates import Context, selected
from jxcheck.engine.rules.rule import Rule
from jxcheck.engine.units import WAN_FACTOR
from jxcheck.engine.values.types import dec_str

_WRITTEN_UNIT = re.compile(r"\d\s*([^\d\s()（）]+?)\s*(?:以上|以下|以内|之内|左右)?\s*(?:[(（].*)?$")


def in_scope(rule: Rule, form: Form, ctx: Context) -> list:
    """The items of a rule's scope: tasks, or indicators first narrowed by value kind when the rule
    names one (most do), which spares most of the condition tests."""
    if rule.scope == "task":
        return list(form.tasks)
    if rule.scope == "indicator":
        kinds = (rule.where or {}).get("value_kind")
        return ctx.by_kind(kinds) if kinds else list(form.indicators)
    return []


def items(rule: Rule, form: Form, ctx: Context) -> list:
    """The items of the rule's scope that its `where` selects."""
    return selected(rule.where, in_scope(rule, form, ctx), ctx)


def item_values(item: Indicator | Task, form: Form) -> dict[str, object]:
    """The template values every message may use about one item and its form (kinds.ITEM_VALUES)."""
    common = {"n": item.location.number(), "name": item.name, "name_or_empty": item.name or "（空）",
              "money_unit": form.meta.money_unit, "year": form.meta.year or ""}
    if isinstance(item, Task):
        return {**common, "task": item.name, "total": dec_str(item.budget.total if item.budget else None)}
    v = item.value
    written = _WRITTEN_UNIT.search(item.raw)
    wan, factor = getattr(v, "wan", None), WAN_FACTOR.get(form.meta.money_unit)
    reason = getattr(v, "reason", "") if getattr(v, "kind", "") == "invalid" else ""
    return {**common, "level1": item.level1, "level2": item.level2,
            "raw": shown(item), "unit": getattr(v, "unit", None) or "",
            "written_unit": written.group(1) if written else (item.unit_cell or ""),
            "in_form_unit": dec_str(wan / factor) if wan is not None and factor else "",
            "op": getattr(v, "op", None) or "",
            "number": getattr(v, "number", ""), "notes": "；".join(getattr(v, "notes", ())),
            "error_note": f"（{reason}）" if reason else ""}


def shown(item: Indicator) -> str:
    """The value as the form shows it: its cell, or the 指标性质 | 指标值 | 计量单位 cells it is split over."""
    if not item.raw.strip():
        return "（空）"
    if item.nature or item.unit_cell:
        return " | ".join(t for t in (item.nature, item.raw, item.unit_cell) if t and t.strip())
    return item.raw


def item_problem(rule: Rule, item: Indicator | Task, form: Form, case: str | None = None,
                 severity: Severity | None = None, **extra: object) -> Problem:
    path = item.path if isinstance(item, Indicator) else ()
    location = item.location
    if rule.at == "name" and isinstance(item, Indicator) and item.name_location is not None:
        location = item.name_location  # a name's finding at the name's cell (STR-05, TXT-03)
    elif rule.at == "score" and isinstance(item, Indicator) and item.score_location is not None:
        location = item.score_location  # a score's finding at the 得分 cell (EVAL-02, EVAL-03 …)
    return problem(rule.id, location, path=path, subject=item.name, case=case, severity=severity,
                   **{**item_values(item, form), **extra})
