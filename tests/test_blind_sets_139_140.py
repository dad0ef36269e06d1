"""Session 21: blind sets 139–140's false findings (viewer copies: Edge, Acrobat, Foxit), mended. Each test fails
on 1f39b40 (the session's start) unless it says it guards what a mend must keep."""
from __future__ import annotations

import re

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _levels(result) -> dict[int, tuple[str, str]]:
    """Each row's 一级 and 二级 by its line, weights aside (产出指标（50分） is 产出指标)."""
    return {i.location.line: (re.sub(r"[（(]\d+分[）)]", "", i.level1), i.level2) for i in result.form.indicators}


def test_an_edge_copy_whose_rows_hold_one_space_each_is_read(book):
    """2246 (Edge, cells one space apart): most rows a name and a value (修复梯田石堰长度 ≥12公里), one space between —
    a viewer's copy all the same; its 16 rows read under their labels, a correct form passes (no false FORM-02)."""
    result = check_file(_one("2246"), book)
    assert len(result.form.indicators) == 16 and result.verdict == "通过", result.verdict
    levels = _levels(result)
    assert levels[28] == ("产出指标", "质量指标") and levels[32] == ("成本指标", "经济成本指标")
    assert levels[41] == ("效益指标", "可持续影响指标") and levels[44] == ("满意度指标", "服务对象满意度指标")


def test_a_level_label_wrapped_round_its_one_row_is_that_rows(book):
    """2254, 2260 (Acrobat), 2247: （30分） 可持续影响 / the row / 指标; 满意度指标 服务对象满意 / the row / （10分） 度指标 —
    one 二级 on the row it is centred on; the weights stay their 一级's. 2254 then passes (no false FORM-03)."""
    result = check_file(_one("2254"), book)
    levels = _levels(result)
    assert levels[36] == ("效益指标", "可持续影响指标") and levels[39] == ("满意度指标", "服务对象满意度指标")
    assert result.verdict == "通过", [f.rule for f in result.findings]
    assert _levels(check_file(_one("2260"), book))[44] == ("满意度指标", "服务对象满意度指标")


def test_a_level_label_wrapped_over_its_two_rows_lines_is_one_label(book):
    """2247 (Acrobat): 服务对象满意 市场主体满意度 ≥90% / 满意度指标 / 度指标 投诉举报处置群众满意率 ≥92% — one 二级
    over both rows, its 一级 alone between them; the table's labels then split as printed (食品安全抽检任务完成率
    质量, 人员经费支出 成本, 全县食品安全评价性抽检合格率 社会效益 on page two)."""
    levels = _levels(check_file(_one("2247"), book))
    assert levels[64] == levels[66] == ("满意度指标", "服务对象满意度指标")
    assert levels[42][1] == "质量指标" and levels[48][1] == "成本指标" and levels[56][1] == "社会效益指标"


def test_task_money_labels_wrapped_in_narrow_columns(book):
    """2247 (财政拨 其他资 / 总额 / 款 金 under 预算金额（万元）), 2253 (任务名称 主要内容 财政 其他 / 总额 / 拨款 资金): the
    labels made whole, 总额 first; every task's amounts read (no FORM-03 per task), and 2247's true BUD-02 found."""
    result = check_file(_one("2247"), book)
    assert [str(t.budget.fiscal) for t in result.form.tasks][:2] == ["1268.42", "146.80"]
    rules = [(f.rule, f.location.line) for f in result.findings]
    assert ("BUD-02", 30) in rules and not any(rule == "FORM-03" and line for rule, line in rules), rules
    tasks = check_file(_one("2253"), book).form.tasks
    assert len(tasks) == 6 and all(t.budget.fiscal == t.budget.total for t in tasks)


def test_an_empty_value_first_of_its_group_above_a_whole_row(book):
    """2253 (Edge), 1252 (Acrobat): a whole name with no value, the row above it another group's with its value, the
    row below a whole row with its own — the value is empty, not cut: STR-06, no FORM-03."""
    for number, line in (("2253", 49), ("1252", 25)):
        rules = [(f.rule, f.location.line) for f in check_file(_one(number), book).findings]
        assert ("STR-06", line) in rules and "FORM-03" not in [r for r, _ in rules], (number, rules)


def test_a_funds_note_label_wrapped_over_two_lines_is_the_blocks_note(book):
    """2250 (Chrome, a cell a line), 2242 (plain pdftotext): 预算调整 / 说明 then its text — the block's note, no funds
    lines made of its words; both correct forms pass (2250 had a false BUD-07 and was sent back)."""
    for number in ("2250", "2242"):
        result = check_file(_one(number), book)
        assert result.verdict == "通过", (number, [(f.rule, f.location.line) for f in result.findings])
        assert any(line.label == "预算调整说明" for line in result.form.funds) or any(
            "预算调整说明" in label for label, _ in result.form.meta.fields), number


def test_a_funds_block_copied_column_by_column(book):
    """2232 (plain pdftotext): 项目资金（万元） / four lines' labels / 年初预算数 and four amounts / 全年预算数 and four …
    / 分值 / 10 / 执行率 / 97.50% / 得分 / 9.75 — read row by row: the budget is the 全年 135.00, no false BUD-03; 1949
    (寿光 档案馆, the same copy) reads its 得分 9.91 and finds its true EVAL-02."""
    result = check_file(_one("2232"), book)
    total = next(line for line in result.form.funds if line.label == "年度资金总额")
    assert str(dict(total.amounts)["全年预算数"]) == "135.00" and str(dict(total.amounts)["得分"]) == "9.75"
    assert "BUD-03" not in [f.rule for f in result.findings]
    assert ("EVAL-02", 169) in [(f.rule, f.location.line) for f in check_file(_one("1949"), book).findings]


def test_a_reason_cells_second_paragraph_is_no_row(book):
    """2239 (WPS PDF转Word, tabs): a row ending in its 偏差原因 …到馆读者人次下降。 then a line of its own, 下一步推进城市书房
    24小时自助开放…。 — the reason cell's second paragraph, not a row named so (no false STR-06, TXT-03)."""
    result = check_file(_one("2239"), book)
    assert 34 not in [i.location.line for i in result.form.indicators]
    assert "下一步推进城市书房" in next(i for i in result.form.indicators if i.location.line == 33).reason
