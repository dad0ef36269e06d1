"""Batch runs: find the forms under the given paths, check them in parallel, stream light results.

Each worker process loads the rulebook once (its start-up cost is paid per worker, not per form)
and sends back results without the form itself, so memory stays flat however many forms there are.
"""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from jxcheck.engine.check import check_file
from jxcheck.engine.results import Digest, FileResult, digest
from jxcheck.engine.readers import FORM_SUFFIXES
from jxcheck.engine.rules import rulebook
from jxcheck.engine.waivers import Waiver

ROOT_GROUP = {"zh": "（根目录）", "en": "(top folder)"}


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs to build the same rulebook as the parent."""

    profile: str | None = None
    extra_rules: tuple[str, ...] = ()
    config: str | None = None
    lang: str = "zh"
    waivers: tuple[Waiver, ...] = ()

    def book(self) -> rulebook.Rulebook:
        return rulebook.load([Path(p) for p in self.extra_rules], self.profile,
                             Path(self.config) if self.config else None)


@dataclass(frozen=True)
class Job:
    path: Path
    group: str


def discover(paths: list[str], depth: int = 1, exclude: list[Path] | None = None, lang: str = "zh"
             ) -> tuple[list[Job], list[str], list[str]]:
    """(jobs, paths that do not exist, folders with no forms). Folders are walked, hidden entries skipped;
    a file's group is its first `depth` folder levels under the folder given (a county)."""
    jobs: list[Job] = []
    missing: list[str] = []
    empty: list[str] = []
    for text in paths:
        path = Path(text)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in FORM_SUFFIXES
                           and not any(part.startswith((".", "~$")) for part in p.relative_to(path).parts)
                           and p.is_file())
            if exclude:  # this run's own output files, when written inside the tree
                found = [p for p in found if not _excluded(p, exclude)]
            if not found:
                empty.append(text)
            jobs.extend(Job(p, group_of(p, path, depth, lang)) for p in found)
        elif path.exists():
            jobs.append(Job(path, ""))
        else:
            missing.append(text)
    return jobs, missing, empty


def _excluded(path: Path, exclude: list[Path]) -> bool:
    """Whether the file is (or lies in) one of the resolved `exclude` paths; only a file whose path
    names one of them is resolved (resolving every file of a large tree costs a stat per folder level)."""
    names = {e.name for e in exclude}
    if not names.intersection(path.parts):
        return False
    path = path.resolve()
    return any(path == e or e in path.parents for e in exclude)


def group_of(path: Path, root: Path, depth: int, lang: str = "zh") -> str:
    folders = path.relative_to(root).parts[:-1]
    if depth <= 0:
        return ""
    return "/".join(folders[:depth]) if folders else ROOT_GROUP["en" if lang == "en" else "zh"]


_BOOK: rulebook.Rulebook | None = None
_SETTINGS: Settings | None = None


_INHERITED: tuple[Settings, rulebook.Rulebook] | None = None  # set by the parent just before its workers fork


def _init(settings: Settings, book: rulebook.Rulebook | None = None) -> None:
    global _BOOK, _SETTINGS
    _SETTINGS, _BOOK = settings, book or settings.book()


def _init_worker(settings: Settings) -> None:
    """A worker's start: a forked worker of this very run takes the parent's rulebook, which came with it.
    What it inherited is frozen out of the garbage collector's sight (never scanned, never copied on
    write), and collection waits for more allocations: a form's objects are freed by reference counts."""
    inherited = _INHERITED[1] if _INHERITED is not None and _INHERITED[0] is settings else None
    _init(settings, inherited)
    gc.freeze()
    gc.set_threshold(20_000, 20, 50)


def _check(job: Job) -> FileResult:
    result = check_file(job.path, _BOOK, _SETTINGS.lang, list(_SETTINGS.waivers))
    result.group = job.group
    return result.light()


def run(jobs: list[Job], settings: Settings, workers: int | None = None,
        progress: Callable[[int], None] | None = None, book: rulebook.Rulebook | None = None
        ) -> Iterator[FileResult]:
    """Results in input order, streamed as they are ready. A worker that dies (a library that aborts
    on a malformed file) costs that file a FORM-05 entry, never the run."""
    workers = max(1, workers or os.cpu_count() or 1)
    if workers == 1 or len(jobs) < 4:  # a few files: no process start-up to pay
        _init(settings, book)  # in this process: the caller's rulebook, not a second load
        stream = map(_check, jobs)
    else:
        global _INHERITED
        _INHERITED = (settings, book) if book is not None else None  # what forked workers take, this run only
        stream = _parallel(jobs, settings, workers)
    for result in stream:
        if progress:
            progress(1)
        yield result


