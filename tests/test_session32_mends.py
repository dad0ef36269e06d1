"""Session 32: mends of losses left from earlier blind sets. Each test fails on 43d39a8 (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file

from written_checks import levels_by_line as _levels, rule_set as _rules, written as _one


def test_labels_after_a_row_of_their_group(book):
    """5718 (Edge, a row a line), 5506, 5754 (Chrome, a cell a line): each merged label after some row of its group —
    its first, its middle or its last — and the last 二级 and 一级 after the table's last row: every row under its own
    labels, no group a row off."""
    result = check_file(_one("5718"), book)
    levels = _levels(result)
    assert levels[17] == ("产出指标", "数量指标") and levels[19] == ("产出指标", "数量指标")
    assert levels[21] == ("产出指标", "质量指标") and levels[25] == ("产出指标", "成本指标")
    assert levels[27] == ("效益指标", "社会效益指标") and levels[30] == ("满意度指标", "服务对象满意度指标")
    assert "FORM-03" not in _rules(result)
    result = check_file(_one("5506"), book)
    levels = _levels(result)
    assert levels[19] == ("产出指标", "数量指标") and levels[29] == ("效益指标", "经济效益指标")
    assert "FORM-03" not in _rules(result) and "VAL-04" not in _rules(result) and "STR-06" in _rules(result)
    result = check_file(_one("5754"), book)
    levels = _levels(result)
    assert levels[39] == ("产出指标", "数量指标") and levels[47] == ("产出指标", "时效指标")
    assert levels[61] == ("效益指标", "社会效益指标") and levels[68] == ("满意度指标", "服务对象满意度指标")
    assert "FORM-03" not in _rules(result)


def test_labels_after_their_rows_whatever_the_weights_say(book):
    """5765 (Edge, scores first): each label after its group's last row, the 一级s on lines of their own — read so
    though 产出指标（50分）'s rows carry 45 points (the form's own slip, which EVAL-01 then reports), and a row that took
    a 一级 from the label below it marks no group of its own."""
    result = check_file(_one("5765"), book)
    levels = _levels(result)
    assert levels[22] == ("产出指标（50分）", "数量指标") and levels[27] == ("产出指标（50分）", "时效指标")
    assert levels[30] == ("效益指标（30分）", "社会效益指标") and levels[34][1] == "服务对象满意度指标"
    assert "FORM-03" not in _rules(result) and "EVAL-01" in _rules(result)


def test_a_cost_label_before_its_output_label_is_a_second_level(book):
    """5686 (a cell a line, labels after their rows): 成本指标 / 产出指标 — a 二级 成本指标 whose 一级 follows it, not
    the 101 scheme's 一级 overwritten by 产出指标, nor (5699) one with no 一级 yet above it; 5754, 1857: 经济成本指标 / 成本指标 — the 101 scheme's 一级 after its
    own 二级, not a 二级 that takes 经济成本指标's place."""
    result = check_file(_one("5686"), book)
    levels = _levels(result)
    assert levels[47] == ("产出指标", "成本指标") and levels[51] == ("效益指标", "社会效益指标")
    assert len(levels) == 10 and "FORM-03" not in _rules(result)
    result = check_file(_one("5754"), book)
    assert {_levels(result)[k] for k in (51, 53, 55, 57)} == {("成本指标", "经济成本指标")}
    result = check_file(_one("1857"), book)
    assert _levels(result)[98] == ("成本指标", "经济成本指标")
    result = check_file(_one("5699"), book)  # (成本指标 before its row, no 一级 yet above it: 产出指标 after the rows)
    levels = _levels(result)
    assert levels[46] == ("产出指标", "成本指标") and levels[50] == ("效益指标", "社会效益指标")
    assert "FORM-03" not in _rules(result)


def test_labels_alone_in_their_columns_after_the_last_row(book):
    """5295 (a cell a line, the label columns after the name's): … | 服务对象满意度 | 满意度指标 after the table's last row —
    the 满意度 group's labels, whichever column comes first, not an empty group; 1052 guards: a 二级 alone after a
    page's last row heads the next page's rows, the page's rows keep their centred labels."""
    result = check_file(_one("5295"), book)
    levels = _levels(result)
    assert levels[45] == ("效益指标", "经济效益指标") and levels[59] == ("满意度指标", "服务对象满意度")
    assert levels[35] == ("产出指标", "质量指标") and not {"FORM-03", "DATE-01", "VAL-12"} & _rules(result)
    result = check_file(_one("1052"), book)
    assert _levels(result)[44] == ("产出指标", "数量指标")


