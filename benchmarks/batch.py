"""Batch speed and memory on a province-like tree, against two baselines.

Usage: .venv/bin/python benchmarks/batch.py [--forms 1000] [--jobs 2] [--repeat 3] [--keep DIR]

Generates N forms (half tab-separated text, half .xlsx laid out as the official template, each a
variant of the bundled reference form with its numbers changed) in the 9 county folders of 巴州,
plus a corrupt and an empty file, then prints:
  - jxcheck: forms per second and peak memory of `jxcheck validate TREE --format json`, at N/5 and N forms
  - (a) merely opening the same files with the reader library (python-calamine / decoding the text)
  - (b) frictionless validating the same indicator tables written as CSV (pip install '.[bench]'):
        in this process one table after another (every report checked to have read all its rows),
        and through its own command line over the whole folder (--parallel when --jobs > 1)
  - a single form's `jxcheck validate` against the bare import time of its dependencies
"""
from __future__ import annotations

import argparse
import csv
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from jxcheck.engine.readers import read  # noqa: E402
from template_forms import template_grid, write_xlsx  # noqa: E402

COUNTIES = ("库尔勒市", "轮台县", "尉犁县", "若羌县", "且末县", "焉耆县", "和静县", "和硕县", "博湖县")
REFERENCE = ROOT / "examples" / "000_36c23adddff5d972.txt"
JXCHECK = Path(sys.executable).with_name("jxcheck")


def _variant(text: str, rng: random.Random) -> str:
    """The reference form with some indicator numbers changed (so values do not all repeat)."""
    lines = text.split("\n")
    for n in rng.sample(range(33, 109), 8):
        lines[n] = lines[n].replace("≥9", f"≥{rng.randint(80, 99)}", 1)
    return "\n".join(lines)


def make_tree(root: Path, forms: int, seed: int = 7) -> list[tuple[Path, list[list[str]]]]:
    """Write the tree; return each form's indicator table (for the frictionless baseline)."""
    rng = random.Random(seed)
    text = REFERENCE.read_text(encoding="utf-8")
    tables = []
    for k in range(forms):
        folder = root / COUNTIES[k % len(COUNTIES)] / f"单位{k // len(COUNTIES):04d}"
        folder.mkdir(parents=True, exist_ok=True)
        body = _variant(text, rng)
        path = folder / f"form{k:05d}.txt"
        path.write_text(body, encoding="utf-8")
        form = read(path).form
        if k % 2:
            path.unlink()
            path = write_xlsx(template_grid(form), folder / f"form{k:05d}.xlsx")
        tables.append((path, [[i.level1, i.level2, i.name, i.raw] for i in form.indicators]))
    (root / COUNTIES[0] / "损坏.xlsx").write_bytes(b"PK\x03\x04 corrupt")
    (root / COUNTIES[1] / "空白.txt").write_bytes(b"")
    return tables


def existing_tables(root: Path) -> list[tuple[Path, list[list[str]]]]:
    """Each form's indicator table in a folder of forms (files without one are left out)."""
    from jxcheck.engine.discover import discover
    jobs = discover([str(root)]).jobs
    tables = []
    for job in jobs:
        form = read(job.path).form
        if form is not None and form.indicators:
            tables.append((job.path, [[i.level1, i.level2, i.name, i.raw] for i in form.indicators]))
    return tables


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MiB) of this run alone: its process and its workers.
    GNU time measures it when installed; otherwise wait4, which may also count this benchmark's own
    (large) memory that the child shares for a moment between fork and exec."""
    gnu_time = shutil.which("time") if Path("/usr/bin/time").exists() else None
    start = time.perf_counter()
    if gnu_time:
        done = subprocess.run([gnu_time, "-f", "%M", *command], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True, check=False)
        peak = int(done.stderr.strip().splitlines()[-1]) / 1024
        return time.perf_counter() - start, peak
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(child.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def open_only(paths: list[Path]) -> float:
    """Merely opening the files with the libraries jxcheck reads them with (no layout, no rules)."""
    from python_calamine import CalamineWorkbook
    from jxcheck.engine.readers.text import decode
    start = time.perf_counter()
    for path in paths:
        suffix = path.suffix.lower()
        if suffix in (".xlsx", ".xlsm", ".xls"):
            with CalamineWorkbook.from_path(str(path)) as book:
                for name in book.sheet_names:
                    book.get_sheet_by_name(name).to_python()
        elif suffix == ".docx":
            import docx
            docx.Document(str(path))
        else:
            decode(path.read_bytes())
    return time.perf_counter() - start


def frictionless_time(tables: list, folder: Path) -> float | None:
    """frictionless validating each indicator table, one after another in this process (its import
    not counted). Every report is checked: a table that frictionless refused instead of reading
    (v5 refuses absolute paths unless trusted) would make the baseline meaningless."""
    try:
        import frictionless
    except ImportError:
        return None
    files = _write_tables(tables, folder)
    start = time.perf_counter()
    with frictionless.system.use_context(trusted=True):
        reports = [(frictionless.validate(str(target)), len(rows)) for target, rows in files]
    seconds = time.perf_counter() - start
    refused = {"resource-error", "scheme-error", "source-error", "format-error", "encoding-error"}
    wrong = [r for r, rows in reports if r.tasks[0].stats.get("rows") != rows  # data errors (a cell not of
             or refused & {e[0] for e in r.flatten(["type"])}]                 # its column's type) are fine
    if wrong:
        raise SystemExit(f"frictionless did not validate {len(wrong)} tables: {wrong[0].flatten(['type', 'note'])[:1]}")
    return seconds


def frictionless_cli(folder: Path, jobs: int) -> float | None:
    """The same tables through frictionless's own command line, as a user would run a batch:
    `frictionless validate 'table*.csv' --parallel` (start-up included, like jxcheck's figure)."""
    command = Path(sys.executable).with_name("frictionless")
    if not command.exists():
        return None
    start = time.perf_counter()
    done = subprocess.run([str(command), "validate", "table*.csv"] + (["--parallel"] if jobs > 1 else []),
                          cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1) or "table" not in done.stdout:  # 1: it found data errors, as it may
        raise SystemExit(f"frictionless validate failed: {done.stdout[-300:]}")
    return seconds


def _write_tables(tables: list, folder: Path) -> list[tuple[Path, list]]:
    files = []
    for n, (_, rows) in enumerate(tables):
        target = folder / f"table{n:05d}.csv"
        with target.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["一级指标", "二级指标", "三级指标", "指标值"])
            writer.writerows(rows)
        files.append((target, rows))
    return files


