"""Evaluate the rulebook over one Form: pick the scheme's profile, run every check, catch failures."""
from __future__ import annotations

import re
from typing import Callable, Iterator

from jxcheck.engine import doubt
from jxcheck.engine.findings import Problem, problem
from jxcheck.engine.levels import level_name
from jxcheck.engine.model import Form
from jxcheck.engine.rules.registry import CHECKS
from jxcheck.engine.rules.predicates import Context
from jxcheck.engine.rules.rule import Rule
from jxcheck.engine.rules.rulebook import DEFAULT_PROFILE, Rulebook

SCHEME_PROFILES = {"legacy": "legacy", "central-2021": "central-2021"}


def scheme_of(form: Form, level1_synonyms: dict) -> str:
    """central-2021 when 成本指标 stands as a 一级 (财预〔2021〕101号), else the legacy scheme."""
    names = {level_name(i.level1) for i in form.indicators}
    level1 = {level1_synonyms.get(n, n) for n in names}
    return "central-2021" if "成本指标" in level1 else "legacy"


def _levels(book: Rulebook, name: str) -> dict:
    """The `levels` block of a profile, merged along its extends chain."""
    doc = book.profiles.get(name, {})
    parent = _levels(book, doc["extends"]) if doc.get("extends") else {}
    own = doc.get("levels") or {}
    return {k: {**parent.get(k, {}), **own.get(k, {})} for k in set(parent) | set(own)}


# What a rule's `requires` asks of a form before it runs; where it is not met, another finding already says so.
REQUIREMENTS: dict[str, Callable[[Form], bool]] = {
    "tasks": lambda form: any(t.budget is not None for t in form.tasks),  # tasks with their money
    "complete": lambda form: not form.meta.partial,  # FORM-03 (case partial) names the rules that did not run
    "certain": lambda form: not doubt.in_doubt(form),  # FORM-03 (case copied) says these rules did not run
    "signed": lambda form: not form.meta.partial and not form.meta.tail_cut,  # the sign-off below the table is there
    "year": lambda form: form.meta.year is not None,  # FORM-04 (case year) says these rules did not run
    # FORM-03 (case flat): a table without 一级/二级 has no tree to judge
    "levels": lambda form: any(i.level1 or i.level2 for i in form.indicators),
    # a scoring table (分值 | 评分标准 | 得分): its 一级 are the evaluation's dimensions, not a target tree
    "targets": lambda form: "value" in form.meta.columns,
    "scores": lambda form: any(i.weight is not None or i.score is not None for i in form.indicators),  # a self-evaluation
    "actuals": lambda form: "actual" in form.meta.columns,  # targets beside what was achieved (scored or not)
    # a form that sets targets (绩效目标表), not one that evaluates them: a self-evaluation keeps the approved
    # indicators (EVAL-08) and cannot add the cost lines a target form's tasks ask for
    "planned": lambda form: "自评" not in (form.meta.kind or "") and "actual" not in form.meta.columns,
    "funds": lambda form: bool(form.funds),
    # a form submitted for review, not a published notice (关于…绩效目标设定的公示)
    # (nor a table of a published budget, numbered above its title as 部门预算公开 numbers them: 表11)
    "submission": lambda form: not any(re.search(r"公示$", k) or re.fullmatch(r"表\s*\d{1,2}", k)
                                       for k, _ in form.meta.fields)
    and not re.search(r"公示$|公开$", form.meta.title or ""),
}


def profile_for(form: Form, book: Rulebook) -> str:
    """The profile a form is checked with: the one asked for, or its scheme's when auto."""
    if book.profile != DEFAULT_PROFILE:
        return book.profile
    base = _levels(book, "base")
    return SCHEME_PROFILES[scheme_of(form, base.get("level1_synonyms", {}))]


def evaluate(form: Form, book: Rulebook, against: Form | None = None, without_table: bool = False
             ) -> Iterator[tuple[Problem, Rule]]:
    """Problems of every enabled rule over the form, each with the rule (as configured) that found it;
    a rule that raises becomes FORM-05. `without_table`: the form is a header and goals only (FORM-02), and
    only the rules that judge those run."""
    base = _levels(book, "base")
    scheme = scheme_of(form, base.get("level1_synonyms", {}))
    profile = SCHEME_PROFILES[scheme] if book.profile == DEFAULT_PROFILE else book.profile
    levels = _levels(book, profile)
    ctx = Context(form, scheme, levels.get("hierarchy", {}), levels.get("level1_synonyms", {}),
                  levels.get("level2_synonyms", {}), levels_key=(profile, repr(levels)), against=against)
    for rule in book.cached_rules(profile):
        if not rule.enabled or rule.kind == "reader" or (without_table and not rule.without_table):
            continue
        if not all(REQUIREMENTS[need](form) for need in rule.requires):
            continue
        try:
            found = list(CHECKS[rule.kind](rule, form, ctx))
        except Exception as exc:  # a rule must never pass a form by crashing
            failure = problem("FORM-05", subject=rule.id, rule=rule.id, reason=f"{type(exc).__name__}: {exc}")
            yield failure, book.effective("FORM-05", profile)
            continue
        for p in found:
            yield p, rule
