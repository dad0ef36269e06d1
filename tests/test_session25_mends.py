"""Session 25: mends of losses left from earlier blind sets. Each test fails on e90fe60 (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _row(result, name: str):
    return next(i for i in result.form.indicators if i.name == name)


def _rules(result) -> set[str]:
    return {f.rule for f in result.findings}


def test_a_cell_a_line_row_whose_empty_target_gave_no_line(book):
    """3309 (WPS viewer, a cell a line): 地质灾害隐患点监测数量 / 326处 / 10 / 10, the 年度指标值 left empty: the
    result, the points and the score in their columns — the real STR-06 (target not filled), not a false EVAL-06
    (a result of 10 short of 326处)."""
    result = check_file(_one("3309"), book)
    row = _row(result, "地质灾害隐患点监测数量")
    assert (row.raw, row.actual, str(row.weight), str(row.score)) == ("", "326处", "10", "10")
    assert ("STR-06", 63) in {(f.rule, f.location.line) for f in result.findings}
    assert "EVAL-06" not in _rules(result)


def test_a_cell_a_line_row_whose_empty_result_gave_no_line_keeps_its_deadline_as_the_target(book):
    """1058 (a cell a line): 工程完工时间 / 2023年10月31日前 / 10 / 10, the 实际完成值 left empty: a deadline is a
    target — the result is the one missing (EVAL-05), no false STR-06 — and the 总分 is checked (EVAL-02)."""
    result = check_file(_one("1058"), book)
    row = _row(result, "工程完工时间")
    assert (row.raw, row.actual or "", str(row.weight), str(row.score)) == ("2023年10月31日前", "", "10", "10")
    found = {(f.rule, f.location.line) for f in result.findings}
    assert ("EVAL-05", 91) in found and ("EVAL-02", 136) in found and ("STR-06", 91) not in found


def test_both_labels_of_a_block_printed_between_its_first_row_s_name_and_value(book):
    """1015 (plain pdftotext): 农产品经供销渠道销售额 / 经济效益指标 / 效益指标 / ≥1.2亿元 / 1.31亿元 / 10 / 10, the
    merged labels printed after the block's first name: one row with its value under its labels (no FORM-03)."""
    result = check_file(_one("1015"), book)
    row = _row(result, "农产品经供销渠道销售额")
    assert (row.level1, row.level2, row.raw, row.actual) == ("效益指标", "经济效益指标", "≥1.2亿元", "1.31亿元")
    assert "FORM-03" not in _rules(result)
    assert len(result.form.indicators) == 10


def test_a_converter_s_name_split_in_two_cells_with_a_longer_rest(book):
    """3366 (WPS PDF-to-Word): 质量指标 | 河湖“清四乱” | 问题整改完成率 | =100% | 100% | 10 | 10, the 三级 cell split in
    two (the first part ending in a quote, the rest longer than a word and ending as a name ends): one name, the row
    in its columns (no false EVAL-01 ×2, EVAL-05, VAL-05); the real EVAL-02 kept."""
    result = check_file(_one("3366"), book)
    row = _row(result, "河湖“清四乱”问题整改完成率")
    assert (row.raw, row.actual, str(row.weight)) == ("=100%", "100%", "10")
    assert _rules(result) - {"DATE-04"} == {"EVAL-02"}


def test_a_converter_s_name_split_in_two_cells_the_row_pushed_a_cell_on(book):
    """3327 (WPS PDF-to-Word): | | | | 计划生育家庭特别扶助 | 金按时足额发放率 | =100%, the name split and the row one
    more tab to the right: one name under its 社会效益指标 (no false STR-05, VAL-05)."""
    result = check_file(_one("3327"), book)
    row = _row(result, "计划生育家庭特别扶助金按时足额发放率")
    assert (row.level2, row.raw) == ("社会效益指标", "=100%")
    assert not {"STR-05", "VAL-05"} & _rules(result)


def test_a_converter_s_name_split_after_a_word_that_ends_as_a_name_never_does(book):
    """2453 (WPS PDF-to-Word): 运维监管平台在线 | 监测覆盖率 | ≥90%: one name (no false EVAL-01, EVAL-05, VAL-05;
    no false 退回)."""
    result = check_file(_one("2453"), book)
    assert _row(result, "运维监管平台在线监测覆盖率").raw == "≥90%"
    assert result.verdict != "退回"


