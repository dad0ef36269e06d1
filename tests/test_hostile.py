"""The hostile set: inputs and situations that once lost data, ran away with the machine, lost a batch, or
spoke the wrong language. Each runs the real command in a process of its own; memory is bounded with
resource limits (never a wall-clock assertion)."""
from __future__ import annotations

import hashlib
import json
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import FORMS, REFERENCE
from template_forms import template_grid, write_docx, write_xlsx

FRAGMENT = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人次\t≥300人次\n"
CJK = re.compile(r"[\u4e00-\u9fff]")


def jx(*args: str, memory_mb: int | None = None, stdin: str | None = None, cwd: Path | None = None,
       prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    """`jxcheck ARGS` in its own process, its address space capped at `memory_mb`."""
    def limit() -> None:
        if memory_mb:
            resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))
    return subprocess.run([*prefix, sys.executable, "-m", "jxcheck", *args], capture_output=True, text=True,
                          input=stdin, preexec_fn=limit, cwd=cwd, timeout=300)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def workbook(tmp_path_factory) -> Path:
    from jxcheck.engine.readers import read
    return write_xlsx(template_grid(read(REFERENCE).form), tmp_path_factory.mktemp("wb") / "表.xlsx")


# -- 1, 2: data loss ------------------------------------------------------------------------------------------
def test_a_report_never_overwrites_an_input(tmp_path, workbook):
    form = shutil.copy(workbook, tmp_path / "in.xlsx")
    text = shutil.copy(REFERENCE, tmp_path / "in.txt")
    before = {p: digest(p) for p in (form, text)}
    for args in (["validate", str(form), "--format", "xlsx", "-o", str(form)],
                 ["validate", str(text), "-o", str(text)],
                 ["validate", str(tmp_path), "-o", "./in.txt"],
                 ["convert", str(text), "-o", str(text)]):
        result = jx(*args, cwd=tmp_path)
        assert result.returncode == 2 and "不能用报告覆盖" in one_line(result)
    (tmp_path / "link.txt").symlink_to(text)
    assert jx("validate", str(tmp_path / "link.txt"), "-o", str(text)).returncode == 2
    assert {p: digest(p) for p in before} == before


def test_annotated_copies_never_land_on_an_input(tmp_path, workbook):
    """`validate out_批注/ -o out.xlsx` would write the annotated copy over the form it annotates."""
    folder = tmp_path / "out_批注"
    folder.mkdir()
    form = shutil.copy(workbook, folder / "表.xlsx")
    before = digest(form)
    result = jx("validate", str(folder), "-o", str(tmp_path / "out.xlsx"))
    assert result.returncode == 2 and "批注副本" in one_line(result)
    assert digest(form) == before and not (tmp_path / "out.xlsx").exists()


