"""Counts over results: the numbers every report format shares."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from jxcheck.engine.results import FileResult, Results, for_counts
from jxcheck.engine.findings import Finding, Severity


@dataclass(frozen=True)
class Counts:
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    waived: int = 0


def count(findings: Iterable[Finding]) -> Counts:
    """Counts by severity in one pass (findings may be a generator over a whole batch)."""
    tally: Counter = Counter()
    for f in findings:
        tally["waived" if f.waived else f.severity] += 1
    return Counts(tally[Severity.ERROR], tally[Severity.WARNING], tally[Severity.INFO], tally["waived"])


def summary(results: Results) -> dict:
    """The JSON contract's summary block."""
    results = for_counts(results)
    total = count(f for r in results for f in r.findings)
    out = {"files": len({r.path for r in results}), "forms": sum(1 for r in results if r.has_form),
           "errors": total.errors, "warnings": total.warnings, "infos": total.infos}
    if total.waived:
        out["waived"] = total.waived
    return out


def summary_line(s: dict, lang: str = "zh") -> str:
    """The summary block in one sentence, as the md and html reports open."""
    if lang == "en":
        return f"{s['files']} files, {s['forms']} forms: {s['errors']} errors, {s['warnings']} warnings, {s['infos']} infos"
    return f"共{s['files']}个文件、{s['forms']}张表：错误{s['errors']}，警告{s['warnings']}，提示{s['infos']}"
