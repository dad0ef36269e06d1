"""Session 22: false findings left from earlier blind rounds (sets 141–155), mended. Each test fails on 9add96a (the
session's start) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _at(result, line):
    return next(i for i in result.form.indicators if i.location.line == line)


def test_labels_on_the_lower_middle_row_counted_in_rows(book):
    """2445 (Foxit, each label on the row just below its span's middle): 效益指标 on the third of its five rows — six
    lines, a name wrapped — is on its middle counted in rows. So 成本指标 takes 单位面积综合治理投资 (no false DATE-01)
    and 生态效益指标 takes 治理区林草覆盖率提高 (no false VAL-11). 1421, 1603: the same convention, no false VAL-04/11."""
    result = check_file(_one("2445"), book)
    assert (_at(result, 32).level2, _at(result, 34).level2, _at(result, 28).level2) == ("经济成本指标", "生态效益指标", "质量指标")
    rules = {(f.rule, f.location.line) for f in result.findings}
    assert ("DATE-01", 32) not in rules and ("VAL-11", 34) not in rules
    assert _at(check_file(_one("1421"), book), 36).level1 == "效益指标"
    assert _at(check_file(_one("1603"), book), 21).level2 == "质量指标"
