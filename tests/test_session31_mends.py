"""Session 31: mends of losses left from earlier blind sets. Each test fails on 75d5999 (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _rows(result) -> dict[int, tuple[str, str, str]]:
    return {i.location.line: (i.name, i.raw, i.actual or "") for i in result.form.indicators}


def _rules(result) -> set[str]:
    return {f.rule for f in result.findings}


def test_a_dates_first_line_above_its_row_is_no_row(book):
    """5471, 5481 (-layout): 2020年12 | 2020年12 / 补助资金拨付时间 | 月20日前 | 月15日 — the dates of a tall row
    wrapped in their narrow columns, their first lines above the line its name stands on: one row, whole dates."""
    result = check_file(_one("5471"), book)
    rows = _rows(result)
    assert len(rows) == 10 and rows[36] == ("项目资金支付完成时间", "2025年3月31日前", "")
    assert "FORM-03" not in _rules(result) and "DATE-02" in _rules(result)
    result = check_file(_one("5481"), book)
    rows = _rows(result)
    assert len(rows) == 8 and rows[33] == ("补助资金拨付时间", "2020年12月20日前", "2020年12月15日")
    assert "FORM-03" not in _rules(result) and "EVAL-01" in _rules(result)


def test_two_label_columns_printed_without_a_space_are_parted(book):
    """5486, 5489 (-layout): 满意度指 | 服务对象 / 标（10分）满意度指 / 标 — the 一级's end and its 二级's next piece
    printed as one run, no space between the narrow columns: parted, both labels whole, no nameless row; （30分）可持续影
    — a 一级's weight beside its 二级's first piece. 4858 (产出指标（ / 50分）: one label's weight wrapped) guards."""
    result = check_file(_one("5486"), book)
    row = next(i for i in result.form.indicators if i.location.line == 41)
    assert (row.level1, row.level2, row.name) == ("满意度指标（10分）", "服务对象满意度指标", "受助幼儿家长满意度")
    assert len(result.form.indicators) == 9 and "FORM-03" not in _rules(result)
    result = check_file(_one("5489"), book)
    levels = {i.location.line: (i.level1, i.level2) for i in result.form.indicators}
    assert levels[33] == ("效益指标（30分）", "可持续影响指标") and levels[35] == ("满意度指标（10分）", "服务对象满意度指标")
    assert len(levels) == 9 and "FORM-03" not in _rules(result)
    result = check_file(_one("4858"), book)
    assert {i.level1 for i in result.form.indicators if i.level2 == "质量指标"} == {"产出指标（50分）"}
    assert "FORM-03" not in _rules(result)


def test_a_value_cut_before_its_figure_is_one_value(book):
    """5457 (-layout): 农村供水工程安全运行 | 全年无停水超过 / 24小时事故 — a value's words stopped at a word that wants its
    figure, the figure on the next line: one value (not the start of a row three lines tall whose value is parted round
    the next name), and the standard it states (an event that must not happen) no quantity lost in words."""
    result = check_file(_one("5457"), book)
    rows = _rows(result)
    assert rows[34][1] == "全年无停水超过24小时事故" and rows[36][1] == "≥5年"
    assert not {"FORM-03", "VAL-01", "VAL-05"} & _rules(result)


def _tasks(result) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(t.name, *(str(x) if x is not None else None for x in (t.budget.total, t.budget.fiscal, t.budget.other)))
            for t in result.form.tasks]


def test_a_task_table_copied_column_by_column(book):
    """5525 (plain pdftotext): every task's name, then every content, then the 总额, 财政拨款 and 其他资金 columns'
    figures a line each — five tasks whose figures add up (no BUD-01, no BUD-03, no false 退回); a table given row by
    row whose first task's lines merely number as many is no such copy (every other fixture reads as it did)."""
    result = check_file(_one("5525"), book)
    assert _tasks(result)[:2] == [("食品安全抽检监测", "310.00", "310.00", "0.00"), ("特种设备安全监察", "96.50", "96.50", "0.00")]
    assert len(result.form.tasks) == 5 and not {"BUD-01", "BUD-03"} & _rules(result)


