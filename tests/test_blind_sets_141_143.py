"""Session 21: blind sets 141–143's false findings, mended. Each test fails on 7a83893 (the commit the sets were
judged at) unless it says it guards what a mend must keep."""
from __future__ import annotations

import re

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _levels(result) -> dict[int, tuple[str, str]]:
    """Each row's 一级 and 二级 by its line, weights aside (产出指标（50分） is 产出指标)."""
    return {i.location.line: (re.sub(r"[（(]\d+分[）)]", "", i.level1), i.level2) for i in result.form.indicators}


def test_a_level1_weight_printed_a_line_below_beside_a_level2_label(book):
    """2278, 2286 (Acrobat): 产出指标 农村公路优良中等路率 ≥85% … / （50分） 质量指标 / 养护工程交工验收合格率 … — the
    weight is 产出指标's, 质量指标 a label between its two rows: both rows 质量, no empty group, no false FORM-03; 2278
    then finds its true EVAL-06 and EVAL-03 on line 35."""
    result = check_file(_one("2278"), book)
    levels = _levels(result)
    assert levels[27] == levels[29] == ("产出指标", "质量指标")
    assert sorted((f.rule, f.location.line) for f in result.findings) == [("EVAL-03", 35), ("EVAL-06", 35)]
    assert "FORM-03" not in [f.rule for f in check_file(_one("2286"), book).findings]


def test_a_level2_label_wrapped_under_its_row_beside_the_level1_weight(book):
    """2264 (Acrobat): 满意度指标 服务对象满 / 服务对象满意度 ≥90% 93% 10 10 / （10分） 意度指标 — the row's name is a
    level's name yet a row (its value after it); the label made whole on it. The table read, its true EVAL-01 (产出指标
    （50分） over rows weighing 45) is found."""
    result = check_file(_one("2264"), book)
    assert _levels(result)[40] == ("满意度指标", "服务对象满意度指标")
    rules = [(f.rule, f.location.line) for f in result.findings]
    assert ("EVAL-01", 24) in rules and "FORM-03" not in [r for r, _ in rules], rules


def test_a_funds_header_wrapped_in_narrow_columns(book):
    """2269 (Edge: 年度预算 年初预 全年预 全年执 分值 执行率 得分 / （万元） 算数 算数 行数), 2264 (Acrobat, 分值 执行率 得分
    on a line between): one header of whole labels; the execution's 得分 read, the true EVAL-02 (总分 98.86, the scores
    99.86) found."""
    result = check_file(_one("2269"), book)
    total = next(line for line in result.form.funds if line.label == "年度资金总额")
    assert str(dict(total.amounts)["得分"]) == "9.86"
    assert ("EVAL-02", 40) in [(f.rule, f.location.line) for f in result.findings]
    total = next(line for line in check_file(_one("2264"), book).form.funds if line.label == "年度资金总额")
    assert str(dict(total.amounts)["全年执行数"]) == "3368.20"


def test_a_values_unit_wrapped_in_its_narrow_column(book):
    """2299, 2304 (plain pdftotext, a cell a line): ≤7个工作 / 日, 1150元/ / 件, ≤1.2万元/ / 场, ≥1800万人 / 次 — one value
    each, its unit's end a line below; no stray 日 read as the row's result (no false DATE-01, EVAL-05). A guard: a figure
    and its 度量单位 cell (3200 / 人, 1750) stay two cells."""
    values = {i.location.line: (i.raw, i.actual) for i in check_file(_one("2304"), book).form.indicators}
    assert values[96][0] == "≤5个工作日" and values[104][0] == "≤1.2万元/场" and values[127][0] == "≥1800万人次"
    rules = {(f.rule, f.location.line) for f in check_file(_one("2299"), book).findings}
    assert not rules & {("DATE-01", 112), ("EVAL-05", 112), ("EVAL-05", 120)}, rules
    result = check_file(_one("1750"), book)
    assert "VAL-02" not in [f.rule for f in result.findings]


