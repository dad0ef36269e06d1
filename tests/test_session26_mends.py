"""Session 26: mends of losses left from earlier blind sets. Each test fails on 1bb945a (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jxcheck.engine import scoring
from jxcheck.engine.check import check_file
from jxcheck.engine.findings import Severity

from written_checks import written as _one


def _rules(result) -> set[str]:
    return {f.rule for f in result.findings}


def test_a_funds_block_of_label_and_amount_pairs_beside_its_label(book):
    """3741 (四川, WPS tabs): 预算执行情况（万元）（10分） | 预算数： | 1260.00 | 执行数： | 1197.00, the sources' pairs
    below (其中：财政拨款 | 1260.00 | 其中：财政拨款 | 1197.00) and 执行率 | 96.00% | 得分 | 9.60: the total line with the
    block's 10 points — the weights add up to 100 (no false EVAL-01), and the wrong rate (1197÷1260 = 95%) and its
    score are found (BUD-06, BUD-08)."""
    result = check_file(_one("3741"), book)
    ex = scoring.execution(result.form)
    assert ex is not None
    assert (ex.budget, ex.spent, ex.weight, ex.rate, ex.score) == (
        Decimal("1260.00"), Decimal("1197.00"), Decimal("10"), Decimal("96.00"), Decimal("9.60"))
    assert [(line.label, line.role) for line in result.form.funds] == [
        ("年度资金总额", "total"), ("财政拨款", "part"), ("其他资金", "part")]
    assert {"BUD-06", "BUD-08"} <= _rules(result)
    assert not any(f.rule == "EVAL-01" and f.severity == Severity.ERROR for f in result.findings)


def test_a_funds_block_of_pairs_in_a_spaced_copy_passes(book):
    """3695 (四川, Acrobat): the same block one space apart (其中－财政拨款： 65.00 …): a correct form, 通过."""
    result = check_file(_one("3695"), book)
    assert result.verdict == "通过"
    assert scoring.execution(result.form).weight == Decimal("10")


def test_a_pairs_line_with_its_own_label_keeps_it(book):
    """Guard: 预算执行情况(万元)(20分) | 年度财政资金总额 | 预算数(A) | 1.56 | 执行数(B) | 1.56 …: the line's own label
    beside the block's, kept (407_112)."""
    from pathlib import Path
    path = next(Path(__file__).parent.joinpath("fixtures", "layout_variants").glob("407_112_*"))
    result = check_file(path, book)
    assert [line.label for line in result.form.funds] == ["年度财政资金总额"]


def test_a_signing_unit_s_label_alone_on_its_line_under_the_table(book):
    """3322 (plain pdftotext, a cell a line): 填报单位： / 会泽县乡村振兴局 / 填报人： … under the last group: the
    sign-off, no two indicators without a value — no FORM-03, and the whole-table rules run (STR-01: no 满意度)."""
    result = check_file(_one("3322"), book)
    assert not any("填报单位" in i.name or "乡村振兴局" in i.name for i in result.form.indicators)
    assert "FORM-03" not in _rules(result)
    assert ("STR-01", 35) in {(f.rule, f.location.line) for f in result.findings}


def test_a_signing_unit_alone_under_the_last_group_of_a_plain_copy(book):
    """3777 (plain pdftotext): 满意度指标 / 服务对象满意度指标 printed after its row, then 填报单位： / 隰县农业农村局:
    ten indicators, the sign-off none — no FORM-03."""
    result = check_file(_one("3777"), book)
    assert len(result.form.indicators) == 10
    assert "FORM-03" not in _rules(result)


def test_as_planned_where_a_quantity_is_due_is_a_qualitative_value_not_a_misread_row(book):
    """3795 (WPS viewer, a cell a line): 果园水肥一体化改造 / 按计划完成 under 数量指标: a completion phrase where a
    number is due — VAL-05 (error), not a row the copy cut (no FORM-03 hiding it)."""
    result = check_file(_one("3795"), book)
    assert ("VAL-05", 35) in {(f.rule, f.location.line) for f in result.findings}
    assert "FORM-03" not in _rules(result) and result.verdict == "退回"