def test_a_task_numbered_in_its_name_cell(book):
    """5532 (plain pdftotext): 任务2 / 家庭医生签约 / 服务 / 开展重点人群… — the task's number on a line of its own, its
    name wrapped: four tasks, not seven, and the total they miss (BUD-02) found."""
    result = check_file(_one("5532"), book)
    assert [t[0] for t in _tasks(result)] == ["基本运行保障", "家庭医生签约服务", "乡村医生补助", "计划生育奖励扶助"]
    assert "BUD-02" in _rules(result) and "FORM-03" not in _rules(result)


def test_a_viewers_line_whose_cells_wrapped_inside_it(book):
    """5533 (Acrobat): 年度 指标值 | 实际 完成值 in the header, 生态效益 指标 | ≥2个 百分点 | 2022年6月 30日前 in the
    rows — the pieces of one cell a space apart, joined where the join is sure: every column where it belongs, the
    unmet target found (EVAL-03, EVAL-06) and no FORM-03. 5263: 2022年10月31 日前 and 满意度指 标（10分） alone on its
    line (no empty group). 2824, 1273 (度量 | 完成值, 指标性 | 指标值: a label's cut, no join) guard."""
    result = check_file(_one("5533"), book)
    rows = {i.location.line: (i.level2, i.name, i.raw, i.actual) for i in result.form.indicators}
    assert rows[22] == ("时效指标", "防治作业完成时间", "2022年6月30日前", "2022年6月25日")
    assert rows[23] == ("生态效益指标", "草原植被盖度提高", "≥2个百分点", "2.3个百分点")
    assert {"EVAL-03", "EVAL-06"} <= _rules(result) and "FORM-03" not in _rules(result)
    result = check_file(_one("5263"), book)
    assert _rows(result)[25][1] == "2022年10月31日前" and not result.form.empty_groups
    assert len(result.form.indicators) == 8 and "FORM-03" not in _rules(result)
    result = check_file(_one("2824"), book)
    assert [(i.raw, i.actual) for i in result.form.indicators][0] == ("400", "400")


def test_a_names_two_pieces_before_a_figure(book):
    """5293 (Acrobat): 资助资金按学期 发放及时率 100% 100% 10 10 — a name's two pieces, the second ending as a name ends,
    a figure after them: one name, the columns in place (no weights of 140). 5251 (…排查机 | 长效运行 | 长效运行制:
    three pieces, values in words) guards."""
    result = check_file(_one("5293"), book)
    assert _rows(result)[23] == ("资助资金按学期发放及时率", "100%", "100%")
    assert "EVAL-01" not in _rules(result)
    result = check_file(_one("5251"), book)
    assert _rows(result)[27][0] == "食品安全风险隐患排查机"


def test_one_clinics_cost_is_a_unit_cost(book):
    """5535: 单个卫生室药品配备成本 ≤0.9万元 — one clinic's cost (×104 clinics is the budget), no total of the year's
    costs to hold short of the budget (no BUD-03)."""
    assert "BUD-03" not in _rules(check_file(_one("5535"), book))
    from jxcheck.engine.rules.money import _PER_ITEM
    assert _PER_ITEM.search("单个卫生室药品配备成本") and not _PER_ITEM.search("单位运行成本")


def test_a_cost_word_under_a_measure_is_the_names_end(book):
    """5543, 2591 (-layout): 校舍维修改造单位面积 | ≤179元/平方米 / 成本 — a name that ends as a measure ends (面积), its
    cost word wrapped under it: one name, no row unplaced, no FORM-03."""
    for number, line, name in (("5543", 23, "校舍维修改造单位面积成本"), ("2591", 38, "集中供水工程日常养护单位成本")):
        result = check_file(_one(number), book)
        assert _rows(result)[line][0] == name and "FORM-03" not in _rules(result), number
        assert not result.form.unplaced, number