def test_rules_read_as_reviewers_do(book):
    """2265 (古桑树保存率), 2231 (滩羊舍饲圈养率): ecological effects (no false VAL-11); 2251: 持续推广 under 可持续影响 is a
    lasting-effect phrase of catalogue §3.1(b) (no false VAL-05); 2304: 注：全年预算较年初增加172.78万元，系年中省级下达旅游
    发展专项资金 tells why the budget rose (no false BUD-07); 2279: 项目负责人及电话 | 叶建平 signs for the unit (no false
    DATE-04)."""
    for number, rule in (("2265", "VAL-11"), ("2231", "VAL-11"), ("2251", "VAL-05"), ("2304", "BUD-07"),
                         ("2279", "DATE-04")):
        assert rule not in [f.rule for f in check_file(_one(number), book).findings], (number, rule)


def test_a_signing_unit_under_a_cell_a_line_table_is_no_row(book):
    """2284 (Chrome): 填报单位（盖章）：商城县农业农村局 / 负责人：陈德厚 under the last row — two sign-off fields, not one
    row's name: the head of unit signed (no false DATE-04), the department is the unit alone."""
    result = check_file(_one("2284"), book)
    assert "DATE-04" not in [f.rule for f in result.findings]
    assert result.form.meta.department == "商城县农业农村局"


def test_a_cost_level1_over_its_wrapped_level2_in_a_cell_a_line_copy(book):
    """2297 (Chrome), 2302 (WPS viewer): 成本指标 / 经济成本 / 指标 / 人员经费支出 — the 101 scheme's 一级 with its own 二级
    wrapped over two lines below it, not a 二级 under 产出指标 (no false STR-03); 2297's task name wrapped in its narrow
    cell (动物防疫与农产品质 / 量安全监管) is one name, its content after it — the correct form passes."""
    for number in ("2297", "2302"):
        result = check_file(_one(number), book)
        assert _levels(result)[85] == ("成本指标", "经济成本指标"), number
        assert "STR-03" not in [f.rule for f in result.findings], number
    result = check_file(_one("2297"), book)
    assert "动物防疫与农产品质量安全监管" in [t.name for t in result.form.tasks] and result.verdict == "通过"


def test_laid_out_level2_labels_wrapped_in_their_narrow_column(book):
    """pdftotext -layout: 经济成本 | … / 成本指标 / 指标 | … (2257: its 一级 alone on the line between), 社会效益 | … / 指标 |
    …, 可持续影响 / 指标, 服务对象满 / 受益群众满意度 / 意度指标 (2261) — each one label; 2257 and 1541 pass (no false
    FORM-03), 2261's rows all under their own 二级."""
    for number in ("2257", "1541"):
        assert "FORM-03" not in [f.rule for f in check_file(_one(number), book).findings], number
    levels = _levels(check_file(_one("2261"), book))
    assert levels[41][1] == levels[42][1] == "社会效益指标" and levels[44][1] == levels[45][1] == "可持续影响指标"
    assert levels[47] == ("满意度指标", "服务对象满意度指标")


def test_a_two_row_header_whose_second_row_splits_the_value(book):
    """2281 (Foxit): 一级指标 二级指标 三级指标 年度指标值 / 指标性质 指标值 度量单位 — one header, the value's group over
    its three columns; every row read (≥ | 40 | 家), the true VAL-02 on line 34 (≥ 90, no %) found, no false FORM-03."""
    result = check_file(_one("2281"), book)
    assert len(result.form.indicators) == 13
    rules = [(f.rule, f.location.line) for f in result.findings]
    assert ("VAL-02", 34) in rules and "FORM-03" not in [r for r, _ in rules], rules


def test_a_header_wrapped_round_its_short_labels_and_units_wrapped_under_values(book):
    """2294 (Foxit): 实际完成 偏差原因分析及 / 一级指标 … 得分 / 值 改进措施 — one header in the columns' usual order;
    ≥4.6万剂次 4.72万剂 / 次 and 项目支出 ≤2840.23万 2669.36万 / 元 元 — the units' ends under their values (not the
    name's), 项目支出 a row's name (not 项目产出 misread): no false FORM-03 or VAL-02."""
    result = check_file(_one("2294"), book)
    row = next(i for i in result.form.indicators if i.location.line == 44)
    assert (row.name, row.raw, row.actual) == ("项目支出", "≤2840.23万元", "2669.36万元")
    rules = [(f.rule, f.location.line) for f in result.findings]
    assert not any(r in ("FORM-03", "VAL-02") and line for r, line in rules), rules


