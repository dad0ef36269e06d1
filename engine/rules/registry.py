"""The check kinds, listed explicitly by family, and the load-time test of a rule against its kind.

A new rule family is one module with a KINDS tuple and one entry in FAMILIES."""
from __future__ import annotations

import string

from jxcheck.engine.bilingual import Msg
from jxcheck.engine.rules import dates, each, money, scoring, scoring_form, structure, sums, table_rows, text
from jxcheck.engine.rules.kinds import READER, CheckKind
from jxcheck.engine.rules.rule import Rule, case_values

FAMILIES = (each, structure, table_rows, dates, text, money, sums, scoring, scoring_form)
CHECKS: dict[str, CheckKind] = {kind.name: kind for family in FAMILIES for kind in family.KINDS}
CHECKS[READER.name] = READER


def get(name: str) -> CheckKind:
    try:
        return CHECKS[name]
    except KeyError:
        raise KeyError(f"未知的检查方式“{name}”") from None


def rule_errors(rule: Rule) -> list[Msg]:
    """What is wrong with a loaded rule: an unknown check kind, a scope, parameter or message placeholder
    its kind does not have."""
    kind = CHECKS.get(rule.kind)
    if kind is None:
        known = sorted(k for k in CHECKS if k != "reader")
        return [Msg(f"check › kind：未知的检查方式“{rule.kind}”（可用：{'、'.join(known)}）",
                    f"check › kind: unknown check kind “{rule.kind}” (known: {', '.join(known)})")]
    out = []
    if rule.scope not in kind.scopes:
        out.append(Msg(f"scope：检查方式{rule.kind}不支持范围“{rule.scope}”（可用：{'、'.join(kind.scopes)}）",
                       f"scope: check kind {rule.kind} does not work on “{rule.scope}” (it works on: "
                       f"{', '.join(kind.scopes)})"))
    params = sorted(kind.params)
    out += [Msg(f"check › {key}：检查方式{rule.kind}没有这个参数（可用：{'、'.join(params) or '无'}）",
                f"check › {key}: check kind {rule.kind} has no such parameter (it has: {', '.join(params) or 'none'})")
            for key in rule.params if key not in kind.params]
    if kind.validate is not None:
        out += kind.validate(rule.params)
    return out + _placeholder_errors(rule, kind)


def _placeholder_errors(rule: Rule, kind: CheckKind) -> list[Msg]:
    texts = {key: (text, kind.provides) for key, text in rule.texts.items()}
    for c in rule.cases:  # a case's texts may also name its own condition's values: {when_number_lt}
        texts.update({f"cases › {c.name} › {k}": (v, kind.provides | case_values(c).keys()) for k, v in c.texts.items()})
    out = []
    for key, (text, provides) in texts.items():
        try:
            fields = list(string.Formatter().parse(text))
        except ValueError as exc:
            out.append(Msg(f"{key}：花括号不成对（{exc}）", f"{key}: unbalanced braces ({exc})"))
            continue
        for _, name, spec, conversion in fields:
            if name is not None and (spec or conversion or not name.isidentifier()):
                shown = f"{{{name}{'!' + conversion if conversion else ''}{':' + spec if spec else ''}}}"
                out.append(Msg(f"{key}：占位符只能写成{{名称}}，不能带格式（{shown}）",
                               f"{key}: a placeholder is a plain {{name}}, without a format ({shown})"))
            elif name and name not in provides:
                provided = sorted(provides)
                out.append(Msg(f"{key}：占位符{{{name}}}不可用（可用：{'、'.join(provided)}）",
                               f"{key}: no value {{{name}}} (available: {', '.join(provided)})"))
    return out
