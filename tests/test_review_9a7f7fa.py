"""A code review of bc8e718..9a7f7fa (repro files r17_*): three readings the session's mends made wrong. Each test
fails on 9a7f7fa."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file

CASES = Path(__file__).parent / "fixtures" / "review_cases"


def _at(result, rule: str) -> list[int | None]:
    return [f.location.line for f in result.findings if f.rule == rule]


def test_a_wrapped_name_s_first_line_under_a_row_with_a_reason(book):
    """Acrobat: …新增产能相应减少 (a reason) / 项目区农田灌溉水有效利用 / 系数 ≥0.55 …: the lone line is the next name's head, not
    the reason's rest (no false VAL-11 on a row named 系数)."""
    result = check_file(CASES / "r17_reason_then_wrapped_name.txt", book)
    names = [i.name for i in result.form.indicators]
    assert "项目区农田灌溉水有效利用系数" in names and "VAL-11" not in [f.rule for f in result.findings]


def test_a_long_unit_the_table_lacks_stays_the_unit(book):
    """Edge: 年节约标准煤 ≥ 1.2 万吨标准煤 with an empty 指标值说明 — 万吨标准煤 is the unit (no false VAL-02 error), the empty
    说明 still said (STR-10)."""
    result = check_file(CASES / "r17_long_unit_kept.txt", book)
    assert 32 in _at(result, "STR-10")
    assert not any(f.rule == "VAL-02" and "缺少计量单位" in f.message for f in result.findings)


def test_a_name_s_rest_starting_with_a_conjunction_is_no_row_of_its_own(book):
    """Edge: …困难残疾人生活补贴覆盖率 ＝ 100 % … / 及发放准确率 / 时效指标 …: the line is the name's rest, not a row with an empty
    value (no false STR-06; the line stays listed to check)."""
    result = check_file(CASES / "r17_name_rest_not_own_empty.txt", book)
    assert 42 not in _at(result, "STR-06")
    assert any(f.rule == "FORM-03" and "42" in f.message for f in result.findings)
