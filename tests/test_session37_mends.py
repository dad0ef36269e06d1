"""Session 37: mends of losses left from earlier blind sets. Each test fails on ab005cf (the session's base) unless
it says it guards what a mend must keep."""
from __future__ import annotations

from decimal import Decimal

from jxcheck.engine.check import check_file

from written_checks import rule_set as _rules, written as _one


def test_a_task_name_wrapped_round_its_amounts_line(book):
    """7572 (pdftotext -layout): 公共文化服务及文旅 | 开展送戏下乡… / 250 alone under 预算金额 / 融合发展 | 查及…推介 —
    one task, its amount no page number; 目标1：… on the line above 年度总体目标 | 目标2：… a goal, not the task's
    content (BUD-02: the tasks 250 short, a false 退回)."""
    result = check_file(_one("7572"), book)
    tasks = {t.name: t for t in result.form.tasks}
    assert tasks["公共文化服务及文旅融合发展"].budget.total == Decimal("250")
    assert tasks["公共文化服务及文旅融合发展"].content == "开展送戏下乡、农家书屋补充更新、文物安全巡查及大别山红色旅游宣传推介"
    assert len(tasks) == 3
    assert [g.text[:8] for g in result.form.goals] == ["保障单位正常运转", "完成送戏下乡演出"]
    assert "BUD-02" not in _rules(result) and result.verdict != "退回"


def test_a_task_name_wrapped_round_its_amounts_next_to_a_content_column(book):
    """6462 (pdftotext -layout): 基本支出（人员及公用 | 保障…在职人员 / 2856.42 … / 经费） | 工资福利及日常运转 — the
    name's rest on the line below its amounts is no task of its own (a false FORM-03)."""
    result = check_file(_one("6462"), book)
    assert [t.name for t in result.form.tasks][0] == "基本支出（人员及公用经费）"
    assert len(result.form.tasks) == 5
    assert "FORM-03" not in _rules(result)
