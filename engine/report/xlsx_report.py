"""--format xlsx: a findings sheet and a roll-up sheet; for each .xlsx input, an annotated copy with
the problem cells highlighted and commented, in a folder beside the report."""
from __future__ import annotations

import io
import os
from pathlib import Path

from jxcheck.engine.own_reports import MARK_ANNOTATED, MARK_REPORT
from jxcheck.engine.readers import archive
from jxcheck.engine.report.output_file import replaceable, replacing
from jxcheck.engine.results import FileResult, Results
from jxcheck.engine.findings import Finding, Severity
from jxcheck.engine.report.rows import compared, finding_head, finding_rows, rollup_head, rollup_rows

_FILL = {Severity.ERROR: "FFC7CE", Severity.WARNING: "FFEB9C", Severity.INFO: "DDEBF7"}


def write(results: Results, output: Path, lang: str = "zh", written: list[Path] | None = None) -> list[Path]:
    """Write the report workbook, then an annotated copy of each .xlsx input beside it; each file appears
    whole or not at all. `written` receives each file as it is complete (what an interrupted run did write)."""
    written = [] if written is None else written
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.properties.creator, book.properties.keywords = "jxcheck", MARK_REPORT  # known as ours when read back
    sheet = book.active
    sheet.title = "问题清单" if lang != "en" else "findings"
    against = compared(results)
    sheet.append(list(finding_head(lang, against)))
    for n, row in enumerate(finding_rows(results, lang, against), start=2):
        sheet.append(row)
        for k, value in enumerate(row, start=1):
            if isinstance(value, str) and value.startswith("="):
                sheet.cell(row=n, column=k).data_type = "s"  # a form's text, never a formula
    summary = book.create_sheet("汇总" if lang != "en" else "roll-up")
    summary.append(list(rollup_head(lang, against)))
    for row in rollup_rows(results, lang):
        summary.append(row)
    from openpyxl.styles import PatternFill
    fills = {word: PatternFill("solid", fgColor=_FILL[sev]) for sev in _FILL for word in (sev.label, _ZH[sev])}
    for row in sheet.iter_rows(min_row=2):
        fill = fills.get(row[6].value)
        if fill:
            row[6].fill = fill
    for ws, widths in ((sheet, _WIDTHS), (summary, [14, 6, 6, 6, 10, 6, 8, 6, 6, 6, 40])):
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for k, width in enumerate(widths):
            ws.column_dimensions[chr(65 + k)].width = width
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
    if replaceable(output):
        with replacing(output) as temporary:
            book.save(temporary)
    else:  # /dev/null, a pipe …: made in memory, then written once (a failed write leaves no half zip behind)
        buffer = io.BytesIO()
        book.save(buffer)
        with open(output, "wb") as handle:
            handle.write(buffer.getvalue())
    written.append(output)
    folder = annotated_folder(output, lang)
    sources = [Path(r.path) for r in results if Path(r.path).suffix.lower() in (".xlsx", ".xlsm")]
    root = Path(os.path.commonpath([str(p.parent.resolve()) for p in sources])) if sources else Path(".")
    copies = []
    findings: dict[str, list[Finding]] = {}  # a workbook with a form on each sheet: one copy, all its findings
    for r in results:
        if Path(r.path).suffix.lower() in (".xlsx", ".xlsm"):
            findings.setdefault(r.path, []).extend(r.findings)
    for path, found in findings.items():
        copy = annotate(path, found, folder, root)
        if copy is not None:
            copies.append(copy)
            written.append(copy)
    return copies


def annotated_folder(output: Path, lang: str = "zh") -> Path:
    """Where the annotated copies go: a folder beside the report, the input tree's folders kept inside it."""
    return output.with_name(output.stem + ("_批注" if lang != "en" else "_annotated"))


_ZH = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}
_WIDTHS = [40, 12, 22, 24, 8, 12, 8, 9, 12, 30, 24, 50, 30, 20, 40, 40, 20]


def annotate(path: str, findings: list[Finding], folder: Path, root: Path) -> Path | None:
    """A copy of an .xlsx input with each finding's cell filled by severity and carrying a comment."""
    source = Path(path)
    located = [f for f in findings if f.location.sheet and f.location.cell]
    if source.suffix.lower() not in (".xlsx", ".xlsm") or not located:
        return None
    from openpyxl import load_workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    try:
        archive.check(str(source))  # the input may have changed since it was read: never inflate a bomb
        book = load_workbook(source)
    except Exception:  # the input was readable by calamine but not by openpyxl: no copy, the report still has it
        return None
    notes: dict[tuple[str | None, str | None], list] = {}
    for f in located:
        notes.setdefault((f.location.sheet, f.location.cell), []).append(f)
    for (sheet, cell), findings in notes.items():
        if sheet not in book.sheetnames:
            continue
        target = book[sheet][cell]
        if type(target).__name__ == "MergedCell":
            continue
        worst = max(f.severity for f in findings)
        target.fill = PatternFill("solid", fgColor=_FILL[worst])
        target.comment = Comment("\n".join(f"[{f.rule}] {f.message}" for f in findings), "jxcheck")
    book.properties.keywords = MARK_ANNOTATED
    out = folder / source.resolve().relative_to(root)  # the inputs' folders kept: same names do not collide
    if out.resolve() == source.resolve():
        return None  # never over an input (the command line refuses such a folder before the run)
    out.parent.mkdir(parents=True, exist_ok=True)
    with replacing(out) as temporary:
        book.save(temporary)
    return out
