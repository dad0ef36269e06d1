"""Check kinds of a self-evaluation's indicator rows (catalogue §2.5): weights (EVAL-01), score bounds and the
total (EVAL-02), the quantitative formula (EVAL-03), the grade bands (EVAL-04), a 完成值 that cannot be
compared (EVAL-05), the reason a shortfall needs (EVAL-06), overachievement (EVAL-07), rows that do not
apply (EVAL-09). The formulas are the rules' parameters, in the language of engine/formula.py."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable, Iterator

from jxcheck.engine import deductions, scoring
from jxcheck.engine.bilingual import Msg
from jxcheck.engine.findings import Problem, problem
from jxcheck.engine.formula import Formula, FormulaError, compile_formula
from jxcheck.engine.model import (KIND_DEPT_SELF_EVAL, KIND_DEPT_TARGET, KIND_PROJECT_SELF_EVAL, KIND_PROJECT_TARGET, Form,
                                   Indicator)
from jxcheck.engine.rules.items import item_problem
from jxcheck.engine.rules.kinds import check_kind
from jxcheck.engine.rules.predicates import Context
from jxcheck.engine.rules.rule import Rule
from jxcheck.engine.values.vocab import VAGUE

ROW_NAMES = ("分值", "得分", "完成值", "指标值", "是百分比", "应得", "容差", "下限", "上限", "末位半单位")
ROW_VALUES = {"weight", "score", "actual", "calc", "grade", "low", "high", "a", "b", "label", "count"}


CONDITIONS = ("accept", "low", "most", "over", "over_percent", "when")  # the parameters that state a condition


def formula_errors(params: dict, keys: Iterable[str], names: Iterable[str] = ROW_NAMES) -> list[Msg]:
    """Each formula parameter present and readable, naming only the fields its check gives, giving a number or a
    condition as its place asks; a tolerance a number not below 0."""
    out = []
    if "tolerance" in params:
        try:
            bad = Decimal(str(params["tolerance"])) < 0
        except Exception:
            bad = True
        if bad:
            out.append(Msg(f"check › tolerance：应为不小于0的数（现为“{params['tolerance']}”）",
                           f"check › tolerance: must be a number of at least 0 (it is “{params['tolerance']}”)"))
    for key in keys:
        path = key.split(".")
        value: object = params
        for part in path:
            value = value.get(part) if isinstance(value, dict) else None
        if value is None:
            out.append(Msg(f"check › {' › '.join(path)}：缺少公式", f"check › {' › '.join(path)}: the formula is missing"))
            continue
        try:
            condition = path[-1] in CONDITIONS and (len(path) == 1 or path[-1] in ("when", "accept"))  # bands › low: a number
            compile_formula(str(value), names, "truth" if condition else "number")
        except FormulaError as exc:
            out.append(Msg(f"check › {' › '.join(path)}：{exc.zh}", f"check › {' › '.join(path)}: {exc.en}"))
    return out


def formula(rule: Rule, *path: str | int) -> Formula:
    """The formula at a path of the rule's parameters (checked when the rule file was loaded)."""
    value: object = rule.params
    for part in path:
        value = value[part] if isinstance(value, (dict, list)) else None  # type: ignore[index]
    return compile_formula(str(value))


def tolerance(rule: Rule) -> Decimal:
    return Decimal(str(rule.params.get("tolerance", "0.01")))


_d = scoring.shown


def _row_problem(rule: Rule, row: scoring.ScoredRow, form: Form, case: str | None = None, **values: str) -> Problem:
    i = row.indicator
    return item_problem(rule, i, form, case, None, weight=_d(i.weight), score=_d(i.score), actual=i.actual or "",
                        **values)


def _complete(form: Form) -> bool:
    """The whole table is there: the file is complete, or its 总分 row (which ends the table) was read."""
    return not form.meta.partial or form.score_total is not None


