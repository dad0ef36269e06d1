"""What written sets 46–48 (judged at ad0091a) left false or missed, mended; each test fails on that commit."""
from __future__ import annotations

from jxcheck.engine.check import check_file
from jxcheck.engine.rules.text import _specific
from jxcheck.engine.values.vocab import classify


def _write(tmp_path, text: str):
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _found(result) -> set[tuple[str, str]]:
    return {(f.rule, f.subject) for f in result.findings}


def test_a_tab_file_with_rows_typed_with_spaces(tmp_path, book):
    """群众文化活动场次  ≥48场 among tab-separated rows (139): its cells, the placeholder where it is, the value's."""
    text = ("部门整体支出绩效目标表\n部门名称\t某县文旅局\n一级指标\t二级指标\t三级指标\t目标值\n"
            "产出指标\t数量指标\t送戏下乡场次\t≥560场\n群众文化活动场次  ≥48场\n文物安全巡查次数  ≥XX次\n"
            "\t质量指标\t免费开放率\t=100%\n满意度指标  服务对象满意度指标  参与群众满意度  90%\n")
    result = check_file(_write(tmp_path, text), book)
    assert [(i.name, i.raw) for i in result.form.indicators] == [
        ("送戏下乡场次", "≥560场"), ("群众文化活动场次", "≥48场"), ("文物安全巡查次数", "≥XX次"), ("免费开放率", "=100%"),
        ("参与群众满意度", "90%")]
    assert {r for r, _ in _found(result)} & {"STR-06", "VAL-10"} == {"STR-06", "VAL-10"}
    assert not {r for r, _ in _found(result)} & {"STR-05", "TXT-05"} and ("STR-01", "满意度指标") not in _found(result)


def test_a_result_in_its_own_comparator_value_and_unit_cells(tmp_path, book):
    """实际完成值 over 符号 | 值 | 单位 beside the target's own three (169): the result is 值 with its 单位."""
    text = ("部门整体支出绩效自评表\n部门名称\t某县市场监管局\n"
            "一级指标\t二级指标\t三级指标\t符号\t年度目标值\t单位\t实际完成值\t\t\t分值\t得分\n"
            "\t\t\t\t\t\t符号\t值\t单位\n产出指标\t数量指标\t新增市场主体户数\t≥\t8000\t户\t=\t8652\t户\t50\t50\n"
            "\t\t食品安全监督抽检量\t≥\t4.2\t批次/千人\t\t已完成\t\t50\t50\n")
    result = check_file(_write(tmp_path, text), book)
    assert [(i.raw, i.actual) for i in result.form.indicators] == [("8000", "8652户"), ("4.2", "已完成")]
    assert ("EVAL-05", "食品安全监督抽检量") in _found(result)
    assert not {r for r, _ in _found(result)} & {"VAL-01", "VAL-04"}


def test_a_total_that_holds_the_unread_execution_score(tmp_path, book):
    """总分 96.96 over indicator scores of 87 where the funds block was not read (145): the 9.96 is 预算执行率's."""
    text = ("部门整体支出绩效自评表\n部门名称\t某县公安局\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
            "产出指标\t数量指标\t破案数\t≥650起\t702起\t50\t50\n效益指标\t社会效益指标\t发案数下降\t≥5%\t8.1%\t30\t27\n"
            "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t10\t10\n总分\t\t\t\t\t100\t96.96\n")
    result = check_file(_write(tmp_path, text), book)
    assert not [f for f in result.findings if f.rule == "EVAL-02"]
    assert ("VAL-04", "破案数") not in _found(result)  # cases solved: more is better (145)


def test_a_task_funded_by_a_unit_cost_times_its_count(tmp_path, book):
    """0.50元/画幅 × 240万画幅 = 120万元 (160); 6.05万元/人·年 × 86人 ≈ 520万元, the unit cost rounded (559)."""
    text = ("部门整体支出绩效目标表\n部门名称\t某档案馆\n年度主要任务\t任务名称\t主要内容\t预算金额\n"
            "\t档案数字化\t馆藏档案数字化加工\t120.00\n\t特困人员集中供养\t86名特困人员基本生活\t520.00\n"
            "\t人员经费\t在编人员工资福利\t300.00\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t档案数字化画幅\t≥240万画幅\n"
            "\t\t集中供养特困人员\t=86人\n\t成本指标\t数字化加工单价\t≤0.50元/画幅\n\t\t特困人员集中供养人均成本\t≤6.05万元/人·年\n"
            "\t\t人员经费\t≤300万元\n"
            "满意度指标\t服务对象满意度指标\t利用者满意度\t≥90%\n")
    result = check_file(_write(tmp_path, text), book)
    assert not [f for f in result.findings if f.rule == "BUD-10" and f.case != "explain"]


def test_word_list_edges_the_sets_named():
    """长期坚持 (148) and 平稳,当年收支平衡 (162) are values a reviewer passes; an age names who, not how many (corpus 171);
    每家企业全年不少于2次 is a frequency per firm (149)."""
    assert classify("长期坚持")[1] == "trend" and classify("平稳,当年收支平衡")[1] == "compliance"
    assert not _specific("继续为0-6岁适龄儿童常规接种") and _specific("为65岁以上老年人免费体检1200人")


def test_a_goals_frequency_per_firm_and_an_outbreak_under_ecology(tmp_path, book):
    text = ("项目支出绩效目标表\n项目名称\t危化企业专家服务\n项目资金(万元)\t年度资金总额\t80.00\n"
            "年度绩效目标\t对全市168家危险化学品企业开展安全生产指导服务,每家企业全年不少于2次。\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t服务企业数\t=168家\n\t\t专家指导服务企业次数\t≥336家次\n"
            "效益指标\t生态效益指标\t新增疫情乡镇数\t=0个\n满意度指标\t服务对象满意度指标\t企业满意度\t≥90%\n")
    found = _found(check_file(_write(tmp_path, text), book))
    assert ("TXT-02", "年度绩效目标") not in found and ("VAL-11", "新增疫情乡镇数") not in found
