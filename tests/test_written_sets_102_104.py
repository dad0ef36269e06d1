"""Blind sets 102–104 (judged at 4c991a2): a converter's header label split into two cells, and a task's amounts
on a line of their own. Each test fails on 4c991a2."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file
from written_checks import rules_of

WRITTEN = Path(__file__).parent / "fixtures" / "written"


def test_a_header_label_split_into_two_cells_by_a_converter(book):
    """WPS PDF转Word (1677): 年度绩效指标 | 一级指标 | 二级指标 | 三级 | 指标 | 指标值 over rows of five cells: one 三级指标
    column, the values under 指标值 (seventeen false STR-06); 动物疫病防控's amounts on the line below its content are
    the task's (a task named 96.50, a false BUD-01 and BUD-02)."""
    result = check_file(next(WRITTEN.glob("1677_*")), book)
    rules = rules_of(result)
    assert "STR-06" not in rules and "BUD-01" not in rules and "BUD-02" not in rules
    assert len(result.form.tasks) == 5 and "BUD-09" in rules  # 2002.22 against the tasks' 2029.22


def test_funds_lines_whose_names_a_merged_label_hides(book):
    """A workbook or a Word table whose merged 年度预算执行情况 label covers the label column (1719, 1720, 1715, 1716):
    the first unnamed line is the budget's, the ones under it its parts, and a 说明 column's text after a line's figures
    is its note, not its label (false BUD-06 and EVAL-01; a missed EVAL-02 and BUD-08)."""
    result = check_file(next(WRITTEN.glob("1719_*")), book)
    rules = rules_of(result)
    assert "EVAL-02" in rules and not {"BUD-06", "BUD-07", "EVAL-01"} & set(rules)
    assert [line.role for line in result.form.funds][:1] == ["total"]
    assert "EVAL-01" not in rules_of(check_file(next(WRITTEN.glob("1720_*")), book))
    assert "BUD-08" in rules_of(check_file(next(WRITTEN.glob("1716_*")), book))  # 90% scored 10, not 9
