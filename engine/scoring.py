"""A self-evaluation's scoring, as printed and as recomputed: each scored row (weight, target, 完成值, score,
reason, whether the target was met), the funds block's execution line, the 总分 and the grade. The scoring
rules (engine/rules/scoring.py) judge these figures; the formulas they use are data in the rule files."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from jxcheck.engine.levels import level_name, level_weight, level_weight_band
from jxcheck.engine.model import Form, Indicator, Location, ScoreTotal
from jxcheck.engine.units import WAN_FACTOR, lookup
from jxcheck.engine.values.parse import parse_value
from jxcheck.engine.values.types import Deadline, Quantity, Value, dec_str

NOT_APPLICABLE = re.compile(r"不适用|不涉及|无此项|不考核")
_MET_PHRASE = re.compile(r"^(已|全部|均已|按时|按期|及时|如期)?(完成|达成|达到|实现|达标)|^(按时|按期|及时|如期)")
_EMPTY_SAYING = re.compile(r"^(无|暂无|没有|无\s*。|/|／|—+|-+|无问题|不存在|未发现问题)$")
_TEMPLATE = re.compile(r"字以内|字左右|请(在此)?填写|填写说明|对照年度目标|说明.{0,6}原因.{0,10}（|\(\d+字")
_REVERSE = ("≤", "<")
# names of indicators where less is better: a target written without a comparator is their ceiling
LOWER_IS_BETTER = re.compile(r"受害率|成灾率|发生率|事故|投诉|违规|违纪|超标|损失|死亡|逾期|差错|失误|不合格率|返工|"
                             r"流失|缺陷|(返修|漏损|渗漏|超载|空置)率$|故障率|变动率|调整率|结转结余率|结余率|控制率$|成本|费用|单价|时间$|用时|时长|周期")


def shown(value: Decimal | None) -> str:
    """A figure as a message shows it: at most two decimals, no trailing zeros (9.8, 14.54, 100)."""
    if value is None or not value.is_finite():
        return ""
    exponent = value.as_tuple().exponent
    rounded = value.quantize(Decimal("0.01")) if isinstance(exponent, int) and exponent < -2 else value
    return dec_str(rounded) or ""


_NOT_MET = re.compile(r"^(未|没有|尚未|暂未)(达成|完成|实现|达到|达标)|较差|^差$")
_PARTLY = re.compile(r"^(部分|基本|大部分?|多数)(达成|完成|实现|达到|达标)")


def grade_of(text: str) -> str | None:
    """A 完成值 written as a grade in a few words: 未达成, 部分完成, 基本实现, 已完成 … (the template's long phrases
    are read by the value grammar)."""
    t = re.sub(r"\s", "", text or "")
    if _NOT_MET.search(t):
        return "未达成"
    if _PARTLY.match(t):
        return "部分达成"
    if _MET_PHRASE.match(t):
        return "达成"
    return None


def said(text: str | None) -> bool:
    """A reason or a narrative that says something: not empty, not 无 or a dash, not the template's prompt."""
    t = (text or "").strip()
    return bool(t) and not _EMPTY_SAYING.match(t) and not _TEMPLATE.search(t)


def template_prompt(text: str) -> bool:
    """The template's own prompt left in a cell (说明……的完成情况(100字以内))."""
    return bool(_TEMPLATE.search(text or ""))


@lru_cache(maxsize=4096)
def _parsed(text: str) -> Value:
    return parse_value(text)


