"""Session 37: mends of losses left from earlier blind sets. Each test fails on ab005cf (the session's base) unless
it says it guards what a mend must keep."""
from __future__ import annotations

from decimal import Decimal

from jxcheck.engine.check import check_file

from written_checks import rule_set as _rules, written as _one


def test_a_task_name_wrapped_round_its_amounts_line(book):
    """7572 (pdftotext -layout): 公共文化服务及文旅 | 开展送戏下乡… / 250 alone under 预算金额 / 融合发展 | 查及…推介 —
    one task, its amount no page number; 目标1：… on the line above 年度总体目标 | 目标2：… a goal, not the task's
    content (BUD-02: the tasks 250 short, a false 退回)."""
    result = check_file(_one("7572"), book)
    tasks = {t.name: t for t in result.form.tasks}
    assert tasks["公共文化服务及文旅融合发展"].budget.total == Decimal("250")
    assert tasks["公共文化服务及文旅融合发展"].content == "开展送戏下乡、农家书屋补充更新、文物安全巡查及大别山红色旅游宣传推介"
    assert len(tasks) == 3
    assert [g.text[:8] for g in result.form.goals] == ["保障单位正常运转", "完成送戏下乡演出"]
    assert "BUD-02" not in _rules(result) and result.verdict != "退回"


def test_a_task_name_wrapped_round_its_amounts_next_to_a_content_column(book):
    """6462 (pdftotext -layout): 基本支出（人员及公用 | 保障…在职人员 / 2856.42 … / 经费） | 工资福利及日常运转 — the
    name's rest on the line below its amounts is no task of its own (a false FORM-03)."""
    result = check_file(_one("6462"), book)
    assert [t.name for t in result.form.tasks][0] == "基本支出（人员及公用经费）"
    assert len(result.form.tasks) == 5
    assert "FORM-03" not in _rules(result)


def test_edge_merged_labels_after_their_first_row(book):
    """7682 (Edge, a cell a line): a merged label after the first row it spans (食品安全监督抽检批次 | ≥620批次 / 产出指标 /
    数量指标), a one-row label before its row (时效指标 / 抽检任务完成时间) — 计量检定与标准化经费 under 成本指标 (a false
    BUD-09 and BUD-10: a false 退回), 群众对食品安全工作满意度 under 满意度指标 (a false VAL-09)."""
    result = check_file(_one("7682"), book)
    levels = {i.name: (i.level1, i.level2) for i in result.form.indicators}
    assert levels["计量检定与标准化经费"] == ("产出指标", "成本指标")
    assert levels["抽检不合格食品核查处置率"] == ("产出指标", "质量指标")
    assert levels["抽检任务完成时间"] == ("产出指标", "时效指标")
    assert levels["市场主体信用信息公示率"] == ("效益指标", "可持续影响指标")
    assert levels["群众对食品安全工作满意度"] == ("满意度指标", "服务对象满意度指标")
    assert not {"BUD-09", "BUD-10", "VAL-09"} & _rules(result)


def test_rates_of_harm_where_fewer_is_better(book):
    """学生生长迟缓率 | ≤5% (7717) is set the right way (a false VAL-04); 监测数据缺失率 | ≥5% (7734) the wrong way (VAL-04
    missed)."""
    assert "VAL-04" not in _rules(check_file(_one("7717"), book))
    result = check_file(_one("7734"), book)
    assert any(f.rule == "VAL-04" and f.location.line == 43 for f in result.findings)


def test_a_viewer_copys_row_left_without_its_value(book):
    """7750 (Foxit, a row a line): 水质监测数据准确率 alone between …有效率 ≥90% and …验收合格率 100% — a whole name under
    a whole name, no wrap of it (a viewer's wrapped piece goes on below its row, never above the next): its value left
    empty (STR-06), not a table read with doubt (a false FORM-03 that hid it)."""
    result = check_file(_one("7750"), book)
    assert "FORM-03" not in _rules(result)
    assert any(f.rule == "STR-06" and f.location.line == 29 for f in result.findings)


