"""Faults a code review found in the session's task and goal reading (5bfb278), each on a small file
(review_cases/r16_*); each test fails on 5bfb278."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file

CASES = Path(__file__).parent / "fixtures" / "review_cases"


def test_a_number_column_under_a_label_of_its_own_keeps_the_names(book):
    """行次 | 任务名称 | 主要内容 | 总额 | …: the rows' numbers have their column; nothing moves left."""
    result = check_file(CASES / "r16_task_number_column_labelled_hangci.txt", book)
    assert [t.name for t in result.form.tasks] == ["人员经费保障", "公用经费保障", "高原特色水果产业发展"]
    assert not [f for f in result.findings if f.rule in ("BUD-01", "BUD-02")]


def test_short_goal_items_under_a_copys_task_total_are_not_run_together(book):
    """年度 | 完成86处… / 总体 | 清淤疏浚… : lines far shorter than the column are items, not a sentence's wraps."""
    result = check_file(CASES / "r16_short_goal_items_after_total.txt", book)
    texts = [g.text for g in result.form.goals]
    assert "完成86处农村集中供水工程运行维护" in texts and "清淤疏浚河道沟渠42公里" in texts
