"""Session 30: mends of losses left from earlier blind sets. Each test fails on 2f13139 (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from decimal import Decimal

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _found(result) -> set[tuple[str, int | None]]:
    return {(f.rule, f.location.line) for f in result.findings}


def test_the_printed_place_to_sign_is_not_a_signature(book):
    """5114, 5122, 4393: 单位负责人： | （盖章） — the place the head of unit signs, printed and left blank: DATE-04
    asks for it; a name beside the mark is a signature."""
    for number in ("5114", "5122", "4393"):
        found = [f for f in check_file(_one(number), book).findings if f.rule == "DATE-04"]
        assert [f.subject for f in found] == ["单位负责人"], number
    from jxcheck.engine.rules.dates import _MARK
    assert _MARK.fullmatch("（签字）") and not _MARK.fullmatch("张建国（签字）")


def test_a_signoff_label_alone_on_its_line_ends_the_table(book):
    """5116 (Chrome, a cell a line): 填报单位（盖章） / 屯昌县市场监督管理局 / 填报人 / 吴海燕 under the last indicator —
    the sign-off, its labels without colons, not a row named by the unit; the preparer is found."""
    result = check_file(_one("5116"), book)
    assert [f.subject for f in result.findings if f.rule == "DATE-04"] == ["单位负责人"]
    assert ("填报人", "吴海燕") in result.form.meta.fields


def _rows(result) -> dict[int, tuple[str, str, str]]:
    return {i.location.line: (i.name, i.raw, i.actual or "") for i in result.form.indicators}


def test_one_character_under_a_name_past_a_label_is_the_names_end(book):
    """5216 (-layout): 受助家庭年均康复支出减少 | ≥3000元 / 经济效益指标 / 额 — one character is no indicator's name:
    the name goes on past its group's label (nine rows, no FORM-03); 1054: 物资采购入库完成时 | 2023年6月30 over
    间 | 日前 | 20日 is one row."""
    result = check_file(_one("5216"), book)
    assert _rows(result)[32][:2] == ("受助家庭年均康复支出减少额", "≥3000元")
    assert len(result.form.indicators) == 9 and "FORM-03" not in {f.rule for f in result.findings}
    rows = _rows(check_file(_one("1054"), book))
    assert rows[32] == ("物资采购入库完成时间", "2023年6月30日前", "2023年6月20日") and 33 not in rows


def test_a_block_named_line_over_its_sources_is_the_whole(book):
    """5196, 3155: 预算资金 | 48 | 48 | 47.1 over 其中：财政资金 | 48 … and 其他资金 | 0 — the block's name on a line of
    amounts with its sources under it is the total: the budget is 48, not 96."""
    for number, budget in (("5196", "48"), ("3155", "1850.00")):
        result = check_file(_one(number), book)
        assert str(result.form.meta.budget) == budget, number


def test_the_unit_under_a_budget_department_label(book):
    """5250, 5256 (-layout): 预算部门（单位） | 凤山县民政局 / 名称 — the label's 名称 wrapped below: the unit's label
    (no FORM-04)."""
    for number, unit in (("5250", "凤山县民政局"), ("5256", "旺苍县人力资源和社会保障局")):
        result = check_file(_one(number), book)
        assert result.form.meta.department == unit
        assert "FORM-04" not in {f.rule for f in result.findings}


def test_money_added_to_the_budget_is_no_output_for_an_indicator(book):
    """5256, 5260, 1086: 年中追加就业补助资金145万元 in the goal — money said to be added to the budget (追加, 调增 …),
    an input: TXT-02 does not ask an indicator for it."""
    for number in ("5256", "5260", "1086"):
        assert "TXT-02" not in {f.rule for f in check_file(_one(number), book).findings}, number
    from jxcheck.engine.rules.text import _ADDED
    assert _ADDED.search("年中追加优抚资金") and not _ADDED.search("全年发放补助资金")


def test_a_subsidy_a_person_a_quarter_is_a_known_unit(book):
    """5268: 季节性巡护员人均补助 ≤1500元/人·季 — 季 a quarter, as 季度 (no VAL-02 unknown unit)."""
    from jxcheck.engine.units import lookup
    assert lookup("元/人·季").kind == "rate"
    assert "VAL-02" not in {f.rule for f in check_file(_one("5268"), book).findings}


def test_a_unit_cost_that_shares_its_count_or_guarantees_a_living_is_not_multiplied(book):
    """3465: 县道养护补助标准 1万元/公里 beside 村道养护补助标准 0.3万元/公里 — the kilometres are shared among the
    standards, not each one's (no BUD-04); 农村低保保障标准 is a line incomes are raised to. Guard: 1510's one unit
    cost times its count over the budget is still found."""
    for number in ("3465", "373"):
        assert "BUD-04" not in {f.rule for f in check_file(_one(number), book).findings}, number
    from jxcheck.engine.rules.money import _THRESHOLD
    assert _THRESHOLD.search("农村低保保障标准") and not _THRESHOLD.search("户均改造补助标准")
    assert ("BUD-04", 31) in _found(check_file(_one("1510"), book))


def test_the_headers_last_label_wrapped_down_its_narrow_cell(book):
    """5234 (Acrobat), 5239 (Foxit): 偏差原 / 因分析 / 及改进 / 措施 under the header's line — the reason's column label,
    no rows named 及改进 (no FORM-03); 5239: 劳动保障监 / 察案件结案 / 率, a five-character column's name over three
    lines, one row. Guard: 金额合计 | 1484.00 over 年度总体目标 (3603) and 其他资金 | 0.00 over 预算调整说明 (3144)
    stay apart."""
    for number in ("5234", "5239"):
        result = check_file(_one(number), book)
        assert len(result.form.indicators) == 8 and "FORM-03" not in {f.rule for f in result.findings}, number
    assert _rows(check_file(_one("5239"), book))[29][0] == "劳动保障监察案件结案率"
    assert check_file(_one("3603"), book).form.total is not None
    assert ("BUD-07", 11) in _found(check_file(_one("3144"), book))


def test_a_cell_a_line_rows_own_words_are_judged_not_doubted(book):
    """5259, 5247 (plain pdftotext): 医疗救助人次 / 较多, 远程诊断服务机制运行 / 持续运行3年以上 — a whole name with
    words for its value on the next line, nothing cut: judged (VAL-01 on 较多; 持续运行3年以上 a lasting phrase), no
    FORM-03. Guard: 按马铃薯种薯国家标准（GB / 18133）检验, a note's pieces read as a row, stays in doubt (1824)."""
    found = _found(check_file(_one("5259"), book))
    assert ("VAL-01", 54) in found and "FORM-03" not in {rule for rule, _ in found}
    assert not [f for f in check_file(_one("5247"), book).findings if f.rule in ("FORM-03", "VAL-01", "VAL-05")]
    assert "FORM-03" in {f.rule for f in check_file(_one("1824"), book).findings}


