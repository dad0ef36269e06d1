"""Findings: what a rule or a reader reports, and the verdict they add up to."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from jxcheck.engine.model import Location


class Severity(IntEnum):
    """Ordered so that max() gives the worst."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> "Severity":
        return cls[text.upper()]


EXPLAIN = "__explain__"  # a Problem case that carries an explanation, not a finding
VERDICT_PASS = "通过"
VERDICT_FIX = "修改后通过"
VERDICT_RETURN = "退回"


@dataclass(frozen=True)
class Finding:
    """One problem on one form, stamped by the engine with id, severity and text."""

    rule: str
    severity: Severity
    location: Location = field(default_factory=Location)
    path: tuple[str, ...] = ()
    subject: str = ""
    message: str = ""
    expected: str = ""
    actual: str = ""
    suggestion: str = ""
    basis: str = ""
    waived: str | None = None  # the waiver's reason line, when a waiver accepts it
    case: str | None = None  # which of the rule's cases it is (None: the rule's own wording)
    baseline: str | None = None  # against the last round (--baseline): new, unchanged, or fixed (gone since)

    def sort_key(self) -> tuple:
        return (self.location.sort_key(), -int(self.severity), self.rule, self.subject)


def verdict(findings: list[Finding]) -> str:
    """通过 (clean or infos only), 修改后通过 (warnings only), 退回 (any error)."""
    live = [f.severity for f in findings if not f.waived]
    worst = max(live, default=Severity.INFO)
    if worst == Severity.ERROR:
        return VERDICT_RETURN
    if worst == Severity.WARNING:
        return VERDICT_FIX
    return VERDICT_PASS


@dataclass(frozen=True)
class Explanation:
    """What a check found and explains without it being a problem (BUD-10's matching)."""

    rule: str
    text: str


@dataclass(frozen=True)
class Problem:
    """What a check or a reader yields: the minimum. The engine stamps it into a Finding.

    `values` fill the rule's message template ({actual}, {expected}, {n} …);
    `severity` overrides the rule's default only where the catalogue gives a rule two levels.
    """

    rule: str
    location: Location = field(default_factory=Location)
    path: tuple[str, ...] = ()
    subject: str = ""
    values: tuple[tuple[str, str], ...] = ()
    severity: Severity | None = None
    case: str | None = None  # which of the rule's message cases applies

    def fields(self) -> dict[str, str]:
        return dict(self.values)


def problem(rule_id: str, location: Location | None = None, /, *, path: tuple[str, ...] = (), subject: str = "",
            severity: Severity | None = None, case: str | None = None, **values: object) -> Problem:
    """Build a Problem with its template values as strings (`rule` may be one of them: FORM-05 names one)."""
    return Problem(rule_id, location or Location(), path, subject,
                   tuple((k, "" if v is None else str(v)) for k, v in values.items()), severity, case)