def test_a_header_repeated_on_the_next_page_places_its_rows_as_on_the_first(book):
    """3761 (pdftotext -layout, two pages): the indicator header printed again under page 1's number, then rows
    whose 二级 label runs a space from the name (社会效益指标 农村自来水普及率): placed where the same header's rows
    were on page 1 — the names read as names, the values as values, no FORM-03 on a correct form (通过)."""
    result = check_file(_one("3761"), book)
    rows = {i.location.line: (i.name, i.raw) for i in result.form.indicators}
    assert rows[39] == ("受益农村人口", "≥14.2万人") and rows[40] == ("农村自来水普及率", "≥92%")
    assert rows[42] == ("维修工程正常运行年限", "≥5年")
    assert result.verdict == "通过"


def test_a_two_row_level2_centred_between_its_rows_where_the_others_head_theirs(book):
    """3821 (pdftotext -layout, two pages): page 1 prints each 二级 on its group's first row, page 2 centres
    社会效益指标 on the line between its two rows (受益农村人口 / 社会效益指标 / 农村自来水普及率): both rows are
    社会效益指标's, no empty group and no false FORM-03 on a correct form."""
    result = check_file(_one("3821"), book)
    rows = {i.location.line: (i.level1, i.level2) for i in result.form.indicators}
    assert rows[32] == rows[34] == ("效益指标", "社会效益指标")
    assert not result.form.empty_groups and result.verdict == "通过"


def test_a_page_number_before_the_next_page_is_no_text_of_the_form(book):
    """A page's bare number, the next page after it: 3791 (a blank line between it and the form feed) and 3857 (no
    form feed kept, the header printed again below it) — no 二级 named 成本指标1 / 时效指标1; 3802 (a cell a line,
    the last page's 2 under the sign-off) — 单位负责人 陈光辉 read, no false DATE-04."""
    assert "成本指标1" not in {i.level2 for i in check_file(_one("3791"), book).form.indicators}
    assert "时效指标1" not in {i.level2 for i in check_file(_one("3857"), book).form.indicators}
    result = check_file(_one("3802"), book)
    assert "DATE-04" not in _rules(result) and ("单位负责人", "陈光辉") in result.form.meta.fields


def test_a_cell_a_line_task_table_whose_money_group_label_ran_into_its_first_column(book):
    """3887 (WPS viewer, a cell a line): 任务名称 / 主要内容 / 预算金额总额 / 财政拨款 / 其他资金 — the merged 预算金额
    over 总额 joined on one line: five tasks with their three amounts and the 金额合计 row, no false BUD-02 or BUD-09
    on a correct form."""
    result = check_file(_one("3887"), book)
    assert [(t.name, str(t.budget.total)) for t in result.form.tasks][:2] == [("机构运行", "486.20"), ("国土空间规划编制", "120.00")]
    assert len(result.form.tasks) == 5
    assert result.verdict == "通过"


def test_a_page_s_first_row_under_a_centred_level2_not_the_last_group_of_the_page_before(book):
    """3851 (pdftotext -layout, two pages): page 2 opens with 较大火灾事故发生起数, 社会效益指标 centred on the line
    below it and the next row, the satisfaction 二级 wrapped round its row (服务对象满 / 意度指标): the first row is
    社会效益指标's, no false VAL-11 (a fire count called a cost); and 维护后设施正常使用年限 names a measure (年限),
    no false TXT-03."""
    result = check_file(_one("3851"), book)
    row = next(i for i in result.form.indicators if i.location.line == 30)
    assert (row.level1, row.level2) == ("效益指标", "社会效益指标")
    assert not {"VAL-11", "TXT-03"} & _rules(result) and result.verdict == "通过"


def test_a_cell_a_line_row_whose_empty_target_left_a_bare_rate(book):
    """3909 (WPS viewer, a cell a line): 当年人工造林成活率 / 88% / 10 / 10, the 年度指标值 left empty: the rate with no
    bound is the result, 10 and 10 the points and score — the real STR-06, no false EVAL-06 (a result of 10)."""
    result = check_file(_one("3909"), book)
    row = next(i for i in result.form.indicators if i.name == "当年人工造林成活率")
    assert (row.raw, row.actual, str(row.weight), str(row.score)) == ("", "88%", "10", "10")
    found = {(f.rule, f.location.line) for f in result.findings}
    assert ("STR-06", 47) in found and ("EVAL-06", 47) not in found


def test_page_numbers_left_as_lines_of_their_own_without_a_form_feed(book):
    """Acrobat / Edge copies keep no form feed: 3965's 1 between two pages' rows and 2 at the end, 3963's lone 1 at
    the end — page numbers, not a 二级's rest (成本指标1, 可持续影响指标1) nor a field."""
    assert "成本指标1" not in {i.level2 for i in check_file(_one("3965"), book).form.indicators}
    result = check_file(_one("3963"), book)
    assert "可持续影响指标1" not in {i.level2 for i in result.form.indicators}
    assert not any(k == "1" for k, _ in result.form.meta.fields)


