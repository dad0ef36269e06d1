"""A rule explained in Markdown, from its rule file alone: what it checks, its severities and cases, what it
reads, the parameters a config may change, its wording and its basis. docs/rules.md is these pages."""
from __future__ import annotations

import json
import re

from jxcheck.engine.report import examples
from jxcheck.engine.report.rule_list import rows as rule_rows
from jxcheck.engine.rules.registry import CHECKS
from jxcheck.engine.rules.rule import Rule, case_values
from jxcheck.engine.rules.rulebook import DEFAULT_PROFILE, Rulebook

_WORDS = {
    "severity": ("级别", "Severity"), "scope": ("范围", "Scope"), "check": ("检查方式", "Check"),
    "where": ("适用条件", "Applies to"), "params": ("可配置参数", "Parameters a config may change"),
    "message": ("提示", "Message"), "expected": ("期望", "Expected"), "actual": ("实际", "Actual"),
    "suggestion": ("建议", "Suggestion"), "basis": ("依据", "Basis"), "dimension": ("审核维度", "Review dimension"),
    "cases": ("情形", "Cases"), "requires": ("前提", "Needs"), "supersedes": ("取代", "Replaces"),
    "none": ("无", "none"), "default": ("规则本身", "the rule's own"), "evidence": ("证据标签", "Evidence tags"),
}
# docs/catalogue.md §0: how firm a rule's basis is
_TAGS = {"V": ("已在所引页面核对原文", "verified on the cited page"),
         "F": ("见于真实的已公开表格（实践，非政策）", "seen in real published forms (practice, not policy)"),
         "P": ("商业预算绩效管理系统的做法（佐证）", "the practice of a commercial budget system (corroboration)"),
         "R": ("凭记忆引用的官方文件，未重新核对", "recalled from the official document, not re-read"),
         "H": ("本项目的经验判断，只作提示或警告", "this project's heuristic: info or warning only")}
_SCOPES = {"form": ("整张表", "the whole form"), "indicator": ("每个指标行", "each indicator row"),
           "task": ("每项任务", "each task")}
_NEEDS = {"year": ("预算年度", "the budget year"), "tasks": ("年度主要任务", "the tasks"),
          "complete": ("完整的表格", "a complete form"),
          "certain": ("每行都可靠读出的指标表（从PDF复制的文字未见单元格被截断）",
                      "an indicator table read row by row for certain (no cell cut in text copied out of a PDF)"),
          "signed": ("表后的填报信息（未被截去）", "the sign-off below the table (not cut off)"), "levels": ("一级、二级指标列", "the 一级 and 二级 columns"),
          "targets": ("指标值列", "a column of target values"),
          "scores": ("自评表的分值或得分列", "a self-evaluation's weights or scores"),
          "funds": ("自评表的资金表（预算数、执行数）", "a self-evaluation's funds block (budget, spent)"),
          "submission": ("报送审核的表格（不是公示）", "a form submitted for review (not a published notice)"),
          "actuals": ("完成值列（自评表）", "a column of results (a self-evaluation)"),
          "planned": ("绩效目标表（不是自评表）", "a target form (not a self-evaluation)")}


def _w(key: str, lang: str) -> str:
    return _WORDS[key][lang == "en"]


_PLACEHOLDERS = {"n": ("行号", "row"), "name": ("指标名称", "name"), "raw": ("指标值", "value"),
                 "actual": ("完成值", "result"), "score": ("得分", "score"), "weight": ("分值", "weight"),
                 "calc": ("应得值", "computed"), "label": ("名称", "label"), "level1": ("一级指标", "一级"),
                 "level2": ("二级指标", "二级"), "unit": ("单位", "unit"), "money_unit": ("金额单位", "money unit"),
                 "year": ("年度", "year"), "task": ("任务", "task"), "missing": ("缺项", "missing"),
                 "rate": ("执行率", "rate"), "budget": ("预算数", "budget"), "spent": ("执行数", "spent"),
                 "grade": ("等级", "grade"), "low": ("下限", "low"), "high": ("上限", "high"),
                 "limit": ("门槛", "threshold"), "content": ("内容", "content"), "bands": ("等级区间", "grade bands"), "bands_en": ("等级区间", "grade bands")}
_SEVERITY_WORDS = {"error": ("错误", "error"), "warning": ("警告", "warning"), "info": ("提示", "info")}