def test_sources_not_held_to_a_total_given_by_its_uses(book):
    """5819 (WPS转Word): 年度资金总额 986.40 | 其中：基本支出 612.80 | 项目支出 373.60 | 其他资金 0.00 — the money by its
    use adds up; of its sources only the other money's line is printed, no fiscal share to add up: no BUD-01."""
    result = check_file(_one("5819"), book)
    assert "BUD-01" not in _rules(result) and len(result.form.indicators) == 8


def test_a_funds_lines_reason_wrapped_alone_on_the_next_line(book):
    """5822 (Foxit): 总额 150.00 … 10.00 部分工程结算审计未完成，尾款 / 待审计后支付。 — the reason's rest alone on the
    next line is the reason's, not a source of funds with no amounts (that made the reading doubtful)."""
    result = check_file(_one("5822"), book)
    total = next(line for line in result.form.funds if line.role == "total")
    assert dict(total.texts)["原因"] == "部分工程结算审计未完成，尾款待审计后支付。"
    assert [line.label for line in result.form.funds if line.role == "part"] == ["财政资金", "财政专户管理资金", "单位资金", "其他资金"]
    assert "FORM-03" not in _rules(result) and "BUD-08" in _rules(result)


def test_a_side_label_before_a_rows_own_labels(book):
    """5833 (Acrobat): 年度绩效指标 产出指标 质量指标 低保金按时足额发放率 ＝100% — the table's side label, centred on the
    row, before its 一级 and 二级: the row read in its columns, not left unplaced."""
    result = check_file(_one("5833"), book)
    levels = _levels(result)
    assert levels[26] == ("产出指标", "质量指标") and len(levels) == 6
    assert "FORM-03" not in _rules(result) and "BUD-02" in _rules(result)


