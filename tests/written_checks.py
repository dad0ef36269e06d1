"""Helpers of the written sets' tests: a small form written to a file and checked, and the rules it raised."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file


def checked(tmp_path: Path, body: str, book, name: str = "form.txt"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return check_file(path, book)


def rules_of(result) -> list[str]:
    return [f.rule for f in result.findings]


WRITTEN = Path(__file__).parent / "fixtures" / "written"


def written(number: str) -> Path:
    """The written fixture numbered `number` (1958 → 1958_eryuan_….txt)."""
    return next(WRITTEN.glob(f"{number}_*"))


def rules_in(path: Path, book) -> list[str]:
    """The rules a file's findings name."""
    return [f.rule for f in check_file(path, book).findings]


def levels_by_line(result) -> dict[int, tuple[str, str]]:
    """Each indicator's 一级 and 二级, by the line its row starts on."""
    return {i.location.line: (i.level1, i.level2) for i in result.form.indicators}


def rule_set(result) -> set[str]:
    """The rules a result's findings name, once each."""
    return {f.rule for f in result.findings}
