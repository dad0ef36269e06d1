"""Session 36: mends of losses left from earlier blind sets. Each test fails on 372327b (the session's base) unless
it says it guards what a mend must keep."""
from __future__ import annotations

from decimal import Decimal

from jxcheck.engine.check import check_file
from jxcheck.engine.values.parse import parse_value

from written_checks import rule_set as _rules, written as _one


def _row(result, line):
    return next(i for i in result.form.indicators if i.location.line == line)


def _read_whole(book, form, line):
    """The row on `line` of a written form, the form read with no FORM-03."""
    result = check_file(_one(form), book)
    assert "FORM-03" not in _rules(result), form
    return _row(result, line)


def test_a_value_of_named_parts_a_line_each_in_its_cell(book):
    """7192 (WPS PDF-to-Word, tabbed): 小学≥650元/生·年 / 初中≥850元/生·年 in the value cell and the completed value's
    two parts below, the row's other cells after the last — one row, not three (two false VAL-01 and a VAL-02: a
    false 退回); the value read as its parts' bound."""
    result = check_file(_one("7192"), book)
    row = next(i for i in result.form.indicators if i.name == "生均公用经费拨付标准")
    assert row.raw == "小学≥650元/生·年 初中≥850元/生·年" and row.actual == "小学650元/生·年 初中850元/生·年"
    assert row.weight == Decimal("5") and row.score == Decimal("5")
    assert len(result.form.indicators) == 11 and result.verdict != "退回"
    assert not {"VAL-01", "VAL-02", "EVAL-05"} & _rules(result)


def test_values_of_named_parts():
    """Each part a short name and its figure, one comparator and one kind of unit: read as the first part's bound,
    the parts in a note; a sentence's figures are not parts."""
    value = parse_value("城市≥95%，农村≥90%")
    assert value.kind == "quantity" and value.op == "≥" and value.number == Decimal("95") and value.unit == "%"
    assert "分项指标值" in value.notes[0]
    assert parse_value("小学650元/生·年 初中850元/生·年").number == Decimal("650")
    assert parse_value("持续保障≥3年").kind == "quantity"
    for text in ("城市≥95%，农村≤90%", "城市≥95%，农村≥90人", "第一年返本20%,分红按8%", "完成80%"):
        assert parse_value(text).kind == "qualitative", text


def test_a_laid_funds_header_over_three_lines_with_units_under_its_labels(book):
    """7371 (pdftotext -layout): 年初预算数 全年预算数 全年执行数 得分 / 分值 执行率 / （万元） （万元） （万元） （10分）
    — one header, each label with its unit or points; the rate's reason begun above its label's line. The funds
    block read whole: the spent amount not taken for the score (four false BUD-08, a false EVAL-02), the wrong rate
    (BUD-06) found."""
    result = check_file(_one("7371"), book)
    total = next(line for line in result.form.funds if line.role == "total")
    assert [c for c, _ in total.amounts][-3:] == ["分值", "执行率", "得分（10分）"]
    assert _rules(result) == {"BUD-06"}
    note = next(line for line in result.form.funds if line.label.startswith("预算执行率未达到"))
    assert "部分服务站设备采购合同年底签订" in "".join(t for _, t in note.texts)


def test_a_deadline_and_its_date_wrapped_a_piece_a_line_below_their_row(book):
    """7395 (WPS viewer) and 7403 (Foxit): 2022年11月 | 2022年11月 then 底前 and 28日 each alone below — the value's
    and the result's ends, not a row and an empty group (false FORM-03s). 7393: 2022年4月底 / 前. 5967 (a target form):
    2024年12月底 / 前. 2360 (Acrobat): 绩效 | 前 | 日 — the side label's first half among the ends, no name's."""
    for form, line, value, actual in (("7395", 25, "2022年11月底前", "2022年11月28日"),
                                      ("7403", 24, "2020年12月底前", "2020年12月25日"),
                                      ("7393", 23, "2022年4月底前", "2022年4月20日"),
                                      ("2360", 29, "2024年12月31日前", "2024年12月20日")):
        row = _read_whole(book, form, line)
        assert (row.raw, row.actual) == (value, actual), form
    assert _row(check_file(_one("2360"), book), 29).name == "补助资金兑付完成时间"
    result = check_file(_one("5967"), book)
    assert _row(result, 23).raw == "2024年12月底前"
    assert "FORM-03" not in _rules(result)


