"""FileResult: one input file's outcome — the form as read (if any), its findings and explanations."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterator, Protocol

from jxcheck.engine.findings import Explanation, Finding, Severity, verdict
from jxcheck.engine.model import Form, FormMeta


@dataclass
class FileResult:
    """One input file: the form as read (if any), its findings, and whether it could be read at all.

    `meta` and the counts outlive `form`, which a batch run drops so that memory stays flat."""

    path: str
    form: Form | None
    findings: list[Finding] = field(default_factory=list)
    unreadable: bool = False
    explanations: list[Explanation] = field(default_factory=list)
    group: str = ""
    meta: FormMeta | None = None
    indicator_count: int = 0
    task_count: int = 0
    found: bool = False  # a form (an indicator table) was found in the file
    part: str | None = None  # the sheet or project, when the file holds several forms
    compared: bool = False  # checked against the last round's report (--baseline)
    fixed: list[Finding] = field(default_factory=list)  # the last round's findings that are gone
    previous_verdict: str | None = None  # the last round's verdict of the same form

    def __post_init__(self) -> None:
        if self.form is not None:
            self.found = True
            self.meta = self.form.meta
            self.indicator_count, self.task_count = len(self.form.indicators), len(self.form.tasks)

    @property
    def verdict(self) -> str:
        return verdict(self.findings)

    @property
    def has_form(self) -> bool:
        return self.found

    @property
    def label(self) -> str:
        """The file, and the form in it when it holds several: 2023.xlsx › 某某项目."""
        return f"{self.path} › {self.part}" if self.part else self.path

    def light(self) -> "FileResult":
        """The result without the form itself: what a report needs."""
        return replace(self, form=None)


@dataclass(frozen=True)
class Mark:
    """What counts and roll-ups need of a finding."""

    rule: str
    severity: Severity
    waived: str | None = None


@dataclass(frozen=True)
class Digest:
    """What counts, roll-ups and the exit code need of a result. A batch keeps one per file in memory
    (a few hundred bytes) while the results themselves wait on disk."""

    path: str
    group: str
    found: bool
    unreadable: bool
    verdict: str
    findings: tuple[Mark, ...]
    against: tuple[int, int, int] | None = None  # new, unchanged, fixed (when checked against a baseline)

    @property
    def has_form(self) -> bool:
        return self.found


def against_counts(result: "FileResult | Digest") -> tuple[int, int, int] | None:
    """(new, unchanged, fixed) against the last round, or None when the run had no baseline."""
    if isinstance(result, Digest):
        return result.against
    if not result.compared:
        return None
    return (sum(f.baseline == "new" for f in result.findings),
            sum(f.baseline == "unchanged" for f in result.findings), len(result.fixed))


def digest(result: FileResult, marks: dict) -> Digest:
    """The result's digest; `marks` interns the findings' marks (the same few recur across a batch)."""
    own = tuple(marks.setdefault(k, Mark(*k)) for k in ((f.rule, f.severity, f.waived) for f in result.findings))
    return Digest(result.path, result.group, result.found, result.unreadable, result.verdict, own, against_counts(result))


class Results(Protocol):
    """What a report reads: a list of results, or a batch's ResultStore (results kept on disk)."""

    def __iter__(self) -> Iterator[FileResult]: ...

    def __len__(self) -> int: ...


def for_counts(results):
    """What a count over results reads: a batch store's digests (no result is read back from disk), else
    the results themselves."""
    return getattr(results, "digests", results)
