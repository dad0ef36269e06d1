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


def test_review_of_the_sessions_reading_changes():
    """A code review of session 21's changes: a viewer's header wrapped round its line with a 序号 column read (it
    raised ValueError: 序号 is a column no order listed); a paragraph after the table's last row (四、下一步工作计划：…)
    stays its own line, not the last row's reason; what a header's wrapped labels leave on the line above stays there."""
    from jxcheck.engine.readers import text
    copy = ("项目支出绩效自评表\n项目名称 某项目\n实际完成 偏差原因分析及\n序号 一级指标 二级指标 三级指标 年度指标值 分值 得分\n"
            "值 改进措施\n1 产出指标 数量指标 培训人数 ≥100人 120人 10 10\n2 质量指标 合格率 ≥90% 95% 10 10\n"
            "3 时效指标 完成时间 2024年12月31日前 2024年12月20日 10 10\n")
    header = next(r.texts for r in text.split_rows(copy) if "序号" in r.texts)
    assert header[:2] == ("序号", "一级指标") and "实际完成值" in header and header[-1] == "偏差原因分析及改进措施"
    tabbed = ("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
              "产出指标\t数量指标\t道路养护里程\t≥100公里\t90公里\t10\t9\t受汛期影响部分路段延期施工。\n"
              "四、下一步工作计划：继续加强道路养护管理。\n")
    rows = text.split_rows(tabbed)
    assert rows[1].texts[-1] == "受汛期影响部分路段延期施工。" and rows[2].texts == ("四、下一步工作计划：继续加强道路养护管理。",)


def test_a_name_begun_on_the_line_above_beside_a_label(book):
    """2476 (Edge): 效益指标（30分） 建立农村公路“路长制”管护机制的乡镇 / 可持续影响指标 （街道）数量 ≥22个 … — one row, its
    name whole, called by the line it starts on (29); the correct form passes (no false FORM-03). 2159 (乱堆乱倒垃圾点整治 /
    数 ≥300处 beside its labels) the same: one row at line 25."""
    result = check_file(_one("2476"), book)
    assert result.verdict == "通过"
    row = next(i for i in result.form.indicators if i.location.line == 29)
    assert row.name == "建立农村公路“路长制”管护机制的乡镇（街道）数量" and row.level2 == "可持续影响指标"
    assert next(i for i in check_file(_one("2159"), book).form.indicators if i.location.line == 25).raw == "≥300处"