def test_a_viewer_copys_wrapped_name_is_no_row_without_value(book):
    """Guards the mend above: 食品安全风险隐患排查 | ≥3年 … / 长效机制运行年限 (5654) — the name's rest under a name cut
    mid-word — and 1所幸福院因选址调整延至2025年 / 一季度完工，已督促施工进度 (7515) — a reason's rest — are no rows left
    empty."""
    for number in ("5654", "7515"):
        assert "STR-06" not in _rules(check_file(_one(number), book)), number


def test_a_tall_rows_name_round_its_word_value(book):
    """7712 (pdftotext -layout): …团队数量 | ≥120支 / 指标 | 文化站免费开放长效运行机制 / 可持续影响指标 | 持续运行 / 建立情况 —
    the name's two lines round its value, a word, on the middle: one row, not the row above's name's rest (a false
    FORM-03 that hid STR-01)."""
    result = check_file(_one("7712"), book)
    names = {i.name: i for i in result.form.indicators}
    assert names["文化站免费开放长效运行机制建立情况"].raw == "持续运行"
    assert "群众文化活动团队数量" in names and len(names) == 11
    assert "FORM-03" not in _rules(result) and "STR-01" in _rules(result)


def test_a_laid_name_over_two_lines_its_value_a_placeholder(book):
    """7722 (pdftotext -layout): 质量 / 指标 | 幼儿园年检（办园行为督导评估） / 产出 | 合格率 | ≥**% — the name's first line
    beside a label's end, its rest beside the placeholder: one row (its STR-06 found); and …经费保障 / 长效运行 /
    影响指标 | 机制 under 可持续: one row, the label whole (a false FORM-03)."""
    result = check_file(_one("7722"), book)
    names = {i.name: i for i in result.form.indicators}
    assert names["幼儿园年检（办园行为督导评估）合格率"].raw == "≥**%"
    row = names["普惠性学前教育成本分担和经费保障机制"]
    assert row.raw == "长效运行" and row.level2 == "可持续影响指标"
    assert len(names) == 10 and "FORM-03" not in _rules(result)
    assert any(f.rule == "STR-06" and f.location.line == 31 for f in result.findings)


def test_a_cell_a_line_result_that_restates_its_target(book):
    """7755 (Chrome, a run a line): 供养金发放时间 / 10 / 每月10日前 / 每月10日前发放到位 / 10 — the result, the target
    restated as met; no row of its own (false EVAL-05, STR-06, TXT-03, EVAL-01; the EVAL-02 it hid found)."""
    result = check_file(_one("7755"), book)
    row = next(i for i in result.form.indicators if i.name == "供养金发放时间")
    assert row.actual == "每月10日前发放到位" and row.score == Decimal("10")
    assert len(result.form.indicators) == 7
    assert _rules(result) == {"BUD-07", "EVAL-02"}


def test_a_name_that_reads_as_a_level_beside_its_points(book):
    """7765 (Chrome, runs joined): 满意度指标 服务对象满意度指标 服务对象满意度 10 ≥90% 91.6% 10 — the third label-like
    cell is the row's name, 10 its points, not a level's weight (false EVAL-06 and VAL-10; EVAL-02 found)."""
    result = check_file(_one("7765"), book)
    row = next(i for i in result.form.indicators if i.location.line == 34)
    assert (row.name, row.raw, row.actual, row.weight) == ("服务对象满意度", "≥90%", "91.6%", Decimal("10"))
    assert not {"EVAL-06", "VAL-10"} & _rules(result) and "EVAL-02" in _rules(result)


def test_a_row_of_a_name_and_a_trend_under_a_side_label(book):
    """7752 (WPS, a row a line, 年度绩效指标 down a column of its own): 包虫病新发病例数 | 较上年下降 — a row, its value a
    trend, not a 一级 named 较上年下降 (the row dropped: a false FORM-03)."""
    result = check_file(_one("7752"), book)
    row = next(i for i in result.form.indicators if i.location.line == 43)
    assert (row.name, row.raw, row.level2) == ("包虫病新发病例数", "较上年下降", "社会效益指标")
    assert len(result.form.indicators) == 19 and "FORM-03" not in _rules(result)


