"""Session 22: blind sets 165–167's false findings, mended. Each test fails on d02fb95 (the commit the sets were
judged at) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _rules(result):
    return {(f.rule, f.location.line) for f in result.findings}


def test_a_task_header_with_its_side_label_over_rows_that_have_no_cell_for_it(book):
    """2657 (Edge): 年度主要任务 任务名称 主要内容 预算金额 总额 财政拨款 其他资金 over rows of five cells — the side
    label has no cell in the rows, so each row's name is its first cell (no false BUD-01 ×5, BUD-02: the correct form
    passes); 2417's 农村供水保障 likewise (no false BUD-01, BUD-10); a 金额合计 row is no task."""
    result = check_file(_one("2657"), book)
    assert [t.name for t in result.form.tasks][0] == "人员及运转经费" and result.verdict == "通过"
    assert not {r for r in _rules(check_file(_one("2417"), book)) if r in {("BUD-01", 18), ("BUD-10", 18)}}


def test_a_converted_task_header_whose_money_labels_row_lost_an_empty_cell(book):
    """2641 (WPS PDF转Word, tabs): 年度主要任务→任务名称→主要内容→预算金额 / →→总额→财政拨款→其他资金 — the
    sub-labels under 预算金额 from its column on, though their row gives one empty cell fewer (no false BUD-02 ×2,
    BUD-09, FORM-03: the correct form passes)."""
    result = check_file(_one("2641"), book)
    assert result.verdict == "通过" and [t.budget.total for t in result.form.tasks][0] is not None


def test_a_conclusion_and_its_grade_in_one_cell(book):
    """2662 (Chrome): 自评结论：优 on a line of its own — the label and its text in one cell, the conclusion filled in
    (no false EVAL-10)."""
    result = check_file(_one("2662"), book)
    assert ("自评结论", "优") in result.form.meta.fields and ("EVAL-10", 97) not in _rules(result)