def test_a_low_rate_s_reason_on_its_own_line_under_the_funds_block(book):
    """3996 (Chrome, a run a line) and 3696: 执行率未达90%原因：四季度签约服务费…结转至2024年拨付 under the funds lines:
    the block's note, its label with a figure in it — the rate is explained, no false BUD-07 (nor a FORM-03 over a
    funds line with no amounts)."""
    for number in ("3996", "3696"):
        result = check_file(_one(number), book)
        assert not {"BUD-07", "FORM-03"} & _rules(result), number
    assert "BUD-08" in _rules(check_file(_one("3996"), book))


def test_a_goal_s_count_in_times_against_an_indicator_s_count(book):
    """4006: the goal's 不少于120场次 against 群众文化活动场次 ≥120场 — the same count, no false TXT-02."""
    assert "TXT-02" not in _rules(check_file(_one("4006"), book))


def test_a_cell_a_line_copy_whose_funds_block_came_out_a_line_a_row(book):
    """4014 (Foxit): the indicator table a cell a line, the funds block a row a line, cells one space apart
    (年度预算 年初预算数 全年预算数 … / 年度资金总额 8600 9200 9108 10 99% 9.9 / 其中：财政拨款 8600 9200 9108 — — —):
    the funds lines read, the execution's 9.9 counted — the real EVAL-02 (scores 99.9, 总分 98.9)."""
    result = check_file(_one("4014"), book)
    ex = scoring.execution(result.form)
    assert ex is not None and (ex.budget, ex.spent, ex.score) == (Decimal("9200"), Decimal("9108"), Decimal("9.9"))
    assert ("EVAL-02", 76) in {(f.rule, f.location.line) for f in result.findings}


def test_a_laid_out_header_whose_tall_cells_print_their_labels_above_and_below_its_line(book):
    """年度 | 实际 above the header's line, 指标值 | 完成值 below it, nothing between 三级指标 and 分值 on it (a review
    case laid out from 4054): the header has 年度指标值 and 实际完成值, the words above it are no goal's, the rows
    are read in their columns — the missed target found (EVAL-06), no FORM-03."""
    path = Path(__file__).parent / "fixtures" / "review_cases" / "r26_three_line_header.txt"
    result = check_file(path, book)
    row = next(i for i in result.form.indicators if i.name == "发放杀虫灯、诱虫板等物资")
    assert (row.raw, row.actual, str(row.weight), str(row.score)) == ("≥12000套", "11400套", "10", "9.5")
    assert "EVAL-06" in _rules(result) and "FORM-03" not in _rules(result)
    assert not any("年度" in g.text[-4:] or "实际" in g.text[-4:] for g in result.form.goals)


def test_a_three_line_header_of_a_written_form_reads_its_rows(book):
    """2573 (pdftotext -layout): the header's tall labels split over the lines above and below it — the rows read
    in their columns, the real EVAL-03 found, none of the false VAL-02 / EVAL-05 / TXT-05 of a shifted row."""
    result = check_file(_one("2573"), book)
    found = {(f.rule, f.location.line) for f in result.findings}
    assert ("EVAL-03", 34) in found and not {("VAL-02", 34), ("EVAL-05", 34), ("TXT-05", 34)} & found


def test_reverse_words_in_names_that_count_what_is_handled_or_watched(book):
    """VAL-04: 消费投诉举报受理处置件数 ≥1500件 (4053) counts complaints handled, 专业监测隐患点数量 ≥32处 (4034) the
    hazard points watched — ≥ is their direction, no false VAL-04."""
    for number in ("4053", "4034"):
        assert "VAL-04" not in _rules(check_file(_one(number), book)), number


