"""Metamorphic check of the reader: each corpus form laid out again by a rule that keeps its content, and its
findings compared with the original's.

A reviewer reads a form the same whether its 一级/二级 labels are merged or written on every row, whether a 序号
column leads the table, whether the value column is headed 指标值 or 年度指标值, and whether 计量单位 stands
before or after the value. Each transform here changes only the indicator table's layout, row for row, so every
finding keeps its line; a finding on one side only is a reading that depends on the layout.

    python benchmarks/metamorphic.py [--forms DIR] [--transform NAME ...] [--list]

Prints, per transform, how many forms it applied to, how many agree exactly (same rule on the same line, same
indicator count), and with --list each disagreement.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Callable

from jxcheck.engine.check import check_path
from jxcheck.engine.readers import labels, text
from jxcheck.engine.rules import rulebook

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import layout_copies  # noqa: E402  (the tests' writers of a transcription as .xlsx, .docx and CSV)
Grid = list[list[str]]
_ENDS = ("signoff", "total", "note", "conclusion")

# header labels and the synonyms real templates print in their place
SYNONYMS = {
    "指标值": "年度指标值", "年度指标值": "指标值", "目标值": "年度目标值", "计量单位": "度量单位",
    "度量单位": "计量单位", "三级指标": "指标名称", "分值": "权重", "权重": "分值", "实际完成值": "全年实际值",
    "全年实际值": "实际完成值", "偏差原因分析及改进措施": "偏差原因分析",
}


def _split(path: Path) -> tuple[list[str], Grid]:
    """The file's lines (notes kept as they are) and the table rows' cells (None for a note line)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return lines, [line.split("\t") if not line.startswith("#") else [] for line in lines]


def table_span(grid: Grid) -> tuple[int, int, list[str | None]] | None:
    """The indicator table: its header row, the row after its last row, and each column's role."""
    head = next((k for k, row in enumerate(grid)
                 if row and labels.is_indicator_header([labels.norm(t) for t in row if t])), None)
    if head is None:
        return None
    end = head + 1
    while end < len(grid):
        row = grid[end]
        first = next((t for t in row if t.strip()), "")
        if not first or labels.row_kind(first) in _ENDS or labels.is_indicator_header(
                [labels.norm(t) for t in row if t]):
            break
        end += 1
    roles = labels.column_roles([labels.norm(t) for t in grid[head]])
    return head, end, roles


def _column(roles: list[str | None], role: str) -> int | None:
    return next((k for k, r in enumerate(roles) if r == role), None)


def fill_levels(grid: Grid, head: int, end: int, roles: list[str | None]) -> bool:
    """一级 and 二级 written on every indicator row instead of merged."""
    name = _column(roles, "name")
    columns = [c for c in (_column(roles, "level1"), _column(roles, "level2")) if c is not None]
    if name is None or not columns:
        return False
    changed = False
    for c in columns:
        last = ""
        for r in range(head + 1, end):
            row = grid[r]
            if c >= len(row):
                continue
            if row[c].strip():
                last = row[c]
            elif last and name < len(row) and row[name].strip():
                row[c] = last
                changed = True
    return changed


def number_rows(grid: Grid, head: int, end: int, roles: list[str | None]) -> bool:
    """A 序号 column before the table, numbering its indicator rows (not where the table has one already, nor
    where its rows are ragged, as text taken from a PDF is: there a 序号 would stand in no column)."""
    if "skip" in roles:
        return False
    numbered = []
    for r in range(head + 1, end):
        cells = [t.strip() for t in grid[r] if t.strip()]
        first = cells[0] if cells else ""
        if len(cells) >= 3 and not first.isdigit() and any(  # not a block's label, a coded unit line, a sub-header
                re.search(r"\d", t) or len(t) > 8 or labels.is_level(t) for t in cells):
            numbered.append(r)
    if not numbered or any(len(grid[r]) < len(grid[head]) - 2 for r in numbered):
        return False
    grid[head].insert(0, "序号")
    for r in range(head + 1, end):
        grid[r].insert(0, str(numbered.index(r) + 1) if r in numbered else "")
    first = next((t for t in grid[end] if t.strip()), "") if end < len(grid) else ""
    if labels.row_kind(first) == "total":
        grid[end].insert(0, "")  # the 总分 row under the table keeps its columns
    return True


def rename_labels(grid: Grid, head: int, end: int, roles: list[str | None]) -> bool:
    """Each header label that has a synonym printed in its place."""
    changed = False
    for c, t in enumerate(grid[head]):
        other = SYNONYMS.get(labels.norm(t))
        if other and other not in (labels.norm(x) for x in grid[head]):
            grid[head][c] = other
            changed = True
    return changed


