"""Session 22: blind sets 159–161's false findings, mended. Each test fails on 4698b47 (the commit the sets were
judged at) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _rules(result):
    return {(f.rule, f.location.line) for f in result.findings}


def test_units_counted_by_the_ten_thousand_and_the_hundred_million(book):
    """2543: 菌棒 300万棒 (棒 a count, 万棒 its ten thousands); 2575: 集中育苗 1.2亿株 (亿 scales a count as 万 does):
    no false VAL-02 info."""
    assert ("VAL-02", 76) not in _rules(check_file(_one("2543"), book))
    assert ("VAL-02", 42) not in _rules(check_file(_one("2575"), book))
