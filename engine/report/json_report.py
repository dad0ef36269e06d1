"""--format json: one document, exactly the contract of docs/contract.md."""
from __future__ import annotations

import io
import json
from typing import Iterable, IO

from jxcheck.engine.results import FileResult, Results
from jxcheck.engine.findings import Finding
from jxcheck.engine.report.rows import rollup_rows
from jxcheck.engine.report.summary import summary


# the roll-up's columns as JSON keys (the table's headers are for people, these for programs)
ROLLUP_KEYS = ("group", "files", "forms", "pass", "pass_after_changes", "return", "unreadable", "errors",
               "warnings", "infos", "frequent_rules", "new", "unchanged", "fixed")


def finding_dict(f: Finding) -> dict:
    loc = f.location
    location: dict[str, object] = {"line": loc.line, "sheet": loc.sheet, "cell": loc.cell, "table": loc.table, "row": loc.row,
                "column": loc.column}
    location["path"] = list(f.path) if f.path else None
    return {"rule": f.rule, "severity": f.severity.label, "location": location, "subject": f.subject,
            "message": f.message, "expected": f.expected, "actual": f.actual, "suggestion": f.suggestion,
            "basis": f.basis, **({"waived": f.waived} if f.waived else {}),
            **({"baseline": f.baseline} if f.baseline in ("new", "unchanged") else {})}


def result_dict(r: FileResult) -> dict:
    meta = r.meta
    out = {"path": r.path, "form": r.part, "group": r.group or None, "kind": meta.kind if meta else None,
           "department": meta.department if meta else None, "project": meta.project if meta else None,
           "year": meta.year if meta else None, "verdict": r.verdict,
           "indicators": r.indicator_count, "tasks": r.task_count,
           "findings": [finding_dict(f) for f in r.findings],
           "explanations": [{"rule": e.rule, "text": e.text} for e in r.explanations]}
    if r.compared:
        out["previous_verdict"] = r.previous_verdict
        out["fixed"] = [finding_dict(f) for f in r.fixed]
    return out


def write(results: Results, out: IO[str], lang: str = "zh") -> None:
    """The JSON document, written result by result (a batch's results are never all in memory)."""
    out.write('{\n  "summary": ' + json.dumps(summary(results), ensure_ascii=False) + ',\n  "results": [')
    grouped = False
    for n, r in enumerate(results):
        grouped = grouped or bool(r.group)
        out.write(("," if n else "") + "\n    " + json.dumps(result_dict(r), ensure_ascii=False))
    out.write("\n  ]")
    if grouped:
        rollup = [dict(zip(ROLLUP_KEYS, row)) for row in rollup_rows(results, lang)]
        out.write(',\n  "rollup": ' + json.dumps(rollup, ensure_ascii=False))
    out.write("\n}\n")


def render(results: Results, lang: str = "zh") -> str:
    buffer = io.StringIO()
    write(results, buffer, lang)
    return buffer.getvalue()
