"""Session 22: blind sets 168–170's false findings, mended. Each test fails on 4e516f1 (the commit the sets were
judged at) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def test_numbered_task_rows_under_a_side_labelled_header(book):
    """2673 (Acrobat): 年度主要任务 任务名称 主要内容 预算金额 总额 财政拨款 其他资金 over rows 1 人员经费及机关运转 …
    1568.20 1568.20 0.00 — the row's number no column of the header's, the side label none of the rows': each task's
    name and amounts in their columns (no false BUD-01 ×5, BUD-02); the true BUD-09 stays."""
    result = check_file(_one("2673"), book)
    assert result.form.tasks[0].name == "人员经费及机关运转"
    rules = {f.rule for f in result.findings}
    assert "BUD-01" not in rules and "BUD-02" not in rules and "BUD-09" in rules


def test_a_bare_date_ending_the_sign_off_line(book):
    """2706 (Acrobat), 2510 (-layout): …联系电话：0313-7012635   2022年1月20日 — the date the form was filled in, its label
    not printed (no false DATE-04 for 填报日期)."""
    from jxcheck.engine.readers import header
    pairs = header.signoff_pairs(["填表人：赵建军", "联系电话：0313-7012635", "2022年1月20日"])
    assert pairs[-1] == ("填报日期", "2022年1月20日")
    assert "DATE-04" not in {f.rule for f in check_file(_one("2510"), book).findings}
    assert not any("填报日期" in f.message for f in check_file(_one("2706"), book).findings if f.rule == "DATE-04")
