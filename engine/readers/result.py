"""What reading a file gives: the form (or None) and the reader's own problems."""
from __future__ import annotations

from dataclasses import dataclass, field

from jxcheck.engine.findings import Problem
from jxcheck.engine.model import Form, FormMeta


@dataclass
class ReadResult:
    """A form as read (None when nothing could be read) and the reader's own problems."""

    form: Form | None
    problems: list[Problem] = field(default_factory=list)
    unreadable: bool = False
    meta: FormMeta | None = None  # what the header says, even when no form could be read
