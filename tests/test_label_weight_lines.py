"""Acrobat copies whose merged 一级 cell prints its weight on a line of its own (产出指标 / （50分）): the weight is the
label's second line, no group; the 二级 label 成本指标 alone on a line under 产出指标 is a 二级 even when the weight was
read as the row's 一级; a label alone between two rows heads both even when the table's first row carries its own
label (a page's table starting with 时效指标 | …). Written 1650, 1651, 1791, 1228; each test but the cell-a-line guard fails on
b2f3406."""
from __future__ import annotations

import re

from pathlib import Path

from jxcheck.engine.check import check_file

WRITTEN = Path(__file__).parent / "fixtures" / "written"


def _levels(result) -> dict[int | None, tuple[str, str]]:
    """Each row's 一级 and 二级 by its line, weights aside (产出指标(50分), its weight put back on it, is 产出指标)."""
    return {i.location.line: (re.sub(r"[（(]\d+分[）)]", "", i.level1), i.level2) for i in result.form.indicators}


def test_a_weight_alone_on_its_line_is_no_group(book):
    result = check_file(next(WRITTEN.glob("1791_*")), book)
    assert result.form.empty_groups == ()
    assert "FORM-03" not in [f.rule for f in result.findings]
    assert _levels(result)[36] == ("效益指标", "社会效益指标")


def test_cost_label_under_output_after_a_weight_row_is_a_level2(book):
    """(50分) | 时效指标 | …完成时间, then 成本指标 alone between …亩均建设成本 and 部门公用经费支出: both rows are 成本指标
    under 产出指标, not one 时效 and one 经济效益."""
    levels = _levels(check_file(next(WRITTEN.glob("1650_*")), book))
    assert levels[28] == ("产出指标", "成本指标") and levels[30] == ("产出指标", "成本指标")
    assert levels[31] == ("效益指标", "经济效益指标")


def test_a_label_between_rows_heads_both_on_a_page_starting_with_its_own_label(book):
    """Page 2 starts 时效指标 | …; 效益指标 社会效益指标 alone between 签约居民慢性病规范管理率 and 基层医疗卫生机构首诊率:
    both rows 社会效益指标 (not the first a 成本指标 row), and the correct form passes."""
    result = check_file(next(WRITTEN.glob("1651_*")), book)
    levels = _levels(result)
    assert levels[31] == ("产出指标", "成本指标")
    assert levels[32] == ("效益指标", "社会效益指标") and levels[34] == ("效益指标", "社会效益指标")
    assert [f.rule for f in result.findings if f.rule != "DATE-04"] == []


def test_a_cell_a_line_copy_keeps_its_labels_on_their_rows(book):
    """WPS viewer, a cell a line: 数量指标 before the first row, 产出指标 / 质量指标 before 单元工程质量合格率 — the three
    rows under 数量指标 stay there (no false VAL-11 on 溢洪道改造条数)."""
    result = check_file(next(WRITTEN.glob("1503_*")), book)
    assert _levels(result)[75] == ("产出指标", "数量指标")
    assert "VAL-11" not in [f.rule for f in result.findings]


def test_set_up_and_then_lasting_is_a_lasting_value():
    """可持续影响指标 | 补贴标准动态调整机制运行 | 建立并持续运行 (written 1228): a lasting use, no VAL-05; a set-up alone is
    not."""
    from jxcheck.engine.values.vocab import classify
    assert classify("建立并持续运行") == (None, "trend") and classify("建成后长期稳定运行") == (None, "trend")
    assert classify("建立并完善") != (None, "trend")
