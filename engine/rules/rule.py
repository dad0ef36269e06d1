"""A rule as loaded from its file: its outcomes (cases), wording, basis and check."""
from __future__ import annotations

from dataclasses import dataclass

from jxcheck.engine.findings import Severity


@dataclass(frozen=True)
class Case:
    """One outcome of a rule: its own condition, severity and wording."""

    name: str
    when: dict
    severity: Severity | None  # None: the rule's own severity (which a profile or config may change)
    texts: dict[str, str]
    supersedes: tuple[str, ...] | None = None  # None: the rule's own `supersedes`


NO_CASE = Case("", {}, None, {})


def case_values(case: Case) -> dict[str, str]:
    """The plain values of a case's condition, for its texts: `when: {number_lt: 80}` gives {when_number_lt} = 80,
    so that a threshold changed in a config changes the message too."""
    return {f"when_{k}": str(v) for k, v in case.when.items()
            if isinstance(v, (int, float, str)) and not isinstance(v, bool)}


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    severity: Severity
    scope: str
    kind: str
    params: dict
    where: dict
    texts: dict[str, str]  # message, expected, actual, suggestion and their _en forms
    basis: str
    dimension: str | None = None
    cases: tuple[Case, ...] = ()
    requires: tuple[str, ...] = ()
    supersedes: tuple[str, ...] = ()  # rule ids ("*": all) whose findings on the same row this one replaces
    enabled: bool = True
    source: str = ""
    at: str = "value"  # the cell of an indicator row its findings point at: the value's, or the name's
    without_table: bool = False  # judges only the header and goals: runs where no indicator table was read (FORM-02)

    def case(self, name: str | None) -> Case:
        return next((c for c in self.cases if c.name == name), NO_CASE)
