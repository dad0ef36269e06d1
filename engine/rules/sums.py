"""Check kinds that add money up: a cross-check of two sums (sum_equals) and a total against its
parts (parts_sum, per task and per column of a project's funds table). All in 万元, exact Decimal."""
from __future__ import annotations

import re
from itertools import combinations
from decimal import Decimal
from typing import Iterator

from jxcheck.engine.bilingual import Msg
from jxcheck.engine.findings import Problem, problem
from jxcheck.engine.model import Budget, Form, FundLine, Location, Task
from jxcheck.engine.readers import labels
from jxcheck.engine.rules.items import item_problem, items
from jxcheck.engine.rules.kinds import check_kind
from jxcheck.engine.rules.money import budget_wan, counted_costs, unit_products
from jxcheck.engine.rules.predicates import Context, condition_errors, matches, selected
from jxcheck.engine.rules.rule import Rule
from jxcheck.engine.units import WAN_FACTOR
from jxcheck.engine.values.types import dec_str

SIDES = {"indicators": {"wan"}, "tasks": {"total", "fiscal", "other"}, "total": {"total", "fiscal", "other"}}
PARTS_OF = ("tasks", "funds")


def compare_errors(compare: object) -> list[Msg]:
    """Mistakes in the `compare` list of sum_equals: each entry a left and a right side over known items and fields."""
    if not isinstance(compare, list) or not compare:
        return [Msg("check › compare：应为非空列表，每项含 left 和 right",
                    "check › compare: must be a list whose items have a left and a right")]
    out = []
    for n, pair in enumerate(compare, start=1):
        for side in ("left", "right"):
            spec = pair.get(side) if isinstance(pair, dict) else None
            where = Msg(f"check › compare › 第{n}项 › {side} › ", f"check › compare › item {n} › {side} › ")
            if not isinstance(spec, dict) or spec.get("of") not in SIDES:
                out.append(where + Msg(f"of：应为 {'、'.join(SIDES)} 之一", f"of: must be one of {', '.join(SIDES)}"))
            elif spec.get("field", "total" if spec["of"] != "indicators" else "wan") not in SIDES[spec["of"]]:
                names = sorted(SIDES[spec["of"]])
                out.append(where + Msg(f"field：应为 {'、'.join(names)} 之一", f"field: must be one of {', '.join(names)}"))
            else:
                out += [where + Msg("where：", "where: ") + m for m in condition_errors(spec.get("where"))]
        for key in ("unless", "short_unless"):
            if isinstance(pair, dict) and key in pair:
                out += [Msg(f"check › compare › 第{n}项 › {key}：", f"check › compare › item {n} › {key}: ") + m
                        for m in condition_errors(pair[key])]
    return out


def parts_errors(of: object) -> list[Msg]:
    """Mistakes in parts_sum's `of`: which tables it adds up."""
    if of is None:
        return []
    if not isinstance(of, list) or not of or any(o not in PARTS_OF for o in of):
        return [Msg(f"check › of：应为 {'、'.join(PARTS_OF)} 组成的列表", f"check › of: must be a list of {', '.join(PARTS_OF)}")]
    return []


def _task_field(task: Task | Budget, name: str, form: Form) -> Decimal:
    budget = task.budget if isinstance(task, Task) else task
    amount = getattr(budget, name, None)
    if amount is None and name == "total" and budget is not None and (budget.fiscal, budget.other) != (None, None):
        amount = (budget.fiscal or Decimal(0)) + (budget.other or Decimal(0))  # a task whose 总额 was not read (or
        # printed): its sources' sum is its total, as a reviewer adds it
    amount = amount or Decimal(0)
    return amount * WAN_FACTOR.get(form.meta.money_unit, Decimal(1))


