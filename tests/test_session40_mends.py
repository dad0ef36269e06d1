"""Session 40: mends of losses left from earlier blind sets. Each test fails on a7f1b16b (the session's base) unless
it says it guards what a mend must keep."""
from __future__ import annotations

from decimal import Decimal

from jxcheck.engine.check import check_file
from jxcheck.engine.readers import spaced

from written_checks import rule_set as _rules, written as _one


def test_the_sichuan_headers_first_line_begins_its_labels(book):
    """pdftotext -layout, the 四川 self-evaluation: 一级 二级 指标 度量 未完成 over 指标 指标 三级指标 性质 指标值 单位 …
    得分 原因分析 — 未完成 stands half over 得分 and half over 原因分析, and begins only the label the vocabulary names
    (未完成原因分析); so 指标 / 性质 is the comparator's column and ≤30个工作日 done in 22 is met (8289: five false
    findings); 绩效指标 / (90分) is the side label's points, no row; 项目基本 / 情况 beside the goal's two columns is a
    side label; 情况(10分) | （万元） under the funds' header is its tail, no line of the block."""
    lines = ["                一级     二级                          指标                度量                     未完成",
             "  绩效指标      指标     指标       三级指标           性质   指标值       单位    完成值   权重  得分  原因分析"]
    above, found = (spaced.pieces(line)[0] for line in lines)
    assert spaced._head_target(above[-1], found, True).text == "原因分析"
    result = check_file(_one("8289"), book)
    rows = {i.name: i for i in result.form.indicators}
    assert len(rows) == 8 and "(90分)" not in rows
    assert rows["补贴资金拨付时限"].value.op == "≤" and rows["培训人数"].level2 == "数量指标"
    assert not {"EVAL-03", "EVAL-06", "VAL-10", "FORM-03", "EVAL-10"} & _rules(result)
    assert result.form.goals and result.form.meta.money_unit == "万元"
    assert [line.label for line in result.form.funds][:2] == ["总额", "财政资金"]


def test_a_label_begun_above_keeps_its_own_column(book):
    """Guards the mend above: 度量 printed over the end of 指标值 and over 单位 begins 度量单位, which stays in 单位's
    column — not one stretched over 指标值's, which would read every row a cell a line (5516)."""
    result = check_file(_one("5516"), book)
    rows = {i.name: i for i in result.form.indicators}
    assert len(rows) == 8 and "FORM-03" not in _rules(result)
    assert (rows["参与学生人数"].raw, rows["参与学生人数"].actual, rows["参与学生人数"].weight) == ("16500", "15800", Decimal(15))


def test_a_rule_drawn_across_the_page_is_no_row(book):
    """pdftotext -layout of two pages: ─────… drawn under the first page's last row and its number 1 above it — the
    page's edge, no cell; the number is the page's (8235: a false FORM-03 over an empty 质量指标)."""
    result = check_file(_one("8235"), book)
    assert len(result.form.indicators) == 9 and "FORM-03" not in _rules(result)


def test_a_reason_carried_past_a_label_line_that_carried_its_piece_before(book):
    """pdftotext -layout: a row scored down whose reason wraps over three lines, the 二级 label on the second and the
    一级 on the third (…随访记 / 质量指标 | 录不完整，下年 / 产出指标 | 纳入季度考核) — the reason whole on its row, the
    labels their groups', no row of its own (8295: a false FORM-03 that kept DATE-01 from 及时拨付)."""
    result = check_file(_one("8295"), book)
    row = next(i for i in result.form.indicators if i.name == "签约居民规范履约率")
    assert row.reason == "部分村医随访记录不完整，下年纳入季度考核"
    assert "FORM-03" not in _rules(result) and "DATE-01" in _rules(result)


