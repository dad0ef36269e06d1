"""A task table copied a cell a line (plain pdftotext) whose column labels come first and its side label after them
(1648: 任务名称 / 主要内容 / 总额 / 财政拨款 / 其他资金 / 年度主要任务 / 人员经费保障 / …). Fails on 9372c08."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file
from written_checks import rules_of

WRITTEN = Path(__file__).parent / "fixtures" / "written"


def test_the_columns_before_the_side_label(book):
    result = check_file(next(WRITTEN.glob("1648_*")), book)
    tasks = result.form.tasks
    assert [t.name for t in tasks][:2] == ["人员经费保障", "日常公用经费保障"] and len(tasks) == 6
    assert sum(t.budget.total for t in tasks) == result.form.total.total  # 2107.92, as its 金额合计 says
    assert "BUD-02" not in rules_of(result)
