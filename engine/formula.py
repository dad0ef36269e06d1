"""A small, safe arithmetic language for scoring formulas written in rule files.

    分值 × min(1, 完成值 ÷ 指标值)          a row's expected score
    得分 = 应得 ± 0.01                      a comparison with a tolerance
    执行率 < 90 且 not 有原因               logic: 且/and, 或/or, not

Numbers are exact Decimals; names are the fields a check gives (分值, 得分, 完成值 …); the functions are
min, max, abs and round. Operators: + − - × * ÷ /, comparisons = == ≠ != < <= ≤ > >= ≥, a tolerance
`± t` after a comparison's right side. Nothing in it can call Python, read a file or reach an attribute:
a formula is parsed by a pyparsing grammar into a tree of the operations above, and evaluated over a
dict of values. A name the check does not give is refused when the rule file is loaded. A division by
zero, or a name whose value is unknown on this row, makes the whole formula unknown (None): the rule
then does not judge the row.
"""
from __future__ import annotations

import operator
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Callable, Iterable, Union

import pyparsing as pp

MAX_LENGTH = 300  # a formula is one line; a longer one is a mistake, not a formula
MAX_DEPTH = 12  # nesting of brackets

Value = Union[Decimal, bool, None]
Env = dict[str, Value]


class FormulaError(ValueError):
    """A formula that cannot be read; the message says where, in Chinese and English."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(zh)
        self.zh, self.en = zh, en


@dataclass(frozen=True)
class Formula:
    text: str
    names: frozenset[str]
    _run: "Node"

    def __call__(self, env: Env) -> Value:
        try:
            return self._run(env)
        except (_Unknown, ZeroDivisionError, InvalidOperation):
            return None

    def number(self, env: Env) -> Decimal | None:
        value = self(env)
        return value if isinstance(value, Decimal) else None

    def holds(self, env: Env) -> bool | None:
        value = self(env)
        return value if isinstance(value, bool) else None


class _Unknown(Exception):
    """A name whose value this row does not have."""


def _number(value: Value) -> Decimal:
    if value is None:
        raise _Unknown
    if isinstance(value, bool):
        raise InvalidOperation("a truth value where a number is due")
    return value


def _truth(value: Value) -> bool:
    if value is None:
        raise _Unknown
    if not isinstance(value, bool):
        raise InvalidOperation("a number where a truth value is due")
    return value


_ARITH = {"+": operator.add, "-": operator.sub, "−": operator.sub, "*": operator.mul, "×": operator.mul,
          "/": operator.truediv, "÷": operator.truediv}
_COMPARE = {"=": operator.eq, "==": operator.eq, "≠": operator.ne, "!=": operator.ne, "<": operator.lt,
            "<=": operator.le, "≤": operator.le, ">": operator.gt, ">=": operator.ge, "≥": operator.ge}


def _round(x: Decimal, places: Decimal = Decimal(0)) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-int(places)), rounding=ROUND_HALF_UP)  # 四舍五入


_FUNCTIONS: dict[str, tuple[Callable[..., Decimal], int, int]] = {  # name: (function, fewest, most arguments)
    "min": (min, 1, 20), "max": (max, 1, 20), "abs": (abs, 1, 1), "round": (_round, 1, 2)}

@dataclass(frozen=True)
class Node:
    """One operation of a parsed formula and the field names under it."""

    run: Callable[[Env], Value]
    names: frozenset[str] = frozenset()
    gives: str = "number"  # number, truth, or any (a field, which may hold either)

    def __call__(self, env: Env) -> Value:
        return self.run(env)


def _under(*nodes: Node) -> frozenset[str]:
    return frozenset().union(*(n.names for n in nodes))


def _grammar() -> pp.ParserElement:
    number = pp.Regex(r"\d+(\.\d+)?").set_parse_action(lambda t: _const(Decimal(t[0])))
    name = pp.Regex(r"[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff]*")
    expr = pp.Forward()
    call = (pp.one_of(list(_FUNCTIONS)) + pp.Suppress("(") + pp.DelimitedList(expr) + pp.Suppress(")")
            ).set_parse_action(_call)
    keyword = pp.one_of("and or not 且 或 非")
    variable = (~keyword + name).set_parse_action(lambda t: _name(t[0]))
    operand = call | number | variable
    arith = pp.infix_notation(operand, [
        (pp.one_of("- −"), 1, pp.OpAssoc.RIGHT, _negate),
        (pp.one_of("* × / ÷"), 2, pp.OpAssoc.LEFT, _binary),
        (pp.one_of("+ - −"), 2, pp.OpAssoc.LEFT, _binary),
    ])
    comparison = (arith + pp.one_of("== != <= >= = ≠ < ≤ > ≥") + arith + pp.Optional(pp.Suppress("±") + arith)
                  ).set_parse_action(_compare)
    logic = pp.infix_notation(comparison | arith, [
        (pp.one_of("not 非"), 1, pp.OpAssoc.RIGHT, _not),
        (pp.one_of("and 且"), 2, pp.OpAssoc.LEFT, _logic),
        (pp.one_of("or 或"), 2, pp.OpAssoc.LEFT, _logic),
    ])
    expr <<= arith
    return logic


def _const(value: Decimal) -> Node:
    return Node(lambda env: value)


def _name(text: str) -> Node:
    return Node(lambda env: env.get(text), frozenset({text}), "any")


def _call(tokens: pp.ParseResults) -> Node:
    fname, *args = list(tokens)
    fn, fewest, most = _FUNCTIONS[fname]
    if not fewest <= len(args) <= most:
        raise pp.ParseFatalException("", 0, f"{fname}() takes {fewest}–{most} arguments")
    return Node(lambda env: fn(*(_number(a(env)) for a in args)), _under(*args))


def _negate(tokens: pp.ParseResults) -> Node:
    _sign, inner = tokens[0]
    return Node(lambda env: -_number(inner(env)), inner.names)


def _binary(tokens: pp.ParseResults) -> Node:
    items = list(tokens[0])
    first, rest = items[0], list(zip(items[1::2], items[2::2]))

    def run(env: Env) -> Value:
        value = _number(first(env))
        for op, node in rest:
            value = _ARITH[op](value, _number(node(env)))
        return value
    return Node(run, _under(first, *(node for _, node in rest)))


def _compare(tokens: pp.ParseResults) -> Node:
    left, op, right, *tolerance = list(tokens)
    compare = _COMPARE[op]

    def run(env: Env) -> Value:
        a, b = _number(left(env)), _number(right(env))
        if tolerance:  # a tolerance widens the bound: a ≤ b ± t holds up to b + t
            t = abs(_number(tolerance[0](env)))
            if op in ("=", "==", "≠", "!="):
                return (abs(a - b) <= t) == (op in ("=", "=="))
            b = b + t if op in ("<", "<=", "≤") else b - t
        return compare(a, b)
    return Node(run, _under(left, right, *tolerance), "truth")


def _not(tokens: pp.ParseResults) -> Node:
    _word, inner = tokens[0]
    return Node(lambda env: not _truth(inner(env)), inner.names, "truth")


def _logic(tokens: pp.ParseResults) -> Node:
    items = list(tokens[0])
    first, rest = items[0], list(zip(items[1::2], items[2::2]))

    def run(env: Env) -> Value:
        value = _truth(first(env))
        for word, node in rest:
            value = (value and _truth(node(env))) if word in ("and", "且") else (value or _truth(node(env)))
        return value
    return Node(run, _under(first, *(node for _, node in rest)), "truth")


@lru_cache(maxsize=1)
def _parser() -> pp.ParserElement:
    return _grammar()


_GIVES = {"number": ("一个数值", "a number"), "truth": ("一个条件（成立或不成立）", "a condition (true or false)")}


def compile_formula(text: str, names: Iterable[str] | None = None, gives: str | None = None) -> Formula:
    """A formula from its text; FormulaError (Chinese and English) when it cannot be read, names a field not
    among `names`, or gives a number where a condition is due (or the other way round: `gives`)."""
    formula = _compile(str(text), None if names is None else frozenset(names))
    kind = formula._run.gives
    if gives is not None and kind not in (gives, "any"):
        zh, en = _GIVES[gives]
        raise FormulaError(f"公式“{formula.text}”应得出{zh}", f"“{formula.text}” must give {en}")
    return formula


@lru_cache(maxsize=512)
def _compile(text: str, names: frozenset[str] | None) -> Formula:
    source = text.strip()
    if not source:
        raise FormulaError("公式为空", "the formula is empty")
    if len(source) > MAX_LENGTH:
        raise FormulaError(f"公式过长（超过{MAX_LENGTH}个字符）", f"the formula is longer than {MAX_LENGTH} characters")
    depth = 0
    for char in source:
        depth += char == "("
        depth -= char == ")"
        if depth > MAX_DEPTH:
            raise FormulaError(f"括号嵌套超过{MAX_DEPTH}层", f"brackets nested deeper than {MAX_DEPTH}")
    try:
        (node,) = _parser().parse_string(source.replace("（", "(").replace("）", ")").replace("，", ","),
                                         parse_all=True)
    except pp.ParseBaseException as exc:
        column = getattr(exc, "col", 0)
        raise FormulaError(f"公式“{source}”第{column}个字符处无法解析", f"cannot read “{source}” at character {column}"
                           ) from None
    used = node.names
    unknown = sorted(used - set(names)) if names is not None else []
    if unknown:
        known = sorted(names or ())
        raise FormulaError(f"公式“{source}”中的“{'、'.join(unknown)}”不可用（可用：{'、'.join(known)}）",
                           f"“{', '.join(unknown)}” in “{source}” is not available (available: {', '.join(known)})")
    return Formula(source, used, node)
