"""A local finance bureau's rules, in YAML alone: the shipped example loads and works."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file
from jxcheck.engine.rules import rulebook

from conftest import REFERENCE

EXAMPLE = Path(__file__).parent.parent / "rules" / "examples" / "local-bazhou.yaml"


def test_local_rules_add_to_the_builtin_ones():
    book = rulebook.load([EXAMPLE])
    assert {"BZ-01", "BZ-02", "BZ-03"} <= set(book.rules) and "STR-06" in book.rules
    found = {(f.rule, f.location.line) for f in check_file(REFERENCE, book).findings if f.rule.startswith("BZ")}
    # ≥70% and ≥80% are below the local 85%; 不断提升 is not in the local graded list; the training
    # cost indicator (88.23) matches the training task's budget, so BZ-03 is silent
    assert found == {("BZ-01", 112), ("BZ-01", 114), ("BZ-02", 106)}


def test_local_sum_check_fires_on_a_mismatch(variant):
    book = rulebook.load([EXAMPLE])
    path = variant({89: "成本指标\t市场监管系统培训成本控制数\t≤80万元"})
    (bz03,) = [f for f in check_file(path, book).findings if f.rule == "BZ-03"]
    assert bz03.message == "培训类成本指标合计80万元与培训任务预算88.23万元不一致（差8.23万元）。"


def test_example_config_and_waivers_work():
    from test_cli import invoke
    import json
    examples = EXAMPLE.parent
    doc = json.loads(invoke(["validate", str(REFERENCE), "--format", "json",
                             "--config", str(examples / "config-example.yaml"),
                             "--waivers", str(examples / "waivers-example.yaml")]).stdout)
    findings = doc["results"][0]["findings"]
    assert not [f for f in findings if f["rule"] == "DATE-04"]
    assert {f["severity"] for f in findings if f["rule"] == "VAL-04"} == {"info"}
    (bud05,) = [f for f in findings if f["rule"] == "BUD-05"]
    assert bud05["waived"].startswith("张审核 2026-11-20")
    assert doc["summary"]["waived"] == 1


def test_a_rule_that_fails_is_form05(tmp_path):
    """A check that raises never passes the form: FORM-05 names the rule (an error)."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("rules:\n  - id: LOC-09\n    title: 坏规则\n    severity: info\n    scope: indicator\n"
                      "    where: {unit_kind: [money]}\n"
                      "    check: {kind: cost_within_budget, tolerance: 不是数字}\n"
                      "    message: x\n    basis: '[H] 测试'\n", encoding="utf-8")
    book = rulebook.load([broken])
    result = check_file(REFERENCE, book)
    (failed,) = [f for f in result.findings if f.rule == "FORM-05"]
    assert failed.severity.label == "error" and "LOC-09" in failed.message and result.verdict == "退回"


def test_load_time_mistakes_name_file_rule_and_key(tmp_path):
    from jxcheck.engine.schema import SchemaError
    import pytest
    typo = tmp_path / "typo.yaml"
    typo.write_text("rules:\n  - id: LOC-03\n    title: 占位符拼错\n    severity: info\n    scope: indicator\n"
                    "    message: '{nmae}设置有误'\n    basis: '[H] 测试'\n", encoding="utf-8")
    with pytest.raises(SchemaError, match=r"规则 LOC-03 › message：占位符\{nmae\}不可用"):
        rulebook.load([typo])
    config = tmp_path / "config.yaml"
    config.write_text("rules:\n  STR-07: {params: {totl: 5}}\n", encoding="utf-8")
    with pytest.raises(SchemaError, match=r"config.yaml：规则 STR-07 › check › totl：检查方式min_indicators没有这个参数"):
        rulebook.load(config=config)


def test_waiver_for_an_unknown_rule_is_refused(tmp_path):
    from test_cli import invoke
    waivers = tmp_path / "w.yaml"
    waivers.write_text("waivers:\n  - {form: x.txt, rule: BUD-99, reviewer: 张, date: 2026-01-01, reason: 测试}\n",
                       encoding="utf-8")
    result = invoke(["validate", str(REFERENCE), "--waivers", str(waivers)])
    assert result.exit_code == 2 and "豁免中的规则BUD-99不存在" in result.stderr


