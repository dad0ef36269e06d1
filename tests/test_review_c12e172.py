"""A second review of session 15's changes (538214f..c12e172) found four regressions on ordinary typed forms and
workbooks, each shown on a small file (review_cases/r15b_*); each test fails on c12e172."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file, check_path

CASES = Path(__file__).parent / "fixtures" / "review_cases"


def test_a_task_whose_name_holds_a_sign_off_word_is_a_task(book):
    """社保经办人员业务培训 (经办人 inside it) ended a typed task table as a sign-off line: its tasks and 金额合计 became
    header fields."""
    result = check_file(CASES / "r15b_task_named_with_signoff_word.txt", book)
    assert len(result.form.tasks) == 3 and result.form.total is not None


def test_a_header_sheet_that_cites_its_basis_is_no_instructions_sheet(book):
    """立项依据 根据《…》 and a goal that starts 按照… made a workbook's header sheet an instructions sheet: the header
    thrown away, a false FORM-04 sent the form back."""
    result = check_file(CASES / "r15b_header_sheet_with_basis.xlsx", book)
    assert "FORM-04" not in {f.rule for f in result.findings} and result.verdict != "退回"


def test_a_second_form_on_an_untitled_sheet_is_its_own(book):
    """A self-evaluation's bare table beside its target form, and two projects' bare tables, were joined to the
    sheet before as its continuation (false STR-08 on indicators 'set twice')."""
    assert len(check_path(CASES / "r15b_target_and_self_evaluation.xlsx", book)) == 2
    assert len(check_path(CASES / "r15b_two_bare_tables.xlsx", book)) == 2


def test_a_unit_cost_that_names_no_thing_of_its_own_pairs_with_the_count(book):
    """补助标准 1000元/人 with 受助学生数 1200人 (120万 over a 50万 budget): the names share no two characters, and the
    BUD-04 was lost."""
    result = check_file(CASES / "r15b_unit_cost_without_subject.txt", book)
    assert "BUD-04" in {f.rule for f in result.findings}
