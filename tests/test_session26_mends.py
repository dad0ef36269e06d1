"""Session 26: mends of losses left from earlier blind sets. Each test fails on 1bb945a (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from decimal import Decimal

from jxcheck.engine import scoring
from jxcheck.engine.check import check_file
from jxcheck.engine.findings import Severity

from written_checks import written as _one


def _rules(result) -> set[str]:
    return {f.rule for f in result.findings}


def test_a_funds_block_of_label_and_amount_pairs_beside_its_label(book):
    """3741 (四川, WPS tabs): 预算执行情况（万元）（10分） | 预算数： | 1260.00 | 执行数： | 1197.00, the sources' pairs
    below (其中：财政拨款 | 1260.00 | 其中：财政拨款 | 1197.00) and 执行率 | 96.00% | 得分 | 9.60: the total line with the
    block's 10 points — the weights add up to 100 (no false EVAL-01), and the wrong rate (1197÷1260 = 95%) and its
    score are found (BUD-06, BUD-08)."""
    result = check_file(_one("3741"), book)
    ex = scoring.execution(result.form)
    assert ex is not None
    assert (ex.budget, ex.spent, ex.weight, ex.rate, ex.score) == (
        Decimal("1260.00"), Decimal("1197.00"), Decimal("10"), Decimal("96.00"), Decimal("9.60"))
    assert [(line.label, line.role) for line in result.form.funds] == [
        ("年度资金总额", "total"), ("财政拨款", "part"), ("其他资金", "part")]
    assert {"BUD-06", "BUD-08"} <= _rules(result)
    assert not any(f.rule == "EVAL-01" and f.severity == Severity.ERROR for f in result.findings)


def test_a_funds_block_of_pairs_in_a_spaced_copy_passes(book):
    """3695 (四川, Acrobat): the same block one space apart (其中－财政拨款： 65.00 …): a correct form, 通过."""
    result = check_file(_one("3695"), book)
    assert result.verdict == "通过"
    assert scoring.execution(result.form).weight == Decimal("10")


def test_a_pairs_line_with_its_own_label_keeps_it(book):
    """Guard: 预算执行情况(万元)(20分) | 年度财政资金总额 | 预算数(A) | 1.56 | 执行数(B) | 1.56 …: the line's own label
    beside the block's, kept (407_112)."""
    from pathlib import Path
    path = next(Path(__file__).parent.joinpath("fixtures", "layout_variants").glob("407_112_*"))
    result = check_file(path, book)
    assert [line.label for line in result.form.funds] == ["年度财政资金总额"]
