"""Check kinds that weigh money: cost targets against the budget (BUD-03), unit cost × quantity
(BUD-04), and matching cost indicators to the tasks they fund (BUD-10)."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

from jxcheck.engine.findings import EXPLAIN, Problem, problem
from jxcheck.engine.model import KIND_PROJECT_TARGET, Form, Indicator, Location
from jxcheck.engine.readers import labels
from jxcheck.engine.rules.items import item_problem, items
from jxcheck.engine.rules.kinds import check_kind
from jxcheck.engine.rules.predicates import Context, selected
from jxcheck.engine.rules.rule import Rule
from jxcheck.engine.scoring import half_unit
from jxcheck.engine.units import WAN_FACTOR, lookup
from jxcheck.engine.values.types import Quantity, dec_str


def budget_wan(form: Form) -> Decimal | None:
    """The money the form's targets must match, in 万元: the project budget, else the tasks' total."""
    factor = WAN_FACTOR.get(form.meta.money_unit, Decimal(1))
    if form.meta.budget is not None:
        return form.meta.budget * factor
    totals = [t.budget.total if t.budget is not None else None for t in form.tasks]
    if totals and all(total is not None for total in totals):
        return sum((total or Decimal(0) for total in totals), Decimal(0)) * factor
    return None  # no budget, or a task whose amount is blank or unreadable: nothing to hold costs to


@check_kind("cost_within_budget", {"a", "b", "d", "count"}, per_item=True, params={"tolerance"}, scopes=("indicator",))
def cost_within_budget(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """BUD-03: no money cost target above the budget (each, then their sum when none exceeds alone)."""
    budget = budget_wan(form)
    if budget is None:
        return
    tolerance = Decimal(str(rule.params.get("tolerance", "0.01")))
    chosen = [i for i in items(rule, form, ctx) if isinstance(i.value, Quantity) and i.value.wan is not None]
    over = [i for i in chosen if i.value.wan > budget + tolerance]
    for item in over:
        yield item_problem(rule, item, form, case="single", a=dec_str(item.value.wan), b=dec_str(budget))
    chosen = counted_costs(chosen, budget, tolerance)
    total = sum((i.value.wan for i in chosen), Decimal(0))
    if not over and chosen and total > budget + tolerance:
        yield problem(rule.id, chosen[0].location, case="sum", subject="成本指标合计", a=dec_str(total),
                      b=dec_str(budget), count=len(chosen))
    elif chosen and total < budget - max(tolerance, min(budget / 100, _rounding(chosen))) \
            and form.meta.kind == KIND_PROJECT_TARGET \
            and not form.meta.partial and form.meta.budget is not None and not form.meta.budget_term \
            and _all_costs_summed(form, ctx):  # (202.6 for 202.64: rounded)
        yield problem(rule.id, chosen[0].location, case="short", subject="成本指标合计", a=dec_str(total),
                      b=dec_str(budget), d=dec_str(budget - total), count=len(chosen))


def _rounding(chosen: list[Indicator]) -> Decimal:
    """How far amounts rounded as printed may fall short of an exact budget: half a last digit each (202.6 for
    202.64; 2150, 180 and 50 for 2400 are 20 short, not rounded)."""
    allowance = Decimal(0)
    for i in chosen:  # half the printed number's last digit, in 万元 (≤1.2亿元: half of 0.1亿, 500万元)
        v = i.value
        if not isinstance(v, Quantity) or v.wan is None or not v.number:
            continue
        exponent = v.number.as_tuple().exponent
        if isinstance(exponent, int):
            allowance += Decimal(5).scaleb(exponent - 1) * (v.wan / v.number)
    return allowance


_COSTS = ("成本指标", "经济成本指标")
# a cost named as the whole money (部门整体支出, 项目总成本, 年度预算总额), not 总馆 or 预算评审费
_WHOLE = re.compile(r"^(部门|单位)?整体支出|总(成本|投入|支出|额|费用|经费)|(支出|成本|费用|经费)(合计|总计)|^(项目|年度)?预算(总额|金额|数)?$")


def _all_costs_summed(form: Form, ctx: Context) -> bool:
    """Every cost indicator of the year is an amount of money (none a unit standard such as 1000元/点·年, a rate
    or a phrase): their sum is the whole cost the form sets, to be held to the project's budget."""
    costs = [i for i in form.indicators if i.block == "年度" and i.name.strip()
             and (ctx.level2(i.level2) in _COSTS or ctx.level1(i.level1) == "成本指标" and not i.level2.strip())]
    budget = budget_wan(form) or Decimal(0)
    return bool(costs) and all(isinstance(i.value, Quantity) and i.value.wan is not None and not _PER_ITEM.search(i.name)
                               and i.value.op in ("≤", "<", "=", None)
                               and not (i.value.unit == "元" and i.value.wan * 100 < budget) for i in costs)


