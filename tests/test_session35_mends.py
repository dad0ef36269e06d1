"""Session 35: mends of losses left from earlier blind sets. Each test fails on 36b2b28 (the session's first engine
change's parent) unless it says it guards what a mend must keep."""
from __future__ import annotations

from decimal import Decimal

from jxcheck.engine.check import check_file
from jxcheck.engine.values.parse import parse_value

from written_checks import rule_set as _rules, written as _one


def _tasks(result):
    return [(t.name, t.budget.total if t.budget else None) for t in result.form.tasks if t.name != "金额合计"]


def test_task_rows_whose_second_lines_follow_their_amounts(book):
    """6857 (plain pdftotext): the tasks' header cut inside its unit (预算金额（ / 万元）总额), each row's content (and
    name) wrapped, its second line after the amounts beside its first, the side label's pieces (年度主要 / 任务) on
    either side of one of them — four tasks whole, their total 2977.30, no false BUD-02 / BUD-09 (a false 退回). 4299
    (Edge): 优抚对象抚恤补 / … / 1520.00 … / 助 / 和生活补助 — the name's rest and the content's; 每季度首月底前 a value.
    6862: 预算金额（万元）总额 one column label. 2362: the side label in three pieces (年度 / 主要 / 任务) a row apart,
    a content's rest after a comma taken though longer than the next name. 6417 (plain): 森林防火 / 巡护与扑救 / a line
    of content much wider than both — one name wrapped (not a task with no amounts), its content all before them."""
    result = check_file(_one("6857"), book)
    assert [n for n, _ in _tasks(result)] == ["城乡最低生活保障", "特困人员救助供养", "临时救助", "机关运行保障"]
    assert sum(a for _, a in _tasks(result)) == Decimal("2977.30")
    assert not {"BUD-02", "BUD-09", "FORM-03"} & _rules(result)
    result = check_file(_one("4299"), book)
    assert _tasks(result)[1:] == [("优抚对象抚恤补助", Decimal("1520.00")), ("退役士兵安置", Decimal("468.00")),
                                  ("烈士纪念设施维护", Decimal("35.00")), ("走访慰问", Decimal("42.60"))]
    assert {i.location.line: i.value.text for i in result.form.indicators}[79] == "每季度首月底前"
    assert "FORM-03" not in _rules(result)
    result = check_file(_one("6862"), book)
    assert [a for _, a in _tasks(result)] == [Decimal("420.00"), Decimal("260.00"), Decimal("46.00"), Decimal("760.00")]
    result = check_file(_one("2362"), book)
    assert [n for n, _ in _tasks(result)] == ["人员经费保障", "日常运转保障", "公共文化场馆免费开放", "文物保护利用",
                                              "“送戏下乡”文化惠民", "文旅宣传推广"]
    assert result.form.tasks[2].content.endswith("免费开放运行，图书馆文献资源购置")
    result = check_file(_one("6417"), book)
    assert [n for n, _ in _tasks(result)] == ["人员及运转保障", "森林防火巡护与扑救", "天然林保护管护", "林业有害生物监测防治"]


def test_a_goal_wrapped_in_its_cell_and_rejoined_with_single_spaces(book):
    """6984 (Acrobat: 年度目标, three spaces, then the goal's wrapped lines one space apart on one line): the goal one
    text — not four cells taken for the indicator table's columns, so the header below is read and every row placed
    (no false FORM-03; the missing 满意度指标, STR-01, found). 6923 the same (VAL-10 found); 6440 one goal, not two
    (no false TXT-04). 2354 (预期目标 | 实际完成情况 side by side, one space apart): two texts kept."""
    result = check_file(_one("6984"), book)
    assert [g.text[:10] for g in result.form.goals] == ["完成解特阿热勒灌区支"]
    assert len(result.form.indicators) == 8 and result.form.indicators[0].name == "支渠防渗改造长度"
    assert "STR-01" in _rules(result) and "FORM-03" not in _rules(result)
    result = check_file(_one("6923"), book)
    assert "VAL-10" in _rules(result) and "FORM-03" not in _rules(result)
    result = check_file(_one("6440"), book)
    assert len(result.form.goals) == 1 and "TXT-04" not in _rules(result)
    result = check_file(_one("2354"), book)  # guards: two columns' texts a viewer put one space apart
    assert result.form.goals[0].text.startswith("完成人工造林1.2万亩、退化草原修复治理3.5万亩，")
    assert "年度总体目标" not in result.form.goals[0].text