@dataclass(frozen=True)
class ScoredRow:
    """One indicator row of a self-evaluation with what its figures say."""

    indicator: Indicator
    target: Value | None
    actual: Value | None
    applicable: bool
    comparable: bool | None  # 完成值 and 指标值 can be compared (None: no 完成值 to compare)
    direction: str | None  # positive (≥ ＞ ＝) or reverse (≤ ＜), for a quantity compared with a quantity
    target_number: Decimal | None  # in the target's unit
    actual_number: Decimal | None  # in the target's unit
    grade: str | None  # 达成, 部分达成, 未达成: written, or implied by a 完成值 equal to the target
    met: bool | None  # None: cannot tell

    @property
    def location(self) -> Location:
        return self.indicator.score_location or self.indicator.location

    def env(self) -> dict:
        """The fields a scoring formula may name on this row."""
        i = self.indicator
        percent = getattr(self.target, "unit", None) == "%" or getattr(self.actual, "unit", None) == "%"
        return {"分值": i.weight, "得分": i.score, "完成值": self.actual_number, "指标值": self.target_number,
                "是百分比": percent}


def rows(form: Form) -> list[ScoredRow]:
    """The indicator rows that carry a weight, a score or a 完成值 (a target form's rows carry none of them)."""
    return [_scored(i, form.meta.year) for i in form.indicators if i.weight is not None or i.score is not None or i.actual]


_ADJUSTED = re.compile(r"^extra:(调整后?|变更后?|修正后?)(的)?(年度)?(目标|指标)值$")


def adjusted_target(i: Indicator) -> Value | None:
    """The target as adjusted during the year (年初目标值 | 调整后目标值 | 实际完成值), where the row fills it in: the
    completion is scored against it."""
    text = next((v for k, v in i.extras if _ADJUSTED.match(k) and not re.fullmatch(r"[-—－/／\s]*|无|未调整", v.strip())),
                None)
    if text is None:
        return None
    value = _parsed(text)
    original = i.value if i.value is not None else _parsed(i.raw)
    return value if value.kind in ("quantity", "range", "deadline") and value.kind == original.kind else None


def _scored(i: Indicator, year: int | None = None) -> ScoredRow:
    target = adjusted_target(i) or (i.value if i.value is not None else _parsed(i.raw))
    actual = _parsed(i.actual) if i.actual and i.actual.strip() else None
    applicable = not NOT_APPLICABLE.search(f"{i.actual or ''}{i.reason or ''}")
    if actual is None or not applicable:
        return ScoredRow(i, target, actual, applicable, None, None, None, None, None, None)
    target = _month_of_year(i.name, target, actual, year)
    t_number, a_number, direction = _numbers(target, actual, bool(LOWER_IS_BETTER.search(i.name)))
    comparable = _comparable(target, actual, a_number)
    grade = getattr(actual, "grade", None) if getattr(actual, "category", None) == "grade" else None
    if grade not in ("达成", "部分达成", "未达成"):
        grade = grade_of(actual.text) or ("达成" if _same_words(target, actual) else None)
    met = _met(direction, t_number, a_number, grade, target, actual)
    return ScoredRow(i, target, actual, applicable, comparable, direction, t_number, a_number, grade, met)


def _month_of_year(name: str, target: Value, actual: Value, year: int | None) -> Value:
    """工程完工时间 ≤12月 done in 11月: by the end of a month of the budget year, not a span of twelve months, when the
    name asks for a time and the 完成值 is a date (建设工期 ≤6月 stays a duration)."""
    if isinstance(target, Quantity) and isinstance(actual, Deadline) and target.unit == "月" \
            and target.op in ("≤", "<", "＜") and actual.date.month and _POINT_IN_TIME.search(name) \
            and 1 <= target.number <= 12 and target.number == target.number.to_integral_value():
        month = int(target.number) - (1 if target.op != "≤" else 0)
        year = year or actual.date.year  # (a form with no year of its own: the year the date was written in)
        return _parsed(f"{year}年{month}月底前" if year else f"{month}月底前") if month else target
    return target


_POINT_IN_TIME = re.compile(r"(时间|日期|时点|时限|期限|完成|完工|竣工|办结|发放|拨付|到位)(时间|日期)?$")