def test_a_narrow_reason_column_wrapped_over_several_lines(book):
    """7431 and 7421 (Foxit): a row's 偏差原因 over three or four lines, each alone below it — its lines, to the last
    (监测点位; 庭医生团队、加大入户签 / 约力度), not a row with an empty value (a false STR-06) nor an empty group (a
    false FORM-03)."""
    result = check_file(_one("7431"), book)
    assert _row(result, 23).reason \
        == "汛期部分监测点道路损毁停测14天，下年增设备用监测点位"
    assert "FORM-03" not in _rules(result) and len(result.form.indicators) == 7
    result = check_file(_one("7421"), book)
    assert _row(result, 24).reason.endswith("加大入户签约力度")
    assert "STR-06" not in _rules(result) and len(result.form.indicators) == 8


def test_a_viewers_task_content_wrapped_over_three_lines(book):
    """7432 (WPS viewer): a task's content over three lines, its amounts beside the first — the middle line as wide as
    the first, the last short: one task (not two without amounts, a false FORM-03). 7364 (Acrobat) the same: its
    tasks read, their sum short of the printed total found (BUD-02, missed before). Guards 1516 (-layout: a content
    centred round its name, its first line above it — the next task's, not the last one's rest)."""
    result = check_file(_one("7432"), book)
    assert [t.name for t in result.form.tasks if t.name != "金额合计"][:2] == ["人员经费保障", "学校公用经费"]
    assert result.form.tasks[0].content.endswith("在职教职工工资福利及社会保障缴费")
    assert "FORM-03" not in _rules(result)
    assert "BUD-02" in _rules(check_file(_one("7364"), book))
    result = check_file(_one("1516"), book)
    assert result.form.tasks[1].content.startswith("开展食品生产")


def test_the_funds_in_pairs_under_the_tasks(book):
    """7450 (Acrobat): 年度预算 | 资金总额 2300.00 | 财政拨款 2240.00 | 其他资金 60.00 under the tasks — the department's
    funds, each amount after its label (the budget 2300), not a fifth task whose sources do not add up (a false
    BUD-01, a false 退回)."""
    result = check_file(_one("7450"), book)
    assert [t.name for t in result.form.tasks] == ["机关运行保障", "茶产业提质增效", "耕地保护与粮食生产", "动物疫病防控"]
    assert result.form.meta.budget == Decimal("2300.00")
    assert not {"BUD-01", "FORM-03"} & _rules(result)


def test_a_funds_total_printed_above_its_header(book):
    """7447 (Edge, storage order): 年度资金总额 | 758.30 | 758.30 | 742.56 | 10 | 97.92% | 9.79 above 项目资金（万元） |
    年初预算数 | … — the block's total, read under the header's columns (its rate printed, no false BUD-06 asking for
    the 财政拨款 line's: a false 退回)."""
    result = check_file(_one("7447"), book)
    total = result.form.funds[0]
    assert total.role == "total" and dict(total.texts)["执行率"] == "97.92%"
    assert "BUD-06" not in _rules(result)


def test_zero_growth_is_a_target_of_its_own():
    """零增长 (化肥使用量零增长, a policy's target) and 零发生 are no zero of a unit named 增长 (a false VAL-02, 7450)."""
    for text in ("零增长", "实现零增长", "零发生", "零事故"):
        value = parse_value(text)
        assert value.kind == "qualitative" and value.category == "compliance", text
    assert parse_value("零元").kind == "quantity"


def test_a_recurring_deadline_is_no_dimension_label(book):
    """7456 (WPS viewer, a side-label column before the levels): 护林员补助发放时间 | 每季度末前 under the 时效 row — an
    indicator, its value a recurring deadline; not a row set under a 一级 named 每季度末前 (a false FORM-03)."""
    result = check_file(_one("7456"), book)
    row = _row(result, 30)
    assert (row.level2, row.name, row.raw) == ("时效指标", "护林员补助发放时间", "每季度末前")
    assert "FORM-03" not in _rules(result) and len(result.form.indicators) == 14


def test_a_name_wrapped_in_its_text_block(book):
    """7478 (plain pdftotext that parts its blocks by blank lines): 河湖长制巡河制度 / 落实 in one block after the group's
    label, then 长效运行 — the name's end, the value after it (not 落实 read as the value, a false VAL-05). Guards
    1242: a wrapped name after a reason's block is left to the reader as before."""
    result = check_file(_one("7478"), book)
    row = _row(result, 131)
    assert (row.name, row.raw) == ("河湖长制巡河制度落实", "长效运行")
    assert "VAL-05" not in _rules(result)


