"""The reference form laid out as the official template (.xlsx with merged cells, .docx, GB18030 .csv)
reads to the same Form and the same findings as its text, with sheet/cell or table/row/column locations."""
from __future__ import annotations

import pytest

from jxcheck.engine.check import check_file
from jxcheck.engine.readers import read

from conftest import FORMS, REFERENCE
from template_forms import template_grid, write_csv, write_docx, write_xlsx


@pytest.fixture(scope="module")
def reference():
    return read(REFERENCE).form


@pytest.fixture(scope="module")
def grid(reference):
    return template_grid(reference)


def _content(form):
    return (form.meta.kind, form.meta.department, form.meta.year,
            [(t.name, t.content, t.budget) for t in form.tasks],
            [(g.label, g.text) for g in form.goals],
            [(i.level1, i.level2, i.name, i.raw) for i in form.indicators])


def _findings(result):
    return sorted((f.rule, f.severity.label, f.subject) for f in result.findings)


@pytest.mark.parametrize("writer, suffix", [(write_xlsx, ".xlsx"), (write_docx, ".docx"), (write_csv, ".csv")])
def test_template_layouts_read_like_the_text(writer, suffix, grid, reference, tmp_path, book):
    path = writer(grid, tmp_path / f"form{suffix}")
    result = read(path)
    assert result.form is not None, result.problems
    assert _content(result.form) == _content(reference)
    assert _findings(check_file(path, book)) == _findings(check_file(REFERENCE, book))


def test_xlsx_locations_name_sheet_and_cell(grid, tmp_path, book):
    path = write_xlsx(grid, tmp_path / "form.xlsx")
    result = check_file(path, book)
    (missing,) = [f for f in result.findings if f.rule == "STR-06"]
    row = next(r for r, cells in enumerate(grid.rows) if cells[3] == "市场监管系统参训人员满意度") + 1
    assert (missing.location.sheet, missing.location.cell, missing.location.line) == ("绩效目标表", f"E{row}", None)
    assert missing.message == f"第{row}行指标值未填写或为模板占位符。"


def test_docx_locations_name_table_row_column(grid, tmp_path, book):
    path = write_docx(grid, tmp_path / "form.docx")
    (missing,) = [f for f in check_file(path, book).findings if f.rule == "STR-06"]
    row = next(r for r, cells in enumerate(grid.rows) if cells[3] == "市场监管系统参训人员满意度")
    assert (missing.location.table, missing.location.row, missing.location.column) == (1, row, 5)


@pytest.mark.parametrize("content, reason", [
    (b"PK\x03\x04 not really a zip", "已损坏"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "密码保护，或实为旧版.xls"),
])
def test_bad_workbooks_are_form01(content, reason, tmp_path, book):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    result = check_file(path, book)
    assert result.unreadable and result.findings[0].rule == "FORM-01" and reason in result.findings[0].actual


@pytest.mark.parametrize("suffix", [".xlsx", ".txt", ".docx", ".csv"])
def test_empty_files_are_form02_whatever_their_type(suffix, tmp_path, book):
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    (finding,) = check_file(path, book).findings
    assert (finding.rule, finding.message) == ("FORM-02", "文件为空，未识别到绩效目标表。")


def test_bad_docx_is_form01(tmp_path, book):
    path = tmp_path / "bad.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    result = check_file(path, book)
    assert result.unreadable and "密码保护或为旧版" in result.findings[0].actual


