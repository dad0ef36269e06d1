"""A message in both of the user's languages, made where the facts are known and said in the language a run
asks for (load-time errors are raised before any report exists, so they carry both)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class Msg:
    zh: str
    en: str

    def __str__(self) -> str:
        return self.zh

    def say(self, lang: str) -> str:
        return self.en if lang == "en" else self.zh

    def __add__(self, other: "Msg | str") -> "Msg":
        if isinstance(other, Msg):
            return Msg(self.zh + other.zh, self.en + other.en)
        return Msg(self.zh + other, self.en + other)

    def __radd__(self, other: str) -> "Msg":
        return Msg(other + self.zh, other + self.en)


def join(items: Iterable[Msg], zh: str = "；", en: str = "; ") -> Msg:
    items = list(items)
    return Msg(zh.join(m.zh for m in items), en.join(m.en for m in items))


def listed(names: Iterable[str]) -> Msg:
    """A list of names: 甲、乙 / 甲, 乙."""
    names = list(names)
    return Msg("、".join(names), ", ".join(names))
