"""User-facing words of the reports, Chinese first, English with --lang en."""
from __future__ import annotations

from engine.findings import Severity
from engine.model import Location

_WORDS = {
    "severity": ("级别", "Severity"), "rule": ("规则", "Rule"), "location": ("位置", "Location"),
    "subject": ("指标", "Indicator"), "message": ("问题", "Problem"), "expected": ("期望", "Expected"),
    "actual": ("实际", "Actual"),
    Severity.ERROR: ("错误", "error"), Severity.WARNING: ("警告", "warning"), Severity.INFO: ("提示", "info"),
    "通过": ("通过", "pass"), "修改后通过": ("修改后通过", "pass after changes"), "退回": ("退回", "return"),
    "no_findings": ("未发现问题。", "No findings."),
    "verdict": ("结论", "Verdict"),
}


def word(key: object, lang: str) -> str:
    zh, en = _WORDS[key]
    return en if lang == "en" else zh


def place(loc: Location, lang: str) -> str:
    """A location as a reviewer names it: 第110行, Sheet1!E84, 表1 第3行第4列."""
    if loc.sheet or loc.cell:
        return f"{loc.sheet}!{loc.cell}" if loc.sheet else str(loc.cell)
    if loc.table is not None:
        if lang == "en":
            return f"table {loc.table} row {loc.row} col {loc.column}"
        return f"表{loc.table} 第{loc.row}行第{loc.column}列"
    if loc.line is not None:
        return f"line {loc.line}" if lang == "en" else f"第{loc.line}行"
    if loc.row is not None:
        return f"row {loc.row}" if lang == "en" else f"第{loc.row}行"
    return "—"


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def counts(errors: int, warnings: int, infos: int, lang: str) -> str:
    if lang == "en":
        return f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}, {_plural(infos, 'info')}"
    return f"错误{errors}，警告{warnings}，提示{infos}"