def test_a_cell_a_line_task_name_over_two_lines_as_wide_as_its_column(book):
    """7760 (pdftotext, a cell a line): 退役士兵自主就业 / 一次性经济补助 / 发放2025年度自主就业退役士 / 兵一次性经济补助 /
    312.00 — the name as wide as the widest above it and its next line no wider, then a line as wide as the content's:
    one task, its name over two lines (two tasks, one without money: a false FORM-03)."""
    result = check_file(_one("7760"), book)
    names = [t.name for t in result.form.tasks]
    assert "退役士兵自主就业一次性经济补助" in names and len(names) == 5
    assert "FORM-03" not in _rules(result)


def test_edge_labels_all_after_their_first_row(book):
    """7834 (Edge, a run a line): every label after its group's first row, a group of one's too (校舍维修改造完成时间 /
    2024年8月31日前 / 时效指标 / 人员经费支出 / ≤6820.50万元 / 成本指标) — the four costs under 成本指标 (false BUD-10,
    DATE-01, VAL-12 and a BUD-09 7200.5 off: a false 退回); the true BUD-09, 30万元, found; 县域义务教育优质均衡发展 /
    通过省级督导评估 a name and its value (a false FORM-03)."""
    result = check_file(_one("7834"), book)
    costs = [i.name for i in result.form.indicators if i.level2 == "成本指标"]
    assert costs == ["人员经费支出", "公用经费支出", "义务教育经费保障支出", "校舍维修改造支出"]
    assert next(i for i in result.form.indicators if i.location.line == 89).raw == "通过省级督导评估"
    bud09 = next(f for f in result.findings if f.rule == "BUD-09")
    assert "差30万元" in bud09.message
    assert not {"FORM-03", "DATE-01", "VAL-12"} & _rules(result)


def test_a_frequency_is_a_cell_a_lines_value(book):
    """7838 (Chrome, a run a line): 应急救援队伍常态化训练 / 每月不少于1次 — a name and its value, not one name (a false
    FORM-03)."""
    result = check_file(_one("7838"), book)
    assert next(i for i in result.form.indicators if i.location.line == 93).raw == "每月不少于1次"
    assert "FORM-03" not in _rules(result)


def test_a_change_counted_from_a_named_base():
    """较建成时延长3年以上 (7826): a change from a base the form names — at least 3 years more, a quantity (a false
    VAL-01); 较上年下降10%以上 still one."""
    from jxcheck.engine.values.parse import parse_value
    value = parse_value("较建成时延长3年以上")
    assert (value.kind, value.op, value.number, value.unit) == ("quantity", "≥", Decimal("3"), "年")
    assert parse_value("较上年下降10%以上").number == Decimal("10")
    assert parse_value("比实施前提高5%").number == Decimal("5")


def test_a_low_rate_told_in_the_years_account(book):
    """7815: 实际完成情况 …部分检验费用按合同于次年结算，导致年度执行率偏低 — the reason for the rate of 83% is given (a
    false BUD-07)."""
    result = check_file(_one("7815"), book)
    assert "BUD-07" not in _rules(result) and "EVAL-02" in _rules(result)
    assert "VAL-01" not in _rules(check_file(_one("7826"), book))


def test_a_viewer_rows_result_wrapped_with_its_points(book):
    """7821 (Foxit, a row a line): …优质均衡发展 | 2024年通过省级督导 | 2024年10月通过省级 / 督导评估 10 10 — the result's
    end and the row's 分值 and 得分 on the next line, one row (a tenth row 督导评估 | 10: a false VAL-02)."""
    result = check_file(_one("7821"), book)
    row = next(i for i in result.form.indicators if i.location.line == 31)
    assert row.actual == "2024年10月通过省级督导评估" and (row.weight, row.score) == (Decimal("10"), Decimal("10"))
    assert len(result.form.indicators) == 9 and "VAL-02" not in _rules(result)


def test_a_slash_for_a_cell_a_lines_target(book):
    """7837 (Chrome, a run a line): 项目完工时间 / / / 2025年10月30日 / 5 / 5 — the slash the target left blank (STR-06
    found), not the name's end (a false FORM-03 that hid it)."""
    result = check_file(_one("7837"), book)
    row = next(i for i in result.form.indicators if i.location.line == 100)
    assert (row.name, row.raw, row.actual) == ("项目完工时间", "/", "2025年10月30日")
    assert "FORM-03" not in _rules(result) and "STR-06" in _rules(result)