def _numbers(target: Value, actual: Value, lower_is_better: bool = False
             ) -> tuple[Decimal | None, Decimal | None, str | None]:
    """The target's number and the actual's in the same unit, and the direction of the target (a target
    without a comparator is positive, unless its name counts harm: `lower_is_better`)."""
    if target.kind not in ("quantity", "range") or actual.kind != "quantity":
        return None, None, None
    t_number = getattr(target, "number", None) if target.kind == "quantity" else getattr(target, "low", None)
    a_number = getattr(actual, "number", None)
    t_unit, a_unit = getattr(target, "unit", None), getattr(actual, "unit", None)
    per = t_unit.split("/", 1) if t_unit and "/" in t_unit else None
    if per and a_unit == per[0] and per[1] in _PER_YEAR and t_number is not None \
            and lookup(a_unit).kind == "count":  # 每季度1次 against 4次 in the year (not 2000元/月 against 2000元)
        t_number, t_unit = t_number * _PER_YEAR[per[1]], a_unit
    if t_unit and a_unit and t_unit != a_unit:
        factors = WAN_FACTOR.get(a_unit), WAN_FACTOR.get(t_unit)
        if factors[0] is None or factors[1] is None or a_number is None:
            return t_number, None, None
        a_number = a_number * factors[0] / factors[1]
    op = getattr(target, "op", None)
    direction = "reverse" if op in _REVERSE else "positive"
    if op is None and lower_is_better:  # 森林火灾受害率 0.9: a bare number on a harm is a ceiling
        direction = "reverse"
    return t_number, a_number, direction


_PER_YEAR = {"季度": 4, "月": 12, "周": 52, "半年": 2, "年": 1}
_LAST_YEAR = re.compile(r"上年|去年|上一年|同期|同比")


_CHANGE_FIRST = re.compile(r"\s*(下降|减少|降低|增长|增加|提高|上升|提升)\s*\d")
_NOT_UP = re.compile(r"不(增加|增长|上升|提高|提升)")
_NOT_DOWN = re.compile(r"不(下降|减少|降低)")
_UP = re.compile(r"不低于|不少于|(?<!不)高于|增长|增加|提高|提升|上升")
_DOWN = re.compile(r"不高于|不超过|(?<!不)低于|下降|减少|降低|压减")


def _same_way(target: str, actual: str) -> bool:
    """不高于上年 and 较上年下降1.8% go the same way; 不低于上年 and 较上年下降15% do not."""
    def way(text: str) -> str | None:
        if _NOT_UP.search(text):
            return "down"  # 较上年不增加, 同比不上升
        if _NOT_DOWN.search(text):
            return "up"
        return "up" if _UP.search(text) else "down" if _DOWN.search(text) else None
    t, a = way(target), way(actual)
    return t is None or a is None or t == a


_DATE_BY = re.compile(r"\d{1,2}\s*月\s*(\d{1,2}\s*[日号]|底|末)\s*(之?前|以前)")  # 按季度拨付,12月31日前拨付完毕


_DONE_NO_DATE = re.compile(r"^(已|均已|全部|按时|按期|如期|及时)?(按时|按期|如期|及时)?(完成|发放|拨付|兑付|到位|完工|办结)(到位|完毕)?[。.]?$")


def _comparable(target: Value, actual: Value, a_number: Decimal | None) -> bool:
    """Whether the 完成值 says the same kind of thing as the 指标值: a number in its unit, a phrase; against
    last year (不高于上年) what it did against last year (较上年下降1.8%)."""
    if target.kind in ("quantity", "range"):
        return a_number is not None  # (良好 against ≥95%: a grade says nothing of the number, 621, 756, 860)
    if target.kind == "qualitative":
        if actual.kind == "deadline" and _DATE_BY.search(target.text):
            return True  # 按季度拨付,12月31日前拨付完毕 against 12月25日拨付完毕
        if getattr(target, "category", None) == "compliance" and re.search(r"全覆盖|全部覆盖", target.text) \
                and re.search(r"全覆盖|全部覆盖", actual.text):
            return True  # 村卫生室全覆盖 against 58个行政村全覆盖: covered, counted (blind 4757)
        return actual.kind == "qualitative" or bool(_LAST_YEAR.search(target.text)
                                                    and (_LAST_YEAR.search(actual.text) or _CHANGE_FIRST.match(actual.text))
                                                    and _same_way(target.text, actual.text))
        # (较上年下降 against 下降3.1%: the change against last year, its size said — blind 4824)
    if target.kind == "deadline" and getattr(target, "date").month and actual.kind == "qualitative" \
            and not re.search(r"\d", actual.text) and _DONE_NO_DATE.search(actual.text):
        return False  # 2023年11月30日前 against 已完成 or 按时发放: the date it was done is what is checked (371, 651, 905)
    return True  # a deadline or a period: a date, a grade or a phrase all say whether it was kept


