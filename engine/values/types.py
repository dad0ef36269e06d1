"""Typed values: what an indicator value means once the grammar has read it."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext


def dec_str(d: Decimal | None) -> str | None:
    """A Decimal as plain digits, no exponent and no trailing zeros (7.289, 15000, 0.5), at any size."""
    if d is None:
        return None
    with localcontext() as ctx:
        ctx.prec = max(ctx.prec, len(d.as_tuple().digits) + 2)
        return format(d.normalize(), "f")


@dataclass(frozen=True)
class PartialDate:
    """A date whose year (and day) may be unwritten: 12月底 is --12-31."""

    year: int | None
    month: int | None
    day: int | None = None

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}" if self.day else f"--{self.month:02d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True)
class Value:
    """Common fields: the text as written and the notes the grammar made."""

    text: str
    notes: tuple[str, ...] = ()

    kind = "value"


@dataclass(frozen=True)
class Quantity(Value):
    op: str | None = None
    number: Decimal = Decimal(0)
    unit: str | None = None
    unit_kind: str | None = None
    wan: Decimal | None = None  # exact amount in 万元, for money units

    kind = "quantity"


@dataclass(frozen=True)
class Range(Value):
    low: Decimal = Decimal(0)
    high: Decimal = Decimal(0)
    unit: str | None = None
    unit_kind: str | None = None
    op: str | None = None

    kind = "range"


@dataclass(frozen=True)
class Deadline(Value):
    date: PartialDate = PartialDate(None, None)
    bound: str | None = None  # "before", or None for a bare date

    kind = "deadline"


@dataclass(frozen=True)
class Period(Value):
    start: PartialDate = PartialDate(None, None)
    end: PartialDate = PartialDate(None, None)

    kind = "period"


@dataclass(frozen=True)
class Qualitative(Value):
    phrase: str = ""
    grade: str | None = None
    category: str | None = None  # grade, trend, compliance, vague, or None when unknown

    kind = "qualitative"


@dataclass(frozen=True)
class Missing(Value):
    reason: str = ""

    kind = "missing"


@dataclass(frozen=True)
class Invalid(Value):
    reason: str = ""
    position: int = 0

    kind = "invalid"


def to_json(v: Value) -> dict:
    """The parse-value --json object of docs/contract.md."""
    out: dict = {"text": v.text, "kind": v.kind, "op": getattr(v, "op", None), "number": None,
                 "unit": getattr(v, "unit", None), "unit_kind": getattr(v, "unit_kind", None)}
    if isinstance(v, Quantity):
        out["number"] = str(v.number)
        if v.wan is not None:
            out["wan"] = dec_str(v.wan)
    elif isinstance(v, Range):
        out.update(low=str(v.low), high=str(v.high))
    elif isinstance(v, Deadline):
        out.update(date=v.date.iso(), bound=v.bound)
    elif isinstance(v, Period):
        out.update(start=v.start.iso(), end=v.end.iso())
    elif isinstance(v, Qualitative):
        out.update(phrase=v.phrase, grade=v.grade, category=v.category)
    out["notes"] = list(v.notes)
    out["error"] = v.reason if isinstance(v, Invalid) else None
    return out
