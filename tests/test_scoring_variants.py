"""One-defect variants of a complete self-evaluation (tests/fixtures/self_eval/clean.txt): each scoring defect
is caught by its own rule, at its row, and by nothing else; the clean form has no finding at all. The same
variants as a workbook with merged cells and percentages typed as numbers give the same findings."""
from __future__ import annotations

from pathlib import Path

import pytest

from jxcheck.engine.check import check_file
from jxcheck.engine.readers import labels

from conftest import FORMS
from layout_copies import grid_of

CLEAN = FORMS.parent / "self_eval" / "clean.txt"
NOTES = sum(1 for line in CLEAN.read_text(encoding="utf-8").splitlines() if line.startswith("# "))

ROW = {  # the lines of clean.txt a variant rewrites
    "funds": "\t年度资金总额\t200\t200\t196\t10\t98%\t9.8",
    "fiscal": "\t其中：当年财政拨款\t200\t200\t196\t—\t—\t—",
    "other": "\t其他资金\t0\t0\t0\t—\t—\t—",
    "count": "\t产出指标(50分)\t数量指标\t维护路灯数量\t≥1200盏\t1200盏\t15\t15\t",
    "rate": "\t\t质量指标\t主次干道亮灯率\t≥98%\t99%\t15\t15\t",
    "graded": "\t效益指标(30分)\t社会效益指标\t夜间出行安全保障\t明显改善\t达成年度指标\t15\t15\t",
    "lasting": "\t\t可持续影响指标\t照明设施完好运行\t长期\t达成年度指标\t15\t15\t",
    "satisfied": "\t满意度指标(10分)\t服务对象满意度指标\t市民满意度\t≥90%\t93%\t10\t10\t",
    "total": "总分\t100\t99.8\t优",
    "problems": "存在问题\t部分老旧路段灯杆锈蚀，维修频次较高，执行数略低于预算。",
}

VARIANTS = {  # name: ({row: new text}, the one finding expected (rule, case, row))
    "EVAL-01 group": ({"count": ROW["count"].replace("(50分)", "(60分)")}, ("EVAL-01", "group", "count")),
    "EVAL-01 printed": ({"total": "总分\t105\t99.8\t优"}, ("EVAL-01", "printed", "total")),
    "EVAL-02 row": ({"satisfied": ROW["satisfied"].replace("\t10\t10\t", "\t10\t12\t"),
                     "graded": ROW["graded"].replace("\t15\t15\t", "\t15\t13\t部分路段照明仍需加强")},
                    ("EVAL-02", None, "satisfied")),
    "EVAL-02 sum": ({"total": "总分\t100\t97\t优"}, ("EVAL-02", "sum", "total")),
    "EVAL-03": ({"rate": "\t\t质量指标\t主次干道亮灯率\t≥98%\t95%\t15\t15\t部分路段线路老化，已列入改造计划"},
                ("EVAL-03", None, "rate")),
    "EVAL-04": ({"graded": ROW["graded"].replace("\t15\t15\t", "\t15\t10\t部分路段照明仍需加强"), "total": "总分\t100\t94.8\t优"},
                ("EVAL-04", None, "graded")),
    "EVAL-05": ({"count": ROW["count"].replace("\t1200盏\t15", "\t完成\t15")}, ("EVAL-05", None, "count")),
    "EVAL-06": ({"count": ROW["count"].replace("\t1200盏\t15\t15", "\t1150盏\t15\t14.38"), "total": "总分\t100\t99.18\t优"},
                ("EVAL-06", None, "count")),
    "EVAL-07": ({"count": ROW["count"].replace("\t1200盏\t15", "\t1500盏\t15")}, ("EVAL-07", None, "count")),
    "EVAL-09": ({"lasting": "\t\t可持续影响指标\t照明设施完好运行\t长期\t不适用\t15\t\t本年度不涉及", "total": "总分\t100\t84.8\t良"},
                ("EVAL-09", None, "lasting")),
    "EVAL-10": ({"problems": "存在问题\t无"}, ("EVAL-10", None, "problems")),
    "EVAL-11": ({"total": "总分\t100\t99.8\t良"}, ("EVAL-11", None, "total")),
    "EVAL-12": ({"funds": ROW["funds"].replace("98%", "96%"), "fiscal": "\t其中：当年财政拨款\t150\t150\t150\t—\t—\t—",
                 "other": "\t其他资金\t50\t50\t46\t—\t—\t—"}, ("EVAL-12", None, "funds")),
    "BUD-06": ({"funds": ROW["funds"].replace("98%", "97%")}, ("BUD-06", None, "funds")),
    "BUD-06 over": ({"funds": "\t年度资金总额\t200\t200\t210\t10\t105%\t10", "fiscal": ROW["fiscal"].replace("196", "210"),
                     "total": "总分\t100\t100\t优"}, ("BUD-06", "over", "funds")),
    "BUD-07 low": ({"funds": "\t年度资金总额\t200\t200\t170\t10\t85%\t8.5", "fiscal": ROW["fiscal"].replace("196", "170"),
                    "total": "总分\t100\t98.5\t优", "problems": "存在问题\t部分老旧路段灯杆锈蚀，维修频次较高。"},
                   ("BUD-07", "low", "funds")),
    "BUD-07 adjusted": ({"funds": "\t年度资金总额\t180\t200\t196\t10\t98%\t9.8", "fiscal": ROW["fiscal"].replace("200\t200", "180\t200")},
                        ("BUD-07", "adjusted", "funds")),
    "BUD-08": ({"funds": ROW["funds"].replace("\t9.8", "\t9"), "total": "总分\t100\t99\t优"}, ("BUD-08", None, "funds")),
    "BUD-08 empty": ({"funds": ROW["funds"].replace("\t9.8", ""), "total": "总分\t100\t90\t优"}, ("BUD-08", "empty", "funds")),
}
# a grade written in a few words, with full marks and a reason: the band is wrong (EVAL-04) and nothing else
for word in ("未达成", "部分达成", "未完成", "部分实现", "较差"):
    VARIANTS[f"EVAL-04 {word}"] = ({"graded": ROW["graded"].replace("达成年度指标\t15\t15\t", f"{word}\t15\t15\t个别路段仍暗")},
                                   ("EVAL-04", None, "graded"))


