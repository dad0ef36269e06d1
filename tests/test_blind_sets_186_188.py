"""Session 23: blind sets 186–188's false findings, mended. Each test fails on 9bfc1c7 (the commit the sets were
judged at) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def test_a_sentence_above_a_cell_a_line_header_is_no_column_label(book):
    """2949 (WPS viewer), 2950 (Foxit), 2946, 2948 (plain pdftotext): 实际完成情况：完成人工造林3.62万亩，… / 一级指标 / … /
    实际完成值 — a goal's result, a sentence, is no 实际完成值 label of the header: each row's 完成值 read in its column (no
    false EVAL-05 ×16, no false FORM-03)."""
    for number in ("2949", "2950", "2946", "2948"):
        result = check_file(_one(number), book)
        assert all(i.actual for i in result.form.indicators), number
        assert not {"EVAL-05", "FORM-03"} & {f.rule for f in result.findings}, number


def test_a_lower_grade_is_better_for_a_quality_grade(book):
    """2946: 耕地质量平均等级 ≤3.5等 — 一等 the best, a ceiling on the grade is right (no false VAL-04); 2867: 消费投诉举报处理
    件数 ≥1200件 — the complaints handled, more is better (no false VAL-04)."""
    assert "VAL-04" not in {f.rule for f in check_file(_one("2946"), book).findings}
    assert "VAL-04" not in {f.rule for f in check_file(_one("2867"), book).findings}


def test_the_grade_and_the_sign_off_on_one_line(book):
    """2959 (Acrobat), 2965 (-layout), 2825: 自评等级：优   填报人：陈海波   联系电话：…   填报日期：2023年2月20日 — the grade and
    the sign-off's fields on one line, a field each (DATE-04 asks only for the 单位负责人 the template lacks, not for
    the 填报人 and 填报日期 given)."""
    for number in ("2959", "2965", "2825"):
        subjects = {f.subject for f in check_file(_one(number), book).findings if f.rule == "DATE-04"}
        assert subjects <= {"单位负责人"}, number


def test_the_beneficiaries_growth_measured_against_a_standard_is_an_outcome(book):
    """2983 (blind set 189): 受益学生生长发育达标率 under 社会效益指标 — the children's growth, the meal subsidy's effect on
    those it serves, not a pass rate of the meals (no false VAL-11)."""
    assert "VAL-11" not in {f.rule for f in check_file(_one("2983"), book).findings}
