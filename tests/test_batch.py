"""Batch runs over a county tree: every file has its entry in every format, a roll-up per county,
parallel runs give the same results, bad files are FORM- findings and exit code 2."""
from __future__ import annotations

import csv
import io
import json
import shutil

import pytest

from jxcheck.engine import batch
from jxcheck.engine.discover import discover
from jxcheck.engine.store import ResultStore

from conftest import FORMS, REFERENCE
from template_forms import template_grid, write_xlsx
from test_cli import invoke


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    root = tmp_path_factory.mktemp("巴州")
    for county, names in {"库尔勒市": ["000", "001"], "轮台县": ["036", "006"], "和静县": ["019"]}.items():
        for n, prefix in enumerate(names):
            folder = root / county / f"单位{n}"
            folder.mkdir(parents=True)
            shutil.copy(next(FORMS.glob(f"{prefix}_*.txt")), folder / f"{prefix}.txt")
    (root / "和静县" / "损坏.xlsx").write_bytes(b"PK\x03\x04broken")
    (root / "和静县" / "空.txt").write_bytes(b"")
    (root / "和静县" / ".~锁定.txt").write_text("hidden", encoding="utf-8")
    from jxcheck.engine.readers import read
    write_xlsx(template_grid(read(REFERENCE).form), root / "和静县" / "模板.xlsx")
    return root


def _json(tree, *extra):
    result = invoke(["validate", str(tree), "--format", "json", *extra])
    return result, json.loads(result.stdout)


def test_rollup_names_every_county_and_exit_2(tree):
    result, doc = _json(tree)
    assert result.exit_code == 2  # one file could not be read at all
    assert doc["summary"]["files"] == 8
    counties = {row["group"] for row in doc["rollup"]}
    total = doc["rollup"][-1]
    assert total["files"] == 8 == total["pass"] + total["pass_after_changes"] + total["return"]
    assert total["unreadable"] == 1 and total["frequent_rules"]
    assert counties == {"库尔勒市", "轮台县", "和静县", "合计"}
    bad = {r["path"].split("/")[-1]: r["findings"][0]["rule"] for r in doc["results"] if r["verdict"] == "退回"
           and r["findings"] and r["findings"][0]["rule"].startswith("FORM-0")}
    assert bad["损坏.xlsx"] == "FORM-01" and bad["空.txt"] == "FORM-02"


def test_parallel_equals_serial(tree):
    _, one = _json(tree, "--jobs", "1")
    _, two = _json(tree, "--jobs", "2")
    assert one["results"] == two["results"]


def test_csv_has_bom_and_every_file(tree):
    out = invoke(["validate", str(tree), "--format", "csv"]).stdout
    assert out.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(out[1:])))
    assert rows[0][:3] == ["文件", "分组", "表种"]
    assert len({r[0] for r in rows[1:]}) == 8


def test_md_and_html_are_complete(tree):
    md = invoke(["validate", str(tree), "--format", "md"]).stdout
    html = invoke(["validate", str(tree), "--format", "html"]).stdout
    for name in ("000.txt", "损坏.xlsx", "空.txt", "模板.xlsx"):
        assert name in md and name in html
    assert "http" not in html.replace('lang="zh-CN"', "") and "<script>" in html  # self-contained, sortable
    assert "和静县" in md and "汇总" in md


def test_xlsx_report_and_annotated_copy(tree, tmp_path):
    from openpyxl import load_workbook
    out = tmp_path / "报告.xlsx"
    result = invoke(["validate", str(tree), "--format", "xlsx", "--output", str(out)])
    assert result.exit_code == 2 and out.exists()
    book = load_workbook(out)
    assert book.sheetnames == ["问题清单", "汇总"]
    assert {row[0].value for row in book["问题清单"].iter_rows(min_row=2)} >= {str(tree / "和静县" / "损坏.xlsx")}
    copy = load_workbook(tmp_path / "报告_批注" / "模板.xlsx")
    commented = [c for row in copy["绩效目标表"].iter_rows() for c in row if c.comment]
    assert any("STR-06" in c.comment.text for c in commented)


def test_xlsx_needs_output(tree):
    result = invoke(["validate", str(tree), "--format", "xlsx"])
    assert result.exit_code == 2 and "--output" in result.stderr


def test_group_depth(tree, tmp_path):
    jobs = discover([str(tree)], depth=2).jobs
    assert {j.group for j in jobs} >= {"库尔勒市/单位0", "和静县"}
    shutil.copy(REFERENCE, tmp_path / "顶层.txt")
    for lang, label in (("zh", "（根目录）"), ("en", "(top folder)")):
        jobs = discover([str(tmp_path)], lang=lang).jobs
        assert [j.group for j in jobs] == [label]
    jobs = discover([str(tree)], depth=0).jobs
    assert {j.group for j in jobs} == {""}


