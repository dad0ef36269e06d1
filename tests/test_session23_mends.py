"""Session 23: mends of losses left from earlier blind sets. Each test fails on ef9020b (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def test_a_level_label_wider_than_its_header_is_no_side_label(book):
    """2678 (-layout): 满意度指标 three columns left of 一级指标 over it (both centred in their cells), and a note under
    the table starting at the margin: the 一级 column's labels, no side label's column — 产出指标 and its （50分） on
    the line below stay one label, 效益指标 keeps its （30分） (no false EVAL-01 ×2, no false 退回)."""
    result = check_file(_one("2678"), book)
    assert {i.level1 for i in result.form.indicators if i.level2 == "社会效益指标"} == {"效益指标（30分）"}
    assert "EVAL-01" not in {f.rule for f in result.findings}
    assert result.verdict != "退回"


def test_a_task_table_centred_down_its_rows(book):
    """1051 (-layout): 保障在职在编21人工资福利、社会保障缴费及 / 机关运行及人员保障 | 日常办公… | 186.42 / 。 /
    按月发放伤残军人… / 优抚对象抚恤补助 | 、带病回乡… — each task's name and amounts on the middle line of its content:
    the lines above a task's are its content's start, those between two tasks shared where a sentence ends."""
    tasks = check_file(_one("1051"), book).form.tasks
    assert [t.name for t in tasks] == ["机关运行及人员保障", "优抚对象抚恤补助", "退役士兵安置", "烈士纪念设施维护"]
    assert tasks[0].content == "保障在职在编21人工资福利、社会保障缴费及日常办公、水电、差旅、公务用车运行等支出。"
    assert tasks[1].content.startswith("按月发放伤残军人") and tasks[1].content.endswith("各类补助政策。")
    assert tasks[2].content.startswith("接收安置2025年度")


def test_task_names_centred_under_their_header_read_in_its_column(book):
    """1591 (-layout): 人员经费保障 under 任务名称, starting left of the header's label but centred with it, beside the
    side label 年度主 / 要任务: the task's name, not its content's first line."""
    tasks = check_file(_one("1591"), book).form.tasks
    assert tasks[0].name == "人员经费保障" and tasks[0].content.startswith("保障在职及退休人员")