def test_a_name_or_date_cut_beside_the_label_centred_on_its_row(book):
    """5278 (-layout): 维修工程完工时间 | 2021年10 | 2021年10 over 时效指标 | | 月31日前 | 月25日 — the dates whole, the
    row under 时效指标; 5314: 食品安全监督抽检批 | ≥1500批次 over 数量指标 | 次; 4826: 维修养护小型水库 | ≥12座 over
    数量指标 | 数量 — one row each, its 二级 the label beside its end (no FORM-03; 4826's unmet target judged)."""
    rows = {i.location.line: (i.level2, i.name, i.raw, i.actual) for i in check_file(_one("5278"), book).form.indicators}
    assert rows[29] == ("时效指标", "维修工程完工时间", "2021年10月31日前", "2021年10月25日")
    result = check_file(_one("5314"), book)
    assert _rows(result)[21][:2] == ("食品安全监督抽检批次", "≥1500批次") and ("VAL-06", 23) in _found(result)
    found = _found(check_file(_one("4826"), book))
    assert ("EVAL-06", 22) in found and "FORM-03" not in {rule for rule, _ in found}


def test_merged_labels_a_viewer_wrote_after_the_rows_they_centre_on(book):
    """5288 (Chrome): … | 10 | 10 | 数量指标, … | 社会效益指标 | 效益指标 — each label at the end of the line the PDF
    centred it on; the groups tile the rows around their labels' lines (21–23 数量, 24 质量, …, 27 可持续影响 under
    效益), no FORM-03."""
    from jxcheck.engine.readers.trailing_labels import _tilings
    assert _tilings(8, [(1, "数量"), (3, "质量"), (4, "时效"), (5, "社会"), (6, "可持续"), (7, "满意")])[0][0] == (0, 2, "数量")
    result = check_file(_one("5288"), book)
    levels = {i.location.line: (labels_of(i)) for i in result.form.indicators}
    assert levels[23] == ("产出指标", "数量指标") and levels[24] == ("产出指标", "质量指标")
    assert levels[27] == ("效益指标", "可持续影响指标") and "FORM-03" not in {f.rule for f in result.findings}