def test_labels_wrapped_in_narrow_cells_their_ends_on_the_next_line(book):
    """7481 (Acrobat) and 7523 (Chrome, a visual line's runs joined): 一级 | 二级 | … | 偏差原因分析及改 / 指标 | 指标 |
    进措施 — the header's labels completed, not a row; 效益 | 社会效益 | 居民健康素养水平 | … / 指标 | 指标 | 婴儿死亡率
    | … — the row's level labels completed by the next row's first pieces, that row its own. 地方配套 a source of funds.
    No false FORM-03; 5024 read whole too."""
    result = check_file(_one("7481"), book)
    assert len(result.form.indicators) == 9 and "FORM-03" not in _rules(result)
    assert [(i.level2, i.name) for i in result.form.indicators if i.location.line == 31] == [("社会效益指标", "婴儿死亡率")]
    result = check_file(_one("7523"), book)
    assert len(result.form.indicators) == 9 and "FORM-03" not in _rules(result)
    assert {i.level1 for i in result.form.indicators} == {"产出指标", "效益指标", "满意度指标"}
    result = check_file(_one("5024"), book)
    assert "FORM-03" not in _rules(result)


def test_a_time_limit_after_an_event_is_a_value_on_its_own_line(book):
    """Plain pdftotext and Chrome, a cell a line: 住院分娩补助发放时间 / 出院后30日内 (7530), 护林员劳务报酬发放 / 每季度末前
    发放 (7534), 补贴资金拨付时间 / 培训结束后60日内 (7463) — the value after the name, not the name's rest (a row with no
    value: false FORM-03s). 片 counts sports pitches (7551's false VAL-02)."""
    for form, line, name, value in (("7530", 70, "住院分娩补助发放时间", "出院后30日内"),
                                    ("7534", 124, "护林员劳务报酬发放", "每季度末前发放"),
                                    ("7463", 83, "补贴资金拨付时间", "培训结束后60日内")):
        row = _read_whole(book, form, line)
        assert (row.name, row.raw) == (name, value), form
    assert parse_value("=3片").unit_kind == "count"


def test_a_names_last_word_before_a_value_and_a_result(book):
    """7547 (plain pdftotext): 群众出行条件 / 改善 / 明显改善 / 明显改善 / 15 / 15 — a value and a result fill the row's
    columns before its weight, so 改善 ends the name (not a vague value, a false VAL-06)."""
    result = check_file(_one("7547"), book)
    row = _row(result, 88)
    assert (row.name, row.raw, row.actual) == ("群众出行条件改善", "明显改善", "明显改善")
    assert "VAL-06" not in _rules(result)


def test_a_laid_values_unit_and_bound_wrapped_below(book):
    """7539 (pdftotext -layout): 申请后20个 / 工作日内 and 平均12个 / 工作日 — the unit's end with its bound under the
    value, the unit's end under the result: one row (not a ninth row, and no false DATE-01 / EVAL-05)."""
    result = check_file(_one("7539"), book)
    row = _row(result, 29)
    assert (row.name, row.raw, row.actual) == ("医疗救助资金拨付时限", "申请后20个工作日内", "平均12个工作日")
    assert len(result.form.indicators) == 8 and not {"DATE-01", "EVAL-05"} & _rules(result)


def test_a_wrapped_name_then_a_wrapped_time_limit(book):
    """7588 (plain pdftotext): 补助资金按学期拨 / 付到校时间 / 每学期开学后30日 / 内 — one name, one value (a limit after
    an event, its 内 cut at the column's edge), not two rows (a false DATE-01 each)."""
    result = check_file(_one("7588"), book)
    row = _row(result, 49)
    assert (row.name, row.raw) == ("补助资金按学期拨付到校时间", "每学期开学后30日内")
    assert len(result.form.indicators) == 9 and "DATE-01" not in _rules(result)


