"""Header layouts met on unseen forms: a description column beside the 三级 name, goals under the owner's name
(专项年度绩效目标), and the 河北 scoring sheet whose 预期指标值 is merged over 符号 | (value) | 单位 and whose 自评得分
over 单项指标得分 | 权重占比 | 单项指标折算得分."""
from __future__ import annotations

from decimal import Decimal

from jxcheck.engine.check import check_file
from jxcheck.engine.readers import read


def _write(tmp_path, rows, name="form.txt"):
    path = tmp_path / name
    path.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_a_description_beside_the_name_is_no_second_table(tmp_path, book):
    path = _write(tmp_path, [
        ["项目名称", "再就业援助"], ["专项长期绩效目标", "维护社会稳定。"], ["专项年度绩效目标", "按月发放补贴250人。"],
        ["专项年度绩效指标", "一级指标", "二级指标", "三级指标", "指标内容", "指标值", "绩效标准"],
        ["", "产出指标", "数量指标", "补助人数", "实际发放人数", "250人", "计划标准"],
        ["", "", "质量指标", "覆盖率", "对符合条件的对象发放的覆盖率", "100%", "历史标准"],
        ["", "效益指标", "社会效益指标", "社会稳定", "对社会稳定的影响", "明显改善", "计划标准"]])
    form = read(path).form
    assert [(i.level2, i.name, i.raw) for i in form.indicators] == [
        ("数量指标", "补助人数", "250人"), ("质量指标", "覆盖率", "100%"), ("社会效益指标", "社会稳定", "明显改善")]
    assert dict(form.indicators[0].extras)["extra:指标内容"] == "实际发放人数"
    assert [(g.term, g.text) for g in form.goals] == [("实施期", "维护社会稳定。"), ("年度", "按月发放补贴250人。")]
    assert not [f for f in check_file(path, book).findings if f.rule == "FORM-03"]


def test_a_level_named_like_a_goal_stays_a_level(tmp_path):
    path = _write(tmp_path, [
        ["评价指标", "评价内容", "指标名称", "目标值", "分值"],
        ["项目年度绩效目标(定量指标)", "产出数量指标", "享受资助人数", "2100人", "50"],
        ["", "质量指标", "覆盖率", "100%", "50"]])
    form = read(path).form
    assert not form.goals and len(form.indicators) == 2


HEBEI = [
    ["四、年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "指标分值", "预期指标值", "", "", "单项指标实际完成值",
     "单项指标完成情况", "自评得分"],
    ["", "", "", "", "", "符号", "", "单位(文字描述)", "", "", "单项指标得分", "权重占比(%)", "单项指标折算得分"],
    ["", "产出指标", "质量指标", "覆盖率", "享受补贴人数占符合条件对象的比例", ">=", "98", "%(百分比)", "100%", "完成",
     "100.00", "60.00", "60.00"],
    ["", "满意度指标", "服务对象满意度指标", "服务对象满意度", "对象的满意程度", ">=", "95", "%(百分比)", "96%", "完成",
     "100.00", "40.00", "10.00"],
    ["", "预算执行率", "预算执行率"]]


def test_the_hebei_scoring_sheet(tmp_path, book):
    path = _write(tmp_path, [["项目名称", "高龄津贴"], ["实施(主管)单位", "成安县民政局"], *HEBEI])
    form = read(path).form
    assert form.meta.department == "成安县民政局"
    rows = [(i.name, i.nature, i.raw, i.unit_cell, i.actual, i.weight, i.score) for i in form.indicators]
    assert rows == [("覆盖率", ">=", "98", "%(百分比)", "100%", Decimal("60.00"), Decimal("60.00")),
                    ("服务对象满意度", ">=", "95", "%(百分比)", "96%", Decimal("40.00"), Decimal("10.00"))]
    findings = check_file(path, book).findings
    assert not [f for f in findings if f.rule in ("VAL-02", "EVAL-05", "STR-06", "VAL-01")]
    wrong = [f for f in findings if f.rule == "EVAL-03"]  # 96% of ≥95% is full marks: 40, not 10
    assert [(f.location.line, f.subject) for f in wrong] == [(6, "服务对象满意度")]
