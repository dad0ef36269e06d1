"""Render a parsed value back to canonical text (≥90%, 10-20人, 2022年11月30日前)."""
from __future__ import annotations

from engine.values.types import (Deadline, Invalid, Missing, PartialDate, Period, Qualitative, Quantity, Range,
                                 Value)


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
