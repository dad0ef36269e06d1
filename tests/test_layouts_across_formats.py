"""Real layouts beyond the template (a project form with its funds in the header, self-evaluations with
分值 | 完成值 | 得分, a flat table with weights, a table of several projects) read the same in every format:
the transcription, an .xlsx with the label columns merged, a .docx merged the same way, a GB18030 CSV, and a
workbook holding two of them on two sheets."""
from __future__ import annotations

from decimal import Decimal

import pytest

from jxcheck.engine.check import check_path
from jxcheck.engine.readers import read

from conftest import FORMS
from layout_copies import grid_of, merges_of, write_csv, write_docx, write_xlsx

LAYOUTS = {
    "001": "project target, funds in the header, empty 二级 rows",
    "031": "project self-evaluation, amounts in 元, 分值 | 完成值 | 得分",
    "103": "flat table of targets with 分值 and 指标说明",
    "201": "project target form",
    "109": "self-evaluation of a transfer payment, 分值 | 完成值 | 得分",
    "202": "long-term and annual indicators side by side",
    "multi": "a table of several projects",
    "hebei": "河北 scoring sheet: 预期指标值 over 符号 | value | 单位, 自评得分 over three sub-columns",
    "stacked": "a table per project, one after another (重庆 表十二)",
}
_OWN = {"multi": "multi_project_table.txt", "hebei": "hebei_scoring_sheet.txt", "stacked": "stacked_project_tables.txt"}


def _source(key: str):
    if key in _OWN:
        return FORMS.parent / _OWN[key]
    (path,) = FORMS.glob(f"{key}_*.txt")
    return path


def _content(result):
    out = []
    for part in result.all():
        f = part.form
        assert f is not None, part.problems
        out.append((part.name, f.meta.kind, f.meta.department, f.meta.year, f.meta.project, f.meta.budget,
                    [(g.term, g.text) for g in f.goals],
                    [(i.level1, i.level2, i.name, i.raw, i.unit_cell, i.nature, i.weight, i.actual, i.score, i.reason, i.extras)
                     for i in f.indicators]))
    return out


def _findings(path, book):
    return sorted((r.part or "", f.rule, f.severity.label, f.subject, f.case or "")
                  for r in check_path(path, book) for f in r.findings)


@pytest.mark.parametrize("key", LAYOUTS, ids=list(LAYOUTS))
@pytest.mark.parametrize("fmt", ["xlsx", "docx", "csv"])
def test_a_real_layout_reads_the_same_in_every_format(key, fmt, tmp_path, book):
    source = _source(key)
    grid = grid_of(source)
    if key == "multi":
        assert merges_of(grid), "the project columns are merged down their rows"
    path = tmp_path / f"form.{fmt}"
    if fmt == "xlsx":
        write_xlsx([("表", grid)], path)
    elif fmt == "docx":
        write_docx(grid, path)
    else:
        write_csv(grid, path)
    assert _content(read(path)) == _content(read(source))
    assert _findings(path, book) == _findings(source, book)


def test_a_table_of_several_projects_is_a_form_per_project(book):
    results = check_path(_source("multi"), book)
    assert [(r.part, r.meta.project, r.meta.budget, r.indicator_count) for r in results] == [
        ("农村道路养护", "农村道路养护", Decimal("120"), 6), ("农村环境整治", "农村环境整治", Decimal("392.34"), 6)]
    assert all(r.meta.department == "某某镇人民政府" and r.meta.year == 2023 for r in results)
    goals = [read(_source("multi")).all()[k].form.goals[0].text[:6] for k in (0, 1)]
    assert goals == ["完成全镇45", "开展12个行"]


def test_two_forms_on_two_sheets_are_two_results_each_as_its_text(tmp_path, book):
    first, second = _source("001"), _source("031")
    path = write_xlsx([("湘潭", grid_of(first)), ("永德", grid_of(second))], tmp_path / "两表.xlsx")
    results = check_path(path, book)
    assert [r.part for r in results] == ["湘潭", "永德"]
    for result, source in zip(results, (first, second)):
        expected = sorted((f.rule, f.severity.label, f.subject) for r in check_path(source, book) for f in r.findings)
        assert sorted((f.rule, f.severity.label, f.subject) for f in result.findings) == expected


def test_a_blank_template_sheet_beside_the_form_is_no_form(tmp_path, book):
    source = _source("001")
    blank = [["项目支出绩效目标表"], ["项目名称", ""], ["主管部门", ""], ["一级指标", "二级指标", "三级指标", "指标值"],
             ["产出指标", "数量指标", "", ""], ["", "质量指标", "", ""], ["效益指标", "社会效益指标", "", ""]]
    path = write_xlsx([("填报表", grid_of(source)), ("空表", blank)], tmp_path / "带空表.xlsx")
    results = check_path(path, book)
    assert [r.part for r in results] == [None]
    expected = sorted((f.rule, f.subject) for r in check_path(source, book) for f in r.findings)
    assert sorted((f.rule, f.subject) for f in results[0].findings) == expected
    alone = write_xlsx([("空表", blank)], tmp_path / "只有空表.xlsx")  # a blank template alone is still judged
    assert ("FORM-02", "error") in [(f.rule, f.severity.label) for r in check_path(alone, book) for f in r.findings]