def _preload(suffixes: set[str]) -> None:
    """Import the readers these files need before the workers fork, so that each does not import them again."""
    from jxcheck.engine.readers import SHEET_SUFFIXES, WORD_SUFFIXES, layout, text, yaml_form  # noqa: F401
    if suffixes & SHEET_SUFFIXES:
        from jxcheck.engine.readers import sheets  # noqa: F401
    if suffixes & WORD_SUFFIXES:
        from jxcheck.engine.readers import word  # noqa: F401


def _check_many(jobs: list[Job]) -> list[FileResult]:
    return [_check(job) for job in jobs]


def _parallel(jobs: list[Job], settings: Settings, workers: int) -> Iterator[FileResult]:
    """Chunks of jobs in worker processes, results in input order. When a worker dies, every unfinished
    job becomes a suspect and runs alone in a fresh pool: only the file that kills a worker by itself is
    lost to it (a FORM-05 entry)."""
    context = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    if context.get_start_method() == "fork":
        _preload({job.path.suffix.lower() for job in jobs})
    size = max(1, min(16, len(jobs) // (workers * 8)))
    queue: deque = deque((jobs[k:k + size], False) for k in range(0, len(jobs), size))
    while queue:
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(settings,))
        pending: deque = deque()
        broken = False
        try:
            while queue or pending:
                suspect = queue[0][1] if queue else False
                window = 1 if suspect or (pending and pending[0][2]) else workers * 3  # suspects run alone
                while queue and len(pending) < window and queue[0][1] == suspect:
                    chunk, alone = queue.popleft()
                    try:
                        pending.append((chunk, pool.submit(_check_many, chunk), alone))
                    except BrokenProcessPool:  # a worker died meanwhile: the pending result will say which
                        queue.appendleft((chunk, True))
                        break
                if not pending:
                    broken = True
                    break  # the pool broke before taking anything: start a fresh one
                chunk, future, alone = pending.popleft()
                try:
                    yield from future.result()
                except BrokenProcessPool:
                    broken = True
                    if alone:
                        yield _crashed(chunk[0], settings)
                        unfinished = [(c, True) for c, _, _ in pending]
                    else:
                        unfinished = [([job], True) for job in chunk]
                        unfinished += [([job], True) for c, _, _ in pending for job in c]
                    queue.extendleft(reversed(unfinished))  # in input order, ahead of the rest
                    break
        finally:  # a healthy pool is joined (left running, its threads may report at exit); a broken one is not
            pool.shutdown(wait=not broken, cancel_futures=True)


def _crashed(job: Job, settings: Settings) -> FileResult:
    from jxcheck.engine.check import stamp
    from jxcheck.engine.findings import problem
    book = settings.book()
    reason = "处理此文件时检查进程异常退出" if settings.lang != "en" else "the checking process died on this file"
    finding = stamp(problem("FORM-05", subject=job.path.name, rule="读取", reason=reason),
                    book.effective("FORM-05"), settings.lang)
    return FileResult(str(job.path), None, [finding], group=job.group)


class ResultStore:
    """Results kept in a temporary file as they arrive (pickled one by one), read back on each pass:
    a report over thousands of forms holds one result in memory at a time."""

    def __init__(self) -> None:
        import tempfile
        self._file = tempfile.TemporaryFile()
        self._offsets: list[int] = []
        self.digests: list[Digest] = []  # counts, roll-ups and the exit code read these, not the file
        self._marks: dict = {}

    def append(self, result: FileResult) -> None:
        import pickle
        self.digests.append(digest(result, self._marks))
        self._file.seek(0, os.SEEK_END)
        self._offsets.append(self._file.tell())
        pickle.dump(result, self._file, protocol=pickle.HIGHEST_PROTOCOL)

    def __len__(self) -> int:
        return len(self._offsets)

    def __iter__(self) -> Iterator[FileResult]:
        import pickle
        for offset in self._offsets:
            self._file.seek(offset)
            yield pickle.load(self._file)

    def __getitem__(self, index: int) -> FileResult:
        import pickle
        self._file.seek(self._offsets[index])
        return pickle.load(self._file)

    def close(self) -> None:
        self._file.close()
