"""The command-line contract of docs/contract.md: formats, JSON shape, exit codes, clean errors."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from jxcheck import cli
from conftest import REFERENCE


def invoke(args, input=None):
    """Run the real entry point (main) so its error handling is what is tested."""
    runner = CliRunner()
    return runner.invoke(cli_entry, args, input=input, catch_exceptions=False)


import click  # noqa: E402


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.pass_context
def cli_entry(ctx):
    import sys
    sys.argv = ["jxcheck", *ctx.args]
    cli.main()


def test_table_output_and_exit_code():
    result = invoke(["validate", str(REFERENCE)])
    assert result.exit_code == 1
    out = result.output
    for header in ("级别", "规则", "位置", "指标", "问题", "期望", "实际"):
        assert header in out
    assert "STR-06" in out and "第110行" in out
    assert "结论：退回（错误1，警告8，提示3）" in out
    assert "说明 BUD-10：" in out  # the cost indicators matched to the tasks they fund


def test_json_contract():
    result = invoke(["validate", str(REFERENCE), "--format", "json"])
    assert result.exit_code == 1
    doc = json.loads(result.output)
    assert doc["summary"] == {"files": 1, "forms": 1, "errors": 1, "warnings": 8, "infos": 3}
    (entry,) = doc["results"]
    assert entry["kind"] == "部门整体支出绩效目标表"
    assert (entry["department"], entry["year"], entry["verdict"]) == ("新疆巴州市场监督管理局", 2022, "退回")
    assert (entry["indicators"], entry["tasks"]) == (72, 8)
    str06 = next(f for f in entry["findings"] if f["rule"] == "STR-06")
    assert str06["severity"] == "error"
    assert str06["location"] == {"line": 110, "sheet": None, "cell": None, "table": None, "row": None,
                                 "column": None, "path": ["满意度指标", "满意度指标", "市场监管系统参训人员满意度"]}
    assert str06["subject"] == "市场监管系统参训人员满意度"
    assert set(str06) == {"rule", "severity", "location", "subject", "message", "expected", "actual",
                          "suggestion", "basis"}
    assert all(f["rule"] not in ("BUD-01", "BUD-02", "BUD-09") for f in entry["findings"])


def test_fail_on_levels():
    assert invoke(["validate", str(REFERENCE), "--fail-on", "never"]).exit_code == 0
    assert invoke(["validate", str(REFERENCE), "--fail-on", "warning"]).exit_code == 1


def test_english():
    result = invoke(["validate", str(REFERENCE), "--lang", "en"])
    assert "Severity" in result.output and "Verdict: return" in result.output


def test_missing_file_is_exit_2_with_entry(tmp_path):
    result = invoke(["validate", str(tmp_path / "nope.txt"), str(REFERENCE), "--format", "json"])
    assert result.exit_code == 2
    assert "找不到文件或文件夹" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    doc = json.loads(result.stdout)
    assert [r["findings"][0]["rule"] for r in doc["results"][:1]] == ["FORM-01"]
    assert doc["results"][1]["indicators"] == 72  # the other input is still checked


def test_folder_without_forms(tmp_path):
    (tmp_path / "notes.md").write_text("nothing", encoding="utf-8")
    result = invoke(["validate", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.startswith("jxcheck: 文件夹中没有可检查的表格文件")
    assert len(result.stderr.strip().splitlines()) == 1


def test_unknown_format():
    result = invoke(["validate", str(REFERENCE), "--format", "pdf"])
    assert result.exit_code == 2
    assert "选项--format的值“pdf”无效" in result.stderr


def test_binary_file_gets_form01(tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = invoke(["validate", str(binary), "--format", "json"])
    assert result.exit_code == 2
    assert "无法读取" in result.stderr and "Traceback" not in result.stderr
    doc = json.loads(result.stdout)
    (entry,) = doc["results"]
    assert entry["verdict"] == "退回" and entry["findings"][0]["rule"] == "FORM-01"


def test_readable_file_without_form_is_form02(tmp_path):
    text = tmp_path / "letter.txt"
    text.write_text("关于报送2022年预算的函\n各单位：请按时报送。\n", encoding="utf-8")
    result = invoke(["validate", str(text), "--format", "json"])
    assert result.exit_code == 1
    finding = json.loads(result.stdout)["results"][0]["findings"][-1]
    assert (finding["rule"], finding["severity"]) == ("FORM-02", "error")


def test_gb18030_text(tmp_path):
    target = tmp_path / "gbk.txt"
    target.write_bytes(REFERENCE.read_text(encoding="utf-8").encode("gb18030"))
    doc = json.loads(invoke(["validate", str(target), "--format", "json"]).stdout)
    assert doc["results"][0]["indicators"] == 72 and doc["summary"]["errors"] == 1


def test_convert_round_trip(tmp_path):
    yaml_path = tmp_path / "form.yaml"
    assert invoke(["convert", str(REFERENCE), "--output", str(yaml_path)]).exit_code == 0
    json_path = tmp_path / "form.json"
    assert invoke(["convert", str(REFERENCE), "--output", str(json_path)]).exit_code == 0
    original = json.loads(invoke(["validate", str(REFERENCE), "--format", "json"]).stdout)["results"][0]
    for path in (yaml_path, json_path):
        again = json.loads(invoke(["validate", str(path), "--format", "json"]).stdout)["results"][0]
        assert [(f["rule"], f["location"]["line"], f["subject"]) for f in again["findings"]] == \
            [(f["rule"], f["location"]["line"], f["subject"]) for f in original["findings"]]
        assert (again["indicators"], again["tasks"], again["year"]) == (72, 8, 2022)


def test_yaml_form_with_schema_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("year: 二〇二二\nindicators:\n  - {level1: 产出指标, level2: 数量指标, name: x, value: '≥1人'}\n",
                   encoding="utf-8")
    result = invoke(["validate", str(bad)])
    assert result.exit_code == 2 and "year" in result.stderr


def test_parse_value_json_and_stdin():
    result = invoke(["parse-value", "--json", "≤60万", "﹦72890元"])
    first, second = (json.loads(line) for line in result.output.splitlines())
    assert first == {"text": "≤60万", "kind": "quantity", "op": "≤", "number": "60", "unit": "万元",
                     "unit_kind": "money", "wan": "60", "notes": ["金额单位“万”按“万元”理解"], "error": None}
    assert (second["op"], second["number"], second["unit"], second["wan"]) == ("=", "72890", "元", "7.289")
    lines = invoke(["parse-value", "--json", "-"], input="≥521人\n\n12月底前\n").output.splitlines()
    assert [json.loads(x)["kind"] for x in lines] == ["quantity", "missing", "deadline"]


def test_rules_json_lists_every_rule():
    rules = json.loads(invoke(["rules", "--format", "json"]).output)
    ids = {r["id"] for r in rules}
    assert {"STR-01", "STR-02", "STR-05", "STR-06", "VAL-01", "VAL-02", "VAL-03", "VAL-04", "DATE-01", "DATE-02",
            "BUD-01", "BUD-02", "BUD-05", "BUD-09", "FORM-01", "FORM-02", "FORM-03", "FORM-04", "FORM-05"} <= ids


def test_folder_walk_skips_hidden(tmp_path):
    shutil.copy(REFERENCE, tmp_path / "a.txt")
    (tmp_path / ".hidden").mkdir()
    shutil.copy(REFERENCE, tmp_path / ".hidden" / "b.txt")
    doc = json.loads(invoke(["validate", str(tmp_path), "--format", "json"]).stdout)
    assert doc["summary"]["files"] == 1


@pytest.mark.parametrize("form", sorted((REFERENCE.parent).glob("*.txt")), ids=lambda p: p.name[:3])
def test_convert_keeps_everything(form, tmp_path):
    """What convert writes validates to the same findings: unplaced rows are kept, not lost."""
    out = tmp_path / "form.yaml"
    if invoke(["convert", str(form), "--output", str(out)]).exit_code != 0:
        pytest.skip("no form in this file (FORM-02)")
    key = lambda doc: sorted((f["rule"], f["location"]["line"] or 0, f["subject"])  # noqa: E731
                             for f in doc["results"][0]["findings"])
    before = json.loads(invoke(["validate", str(form), "--format", "json"]).stdout)
    after = json.loads(invoke(["validate", str(out), "--format", "json"]).stdout)
    assert key(after) == key(before)


def test_click_errors_are_chinese_one_liners():
    for args, text in ((["validate"], "缺少参数"), (["foo"], "没有命令“foo”"), (["validate", "--bogus", "x"], "没有选项--bogus")):
        result = invoke(args)
        assert result.exit_code == 2 and text in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_reader_that_stops_early_is_no_error():
    """`jxcheck validate … | head`: the closed pipe ends the run quietly (no traceback, no 无法写入) with the
    exit code of its verdict."""
    import subprocess
    import sys
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent
    import tempfile
    copies = Path(tempfile.mkdtemp())
    for n in range(120):
        shutil.copy(REFERENCE, copies / f"{n:03d}.txt")
    run = subprocess.Popen([sys.executable, "-m", "jxcheck", "validate", "--jobs", "1", "--fail-on", "never",
                            str(copies)], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert run.stdout.readline()
    run.stdout.close()  # like head after its first line
    _, err = run.communicate(timeout=120)
    assert err.decode() == "" and run.returncode == 0  # the verdict's exit code (--fail-on never), not an error


def test_long_form_text_is_cut_in_the_table_but_whole_in_json():
    """TXT-01 quotes the goal: a 690-character goal is shown in part in the table, whole in the exports."""
    doc = json.loads(invoke(["validate", str(REFERENCE), "--format", "json"]).stdout)
    goals = [f["actual"] for f in doc["results"][0]["findings"] if f["rule"] == "TXT-01"]
    longest = max(goals, key=len)
    assert len(longest) > 600 and not longest.endswith("…")
    table = invoke(["validate", str(REFERENCE)]).stdout
    assert longest[:4] in table and longest[-12:] not in table and "…" in table
    from jxcheck.engine.report.wrap import shorten, width
    assert shorten(longest, 40).endswith("…") and width(shorten(longest, 40)) <= 40 and shorten("短", 40) == "短"
