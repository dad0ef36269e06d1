"""What reading a file gives: the form (or None) and the reader's own problems."""
from __future__ import annotations

from dataclasses import dataclass, field

from jxcheck.engine.findings import Problem
from jxcheck.engine.model import Form, FormMeta


@dataclass
class ReadResult:
    """A form as read (None when nothing could be read) and the reader's own problems. A file that holds
    several forms (a form on each sheet, a table of several projects) gives one ReadResult per form: the
    first, with the others in `others`, each named by its sheet or project."""

    form: Form | None
    problems: list[Problem] = field(default_factory=list)
    unreadable: bool = False
    meta: FormMeta | None = None  # what the header says, even when no form could be read
    name: str | None = None  # the sheet or project, when the file holds several forms
    header_form: Form | None = None  # a file without an indicator table: its header and goals (FORM-02)
    others: list["ReadResult"] = field(default_factory=list)

    def all(self) -> list["ReadResult"]:
        return [self, *self.others]
