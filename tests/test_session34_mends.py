"""Session 34: mends of losses left from earlier blind sets. Each test fails on 644f892 (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from decimal import Decimal

from jxcheck.engine.check import check_file

from written_checks import rule_set as _rules, written as _one


def test_points_given_before_the_result_by_the_viewer(book):
    """6640, 6629 (Chrome, a run a line; each score row's runs value, 分值, 完成值, 得分 though the header has
    实际完成值 before 分值): the figure in the target's own unit (2.9万平方米 under ≥2.8万平方米, 91% under ≥90%, the day
    under a deadline) is the result and the bare number before it the points — no empty 完成值, no 分值 266, no false
    退回; and 年度总体目标 预期目标 实际完成情况 on one line with the two texts below is the goal, not a funds line."""
    result = check_file(_one("6640"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert rows[29].actual == "2.9万平方米" and rows[29].weight == 20
    assert rows[55].actual == "91%" and rows[55].weight == 10 and rows[55].score == 10
    assert sum(i.weight for i in result.form.indicators) == 90
    assert result.form.goals and result.form.goals[0].text.startswith("完成城区道路维修2.8万平方米")
    assert not {"FORM-03", "EVAL-01", "EVAL-03", "EVAL-05", "EVAL-06", "STR-06"} & _rules(result)
    result = check_file(_one("6629"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert rows[41].actual == "2021年12月20日" and rows[41].weight == 15
    assert rows[29].actual == "11.8万亩" and rows[29].score == Decimal("20")
    assert {"EVAL-03", "EVAL-06"} <= _rules(result) and not {"EVAL-05", "FORM-03"} & _rules(result)
