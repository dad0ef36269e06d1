"""jxcheck fix: a corrected copy and a change list, never a change to the original. The copy's validation lacks the
mechanical findings and adds none; a workbook keeps its formats, merges and formulas and comments each changed
cell; a text file keeps its encoding."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REFERENCE
from template_forms import template_grid, write_docx, write_xlsx


def jx(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "jxcheck", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _defective(text: str) -> str:
    """The reference form with mechanical defects added: an ASCII comparator, 以上, a doubled space in a name
    and a full-width digit (TXT-05); it already writes ≤60万 on a form in 万元 (BUD-05)."""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if "市场监管系统设备购置数量" in line:
            lines[n] = line.rsplit("\t", 1)[0] + "\t>=15台"
        if "市场监管系统各类经费保障率" in line:
            lines[n] = line.rsplit("\t", 1)[0] + "\t95%以上"
        if "市场监管系统设备使用人员满意度" in line:
            lines[n] = line.replace("设备使用", "设备  使用").rsplit("\t", 1)[0] + "\t≥9０%"
    return "\n".join(lines)


def _findings(path: Path) -> list[tuple]:
    doc = json.loads(jx("validate", str(path), "--format", "json").stdout)
    return sorted((f["rule"], tuple(f["location"]["path"] or ()), f["subject"]) for r in doc["results"]
                  for f in r["findings"])


MECHANICAL = {"BUD-05", "TXT-05"}


def _check_copy(original: Path, fixed: Path) -> None:
    before, after = _findings(original), _findings(fixed)
    assert {f[0] for f in before} & MECHANICAL == MECHANICAL
    assert not {f[0] for f in after} & MECHANICAL
    assert set(after) <= set(before), set(after) - set(before)  # nothing new


def test_a_text_form_is_fixed_in_a_copy_in_its_own_encoding(tmp_path):
    original = tmp_path / "表.txt"
    original.write_bytes(_defective(REFERENCE.read_text(encoding="utf-8")).encode("gb18030"))
    before = digest(original)
    result = jx("fix", str(original), "-o", str(tmp_path / "表_修正.txt"))
    assert result.returncode == 0 and "≤60万元" in result.stdout and "＞" not in result.stdout
    assert "“以上”改为比较符“≥”" in result.stdout and "比较符“>=”改为规范的“≥”" in result.stdout
    assert "新增0处" in result.stderr and digest(original) == before
    fixed = tmp_path / "表_修正.txt"
    with pytest.raises(UnicodeDecodeError):
        fixed.read_bytes().decode("utf-8")
    assert "≥15台" in fixed.read_bytes().decode("gb18030")
    _check_copy(original, fixed)


def test_a_workbook_keeps_everything_but_the_changed_cells(tmp_path):
    from openpyxl import load_workbook
    from jxcheck.engine.readers import read
    text = tmp_path / "表.txt"
    text.write_text(_defective(REFERENCE.read_text(encoding="utf-8")), encoding="utf-8")
    original = write_xlsx(template_grid(read(text).form), tmp_path / "表.xlsx")
    book = load_workbook(original)
    sheet = book["绩效目标表"]
    sheet["H1"] = "=SUM(1,2)"  # a formula the copy must keep
    book.save(original)
    before = digest(original)
    assert jx("fix", str(original), "-o", str(tmp_path / "修正.xlsx")).returncode == 0
    assert digest(original) == before
    old, new = load_workbook(original), load_workbook(tmp_path / "修正.xlsx")
    changed = []
    for a, b in zip(old.worksheets, new.worksheets):
        assert sorted(map(str, a.merged_cells.ranges)) == sorted(map(str, b.merged_cells.ranges))
        for row_a, row_b in zip(a.iter_rows(), b.iter_rows()):
            for x, y in zip(row_a, row_b):
                if x.value != y.value:
                    changed.append((y.coordinate, x.value, y.value))
                    assert y.comment is not None and str(x.value) in y.comment.text
                else:
                    assert y.comment is None or x.comment is not None
    assert new["绩效目标表"]["H1"].value == "=SUM(1,2)"
    assert ("≤60万", "≤60万元") in [(v, w) for _, v, w in changed] and len(changed) >= 5
    _check_copy(original, tmp_path / "修正.xlsx")


def test_a_word_table_is_fixed_in_place(tmp_path):
    from jxcheck.engine.readers import read
    text = tmp_path / "表.txt"
    text.write_text(_defective(REFERENCE.read_text(encoding="utf-8")), encoding="utf-8")
    original = write_docx(template_grid(read(text).form), tmp_path / "表.docx")
    assert jx("fix", str(original), "-o", str(tmp_path / "修正.docx")).returncode == 0
    _check_copy(original, tmp_path / "修正.docx")


def test_a_unit_in_the_name_moves_to_the_empty_unit_column(tmp_path):
    form = tmp_path / "培训.txt"
    form.write_text("项目支出绩效目标表\n（2023年度）\n项目名称\t测试培训项目\n实施单位\t测试市培训中心\n"
                    "一级指标\t二级指标\t三级指标\t指标值\t计量单位\n产出指标\t数量指标\t培训期数\t≥10\t期\n"
                    "\t\t培训人次(人次)\t≥300\t\n", encoding="utf-8")
    out = jx("fix", str(form), "-o", str(tmp_path / "修正.txt"))
    assert "单位从指标名称移入计量单位列" in out.stdout
    assert "\t\t培训人次\t≥300\t人次" in (tmp_path / "修正.txt").read_text(encoding="utf-8")


def test_dry_run_writes_nothing_and_bad_uses_are_one_line(tmp_path):
    form = tmp_path / "表.txt"
    form.write_text(_defective(REFERENCE.read_text(encoding="utf-8")), encoding="utf-8")
    dry = jx("fix", str(form), "--dry-run", cwd=tmp_path)
    assert dry.returncode == 0 and "≤60万元" in dry.stdout and sorted(p.name for p in tmp_path.iterdir()) == ["表.txt"]
    for args, words in (([str(form)], "--output"), ([str(form), "-o", str(form)], "不能用报告覆盖"),
                        ([str(form), "-o", str(tmp_path / "x.xlsx")], "格式"),
                        ([str(tmp_path / "无.txt"), "-o", str(tmp_path / "y.txt")], "找不到")):
        result = jx("fix", *args)
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1 and words in result.stderr


def test_a_workbook_s_formulas_keep_their_saved_results(tmp_path):
    """openpyxl drops what Excel saved for each formula; the copy puts it back, so jxcheck reads the copy as the
    original (a budget written =C6 would otherwise be read from its formula)."""
    import re
    import zipfile
    from openpyxl import Workbook
    from jxcheck.engine.fix_files import keep_cached_values
    book = Workbook()
    sheet = book.active
    sheet.title = "表"
    sheet["A1"], sheet["A2"], sheet["A3"] = 2, 3, "=A1+A2"
    book.save(tmp_path / "plain.xlsx")
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as z:  # as Excel saves it: the formula with its result
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(b"<f>A1+A2</f><v></v>",
                                                                                b"<f>A1+A2</f><v>5</v>")
    with zipfile.ZipFile(tmp_path / "excel.xlsx", "w") as out:
        for n, d in parts.items():
            out.writestr(n, d)
    from openpyxl import load_workbook
    copy = load_workbook(tmp_path / "excel.xlsx")
    copy["表"]["B1"] = "≥5个"
    copy.save(tmp_path / "copy.xlsx")
    keep_cached_values(tmp_path / "excel.xlsx", tmp_path / "copy.xlsx")
    xml = zipfile.ZipFile(tmp_path / "copy.xlsx").read("xl/worksheets/sheet1.xml")
    assert re.search(rb'<c r="A3"[^>]*><f>A1\+A2</f><v>5</v></c>', xml)
    assert load_workbook(tmp_path / "copy.xlsx")["表"]["A3"].value == "=A1+A2"


def test_a_form_feed_inside_a_line_moves_no_fix(tmp_path):
    """A copy out of a PDF keeps its page breaks as form feeds at a line's start: the fixer counts lines as the reader
    does (only line breaks end one), so each change lands on its own line, not on one a form feed earlier."""
    lines = _defective(REFERENCE.read_text(encoding="utf-8")).split("\n")
    at = next(n for n, line in enumerate(lines) if "市场监管系统设备购置数量" in line)
    lines[at - 3] = "\f" + lines[at - 3]  # a page break three lines above the row the fixer rewrites
    original = tmp_path / "表.txt"
    original.write_text("\n".join(lines), encoding="utf-8")
    result = jx("fix", str(original), "-o", str(tmp_path / "表_修正.txt"))
    assert result.returncode == 0, result.stderr
    fixed = (tmp_path / "表_修正.txt").read_text(encoding="utf-8").split("\n")
    assert fixed[at].endswith("\t≥15台") and fixed[at - 3].startswith("\f") and len(fixed) == len(lines)