def labels_of(i) -> tuple[str, str]:
    return (i.level1, i.level2)


def test_a_cost_a_head_times_its_count_funds_a_task(book):
    """5296: 家庭医生签约服务人均补助 ≤100元 × 家庭医生重点人群签约人数 ≥4.2万人 = 420万元, the task 家庭医生签约服务's
    budget: BUD-10 does not name that task (the others, with no cost of their own, it still names)."""
    tasks = {f.subject for f in check_file(_one("5296"), book).findings if f.rule == "BUD-10"}
    assert "家庭医生签约服务" not in tasks and "机关运行保障" in tasks


def test_a_rate_of_meeting_a_standard_is_left_where_the_form_puts_it(book):
    """5276, 5315: 参训教师课堂教学达标率, 建筑工地扬尘防控达标率 under 效益 — 达标率 measures the state of those served
    as often as a deliverable's quality (the reviews: 61 debatable, 14 false, none true): no VAL-11."""
    for number in ("5276", "5315"):
        assert "VAL-11" not in {f.rule for f in check_file(_one(number), book).findings}, number


def test_a_source_the_form_has_none_of_and_a_funds_header_wrapped(book):
    """5286 (Foxit): 其他资金 | / | / under the funds block — a source with no money, its cells dashed: no doubt;
    5316 (-layout): 项目资金（ | 年初预算数 | 全年预算 | 全年执行 over 万元） | | 数 | 数 — the header's labels whole, and
    维护乡镇客运站数 over 数量指标 | 量, one row (no FORM-03 on either)."""
    for number in ("5286", "5316"):
        assert "FORM-03" not in {f.rule for f in check_file(_one(number), book).findings}, number
    assert _rows(check_file(_one("5316"), book))[27][0] == "维护乡镇客运站数量"


def test_a_short_name_whose_value_has_no_sign_is_a_row(book):
    """5340 (plain pdftotext): 补助标准 / 1200元/生·年 between two rows — a name and its value with no comparator, read
    as a row, not dropped without a word (eight rows). Guard: 万元 / 258.9万元 after a row's cells is no name (1176)."""
    result = check_file(_one("5340"), book)
    assert _rows(result)[34][:2] == ("补助标准", "1200元/生·年") and len(result.form.indicators) == 8
    assert 210 not in _rows(check_file(_one("1176"), book))


def test_a_funds_header_whose_second_line_holds_labels_of_its_own(book):
    """5338 (-layout): 年初 | 全年 | 全年 | 得分 over 预算数 | 预算数 | 执行数 | 分值 | 执行率 — the labels whole, in
    order; the amounts under them (no execution rate of 420, no BUD-06)."""
    result = check_file(_one("5338"), book)
    total = next(line for line in result.form.funds if line.role == "total")
    assert [k for k, _ in total.amounts][:6] == ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    assert "BUD-06" not in {f.rule for f in result.findings}


def test_a_goal_that_sets_a_standard_a_head_is_specific(book):
    """5322, 1963: 按每人每月300元发放定额补助, 按照每生每年2000元标准资助 — a standard a head measures what is given
    (not money put in): no TXT-01. Guard: a goal of slogans stays vague."""
    for number in ("5322", "1963"):
        assert "TXT-01" not in {f.rule for f in check_file(_one(number), book).findings}, number
    from jxcheck.engine.rules.text import _specific
    assert not _specific("进一步加强应急管理工作，提高防灾减灾救灾能力。")


