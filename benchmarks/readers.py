"""Spreadsheet readers compared: python-calamine (used) vs openpyxl, on template-laid-out forms.

Usage: .venv/bin/python benchmarks/readers.py [--forms 200]
Prints, per library, the time to open each workbook and read every cell with its merged ranges,
and whether the library gives merged ranges at all in that mode.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from jxcheck.engine.readers import read  # noqa: E402
from template_forms import template_grid, write_xlsx  # noqa: E402


def with_calamine(paths: list[Path]) -> int:
    from python_calamine import CalamineWorkbook
    merged = 0
    for path in paths:
        with CalamineWorkbook.from_path(str(path)) as book:
            for name in book.sheet_names:
                sheet = book.get_sheet_by_name(name)
                sheet.to_python(skip_empty_area=False)
                merged += len(sheet.merged_cell_ranges or [])
    return merged


def with_openpyxl(paths: list[Path], read_only: bool) -> int | None:
    from openpyxl import load_workbook
    merged = 0
    for path in paths:
        book = load_workbook(path, read_only=read_only, data_only=True)
        for sheet in book.worksheets:
            list(sheet.iter_rows(values_only=True))
            ranges = getattr(sheet, "merged_cells", None)
            merged = None if ranges is None or merged is None else merged + len(ranges.ranges)
        book.close()
    return merged


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--forms", type=int, default=200)
    args = ap.parse_args()
    grid = template_grid(read(ROOT / "examples" / "000_36c23adddff5d972.txt").form)
    with tempfile.TemporaryDirectory() as folder:
        paths = [write_xlsx(grid, Path(folder) / f"form{k}.xlsx") for k in range(args.forms)]
        for label, fn in (("python-calamine", lambda: with_calamine(paths)),
                          ("openpyxl", lambda: with_openpyxl(paths, False)),
                          ("openpyxl read_only", lambda: with_openpyxl(paths, True))):
            start = time.perf_counter()
            merged = fn()
            seconds = time.perf_counter() - start
            gives = "merged ranges: none in this mode" if merged is None else f"merged ranges: {merged}"
            print(f"{label:20s} {seconds * 1000 / len(paths):7.2f} ms per workbook  ({gives})")


if __name__ == "__main__":
    main()
