"""--baseline LAST.json: a re-submission with one defect fixed, one left and one new, and rows inserted above them,
is exactly 1 已改, 1 未改 (each of the others too) and 1 新增, in every report format and in the roll-up."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REFERENCE


def jx(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "jxcheck", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def _resubmitted(text: str) -> str:
    """STR-06 (line 110) fixed, a unit dropped on the equipment count (VAL-02, new), two blank rows inserted above."""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if "市场监管系统参训人员满意度" in line:
            lines[n] = line.rstrip("\t") + "\t≥90%"
        if "市场监管系统设备购置数量" in line:
            lines[n] = line.rsplit("\t", 1)[0] + "\t≥15"
    first = next(n for n, line in enumerate(lines) if "\t数量指标" in line)
    return "\n".join(lines[:first] + ["", ""] + lines[first:])


@pytest.fixture(scope="module")
def rounds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rounds")
    (folder / "县A").mkdir()
    shutil.copy(REFERENCE, folder / "县A" / "第一轮.txt")
    assert jx("validate", "县A", "--format", "json", "-o", "last.json", cwd=folder).returncode == 1
    shutil.rmtree(folder / "县A")
    (folder / "县A").mkdir()
    (folder / "县A" / "第二轮.txt").write_text(_resubmitted(REFERENCE.read_text(encoding="utf-8")), encoding="utf-8")
    return folder


def test_json_marks_each_finding_and_lists_the_fixed(rounds):
    doc = json.loads(jx("validate", "县A", "--baseline", "last.json", "--format", "json", cwd=rounds).stdout)
    (result,) = doc["results"]
    new = [f["rule"] for f in result["findings"] if f["baseline"] == "new"]
    unchanged = [f for f in result["findings"] if f["baseline"] == "unchanged"]
    assert new == ["VAL-02"] and len(unchanged) == len(result["findings"]) - 1 == 11
    assert [(f["rule"], f["location"]["line"]) for f in result["fixed"]] == [("STR-06", 110)]
    assert result["previous_verdict"] == "退回"
    assert doc["rollup"][0]["new"] == 1 and doc["rollup"][0]["unchanged"] == 11 and doc["rollup"][0]["fixed"] == 1


def test_the_table_csv_md_html_and_xlsx_say_it_too(rounds):
    table = jx("validate", "县A", "--baseline", "last.json", cwd=rounds).stdout
    assert "上一轮：退回 → 本轮：退回（新增1，未改11，已改1）" in table and "已改 STR-06 第110行" in table
    rows = list(csv.reader(io.StringIO(jx("validate", "县A", "--baseline", "last.json", "--format", "csv",
                                          cwd=rounds).stdout.lstrip("\ufeff"))))
    marks = [row[-1] for row in rows[1:]]
    assert rows[0][-1] == "对照上轮" and marks.count("新增") == 1 and marks.count("已改") == 1 and marks.count("未改") == 11
    md = jx("validate", "县A", "--baseline", "last.json", "--format", "md", cwd=rounds).stdout
    assert md.count("| 已改 ") == 1 and md.count("| 新增 ") == 1
    html = jx("validate", "县A", "--baseline", "last.json", "--format", "html", cwd=rounds).stdout
    assert html.count("<td>新增</td>") == 1 and html.count("<td>已改</td>") == 1
    assert jx("validate", "县A", "--baseline", "last.json", "-o", "r.xlsx", cwd=rounds).returncode == 1
    from openpyxl import load_workbook
    book = load_workbook(rounds / "r.xlsx")
    column = [c.value for c in book.worksheets[0]["R"]]
    assert column[0] == "对照上轮" and column.count("已改") == 1 and column.count("新增") == 1
    assert [c.value for c in book.worksheets[1][1]][-3:] == ["新增", "未改", "已改"]


def test_a_form_that_was_returned_and_now_passes_says_so(rounds, tmp_path):
    clean = "\n".join(line if "市场监管系统参训人员满意度" not in line else line.rstrip("\t") + "\t≥90%"
                      for line in REFERENCE.read_text(encoding="utf-8").split("\n"))
    (tmp_path / "表.txt").write_text(clean, encoding="utf-8")
    shutil.copy(rounds / "last.json", tmp_path / "last.json")
    out = jx("validate", "表.txt", "--baseline", "last.json", cwd=tmp_path).stdout
    assert "上一轮：退回 → 本轮：修改后通过" in out


def test_a_bad_baseline_is_one_line(rounds, tmp_path):
    (tmp_path / "x.json").write_text("{\"not\": 1}", encoding="utf-8")
    for name, words in (("无.json", "无法读取"), ("x.json", "不是 jxcheck 的JSON报告")):
        result = jx("validate", str(rounds / "县A"), "--baseline", str(tmp_path / name), cwd=tmp_path)
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1 and words in result.stderr