def _lines() -> list[str]:
    return CLEAN.read_text(encoding="utf-8").splitlines()


def _line_of(key: str) -> int:
    return _lines().index(ROW[key]) + 1


def _variant(changes: dict[str, str], tmp_path: Path) -> Path:
    lines = _lines()
    for key, text in changes.items():
        lines[_line_of(key) - 1] = text
    path = tmp_path / "自评表.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _xlsx(source: Path, path: Path) -> Path:
    """The form as a finance system exports it: block labels merged down their rows (项目资金, 年度总体目标,
    绩效指标, each 一级 and 二级), percentages typed as numbers shown with a % format."""
    from openpyxl import Workbook
    grid = grid_of(source)
    book = Workbook()
    sheet = book.active
    for r, row in enumerate(grid, start=1):
        for c, text in enumerate(row, start=1):
            if not text:
                continue
            cell = sheet.cell(r, c)
            if text.endswith("%") and text[:-1].replace(".", "", 1).isdigit():
                cell.value = float(text[:-1]) / 100
                cell.number_format = "0%" if "." not in text else "0.00%"
            else:
                cell.value = text
    for c, r0, r1 in _merges(grid):
        sheet.merge_cells(start_row=r0 + 1, start_column=c + 1, end_row=r1 + 1, end_column=c + 1)
    book.save(path)
    return path


def _merges(grid: list[list[str]]) -> list[tuple[int, int, int]]:
    """A label in the first columns over the empty cells below it, down to the next label or the end of its block."""
    out = []
    for c in (0, 1, 2):
        r = 0
        while r < len(grid):
            text = grid[r][c] if c < len(grid[r]) else ""
            end = r
            while end + 1 < len(grid) and not grid[end + 1][c] and any(grid[end + 1][c + 1:]) \
                    and (c == 0 or not grid[end + 1][0]) and not labels.row_kind(grid[end + 1][0] or "x"):
                end += 1
            if text and end > r:
                out.append((c, r, end))
            r = end + 1
    return out


def _found(path: Path, book) -> set[tuple[str, str | None, int | None]]:
    return {(f.rule, f.case or None, f.location.number()) for f in check_file(path, book).findings}


def test_the_clean_self_evaluation_has_no_finding(book, tmp_path):
    assert _found(CLEAN, book) == set()
    assert _found(_xlsx(CLEAN, tmp_path / "clean.xlsx"), book) == set()


@pytest.mark.parametrize("name", VARIANTS)
def test_one_scoring_defect_is_one_finding_of_its_rule(name, book, tmp_path):
    changes, (rule, case, key) = VARIANTS[name]
    path = _variant(changes, tmp_path)
    assert _found(path, book) == {(rule, case, _line_of(key))}
    assert _found(_xlsx(path, tmp_path / "自评表.xlsx"), book) == {(rule, case, _line_of(key) - NOTES)}


def test_the_messages_carry_the_recomputed_figures(book, tmp_path):
    path = _variant(VARIANTS["BUD-06"][0], tmp_path)
    (bud06,) = check_file(path, book).findings
    assert bud06.message == "预算执行率计算有误：年度资金总额执行数196÷预算数200＝98%，表中为97%。"
    (eval03,) = check_file(_variant(VARIANTS["EVAL-03"][0], tmp_path), book).findings
    assert eval03.message == f"第{_line_of('rate')}行得分与完成情况不符（应为14.54分）。"
    (eval04,) = check_file(_variant(VARIANTS["EVAL-04"][0], tmp_path), book).findings
    assert eval04.message == "定性指标“达成”对应得分区间为12–15分。"


def test_an_achievement_is_a_goal_put_in_the_past_tense():
    from jxcheck.engine.scoring import restates
    goal = "支持公安机关开展禁毒工作,补助办案、装备等开支,有效打击毒品犯罪,遏制毒品蔓延和毒品流入非法渠道,巩固禁种铲毒工作成果"
    assert restates("有效打击了毒品犯罪,遏制了毒品蔓延和毒品流入非法渠道,巩固了禁种铲毒工作成果。", [goal])
    assert not restates("破获毒品案件12起,抓获犯罪嫌疑人15名,巩固了禁种铲毒工作成果。", [goal])  # figures of its own
    assert not restates("开展禁毒宣传进校园活动,覆盖全市中小学,群众禁毒意识明显增强。", [goal])  # words of its own
