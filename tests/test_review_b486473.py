"""A code review of the session's doubt and reading changes (ffe636d..b486473, repro files review_cases/r14_*):
nine faults, each mended. Each test fails on b486473."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file

CASES = Path(__file__).parent / "fixtures" / "review_cases"


def _found(name: str, book) -> set[tuple[str, int | None]]:
    return {(f.rule, f.location.line) for f in check_file(CASES / f"r14_{name}.txt", book).findings}


def _verdict_rules(name: str, book) -> list[str]:
    return [f.rule for f in check_file(CASES / f"r14_{name}.txt", book).findings]


def test_a_copys_flat_table_or_missing_level2_is_the_forms_not_a_cut(book):
    """A flat table (三级指标 | 指标值) or one with no 二级 column is what the form holds: its first row's real
    placeholder (STR-06, an error) stood, and the note 'STR-01…07 did not run' too; folding them into the copy's
    doubt hid both."""
    assert {("STR-06", 8), ("FORM-03", 7)} <= _found("flat_copy", book)
    assert ("STR-06", 9) in _found("wps_no_level2", book)


def test_sign_off_values_below_their_labels_only_on_a_viewers_copy(book):
    """A typed row 单位负责人：王五 | 填报人： | 审核： | 填报日期：… took 审核 for the preparer's name: DATE-04 was lost."""
    assert ("DATE-04", None) in _found("signed_typed", book)


def test_a_level_name_wrapped_onto_its_own_line_is_joined(book):
    """社会 / 效益指标, 经济 / 成本指标: a level's name wrapped in a viewer's copy is one name, not a lone label."""
    assert ("DATE-01", 10) in _found("level_tail", book) and ("DATE-01", 9) in _found("level_tail_cost", book)


def test_a_one_character_value_that_is_a_value_is_no_cut(book):
    """长效管护机制 | 有: a yes/no value, not a name's last character — the whole table had been put in doubt."""
    assert {("DATE-01", 10), ("VAL-05", 11)} <= _found("value_you", book)


def test_a_lone_label_holds_back_only_the_rows_beside_it(book):
    """时效指标 alone on line 11, blank lines, then a row on line 16: the row five lines off lost its VAL-09."""
    assert ("VAL-09", 16) in _found("far_group", book)


def test_a_levels_checks_held_back_beside_its_empty_group_are_named(book):
    """产出指标（50分） with its 质量指标 read empty: STR-07 on 产出指标 held back whatever the label's weight, and the
    note names it."""
    result = check_file(CASES / "r14_level_weight.txt", book)
    assert ("STR-07", "quality") not in {(f.rule, f.case) for f in result.findings}
    (note,) = [f for f in result.findings if f.rule == "FORM-03" and f.case == "copied"]
    assert "STR-07" in note.message


def test_a_fewer_is_better_score_at_or_below_zero(book):
    """≤-1% missed (-0.5%, 1%): no ratio gives a share (was: 应为30分, 应为-30分); ≤0% met with 0%: full marks."""
    assert "EVAL-03" not in _verdict_rules("eval3_neg_missed", book)
    assert "EVAL-03" not in _verdict_rules("eval3_neg_far", book)
    assert "EVAL-03" in _verdict_rules("eval3_zero_zero", book)
