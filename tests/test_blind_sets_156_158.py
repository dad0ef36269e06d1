"""Session 22: blind sets 156–158's false findings, mended. Each test fails on 9add96a (the commit the sets were
judged at) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _at(result, line):
    return next(i for i in result.form.indicators if i.location.line == line)


def test_a_laid_out_header_whose_short_labels_wrap(book):
    """2507 (pdftotext -layout): 指标 / 性质 and 度量 / 单位 over two lines — 指标 alone names the 三级 column another
    label names, so the line below ends them: the units are read (no false VAL-02 ×14), 改进措施 is the header's, not
    the first row's reason. 2248's header (得分 | 偏差原因分析及 / 改进措施) keeps its 得分."""
    result = check_file(_one("2507"), book)
    assert not [f for f in result.findings if f.rule == "VAL-02"]
    assert not _at(result, 25).reason and (_at(result, 25).nature, _at(result, 25).unit_cell) == ("≥", "场")
    assert ("EVAL-03", 29) in {(f.rule, f.location.line) for f in check_file(_one("2248"), book).findings}


def test_a_notes_wrapped_lines_in_a_cell_a_line_copy(book):
    """2526 (Foxit, a run a line): 以乡镇上报、县级核实的建设 / 任务清单为准 / 铺设滴灌管网长度 / ≥ … — a 指标值说明
    wrapped in its column, its second line no name (the next name has its value after it, or a label follows): 13 rows,
    no false STR-06 (a false 退回) or STR-10 on a note's line. 2520 (WPS viewer): the same, and 项目总投资 / ≤7500万元 a
    cost's row though a header field shares its name (its true DATE-02 and VAL-06 found, no false STR-10)."""
    result = check_file(_one("2526"), book)
    assert len(result.form.indicators) == 13 and result.verdict != "退回"
    assert _at(result, 43).name == "铺设滴灌管网长度" and _at(result, 79).name == "项目总成本"
    rules = {(f.rule, f.location.line) for f in check_file(_one("2520"), book).findings}
    assert {("DATE-02", 70), ("VAL-06", 63)} <= rules and not {r for r in rules if r[0] == "STR-10"}
    assert _at(check_file(_one("2520"), book), 80).raw == "≤7500万元"


def test_a_viewers_cells_centred_round_their_row(book):
    """2516 (Edge): a 指标值说明 wrapped over two lines stands on the lines above and below its row's name and value —
    the note whole on the row, no row read from its pieces; 2523 (Acrobat): a name wrapped round its value alone
    (处治急弯陡坡、临水临崖等隐患 / ≥95处 / 路段数量) one row, called by its name's first line. 2224 (生活补助人数 below
    two rows: names' ends, no note) and 011 (65岁及以上老年人健康管 / 理人数: a name that starts with a figure) keep
    their readings."""
    result = check_file(_one("2516"), book)
    assert _at(result, 23).extras[0][1] == "以省林业和草原局下达的年度造林任务为准，按小班核实面积统计"
    assert 22 not in {i.location.line for i in result.form.indicators}
    row = _at(check_file(_one("2523"), book), 26)
    assert (row.name, row.raw) == ("处治急弯陡坡、临水临崖等隐患路段数量", "≥95处")
    assert _at(check_file(_one("2224"), book), 22).reason is None
    assert check_file(_one("011"), book).verdict == "通过"


def test_a_trend_given_as_a_value_a_cell_a_line(book):
    """2496 (plain pdftotext, a cell a line): 带动新型农业经营主体参与数量 / 较上年显著提高 — the trend is the row's
    (vague) value, not its name's end: no false FORM-03, the true VAL-05 found (退回)."""
    result = check_file(_one("2496"), book)
    assert (_at(result, 43).name, _at(result, 43).raw) == ("带动新型农业经营主体参与数量", "较上年显著提高")
    assert ("VAL-05", 43) in {(f.rule, f.location.line) for f in result.findings} and result.verdict == "退回"
