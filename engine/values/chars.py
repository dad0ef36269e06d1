"""Invisible and look-alike space characters that text pasted from Word or a web page carries: a value that
looks right (≥10 期 with a non-breaking space) must read right."""
from __future__ import annotations

# spaces that are not ASCII: non-breaking, figure, narrow, ideographic …
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# characters that show nothing: zero-width space/joiners, word joiner, BOM, soft hyphen
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_TABLE = {ord(c): " " for c in _SPACES} | {ord(c): None for c in _INVISIBLE}


def clean(text: str) -> str:
    """Non-ASCII spaces become spaces; zero-width characters, BOMs and soft hyphens go."""
    return text.translate(_TABLE) if not text.isascii() else text
