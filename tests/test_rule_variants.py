"""One-defect variants of the reference form: each defect is caught by the right rule, at its line."""
from __future__ import annotations

import pytest

from jxcheck.engine.check import check_file

BASELINE = {("DATE-04", None), ("TXT-01", 23), ("TXT-01", 25), ("TXT-01", 27), ("TXT-01", 29), ("TXT-01", 31),
            ("VAL-04", 42),
            ("BUD-05", 98), ("VAL-09", 108), ("STR-06", 110), ("STR-02", 110), ("VAL-10", 112)}

VARIANTS = [
    # (changed lines, expected new (rule, line, severity))
    ({111: "满意度指标\t\t市场监管系统设备使用人员满意度\t≥**%"}, ("STR-06", 111, "error")),
    ({111: "满意度指标\t\t**\t≥90%"}, ("STR-05", 111, "error")),
    ({111: "满意度指标\t\t市场监管系统设备使用人员满意度\t≥"}, ("VAL-01", 111, "error")),
    ({48: "数量指标\t市场监管系统设备购置数量\t较多"}, ("VAL-01", 48, "error")),
    ({48: "数量指标\t市场监管系统设备购置数量\t≥15"}, ("VAL-02", 48, "error")),
    ({48: "数量指标\t市场监管系统设备购置数量\t≥15架子"}, ("VAL-02", 48, "info")),
    ({59: "质量指标\t市场监管系统各类经费保障率\t≥105%"}, ("VAL-03", 59, "error")),
    ({59: "质量指标\t市场监管系统各类经费保障率\t≥100%"}, ("VAL-03", 59, "info")),
    ({87: "成本指标\t市场监管系统公用运转成本控制数\t≥464.17万元"}, ("VAL-04", 87, "warning")),
    ({83: "时效指标\t市场监管系统设备购置完成时间\t及时"}, ("DATE-01", 83, "warning")),
    ({83: "时效指标\t市场监管系统设备购置完成时间\t2023年3月31日前"}, ("DATE-02", 83, "warning")),
    ({9: "市场监督管理业务基本人员保障\t用于保障工资\t4471.71\t4400\t"}, ("BUD-01", 9, "error")),
    ({90: "成本指标\t市场监管系统信息化建设成本控制数\t≤76万元"}, ("BUD-09", 9, "error")),
    ({20: "金额合计\t\t6600\t6470\t130"}, ("BUD-02", 20, "error")),
    ({13: "乱码行\t说明\t四千\t\t"}, ("FORM-03", 13, "warning")),
    ({4: ""}, ("FORM-04", None, "warning")),
]


def _found(result):
    return {(f.rule, f.location.line, f.severity.label) for f in result.findings}


def test_baseline(variant, book):
    assert {(f.rule, f.location.line) for f in check_file(variant({}), book).findings} == BASELINE


@pytest.mark.parametrize("changes, expected", VARIANTS, ids=lambda v: v[0] if isinstance(v, tuple) else None)
def test_variant_caught(changes, expected, variant, book):
    found = _found(check_file(variant(changes), book))
    assert expected in found, found


def test_budget_messages_carry_the_figures(variant, book):
    result = check_file(variant({90: "成本指标\t市场监管系统信息化建设成本控制数\t≤76万元"}), book)
    (bud09,) = [f for f in result.findings if f.rule == "BUD-09"]
    assert bud09.message == "成本指标金额合计6684.74万元与年度主要任务预算合计6685.34万元不一致（差0.6万元）。"


def test_matching_total_line_passes(variant, book):
    result = check_file(variant({20: "金额合计\t\t6685.34\t6555.34\t130"}), book)
    assert not [f for f in result.findings if f.rule == "BUD-02"]
    assert str(result.form.total.total) == "6685.34" and result.form.total.fiscal + result.form.total.other == \
        result.form.total.total


def test_yuan_amount_is_read_exactly(variant, book):
    # ≤144000元 is 14.4 万元: the sum still matches, and only BUD-05 notes the unit
    result = check_file(variant({91: "成本指标\t市场监管系统网络专线租赁成本控制数\t≤144000元"}), book)
    rules = {(f.rule, f.location.line) for f in result.findings}
    assert ("BUD-09", 9) not in rules and ("BUD-05", 91) in rules


def test_missing_year_skips_year_rules(variant, book):
    result = check_file(variant({4: "", 83: "时效指标\t市场监管系统设备购置完成时间\t2023年3月31日前"}), book)
    assert not [f for f in result.findings if f.rule == "DATE-02"]
    (form04,) = [f for f in result.findings if f.rule == "FORM-04"]
    assert "DATE-02" in form04.message and "未执行" in form04.message


def test_clean_variant_passes(variant, book):
    result = check_file(variant({
        42: "\t数量指标\t市场监管综合执法食品安全在全州9个县抽检\t≥600份",
        98: "成本指标\t知识产权专利实施计划项目成本控制数\t≤60万元",
        110: "\t满意度指标\t服务对象满意度指标\t市场监管系统参训人员满意度\t≥90%",
        111: "满意度指标\t\t市场监管系统设备使用人员满意度\t≥90%",
    }), book)
    assert [f for f in result.findings if f.severity.label == "error"] == []
    assert {f.rule for f in result.findings} == {"DATE-04", "TXT-01", "VAL-09", "VAL-10"}
    assert result.verdict == "修改后通过"


SOLO = [
    # one defect, one finding: the variant adds exactly this finding to the baseline
    ({103: "成本指标\t经济成本指标\t市场监管劳务费发放资金数\t≤573.3万元"}, ("STR-03", 86)),  # a 101-style row in a legacy form
    ({113: "满意度指标\t\t市场监管系统专用材料使用人员满意度\t良好"}, ("VAL-06", 113)),
    ({87: "成本指标\t市场监管系统公用运转成本控制数\t≤9999万元"}, ("BUD-03", 87)),
    ({48: "数量指标\t市场监管系统设备购置数量\t合格"}, ("VAL-05", 48)),
    ({111: "满意度指标\t\t**\t≥**%"}, ("STR-05", 111)),
    ({39: "\t数量指标\t市场监管系统培训人数\t≥350人"}, ("STR-08", 41)),
    ({63: "质量指标\t市场监管综合执法特设科系统故障率\t15%-10%"}, ("VAL-07", 63)),
    ({91: "成本指标\t市场监管系统网络专线租赁成本控制数\t≤144000元"}, ("BUD-05", 91)),
]


@pytest.mark.parametrize("changes, expected", SOLO, ids=lambda v: v[0] if isinstance(v, tuple) else None)
def test_one_defect_one_finding(changes, expected, variant, book):
    found = {(f.rule, f.location.line) for f in check_file(variant(changes), book).findings}
    changed = min(changes)
    assert found - BASELINE == {expected}, found - BASELINE
    assert all(line != changed or (rule, line) in BASELINE | {expected} for rule, line in found)