def test_a_tall_rows_date_whose_month_is_whole_on_its_first_line(book):
    """5501, 1143, 1009 (-layout): 维修任务完成时 | 2023年11 | 2023年11月 / 时效指标 | 10 | 10 / 间 | 月30日前 | 28日 — a
    row three lines tall whose dates are cut after the month (2023年11月 looks whole): one row, its label between."""
    for number, line, row in (("5501", 36, ("维修任务完成时间", "2023年11月30日前", "2023年11月28日")),
                              ("1143", 49, ("秋季学期资助资金发放时间", "2024年12月31日前", "2024年12月18日"))):
        result = check_file(_one(number), book)
        assert _rows(result)[line] == row and line + 1 not in {g[2].line for g in result.form.empty_groups}, number
    assert "FORM-03" not in _rules(check_file(_one("5501"), book))


def test_a_two_page_layout_copy_with_the_header_printed_again(book):
    """5516 (-layout, 四川): 补助资金拨付时间 | 2023年12 / 时效指标 | 月31日前 | 10 | 10 — a 二级's label on the line of
    the dates' ends, the row's weight and score centred there too; 生均课后服务补助 | 120 | 元/生· / 成本指标 | ≤ |
    学期 | 120 / 标准 — a row three lines tall, its unit cut; 度量 | 未完成原因 over each page's header — no row, no funds
    line. Eight rows under their labels, the unmet target found, no FORM-03. 2548 (实际 | 偏差原因分析 over its
    header) reads right too."""
    result = check_file(_one("5516"), book)
    rows = {i.location.line: (i.level2, i.name, i.raw) for i in result.form.indicators}
    assert rows[32] == ("时效指标", "补助资金拨付时间", "2023年12月31日前")
    assert rows[34] == ("成本指标", "生均课后服务补助标准", "120") and rows[24][0] == "数量指标"
    assert len(rows) == 8 and not result.form.unplaced and "FORM-03" not in _rules(result)
    assert {"EVAL-03", "EVAL-06"} <= _rules(result)
    assert all(line.label != "度量" for line in result.form.funds)
    assert "FORM-03" not in _rules(check_file(_one("2548"), book))


def test_the_total_lines_sources_given_beside_it(book):
    """5589 (Acrobat): 金额合计 | 960.5 | 其中：财政拨款 | 920.2 | 其他资金 | 30.3 under tasks that give their 总额 only —
    the total line's sources read, found short of it (BUD-01 on the line), and no sum of the tasks' sources (which
    they do not give) held to them (no BUD-02)."""
    result = check_file(_one("5589"), book)
    assert (str(result.form.total.fiscal), str(result.form.total.other)) == ("920.2", "30.3")
    assert [(f.rule, f.subject) for f in result.findings if f.rule.startswith("BUD")] == [("BUD-01", "金额合计")]


def test_a_labels_one_level_moves_up_with_its_second(book):
    """5580 (Edge, a run a line): … | 残疾儿童家庭康复负担减轻率 | ≥**% / 社会效益指标 / 效益指标 / 受助儿童家长满意度 |
    ≥90% / 服务对象满意度指标 / 满意度指标 — each row's labels after it, both levels a row up, the 一级 too where the row
    above's own had already moved: the satisfaction row under 满意度指标, the placeholder found, no FORM-03."""
    result = check_file(_one("5580"), book)
    levels = {i.location.line: (i.level1, i.level2) for i in result.form.indicators}
    assert levels[45] == ("效益指标", "社会效益指标") and levels[50] == ("满意度指标", "服务对象满意度指标")
    assert "STR-06" in _rules(result) and "FORM-03" not in _rules(result)


