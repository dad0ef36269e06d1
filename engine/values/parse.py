"""parse_value: run the grammar once per distinct text and build the typed Value."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any
from decimal import Decimal, localcontext
from functools import lru_cache

import pyparsing as pp

from jxcheck.engine.values import grammar as g, worded
from jxcheck.engine.values.chars import clean
from jxcheck.engine.values.rewrite import rewrite
from jxcheck.engine.values.types import (Deadline, Invalid, Missing, PartialDate, Period, Qualitative, Quantity,
                                 Range, Value)
from jxcheck.engine.values.vocab import classify

_EMPTY = {"", "/", "-", "--", "—", "——", "－", "一", "无数据", "待定", "不适用", "n/a", "N/A"}  # a lone 一 is an OCR dash
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PLACEHOLDER = re.compile(r"[*_＊]|XX|xx|××|(?<![A-Za-z])[Xx](?![A-Za-z])|□|…")
_LEADING_OP = re.compile(r"^\s*(>=|<=|=>|=<|==|≥|≤|=|>|<)")
_DIGIT = re.compile(r"\d")
_UNIT_TAIL = re.compile(r"(万元|元|万|亿元|%|人|次|个|项)$")


@lru_cache(maxsize=65536)
def parse_value(text: str) -> Value:
    """Read one value cell. Never raises: what cannot be read becomes Invalid."""
    try:
        return _parse(text if isinstance(text, str) else str(text))
    except Exception as exc:  # the grammar must never take a form down with it
        return Invalid(text=str(text), reason=f"无法解析：{exc}", position=0)


def _parse(text: str, guarded: bool = True) -> Value:
    raw = text
    s = g.fold(clean(text)).strip().rstrip(";；,，、。")
    if s in _EMPTY:
        return Missing(text=raw, reason="未填写" if not s else "占位符")
    s, rewritten = rewrite(s)
    value = _read(raw, s, guarded)
    if rewritten and not isinstance(value, (Missing, Invalid)):
        value = replace(value, notes=rewritten + value.notes)
    return value


_LONE_X = re.compile(r"(?<=[%％\u4e00-\u9fff])[Xx](?=[\u4e00-\u9fff])")


def _placeholder(s: str) -> bool:
    """A template's slot left as it was (≥**%, XX人, ≥X%, 2023年X月); not a stray X between two filled clauses
    (签约率提高1%X体检率提高2%: a lost separator, the numbers are there)."""
    found = [m for m in _PLACEHOLDER.finditer(s)]
    if not found:
        return False
    stray = [m for m in found if _LONE_X.match(s, m.start())]
    return len(stray) < len(found) or len(re.findall(r"\d+(?:\.\d+)?", s)) < 2


def _read(raw: str, s: str, guarded: bool) -> Value:
    if _placeholder(s):
        return Missing(text=raw, reason="模板占位符")
    if len(s) > 120:  # a paragraph, not a value: read as text, never put through the grammar
        return Qualitative(text=raw, notes=("指标值过长，按文字表述处理",), phrase=s[:120] + "…")
    names = _candidates(s) if guarded else g.ORDER
    if guarded and names[0] == "quantity":
        simple = _simple_quantity(raw, s)
        if simple is not None:
            return simple
    for name in names:
        try:
            res = g.GRAMMAR[name].parse_string(s, parse_all=True)
        except pp.ParseBaseException:
            continue
        value = _BUILDERS[name](raw, res)
        if value is not None:
            return value
    def again(text: str) -> Value:  # a part read as a value of its own
        return _read(text, text, guarded)
    return worded.labelled_parts(raw, s, again) or worded.measured_clause(raw, s, again) or worded.rank(raw, s) \
        or _fallback(raw, s)


# What each grammar cannot match without (a literal it must consume): a text that lacks it is not tried
# there, which spares most values four failed parses. Every date form holds 年, 月, 季 or a year
# followed by . / -; a period or a range needs a separator; ± heads a plus-minus range. A test
# compares guarded and unguarded parsing over the value fixtures and generated text.
_DATEISH = re.compile(r"[年月季]|(?:19|20)\d{2}[./-]")
_SEPARATOR = re.compile(r"[-~—至到]")
_GUARDS = {"months": lambda s: "月" in s, "period": lambda s: bool(_DATEISH.search(s) and _SEPARATOR.search(s)),
           "deadline": lambda s: bool(_DATEISH.search(s)), "pm": lambda s: "±" in s,
           "range": lambda s: bool(_SEPARATOR.search(s))}


def _candidates(s: str) -> list[str]:
    """The grammars, in order, that could match `s`."""
    return [name for name in g.ORDER if name not in _GUARDS or _GUARDS[name](s)]


# The commonest value, an operator symbol, a plain number and a known unit (≥521人, ≤10%, 95%以上,
# =180元/人.天), read without the grammar; anything else, or a unit the registry does not know, goes
# through it. Only for texts no date, range or plus-minus grammar could match (see _candidates).
_SIMPLE = re.compile(r"(?P<op>>=|<=|=>|=<|==|≥|≤|=|>|<)?(?P<number>\d+(?:\.\d+)?)"
                     r"(?P<unit>%|‰|[\u4e00-\u9fffA-Za-z/.·]{1,8}?)?"
                     r"(?P<suffix>及以上|或以上|以上|及以下|或以下|以下|以内|之内|内|左右)?$")
_NOT_UNIT = re.compile(r"以|内|左右|" + g._REMARKS)


def _simple_quantity(raw: str, s: str) -> Value | None:
    m = _SIMPLE.match(s)
    if m is None:
        return None
    unit = m.group("unit")
    if unit and (_NOT_UNIT.search(unit) or g.lookup_unit(unit).kind == "unknown"):
        return None
    res: dict[str, object] = {"number": Decimal(m.group("number"))}
    if m.group("op"):
        res["op"] = g._SYMBOL_OPS[m.group("op")]
    if unit:
        res["unit"] = unit
    if m.group("suffix"):
        res["suffix"] = g._SUFFIX_OPS[m.group("suffix")]
    return _quantity(raw, res)


def _fallback(raw: str, s: str) -> Value:
    m = _LEADING_OP.match(s)
    if m:
        rest = s[m.end():].strip()
        if not _DIGIT.search(rest):
            reason = "只有比较符，缺少数值" if not rest else "比较符后缺少数值"
            return Invalid(text=raw, reason=reason, position=m.end())
        return Invalid(text=raw, reason="无法解析为“比较符+数值+单位”", position=m.end())
    phrase, notes = _strip_note(s)
    if not _CJK.search(_UNIT_TAIL.sub("", phrase)):
        return Invalid(text=raw, reason="无法识别的内容，既不是数量也不是文字表述", position=0)
    grade, category = classify(phrase)
    if _DIGIT.search(phrase) and category is None:
        notes = notes + ("含数字但无法读作数量或日期",)
    return Qualitative(text=raw, notes=notes, phrase=phrase, grade=grade, category=category)


def _strip_note(s: str) -> tuple[str, tuple[str, ...]]:
    m = re.search(r"[(\[【]([^()\[\]【】]*)[)\]】]?\s*$", s)
    if m and m.start() > 0:
        return s[:m.start()].strip(), (f"附注：{m.group(1)}",)
    return s, ()


def _notes(res: Any) -> list[str]:
    note = res.get("note")
    return [f"附注：{note.strip('()[]【】 ')}"] if note else []


def _op(res: Any, notes: list[str]) -> str | None:
    prefix = res.get("op")
    prefix = prefix[0] if isinstance(prefix, pp.ParseResults) else prefix
    suffix = res.get("suffix")
    suffix = suffix[0] if isinstance(suffix, pp.ParseResults) else suffix
    if suffix == "~" or prefix == "~":
        notes.append("约数（“约”“左右”）")
        suffix = None if suffix == "~" else suffix
        prefix = None if prefix == "~" else prefix
    if prefix and suffix and prefix != suffix:
        notes.append(f"比较符前后不一致（{prefix}与{suffix}），按{prefix}理解")
    return prefix or suffix


def _unit(text: str | None, notes: list[str]):
    if not text:
        return None, None
    unit = g.lookup_unit(text.strip())
    notes.extend(unit.notes)
    return unit.text, unit.kind


def _quantity(raw: str, res: Any) -> Value | None:  # named results, or the same names from _SIMPLE
    notes = _notes(res)
    op = _op(res, notes)
    if "pct_words" in res:
        number, unit_text = res["pct_words"][0], "%"
        if res.get("unit"):
            return None
    else:
        number, unit_text = res["number"], res.get("unit")
    if res.get("sign") == "-":
        number = -number
    if res.get("per") and unit_text:
        unit_text = f"{unit_text}/{g._PER[res['per']]}"  # 每年1次 is 1次/年
    if res.get("remark"):
        notes.append(f"附加说明：{res['remark']}")
    if res.get("clause"):
        notes.append(f"附加说明：{res['clause'].lstrip('，,；; ')}")
    unit, kind = _unit(unit_text, notes)
    if kind == "unknown" and re.search(r"[零一二三四五六七八九十百千两]", raw[:1] or ""):
        return None  # a phrase that starts with a numeral (一般, 十分满意, 零增长) is not a quantity
    if kind == "unknown" and unit and len(unit) > 6:
        return None  # 1-6期培训结束后及时考核: a sentence after a number is no unit
    unit_obj = g.lookup_unit(unit) if unit else None
    wan = exact_product(number, unit_obj.wan_factor) if unit_obj and unit_obj.wan_factor is not None else None
    return Quantity(text=raw, notes=tuple(notes), op=op, number=number, unit=unit, unit_kind=kind, wan=wan)


_GARBLED_DATE = re.compile(r"(?:19|20)\d{2}(?:0?[1-9]|1[0-2])$")


def _range(raw: str, res: pp.ParseResults) -> Value | None:
    notes = _notes(res)
    op = _op(res, notes)
    low_text, high_text = res.get("unit_low"), res.get("unit")
    if not low_text and not high_text and all(_GARBLED_DATE.match(str(res[k])) for k in ("low", "high")):
        return Invalid(text=raw, reason="疑为日期区间但年月粘连（如“20237-202412”），无法确定起止年月", position=0)
    if low_text and high_text and g.lookup_unit(low_text).text != g.lookup_unit(high_text).text:
        notes.append(f"区间上下限单位不一致（{low_text}与{high_text}）")
    unit, kind = _unit(high_text or low_text, notes)
    if kind == "unknown" and unit and len(unit) > 6:
        return None  # 1-6期培训结束后及时考核: a sentence after a number is no unit
    return Range(text=raw, notes=tuple(notes), low=res["low"], high=res["high"], unit=unit, unit_kind=kind, op=op)


def _plus_minus(raw: str, res: pp.ParseResults) -> Value:
    notes = _notes(res)
    op = res.get("op")  # ±3%以内: 以内 restates the range, it is not a comparator
    op = op[0] if isinstance(op, pp.ParseResults) else op
    unit, kind = _unit(res.get("unit"), notes)
    high = res["high"]
    return Range(text=raw, notes=tuple(notes), low=-high, high=high, unit=unit, unit_kind=kind, op=op)


def _date(text: str, inherit_year: int | None = None) -> PartialDate | None:
    """A PartialDate from a date the grammar matched; None when the day does not exist."""
    parts = g.read_date(text)
    if parts is None:
        return None
    year = int(parts["y"]) if "y" in parts else inherit_year
    if "yend" in parts or "within" in parts:
        return PartialDate(year, 12, 31)
    if "q" in parts:
        month = 3 * ("一二三四".index(parts["q"]) + 1 if parts["q"] in "一二三四" else int(parts["q"]))
        return PartialDate(year, month, g.month_end(year, month))
    if "half" in parts:
        return PartialDate(year, 6, 30) if parts["half"] == "上" else PartialDate(year, 12, 31)
    if "whole" in parts:
        return PartialDate(year, None)
    month = int(parts["m"])
    part = parts.get("part")
    if "d" in parts:
        day = int(parts["d"])
        return PartialDate(year, month, day) if day <= g.month_end(year, month) else None
    if part in ("底", "末", "月底", "月末", "下旬"):
        return PartialDate(year, month, g.month_end(year, month))
    if part in ("上旬", "中旬"):
        return PartialDate(year, month, 10 if part == "上旬" else 20)
    return PartialDate(year, month)


def _deadline(raw: str, res: pp.ParseResults) -> Value | None:
    date = _date(res["date"])
    if date is None:
        return Invalid(text=raw, reason="日期不存在", position=0)
    notes = _notes(res)
    if res.get("remark"):
        notes.append(f"附加说明：{res['remark']}")
    within = re.search(r"年内|本年度内|当年", res["date"]) is not None  # 年内 is a bound in itself
    bound = "before" if res.get("bound") or within else None
    if date.month is None:  # 2022年 / 2022年度: the whole year, unless a bound makes it a deadline
        if not bound:
            return Period(text=raw, notes=tuple(notes), start=PartialDate(date.year, 1), end=PartialDate(date.year, 12))
        date = PartialDate(date.year, 12, 31)
    return Deadline(text=raw, notes=tuple(notes), date=date, bound=bound)


def _period(raw: str, res: pp.ParseResults) -> Value | None:
    start = _date(res["start"])
    if start is None:
        return None
    end = _date(res["end"], inherit_year=start.year)
    if end is None:
        return None
    return Period(text=raw, notes=tuple(_notes(res)), start=start, end=end)


def _months(raw: str, res: pp.ParseResults) -> Value | None:
    m = g.MONTHS.match(res["months"])
    assert m is not None  # the grammar matched this text with the same pattern
    year = int(m.group("y")) if m.group("y") else None
    start, end = PartialDate(year, int(m.group("m1"))), PartialDate(year, int(m.group("m2")))
    return Period(text=raw, notes=tuple(_notes(res)), start=start, end=end)


def _change(raw: str, res: pp.ParseResults) -> Value | None:
    value = _quantity(raw, res)
    if not isinstance(value, Quantity):
        return value
    note = f"表示变化量（{res.get('basis') or ''}{res['change']}）"
    return Quantity(text=raw, notes=value.notes + (note,), op=value.op, number=value.number, unit=value.unit,
                    unit_kind=value.unit_kind, wan=value.wan)


_BUILDERS = {"months": _months, "change": _change, "quantity": _quantity, "range": _range, "pm": _plus_minus, "deadline": _deadline, "period": _period}


def exact_product(a: Decimal, b: Decimal) -> Decimal:
    """a × b with every digit kept (the default context would round long numbers to 28 digits)."""
    with localcontext() as ctx:
        ctx.prec = len(a.as_tuple().digits) + len(b.as_tuple().digits) + 2
        return a * b


def parse_parts(nature: str | None, value: str, unit_cell: str | None) -> Value:
    """Read a value split over columns (指标性质 | 指标值 | 计量单位) as one value."""
    nature = (nature or "").strip()
    unit_cell = (unit_cell or "").strip()
    base = parse_value(value)
    notes = list(base.notes)
    if nature in ("定性", "定性指标") or isinstance(base, (Missing, Deadline, Period, Qualitative, Invalid)):
        if unit_cell and isinstance(base, Qualitative):
            notes.append(f"定性指标值不应有计量单位（{unit_cell}）")
            return Qualitative(text=base.text, notes=tuple(notes), phrase=base.phrase, grade=base.grade,
                               category=base.category)
        return base
    op = g._SYMBOL_OPS.get(g.fold(nature)) or g._WORD_OPS.get(nature) or g.DIRECTION_OPS.get(nature)
    if not isinstance(base, (Quantity, Range)):
        return base
    if nature in g.DIRECTION_OPS and not base.op:
        if isinstance(base, Quantity) and base.number == 100 and (unit_cell or base.unit or "").strip() in ("%", "％"):
            op = g.EQ  # 正向 | 100 | %: the whole, not “≥100%”
        notes.append(f"指标方向“{nature}”按“{op}”理解")  # 北京: 指标方向 | 正向 beside a bare 90 | %
    unit, kind, wan = base.unit, base.unit_kind, getattr(base, "wan", None)
    if unit_cell:
        cell_unit = g.lookup_unit(unit_cell)
        if unit and cell_unit.text != unit:
            notes.append(f"指标值“{value}”的单位与计量单位列“{unit_cell}”不一致")
        else:
            notes.extend(cell_unit.notes)
            unit, kind = cell_unit.text, cell_unit.kind
            factor = cell_unit.wan_factor
            wan = exact_product(base.number, factor) if isinstance(base, Quantity) and factor is not None else None
    base_op = base.op
    if op and base_op and op != base_op:
        notes.append(f"指标性质“{nature}”与指标值中的比较符“{base_op}”不一致")
    text = " | ".join(p for p in (nature, value, unit_cell) if p)
    if isinstance(base, Range):
        return Range(text=text, notes=tuple(notes), low=base.low, high=base.high, unit=unit, unit_kind=kind,
                     op=base_op or op)
    return Quantity(text=text, notes=tuple(notes), op=base_op or op, number=base.number, unit=unit,
                    unit_kind=kind, wan=wan)


def number_of(v: Value) -> Decimal | None:
    return v.number if isinstance(v, Quantity) else None