def test_an_interrupted_run_keeps_the_last_report_and_leaves_no_worker(tmp_path, workbook):
    tree = tmp_path / "tree"
    tree.mkdir()
    for n in range(400):
        shutil.copy(workbook if n % 2 else REFERENCE, tree / f"{n:03d}{'.xlsx' if n % 2 else '.txt'}")
    report = tmp_path / "r.xlsx"
    report.write_bytes(b"the previous report")
    # Ctrl-C as a person's terminal gives it: a run started from a shell's background job (make test in `( … &)`)
    # inherits SIGINT ignored, and a process that ignores it at start keeps ignoring it (as POSIX asks)
    run = subprocess.Popen([sys.executable, "-m", "jxcheck", "validate", str(tree), "-o", str(report), "--jobs", "2"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    workers = _children(run.pid, wait_for=2)
    run.send_signal(signal.SIGINT)
    _, err = run.communicate(timeout=60)
    assert run.returncode == 130 and "已中断" in err and "Traceback" not in err, err
    assert "未写入报告" in err and "r.xlsx保持不变" in err
    assert report.read_bytes() == b"the previous report"
    assert not [p for p in tmp_path.rglob("*.part")] and not (tmp_path / "r_批注").exists()
    assert _gone(workers)


def test_a_report_is_replaced_whole_or_not_at_all(tmp_path):
    from jxcheck.engine.report.output_file import replacing
    target = tmp_path / "r.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt):
        with replacing(target) as temporary:
            temporary.write_text("half", encoding="utf-8")
            raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "old" and list(tmp_path.iterdir()) == [target]
    with replacing(target) as temporary:
        temporary.write_text("new", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "new" and list(tmp_path.iterdir()) == [target]


# -- 3, 4, 5: runaway resources -------------------------------------------------------------------------------
def test_workers_are_capped_at_cores_and_files():
    from jxcheck.engine.batch import workers_for
    cores = os.cpu_count() or 1
    assert workers_for(100_000, 23) == min(cores, 23) and workers_for(100_000, 1) == 1 and workers_for(0, 50) == cores


def test_a_huge_jobs_value_runs_within_a_memory_limit(tmp_path):
    for n in range(6):
        shutil.copy(REFERENCE, tmp_path / f"{n}.txt")
    result = jx("validate", str(tmp_path), "--jobs", "100000", "--format", "json", memory_mb=1024)
    assert result.returncode == 1 and json.loads(result.stdout)["summary"]["files"] == 6


def test_workers_end_when_their_parent_is_killed(tmp_path):
    for n in range(300):
        shutil.copy(REFERENCE, tmp_path / f"{n:03d}.txt")
    run = subprocess.Popen([sys.executable, "-m", "jxcheck", "validate", str(tmp_path), "--jobs", "2"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers = _children(run.pid, wait_for=2)
    run.kill()
    run.wait()
    assert _gone(workers)


def _children(pid: int, wait_for: int) -> list[int]:
    """The pids of a process's children, once there are `wait_for` of them (its workers)."""
    for _ in range(400):
        try:
            found = [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        except OSError:
            found = []
        if len(found) >= wait_for:
            return found
        time.sleep(0.05)
    pytest.fail("the run started no workers")


def _gone(pids: list[int]) -> bool:
    for _ in range(100):  # workers look for their parent every half second
        alive = [p for p in pids if Path(f"/proc/{p}").exists() and "zombie" not in _state(p)]
        if not alive:
            return True
        time.sleep(0.1)
    return False


def _state(pid: int) -> str:
    try:
        return next(line for line in Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("State"))
    except (OSError, StopIteration):
        return "zombie"


def _bomb(path: Path, member: str, megabytes: int, lie: bool = False) -> Path:
    """A zip whose `member` inflates to `megabytes` MB of XML whitespace: about 1 MB on disk per GB."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open(member, "w", force_zip64=True) as out:
            out.write(b"<worksheet><sheetData>")
            block = b" " * (1 << 20)
            for _ in range(megabytes):
                out.write(block)
            out.write(b"</sheetData></worksheet>")
    if lie:  # the directory says the member is small: only a counted inflate can tell
        data = bytearray(path.read_bytes())
        central = data.rfind(b"PK\x01\x02" + data[data.find(b"PK\x01\x02") + 4:data.find(b"PK\x01\x02") + 6])
        start = data.find(member.encode(), central) - 46
        data[start + 24:start + 28] = (4096).to_bytes(4, "little")
        path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("name, member, lie", [("炸弹.xlsx", "xl/worksheets/sheet1.xml", False),
                                               ("炸弹.docx", "word/document.xml", False),
                                               ("说谎.xlsx", "xl/worksheets/sheet1.xml", True)])
def test_a_zip_bomb_is_refused_under_512_mb(tmp_path, name, member, lie):
    bomb = _bomb(tmp_path / name, member, 600, lie)
    assert bomb.stat().st_size < 2 << 20
    result = jx("validate", str(bomb), "--format", "json", memory_mb=512)
    assert result.returncode == 2, result.stderr
    (entry,) = json.loads(result.stdout)["results"]
    assert entry["findings"][0]["rule"] == "FORM-01" and "压缩" in entry["findings"][0]["actual"]


def test_a_huge_text_file_is_refused_not_read_for_a_minute(tmp_path):
    rows = REFERENCE.read_text(encoding="utf-8").split("\n")[35:100]
    huge = tmp_path / "巨大.txt"
    huge.write_text("\n".join(rows * 3000), encoding="utf-8")
    result = jx("validate", str(huge), "--format", "json", memory_mb=1024)
    (entry,) = json.loads(result.stdout)["results"]
    assert result.returncode == 2 and entry["findings"][0]["rule"] == "FORM-01"
    assert "行数过多" in entry["findings"][0]["actual"]


def test_findings_of_one_rule_are_capped_and_the_rest_counted(tmp_path):
    lines = REFERENCE.read_text(encoding="utf-8").split("\n")
    row = "\t满意度指标\t满意度指标\t满意度{n}"  # as line 110: a name and no value
    many = tmp_path / "many.txt"
    many.write_text("\n".join(lines[:110] + [row.format(n=n) for n in range(250)] + lines[110:]), encoding="utf-8")
    result = jx("validate", str(many), "--format", "json")
    findings = json.loads(result.stdout)["results"][0]["findings"]
    str06 = [f for f in findings if f["rule"] == "STR-06"]
    assert len(str06) == 101 and str06[-1]["actual"] == "151" and "另有151处STR-06问题" in str06[-1]["message"]


# -- 6, 7, 8: one bad place must not lose the batch -----------------------------------------------------------
def _no_override() -> tuple[str, ...]:
    """A command prefix that takes away root's power to read what it may not (the permission cases)."""
    if os.geteuid() != 0:
        return ()
    if not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return ("setpriv", "--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search")


def test_an_unreadable_folder_is_an_entry_and_the_rest_is_reported(tmp_path):
    tree = tmp_path / "tree"
    (tree / "县A").mkdir(parents=True)
    (tree / "县B").mkdir()
    shutil.copy(REFERENCE, tree / "县A" / "a.txt")
    shutil.copy(REFERENCE, tree / "县B" / "b.txt")
    (tree / "县B").chmod(0)
    try:
        result = jx("validate", str(tree), "--format", "json", prefix=_no_override())
    finally:
        (tree / "县B").chmod(0o755)
    doc = json.loads(result.stdout)
    assert result.returncode == 2 and doc["summary"]["files"] == 2
    entries = {Path(r["path"]).name: r for r in doc["results"]}
    assert entries["a.txt"]["indicators"] == 72
    assert entries["县B"]["findings"][0]["rule"] == "FORM-01" and "没有权限" in entries["县B"]["findings"][0]["actual"]
    assert "Traceback" not in result.stderr


def test_links_are_followed_once_and_every_skip_is_said(tmp_path):
    tree = tmp_path / "tree"
    (tree / "县A").mkdir(parents=True)
    shutil.copy(REFERENCE, tree / "县A" / "a.txt")
    outside = tmp_path / "外部"
    outside.mkdir()
    shutil.copy(REFERENCE, outside / "b.txt")
    (tree / "链接县").symlink_to(outside, target_is_directory=True)
    (tree / "县A" / "回环").symlink_to(tree, target_is_directory=True)
    (tree / "断链.txt").symlink_to(tmp_path / "不存在.txt")
    result = jx("validate", str(tree), "--format", "json")
    doc = json.loads(result.stdout)
    names = sorted(Path(r["path"]).name for r in doc["results"])
    assert names == ["a.txt", "b.txt", "断链.txt"]
    broken = next(r for r in doc["results"] if r["path"].endswith("断链.txt"))
    assert broken["findings"][0]["rule"] == "FORM-01" and "不存在" in broken["findings"][0]["actual"]
    assert "回环" in result.stderr and "已跳过" in result.stderr


@pytest.mark.parametrize("report", ["报告.xlsx", "report.json", "r.csv", "r.md", "r.html", "r.txt"])
def test_a_report_in_the_tree_is_not_read_back_as_a_form(tmp_path, workbook, report):
    tree = tmp_path / "tree"
    tree.mkdir()
    shutil.copy(REFERENCE, tree / "a.txt")
    shutil.copy(workbook, tree / "b.xlsx")
    assert jx("validate", str(tree), "-o", str(tree / report)).returncode == 1
    renamed = tree / ("旧" + report)
    (tree / report).rename(renamed)  # another run's name: known by content, not by name
    if (tree / (Path(report).stem + "_批注")).exists():
        (tree / (Path(report).stem + "_批注")).rename(tree / "旧批注")
    result = jx("validate", str(tree), "--format", "json")
    doc = json.loads(result.stdout)
    assert doc["summary"]["files"] == 2, [r["path"] for r in doc["results"]]
    if renamed.suffix in (".xlsx", ".json", ".csv", ".txt"):  # .md and .html are never read as forms
        assert renamed.name in result.stderr and "已跳过" in result.stderr


def test_the_same_file_given_three_times_is_checked_once(tmp_path):
    form = shutil.copy(REFERENCE, tmp_path / "a.txt")
    result = jx("validate", str(form), str(form), f"{tmp_path}/./a.txt", "--format", "json")
    assert json.loads(result.stdout)["summary"]["files"] == 1 and result.stderr.count("已跳过") == 2


# -- 9, 10: wrong verdicts --------------------------------------------------------------------------------------
@pytest.mark.parametrize("invisible", ["\u00a0", "\u200b", "\ufeff", "\u3000"])
def test_invisible_characters_in_a_value_are_not_an_error(tmp_path, invisible):
    lines = REFERENCE.read_text(encoding="utf-8").split("\n")
    lines[41] = lines[41].replace("≤600份", f"≤600{invisible}份")
    path = tmp_path / "f.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    findings = json.loads(jx("validate", str(path), "--format", "json").stdout)["results"][0]["findings"]
    assert not [f for f in findings if f["rule"] in ("VAL-01", "VAL-02") and f["location"]["line"] == 42]


def test_parse_value_ignores_a_bom_at_the_start_of_stdin():
    out = jx("parse-value", "--json", "-", stdin="\ufeff≥10期\n≥5\u00a0人\n").stdout.splitlines()
    assert [(json.loads(x)["kind"], json.loads(x)["unit"]) for x in out] == [("quantity", "期"), ("quantity", "人")]


def test_a_fragment_without_any_header_cannot_pass(tmp_path):
    path = tmp_path / "片段.txt"
    path.write_text(FRAGMENT, encoding="utf-8")
    result = jx("validate", str(path), "--format", "json")
    entry = json.loads(result.stdout)["results"][0]
    assert result.returncode == 1 and entry["verdict"] == "退回"
    (form04,) = [f for f in entry["findings"] if f["rule"] == "FORM-04"]
    assert form04["severity"] == "error"


# -- 11, 12, 13: clear words ------------------------------------------------------------------------------------
def test_the_output_s_name_chooses_the_format(tmp_path):
    out = tmp_path / "r.xlsx"
    assert jx("validate", str(REFERENCE), "-o", str(out)).returncode == 1
    assert zipfile.is_zipfile(out)
    result = jx("validate", str(REFERENCE), "--format", "json", "-o", str(tmp_path / "r2.xlsx"))
    assert result.returncode == 2 and "扩展名" in one_line(result)


def test_a_workbook_or_exported_text_named_xls_is_read(tmp_path, workbook):
    shutil.copy(workbook, tmp_path / "其实是xlsx.xls")
    text = REFERENCE.read_text(encoding="utf-8")
    (tmp_path / "导出.xls").write_bytes(text.encode("gb18030"))
    doc = json.loads(jx("validate", str(tmp_path), "--format", "json").stdout)
    assert [r["indicators"] for r in doc["results"]] == [72, 72]


def test_a_full_disk_is_one_line_in_the_user_s_language():
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    for lang, words in (("zh", "磁盘空间不足"), ("en", "no space left")):
        for fmt in ("xlsx", "json"):
            result = jx("validate", str(REFERENCE), "--format", fmt, "-o", "/dev/full", "--lang", lang)
            line = one_line(result)
            assert result.returncode == 2 and words in line, line
            assert lang == "zh" or not CJK.search(line.replace(str(REFERENCE), ""))


@pytest.mark.parametrize("args", [["validate", str(REFERENCE), "--jobs", "abc"],
                                  ["validate", str(REFERENCE), "extra", "--bogus"],
                                  ["validate", str(REFERENCE), "--output"],
                                  ["rules", "unexpected"], ["nonsense"], []])
def test_click_s_own_messages_are_ours_in_both_languages(args):
    for lang in ("zh", "en"):
        result = jx(*args[:1], "--lang", lang, *args[1:])
        line = one_line(result) if result.returncode == 2 else result.stdout
        english = not CJK.search(line)
        assert english == (lang == "en"), line
        assert "Usage:" not in result.stderr or lang == "en"


def test_help_names_choices_examples_and_exit_codes():
    zh, en = jx("validate", "--help").stdout, jx("validate", "--help", "--lang", "en").stdout
    for words in (("用法：", "table、json、csv", "示例", "退出码", "130", "显示帮助"),):
        assert all(w in zh for w in words), zh
    assert all(w in en for w in ("Usage:", "table, json, csv", "Examples", "Exit codes", "Show this message"))
    assert not CJK.search(re.sub(r"jxcheck validate \S+", "", en).replace("表", ""))


@pytest.mark.parametrize("kind", ["waivers", "rules", "config"])
def test_a_broken_yaml_file_is_one_line(tmp_path, kind):
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules: [\n  - id: X\n  oops: : :\n", encoding="utf-8")
    for lang in ("zh", "en"):
        line = one_line(jx("validate", str(REFERENCE), f"--{kind}", str(bad), "--lang", lang))
        assert "bad.yaml" in line and ("YAML格式错误" in line if lang == "zh" else "YAML syntax error" in line)


def test_an_empty_rule_file_and_a_schema_error_speak_the_user_s_language(tmp_path):
    assert "空文件" in one_line(jx("validate", str(REFERENCE), "--rules", "/dev/null"))
    config = tmp_path / "c.yaml"
    config.write_text("rules:\n  STR-07: {severity: fatal}\n", encoding="utf-8")
    line = one_line(jx("validate", str(REFERENCE), "--config", str(config), "--lang", "en"))
    assert "STR-07" in line and not CJK.search(line), line


# -- 14: a goal's finding at the goal's cell -----------------------------------------------------------------------
def test_goal_findings_point_at_the_goal_cell(workbook):
    doc = json.loads(jx("validate", str(workbook), "--format", "json").stdout)
    cells = [f["location"]["cell"] for f in doc["results"][0]["findings"] if f["rule"] == "TXT-01"]
    text = json.loads(jx("validate", str(REFERENCE), "--format", "json").stdout)
    expected = sum(f["rule"] == "TXT-01" for f in text["results"][0]["findings"])
    assert expected >= 4 and len(cells) == expected == len(set(cells))
    assert all(c.startswith("B") for c in cells)


def test_word_goal_findings_point_at_the_goal_cell(tmp_path):
    from jxcheck.engine.readers import read
    path = write_docx(template_grid(read(REFERENCE).form), tmp_path / "表.docx")
    doc = json.loads(jx("validate", str(path), "--format", "json").stdout)
    columns = {f["location"]["column"] for f in doc["results"][0]["findings"] if f["rule"] == "TXT-01"}
    assert columns == {2}


# -- a pipe or a device named as a form; a home whose cache cannot be written -------------------------------------
@pytest.mark.parametrize("name", ["fifo", "/dev/zero"])
def test_a_pipe_or_a_device_is_a_file_that_cannot_be_read(tmp_path, name):
    path = tmp_path / "表.txt" if name == "fifo" else Path(name)
    if name == "fifo":
        os.mkfifo(path)
    result = subprocess.run([sys.executable, "-m", "jxcheck", "validate", str(path), "--format", "json"],
                            capture_output=True, text=True, timeout=60)
    doc = json.loads(result.stdout)
    assert result.returncode == 2 and [f["rule"] for f in doc["results"][0]["findings"]] == ["FORM-01"]
    assert "不是普通文件" in one_line(result)


def test_an_unwritable_home_only_costs_the_cache(tmp_path):
    home = tmp_path / "home"
    home.mkdir(mode=0o500)
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}
    result = subprocess.run([*_no_override(), sys.executable, "-m", "jxcheck", "validate", str(REFERENCE)],
                            capture_output=True, text=True, env=env, timeout=120)
    usual = subprocess.run([sys.executable, "-m", "jxcheck", "validate", str(REFERENCE)], capture_output=True,
                           text=True, env={**os.environ}, timeout=120)
    assert (result.returncode, result.stdout) == (usual.returncode, usual.stdout) and "结论：" in result.stdout
