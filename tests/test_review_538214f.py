"""A review of session 15's reading changes (6f86267..538214f) found four faults, each shown on a small input
(review_cases/r15_*); each test fails on 538214f."""
from __future__ import annotations

from pathlib import Path

import openpyxl

from jxcheck.engine.check import check_file

CASES = Path(__file__).parent / "fixtures" / "review_cases"


def test_a_typed_task_without_money_is_a_task(book):
    """The join of a PDF copy's wrapped task cells took, in a typed form, a task with no amount (非遗保护 | 开展非遗
    项目普查。) into the task above (公用经费保障非遗保护)."""
    result = check_file(CASES / "r15_typed_task_without_money.txt", book)
    assert [t.name for t in result.form.tasks] == ["人员保障", "公用经费保障", "非遗保护", "文化下乡"]


def test_a_sheet_of_instructions_is_no_forms_header(tmp_path, book):
    """A 填报说明 sheet beside a form with no goal row was read as the form's header: its prompt became the goal (a
    false TXT-01)."""
    book_ = openpyxl.Workbook()
    guide = book_.active
    guide.title = "填报说明"
    for row in (["填报说明", ""], ["项目名称：", "填写预算批复的项目名称"], ["主管部门：", "填写主管部门全称"],
                ["年度总体目标：", "概括描述项目年度预期达到的产出和效果。"]):
        guide.append(row)
    form = book_.create_sheet("绩效目标表")
    for row in (["项目支出绩效目标表"], ["（2024年度）"], ["项目名称", "乡村道路日常养护"],
                ["主管部门", "某县交通运输局", "实施单位", "某县公路段"], ["项目资金（万元）", "年度资金总额", "150"],
                ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "养护道路里程", "≥120公里"],
                ["产出指标", "质量指标", "养护路段优良路率", "≥80%"], ["产出指标", "时效指标", "日常养护完成时间", "2024年12月31日前"],
                ["产出指标", "成本指标", "养护经费", "≤150万元"], ["效益指标", "社会效益指标", "群众出行时间缩短", "≥10%"],
                ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"]):
        form.append(row)
    path = tmp_path / "w1.xlsx"
    book_.save(path)
    result = check_file(path, book)
    assert not result.form.goals and "TXT-01" not in {f.rule for f in result.findings}


def test_a_goal_over_three_lines_and_a_one_line_result_are_read_in_order(book):
    """A cell-a-line copy's goal of three lines, then its one-line result, was taken for the two columns given in
    turn: the goal lost its middle line, and with it the true TXT-02 on 3000平方米."""
    result = check_file(CASES / "r15_goal_over_lines.txt", book)
    assert [g.text for g in result.form.goals] == ["完成全县乡村道路日常养护120公里，路面修补3000平方米，群众满意度达到90%以上。"]
    assert "TXT-02" in {f.rule for f in result.findings}


def test_a_reason_column_before_the_weight_takes_its_text(book):
    """偏差原因分析及改进措施 before 分值: the row's text columns were counted without it, and a whole row
    (养护制度 / 健全 / 健全 / 无偏差 / 20 / 20) read its value into its name."""
    result = check_file(CASES / "r15_reason_before_weight.txt", book)
    assert ("养护制度", "健全", "健全") in [(i.name, i.raw, i.actual) for i in result.form.indicators]
