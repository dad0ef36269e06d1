"""The rulebook: rule files and profiles loaded, validated and merged into Rule objects."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from jxcheck.engine.bilingual import Msg, join
from jxcheck.engine.findings import Severity
from jxcheck.engine.oserrors import os_reason
from jxcheck.engine.rules import builtin, predicates, registry
from jxcheck.engine.rules.rule import Case, Rule
from jxcheck.engine.schema import SchemaError, read_yaml, validate

DEFAULT_PROFILE = "auto"
_GUARDS = ("FORM-01", "FORM-02", "FORM-05")  # what keeps an unread or unchecked file from passing


@dataclass
class Rulebook:
    rules: dict[str, Rule] = field(default_factory=dict)
    profile: str = DEFAULT_PROFILE
    profiles: dict[str, dict] = field(default_factory=dict)
    _by_profile: dict[str, list[Rule]] = field(default_factory=dict, repr=False)
    _effective: dict[tuple[str, str], Rule] = field(default_factory=dict, repr=False)
    config: dict = field(default_factory=dict)  # the user's --config rule settings, applied last

    def get(self, rule_id: str) -> Rule:
        try:
            return self.rules[rule_id]
        except KeyError:
            raise KeyError(f"没有编号为{rule_id}的规则") from None

    def effective(self, rule_id: str, profile: str | None = None) -> Rule:
        """A rule as a profile and the user's config leave it (what its findings are stamped with)."""
        key = (profile or self.profile, rule_id)
        if key not in self._effective:
            for rule in self.cached_rules(key[0]):
                self._effective[(key[0], rule.id)] = rule
        try:
            return self._effective[key]
        except KeyError:
            raise KeyError(f"没有编号为{rule_id}的规则") from None

    def cached_rules(self, profile: str) -> list[Rule]:
        """The rules with a profile's settings applied, computed once per profile."""
        if profile not in self._by_profile:
            settings = resolve_profile(self.profiles, profile) if profile != DEFAULT_PROFILE else {}
            rules = [apply_settings(r, settings.get(r.id, {})) for r in self.rules.values()]
            self._by_profile[profile] = [apply_settings(r, self.config.get(r.id, {})) for r in rules]
        return self._by_profile[profile]


_TEXT_KEYS = ("message", "message_en", "expected", "expected_en", "actual", "actual_en", "suggestion", "suggestion_en",
              "title_en")


def _rule(entry: dict, source: str) -> Rule:
    where = entry.get("where") or {}
    mistakes = predicates.condition_errors(where)
    for case in entry.get("cases") or []:
        mistakes += predicates.condition_errors(case.get("when"))
    if mistakes:
        raise SchemaError(f"{source}：" + Msg(f"规则 {entry['id']}", f"rule {entry['id']}") + " › where: " + join(mistakes))
    check = dict(entry.get("check") or {"kind": "each"})
    kind = check.pop("kind")
    cases = tuple(Case(c["name"], c.get("when") or {}, Severity.parse(c["severity"]) if "severity" in c else None,
                       {k: c[k] for k in _TEXT_KEYS if k in c},
                       tuple(c["supersedes"]) if "supersedes" in c else None) for c in entry.get("cases") or [])
    return Rule(id=entry["id"], title=entry["title"], severity=Severity.parse(entry["severity"]),
                scope=entry["scope"], kind=kind, params=check, where=where,
                texts={k: entry[k] for k in _TEXT_KEYS if k in entry}, basis=entry["basis"],
                dimension=entry.get("dimension"), cases=cases, requires=tuple(entry.get("requires") or ()),
                supersedes=tuple(entry.get("supersedes") or ()),
                enabled=entry.get("enabled", True), source=source, at=entry.get("at", "value"),
                without_table=entry.get("without_table", False))


def load_rule_text(text: str, source: str) -> list[Rule]:
    document = validate("rules", read_yaml(text, source), source)
    return [_rule(entry, source) for entry in document["rules"]]


