"""Chinese numerals (三, 十二, 一百零五, 两千) to integers; None when the text is not one."""
from __future__ import annotations

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SCALES = {"十": 10, "百": 100, "千": 1000}


def cn_to_int(text: str) -> int | None:
    """Read numerals below ten thousand; 万 and 亿 are left to the unit (60万 is 60 万元)."""
    if not text or any(c not in _DIGITS and c not in _SCALES for c in text):
        return None
    if all(c in _DIGITS for c in text) and len(text) > 1:
        return int("".join(str(_DIGITS[c]) for c in text))  # 二〇二二 style
    total, digit, last_scale = 0, None, 10**9
    for c in text:
        if c in _DIGITS:
            if digit is not None and _DIGITS[c] != 0:
                return None
            digit = _DIGITS[c] if _DIGITS[c] != 0 else digit
        else:
            scale = _SCALES[c]
            if scale >= last_scale:
                return None
            total += (1 if digit is None else digit) * scale
            digit, last_scale = None, scale
    return total + (digit or 0)
