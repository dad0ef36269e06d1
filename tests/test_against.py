"""EVAL-08 across files: a self-evaluation against its approved target form, named with --against or found in the
same batch (same kind, year and project); a bad --against is one line."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

from conftest import FORMS

SELF_EVAL = FORMS.parent / "self_eval" / "clean.txt"
TARGET = FORMS.parent / "self_eval" / "target.txt"


def jx(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "jxcheck", *args], capture_output=True, text=True, timeout=120)


def _eval08(doc: dict) -> list[tuple[str, str]]:
    return [(f["subject"], f["message"]) for r in doc["results"] for f in r["findings"] if f["rule"] == "EVAL-08"]


EXPECTED = [("投诉办结率", "自评指标与批复的绩效目标不一致：缺少批复指标“投诉办结率”。"),
            ("主次干道亮灯率", "自评指标与批复的绩效目标不一致：“主次干道亮灯率”的指标值由“≥97%”改为“≥98%”。")]


def test_against_names_the_indicators_missing_and_changed():
    result = jx("validate", str(SELF_EVAL), "--against", str(TARGET), "--format", "json")
    assert _eval08(json.loads(result.stdout)) == EXPECTED
    assert _eval08(json.loads(jx("validate", str(SELF_EVAL), "--format", "json").stdout)) == []


def test_a_batch_pairs_a_self_evaluation_with_its_target_form(tmp_path):
    county = tmp_path / "县A"
    county.mkdir()
    shutil.copy(SELF_EVAL, county / "自评表.txt")
    shutil.copy(TARGET, county / "目标表.txt")
    shutil.copy(FORMS / "000_36c23adddff5d972.txt", county / "其他单位.txt")
    result = jx("validate", str(tmp_path), "--format", "json")
    doc = json.loads(result.stdout)
    assert _eval08(doc) == EXPECTED
    assert "已与同一项目的绩效目标表" in result.stderr and "目标表.txt" in result.stderr


def test_a_target_of_another_year_is_no_pair(tmp_path):
    shutil.copy(SELF_EVAL, tmp_path / "自评表.txt")
    (tmp_path / "目标表.txt").write_text(TARGET.read_text(encoding="utf-8").replace("2023年度", "2022年度"),
                                       encoding="utf-8")
    assert _eval08(json.loads(jx("validate", str(tmp_path), "--format", "json").stdout)) == []


def test_a_bad_against_is_one_line(tmp_path):
    for args, words in (([str(tmp_path / "无.xlsx")], "无法读取"), ([str(SELF_EVAL)], "是自评表")):
        result = jx("validate", str(SELF_EVAL), "--against", *args)
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 2 and len(lines) == 1 and words in lines[0], result.stderr


def test_a_target_of_another_project_is_said(tmp_path):
    from conftest import REFERENCE
    result = jx("validate", str(SELF_EVAL), "--against", str(REFERENCE))
    assert "不是同一项目（单位）和年度" in result.stderr
    assert "不是同一项目" not in jx("validate", str(SELF_EVAL), "--against", str(TARGET)).stderr