def _extra_files(paths: list[Path]) -> list[tuple[str, str]]:
    out = []
    for path in paths:
        files = sorted(path.rglob("*.y*ml")) if path.is_dir() else [path]
        for f in files:
            try:
                out.append((str(f), f.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError) as exc:
                raise SchemaError(Msg(f"{f}：无法读取规则文件（{os_reason(exc, 'zh')}）",
                                      f"{f}: cannot read the rule file ({os_reason(exc, 'en')})")) from None
    return out


def resolve_profile(profiles: dict[str, dict], name: str, seen: tuple[str, ...] = ()) -> dict[str, dict]:
    """Per-rule settings of a profile, with its `extends` chain applied (parents first)."""
    if name not in profiles:
        raise SchemaError(Msg(f"未知的规则配置“{name}”（可用：{'、'.join(sorted(profiles))}）",
                              f"unknown profile “{name}” (known: {', '.join(sorted(profiles))})"))
    if name in seen:
        raise SchemaError(Msg(f"规则配置“{name}”的extends形成循环", f"profile “{name}” extends itself (a loop)"))
    doc = profiles[name]
    merged = resolve_profile(profiles, doc["extends"], seen + (name,)) if doc.get("extends") else {}
    for rule_id, settings in (doc.get("rules") or {}).items():
        current = dict(merged.get(rule_id, {}))
        params = {**current.get("params", {}), **settings.get("params", {})}
        current.update(settings)
        current["params"] = params
        merged[rule_id] = current
    return merged


def apply_settings(rule: Rule, settings: dict) -> Rule:
    """A rule with a profile's or a config's settings: enabled, severity, params, where, case overrides."""
    cases = tuple(_case_override(c, settings.get("cases", {}).get(c.name, {})) for c in rule.cases)
    return replace(rule, enabled=settings.get("enabled", rule.enabled),
                   severity=Severity.parse(settings["severity"]) if "severity" in settings else rule.severity,
                   params={**rule.params, **settings.get("params", {})},
                   where=settings.get("where", rule.where), cases=cases)


def _case_override(case: Case, settings: dict) -> Case:
    return replace(case, when=settings.get("when", case.when),
                   severity=Severity.parse(settings["severity"]) if "severity" in settings else case.severity)


def load_config(path: Path) -> dict:
    """A --config file, validated; its rule ids and conditions are checked against the rulebook in load()."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemaError(Msg(f"{path}：无法读取配置文件（{os_reason(exc, 'zh')}）",
                              f"{path}: cannot read the config file ({os_reason(exc, 'en')})")) from None
    return validate("config", read_yaml(text, str(path)) or {}, str(path))


def load(extra: list[Path] | None = None, profile: str | None = None, config: Path | None = None) -> Rulebook:
    """Built-in rules, then extra rule files (which may add rules, never redefine one), then the config."""
    settings = load_config(config) if config else {}
    profile = profile or settings.get("profile") or DEFAULT_PROFILE
    rules, profiles = builtin_rules()
    book = Rulebook(rules=dict(rules), profile=profile, profiles=profiles, config=settings.get("rules") or {})
    for source, text in _extra_files(extra or []):
        for rule in load_rule_text(text, source):
            if rule.id in book.rules:
                first = book.rules[rule.id].source
                raise SchemaError(Msg(f"{source}：规则 {rule.id} 重复定义（已在 {first} 中定义）",
                                      f"{source}: rule {rule.id} is defined twice (first in {first})"))
            book.rules[rule.id] = rule
    for rule_id, rule_settings in book.config.items():
        if rule_id not in book.rules:
            raise SchemaError(Msg(f"{config}：规则 {rule_id} 不存在", f"{config}: there is no rule {rule_id}"))
        if rule_id in _GUARDS and (rule_settings.get("enabled") is False or rule_settings.get("severity", "error") != "error"):
            raise SchemaError(Msg(f"{config}：规则 {rule_id} 不能停用或降级（否则读不出的文件会被判为通过）",
                                  f"{config}: rule {rule_id} cannot be switched off or lowered (an unreadable file "
                                  "would pass)"))
        mistakes = predicates.condition_errors(rule_settings.get("where"))
        for name, case in (rule_settings.get("cases") or {}).items():
            if name not in {c.name for c in book.rules[rule_id].cases}:
                mistakes.append(Msg(f"没有名为“{name}”的情形", f"no case named “{name}”"))
            mistakes += predicates.condition_errors(case.get("when"))
        if mistakes:
            raise SchemaError(f"{config}：" + Msg(f"规则 {rule_id}", f"rule {rule_id}") + " › " + join(mistakes))
    if profile != DEFAULT_PROFILE and (profile not in book.profiles or book.profiles[profile].get("abstract")):
        choices = [DEFAULT_PROFILE] + sorted(n for n, d in book.profiles.items() if not d.get("abstract"))
        raise SchemaError(Msg(f"未知的规则配置“{profile}”（可用：{'、'.join(choices)}）",
                              f"unknown profile “{profile}” (known: {', '.join(choices)})"))
    for name in {profile} | ({"legacy", "central-2021"} if profile == DEFAULT_PROFILE else set()):
        for rule in book.cached_rules(name):  # profile and config applied: what will run is what is checked
            found = registry.rule_errors(rule)
            if found:
                where = config if rule.id in book.config else rule.source
                raise SchemaError(f"{where}：" + Msg(f"规则 {rule.id}", f"rule {rule.id}") + " › " + join(found))
    return book


def _build_builtin(texts: list[tuple[str, str]]) -> tuple[dict[str, Rule], dict[str, dict]]:
    rules: dict[str, Rule] = {}
    profiles: dict[str, dict] = {}
    for source, text in texts:
        if source.startswith("rules/") and "/profiles/" not in source:
            rules.update((rule.id, rule) for rule in load_rule_text(text, source))
        elif "/profiles/" in source:
            doc = validate("profile", read_yaml(text, source), source)
            profiles[doc["name"]] = doc
    return rules, profiles


@lru_cache(maxsize=1)
def builtin_rules() -> tuple[dict[str, Rule], dict[str, dict]]:
    """(rules by id, profiles by name) of the built-in packs, validated once (and cached on disk)."""
    return builtin.cached(_build_builtin)
