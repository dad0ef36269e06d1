"""A self-evaluation and the approved target form it answers to (EVAL-08): given by the user (--against), or
found in a batch — the target form of the same kind (project or department), year and project (or unit)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from jxcheck.engine.model import (KIND_DEPT_SELF_EVAL, KIND_DEPT_TARGET, KIND_PROJECT_SELF_EVAL, KIND_PROJECT_TARGET,
                                  Form, FormMeta)
from jxcheck.engine.readers import read
from jxcheck.engine.results import FileResult

TARGET_OF = {KIND_PROJECT_SELF_EVAL: KIND_PROJECT_TARGET, KIND_DEPT_SELF_EVAL: KIND_DEPT_TARGET}
_NOISE = re.compile(r"[\s　()（）【】\[\]\-—_:：,，。.·]|^\d{6,}[A-Za-z]*\d*")


def key(meta: FormMeta | None, kind: str | None = None) -> tuple | None:
    """What pairs a self-evaluation with its target form: kind, year, and the project (a project form) or
    the unit (a department's), without codes, brackets and spaces."""
    if meta is None or meta.year is None:
        return None
    kind = kind or meta.kind
    name = meta.project if kind in (KIND_PROJECT_TARGET, KIND_PROJECT_SELF_EVAL) else meta.department
    name = _NOISE.sub("", name or "")
    return (kind, meta.year, name) if name else None


def pairs(results: Iterable[FileResult]) -> list[tuple[int, FileResult]]:
    """(index of a self-evaluation, the target form's result) for each self-evaluation in a run whose target
    form is in the same run."""
    targets: dict[tuple, FileResult] = {}
    evaluations: list[tuple[int, tuple]] = []
    for n, result in enumerate(results):
        meta = result.meta
        if meta is None or result.unreadable:
            continue
        if meta.kind in TARGET_OF.values():
            k = key(meta)
            if k is not None:
                targets.setdefault(k, result)
        elif meta.kind in TARGET_OF:
            k = key(meta, TARGET_OF[meta.kind])
            if k is not None:
                evaluations.append((n, k))
    return [(n, targets[k]) for n, k in evaluations if k in targets]


@lru_cache(maxsize=64)
def _target_form(path: str, part: str | None) -> Form | None:
    return form_of(Path(path), part)


def form_of(path: Path, part: str | None = None) -> Form | None:
    """The form a file holds (the named part of a file of several), or None."""
    found = read(path).all()
    chosen = next((r for r in found if r.name == part), found[0]) if part else found[0]
    return chosen.form


def target_form(result: FileResult) -> Form | None:
    return _target_form(result.path, result.part)


@lru_cache(maxsize=4)
def target_form_at(path: str) -> Form | None:
    """The target form given with --against (read once per process)."""
    return form_of(Path(path))
