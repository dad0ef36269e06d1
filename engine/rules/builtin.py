"""The built-in rule packs and profiles, validated once and cached.

Parsing and validating every rule file costs more than checking a form, so the validated
result is kept in memory and in a cache file (~/.cache/jxcheck, or $XDG_CACHE_HOME/jxcheck)
keyed by a hash of the rule files, the schemas and the code that reads them. Set
JXCHECK_NO_CACHE=1 to skip the file.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from importlib import resources
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")


def _texts() -> list[tuple[str, str]]:
    out = []
    for package, folder in (("jxcheck.rules", ""), ("jxcheck.rules", "profiles"), ("jxcheck.schemas", "")):
        root = resources.files(package).joinpath(folder) if folder else resources.files(package)
        for entry in sorted(root.iterdir(), key=lambda p: p.name):
            if entry.name.endswith(".yaml"):
                shown = package.rsplit(".", 1)[-1]  # rules/values.yaml, as the repository names it
                out.append((f"{shown}/{folder + '/' if folder else ''}{entry.name}", entry.read_text(encoding="utf-8")))
    return out


def _cache_file(key: str) -> Path | None:
    if os.environ.get("JXCHECK_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "jxcheck" / f"rulebook-{key}.pickle"


def cached(build: Callable[[list[tuple[str, str]]], T]) -> T:
    """`build` applied to the built-in rule, profile and schema files, read from the cache file when
    neither those files nor the code that shapes the result changed; raises what `build` raises."""
    texts = _texts()
    engine = Path(__file__).parent.parent  # the code that shapes the cached rules is part of the key
    code = [p.read_text(encoding="utf-8") for p in sorted((engine / "rules").glob("*.py"))]
    code += [(engine / name).read_text(encoding="utf-8") for name in ("findings.py", "model.py", "schema.py")]
    key = hashlib.sha256("\0".join([t for _, t in texts] + code).encode()).hexdigest()[:20]
    cache = _cache_file(key)
    try:
        if cache and cache.exists():
            return pickle.loads(cache.read_bytes())
    except Exception:  # a stale or broken cache, or a home that cannot be read, is rebuilt, never trusted
        pass
    result = build(texts)
    if cache:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(pickle.dumps(result))
            tmp.replace(cache)
        except OSError:
            pass  # a read-only or unreadable home only costs the speed
    return result
