"""A threshold changed in a config changes the message that states it (a bureau that asks for 85% must not read
"below 90%")."""
from __future__ import annotations

import pytest

from jxcheck.engine.check import check, stamp
from jxcheck.engine.findings import problem
from jxcheck.engine.model import Location
from jxcheck.engine.report import examples
from jxcheck.engine.rules import rulebook
from jxcheck.engine.schema import SchemaError

CONFIG = """
rules:
  VAL-10:
    cases:
      low: {when: {unit_kind: [percent], number_lt: 75, op: ["≥", ">", "=", none]}}
  BUD-07:
    params: {low: 执行率 < 88}
  EVAL-11:
    params:
      grades:
        - {grade: 优, when: 总分 ≥ 95}
        - {grade: 良, when: 总分 ≥ 85}
        - {grade: 中, when: 总分 ≥ 60}
        - {grade: 差, when: 总分 ≥ 0}
"""

LOW_RATE = {"base": "self_eval", "set": {"funds": [{"label": "年度资金总额", "role": "total", "printed": {
    "全年预算数": "200", "全年执行数": "172", "分值": "10", "执行率": "86%", "得分": "8.6"}}],
    "fields": {"填报日期": "2024-03-01", "填表人": "王某", "单位负责人": "李某", "存在问题": "部分灯杆锈蚀。",
               "改进措施": "分批更换老旧灯杆。"}}}
GRADE = {"base": "self_eval", "set": {"score_total": {"label": "总分", "weight": "100", "score": "92", "grade": "优"}}}


def _book(tmp_path, text=CONFIG):
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    return rulebook.load(config=path)


def _fired(form, book, rule_id, lang="zh"):
    return [f for f in check(examples.build(form), book, lang) if f.rule == rule_id]


def test_execution_threshold_in_the_message(tmp_path, book):
    (default,) = _fired(LOW_RATE, book, "BUD-07")
    assert default.message == "预算执行率低于90%（86%），请说明原因。"
    assert _fired(LOW_RATE, _book(tmp_path, "rules:\n  BUD-07:\n    params: {low: 执行率 < 85}\n"), "BUD-07") == []
    (finding,) = _fired(LOW_RATE, _book(tmp_path), "BUD-07")
    assert finding.message == "预算执行率低于88%（86%），请说明原因。"
    assert "88%" in finding.expected
    (english,) = _fired(LOW_RATE, _book(tmp_path), "BUD-07", "en")
    assert "below 88%" in english.message


def test_a_compound_condition_is_quoted(tmp_path):
    (finding,) = _fired(LOW_RATE, _book(tmp_path, "rules:\n  BUD-07:\n    params: {low: 执行率 < 90 且 执行率 > 0}\n"),
                        "BUD-07")
    assert "“执行率 < 90 且 执行率 > 0”" in finding.message


def test_grade_bands_in_the_suggestion(tmp_path, book):
    assert _fired(GRADE, book, "EVAL-11") == []  # 92 is 优 by default
    (finding,) = _fired(GRADE, _book(tmp_path), "EVAL-11")
    assert finding.message == "自评等级与总分不符（总分92应为“良”）。"
    assert finding.suggestion == "按总分确定等级：总分 ≥ 95为优；总分 ≥ 85为良；总分 ≥ 60为中；总分 ≥ 0为差。"


def test_satisfaction_floor_in_the_expectation(tmp_path, book):
    rule = _book(tmp_path).effective("VAL-10")
    assert stamp(problem("VAL-10", Location(line=1), case="low", raw="≥72%"), rule).expected == \
        "不低于75%（经验阈值，可在配置中调整）"
    assert stamp(problem("VAL-10", Location(line=1), case="low", raw="≥72%"), book.effective("VAL-10"), "en"
                 ).expected.startswith("at least 80%")


def test_a_case_text_names_only_its_own_condition(tmp_path):
    """{when_number_lt} is there for a case whose condition has number_lt, and for no other text."""
    rules = tmp_path / "local.yaml"
    head = ("rules:\n  - id: LOC-01\n    title: 满意度\n    severity: info\n    scope: indicator\n"
            "    message: 偏低\n    basis: '[H] 测试'\n    cases:\n      - name: low\n")
    rules.write_text(head + "        when: {number_lt: 85}\n        expected: '不低于{when_number_lt}%'\n", encoding="utf-8")
    assert rulebook.load([rules]).effective("LOC-01").case("low").when == {"number_lt": 85}
    rules.write_text(head + "        when: {number_gt: 85}\n        expected: '不低于{when_number_lt}%'\n", encoding="utf-8")
    with pytest.raises(SchemaError, match=r"占位符\{when_number_lt\}不可用"):
        rulebook.load([rules])


def test_english_messages_carry_no_chinese_filler(book):
    """An empty cell reads (empty) in English, and EVAL-01 names its sum in English."""
    empty = stamp(problem("STR-06", Location(line=3), n=3, raw="（空）"), book.effective("STR-06"), "en")
    assert empty.actual == "(empty)"
    weights = stamp(problem("EVAL-01", Location(line=3), a="90", b="100", label="各指标", label_en="the indicators'",
                            count=5), book.effective("EVAL-01"), "en")
    assert weights.message == "The weights must total 100 (the indicators' weights add up to 90)."