def _side(spec: dict, form: Form, ctx: Context) -> tuple[Decimal, int] | None:
    """Sum of one side of a cross-check and how many items it took; None when the side is absent."""
    of, name = spec["of"], spec.get("field", "total")
    where = spec.get("where")
    if of == "indicators":
        chosen = counted_costs(selected(where, form.indicators, ctx), budget_wan(form) if name == "wan" else None,
                               field=name)  # 总成本 beside its parts: once
        return sum((getattr(i.value, name) or Decimal(0) for i in chosen), Decimal(0)), len(chosen)
    if of == "tasks":
        tasks = [t for t in form.tasks if matches(where, t, ctx)]
        if name in ("fiscal", "other") and all(t.budget is None or getattr(t.budget, name) is None for t in tasks):
            return None  # (tasks that give their 总额 only: no sum of this source to hold the total line to)
        return sum((_task_field(t, name, form) for t in tasks), Decimal(0)), len(tasks)
    if of == "total":  # (a total with nothing in this column, 金额合计 | 1186.50 | | : no sum to hold the tasks to)
        return (_task_field(form.total, name, form), 1) if form.total and getattr(form.total, name) is not None \
            else None
    raise ValueError(f"unknown side {of!r}")


def _unit_costs_explain(gap: Decimal, form: Form, tolerance: Decimal) -> bool:
    """Whether costs given per unit (≤2.00万元/个), each times the count of its unit an indicator gives (=20个), make
    up the difference between the costs in money and the tasks (one of them, or all together)."""
    products = unit_products(form)
    return any(abs(p - gap) <= tolerance + slack for p, slack in products) or bool(products) \
        and abs(sum(p for p, _ in products) - gap) <= tolerance + sum(slack for _, slack in products)


def _whole_budget(form: Form) -> Decimal | None:
    """The department's whole budget in 万元: its funds block's total line, else the header's budget."""
    factor = WAN_FACTOR.get(form.meta.money_unit, Decimal(1))
    totals = [v for line in form.funds if line.role == "total" for _, v in line.amounts if v is not None]
    if totals:
        return max(totals) * factor
    return form.meta.budget * factor if form.meta.budget is not None else None


def _first_location(form: Form) -> Location:
    return form.tasks[0].location if form.tasks else form.indicators[0].location if form.indicators else Location()


@check_kind("sum_equals", {"a", "b", "d", "count", "label"}, params={"compare", "tolerance"},
            validate=lambda params: compare_errors(params.get("compare")))
