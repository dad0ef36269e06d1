"""The one engine-level call for "check these inputs": find the files, check them (in parallel when there
are many), give every input its entry, apply the waivers and keep the results. The command line and the
HTTP service both make this call; everything a run needs comes in as arguments and goes out in a Run."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from jxcheck.engine import batch, pairing
from jxcheck.engine.check import check_path, missing_file
from jxcheck.engine.discover import Found, discover
from jxcheck.engine.findings import Severity
from jxcheck.engine.readers import FORM_SUFFIXES
from jxcheck.engine.report.i18n import say
from jxcheck.engine.results import FileResult, Results, for_counts
from jxcheck.engine.rules import rulebook
from jxcheck.engine.store import ResultStore

FAIL_ON = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO, "never": None}
IN_MEMORY = 50  # more results than this are kept on disk


@dataclass
class Run:
    """A finished run: one result per input (unreadable and empty ones included), and what the user
    should be told besides the report (each line in the run's language)."""

    results: Results
    lines: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): inputs left out on purpose
    workers: int = 1

    def exit_code(self, fail_on: str = "error") -> int:
        return exit_code(self.results, fail_on)


def exit_code(results: Results, fail_on: str = "error") -> int:
    """2 when an input could not be read at all; 1 when a form has a finding at or above `fail_on`; else 0."""
    counted = for_counts(results)
    if any(r.unreadable for r in counted):
        return 2
    threshold = FAIL_ON[fail_on]
    if threshold is None:
        return 0
    return 1 if any(f.severity >= threshold and not f.waived for r in counted for f in r.findings) else 0


def plan(paths: list[str], settings: batch.Settings, group_depth: int = 1, exclude: list[Path] | None = None
         ) -> Found:
    """The files a run will check, and every input it cannot or will not take."""
    return discover(paths, group_depth, exclude=exclude, lang=settings.lang)


def execute(found: Found, settings: batch.Settings, book: rulebook.Rulebook, jobs: int = 0,
            progress: Callable[[int], None] | None = None) -> Run:
    """Check what `plan` found. Every input has its entry: a missing path, an empty folder, a folder that
    cannot be opened and a dangling link each get a FORM-01 result."""
    lang = settings.lang
    suffixes = "、".join(sorted(FORM_SUFFIXES))
    results: list[FileResult] | ResultStore = ResultStore() if len(found.jobs) > IN_MEMORY else []
    lines = [say("missing", lang, text) for text in found.missing]
    lines += [say("empty_dir", lang, folder, suffixes) for folder in found.empty]
    for text in found.missing:
        results.append(missing_file(text, book, lang))
    for folder in found.empty:
        results.append(missing_file(folder, book, lang, say("empty_dir", lang, folder, suffixes)))
    for path, group, reason in found.unreadable:
        entry = missing_file(path, book, lang, reason)
        entry.group = group
        results.append(entry)
        lines.append(say("unreadable", lang, path, reason))
    workers = batch.workers_for(jobs or None, len(found.jobs))
    for result in batch.run(found.jobs, settings, workers, progress=progress, book=book):
        if result.unreadable:
            reason = next((f.actual for f in result.findings if f.rule == "FORM-01"), "")
            lines.append(say("unreadable", lang, result.path, reason))
        results.append(result)
    if not settings.against:
        lines += _paired(results, settings, book)
    lines += [say("skipped", lang, path, why) for path, why in found.skipped]
    if settings.waivers:
        used = {f.waived for r in for_counts(results) for f in r.findings if f.waived}
        lines += [say("waiver_unused", lang, w.form, w.rule) for w in settings.waivers if w.label() not in used]
    return Run(results, lines, list(found.skipped), workers)


def _paired(results: list[FileResult] | ResultStore, settings: batch.Settings, book: rulebook.Rulebook) -> list[str]:
    """Each self-evaluation whose approved target form is in the same run is checked again against it (EVAL-08)."""
    lines = []
    for n, target in pairing.pairs(results):
        form = pairing.target_form(target)
        old = results[n]
        if form is None:
            continue
        redone = next((r for r in check_path(Path(old.path), book, settings.lang, list(settings.waivers), form)
                       if r.part == old.part), None)
        if redone is None:
            continue
        redone.group = old.group
        results[n] = redone.light()
        lines.append(say("paired", settings.lang, old.label, target.label))
    return lines


def check_inputs(paths: list[str], settings: batch.Settings, book: rulebook.Rulebook | None = None, *,
                 jobs: int = 0, group_depth: int = 1, exclude: list[Path] | None = None,
                 progress: Callable[[int], None] | None = None) -> Run:
    """plan, then execute: the whole run in one call."""
    return execute(plan(paths, settings, group_depth, exclude), settings, book or settings.book(), jobs, progress)