def _same_words(target: Value, actual: Value) -> bool:
    strip = re.compile(r"[\s，,。.；;]")
    return target.kind == "qualitative" and strip.sub("", target.text) == strip.sub("", actual.text)


def _met(direction: str | None, t: Decimal | None, a: Decimal | None, grade: str | None, target: Value,
         actual: Value) -> bool | None:
    if direction is not None and t is not None and a is not None:
        return a <= t if direction == "reverse" else a >= t
    if grade is not None:
        return grade == "达成"
    if target.kind == "deadline" and actual.kind == "deadline":
        due, done = getattr(target, "date"), getattr(actual, "date")
        if due.month and done.month and (due.year or 0) and (done.year or 0):
            return (done.year, done.month, done.day or 1) <= (due.year, due.month, due.day or 31)
    return None


# -- the funds block -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Execution:
    """The funds block's line that the execution rate is scored on (年度资金总额, else the sum of its parts)."""

    label: str
    initial: Decimal | None  # 年初预算数
    budget: Decimal | None  # 全年预算数 (调整后预算数); the 年初 amount when the form has no other
    spent: Decimal | None  # 全年执行数
    weight: Decimal | None  # 分值 (or the weight written in the score's label: 得分(20分*执行率))
    rate_text: str
    rate: Decimal | None  # the printed rate, in percent
    score_text: str
    score: Decimal | None
    reason: str
    location: Location
    parts: tuple[tuple[Decimal, Decimal], ...] = ()  # (budget, spent) of each source line, for EVAL-12
    rate_column: bool = False  # the block has a 执行率 column
    score_column: bool = False  # the block has a 得分 column
    scored_parts: tuple[tuple[str, Location], ...] = ()  # source lines that carry a score of their own
    reason_column: bool = False  # the block has a column of its own for why the rate is low (执行率偏低原因说明)

    @property
    def computed_rate(self) -> Decimal | None:
        if self.budget is None or self.spent is None or self.budget == 0:
            return None
        return self.spent / self.budget * 100

    def env(self) -> dict:
        return {"预算数": self.budget, "年初预算数": self.initial, "执行数": self.spent, "分值": self.weight,
                "执行率": self.computed_rate, "填报执行率": self.rate, "得分": self.score,
                "末位半单位": half_unit(self.score_text)}


_INITIAL = re.compile(r"年初")
_BUDGET = re.compile(r"全年预算|调整后?预算|预算数|预算金额")
_SPENT = re.compile(r"执行数|实际支出|支出数|决算数|执行金额|实际执行")
_WEIGHT_IN_LABEL = re.compile(r"(\d+(?:\.\d+)?)\s*分")


