"""Session 22: blind sets 162–164's false findings, mended. Each test fails on d87d45c (the commit the sets were
judged at) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _rules(result):
    return {(f.rule, f.location.line) for f in result.findings}


def test_a_free_text_label_wrapped_in_its_cell(book):
    """存在问题及 / 改进措施 / text (2619, WPS viewer) and 存在问题 / 及改进措施→text (2588, tabs): one field, its text
    filled in — no false EVAL-10; 2582's likewise."""
    assert not {r for r in _rules(check_file(_one("2619"), book)) if r[0] == "EVAL-10"}
    assert not {r for r in _rules(check_file(_one("2588"), book)) if r[0] == "EVAL-10"}
    assert ("EVAL-10", 148) not in _rules(check_file(_one("2582"), book))


def test_the_funds_side_label_wrapped_beside_its_lines(book):
    """2620 (-layout): 年度预算 / 执行情况 between the funds lines, 2618 (Edge): 年度预算执 / 行情况（万 / 元） — pieces
    of the side label, no funds lines (no false FORM-03; 2620 finds its true BUD-06 and VAL-02), and 其中：基本支出 / 元）
    the use it names."""
    result = check_file(_one("2620"), book)
    assert "FORM-03" not in {r for r, _ in _rules(result)} and {("BUD-06", 15), ("VAL-02", 34)} <= _rules(result)
    assert [line.label for line in result.form.funds][:3] == ["年度资金总额", "基本支出", "项目支出"]
    funds = check_file(_one("2618"), book).form.funds
    assert [(line.label, line.role) for line in funds][:3] == [("年度资金总额", "total"), ("基本支出", "use"),
                                                              ("项目支出", "use")]


def test_a_cell_a_line_task_header_whose_labels_wrap(book):
    """2611 (Chrome, a run a line): 预算金额 / （万元） / 总额 / 财政 / 拨款 / 其他 / 资金 — the money labels wrapped in
    their narrow cells made whole, so each task's three amounts are its columns, not tasks of their own: six tasks, no
    false BUD-02 or BUD-10 ×4; the true BUD-09 and BUD-10 (国土绿化) found."""
    result = check_file(_one("2611"), book)
    assert [t.name for t in result.form.tasks][4] == "国土绿化" and len(result.form.tasks) == 6
    assert ("BUD-02", 56) not in _rules(result) and {("BUD-09", 56), ("BUD-10", 46)} <= _rules(result)


def test_a_task_name_cut_by_a_line_break_in_a_converted_table(book):
    """2577 (WPS PDF转Word, tabs): →小型水利工程 / 维修养护→对全县48座…→1280.00→1280.00→0.00 — the task's name cut by the
    line break the export kept, the rest of its row after it: one task, its amounts in their columns (no false BUD-01
    ×3, BUD-02 ×3, BUD-03; the correct form passes)."""
    result = check_file(_one("2577"), book)
    assert [t.name for t in result.form.tasks][3:] == ["小型水利工程维修养护", "农村饮水安全运行维护", "河湖长制及河道管护"]
    assert result.verdict == "通过"