def test_a_cell_a_line_result_in_words_before_its_points(book):
    """7851 and 6889 (pdftotext, a cell a line): 抚恤补助发放时间 / 每季度首月15日前 / 按季度按时发放 / 5 / 5 — the result
    told in words, its row's 分值 and 得分 after it: no row of its own (false DATE-01 and TXT-03)."""
    for number, line, result_text in (("7851", 168, "按季度按时发放"), ("6889", 54, "按季度按时发放")):
        result = check_file(_one(number), book)
        row = next(i for i in result.form.indicators if i.location.line == line)
        assert row.actual == result_text and row.weight is not None, number
        assert not {"DATE-01", "TXT-03"} & _rules(result), number


def test_a_sign_off_value_wrapped_under_its_label(book):
    """7849 (WPS, a row a line): 填报人：张婷婷 … 单位负责人： / 孙立军 — the last field's value on the line below, not the
    first's (a false DATE-04)."""
    result = check_file(_one("7849"), book)
    assert ("单位负责人", "孙立军") in result.form.meta.fields and "DATE-04" not in _rules(result)


def test_a_laid_headers_third_line(book):
    """7880, 5321 (pdftotext -layout): 一级 | 二级指标 | 三级指标 | 指标值 / 指标 | | | （含数字及文字描述） — the header's
    third line, the 一级's end and the value's note: no row (a false FORM-03)."""
    for number in ("7880", "5321"):
        result = check_file(_one(number), book)
        assert not any(i.raw.startswith("（") for i in result.form.indicators), number
    assert "FORM-03" not in _rules(check_file(_one("7880"), book))


def test_a_laid_task_name_round_its_amounts_beside_the_side_label(book):
    """7866 (pdftotext -layout): 城乡低保及特困 | 城乡低保金… / 主要 | 3260 | 3260 | 0 / 人员救助供养 | 费及…发放 — one
    task, the side label's word beside its amounts (a false FORM-03; the BUD-02 it hid found)."""
    result = check_file(_one("7866"), book)
    assert "城乡低保及特困人员救助供养" in [t.name for t in result.form.tasks] and len(result.form.tasks) == 5
    assert "FORM-03" not in _rules(result) and "BUD-02" in _rules(result)


def test_last_years_balance_is_a_source(book):
    """7869: 上年结余 | 0 | 0 | 0 under the total — a source of the money (a false FORM-03)."""
    assert "FORM-03" not in _rules(check_file(_one("7869"), book))


def test_a_place_in_a_ranking():
    """全市前五名 (7884): a measured target, at most fifth — no vague value (a false VAL-05), and ≤ is its right way."""
    from jxcheck.engine.values.parse import parse_value
    value = parse_value("全市前五名")
    assert (value.kind, value.op, value.number, value.unit_kind) == ("quantity", "≤", Decimal("5"), "rank")
    assert parse_value("全省排名前10").number == Decimal("10")
    assert (parse_value("全市第一").op, parse_value("全市第一").number) == ("=", Decimal("1"))
    assert parse_value("第一季度").kind != "quantity" or parse_value("第一季度").unit_kind != "rank"


def test_a_ranking_target_is_no_vague_value(book):
    result = check_file(_one("7884"), book)
    assert not {"VAL-05", "VAL-04"} & _rules(result)


def test_a_unit_cost_products_count_keeps_its_wan(book):
    """7885: =580元/人 × 14.5万人 — the count as the form gives it (the message said 14.5人, reviewers noted)."""
    finding = next(f for f in check_file(_one("7885"), book).findings if f.rule == "BUD-04")
    assert "14.5万人" in finding.actual and "= 8410万元" in finding.actual


def test_a_cost_per_square_metre_in_yuan(book):
    """每平方米改造成本 | ≤502元 (7888), ≤380元 (7391): a cost per unit, rightly in 元 — no money unit at odds (a false
    BUD-05)."""
    for number in ("7888", "7391"):
        assert "BUD-05" not in _rules(check_file(_one(number), book)), number


def test_a_deadline_that_comes_back_each_quarter(book):
    """季度绩效考核完成时间 | 各季度末次月10日前 (7903): a deadline each quarter, checkable (a false DATE-01)."""
    assert "DATE-01" not in _rules(check_file(_one("7903"), book))


