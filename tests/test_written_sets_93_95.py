"""Blind sets 93–95 (judged at 5bfb278): values and labels the rules misjudged, and a funds note written with its
label in one cell. Each test fails on 5bfb278."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file
from jxcheck.engine.values.parse import parse_value
from written_checks import rules_of

WRITTEN = Path(__file__).parent / "fixtures" / "written"


def _checked(number: str, book):
    return check_file(next(WRITTEN.glob(f"{number}_*")), book)


def test_a_count_of_fire_alarm_devices_is_no_harm_counted(book):
    assert "VAL-04" not in rules_of(_checked("1557", book))  # 更新火灾自动报警探测器数量 ≥620个


def test_lasting_work_said_in_words_is_a_sustained_effect(book):
    assert "VAL-05" not in rules_of(_checked("1573", book))  # 可持续影响指标 | 营养改善计划长效运行 | 持续实施


def test_a_limit_counted_from_an_event_with_its_comparator_after_the_event():
    value = parse_value("季度结束后≤15个工作日")
    assert value.kind == "quantity" and str(value.number) == "15" and value.op == "≤"


def test_a_deadline_counted_from_the_quarters_end_is_a_time_limit(book):
    assert "DATE-01" not in rules_of(_checked("1560", book))


def test_afforestation_funds_are_no_slogan(book):
    assert "TXT-03" not in rules_of(_checked("1584", book))  # 营造林资金 ≤300万元


def test_a_source_ending_in_fund_is_a_source(book):
    result = _checked("1581", book)  # 其中：中央旅游发展基金 200.00 | 省级补助资金 100.00 / 县级财政资金 60.00 …
    bud01 = [f for f in result.findings if f.rule == "BUD-01"]
    assert len(bud01) == 1 and "360" in bud01[0].message  # 380 against 360, not 160


def test_a_funds_note_with_its_label_in_one_cell_explains_the_rate(book):
    result = _checked("1552", book)  # 执行率偏低原因：部分疫苗由省级统一调拨… under the funds lines
    assert not {"BUD-07", "FORM-03"} & set(rules_of(result))
    assert "BUD-08" in rules_of(result)
