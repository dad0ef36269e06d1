"""Readers: a file -> located rows -> a Form, with FORM- problems for what could not be read."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from jxcheck.engine.findings import problem
from jxcheck.engine.model import FormMeta
from jxcheck.engine.oserrors import os_reason
from jxcheck.engine.readers import header, labels, layout, reasons, text
from jxcheck.engine.readers.result import ReadResult

TEXT_SUFFIXES = {".txt", ".tsv", ".csv"}
CANONICAL_SUFFIXES = {".yaml", ".yml", ".json"}
SHEET_SUFFIXES = {".xlsx", ".xlsm", ".xls"}
WORD_SUFFIXES = {".docx"}
FORM_SUFFIXES = TEXT_SUFFIXES | CANONICAL_SUFFIXES | SHEET_SUFFIXES | WORD_SUFFIXES | {".doc"}


def read(path: Path) -> ReadResult:
    """Read any supported file; never raises for a bad file (FORM-01 / FORM-02 instead)."""
    suffix = path.suffix.lower()
    try:
        if path.exists() and not path.is_file():  # a device (/dev/zero), a pipe: endless, or never ending
            raise text.Unreadable("不是普通文件（设备、管道或文件夹），无法作为表格读取")
        if path.stat().st_size == 0:
            return ReadResult(None, [problem("FORM-02", case="empty")])
        if suffix in CANONICAL_SUFFIXES:
            from jxcheck.engine.readers import yaml_form
            return _header_check(yaml_form.read(path))
        content = _content(path) if suffix in SHEET_SUFFIXES | WORD_SUFFIXES | {".doc"} else "text"
        exported = suffix in SHEET_SUFFIXES and content == "text"  # a budget system's .xls export is often text
        if suffix in TEXT_SUFFIXES or suffix == "" or exported:
            copy: list[str] = []
            pages: list[int] = []
            rows, notes = text.read_rows(path, copy, pages)
            result = _header_check(layout.recognise(text.bounded(rows), partial=text.is_partial(notes),
                                                    copied=copy[0] if copy else False, pages=pages))
            return _copied(_unread_copy(result, rows), copy[0]) if copy else result
        if suffix in SHEET_SUFFIXES:
            from jxcheck.engine.readers import sheets  # the spreadsheet library loads only for spreadsheets
            return _forms_of(sheets.read_sheets(path, content), layout.recognise)
        if suffix in WORD_SUFFIXES or (suffix == ".doc" and content == "zip"):
            from jxcheck.engine.readers import word  # python-docx (and lxml) load only for Word files
            return _header_check(layout.recognise(text.bounded(word.read_word(path))))
        if suffix == ".doc":
            raise text.Unreadable(reasons.disguised(path, _head(path)) or "旧版Word（.doc）格式不支持，请另存为.docx后检查")
    except text.Unreadable as exc:
        return ReadResult(None, [problem("FORM-01", subject=path.name, reason=str(exc))], unreadable=True)
    except OSError as exc:
        return ReadResult(None, [problem("FORM-01", subject=path.name, reason=os_reason(exc, "zh"))], unreadable=True)
    except Exception as exc:  # a file a library cannot parse is unreadable, whatever the library raises
        reason = f"读取出错（{type(exc).__name__}: {str(exc)[:200]}）"
        return ReadResult(None, [problem("FORM-01", subject=path.name, reason=reason)], unreadable=True)
    return ReadResult(None, [problem("FORM-01", subject=path.name, reason=f"不支持的文件格式“{suffix or '无扩展名'}”")],
                      unreadable=True)


_TABLE_WORDS = re.compile(r"[一二三]级指|指标值|产出指|效益指|满意度指|数量指|质量指|时效指")


def _unread_copy(result: ReadResult, rows: list[text.Row]) -> ReadResult:
    """A text copied out of a PDF whose indicator table is there (its labels and levels are) but could not be read
    row by row: FORM-02's case copied (a warning: the table is the form's, the reading failed), not "no table"."""
    unread = [p for p in result.problems if p.rule == "FORM-02" and p.case in (None, "no_indicators")]
    if result.form is not None and result.form.indicators or not unread:
        return result
    if sum(len(_TABLE_WORDS.findall(" ".join(r.texts))) for r in rows) < 3:
        return result
    problems = [replace(p, case="copied") if p in unread else p
                for p in result.problems]
    return replace(result, problems=problems)


def _copied(result: ReadResult, how: str) -> ReadResult:
    """Every form of a text copied out of a PDF marked so (its table's shape is trusted less: engine/doubt.py)."""
    from jxcheck.engine import doubt  # (doubt reads the readers' vocabulary)
    for part in result.all():
        if part.form is not None:
            meta = replace(part.form.meta, copied=how)
            if how != text.COPY_WORD:  # (a viewer's copy: 填报人： / 叶文静, each on its own line)
                meta = replace(meta, fields=tuple(header.values_below(list(meta.fields))))
            part.form = doubt.without_fragments(replace(part.form, meta=meta))
        if part.header_form is not None:
            part.header_form = replace(part.header_form, meta=replace(part.header_form.meta, copied=how))
    return result


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _head(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(8192)


def _content(path: Path) -> str:
    """What an office-named file holds, whatever its name says: zip (xlsx, docx), ole (xls, doc, or an encrypted
    file), text (tab- or comma-separated, as budget systems export under .xls), or other."""
    head = _head(path)
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(_OLE):
        return "ole"
    if reasons.disguised(path, head) is None and text.looks_like_text(head, whole=len(head) < 8192):
        return "text"
    return "other"


def _forms_of(sheets: list, recognise) -> ReadResult:
    """Every form in a workbook: a sheet that holds one is its own form, named by the sheet when there are
    several; sheets without one are skipped (a sheet of notes)."""
    found: list[ReadResult] = []
    header = None  # what the first sheet with a header says, for a workbook without a form
    header_form = None  # and the first header with goals
    by_sheet: list[tuple[str, list[ReadResult]]] = []
    header_rows: list = []  # the first sheet that holds a header and no table (基本信息 beside 绩效指标)
    table_rows: list = []  # the sheet of the last form found
    for name, rows in sheets:
        if not rows:
            continue
        result = recognise(rows)
        if result.form is None:
            header = header or _said(result.meta)
            header_form = header_form or result.header_form
            header_rows = header_rows or (rows if (_said(result.meta) or result.header_form)
                                          and not _instructions(name, rows) else [])
            continue
        if by_sheet and len(by_sheet[-1][1]) == 1 and not result.others and _continued(result, by_sheet[-1][1][0]):
            joined = recognise([*table_rows, *rows])  # 第2页: the form printed on, its table's header repeated and
            if joined.form is not None and not joined.others:  # nothing of a form's own above it
                by_sheet[-1] = (by_sheet[-1][0], joined.all())
                table_rows = [*table_rows, *rows]
                continue
        by_sheet.append((name, result.all()))
        table_rows = rows
    if len(by_sheet) == 1 and header_rows and len(by_sheet[0][1]) == 1 and _headless(by_sheet[0][1][0]):
        joined = recognise([*header_rows, *table_rows])  # one form over two sheets: its header, tasks and goals on
        if joined.form is not None and not joined.others:  # the first, its indicators on the second
            by_sheet = [(by_sheet[0][0], joined.all())]
    if len(by_sheet) > 1:  # a blank copy of the template beside the filled one is no form (空表, Sheet2)
        by_sheet = [(name, parts) for name, parts in by_sheet if not all(map(_blank, parts))] or by_sheet
    for name, parts in by_sheet:
        for part in parts:
            part.others = []
            if len(by_sheet) > 1:  # the sheet names the form only where several sheets hold forms
                part.name = f"{name} › {part.name}" if part.name else name
        found.extend(parts)
    if not found:
        return ReadResult(None, [problem("FORM-02")], meta=header, header_form=header_form)
    for part in found:
        _header_of(part)
    if len(found) == 1:
        found[0].name = None  # one form: the file names it
    first, *rest = found
    first.others = rest
    return first


_GUIDE = re.compile(r"^(填报|填表|填写)(说明|指引|须知|要求)")


def _instructions(name: str, rows: list) -> bool:
    """A sheet of instructions (填报说明: 项目名称： | 填写预算批复的项目名称), not a form's header: named or titled so,
    or its values the template's prompts (填写…, 请填列…) rather than a form's own words."""
    texts = [t.strip() for row in rows for t in row.texts if t.strip()]
    return bool(_GUIDE.search(name.strip())) or bool(texts) and bool(_GUIDE.search(texts[0])) \
        or sum(bool(re.match(r"(请)?(填写|填列)", t)) for t in texts) >= 2


def _continued(result: ReadResult, before: ReadResult) -> bool:
    """A sheet that goes on with the form before it (a form printed on two pages, saved a page a sheet): a table
    under the same column labels as that form's, with no title, unit, goal, task or funds of its own, after a form
    that has its own head (not a second form's bare table, nor a self-evaluation beside its target form)."""
    form, head = result.form, before.form
    if form is None or head is None or form.meta.columns != head.meta.columns \
            or not (head.meta.title or head.meta.department):
        return False
    title = form.meta.title or ""
    own_title = bool(title) and not re.search(r"[（(]\s*续\s*[）)]\s*$", title)  # (…自评表（续）: the same form's)
    signed = any(re.match(r"填报单位|填表单位", labels.norm(k)) and v.strip() == form.meta.department
                 for k, v in form.meta.fields)  # 填报单位（盖章）：… in the sign-off under the table: the form's
    # footer, printed on its last page, not a unit heading a form of its own
    return not (own_title or form.meta.department and not signed or form.goals or form.tasks or form.funds)
    # (its kind is told by its columns, its year maybe by its title)


def _headless(result: ReadResult) -> bool:
    """A form read from a sheet that holds its indicator table only (its title and unit above it, maybe): no goal
    and no task; or its goal and table with no unit and no year of its own (年度总体目标及绩效指标 after a sheet of
    年度主要任务 under the form's title)."""
    form = result.form
    return form is not None and not form.tasks and (not form.goals or not (form.meta.department or form.meta.year))


def _blank(result: ReadResult) -> bool:
    """A form read from an unfilled template: no goal, not one value in its table, and no 三级 name but the table's
    own side label (what its header seems to say may be a label beside an empty cell)."""
    form = result.form
    return form is not None and not form.goals and not any(
        i.raw or i.actual or i.score is not None or (i.name and "绩效指标" not in i.name) for i in form.indicators)


def _said(meta: FormMeta | None) -> FormMeta | None:
    """The header, when it says anything (a sheet of notes has none)."""
    return meta if meta is not None and (meta.kind or meta.department or meta.year or meta.title) else None


def _header_check(result: ReadResult) -> ReadResult:
    """FORM-04 when the year or the unit name could not be found; an error when nothing of a header was."""
    for part in result.all():
        _header_of(part)
    return result


def _header_of(result: ReadResult) -> None:
    form = result.form
    if form is None:
        return
    m = form.meta
    if m.kind is None and not m.department and m.year is None and not form.goals:
        result.problems.append(problem("FORM-04", missing="表种、单位名称、预算年度和绩效目标",
                                       missing_en="the kind, unit, year and goals", case="nothing"))
    elif m.year is None or not m.department:
        absent = [(zh, en) for zh, en, v in (("预算年度", "the budget year", m.year), ("单位名称", "the unit's name",
                                                                                  m.department)) if not v]
        result.problems.append(problem("FORM-04", missing="、".join(zh for zh, _ in absent),
                                       missing_en=" and ".join(en for _, en in absent),
                                       case="year" if m.year is None else None))