def test_a_viewer_rows_value_a_comparator_alone(book):
    """7904 (Foxit, a row a line): 青稞良种补贴标准 = / 高标准农田管护单价 ≤21元/亩 — a value of a comparator alone, the
    next line a row of its own: the form's slip (VAL-01), not a copy's cut (a false FORM-03 that hid it)."""
    result = check_file(_one("7904"), book)
    assert "FORM-03" not in _rules(result)
    assert any(f.rule == "VAL-01" and f.location.line == 31 for f in result.findings)


def test_a_signer_named_with_a_middle_dot(book):
    """7891 (pdftotext, a cell a line): 填报人： / 阿依古丽·吐尔逊 — a name with a middle dot is the field's value, not a
    field of its own (a false DATE-04)."""
    result = check_file(_one("7891"), book)
    assert ("填报人", "阿依古丽·吐尔逊") in result.form.meta.fields and "DATE-04" not in _rules(result)


def test_a_cell_a_line_reason_left_open_goes_on(book):
    """7889 (Chrome, a run a line): 部分管段因冻土期 / 提前到来未能施工， / 剩余1.5公里纳入 / 2025年春季实施。 — a clause left
    open goes on: one reason, no row 剩余1.5公里纳入 (a false DATE-02)."""
    result = check_file(_one("7889"), book)
    assert len(result.form.indicators) == 11 and "DATE-02" not in _rules(result)
    row = next(i for i in result.form.indicators if i.location.line == 94)
    assert row.reason and row.reason.endswith("2025年春季实施。")


def test_a_viewer_value_cut_after_its_adverb(book):
    """7934 (Acrobat, a line a visual line): …长效运行管护机制   持续 / 完善 — the value's verb wrapped onto the next line
    alone: 持续完善, one row (a false FORM-03)."""
    result = check_file(_one("7934"), book)
    assert next(i for i in result.form.indicators if i.location.line == 29).raw == "持续完善"
    assert "FORM-03" not in _rules(result)


def test_a_cell_a_line_target_cut_before_its_last_word(book):
    """7851 (pdftotext, a cell a line): 不低于当地居民平均生活 / 水平 / 达成年度指标 / 15 / 14 / 个别对象…，已衔接医疗 /
    救助。 — the target's last word, the result, the points, the reason: one row (false EVAL-06 and VAL-05, a false
    退回); a target with a figure keeps its result (全年开放天数≥300天 / 全年开放306天, 6662)."""
    result = check_file(_one("7851"), book)
    row = next(i for i in result.form.indicators if i.location.line == 196)
    assert (row.raw, row.actual, row.score) == ("不低于当地居民平均生活水平", "达成年度指标", Decimal("14"))
    assert row.reason and row.reason.startswith("个别对象医疗支出较大")
    assert len(result.form.indicators) == 8 and "EVAL-06" not in _rules(result) and result.verdict != "退回"
    kept = next(i for i in check_file(_one("6662"), book).form.indicators if i.location.line == 65)
    assert kept.raw == "全年开放天数≥300天"


def test_a_laid_name_stopped_on_its_conjunction(book):
    """7966 (pdftotext -layout): 可持续影响 | 食品安全风险隐患发现和 | 持续提升 / 指标 | 处置能力 — the name stopped on its
    conjunction goes on beside the label's end, the row above valued in words: one row (a false FORM-03)."""
    result = check_file(_one("7966"), book)
    row = next(i for i in result.form.indicators if i.location.line == 40)
    assert (row.name, row.raw, row.level2) == ("食品安全风险隐患发现和处置能力", "持续提升", "可持续影响指标")
    assert len(result.form.indicators) == 13 and "FORM-03" not in _rules(result)


def test_a_cell_a_line_date_set_in_runs(book):
    """7970 (Chrome, a run a line): 课后服务补助发放时间 / 2024 / 年 / 12 / 月 / 31 / 日前 — one deadline set in runs of
    figures and words (a false DATE-01 on 2024年)."""
    result = check_file(_one("7970"), book)
    assert next(i for i in result.form.indicators if i.location.line == 62).raw == "2024年12月31日前"
    assert "DATE-01" not in _rules(result)
