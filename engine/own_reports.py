"""jxcheck's own reports and annotated copies, known by their content (not by the names one run gave them),
so that a report written inside a tree is not read back as a form on the next run."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

# The mark the xlsx report and the annotated copies carry in their document properties (keywords).
MARK_REPORT = "jxcheck:report"
MARK_ANNOTATED = "jxcheck:annotated"
GENERATOR = '<meta name="generator" content="jxcheck">'

_KINDS = {"report": ("检查报告", "report"), "annotated": ("批注副本", "annotated copy")}
_HEAD = 8192
_TEXT_MARKS = (
    re.compile(r'^\{\s*"summary": \{"files": \d+'),  # json
    re.compile(r"^\ufeff?(文件,分组,表种,单位,年度,结论|file,group,kind,department,year,verdict),"),  # csv
    re.compile(r"^# (绩效目标表检查报告|jxcheck report)\s*$", re.M),  # md
    re.compile(r"^(结论：(通过|修改后通过|退回)（错误\d+|Verdict: (pass|pass after changes|return) \(\d+ error)", re.M),
    re.compile(r"^(按文件夹（县市）汇总|Roll-up by folder)$", re.M),  # table of a batch
)


def own_report(path: Path) -> tuple[str, str] | None:
    """(Chinese, English) name of what jxcheck wrote, when the file is one of its reports or copies."""
    suffix = path.suffix.lower()
    try:
        if not path.is_file():
            return None  # a pipe or a device is never a report, and opening a pipe waits for a writer
        if suffix in (".xlsx", ".xlsm"):
            return _workbook_mark(path)
        if suffix in (".json", ".csv", ".txt", ".md", ".html", ".htm", ".tsv", ""):
            with open(path, "rb") as handle:
                head = handle.read(_HEAD).decode("utf-8", "ignore")
            if GENERATOR in head or any(mark.search(head) for mark in _TEXT_MARKS):
                return _KINDS["report"]
    except OSError:
        return None  # the reader will say why it cannot be read
    return None


def _workbook_mark(path: Path) -> tuple[str, str] | None:
    try:
        with zipfile.ZipFile(path) as book:
            info = book.getinfo("docProps/core.xml")
            if info.file_size > 65536:
                return None
            core = book.read(info).decode("utf-8", "ignore")
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return None
    if MARK_REPORT in core:
        return _KINDS["report"]
    if MARK_ANNOTATED in core:
        return _KINDS["annotated"]
    return None