def test_a_viewers_labels_line_with_the_second_level_first(book):
    """Edge, each visual line's runs joined: 数量指标 产出指标 after the group's first row — the 二级 stored first; the
    一级 is 产出指标, the 二级 数量指标 (8298: a false FORM-03 that stopped the table's rules)."""
    result = check_file(_one("8298"), book)
    row = next(i for i in result.form.indicators if i.name == "保护性耕作实施面积")
    assert (row.level1, row.level2) == ("产出指标", "数量指标") and "FORM-03" not in _rules(result)


def test_a_cell_a_line_names_end_before_a_trend_and_a_target_said_in_words(book):
    """plain pdftotext, a cell a line: 学前教育普惠性公共服务 / 水平 / 明显提高 — a measure's last word, then the trend
    that is the value (8322: a false VAL-05 on 水平); 全县畜间重大动物疫情 / 不发生区域性重大动物疫情 — the target said
    in words after the name, not the name's rest (8324: a false FORM-03)."""
    result = check_file(_one("8322"), book)
    row = next(i for i in result.form.indicators if i.name.startswith("学前教育普惠性公共服务"))
    assert (row.name, row.raw) == ("学前教育普惠性公共服务水平", "明显提高")
    result = check_file(_one("8324"), book)
    row = next(i for i in result.form.indicators if i.name.startswith("全县畜间"))
    assert (row.name, row.raw) == ("全县畜间重大动物疫情", "不发生区域性重大动物疫情")
    assert "FORM-03" not in _rules(result)


def test_the_second_of_a_list_per_village_sets_no_total(book):
    """每村配建篮球场1块及健身路径1套: 1套 is each village's, as 1块 is — no total the indicators must repeat (8335: a false
    TXT-02 beside 新建健身路径 =40套)."""
    result = check_file(_one("8335"), book)
    assert "TXT-02" not in _rules(result)


def test_a_number_the_name_holds_and_a_count_of_another_thing(book):
    """Chrome, a run a line: 公共法律服务热线 / 12348 / 接听量 / ≥2500件 — the hotline's number is the name's, the value
    after the measure's word (8270: a false VAL-02 on 12348接听量); and 法律援助案件平均补贴标准 ≤1500元/件 is no cost of
    the calls, though they are counted in 件 too — no BUD-04 from 1500 × 2500."""
    result = check_file(_one("8270"), book)
    row = next(i for i in result.form.indicators if i.name.startswith("公共法律服务热线"))
    assert (row.name, row.raw) == ("公共法律服务热线12348接听量", "≥2500件")
    assert not {"VAL-02", "BUD-04"} & _rules(result) and "VAL-01" in _rules(result)


def test_a_label_between_a_name_and_its_target_said_in_words(book):
    """Edge, a run a line, labels after their group's first row: 动物防疫体系运行 / 可持续影响指标 / 持续稳定运行，乡镇防疫
    站点 / 全覆盖 — the label is the row's, the sentence after it its target, its last clause's end wrapped below (8274:
    the row read as two, a false FORM-03); a name whole before a bare figure stays whole (2952: 养护农村公路里程 / 2860 /
    桥梁定期检查座数 — the figure its value, VAL-02's)."""
    result = check_file(_one("8274"), book)
    row = next(i for i in result.form.indicators if i.name == "动物防疫体系运行")
    assert (row.level2, row.raw) == ("可持续影响指标", "持续稳定运行，乡镇防疫站点全覆盖")
    assert len(result.form.indicators) == 12 and "FORM-03" not in _rules(result)
    result = check_file(_one("2952"), book)
    row = next(i for i in result.form.indicators if i.name == "养护农村公路里程")
    assert row.raw == "2860" and "VAL-02" in _rules(result)


def test_a_viewers_reason_label_and_reason_in_pieces(book):
    """Chrome, each visual line's runs joined by spaces: 偏差原因分析及改进 措施 is one label, the reason's; and …10 9
    部分学校课程资源不 足，下年度引入校外 优质资源 — the reason wrapped in its cell, one reason after the row's points,
    not cells that push the row's others into the level columns (8249: a false FORM-03)."""
    result = check_file(_one("8249"), book)
    row = next(i for i in result.form.indicators if i.name == "课后服务长效保障机制")
    assert (row.level2, row.raw, row.weight, row.score) == ("可持续影响指标", "建立健全", 10, 9)
    assert row.reason == "部分学校课程资源不足，下年度引入校外优质资源" and "FORM-03" not in _rules(result)


