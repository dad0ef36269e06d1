"""Check kinds of a self-evaluation as a whole: the funds block's execution rate (BUD-06), its reasons (BUD-07)
and score (BUD-08), a rate of several sources averaged instead of weighted (EVAL-12), the narratives
(EVAL-10), the grade against the total (EVAL-11), and the indicators against the approved target form
(EVAL-08, when one is given)."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from jxcheck.engine import scoring
from jxcheck.engine.bilingual import Msg
from jxcheck.engine.findings import Problem, problem
from jxcheck.engine.formula import Value
from jxcheck.engine.model import Form, Indicator, Location
from jxcheck.engine.rules.kinds import check_kind
from jxcheck.engine.rules.predicates import Context
from jxcheck.engine.rules.rule import Rule
from jxcheck.engine.rules.scoring import formula, formula_errors, tolerance

FUND_NAMES = ("预算数", "年初预算数", "执行数", "分值", "执行率", "填报执行率", "得分", "应得", "容差", "末位半单位")
FUND_VALUES = {"a", "b", "calc", "label", "rate", "rate_calc", "weight", "score", "initial", "budget", "spent"}


_d = scoring.shown


def _averaged(ex: scoring.Execution) -> bool:
    """The printed rate is the plain mean of the sources' rates, not their money-weighted rate (EVAL-12's case)."""
    parts = [(b, s) for b, s in ex.parts if b]
    if len(parts) < 2 or ex.rate is None:
        return False
    mean = sum((s / b * 100 for b, s in parts), Decimal(0)) / len(parts)
    weighted = sum((s for _, s in parts), Decimal(0)) / sum((b for b, _ in parts), Decimal(0)) * 100
    slack = scoring.half_unit(ex.rate_text, rate=True)
    return abs(ex.rate - mean) <= slack and abs(ex.rate - weighted) > slack


def _fund_values(ex: scoring.Execution) -> dict:
    rate = ex.computed_rate
    return {"label": ex.label, "rate": ex.rate_text or "（未填）", "rate_calc": f"{_d(rate)}%" if rate is not None else "",
            "weight": _d(ex.weight), "score": ex.score_text,
            "initial": _d(ex.initial), "budget": _d(ex.budget), "spent": _d(ex.spent)}


# -- BUD-06, BUD-07, BUD-08, EVAL-12 ---------------------------------------------------------------------------
@check_kind("execution_rate", FUND_VALUES, params={"rate", "accept", "most", "tolerance"},
            validate=lambda p: formula_errors(p, ("rate", "accept", "most"), FUND_NAMES))
def execution_rate(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """BUD-06: the execution rate recomputed (`rate`), above `most` an error, a printed rate that `accept`
    does not take against it an error (a rate averaged over sources is EVAL-12's)."""
    ex = scoring.execution(form)
    if ex is None:
        return
    env = ex.env()
    calc = formula(rule, "rate").number(env)
    if calc is None:
        if ex.rate is not None and formula(rule, "most").holds({**env, "执行率": ex.rate}) is False:
            # 103.21% printed with no amounts beside it (江西 整体支出规模): over, whatever the amounts were
            yield problem(rule.id, ex.location, case="over_printed", subject=ex.label, **_fund_values(ex))
        return
    env.update({"执行率": calc, "容差": tolerance(rule), "末位半单位": scoring.half_unit(ex.rate_text, rate=True)})
    if formula(rule, "most").holds(env) is False:
        yield problem(rule.id, ex.location, case="over", subject=ex.label, calc=_d(calc), **_fund_values(ex))
    elif ex.rate is None and ex.rate_column:
        yield problem(rule.id, ex.location, case="missing", subject=ex.label, calc=_d(calc), **_fund_values(ex))
    elif ex.rate is not None and formula(rule, "accept").holds(env) is False and not _averaged(ex):
        yield problem(rule.id, ex.location, subject=ex.label, calc=_d(calc), **_fund_values(ex))


# a change of the budget said as such (追加资金, 预算调减, 年中下达补助): not any 结余 or 调整 in a deviation's reason
_ADJUST_WORDS = re.compile(r"(追加|调减|调增|调整|调剂|收回|压减|核减|核增|追减|下达)[^，,。；;]{0,12}"
                           r"(预算|资金|经费|拨款|补助|万元)|预算[^，,。；;]{0,6}(追加|调增|调减|调整|增加|减少|收回)"
                           r"|(资金|经费)[^，,。；;]{0,4}(追加|调增|调减|收回)")
# a budget raised is told by words that raise it (资金按规定收回 tells what was returned, not the 15.45万元 added: set 55)
_RAISE_WORDS = re.compile(r"(追加|调增|调整|调剂|核增|下达)[^，,。；;]{0,12}(预算|资金|经费|拨款|补助|万元)"
                          r"|预算[^，,。；;]{0,6}(追加|调增|调整|增加)|(资金|经费)[^，,。；;]{0,4}(追加|调增)")
_SPENDING_WORDS = re.compile(r"执行|支出|结余|节余|结转|进度|拨付|支付|未付|尾款|采购|招标|中标|限价|结算|节约|低于预算")  # (not 资金, 预算: an adjustment note names them, no low rate)


_WHY = re.compile(r"原因|由于|因为|主要是|系因|追加|调增|调减|追减|核减|结余|延期|推迟|滞后|未(完成|支付|拨付|到位|验收)"
                  r"|导致|造成|致使|以致|于次年|跨年|次年(结算|支付|拨付)"  # (…按合同于次年结算，导致年度执行率偏低, blind 7815)
                  r"|受[^，,。；;]{0,12}影响|(系|为|因)[^，,。；;]{0,4}(上级|省级|市级|中央|年中)[^，,。；;]{0,4}下达")  # a note that gives a reason,
# not one on units or formulas (注：全年预算较年初增加172.78万元，系年中省级下达旅游发展专项资金: the money's source is why)


_INSTRUCTION = re.compile(r"(须|应|请|需(?!要说明的是))(在|于)?[^，,。；;]{0,8}(说明|注明|写明|填写|填报|列明)")
# (须在备注栏说明理由, 需说明原因: the template's; not 需要说明的是，受汛期…: the filler's own)


def _told_only(text: str) -> str:
    """A note's sentences less the template's instructions (年中发生预算调整（追加或调减）的，须在备注栏说明理由): what
    it asks the filler to explain is no explanation."""
    parts = re.split(r"(?<=[。；;])|\s*\d+[.、．]\s*(?=\D)", text)
    return "".join(p for p in parts if p and not _INSTRUCTION.search(p))


def _explained(form: Form, ex: scoring.Execution, words: re.Pattern | None = None) -> bool:
    """A reason given: in the funds block's own column, or in a narrative (偏差原因, 存在问题, 其他说明 …)."""
    if scoring.said(ex.reason):
        return True
    texts = [v for k, v in ((k, _told_only(v)) for k, v in form.meta.fields)
             if (re.search(r"原因|说明|问题|情况", k) or re.fullmatch(r"(注|备注|附注)\d*", k) and _WHY.search(v))
             and not re.search(r"完成情况|完成综述|执行情况|资金情况", k)
             and scoring.said(v)]  # (预算执行情况(万元) | 年度财政资金总额: the funds block's label, no reason; 注：全年预算数
    # 较年初增加15.00万元，为…追加的…经费: a note under the table that says why — not one on units or formulas)
    texts += [i.reason for i in form.indicators if i.reason and scoring.said(i.reason)]  # 资金金额 | … | 尾款未付
    notes = [t for line in form.funds if re.search(r"原因|说明", line.label)  # a 预算调整说明 row in the funds block
             for _, t in line.texts if scoring.said(t)]
    if words in (_ADJUST_WORDS, _RAISE_WORDS) and (  # (年中追加说明 too, blind 5655)
            any(_ADJUST_NOTE.search(line.label) for line in form.funds if any(scoring.said(t) for _, t in line.texts))
            or any(_ADJUST_NOTE.search(k) and scoring.said(v) for k, v in form.meta.fields)):
        return True  # a row that says it explains the change (预算调整说明 | …, or 预算调整说明：… on a line of its own
        # under the goals, blind 5994), in whatever words
    texts += notes
    done = scoring.achievement(form)
    if words is _SPENDING_WORDS and done is not None and _WHY.search(done[1]):
        texts.append(done[1])  # 实际完成情况: …就业补助资金因培训项目延至次年开班，结余207万元 — a template with no reason
        # column of its own tells the low rate where it tells the year (blind 4765)
    texts += [k for k, v in form.meta.fields if not v.strip() and len(k) >= 15 and re.search(r"[，,。；;]", k)]
    # (a sentence alone on a row under the table, with no label: 全年预算数较年初增加452.40万元,为追加…)
    return any(words is None or words.search(t) for t in texts)


_ADJUST_NOTE = re.compile(r"(调整|追加|调增|调减).*(说明|原因)")  # the label of a note on the budget's change
_TOLD = re.compile(r"((追加|调增|调减|追减|核减)[^，,。；;\d]{0,24}|(增加|减少|收回)[^，,。；;\d]{0,24}?(资金|预算|经费|补助|拨款)"
                   r"[^，,。；;\d]{0,8})\d+(?:\.\d+)?\s*(万元|元|亿元)")  # (not 带动农户增加收入300万元)


def _adjustment_told(form: Form) -> bool:
    """The budget's change told in the form's account of the year (实际完成情况: …年中追加教师绩效工资及校舍维修资金
    1485.56万元…): an adjustment word with the money it moved — wherever the reader put that account (a copy out of a
    PDF may read the 实际完成情况 column beside the goals as goals of their own, or its line as a funds line's label)."""
    return any(_TOLD.search(v) for _, v in form.meta.fields) or any(_TOLD.search(g.text) for g in form.goals) \
        or any(_TOLD.search(line.label) for line in form.funds)  # (…调减10万元（调整至… read beside the funds)


_SIMPLE_BOUND = re.compile(r"^\s*执行率\s*(?:<|<=|≤|＜)\s*(\d+(?:\.\d+)?)\s*$")


def _limit(rule: Rule) -> str:
    """The rate a simple `low` (执行率 < 85) names, for the message; else the condition as written."""
    text = str(rule.params["low"])
    bound = _SIMPLE_BOUND.match(text)
    return f"{bound.group(1)}%" if bound else f"“{text.strip()}”"


@check_kind("execution_reasons", FUND_VALUES | {"limit"}, params={"low"},
            validate=lambda p: formula_errors(p, ("low",), FUND_NAMES))
def execution_reasons(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """BUD-07: a rate below `low` says why; a budget changed during the year (年初 ≠ 全年) says why."""
    ex = scoring.execution(form)
    if ex is None:
        return
    env = ex.env()
    if env["执行率"] is None:
        env["执行率"] = ex.rate  # the amounts cannot be read: the printed rate is all there is
    own_column = ex.reason_column and not scoring.said(ex.reason)  # 执行率偏低原因说明 left empty: the place the
    # template gives for the reason is where a reviewer reads it, whatever a narrative elsewhere says of the year
    if formula(rule, "low").holds(env) and (own_column or not _explained(form, ex, _SPENDING_WORDS)):
        yield problem(rule.id, ex.location, case="low", subject=ex.label, calc=_d(env["执行率"]), limit=_limit(rule),
                      **_fund_values(ex))
    words = _RAISE_WORDS if ex.initial is not None and ex.budget and ex.budget > ex.initial else _ADJUST_WORDS
    if ex.initial is not None and ex.budget and ex.initial != ex.budget and not _explained(form, ex, words) \
            and not _adjustment_told(form):
        yield problem(rule.id, ex.location, case="adjusted", subject=ex.label, a=_d(ex.initial), b=_d(ex.budget),
                      limit=_limit(rule), **_fund_values(ex))


@check_kind("execution_score", FUND_VALUES, params={"score", "accept", "weight", "tolerance"},
            validate=lambda p: formula_errors(p, ("score", "accept"), FUND_NAMES))
def execution_score(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """BUD-08: the execution score against `score` at the recomputed rate (the 分值 printed, else `weight`)."""
    ex = scoring.execution(form)
    if ex is None:
        return
    for label, where in ex.scored_parts if ex.score is not None else ():  # the total line scored, and again here
        yield problem(rule.id, where, case="twice", subject=label, **{**_fund_values(ex), "label": label})
    env = ex.env()
    if env["执行率"] is None:
        return
    if env["分值"] is None:
        env["分值"] = Decimal(str(rule.params.get("weight", 10)))
    calc = formula(rule, "score").number(env)
    if calc is None:
        return
    values = {**_fund_values(ex), "weight": _d(env["分值"])}
    if ex.score is None:
        if ex.score_column and ex.weight is not None:
            yield problem(rule.id, ex.location, case="empty", subject=ex.label, calc=_d(calc), **values)
        return
    env.update({"应得": calc, "容差": tolerance(rule), "末位半单位": scoring.half_unit(ex.score_text)})
    if formula(rule, "accept").holds(env) is False:
        yield problem(rule.id, ex.location, subject=ex.label, calc=_d(calc), **values)


@check_kind("weighted_rate", FUND_VALUES)
def weighted_rate(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """EVAL-12: a rate over several sources is their money-weighted rate, not the mean of their rates."""
    ex = scoring.execution(form)
    if ex is not None and _averaged(ex):
        weighted = sum((s for _, s in ex.parts), Decimal(0)) / sum((b for b, _ in ex.parts), Decimal(0)) * 100
        yield problem(rule.id, ex.location, subject=ex.label, calc=_d(weighted), **_fund_values(ex))


# -- EVAL-10, EVAL-11 ------------------------------------------------------------------------------------------
@check_kind("narratives", {"label", "a"})
def narratives(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """EVAL-10: 存在问题, 改进措施, 评价结论 … filled in, and not 无 when a target was missed or the score is below
    full marks."""
    rows = scoring.rows(form)
    total = scoring.total(form)
    short = any(r.met is False for r in rows) or (total is not None and total.score is not None and total.score < 100)
    fallback = form.score_total.location if form.score_total is not None else Location()
    places = dict(form.places)
    unmet = any(r.met is False for r in rows)
    for label, text in scoring.narratives(form):
        where = places.get(label, fallback)  # the field's own row
        if not text.strip() or scoring.template_prompt(text):  # empty, or the template's prompt left in
            yield problem(rule.id, where, case="empty", subject=label, label=label, a="（空）")
        elif (slot := _SLOT.search(text)) is not None:
            yield problem(rule.id, where, case="placeholder", subject=label, label=label, a=slot.group(0))
        elif short and not scoring.said(text) and re.search(r"问题|措施", label):
            yield problem(rule.id, where, subject=label, label=label, a=text.strip()[:40])
        elif unmet and re.search(r"结论", label) and (claim := _ALL_MET.search(text)) is not None \
                and not _SHORTFALL.search(text):  # (…等任务全部完成，增施有机肥面积完成98.6%: the shortfall said too)
            yield problem(rule.id, where, case="claims_met", subject=label, label=label, a=claim.group(0))
    done = scoring.achievement(form)
    if done is not None:
        label, text = done
        goal_at = dict(form.places).get(label) or (form.goals[0].location if form.goals else fallback)
        if not text.strip() or scoring.template_prompt(text):
            yield problem(rule.id, goal_at, case="empty", subject=label, label=label, a="（空）")
        elif (slot := _SLOT.search(text)) is not None:
            yield problem(rule.id, goal_at, case="placeholder", subject=label, label=label, a=slot.group(0))
        elif scoring.restates(text, [g.text for g in form.goals], bool(rows) and not unmet):
            yield problem(rule.id, goal_at, case="restated", subject=label, label=label, a=text.strip()[:40])


# a number left as the template's slot in a narrative (完成送戏下乡演出XX场, **%), not a stray letter in a word
_SLOT = re.compile(r"(?<![A-Za-z])(XX|xx|××|＊＊|\*\*)(?![A-Za-z])[^\s，,。；;、]{0,3}")
# a conclusion that says every target was met (各项绩效指标均全面完成, 全部完成)
_ALL_MET = re.compile(r"(?<![未没不])(各项|所有|全部)(绩效)?(指标|目标|任务)?(均|都)?(已)?(全面)?(?<![未没不])(完成|达到|实现|达成)")


# a conclusion that names what fell short (未完成, 未达预期, 完成98.6%, 低于目标): no claim that every target was met
_SHORTFALL = re.compile(r"未(能|全部|按期)?(完成|达到|达标|实现|达)|尚未|(完成|达到|实现)(了|目标的|计划的)?\s*\d{1,2}(\.\d+)?\s*[%％]|低于|不足|差距|偏差")


def _grades_errors(params: dict) -> list[Msg]:
    grades = params.get("grades")
    if not isinstance(grades, list) or not grades or not all(isinstance(g, dict) and "grade" in g for g in grades):
        return [Msg("check › grades：应为列表，每项含 grade 和 when", "check › grades: a list of {grade, when}")]
    return formula_errors({"grades": {str(n): g for n, g in enumerate(grades)}},
                          [f"grades.{n}.when" for n in range(len(grades))], ("总分",))


@check_kind("grade_matches", {"a", "b", "calc", "label", "bands", "bands_en"}, params={"grades"}, validate=_grades_errors)
def grade_matches(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """EVAL-11: the printed grade is the one whose `when` the total meets."""
    printed = scoring.grade(form)
    total = scoring.total(form)
    if printed is None or total is None or total.score is None:
        return
    env: dict[str, Value] = {"总分": total.score}
    grades = rule.params["grades"]
    names = {g["grade"] for g in grades}
    if printed not in names:
        return
    expected = next((g["grade"] for n, g in enumerate(grades) if formula(rule, "grades", n, "when").holds(env)), None)
    if expected is not None and expected != printed:
        yield problem(rule.id, total.location, subject="评价等级", a=printed, b=expected, calc=_d(total.score),
                      bands="；".join(f"{g['when']}为{g['grade']}" for g in grades),
                      bands_en="; ".join(f"{g['grade']} when {g['when']}" for g in grades))


# -- EVAL-08 ---------------------------------------------------------------------------------------------------
_SPACE = re.compile(r"[\s　:：,，。.;；、()（）]")


def _key(i: Indicator) -> str:
    return _SPACE.sub("", i.name)


def _value_key(i: Indicator) -> str:
    parts = (i.nature or "", i.raw, i.unit_cell or "")
    return _SPACE.sub("", "".join(parts)).replace("＞", ">").replace("＜", "<").replace("＝", "=").replace(">=", "≥") \
        .replace("<=", "≤").replace("≧", "≥").replace("≦", "≤")


@check_kind("against_target", {"a", "b", "label"})
def against_target(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """EVAL-08: the self-evaluation's indicators are the approved target form's: none missing, none added, no
    指标值 changed. Runs only when the target form is given (--against, or paired in a batch)."""
    target = ctx.against
    if target is None or not form.indicators:
        return
    theirs = {_key(i): i for i in target.indicators if i.name}
    ours = {_key(i): i for i in form.indicators if i.name}
    first = form.indicators[0].location
    for key, approved in theirs.items():
        if key not in ours:
            yield problem(rule.id, first, path=approved.path, case="missing", subject=approved.name, label=approved.name,
                          b=approved.raw)
    for key, row in ours.items():
        match = theirs.get(key)
        if match is None:
            yield problem(rule.id, row.location, path=row.path, case="added", subject=row.name, label=row.name, a=row.raw)
        elif _value_key(row) != _value_key(match):
            yield problem(rule.id, row.location, path=row.path, subject=row.name, label=row.name,
                          a=row.raw, b=match.raw)


KINDS = (execution_rate, execution_reasons, execution_score, weighted_rate, narratives, grade_matches, against_target)
