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