def test_a_name_and_its_reason_wrapped_on_one_line(book):
    """5855 (-layout): 退役士兵适应性 … 4名退役士兵已自主 / 培训人数 … 就业未参训，次年 / 加强跟踪动员 — the name's rest and
    the reason's, on one line under their row: one row, not a second with no value; and 光荣牌悬挂完成时间 | 2021年6月30日前,
    between a 时效指标 label and a 社会效益 one, is the time target's."""
    result = check_file(_one("5855"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert len(rows) == 9 and rows[24].name == "退役士兵适应性培训人数"
    assert rows[24].reason.startswith("4名退役士兵已自主就业未参训，次年")
    assert (rows[33].level1, rows[33].level2) == ("产出指标", "时效指标")
    assert not {"FORM-03", "EVAL-01"} & _rules(result) and "EVAL-02" in _rules(result)


def test_an_achievement_met_exactly_told_in_the_goals_figures(book):
    """5662, 5495 (every indicator met): 对19道渡口、21艘渡船落实安全管理补助，全年未发生… under a goal that aims at the
    same figures — what was done, in its own words, not the goal copied (EVAL-10). 119 (the goal copied word for word,
    以上 and 不低于 kept) and 745 (the goal in the past tense, no figure) guard: still reported."""
    for name in ("5662", "5495"):
        assert "EVAL-10" not in _rules(check_file(_one(name), book))
    for name in ("119", "745"):
        assert "EVAL-10" in _rules(check_file(_one(name), book))


def test_level_labels_stacked_after_their_groups(book):
    """5898 (Edge): 三级指标 | 年度指标值 … / 一级指标 | 二级指标 — the header's level labels given after the others;
    then six 产出 rows and 数量指标 / 质量指标 / 时效指标 / 成本指标 / 产出指标（50分） stacked after them: each 二级 over
    the rows its words fit, in the labels' order, and no empty groups left of the stacked labels."""
    result = check_file(_one("5898"), book)
    levels = _levels(result)
    assert len(levels) == 9 and levels[18] == ("产出指标（50分）", "数量指标") and levels[21][1] == "质量指标"
    assert levels[22][1] == "时效指标" and levels[23][1] == "成本指标"
    assert levels[29] == ("效益指标（30分）", "社会效益指标") and levels[33][1] == "服务对象满意度指标"
    assert not result.form.empty_groups and not {"FORM-02", "FORM-03"} & _rules(result)


def test_a_two_line_header_whose_narrow_labels_begin_with_one_character(book):
    """5885, 5889 (-layout): 一级 | 二级 | 年度 | 实际 | 分 | 得 | 偏差原因分析 / 指标 | 指标 | 三级指标 | 指标值 | 完成值 |
    值 | 分 | 及改进措施 — one header, 分值 and 得分 begun by a single character over their narrow columns: the 指标值
    read as the 指标值, not the 分值 (that made three false VAL-02s a form); and 效益 / 指标 / （30分） down a 一级 beside
    two one-line rows, its weight two lines below its name: the 一级's, its row under it."""
    result = check_file(_one("5885"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert (rows[33].raw, rows[33].actual, str(rows[33].weight)) == ("≥95%", "97.2%", "15")
    assert (rows[35].level1, rows[35].level2) == ("效益指标（30分）", "社会效益指标")
    assert not {"VAL-02", "FORM-03"} & _rules(result)
    result = check_file(_one("5889"), book)
    assert {i.raw for i in result.form.indicators} >= {"≥300万元", "≥90%"} and "VAL-02" not in _rules(result)


def test_a_header_that_gives_the_weight_before_the_result(book):
    """5862 (Acrobat), 5872 (Foxit): 年度指标值 | 分值 | 实际完成值 | 得分 — the header's columns in the copy's order, not
    put in the usual one (the goal's last line, 服务。, is no label's start), so 20 | 16.1万人 reads as the weight and
    the result; and a date's day wrapped below (2023年12月31 | 15 | 2023年12月20 / 日前 | 日) ends the dates, not the
    分值 between them. 5073 (…≤30个工作 | 25个工作日 | 10 | 10 / 日) gains as well."""
    result = check_file(_one("5862"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert (rows[26].actual, str(rows[26].weight)) == ("16.1万人", "20")
    assert (rows[28].actual, str(rows[28].weight)) == ("2023年12月20日", "15")
    assert not {"EVAL-07"} & _rules(result) and {"EVAL-03", "EVAL-06"} <= _rules(result)
    result = check_file(_one("5872"), book)
    assert {i.actual for i in result.form.indicators} >= {"3.2万户", "95%"} and "EVAL-06" not in _rules(result)
    result = check_file(_one("5073"), book)
    assert next(i.raw for i in result.form.indicators if i.location.line == 44) == "≤30个工作日"


def test_a_task_table_by_column_whose_contents_wrapped(book):
    """5877 (plain pdftotext): five names, then the contents over nine lines (保障在职在编人员工资福利 / 及机关日常运转 …),
    then each amount column's five figures — five tasks, as many as each column has figures, the contents' wrapped
    lines shared out; not one task with the first three 总额 as its 总额 | 财政拨款 | 其他资金 (a false BUD-01 退回)."""
    result = check_file(_one("5877"), book)
    tasks = [(t.name, str(t.budget.total), str(t.budget.other)) for t in result.form.tasks]
    assert len(tasks) == 5 and tasks[2] == ("水土保持综合治理", "260.00", "60.00")
    assert result.form.tasks[0].content == "保障在职在编人员工资福利及机关日常运转"
    assert "BUD-01" not in _rules(result)


def test_an_empty_value_before_the_next_groups_labels(book):
    """5873, 1637 (a cell a line): 农村群众出行便利程度 / (blank) / 满意度指标 / 服务对象满意度指 / 标 / 乘客满意度 / ≥90% —
    a whole name whose value cell gave no line, the next group's labels on the lines after it: the form's own empty
    value (STR-06), not a reading in doubt (FORM-03)."""
    for name, line in (("5873", 62), ("1637", 64)):
        result = check_file(_one(name), book)
        assert "FORM-03" not in _rules(result)
        assert any(f.rule == "STR-06" and f.location.line == line for f in result.findings)


def test_a_rows_merged_first_level_given_last(book):
    """5884 (Edge): 质量指标 快检结果准确率 ≥95% 产出指标 — the merged 一级 drawn after the row's cells: the row read under
    it, not left unplaced (a FORM-03 that held back the row beside it, whose deadline DATE-02 now reports)."""
    result = check_file(_one("5884"), book)
    assert _levels(result)[19] == ("产出指标", "质量指标") and len(result.form.indicators) == 7
    assert "FORM-03" not in _rules(result) and "DATE-02" in _rules(result)


def test_a_side_label_spelled_a_character_a_line(book):
    """5878, 2444 (viewer copies): 绩 | 一级指标 … / 效 | 产出指标 … / 指 | 重点人群签约覆盖率 ≥**% / 标 | 质量指标 … — the
    table's side label a character at the start of each line: dropped, each line read in its columns (the placeholder
    then STR-06's), no row left unplaced or read from a character."""
    result = check_file(_one("5878"), book)
    assert len(result.form.indicators) == 7 and _levels(result)[20] == ("产出指标", "质量指标")
    assert "FORM-03" not in _rules(result) and "STR-06" in _rules(result)
    result = check_file(_one("2444"), book)
    assert not any(len(i.name) == 1 for i in result.form.indicators) and "FORM-03" not in _rules(result)


def test_a_target_forms_goal_cut_over_lines(book):
    """5867 (Chrome): 年度总体目标 保障机关正常运转；全年送 / 戏下乡不少于120场，图 / … — a goal cell's lines cut mid-word:
    one goal, read whole (no TXT-04 from its last line alone); 1051 (-layout): numbered goals over four lines, a piece
    of the side label (标) between — each numbered goal whole, the label's character no goal's. r16 guards: short items
    a line each, no comma in them, stay goals of their own."""
    result = check_file(_one("5867"), book)
    assert [g.text for g in result.form.goals] == ["保障机关正常运转；全年送戏下乡不少于120场，图书馆、文化馆全年免费开放不少于300天。"]
    assert "TXT-04" not in _rules(result)
    goals = {g.label: g.text for g in check_file(_one("1051"), book).form.goals}
    assert goals["目标3"] == "接收安置退役士兵85人以上，组织适应性培训2期，政策落实率100%，退役军人就业率达到85%以上。"
    assert goals["目标2"].startswith("全年按月为2360名以上重点优抚对象")
    r16 = check_file(Path(__file__).parent / "fixtures" / "review_cases" / "r16_short_goal_items_after_total.txt", book)
    assert [g.text for g in r16.form.goals] == ["完成86处农村集中供水工程运行维护", "清淤疏浚河道沟渠42公里"]


def test_a_funds_header_begun_above_and_a_side_labels_rest(book):
    """5909 (-layout): 年初 | 全年 | 全年 | 执行 / 预算数 | 预算数 | 执行数 | 分值 | 率 | 得分 — the funds header's labels begun
    on the line above, whole; 5934: 年度预算 / 申请（万元） 其中：基本支出 … — the side label's rest before the line's own
    label, not the line's label (a source read from the side label made the reading doubtful). 5573 guards: a source
    whose cell in a column was not read is no source of 0 there (no BUD-01 against 0)."""
    result = check_file(_one("5909"), book)
    total = next(line for line in result.form.funds if line.role == "total")
    assert dict(total.amounts)["全年预算数"] is not None and "FORM-03" not in _rules(result)
    result = check_file(_one("5934"), book)
    assert [line.label for line in result.form.funds] == ["年度资金总额", "基本支出", "项目支出"]
    assert "FORM-03" not in _rules(result) and "BUD-07" in _rules(result)
    assert "BUD-01" not in _rules(check_file(_one("5573"), book))


def test_labels_run_together_with_the_name_after_them(book):
    """5976 (WPS viewer, narrow gaps dropped): 一级指标二级指标三级指标 | 指标值 / 产出指标数量指标山区生态林管护面积 |
    ≥41.2万亩 / 质量指标管护区域林木保存率 | ≥95% / 可持续影响山区生态林长效管护机制 | 长期 / 指标 — each label a cell of its
    own, a cut one made whole from its end on the next line: nine rows under their labels, not FORM-02 on a clean form.
    541 guards: 时效指标:按时完成教学任务 is a label and its text, one cell."""
    result = check_file(_one("5976"), book)
    levels = _levels(result)
    assert len(levels) == 9 and levels[18] == ("产出指标", "数量指标") and levels[20] == ("产出指标", "质量指标")
    assert levels[25] == ("效益指标", "可持续影响指标") and levels[27] == ("满意度指标", "服务对象满意度指标")
    assert not {"FORM-02", "FORM-03", "TXT-01"} & _rules(result)
    corpus = check_file(Path(__file__).parent / "fixtures" / "forms" / "541_nanyue_shiyan_zhongxue_bumen_zhengti_mubiao_shenbao_2017.txt", book)
    assert len(corpus.form.indicators) >= 6


def test_a_header_piece_over_two_labels_begins_the_one_it_names(book):
    """5966 (-layout, 四川): 度量 over 指标值 | 单位, 未完成原因 over 得分 | 分析 — each piece above the header begins the
    label the vocabulary names with it (度量单位, 未完成原因分析), so the reason column is read and its 部分行政村人口外出
    务工… is the row's reason (no false EVAL-06); 5516 guards (度量 near 单位, not 度量指标值)."""
    result = check_file(_one("5966"), book)
    row = next(i for i in result.form.indicators if i.location.line == 24)
    assert row.reason.startswith("部分行政村人口外出务工") and "EVAL-06" not in _rules(result)
    levels = _levels(check_file(_one("5516"), book))
    assert levels[32] == ("产出指标（90分）", "时效指标") or levels[32][1] == "时效指标"


def test_a_budget_note_under_the_goals_is_no_goal(book):
    """5994 (Foxit): 预算调整说明：2019年机构改革新组建，年中划入医疗救助经办经费38万元。 on a line of its own under the two
    goal columns — the form's note on the budget's change, not the goal's last words (no TXT-02 on its 38万元), and the
    reason BUD-07 looks for."""
    result = check_file(_one("5994"), book)
    assert [g.text for g in result.form.goals] == ["完成城乡居民医保参保登记，参保率稳定在95%以上；开展定点医药机构监督检查全覆盖。"]
    assert not {"TXT-02", "BUD-07"} & _rules(result) and {"BUD-08", "EVAL-02"} <= _rules(result)


def test_the_level_column_drawn_after_all_rows(book):
    """6016, 6030 (Edge, a run a line): 三级指标 / 指标值 / the rows' names and values / 产出指标 / 数量指标 / 质量指标 /
    时效指标 / 成本指标 / 效益指标 / … / 一级指标 / 二级指标 — the level column and its header drawn last: the header whole,
    the rows read, each stacked label over the rows its words fit, in order (not FORM-02: no table found)."""
    result = check_file(_one("6016"), book)
    levels = _levels(result)
    assert len(levels) == 9 and levels[29] == ("产出指标", "数量指标") and levels[33] == ("产出指标", "质量指标")
    assert levels[39] == ("产出指标", "成本指标") and levels[41] == ("效益指标", "社会效益指标")
    assert levels[45] == ("满意度指标", "服务对象满意度指标") and "STR-06" in _rules(result) and "FORM-02" not in _rules(result)
    result = check_file(_one("6030"), book)
    assert len(result.form.indicators) == 8 and "FORM-02" not in _rules(result) and "STR-06" in _rules(result)


def test_a_funds_reason_going_on_beside_the_side_label(book):
    """6011 (-layout, 四川): 总额 … 年中追加秋季学期 / 预算执行情况 … 新增在园幼儿补助 / (10分) 其中:财政资金 … 6.20万元。 —
    the reason's middle line beside the block's side label is the reason's, not a source with no amounts (a FORM-03)."""
    result = check_file(_one("6011"), book)
    assert [line.label for line in result.form.funds][:2] == ["总额", "财政资金"] and "FORM-03" not in _rules(result)


def test_a_target_rows_first_level_given_after_it(book):
    """6078 (Chrome): 更换老化供水管网长度 36公里 产出指标 — a row inside its 二级 group whose merged 一级 was drawn after
    it: the row under its group (数量指标 carried down), not left unplaced (a FORM-03). 5288 (a self-evaluation's rows
    with their labels last, trailing_labels_apart's) guards."""
    result = check_file(_one("6078"), book)
    levels = _levels(result)
    assert levels[16] == ("产出指标", "数量指标") and levels[21] == ("效益指标", "社会效益指标") and len(levels) == 9
    assert "FORM-03" not in _rules(result) and "DATE-02" in _rules(result)
    assert "FORM-03" not in _rules(check_file(_one("5288"), book))


def test_a_unit_with_its_alternative_wrapped_below_its_figure(book):
    """6041 (-layout): ≥120万 | 123.6万 / 头（只） | 头（只） — a unit and its bracketed alternative wrapped under both
    figures: the values' ends, not a nameless row (the row's levels then right: 数量指标 over it)."""
    result = check_file(_one("6041"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert 29 not in rows and (rows[28].raw, rows[28].actual) == ("≥120万头（只）", "123.6万头（只）")
    assert (rows[28].level2, rows[30].level2) == ("数量指标", "质量指标")


def test_a_funds_block_whose_weight_was_not_read_keeps_the_execution_share(book):
    """6105 (Chrome: 10 | 97.96% | 9.80 before the funds block's labels), 4090: the block's 分值 not read, the
    indicators' 90 points and the template's 10 for the execution rate make 100 — no EVAL-01 total of 90 (a false 退回)."""
    for name in ("6105", "4090"):
        assert not any(f.rule == "EVAL-01" and f.subject == "指标权重合计" for f in check_file(_one(name), book).findings)