def test_a_one_level_wrapped_round_its_row_whose_second_is_whole(book):
    """5557 (WPS viewer): 满意 / 服务对象满意度指标 | 当事人满意度 | ≥90% / 度指标 — the narrow 一级 column's label in two
    halves round its first row, the 二级 whole on the row's line: 满意度指标 over the row (效益 / 指标 too), no empty
    groups, no FORM-03; 以案定补案件数 ≥1200件, the cases paid for, more is better (no VAL-04)."""
    result = check_file(_one("5557"), book)
    levels = {i.location.line: i.level1 for i in result.form.indicators}
    assert levels[30] == "效益指标" and levels[34] == "满意度指标"
    assert not result.form.empty_groups and not {"FORM-03", "VAL-04"} & _rules(result)


def test_a_names_second_line_after_the_rows_cells(book):
    """5555 (Acrobat): 社会效益指标 | 乡村小规模学校教 | ≤5% | 7.2% | 15 | 15 | 部分教师…激励 | 师流失率 — the name's
    wrapped end run into the line after the row's other cells: back on the name, the row read (eight, no FORM-03),
    the unmet target's full score found (EVAL-03)."""
    result = check_file(_one("5555"), book)
    assert _rows(result)[26] == ("乡村小规模学校教师流失率", "≤5%", "7.2%")
    assert len(result.form.indicators) == 8 and "EVAL-03" in _rules(result) and "FORM-03" not in _rules(result)


def test_a_task_table_copied_column_by_column_each_label_before_its_cells(book):
    """5585 (plain pdftotext): 任务名称 / 医疗救助 / … / 主要内容 / 城乡困难群众住院及门诊医疗 / 救助 / … / 预算金额（万元）
    / 620.0 / … — each column's label before its cells, the contents wrapped: three tasks whose contents are whole,
    no FORM-03."""
    result = check_file(_one("5585"), book)
    assert [(t.name, t.content) for t in result.form.tasks][0] == ("医疗救助", "城乡困难群众住院及门诊医疗救助")
    assert [str(t.budget.total) for t in result.form.tasks] == ["620.0", "45.0", "38.5"]
    assert "FORM-03" not in _rules(result)


def test_the_totals_sources_on_lines_under_it_are_no_tasks(book):
    """5601 (WPS tabs), 5605 (plain), 5596 (Edge): 金额合计 | 2165 / 其中：财政拨款 | 2045 / 其中：其他资金 | 120 — the
    total's sources on lines of their own under it: no tasks, the total's own (the false 退回 of 5601 gone; 5605's
    sources short of its total found, BUD-01)."""
    result = check_file(_one("5601"), book)
    assert [t.name for t in result.form.tasks] == ["燃气管道隐患改造", "住房保障", "建筑市场监管", "机关运行"]
    assert (str(result.form.total.fiscal), str(result.form.total.other)) == ("2045", "120")
    assert not {"BUD-02", "BUD-09", "BUD-10", "VAL-04"} & _rules(result)
    result = check_file(_one("5605"), book)
    assert len(result.form.tasks) == 4 and "BUD-01" in _rules(result) and "FORM-03" not in _rules(result)
    assert len(check_file(_one("5596"), book).form.tasks) == 4


def test_a_layout_copy_whose_gaps_happen_to_be_regular(book):
    """5591 (-layout): labels four characters wide four spaces apart, every gap a multiple of four — no typed text:
    read by the gaps, 数量指标 at 12 would be a fourth cell on one line and 指标值 at 48 a seventh on another. Read by
    the columns: thirteen rows under their labels, no empty value, no false 退回. 1511, 5072 read right too."""
    result = check_file(_one("5591"), book)
    assert _rows(result)[27] == ("农村供水工程维修养护处数", "≥42处", "")
    assert not {"STR-06", "FORM-03", "BUD-02"} & _rules(result)
    assert "FORM-03" not in _rules(check_file(_one("1511"), book))