def sum_equals(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """Cross-check sums in 万元: params `compare: [{left, right, label}]`, `tolerance`."""
    tolerance = Decimal(str(rule.params.get("tolerance", "0.01")))
    for pair in rule.params["compare"]:
        left, right = _side(pair["left"], form, ctx), _side(pair["right"], form, ctx)
        if not left or not right or not left[1] or not right[1]:
            continue  # nothing to compare on one side: the rule does not apply to this form
        diff = left[0] - right[0]
        factor = WAN_FACTOR.get(form.meta.money_unit, Decimal(1))
        uses = [v * factor for line in form.funds if line.role == "use" for _, v in line.amounts if v is not None]
        if pair.get("or_use_line") and any(abs(left[0] - v) <= tolerance for v in uses):
            continue  # the tasks list the 项目支出 only, as the funds block's own line of it says
        whole = _whole_budget(form) if pair.get("or_whole_budget") else None
        if whole is not None and abs(left[0] - whole) <= tolerance and right[0] < whole:
            continue  # costs for 基本支出 and 项目支出 adding up to the whole budget, the tasks listing the projects only
        if abs(diff) > tolerance and pair.get("unless") and selected(pair["unless"], form.indicators, ctx) \
                and _unit_costs_explain(abs(diff), form, tolerance):
            continue  # a cost given per unit (运营补助 ≤2.00万元/个) times its count (=20个) is the difference: not a gap
        if diff < -tolerance and pair.get("short_unless") and selected(pair["short_unless"], form.indicators, ctx):
            continue  # a cost given in words (控制在合理范围内, VAL-05's): the amounts fall short by it, one defect
        if abs(diff) > tolerance:
            yield problem(rule.id, form.total_location or _first_location(form), subject=pair.get("label", ""),
                          a=dec_str(left[0]), b=dec_str(right[0]), d=dec_str(abs(diff)),
                          count=left[1], label=pair.get("label", ""))


@check_kind("parts_sum", {"a", "b", "d", "label", "column", "also", "also_en"}, per_item=True,
            params={"parts", "tolerance", "of"}, scopes=("task",), validate=lambda params: parts_errors(params.get("of")))
def parts_sum(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """A total equals the sum of its parts (empty cells count 0), within `tolerance`: per task (`parts`
    names the budget columns), and, where `of` names `funds`, per column of a project's funds table
    (case funds). `of` defaults to [tasks]."""
    tolerance = Decimal(str(rule.params.get("tolerance", "0.01")))
    of = rule.params.get("of") or ["tasks"]
    if "funds" in of:
        yield from _funds_sum(rule, form, tolerance)
    if "tasks" not in of:
        return
    for task in items(rule, form, ctx):
        b = task.budget
        if b is None:
            continue
        parts = [getattr(b, p) for p in rule.params.get("parts", ["fiscal", "other"])]
        if b.total is None or all(p is None for p in parts):
            continue
        total_parts = sum((p or Decimal(0) for p in parts), Decimal(0))
        if abs(b.total - total_parts) > tolerance:
            yield item_problem(rule, task, form, a=dec_str(b.total), b=dec_str(total_parts),
                               d=dec_str(abs(b.total - total_parts)))
    yield from _total_line_sum(rule, form, tolerance)


def _total_line_sum(rule: Rule, form: Form, tolerance: Decimal) -> Iterator[Problem]:
    """金额合计 | 960.5 | 其中：财政拨款 | 920.2 | 其他资金 | 30.3 under tasks that give their 总额 only (blind 5589): the
    total line's own sources, which no task's can be held to (BUD-02), add up to its total."""
    b = form.total
    if b is None or b.total is None or (b.fiscal, b.other) == (None, None) or form.total_location is None \
            or any(t.budget is not None and (t.budget.fiscal, t.budget.other) != (None, None) for t in form.tasks):
        return
    parts = (b.fiscal or Decimal(0)) + (b.other or Decimal(0))
    if abs(b.total - parts) > tolerance:
        yield problem(rule.id, form.total_location, subject="金额合计", label="金额合计", column="总额", also="",
                      also_en="", a=dec_str(b.total), b=dec_str(parts), d=dec_str(abs(b.total - parts)), case="funds",
                      money_unit=form.meta.money_unit)


def _funds_sum(rule: Rule, form: Form, tolerance: Decimal) -> Iterator[Problem]:
    """In each money column of a project's funds table, the total line equals the sum of its sources. A
    header that prints two views side by side (项目资金总额 | 1500 | 年度资金申请总额 | 1500) has a column for
    each; 分值, 得分 and 执行率 columns are no money."""
    columns = list(dict.fromkeys(c for line in form.funds for c, _ in line.amounts if not labels.NOT_MONEY.search(c)))
    wrong = []
    total = None
    for column in columns:
        totals = [line for line in form.funds if line.role == "total" and dict(line.amounts).get(column) is not None]
        if len(totals) != 1:
            continue
        amount = dict(totals[0].amounts)[column]
        for role in ("part", "use"):  # its sources, and (where printed) its uses: each adds up to the total
            lines = [p for p in form.funds if p.role == role]
            values = [dict(p.amounts).get(column) for p in lines]
            if amount is None or all(v is None for v in values) or role == "use" and sum(v is not None for v in values) < 2:
                continue  # (one use line read, 项目支出 alone: no sum of uses to check)
            summed = sum((v or Decimal(0) for v in values), Decimal(0))
            views = [v for line in form.funds if line.role == "total" for _, v in line.amounts if v is not None]
            if any(abs(v - summed) <= tolerance for v in views) and len(totals[0].amounts) == 1 and len(views) > 1:
                continue  # 中期资金总额 360 | 年度资金总额 120 over sources of 120: the year's sources
            if role == "part" and _uses_add_up(form, column, amount, tolerance) \
                    and not any(_FISCAL.search(line.label) for line in lines):
                continue  # 其中：基本支出 612.80 | 项目支出 373.60 | 其他资金 0.00: the money by its use, and of the sources
                # only the other money's line — the fiscal share printed nowhere to add up (blind 5819)
            if role == "part" and not summed and amount and any(
                    v is None and any(a is not None for c, a in line.amounts
                                      if c != column and not labels.NOT_MONEY.search(c))
                    for line, v in zip(lines, values)):
                continue  # (a source with amounts in the other columns and none read in this one, the rest 0: a cell the
                # reading lost, not sources of 0 under a total of 5318.40 — blind 5573)
            if abs(amount - summed) > tolerance and not _with_breakdown(lines, values, amount, tolerance):
                wrong.append((column, amount, summed, role))
                total = total or totals[0]
                break
    if wrong and total is not None:  # one line, one finding: the columns that disagree are named in it
        column, amount, summed, role = wrong[0]
        others = "、".join(c for c, _, _, _ in wrong[1:])
        yield problem(rule.id, total.location, subject=total.label, label=total.label, column=column,
                      also=f"；{others}同样不符" if others else "", also_en=f"; {others} differ too" if others else "",
                      a=dec_str(amount), b=dec_str(summed), d=dec_str(abs(amount - summed)),
                      case="funds" if role == "part" else "funds_use", money_unit=form.meta.money_unit)


_FISCAL = re.compile(r"财政|拨款|预算内|一般公共预算|政府性基金")


def _uses_add_up(form: Form, column: str, amount: Decimal, tolerance: Decimal) -> bool:
    """Two or more use lines (基本支出, 项目支出) whose amounts in `column` add up to the total's."""
    values = [dict(line.amounts).get(column) for line in form.funds if line.role == "use"]
    return sum(v is not None for v in values) >= 2 \
        and abs(sum((v or Decimal(0) for v in values), Decimal(0)) - amount) <= tolerance


_SUB_SOURCE = re.compile(r"中央|省|市|州|盟|县|区|旗|本级|上级|专项|补助|配套|一般公共预算|政府性基金")
_AGGREGATE = re.compile(r"财政拨款|财政资金|一般公共预算|本级财政")
_OWN_SOURCE = re.compile(r"结转|结余|其他|自有|单位资金|事业收入|经营收入")


def _with_breakdown(lines: list[FundLine], values: list[Decimal | None], amount: Decimal, tolerance: Decimal) -> bool:
    """The sources add up once the lines that break one of them down are left out: 财政拨款 156 with 省级专项 100 and
    县级安排 56 under it, or 财政拨款 186.40 with 其中:县级财政 186.40 printed beside it — lines of government levels
    (one alone only under an aggregate such as 财政拨款) that sum to a source, the rest then adding up to the total
    (not 财政拨款 100 over 结转 60 and 其他 40: sources of their own)."""
    amounts = [v or Decimal(0) for v in values]
    subs = [k for k, line in enumerate(lines) if _SUB_SOURCE.search(line.label) and not _OWN_SOURCE.search(line.label)]
    if len(subs) > 8:
        return False
    for k, head in enumerate(amounts):
        for size in range(1, min(4, len(subs)) + 1):
            for chosen in combinations([s for s in subs if s != k], size):
                if size == 1 and not _AGGREGATE.search(lines[k].label):
                    continue
                if head and abs(sum((amounts[s] for s in chosen), Decimal(0)) - head) <= tolerance \
                        and abs(sum(a for s, a in enumerate(amounts) if s not in chosen) - amount) <= tolerance:
                    return True
    return False


KINDS = (sum_equals, parts_sum)
