"""The last round's report (--baseline LAST.json, a `validate --format json` document) against this round: each
finding is new (新增) or still open (未改), and what the last round found that is gone is fixed (已改).

Forms are matched by what they are — kind, unit, project, year — not by file name, which changes between
rounds; findings by rule and indicator path (a whole-form finding by its subject), not by line or cell, so
that rows inserted above do not make every finding new. Equal keys are matched one to one, in order."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from jxcheck.engine.findings import Finding, Severity
from jxcheck.engine.model import Location
from jxcheck.engine.results import FileResult

NEW, UNCHANGED, FIXED = "new", "unchanged", "fixed"
_SPACE = re.compile(r"[\s　]")


class BadBaseline(ValueError):
    """The baseline file cannot be used; the message is Chinese (en: the second argument)."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(zh)
        self.zh, self.en = zh, en


@dataclass
class Baseline:
    forms: dict[tuple, list[dict]]  # form key -> the last round's results with that key, in order

    def take(self, key: tuple) -> dict | None:
        found = self.forms.get(key)
        return found.pop(0) if found else None


def _norm(text: object) -> str:
    return _SPACE.sub("", str(text or ""))


def form_key(kind: Any, department: Any, project: Any, year: Any) -> tuple:
    return (_norm(kind), _norm(department), _norm(project), str(year or ""))


def finding_key(rule: str, path: Any, subject: Any) -> tuple:
    return (rule, tuple(_norm(p) for p in path) if path else (), "" if path else _norm(subject))


def load(path: str) -> Baseline:
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise BadBaseline(f"无法读取：{exc.strerror or exc}", f"cannot be read: {exc.strerror or exc}") from None
    except (ValueError, UnicodeDecodeError):
        raise BadBaseline("不是JSON（应为上一轮 validate --format json 的输出）",
                          "is not JSON (it should be the last round's validate --format json)") from None
    results = doc.get("results") if isinstance(doc, dict) else None
    if not isinstance(results, list) or not all(isinstance(r, dict) and isinstance(r.get("findings"), list)
                                                for r in results):
        raise BadBaseline("不是 jxcheck 的JSON报告（缺少 results 和 findings）",
                          "is not a jxcheck JSON report (no results with findings)")
    forms: dict[tuple, list[dict]] = defaultdict(list)
    for r in results:
        forms[form_key(r.get("kind"), r.get("department"), r.get("project"), r.get("year"))].append(r)
    return Baseline(dict(forms))


def _severity(label: object) -> Severity:
    try:
        return Severity.parse(str(label))
    except KeyError:
        return Severity.INFO


def _finding(d: dict) -> Finding:
    loc = d.get("location") or {}
    return Finding(rule=str(d.get("rule", "")), severity=_severity(d.get("severity")),
                   location=Location(**{k: loc.get(k) for k in ("line", "sheet", "cell", "table", "row", "column")}),
                   path=tuple(loc.get("path") or ()), subject=str(d.get("subject", "")),
                   message=str(d.get("message", "")), expected=str(d.get("expected", "")),
                   actual=str(d.get("actual", "")), suggestion=str(d.get("suggestion", "")),
                   basis=str(d.get("basis", "")), baseline=FIXED)


def compare(result: FileResult, baseline: Baseline) -> FileResult:
    """The result with each finding marked new or unchanged, the fixed ones listed, and the last verdict."""
    m = result.meta
    if m is None:
        last = None
    else:
        last = baseline.take(form_key(m.kind, m.department, m.project, m.year))
    old: dict[tuple, list[dict]] = defaultdict(list)
    for d in (last or {}).get("findings", []):
        old[finding_key(d.get("rule", ""), (d.get("location") or {}).get("path"), d.get("subject"))].append(d)
    marked = []
    for f in result.findings:
        key = finding_key(f.rule, f.path, f.subject)
        if old.get(key):
            old[key].pop(0)
            marked.append(replace(f, baseline=UNCHANGED))
        else:
            marked.append(replace(f, baseline=NEW))
    fixed = [_finding(d) for items in old.values() for d in items]
    return replace(result, findings=marked, fixed=fixed, previous_verdict=(last or {}).get("verdict") if last else None,
                   compared=True)


def apply(results: Any, baseline: Baseline) -> None:
    """Mark every result of a run (a list, or a ResultStore: each is read and put back)."""
    for n, result in enumerate(results):
        results[n] = compare(result, baseline)