def single_form() -> tuple[float, float]:
    imports = "import pyparsing, cerberus, click, tabulate, yaml, wcwidth, python_calamine, docx, openpyxl"
    bare = [time.perf_counter()]
    runs, base = [], []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", imports], check=True)
        base.append(time.perf_counter() - start)
        start = time.perf_counter()
        subprocess.run([str(JXCHECK), "validate", str(REFERENCE)], stdout=subprocess.DEVNULL, check=False)
        runs.append(time.perf_counter() - start)
    del bare
    return statistics.median(runs), statistics.median(base)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--forms", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3, help="rounds of jxcheck and frictionless, taken in turn")
    ap.add_argument("--keep", type=Path, default=None, help="write the tree here and keep it")
    ap.add_argument("--tree", type=Path, default=None, help="use this folder of forms instead of generating one")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="jxcheck-bench-"))
    try:
        trees = [(args.tree, existing_tables(args.tree))] if args.tree else \
            [((args.keep or work) / f"tree{n}", None) for n in sorted({max(10, args.forms // 5), args.forms})]
        for tree, tables in trees:
            tables = tables if tables is not None else make_tree(tree, int(tree.name[4:]))
            size = len(tables)
            seconds, peak = _jxcheck(tree, work, args.jobs)
            print(f"jxcheck   {size:6d} forms: {seconds:7.2f} s  {size / seconds:7.1f} forms/s  peak {peak:6.1f} MiB")
        opened = open_only([p for p, _ in tables])
        print(f"(a) open  {size:6d} files: {opened:7.2f} s  (reader library only; jxcheck/open = {seconds / opened:.1f}x)")
        if frictionless_time(tables[:1], work) is None:
            print("(b) frictionless not installed: pip install '.[bench]'")
        else:
            _against_frictionless(tree, tables, work, args)
        run, base = single_form()
        print(f"single form: {run:.3f} s, bare import of the dependencies {base:.3f} s ({run / base:.2f}x)")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def _jxcheck(tree: Path, work: Path, jobs: int) -> tuple[float, float]:
    return timed([str(JXCHECK), "validate", str(tree), "--format", "json", "--jobs", str(jobs),
                  "--output", str(work / f"report-{tree.name}.json")])


def _against_frictionless(tree: Path, tables: list, work: Path, args: argparse.Namespace) -> None:
    """Rounds of jxcheck, frictionless in process and frictionless's CLI, in turn: this machine's speed
    drifts over a minute, so each ratio is taken within one round; the medians are printed. A ratio
    below 1 means jxcheck took less time."""
    rounds = []
    for _ in range(max(1, args.repeat)):
        jx = _jxcheck(tree, work, args.jobs)[0]
        rounds.append((jx, frictionless_time(tables, work), frictionless_cli(work, args.jobs)))
    jx, fl, cli = (statistics.median(r[k] for r in rounds) for k in range(3))
    ratio_fl = statistics.median(r[0] / r[1] for r in rounds)
    ratio_cli = statistics.median(r[0] / r[2] for r in rounds)
    n = len(tables)
    print(f"(b) {len(rounds)} rounds, medians: jxcheck {jx:.2f} s; frictionless on the {n} CSV tables {fl:.2f} s "
          f"in process one by one (jxcheck/frictionless time = {ratio_fl:.2f}), "
          f"{cli:.2f} s as `frictionless validate 'table*.csv'{' --parallel' if args.jobs > 1 else ''}` "
          f"(= {ratio_cli:.2f})")


if __name__ == "__main__":
    main()