# 配套资金每人每年 75元, 补助标准: one item's cost (and a sum in 元 under a hundredth of the budget, 参审案件补助 100元);
# 单车年均运营补助 ≤5万元, 生均, 村均: one vehicle's, pupil's, village's (blind 4576; not 单位, an institution's own)
_PER_ITEM = re.compile(r"每|标准|单价|人均|户均|亩均|生均|(车|校|村|场|次|台|座)均|均价|定额|/|／"
                       r"|单(个|家|车|辆|台|座|场|次|件|所|处|套|名|户|人|亩|吨|公里|千米|校|村|站|批|趟|条|只|头|株|棵|眼|口)")
# (单个卫生室药品配备成本 ≤0.9万元: one clinic's, blind 5535)


def counted_costs(chosen: list[Indicator], budget: Decimal | None, tolerance: Decimal = Decimal("0.01"),
                  field: str = "wan") -> list[Indicator]:
    """The cost items to add up: a total beside its parts once (without_own_total); the whole budget named as a cost
    (部门整体支出 ≤8147.40) beside some of its parts (机构运转经费 ≤682.40) once, alone — unless the parts come to
    more than it, when the parts are what is checked."""
    chosen = without_own_total(chosen, tolerance, field, budget)
    whole = whole_cost(chosen, budget, tolerance, field)
    if whole is None or budget is None:
        return chosen
    parts = [i for i in chosen if i is not whole and not i.name.startswith("其中")]  # (其中:人员经费: a part's part)
    amounts = [_cents(getattr(i.value, field) or Decimal(0)) for i in parts]
    if sum(amounts) <= _cents(budget + tolerance) or _adds_up_to(amounts, _cents(budget)):
        return [whole]  # the parts within it, or some of them adding up to it (a breakdown of the whole, and more)
    return parts


def _adds_up_to(amounts: list[int], target: int) -> bool:
    try:
        return next(_subsets(list(range(len(amounts))), target, amounts, [0], 20_000), None) is not None
    except TimeoutError:  # too many to try: not known to
        return False


def whole_cost(chosen: list[Indicator], budget: Decimal | None, tolerance: Decimal = Decimal("0.01"),
               field: str = "wan") -> Indicator | None:
    """The one cost named as the whole money of the form and equal to its budget (among others, or alone)."""
    if budget is None:
        return None
    return next((i for i in chosen if isinstance(amount := getattr(i.value, field, None), Decimal)
                 and abs(amount - budget) <= tolerance and _WHOLE.search(i.name)), None)


def without_own_total(chosen: list, tolerance: Decimal = Decimal("0.01"), name: str = "wan",
                      budget: Decimal | None = None) -> list:
    """年度预算总成本 | 3 beside 出差 1, 劳务 2, 办公 0: a cost row that is the sum of the others is their total, and
    counted once, alone — unless all of them together are the budget (防水 210, 门窗 126, 外墙 84 of 420: parts
    that happen to add up among themselves)."""
    if len(chosen) < 3:
        return chosen
    found = [getattr(i.value, name, None) for i in chosen]
    amounts = [a for a in found if isinstance(a, Decimal)]
    if len(amounts) < len(found):
        return chosen
    if budget is not None and abs(sum(amounts, Decimal(0)) - budget) <= tolerance:
        return chosen
    largest = max(range(len(chosen)), key=lambda k: amounts[k])
    rest = sum((a for k, a in enumerate(amounts) if k != largest), Decimal(0))
    return [chosen[largest]] if abs(rest - amounts[largest]) <= tolerance else chosen


@check_kind("unit_cost_product", {"a", "b", "quantity", "count"}, per_item=True, params={"tolerance"},
            scopes=("indicator",))
