"""Writing a report: to standard output, or to a file that is replaced only when the new one is complete.

A report file is written to a temporary file beside it and renamed into place at the end, so that an
interrupted run (Ctrl-C, a full disk) leaves the previous report as it was, never half a file."""
from __future__ import annotations

import errno
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from jxcheck.engine.report import flat, html_report, json_report, table
from jxcheck.engine.results import Results

STREAMED = {"json": json_report.write, "csv": flat.write_csv, "table": table.write, "md": flat.write_md,
            "html": html_report.write}
FORMATS = ("table", "json", "csv", "md", "html", "xlsx")
_BY_SUFFIX = {".json": "json", ".csv": "csv", ".md": "md", ".html": "html", ".htm": "html", ".xlsx": "xlsx",
              ".txt": "table"}


def format_of(output: str | None) -> str | None:
    """The report format an output file's name asks for (r.xlsx -> xlsx), or None when it says none."""
    return _BY_SUFFIX.get(Path(output).suffix.lower()) if output else None


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`; renamed onto `path` when the block ends without an error, removed
    when it does not. The temporary name starts with a dot, so no walk of the folder reads it as a form."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        yield temporary
        os.replace(temporary, path)
    except BaseException:
        try:
            temporary.unlink()
        except OSError:
            pass
        raise


@contextmanager
def _target(output: str | None) -> Iterator[IO[str]]:
    if not output:
        yield sys.stdout
        return
    path = Path(output)
    if not replaceable(path):
        with open(path, "w", encoding="utf-8", newline="") as handle:
            yield handle
        return
    with replacing(path) as temporary:
        with open(temporary, "w", encoding="utf-8", newline="") as handle:
            yield handle


def replaceable(path: Path) -> bool:
    """Whether a report goes to `path` by renaming a finished temporary file (the rule), or is written in
    place: /dev/null, /dev/full, a pipe, or a writable file in a folder where no file can be created."""
    try:
        if path.exists() and not path.is_file():
            return False
        parent = path.parent if str(path.parent) else Path(".")
        return os.access(parent, os.W_OK)
    except OSError:
        return False


def stream(fmt: str, results: Results, output: str | None, lang: str) -> None:
    """Write a table, json, csv, md or html report piece by piece (raises OSError when it cannot be written)."""
    with _target(output) as handle:
        STREAMED[fmt](results, handle, lang)
        handle.flush()


def emit(text: str, output: str | None) -> None:
    """Write a finished text (raises OSError when it cannot be written)."""
    with _target(output) as handle:
        handle.write(text)
        handle.flush()


def unwritable(output: str) -> int | None:
    """The errno that writing `output` would meet (a missing folder, no permission, a folder), checked before
    a run so that a long run is not wasted; None when it can be written."""
    path = Path(output)
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        return errno.EISDIR
    if path.exists():  # overwriting needs the file's permission only (a read-only folder, /dev/null)
        return None if os.access(path, os.W_OK) else errno.EACCES
    if not parent.is_dir():
        return errno.ENOENT
    return None if os.access(parent, os.W_OK) else errno.EACCES


def clashes(output: str, inputs: list[Path], annotated: Path | None) -> Path | None:
    """The input a report (or its folder of annotated copies) would overwrite, if any."""
    out = Path(output).resolve()
    for path in inputs:
        real = path.resolve()
        if real == out or (annotated is not None and (real == annotated or annotated in real.parents)):
            return path
    return None
