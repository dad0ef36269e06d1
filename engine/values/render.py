"""Render a parsed value back to canonical text (≥90%, 10-20人, 2022年11月30日前)."""
from __future__ import annotations

from jxcheck.engine.values.types import (Deadline, Invalid, Missing, PartialDate, Period, Qualitative, Quantity, Range,
                                 Value, dec_str)


def _date(d: PartialDate) -> str:
    text = f"{d.year}年" if d.year else ""
    if d.month:
        text += f"{d.month}月"
        if d.day:
            text += f"{d.day}日"
    return text


def render(v: Value) -> str:
    """The canonical spelling of a value; parsing it again gives the same value."""
    if isinstance(v, Quantity):
        return f"{v.op or ''}{v.number}{v.unit or ''}"
    if isinstance(v, Range):
        return f"{v.op or ''}{v.low}{v.unit or ''}～{v.high}{v.unit or ''}"
    if isinstance(v, Deadline):
        return _date(v.date) + ("前" if v.bound else "")
    if isinstance(v, Period):
        return f"{_date(v.start)}至{_date(v.end)}"
    if isinstance(v, Qualitative):
        return v.phrase
    if isinstance(v, (Missing, Invalid)):
        return v.text
    raise TypeError(type(v).__name__)


_KIND_WORDS = {"quantity": ("数量", "quantity"), "range": ("区间", "range"), "deadline": ("时限", "deadline"),
               "period": ("期间", "period"), "qualitative": ("定性", "qualitative"), "missing": ("未填写/占位符", "missing"),
               "invalid": ("无法识别", "invalid")}
_UNIT_KINDS = {"count": "计数", "money": "金额", "percent": "百分比", "permille": "千分比", "points": "百分点",
               "duration": "时长", "area": "面积", "length": "长度", "weight": "重量", "volume": "体积",
               "rate": "比率/单价", "score": "分值", "grade": "等级", "data": "数据量", "power": "电量", "temperature": "温度",
               "multiple": "倍数", "currency": "外币金额",
               "unknown": "未知单位"}


def describe(v: Value, lang: str = "zh") -> str:
    """One readable line: what the grammar understood of a value."""
    en = lang == "en"
    kind = _KIND_WORDS[v.kind][1 if en else 0]
    parts: list[str] = []
    if isinstance(v, Quantity):
        parts.append(f"{v.op or ''}{v.number}{v.unit or ''}".strip())
        if v.unit_kind:
            parts.append(v.unit_kind if en else _UNIT_KINDS.get(v.unit_kind, v.unit_kind))
        if v.wan is not None:
            parts.append(f"= {dec_str(v.wan)}万元")
    elif isinstance(v, Range):
        parts.append(f"{v.low}～{v.high}{v.unit or ''}")
    elif isinstance(v, Deadline):
        parts.append(v.date.iso() + (" before" if en and v.bound else "之前" if v.bound else ""))
    elif isinstance(v, Period):
        parts.append(f"{v.start.iso()} ～ {v.end.iso()}")
    elif isinstance(v, Qualitative):
        parts.append(v.phrase)
        if v.grade:
            parts.append(("grade " if en else "等级：") + v.grade)
    elif isinstance(v, (Invalid, Missing)) and v.reason:
        parts.append(v.reason)
    parts.extend(v.notes)
    return f"{v.text!r} → {kind}" + (f"（{'；'.join(parts)}）" if parts and not en else f" ({'; '.join(parts)})" if parts else "")
