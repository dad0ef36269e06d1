"""The general check kind: every item of the rule's scope that its `where` (and one of its cases) selects."""
from __future__ import annotations

from typing import Callable, Iterator

from jxcheck.engine.findings import Problem
from jxcheck.engine.model import Form, Indicator
from jxcheck.engine.rules.items import in_scope, item_problem, items
from jxcheck.engine.rules.kinds import check_kind
from jxcheck.engine.rules.predicates import Context, compiled, matches
from jxcheck.engine.rules.rule import Rule


def _choose(rule: Rule, item: Indicator, ctx: Context, test: Callable) -> str | None:
    """The case of `rule` this indicator meets ("" for a rule without cases), or None."""
    if not test(item, ctx):
        return None
    if not rule.cases:
        return ""
    case = next((c for c in rule.cases if matches(c.when, item, ctx)), None)
    return case.name if case else None


@check_kind("each", per_item=True, scopes=("indicator", "task"))
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
    for item in in_scope(rule, form, ctx):
        entry = rows[id(item)]
        seen = entry.get(rid)
        if seen is not None and seen[0] is rule:
            chosen = seen[1]
        else:
            chosen = _choose(rule, item, ctx, test)
            entry[rid] = (rule, chosen)
        if chosen is not None:
            yield item_problem(rule, item, form, case=chosen or None)


KINDS = (each,)
