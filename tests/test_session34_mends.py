"""Session 34: mends of losses left from earlier blind sets. Each test fails on 644f892 (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from decimal import Decimal

from jxcheck.engine.check import check_file

from written_checks import rule_set as _rules, written as _one


def test_points_given_before_the_result_by_the_viewer(book):
    """6640, 6629 (Chrome, a run a line; each score row's runs value, 分值, 完成值, 得分 though the header has
    实际完成值 before 分值): the figure in the target's own unit (2.9万平方米 under ≥2.8万平方米, 91% under ≥90%, the day
    under a deadline) is the result and the bare number before it the points — no empty 完成值, no 分值 266, no false
    退回; and 年度总体目标 预期目标 实际完成情况 on one line with the two texts below is the goal, not a funds line."""
    result = check_file(_one("6640"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert rows[29].actual == "2.9万平方米" and rows[29].weight == 20
    assert rows[55].actual == "91%" and rows[55].weight == 10 and rows[55].score == 10
    assert sum(i.weight for i in result.form.indicators) == 90
    assert result.form.goals and result.form.goals[0].text.startswith("完成城区道路维修2.8万平方米")
    assert not {"FORM-03", "EVAL-01", "EVAL-03", "EVAL-05", "EVAL-06", "STR-06"} & _rules(result)
    result = check_file(_one("6629"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert rows[41].actual == "2021年12月20日" and rows[41].weight == 15
    assert rows[29].actual == "11.8万亩" and rows[29].score == Decimal("20")
    assert {"EVAL-03", "EVAL-06"} <= _rules(result) and not {"EVAL-05", "FORM-03"} & _rules(result)


def test_funds_line_under_a_side_label_alone_and_points_labels_a_column_off(book):
    """6639 (-layout): 项目资金（万元） alone on the line between the columns' labels and the one line of amounts — that
    line the whole budget's (400, its 分值 10 counted); 得 / 分 drawn over two lines a little left of 分值, so by position
    the header puts 得分 first, but every row's first figure is at least its second (20 / 18.33): the first is the
    points — no false EVAL-02 (18.33 over 20) and no false EVAL-01. 5902 (plain, no label before its amounts): its
    execution score 9.60 for 91.96% is found (BUD-08, a missed defect)."""
    result = check_file(_one("6639"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert rows[20].weight == 20 and rows[20].score == Decimal("18.33")
    assert result.form.meta.budget == 400
    assert not {"EVAL-01", "EVAL-02"} & _rules(result) and "EVAL-06" in _rules(result)
    result = check_file(_one("5902"), book)
    assert result.form.meta.budget == Decimal("2105.6") and "BUD-08" in _rules(result)


def test_labels_and_amounts_run_together_by_a_viewer_that_drops_narrow_gaps(book):
    """6712 (WPS viewer, single spaces where the gap is wide, none where it is narrow): 一级指标二级指标 one header cell,
    数量指标清洁取暖改造户数 one row cell — each label a cell of its own and the name after it, so the eight rows are read
    under their groups (no FORM-03; 较好 a vague quality value, VAL-06); 其中：中央补助900 自治区补助200 县级配套140 after
    the total on its line — each source and its amount, so the sources' 1240 against the total 1260 is found (BUD-01)."""
    result = check_file(_one("6712"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert len(rows) == 8 and (rows[16].level2, rows[16].name) == ("数量指标", "清洁取暖改造户数")
    assert (rows[25].level1, rows[25].level2) == ("满意度指标", "服务对象满意度指标")
    assert {"BUD-01", "VAL-06"} <= _rules(result) and "FORM-03" not in _rules(result)


def test_a_deadlines_bound_parted_by_a_single_space(book):
    """6708 (Acrobat, a value wrapped inside its row's line after a single space): 2023年3月31日 | 前 is one deadline —
    no 前 read as the result, no row given up (FORM-03), so its DATE-02 and the next row's VAL-05 are found; 6574 the
    same in a self-evaluation: the 分值 back in its column, the 产出 group's 45 of 50 found (EVAL-01)."""
    result = check_file(_one("6708"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert rows[21].raw == "2023年3月31日前" and len(rows) == 7
    assert {"DATE-02", "VAL-05"} <= _rules(result) and "FORM-03" not in _rules(result)
    result = check_file(_one("6574"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert rows[21].raw == "2023年10月31日前" and rows[21].actual == "2023年10月20日" and rows[21].weight == 10
    assert any(f.rule == "EVAL-01" and f.location.line == 19 for f in result.findings)


def test_a_recurring_deadline_cut_before_its_day(book):
    """6100 (Foxit, a wrapped cell alone on the next line): 每季度首月 / 15日前 under both the target and the result —
    each piece the end of its cell, not a row named 15日前 (no false FORM-03; seven rows)."""
    result = check_file(_one("6100"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert rows[23].raw == "每季度首月15日前" and rows[23].actual == "每季度首月15日前" and 24 not in rows
    assert len(rows) == 7 and "FORM-03" not in _rules(result)


def test_a_foxit_rows_wrapped_ends_on_the_line_below(book):
    """6745 (Foxit, wrapped cells go on alone on the next line): 补助资金兑 | 2024年10月31 | 2024年10月 / 付时间 日前 22日
    — each end joined to its cell (a five-character name piece too), 补助养殖场数 / 量 the name 补助养殖场数量, and 18.8 /
    2 with the reason's clause after it the score 18.82 and one reason: eight rows, no false FORM-03, EVAL-05 or VAL-02
    (its false 退回 gone). 6729: 重点人群签约人 / 数 with the reason's wrapped clause — one row, not two."""
    result = check_file(_one("6745"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert len(rows) == 8 and rows[27].name == "补助资金兑付时间" and rows[27].raw == "2024年10月31日前"
    assert rows[27].actual == "2024年10月22日" and rows[21].name == "补助养殖场数量"
    assert rows[31].score == Decimal("18.82") and rows[31].reason.endswith("落实消纳地块。")
    assert not {"FORM-03", "EVAL-05", "VAL-02"} & _rules(result)
    rows = {i.location.line: i for i in check_file(_one("6729"), book).form.indicators}
    assert rows[24].name == "重点人群签约人数" and 25 not in rows and rows[26].name == "重点人群签约服务覆盖率"


def test_an_indicator_header_without_its_value_label(book):
    """6721 (Foxit): 一级指标 二级指标 三级指标 and nothing after — the value column's label lost; the cells after the
    names are the values (3420人, 12所, ≥**%), not columns no label heads."""
    rows = {i.location.line: i for i in check_file(_one("6721"), book).form.indicators}
    assert rows[19].raw == "3420人" and rows[20].raw == "12所" and rows[21].raw == "≥**%" and rows[31].raw == "≥90%"


def test_a_name_end_alone_under_a_row_of_a_name_and_its_value(book):
    """6738 (Foxit): 调解协议 | ≥**% under its group's labels, 履行率 alone on the next line — the name's end (a name's
    own last word), one row, its placeholder found (STR-06), no false FORM-03; a whole name alone under such a row
    (5045's 教师培训人次, its value empty) stays a row of its own."""
    result = check_file(_one("6738"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert rows[22].name == "调解协议履行率" and 23 not in rows
    assert "STR-06" in _rules(result) and "FORM-03" not in _rules(result)
    rows = {i.location.line: i for i in check_file(_one("5045"), book).form.indicators}
    assert rows[21].name == "教师培训人次" and rows[20].name == "资助家庭经济困难学生人次"


def test_a_measure_word_beside_a_level_label_ends_the_name_above(book):
    """6742 (-layout): 农村公路日常养护 | ≥1260公里 … / 数量指标 | 里程 — the label centred on its rows, the measure's
    word 里程 beside it the end of the name above, not a row of its own (no false FORM-03)."""
    result = check_file(_one("6742"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert rows[21].name == "农村公路日常养护里程" and 22 not in rows and "FORM-03" not in _rules(result)


def test_a_year_after_the_department_and_a_name_end_under_a_value_in_words(book):
    """6802 (Foxit): 同心县住房和城乡建设局（2025年度） — the form's year printed after the name on its line (no false
    FORM-04, the department without it); 市政设施维护质 | 较好 / 量 — the name's end under a row whose value is in words,
    so the row is whole and its vague value found (VAL-06), no false FORM-03."""
    result = check_file(_one("6802"), book)
    assert result.form.meta.year == 2025 and result.form.meta.department == "同心县住房和城乡建设局"
    rows = {i.location.line: i for i in result.form.indicators}
    assert rows[24].name == "市政设施维护质量" and 25 not in rows
    assert "VAL-06" in _rules(result) and not {"FORM-03", "FORM-04"} & _rules(result)


def test_a_task_table_column_by_column_whose_contents_fill_their_lines(book):
    """6789, 1205 (plain pdftotext, the task table column by column, each column's label before its cells): contents of
    one line each as wide as the column, one wrapped (困难群众住院及门诊医疗 / 救助) — a short line after a full one is
    its end, so as many contents as names and the four tasks read (not 22; no false FORM-03)."""
    result = check_file(_one("6789"), book)
    assert [t.name for t in result.form.tasks] == ["机关运行", "医疗救助", "城乡居民医保参保资助", "医保基金监管"]
    assert "FORM-03" not in _rules(result)
    result = check_file(_one("1205"), book)
    assert len(result.form.tasks) == 7 and "FORM-03" not in _rules(result)


def test_a_three_line_header_and_labels_hard_against_the_names(book):
    """6787 (-layout, header over three lines whose last reads 指标 | 指标 | 三级指标 …): the two bare 指标 the 一级 and
    二级 columns; 数量指标年收运处置农村生活垃圾量 (a label column as wide as its label) parted into the label and the
    name; 生态效益…整治数 / 指标 the label's end; 满意度指 | 服务对象 / 标（10分） | 满意度指标 | 村民满意度 the row's
    labels whole — seven rows under their groups, the shortfall on line 25 with no reason found (EVAL-06), no false
    FORM-03."""
    result = check_file(_one("6787"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert len(rows) == 7 and rows[24].name == "垃圾收运覆盖行政村数"
    assert (rows[25].level2, rows[25].name) == ("数量指标", "年收运处置农村生活垃圾量")
    assert (rows[33].level2, rows[33].name) == ("生态效益指标", "垃圾乱堆乱放点整治数")
    assert (rows[36].level1, rows[36].level2) == ("满意度指标（10分）", "服务对象满意度指标")
    assert "EVAL-06" in _rules(result) and "FORM-03" not in _rules(result)


def test_a_rows_name_over_three_lines_beside_its_own_label_and_a_weight_closed_beside_it(book):
    """6813 (-layout): 效益指标（ | 标 | 本土婺剧、高腔剧 | ≥12个 … / 30分） | 可持续影响 | 团常态化演出团队 / 指标 | 数 —
    the 一级's weight closed on the row's next line, the name's long rest joined back, and the 二级 alone between this
    row and one with its own the row's: the 效益 group's 25 of 30 found (EVAL-01), no false FORM-03 or STR-06. 6206,
    1292: a 一级 cut at its bracket (产出指标（ / 50分）) beside a row, no false FORM-03."""
    result = check_file(_one("6813"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert rows[38].name == "本土婺剧、高腔剧团常态化演出团队数" and rows[38].level2 == "可持续影响指标" and 39 not in rows
    assert any(f.rule == "EVAL-01" and f.location.line == 37 for f in result.findings)
    assert not {"FORM-03", "STR-06"} & _rules(result)
    for number in ("6206", "1292"):
        result = check_file(_one(number), book)
        assert "FORM-03" not in _rules(result) and all(i.level1.endswith("分）") for i in result.form.indicators)


def test_a_header_without_level_labels_over_rows_that_lead_with_them(book):
    """6832 (Chrome, each line's runs joined, merged labels drawn after the rows and moved back to their front):
    三级指标 | 年度指标值 | … — the header's own 一级/二级 labels never copied — over rows that lead with 产出指标 |
    数量指标: the level columns before the names, eight rows read (no false FORM-02), the printed 总分 100 against
    99.80 found (EVAL-02)."""
    result = check_file(_one("6832"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert len(rows) == 8 and (rows[19].level1, rows[19].level2, rows[19].name) == ("产出指标", "数量指标", "农村公路养护里程")
    assert (rows[26].level1, rows[26].level2) == ("满意度指标", "服务对象满意度指标")
    assert "EVAL-02" in _rules(result) and "FORM-02" not in _rules(result)


def test_headers_whose_level_labels_are_cut_before_their_last_character(book):
    """一级指 二级指 三级指标 … over 标 标 (…值 值 及改进措施): the level columns' labels wrapped in their narrow cells —
    6854 (-layout: eight rows, no false FORM-02), 6861 (Foxit, 标标 run together: nine rows, its missed DATE-02 and
    VAL-05 found), 6863 (Edge, 标标值值 | 及改进措施: eight rows, its score over its weight found, EVAL-02)."""
    result = check_file(_one("6854"), book)
    assert len(result.form.indicators) == 8 and "FORM-02" not in _rules(result)
    result = check_file(_one("6861"), book)
    assert len(result.form.indicators) == 9 and {"DATE-02", "VAL-05"} <= _rules(result)
    result = check_file(_one("6863"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert len(rows) == 8 and rows[24].weight == 10 and rows[24].score == 12
    assert any(f.rule == "EVAL-02" and f.location.line == 24 for f in result.findings)


def test_a_funds_labels_last_piece_after_its_amounts(book):
    """6856 (plain pdftotext): 其中：当年财政拨 / 92.00 / 92.00 / 87.40 / — / — / — / 款 — the label's last piece of its
    wrapped cell printed after the line's amounts: the source 当年财政拨款, no row of 款 (no false FORM-03), the rate
    97.40% against 95.00% found (BUD-06)."""
    result = check_file(_one("6856"), book)
    assert [f.label for f in result.form.funds][:2] == ["年度资金总额", "当年财政拨款"]
    assert "BUD-06" in _rules(result) and "FORM-03" not in _rules(result)


def test_a_cell_a_line_header_without_level_labels_and_a_funds_label_over_two_lines(book):
    """6885 (Edge, a run a line; the level labels drawn after each span's first row, the header's never copied):
    三级指标 | 年度指标值 | … — the level columns before it, the rows under their groups (no false FORM-03); 部门预算 /
    总额 over the block's first line one label, the whole budget's — its rate 98.00% against 92.00% found (BUD-06).
    6438 (the same viewer, every level label after the 总分) keeps its reading."""
    result = check_file(_one("6885"), book)
    rows = {i.location.line: i for i in result.form.indicators}
    assert len(rows) == 8 and (rows[55].level1, rows[55].level2) == ("产出指标", "数量指标")
    assert (rows[91].level1, rows[91].level2) == ("满意度指标", "服务对象满意度指标")
    assert result.form.funds[0].label == "部门预算总额" and result.form.funds[0].role == "total"
    assert "BUD-06" in _rules(result) and "FORM-03" not in _rules(result)
    assert "EVAL-02" in _rules(check_file(_one("6438"), book))


def test_a_laid_task_header_whose_money_labels_are_cut_over_three_lines(book):
    """6917, 5806 (-layout): 任务名称 | 主要内容 | | 财政 | 其他 / | | | 总额 / | | | | 拨款 | 资金 — the money labels cut
    in their narrow cells, joined column by column into 总额 | 财政拨款 | 其他资金, so every task's three amounts are read
    (no false FORM-03 on each task line)."""
    result = check_file(_one("6917"), book)
    assert [t.name for t in result.form.tasks][:2] == ["人员经费及日常运转", "人民调解工作"]
    assert result.form.tasks[0].budget.total == Decimal("512.36") and "FORM-03" not in _rules(result)
    assert "FORM-03" not in _rules(check_file(_one("5806"), book))
