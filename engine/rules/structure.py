"""Check kinds about the indicator tree: required 一级 (STR-01) and the 一级/二级 hierarchy (STR-02)."""
from __future__ import annotations

from typing import Iterator

from jxcheck.engine.findings import Problem, Severity, problem
from jxcheck.engine.model import Form, Location
from jxcheck.engine.rules.checks import check_kind
from jxcheck.engine.rules.predicates import Context
from jxcheck.engine.rules.rulebook import Rule


@check_kind("required_level1", {"level1"}, params={"required", "satisfied_by"})
def required_level1(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """Each required 一级 has at least one named 三级 row. params: required {一级: severity} (from the profile),
    `satisfied_by` {一级: [二级 that stand in for it]} (satisfaction as a 二级 under 效益, §1C)."""
    required: dict = rule.params.get("required", {})
    stand_ins: dict = rule.params.get("satisfied_by", {})
    present = {ctx.level1(i.level1) for i in form.indicators if i.name.strip()}
    present_l2 = {ctx.level2(i.level2) for i in form.indicators if i.name.strip()}
    location = form.indicators[0].location if form.indicators else Location()
    for level1, severity in required.items():
        if level1 in present or present_l2 & set(stand_ins.get(level1, ())):
            continue
        yield problem(rule.id, location, subject=level1, severity=Severity.parse(severity), level1=level1)


@check_kind("hierarchy", {"level1", "level2", "canonical1", "canonical2", "allowed", "n"})
def hierarchy(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """Each 二级 belongs to its 一级 under the form's scheme; one finding per 一级/二级 group.
    Case `unknown` (error) for a 二级 outside the scheme, `synonym` (info) where a name was normalised."""
    seen: set[tuple[str, str]] = set()
    renamed: set[str] = set()  # a normalised name is reported once, however many groups it heads
    for item in form.indicators:
        key = (item.level1, item.level2)
        if key in seen or not item.level1 or not item.level2:
            continue
        seen.add(key)
        l1, l2 = ctx.level1(item.level1), ctx.level2(item.level2)
        allowed = ctx.hierarchy.get(l1)
        values = dict(path=item.path, subject=item.level2, level1=item.level1, level2=item.level2,
                      canonical1=l1, canonical2=l2, n=item.location.number(),
                      allowed="、".join(allowed or ctx.hierarchy))
        if allowed is None:
            if item.level1 not in renamed:  # one non-standard 一级, one finding
                renamed.add(item.level1)
                yield problem(rule.id, item.location, case="unknown_level1", **values)
        elif l2 not in allowed:
            yield problem(rule.id, item.location, case="unknown", **values)
        else:
            changed = [raw for raw, canon in ((item.level1, l1), (item.level2, l2))
                       if ctx.bare(raw) != canon and raw not in renamed]  # 产出指标(50分) is no synonym
            if changed:
                renamed.update(changed)
                yield problem(rule.id, item.location, case="synonym", **values)