def execution(form: Form) -> Execution | None:
    lines = [line for line in form.funds if any(_SPENT.search(k) or "执行率" in k for k, _ in line.amounts)]
    if not lines:
        return None
    total = next((line for line in lines if line.role == "total"), lines[0])
    texts = dict(total.texts)

    def column(pattern: re.Pattern, line_amounts: dict) -> Decimal | None:
        return next((v for k, v in line_amounts.items() if pattern.search(k) and v is not None), None)

    def figures(amounts: dict) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
        initial = column(_INITIAL, amounts)
        budget = column(re.compile(_BUDGET.pattern), {k: v for k, v in amounts.items() if not _INITIAL.search(k)})
        return initial, budget if budget is not None else initial, column(_SPENT, amounts)
    initial, budget, spent = figures(dict(total.amounts))
    parts, scored, initials = [], [], []
    for line in lines:
        if line is total or line.role == "use":  # 基本支出 | 项目支出: the same money again, by its use
            continue
        i, b, s = figures(dict(line.amounts))
        if b and s is not None:
            parts.append((b, s))
            initials.append(i or Decimal(0))
        if any("得分" in k and _plain_number(t) is not None for k, t in line.texts):
            scored.append((line.label, line.location))  # the execution score counted again on a source line
    if not budget and not spent and parts:  # 年度资金总额 0 | 0 | 0 beside real sources: their sum is the line
        budget, spent = sum((b for b, _ in parts), Decimal(0)), sum((s for _, s in parts), Decimal(0))
        initial = sum(initials, Decimal(0)) if initial is None or not initial else initial
    rate_text = next((t for k, t in texts.items() if _rate_label(k)), "")
    score_key = next((k for k in texts if "得分" in k), None)
    weight_text = next((t for k, t in texts.items() if k.startswith(("分值", "权重")) or k.endswith("权重")), "")  # 执行率权重,
    # 权重(%)
    weight = _plain_number(weight_text)
    if weight is None and score_key and (w := _WEIGHT_IN_LABEL.search(score_key)):
        weight = Decimal(w.group(1))
    score_text = texts.get(score_key, "") if score_key else ""
    reason = next((t for k, t in texts.items() if re.search(r"原因|说明", k)), "")
    columns = [k for line in lines for k, _ in line.texts]
    return Execution(total.label, initial, budget, spent, weight, rate_text.strip(), percent(rate_text),
                     score_text.strip(), _plain_number(score_text), reason, total.location, tuple(parts),
                     any("执行率" in k and not _SCORE_LABEL.match(k) for k in columns), score_key is not None,
                     tuple(scored),
                     any(re.search(r"(偏低|执行率).*(原因|说明)", k) for k in columns))


def _rate_label(label: str) -> bool:
    """A funds column of the execution rate: not its weight or score (执行率权重, 执行率得分), nor a score named with its
    formula (得分（10分*执行率）, 四川 — blind 8119)."""
    return "执行率" in label and not re.search(r"(权重|得分|分值)$", label) and not _SCORE_LABEL.match(label)


_SCORE_LABEL = re.compile(r"得分|分值")  # a label that begins as a score's or a weight's


def percent(text: str) -> Decimal | None:
    """A printed rate in percent: 99.5% -> 99.5; a bare fraction up to 1 (0.95, 1) -> 95, 100; a bare number -> itself."""
    t = text.strip().replace("％", "%")
    found = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(%?)", t)
    if not found:
        return None
    number = Decimal(found.group(1))
    return number * 100 if not found.group(2) and number <= 1 else number


def half_unit(text: str, rate: bool = False) -> Decimal:
    """Half of the last printed digit's unit (10 -> 0.5, 9.8 -> 0.05): what rounding to the printed figure allows.
    A `rate` printed as a bare fraction (0.958) is in hundredths of a percent point's scale: its unit ×100."""
    found = re.search(r"\d+(?:\.(\d+))?", text or "")
    places = len(found.group(1)) if found and found.group(1) else 0
    half = Decimal(5).scaleb(-(places + 1))
    fraction = rate and found is not None and found.group(1) is not None and "%" not in text and "％" not in text \
        and Decimal(found.group(0)) <= 1  # 0.958, not 0 or 1
    return half * 100 if fraction else half


def _plain_number(text: str) -> Decimal | None:
    t = (text or "").strip().rstrip("分")
    try:
        return Decimal(t) if re.fullmatch(r"\d+(?:\.\d+)?", t) else None
    except InvalidOperation:
        return None