def test_a_goal_and_its_achievement_said_in_their_cells_beside_a_side_label_set_down_the_margin(book):
    """4070 (pdftotext -layout): 年度总体 / 目标 down the margin beside 预期目标：资助…3100人… and 实际完成：资助…2945人…
    under the funds block: one goal and what was achieved, no funds lines of them and no FORM-03 (3862 and 3880
    alike); 3820's 实际完成情况：… is no second goal."""
    result = check_file(_one("4070"), book)
    assert [g.text[:8] for g in result.form.goals] == ["资助家庭经济困难"]
    assert [line.label for line in result.form.funds] == ["年度资金总额", "财政拨款", "其他资金"]
    assert any(k == "实际完成" for k, _ in result.form.meta.fields)
    for number in ("4070", "3862", "3880"):
        assert "FORM-03" not in _rules(check_file(_one(number), book)), number
    assert len(check_file(_one("3820"), book).form.goals) == 1


def test_a_row_s_points_ending_a_page_before_the_header_printed_again(book):
    """4075 (plain pdftotext, two pages): 部门支出控制数 / ≤865.4万元 / 856.75万元 / 10 / 10, then the column labels
    printed again on page 2: the 10 and 10 are the row's points and score, not the page's number — the 总分 is
    checked, its real EVAL-02 found (a false 通过 before)."""
    result = check_file(_one("4075"), book)
    row = next(i for i in result.form.indicators if i.name == "部门支出控制数")
    assert (str(row.weight), str(row.score)) == ("10", "10")
    assert ("EVAL-02", 110) in {(f.rule, f.location.line) for f in result.findings} and result.verdict == "退回"


def test_a_money_label_s_unit_alone_on_its_row_in_a_task_header(book):
    """4081 (WPS tabs): 预算金额 / （万元） / 总额 | 财政拨款 | 其他资金 — the unit alone on the header's middle row is
    the label's, no sixth task with no amounts, no FORM-03 on a correct form."""
    result = check_file(_one("4081"), book)
    assert len(result.form.tasks) == 5 and result.verdict == "通过"


def test_a_unit_s_name_alone_over_the_title(book):
    """4104 (Foxit): 扎赉特旗农牧和科技局 alone on the line over 2022年度部门整体支出绩效自评表, no label naming a unit:
    the form's unit, no false FORM-04."""
    result = check_file(_one("4104"), book)
    assert result.form.meta.department == "扎赉特旗农牧和科技局" and "FORM-04" not in _rules(result)


def test_a_self_evaluation_row_read_whole_with_a_word_where_a_quantity_is_due(book):
    """4150 (WPS viewer, a cell a line): 应急物资储备品种数量 / 充足 / 充足 / 10 / 10 under 数量指标 — target and result
    the same word, points and score in place: the row is read whole, its words where a number is due are the form's
    (an error, 退回), not a cut the copy made (no FORM-03 hiding it)."""
    result = check_file(_one("4150"), book)
    assert ("VAL-01", 57) in {(f.rule, f.location.line) for f in result.findings}
    assert "FORM-03" not in _rules(result) and result.verdict == "退回"


def test_a_forest_planted_names_a_measure_and_a_stamp_s_place_is_no_part_of_a_unit(book):
    """TXT-03: 营造水土保持林 | ≥3200亩 (4138) is forest planted, counted in 亩, no slogan; 营造良好环境 stays one.
    header: 海伦市教育局（盖章） (4120) names 海伦市教育局."""
    assert "TXT-03" not in _rules(check_file(_one("4138"), book))
    assert check_file(_one("4120"), book).form.meta.department == "海伦市教育局"


def test_an_empty_value_between_its_comparator_and_its_unit_in_a_copy_one_space_apart(book):
    """4139 (Foxit, runs one space apart, 指标性质 | 指标值 | 度量单位 columns): 推广主导品种 ≥ 个 — the copy dropped the
    empty value cell, the unit is the unit's: the value left empty is the form's (STR-06, 退回), no FORM-03."""
    result = check_file(_one("4139"), book)
    row = next(i for i in result.form.indicators if i.name == "推广主导品种")
    assert (row.nature, row.raw, row.unit_cell) == ("≥", "", "个")
    assert ("STR-06", 18) in {(f.rule, f.location.line) for f in result.findings} and "FORM-03" not in _rules(result)


def test_an_empty_value_between_its_comparator_and_its_unit_a_cell_a_line_under_any_name(book):
    """4184 (WPS viewer, a cell a line, 指标性质 | 指标值 | 度量单位): 耕地质量等级提升 / ≥ / 等 — the empty value cell gave
    no line between the comparator's and the unit's; the name need not end as a count's (…提升): STR-06, no FORM-03."""
    result = check_file(_one("4184"), book)
    assert ("STR-06", 52) in {(f.rule, f.location.line) for f in result.findings} and "FORM-03" not in _rules(result)