def test_a_laid_funds_header_round_its_side_label(book):
    """7573 and 4090 (pdftotext -layout): 年初 全年 全年 执行 / 年度预算执行情况 … 分值 … 得分 / 预算数 预算数 执行数 率 —
    the block's side label on the middle line with the short labels: one header, each column in its place (not the
    budget read as spent: a false BUD-06, a false 退回); 7573's unexplained adjustment (BUD-07) found."""
    result = check_file(_one("7573"), book)
    assert [c for c, _ in result.form.funds[0].texts] == ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    assert _rules(result) == {"BUD-07"}
    result = check_file(_one("4090"), book)
    assert "BUD-06" not in _rules(result) and "BUD-01" in _rules(result)


def test_a_laid_recurring_deadline_cut_before_its_day(book):
    """7595 (pdftotext -layout): 每季度首月 | 每季度首月 over 15日前 | 15日前 beside the label's 指标 — the deadline and its
    result whole, no row of their ends (a false FORM-03)."""
    result = check_file(_one("7595"), book)
    row = _row(result, 28)
    assert (row.raw, row.actual) == ("每季度首月15日前", "每季度首月15日前")
    assert "FORM-03" not in _rules(result) and len(result.form.indicators) == 11


def test_a_target_in_words_then_measured():
    """明显增强，普法受众≥8万人次 (7654), 逐年提升，…比例≥80% (7646), 住院费用政策范围内报销比例≥70% (7630): a bound to
    reach, the words kept in a note — not numbers lost in a sentence (each a false FORM-03 on a copy). A reason's
    clause and its year is none."""
    for text, number in (("明显增强，普法受众≥8万人次", Decimal("8")), ("逐年提升，乡镇卫生院达到服务能力基本标准比例≥80%", Decimal("80")),
                         ("住院费用政策范围内报销比例≥70%", Decimal("70"))):
        value = parse_value(text)
        assert value.kind == "quantity" and value.op == "≥" and value.number == number, text
    for text in ("未全部完成，2020年补训", "第一年返本20%,分红按8%"):
        assert parse_value(text).kind == "qualitative", text


def test_rows_whose_values_are_measured_words_are_read_for_certain(book):
    """7630, 7646, 7654 (viewer copies): their rows whole, no FORM-03 for a value the grammar now reads."""
    for form in ("7630", "7646", "7654"):
        assert "FORM-03" not in _rules(check_file(_one(form), book)), form


def test_a_cell_a_line_reason_wrapped_in_its_narrow_column(book):
    """7639 (plain pdftotext): 部分失能人员及 / 家属意愿居家照 / 护，下步加强护理 / 型床位改造 before 满意度指标 — the
    reason's lines (as wide as its first, the last before a group's label), not a row (false TXT-03 / VAL-05). 1242:
    the reason above a row no longer swallows its name — the row read, its missing reason (EVAL-06) and the 总分 that
    does not add up (EVAL-02) found, both missed before; 1478 and 2304 lose a false STR-06 and VAL-09."""
    result = check_file(_one("7639"), book)
    assert len(result.form.indicators) == 8 and not {"TXT-03", "VAL-05"} & _rules(result)
    result = check_file(_one("1242"), book)
    assert {"EVAL-06", "EVAL-02"} <= _rules(result) and "FORM-03" not in _rules(result)
    assert "STR-06" not in _rules(check_file(_one("1478"), book))
    assert "VAL-09" not in _rules(check_file(_one("2304"), book))


def test_a_money_unit_wrapped_in_the_task_header(book):
    """7678 (pdftotext -layout): 预算金额（万 / 元） over the task columns, 单位：万元 printed above — the form's 万元,
    not 元 read from the label's wrapped end (four false BUD-03 and four false BUD-05: a false 退回)."""
    result = check_file(_one("7678"), book)
    assert result.form.meta.money_unit == "万元"
    assert not {"BUD-03", "BUD-05"} & _rules(result)


def test_a_funds_note_below_its_label_a_piece_a_line(book):
    """7687 (Foxit) and 7679 (Acrobat): 预算调整原因： alone, then 年中追加基本工 / 资调标资金6.3 / 万元、… / …。 — the
    note's text, each piece joined till its full stop: the adjustment explained (no false BUD-07, a false 退回), the
    pieces no lines of the block (no false FORM-03 on them)."""
    for form in ("7687", "7679"):
        result = check_file(_one(form), book)
        note = next(line for line in result.form.funds if line.label.startswith("预算调整"))
        assert "".join(t for _, t in note.texts).startswith("年中追加") and "BUD-07" not in _rules(result), form
    assert "FORM-03" not in _rules(check_file(_one("7687"), book))
