"""The reference form (新疆巴州市场监督管理局 2022) is read exactly: header, tasks, goals, 72 indicators."""
from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from jxcheck.engine.readers import read
from jxcheck.engine.readers.text import split_rows

from conftest import REFERENCE


@pytest.fixture(scope="module")
def form():
    result = read(REFERENCE)
    assert result.problems == []
    return result.form


def test_header(form):
    assert form.meta.kind == "部门整体支出绩效目标表"
    assert form.meta.department == "新疆巴州市场监督管理局"
    assert form.meta.year == 2022
    assert form.meta.money_unit == "万元"


def test_tasks_and_budgets(form):
    assert len(form.tasks) == 8
    totals = [t.budget.total for t in form.tasks]
    assert totals == [Decimal(x) for x in ("4471.71", "464.17", "88.23", "188.7", "326.76", "60", "130", "955.77")]
    assert sum(totals) == Decimal("6685.34")
    aid = form.tasks[6]  # 援疆资金: only 其他资金
    assert aid.name.startswith("做好市场监管系统业务保障")
    assert aid.budget.fiscal is None and aid.budget.other == Decimal("130")
    assert form.tasks[0].budget.other is None and form.tasks[0].budget.part_sum() == Decimal("4471.71")
    # the broken label 年 / 度 主 要 任 务 is not a task name
    assert form.tasks[4].name.startswith("市场监管系统承担授权范围内")
    assert [t.location.line for t in form.tasks] == [9, 10, 11, 12, 16, 17, 18, 19]


def test_goals(form):
    assert [g.label for g in form.goals] == ["目标1", "目标2", "目标3", "目标4", "目标5"]
    assert form.goals[0].text.startswith("根据本单位承担的工作职能")


def test_indicators(form):
    assert len(form.indicators) == 72
    level1 = Counter(i.level1 for i in form.indicators)
    assert level1 == {"产出指标": 61, "效益指标": 6, "满意度指标": 5}
    level2 = Counter(i.level2 for i in form.indicators if i.level1 == "产出指标")
    assert level2 == {"数量指标": 22, "质量指标": 12, "时效指标": 10, "成本指标": 17}
    # the floating 产出指标 (line 46) heads the eleven rows above it too
    first = form.indicators[0]
    assert (first.location.line, first.path) == (34, ("产出指标", "数量指标", "市场监管系统保障在职离退休人员人数"))
    # 年 / 度绩效指标 are a broken column label, not 一级 names
    assert not {i.level1 for i in form.indicators} & {"年", "度绩效指标"}


def test_shifted_satisfaction_rows(form):
    by_line = {i.location.line: i for i in form.indicators}
    missing = by_line[110]
    assert missing.path == ("满意度指标", "满意度指标", "市场监管系统参训人员满意度")
    assert missing.raw == ""
    for line in (111, 112, 113, 114):  # 二级 left empty: carried down
        assert by_line[line].level2 == "满意度指标"
    assert by_line[111].raw == "≥90%"


def test_provenance_lines_skipped_and_lines_counted():
    rows = split_rows("# source: x\n# kind: y\n\n表头\t值\n\n第二行")
    assert [(r.location.line, list(r.texts)) for r in rows] == [(4, ["表头", "值"]), (6, ["第二行"])]
