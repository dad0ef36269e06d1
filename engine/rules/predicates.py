"""Predicates a rule file may use in `where:` and `when:` — an explicit registry, one function each.

A predicate sees one item (an Indicator or a Task) and the Context of its form; it never
sees a file or raw text other than the cells the reader kept.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Callable, Iterable

from jxcheck.engine.bilingual import Msg
from jxcheck.engine.model import Indicator
from jxcheck.engine.rules.context import Context
from jxcheck.engine.values.types import Deadline, Period, Quantity, Range, Value


Predicate = Callable[[Any, Any, Context], bool]
_SPACES = re.compile(r"\s+")
_REGISTRY: dict[str, tuple[Predicate, type | tuple[type, ...]]] = {}


def predicate(name: str, arg_type: type | tuple[type, ...]):
    def register(fn: Predicate) -> Predicate:
        _REGISTRY[name] = (fn, arg_type)
        return fn
    return register


def _value(item: Any) -> Value | None:
    return getattr(item, "value", None)


def _number(item: Any) -> Decimal | None:
    v = _value(item)
    if isinstance(v, Quantity):
        return v.number
    if isinstance(v, Range):
        return max(v.low, v.high)
    return None


def _cmp(op: Callable[[Decimal, Decimal], bool]) -> Predicate:
    return lambda item, arg, ctx: (n := _number(item)) is not None and op(n, Decimal(str(arg)))


for _cmp_name, _cmp_op in {"number_gt": lambda a, b: a > b, "number_ge": lambda a, b: a >= b, "number_lt": lambda a, b: a < b,
                   "number_le": lambda a, b: a <= b, "number_eq": lambda a, b: a == b}.items():
    predicate(_cmp_name, (int, float, str))(_cmp(_cmp_op))


@predicate("level1", list)
def _level1(item: Indicator, arg: list, ctx: Context) -> bool:
    return ctx.level1(item.level1) in arg


@predicate("level2", list)
def _level2(item: Indicator, arg: list, ctx: Context) -> bool:
    return ctx.level2(item.level2) in arg


@predicate("name_matches", str)
def _name_matches(item: Any, arg: re.Pattern, ctx: Context) -> bool:
    # a PDF breaks names (库存成 本核算率); a template numbers them (指标1:提升群众安全感): the name is what is left
    return arg.search(_NUMBERED.sub("", _SPACES.sub("", item.name))) is not None


_NUMBERED = re.compile(r"^指标\d+[:：](?=\S)")


@predicate("name_written_matches", str)
def _name_written_matches(item: Any, arg: re.Pattern, ctx: Context) -> bool:
    """The name as the form writes it, spaces and all (name_matches leaves out the spaces a PDF breaks names with)."""
    return arg.search(item.name) is not None


@predicate("content_matches", str)
def _content_matches(item: Any, arg: re.Pattern, ctx: Context) -> bool:
    return arg.search(getattr(item, "content", "") or "") is not None


@predicate("raw_matches", str)
def _raw_matches(item: Indicator, arg: re.Pattern, ctx: Context) -> bool:
    return arg.search(item.raw) is not None


@predicate("value_kind", list)
def _value_kind(item: Any, arg: list, ctx: Context) -> bool:
    v = _value(item)
    return v is not None and v.kind in arg


@predicate("op", list)
def _op(item: Any, arg: list, ctx: Context) -> bool:
    v = _value(item)
    return v is not None and (getattr(v, "op", None) or "none") in arg


@predicate("unit_kind", list)
def _unit_kind(item: Any, arg: list, ctx: Context) -> bool:
    return (getattr(_value(item), "unit_kind", None) or "none") in arg


@predicate("unit", list)
def _unit(item: Any, arg: list, ctx: Context) -> bool:
    return getattr(_value(item), "unit", None) in arg


@predicate("unit_matches", str)
def _unit_matches(item: Any, arg: re.Pattern, ctx: Context) -> bool:
    """The value's unit as read (元/平方米, 万元, 人次) against a pattern."""
    return arg.search(getattr(_value(item), "unit", None) or "") is not None


@predicate("has_unit", bool)
def _has_unit(item: Any, arg: bool, ctx: Context) -> bool:
    return bool(getattr(_value(item), "unit", None)) == arg


@predicate("value_column", bool)
def _value_column(item: Any, arg: bool, ctx: Context) -> bool:
    """The form's indicator table has a value column (a scoring table of 分值 and 评分标准 has none)."""
    return ("value" in ctx.form.meta.columns) == arg


@predicate("unit_column", bool)
def _unit_column(item: Any, arg: bool, ctx: Context) -> bool:
    return ("unit" in ctx.form.meta.columns) == arg


@predicate("unit_differs_from_form", bool)
def _unit_differs(item: Any, arg: bool, ctx: Context) -> bool:
    v = _value(item)
    unit = getattr(v, "unit", None)
    written_wan = any("“万”" in n for n in getattr(v, "notes", ()))
    if not ctx.form.meta.money_unit_stated:  # no money unit on the form: nothing for a value to differ from
        return not arg
    return (unit is not None and (unit != ctx.form.meta.money_unit or written_wan)) == arg


@predicate("note_matches", str)
def _note_matches(item: Any, arg: re.Pattern, ctx: Context) -> bool:
    return any(arg.search(n) for n in getattr(_value(item), "notes", ()))


@predicate("category", list)
def _category(item: Any, arg: list, ctx: Context) -> bool:
    return (getattr(_value(item), "category", None) or "none") in arg


@predicate("phrase_in", list)
def _phrase_in(item: Any, arg: list, ctx: Context) -> bool:
    phrase = getattr(_value(item), "phrase", None)
    return phrase is not None and re.sub(r"[。.，,；;！!\s]+$", "", phrase) in arg


