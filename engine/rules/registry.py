"""The check kinds, listed explicitly by family, and the load-time test of a rule against its kind.

A new rule family is one module with a KINDS tuple and one entry in FAMILIES."""
from __future__ import annotations

import string

from jxcheck.engine.rules import dates, each, money, structure, sums, table_rows, text
from jxcheck.engine.rules.kinds import READER, CheckKind
from jxcheck.engine.rules.rule import Rule

FAMILIES = (each, structure, table_rows, dates, text, money, sums)
CHECKS: dict[str, CheckKind] = {kind.name: kind for family in FAMILIES for kind in family.KINDS}
CHECKS[READER.name] = READER


def get(name: str) -> CheckKind:
    try:
        return CHECKS[name]
    except KeyError:
        raise KeyError(f"未知的检查方式“{name}”") from None


def rule_errors(rule: Rule) -> list[str]:
    """What is wrong with a loaded rule: an unknown check kind, a scope, parameter or message placeholder
    its kind does not have."""
    kind = CHECKS.get(rule.kind)
    if kind is None:
        return [f"check › kind：未知的检查方式“{rule.kind}”（可用：{'、'.join(sorted(k for k in CHECKS if k != 'reader'))}）"]
    out = []
    if rule.scope not in kind.scopes:
        out.append(f"scope：检查方式{rule.kind}不支持范围“{rule.scope}”（可用：{'、'.join(kind.scopes)}）")
    out += [f"check › {key}：检查方式{rule.kind}没有这个参数（可用：{'、'.join(sorted(kind.params)) or '无'}）"
            for key in rule.params if key not in kind.params]
    if rule.kind == "sum_equals":
        out += sums.compare_errors(rule.params.get("compare"))
    if rule.kind == "parts_sum":
        out += sums.parts_errors(rule.params.get("of"))
    return out + _placeholder_errors(rule, kind)


def _placeholder_errors(rule: Rule, kind: CheckKind) -> list[str]:
    texts = {**rule.texts, **{f"cases › {c.name} › {k}": v for c in rule.cases for k, v in c.texts.items()}}
    out = []
    for key, text in texts.items():
        try:
            fields = list(string.Formatter().parse(text))
        except ValueError as exc:
            out.append(f"{key}：花括号不成对（{exc}）")
            continue
        for _, name, spec, conversion in fields:
            if name is not None and (spec or conversion or not name.isidentifier()):
                out.append(f"{key}：占位符只能写成{{名称}}，不能带格式（{{{name}{'!' + conversion if conversion else ''}"
                           f"{':' + spec if spec else ''}}}）")
            elif name and name not in kind.provides:
                out.append(f"{key}：占位符{{{name}}}不可用（可用：{'、'.join(sorted(kind.provides))}）")
    return out
