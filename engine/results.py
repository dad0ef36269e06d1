"""FileResult: one input file's outcome — the form as read (if any), its findings and explanations."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from engine.findings import Explanation, Finding, verdict
from engine.model import Form, FormMeta


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

    def light(self) -> "FileResult":
        """The result without the form itself: what a report needs."""
        return replace(self, form=None)
