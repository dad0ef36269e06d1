"""Batch runs: check many files in worker processes, stream light results back in input order.

Each worker process takes the rulebook once (inherited when the pool forks, else loaded) and sends
back results without the form itself, so memory stays flat however many forms there are. A run's
state travels with the run (its settings and rulebook), never in this module's globals: the only
per-process state is a worker's own copy, set when the worker starts.
"""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
import signal
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from jxcheck.engine import pairing
from jxcheck.engine.check import check_path, stamp
from jxcheck.engine.discover import Job
from jxcheck.engine.findings import problem
from jxcheck.engine.results import FileResult
from jxcheck.engine.rules import rulebook
from jxcheck.engine.waivers import Waiver


@dataclass(frozen=True)
class Settings:
    """Everything a worker needs to build the same rulebook as the parent."""

    profile: str | None = None
    extra_rules: tuple[str, ...] = ()
    config: str | None = None
    lang: str = "zh"
    waivers: tuple[Waiver, ...] = ()
    against: str | None = None  # the approved target form every self-evaluation is compared with (EVAL-08)

    def book(self) -> rulebook.Rulebook:
        return rulebook.load([Path(p) for p in self.extra_rules], self.profile,
                             Path(self.config) if self.config else None)


def workers_for(asked: int | None, files: int) -> int:
    """Worker processes for a run: what was asked (default: the cores), never more than the cores or the files."""
    cores = os.cpu_count() or 1
    return max(1, min(asked or cores, cores, files))


def check_job(job: Job, settings: Settings, book: rulebook.Rulebook) -> list[FileResult]:
    """A file's results: one per form it holds (most hold one), without the forms themselves."""
    against = pairing.target_form_at(settings.against) if settings.against else None
    results = check_path(job.path, book, settings.lang, list(settings.waivers), against)
    for result in results:
        result.group = job.group
    return [result.light() for result in results]


def run(jobs: list[Job], settings: Settings, workers: int | None = None,
        progress: Callable[[int], None] | None = None, book: rulebook.Rulebook | None = None
        ) -> Iterator[FileResult]:
    """Results in input order, streamed as they are ready. A worker that dies (a library that aborts
    on a malformed file) costs that file a FORM-05 entry, never the run."""
    count = workers_for(workers, len(jobs))
    book = book or settings.book()
    if count == 1 or len(jobs) < 4:  # a few files: no process start-up to pay
        stream: Iterator[FileResult] = (result for job in jobs for result in check_job(job, settings, book))
    else:
        stream = _parallel(jobs, settings, book, count)
    last = None
    for result in stream:
        if progress and result.path != last:  # a file of several forms is one step
            progress(1)
        last = result.path
        yield result


# -- inside a worker process ----------------------------------------------------------------------------
_WORKER: tuple[Settings, rulebook.Rulebook] | None = None  # this worker's run; a worker serves one pool


def _init_worker(settings: Settings, book: rulebook.Rulebook | None, parent: int) -> None:
    """A worker's start: the run's rulebook (inherited through fork; loaded again under spawn), no
    Ctrl-C of its own (the parent decides), and an end when its parent dies. What it inherited is frozen
    out of the garbage collector's sight, and collection waits for more allocations."""
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler came with the fork: a stop is a stop
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)  # held back by the parent while it forked
    _WORKER = (settings, book or settings.book())
    threading.Thread(target=_orphan_watch, args=(parent,), daemon=True).start()
    gc.freeze()
    gc.set_threshold(20_000, 20, 50)


def _orphan_watch(parent: int) -> None:
    """A worker whose parent is gone (killed, even with SIGKILL) ends at once instead of living on."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _check_many(jobs: list[Job]) -> list[FileResult]:
    assert _WORKER is not None, "a worker checks only after _init_worker"
    settings, book = _WORKER
    return [result for job in jobs for result in check_job(job, settings, book)]


# -- in the parent ----------------------------------------------------------------------------------------
def _preload(suffixes: set[str]) -> None:
    """Import the readers these files need before the workers fork, so that each does not import them again."""
    from jxcheck.engine.readers import SHEET_SUFFIXES, WORD_SUFFIXES, layout, text, yaml_form  # noqa: F401
    if suffixes & SHEET_SUFFIXES:
        from jxcheck.engine.readers import sheets  # noqa: F401
    if suffixes & WORD_SUFFIXES:
        from jxcheck.engine.readers import word  # noqa: F401


def _parallel(jobs: list[Job], settings: Settings, book: rulebook.Rulebook, workers: int) -> Iterator[FileResult]:
    """Chunks of jobs in worker processes, results in input order. When a worker dies, every unfinished
    job becomes a suspect and runs alone in a fresh pool: only the file that kills a worker by itself is
    lost to it (a FORM-05 entry). An interrupt (Ctrl-C) stops the workers at once."""
    context = mp.get_context("fork" if hasattr(os, "fork") else "spawn")
    forked = context.get_start_method() == "fork"
    if forked:
        _preload({job.path.suffix.lower() for job in jobs})
    size = max(1, min(16, len(jobs) // (workers * 8)))
    queue: deque = deque((jobs[k:k + size], False) for k in range(0, len(jobs), size))
    while queue:
        pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                                   initargs=(settings, book if forked else None, os.getpid()))
        pending: deque = deque()
        broken = False
        try:
            while queue or pending:
                suspect = queue[0][1] if queue else False
                window = 1 if suspect or (pending and pending[0][2]) else workers * 3  # suspects run alone
                while queue and len(pending) < window and queue[0][1] == suspect:
                    chunk, alone = queue.popleft()
                    try:
                        pending.append((chunk, _submit(pool, chunk), alone))
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
                        yield _crashed(chunk[0], settings, book)
                        unfinished = [(c, True) for c, _, _ in pending]
                    else:
                        unfinished = [([job], True) for job in chunk]
                        unfinished += [([job], True) for c, _, _ in pending for job in c]
                    queue.extendleft(reversed(unfinished))  # in input order, ahead of the rest
                    break
        except BaseException:  # Ctrl-C, a closed pipe, the consumer stopping: no worker outlives the run
            _stop(pool)
            raise
        finally:  # a healthy pool is joined (left running, its threads may report at exit); a broken one is not
            pool.shutdown(wait=not broken, cancel_futures=True)


_STOPS = {signal.SIGINT, signal.SIGTERM}


def _submit(pool: ProcessPoolExecutor, chunk: list[Job]):
    """Submit with Ctrl-C held back: the first submit forks the workers, and a Ctrl-C that lands during a fork
    would be raised again in the new worker. A signal held back is raised here as soon as it is let through."""
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    try:
        return pool.submit(_check_many, chunk)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _stop(pool: ProcessPoolExecutor) -> None:
    """End a pool's workers now, not after their current chunk (the executor has no public way to)."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)  # joined: its thread gone before exit, nothing left to report


def _crashed(job: Job, settings: Settings, book: rulebook.Rulebook) -> FileResult:
    reason = "处理此文件时检查进程异常退出" if settings.lang != "en" else "the checking process died on this file"
    finding = stamp(problem("FORM-05", subject=job.path.name, rule="读取", reason=reason),
                    book.effective("FORM-05"), settings.lang)
    return FileResult(str(job.path), None, [finding], group=job.group)