def test_a_note_s_ratio_wrapped_onto_a_line_of_its_own_is_no_indicator(book):
    """3344 (Foxit): 禁牧区违规放牧查处率 | =100% | 查处违规放牧案件数/发现 / 违规放牧案件数, the 指标值说明's
    denominator wrapped onto the next line: the note's rest, not an indicator with no value (no false STR-06, STR-10;
    no false 退回)."""
    result = check_file(_one("3344"), book)
    assert "违规放牧案件数" not in {i.name for i in result.form.indicators}
    assert len(result.form.indicators) == 13
    assert not {"STR-06", "STR-10"} & _rules(result)
    assert result.verdict != "退回"


def test_a_level1_printed_hard_against_its_level2_and_one_alone_between_its_rows(book):
    """3385 (-layout): 产出指标（50分）质量指标 with no space between (one cell to the copy) and 效益指标（30分） alone on
    the middle line of its two rows: each 一级 with its weight over its rows (no FORM-03: a correct form passes)."""
    result = check_file(_one("3385"), book)
    assert (_row(result, "岸滩垃圾清理达标率").level1, _row(result, "岸滩垃圾清理达标率").level2) == ("产出指标（50分）", "质量指标")
    assert _row(result, "近岸海域优良水质面积比例").level1 == "效益指标（30分）"
    assert _row(result, "沿海群众满意度").level2 == "服务对象满意度指标"
    assert "FORM-03" not in _rules(result)
    assert result.verdict == "通过"


def test_a_laid_copy_s_date_broken_inside_its_month_and_a_reason_s_figures_wrapped(book):
    """3370 (-layout): 2021年12月 / 20日前 and 2021年12 / 月15日 wrapped in their narrow columns, and 部分达成年度指标并具 /
    有一定效果 beside a reason whose next line holds figures (…计划2022年6月底前完成。): each joined to its row (no
    FORM-03); the real EVAL-04 (部分达成 scored 9 of 10) found."""
    result = check_file(_one("3370"), book)
    assert _row(result, "基本公共卫生补助资金拨付时间").actual == "2021年12月15日"
    assert _row(result, "紧密型县域医共体建设成效").actual == "部分达成年度指标并具有一定效果"
    assert "FORM-03" not in _rules(result)
    assert ("EVAL-04", 35) in {(f.rule, f.location.line) for f in result.findings}


def test_a_laid_row_whose_long_deadline_pushed_its_cells_a_column_on(book):
    """3408 (-layout): 2022年11月30日前  2022年11月25日   10   10, the deadline wider than its column: the result in its
    column and the points in theirs (no false EVAL-05); 服务对象满意度指标 alone on the line above 满意度指标（10分）'s
    row is that row's 二级, no empty group under 效益指标 (no FORM-03)."""
    result = check_file(_one("3408"), book)
    row = _row(result, "项目建设完成时间")
    assert (row.actual, str(row.weight), str(row.score)) == ("2022年11月25日", "10", "10")
    assert _row(result, "养殖户满意度").level2 == "服务对象满意度指标"
    assert not {"EVAL-05", "FORM-03"} & _rules(result)
    assert not result.form.empty_groups


def test_a_lone_total_with_a_fraction_is_the_score_not_the_weights(book):
    """3265 (-layout): 总分 | 99.9 set under the 分值 column: a total with a fraction is the score (no false EVAL-01
    saying the weights add to 99.9)."""
    result = check_file(_one("3265"), book)
    assert str(result.form.score_total.score) == "99.9" and result.form.score_total.weight is None
    assert "EVAL-01" not in _rules(result)


def test_dust_load_and_a_plant_disease_rate_are_ecological_and_lower_is_better(book):
    """3350: 城区道路积尘负荷 ≤1克/平方米 under 生态效益指标 — a harm counted, ≤ is right (no false VAL-04) and an
    environmental measure (no false VAL-11). 3424: 田间黄龙病病株率 is an ecological benefit (no false VAL-11)."""
    dust = check_file(_one("3350"), book)
    assert not {"VAL-04", "VAL-11"} & _rules(dust)
    disease = check_file(_one("3424"), book)
    assert ("VAL-11", 26) not in {(f.rule, f.location.line) for f in disease.findings}


