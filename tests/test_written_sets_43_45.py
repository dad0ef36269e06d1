"""What written sets 43–45 (judged at 07e008b) left false or missed, mended; each test fails on that commit."""
from __future__ import annotations

from decimal import Decimal

from jxcheck.engine.check import check_file
from jxcheck.engine.values.parse import parse_value

TARGET_HEAD = "项目支出绩效目标表\n项目名称\t某项目\n主管部门\t某县某局\n项目资金(万元)\t年度资金总额\t{budget}\n" \
              "年度绩效目标\t{goal}\n一级指标\t二级指标\t三级指标\t指标值\n"
SATISFACTION = "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\n"


def _check(tmp_path, book, body: str, budget: str = "420.00", goal: str = "完成校舍维修改造12所,2024年11月30日前完工。"):
    path = tmp_path / "form.txt"
    path.write_text(TARGET_HEAD.format(budget=budget, goal=goal) + body + SATISFACTION, encoding="utf-8")
    return check_file(path, book)


def _found(result) -> set[tuple[str, str]]:
    return {(f.rule, f.subject) for f in result.findings}


def test_costs_that_add_up_among_themselves_and_to_the_budget_are_all_counted(tmp_path, book):
    """防水 210, 门窗 126, 外墙 84 of 420: 210 is also 126 + 84, but no total — together they are the budget (073)."""
    result = _check(tmp_path, book, "产出指标\t数量指标\t维修学校数\t=12所\n成本指标\t经济成本指标\t屋面防水改造成本\t≤210万元\n"
                                    "\t\t门窗更换成本\t≤126万元\n\t\t外墙修缮成本\t≤84万元\n"
                                    "\t社会成本指标\t施工造成的停课天数\t=0天\n")
    assert not {r for r, _ in _found(result)} & {"BUD-03", "VAL-11"}  # (停课天数: the harm a project does, 101号)


def test_costs_short_of_the_budget_by_more_than_their_rounding(tmp_path, book):
    """2150 + 180 + 50 against 2400: 20 short, whole numbers — not rounding (089); 202.6 for 202.64 is."""
    short = _check(tmp_path, book, "产出指标\t数量指标\t建设面积\t≥16000亩\n\t成本指标\t工程建设费\t≤2150万元\n"
                                   "\t\t工程建设其他费用\t≤180万元\n\t\t不可预见费\t≤50万元\n", budget="2400.00")
    assert ("BUD-03", "成本指标合计") in _found(short)
    rounded = _check(tmp_path, book, "产出指标\t数量指标\t建设面积\t≥16000亩\n\t成本指标\t工程建设费\t≤202.6万元\n",
                     budget="202.64")
    assert ("BUD-03", "成本指标合计") not in _found(rounded)


def test_a_template_row_left_among_its_groups_indicators(tmp_path, book):
    """指标1: | ≥**% under 数量指标's own indicators: the template's row left in, reported (080); 指标1: | / under a
    二级 of its own is that group's slot marked not applicable, not an indicator."""
    result = _check(tmp_path, book, "产出指标\t数量指标\t维修学校数\t=12所\n\t\t指标1:\t≥**%\n\t质量指标\t验收合格率\t=100%\n"
                                    "效益指标\t社会效益指标\t受益学生数\t≥6200人\n\t生态效益指标\t指标1:\t/\n")
    assert [(f.rule, f.location.line) for f in result.findings if f.rule in ("STR-05", "STR-06")] == [("STR-05", 8)]
    assert len(result.form.indicators) == 5


def test_a_term_table_under_its_own_title_holds_the_terms_deadlines(tmp_path, book):
    """…部门整体中期绩效目标表 with 编制期间 2024年—2026年: ≤2026年10月 is within its term (091)."""
    path = tmp_path / "form.txt"
    path.write_text("某区水利局部门整体中期绩效目标表\n绩效编制单位\t某区水利局\n编制期间\t2024年—2026年\n"
                    "中期预算资金(万元)\t合计\t14860.00\n绩效目标\t到2026年底完成8座病险水库除险加固。\n"
                    "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t计量单位\n产出指标\t数量指标\t除险加固座数\t≥\t8\t座\n"
                    "\t时效指标\t除险加固完成时限\t≤\t2026年10月\t\n满意度指标\t服务对象满意度指标\t群众满意度\t≥\t90\t%\n",
                    encoding="utf-8")
    result = check_file(path, book)
    assert result.form.meta.period == "2024年—2026年"
    assert not [f for f in result.findings if f.rule == "DATE-02"]


def test_word_list_edges_the_sets_named(tmp_path, book):
    """持续稳定 under 可持续影响 (092); 劝导纠正交通违法行为 ≥12000起, the work done (064); 维护…烈士纪念设施 ≥6处, things
    counted (063); 疫苗采购成本 ≤210万元 under 经济效益, a cost (068); 成灾率 ≥4‰, harm that should be ≤ (114);
    事故起数较上年 | 下降≥10%, the fall as the target (058); 补贴发放准确率 =100% under 时效, no deadline (061)."""
    result = _check(tmp_path, book, "产出指标\t数量指标\t劝导纠正交通违法行为\t≥12000起\n\t\t维护县级以上烈士纪念设施\t≥6处\n"
                                    "\t时效指标\t补贴发放准确率\t=100%\n"
                                    "效益指标\t经济效益指标\t疫苗采购成本\t≤210万元\n\t社会效益指标\t交通事故起数较上年\t下降≥10%\n"
                                    "\t生态效益指标\t林木有害生物成灾率\t≥4‰\n\t可持续影响指标\t信息化平台运行\t持续稳定\n",
                    budget="500.00")
    found = _found(result)
    assert ("VAL-04", "劝导纠正交通违法行为") not in found and ("TXT-03", "维护县级以上烈士纪念设施") not in found
    assert ("VAL-05", "信息化平台运行") not in found and ("VAL-04", "交通事故起数较上年") not in found
    assert {("VAL-11", "疫苗采购成本"), ("VAL-04", "林木有害生物成灾率"), ("DATE-01", "补贴发放准确率")} <= found


def test_a_goals_count_of_works_not_among_the_indicators(tmp_path, book):
    """目标 5座 水库, indicator =4座 (075): the goal and the indicators disagree."""
    result = _check(tmp_path, book, "产出指标\t数量指标\t除险加固水库数量\t=4座\n", budget="680.00",
                    goal="对全县5座病险小型水库实施除险加固,恢复正常蓄水。")
    assert ("TXT-02", "年度绩效目标") in _found(result)


def test_values_the_sets_wrote():
    """每季度末月底前: each quarter's last month's end (065); ≥120万头(羽)次: a count (068)."""
    deadline = parse_value("每季度末月底前")
    assert deadline.kind == "deadline" and (deadline.date.month, deadline.date.day) == (12, 31)
    count = parse_value("≥120万头(羽)次")
    assert count.kind == "quantity" and count.number == Decimal("120") and count.unit == "万头次"
