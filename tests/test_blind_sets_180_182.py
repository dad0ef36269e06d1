"""Session 23: blind sets 180–182's false findings, mended. Each test fails on 53a65a9 (the commit the sets were
judged at) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def test_the_execution_points_in_the_funds_blocks_label(book):
    """2869 (WPS PDF-to-Word, 四川): 预算执行情况（万元）（10分） | 年初预算数 | … — no 分值 column, the block's 10 points in its
    label: counted with the indicators' 90 (no false EVAL-01 error, no false 退回); 2676 (Acrobat) likewise with
    预算执行情况（10分） over its columns."""
    result = check_file(_one("2869"), book)
    assert not [f for f in result.findings if f.rule == "EVAL-01" and f.severity.label == "error"]
    assert result.verdict != "退回"
    assert "EVAL-01" not in {f.rule for f in check_file(_one("2676"), book).findings}


def test_a_value_split_from_its_unit_under_the_value_column(book):
    """2878 (WPS PDF-to-Word): | | 参与课后服务学生人数 | ≥4.5 | 万人 — the value cell split in two under the header's
    指标值: one value ≥4.5万人 (no false VAL-02, no false 退回)."""
    result = check_file(_one("2878"), book)
    assert next(i for i in result.form.indicators if i.name == "参与课后服务学生人数").raw == "≥4.5万人"
    assert "VAL-02" not in {f.rule for f in result.findings} and result.verdict != "退回"


def test_a_graded_word_is_a_value_not_a_level(book):
    """2853 (Foxit): 救助资金发放准确性 较好 — a row's name and its graded value, no 一级 较好 over an empty group (no false
    FORM-03; the true VAL-06 found)."""
    result = check_file(_one("2853"), book)
    row = next(i for i in result.form.indicators if i.name == "救助资金发放准确性")
    assert row.raw == "较好" and "FORM-03" not in {f.rule for f in result.findings}
    assert "VAL-06" in {f.rule for f in result.findings}


def test_a_whole_name_under_a_whole_name_short_of_its_columns_width(book):
    """2868 (-layout): 特困人员救助供养人数 ≥2600人 / 临时救助人次 — a whole name, short of its column's widest, with a whole
    name under it: two rows, the second's value empty (the true STR-06 found, 退回); 2218's 定点康复机构服务质量 / 评估达标率,
    in a column whose names wrap elsewhere too, stays one name."""
    result = check_file(_one("2868"), book)
    assert "临时救助人次" in {i.name for i in result.form.indicators}
    assert "STR-06" in {f.rule for f in result.findings} and result.verdict == "退回"
    assert "定点康复机构服务质量评估达标率" in {i.name for i in check_file(_one("2218"), book).form.indicators}


def test_a_task_headers_label_cut_and_a_three_line_task_header(book):
    """2883 (Foxit): 任务名称 主要内容 预算 / 金额 / 总额 财政拨款 其他资金 — 预算金额's end on a line of its own, no task
    (no false FORM-03); 2852 (-layout): 预算金额 / 年度主要任务 主要内容 / 总额 财政拨款 其他资金 — the side label the name
    column's own label, the money's labels below: six tasks read, the true BUD-09 found (2686 likewise)."""
    assert [t.name for t in check_file(_one("2883"), book).form.tasks][0] == "人员及机构运转"
    result = check_file(_one("2852"), book)
    assert len(result.form.tasks) == 6 and str(result.form.tasks[1].budget.total) == "326.80"
    assert "BUD-09" in {f.rule for f in result.findings}
    assert "BUD-09" in {f.rule for f in check_file(_one("2686"), book).findings}
