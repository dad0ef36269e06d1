"""Writing a report: to a file or to standard output, streamed result by result for json and csv."""
from __future__ import annotations

import sys
from pathlib import Path

from jxcheck.engine.report import flat, html_report, json_report, table

STREAMED = {"json": json_report.write, "csv": flat.write_csv, "table": table.write, "md": flat.write_md,
            "html": html_report.write}


def stream(fmt: str, results, output: str | None, lang: str) -> None:
    """Write a table, json, csv, md or html report piece by piece (raises OSError when the file cannot be written)."""
    if not output:
        STREAMED[fmt](results, sys.stdout, lang)
        return
    with open(output, "w", encoding="utf-8", newline="") as handle:
        STREAMED[fmt](results, handle, lang)


def emit(text: str, output: str | None) -> None:
    """Write a finished report (raises OSError when the file cannot be written)."""
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