def test_an_achievement_that_drops_the_goals_aim_is_no_copy(book):
    """5343: 空气质量优良天数比例保持100% … / 空气优良天数比例100% … — what was done, told with the goal's figures
    because they were met exactly: no EVAL-10. Guard: the goal copied word for word still is one."""
    assert "EVAL-10" not in {f.rule for f in check_file(_one("5343"), book).findings}
    from jxcheck.engine.scoring import restates
    goal = "空气质量优良天数比例保持100%，地表水断面水质达标率100%。"
    assert restates(goal, [goal]) and not restates("空气优良天数比例100%，地表水断面达标率100%。", [goal])


def test_a_name_wrapped_inside_a_viewers_line(book):
    """5346 (Acrobat): 质量指标 签约服务 履约率 ≥ 90 % … — the name's cell wrapped inside its line, its pieces a space
    apart before the comparator: one name, the row's cells in their columns (no FORM-03; the weight split judged)."""
    result = check_file(_one("5346"), book)
    rows = _rows(result)
    assert rows[19][0] == "签约服务履约率" and rows[20][0] == "补助资金拨付完成时间"
    assert "FORM-03" not in {f.rule for f in result.findings} and ("EVAL-01", 24) in _found(result)
    from jxcheck.engine.readers.indicators import _name_pieces_joined
    assert _name_pieces_joined(["数量指标", "培训", "≥2000人次"], False) == ["数量指标", "培训", "≥2000人次"]


def test_a_names_end_alone_below_a_row_whose_value_and_result_are_words(book):
    """1636 (Acrobat): 基层医疗卫生机构基本公共 | 持续提升 | 达成年度指标 | 15 | 15 / 卫生服务能力 — the value and the
    result words of their own (a trend, a grade): the line below ends the name (no empty group, no FORM-03); 1156:
    对周边农户正常生产经营的不利影 | 无 / 响."""
    result = check_file(_one("1636"), book)
    assert _rows(result)[35][0] == "基层医疗卫生机构基本公共卫生服务能力"
    assert "FORM-03" not in {f.rule for f in result.findings}
    assert _rows(check_file(_one("1156"), book))[44][0] == "对周边农户正常生产经营的不利影响"


def test_a_names_first_line_cut_mid_word_above_its_row_and_its_label(book):
    """5006 (-layout): 接入远程心电诊断的乡镇卫生院 over 数 | ≥18个 — the name's first line full at its column's edge,
    its end and its value below: one row (no FORM-03)."""
    result = check_file(_one("5006"), book)
    assert _rows(result)[20][:2] == ("接入远程心电诊断的乡镇卫生院数", "≥18个")
    assert "FORM-03" not in {f.rule for f in result.findings}
    from jxcheck.engine.rules.dates import _MARK
    assert _MARK.fullmatch("（单位盖章）")


def test_the_blind_forms_of_the_last_round_read_as_mended(book):
    """5411 (-layout): 村卫生室基本药物制度实 / 质量指标 | 施率 | =100% — one row under 质量指标; 5450 (WPS viewer):
    基层公共法律服务体系 | 长效运行 | 达成年度指标 / 运行 — one row, the 效益 group's missing points judged (EVAL-01);
    5414: 单位负责人： | （单位盖章） — DATE-04 asks for the head of unit."""
    rows = {i.location.line: (i.level2, i.name) for i in check_file(_one("5411"), book).form.indicators}
    assert rows[31] == ("质量指标", "村卫生室基本药物制度实施率") and len(rows) == 9
    result = check_file(_one("5450"), book)
    assert _rows(result)[25][0] == "基层公共法律服务体系运行" and ("EVAL-01", 24) in _found(result)
    assert "FORM-03" not in {f.rule for f in result.findings}
    assert [f.subject for f in check_file(_one("5414"), book).findings if f.rule == "DATE-04"] == ["单位负责人"]


def test_a_task_row_whose_amounts_were_drawn_before_its_content(book):
    """5440 (Chrome): 机关运行保障 128.40 128.40 0.00 保障机关正常运转及人员经费 — the viewer drew the amounts before the
    content: the task's amounts read, its content its own (no FORM-03 on the task lines; BUD-01 on 163.20 ≠ 143.20 + 0
    stays)."""
    result = check_file(_one("5440"), book)
    assert [t.budget.total for t in result.form.tasks if t.budget][:1] == [Decimal("128.40")]
    assert result.form.tasks[0].content == "保障机关正常运转及人员经费"
    found = _found(result)
    assert ("BUD-01", 13) in found and "FORM-03" not in {rule for rule, _ in found}