def test_a_value_in_words_on_the_line_after_its_name(book):
    """5608, 5631 (plain pdftotext, a cell a line): 茶园化学农药使用量 / 较上年减少10%以上, 环境监测站运维成本 / 严格控制 —
    a trend with its figure, a cost held in words: the value, not the name's end (no FORM-03; 5631's cost in words
    found, VAL-05)."""
    result = check_file(_one("5608"), book)
    assert _rows(result)[62] == ("茶园化学农药使用量", "较上年减少10%以上", "") and "FORM-03" not in _rules(result)
    result = check_file(_one("5631"), book)
    assert _rows(result)[61] == ("环境监测站运维成本", "严格控制", "") and "VAL-05" in _rules(result)


def test_the_performance_sections_own_total_above_the_total_score(book):
    """5634 (四川, WPS tabs): 绩效指标(90分)合计 | 90 | 90 over 总分 | 100 | 99.80 — the section's subtotal: no
    indicator (no VAL-02, VAL-09 on it) and no total score (the form's is 总分's)."""
    result = check_file(_one("5634"), book)
    assert len(result.form.indicators) == 8 and result.form.score_total.label == "总分"
    assert not {"VAL-02", "VAL-09", "EVAL-02"} & _rules(result)


def test_a_labels_weight_closed_on_the_rows_line_below_it(book):
    """5629 (-layout, page 2): 社会效益指 … / 效益指标（ | 标 / 30分） | 可持续影响 … — the 一级's label and its weight
    parted by the line break, the weight's close on the next row's line: one label over its group, no empty group, no
    FORM-03, the unmet target's missing reason found (EVAL-06 on line 30)."""
    result = check_file(_one("5629"), book)
    assert {i.level1 for i in result.form.indicators if i.location.line in (30, 32)} == {"效益指标（30分）"}
    assert not result.form.empty_groups and "FORM-03" not in _rules(result)
    assert ("EVAL-06", 30) in {(f.rule, f.location.line) for f in result.findings}


def test_cells_wrapped_onto_lines_of_their_own(book):
    """5595 (Foxit): 防火物资采购完成时间 | 2023年3月31 | 2023年3月20 | 10 | 10 / 日前 / 日完成 — each cell's rest on a
    line of its own, in order: the result's date whole too (no FORM-03)."""
    result = check_file(_one("5595"), book)
    assert _rows(result)[40] == ("防火物资采购完成时间", "2023年3月31日前", "2023年3月20日完成")
    assert "FORM-03" not in _rules(result)


def test_a_units_end_below_is_the_units_not_the_names(book):
    """5609 (Acrobat): 防火隔离带建设单价 | ≤1.5万元/公里 | 1.45万元/公 | 10 | 10 / 里 — the result's unit cut, its end
    below: the result's (its unit as the target's), not the name's (no EVAL-05)."""
    result = check_file(_one("5609"), book)
    assert _rows(result)[26] == ("防火隔离带建设单价", "≤1.5万元/公里", "1.45万元/公里")
    assert "EVAL-05" not in _rules(result)


def test_a_three_line_header_with_a_label_whole_on_its_top_line(book):
    """5652 (-layout): 年度 | 实际 | 得分 | 偏差原因分析 / 一级指标 … 三级指标 | 分值 / 指标值 | 完成值 | 及改进措施 — tall
    header cells' halves round the header's line, 得分 whole on the line above: every label in place, nine rows in
    their columns, the unmet target found (EVAL-03, EVAL-06), no FORM-03."""
    result = check_file(_one("5652"), book)
    assert _rows(result)[29] == ("特困人员集中供养率", "≥95%", "92%") and len(result.form.indicators) == 9
    assert {"EVAL-03", "EVAL-06"} <= _rules(result) and "FORM-03" not in _rules(result)


def test_the_funds_note_printed_under_the_goal(book):
    """5655 (WPS tabs): 年中追加说明 | 年中追加…承办经费62.30万元。 under the goal — the funds block's note printed
    apart from it: no second goal (no TXT-01, TXT-02 on it), and the budget's rise explained (no BUD-07)."""
    result = check_file(_one("5655"), book)
    assert len(result.form.goals) == 1 and not {"TXT-01", "TXT-02", "BUD-07"} & _rules(result)