def unit_first(grid: Grid, head: int, end: int, roles: list[str | None]) -> bool:
    """计量单位 printed before the value instead of after it."""
    value, unit = _column(roles, "value"), _column(roles, "unit")
    if value is None or unit is None or unit != value + 1:
        return False
    for r in range(head, end):
        row = grid[r]
        if unit < len(row):
            row[value], row[unit] = row[unit], row[value]
    return True


TRANSFORMS: dict[str, Callable[[Grid, int, int, list[str | None]], bool]] = {
    "fill_levels": fill_levels, "number_rows": number_rows, "rename_labels": rename_labels,
    "unit_first": unit_first,
}


# the same form saved as a workbook, a Word table or a GB18030 CSV (its label columns merged down their blocks);
# compared with the transcription without its provenance notes, by rule and subject (an office file has no lines)
FORMATS = {"xlsx": lambda grid, path: layout_copies.write_xlsx([("Sheet1", grid)], path),
           "docx": layout_copies.write_docx, "csv": layout_copies.write_csv}


def _signature(path: Path, book: rulebook.Rulebook, by_line: bool = True) -> tuple[Counter, int]:
    parts = check_path(path, book)
    found = Counter((f.rule, f.location.line if by_line else f.subject) for part in parts for f in part.findings)
    rows = sum(len(part.form.indicators) for part in parts if part.form)
    return found, rows


def _formats(path: Path, names: list[str], book: rulebook.Rulebook, tmp: Path, tally: dict, show: bool) -> None:
    lines = [line for line in path.read_text(encoding="utf-8").split("\n") if not line.startswith("# ")]
    while lines and not lines[-1].strip():
        lines.pop()
    if text.is_partial(text.read_rows(path)[1]) and lines:
        lines.pop()  # a page cut mid-row is a transcription's state; no office file is saved cut
    bare = tmp / ("bare_" + path.name)
    bare.write_text("\n".join(lines), encoding="utf-8")
    base = _signature(bare, book, by_line=False)
    grid = layout_copies.grid_of(bare)
    for n in names:
        out = FORMATS[n](grid, tmp / (path.stem + "." + n))
        _compare(n, path, base, _signature(out, book, by_line=False), tally, show)


def _compare(n: str, path: Path, base: tuple[Counter, int], got: tuple[Counter, int], tally: dict,
             show: bool) -> None:
    tally[n]["applied"] += 1
    if got == base:
        tally[n]["agree"] += 1
        return
    only_base, only_new = base[0] - got[0], got[0] - base[0]
    tally[n]["rows differ"] += base[1] != got[1]
    if show:
        print(f"{n:<14}{path.name[:40]:<42}rows {base[1]}->{got[1]}  "
              f"lost {sorted(only_base.elements(), key=str)}  new {sorted(only_new.elements(), key=str)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--forms", default=str(ROOT / "tests" / "fixtures" / "forms"))
    parser.add_argument("--transform", action="append", choices=sorted(TRANSFORMS) + sorted(FORMATS), default=[])
    parser.add_argument("--form", default="", help="only forms whose file name starts with this")
    parser.add_argument("--list", action="store_true", help="print each disagreement")
    args = parser.parse_args()
    book = rulebook.load()
    names = args.transform or [*TRANSFORMS, *FORMATS]
    tally: dict[str, Counter] = {n: Counter() for n in names}
    with tempfile.TemporaryDirectory() as tmp:
        for path in sorted(Path(args.forms).glob(f"{args.form}*.txt")):
            _formats(path, [n for n in names if n in FORMATS], book, Path(tmp), tally, args.list)
            lines, grid = _split(path)
            span = table_span(grid)
            if span is None:
                continue
            base = _signature(path, book)
            for n in (n for n in names if n in TRANSFORMS):
                copy = [list(row) for row in grid]
                if not TRANSFORMS[n](copy, *span):
                    continue
                out = Path(tmp) / path.name
                out.write_text("\n".join(line if line.startswith("#") else "\t".join(row)
                                         for line, row in zip(lines, copy)), encoding="utf-8")
                _compare(n, path, base, _signature(out, book), tally, args.list)
    for n in names:
        t = tally[n]
        print(f"{n:<14} applied {t['applied']:4d}  agree {t['agree']:4d}  rows differ {t['rows differ']:3d}",
              file=sys.stderr if args.list else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
