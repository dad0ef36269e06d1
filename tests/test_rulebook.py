"""Meta-tests on the rule packs: ids, placeholders, profiles, schema errors, the README table."""
from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from jxcheck.engine.report import rule_list
from jxcheck.engine.rules import rulebook
from jxcheck.engine.rules.registry import CHECKS
from jxcheck.engine.rules.rule import case_values
from jxcheck.engine.schema import SchemaError

ROOT = Path(__file__).parent.parent
CATALOGUE_IDS = ({f"FORM-0{i}" for i in range(1, 6)} | {f"STR-{i:02d}" for i in range(1, 11)}
                 | {f"VAL-{i:02d}" for i in range(1, 13)} | {f"DATE-0{i}" for i in range(1, 5)}
                 | {f"BUD-{i:02d}" for i in range(1, 11)} | {f"TXT-0{i}" for i in range(1, 6)}
                 | {f"EVAL-{i:02d}" for i in range(1, 13)} | {f"REV-0{i}" for i in range(1, 6)})
def test_ids_unique_and_from_catalogue(book):
    assert set(book.rules) <= CATALOGUE_IDS


def test_every_check_kind_exists(book):
    for rule in book.rules.values():
        assert rule.kind in CHECKS, rule.id


@pytest.mark.parametrize("rule_id", sorted(rulebook.load().rules))
def test_message_placeholders_exist(rule_id, book):
    rule = book.get(rule_id)
    available = CHECKS[rule.kind].provides
    texts = [(t, available) for t in rule.texts.values()]
    texts += [(t, available | case_values(c).keys()) for c in rule.cases for t in c.texts.values()]
    for text, names_allowed in texts:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name}
        assert names <= names_allowed, (rule_id, names - names_allowed)


def test_every_profile_loads():
    for name in ("legacy", "central-2021"):
        book = rulebook.load(profile=name)
        assert book.cached_rules(name)


def test_unknown_profile_is_one_line():
    with pytest.raises(SchemaError, match="未知的规则配置“nope”"):
        rulebook.load(profile="nope")


def test_rule_file_mistake_names_file_rule_and_key(tmp_path):
    bad = tmp_path / "local.yaml"
    bad.write_text("rules:\n  - id: LOC-01\n    title: 本地规则\n    severity: fatal\n    scope: indicator\n"
                   "    message: x\n    basis: '[H] 本地'\n", encoding="utf-8")
    with pytest.raises(SchemaError) as exc:
        rulebook.load([bad])
    assert str(exc.value).startswith(f"{bad}：")
    assert "规则 LOC-01 › severity：不允许的值fatal" in str(exc.value)


@pytest.mark.parametrize("rule_id, extra, error", [
    ("LOC-02", "    where: {levl1: [产出指标]}\n", "规则 LOC-02 › where: 未知的条件“levl1”"),
    ("STR-06", "", "STR-06 重复定义"),
])
def test_local_rule_file_mistakes(rule_id, extra, error, tmp_path):
    bad = tmp_path / "local.yaml"
    bad.write_text(f"rules:\n  - id: {rule_id}\n    title: 本地规则\n    severity: info\n    scope: indicator\n"
                   f"{extra}    message: x\n    basis: '[H] 本地'\n", encoding="utf-8")
    with pytest.raises(SchemaError, match=error):
        rulebook.load([bad])


def test_the_messages_that_name_rules_that_did_not_run_name_them_all(book):
    """FORM-03 says which rules a partial file skips, and which a table without 一级/二级 skips: the lists are
    the rules whose `requires` name it."""
    import re
    form03 = book.get("FORM-03")
    for case, needs in (("partial", {"complete", "signed"}), ("partial_tail", {"signed"}), ("flat", {"levels"})):
        named = set(re.findall(r"[A-Z]+-\d+", form03.case(case).texts["message"]))
        assert named == {r.id for r in book.rules.values() if needs & set(r.requires)}, case


@pytest.mark.parametrize("param, words", [
    ("tolerance: abc", "tolerance：应为不小于0的数"), ("tolerance: '-1'", "tolerance：应为不小于0的数"),
    ("positive: 分值 ≥ 1", "应得出一个数值"), ("accept: 得分 + 1", "应得出一个条件"),
    ("positive: 分值 ×", "无法解析"), ("positive: \"__import__('os')\"", "无法解析"), ("positive: 分值 × 完成率", "完成率"),
])
def test_a_formula_a_bureau_writes_wrong_is_refused_at_load(tmp_path, param, words):
    import subprocess
    import sys
    config = tmp_path / "c.yaml"
    config.write_text(f"rules:\n  EVAL-03:\n    params:\n      {param}\n", encoding="utf-8")
    from conftest import FORMS
    result = subprocess.run([sys.executable, "-m", "jxcheck", "validate", str(FORMS.parent / "self_eval" / "clean.txt"),
                             "--config", str(config)], capture_output=True, text=True, timeout=60)
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and words in lines[0] and "EVAL-03" in lines[0], result.stderr
