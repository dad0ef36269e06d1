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
import sys
import tempfile
from collections import Counter
from pathlib import Path

from jxcheck.engine.check import check_path
from jxcheck.engine.readers import text
from jxcheck.engine.rules import rulebook

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import layout_copies  # noqa: E402  (the tests' writers of a transcription as .xlsx, .docx and CSV)
from layout_transforms import TRANSFORMS, split_file, table_span, write  # noqa: E402

# the same form saved as a workbook, a Word table or a GB18030 CSV (its label columns merged down their blocks);
# compared with the transcription without its provenance notes, by rule and subject (an office file has no lines)
FORMATS = {"xlsx": lambda grid, path: layout_copies.write_xlsx([("Sheet1", grid)], path),
           "docx": layout_copies.write_docx, "csv": layout_copies.write_csv}


def _signature(path: Path, book: rulebook.Rulebook, by_line: bool = True) -> tuple[Counter, int]:
    parts = check_path(path, book)
    found = Counter((f.rule, f.location.number() if by_line else f.subject) for part in parts for f in part.findings)
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
            if any(n in FORMATS for n in names):
                _formats(path, [n for n in names if n in FORMATS], book, Path(tmp), tally, args.list)
            lines, grid = split_file(path)
            span = table_span(grid)
            if span is None:
                continue
            base = _signature(path, book)
            for n in (n for n in names if n in TRANSFORMS):
                copy = [list(row) for row in grid]
                if not TRANSFORMS[n](copy, *span):
                    continue
                out = write(lines, copy, Path(tmp) / path.name)
                _compare(n, path, base, _signature(out, book), tally, args.list)
    for n in names:
        t = tally[n]
        print(f"{n:<14} applied {t['applied']:4d}  agree {t['agree']:4d}  rows differ {t['rows differ']:3d}",
              file=sys.stderr if args.list else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