def test_level_labels_after_a_target_forms_rows(book):
    """6953 (Chrome, a target form: 入河排污口整治数量 ≥45个 产出指标 数量指标 — each group's labels after its first
    row's one value): every row under its labels (not five rows without levels and a false FORM-03), so the low
    satisfaction target is found (VAL-10). 6998 (Chrome self-evaluation whose header prints 一级指标 二级指标 last,
    after 偏差原因, a cell its rows leave empty): eight rows under the labels they start (质量指标 under 产出, not 效益),
    not none read (a false FORM-02). 5780 (Edge, the same header over a target form) keeps its rows."""
    result = check_file(_one("6953"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert len(rows) == 11 and (rows[20].level1, rows[20].level2) == ("产出指标", "数量指标")
    assert (rows[28].level1, rows[28].level2, rows[28].name) == ("效益指标", "生态效益指标", "PM2.5年均浓度")
    assert "VAL-10" in _rules(result) and "FORM-03" not in _rules(result)
    result = check_file(_one("6998"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert len(rows) == 8 and (rows[22].level1, rows[22].level2) == ("产出指标", "数量指标")
    assert (rows[23].level1, rows[23].level2) == ("产出指标", "质量指标") and rows[23].actual == "97.6%"
    assert not {"FORM-02", "FORM-03"} & _rules(result)
    result = check_file(_one("5780"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert len(rows) == 15 and rows[36].level2 == "服务对象满意度指标" and rows[33].level1 == "效益指标"


def test_the_task_side_label_whole_among_a_tasks_amounts(book):
    """6991 (Edge, a run a line in the content stream's order: 1860.00 / 年度主要任务 / 1860.00 / 0.00): the side label
    left out, the four tasks whole with their three amounts each — not fourteen tasks of 8491.5 and a false BUD-02 and
    BUD-09 (a false 退回)."""
    result = check_file(_one("6991"), book)
    assert _tasks(result) == [("城乡低保", Decimal("1860.00")), ("特困人员救助供养", Decimal("642.00")),
                              ("临时救助", Decimal("120.00")), ("养老服务", Decimal("208.50"))]
    assert result.form.tasks[0].budget.other == Decimal("0.00")
    assert not {"BUD-02", "BUD-09"} & _rules(result)


def test_header_labels_whose_ends_follow_with_only_their_own_pieces(book):
    """7024 (Edge: 年度指标 实际完成 … 偏差原因 / 值 值 分析及改 / 进措施 — each label's end on the lines below, one
    space apart): 年度指标值 and 实际完成值 made whole, so each row's result is read — no false EVAL-05 on all five."""
    result = check_file(_one("7024"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert [rows[n].actual for n in (21, 22, 27)] == ["592人", "100%", "86%"]
    assert "EVAL-05" not in _rules(result) and {"DATE-02", "VAL-10"} <= _rules(result)


def test_recurring_limits_counted_from_a_periods_end():
    """每季度末10日内 (ten days from each quarter's end: 7027's false DATE-01), 每季度末次月15日前 (the 15th of the month
    after each quarter: 7062's), 每学期开学后两个月内 (two months from each term's start: 7058's) — checkable limits."""
    value = parse_value("每季度末10日内")
    assert value.kind == "quantity" and value.number == 10 and value.op == "≤"
    value = parse_value("每季度末次月15日前")
    assert value.kind == "deadline" and (value.date.month, value.date.day) == (10, 15)
    value = parse_value("每学期开学后两个月内")
    assert value.kind == "quantity" and value.number == 2 and str(value.unit) == "个月"


def test_an_indicator_table_with_no_column_labels(book):
    """7059 (Edge, a run a line): 年度绩效指标 then the rows at once — no 一级指标 / 二级指标 / 三级指标 / 指标值 — and the
    first group's 一级 after its 二级: the template's labels implied, the six rows read under their groups (not a
    false FORM-02 and eleven rows' words taken for the goal, TXT-01)."""
    result = check_file(_one("7059"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert len(rows) == 6 and (rows[43].level1, rows[43].level2, rows[43].value.text) == ("产出指标", "数量指标", "≥2600人")
    assert (rows[59].level1, rows[59].name) == ("满意度指标", "参保群众满意度")
    assert not {"FORM-02", "TXT-01"} & _rules(result) and len(result.form.goals) == 1


def test_sign_off_fields_in_other_words(book):
    """7042: 单位负责人：(盖章) 黄伟东 — how to sign printed in the value's place, the name after it: filled (a false
    DATE-04). 7072: 编制人：马文军 … 编制日期：2019年1月8日 — the preparer and the date under other names; only the head of
    unit, which that template does not print, is asked for. 1158 (实施单位 (盖章) / …, a unit's stamp, not a person's
    signature) keeps its 实施单位 as it was read."""
    assert "DATE-04" not in _rules(check_file(_one("7042"), book))
    result = check_file(_one("7072"), book)
    assert [f.subject for f in result.findings if f.rule == "DATE-04"] == ["单位负责人"]
    assert check_file(_one("1158"), book).form.meta.department == "营山县交通运输局"  # guards


def test_a_three_line_header_with_a_whole_label_on_its_first_line(book):
    """7048 (-layout, 贵州: 一级 二级 … 指标值 绩效 / 三级指标 / 指标 指标 … 标准 — 指标值 whole on the first line with
    nothing under it): one header, so the rows' names are read (not the header's 三级指标 taken for a value and every
    row nameless) and the deadline in the next year found (DATE-02, missed). 4559 (its 三级指标 in the middle too)."""
    result = check_file(_one("7048"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert (rows[20].name, rows[20].value.text) == ("补助乡村医生人数", "≥180人") and 18 not in rows
    assert rows[25].name == "补助资金发放完成时间" and "DATE-02" in _rules(result)
    result = check_file(_one("4559"), book)
    assert len(result.form.indicators) == 8 and "FORM-03" not in _rules(result)


def test_edge_tables_with_no_header_or_labels_drawn_after(book):
    """7100 (Edge: no column labels, no side label — the goal, then 数量指标 / names / values): the header implied before
    the first level label, eight rows read (not a false FORM-02 and thirteen false TXT-01). 5365 (the rows before their
    二级 labels): implied before the first row after the goal's sentences — eleven rows, its vague 较好 found (VAL-06,
    missed). 7090 (三级指标 / 指标值 above the rows, 一级指标 / 二级指标 after them; the tasks' money labels after the task
    rows): both tables read — nine rows and four tasks of 2124, not a false FORM-02."""
    result = check_file(_one("7100"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert len(rows) == 8 and (rows[27].level2, rows[27].value.text) == ("数量指标", "≥4.6万亩")
    assert not {"FORM-02", "TXT-01"} & _rules(result)
    result = check_file(_one("5365"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert len(rows) == 11 and (rows[45].level2, rows[45].name) == ("数量指标", "执法检查企业")
    assert rows[72].level1 == "满意度指标" and "VAL-06" in _rules(result)
    result = check_file(_one("7090"), book)
    assert len(result.form.indicators) == 9 and "FORM-02" not in _rules(result)
    assert [n for n, _ in _tasks(result)] == ["优抚对象抚恤补助", "退役军人就业创业", "褒扬纪念", "机关运行"]
    assert sum(a for _, a in _tasks(result)) == Decimal("2124")


def test_a_cost_label_on_its_groups_upper_middle_row_with_the_bound_in_its_own_column(book):
    """7146 (-layout 四川: ≤ | 318.40 | 万元 — the bound and the unit in columns of their own; 成本指标 on the second of
    its four rows): the amount read as money, so the split with each label on its group's middle wins — 人员经费支出
    under 成本指标, not 时效指标 (its false BUD-09 / BUD-10, a false 退回, DATE-01 and VAL-12)."""
    result = check_file(_one("7146"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert rows[28].level2 == "成本指标" and rows[27].level2 == "时效指标"
    assert not {"BUD-09", "BUD-10", "DATE-01", "VAL-12"} & _rules(result)


def test_a_count_in_words_on_a_whole_layout_row_is_the_forms_own(book):
    """7132 (-layout: 数量指标 | 调处矛盾纠纷件数 | 较多 under the header, rows on the lines above and below): the words
    are the form's own value, not a cut — VAL-01 found (the missed defect), no false FORM-03 that stops the table's
    rules; and the goal's 调处矛盾纠纷2600件 beside that row is the same defect, not a TXT-02 of its own. 5573 (a date's
    rest, 月31日前 | 月18日, read as a row) stays in doubt."""
    result = check_file(_one("7132"), book)
    assert "VAL-01" in _rules(result) and not {"FORM-03", "TXT-02"} & _rules(result)
    assert "VAL-01" not in _rules(check_file(_one("5573"), book))
    result = check_file(_one("7177"), book)  # 改造3个镇驻地老旧供水管网28公里 beside 改造供水管网长度 | 按计划完成
    assert "VAL-05" in _rules(result) and "TXT-02" not in _rules(result)


def test_a_deadlines_bound_alone_on_its_groups_label_line(book):
    """7170, 7166 (-layout: 2025年4月30日 / 时效指标 | 前 — the row's 二级 on its second line, beside the value's
    wrapped 前): the bound joined to its date, the label left to its group — no row of 前 alone and no false FORM-03,
    so 7170's deadline in the next year is found (DATE-02, missed). 7018 (a self-evaluation, 前 | 日 both wrapped)."""
    result = check_file(_one("7170"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert rows[25].value.text == "2025年4月30日前" and 26 not in rows
    assert "DATE-02" in _rules(result) and "FORM-03" not in _rules(result)
    result = check_file(_one("7018"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert rows[24].actual == "2022年10月20日" and 25 not in rows and "FORM-03" not in _rules(result)


def test_a_rows_points_given_before_it_by_the_viewer(book):
    """7153 (Chrome, the content stream's order: 20 / 20 / 产出指标 / 数量指标 / 特困供养人员数量 / ≥1260人 / 1251人 /
    10 / 10 / 质量指标 / …): each row's 分值 and 得分 stand before it — read as its own, not the next row's, so the full
    marks for 1251 of ≥1260 and the missing reason are found (EVAL-03, EVAL-06: missed), with no false FORM-03."""
    result = check_file(_one("7153"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert len(rows) == 7 and (rows[69].weight, rows[69].score, rows[69].actual) == (20, 20, "1251人")
    assert (rows[75].weight, rows[75].actual) == (10, "31.2%")
    assert {"EVAL-03", "EVAL-06"} <= _rules(result) and "FORM-03" not in _rules(result)


def test_a_qualitative_rows_empty_unit_cell_left_out_by_the_viewer(book):
    """7250 (WPS viewer, 四川: 定性 | 达成年度指标 | 达成年度指标 | 15 | 15 under 指标性质 | 指标值 | 度量单位 | 完成值 |
    权重 | 得分 — the empty unit cell gave nothing): the cell put back, the result, weight and score in their columns
    (not a false VAL-02 and EVAL-05, a false 退回)."""
    result = check_file(_one("7250"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert (rows[21].actual, rows[21].weight, rows[21].score) == ("达成年度指标", 15, 15)
    assert not {"VAL-02", "EVAL-05"} & _rules(result)


def test_a_title_printed_again_over_the_next_page(book):
    """7276 (-layout, two pages: 城口县…绩效目标表 again over page 2's header; page 1's title read with （2025年度） on its
    row): one form, the title no row of its table — not a second form with false STR-01s for the groups each half lacks
    (a false 退回)."""
    result = check_file(_one("7276"), book)
    assert result.form is not None and len(result.form.indicators) == 8
    assert "STR-01" not in _rules(result) and "DATE-02" in _rules(result)


def test_a_name_alone_on_the_line_above_its_row(book):
    """7187 (Foxit: 不合格食品核查处置 / 率 =100% — the name's head alone above the row, its last word beside the value):
    one row, called by its name's first line, under 质量指标 — not a row named 率 under a 一级 of the name's head and a
    false FORM-03. 1070, 2817, 6187: rows whose wrapped names were missed now read (called by their first line)."""
    result = check_file(_one("7187"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert (rows[22].level2, rows[22].name, rows[22].value.text) == ("质量指标", "不合格食品核查处置率", "=100%")
    assert len(rows) == 11 and "FORM-03" not in _rules(result)
