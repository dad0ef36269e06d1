"""Session 33: mends of losses left from earlier blind sets. Each test fails on 0187daa (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from decimal import Decimal

from jxcheck.engine.check import check_file

from written_checks import levels_by_line as _levels, rule_set as _rules, written as _one


def test_spending_stays_under_its_cost_label_when_the_next_label_is_a_row_off(book):
    """6147, 5982 (-layout, 产出指标 a line above its group's middle): the last 成本指标 row, 机关运行经费支出 |
    ≤45.20万元, stays a cost — not a 效益 whose label then stands on its group's middle — so the costs add up to the
    tasks' money and no budget finding is raised."""
    result = check_file(_one("6147"), book)
    levels = _levels(result)
    assert levels[32] == ("产出指标", "成本指标") and levels[33] == ("效益指标", "社会效益指标")
    assert not {"BUD-09", "BUD-10"} & _rules(result)
    levels = _levels(check_file(_one("5982"), book))
    assert levels[38] == ("产出指标", "成本指标") and levels[39] == ("效益指标", "社会效益指标")


def test_a_header_piece_above_joins_the_label_it_makes_a_name_with(book):
    """6090 (-layout, 分 / 值 in a narrow column, 分 printed a little left, over 实际完成值): 分值 the weight's label —
    not 分实际完成值 — so 指标值 is ≥1.2万亩, not the weight 15; and 满意度指标（10分）服务对象 over its wrapped end
    满意度指标 a 一级 and its 二级's first piece (2980: 效益指标（30分）社会效益指标 the same), no row of labels."""
    result = check_file(_one("6090"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert str(rows[23].value.text) == "≥1.2万亩" and rows[23].weight == 15
    assert (rows[40].level1, rows[40].level2, rows[40].name) == ("满意度指标（10分）", "服务对象满意度指标", "林农满意度")
    assert len(rows) == 9 and {"EVAL-01"} == _rules(result) - {"DATE-04"}
    levels = _levels(check_file(_one("2980"), book))
    assert levels[30] == ("效益指标（30分）", "社会效益指标") and 31 not in levels


def test_display_columns_win_where_characters_put_levels_under_other_labels(book):
    """3686 (-layout, header labels centred over cells left-aligned in display columns): counted in characters the
    lines fit more columns but put 数量指标 under 一级指标 — the display-column reading is the text's: 优良中等路比例 and
    养护工程交工验收合格率 under 质量指标 (its label on the middle of their two lines), no DATE-01 on a rate."""
    result = check_file(_one("3686"), book)
    levels = _levels(result)
    assert levels[23] == ("产出指标", "质量指标") and levels[24] == ("产出指标", "质量指标")
    assert levels[25] == ("产出指标", "时效指标") and "DATE-01" not in _rules(result)
    names = {i.location.line: i.name for i in result.form.indicators}
    assert names[34] == "沿线群众对农村公路通行条件满意度"


def test_two_header_labels_ends_run_together_below_them(book):
    """6214 (Foxit, single spaces; 四川's 指标性质 | 指标值 | 度量单位): the header's wrapped ends 分) 质 位 on the line below
    it, 质位 run together — 指标性质 and 度量单位 whole, so each row's unit is read from its column (亩, %, 元/亩) and no
    VAL-02 says a unit is missing."""
    result = check_file(_one("6214"), book)
    assert len(result.form.indicators) == 8 and "VAL-02" not in _rules(result)
    first = next(i for i in result.form.indicators if i.location.line == 26)
    assert first.value.op == "≥" and "亩" in (first.value.unit or "")


def test_one_row_labels_before_their_row_merged_labels_after_their_rows(book):
    """6220 (Edge), 6209 (Chrome), a cell a line: a label cell of one row drawn with its row, before it; a merged one
    after the rows it spans — 数量指标 / 质量指标 stacked after the two 数量 rows, the first theirs (no longer
    overwritten by the second), 社会效益指标 after its two rows, 产出指标（50分） after all five. Every row under its own
    labels: no STR-07 (数量指标 missing), no EVAL-01 (产出 60 against its 50), no VAL-11."""
    result = check_file(_one("6220"), book)
    levels = _levels(result)
    assert levels[66] == ("产出指标（50分）", "数量指标") and levels[71] == ("产出指标（50分）", "数量指标")
    assert levels[78] == ("产出指标（50分）", "质量指标") and levels[90] == ("产出指标（50分）", "成本指标")
    assert levels[97] == ("效益指标（30分）", "社会效益指标") and levels[102] == ("效益指标（30分）", "社会效益指标")
    assert levels[110] == ("效益指标（30分）", "可持续影响指标") and levels[120][0] == "满意度指标"
    assert not {"STR-07", "EVAL-01", "VAL-11"} & _rules(result)
    levels = _levels(check_file(_one("6209"), book))
    assert levels[69] == ("产出指标（50分）", "数量指标") and levels[81] == ("产出指标（50分）", "质量指标")
    assert levels[95] == ("产出指标（50分）", "成本指标") and levels[103] == ("效益指标（30分）", "社会效益指标")


def test_a_header_line_broken_where_the_pdf_line_broke(book):
    """6243 (WPS viewer, single spaces): 一级指标 二级指标 三级指标 年度 / 指标值 实际完成值 分值 得分 偏差原因分析及改进措施 —
    one header, 年度指标值 whole: the nine rows read, no FORM-02 (no indicators)."""
    result = check_file(_one("6243"), book)
    assert len(result.form.indicators) == 9 and "FORM-02" not in _rules(result)
    first = result.form.indicators[0]
    assert (first.name, str(first.value.text), first.weight) == ("食品安全监督抽检批次", "≥1800批次", 10)


def test_tasks_whose_amount_comes_first(book):
    """6245 (Edge, single spaces; 年度主要任务 预算金额 任务名称 主要内容 over 612.4 人民调解工作 …): each task its name and
    its money, 1425.6 | 金额合计 the total — no FORM-03 on the task lines; and 数量指标 开展普法宣传活动场次 (no value) /
    质量指标 人民调解成功率 ≥96% two rows, a 二级 printed on each line, not one name run over both."""
    result = check_file(_one("6245"), book)
    tasks = [(t.name, str(t.budget.total)) for t in result.form.tasks]
    assert tasks[0] == ("人民调解工作", "612.4") and len(tasks) == 4
    assert result.form.total is not None and str(result.form.total.total) == "1425.6"
    names = {i.location.line: i.name for i in result.form.indicators}
    assert names[20] == "开展普法宣传活动场次" and names[21] == "人民调解成功率"
    assert not [f for f in result.findings if f.rule == "FORM-03" and f.location.line in (11, 12, 13, 14)]


def test_header_labels_and_values_a_space_apart_in_one_cell(book):
    """6304, 6298, 6310 (a copy a cell a line, the header's lines run together: 主管部门 X 实施单位 Y in one cell): each
    label with its value — the project and the unit read, no FORM-04 (no unit named)."""
    for number, project in (("6304", "基层公共文化活动补助项目"), ("6298", "乡村教师生活补助项目"),
                            ("6310", "小型水库运行管护补助")):
        result = check_file(_one(number), book)
        assert result.form.meta.project == project and result.form.meta.department
        assert "FORM-04" not in _rules(result)


def test_money_given_stays_a_cost_when_labels_follow_a_row_of_their_group(book):
    """6286 (Edge, labels after a row of their group): 互助养老服务点运营补助 | ≤78万元, the row before 效益指标's first
    row, is a cost — the rows' words weigh an amount given under a 效益 二级 — so the costs match the tasks: no false
    退回 on BUD-09/BUD-10."""
    result = check_file(_one("6286"), book)
    levels = _levels(result)
    assert levels[36] == ("产出指标", "成本指标") and levels[37] == ("效益指标", "社会效益指标")
    assert not {"BUD-09", "BUD-10"} & _rules(result)


def test_a_funds_header_label_over_the_lines_labels_is_no_column(book):
    """6284, 6283 (-layout: 资金 centred over the funds lines' labels, a column of the header no line fills): the block
    read whole, no FORM-03 on it."""
    for number in ("6284", "6283"):
        result = check_file(_one(number), book)
        assert "FORM-03" not in _rules(result) and result.form.funds


def test_a_two_line_funds_header_keeps_the_templates_order(book):
    """6348 (-layout: 年初预 全年预 全年执 执行率 / 算数 算数 行数 分值 得分): 分值, 执行率, 得分 in the template's order, so
    the amounts under their own labels — no false BUD-06 (105.43%), BUD-08 or EVAL-02; the weights' real shortfall (95)
    reported; and 年度总体 / 目标 down the side of the goal's text its label, the goal read."""
    result = check_file(_one("6348"), book)
    total = next(line for line in result.form.funds if line.role == "total")
    assert dict(total.amounts)["全年预算数"] == Decimal("512.60") and dict(total.amounts)["全年执行数"] == Decimal("507.47")
    assert not {"BUD-06", "BUD-08", "EVAL-02", "FORM-03"} & _rules(result) and "EVAL-01" in _rules(result)
    assert result.form.goals and result.form.goals[0].text.startswith("完成全县15个乡镇")


def test_a_result_told_in_words_and_a_count_is_the_rows_result(book):
    """6354 (a cell a line): 保护区界标及警示牌设置数量 / 有所增加 / 新增界标警示牌184块 / 10 / 10 — the third line the
    row's 完成值, not a row of its own whose value is its weight: no false 退回 on VAL-02."""
    result = check_file(_one("6354"), book)
    row = next(i for i in result.form.indicators if i.location.line == 56)
    assert row.actual == "新增界标警示牌184块" and row.weight == 10 and len(result.form.indicators) == 6
    assert "VAL-02" not in _rules(result)


def test_a_reason_wrapped_into_two_texts_after_the_points(book):
    """6399 (Acrobat: … 10 7.5   培训基地改造，第四季度培训 顺延至2024年一季度。): the reason one text, the row placed
    under its group — all eight rows read, no FORM-03; 5555 (…岗位激励 师流失率: a name's wrapped end after the reason,
    no sentence's end) keeps its name whole."""
    result = check_file(_one("6399"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert len(rows) == 8 and rows[20].reason == "培训基地改造，第四季度培训顺延至2024年一季度。"
    assert "FORM-03" not in _rules(result) and "EVAL-11" in _rules(result)
    names = [i.name for i in check_file(_one("5555"), book).form.indicators]
    assert "乡村小规模学校教师流失率" in names


def test_a_funds_source_whose_amounts_wrapped_below_its_label(book):
    """6388, 1069 (-layout: 其中：当年财政拨款 alone on its line, its amounts on the line below): the source's amounts
    read — no false 退回 on BUD-01 (the sources short of the total)."""
    result = check_file(_one("6388"), book)
    source = next(line for line in result.form.funds if "财政拨款" in line.label)
    assert dict(source.amounts)["全年预算数"] == Decimal("120.00") and "BUD-01" not in _rules(result)
    source = next(line for line in check_file(_one("1069"), book).form.funds if line.label.startswith("当年财"))
    assert dict(source.amounts)["全年执行数"] == Decimal("84.28")


def test_points_a_column_right_and_a_date_cut_in_its_column(book):
    """6381 (-layout): 2021年12 / 月31日前 a deadline cut in its narrow column, joined (no row 时间 of its own, no false
    DATE-01); 15 | 12 printed under 得分 and the reason, the 分值 cell empty — the weight and the score, so the
    unexplained shortfall (EVAL-06) is found; 4195 likewise reads its weights."""
    result = check_file(_one("6381"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert str(rows[26].value.text) == "2021年12月31日前" and 27 not in rows
    assert (rows[30].weight, rows[30].score, rows[30].reason) == (15, 12, None)
    assert "DATE-01" not in _rules(result) and "EVAL-06" in _rules(result)
    assert all(i.weight is not None for i in check_file(_one("4195"), book).form.indicators)


def test_a_header_piece_is_no_tail_of_a_finished_sentence(book):
    """6371 (-layout, 四川: 指标 / 性质 over two lines right under the goal's text): 指标 no tail of the goal that ends
    with 。 — the header reads 指标性质, each row's comparator in its column, no false VAL-10."""
    result = check_file(_one("6371"), book)
    assert "VAL-10" not in _rules(result) and not result.form.goals[0].text.endswith("指标")
    assert str(next(i for i in result.form.indicators if i.location.line == 47).value.text).startswith("≥")


def test_an_indicator_header_given_after_the_rows(book):
    """6424 (Edge, single spaces: the rows, then 一级指标 二级指标 三级指标 指标值 last): the header put before the rows —
    ten indicators read, no FORM-02; 数量指标 举办招聘活动场次 较多 on its one line is the form's own words, reported
    (VAL-01), not a copy's cut hidden behind FORM-03."""
    result = check_file(_one("6424"), book)
    assert len(result.form.indicators) == 10 and "FORM-02" not in _rules(result)
    assert any(f.rule == "VAL-01" and f.location.line == 19 for f in result.findings) and "FORM-03" not in _rules(result)


def test_a_two_line_header_whose_labels_are_each_whole_once(book):
    """6416 (-layout, 四川: 一级 二级 指标 指标 度量 … 未完成原因 over 指标 指标 三级指标 性质 值 单位 完成值 … 分析): one
    header, every label whole and its column's once — the rows read in their columns, no false 退回 (STR-05);
    6313, 6314 (no indicators read before) read; 5528 (偏差原因分析及改 / 进措施 on a third line) untouched."""
    result = check_file(_one("6416"), book)
    first = next(i for i in result.form.indicators if i.location.line == 30)
    assert first.name == "课后服务覆盖学校数" and first.weight == 15 and "STR-05" not in _rules(result)
    for number in ("6313", "6314"):
        assert len(check_file(_one(number), book).form.indicators) == 8
    assert "FORM-03" not in _rules(check_file(_one("5528"), book))


def test_an_indicator_header_drawn_after_the_rows_of_a_cell_a_line_copy(book):
    """6422 (Chrome, a run a line: the rows, the 一级 labels after them, then 一级指标 / 二级指标 / 三级指标 / 指标值 last):
    the header put before the rows — ten indicators, no FORM-02, no indicator values read as goals (TXT-04)."""
    result = check_file(_one("6422"), book)
    assert len(result.form.indicators) == 10 and not {"FORM-02", "TXT-04"} & _rules(result)
    assert _levels(result)[46] == ("效益指标", "经济效益指标")


def test_a_long_rest_of_a_name_on_the_line_below(book):
    """6413 (Foxit: 村卫生室基本医疗 ≥95% / 服务能力达标率), 5400: a name's rest of seven characters joins the name above
    (no row of its own, no FORM-03); 6139 (开展群众文化活动场次 ≥420场次 / 每站年开放天数) keeps its empty-valued row."""
    result = check_file(_one("6413"), book)
    names = [i.name for i in result.form.indicators]
    assert "村卫生室基本医疗服务能力达标率" in names and len(names) == 8 and "FORM-03" not in _rules(result)
    result = check_file(_one("6139"), book)
    assert any(f.rule == "STR-06" and f.location.line == 22 for f in result.findings)


def test_a_two_line_header_of_four_labels(book):
    """6447 (-layout, page 2: 三级指标 指标值 over 一级指标 二级指标, the taller labels a line above): one header — the
    table read (no FORM-02), the tasks' wrong total reported (BUD-02); 5938 likewise (no FORM-03, its DATE-02 found)."""
    result = check_file(_one("6447"), book)
    assert len(result.form.indicators) == 11 and "FORM-02" not in _rules(result) and "BUD-02" in _rules(result)
    assert "DATE-02" in _rules(check_file(_one("5938"), book))


def test_a_comparator_with_no_figure_before_the_next_label_is_the_forms_own(book):
    """6487 (a cell a line: 环境执法检查企业数 / ≥ / 质量指标 / 监测数据有效率 / ≥90%): the bare comparator the form's own
    slip — VAL-01 reported, not hidden behind FORM-03."""
    result = check_file(_one("6487"), book)
    assert any(f.rule == "VAL-01" and f.location.line == 56 for f in result.findings)
    assert "FORM-03" not in _rules(result)


def test_a_row_with_its_1st_level_last_and_a_word_for_its_value(book):
    """6484 (Edge: 质量指标 非遗项目记录档案质量 较好 产出指标 — the 一级 drawn after the row, a word its value): the row
    placed, its vague value reported (VAL-06), no FORM-03."""
    result = check_file(_one("6484"), book)
    assert _levels(result)[17] == ("产出指标", "质量指标") and "FORM-03" not in _rules(result)
    assert any(f.rule == "VAL-06" and f.location.line == 17 for f in result.findings)


def test_the_first_level_label_given_below_a_header_with_the_last_labels_end(book):
    """6459 (Edge: 二级指标 … 偏差原因分析及 / 一级指标 改进措施): one header, 一级指标 first and the reason's label whole —
    no header line read as a row, no FORM-03; the goal's cell 预期目标：…。实际完成情况：… its goal only (no TXT-02 on
    a count that was achieved, 23批次)."""
    result = check_file(_one("6459"), book)
    assert 17 not in {i.location.line for i in result.form.indicators} and len(result.form.indicators) == 7
    assert not {"FORM-03", "TXT-02"} & _rules(result)
    assert "实际完成" not in result.form.goals[0].text


def test_a_name_wrapped_alone_before_its_rows_figures(book):
    """6505, 1010 (Foxit: 时效指标 抚恤补助金按月发放及时 / 率 / =100% 100% 5 5 — the name's rest on a line of its own,
    the figures on the line after it): one row, its name whole; 5388's empty value found (STR-06)."""
    rows = {i.location.line: i for i in check_file(_one("6505"), book).form.indicators}
    assert rows[25].name == "抚恤补助金按月发放及时率" and str(rows[25].value.text) == "=100%" and 27 not in rows
    rows = {i.location.line: i for i in check_file(_one("1010"), book).form.indicators}
    assert rows[31].name == "困难残疾人家庭无障碍改造户数" and rows[31].score == 9
    assert any(f.rule == "STR-06" and f.location.line == 27 for f in check_file(_one("5388"), book).findings)


def test_a_funds_source_label_wrapped_in_a_cell_a_line_copy(book):
    """6606, 6610 (a cell a line: 其中：基 / 本支出 / 820 / 836 …): one funds line, 基本支出 — no line read as 基 with no
    amounts, no FORM-03 on the block."""
    for number in ("6606", "6610"):
        result = check_file(_one(number), book)
        assert any(line.label == "基本支出" for line in result.form.funds) and "FORM-03" not in _rules(result)


def test_a_slash_in_a_value_cell_is_the_forms_own(book):
    """6623 (a cell a line: 新型职业农民培训经费 / /): the slash the form's own placeholder — STR-06 reported, not hidden
    behind FORM-03."""
    result = check_file(_one("6623"), book)
    assert any(f.rule == "STR-06" and f.location.line == 76 for f in result.findings) and "FORM-03" not in _rules(result)


def test_a_rates_sign_and_a_labels_end_under_a_funds_line(book):
    """6599 (Acrobat: 年度资金 150 150 138 10 100.00 10 / 总额   %): the label's end and the rate's sign joined back — the
    total line read whole, its wrong rate and score found (BUD-06, BUD-08)."""
    result = check_file(_one("6599"), book)
    assert any(line.label == "年度资金总额" and line.role == "total" for line in result.form.funds)
    assert {"BUD-06", "BUD-08"} <= _rules(result)


def test_a_results_figure_wrapped_below_its_words(book):
    """6662, 5644 (a cell a line: 全年开放 / 306天 / 15 / 15): the 完成值's figure wrapped below its words joins them — not
    a value with no column, dropped."""
    rows = {i.location.line: i for i in check_file(_one("6662"), book).form.indicators}
    assert rows[65].actual == "全年开放306天" and rows[65].weight == 15
    rows = {i.location.line: i for i in check_file(_one("5644"), book).form.indicators}
    assert rows[99].actual == "每季度结束后30日内"