@predicate("range_reversed", bool)
def _range_reversed(item: Any, arg: bool, ctx: Context) -> bool:
    v = _value(item)
    return isinstance(v, Range) and (v.low >= v.high) == arg


@predicate("date_outside_year", bool)
def _date_outside_year(item: Any, arg: bool, ctx: Context) -> bool:
    year = ctx.form.meta.year
    v = _value(item)
    dates = [v.date] if isinstance(v, Deadline) else [v.start, v.end] if isinstance(v, Period) else []
    outside = year is not None and any(d.year is not None and d.year != year for d in dates)
    return outside == arg


_NAMED_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*(?:前|之前|以前|底前|底|完成|内)")


@predicate("name_date_outside_year", bool)
def _name_date_outside_year(item: Any, arg: bool, ctx: Context) -> bool:
    """A deadline written in the indicator's name (…2020年10月31日前完成…) in another year than the form's."""
    year = ctx.form.meta.year
    years = [int(m.group(1)) for m in _NAMED_DATE.finditer(getattr(item, "name", "") or "")]
    return (year is not None and any(y != year for y in years)) == arg


@predicate("nature", list)
def _nature(item: Any, arg: list, ctx: Context) -> bool:
    return (getattr(item, "nature", None) or "").strip() in arg


@predicate("block", list)
def _block(item: Any, arg: list, ctx: Context) -> bool:
    return getattr(item, "block", None) in arg


@predicate("name_empty", bool)
def _name_empty(item: Any, arg: bool, ctx: Context) -> bool:
    return (not item.name.strip()) == arg


@predicate("any", list)
def _any(item: Any, arg: list, ctx: Context) -> bool:
    return any(test(item, ctx) for test in arg)


@predicate("all", list)
def _all(item: Any, arg: list, ctx: Context) -> bool:
    return all(test(item, ctx) for test in arg)


@predicate("not", dict)
def _not(item: Any, arg: Callable, ctx: Context) -> bool:
    return not arg(item, ctx)


def compile_where(where: dict | None) -> Callable[[Any, Context], bool]:
    """A `where:` block made into one test: regexes compiled and lists made sets, once per rule."""
    tests = []
    for key, arg in (where or {}).items():
        if key in ("any", "all"):
            arg = [compile_where(p) for p in arg]
        elif key == "not":
            arg = compile_where(arg)
        elif key.endswith("_matches"):
            arg = re.compile(arg)
        elif isinstance(arg, list):
            arg = frozenset(arg)
        tests.append((_REGISTRY[key][0], arg))

    def test(item: Any, ctx: Context) -> bool:
        for fn, prepared in tests:
            if not fn(item, prepared, ctx):
                return False
        return True
    return test


_COMPILED: dict[int, tuple[dict | None, Callable]] = {}


def compiled(where: dict | None) -> Callable[[Any, Context], bool]:
    """The compiled test of a `where:` block, made on first use and kept with the block."""
    entry = _COMPILED.get(id(where))
    if entry is None or entry[0] is not where:
        entry = _COMPILED[id(where)] = (where, compile_where(where))
    return entry[1]


def matches(where: dict | None, item: Any, ctx: Context) -> bool:
    """True when every predicate of `where` holds for the item."""
    return not where or compiled(where)(item, ctx)


def selected(where: dict | None, items: Iterable, ctx: Context) -> list:
    """The items that `where` selects. A form's indicator row keeps its answer (Context.rows): the
    same row on another form with the same context is not tested again."""
    if not where:
        return list(items)
    test, rows, key = compiled(where), ctx.rows(), id(where)
    out = []
    for item in items:
        entry = rows.get(id(item))
        if entry is None:  # not one of the form's indicators (a task)
            ok = test(item, ctx)
        else:
            seen = entry.get(key)
            if seen is not None and seen[0] is where:
                ok = seen[1]
            else:
                ok = test(item, ctx)
                entry[key] = (where, ok)
        if ok:
            out.append(item)
    return out


def _finite(arg: object) -> bool:
    try:
        return Decimal(str(arg)).is_finite()
    except ArithmeticError:
        return False


def condition_errors(where: dict | None) -> list[Msg]:
    """Mistakes in a `where:` block: unknown keys, wrong argument types, bad regexes."""
    out: list[Msg] = []
    conditions: dict[str, Any] = where or {}
    for key, arg in conditions.items():
        if key not in _REGISTRY:
            out.append(Msg(f"未知的条件“{key}”（可用：{', '.join(sorted(_REGISTRY))}）",
                           f"unknown condition “{key}” (known: {', '.join(sorted(_REGISTRY))})"))
            continue
        expected: Any = _REGISTRY[key][1]
        if not isinstance(arg, expected) or isinstance(arg, bool) != (expected is bool):
            out.append(Msg(f"条件“{key}”的参数类型不对", f"condition “{key}” has an argument of the wrong type"))
        elif key.startswith("number_") and not _finite(arg):
            out.append(Msg(f"条件“{key}”的参数应为数字，实际为“{arg}”", f"condition “{key}” needs a number, not “{arg}”"))
        elif key.endswith("_matches") and isinstance(arg, str):
            try:
                re.compile(arg)
            except re.error as exc:
                out.append(Msg(f"条件“{key}”的正则表达式有误：{exc}", f"condition “{key}” has a bad regular expression: {exc}"))
        elif key in ("any", "all"):
            for sub in arg:
                out.extend(condition_errors(sub) if isinstance(sub, dict) else
                           [Msg(f"条件“{key}”的每一项应为条件表", f"each item of condition “{key}” must be a mapping")])
        elif key == "not":
            out.extend(condition_errors(arg))
    return out
