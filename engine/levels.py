"""Level names (一级 / 二级) as the vocabulary knows them: a cell's text read as the name it stands for, and the
weight it carries. Shared by the readers (placing rows) and the rules (comparing names)."""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from jxcheck.engine.vocabulary import vocabulary

_TRAILING = re.compile(r"等$")  # 成本指标等
_VALUE_SUFFIX = re.compile(r"(值|目标)$")  # templates that write 产出值 / 数量目标 for 产出指标 / 数量指标


@lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """A label as compared: no spaces, no markdown emphasis, no trailing colon."""
    return re.sub(r"[\s*＊?\ufffd]", "", text).rstrip(":：")  # ? and U+FFFD: a host lost a character there


def _known(name: str) -> bool:
    v = vocabulary()
    return name in v.level1 or name in v.level2


@lru_cache(maxsize=4096)
def plain(text: str) -> str:
    """A level cell as written, without its weight (产出指标(50分), 成本指标(0-20)分, 质量指标12分) or a trailing
    remark (数量指标(或建筑规模指标), 成本指标等): what the form calls the level."""
    base = norm(text)
    if not base or _known(base):
        return base
    ascii_brackets = base.replace("（", "(").replace("）", ")")  # 预算（或投资规模）控制指标 as the vocabulary spells it
    if _known(ascii_brackets):
        return ascii_brackets
    numbered = _SECTION.sub("", base)
    if numbered != base and vocabulary().weight_suffix.search(numbered) and _known(plain(numbered)):
        return plain(numbered)  # 一、产出指标（50分）: a table's 一级 on a line of its own, numbered, its weight beside
        # it (a notice's heading 一、 产出指标, with no weight, heads sentences, not rows)
    name = vocabulary().weight_suffix.sub("", base)
    name = _TRAILING.sub("", name) if not _known(name) else name
    return re.sub(r"[(（][^()（）]*[)）]$", "", name) if not _known(name) else name


_SECTION = re.compile(r"^([一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])")


@lru_cache(maxsize=4096)
def level_name(text: str) -> str:
    """A level cell as the name it stands for: plain(), then a 值 template's name read as 指标 (产出值), and one
    character misread by OCR, or the characters scrambled, in a name of four or more (顼目产出 -> 项目产出,
    出标产指 -> 产出指标)."""
    v = vocabulary()
    name = plain(text)
    if _known(name) or len(name) < 3:
        return name
    as_indicator = _VALUE_SUFFIX.sub("指标", name)
    if _known(as_indicator):
        return as_indicator
    if name.endswith("性指标") and _known(name[:-3] + "指标"):  # 时效性指标, 数量性指标: the 指标 it names
        return name[:-3] + "指标"
    if len(name) < 4 or re.search(r"(支出|资金|经费|拨款)$", name):
        return name  # (项目支出 is money spent, a row's name, not 项目产出 misread)
    for candidate in dict.fromkeys((name, name[:-3] + "指标" if name.endswith("性指标") else name)):
        close = [k for k in v.level1 | v.level2 if len(k) == len(candidate)
                 and (sum(a != b for a, b in zip(k, candidate)) == 1 or sorted(k) == sorted(candidate))]
        if len(set(close)) == 1:
            return close[0]
    return name


def level_weight_band(text: str) -> tuple[Decimal, Decimal] | None:
    """The band a level cell's weight is given as ((40-50)分 -> 40, 50), or None for a single weight or none."""
    m = vocabulary().weight_suffix.search(norm(text))
    if level_weight(text) is None or m is None or not m.group(2):
        return None
    low, high = sorted((Decimal(m.group(1)), Decimal(m.group(2))))
    return low, high


def level_weight(text: str) -> Decimal | None:
    """The weight a level cell carries (产出指标(50分) -> 50; a range (0-20)分 -> its top, 20)."""
    m = vocabulary().weight_suffix.search(norm(text))
    if not m or not (norm(text).endswith("分") or "分" in norm(text)[m.start():] or norm(text).startswith(("(", "（"))):
        return None
    return Decimal(m.group(2) or m.group(1))