def test_a_laid_two_line_header_with_its_label_pieces_over_their_columns(book):
    """3395 (-layout, 四川): 一级 | 二级 | 指标 | 指标 | 度量 | 未完成原 over 指标 | 指标 | 三级指标 | 性质 | 值 | 单位 | …
    | 因分析: one header (指标性质, 指标值, 度量单位), each row in its columns — the comparator joined to its value (no
    false EVAL-03 on a ≤ target met, no false VAL-10); 预算执行情况 / （万元）(10分) beside 其中：财政资金 is that line's
    side label (no FORM-03): a correct form passes."""
    result = check_file(_one("3395"), book)
    assert result.form.meta.columns[:6] == ("level1", "level2", "name", "nature", "value", "unit")
    assert (_row(result, "城乡居民养老保险参保人数").nature, _row(result, "城乡居民养老保险参保人数").raw) == ("≥", "42")
    assert not {"EVAL-03", "VAL-10", "FORM-03"} & _rules(result)
    assert result.verdict == "通过"


def test_a_task_s_first_line_priced_by_its_next_is_no_unreadable_amount(book):
    """3423 (Foxit): 残疾人两项补贴 | …按月 / 发放 | 1128.00 | 1128.00 | 0.00: the task priced by its next line — no
    FORM-03 saying its amount could not be read."""
    result = check_file(_one("3423"), book)
    task = next(t for t in result.form.tasks if t.name == "残疾人两项补贴")
    assert str(task.budget.total) == "1128.00"
    assert "FORM-03" not in _rules(result)


def test_a_cell_a_line_label_between_a_name_and_its_value_after_another_before_the_name(book):
    """3432 (plain pdftotext): 受益竹农户数 / ≥2600户 / 社会效益指标 / 林道设施正常使用年限 / 可持续影响指标 / ≥10年: each
    label its own row's — one row, not a nameless ≥10年 (12 rows, no FORM-03); the real VAL-02 (≥90 without %) found."""
    result = check_file(_one("3432"), book)
    assert len(result.form.indicators) == 12
    assert _row(result, "林道设施正常使用年限").level2 == "可持续影响指标"
    assert _row(result, "受益竹农户数").level2 == "社会效益指标"
    assert ("VAL-02", 66) in {(f.rule, f.location.line) for f in result.findings}


def test_pollutant_cut_produce_residue_and_premium_grade_read_as_reviewers_do(book):
    """3431: 年削减化学需氧量（COD）排放量 ≥320吨, a cut with a bracketed note inside: more is better (no false VAL-04).
    3439: 枸杞农药残留抽检合格率 under 社会效益指标 (no false VAL-11). 3455: 咖啡精品率 an economic benefit (no VAL-11)."""
    assert "VAL-04" not in _rules(check_file(_one("3431"), book))
    assert "VAL-11" not in _rules(check_file(_one("3439"), book))
    assert "VAL-11" not in _rules(check_file(_one("3455"), book))


def test_a_laid_score_set_under_the_reason_s_label_is_the_score(book):
    """3459 (-layout): 10 | | 10 under 分值 | 得分 | 偏差原因, each row's score printed right of its narrow column's
    label: the score — the 总分 is checked and its real EVAL-02 found (99.65 printed, 99.55 scored)."""
    result = check_file(_one("3459"), book)
    assert str(_row(result, "食品安全监督抽检批次").score) == "10"
    assert ("EVAL-02", 39) in {(f.rule, f.location.line) for f in result.findings}
    assert result.verdict == "退回"


def test_a_run_a_line_achievement_wrapped_under_its_label_is_no_second_goal(book):
    """3471 (Chrome): 预期目标 / its lines / 实际完成情况 / its three lines: one goal and what was achieved — not a
    second goal from the achievement's wrapped lines (no false EVAL-10 saying the result copies the goal)."""
    result = check_file(_one("3471"), book)
    assert len(result.form.goals) == 1
    assert "EVAL-10" not in _rules(result)


def test_a_laid_label_wrapped_over_its_one_row_is_not_the_row_above_s(book):
    """3490 (-layout): 服务对象满 / 意度指标 printed on 法律服务对象满意度's line and below, 效益指标 alone between
    社区矫正对象再犯罪率 and 群众法治宣传知晓率: a row that measures no satisfaction stays under 社会效益指标 (no false
    VAL-09, no false EVAL-01 on the weights)."""
    result = check_file(_one("3490"), book)
    row = _row(result, "群众法治宣传知晓率")
    assert (row.level1, row.level2) == ("效益指标", "社会效益指标")
    assert not {"VAL-09", "EVAL-01"} & _rules(result)


