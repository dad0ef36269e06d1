"""`jxcheck rules`: the rule list as a table, JSON or Markdown (the README's table comes from here)."""
from __future__ import annotations

import json

from tabulate import tabulate

from jxcheck.engine.rules.evaluate import SCHEME_PROFILES
from jxcheck.engine.rules.rulebook import DEFAULT_PROFILE, Rulebook

_HEAD = {"zh": ("编号", "级别", "名称", "依据"), "en": ("id", "severity", "title", "basis")}


def _severities(book: Rulebook, profile: str, rule_id: str) -> set[str]:
    """Every severity a rule can report under the profile (auto: under either scheme's profile)."""
    names = set()
    for name in (SCHEME_PROFILES.values() if profile == DEFAULT_PROFILE else [profile]):
        rule = next(r for r in book.cached_rules(name) if r.id == rule_id)
        names |= {rule.severity.label} | {c.severity.label for c in rule.cases if c.severity}
        names |= set((rule.params.get("required") or {}).values())  # STR-01: per-一级 severities
    return names


def rows(book: Rulebook, profile: str) -> list[dict]:
    out = []
    for rule in book.cached_rules(profile):
        named = _severities(book, profile, rule.id)
        severities = sorted(named, key=["error", "warning", "info"].index)
        out.append({"id": rule.id, "severity": rule.severity.label, "severities": severities, "title": rule.title,
                    "title_en": rule.texts.get("title_en", ""), "basis": rule.basis, "scope": rule.scope,
                    "check": rule.kind, "dimension": rule.dimension, "enabled": rule.enabled, "source": rule.source})
    return sorted(out, key=lambda r: (r["id"].split("-")[0], r["id"]))


def render(book: Rulebook, fmt: str, lang: str = "zh") -> str:
    data = rows(book, book.profile)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    title = "title_en" if lang == "en" else "title"
    table = [["/".join(r["severities"]), r[title] or r["title"], r["basis"]] for r in data]
    table = [[r["id"], *t] for r, t in zip(data, table)]
    if fmt == "md":
        escaped = [[str(cell).replace("|", "\\|") for cell in row] for row in table]
        return tabulate(escaped, headers=_HEAD[lang], tablefmt="github") + "\n"
    return tabulate(table, headers=_HEAD[lang], tablefmt="simple", maxcolwidths=[8, 14, 30, 60]) + "\n"
