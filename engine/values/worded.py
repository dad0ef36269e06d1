"""Values said in words around their figures, read where no grammar reads the whole text: a value given for each of
a few named parts (小学≥650元/生·年 初中≥850元/生·年), a measure named at length before its bound
(住院费用政策范围内报销比例≥70%), a target said in words and then measured (明显增强，普法受众≥8万人次), a place in a
ranking (全市前五名)."""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Callable

from jxcheck.engine.values.cn_numbers import cn_to_int
from jxcheck.engine.values.types import Quantity, Value


# A target said in words and then measured (明显增强，普法受众≥8万人次), or a measure named at length before its bound
# (住院费用政策范围内报销比例≥70%): read as the bound, the words kept in a note (blind 7630, 7646, 7654).
_THEN_MEASURED = re.compile(r"(?P<phrase>[\u4e00-\u9fff]{2,8})[，,；;]\s*(?P<rest>.*\d.*)")
_NAMED_BOUND = re.compile(r"(?P<label>[\u4e00-\u9fff（）()]{2,20}?)\s*(?P<bound>(?:>=|<=|≥|≤|=|>|<)\s*\d[^，,；;]*)")


def measured_clause(raw: str, s: str, read: Callable[[str], Value]) -> Value | None:
    """A bound named at length, or words and then a bound to reach; None for any other text."""
    named = _NAMED_BOUND.fullmatch(s)
    if named is not None:
        value = read(named.group("bound"))
        if isinstance(value, Quantity) and value.unit_kind not in (None, "unknown"):
            return replace(value, text=raw, notes=(f"“{named.group('label')}”为所衡量的内容", *value.notes))
        return None
    then = _THEN_MEASURED.fullmatch(s)
    if then is None:
        return None
    value = read(then.group("rest"))
    if not isinstance(value, Quantity) or value.op is None or value.unit_kind in (None, "unknown"):
        return None  # (a bound to reach: not 未全部完成，2020年补训, a reason's clause and its year)
    return replace(value, text=raw, notes=(f"“{then.group('phrase')}”为定性表述，按其后的量化目标读", *value.notes))


# A value given for each of a few named parts (小学≥650元/生·年 初中≥850元/生·年; 城市≥95%，农村≥90%): each part a
# short name and its bound. Read where no grammar reads the whole, and only when every part is a quantity of one
# kind under one comparator: the first part's bound stands for the row, the parts are kept in a note.
_PART = re.compile(r"(?P<label>[\u4e00-\u9fff]{1,8})\s*[:：]?\s*(?P<bound>(?P<op>>=|<=|≥|≤|=|>|<)?\s*\d[^\s；;，,、\u4e00-\u9fff]*"
                   r"[\u4e00-\u9fff/·.%‰]{0,6}?)(?=$|[\s；;，,、]+[\u4e00-\u9fff]{1,8}\s*[:：]?\s*(?:>=|<=|≥|≤|=|>|<)?\s*\d)")
_PART_GAP = re.compile(r"[\s；;，,、]*")


def labelled_parts(raw: str, s: str, read: Callable[[str], Value]) -> Value | None:
    """Named parts each with its bound, one comparator and one kind of unit; None for any other text."""
    parts, at = [], 0
    while at < len(s):
        m = _PART.match(s, at)
        if m is None:
            return None
        parts.append(m)
        at = _PART_GAP.match(s, m.end()).end()  # type: ignore[union-attr]
    if not parts or len(parts) == 1 and not parts[0].group("op"):
        return None  # (完成80%: one figure after a word, no bound — a sentence's, not a part's)
    if any(not m.group("op") and (len(m.group("label")) > 4 or m.group("label")[-1] in "按为达约占至到是") for m in parts):
        return None  # (第一年返本20%,分红按8%: figures in a sentence, not parts named)
    values = [read(m.group("bound")) for m in parts]
    first = values[0]
    if not all(isinstance(v, Quantity) for v in values) or not isinstance(first, Quantity) \
            or len({(v.op, v.unit_kind) for v in values if isinstance(v, Quantity)}) != 1 or first.unit_kind in (None, "unknown"):
        return None
    note = f"“{parts[0].group('label')}”为所衡量的范围" if len(parts) == 1 \
        else "分项指标值：" + "；".join(m.group(0).strip() for m in parts) + "，按首项读"
    return replace(first, text=raw, notes=(note, *first.notes))


# A place in a ranking (全市前五名, 全省排名前10, 全市第一): a measured target, at most that place — read as ≤N名, the
# scope kept in a note (blind 7884).
_RANK = re.compile(r"(?P<scope>(?:全|本)[国省市州盟县区旗]|全系统|全行业)?(?:考评|考核|综合)?(?:排名|排位)?"
                   r"(?P<kind>前|第)(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?:名|位)?(?:以内|之内)?")


def rank(raw: str, s: str) -> Value | None:
    """A place in a ranking as a quantity: 前N名 at most N, 第N exactly N; None for any other text."""
    found = _RANK.fullmatch(s)
    if found is None:
        return None
    digits, kind = found.group("n"), found.group("kind")
    n = int(digits) if digits.isdigit() else cn_to_int(digits)
    if not n:
        return None
    return Quantity(text=raw, notes=(f"表示名次（{found.group('scope') or ''}{kind}{n}名）",),
                    op="≤" if kind == "前" else "=", number=Decimal(n), unit="名", unit_kind="rank")
