"""--format xlsx: a findings sheet and a roll-up sheet; for each .xlsx input, an annotated copy with
the problem cells highlighted and commented, in a folder beside the report."""
from __future__ import annotations

from pathlib import Path

from engine.check import FileResult
from engine.findings import Severity
from engine.report.rows import finding_head, finding_rows, rollup_head, rollup_rows

_FILL = {Severity.ERROR: "FFC7CE", Severity.WARNING: "FFEB9C", Severity.INFO: "DDEBF7"}


def write(results: list[FileResult], output: Path, lang: str = "zh") -> list[Path]:
    """Write the report workbook; return the annotated copies written beside it."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "问题清单" if lang != "en" else "findings"
    sheet.append(list(finding_head(lang)))
    for row in finding_rows(results, lang):
        sheet.append(row)
    summary = book.create_sheet("汇总" if lang != "en" else "roll-up")
    summary.append(list(rollup_head(lang)))
    for row in rollup_rows(results, lang):
        summary.append(row)
    for ws in (sheet, summary):
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
    book.save(output)
    folder = output.with_name(output.stem + ("_批注" if lang != "en" else "_annotated"))
    return [p for r in results if (p := annotate(r, folder)) is not None]


def annotate(result: FileResult, folder: Path) -> Path | None:
    """A copy of an .xlsx input with each finding's cell filled by severity and carrying a comment."""
    source = Path(result.path)
    located = [f for f in result.findings if f.location.sheet and f.location.cell]
    if source.suffix.lower() not in (".xlsx", ".xlsm") or not located:
        return None
    from openpyxl import load_workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    try:
        book = load_workbook(source)
    except Exception:  # the input was readable by calamine but not by openpyxl: no copy, the report still has it
        return None
    notes: dict[tuple[str, str], list] = {}
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
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / source.name
    book.save(out)
    return out
