"""Wrap Chinese text to a display width (a CJK character is two columns), keeping punctuation
off the start of a line as Chinese typesetting does, and short ASCII words whole."""
from __future__ import annotations

import re
from functools import lru_cache

from wcwidth import wcswidth, wcwidth

_NO_LINE_START = set("，。、；：！？）」』”’》〉】％%,.;:!?)]")
_TOKEN = re.compile(r"[A-Za-z0-9_.\-/·≥≤=<>%]+|.", re.S)


@lru_cache(maxsize=1 << 14)
def width(text: str) -> int:
    return max(wcswidth(line) for line in text.split("\n")) if text else 0


@lru_cache(maxsize=1 << 14)
def _w(token: str) -> int:
    return sum(max(wcwidth(c), 0) for c in token)


@lru_cache(maxsize=1 << 14)  # a batch's cells repeat: the same messages, rules, places and values
def wrap(text: str, limit: int) -> str:
    """Lines no wider than `limit` (one closing punctuation mark may overhang, never start a line)."""
    out: list[str] = []
    for paragraph in str(text).split("\n"):
        line, used = "", 0
        for token in _TOKEN.findall(paragraph):
            tw = _w(token)
            if not line and token == " ":
                continue  # no line starts with a space
            if used + tw > limit and line and token not in _NO_LINE_START:
                if tw > limit:  # a long ASCII run: split it by characters
                    for ch in token:
                        if used + _w(ch) > limit and line:
                            out.append(line)
                            line, used = "", 0
                        line, used = line + ch, used + _w(ch)
                    continue
                out.append(line)
                line, used = "", 0
            line, used = line + token, used + tw
        out.append(line)
    return "\n".join(out)


def shorten(text: str, limit: int) -> str:
    """At most `limit` columns wide on one line, cut with "…" (the table shows long form text in part;
    the exports keep it whole)."""
    if width(text) <= limit:
        return text
    out, used = "", 0
    for ch in text:
        w = max(wcwidth(ch), 0)
        if used + w > limit - 1:
            break
        out, used = out + ch, used + w
    return out + "…"