@pytest.mark.parametrize("path", sorted(FORMS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_every_real_form_reads_without_a_crash(path, book):
    result = check_file(path, book)
    assert result.findings  # every real form has something to say, at least FORM-02 or advice
    assert not any(f.rule == "FORM-05" for f in result.findings)


def test_xls_with_merged_cells(reference, book):
    """An old-format .xls (BIFF8) of the template, made once with xlwt and kept as a fixture."""
    path = FORMS.parent / "reference_template.xls"
    result = read(path)
    assert _content(result.form) == _content(reference)
    assert _findings(check_file(path, book)) == _findings(check_file(REFERENCE, book))


def test_password_protected_workbook_is_form01(grid, tmp_path, book):
    msoffcrypto = pytest.importorskip("msoffcrypto")
    from msoffcrypto.format.ooxml import OOXMLFile
    plain = write_xlsx(grid, tmp_path / "plain.xlsx")
    locked = tmp_path / "locked.xlsx"
    with plain.open("rb") as source, locked.open("wb") as target:
        OOXMLFile(source).encrypt("secret", target)
    result = check_file(locked, book)
    assert result.unreadable and "密码保护" in result.findings[0].actual
    assert msoffcrypto  # the library that made the locked file


def test_oversized_text_is_form01(tmp_path, book, monkeypatch):
    from jxcheck.engine.readers import text
    monkeypatch.setattr(text, "MAX_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text("一级指标\t二级指标\n" * 200, encoding="utf-8")
    result = check_file(path, book)
    assert result.unreadable and "文件过大" in result.findings[0].actual


def _project_workbook(path, funds_rows, value_cells):
    """A small 项目支出绩效目标表 in a workbook: header, funds laid out as given, an indicator table."""
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "项目表"
    sheet.append(["2024年度项目支出绩效目标表"])
    sheet.append(["项目名称", "营养改善计划"])
    sheet.append(["主管部门", "州教育局", "实施单位", "第一中学"])
    for row in funds_rows:
        sheet.append(row)
    sheet.append(["年度绩效目标", "为1200名学生提供营养膳食补助，覆盖率100%。"])
    sheet.append(["一级指标", "二级指标", "三级指标", "指标值"])
    first = sheet.max_row + 1
    for row in value_cells:
        sheet.append(row)
    sheet.merge_cells(start_row=first, start_column=1, end_row=first + 2, end_column=1)
    book.save(path)
    return sheet, first


@pytest.mark.parametrize("funds", [
    [["项目资金（万元）", "年度资金总额", 120], ["", "其中：财政拨款", 100], ["", "其他资金", 20]],
    [["项目资金（万元）", "年度资金总额", "财政拨款", "其他资金"], ["", 120, 100, 20]],
    [["年度资金总额：", 120, "财政拨款：", 100, "其他资金：", 20]],
    [["年度资金总额：120", "财政拨款：100", "其他资金：20"]],
], ids=["label-amount", "labels-over-amounts", "label-colon", "one-cell"])
def test_project_funds_in_the_header(funds, tmp_path, book):
    rows = [["产出指标", "数量指标", "受益学生人数", "≥1200人"], ["", "成本指标", "营养膳食补助成本", "≤150万元"],
            ["", "质量指标", "膳食覆盖率", "=100%"]]
    path = tmp_path / "project.xlsx"
    _project_workbook(path, funds, rows)
    form = read(path).form
    assert form.meta.budget == 120 and form.meta.department == "第一中学"
    rules = {f.rule for f in check_file(path, book).findings}
    assert "BUD-03" in rules and "BUD-01" not in rules


def test_percent_cells_and_unsaved_formulas_read_as_shown(tmp_path, book):
    from openpyxl import load_workbook
    path = tmp_path / "typed.xlsx"
    rows = [["产出指标", "数量指标", "受益学生人数（人）", 1200], ["", "时效指标", "补助天数", "=200天"],
            ["", "质量指标", "膳食覆盖率", 0.95]]
    _, first = _project_workbook(path, [["年度资金总额", 120]], rows)
    workbook = load_workbook(path)
    workbook.active.cell(first + 2, 4).number_format = "0%"
    workbook.save(path)
    values = [(i.name, i.raw) for i in read(path).form.indicators]
    assert values == [("受益学生人数（人）", "1200"), ("补助天数", "=200天"), ("膳食覆盖率", "95%")]
    result = check_file(path, book)
    assert not [f for f in result.findings if f.rule in ("STR-06", "VAL-02")]  # the unit (人) stands in the name


def test_a_workbook_without_an_indicator_table_keeps_its_header(tmp_path):
    """FORM-02 in a workbook: the report still names the form's kind and unit, as for the same text."""
    from openpyxl import Workbook
    from jxcheck.engine.readers.text import read_rows
    text = next(FORMS.glob("012_*.txt"))
    rows, _ = read_rows(text)
    book = Workbook()
    for row in rows:
        book.active.append([c.text or None for c in row.cells])
    book.create_sheet("说明")
    book.save(tmp_path / "012.xlsx")
    as_text, as_sheet = read(text), read(tmp_path / "012.xlsx")
    assert as_text.form is None and as_sheet.form is None
    assert as_text.meta.kind and as_text.meta.department
    assert (as_sheet.meta.kind, as_sheet.meta.department) == (as_text.meta.kind, as_text.meta.department)


_ODD_FILES = [
    ("坏.xlsx", b"PK\x03\x04 not really a zip", "文件已损坏或不是有效的Excel文件", "damaged or not an Excel"),
    ("导出.xls", b"<html><body><table><tr><td>1</td></tr></table></body></html>", "实为网页（HTML）", "a web page"),
    ("导出.docx", b"\xef\xbb\xbf<!DOCTYPE html><html></html>", "实为网页（HTML）", "a web page"),
    ("~$表.xlsx", b"\x05owner\x00\x00", "临时锁定文件", "an Office lock file"),
    ("坏.docx", b"hello", "文件已损坏或不是有效的Word文件", "not a Word document"),
    ("二进制.txt", b"\x00\x01\x02binary", "不是文本文件", "not a text file"),
    ("坏.yaml", b"a: [1, 2\nb: 3\n", "YAML/JSON格式错误（第", "YAML/JSON syntax error (line"),
    ("旧.doc", b"\xd0\xcf\x11\xe0", "另存为.docx", "save it as .docx"),
]


@pytest.mark.parametrize("name, content, zh, en", _ODD_FILES, ids=[f[0] for f in _ODD_FILES])
def test_odd_files_say_what_they_are_in_both_languages(name, content, zh, en, tmp_path, book):
    import re
    path = tmp_path / name
    path.write_bytes(content)
    for lang, expected in (("zh", zh), ("en", en)):
        (finding,) = check_file(path, book, lang).findings
        assert finding.rule == "FORM-01" and expected in finding.actual
        assert "Error" not in finding.actual  # no library exception names for the user
        if lang == "en":
            assert not re.search(r"[\u4e00-\u9fff]", finding.actual.replace(name, "")), finding.actual


@pytest.mark.parametrize("amount", ["250", "250.00", "250.5"])
def test_decimal_amounts_in_the_header_keep_their_digits(amount, tmp_path, book):
    """'4.00' is an amount, not the list number '4.' before '00' (019's 170.00 / 340.00 were read as 0)."""
    text = next(FORMS.glob("001_*.txt")).read_text(encoding="utf-8").replace("预算金额\t250万", f"预算金额\t{amount}万")
    path = tmp_path / "001.txt"
    path.write_text(text.replace("\t250万\t计划标准", "\t≤300万元\t计划标准"), encoding="utf-8")
    from decimal import Decimal
    assert read(path).form.meta.budget == Decimal(amount)
    assert "BUD-03" in {f.rule for f in check_file(path, book).findings}  # 300万元 over the budget


def test_the_funds_of_019_are_read_with_their_decimals():
    from decimal import Decimal
    form = read(next(FORMS.glob("019_*.txt"))).form
    assert form.meta.budget == Decimal("340.00")  # the annual amount, not the 中期 one beside it
    assert dict(form.meta.fields)["中期资金总额"] == "170.00"


def test_merged_level_cells_keep_empty_groups(tmp_path, book):
    """019 in a workbook with its 一级 cells merged down their blocks, as official templates are: the 年度
    column group left blank is reported group by group (STR-04), as in the text, at the 二级 cells."""
    from openpyxl import Workbook
    from jxcheck.engine.readers.text import read_rows
    text = next(FORMS.glob("019_*.txt"))
    rows, _ = read_rows(text)
    book_ = Workbook()
    sheet = book_.active
    for row in rows:
        sheet.append([c.text or None for c in row.cells])
    first = next(r for r, row in enumerate(rows, start=1) if "产出指标" in row.texts)
    last = next(r for r, row in enumerate(rows, start=1) if "效益指标" in row.texts) - 1
    for r in range(first + 1, last + 1):
        sheet.cell(row=r, column=2).value = None
    sheet.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
    book_.save(tmp_path / "019.xlsx")
    empty = lambda path: [f for f in check_file(path, book).findings if f.rule == "STR-04"]  # noqa: E731
    as_text, as_sheet = empty(text), empty(tmp_path / "019.xlsx")
    assert len(as_text) == 5 and [f.subject for f in as_sheet] == [f.subject for f in as_text]
    assert {f.location.cell[0] for f in as_sheet} == {"F"}  # the 年度 group's 二级 column


def test_a_duty_table_holds_tasks_that_add_up_to_the_budget(tmp_path, book):
    """部门职能 | 年度目标任务 | 支出项目名称 | 预算金额 under the goals: tasks (BUD-02 adds them up), no goal texts."""
    form = tmp_path / "整体.txt"
    form.write_text("部门整体支出绩效目标表\n（2023年度）\n部门（单位）名称\t测试市档案馆\n"
                    "年度预算安排（万元）\t资金总额\t100\n\t项目支出\t30\n\t基本支出\t70\n"
                    "年度总体目标\t目标1：完成馆藏档案数字化2万卷。\n"
                    "年度履职目标\t部门职能\t年度目标任务\t支出项目名称\t预算金额(万元)\n"
                    "\t档案收集管理\t完成馆藏档案数字化2万卷\t档案数字化经费\t40\n"
                    "\t保障日常运转\t按时发放工资\t基本支出\t70\n"
                    "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t档案数字化数量\t≥2万卷\n",
                    encoding="utf-8")
    result = read(form)
    assert [(t.name, t.budget.total) for t in result.form.tasks] == [("完成馆藏档案数字化2万卷", 40), ("按时发放工资", 70)]
    assert [g.text for g in result.form.goals] == ["完成馆藏档案数字化2万卷。"]
    (bud02,) = [f for f in check_file(form, book).findings if f.rule == "BUD-02"]
    assert "110" in bud02.message and "100" in bud02.message


def test_a_second_value_column_is_no_second_table(tmp_path):
    form = tmp_path / "自评.txt"
    form.write_text("项目支出绩效自评表\n（2023年度）\n项目名称\t测试项目\n实施单位\t测试单位\n"
                    "一级指标\t二级指标\t三级指标\t预算设定指标值\t项目完成指标值\n"
                    "产出指标\t数量指标\t购置设备\t≥30台\t42台\n\t质量指标\t验收合格率\t100%\t100%\n", encoding="utf-8")
    rows = read(form).form.indicators
    assert [(i.name, i.raw, i.actual) for i in rows] == [("购置设备", "≥30台", "42台"), ("验收合格率", "100%", "100%")]
