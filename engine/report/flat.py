"""--format csv (UTF-8 with BOM, so that Excel shows Chinese) and --format md."""
from __future__ import annotations

import csv
import io
from typing import Iterable, IO

from tabulate import tabulate

from jxcheck.engine.results import FileResult, Results, for_counts
from jxcheck.engine.report.rows import compared, finding_head, finding_rows, rollup_head, rollup_rows
from jxcheck.engine.report.summary import summary, summary_line


def write_csv(results: Results, out: IO[str], lang: str = "zh") -> None:
    """One row per finding (one for a file without findings), written file by file."""
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    against = compared(results)
    writer.writerow(finding_head(lang, against))
    for r in results:
        writer.writerows([[_safe(c) for c in row] for row in finding_rows([r], lang, against)])


def _safe(cell: object) -> object:
    """A cell Excel would run as a formula (=, +, @, or - before a non-digit) is kept as text."""
    text = str(cell)
    if text[:1] in ("=", "+", "@") or (text[:1] == "-" and not text[1:2].isdigit()):
        return "'" + text
    return cell


def render_csv(results: Results, lang: str = "zh") -> str:
    out = io.StringIO()
    write_csv(results, out, lang)
    return out.getvalue()


def _md(rows: list[list[object]], head) -> str:
    clean = [[str(c).replace("|", "\\|").replace("\n", " ") for c in row] for row in rows]
    return tabulate(clean, headers=head, tablefmt="github")


def write_md(results: Results, out: IO[str], lang: str = "zh") -> None:
    """The Markdown report, written form by form. `results` is read more than once: a list or a
    batch's ResultStore."""
    s = summary(results)
    en = lang == "en"
    against = compared(results)
    parts = ["# " + ("jxcheck report" if en else "绩效目标表检查报告"), "",
             summary_line(s, lang),
             ""]
    if any(r.group for r in for_counts(results)):
        parts += ["## " + ("Roll-up" if en else "汇总"), "", _md(rollup_rows(results, lang), rollup_head(lang, against)), ""]
    out.write("\n".join(parts) + "\n")
    head = finding_head(lang, against)
    keep = [6, 7, 8, 10, 11, 12, 13] + ([17] if against else [])
    for r in results:
        parts = [f"## {r.label}", "", f"{head[5]}：{r.verdict}" if not en else f"verdict: {r.verdict}", ""]
        rows = [[row[k] for k in keep] for row in finding_rows([r], lang, against) if row[7]]
        if rows:
            parts += [_md(rows, [head[k] for k in keep]), ""]
        out.write("\n".join(parts) + "\n")


def render_md(results: Results, lang: str = "zh") -> str:
    out = io.StringIO()
    write_md(results, out, lang)
    return out.getvalue()
