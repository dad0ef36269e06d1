"""Check kinds about the indicator tree: required 一级 (STR-01), the 一级/二级 hierarchy (STR-02), one
scheme per form (STR-03), empty groups (STR-04) and enough indicators (STR-07)."""
from __future__ import annotations

from typing import Iterator

from jxcheck.engine.findings import Problem, Severity, problem
from jxcheck.engine.model import Form, Location
from jxcheck.engine.rules.kinds import check_kind
from jxcheck.engine.rules.predicates import Context
from jxcheck.engine.rules.rule import Rule
from jxcheck.engine.vocabulary import vocabulary


def _first(form: Form) -> Location:
    return form.indicators[0].location if form.indicators else Location()


@check_kind("required_level1", {"level1"}, params={"required", "satisfied_by"})
def required_level1(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """Each required 一级 has at least one named 三级 row. params: required {一级: severity} (from the profile),
    `satisfied_by` {一级: [二级 that stand in for it]} (satisfaction as a 二级 under 效益, §1C)."""
    required: dict = rule.params.get("required", {})
    stand_ins: dict = rule.params.get("satisfied_by", {})
    named = [i for i in form.indicators if i.name.strip()]
    present = {ctx.level1(i.level1) for i in named}
    present_l2 = {ctx.level2(i.level2) for i in named}
    present |= {implied[l2] for l2 in present_l2 if l2 in (implied := vocabulary().implied)}  # 一级 misnamed: STR-02's
    location = form.indicators[0].location if form.indicators else Location()
    for level1, severity in required.items():
        if level1 in present or present_l2 & set(stand_ins.get(level1, ())):
            continue
        yield problem(rule.id, location, subject=level1, severity=Severity.parse(severity), level1=level1)


@check_kind("hierarchy", {"level1", "level2", "canonical1", "canonical2", "allowed", "n"})
def hierarchy(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """Each 二级 belongs to its 一级 under the form's scheme; one finding per 一级/二级 group.
    Case `unknown` (error) for a scheme's 二级 under another 一级, `unnamed` (warning) for a 二级 no scheme names,
    `synonym` (info) where a name was normalised."""
    seen: set[tuple[str, str]] = set()
    renamed: set[str] = set()  # a normalised name is reported once, however many groups it heads
    for item in form.indicators:
        key = (item.level1, item.level2)
        if key in seen or not item.level1 or not item.level2:
            continue
        seen.add(key)
        l1, l2 = ctx.level1(item.level1), ctx.level2(item.level2)
        allowed = ctx.hierarchy.get(l1)
        case = None
        if allowed is None:
            if item.level1 not in renamed:  # one non-standard 一级, one finding
                renamed.add(item.level1)
                case = "unknown_level1"
        elif l2 not in allowed:  # a scheme's 二级 in the wrong place; a name of no scheme (具体指标) is a wording slip
            case = "unknown" if any(l2 in names for names in ctx.hierarchy.values()) else "unnamed"
        else:
            changed = [raw for raw, canon in ((item.level1, l1), (item.level2, l2))  # 产出指标(50分) is no synonym,
                       if ctx.bare(raw) not in (canon, canon.removesuffix("指标")) and raw not in renamed]  # nor 数量
            if changed:
                renamed.update(changed)
                case = "synonym"
        if case:
            yield problem(rule.id, item.location, path=item.path, subject=_unweighted(item.level2), case=case,
                          level1=item.level1,
                          level2=item.level2, canonical1=l1, canonical2=l2, n=item.location.number(),
                          allowed="、".join(allowed or ctx.hierarchy))


def _unweighted(level: str) -> str:
    """A level as written without the weight some templates print in it (社会效益 指标(15分) -> 社会效益 指标)."""
    return vocabulary().weight_suffix.sub("", level).rstrip() or level


@check_kind("scheme_mix", {"level1", "level2"}, params={"cost_level2"})
def scheme_mix(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """STR-03: 成本指标 both as a 一级 and as a 二级, or a 101 二级 (经济成本指标 …) under a legacy 一级."""
    as_level1 = [i for i in form.indicators if ctx.level1(i.level1) == "成本指标"]
    as_level2 = [i for i in form.indicators if ctx.level1(i.level1) != "成本指标"
                 and ctx.level2(i.level2) in rule.params.get("cost_level2", ())]
    if as_level2 and (as_level1 or any(ctx.level2(i.level2) != "成本指标" for i in as_level2)):
        where = next((i for i in as_level2 if ctx.level2(i.level2) != "成本指标"), as_level2[0])  # the 101 name
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
    output = {ctx.level2(i.level2) for i in named if ctx.level1(i.level1) == "产出指标"} - {""}  # no 二级 column:
    # nothing to say about which 二级 the 产出 rows fall under
    if output and "数量指标" not in output:
        yield problem(rule.id, _first(form), case="quantity", subject="产出指标")
    if output and not output & {"质量指标", "时效指标"}:
        yield problem(rule.id, _first(form), case="quality", subject="产出指标")


KINDS = (required_level1, hierarchy, scheme_mix, empty_groups, min_indicators)
