"""Check kinds over the goal texts: specific (TXT-01), consistent with the indicators (TXT-02),
related to the tasks (TXT-04)."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from itertools import combinations
from typing import Iterator

from jxcheck.engine.findings import Problem, problem
from jxcheck.engine.model import Form, Goal, Indicator, Location
from jxcheck.engine.rules.kinds import check_kind
from jxcheck.engine.rules.predicates import Context
from jxcheck.engine.rules.rule import Rule
from jxcheck.engine.rules.money import budget_wan
from jxcheck.engine.scoring import adjusted_target
from jxcheck.engine.units import WAN_FACTOR, lookup
from jxcheck.engine.values.parse import parse_value
from jxcheck.engine.values.types import Deadline, Missing, Period, Quantity, Range

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


_ITEM_MARK = re.compile(r"(?:^|(?<=[；;。\s]))\s*(\d{1,2})\s*[.．、]")  # a list item's number after a clause's end


def _items_blanked(text: str) -> str:
    """A goal's list numbers (1.…；2.…；3.55座小型水库…) blanked where the items run 1, 2, 3 … after a clause's end:
    3.55座 is item 3's 55座, no 3.55 of anything (the text's length kept, the figures where they were)."""
    marks: list[re.Match[str]] = []
    for found in _ITEM_MARK.finditer(text):
        if int(found.group(1)) == len(marks) + 1:
            marks.append(found)
    if len(marks) < 2:
        return text
    for found in marks:
        text = text[:found.start()] + " " * (found.end() - found.start()) + text[found.end():]
    return text


def _goals(form: Form) -> list[Goal]:
    return [g for g in form.goals if g.text.strip()]


# a number, a counted quantity (三个, 两项) or a time word: what makes a goal more than a slogan
_SPECIFIC = re.compile(r"\d|[ⅠⅡⅢⅣⅤ]\s*类|(?<![每逐])[一二两三四五六七八九十百千]+[个项次人期批所座家户场]|(年底|年末|月底|季度|春节|上半年|下半年|年内)前?")
# digits that measure nothing: a list number (目标1：, 1、2、3、, (一)), a year (2019年, 2019年度), a code or a name
# with digits in it (H7N9, 5G, 12345热线), a document number (〔2021〕7号)
_NOT_MEASURES = re.compile(r"目标\s*\d+\s*[：:.、]?|(?<![\d.])\d{1,2}\s*[、.．)）](?!\d)|[(（]\s*\d{1,2}\s*[)）]"
                           # 2024通过采购…: the year the goal is for (not 2021年完成…, which says when)
                           r"|^\s*(?:19|20)\d{2}(?=[\u4e00-\u9fff])(?!年(?:内|底前|前)?(?:完成|建成|实现|竣工|投入使用))"
                           # money put in is no output (VAL-12); 6万人, 3万亩 are counts
                           r"|\d+(?:\.\d+)?\s*(?:万元|亿元|元|万(?![人名亩株户次吨件个册份平方米公里头只羽尾张台套]))(?![\u4e00-\u9fff]*/)"
                           # a year is no measure, unless it is when something is done (2021年完成…, 2023年底前)
                           r"|(?:19|20)\d{2}\s*年度?(?!\d{0,2}\s*[月底内前]|\s*(?:内)?(?:完成|建成|实现|竣工|投入使用|达到))"
                           r"|[A-Za-z]+\d+[A-Za-z\d]*|\d+[A-Za-z]+"
                           r"|〔\d{4}〕\s*\d*号?|\d+号文?|\d{3,}热线"
                           # an age names who, not how many (0-6岁适龄儿童, 65岁及以上老年人: corpus 171)
                           r"|\d+\s*(?:[-—~～至到]\s*\d+\s*)?周?岁(?:及|以)?(?:以上|以下)?")
_WORDS = re.compile(r"[\u4e00-\u9fff]{2,}")
_ITEM = re.compile(r"\s*([(（]?[一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}\s*[.．、])")  # 1. 2、 (三)
_SAME_AS = re.compile(r"^\s*(同|与|等同于?)\s*(项目)?(总体?|中期|实施期|整体|长期)目标(一致|相同)?\s*([(（][^()（）]{0,12}[)）])?\s*[。.]?\s*$")


# money that is a result, not an input: 村集体收入达6万元, 实现产值500万元 (not 部门预算收入856.32万元: the budget)
_RESULT_MONEY = re.compile(r"((?<!预算)(?<!财政)(?<!资金)收入|产值|增收|创收|营收|利润|销售额|销量|销售量|公益金|经济效益)[^，,。；;\d]{0,4}\d")


@lru_cache(maxsize=4096)
def _specific(text: str) -> bool:
    """A goal with a measure in it: a number, count or deadline that is not a list number, a year, a code."""
    if not _WORDS.search(text):
        return False
    return bool(_RESULT_MONEY.search(text)) or bool(_STANDARD.search(text)) \
        or bool(_SPECIFIC.search(_NOT_MEASURES.sub(" ", text)))


# a standard a head (按每人每月300元, 人均补助1200元): a measure of what is given, not money put in (blind 5322)
_STANDARD = re.compile(r"(每[人户亩生名](每[年月季天日周])?|[人户亩生]均)[^，,。；;\d]{0,6}\d+(\.\d+)?\s*(元|万元)")


_ROUTINE = re.compile(r"工资|人员经费|正常运转|日常运转|机关运转|基本支出|福利")


@check_kind("goal_specific", {"label", "excerpt", "text"})
def goal_specific(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """TXT-01: a goal with no number, quantity or deadline in it is a slogan; one that is only a number (43.2)
    says nothing at all."""
    goals = _goals(form)
    said: set[str] = set()  # the terms whose goal a copy's wrapped cell already had judged
    for goal in goals:
        if _SAME_AS.match(goal.text) and any(_specific(g.text) for g in goals if g is not goal):
            continue  # 年度绩效目标 | 同项目总目标(年度项目): the other goal, which says its measures, stands for it
        if form.meta.copied and any(_specific(g.text) for g in goals if g is not goal and g.term == goal.term):
            continue  # text copied out of a PDF: one goal cell wrapped beside another column may read as several
        if _ITEM.match(goal.text) and any(_specific(g.text) for g in goals if g is not goal and g.term == goal.term
                                          and g.label == goal.label and _ITEM.match(g.text)):
            continue  # 1.保障…正常运转； 2.完成抽检3200批次…: items of one goal, judged as the goal they make
        if _ROUTINE.search(goal.text) and any(_specific(g.text) for g in goals if g is not goal and g.term == goal.term):
            continue  # 目标1：保障在职人员工资福利按月足额发放，机关正常运转 beside goals with their measures: a 部门整体
            # form's routine goal for its basic spending, measured by its indicators (＝12次, ≤…万元)
        if not _specific(goal.text):
            if form.meta.copied and goal.term in said:
                continue  # its wrapped line (…常运行。), read as a goal of its own: one cell, said once
            said.add(goal.term)
            yield problem(rule.id, goal.location, subject=goal.label, label=goal.label, text=goal.text,
                          excerpt=goal.text[:30] + ("…" if len(goal.text) > 30 else ""))


def _indicator_numbers(form: Form) -> set[tuple[Decimal, str | None]]:
    """The numbers the indicator values give, with their units (None where a value lacks one: VAL-02's)."""
    out: set[tuple[Decimal, str | None]] = set()
    counts: dict[str, list[Decimal]] = {}
    for i in form.indicators:
        for v in (i.value, adjusted_target(i)):  # the target as adjusted in the year (调整后目标值) is one too
            if isinstance(v, Quantity):
                out.add((v.number, v.unit or None))
                counts.setdefault(v.unit or "", []).append(v.number)
                if (v.unit or "").startswith("万") and len(v.unit or "") > 1:  # 1万亩: 10000亩 to a standard per 亩
                    counts.setdefault((v.unit or "")[1:], []).append(v.number * 10000)
            elif isinstance(v, Range):
                out |= {(v.low, v.unit or None), (v.high, v.unit or None)}
    for i in form.indicators:  # a standard per item times the items counted (100元/吨·年 × 8000吨 = 80万元)
        v = i.value
        if isinstance(v, Quantity) and v.unit and "/" in v.unit and WAN_FACTOR.get(v.unit.split("/")[0]):
            per, *period = re.split(r"[·.]", v.unit.split("/", 1)[1])
            times = _IN_A_YEAR.get(period[0], 1) if period else 1  # 100元/人·月 × 3200人 × 12 = 384万元
            for n in counts.get(per, []):
                out |= {(v.number * n * WAN_FACTOR[v.unit.split("/")[0]] * k, "万元") for k in {1, times}}
    return out


def _results(form: Form) -> set[tuple[Decimal, str | None]]:
    """A self-evaluation: its 预期目标 and 实际完成情况 cells stand side by side, and a copy may give their lines in
    turn, or a converter's wrapped cell move one into the other's row, so the goal as read may hold what was
    achieved (惠及3286户 beside ≥3200户): the rows' results count as figures the goal may name (a goal that states
    a row's exact result as its aim is no target left out of the table)."""
    if "actual" not in form.meta.columns:
        return set()
    out: set[tuple[Decimal, str | None]] = set()
    for i in form.indicators:
        v = parse_value(i.actual) if i.actual else None
        if isinstance(v, Quantity):
            out.add((v.number, v.unit or None))
    return out


def _summed(number: Decimal, unit: str, known: set[tuple[Decimal, str | None]], most: int = 4) -> bool:
    """The goal's number is what two to `most` indicators of its unit add up to (14840人 = 3200 + 4600 + 7040; a
    budget of 856.32万元 = the cost indicators 612.80 + 243.52): said by them together."""
    money = WAN_FACTOR.get(unit) is not None

    def in_wan(n: Decimal, u: str | None) -> Decimal | None:  # (people add up with people, money with money)
        factor = WAN_FACTOR.get(u or "")
        return (n * factor if money else None) if factor is not None else (n if u == unit else None)
    target = in_wan(number, unit)
    if not target:
        return False
    pool = sorted(x for n, u in known if (x := in_wan(n, u)) is not None and 0 < x < target)
    if len(pool) > 16:
        return False
    return any(abs(sum(c, Decimal(0)) - target) < Decimal("0.005")
               for k in range(2, min(most, len(pool)) + 1) for c in combinations(pool, k))


_OWN_BODIES = re.compile(r"(下属|所属|直属|内设|下辖|(机关|本级)(及|和|与|、))\s*$")  # (下属3个站所, 内设5个科室,
# 保障机关及31个司法所正常运转: the department's own bodies, blind 8356)


@check_kind("goal_numbers", {"label", "value"}, params={"units", "places", "counted_only"})
def goal_numbers(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """TXT-02: a number with a count or money unit in a goal should reappear as an indicator value."""
    places = "|".join(sorted(rule.params.get("places") or [], key=len, reverse=True))
    units = "|".join(sorted(rule.params["units"], key=len, reverse=True))
    # the whole unit (300人次, not 300人 of it); a count of places the work is done in is no output (11个乡镇, and
    # after 个 a few words before the place: 6个柑橘主产镇)
    pattern = re.compile(r"(?<![\d.])(?<!\d,)(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*((?>" + units + "))"
                         + (f"(?!(?:{places}))(?!(?<=个)[\u4e00-\u9fff]{{0,4}}(?:{places}))" if places else ""))
    known = _indicator_numbers(form) | _results(form)
    counted_only = set(rule.params.get("counted_only") or [])
    if not form.indicators:
        return
    budget = budget_wan(form)
    unit_factor = WAN_FACTOR.get(form.meta.money_unit, Decimal(1))
    inputs = {budget} if budget is not None else set()
    inputs |= {v * unit_factor for line in form.funds for _, v in line.amounts if v is not None}
    inputs |= {t.budget.total * unit_factor for t in form.tasks if t.budget is not None and t.budget.total is not None}
    inputs |= {t.budget.other * unit_factor for t in form.tasks if t.budget is not None and t.budget.other is not None}
    blocks = {i.block for i in form.indicators}
    unvalued = [i for i in form.indicators if not i.raw.strip() or isinstance(i.value, Missing)]
    worded = [i for i in form.indicators if getattr(i.value, "kind", None) == "qualitative" and not re.search(r"\d", i.raw)]
    for goal in _goals(form):  # (a 实施期 goal over the year's indicators only: its term's figures have no table)
        if goal.term != "年度" and goal.term not in blocks:
            continue
        seen = set()
        text = _items_blanked(goal.text)
        said = [(Decimal(m.group(1).replace(",", "")), m.group(2)) for m in pattern.finditer(text)]  # (2,600公里: its
        # thousands' commas, not 600公里 — blind 8115)
        for found in pattern.finditer(text):
            number, unit_text = found.group(1).replace(",", ""), found.group(2)
            if (number, unit_text) in seen:
                continue
            seen.add((number, unit_text))
            unit = lookup(unit_text).text
            factor = WAN_FACTOR.get(unit)
            if factor is not None and any(abs(Decimal(number) * factor - money) < Decimal("0.01") for money in inputs):
                continue  # 项目总投资3862.40万元, 使用福彩公益金60万元: the budget or a source the goal restates, an input
            if factor is not None and _ADDED.search(goal.text[:found.start()]):
                continue  # 年中追加优抚资金34.6万元: money added to the budget, an input no indicator measures (blind 5260)
            if _PER_HEAD.search(goal.text[:found.start()]) or _EACH.search(goal.text[:found.start()]) \
                    or _PER_LIST.search(goal.text[:found.start()]):
                continue  # 每站不少于20场次, 人均120元, 32个村各配置1套: a figure per head, no total to set a target for
            if _OWN_BODIES.search(goal.text[:found.start()]):
                continue  # 保障局机关及下属3个站所正常运转: the bodies the department keeps running, no output (blind 8201)
            if _CONDITION.search(goal.text[:found.start()]) or unit_text == "个" and _MONTHS.match(goal.text, found.end()):
                continue  # 离校距离3公里以上的学生: who qualifies, no output; 开学后2个月内: a period, no count
            if any(f"{number}{unit_text}" in re.sub(r"\s", "", i.name) for i in form.indicators):
                continue  # 具备条件的20户以上自然村: the goal's words in an indicator's name, the same scope
            if unit_text in ("次", "场", "场次", "期") and _EVERY.search(goal.text[:found.start()]) \
                    or unit_text == "次" and Decimal(number) == 1:
                continue  # 每周开展水质巡查1次, 提供1次免费健康体检: a frequency (the year's count is the indicator's)
            each = re.match(r"[^，,。；;]{0,20}?各\s*(\d+(?:\.\d+)?)\s*([\u4e00-\u9fff])", goal.text[found.end():])
            if each and any(n == Decimal(number) * Decimal(each.group(1)) and (u or "").startswith(each.group(2))
                            for n, u in known):
                continue  # 对10家…企业各1条…生产线改造 against 生产线改造数量 ≥10条: the count is the product's
            if any(unit_text[-1] in i.name and not i.raw.strip() or i.raw.strip().endswith(unit_text)
                   or _named_before(i.name, goal.text, found.start()) for i in unvalued) \
                    or any(_named_before(i.name, goal.text, found.start()) or _object_before(i.name, goal.text, found.start())
                           for i in worded):
                continue  # 受益农户6800户 beside 受益农户数 with its value left empty, 药品抽检120批次 beside ≥**批次, 推广
                # 主导品种12个 beside 推广主导品种 | (empty): STR-06's, the same slip (blind 4647, 4139); 调处矛盾纠纷2600件
                # beside 调处矛盾纠纷件数 | 较多: the value said in words, VAL-01's (blind 7132)
            if any(getattr(i.value, "number", None) == Decimal(number) and _same_words(i.name, goal.text, found.start())
                   for i in form.indicators):
                continue  # 全民健身赛事活动12项 against 举办全民健身赛事活动次数 ≥12次: one measure, counted in another
                # word (blind 4557)
            if unit_text in counted_only and not any(u == unit_text for _, u in known):
                continue  # 对全县12座小型水库开展巡查: works the form counts nowhere are its scope, not an output
            if _adds_up(Decimal(number), unit_text, said, known, _counts(_clause(goal.text, found.start()))):
                continue  # 在职68人、退休41人 with 保障在职及退休人员=109人: the goal's parts of an indicator's total
            if _breakdown(goal.text, found, pattern):
                continue  # 1140公里(县道180公里、乡道360公里、村道600公里): the parts of a total the goal states
            # 52台(套), 630场次, 0.3个百分点: the goal's unit is the start of the indicator's; a value that has the
            # number but lost its unit is VAL-02's
            generic = unit == "个"  # 150个批次, 0.5个等级: the classifier before the indicator's own unit
            counted = unit in _PLACES_OR_THINGS  # 4家五星级 against 五星级文化礼堂创建数 4个: 个 counts things (not 3次 drills)
            days = generic and re.match(r"[\u4e00-\u9fff]{0,2}日", goal.text[found.end():]) is not None  # 200个在校日
            if any(n == Decimal(number) and (u is None or u == unit or u.startswith(unit) or counted and u == "个"
                                             or unit == f"{u}次"  # 120场次 against 群众文化活动场次 ≥120场
                                             or generic and lookup(u).kind in ("count", "grade")
                                             or days and u in ("天", "日")) for n, u in known) \
                    or unit.startswith("万") and any(n == Decimal(number) * 10000 and u == unit[1:] for n, u in known) \
                    or _summed(Decimal(number), unit, known):
                continue
            if factor is not None and any(WAN_FACTOR.get(u or "") is not None
                                          and abs(n * WAN_FACTOR[u or ""] - Decimal(number) * factor) < Decimal("0.005")
                                          for n, u in known):
                continue  # 6万元 in the goal, 60000元 in an indicator: one amount in two units
            yield problem(rule.id, goal.location, subject=goal.label, label=goal.label, value=f"{number}{unit_text}")


def _said_before(text: str, at: int) -> str:
    """The goal's clause up to the number at `at` (at most 40 characters back)."""
    return re.split(r"[，,。；;]", text[max(0, at - 40):at])[-1]


def _same_words(name: str, text: str, at: int) -> bool:
    """Six characters of an indicator's name said in the goal's clause just before the number at `at`."""
    clause, name = _said_before(text, at), re.sub(r"\s", "", name)
    return any(name[k:k + 6] in clause for k in range(len(name) - 5))


_MEASURE_WORD = re.compile(r"(数量|个数|人数|户数|次数|批次|面积|长度|里程|规模|[件项场处家所座台]数|数)$")  # a name's measure


def _object_before(name: str, text: str, at: int) -> bool:
    """The thing an indicator's name counts (its last four characters, less its measure word) said just before the
    number at `at` (改造3个镇驻地老旧供水管网28公里 against 改造供水管网长度, blind 7177)."""
    core = _MEASURE_WORD.sub("", re.sub(r"\s", "", name))
    return len(core) >= 4 and re.sub(r"\s", "", text[:at]).endswith(core[-4:])


def _named_before(name: str, text: str, at: int) -> bool:
    """An indicator's name (less its measure word) said in the goal's clause just before the number at `at`."""
    core = _MEASURE_WORD.sub("", re.sub(r"\s", "", name))
    return len(core) >= 4 and core in _said_before(text, at)


_PLACES_OR_THINGS = frozenset({"家", "所", "座", "处", "项", "条", "台", "套", "辆", "件", "间", "栋", "口", "眼"})


def _clause(text: str, at: int) -> str:
    """The clause of a sentence a position stands in (between its commas or stops)."""
    start = max(text.rfind(c, 0, at) for c in "，,。；;") + 1
    ends = [k for k in (text.find(c, at) for c in "，,。；;") if k >= 0]
    return text[start:min(ends) if ends else len(text)]


def _counts(clause: str) -> list[Decimal]:
    """The numbers a clause counts things by (8所敬老院和42个幸福院: 8, 42), not people or households."""
    return [Decimal(n) for n, u in re.findall(r"(\d+(?:\.\d+)?)\s*([\u4e00-\u9fff])", clause)
            if lookup(u).kind == "count" and u not in "人户名"]


def _adds_up(number: Decimal, unit: str, said: list[tuple[Decimal, str]], known: set[tuple[Decimal, str | None]],
             counted: list[Decimal]) -> bool:
    """The number and one to three others the goal gives in its unit add up to an indicator's value."""
    others = [n for n, u in said if u == unit]
    others.remove(number)
    if len(others) > 8:
        return False
    totals = {n for n, u in known if u is not None and (u == unit or u.startswith(unit))}
    if any(number + sum(c, Decimal(0)) in totals for k in range(1, min(3, len(others)) + 1)
           for c in combinations(others, k)):
        return True
    if lookup(unit).kind != "count":
        return False  # 8所敬老院和42个互助幸福院 with 敬老院和互助幸福院数 =50个: things counted apart, one count of all
    counted = list(counted)
    if number in counted:
        counted.remove(number)
    generic = {n for n, u in known if u == "个"}
    return len(counted) <= 8 and any(number + sum(c, Decimal(0)) in generic for k in range(1, min(3, len(counted)) + 1)
                                     for c in combinations(counted, k))


_EVERY = re.compile(r"每(周|月|季度?|天|日|半年)[^，,。；;\d]{0,10}$")  # (每年6场次 is the year's count)
_IN_A_YEAR = {"月": 12, "季度": 4, "季": 4, "周": 52, "半年": 2, "年": 1}
_BRACKETS = re.compile(r"[(（]([^()（）]*)[)）]")


def _breakdown(text: str, found: re.Match, pattern: re.Pattern) -> bool:
    """A figure inside brackets whose figures of its unit add up to a figure the goal states outside them."""
    unit = found.group(2)
    for bracket in _BRACKETS.finditer(text):
        if not bracket.start() < found.start() < bracket.end():
            continue
        parts = [Decimal(m.group(1)) for m in pattern.finditer(bracket.group(1)) if m.group(2) == unit]
        outside = text[:bracket.start()] + text[bracket.end():]
        totals = {Decimal(m.group(1)) for m in pattern.finditer(outside) if m.group(2) == unit}
        return len(parts) >= 2 and sum(parts, Decimal(0)) in totals
    return False


_ADDED = re.compile(r"(追加|调增|调减|追减|核减|压减)[^，,。；;\d]{0,14}$")  # money added to or cut from the budget


_CONDITION = re.compile(r"(距离|相距|半径|年满|年龄)(在|为)?\s*$")  # 离校距离3公里以上的学生, 年满60周岁的老人
_MONTHS = re.compile(r"月|工作日")  # 2个月内, 3个工作日: a span of time counted in 个
_PER_HEAD = re.compile(r"(每(?![年月季天日周])[\u4e00-\u9fff]{1,12}([(（][^)）]{1,6}[)）])?(每[年月季天周])?|[人户亩]均|平均)"
                       r"(不少于|不低于|至少|达到|达|约)?\s*$")  # (每村(社区)每年6万元: a figure per village; 每所配齐基本诊疗设备1套)
_PER_LIST = re.compile(r"每(?![年月季天日周])[\u4e00-\u9fff]{1,12}\d+(\.\d+)?\s*[\u4e00-\u9fff]{1,2}(及|和|与|、)"
                       r"[\u4e00-\u9fff]{0,12}$")  # 每村配建篮球场1块及健身路径1套: the second of a list per village (blind 8335)
_EACH = re.compile(r"各(?![类项级种地界])[\u4e00-\u9fff]{0,4}\s*$")  # 为32个村各配置1套 (blind 4950, 4894): each one's
_DATES = re.compile(r"(\d{1,4}\s*[年月日号]\s*)+(之?[前底内末])?|[年月]底(之?前)?")


@lru_cache(maxsize=2048)
def _bigrams(text: str) -> frozenset[str]:
    return frozenset(run[k:k + 2] for run in _CJK_RUN.findall(text) for k in range(len(run) - 1))


@check_kind("goal_relevance", {"label"}, params={"stopwords"})
def goal_relevance(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """TXT-04: a goal sharing no two-character word with the project, the tasks or the indicators."""
    stop = set(rule.params.get("stopwords", []))
    parts = [form.meta.project or "", form.meta.department or "", *(v for _, v in form.meta.fields),
             *(t.name + t.content for t in form.tasks), *(i.name or i.raw for i in form.indicators)]
    known = [b for b in map(_bigrams, parts) if b]  # each part's words, not their union: most goals
    if not any(b - stop for b in known):          # share one with the first few parts
        return
    for goal in _goals(form):
        if not _specific(goal.text):
            continue  # a slogan (推进科技事业发展) is TXT-01's: its fault is that it says nothing, one finding for it
        own = _bigrams(_DATES.sub("", goal.text)) - stop  # 2021年12月31日前完成: a deadline names no content
        if own and not any(own & b for b in known):  # a goal of no words is TXT-01's
            yield problem(rule.id, goal.location, subject=goal.label, label=goal.label)


KINDS = (goal_specific, goal_numbers, goal_relevance)