def test_values_said_in_words_that_pass_on_an_outcome():
    """§3.1: 有所减轻 is a graded trend (8377: a false VAL-05); 不发生区域性重大动物疫情, 汛期无垮坝事故 are harms that do
    not happen, checked as none (8324, 8264); a sentence whose clauses each pass (持续稳定运行，乡镇防疫站点全覆盖, 8274)
    passes — one with a vague clause does not."""
    from jxcheck.engine.values.parse import parse_value
    assert parse_value("有所减轻").category == "trend"
    assert parse_value("不发生区域性重大动物疫情").category == "compliance"
    assert parse_value("汛期无垮坝事故").category == "compliance"
    assert parse_value("持续稳定运行，乡镇防疫站点全覆盖").category == "trend"
    assert parse_value("提升，改善").category != "trend"


def test_an_acrobat_rows_date_and_label_broken_over_two_lines(book):
    """Acrobat, a visual line a line: …2023年12月31日前 2023年12月 / 20日 10 10 — the result's day and the row's points
    on the next line, one row (8351: a ninth indicator named 20日, a false FORM-03); 满意度指标 服务对象满意 / 度指标
    残疾人及家属满意度 … and 服务对象满意度 / 指标 群众对… — the 二级 whole on the row, no empty group (8349, 8339: false
    FORM-03s)."""
    result = check_file(_one("8351"), book)
    row = next(i for i in result.form.indicators if i.name == "管护资金拨付完成时间")
    assert (row.actual, row.weight, row.score) == ("2023年12月20日", 10, 10) and len(result.form.indicators) == 8
    for number, name in (("8349", "残疾人及家属满意度"), ("8339", "游客满意度")):
        result = check_file(_one(number), book)
        row = next(i for i in result.form.indicators if i.name == name)
        assert row.level2 == "服务对象满意度指标" and "FORM-03" not in _rules(result), number


def test_a_wps_names_last_character_on_its_values_line_and_tasks_with_no_money(book):
    """WPS, a table row a line: 村（社区）“法律明白人”培养人 / 数 ≥ 1210 人 — the name's last character wrapped onto the line
    of its values, one row on the name's line; 任务名称 | 主要内容 with no money column — tasks with no budget are the
    template's, no cut; 保障机关及31个司法所正常运转 — the department's own bodies, no count to repeat (8356: a false
    FORM-03 that hid the missing 满意度指标)."""
    result = check_file(_one("8356"), book)
    row = next(i for i in result.form.indicators if i.name.startswith("村（社区）“"))
    assert (row.name, row.location.line) == ("村（社区）“法律明白人”培养人数", 30) and len(result.form.indicators) == 12
    assert "FORM-03" not in _rules(result) and "TXT-02" not in _rules(result) and "STR-01" in _rules(result)


def test_a_printed_second_level_outweighs_a_line_of_centring(book):
    """pdftotext -layout: 成本指标 | 每公里管网维修成本 | ≤2.6万元 printed on its row right above 效益指标's centred
    label — a 产出 二级 on its own row says its 一级 more plainly than the line the centring would move it by (8341: a
    false FORM-03 that hid a 总分 that does not add up); 效益 / 指标 round a tall row (…不低于当地 / 100% … / 居民…) stands on
    the row's middle line, so the 效益 group keeps the row below it (8101)."""
    result = check_file(_one("8341"), book)
    row = next(i for i in result.form.indicators if i.name == "每公里管网维修成本")
    assert row.level1 == "产出指标" and "FORM-03" not in _rules(result) and "EVAL-02" in _rules(result)
    result = check_file(_one("8101"), book)
    levels = {i.name: (i.level1, i.level2) for i in result.form.indicators}
    assert levels["伤残军人人均年补助标准"] == ("产出指标", "成本指标")
    assert levels["优抚对象信访事件发生数"] == ("效益指标", "社会效益指标")
    assert not {"FORM-03", "VAL-09"} & _rules(result)


