"""--format json: one document, exactly the contract of DESIGN.md."""
from __future__ import annotations

import json
from dataclasses import asdict

from engine.check import FileResult
from engine.findings import Finding
from engine.report.rows import rollup_head, rollup_rows
from engine.report.summary import summary


def finding_dict(f: Finding) -> dict:
    location = asdict(f.location)
    location["path"] = list(f.path) if f.path else None
    return {"rule": f.rule, "severity": f.severity.label, "location": location, "subject": f.subject,
            "message": f.message, "expected": f.expected, "actual": f.actual, "suggestion": f.suggestion,
            "basis": f.basis, **({"waived": f.waived} if f.waived else {})}


def result_dict(r: FileResult) -> dict:
    meta = r.meta
    return {"path": r.path, "group": r.group or None, "kind": meta.kind if meta else None, "department": meta.department if meta else None,
            "year": meta.year if meta else None, "verdict": r.verdict,
            "indicators": r.indicator_count, "tasks": r.task_count,
            "findings": [finding_dict(f) for f in r.findings],
            "explanations": [{"rule": e.rule, "text": e.text} for e in r.explanations]}


def render(results: list[FileResult], lang: str = "zh") -> str:
    doc = {"summary": summary(results), "results": [result_dict(r) for r in results]}
    if any(r.group for r in results):
        head = rollup_head("en")
        doc["rollup"] = [dict(zip(head, row)) for row in rollup_rows(results, "zh")]
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
