"""Session 22: blind sets 159–161's false findings, mended. Each test fails on 4698b47 (the commit the sets were
judged at) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _rules(result):
    return {(f.rule, f.location.line) for f in result.findings}


def test_units_counted_by_the_ten_thousand_and_the_hundred_million(book):
    """2543: 菌棒 300万棒 (棒 a count, 万棒 its ten thousands); 2575: 集中育苗 1.2亿株 (亿 scales a count as 万 does):
    no false VAL-02 info."""
    assert ("VAL-02", 76) not in _rules(check_file(_one("2543"), book))
    assert ("VAL-02", 42) not in _rules(check_file(_one("2575"), book))


def test_a_funds_source_under_of_which(book):
    """2542 (plain pdftotext): 其中：中央财政衔接推进乡村振兴补助资金 / 420.00 — a source though 其中： heads it (no
    false BUD-01: the clean form passes); 2566: 其中：省级 / 补助资金 / 1380.00, its label wrapped; 2571 (Foxit):
    项目资金 其中：中央 / 400.00 / （万元） 衔接资金, the label wrapped round its amount. 1204's BUD-01 now counts its
    其中：中央资金 (差10万元, not 370)."""
    assert check_file(_one("2542"), book).verdict == "通过"
    assert ("BUD-01", 18) not in _rules(check_file(_one("2566"), book))
    assert check_file(_one("2571"), book).verdict == "通过"
    assert any("差10万元" in f.message for f in check_file(_one("1204"), book).findings if f.rule == "BUD-01")


def test_a_laid_out_funds_header_wrapped_round_its_short_labels(book):
    """2562 (pdftotext -layout): 年初 全年 全年 / 分值 执行率 得分 / 预算数 预算数 执行数 — one header, the tall labels
    whole in their columns: the rate 96.45% read right (no false BUD-06). 2561: 全年预算数 全年执行数 执行率 /
    年初预算数 分值 得分 / （A） （B） （B/A）, and 其中：本年 / 360.00 … / 财政拨款 a source wrapped round its amounts (no
    false BUD-06 or BUD-01)."""
    assert not {r for r in _rules(check_file(_one("2562"), book)) if r[0] == "BUD-06"}
    result = check_file(_one("2561"), book)
    assert not {r for r in _rules(result) if r[0] in ("BUD-06", "BUD-01")}
    assert [line.label for line in result.form.funds] == ["年度资金总额", "本年财政拨款", "其他资金"]


def test_sources_side_by_side_each_label_and_amount_in_one_cell(book):
    """按收入性质分： | 按支出性质分： then 一般公共预算：2905.40 | 基本支出：826.75 … — each cell a source or a use and
    its amount, the side label's pieces (预算资金（万元）, 资金（万元）, 年度预算资金) beside them no line of their own
    (2524 Edge, 2474 Acrobat, 2562 -layout, 2574 and 2519 Foxit, 2567 Acrobat with its three-line funds header: no
    false BUD-06; 2474 and 2560 pass)."""
    for number in ("2524", "2474", "2562", "2574", "2519", "2567"):
        result = check_file(_one(number), book)
        parts = {line.label: line.amounts[0][1] for line in result.form.funds if line.role in ("part", "use")}
        assert parts.get("一般公共预算") is not None and parts.get("项目支出") is not None, number
        assert not {r for r in _rules(result) if r[0] == "BUD-06"}, number
    assert check_file(_one("2474"), book).verdict == "通过"


def test_a_viewers_task_content_wrapped(book):
    """Task tables in viewer copies whose 主要内容 wraps: top-aligned, its rest alone on the next line (2532 Acrobat:
    …开展老年人、 / 慢性病患者等重点人群健康管理, six tasks, the true BUD-02 found; 1288 Edge: the true BUD-02 found),
    or centred round the line of the task's name and amounts (2563: six tasks, the form passes)."""
    result = check_file(_one("2532"), book)
    assert len(result.form.tasks) == 6 and ("BUD-02", 20) in _rules(result)
    assert result.form.tasks[1].content.endswith("开展老年人、慢性病患者等重点人群健康管理")
    assert ("BUD-02", 25) in _rules(check_file(_one("1288"), book))
    result = check_file(_one("2563"), book)
    assert [t.name for t in result.form.tasks][4] == "农作物病虫害绿色防控" and result.verdict == "通过"