def test_a_page_s_first_row_capped_in_money_a_head_goes_with_the_cost_label_below_it(book):
    """3491 (-layout, two pages): 户均奖补标准 | ≤800元/户 atop page 2, the 成本指标 label on the row below: a cost's
    standard, not a 时效指标 row carried over the break (no false DATE-01)."""
    result = check_file(_one("3491"), book)
    assert _row(result, "户均奖补标准").level2 == "成本指标"
    assert "DATE-01" not in _rules(result)


def test_a_task_numbered_with_its_word_before_its_name(book):
    """3528 (Edge): 任务1 人员及运转经费 … 2150.60 2150.60 0: the task's number (任务N) before its name, not a cell that
    pushes the amounts a column on (no false FORM-03 ×4, BUD-02 ×2, BUD-09)."""
    result = check_file(_one("3528"), book)
    task = result.form.tasks[0]
    assert (task.name, str(task.budget.total)) == ("人员及运转经费", "2150.60")
    assert not {"FORM-03", "BUD-02", "BUD-09"} & _rules(result)


def test_tubes_a_day_is_a_unit_and_terraces_left_idle_an_ecological_measure(book):
    """3498: 核酸检测能力 ≥1万管/日 — 万管/日 a rate the unit table knows (no VAL-02). 3561: 梯田撂荒面积 under
    生态效益指标 (no false VAL-11)."""
    assert "VAL-02" not in _rules(check_file(_one("3498"), book))
    assert "VAL-11" not in _rules(check_file(_one("3561"), book))


def test_a_laid_line_of_the_values_units_alone_is_their_wrap(book):
    """3517 (-layout): ≤7500元/ | 7500元/ / 人·年 | 人·年, the units wrapped under their values: one row (no FORM-03);
    the 总分 checked and its real EVAL-02 found (1704 likewise)."""
    result = check_file(_one("3517"), book)
    assert _row(result, "乡村医生定额补助标准").raw == "≤7500元/人·年"
    assert "FORM-03" not in _rules(result)
    assert ("EVAL-02", 38) in {(f.rule, f.location.line) for f in result.findings}


def test_a_visual_line_copy_s_name_first_line_alone_then_its_rest_with_the_value(book):
    """3539 (Edge): 茶园绿色防控技术 / 覆盖面积 ≥20万亩: one row under the group above, not an empty 一级 named by the
    name's first line (no FORM-03: a correct form is not sent for changes by a warning)."""
    result = check_file(_one("3539"), book)
    row = _row(result, "茶园绿色防控技术覆盖面积")
    assert (row.level1, row.level2, row.raw) == ("产出指标", "数量指标", "≥20万亩")
    assert "FORM-03" not in _rules(result)
    assert not result.form.empty_groups


def test_a_converter_s_funds_label_split_with_the_rows_cell_under_its_first_half(book):
    """3499 (WPS PDF-to-Word): 全年 | 执行数 over | 1088.74 (the rows' empty cell under the label's first half): one
    column 全年执行数, the rows' amounts in theirs (no FORM-03)."""
    result = check_file(_one("3499"), book)
    total = next(line for line in result.form.funds if line.role == "total")
    assert dict(total.amounts)["全年执行数"] is not None and str(dict(total.amounts)["全年执行数"]) == "1088.74"
    assert "FORM-03" not in _rules(result)


def test_a_cell_a_line_qualitative_target_is_no_name_s_rest(book):
    """3480 (plain pdftotext): 传统村落保护管理制度 / 建立并有效运行: the name and its qualitative target, not one name
    with no value (no FORM-03)."""
    result = check_file(_one("3480"), book)
    assert _row(result, "传统村落保护管理制度").raw == "建立并有效运行"
    assert "FORM-03" not in _rules(result)


def test_a_visual_line_row_of_a_label_and_a_name_whose_value_was_left_empty(book):
    """3513 (Foxit): 时效指标 奖励扶助资金发放完成时间, the value cell empty: a row under 时效指标 — its real STR-06
    found, not an empty 一级 named by the name. (Since session 38 the table is in doubt at line 35, 机关运行经费 ≤625.40万元
    read under 社会效益指标 below the 成本指标 rows — the reviewers judged that row's VAL-11 a misreading — so the
    form's missing 满意度指标, STR-01, is named among the rules not run rather than reported.)"""
    result = check_file(_one("3513"), book)
    row = _row(result, "奖励扶助资金发放完成时间")
    assert (row.level2, row.raw) == ("时效指标", "")
    found = {(f.rule, f.location.line) for f in result.findings}
    doubt = next(f for f in result.findings if f.rule == "FORM-03" and f.location.line is None)
    assert ("STR-06", 29) in found and "第35行" in doubt.message and "STR-01" in doubt.message


