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


def test_a_row_atop_a_weighed_group_takes_the_label_below_it(book):
    """2480 (Acrobat): 残疾儿童康复服务覆盖率 | 10 under 效益指标（30分） centred on the row below — the rows' weights make
    up 50 and 30 only so — is of 社会效益指标, printed below it, not of the 成本指标 carried down from the row above
    (no false EVAL-01 ×3, no false VAL-11)."""
    result = check_file(_one("2480"), book)
    assert (_at(result, 30).level1, _at(result, 30).level2) == ("效益指标（30分）", "社会效益指标")
    assert not {f.rule for f in result.findings} & {"EVAL-01", "VAL-11"}


def test_a_label_on_its_groups_middle_counted_in_rows(book):
    """2471 (pdftotext -layout): 数量指标 on the second of its four rows, one of them wrapped (five lines) — on its
    group's middle counted in rows, so 水质检测样本数量 | ≥1200份 is a 数量 row, not the 质量 group's (no false VAL-11);
    2402 (完成水土流失综合治理面积 under 数量指标) and 2343 (机关运行成本 ≤486.20万元 under 成本指标, no false DATE-01
    or VAL-12) the same."""
    result = check_file(_one("2471"), book)
    assert _at(result, 29).level2 == "数量指标" and result.verdict == "通过"
    assert _at(check_file(_one("2402"), book), 33).level2 == "数量指标"
    rules = {(f.rule, f.location.line) for f in check_file(_one("2343"), book).findings}
    assert ("DATE-01", 40) not in rules and ("VAL-12", 40) not in rules
