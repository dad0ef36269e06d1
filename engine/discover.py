"""Finding the forms under the paths a user gives. Folders are walked (a symlinked folder is followed
once), and every input that is left out is said with its reason: nothing is skipped silently but
hidden entries and office lock files, which are never forms."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from jxcheck.engine.own_reports import own_report
from jxcheck.engine.readers import FORM_SUFFIXES

ROOT_GROUP = {"zh": "（根目录）", "en": "(top folder)"}
_REASONS = {
    "denied": ("无法打开文件夹（没有权限）", "cannot open the folder (permission denied)"),
    "folder_error": ("无法打开文件夹（{0}）", "cannot open the folder ({0})"),
    "dangling": ("链接指向的文件或文件夹不存在", "the link points to nothing"),
    "loop": ("文件夹链接回到已检查过的文件夹{0}，不重复检查", "a folder link back to {0}, already walked"),
    "twice": ("与{0}是同一个文件，只检查一次", "the same file as {0}, checked once"),
    "own": ("这是jxcheck写出的{0}，不是绩效表", "a {0} written by jxcheck, not a form"),
}


def reason(key: str, lang: str, *args: object) -> str:
    zh, en = _REASONS[key]
    return (en if lang == "en" else zh).format(*args)


@dataclass(frozen=True)
class Job:
    path: Path
    group: str


@dataclass
class Found:
    """What a walk over the inputs found: forms to check, and every input it could not or would not take."""

    jobs: list[Job] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # paths that do not exist
    empty: list[str] = field(default_factory=list)  # folders with no form file
    unreadable: list[tuple[str, str, str]] = field(default_factory=list)  # (path, group, reason): FORM-01 entries
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason): left out on purpose


def group_of(path: Path, root: Path, depth: int, lang: str = "zh") -> str:
    folders = path.relative_to(root).parts[:-1]
    if depth <= 0:
        return ""
    return "/".join(folders[:depth]) if folders else ROOT_GROUP["en" if lang == "en" else "zh"]


class _Walk:
    def __init__(self, found: Found, depth: int, exclude: list[Path], lang: str) -> None:
        self.found, self.depth, self.exclude, self.lang = found, depth, exclude, lang
        self.files: dict[str, str] = {}  # real path -> the path it was first found under
        self.folders: dict[str, str] = {}

    def add_file(self, path: Path, group: str) -> None:
        real = os.path.realpath(path)
        if real in self.files:
            self.found.skipped.append((str(path), reason("twice", self.lang, self.files[real])))
            return
        self.files[real] = str(path)
        kind = own_report(path)
        if kind and self.exclude and _excluded(path, self.exclude):
            return  # what this very run writes again: no note each time (a form of that name is checked)
        if kind:
            self.found.skipped.append((str(path), reason("own", self.lang, kind[self.lang == "en"])))
            return
        self.found.jobs.append(Job(path, group))

    def folder(self, folder: Path, root: Path) -> int:
        """Walk one folder; the number of form files met (taken or left out) under it."""
        real = os.path.realpath(folder)
        if real in self.folders:
            self.found.skipped.append((str(folder), reason("loop", self.lang, self.folders[real])))
            return 1
        self.folders[real] = str(folder)
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except PermissionError:
            self._unreadable(folder, root, reason("denied", self.lang))
            return 1
        except OSError as exc:
            self._unreadable(folder, root, reason("folder_error", self.lang, exc.strerror or exc))
            return 1
        met = 0
        for entry in entries:
            if entry.name.startswith((".", "~$")):
                continue
            path = Path(entry.path)
            try:
                is_dir, is_file = entry.is_dir(), entry.is_file()
                dangling = entry.is_symlink() and not path.exists()
            except OSError as exc:
                self._unreadable(path, root, reason("folder_error", self.lang, exc.strerror or exc))
                met += 1
                continue
            if dangling:
                if path.suffix.lower() in FORM_SUFFIXES or not path.suffix:
                    self._unreadable(path, root, reason("dangling", self.lang))
                    met += 1
            elif is_dir:
                met += self.folder(path, root)
            elif is_file and path.suffix.lower() in FORM_SUFFIXES:
                self.add_file(path, group_of(path, root, self.depth, self.lang))
                met += 1
        return met

    def _unreadable(self, path: Path, root: Path, why: str) -> None:
        self.found.unreadable.append((str(path), group_of(path, root, self.depth, self.lang), why))


def discover(paths: list[str], depth: int = 1, exclude: list[Path] | None = None, lang: str = "zh") -> Found:
    """Every form file under `paths`, in order; a file's group is its first `depth` folder levels under the
    folder given (a county). `exclude`: resolved paths this run writes; a report or copy of jxcheck's found
    there is left out without a note (a form found there is checked, and the run refuses to overwrite it)."""
    found = Found()
    walk = _Walk(found, depth, exclude or [], lang)
    for text in paths:
        path = Path(text)
        if path.is_dir():
            if walk.folder(path, path) == 0:
                found.empty.append(text)
        elif path.exists():
            walk.add_file(path, "")
        elif path.is_symlink():
            found.unreadable.append((text, "", reason("dangling", lang)))
        else:
            found.missing.append(text)
    return found


def _excluded(path: Path, exclude: list[Path]) -> bool:
    """Whether the file is (or lies in) one of the resolved `exclude` paths; only a file whose path
    names one of them is resolved (resolving every file of a large tree costs a stat per folder level)."""
    names = {e.name for e in exclude}
    if not names.intersection(path.parts):
        return False
    path = path.resolve()
    return any(path == e or e in path.parents for e in exclude)
