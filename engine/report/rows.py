"""Results flattened to rows (one per finding, one for a file without findings) and the roll-up per group:
the shape that csv, xlsx, html and md reports share."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable

from jxcheck.engine.results import FileResult, Results, against_counts, for_counts
from jxcheck.engine.findings import Severity
from jxcheck.engine.report.i18n import place, word

_FINDING_HEAD = {
    "zh": ("文件", "分组", "表种", "单位", "年度", "结论", "级别", "规则", "位置", "指标路径", "指标", "问题", "期望",
           "实际", "建议", "依据", "豁免"),
    "en": ("file", "group", "kind", "department", "year", "verdict", "severity", "rule", "location", "path",
           "subject", "message", "expected", "actual", "suggestion", "basis", "waived"),
}
_ROLLUP_HEAD = {
    "zh": ("分组", "文件", "表格", "通过", "修改后通过", "退回", "无法读取", "错误", "警告", "提示", "最常见的问题"),
    "en": ("group", "files", "forms", "pass", "pass after changes", "return", "unreadable", "errors", "warnings",
           "infos", "most frequent rules"),
}


_AGAINST_HEAD = {"zh": ("对照上轮",), "en": ("against the last round",)}
_ROLLUP_AGAINST = {"zh": ("新增", "未改", "已改"), "en": ("new", "unchanged", "fixed")}
BASELINE_WORDS = {"new": ("新增", "new"), "unchanged": ("未改", "unchanged"), "fixed": ("已改", "fixed")}


def compared(results: Results) -> bool:
    """The run was checked against the last round's report (--baseline)."""
    return any(against_counts(r) is not None for r in for_counts(results))


def finding_head(lang: str, against: bool = False) -> tuple[str, ...]:
    en = "en" if lang == "en" else "zh"
    return _FINDING_HEAD[en] + (_AGAINST_HEAD[en] if against else ())


def rollup_head(lang: str, against: bool = False) -> tuple[str, ...]:
    en = "en" if lang == "en" else "zh"
    return _ROLLUP_HEAD[en] + (_ROLLUP_AGAINST[en] if against else ())


def baseline_word(mark: str | None, lang: str) -> str:
    return BASELINE_WORDS[mark][lang == "en"] if mark in BASELINE_WORDS else ""


def finding_rows(results: Results, lang: str = "zh", against: bool = False) -> list[list[object]]:
    """One row per finding (and, against a baseline, per finding fixed since: 已改), one per file without any."""
    rows: list[list[object]] = []
    base: list[object]
    for r in results:
        m = r.meta
        base = [r.label, r.group, m.kind if m else "", m.department if m else "", m.year if m and m.year else "",
                word(r.verdict, lang)]
        listed = [*r.findings, *(r.fixed if against else [])]
        if not listed:
            rows.append(base + [""] * (12 if against else 11))
        for f in listed:
            row = base + [word(f.severity, lang), f.rule, place(f.location, lang), " › ".join(f.path),
                          f.subject, f.message, f.expected, f.actual, f.suggestion, f.basis, f.waived or ""]
            rows.append(row + [baseline_word(f.baseline, lang)] if against else row)
    return rows


def rollup_rows(results: Results, lang: str = "zh", top: int = 3) -> list[list[object]]:
    """One row per group (a county), in name order, then the total; one pass, nothing kept but counts."""
    groups: dict[str, Counter] = defaultdict(Counter)
    total: Counter = Counter()
    for r in for_counts(results):
        for tally in (groups[r.group], total):
            _add(tally, r)
    rows = [_row(name, tally, top) for name, tally in sorted(groups.items())]
    if len(groups) > 1:
        rows.append(_row("合计" if lang != "en" else "total", total, top))
    if compared(results):
        names = [name for name, _ in sorted(groups.items())] + (["total"] if len(groups) > 1 else [])
        for row, name in zip(rows, names):
            tally = total if name == "total" else groups[name]
            row += [tally[("against", 0)], tally[("against", 1)], tally[("against", 2)]]
    return rows


def _add(tally: Counter, r: FileResult) -> None:
    tally["files"] += ("path", r.path) not in tally  # a file of several forms is one file
    tally[("path", r.path)] = 1
    tally["forms"] += r.has_form
    tally["unreadable"] += r.unreadable
    tally[("verdict", r.verdict)] += 1
    for k, n in enumerate(against_counts(r) or ()):
        tally[("against", k)] += n
    for f in r.findings:
        if f.waived:
            continue
        tally[("severity", f.severity)] += 1
        if f.severity >= Severity.WARNING:
            tally[("rule", f.rule)] += 1


def _row(name: str, t: Counter, top: int) -> list[object]:
    rules = sorted(((n, k[1]) for k, n in t.items() if isinstance(k, tuple) and k[0] == "rule"), key=lambda x: (-x[0], x[1]))
    frequent = "、".join(f"{rule}×{n}" for n, rule in rules[:top])
    return [name, t["files"], t["forms"], t[("verdict", "通过")], t[("verdict", "修改后通过")], t[("verdict", "退回")],
            t["unreadable"], t[("severity", Severity.ERROR)], t[("severity", Severity.WARNING)],
            t[("severity", Severity.INFO)], frequent]
