"""The Context a rule sees besides its item: the form, its indicator scheme and the level names' synonyms."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from engine.model import Form

_SCORE = re.compile(r"[\s*＊]|[(（][^()（）]*[)）]$|等$")  # 产出指标(50分), 数量指标(或建筑规模指标), …指标等


@dataclass(frozen=True)
class Context:
    """What a predicate may know about the whole form: the form and its indicator scheme."""

    form: Form
    scheme: str = "legacy"
    hierarchy: dict = field(default_factory=dict)  # 一级 -> allowed 二级 names
    level1_synonyms: dict = field(default_factory=dict)
    level2_synonyms: dict = field(default_factory=dict)
    _kinds: dict = field(default_factory=dict, repr=False, compare=False)  # value kind -> indicators

    def by_kind(self, kinds: list) -> list:
        """The form's indicators whose value is of one of `kinds`, in table order."""
        if not self._kinds:
            for item in self.form.indicators:
                self._kinds.setdefault(getattr(item.value, "kind", None), []).append(item)
        if len(kinds) == 1:
            return self._kinds.get(kinds[0], [])
        return [i for i in self.form.indicators if getattr(i.value, "kind", None) in kinds]

    @staticmethod
    def bare(text: str) -> str:
        """A level name without spaces and score suffix: 产出指标(50分) -> 产出指标."""
        return _bare(text)

    def level1(self, text: str) -> str:
        """A 一级 name after normalisation (效果指标 -> 效益指标)."""
        key = _bare(text)
        return self.level1_synonyms.get(key, key)

    def level2(self, text: str) -> str:
        """A 二级 name after normalisation (环境效益指标 -> 生态效益指标)."""
        key = _bare(text)
        return self.level2_synonyms.get(key, key)


@lru_cache(maxsize=4096)
def _bare(text: str) -> str:
    return _SCORE.sub("", text)
