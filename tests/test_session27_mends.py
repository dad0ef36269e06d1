"""Session 27: mends of losses left from earlier blind sets. Each test fails on a20a917 (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _rules(result) -> set[str]:
    return {f.rule for f in result.findings}


def _groups(result) -> dict[int, tuple[str, str]]:
    return {i.location.line: (i.level1, i.level2) for i in result.form.indicators}


def test_a_cost_cap_row_above_an_economic_benefit_label_is_a_cost(book):
    """3602 (pdftotext -layout, page 2): 旅游宣传推介成本控制数 | ≤110万元, the sixth row of the 成本指标 group whose
    label stands on its third, just above 经济效益指标: a cost's cap is no count and no effect — under 成本指标, the
    money-valued costs add up to the tasks (no false BUD-09, BUD-10); and 群众文体活动满意度 under the 满意度指标 一级
    the column prints, not under 效益指标 above it."""
    result = check_file(_one("3602"), book)
    groups = _groups(result)
    assert groups[46] == ("产出指标", "成本指标")
    assert groups[51][0] == "满意度指标"
    assert not {"BUD-09", "BUD-10"} & _rules(result)


def test_cost_caps_between_two_page_labels_stay_costs(book):
    """4097 (pdftotext -layout): 林业有害生物防治成本控制数 | ≤154.00万元 and 生态公益林管护成本控制数 under the
    成本指标 group, not under 社会效益指标; 3596: 维修养护资金成本控制数 under 产出指标 (no FORM-03)."""
    groups = _groups(check_file(_one("4097"), book))
    assert groups[38] == groups[39] == ("产出指标", "成本指标")
    result = check_file(_one("3596"), book)
    assert _groups(result)[29] == ("产出指标", "成本指标")
    assert "FORM-03" not in _rules(result)


def test_a_cost_said_as_a_judgement_of_itself_is_a_qualitative_cost_value(book):
    """4231 (Edge, a row a line): 成本指标 | 生物防火林带建设成本 | 成本控制合理 — a row read whole, its value a
    qualitative cost the reviewers give VAL-05 (error: a cost wants a money ceiling), not words the grammar could not
    read (VAL-01, which a copy's reading takes for a cut cell: FORM-03, and the row and its neighbours unjudged) — so
    the deadline past the year beside it is found too (DATE-02), and the form is 退回."""
    result = check_file(_one("4231"), book)
    found = {(f.rule, f.location.line) for f in result.findings}
    assert {("VAL-05", 23), ("DATE-02", 22)} <= found
    assert "FORM-03" not in _rules(result) and "VAL-01" not in _rules(result)
    assert result.verdict == "退回"
    assert ("VAL-05", 26) in {(f.rule, f.location.line) for f in check_file(_one("4216"), book).findings}


def test_words_where_a_count_is_due_stay_the_grammar_s(book):
    """Guard: a cost value that is a cut cell's piece (额补助标准。 — a wrapped explanation) is no judgement of a cost:
    still VAL-01's, and a copy's doubt."""
    result = check_file(_one("1379"), book)
    assert not any(f.rule == "VAL-05" and f.location.line == 65 for f in result.findings)


def test_a_side_by_side_breakdown_s_two_amounts_go_where_they_add_up(book):
    """4200 (plain pdftotext) and 4210 (Edge): 按收入性质分 | 按支出性质分 under 年度资金总额 9120.00 | 9120.00 | 9018.76,
    each source and use with two amounts (其中：财政拨款 | 9120.00 | 9018.76): read from the first column on, they
    seemed not to add up (a false BUD-01, a 退回 of a correct form) or stood under the block's side label (FORM-03);
    under 全年预算数 | 全年执行数, where they add up, they do."""
    result = check_file(_one("4200"), book)
    lines = {line.label: dict(line.amounts) for line in result.form.funds}
    assert set(lines["财政拨款"]) == {"全年预算数", "全年执行数"}
    assert str(lines["项目支出"]["全年执行数"]) == "7732.36"
    assert "BUD-01" not in _rules(result) and result.verdict != "退回"
    assert "FORM-03" not in _rules(check_file(_one("4210"), book))


def test_a_breakdown_that_adds_up_nowhere_stays_where_it_was_read():
    """Guard: sources that add up under no run of the total's columns (a real defect) are left as read, for BUD-01."""
    from decimal import Decimal as D

    from jxcheck.engine.model import FundLine
    from jxcheck.engine.readers import fund_fit

    total = FundLine("年度资金总额", "total", (("年初预算数", D(100)), ("全年预算数", D(120)), ("全年执行数", D(110))))
    parts = [FundLine("财政拨款", "part", (("年初预算数", D(90)), ("全年预算数", D(100)))),
             FundLine("其他资金", "part", (("年初预算数", D(5)), ("全年预算数", D(5))))]
    assert fund_fit.fitted([total, *parts]) == [total, *parts]
    shifted = [FundLine("财政拨款", "part", (("年初预算数", D(115)), ("全年预算数", D(105)))),
               FundLine("其他资金", "part", (("年初预算数", D(5)), ("全年预算数", D(5))))]
    assert [dict(line.amounts) for line in fund_fit.fitted([total, *shifted])[1:]] == [
        {"全年预算数": D(115), "全年执行数": D(105)}, {"全年预算数": D(5), "全年执行数": D(5)}]


def test_a_level1_label_beside_a_name_whose_value_was_left_empty(book):
    """4279 (Foxit, a visual line a line): 产出指标 | 图书馆年外借图书册次 — the merged 一级 printed on the row whose
    value was left empty: a 数量指标 row with no value (STR-06, 退回), not a 一级 named by the 三级 over the rows
    below it (FORM-03, the empty value silenced)."""
    result = check_file(_one("4279"), book)
    assert _groups(result)[26] == ("产出指标", "数量指标")
    assert _groups(result)[27] == ("产出指标", "质量指标")
    assert ("STR-06", 26) in {(f.rule, f.location.line) for f in result.findings}
    assert "FORM-03" not in _rules(result) and result.verdict == "退回"


def test_a_total_row_between_a_wrapped_label_and_a_grade_line_is_the_total(book):
    """4211, 3325 (pdftotext -layout): （10分） | 意度指标 (the last row's wrapped cells) / 总分 | 100 | 99.77 /
    自评等级：优 — no row three lines tall parted round its middle: the wrapped cells go back to the 满意度 row, the
    total stays the total (the scores it sums), the grade a field of its own — no FORM-03."""
    for number in ("4211", "3325"):
        result = check_file(_one(number), book)
        assert result.form.score_total is not None and result.form.score_total.location.line == 39
        assert not any("等级" in i.name or i.name == "总分" for i in result.form.indicators)
        assert "FORM-03" not in _rules(result)
    assert _groups(check_file(_one("4211"), book))[37] == ("满意度指标（10分）", "服务对象满意度指标")


def test_a_viewer_copy_s_wrapped_note_names_and_side_label(book):
    """4289 (Foxit, a visual line a line): the block's note wrapped line by line in its narrow cell (预算调整说明：年中追 /
    加食品安全抽检及疫情 / 防控物资经费88.45万 / 元), beside the side label's last piece (元）): one note that says why
    the budget grew (no false BUD-07, the form's only error); names wrapped onto the labels' line (…抽检批 / 数量指标
    次, …执法检 / 产出指标 查户次) whole; the table's side label at a row's start (绩效指标 | 特种设备定期检验率 | ≥98%)
    no 二级 — ten rows, no FORM-03."""
    result = check_file(_one("4289"), book)
    names = {i.location.line: i.name for i in result.form.indicators}
    assert names[26] == "食品安全监督抽检批次" and names[28] == "市场主体行政执法检查户次" and 29 not in names
    assert _groups(result)[31] == ("产出指标（50分）", "质量指标")
    notes = [dict(line.texts).get("说明", "") for line in result.form.funds if line.label == "预算调整说明"]
    assert notes == ["年中追加食品安全抽检及疫情防控物资经费88.45万元"]
    assert not {"BUD-07", "FORM-03"} & _rules(result) and result.verdict != "退回"


def test_a_side_label_alone_on_its_line_is_no_indicator(book):
    """4316 (四川 template, pdftotext -layout): 绩效指标（90分） alone on the middle line of the indicator block: the
    table's side label, not a row with an empty value (FORM-03)."""
    result = check_file(_one("4316"), book)
    assert 27 not in {i.location.line for i in result.form.indicators}
    assert "FORM-03" not in _rules(result)


def test_header_labels_cut_inside_a_word_are_joined(book):
    """4303 (pdftotext -layout): 年度指 / 标值, 实际完 / 成值, 偏差原因分析 / 及改进措施 — the header's labels cut inside
    their words: the table's columns (its values read, not empty), so the unmet row scored full is found (EVAL-03) and
    its missing reason (EVAL-06), no FORM-03. Guard: 得分 / 及改进措施 under a three-line header stays 得分 (2560)."""
    result = check_file(_one("4303"), book)
    assert {("EVAL-03", 31), ("EVAL-06", 31)} <= {(f.rule, f.location.line) for f in result.findings}
    assert "FORM-03" not in _rules(result)
    rows = check_file(_one("2560"), book).form.indicators
    assert all(i.score is not None for i in rows)


def test_a_value_s_last_word_beside_a_label_on_its_own_line(book):
    """4291 (pdftotext -layout): 2025年10月31日 / 产出指标 … 前 and ≤35万元/平方公 / 年度绩效指标 … 里 — the deadline's
    and the unit's last words on the lines of the labels centred beside them: the values whole, no FORM-03; 2295:
    2027年1月31日 / 前 in a 2026 form, the deadline past the year found (DATE-02)."""
    result = check_file(_one("4291"), book)
    values = {i.location.line: i.raw for i in result.form.indicators}
    assert values[40] == "2025年10月31日前" and values[42] == "≤35万元/平方公里"
    assert "FORM-03" not in _rules(result)
    assert ("DATE-02", 31) in {(f.rule, f.location.line) for f in check_file(_one("2295"), book).findings}


def test_a_name_s_last_words_beside_the_labels(book):
    """4294 (Chrome, a visual line a line): 资助家庭经济困难学生人 ≥9200人次 / 数量指标 次; 4295 (-layout): 经办业务印制及系统
    / 绩效指标 （50分） 运维费 — each name whole on its row, no row of the tail, no FORM-03."""
    result = check_file(_one("4294"), book)
    assert {i.location.line: i.name for i in result.form.indicators}[29] == "资助家庭经济困难学生人次"
    assert "FORM-03" not in _rules(result)
    result = check_file(_one("4295"), book)
    assert {i.location.line: i.name for i in result.form.indicators}[34] == "经办业务印制及系统运维费"
    assert 35 not in {i.location.line for i in result.form.indicators} and "FORM-03" not in _rules(result)


def test_a_level_s_weight_a_run_of_its_own_on_a_viewer_line(book):
    """4328 (Chrome, a visual line a line): 产出指标 （50分） 数量指标 水书古籍抢救性修复数量 ≥120册 126册 15 15 — the
    一级's weight a run of its own beside it: the first row of each 一级 read (eight rows, not five), no FORM-03."""
    result = check_file(_one("4328"), book)
    assert {22, 27, 29} <= {i.location.line for i in result.form.indicators}
    assert _groups(result)[22] == ("产出指标（50分）", "数量指标")
    assert "FORM-03" not in _rules(result)


def test_a_total_label_in_a_column_of_its_own_and_tasks_without_their_total(book):
    """3691 (pdftotext -layout): 金额合计 under 主要内容, its amounts beyond the header's columns — the table's total
    (4092.50), no FORM-03, the costs held to it (BUD-09 on its line). 2927, 2502: tasks whose 总额 was not read, their
    sources were — a task's total is its sources' sum (no false BUD-02, BUD-09); 4302: a priced task's wrapped line
    (堂活动 | 堂开展日常文化活动) no unpriced row (FORM-03)."""
    result = check_file(_one("3691"), book)
    assert str(result.form.total.total) == "4092.50" and "FORM-03" not in _rules(result)
    assert ("BUD-09", 21) in {(f.rule, f.location.line) for f in result.findings}
    for number in ("2927", "2502"):
        assert not {"BUD-02", "BUD-09"} & {f.rule for f in check_file(_one(number), book).findings if f.location.line == (20 if number == "2927" else 67)}
    assert "FORM-03" not in _rules(check_file(_one("4302"), book))


def test_a_viewer_row_s_wrapped_labels_on_the_line_below(book):
    """4335 (Acrobat), 4342 (Foxit), 4345 (Edge): 满意度指标（ | 服务对象满意 | 救助对象满意度 | ≥90% | 94% | 10 | 10 /
    10分） | 度指标 — the level cells' last pieces on the next line, in their order: joined back, the satisfaction row
    read (no FORM-03 for it); 4352: 服务对象 / 满意度指 / 标 over three lines. Guard (1656, 2553): a text's last word
    on the line below is not joined to a name by this — which of two texts it ends, the line does not tell."""
    for number, line in (("4335", 30), ("4342", 29), ("4345", 30)):
        result = check_file(_one(number), book)
        assert _groups(result)[line] == ("满意度指标（10分）", "服务对象满意度指标"), number
    assert "FORM-03" not in _rules(check_file(_one("4335"), book))
    result = check_file(_one("4352"), book)  # (and 2019年10月31 / 日前: a date's day word on the next line)
    assert _groups(result)[31] == ("满意度指标（10分）", "服务对象满意度指标")
    assert {i.location.line: i.raw for i in result.form.indicators}[24] == "2019年10月31日前"
    assert "FORM-03" not in _rules(result) and 25 not in {i.location.line for i in result.form.indicators}
    assert {i.name for i in check_file(_one("1656"), book).form.indicators} >= {"项目建设完成时间"}


def test_a_laid_out_task_row_off_its_header_s_columns(book):
    """4340 (pdftotext -layout): 任务名称 | 主要内容 | 预算金额（万元） / 总额 | 财政拨款 | 其他资金 centred over wider
    columns, each task row's cells off them (机关及所属单位运转 | | 保障… | 1862.40 | 1862.40 | | 0): read in the
    template's order — name, content, amounts — the sources adding up (no false BUD-01 ×4, BUD-02); 1337: the task
    names are the names, not the contents."""
    result = check_file(_one("4340"), book)
    assert [(t.name, str(t.budget.fiscal)) for t in result.form.tasks][:2] == [
        ("机关及所属单位运转", "1862.40"), ("职业技能提升行动", "960.00")]
    assert not {"BUD-01", "BUD-02"} & _rules(result)  # (its 退回 stands: 有所提高 where a count is due, VAL-05)
    assert check_file(_one("1337"), book).form.tasks[0].name == "人员经费"


def test_a_laid_out_date_and_its_result_wrapped_after_their_figures(book):
    """4346, 4359 (pdftotext -layout): 2023年12月31 | 2023年12月20 / 日前 | 日前发放完毕 — the deadline's and the
    result's last words on the next line under them: joined back, no row of their own (nine rows, no FORM-03)."""
    for number, line, value, actual in (("4346", 31, "2023年12月31日前", "2023年12月20日前发放完毕"),
                                        ("4359", 25, "2020年9月30日前", "2020年8月26日拨付")):
        result = check_file(_one(number), book)
        row = next(i for i in result.form.indicators if i.location.line == line)
        assert (row.raw, row.actual) == (value, actual)
        assert line + 1 not in {i.location.line for i in result.form.indicators}
        assert "FORM-03" not in _rules(result)


def test_a_name_that_begins_with_a_sign_off_word_is_a_row(book):
    """4398 (WPS viewer): 经办人员业务培训人次 | ≥120人次 | … — a name that begins with 经办人 (a sign-off's label) in
    the middle of the table is a row, not the table's end: the rows below it are read (eight, not two) instead of
    being taken for header fields, and the whole-table rules judge them (no false STR-01, STR-07, EVAL-02)."""
    result = check_file(_one("4398"), book)
    assert len(result.form.indicators) == 8
    assert not {"STR-01", "STR-07", "EVAL-02"} & _rules(result)
    assert ("EVAL-01", 24) in {(f.rule, f.location.line) for f in result.findings}


def test_an_indicator_like_row_under_a_table_taken_for_ended_is_said(book, tmp_path):
    """Nothing passes silently: a row that reads as an indicator (a level, a target) under the table after the
    reader took the table for ended (a sign-off line above it) is no footer field — a FORM-03 names its line, and
    the form does not pass."""
    form = tmp_path / "footer_rows.txt"
    form.write_text("\n".join([
        "2024年度项目支出绩效目标表",
        "项目名称\t某县农村供水维修项目",
        "主管部门\t某县水利局",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t维修供水工程处数\t≥30处",
        "填报人：张三\t联系电话：0000-1234567\t填报日期：2024年1月5日",
        "效益指标\t社会效益指标\t受益人口\t≥1.2万人",
        "满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%",
    ]) + "\n", encoding="utf-8")
    result = check_file(form, book)
    assert ("FORM-03", 7) in {(f.rule, f.location.line) for f in result.findings}
    assert result.verdict != "通过"


def test_costs_above_a_cost_label_alone_on_its_line(book):
    """4388 (Acrobat): 时效指标 | …完成时间 / 产出指标 | 就业创业服务成本 | ≤185.00万元 / 社会保险经办服务成本 | ≤96.40万元 /
    成本指标 / … — labels read as they came, the 成本指标 label alone on the middle line of its four rows: the two cost
    rows above it are its group's, not 时效指标's (no false DATE-01 ×2, VAL-12 ×2, BUD-10 ×2, BUD-09)."""
    result = check_file(_one("4388"), book)
    assert _groups(result)[27] == _groups(result)[28] == ("产出指标", "成本指标")
    assert _groups(result)[26] == ("产出指标", "时效指标")
    assert not {"DATE-01", "VAL-12", "BUD-10", "BUD-09"} & _rules(result)
    result = check_file(_one("4462"), book)  # (the label's split given by the centred labels, its rows partly placed)
    assert _groups(result)[27] == ("产出指标", "成本指标") and not {"DATE-01", "VAL-12"} & _rules(result)


def test_task_names_wrapped_in_their_narrow_cells(book):
    """Plain pdftotext, a cell a line: 基层医疗卫生 / 机构能力提升 / 乡镇卫生院医疗设备购置… (4405) and 农村饮水安全工 / 程维修养护 /
    维修养护农村集中供水工 … (4377) — each name's two lines one name, its content after, its amounts its own (no task
    without money, no FORM-03; 4377's 金额合计 10万元 over the tasks found, BUD-02). pdftotext -layout: “双随机、一公开”
    | 开展…行政执 | 22.40 / 监管及执法办案 | 法办案 (4407): the name's and the content's second lines joined back."""
    tasks = {t.name: t for t in check_file(_one("4405"), book).form.tasks}
    assert str(tasks["基层医疗卫生机构能力提升"].budget.total) == "80.00"
    result = check_file(_one("4377"), book)
    assert "农村饮水安全工程维修养护" in {t.name for t in result.form.tasks}
    assert ("BUD-02", 49) in {(f.rule, f.location.line) for f in result.findings} and "FORM-03" not in _rules(result)
    result = check_file(_one("4407"), book)
    assert "“双随机、一公开”监管及执法办案" in {t.name for t in result.form.tasks} and len(result.form.tasks) == 6


def test_a_field_label_wrapped_in_its_narrow_cell(book):
    """4335 (Acrobat), 4345 (Edge), 4402: 部门（单 | 霍邱县民政局 / 位）名称 — the unit's label wrapped onto the next line
    under it: the unit read (no FORM-04)."""
    for number, unit in (("4335", "霍邱县民政局"), ("4345", "沁县医疗保障局"), ("4402", "乳源瑶族自治县交通运输局")):
        result = check_file(_one(number), book)
        assert result.form.meta.department == unit and "FORM-04" not in _rules(result)


def test_a_breakdown_pair_after_qizhong(book):
    """4385 (Foxit), 4380 (-layout): 其中：一般公共预算：1986.30 | 其中：基本支出：1142.60 under 按收入性质分 | 按支出性质分 —
    each a source or use and its amount (the label after 其中 with its own colon), not a line with no amount under the
    block's columns (FORM-03)."""
    for number, part in (("4385", "1986.30"), ("4380", "3588.26")):
        result = check_file(_one(number), book)
        lines = {line.label: line for line in result.form.funds}
        assert str(dict(lines["一般公共预算"].amounts)["分项金额"]) == part
        assert lines["基本支出"].role == "use" and "FORM-03" not in _rules(result)


def test_a_side_label_at_a_row_s_start_setting_it_a_column_left(book):
    """4426 (pdftotext -layout, 计算符号 | 指标值 | 度量单位 columns): 绩效指标 | 成本指标 | 疫木除治单位成本 | ≤ | | 70 | 元/株 —
    the table's side label at the row's start, the row's cells a column left of the header: read a column right (the
    二级 成本指标, the comparator ≤), no FORM-03, and the deadline past the year beside it found (DATE-02)."""
    result = check_file(_one("4426"), book)
    assert _groups(result)[25] == ("产出指标", "成本指标")
    assert {i.location.line: i.name for i in result.form.indicators}[25] == "疫木除治单位成本"
    assert ("DATE-02", 24) in {(f.rule, f.location.line) for f in result.findings} and "FORM-03" not in _rules(result)


def test_replacing_the_faulty_ones_is_a_count_to_reach(book):
    """4461 (WPS viewer): 更换不合格燃气软管及连接件户数 | ≥6000户 — the households whose faulty hoses were replaced, more
    is better: no VAL-04 (不合格 in the name is what is dealt with, not what is to be kept down)."""
    result = check_file(_one("4461"), book)
    assert "VAL-04" not in _rules(result)


def test_a_note_wrapped_onto_its_own_line_in_a_cell_a_line_copy(book):
    """4489 (plain pdftotext), 4484 (Chrome), 3908: 预算调整说明：年中追加…用于人民调解 / 以案定补和社区矫正中心建设。 —
    the note's second line joined back, no funds line of its own (no FORM-03)."""
    for number in ("4489", "4484", "3908"):
        result = check_file(_one(number), book)
        assert "FORM-03" not in _rules(result), number
    notes = [dict(line.texts) for line in check_file(_one("4489"), book).form.funds if line.label == "预算调整说明"]
    assert any(any("以案定补" in t for t in n.values()) for n in notes)


def test_level_labels_wrapped_round_their_row(book):
    """4469 (Acrobat): 满意度指 | 服务对象满 / 救助对象满意度 | ≥90% | 94.2% | 10 | 10 / 标（10分） | 意度指标 — the
    labels' first pieces above the row, their ends below it: the satisfaction row under its labels, no row of the
    pieces, no FORM-03."""
    result = check_file(_one("4469"), book)
    assert _groups(result)[35] == ("满意度指标（10分）", "服务对象满意度指标")
    assert 36 not in {i.location.line for i in result.form.indicators} and "FORM-03" not in _rules(result)


def test_two_short_whole_names_one_under_the_other_in_a_cell_a_line_copy(book):
    """4465, 2451 (plain pdftotext): 护岸修复长度 / 清淤土方量 / ≥4.6万立方米 — two whole names shorter than a column's
    line, the first's value cell left empty (it gave no line): two rows, the empty value found (STR-06). Guard (1862):
    松材线虫病疫木除治质量 / 检查合格率 / ≥95%, a long name wrapped at its column's edge, stays one name."""
    result = check_file(_one("4465"), book)
    names = {i.location.line: i.name for i in result.form.indicators}
    assert names[46] == "护岸修复长度" and names[47] == "清淤土方量"
    assert ("STR-06", 46) in {(f.rule, f.location.line) for f in result.findings}
    assert ("STR-06", 46) in {(f.rule, f.location.line) for f in check_file(_one("2451"), book).findings}
    assert "松材线虫病疫木除治质量检查合格率" in {i.name for i in check_file(_one("1862"), book).form.indicators}


def test_an_indicator_header_whose_labels_stand_on_two_lines(book):
    """4588 (pdftotext -layout): 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析 over 一级指标 | 二级指标 |
    及改进措施 — each label on the line its tall cell put it, in its own column: one header, the table read (nine rows,
    not none: no FORM-02), the unmet row scored full found (EVAL-03, EVAL-06). Guard: 年度 | 实际 over the labels they
    begin (2560's three-line header) stay its first line."""
    result = check_file(_one("4588"), book)
    assert len(result.form.indicators) == 9 and "FORM-02" not in _rules(result)
    assert {("EVAL-03", 34), ("EVAL-06", 34)} <= {(f.rule, f.location.line) for f in result.findings}
    assert "FORM-03" not in _rules(check_file(_one("2560"), book))