def test_a_wide_gap_where_a_viewers_row_lacks_its_value(book):
    """2260 (Acrobat): 医保基金当年收支平衡   收支平衡，略有结余 10 10 — one cell short between the name and the points, three
    spaces where the 年度指标值 stands: the value empty (STR-06), the words its result; the funds header wrapped with
    年度预算 beside 分值 执行率 得分 read whole (the budget the 全年 872.18, no false BUD-03; the true EVAL-02 found)."""
    rules = {(f.rule, f.location.line) for f in check_file(_one("2260"), book).findings}
    assert rules == {("STR-06", 41), ("EVAL-02", 46)}, rules


def test_an_edge_copy_of_name_value_rows_is_no_cell_a_line_copy(book):
    """2291, 2270 (Edge): lines of a name and its value one space apart (管网及水源井维修处数 ≥420处) are a viewer's rows,
    not plain pdftotext's one cell a line: 2291's 14 rows read and the correct form passes; 2270 finds its true STR-06
    (line 26) and STR-01, and none of its four false findings."""
    result = check_file(_one("2291"), book)
    assert len(result.form.indicators) == 14 and result.verdict == "通过"
    rules = {(f.rule, f.location.line) for f in check_file(_one("2270"), book).findings}
    assert ("STR-06", 26) in rules and "STR-01" in {r for r, _ in rules}
    assert not {r for r, _ in rules} & {"BUD-01", "FORM-03", "FORM-04"} and ("STR-06", 33) not in rules


def test_a_laid_out_header_wrapped_round_its_line_and_a_date_wrapped_past_a_label(book):
    """2305 (pdftotext -layout): 实际完成 偏差原因分析及 / 一级指标 … 年度指标值 | | 分值 得分 / | 值 | | 改进措施 — the
    columns 实际完成值 and 偏差原因分析及改进措施 (no second 指标值: no false VAL-10, each row's target its ≥ value);
    2023年12月20 | 2023年12月 / 时效指标 / 日前 | 15日 — the row's dates whole past the label centred between (no false
    FORM-03)."""
    result = check_file(_one("2305"), book)
    row = next(i for i in result.form.indicators if i.location.line == 36)
    assert (row.raw, row.actual) == ("2023年12月20日前", "2023年12月15日")
    assert next(i for i in result.form.indicators if i.location.line == 34).raw == "≥1500人次"
    assert not {"VAL-10", "FORM-03"} & {f.rule for f in result.findings}


def test_a_short_name_above_its_comparator_in_a_column_of_its_own(book):
    """2288 (Foxit, a run a line, 指标性质 | 指标值 | 度量单位): 人员经费 / ≤ / 1386.20 / 万元 / 公用经费 / ≤ / 118.60 /
    万元 — 公用经费 is the next row's name, not a stray cell: 18 rows, the costs add up to the tasks (no false BUD-09,
    BUD-10)."""
    result = check_file(_one("2288"), book)
    assert len(result.form.indicators) == 18
    assert not {"BUD-09", "BUD-10"} & {f.rule for f in result.findings}


def test_a_self_evaluations_task_table_of_budget_and_spending(book):
    """2325, 2332 (Acrobat), 2318 (Foxit): 任务名称 | 全年预算数 | 全年执行数 | 完成情况 — a row's two figures are what was
    budgeted and what was spent, its words the account: no 财政拨款 read from the spending (no false BUD-01, BUD-02)
    and no account flagged as an unreadable amount (FORM-03)."""
    for number in ("2325", "2332", "2318"):
        rules = [(f.rule, f.location.line) for f in check_file(_one(number), book).findings]
        assert not any(r in ("BUD-01", "BUD-02") for r, _ in rules), (number, rules)
        assert not any(r == "FORM-03" and line in (19, 20) for r, line in rules), (number, rules)
