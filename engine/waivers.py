"""Waivers: a reviewer accepts one finding on one form; waived findings are counted apart, never hidden."""
from __future__ import annotations

from dataclasses import dataclass, replace
from fnmatch import fnmatch
from pathlib import Path

from jxcheck.engine.bilingual import Msg
from jxcheck.engine.findings import Finding
from jxcheck.engine.oserrors import os_reason
from jxcheck.engine.schema import SchemaError, read_yaml, validate


@dataclass(frozen=True)
class Waiver:
    form: str
    rule: str
    reviewer: str
    date: str
    reason: str
    line: int | None = None
    cell: str | None = None
    subject: str | None = None

    def covers(self, path: str, finding: Finding) -> bool:
        name_ok = fnmatch(Path(path).name, self.form) or fnmatch(path, self.form)
        return (name_ok and finding.rule == self.rule
                and (self.line is None or finding.location.line == self.line)
                and (self.cell is None or finding.location.cell == self.cell)
                and (self.subject is None or finding.subject == self.subject))

    def label(self) -> str:
        return f"{self.reviewer} {self.date}：{self.reason}"


def load(path: Path) -> list[Waiver]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = (os_reason(exc, "zh"), os_reason(exc, "en")) if isinstance(exc, OSError) else ("不是UTF-8文本", "not UTF-8 text")
        raise SchemaError(Msg(f"{path}：无法读取豁免文件（{reason[0]}）",
                              f"{path}: cannot read the waivers file ({reason[1]})")) from None
    doc = validate("waivers", read_yaml(text, str(path)), str(path))
    return [Waiver(**{**w, "date": str(w["date"])}) for w in doc["waivers"]]


def apply(path: str, findings: list[Finding], waivers: list[Waiver]) -> list[Finding]:
    """Mark the findings a waiver covers; each waiver accepts one finding."""
    used: set[int] = set()
    out = []
    for f in findings:
        match = next((k for k, w in enumerate(waivers) if k not in used and w.covers(path, f)), None)
        if match is None:
            out.append(f)
        else:
            used.add(match)
            out.append(replace(f, waived=waivers[match].label()))
    return out