def test_malformed_cross_check_is_refused_at_load(tmp_path):
    from jxcheck.engine.schema import SchemaError
    import pytest
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - id: LOC-10\n    title: 坏核对\n    severity: info\n    scope: form\n"
                   "    check: {kind: sum_equals, compare: [{left: {of: nowhere}, right: {of: tasks}}]}\n"
                   "    where: {}\n    message: x\n    basis: '[H] 测试'\n", encoding="utf-8")
    with pytest.raises(SchemaError, match="规则 LOC-10 › check › compare › 第1项 › left › of"):
        rulebook.load([bad])
    odd = tmp_path / "odd.yaml"
    odd.write_text("rules:\n  - id: LOC-11\n    title: 阈值\n    severity: info\n    scope: indicator\n"
                   "    where: {number_gt: abc}\n    message: x\n    basis: '[H] 测试'\n", encoding="utf-8")
    with pytest.raises(SchemaError, match="number_gt”的参数应为数字"):
        rulebook.load([odd])


def _rule_file(tmp_path, name: str, body: str) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text("rules:\n  - id: LOC-20\n    title: 本地规则\n    severity: info\n" + body
                    + "    basis: '[H] 测试'\n", encoding="utf-8")
    return path


def test_a_scope_no_check_kind_works_on_is_refused_at_load(tmp_path):
    """A local rule that would load and never fire is refused, in one line naming file, rule and key."""
    from jxcheck.engine.schema import SchemaError
    import pytest
    unknown = _rule_file(tmp_path, "group", "    scope: group\n    message: x\n")
    with pytest.raises(SchemaError, match=r"group.yaml：rules › 规则 LOC-20 › scope"):
        rulebook.load([unknown])
    unsupported = _rule_file(tmp_path, "form", "    scope: form\n    where: {value_kind: [missing]}\n    message: x\n")
    with pytest.raises(SchemaError, match=r"form.yaml：规则 LOC-20 › scope：检查方式each不支持范围“form”"):
        rulebook.load([unsupported])


def test_a_message_naming_a_value_its_problem_lacks_is_form05_not_blank(tmp_path, variant):
    """{label} is a value parts_sum gives on the funds table, not on a task: said as FORM-05, never as blank text."""
    line = REFERENCE.read_text(encoding="utf-8").split("\n")[8]
    path = variant({9: line.replace("\t4471.71\t4471.71", "\t4471.81\t4471.71")})
    book = rulebook.load([_rule_file(tmp_path, "blank", "    scope: task\n    check: {kind: parts_sum, parts: [fiscal]}\n"
                                     "    message: '任务“{task}”{label}不符'\n")])
    findings = check_file(path, book).findings
    assert not [f for f in findings if f.rule == "LOC-20"]
    (broken,) = [f for f in findings if f.rule == "FORM-05"]
    assert "LOC-20" in broken.message and "{label}" in broken.message and broken.location.line == 9


def test_a_task_sum_rule_does_not_read_the_funds_table(tmp_path, variant):
    """parts_sum checks the tasks unless `of` names the funds table too (BUD-01 does)."""
    local = _rule_file(tmp_path, "tasks", "    scope: task\n    check: {kind: parts_sum, parts: [fiscal]}\n"
                       "    message: 任务“{task}”{a}≠{b}\n")
    book = rulebook.load([local])
    project = Path(__file__).parent / "fixtures" / "forms" / "006_chizhou_guichi_tangxi_weituoyewu_2022.txt"
    findings = check_file(project, book).findings
    assert [f.rule for f in findings if f.rule == "BUD-01"]  # the funds table's 0/0/0 total line
    assert not [f for f in findings if f.rule == "LOC-20"]


def test_a_key_written_twice_is_refused_not_half_applied(tmp_path):
    """YAML keeps the last of two equal keys silently: a rule's first `where` would vanish unseen."""
    from jxcheck.engine.schema import SchemaError
    import pytest
    twice = _rule_file(tmp_path, "twice", "    scope: indicator\n    where: {value_kind: [missing]}\n"
                       "    where: {value_kind: [quantity]}\n    message: x\n")
    with pytest.raises(SchemaError, match=r"twice.yaml：键“where”重复（第7行"):
        rulebook.load([twice])