def test_a_foxit_rows_last_piece_alone_on_the_next_line(book):
    """5670 (Foxit): 质量指标 | 失能特困人员集中 | ≥**% / 供养率 — a target form's short row, its name's end alone below
    (the placeholder found, no FORM-03); 5640: … | ≤ | 1.2 | 万元/ / 人 — a 度量单位 cell cut after its slash."""
    result = check_file(_one("5670"), book)
    assert _rows(result)[20][0] == "失能特困人员集中供养率" and "STR-06" in _rules(result) and "FORM-03" not in _rules(result)
    result = check_file(_one("5640"), book)
    assert "FORM-03" not in _rules(result)
    assert next(i for i in result.form.indicators if i.location.line == 26).unit_cell == "万元/人"


def test_a_header_field_whose_label_and_value_both_wrapped(book):
    """5674 (-layout): 部门（单位）名 | 天津市静海区市场监 / 称 | 督管理局 — the field's label and its value each wrapped in
    a narrow cell: the department read whole (no FORM-04)."""
    result = check_file(_one("5674"), book)
    assert result.form.meta.department == "天津市静海区市场监督管理局" and "FORM-04" not in _rules(result)


def test_a_one_level_label_after_the_first_row_of_its_span(book):
    """5672 (Edge, a run a line): 社会效益指标 / 民转刑案件发生数 … / 效益指标（30分） / 服务对象满意度指标 / 当事人满意度 …
    / 满意度指标（10分） — each 二级 before its rows, each 一级 after its span's first row: the 一级 on the row above
    (whose 二级 it heads), the last on the last row; the weights as printed (no EVAL-01, no false 退回). 5566, 5611
    read right too."""
    result = check_file(_one("5672"), book)
    levels = {i.location.line: i.level1 for i in result.form.indicators}
    assert levels[89] == "效益指标（30分）" and levels[96] == "满意度指标（10分）"
    assert "EVAL-01" not in _rules(result)
    assert "FORM-03" not in _rules(check_file(_one("5611"), book))


def test_a_tasks_cost_given_in_words_is_one_defect(book):
    """5674: 食品抽检经费 | 成本控制在合理范围 — the task's cost ceiling given in words (VAL-05): BUD-10 no longer also
    says the task has no cost indicator."""
    result = check_file(_one("5674"), book)
    assert "VAL-05" in _rules(result) and "BUD-10" not in _rules(result)


def test_a_figures_unit_and_a_names_end_below_their_row(book):
    """5719 (-layout): 人均救助标准 | ≤1500 | 1397 / 元/人次 | 元/人次 — each figure's unit below it in its narrow cell;
    可持续 | 临时救助制度 | ≥5年 / 影响 | 持续运行年限 — the label's and the name's ends on one line, no value of their
    own: eight rows, no nameless one, no FORM-03. 4997 (服务对象满意 / 度指标 beside a name: the label's end) guards."""
    result = check_file(_one("5719"), book)
    rows = _rows(result)
    assert rows[35][1:] == ("≤1500元/人次", "1397元/人次") and rows[47][0] == "临时救助制度持续运行年限"
    assert len(rows) == 8 and "FORM-03" not in _rules(result)
    assert "FORM-03" not in _rules(check_file(_one("4997"), book))


def test_a_task_table_by_column_whose_money_group_label_heads_its_columns(book):
    """5703 (plain pdftotext): … / 预算金额 / 总额 / 612.38 … / 财政拨款 / … / 其他资金 / … — the money's group label
    before its columns' own, no column of its own: five tasks, their sums right (the false 退回 gone)."""
    result = check_file(_one("5703"), book)
    assert [str(t.budget.total) for t in result.form.tasks] == ["612.38", "48.60", "65.00", "42.50", "36.00"]
    assert not {"BUD-02", "BUD-09"} & _rules(result)