def test_a_worker_that_dies_costs_only_its_file(tmp_path, monkeypatch):
    """A library that aborts the process on one file: that file gets FORM-05, the others their results."""
    import os
    for n in range(8):
        shutil.copy(REFERENCE, tmp_path / f"f{n}.txt")
    original = batch.check_job

    def fragile(job, settings, book):
        if job.path.name == "f3.txt":
            os._exit(134)  # what a native crash does to a worker
        return original(job, settings, book)
    monkeypatch.setattr(batch, "check_job", fragile)
    jobs = discover([str(tmp_path)]).jobs
    results = list(batch.run(jobs, batch.Settings(), workers=2))
    assert [r.path.split("/")[-1] for r in results] == [f"f{n}.txt" for n in range(8)]
    crashed = [r for r in results if r.findings and r.findings[0].rule == "FORM-05"]
    assert [r.path.split("/")[-1] for r in crashed] == ["f3.txt"]
    assert all(r.indicator_count == 72 for r in results if r not in crashed)


def test_reports_written_inside_the_tree_are_not_read_back(tree, tmp_path):
    """A report (and its annotated copies) saved into the folder being checked is not a submission."""
    copy = tmp_path / "树"
    shutil.copytree(tree, copy)
    out = copy / "报告.xlsx"
    for _ in range(2):
        assert invoke(["validate", str(copy), "--format", "xlsx", "--output", str(out)]).exit_code == 2
    assert (copy / "报告_批注" / "模板.xlsx").exists()
    jobs = discover([str(copy)], exclude=[out.resolve(), out.resolve().with_name("报告_批注")]).jobs
    assert len(jobs) == 8 and not any("报告" in str(j.path) for j in jobs)
    from openpyxl import load_workbook
    files = {row[0].value for row in load_workbook(out)["问题清单"].iter_rows(min_row=2)}
    assert len(files) == 8 and not any("报告" in f for f in files)


def test_a_store_counts_from_digests_what_the_results_say(tree):
    """Many files go to a ResultStore, whose counts come from in-memory digests: they must agree with
    counting the results themselves (waived findings and unreadable files included)."""
    from dataclasses import replace
    from jxcheck.engine.run import exit_code
    from jxcheck.engine.report.rows import rollup_rows
    from jxcheck.engine.report.summary import summary
    jobs = discover([str(tree)]).jobs
    results = list(batch.run(jobs, batch.Settings(), workers=1))
    first = results[0]
    results[0] = replace(first, findings=[replace(first.findings[0], waived="豁免1")] + first.findings[1:])
    store = ResultStore()
    for r in results:
        store.append(r)
    assert [r.path for r in store] == [r.path for r in results]
    assert summary(store) == summary(results) and summary(results)["waived"] == 1
    assert rollup_rows(store) == rollup_rows(results)
    for fail_on in ("error", "warning", "never"):
        assert exit_code(store, fail_on) == exit_code(results, fail_on)
    store.close()


def test_annotated_copies_are_announced_by_their_folder(tree, tmp_path):
    """Copies from several counties: the message names the folder that holds them all."""
    copy = tmp_path / "树"
    shutil.copytree(tree, copy)
    shutil.copy(copy / "和静县" / "模板.xlsx", copy / "库尔勒市" / "模板2.xlsx")
    out = tmp_path / "报告.xlsx"
    result = invoke(["validate", str(copy), "--format", "xlsx", "--output", str(out)])
    assert (tmp_path / "报告_批注" / "和静县" / "模板.xlsx").exists()
    assert (tmp_path / "报告_批注" / "库尔勒市" / "模板2.xlsx").exists()
    assert result.stderr.strip().splitlines()[-1].endswith(f"2个Excel文件写入批注副本：{tmp_path / '报告_批注'}")


def test_an_unwritable_report_is_refused_before_the_run(tree, tmp_path):
    for target, reason in ((tmp_path / "无此目录" / "r.json", "目录不存在"), (tmp_path, "这是一个文件夹")):
        result = invoke(["validate", str(tree), "--format", "json", "--output", str(target)])
        assert result.exit_code == 2 and result.stderr.strip() == f"jxcheck: 无法写入 {target}：{reason}"


def test_workers_use_this_run_s_rulebook_never_an_earlier_one(tree, tmp_path):
    """A run with a caller's rulebook (TXT-01 off), then one without: the second checks with the rules
    its settings name, in this process and in forked workers alike."""
    from jxcheck.engine.rules import rulebook
    jobs = discover([str(tree)]).jobs
    settings = batch.Settings()
    config = tmp_path / "off.yaml"
    config.write_text("rules:\n  TXT-01: {enabled: false}\n", encoding="utf-8")
    custom = rulebook.load([], None, config)
    rules = lambda results: sum(f.rule == "TXT-01" for r in results for f in r.findings)  # noqa: E731
    for workers in (2, 1, 2):
        assert rules(batch.run(jobs, settings, workers=2, book=custom)) == 0
        assert rules(batch.run(jobs, settings, workers=workers)) > 0


def test_every_streamed_report_reads_a_store_as_a_list(tree):
    """Large runs hand the reports a ResultStore: each format's text is the same as from a list."""
    import io
    from jxcheck.engine.report import output_file
    jobs = discover([str(tree)]).jobs
    results = list(batch.run(jobs, batch.Settings(), workers=1))
    store = ResultStore()
    for r in results:
        store.append(r)
    for fmt, write in output_file.STREAMED.items():
        from_list, from_store = io.StringIO(), io.StringIO()
        write(results, from_list, "zh")
        write(store, from_store, "zh")
        assert from_store.getvalue() == from_list.getvalue() and len(from_list.getvalue()) > 1000, fmt
    assert set(output_file.STREAMED) == {"table", "json", "csv", "md", "html"}
    store.close()