# -- the total and the grade -----------------------------------------------------------------------------------
_SCORE_FIELDS = re.compile(r"^(自评得分|自评总分|总分|综合得分|评价得分|得分合计|总得分)$")
_GRADE_FIELDS = re.compile(r"^(评价等级|自评等级|等级|绩效等级|自评结果等级)$")
GRADE_WORDS = {"优秀": "优", "良好": "良", "中等": "中", "较差": "差"}


def total(form: Form) -> ScoreTotal | None:
    """The printed 总分: the row under the table, else a header field (自评得分 | 98)."""
    if form.score_total is not None:
        return form.score_total
    for key, value in form.meta.fields:
        if _SCORE_FIELDS.match(key) and _plain_number(value) is not None:
            at = dict(form.places).get(key)  # the field's own row (自评得分 | 98.76 in the header, blind 4821)
            return ScoreTotal(label=key, score=_plain_number(value), location=at if at is not None and at.line
                              else form.indicators[0].location if form.indicators else Location())
    return None


def grade(form: Form) -> str | None:
    """The printed grade (优 良 中 差), from the 总分 row or a 评价等级 field."""
    printed = form.score_total.grade if form.score_total is not None else None
    if printed is None:
        printed = next((v.strip() for k, v in form.meta.fields if _GRADE_FIELDS.match(k) and v.strip()), None)
    if printed is None:
        return None
    return GRADE_WORDS.get(printed, printed)


def group_weights(form: Form) -> list[tuple[str, Decimal, Decimal, Location]]:
    """Each 一级 that states its weight in its label (产出指标(50分)): (一级, stated, sum of its rows, first row); a
    band ((40-50)分) only when its rows' sum lies outside it, stated as its top."""
    stating: dict[str, set[str]] = {}  # the labels that state a weight, by the 一级's name
    for row in form.indicators:
        if level_weight(row.level1) is not None:
            stating.setdefault(level_name(row.level1), set()).add(row.level1)
    out: dict[str, list] = {}
    for row in form.indicators:
        label = row.level1
        if level_weight(label) is None:  # a row that shows its 一级 bare (效益指标, from its 二级) beside rows that
            labelled = stating.get(level_name(label), set()) if level_name(label) else set()  # show it labelled
            if len(labelled) != 1:  # (二、效益指标（30分）): theirs
                continue
            label = next(iter(labelled))
        if row.weight is None:
            continue
        entry = out.setdefault(label, [level_weight(label), Decimal(0), row.location])
        entry[1] += row.weight
    return [(level, stated, summed, where) for level, (stated, summed, where) in out.items()
            if not ((band := level_weight_band(level)) and band[0] <= summed <= band[1])]  # (40-50)分: 45 lies in it


EXECUTION = "预算执行"  # the execution rate's share in a rule's `split`, beside the 一级 names


def split(form: Form, execution_weight: Decimal | None) -> dict[str, Decimal]:
    """The weights by 一级 (产出指标, 效益指标, 满意度指标 …) plus 预算执行, as the rows add them up."""
    out: dict[str, Decimal] = {}
    if execution_weight is not None:
        out[EXECUTION] = execution_weight
    for row in form.indicators:
        if row.weight is not None:
            key = level_name(row.level1) or row.level1
            out[key] = out.get(key, Decimal(0)) + row.weight
    for key, weight, _ in empty_group_points(form):
        if weight is not None:
            out[key] = out.get(key, Decimal(0)) + weight
    return out


def empty_group_points(form: Form) -> list[tuple[str, Decimal | None, Decimal | None]]:
    """The points printed on 二级 rows with no indicator under them (可持续影响指标 | | | 10 | 10), by 一级: counted
    in the table's sums as the form counts them (STR-04 says the group is empty)."""
    def key(block: str, level1: str, level2: str) -> tuple[str, str, str]:
        return block, level_name(level1) or level1, level_name(level2) or level2
    filled = {key(i.block, i.level1, i.level2) for i in form.indicators if i.name.strip()}
    return [(key(block, l1, l2)[1], w, s) for block, l1, l2, w, s in form.group_points
            if key(block, l1, l2) not in filled]


