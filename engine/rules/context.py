"""The Context a rule sees besides its item: the form, its indicator scheme and the level names' synonyms."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from jxcheck.engine.levels import level_name, plain
from jxcheck.engine.model import Form



@dataclass(frozen=True)
class Context:
    """What a predicate may know about the whole form: the form and its indicator scheme."""

    form: Form
    scheme: str = "legacy"
    hierarchy: dict = field(default_factory=dict)  # 一级 -> allowed 二级 names
    level1_synonyms: dict = field(default_factory=dict)
    level2_synonyms: dict = field(default_factory=dict)
    levels_key: tuple = ()  # the profile and its level names: conditions read them through level1/level2
    against: Form | None = None  # the approved target form a self-evaluation is checked against (EVAL-08)
    _kinds: dict = field(default_factory=dict, repr=False, compare=False)  # value kind -> indicators
    _rows: dict = field(default_factory=dict, repr=False, compare=False)  # id(indicator) -> its rule cache entry

    def by_kind(self, kinds: list) -> list:
        """The form's indicators whose value is of one of `kinds`, in table order."""
        if not self._kinds:
            for item in self.form.indicators:
                self._kinds.setdefault(getattr(item.value, "kind", None), []).append(item)
        if len(kinds) == 1:
            return self._kinds.get(kinds[0], [])
        return [i for i in self.form.indicators if getattr(i.value, "kind", None) in kinds]

    def rows(self) -> dict[int, dict]:
        """Each indicator's (by id) entry in the row cache: what rules concluded about the same row
        before. Keyed by everything a condition can see — the row's cells (its parsed value follows
        from them), the form's scheme and profile levels, money unit, year and columns; an entry
        maps id(rule or where block) to (that object, answer), the object held so that a reused id
        cannot be mistaken for it."""
        if self._rows or not self.form.indicators:
            return self._rows
        m = self.form.meta
        form_key = (self.scheme, self.levels_key, m.money_unit, m.money_unit_stated, m.year, m.columns)
        if len(_ROWS) > 20_000:
            _ROWS.clear()
        for item in self.form.indicators:
            key = (item.level1, item.level2, item.name, item.raw, item.nature, item.unit_cell, item.block, form_key)
            entry = _ROWS.get(key)
            if entry is None:
                entry = _ROWS[key] = {}
            self._rows[id(item)] = entry
        return self._rows

    @staticmethod
    def bare(text: str) -> str:
        """A level name as written, without spaces and weight: 产出指标(50分) -> 产出指标 (产出值 stays)."""
        return plain(text)

    def level1(self, text: str) -> str:
        """A 一级 name after normalisation (效果指标 -> 效益指标)."""
        key = _bare(text)
        if key not in self.level1_synonyms and key + "指标" in self.level1_synonyms:
            key += "指标"  # 项目完成 for 项目完成指标: the synonym without its 指标
        return self.level1_synonyms.get(key, key)

    def level2(self, text: str) -> str:
        """A 二级 name after normalisation (环境效益指标 -> 生态效益指标)."""
        key = _bare(text)
        return self.level2_synonyms.get(key, key)


# Indicator rows repeat across a prefecture's forms (shared templates, 共性指标库): see Context.rows.
_ROWS: dict[tuple, dict] = {}


def _bare(text: str) -> str:
    return level_name(text)