# -- EVAL-01 ---------------------------------------------------------------------------------------------------
def _empty_group_points(form: Form) -> tuple[Decimal, Decimal]:
    kept = scoring.empty_group_points(form)
    return (sum((w or Decimal(0) for _, w, _ in kept), Decimal(0)), sum((s or Decimal(0) for _, _, s in kept), Decimal(0)))


def _weights_errors(params: dict) -> list[Msg]:
    split = params.get("split", {})
    if not isinstance(split, dict) or not all(isinstance(v, (int, float, str)) for v in split.values()):
        return [Msg("check › split：应为“一级指标: 分值”的映射", "check › split: must map each 一级 to its weight")]
    return []


@check_kind("score_weights", ROW_VALUES | {"label_en"}, params={"total", "tolerance", "split"},
            validate=lambda p: _weights_errors(p) + formula_errors(p, ()))
def score_weights(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """EVAL-01: the weights add up to `total` (the funds block's 分值 counted), each 一级 to the weight its label
    states (产出指标(50分)); a split other than `split` is said as advice."""
    rows = scoring.rows(form)
    if not rows or any(r.indicator.weight is None for r in rows) or not _complete(form):
        return
    tol, total = tolerance(rule), Decimal(str(rule.params.get("total", 100)))
    execution = scoring.execution(form)
    ex_weight = execution.weight if execution is not None else None
    summed = sum((r.indicator.weight or Decimal(0) for r in rows), Decimal(0)) + (ex_weight or Decimal(0)) \
        + _empty_group_points(form)[0]
    printed = form.score_total.weight if form.score_total is not None else None
    where = form.score_total.location if form.score_total is not None else rows[0].indicator.location
    reserved = Decimal(str((rule.params.get("split") or {}).get(scoring.EXECUTION, 0)))
    if execution is None and (form.meta.partial or form.meta.tail_cut):
        pass  # the funds block, and its weight, may stand in the part of the file that is missing
    elif ex_weight is None and reserved and abs(summed + reserved - total) <= tol:
        ex_weight, summed = reserved, summed + reserved  # a form without its funds block leaves the execution
        # rate its share (产出50 + 效益30 + 满意度10); the split is checked with it — so does one whose block's 分值
        # was not read (a Chrome copy that gives 10 | 97.96% | 9.80 before the block's labels: blind 6105)
    elif abs(summed - total) > tol:
        yield problem(rule.id, where, case=None, subject="指标权重合计", a=_d(summed), b=_d(total),
                      label="预算执行率与各指标" if ex_weight else "各指标",
                      label_en="the execution rate's and the indicators'" if ex_weight else "the indicators'",
                      count=len(rows))
    elif printed is not None and abs(printed - summed) > tol:
        yield problem(rule.id, where, case="printed", subject="指标权重合计", a=_d(printed), b=_d(summed), count=len(rows))
    for level, stated, group_sum, first in scoring.group_weights(form):
        if abs(stated - group_sum) > tol:
            yield problem(rule.id, first, case="group", subject=level, label=level, a=_d(group_sum), b=_d(stated))
    split = {k: Decimal(str(v)) for k, v in rule.params.get("split", {}).items()}
    if form.meta.kind in (KIND_PROJECT_TARGET, KIND_DEPT_TARGET) and ex_weight is None:
        split = {}  # a target form weighted in full (重庆 权重): the self-evaluation's 10/50/30/10 is not its split
    found = scoring.split(form, ex_weight)
    if split and abs(summed - total) <= tol and set(found) <= set(split) and len(found) >= 2 \
            and any(abs(found.get(k, Decimal(0)) - split[k]) > tol for k in split):  # a group left out weighs 0
        shown = "、".join(f"{k}{_d(found.get(k, Decimal(0)))}" for k in split)
        yield problem(rule.id, where, case="split", subject="指标权重结构", a=shown,
                      b="、".join(f"{k}{_d(v)}" for k, v in split.items()))


# -- EVAL-02 ---------------------------------------------------------------------------------------------------
@check_kind("score_bounds", ROW_VALUES, per_item=True, params={"tolerance", "most"}, scopes=("indicator",),
            validate=lambda p: formula_errors(p, ()))
def score_bounds(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """EVAL-02: no row scores above its weight; the printed total is the sum of the scores (and the funds
    block's) and at most `most`."""
    tol, most = tolerance(rule), Decimal(str(rule.params.get("most", 100)))
    rows = scoring.rows(form)
    for row in rows:
        i = row.indicator
        if i.weight is not None and i.score is not None and i.score > i.weight + tol:
            yield _row_problem(rule, row, form)
    total = scoring.total(form)
    if rows and all(r.indicator.score is None for r in rows) and (total is None or total.score is None) \
            and "score" in form.meta.columns:  # a 得分 column left empty: no total can be had
        where = total.location if total is not None else rows[0].indicator.location
        yield problem(rule.id, where, case="empty", subject="得分", count=len(rows))
        return
    if total is None or total.score is None or not rows:
        return
    if total.score > most + tol:
        yield problem(rule.id, total.location, case="over", subject=total.label, a=_d(total.score), b=_d(most))
        return
    execution = scoring.execution(form)
    if any(r.indicator.score is None and r.applicable for r in rows) or not _complete(form):
        return
    summed = sum((r.indicator.score or Decimal(0) for r in rows), Decimal(0)) + _empty_group_points(form)[1]
    if execution is not None and execution.score is not None:
        summed += execution.score
    if any(not r.applicable for r in rows):
        return  # rows that do not apply: the total is rescaled (EVAL-09's)
    printed = str(total.score)  # 89.8 for 89.85 is the printed precision; 100 for 99.60 is a wrong total
    rounding = scoring.half_unit(printed) if "." in printed else tol
    unread = total.score - summed
    if (execution is None or execution.score is None) and form.meta.kind in _SELF_EVALS \
            and Decimal(0) < unread <= _EXECUTION_POINTS + tol:
        return  # a self-evaluation whose funds block was not read: the total holds its 预算执行率 score (≤10)
    if abs(summed - total.score) > max(tol, rounding):
        yield problem(rule.id, total.location, case="sum", subject=total.label, a=_d(total.score), b=_d(summed),
                      count=len(rows))


_EXECUTION_POINTS = Decimal(10)  # the 10号 template's points for 预算执行率
_SELF_EVALS = (KIND_PROJECT_SELF_EVAL, KIND_DEPT_SELF_EVAL)


# -- EVAL-03, EVAL-04 ------------------------------------------------------------------------------------------
def _formula_keys(keys: tuple[str, ...]):
    return lambda params: formula_errors(params, keys)


@check_kind("score_formula", ROW_VALUES, per_item=True, params={"positive", "reverse", "accept", "tolerance"},
            scopes=("indicator",), validate=_formula_keys(("positive", "reverse", "accept")))
def score_formula(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """EVAL-03: a quantitative row's score against the formula of its direction (positive, reverse)."""
    accept = formula(rule, "accept")
    for row in scoring.rows(form):
        i = row.indicator
        if row.direction is None and row.met is True and row.target is not None and row.target.kind == "deadline" \
                and i.weight is not None \
                and i.score is not None and i.score < i.weight and not i.uncertain and deductions.rule_text(i) is None:
            yield _row_problem(rule, row, form, calc=_d(i.weight))  # 11月10日 against ≤11月15日: met, full marks
            continue
        if row.direction is None or i.weight is None or i.score is None or i.uncertain or i.score > i.weight:
            continue  # a score above its weight is EVAL-02's
        env = row.env()
        printed = deductions.rule_text(i)
        scores = None if printed is None or row.target_number is None or row.actual_number is None else \
            deductions.allowed(printed, i.weight, row.target_number, row.actual_number, bool(env["是百分比"]))
        if scores is not None:  # 每少1家扣0.5分: the row's own rule, where the form prints one it can follow
            slack = max(tolerance(rule), scoring.half_unit(str(i.score)))
            if not any(abs(s - i.score) <= slack for s in scores):
                yield _row_problem(rule, row, form, calc=_d(scores[-1]))
            continue
        if row.met is False and row.direction == "reverse" and (row.target_number or 0) <= 0:
            continue  # ≤-1% missed, ≤0% against 2%: no share to give by a ratio
        calc = i.weight if row.met else formula(rule, row.direction).number(env)  # (≤0% against −1.2%: met, full marks)
        if calc is None:
            continue
        env.update({"应得": calc, "容差": tolerance(rule), "末位半单位": scoring.half_unit(str(i.score))})
        if accept.holds(env) is False:
            yield _row_problem(rule, row, form, calc=_d(calc))


def _bands_errors(params: dict) -> list[Msg]:
    bands = params.get("bands")
    if not isinstance(bands, dict) or not bands:
        return [Msg("check › bands：应为“等级: {low, high}”的映射", "check › bands: must map each grade to {low, high}")]
    keys = [f"bands.{g}.{edge}" for g in bands for edge in ("low", "high")]
    return formula_errors(params, (*keys, "accept"))


@check_kind("score_bands", ROW_VALUES, per_item=True, params={"bands", "accept", "tolerance"}, scopes=("indicator",),
            validate=_bands_errors)
def score_bands(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """EVAL-04: a graded row (达成, 部分达成, 未达成; a 完成值 that repeats the target is 达成) scores within its
    grade's band."""
    accept = formula(rule, "accept")
    for row in scoring.rows(form):
        i = row.indicator
        grade = row.grade or ""
        if row.direction is not None or grade not in rule.params["bands"] or i.weight is None or i.score is None \
                or i.score > i.weight:
            continue
        env = row.env()
        low = formula(rule, "bands", grade, "low").number(env)
        high = formula(rule, "bands", grade, "high").number(env)
        env.update({"下限": low, "上限": high, "容差": tolerance(rule)})
        if accept.holds(env) is False:
            yield _row_problem(rule, row, form, grade=grade, low=_d(low), high=_d(high))


# -- EVAL-05, EVAL-06, EVAL-07 ---------------------------------------------------------------------------------
@check_kind("actual_comparable", ROW_VALUES, per_item=True, scopes=("indicator",))
def actual_comparable(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """EVAL-05: a 完成值 in the 指标值's terms (a number in its unit, a grade, a phrase); an empty one on a
    form that has the column."""
    has_column = "actual" in form.meta.columns
    for row in scoring.rows(form):
        if row.indicator.uncertain or not row.applicable:
            continue
        if row.actual is None:
            target_given = row.target is not None and row.target.kind != "missing"  # else STR-06 has the row
            if has_column and (target_given or row.indicator.score is not None):  # scored with nothing to score
                yield _row_problem(rule, row, form, case="empty")
        elif getattr(row.actual, "op", None) in ("≥", "≤", "＞", "＜", ">", "<") \
                and (_COMPARATOR_WRITTEN.search(getattr(row.actual, "text", "") or "")  # (not 各季度均在结束后20日内拨付: a
                     or row.target is not None and _same(row.actual, row.target)  # result; 2天以内 | 2天以内: the target)
                     and not _REACHED.match(getattr(row.actual, "text", "") or "")):  # (达到十年一遇 | 达到十年一遇: the
            # standard reached, said in the target's words — blind 4738)
            yield _row_problem(rule, row, form, case="copied")  # the target copied (≥266米), not what was done
        elif row.comparable is False and not _vague_target(row.target):
            yield _row_problem(rule, row, form)  # (较好 | 86%: the target is vague, VAL-06's; the result is measured)


def _vague_target(target: object) -> bool:
    """A target in words that measure nothing (较好, 良好, 提升): VAL-06 says so; a measured result is no fault."""
    return getattr(target, "kind", None) == "qualitative" and (
        getattr(target, "category", None) == "vague" or getattr(target, "phrase", "") in (*VAGUE, "良好"))


def _same(actual: object, target: object) -> bool:
    return all(getattr(actual, k, None) == getattr(target, k, None) for k in ("op", "number", "unit"))


_REACHED = re.compile(r"\s*(已)?(达到|实现|满足|符合)")
_COMPARATOR_WRITTEN = re.compile(r"[≥≤＞＜><≧≦]|不?[低少高多大小]于|不?超过|以上|以下|至少|最多")


def _reason_given(form: Form) -> bool:
    """A shortfall explained outside the table: a narrative field about causes that says something."""
    return any(scoring.said(text) for label, text in scoring.narratives(form) if "原因" in label)


@check_kind("deviation_reason", ROW_VALUES, per_item=True, params={"tolerance"}, scopes=("indicator",),
            validate=lambda p: formula_errors(p, ()))
def deviation_reason(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """EVAL-06: a row that missed its target, or scored below its weight, says why."""
    tol = tolerance(rule)
    in_table = "reason" in form.meta.columns
    if not in_table and _reason_given(form):
        return
    for row in scoring.rows(form):
        i = row.indicator
        if not row.applicable or i.uncertain or scoring.said(i.reason) or _reason_beside(i, form):
            continue
        short = i.weight is not None and i.score is not None and i.score < i.weight - tol
        # a target met yet scored low asks for a reason where the form has a column for one (the score itself,
        # if wrong, is EVAL-03's)
        if row.met is False or (short and (row.met is not True or in_table)):
            yield _row_problem(rule, row, form, case=None if row.met is False else "score")


def _reason_beside(i: Indicator, form: Form) -> bool:
    """A reason written on another row of its group that names this indicator: a reason cell merged down the
    group's rows, its text on the first (…实训人次和实训项目开出率略低于目标…)."""
    name = re.sub(r"[(（][^()（）]*[)）]|\s", "", i.name)
    return len(name) >= 3 and any(o is not i and (o.level1, o.level2) == (i.level1, i.level2) and scoring.said(o.reason)
                                  and name in re.sub(r"\s", "", o.reason or "") for o in form.indicators)


@check_kind("overachievement", ROW_VALUES, per_item=True, params={"over", "over_percent"}, scopes=("indicator",),
            validate=_formula_keys(("over", "over_percent")))
def overachievement(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """EVAL-07: a positive target far exceeded (by `over`, or `over_percent` for rates) with no analysis."""
    for row in scoring.rows(form):
        if row.direction != "positive" or scoring.said(row.indicator.reason) or not row.target_number:
            continue
        env = row.env()
        test = formula(rule, "over_percent" if env["是百分比"] else "over")
        if test.holds(env):
            ratio = (row.actual_number or Decimal(0)) / row.target_number * 100
            yield _row_problem(rule, row, form, calc=_d(ratio))


# -- EVAL-09 ---------------------------------------------------------------------------------------------------
@check_kind("not_applicable", ROW_VALUES, per_item=True, params={"tolerance"}, scopes=("indicator",),
            validate=lambda p: formula_errors(p, ()))
def not_applicable(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """EVAL-09: rows marked 不适用 are left out and the rest is rescaled to 100: the printed total says so."""
    rows = scoring.rows(form)
    excluded = [r for r in rows if not r.applicable and (r.indicator.weight or 0) > 0]
    total = scoring.total(form)
    if not excluded or total is None or total.score is None:
        return
    execution = scoring.execution(form)
    kept = [r for r in rows if r.applicable]
    weights = sum((r.indicator.weight or Decimal(0) for r in kept), Decimal(0))
    scores = sum((r.indicator.score or Decimal(0) for r in kept), Decimal(0))
    if execution is not None and execution.weight and execution.score is not None:
        weights, scores = weights + execution.weight, scores + execution.score
    if not weights:
        return
    rescaled = scores / weights * 100
    if abs(rescaled - total.score) > max(tolerance(rule), scoring.half_unit(str(total.score))):
        for row in excluded:
            yield _row_problem(rule, row, form, calc=_d(rescaled), a=_d(total.score))


KINDS = (score_weights, score_bounds, score_formula, score_bands, actual_comparable, deviation_reason,
         overachievement, not_applicable)
