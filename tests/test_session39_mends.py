"""Session 39: mends of losses left from earlier blind sets. Each test fails on 33021215 (the session's base) unless
it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file
from jxcheck.engine.readers import spaced

from written_checks import rule_set as _rules, written as _one


def test_a_laid_out_headers_label_broken_over_all_three_lines(book):
    """pdftotext -layout: a tall header whose last label is broken over all three of its lines (偏差原因分 / 析及改进措
    / 施), the others' halves above and below the header's line (年度 / 指标值, 实际 / 完成值): one header, its columns
    placed — not nine rows read as one (8197: a false FORM-03 that stopped the table's rules)."""
    lines = ["                             年度        实际              偏差原因分",
             "  一级指标    三级指标                               分值    析及改进措",
             "                            指标值      完成值                 施"]
    found = [spaced.pieces(line)[0] for line in lines]
    split = spaced._split_labels(found[0], found[1], found[2], True)
    assert split is not None and [p.text for p in split][-1] == "偏差原因分析及改进措施"
    result = check_file(_one("8197"), book)
    assert len(result.form.indicators) == 9 and "FORM-03" not in _rules(result)
    row = next(i for i in result.form.indicators if i.name == "水毁路段抢修恢复通行时限")
    assert (row.raw, row.actual, row.weight, row.score) == ("≤72小时", "平均48小时", 10, 10)



def test_a_long_name_parted_round_its_values_and_labels_ends_round_a_row(book):
    """pdftotext -layout: a long name parted round its values' line (优抚对象生活水平不低于当地 / 效益 社会效益 … 100%
    100% 15 15 / 居民平均生活水平的比例) — one row, though its end is longer than a wrapped cell's usual end, for nothing's
    values stand below it; and the labels' ends and the next labels' beginnings round a whole row (指标 指标 /
    …信访事件发生数 =0件 / 满意 服务对象满) — no cell parted round it, the labels whole on their groups (8101)."""
    result = check_file(_one("8101"), book)
    rows = {i.name: i for i in result.form.indicators}
    assert len(rows) == 9
    whole = rows["优抚对象生活水平不低于当地居民平均生活水平的比例"]
    assert (whole.level1, whole.level2, whole.raw, whole.weight) == ("效益指标", "社会效益指标", "100%", 15)
    assert (rows["优抚对象信访事件发生数"].level1, rows["优抚对象信访事件发生数"].level2) == ("效益指标", "社会效益指标")
    assert (rows["优抚对象满意度"].level1, rows["优抚对象满意度"].level2) == ("满意度指标", "服务对象满意度指标")


def test_a_reason_that_begins_with_a_count_after_a_row_scored_down(book):
    """plain pdftotext, a cell a line: the reason of a row scored 9.8 of 10 begins with a count (1处苑点地面塑 / 胶不达标，
    已责 / 成施工方整改 / 并复验。) — the reason, its clause going on below it, not the next row's name (8205: a false
    EVAL-06 and VAL-05 and a false 退回)."""
    result = check_file(_one("8205"), book)
    row = next(i for i in result.form.indicators if i.name == "健身设施验收合格率")
    assert row.reason == "1处苑点地面塑胶不达标，已责成施工方整改并复验。"
    assert len(result.form.indicators) == 10 and not {"EVAL-06", "VAL-05"} & _rules(result)


def test_a_date_spaced_by_the_copy_is_a_date():
    """2020 年 6 月汛期前, 2020 年 6 月 30 日前: a date's parts spaced apart by the copy — a deadline, not a value the
    grammar cannot read (8233: a false DATE-01); a count's unit after a space is unchanged."""
    from jxcheck.engine.values.parse import parse_value
    value = parse_value("2020 年 6 月汛期前")
    assert value.kind == "deadline" and (value.date.year, value.date.month) == (2020, 6)
    value = parse_value("2020 年 6 月 30 日前")
    assert value.kind == "deadline" and value.date.day == 30 and value.bound == "before"
    assert parse_value("≥10 人").kind == "quantity"


def test_rule_mends_on_a_class_size_and_the_departments_own_bodies(book):
    """大班额比例 ≤5%: classes too large, fewer is better — no VAL-04 (8225); 保障局机关及下属3个站所正常运转: the bodies
    the department keeps running, no output a goal's count asks an indicator for — no TXT-02 (8201); the spaced
    deadline read, no DATE-01 (8233)."""
    result = check_file(_one("8225"), book)
    assert not any(f.rule == "VAL-04" and "大班额" in (f.subject or "") for f in result.findings)
    result = check_file(_one("8201"), book)
    assert not any(f.rule == "TXT-02" and "3个" in (f.actual or "") for f in result.findings)
    result = check_file(_one("8233"), book)
    assert "DATE-01" not in _rules(result)
