"""Session 38: mends of losses left from earlier blind sets. Each test fails on 973377a (the session's base) unless
it says it guards what a mend must keep."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jxcheck.engine.check import check_file

from written_checks import rule_set as _rules, written as _one

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_scored_rows_value_and_result_wrapped_together(book):
    """pdftotext -layout: a value and a result in words wrapped down their columns together, figures and all — 检验结论
    | 平均15个 / 出具后20个 | 工作日 / 工作日内 (7935); 检验结论出 | 20个工作日 / 时效指标 | 具后20个工 | 内 / 作日内, beside
    the 二级's label (8013). One row each, not a nameless row (a false FORM-03 that stopped the table's rules)."""
    result = check_file(_one("7935"), book)
    row = next(i for i in result.form.indicators if i.name == "抽检结果公示时间")
    assert (row.raw, row.actual) == ("检验结论出具后20个工作日内", "平均15个工作日")
    assert len(result.form.indicators) == 9
    result = check_file(_one("8013"), book)
    row = next(i for i in result.form.indicators if i.name == "抽检结果公示时间")
    assert (row.raw, row.level2) == ("检验结论出具后20个工作日内", "时效指标")
    assert len(result.form.indicators) == 10 and "FORM-03" not in _rules(result)


def test_a_viewers_side_label_and_cells_wrapped_inside_their_line(book):
    """8017 (Chrome, a visual line's runs joined by spaces): 绩效 指标 一级指标 二级指标 … — the side label wrapped in its
    narrow cell is no column (every cell read one column off: a false FORM-03 and a false 'no 二级 column'); 每月10日 前,
    达成年度 指标: a deadline's bound and a result's set phrase, each one cell; 供养服务机构运营管理 机制: the name whole."""
    result = check_file(_one("8017"), book)
    rows = {i.name: i for i in result.form.indicators}
    assert len(rows) == 10 and "FORM-03" not in _rules(result)
    assert (rows["供养金发放时间"].actual, rows["供养金发放时间"].weight) == ("每月10日前", 5)
    assert rows["供养服务机构运营管理机制"].actual == "达成年度指标"
    assert (rows["特困供养人员满意度"].level1, rows["特困供养人员满意度"].level2) == ("满意度指标", "服务对象满意度指标")


def test_a_viewers_value_cut_mid_sentence_goes_on_below_its_row(book):
    """Acrobat, a row a line: a target form's last cell, its value, stopped mid-sentence, its end alone on the next
    line (三级繁育体系稳定运行，良种供应能力 / 持续增强, 8040; ≥5%，矛盾纠纷化解作用较上 / 年明显增强, 8058) — the value's
    end, no row of its own (a false FORM-03 each)."""
    result = check_file(_one("8040"), book)
    assert len(result.form.indicators) == 11 and "FORM-03" not in _rules(result)
    assert any(i.raw == "三级繁育体系稳定运行，良种供应能力持续增强" for i in result.form.indicators)
    result = check_file(_one("8058"), book)
    assert len(result.form.indicators) == 12 and "FORM-03" not in _rules(result)


def test_a_figure_then_words_after_a_comma_is_a_quantity():
    """≥5%，矛盾纠纷化解作用较上年明显增强: the figure the target, the words a remark on it (8058) — a quantity, not a
    value the grammar cannot read; a second figure after the comma is still no one quantity."""
    from jxcheck.engine.values.parse import parse_value
    value = parse_value("≥5%，矛盾纠纷化解作用较上年明显增强")
    assert value.kind == "quantity" and value.unit == "%" and value.notes == ("附加说明：矛盾纠纷化解作用较上年明显增强",)
    assert parse_value("≥95%，其中重点场所100%").kind == "invalid"


def test_a_viewers_name_wrapped_inside_its_line_before_the_points_column(book):
    """8063 (Chrome, a visual line's runs joined): 三级指标 | 分值 | 年度指标值 | … — 康复服务定点机构规范化 达标率 10 ≥90%
    92% 10: the name's two pieces one name, 10 its 分值; 部分偏远乡镇残疾人外出接受 康复不便，下年度增加上门 康复服务频次: a
    long reason stopped at no full stop, one reason (a false FORM-03 each, the row lost)."""
    result = check_file(_one("8063"), book)
    rows = {i.name: i for i in result.form.indicators}
    assert len(rows) == 9 and "FORM-03" not in _rules(result)
    assert (rows["康复服务定点机构规范化达标率"].raw, rows["康复服务定点机构规范化达标率"].actual) == ("≥90%", "92%")
    assert rows["持证残疾人基本康复服务覆盖率"].level2 == "社会效益指标"


def test_a_copys_reason_or_name_going_on_alone_below_its_row(book):
    """A line of one cell below a scored row: 年底未完工，2026年二季度前完成改造。 — a sentence, the reason's end however it
    begins (8055, WPS); （站点）运行情况 — the name's end, the row above whole with its points (8027, Acrobat). No row of
    their own (false FORM-03s; 8027's EVAL-02 beside the line missed)."""
    result = check_file(_one("8055"), book)
    assert len(result.form.indicators) == 8 and "FORM-03" not in _rules(result)
    result = check_file(_one("8027"), book)
    assert "县乡村三级退役军人服务站（站点）运行情况" in {i.name for i in result.form.indicators}
    assert "FORM-03" not in _rules(result) and any(f.rule == "EVAL-02" and f.location.line == 32 for f in result.findings)


def test_a_unit_cost_is_multiplied_only_by_a_count_of_what_it_is_for(book):
    """BUD-04: 集中供养人员年人均供养成本 × 特困人员救助供养人数 (8055: the 分散供养 counted too), 应急救援队员人均培训成本 ×
    紧急转移安置人数 (7960), 人均住院救助支出标准 × 门诊及住院救助人次 (7977), 单批次监督抽检检验费用 × 食品快检批次 (8026:
    only the unit's word shared) are no products to hold to the budget; 人均年巡护经费 × 专业巡护队员在岗人数 (5930) and
    单点位年均运维成本 × 运维电子警察及卡口点位数 (318: a cost of each point, whichever kind) still are."""
    for number in ("8055", "7960", "7977", "8026"):
        assert "BUD-04" not in _rules(check_file(_one(number), book)), number
    assert "BUD-04" in _rules(check_file(_one("5930"), book))
    assert "BUD-04" in _rules(check_file(_one("318"), book))


def test_an_effect_told_in_a_sentence_with_its_figure_is_no_unread_quantity(book):
    """VAL-01: 持续完善，年度新增区级代表性项目不少于2项 (8052), 县乡村三级林长巡林全覆盖，年度巡林不少于4次 (8056),
    持续运行，基层就业服务平台覆盖率100% (8050) — a 效益 value in words whose figure is one of its clauses: no quantity
    lost in words, so no sign of a cut cell either (a false FORM-03 each)."""
    for number in ("8052", "8056", "8050"):
        rules = _rules(check_file(_one(number), book))
        assert not {"VAL-01", "FORM-03"} & rules, number


def test_fewer_is_better_for_costs_borne_and_harm_and_more_for_a_fall_counted(book):
    """VAL-04: 政策范围内住院自付比例 ≤15% (6171), 春耕期间化肥价格涨幅 ≤5% (6180), 群众县外转诊率 ≤12% (8037) — what
    people pay, a price's rise, patients sent away: fewer is better; 公路安全隐患路段减少数量 ≥35处 (8036) — the fall
    counted: more is better. 突发环境事件发生次数 ≥0起 (448) still set the wrong way (guard)."""
    for number, line in (("6171", 89), ("6180", 21), ("8037", 39), ("8036", 44)):
        result = check_file(_one(number), book)
        assert not any(f.rule == "VAL-04" and f.location.line == line for f in result.findings), number
    assert "VAL-04" in _rules(check_file(_one("448"), book))


def test_a_second_level_label_broken_round_its_one_row(book):
    """8047 (pdftotext -layout, the rows below the columns' reach): 服务对象满 / 满意度指标 | 企业和群众满意度 | ≥90% … /
    意度指标 — the 二级 label centred on its one row, broken above and below it: whole on the row, no two empty groups
    (a false FORM-03 that stopped the table's rules)."""
    result = check_file(_one("8047"), book)
    row = next(i for i in result.form.indicators if i.name == "企业和群众满意度")
    assert (row.level1, row.level2) == ("满意度指标", "服务对象满意度指标")
    assert not result.form.empty_groups and "FORM-03" not in _rules(result)


def test_a_tall_rows_points_beside_its_values_last_lines(book):
    """pdftotext -layout: 保费补贴资金拨付时间 | 2024年 | 2024年11月 / 12月15日前 | 28日拨付 | 10 | 10 (8095); 时效 | 抚恤补助
    发放时间 | 每季度首月 | 按季度首月 / 指标 | 20日前 | 20日前发放 | 5 | 5 (8085) — the value and result wrapped, the 分值 and
    得分 on their last line: one row, the label's piece left where the labels are read (a false FORM-03 each)."""
    result = check_file(_one("8095"), book)
    row = next(i for i in result.form.indicators if i.name == "保费补贴资金拨付时间")
    assert (row.raw, row.actual, row.weight, row.score) == ("2024年12月15日前", "2024年11月28日拨付", 10, 10)
    assert len(result.form.indicators) == 8 and "FORM-03" not in _rules(result)
    result = check_file(_one("8085"), book)
    row = next(i for i in result.form.indicators if i.name == "抚恤补助发放时间")
    assert (row.raw, row.level2, row.weight) == ("每季度首月20日前", "时效指标", 5)


def test_a_levels_short_name_with_its_word_on_the_next_line(book):
    """Plain pdftotext, a cell a line: 成本 / 指标 after the 时效 rows (8105, 8073, 8051) — 成本指标, the old scheme's 二级
    under 产出, not a 一级 成本 with no 二级 (a false FORM-03 that stopped the table's rules); 产出 / 指标 read 产出指标."""
    for number, name in (("8105", "每生每天膳食补助标准"), ("8073", "每公里日常养护成本"), ("8051", "亩均财政投入")):
        result = check_file(_one(number), book)
        row = next(i for i in result.form.indicators if i.name == name)
        assert (row.level1, row.level2) == ("产出指标", "成本指标"), number
        assert "FORM-03" not in _rules(result), number


def test_a_target_value_named_in_words_its_figure_on_the_next_line(book):
    """A target form's value wrapped in its cell: 县镇村三级服务站规范化运行率 / 响指标 | ≥95% (8060, -layout: the measure
    named, its figure below it beside a label's piece); 健身设施免费或低收费开放率 / 100% (8104, Foxit: the rate alone on
    the next line, the row above valueless) — the row's value, no row of its own (a false FORM-03 each)."""
    result = check_file(_one("8060"), book)
    assert "县镇村三级服务站规范化运行率≥95%" in {i.raw for i in result.form.indicators}
    assert len(result.form.indicators) == 20 and "FORM-03" not in _rules(result)
    result = check_file(_one("8104"), book)
    row = next(i for i in result.form.indicators if i.name == "健身设施免费或低收费开放率")
    assert row.raw == "100%" and len(result.form.indicators) == 12 and "FORM-03" not in _rules(result)


def test_the_next_rows_name_over_two_lines_after_a_wrapped_reason(book):
    """8061 (plain pdftotext, 分值 before the value): …受台风“摩羯”影响 / 延期开工，已纳入2025年计划 / 农村公路安全生命防护工程
    / 实施里程 / 10 / ≥85公里 — the next row's name and its points, not the reason going on (the row lost: false EVAL-01,
    EVAL-02, TXT-02). 3426's 按实际 / 在校人数据实补助 / 供餐天数 / ≥200天 keeps the reason's clause (guard)."""
    result = check_file(_one("8061"), book)
    assert "农村公路安全生命防护工程实施里程" in {i.name for i in result.form.indicators}
    assert not {"EVAL-01", "EVAL-02", "TXT-02"} & _rules(result)
    assert "供餐天数" in {i.name for i in check_file(_one("3426"), book).form.indicators}


def test_a_goals_figure_with_thousands_commas_is_read_whole(book):
    """TXT-02: 2,600公里 in the goal is 2600公里, the indicator 农村公路日常养护里程 ≥2600公里's figure — not 600公里 with no
    indicator (8115)."""
    assert "TXT-02" not in _rules(check_file(_one("8115"), book))


def test_a_score_column_named_with_its_formula_is_no_rate(book):
    """四川's 预算数 | 执行数 | 得分（10分*执行率） (8119): the 9.50 under it is the score, no printed rate — no BUD-06 (a rate
    of 9.50%, or one left unfilled where the template has no rate column); 得分(20分*执行率) | 20 (112) keeps its 分值 of
    20 (guard)."""
    result = check_file(_one("8119"), book)
    assert not {"BUD-06", "BUD-08"} & _rules(result)
    variant = next((FIXTURES / "layout_variants").glob("407_112_*"))
    assert "BUD-08" not in _rules(check_file(variant, book))


def test_a_level_label_ended_takes_no_next_label_as_its_tail(book):
    """8111 (pdftotext -layout): 时效 / 指标 | 月底前 | 25日 / 社会 / 效益 / 指标 — 指标 ends 时效指标; 社会 begins the next label,
    no tail of it (指标社会: a label no table has, a false FORM-03); the row's date wrapped below joins it."""
    result = check_file(_one("8111"), book)
    rows = {i.name: i for i in result.form.indicators}
    assert (rows["维修改造工程完工时间"].level2, rows["维修改造工程完工时间"].raw) == ("时效指标", "2025年10月底前")
    assert rows["受益农村人口数量"].level2 == "社会效益指标" and "FORM-03" not in _rules(result)


def test_a_budgets_cost_read_under_a_benefit_is_a_reading_in_doubt(book):
    """7732 (-layout): 体育场馆免费低收费开放经费 | ≤60.00万元 read under 社会效益指标 below the form's 成本指标 rows — the
    centred labels misread, not the form's: the row named in a FORM-03, no BUD-09 on the tasks (a false 退回). A
    patient's burden in 元 (乡镇卫生院门诊次均药品费用 ≤45元, 6371) is a benefit's measure, no doubt (guard)."""
    result = check_file(_one("7732"), book)
    assert any(f.rule == "FORM-03" and "第48行" in f.message for f in result.findings)
    assert "BUD-09" not in _rules(result) and result.verdict != "退回"
    assert "FORM-03" not in _rules(check_file(_one("6371"), book))


def test_a_self_evaluation_table_given_a_column_at_a_time(book):
    """Plain pdftotext, each column's label then its cells (一级指标 / 产出指标 / … / 三级指标 / 职业技能培训人数 / … /
    年度指标值 / ≥2600人次 / … / 得分 / 10 / …): rows again — each 二级 over the names its words and values fit, a wrapped
    name made whole (取得职业资格（技能等级）证书 / 人员占比), the one reason given to the one row that lost points (8155,
    8145: a false FORM-02 and 退回 that hid the form's own EVAL-02)."""
    result = check_file(_one("8155"), book)
    rows = {i.name: i for i in result.form.indicators}
    assert len(rows) == 9 and not result.findings
    assert rows["取得职业资格（技能等级）证书人员占比"].level2 == "质量指标"
    assert (rows["培训后转移就业率"].level1, rows["培训后转移就业率"].weight) == ("效益指标", 15)
    result = check_file(_one("8145"), book)
    row = next(i for i in result.form.indicators if i.name == "监测数据有效率")
    assert (row.actual, row.score) == ("88%", Decimal("9.78")) and row.reason
    assert any(f.rule == "EVAL-02" and f.location.line == 151 for f in result.findings)


def test_a_cell_a_line_reason_whose_clauses_hold_a_date(book):
    """8181 (plain pdftotext): 两家新建养老机构未按 / 期投入运营，已督促 / 2023年上半年投运 / 质量指标 — the reason's pieces, a
    clause with its comma and a date that begins the last one before the next group's label: no row named by a clause
    with a deadline past the year (a false DATE-02)."""
    result = check_file(_one("8181"), book)
    assert len(result.form.indicators) == 12 and "DATE-02" not in _rules(result)
    row = next(i for i in result.form.indicators if i.name == "养老机构运营补贴床位数")
    assert row.reason.endswith("2023年上半年投运")