def narratives(form: Form) -> list[tuple[str, str]]:
    """The narrative fields a self-evaluation prints: 存在问题, 改进措施, 评价结论, 偏差原因 …"""
    pattern = re.compile(r"存在问题|改进措施|评价结论|自评结论|原因分析|问题及改进|主要问题")
    return [(k, v) for k, v in form.meta.fields if pattern.search(k) and _label(k)]


def _label(key: str) -> bool:
    """A field's label, not a report's sentence taken for one (对照…自评小组经过自评,综合评价得分为99.8分。)."""
    return len(key) <= 24 and not re.search(r"[，,。；;]", key)


_STOCK = re.compile(r"^(已|均已|按时|按期)?(全面|全部|基本|圆满|较好地?)?(完成|达成|实现)(了)?(年度|全年|年初|预期|既定)?"
                    r"(绩效)?(目标|任务)(任务)?[。.！!]?$")


def achievement(form: Form) -> tuple[str, str] | None:
    """The 年度目标完成情况 a self-evaluation prints under its goal (label, text), when it has one."""
    return next(((k, v) for k, v in form.meta.fields if re.search(r"完成情况|实际完成|完成综述", k)
                 and _label(k)), None)


def restates(text: str, goals: list[str], all_met: bool = False) -> bool:
    """An achievement that says nothing of its own: a stock phrase (完成年度目标。) or the goal copied — where every
    indicator was met (`all_met`), word for word or with the goal's aims (以上, 不低于) kept: a target met exactly is
    told in its own figures (对19道渡口、21艘渡船落实… / 全年未发生…, blind 5662, 5495)."""
    from difflib import SequenceMatcher
    def bare(t: str) -> str:  # no punctuation, no list numbers (目标1：, 1.)
        return re.sub(r"[\s，,。.；;：:、]", "", re.sub(r"目标\s*\d+\s*[：:.、]?|(?<![\d.])\d{1,2}\s*[.、．)）](?!\d)", "", t))
        # (1.26万亩, 3.2万人: a figure's point, not a list number's)

    def numbers(t: str) -> set[str]:
        return set(re.findall(r"\d+(?:\.\d+)?", t))
    plain = bare(text)
    if _STOCK.match(plain) or len(re.findall(r"[\u4e00-\u9fff]", plain)) < 4:  # 完成年度目标。 / 37.24
        return True
    for goal in (bare(g) for g in [*goals, "".join(goals)] if g):  # each goal, and all of them as one cell
        if len(plain) >= 8 and plain in goal:
            return True  # a part of the goal copied
        if SequenceMatcher(None, plain, goal).ratio() >= 0.8 and numbers(plain) <= numbers(goal) \
                and not (_AIMED.findall(goal) and not _AIMED.findall(plain)) \
                and not (all_met and plain != goal and not _AIMED.findall(plain)):
            return True  # the goal copied (its figures unchanged: not what was achieved; 保持100% told as 比例100%, its
            # aim's words gone, is what was done, blind 5343)
        if not numbers(plain) and len(plain) >= 8 and _covered(_PAST.sub("", plain), _PAST.sub("", goal)) >= 0.8:
            return True  # the goal put in the past tense (打击了毒品犯罪), not one figure of what was done
    return False


_PAST = re.compile(r"[了已]")
_AIMED = re.compile(r"保持|不低于|不少于|不超过|以上|以内|确保|力争|达到|控制在")  # a target's words


def _covered(text: str, goal: str) -> float:
    """The share of `text` found, in order, in `goal`."""
    from difflib import SequenceMatcher
    matcher = SequenceMatcher(None, text, goal, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(text)