def test_the_days_of_dates_cut_after_the_month_on_a_labels_line(book):
    """5692 (-layout): 危桥改造完工时间 | 2024年11月 | 2024年11月 / 时效指标 | 30日前 | 15日 — the days on the line of
    the 二级 label centred beside them: whole dates, the label the row's, no nameless row (no FORM-03)."""
    result = check_file(_one("5692"), book)
    assert _rows(result)[35] == ("危桥改造完工时间", "2024年11月30日前", "2024年11月15日")
    assert "FORM-03" not in _rules(result)


def test_a_names_rest_that_closes_its_bracket_below(book):
    """5700 (Foxit): 可持续影响指标 | 供养服务机构（敬老 | =100% … / 院）正常运转率 — a name's rest, longer than a cut
    word, that closes the bracket the name opened: back on the name (eight rows, no FORM-03)."""
    result = check_file(_one("5700"), book)
    assert _rows(result)[29][0] == "供养服务机构（敬老院）正常运转率" and "FORM-03" not in _rules(result)


def test_a_value_that_names_its_measure_before_its_bound(book):
    """5711 (-layout): 村医队伍稳定性 | 人员流失率≤3% — the measure named before its bound: a quantity (≤3%, the note
    says what it measures), no number lost in words (no FORM-03), and no direction judged from the row's name."""
    result = check_file(_one("5711"), book)
    row = next(i for i in result.form.indicators if i.location.line == 46)
    assert str(row.value.number) == "3" and row.value.op == "≤"
    assert not {"FORM-03", "VAL-01", "VAL-04"} & _rules(result)


def test_a_one_level_label_beside_a_names_end(book):
    """5708 (Acrobat): 抚恤补助标准调整到位 | =100% / 产出指标 率 — a 一级 label centred on the line where the row's name
    wrapped: the name's end back on its row, the label on a line of its own. 5704 (Chrome) reads its 效益 group under
    its label too (the planted EVAL-01 found)."""
    result = check_file(_one("5708"), book)
    assert _rows(result)[19][0] == "抚恤补助标准调整到位率" and not result.form.unplaced
    assert ("EVAL-01", 22) in {(f.rule, f.location.line) for f in check_file(_one("5704"), book).findings}


def test_a_viewer_that_draws_the_scores_first_and_the_labels_last(book):
    """5659 (Edge, drawing order): 10 | 8 | 培训后取得职业技能证书比例 | ≥60% | 48% | 质量指标 — each row's 分值 and 得分
    first, its labels last; the funds header's side label (年度预算（万元）) last too: every row in its columns under
    its labels, the funds in theirs, the missing reason found (EVAL-06), no FORM-03."""
    result = check_file(_one("5659"), book)
    row = next(i for i in result.form.indicators if i.location.line == 19)
    assert (row.level2, row.raw, row.actual, str(row.weight), str(row.score)) == ("质量指标", "≥60%", "48%", "10", "8")
    assert len(result.form.indicators) == 8 and "EVAL-06" in _rules(result) and "FORM-03" not in _rules(result)


def test_the_total_broken_down_in_words_and_figures_on_a_line(book):
    """5764 (Foxit), 5768 (WPS viewer): 按收入性质分：一般公共预算612.50 按支出性质分：基本支出468.70 项目支出143.80 —
    the total broken down, its labels and figures run together on a line of its own: read whole, no sign of a cut
    funds block (no FORM-03); the rate worked from the wrong budget still found (BUD-06)."""
    result = check_file(_one("5764"), book)
    assert "BUD-06" in _rules(result) and "FORM-03" not in _rules(result)
    assert "FORM-03" not in _rules(check_file(_one("5768"), book))


