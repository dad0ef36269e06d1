"""Session 21: blind sets 153–155's false findings, mended. Each test fails on f70883d (the commit the sets were
judged at) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def test_an_immediate_settlement_rate_is_a_time_measure(book):
    """2482: 医疗救助“一站式”即时结算率 ≥95% under 时效指标 — 即时 says the time as 及时 does (no false DATE-01); the
    form's true BUD-02, VAL-05 and DATE-04 stay."""
    rules = {(f.rule, f.location.line) for f in check_file(_one("2482"), book).findings}
    assert ("DATE-01", 89) not in rules and "BUD-02" in {r for r, _ in rules} and "VAL-05" in {r for r, _ in rules}


def test_a_tasks_content_wrapped_with_its_amounts_after_its_last_line(book):
    """2442, 2322 (WPS PDF转Word, tabs): →人员经费保障→保障…退休83人的工资 / 福利、社会保障缴费等支出→1126.48→1126.48 —
    one task, its content's rest and its amounts on the next line: every task's budget read (2322 passes, no false
    BUD-02 or BUD-03; 2442 finds its true BUD-09 and BUD-10, no false BUD-02)."""
    assert check_file(_one("2322"), book).verdict == "通过"
    rules = {(f.rule, f.location.line) for f in check_file(_one("2442"), book).findings}
    assert rules == {("BUD-09", 24), ("BUD-10", 20)}
