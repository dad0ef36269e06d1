"""Session 28: mends of losses left from earlier blind sets. Each test fails on 3469642 (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from decimal import Decimal

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _found(result) -> set[tuple[str, int | None]]:
    return {(f.rule, f.location.line) for f in result.findings}


def test_days_in_hospital_are_fewer_the_better(book):
    """4497: 公立医院平均住院日 | ≤8.5天 under 质量指标 — a stay kept short, rightly a ceiling (no VAL-04)."""
    assert ("VAL-04", 92) not in _found(check_file(_one("4497"), book))


def test_the_market_s_food_sampled_is_an_effect(book):
    """4563: 评价性抽检合格率 under 社会效益 — the market's food as sampled, not the project's deliverable (no VAL-11)."""
    assert ("VAL-11", 101) not in _found(check_file(_one("4563"), book))


def test_heat_lost_from_the_pipes_is_ecological(book):
    """4413: 管网热损失率 | ≤12% under 生态效益 — energy saved (no VAL-11 'shows no ecological effect')."""
    assert ("VAL-11", 64) not in _found(check_file(_one("4413"), book))


def test_housing_named_by_its_kind_is_no_slogan(book):
    """4521: 保障性住房运营支出 | ≤152万元 — 保障性 names a kind of housing and 支出 the money: an object (no TXT-03),
    while 保障收入 stays a slogan (guarded by the rule's own cases)."""
    assert ("TXT-03", 29) not in _found(check_file(_one("4521"), book))


def test_one_vehicle_s_subsidy_is_no_total_cost(book):
    """4576: 单车年均运营补助 | ≤5万元 beside the fleet's other costs — one bus's subsidy (×53 buses = the budget), not
    a part of a total that falls short of it (no BUD-03 'short')."""
    assert "BUD-03" not in {f.rule for f in check_file(_one("4576"), book).findings}


def _rows(result) -> dict[int, tuple[str, str, str, str]]:
    return {i.location.line: (i.level2, i.name, i.raw, i.actual or "") for i in result.form.indicators}


def test_canopy_density_needs_no_unit(book):
    """4623: 修复林分郁闭度提高 | ≥0.1 — canopy density is a 0–1 figure with no unit (no VAL-02)."""
    assert ("VAL-02", 27) not in _found(check_file(_one("4623"), book))


def test_a_sentence_telling_the_budget_s_change_is_the_block_s_note(book):
    """4624 (WPS viewer): 年中追加城乡居民养老保险政府补贴64.60万元。 on a line of its own under the funds block — the
    adjustment's note whose label the copy lost, not a source with no amounts (no FORM-03), and the reason BUD-07
    wants is there."""
    result = check_file(_one("4624"), book)
    assert not {"FORM-03", "BUD-07"} & {f.rule for f in result.findings}
    assert any(line.label == "预算调整说明" for line in result.form.funds)


def test_a_name_wrapped_at_a_narrow_column_s_width_goes_on(book):
    """4643 (plain pdftotext, a cell piece a line): 冬季供暖开始 / 前管网改造完 / 成时间 / 2020年10月10 / 日前 — each
    full piece of the name goes on to the next, the value is the date (no DATE-01 on a name's piece)."""
    result = check_file(_one("4643"), book)
    assert _rows(result)[101] == ("时效指标", "冬季供暖开始前管网改造完成时间", "2020年10月10日前", "2020年10月8日")
    assert ("DATE-01", 101) not in _found(result)


def test_a_cost_name_s_last_word_is_no_label_and_its_value_s_bound_goes_on(book):
    """4639 (plain pdftotext): 隔离防护网建设 / 成本 / 控制在合理范围 / 内 — the name's last word 成本 is no label, the
    value's 内 its end: one cost row with a qualitative value (VAL-05, the form's true error), no FORM-03; and
    2021年10月31日 / 前 a deadline whole."""
    result = check_file(_one("4639"), book)
    rows = _rows(result)
    assert rows[65][:3] == ("成本指标", "隔离防护网建设成本", "控制在合理范围内")
    assert rows[60][2] == "2021年10月31日前"
    assert ("VAL-05", 65) in _found(result) and "FORM-03" not in {f.rule for f in result.findings}
    assert result.verdict == "退回"


def test_acrobat_tails_go_to_the_cells_they_end(book):
    """4613 (Acrobat): 日前 6日 under 2023年5月31 | 2023年5月2 (a day cut inside its number), 补助 under a name and a
    value ≤12万元/座 (the name's end: 座补助 is no unit), （30分） 标 率 under 效益指标 | 社会效益指 | …安全度汛 (the
    weight, the level's end, the name's end), ） under 满意度指标（10分 — all joined back: eight rows, no FORM-03, no
    EVAL-05 on a unit that only seemed to differ."""
    result = check_file(_one("4613"), book)
    rows = _rows(result)
    assert len(rows) == 8
    assert rows[27][2:] == ("2023年5月31日前", "2023年5月26日")
    assert rows[29][1:3] == ("小型水库维修养护补助", "≤12万元/座")
    assert rows[31][:2] == ("社会效益指标", "病险水库安全度汛率")
    assert not {"FORM-03", "EVAL-05"} & {f.rule for f in result.findings}


def test_a_date_cut_before_its_day_goes_on(book):
    """4649 (Chrome): 2021年10月 / 20日 — the result's day on the next line, no row of its own (no FORM-03)."""
    result = check_file(_one("4649"), book)
    assert _rows(result)[23][3] == "2021年10月20日" and 24 not in _rows(result)
    assert "FORM-03" not in {f.rule for f in result.findings}


def test_a_side_label_spelled_down_its_column_leaves_the_centred_labels_be(book):
    """4661, 4663 (pdftotext -layout): 绩 / 效 / 指 / 标 down the first column beside a 二级 centred between its two
    rows — the rows under 数量指标 (no empty group, no FORM-03); 4663's unmet row found (EVAL-03, EVAL-06)."""
    result = check_file(_one("4661"), book)
    assert _rows(result)[23][0] == _rows(result)[25][0] == "数量指标"
    assert not result.form.empty_groups and "FORM-03" not in {f.rule for f in result.findings}
    assert {("EVAL-03", 23), ("EVAL-06", 23)} <= _found(check_file(_one("4663"), book))


def test_a_bound_after_its_event_is_a_value(book):
    """4665 (Chrome, a run a line): 救助资金发放时限 / 审批后≤10个工作日 — the value, not the name's rest: the
    placeholder value above it is found (STR-06), the form 退回."""
    result = check_file(_one("4665"), book)
    assert _rows(result)[40][1:3] == ("救助资金发放时限", "审批后≤10个工作日")
    assert ("STR-06", 37) in _found(result) and result.verdict == "退回"


def test_a_cost_in_words_is_one_defect_not_a_gap_too(book):
    """4669: 食品安全抽检经费 | 控制在合理范围内 — VAL-05's; the money costs short of the tasks by it is no BUD-09 too."""
    found = _found(check_file(_one("4669"), book))
    assert ("VAL-05", 62) in found and not any(rule == "BUD-09" for rule, _ in found)


def test_ferries_and_beds_are_counted(book):
    """4673: 渡口安全管理覆盖数 | ＝38道 — 道 counts ferries; 4335: ≥1200张床位 — beds (no VAL-02)."""
    assert ("VAL-02", 24) not in _found(check_file(_one("4673"), book))
    assert ("VAL-02", 28) not in _found(check_file(_one("4335"), book))


def test_a_goal_s_label_on_its_text_s_last_line(book):
    """4684, 4688 (pdftotext -layout): 预期目标 / 年度总体目标 printed on the last line of the goal's wrapped text,
    the first line above it alone (and not the rest of the 预算调整说明 note above, shorter than it): the goal whole,
    and its 实际完成情况 too (no TXT-01, no EVAL-10)."""
    for name, line, start in (("4684", 18, "完成全区农村生活垃圾"), ("4688", 15, "完成城镇新增就业600人")):
        result = check_file(_one(name), book)
        goals = [g for g in result.form.goals if g.location.line == line]
        assert goals and goals[0].text.startswith(start), name
        assert not {"TXT-01", "EVAL-10"} & {f.rule for f in result.findings}, name


def test_numbered_goals_on_lines_of_their_own_stay_apart(book):
    """1016 (pdftotext -layout): 目标1 … / 年度绩效目标 | …全年无安全事故； / 目标2：… / 目标3：… — three goals, 目标3
    not run on into 目标2 (its number already taken off its text)."""
    goals = check_file(_one("1016"), book).form.goals
    assert [g.label for g in goals] == ["目标1", "目标2", "目标3"]


def test_a_guangdong_task_table_with_a_total_column(book):
    """4655 (pdftotext -layout): 年度主要任务 | 金额合计 | 财政拨款 | 其他资金 over numbered tasks, one name wrapped
    (3.建筑工地安全生产及质量 / 监督检查) — three tasks, their sum against the printed 金额合计 (BUD-02, the form's
    defect); 4647: the same header on two rows under 任务对应预算（万元）, each task's number (任务一) a cell of its own."""
    result = check_file(_one("4655"), book)
    assert [t.name for t in result.form.tasks][-1] == "3.建筑工地安全生产及质量监督检查"
    assert ("BUD-02", 16) in _found(result)
    tasks = check_file(_one("4647"), book).form.tasks
    assert [t.name for t in tasks] == ["人员及机构正常运转", "食品药品安全监督抽检", "特种设备安全监察及隐患排查整治",
                                       "计量标准器具检定及质量提升行动"]


def test_a_guangdong_task_table_a_cell_a_line(book):
    """4651 (plain pdftotext): 年度主要任务 / 任务对应预算（万元） / 金额合计 / 财政拨款 / 其他资金, then each task's name
    and its three amounts a line each — three tasks, no false BUD-02 or BUD-09."""
    result = check_file(_one("4651"), book)
    assert [t.budget.total for t in result.form.tasks if t.budget] == [Decimal("412.30"), Decimal("1126.80"),
                                                                       Decimal("296.50")]
    assert not {"BUD-02", "BUD-09"} & {f.rule for f in result.findings}


def test_a_goal_number_beside_its_unvalued_indicator_is_one_slip(book):
    """4139: 推广主导品种12个 in the goal beside 推广主导品种 | (empty); 4647: 药品抽检120批次 beside 药品质量抽检批次 |
    ≥**批次 — STR-06's, no TXT-02 too."""
    for name, line in (("4139", 18), ("4647", 25)):
        found = _found(check_file(_one(name), book))
        assert ("STR-06", line) in found and not any(rule == "TXT-02" for rule, _ in found), name


def test_the_budget_department_s_name_label(book):
    """4701, 4703: 预算部门名称 | 淅川县住房和城乡建设局 — the unit (no FORM-04)."""
    for name in ("4701", "4703"):
        result = check_file(_one(name), book)
        assert result.form.meta.department and "FORM-04" not in {f.rule for f in result.findings}, name


def test_a_date_by_the_stamp_is_the_form_s_date(book):
    """4693: （盖章） | 2021年12月28日; 4695: （盖章） / 2022年11月15日 — the form is dated (DATE-04 asks only for the
    单位负责人 these templates have no place for)."""
    for name in ("4693", "4695"):
        subjects = [f.subject for f in check_file(_one(name), book).findings if f.rule == "DATE-04"]
        assert subjects == ["单位负责人"], name


def test_a_side_label_s_last_character_on_the_header_s_second_line(book):
    """4700 (Edge): 年度主要任 | 任务名称 | 主要内容 | 预算金额 / 务 | 总额 | 财政拨款 | 其他资金 — 年度主要任务 whole,
    the money's labels in their columns: five tasks named as printed, no FORM-03."""
    result = check_file(_one("4700"), book)
    assert [t.name for t in result.form.tasks][0] == "就业创业服务"
    assert "FORM-03" not in {f.rule for f in result.findings}


def test_short_second_levels_imply_their_first(book):
    """4724 (pdftotext -layout): 效益指标 on the first of its two rows, 社会效益 | 生态效益 written without 指标 — both
    under 效益指标, not 生态效益 under 满意度指标 (no FORM-03); the rate misprinted found (BUD-06)."""
    result = check_file(_one("4724"), book)
    assert _rows(result)[25][0] == "生态效益" and result.form.indicators[5].level1 == "效益指标"
    assert "FORM-03" not in {f.rule for f in result.findings} and ("BUD-06", 12) in _found(result)


def test_tails_of_a_row_go_to_name_grade_and_label(book):
    """4701 (Acrobat): 保障房基本建成时 | 2019年12月 | 2019年12月 / 间 31日前 25日 — the name's end, then the dates';
    较大及以上建筑施 / 工安全事故 alone. 4705 (WPS viewer): 社会效益 | 优抚对象获得感和 | 达成年度指 | 部分达成年 /
    指标 荣誉感 标 度指标并具 / 有一定效果 — one row, its partial grade with full points found (EVAL-04, EVAL-06)."""
    rows = _rows(check_file(_one("4701"), book))
    assert rows[31][1:] == ("保障房基本建成时间", "2019年12月31日前", "2019年12月25日")
    assert rows[36][1] == "较大及以上建筑施工安全事故" and len(rows) == 9
    result = check_file(_one("4705"), book)
    assert _rows(result)[34][1:] == ("优抚对象获得感和荣誉感", "达成年度指标", "部分达成年度指标并具有一定效果")
    assert {("EVAL-04", 34), ("EVAL-06", 34)} <= _found(result)


def test_a_funds_header_wrapped_under_itself(book):
    """4694 (Acrobat): 项目资金（万元 | 年初预算 | 全年预算 | 全年执行 / ） 数 数 数 — the header whole, the block read
    by its columns: the misprinted rate found (BUD-06)."""
    assert ("BUD-06", 14) in _found(check_file(_one("4694"), book))


def test_a_goal_s_count_in_another_word_is_the_same_measure(book):
    """4557: 全民健身赛事活动12项 in the goal against 举办全民健身赛事活动次数 ≥12次 — one measure (no TXT-02)."""
    assert not any(rule == "TXT-02" for rule, _ in _found(check_file(_one("4557"), book)))


def test_a_name_stopped_mid_word_ends_before_its_value(book):
    """4543, 4764 (a cell piece a line): 全县未发生区域性食品安 / 全事件 / 0起, …突发性困难得到 / 及时救助比例 / 100% —
    the names whole, their values the figures (no VAL-05 on a name's piece)."""
    rows = _rows(check_file(_one("4543"), book))
    assert rows[89][1:3] == ("全县未发生区域性食品安全事件", "0起")
    result = check_file(_one("4764"), book)
    assert _rows(result)[56][1:3] == ("困难群众遭遇突发性困难得到及时救助比例", "100%")
    assert not any(rule == "VAL-05" for rule, _ in _found(result))


def test_short_tails_of_a_value_and_a_result(book):
    """4757 (plain pdftotext): 村卫生室全覆 / 盖 / 58个行政村全 / 覆盖 / 30 / 30 — the value and the result whole, a
    coverage said in words a standard met (no VAL-05, EVAL-05)."""
    result = check_file(_one("4757"), book)
    assert _rows(result)[118][1:] == ("村民就近诊疗可及性", "村卫生室全覆盖", "58个行政村全覆盖")
    assert not {"VAL-05", "EVAL-05"} & {f.rule for f in result.findings}


def test_a_standard_reached_is_no_target_copied(book):
    """4738: 排涝标准 | 达到十年一遇 | 达到十年一遇 — reached, not the target copied as the result (no EVAL-05)."""
    assert ("EVAL-05", 119) not in _found(check_file(_one("4738"), book))


def test_a_cost_called_low_is_a_qualitative_cost(book):
    """4777 (Edge): 站点年运维成本 | 较低 — VAL-05's (a cost in words), not VAL-01's taken for a cut cell (FORM-03)."""
    found = _found(check_file(_one("4777"), book))
    assert ("VAL-05", 21) in found and not any(rule == "FORM-03" for rule, _ in found)


def test_a_layout_copy_s_funds_header_page_number_and_result_tail(book):
    """4765 (pdftotext -layout): 年初预算 | 全年预算 | 全年执行 / 数 数 数 — the funds read by their columns, the
    execution score above the rate's found (BUD-08), the low rate explained in 实际完成情况 (no BUD-07); - 1 -\\f a
    page's number, no goal; 每月5日前发 / 放 one result (no FORM-03)."""
    result = check_file(_one("4765"), book)
    assert ("BUD-08", 13) in _found(result) and not {"BUD-07", "FORM-03"} & {f.rule for f in result.findings}
    assert len(result.form.goals) == 1 and _rows(result)[32][3] == "每月5日前发放"


def test_an_acrobat_copy_s_three_spaces_are_no_layout(book):
    """4739, 4749 (Acrobat): lines that start with three spaces for an empty merged cell, no cells ever four spaces
    apart — a viewer's copy, not pdftotext -layout: 4739's rows under 产出指标（50分） whole (no FORM-03), 4749's
    deadline past the year found (DATE-02)."""
    result = check_file(_one("4739"), book)
    assert _rows(result)[22][:2] == ("数量指标", "全民健身赛事活动数量") and "FORM-03" not in {f.rule for f in result.findings}
    assert ("DATE-02", 24) in _found(check_file(_one("4749"), book))


def test_a_plain_copy_s_header_labels_wrapped_in_their_cells(book):
    """4782, 4793 (plain pdftotext): 一级指 / 标 / 二级指 / 标 / 三级指标 / 指标值 — a table read, not none (FORM-02):
    4782's placeholder found (STR-06); 4793's 2019年12月 / 20日前 one deadline, 服务对 / 象满意 / 度指标 one label,
    its funds' sum found (BUD-01)."""
    assert ("STR-06", 54) in _found(check_file(_one("4782"), book))
    result = check_file(_one("4793"), book)
    rows = _rows(result)
    assert len(rows) == 8 and rows[61][2] == "2019年12月20日前"
    assert ("BUD-01", 21) in _found(result) and "FORM-02" not in {f.rule for f in result.findings}


def test_pieces_of_the_side_label_at_a_row_s_start(book):
    """4823 (Acrobat): 年度绩效 | 人员及公用经费成本 | ≤316.20万元 / 指标 | 成本指标 | … — the side label's pieces, no
    cells of the rows: the costs under 成本指标 (no FORM-03), the missing 满意度指标 found (STR-01); 1228: 指标 after
    服务对象满意度 stays the 二级's end."""
    result = check_file(_one("4823"), book)
    assert _rows(result)[29][:2] == ("成本指标", "人员及公用经费成本")
    assert "FORM-03" not in {f.rule for f in result.findings} and ("STR-01", 25) in _found(result)
    assert _rows(check_file(_one("1228"), book))[39][0] == "服务对象满意度指标"


def test_a_cost_said_against_last_year_is_a_qualitative_cost(book):
    """4824: 经办机构运行成本 | 较上年下降 | 下降3.1% — VAL-05's (a cost in words), the result comparable (no EVAL-05),
    no FORM-03."""
    found = _found(check_file(_one("4824"), book))
    assert ("VAL-05", 84) in found and not {rule for rule, _ in found} & {"EVAL-05", "FORM-03"}


def test_a_task_table_s_total_column_and_side_label_printed_twice(book):
    """4812 (plain pdftotext): 年度主要任务 / 任务名称 / 主要内容 / 预算金额 / 财政拨款 / 其他资金 / 年度主要任务 — 预算金额
    the total's own column beside its parts, the side label printed again under the columns: four tasks, their
    amounts read (no FORM-03)."""
    result = check_file(_one("4812"), book)
    assert [t.budget.total for t in result.form.tasks if t.budget] == [Decimal("486.35"), Decimal("212.00"),
                                                                       Decimal("68.40"), Decimal("95.60")]
    assert "FORM-03" not in {f.rule for f in result.findings}


def test_a_header_score_field_s_finding_stands_on_its_field(book):
    """4821: 自评得分 | 98.76 in the header while the rows add to 99.76 — EVAL-02 on the field's row, not the first
    indicator's."""
    found = _found(check_file(_one("4821"), book))
    assert ("EVAL-02", 12) in found and ("EVAL-02", 57) not in found


def test_a_cell_a_line_task_table_under_a_budget_request_group(book):
    """4847 (plain pdftotext): 年度 / 主要 / 任务 / 任务名称 / 主要内容 / 预算申请 / 总额 / 财政拨款 / 其他资金 — five
    tasks whose sum is the 金额合计 (no false BUD-02 or BUD-09: a form sent back for nothing)."""
    result = check_file(_one("4847"), book)
    assert len(result.form.tasks) == 5 and not {"BUD-02", "BUD-09"} & {f.rule for f in result.findings}


def test_names_wrapped_before_their_values_a_cell_a_line(book):
    """4869 (plain pdftotext): 3.黄河贵德段水污 / 染防治巡查 / 22.50 — one task, the tasks' sum against the costs
    (BUD-09, missed before); 黄河贵德段出境断 / 面水质 / 达到Ⅱ类 — one name, its value a class (no VAL-05); 4863
    (Chrome): 公共文化服务长效 / 运行机制 / 长期有效 likewise."""
    result = check_file(_one("4869"), book)
    assert _rows(result)[66][1:3] == ("黄河贵德段出境断面水质", "达到Ⅱ类")
    assert ("BUD-09", 32) in _found(result) and ("VAL-05", 66) not in _found(result)
    assert _rows(check_file(_one("4863"), book))[66][1:3] == ("公共文化服务长效运行机制", "长期有效")


def test_a_tab_after_each_row_s_label_then_single_spaces(book):
    """4881 (Foxit): 产出指标→数量指标 覆盖乡镇（街道）数 =19个 — a tab after the row's label, its other cells one space
    apart: ten rows read, each in its columns (not 35 false findings on values that hold a whole row)."""
    result = check_file(_one("4881"), book)
    assert _rows(result)[18][:3] == ("数量指标", "覆盖乡镇（街道）数", "=19个")
    assert not {"VAL-01", "STR-05", "FORM-03"} & {f.rule for f in result.findings}


def test_a_tall_task_row_s_second_line_holds_its_amounts(book):
    """4872 (pdftotext -layout): 1.教职工工资及社会 | 保障在职教职工… / 保障 | 福利及社会保险缴费 | 28650.00 … — one
    task, its name's and content's ends beside its amounts: five tasks, their sum against the printed 金额合计
    (BUD-02, the form's defect, missed before), no FORM-03."""
    result = check_file(_one("4872"), book)
    assert [t.name for t in result.form.tasks][:2] == ["1.教职工工资及社会保障", "2.义务教育公用经费保障"]
    assert ("BUD-02", 25) in _found(result) and "FORM-03" not in {f.rule for f in result.findings}