def _text(texts: dict, key: str, lang: str) -> str:
    return (texts.get(f"{key}_en") if lang == "en" else None) or texts.get(key, "")


def _readable(text: str, lang: str, known: dict[str, str] | None = None) -> str:
    """A message template as a reader sees it: 第{n}行 → 第〈行号〉行; a value the rule fixes (a case's threshold,
    {when_number_lt}) is written out."""
    def one(m: re.Match) -> str:
        if known and m.group(1) in known:
            return known[m.group(1)]
        return "〈" + _PLACEHOLDERS.get(m.group(1), ("…", "…"))[lang == "en"] + "〉"
    return re.sub(r"\{(\w+)\}", one, text)


def _code(value: object) -> str:
    return "`" + json.dumps(value, ensure_ascii=False) + "`"


def explain(rule: Rule, book: Rulebook, lang: str = "zh") -> str:
    """One rule's page: heading, facts, wording, cases."""
    en = lang == "en"
    row = next(r for r in rule_rows(book, DEFAULT_PROFILE if book.profile == DEFAULT_PROFILE else book.profile)
               if r["id"] == rule.id)
    title = (rule.texts.get("title_en") if en else None) or rule.title
    lines = [f"### {rule.id} {title}", ""]
    facts = [(_w("severity", lang), "/".join(_SEVERITY_WORDS[v][en] for v in row["severities"])),
             (_w("scope", lang), _SCOPES[rule.scope][en]),
             (_w("check", lang), f"`{rule.kind}`")]
    if rule.where:
        facts.append((_w("where", lang), _code(rule.where)))
    kind = CHECKS[rule.kind]
    if kind.params:
        shown = {k: rule.params.get(k) for k in sorted(kind.params)}
        facts.append((_w("params", lang), ", ".join(f"`{k}`" + (f" = {_code(v)}" if v is not None else "")
                                                     for k, v in shown.items())))
    if rule.requires:
        facts.append((_w("requires", lang), "、".join(_NEEDS[n][en] for n in rule.requires)))
    if rule.supersedes:
        facts.append((_w("supersedes", lang), ", ".join(rule.supersedes)))
    if rule.dimension:
        facts.append((_w("dimension", lang), rule.dimension))
    facts.append((_w("basis", lang), rule.basis))
    lines += [f"- **{k}**: {v}" for k, v in facts] + [""]
    for key in ("message", "expected", "actual", "suggestion"):
        text = _text(rule.texts, key, lang)
        if text:
            lines.append(f"- {_w(key, lang)}: {_readable(text, lang)}")
    if rule.cases:
        lines += ["", f"{_w('cases', lang)}:", ""]
        for case in rule.cases:
            severity = _SEVERITY_WORDS[case.severity.label][en] if case.severity else _w("default", lang)
            when = f" {_code(case.when)}" if case.when else ""
            message = _text(case.texts, "message", lang) or _text(rule.texts, "message", lang)
            lines.append(f"- `{case.name}` ({severity}){when}: {_readable(message, lang, case_values(case))}")
            expected = _text(case.texts, "expected", lang)
            if "{when_" in expected:  # a threshold the case fixes, shown with its value
                lines.append(f"  {_w('expected', lang)}: {_readable(expected, lang, case_values(case))}")
    tags = [t for t in _TAGS if f"[{t}" in rule.basis or f"/{t}]" in rule.basis]
    if tags:
        lines += ["", f"{_w('evidence', lang)}: " + "; ".join(f"[{t}] {_TAGS[t][en]}" for t in tags)]
    lines += examples.examples(rule.id, book, lang)
    return "\n".join(lines) + "\n"


def document(book: Rulebook, lang: str = "zh") -> str:
    """Every rule's page, grouped by family (docs/rules.md)."""
    head = ("# 规则说明\n\n本文由规则文件生成（`python tools/docs.py`），请勿手改；测试保证它与规则文件一致。\n"
            if lang != "en" else
            "# The rules\n\nGenerated from the rule files (`python tools/docs.py`); do not edit by hand.\n")
    parts, family = [head], None
    for rule in sorted(book.rules.values(), key=lambda r: (r.id.split("-")[0], r.id)):
        prefix = rule.id.split("-")[0]
        if prefix != family:
            family = prefix
            parts.append(f"\n## {prefix}\n")
        parts.append("\n" + explain(rule, book, lang))
    return "".join(parts)
