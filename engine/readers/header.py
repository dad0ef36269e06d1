"""Header fields: label/value pairs, the unit's name, the year, and the sign-off lines."""
from __future__ import annotations

import re

from engine.readers import labels

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def department(fields: list[tuple[str, str]]) -> str | None:
    """The unit's name: the most specific department label whose value is not a stamp placeholder."""
    found = {k: v for k, v in reversed(fields) if v and not re.fullmatch(r"[(（]?\s*盖章\s*[)）]?|[*＊]+", v)}
    for label in labels.DEPARTMENT_LABELS:
        if labels.norm(label) in found:
            name = re.sub(r"^[\[［]?\d{3,}[\]］]?\s*[-－_]?\s*", "", found[labels.norm(label)])
            if name and not re.fullmatch(r"[*＊]+", name):
                return name
    return None


def year(text: str) -> int | None:
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None


def label_pairs(tokens: list[str]) -> list[tuple[str, str]]:
    """Label/value pairs of a header row: 'label<TAB>value', 'label:<TAB>value' or 'label：value' in one cell.
    A lone label keeps an empty value (上年结转资金), so nothing is lost."""
    pairs: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        text = tokens[i]
        label, colon, value = re.split(r"([：:])", text, maxsplit=1) if re.search(r"[：:]", text) else (text, "", "")
        if colon and value.strip():
            pairs.append((label, value.strip()))
            i += 1
        elif i + 1 < len(tokens) and not re.search(r"[：:]\S", tokens[i + 1]):
            pairs.append((label, tokens[i + 1]))
            i += 2
        else:
            pairs.append((label, ""))
            i += 1
    return pairs


def signoff_pairs(tokens: list[str]) -> list[tuple[str, str]]:
    """'填表人: 宋云花 联系电话:… 填报日期: 单位负责人签字:' -> label/value pairs (empty values kept)."""
    words = [w for t in tokens for w in t.split()]
    pairs: list[tuple[str, str]] = []
    for n, word in enumerate(words):
        label, colon, value = re.split(r"([：:])", word, maxsplit=1) if re.search(r"[：:]", word) else (word, "", "")
        if not colon:
            if n == 0 or not pairs or pairs[-1][1]:
                pairs.append((labels.norm(word), ""))
            else:
                pairs[-1] = (pairs[-1][0], word)
            continue
        pairs.append((labels.norm(label), value.strip()))
    return pairs
