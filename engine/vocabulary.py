"""The layout vocabulary (rules/layout/vocabulary.yaml), loaded once, validated by its schema, compiled."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from jxcheck.engine.bilingual import Msg
from jxcheck.engine.schema import SchemaError, read_yaml, validate

SOURCE = "rules/layout/vocabulary.yaml"


@dataclass(frozen=True)
class Vocabulary:
    columns: tuple[tuple[str, frozenset[str], tuple[re.Pattern, ...]], ...]  # (role, labels, patterns) in order
    column_suffix: re.Pattern
    level1: frozenset[str]
    level2: frozenset[str]
    implied: dict[str, str]
    lone_level2: dict[str, str]  # a 一级 with one kind of 二级: the 二级 a notice may leave out
    weight_suffix: re.Pattern
    rows: dict[str, tuple[re.Pattern, ...]]
    goals: dict[str, str]
    goal_columns: tuple[tuple[re.Pattern, str], ...]
    header: dict[str, tuple[str, ...]]


def _compile(pattern: str, where: str) -> re.Pattern:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise SchemaError(Msg(f"{SOURCE}：{where}：正则表达式有误（{exc}）",
                              f"{SOURCE}: {where}: bad regular expression ({exc})")) from None


def _norm(text: str) -> str:
    return re.sub(r"[\s*＊]", "", text).rstrip(":：")


def parse(text: str, source: str = SOURCE) -> Vocabulary:
    doc = validate("layout", read_yaml(text, source), source)
    columns = tuple((c["role"], frozenset(_norm(x) for x in c.get("labels") or ()),
                     tuple(_compile(p, f"columns › {c['role']}") for p in c.get("patterns") or ()))
                    for c in doc["columns"])
    levels = doc["levels"]
    return Vocabulary(
        columns=columns, column_suffix=_compile(doc["column_suffix"], "column_suffix"),
        level1=frozenset(levels["level1"]), level2=frozenset(levels["level2"]), implied=dict(levels["implied"]),
        lone_level2=dict(levels.get("lone_level2") or {}),
        weight_suffix=_compile(levels["weight_suffix"], "levels › weight_suffix"),
        rows={k: tuple(_compile(p, f"rows › {k}") for p in v) for k, v in doc["rows"].items()},
        goals={_norm(k): v for k, v in doc["goals"].items()},
        goal_columns=tuple((_compile(g["pattern"], "goal_columns"), g["term"]) for g in doc["goal_columns"]),
        header={k: tuple(_norm(x) for x in v) for k, v in doc["header"].items()})


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    text = resources.files("jxcheck.rules").joinpath("layout", "vocabulary.yaml").read_text(encoding="utf-8")
    return parse(text)