def test_an_edge_title_with_its_year_in_brackets_beside_it_under_the_files_notes(book):
    """3609 (Edge): 部门整体支出绩效自评表 （2021年度） on the line under the file's '# ' notes: the title and its year,
    not a note's tail (no false FORM-04)."""
    result = check_file(_one("3609"), book)
    assert (result.form.meta.title, result.form.meta.year) == ("部门整体支出绩效自评表", 2021)
    assert "FORM-04" not in _rules(result)


def test_a_conclusion_that_names_a_target_not_reached_claims_no_full_success(book):
    """3591: 评价结论 …任务全部完成，茶苗成活率未达预期: the shortfall said (未达) — no false EVAL-10."""
    assert "EVAL-10" not in _rules(check_file(_one("3591"), book))


def test_a_laid_row_whose_empty_value_is_the_form_s_own_under_a_label_line(book):
    """3588 (-layout): 居民健康素养水平 with no value, a 一级 label's line above it and the next group's row below: the
    form left it empty — the real STR-06, not a FORM-03 over a copy's doubt."""
    result = check_file(_one("3588"), book)
    assert ("STR-06", 37) in {(f.rule, f.location.line) for f in result.findings}
    assert "FORM-03" not in _rules(result)


def test_a_visual_line_reason_stopped_on_its_verb_goes_on_below(book):
    """2039 (Foxit): …覆盖不足，下一步加大 / 健康教育进村入户力度: the reason's object on the next line, not a row named
    by it."""
    result = check_file(_one("2039"), book)
    assert "健康教育进村入户力度" not in {i.name for i in result.form.indicators}
    assert _row(result, "居民健康素养水平").reason.endswith("加大健康教育进村入户力度")


def test_a_cell_a_line_name_whose_rest_reads_as_a_trend_or_a_lasting_word(book):
    """3644 (WPS viewer): 核心区化学农药使用量 / 较上年减少 / ≥10% and 茶园绿色防控技术 / 持续推广年限 / ≥3年: each
    name's rest, the value below (no false VAL-05 ×2); 茶青收购均价提高 an economic benefit (no false VAL-11) — a
    correct form passes."""
    result = check_file(_one("3644"), book)
    assert _row(result, "茶园绿色防控技术持续推广年限").raw == "≥3年"
    assert _row(result, "核心区化学农药使用量较上年减少").raw == "≥10%"
    assert result.verdict == "通过"


def test_a_sign_off_s_review_date_is_its_date(book):
    """3648: 审核日期：2021年1月20日 in the sign-off is the form's date (no false DATE-04 asking for 填报日期)."""
    assert "DATE-04" not in _rules(check_file(_one("3648"), book))


def test_a_rate_s_name_wrapped_after_a_word_that_measures_nothing_in_per_cent(book):
    """3626 (-layout): 秸秆机械化还田作业质量 | ≥95% / 抽检合格率 on the next line beside its 二级 label: one name (11
    rows, no false STR-06 on a row with no value; a correct form is not sent back)."""
    result = check_file(_one("3626"), book)
    assert _row(result, "秸秆机械化还田作业质量抽检合格率").raw == "≥95%"
    assert len(result.form.indicators) == 11
    assert "STR-06" not in _rules(result)
    assert result.verdict != "退回"


def test_a_goal_s_land_guaranteed_in_mu_is_a_measure_not_a_task_sentence(book):
    """3684: 保障重点项目用地 | ≥1200亩 — land kept for key projects, measured in 亩: no false TXT-03."""
    assert "TXT-03" not in _rules(check_file(_one("3684"), book))


def test_a_cell_a_line_task_table_whose_side_label_heads_the_names(book):
    """3723 (Chrome): 年度主要任务 / 主要内容 / 预算金额 / 总额 / 财政拨款 / 其他资金, then each task's name, content and
    three amounts a line each: five tasks and their 合计 (no FORM-03 over 28 'tasks')."""
    result = check_file(_one("3723"), book)
    assert [t.name for t in result.form.tasks][:2] == ["机关运转", "食品安全抽检监测"]
    assert len(result.form.tasks) == 5 and str(result.form.total.total) == "1610.50"
    assert "FORM-03" not in _rules(result)
