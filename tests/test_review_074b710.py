"""Faults a code review found in the session's later changes (074b710), each on a small file (review_cases/r16b_*);
each test fails on 074b710."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file

CASES = Path(__file__).parent / "fixtures" / "review_cases"


def test_a_note_on_units_and_formulas_gives_no_reason(book):
    """注：本表金额单位为万元，预算执行率＝全年执行数÷全年预算数×100%。 under a form whose rate is 80%: BUD-07 stands."""
    result = check_file(CASES / "r16b_note_on_units_is_no_reason.txt", book)
    assert "BUD-07" in [f.rule for f in result.findings]


def test_a_typed_task_with_no_content_is_a_task_of_its_own(book):
    """优抚对象抚恤补助 | | 1120.50 | 1120.50 | 0 under a task with no amounts: a task, not the content's tail above."""
    result = check_file(CASES / "r16b_typed_task_without_content.txt", book)
    assert [t.name for t in result.form.tasks] == ["人员经费保障", "日常公用经费保障", "优抚对象抚恤补助", "烈士褒扬纪念"]


def test_a_score_ending_a_page_without_numbers_is_kept(book):
    """A cell-a-line copy printed without page numbers: the 5 before the form feed is the row's score."""
    result = check_file(CASES / "r16b_score_before_form_feed.txt", book)
    row = next(i for i in result.form.indicators if i.name == "民族团结进步创建项目成本")
    assert row.score is not None and str(row.score) == "5"