def test_a_cell_a_line_copys_last_group_left_empty_is_the_forms(book):
    """Chrome, a run a line: …社会效益指标's rows / 生态效益指标 / 满意度指标 / … — 效益指标's last 二级 with nothing under
    it, the next row another 一级's: the template's group left empty (STR-04), not a label read out of its place
    (8244, 6055: false FORM-03s that hid it)."""
    for number in ("8244", "6055"):
        result = check_file(_one(number), book)
        assert "FORM-03" not in _rules(result) and "STR-04" in _rules(result), number


def test_a_viewers_funds_header_at_three_heights(book):
    """Acrobat: 全年预算数 全年执行数 执行率 / 年初预算数 分值 得分 / （A） （B） （B/A） — one header, its labels the
    template's, its columns in the template's order: 800.00 800.00 759.00 10 94.88% 9.49 read as 年初预算数 … 得分
    (2578: 800.00 read as the execution rate, a false BUD-06 and a false 退回)."""
    result = check_file(_one("2578"), book)
    total = next(line for line in result.form.funds if line.role == "total")
    assert dict(total.texts)["执行率"] == "94.88%" and dict(total.texts)["得分"] == "9.49"
    assert "BUD-06" not in _rules(result) and result.verdict != "退回"


def test_a_source_read_twice_counts_once(book):
    """Foxit, a run a line: 当年财政拨款 186.00 read beside the header and again as 其中：当年财政拨款 186.00 in the block —
    one source, so the sources add up to the 186.00 total (2604: a false BUD-01, 186 against 372, and a false 退回)."""
    result = check_file(_one("2604"), book)
    assert "BUD-01" not in _rules(result) and result.verdict != "退回"


def test_a_viewers_second_level_cut_over_lines_of_its_own(book):
    """Acrobat, a visual line a line: 满意度指标 / （10分） / 服务对象满 / 意度指标 / 沿线群众满意度 ≥90% … — the 二级
    whole, its rows its own (8421: a false FORM-03 that hid the 产出 weights adding to 45); and a row whose name reads as
    its group's label (服务对象满意度 ≥90% 92.4% 10 10 under 服务对象满意度指标) is a row, named so (8411)."""
    result = check_file(_one("8421"), book)
    row = next(i for i in result.form.indicators if i.name == "沿线群众满意度")
    assert row.level2 == "服务对象满意度指标" and "FORM-03" not in _rules(result) and "EVAL-01" in _rules(result)
    result = check_file(_one("8411"), book)
    row = next(i for i in result.form.indicators if i.name == "服务对象满意度")
    assert (row.level2, row.raw) == ("服务对象满意度指标", "≥90%") and "FORM-03" not in _rules(result)


def test_a_viewers_name_and_value_in_words(book):
    """Chrome, each visual line joined: 适应性培训期数 按需开展 — a row of a name and its value in words, not a 一级 under
    the side label's column (8422: the row lost, a false FORM-03 that hid 按需开展 where a count is due)."""
    result = check_file(_one("8422"), book)
    row = next(i for i in result.form.indicators if i.name == "适应性培训期数")
    assert row.raw == "按需开展" and "FORM-03" not in _rules(result) and "VAL-01" in _rules(result)


def test_a_reason_cut_a_character_into_a_clause_goes_on(book):
    """plain pdftotext, a cell a line: …10 / 9.91 / 受经济下行影响，加 / 大援企稳岗力度 / 城镇调查失业率 / ≤5.5% — the
    reason goes on (加大), not a row named 大援企稳岗力度 with no value (8425: a false STR-06)."""
    result = check_file(_one("8425"), book)
    row = next(i for i in result.form.indicators if i.name == "城镇新增就业任务完成率")
    assert row.reason == "受经济下行影响，加大援企稳岗力度" and "STR-06" not in _rules(result)