def test_a_task_table_whose_amounts_alone_come_as_a_column(book):
    """5742 (plain pdftotext): 优抚对象抚恤补助 / 为全县…补助 / 退役士兵安置 / … / 428.6 / 96.3 / 52.5 / 31.0 — each
    task's name and content in turn, the amounts a column after them: four tasks, their sum held to 金额合计 (BUD-02
    with the right figures). 5525 (names, then contents, then each amount column) reads as it did."""
    result = check_file(_one("5742"), book)
    assert [(t.name, str(t.budget.total)) for t in result.form.tasks][1] == ("退役士兵安置", "96.3")
    assert any("608.4" in f.message for f in result.findings if f.rule == "BUD-02")
    assert len(result.form.tasks) == 4 and "BUD-02" in _rules(result)
    assert [t.name for t in check_file(_one("5525"), book).form.tasks][0] == "食品安全抽检监测"


def test_a_names_two_pieces_one_cell_too_many(book):
    """5743 (Acrobat): 非遗项目保护传承 | 长效机制 | 建立 | 已建立 | 15 | 15; 扶持传承工作室 | 数量 | 3个 | … — a
    self-evaluation's line one cell longer than its columns from the name to the 得分, the scores last: the name's
    two pieces one name; the unmet target on line 21 found (EVAL-03, EVAL-06), no FORM-03. Labels wrapped the same way
    (服务对象满意度 | 指标 | …, 1228) stay labels."""
    result = check_file(_one("5743"), book)
    rows = _rows(result)
    assert rows[22][0] == "扶持传承工作室数量" and rows[26] == ("非遗项目保护传承长效机制", "建立", "已建立")
    assert {"EVAL-03", "EVAL-06"} <= _rules(result) and "FORM-03" not in _rules(result)
    assert all(not i.name.startswith("指标") for i in check_file(_one("1228"), book).form.indicators)


def test_a_source_label_cut_beside_the_blocks_side_label(book):
    """5733 (-layout): 其中：当年财政 | 150.00 … / （万元） | 拨款 — a source's label cut in its cell, the block's side
    label's piece beside its end: one source, 当年财政拨款, no line named 拨款 (no FORM-03)."""
    result = check_file(_one("5733"), book)
    assert [line.label for line in result.form.funds][:2] == ["年度资金总额", "当年财政拨款"]
    assert "FORM-03" not in _rules(result)


def test_a_names_end_in_its_column_that_spells_a_levels_short_name(book):
    """5726 (-layout): 补助乡镇综合文化站 / 数量指标 | ≥9个 | … / 数量 — a row three lines tall, its name's end (数量) in
    the names' column though it spells a level's short name: one row (eight, no empty group, no FORM-03); 2342 too."""
    result = check_file(_one("5726"), book)
    assert _rows(result)[27][0] == "补助乡镇综合文化站数量" and len(result.form.indicators) == 8
    assert "FORM-03" not in _rules(result)


def test_a_target_forms_name_tail_after_its_value(book):
    """5795 (Acrobat, a target form whose value is its last column): 设备故障修复平均 | ≤48小时 | 用时 — the name's end
    run after the value: back on the name, eight rows, no FORM-03."""
    result = check_file(_one("5795"), book)
    assert _rows(result)[20][:2] == ("设备故障修复平均用时", "≤48小时")
    assert len(result.form.indicators) == 8 and "FORM-03" not in _rules(result)


def test_labels_drawn_at_the_end_of_their_groups_first_row(book):
    """5749 (Chrome, drawing order): 参保缴费人数 | … | 10 | 10 | 产出指标 | 数量指标 — each merged label at the end of
    its group's first row, not centred: the groups begin at those rows; 预期目标 | 实际完成情况 | 年度总体目标 — the goal
    block's label drawn last: the goal read, no funds line of it. Eight rows, no FORM-03."""
    result = check_file(_one("5749"), book)
    levels = {i.location.line: (i.level1, i.level2) for i in result.form.indicators}
    assert levels[21] == ("产出指标", "数量指标") and levels[29] == ("满意度指标", "服务对象满意度指标")
    assert len(levels) == 8 and len(result.form.goals) == 1 and "FORM-03" not in _rules(result)