def unit_cost_product(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """BUD-04: a unit cost (元/人, 元/台 …) times the one quantity counted in its unit, against the budget.
    Compound denominators (元/人·天, 元/人·月) are left alone: which quantities multiply is not knowable (the months a
    crew is paid, the people of a count a monthly standard is for: 2122, 3998, 4788 read as costs over budget)."""
    budget = budget_wan(form)
    if budget is None:
        return
    quantities = [i for i in form.indicators if isinstance(i.value, Quantity)
                  and i.value.unit_kind in ("count", "area", "length")]  # (600元/亩 × 4000亩: an area counted too)
    for item in items(rule, form, ctx):
        v = item.value
        if not isinstance(v, Quantity) or not v.unit or "/" not in v.unit:
            continue
        money, per = v.unit.split("/", 1)
        factor = lookup(money).wan_factor
        matching = [q for q in quantities if q.value.unit in (per, "万" + per)]
        if _GAIN.search(item.name) or not _COST_WORDS.search(item.name) and "成本" not in (item.level2 or "") \
                and labels.level_name(item.level1 or "") != "成本指标":
            continue  # 示范区亩均节本增效 ≥40元/亩, 亩均产值 ≥3000元/亩: money gained, no cost to hold to the budget
        if _THRESHOLD.search(item.name) or any(
                j is not item and isinstance(j.value, Quantity) and "/" in (j.value.unit or "")
                and (j.value.unit or "").split("/", 1)[1] == per for j in form.indicators):
            continue  # 农村低保保障标准: a line incomes are raised to, no spending a head; 县道 | 村道养护补助标准
            # 万元/公里 beside each other: the kilometres shared among them, not each one's (3465, 373)
        subject = _SUBJECT_END.sub("", item.name.strip())  # 冷藏保鲜设施 of 冷藏保鲜设施补助标准 (补助标准: none)
        if factor is None or "·" in per or len(matching) != 1 \
                or len(subject) >= 2 and _shared(_unworded(matching[0].name, per), _unworded(subject, per)) < 2 \
                or not _counts_its_subject(item.name, matching[0].name) \
                or not _counts_its_word(subject, per, matching[0].name):
            continue  # (冷藏保鲜设施补助标准 ≤15万元/座 and 出菇棚室 300座: the one count in 座 is another thing's; 单批次
            # 监督抽检检验费用 and 食品快检批次: only the unit's word shared, blind 8026)
        scale = 10000 if matching[0].value.unit == "万" + per else 1
        quantity = matching[0].value.number * scale
        product = v.number * quantity * factor
        # 186万元÷42处 printed 4.43: ×42 is 186.06, not over (a whole number, 2万元/户, is the standard itself)
        rounding = half_unit(str(v.number)) * quantity * factor if "." in str(v.number) else Decimal(0)
        if scale != 1:  # (12.5万人 a rounded count: ≤25元/人 × 12.496万人 is the budget's 312.40万元)
            rounding += v.number * half_unit(str(matching[0].value.number)) * scale * factor
        if v.op in ("≤", "<") and product <= budget * Decimal("1.01"):
            continue  # (≤2.35万元/公里 × 186公里 = 437.1 against 436: a cap rounded up, no cost over the budget)
        if product > budget + rounding + Decimal(str(rule.params.get("tolerance", "0.01"))):
            yield item_problem(rule, item, form, a=dec_str(product), b=dec_str(budget),
                               quantity=matching[0].name, count=f"{matching[0].value.number}{matching[0].value.unit}")
            # (14.5万人 as counted, not 14.5人)


def _counts_its_subject(cost: str, count: str) -> bool:
    """Whether a count is of the people or things a unit cost is for: those the cost names before its 人均 (集中供养人员
    年人均供养成本: not 特困人员救助供养人数, which the 分散供养 share, blind 8055; 应急救援队员人均培训成本: not 紧急转移安置
    人数, blind 7960), and not a count of two kinds where the cost names one (人均住院救助支出 and 门诊及住院救助人次, blind
    7977)."""
    head = _WHO.search(cost)
    if head:
        who = re.sub(r"(人员|对象|队员|群众)$", "", head.group(1))
        if len(who) >= 2 and _shared(count, who) < min(len(who), 4):
            return False
    both = re.match(r"([\u4e00-\u9fff]{2,6})(及|和|与|、)([\u4e00-\u9fff]{2})", count)
    return not (both and both.group(1) not in cost and both.group(3) in cost)  # (单点位年均运维成本 and 运维电子警察及
    # 卡口点位数: a cost of each, whichever kind, 318)


_GENERIC_COUNTERS = ("件", "项", "份", "批")  # units that count many kinds of thing (案件, 事项; calls, documents)


def _counts_its_word(subject: str, per: str, count: str) -> bool:
    """Whether a count names the thing a one-character unit is of where the cost's subject names it (案件 of 法律援助
    案件平均补贴 ≤1500元/件: not 热线12348接听量 ≥2500件, calls counted in 件 too, blind 8270)."""
    word = re.search(r"[\u4e00-\u9fff]" + re.escape(per), subject) if per in _GENERIC_COUNTERS else None
    return word is None or word.group(0) in count


def _unworded(name: str, per: str) -> str:
    """A name without the word its unit is counted in (批次 of 单批次…费用 and …快检批次): shared, it says nothing; a
    one-character unit is left (件 of 案件)."""
    return name.replace(per, "") if len(per) >= 2 else name


_WHO = re.compile(r"^([\u4e00-\u9fff]{2,10}?)年?(人均|户均|生均|次均)")  # the people a cost a head is for
_THRESHOLD = re.compile(r"低保|保障标准|生活标准|供养标准|最低工资")  # a standard of living guaranteed, not a payment
_GAIN = re.compile(r"减少|节约|节省|节本|增收|增效|增产|收益|收入|产值|产量|效益|利润|降低|下降")
_COST_WORDS = re.compile(r"标准|单价|成本|费用|费|补助|补贴|奖补|经费|资金|投入|投资|造价|价格|支出")
_SUBJECT_END = re.compile(r"(的)?(补助|补贴|资助|奖补)?(标准|单价|费用|成本|金额)$|^(人均|生均|户均|亩均|每)")


def _snapped(product: Decimal, slack: Decimal, amounts: list[Decimal]) -> int:
    """A product in cents, or the amount it is, as rounded, where one is within its rounding."""
    near = next((a for a in amounts if abs(a - product) <= slack), None)
    return _cents(near if near is not None else product)


def unit_products(form: Form) -> list[tuple[Decimal, Decimal]]:
    """Each unit cost (元/人, 元/画幅) times the one quantity counted in its unit (人, 画幅 or 万画幅), in 万元, with
    how far the unit cost's rounding (6.05 for 6.0465) may take it."""
    quantities = [i for i in form.indicators if isinstance(i.value, Quantity) and i.value.unit_kind == "count"]
    out = []
    for item in form.indicators:
        v = item.value
        head = _PER_NAME.search(item.name)
        if isinstance(v, Quantity) and v.unit and "/" not in v.unit and head and v.unit_kind == "money":
            money, per = v.unit, _PER_OF[head.group(1)]  # 家庭医生签约服务人均补助 ≤100元: 100元/人 (blind 5296)
        elif not isinstance(v, Quantity) or not v.unit or "/" not in v.unit:
            continue
        else:
            money, per = v.unit.split("/", 1)
        factor = lookup(money).wan_factor
        per, *period = re.split(r"[·.]", per)  # 6.05万元/人·年 × 86人: a year's cost per head
        times = _IN_A_YEAR.get(period[0]) if period else 1
        counted = [q for q in quantities if q.value.unit in (per, "万" + per)]
        if len(counted) > 1:  # several counts of 人: the one its name shares four characters or more with
            counted = [q for q in counted if _shared(q.name, item.name) >= 4]
        if factor is not None and times is not None and len(period) <= 1 and len(counted) == 1:
            q = counted[0]
            count = q.value.number * (10000 if q.value.unit == "万" + per else 1) * times
            slack = half_unit(str(v.number)) * count * factor if "." in str(v.number) else Decimal(0)
            out.append((v.number * count * factor, slack))
    return out


def _shared(a: str, b: str) -> int:
    """The longest run of characters two names share."""
    return max((k for i in range(len(a)) for k in range(1, len(a) - i + 1) if a[i:i + k] in b), default=0)


_IN_A_YEAR = {"年": 1, "月": 12}
_PER_NAME = re.compile(r"(人均|户均|亩均|每人|每户|每亩)(补助|补贴|资助|奖补|成本|费用|经费|标准|支出)")  # a cost a head
_PER_OF = {"人均": "人", "每人": "人", "户均": "户", "每户": "户", "亩均": "亩", "每亩": "亩"}


def _cents(d: Decimal) -> int:
    return int((d * 10000).to_integral_value())


def match_tasks(costs: list[int], budgets: list[int], limit: int = 200_000) -> list[list[int]] | None:
    """Assign every cost to one task so each task's costs add up to its budget; None if impossible.
    Exact integer subset-sum by backtracking, tasks in order, with a bound on the search."""
    steps = [0]
    failed: set[tuple[int, frozenset[int]]] = set()  # the same tasks left with the same costs: tried once

    def fill(task: int, free: frozenset[int]) -> list[list[int]] | None:
        if task == len(budgets):
            return [] if not free else None
        if (task, free) in failed or sum(costs[k] for k in free) != sum(budgets[task:]):
            return None  # every cost funds one task: what is left must add up to what is left to fund
        for subset in _subsets(sorted(free), budgets[task], costs, steps, limit):
            rest = fill(task + 1, free - frozenset(subset))
            if rest is not None:
                return [subset] + rest
        failed.add((task, free))
        return None

    return fill(0, frozenset(range(len(costs))))


def _subsets(pool: list[int], target: int, costs: list[int], steps: list[int], limit: int) -> Iterator[list[int]]:
    """The subsets of `pool` (indexes into `costs`) that add up to `target`, in pool order. A branch whose
    remaining costs cannot reach the target, or that led nowhere before, is not walked: same subsets, same
    order, far fewer steps."""
    reach = [0] * (len(pool) + 1)  # reach[k]: the most that pool[k:] can add
    for k in range(len(pool) - 1, -1, -1):
        reach[k] = reach[k + 1] + max(costs[pool[k]], 0)

    dead: set[tuple[int, int]] = set()  # (start, remaining) that led to no subset: never walked twice

    def walk(start: int, remaining: int, chosen: list[int]) -> Iterator[list[int]]:
        steps[0] += 1
        if steps[0] > limit:
            raise TimeoutError
        if remaining == 0:
            yield list(chosen)
            return
        if reach[start] < remaining or (start, remaining) in dead:
            return
        found = False
        for k in range(start, len(pool)):
            value = costs[pool[k]]
            if 0 < value <= remaining:
                chosen.append(pool[k])
                for subset in walk(k + 1, remaining - value, chosen):
                    found = True
                    yield subset
                chosen.pop()
        if not found:
            dead.add((start, remaining))
    yield from walk(0, target, [])


@check_kind("task_matching", {"b", "count"}, per_item=True, params={"costs", "unless"}, scopes=("task",))
def task_matching(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """BUD-10: which cost indicators fund which task; names the tasks no subset of them matches."""
    where = rule.params.get("costs")
    chosen: list[Indicator] = [i for i in selected(where, form.indicators, ctx) if isinstance(i.value, Quantity) and i.value.wan is not None and i.value.wan > 0]
    factor = WAN_FACTOR.get(form.meta.money_unit, Decimal(1))
    tasks = [(t, t.budget.total * factor) for t in form.tasks if t.budget is not None and t.budget.total is not None]
    if not chosen or not tasks:
        return
    if len(tasks) > 1 and counted_costs(chosen, total := sum((a for _, a in tasks), Decimal(0))) \
            == [whole_cost(chosen, total)]:
        return  # 部门整体支出 ≤ the tasks' total (its parts within it, or alone): the cost is set for the whole, not
        # task by task (blind 1990, 1980)
    costs = [_cents(i.value.wan) for i in chosen]
    budgets = [_cents(amount) for _, amount in tasks]
    try:
        matching = match_tasks(costs, budgets)
        if matching is not None:  # a full matching exists: an explanation, not a finding
            parts = [f"“{t.name}”{dec_str(amount)} = "
                     + " + ".join(f"第{chosen[k].location.number()}行{dec_str(chosen[k].value.wan)}" for k in subset)
                     for (t, amount), subset in zip(tasks, matching)]
            yield problem(rule.id, Location(), case=EXPLAIN, text="；".join(parts))
            return
        products = costs + [_snapped(p, slack, [a for _, a in tasks]) for p, slack in unit_products(form)]  # 0.50元/
        # 画幅 × 240万画幅 = 120万元 (160); 6.05万元/人·年 × 86人 ≈ 520万元, the unit cost rounded (559)
        unmatched = [(task, amount) for (task, amount), target in zip(tasks, budgets)
                     if next(_subsets(list(range(len(products))), target, products, [0], 200_000), None) is None]
        worded = selected(rule.params["unless"], form.indicators, ctx) if rule.params.get("unless") else []
        if worded and len(unmatched) <= len(worded):
            return  # (食品抽检经费 | 成本控制在合理范围: the task's cost given in words, VAL-05's one defect; blind 5674, 5721)
        for task, amount in unmatched:
            yield item_problem(rule, task, form, b=dec_str(amount))
    except TimeoutError:
        yield problem(rule.id, Location(), case="undecided", subject="成本指标", count=len(chosen))


KINDS = (cost_within_budget, unit_cost_product, task_matching)
