"""Session 29: mends of losses left from earlier blind sets. Each test fails on 96771d5 (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file, check_path

from written_checks import written as _one


def _found(result) -> set[tuple[str, int | None]]:
    return {(f.rule, f.location.line) for f in result.findings}


def _rows(result) -> dict[int, tuple[str, str, str, str]]:
    return {i.location.line: (i.level2, i.name, i.raw, i.actual or "") for i in result.form.indicators}


def test_a_unit_of_three_characters_wrapped_under_both_values(book):
    """4892 (-layout): ≤15个 | 12个 over 工作日 | 工作日 — each value's unit cut inside it, not a row with no name
    (six rows, no FORM-03)."""
    result = check_file(_one("4892"), book)
    assert _rows(result)[29][2:] == ("≤15个工作日", "12个工作日")
    assert len(result.form.indicators) == 6
    assert "FORM-03" not in {f.rule for f in result.findings}


def test_a_scored_row_whose_empty_target_cell_the_copy_dropped(book):
    """4885 (Chrome) and 4837 (WPS): 品改苗木栽植成活率 | 91% | 10 | 10 under 指标值 | 完成值 | 分值 | 得分 — the one
    figure is the result, the bare numbers the weight and the score; the target is empty (STR-06), not 91% against a
    result of 10 (no EVAL-06)."""
    for number, line, result_ in (("4885", 23, "91%"), ("4837", 16, "100%")):
        result = check_file(_one(number), book)
        row = next(i for i in result.form.indicators if i.location.line == line)
        assert (row.raw, row.actual, row.weight, row.score) == ("", result_, row.weight, row.score)
        assert row.score is not None and row.weight is not None and row.score <= row.weight
        found = _found(result)
        assert ("STR-06", line) in found and ("EVAL-06", line) not in found


def test_a_target_with_its_comparator_keeps_its_place(book):
    """Guard: a scored row whose result cell the copy dropped keeps its target (≥90% | 10 | 10: the result is the
    empty one); and a row whose name is a figure is not shifted."""
    from jxcheck.engine.readers.indicators import TableBuilder
    table = TableBuilder(["level1", "level2", "name", "value", "actual", "weight", "score"], "b")
    table.copied = True
    f = {"name": "群众满意度", "value": "≥90%", "actual": "10", "weight": "10"}
    table._value_cell_dropped(f)
    assert (f["value"], f["actual"], f["weight"], f["score"]) == ("≥90%", "", "10", "10")
    g = {"name": "≥80户", "value": "72户", "actual": "10", "weight": "9"}
    table._value_cell_dropped(g)
    assert "score" not in g


def test_a_unit_under_a_label_naming_the_department_and_the_unit(book):
    """4919 (plain copy) and 4930 (Acrobat): 预算部门、单位名称 | 泾县文化旅游体育局 — the unit's label (no FORM-04)."""
    for number, unit in (("4919", "泾县文化旅游体育局"), ("4930", "桂东县医疗保障局")):
        result = check_file(_one(number), book)
        assert result.form.meta.department == unit
        assert "FORM-04" not in {f.rule for f in result.findings}


def test_hours_in_each_week_are_a_time_kept(book):
    """4919: 公共文化场馆免费开放时长 | ≥42小时/周 under 时效指标 — a duration in each week (no DATE-01)."""
    assert ("DATE-01", 74) not in _found(check_file(_one("4919"), book))


def test_a_task_s_content_wrapped_onto_its_amounts_line(book):
    """4944 (Chrome): 重大公共卫生服务 | 开展…艾滋病和结核病 | 防治、妇幼健康项目 | 1356.90 | 1356.90 | 0 — the
    content's end, run onto the amounts' line: the task's amounts are the figures (no FORM-03, no false BUD-02)."""
    result = check_file(_one("4944"), book)
    task = next(t for t in result.form.tasks if t.name == "重大公共卫生服务")
    assert task.budget is not None and str(task.budget.total) == "1356.90"
    assert task.content.endswith("防治、妇幼健康项目")
    assert not {"FORM-03", "BUD-02", "BUD-09"} & {f.rule for f in result.findings}


def test_a_figure_for_each_of_the_places_is_no_total(book):
    """4950, 4894, 3897: 为全区32个村…各配置1套, 为全县162所中小学…各购买1个…岗位 — each place's share, the total
    the indicators count (no TXT-02); a goal's 各类资金500万元 is still a total (guarded by the pattern)."""
    for number in ("4950", "4894", "3897"):
        assert "TXT-02" not in {f.rule for f in check_file(_one(number), book).findings}
    from jxcheck.engine.rules.text import _EACH
    assert _EACH.search("为32个村各配置") and not _EACH.search("统筹各类资金")


def test_a_name_s_last_word_wrapped_onto_its_row_s_line(book):
    """4933 (Acrobat): 杀虫灯等物资发放完成 | 时间 | 2022年10月31日前 | 2022年9月28日 | 10 | 10 and 示范区化学农药使用量
    | 减少率 | ≥10% | 12% | 10 | 10 — the name's last word as a cell of its own, every cell after it a column right:
    the word ends the name (no DATE-01, EVAL-05, VAL-05); 4054's 服务对象 | 果农满意度 (a 二级's first line) stays."""
    result = check_file(_one("4933"), book)
    rows = _rows(result)
    assert rows[25][1:] == ("杀虫灯等物资发放完成时间", "2022年10月31日前", "2022年9月28日")
    assert rows[29][1:] == ("示范区化学农药使用量减少率", "≥10%", "12%")
    assert not {"DATE-01", "EVAL-05", "VAL-05"} & {f.rule for f in result.findings}
    assert "果农满意度" not in {i.name for i in check_file(_one("4054"), book).form.indicators if "服务对象" in i.name}


def test_a_value_centred_on_the_line_of_its_group_s_label(book):
    """4946 (-layout): 社会效益 | 脱毒种薯推广覆盖率 / 效益指标 | ≥80% / 指标 — the value centred down its row, on
    the line where the 一级's label is centred too: the row's value, the label the group's (nine rows, no FORM-03)."""
    result = check_file(_one("4946"), book)
    assert _rows(result)[36] == ("社会效益指标", "脱毒种薯推广覆盖率", "≥80%", "")
    assert len(result.form.indicators) == 9 and "FORM-03" not in {f.rule for f in result.findings}


def test_a_three_line_row_whose_name_and_group_label_part_round_its_value(book):
    """4931 (-layout): 质量 | 课后服务教师履职考核 / ≥ | 95 | % / 指标 | 合格率 — the name and the 二级 both parted
    round the line holding the sign, the figure and the unit: one row (eight rows, no FORM-03)."""
    result = check_file(_one("4931"), book)
    rows = _rows(result)
    assert rows[31][:2] == ("质量指标", "课后服务教师履职考核合格率")
    assert rows[46][:2] == ("社会效益指标", "学生课后托管需求满足率")
    assert len(result.form.indicators) == 8 and "FORM-03" not in {f.rule for f in result.findings}


def test_a_header_s_last_label_wrapped_round_the_header_line(book):
    """4986 (Foxit) and 2614: 偏差原因分析 / 一级指标 | … | 分值 | 得分 / 及改进措施 — the reason's label centred down
    the header's two lines: a column of its own, 得分 still the score's (EVAL-06 found on 4986's unmet row; 2614's
    rows placed, its EVAL-03 found, no FORM-03)."""
    result = check_file(_one("4986"), book)
    row = next(i for i in result.form.indicators if i.location.line == 27)
    assert (row.weight, row.score, row.reason) == (20, 19, None)
    assert ("EVAL-06", 27) in _found(result)
    other = check_file(_one("2614"), book)
    assert ("EVAL-03", 26) in _found(other) and "FORM-03" not in {f.rule for f in other.findings}


def test_a_repeated_header_s_page_is_placed_by_its_columns(book):
    """4997 (-layout, two pages): the indicator header repeated on page 2 over rows whose gaps happen to be multiples
    of four, and fields under the table (自评等级    优, 存在问题    …) one gap wide — no sign of typing, no width of
    the name's column: the page's rows placed, 效益指标（ / 30分） whole, EVAL-01 found (产出 45 of its 50)."""
    result = check_file(_one("4997"), book)
    assert _rows(result)[35][:2] == ("社会效益指标", "改善就学条件受益学生数")
    assert {i.level1 for i in result.form.indicators} == {"产出指标（50分）", "效益指标（30分）", "满意度指标（10分）"}
    assert ("EVAL-01", 23) in _found(result) and "FORM-03" not in {f.rule for f in result.findings}


def test_the_public_s_literacy_is_an_effect(book):
    """4893, 4963, 5009: 公民法治素养测评达标率 under 社会效益 — the public's legal literacy measured, the effect of
    普法 work, not a deliverable's quality (no VAL-11)."""
    for number in ("4893", "4963", "5009"):
        assert "VAL-11" not in {f.rule for f in check_file(_one(number), book).findings}


def test_a_side_label_beside_wrapped_ends_and_a_label_round_the_header(book):
    """4976 (-layout): 偏差原因分析及改进 / … | 分值 | 得分 / 措施 — the last label's two lines round the header's line,
    right of the others: a column of its own; 绩效指标 whole at a line's start beside 前 | 20日 (a date's and a result's
    ends) — the table's side label, not a cell of a row (eight rows, no FORM-03). 1613: the same side label beside a
    group's weight, the table read whole (EVAL-01 found)."""
    result = check_file(_one("4976"), book)
    assert _rows(result)[33][2:] == ("2023年11月30日前", "2023年11月20日")
    assert len(result.form.indicators) == 8 and not result.form.empty_groups
    assert "FORM-03" not in {f.rule for f in result.findings}
    assert ("EVAL-01", 21) in _found(check_file(_one("1613"), book))


def test_a_copy_whose_narrow_cells_wrap_to_words_alone_is_still_parted_by_spaces(book):
    """3864 and 5076 (WPS viewer, cells one space apart, narrow cells wrapped onto lines of a word each): the lines of
    one word say nothing of how cells are parted — the others, one space apart, do: the table is found (no FORM-02;
    3864's seven rows read)."""
    result = check_file(_one("3864"), book)
    assert len(result.form.indicators) == 7 and "FORM-02" not in {f.rule for f in result.findings}
    assert "FORM-02" not in {f.rule for f in check_file(_one("5076"), book).findings}


def test_sign_off_values_on_the_line_under_their_labels(book):
    """5066, 5069 (-layout) and 5073 (Acrobat): 填报人： 联系电话： 填报日期：20 / 王建林 0839-86213 24年3月18日 — the
    values under their labels, in order (a date's first figures beside its label); 填报人： under 自评等级 | 优 is
    a field's label, no wrap of it (DATE-04 asks only for the 单位负责人 the template lacks)."""
    for number in ("5066", "5069", "5073"):
        found = [f for f in check_file(_one(number), book).findings if f.rule == "DATE-04"]
        assert [f.subject for f in found] == ["单位负责人"]
    fields = dict(check_file(_one("5066"), book).form.meta.fields)
    assert fields.get("填报日期") == "2024年3月18日" and fields.get("填报人") == "王建林"


def test_a_signature_label_with_its_bracket_and_the_name_below(book):
    """5136 and 5140 (plain copies): 单位负责人（签章）： / 何建国 — the label's bracket says how to sign, the name on
    the next line is its value (DATE-04 no longer asks for it)."""
    for number in ("5136", "5140"):
        found = [f for f in check_file(_one(number), book).findings if f.rule == "DATE-04"]
        assert found == []


def test_amounts_under_a_funds_header_whose_side_label_has_no_cell_below(book):
    """5121 (-layout): 项目资金（万元） | 年度资金总额 | 其中：财政拨款 | 其他资金 over 520 | 400 | 120 — the side label
    has no amount under it: 520 is the total (no false BUD-01, the budget 520)."""
    result = check_file(_one("5121"), book)
    assert str(result.form.meta.budget) == "520"
    assert "BUD-01" not in {f.rule for f in result.findings}


def test_a_rate_s_sign_wrapped_under_its_figure(book):
    """5140 (plain copy, a cell a line): 100.00 / % in the funds block's 执行率 — one cell, the 得分 10 after it (no
    false BUD-08, no FORM-03); 1107's 85 / % under a 度量单位 column stays two cells (guarded by the snapshot)."""
    result = check_file(_one("5140"), book)
    total = next(line for line in result.form.funds if line.role == "total")
    assert dict(total.texts)["执行率"] == "100.00%" and dict(total.texts)["得分"] == "10"
    assert not {"BUD-08", "FORM-03"} & {f.rule for f in result.findings}


def test_a_page_that_repeats_only_the_money_unit_and_the_header_continues_its_form(book):
    """5141 (-layout, two pages): （单位：万元） and the indicator header again at the top of page 2, no title, no
    project — the same form's next page, not a second form (no false STR-01, FORM-04)."""
    results = check_path(_one("5141"), book)
    assert len(results) == 1
    assert len(results[0].form.indicators) == 11
    assert not {"STR-01", "FORM-04"} & {f.rule for f in results[0].findings}


def test_a_scored_row_set_one_column_right(book):
    """5171 and 2391 (-layout): 乡村医生在岗率 | | ≥98% | 92% | 10 | 10 — a wide label at the line's start pushed the
    row a column right: the value empty, the result with a comparator, a bare number where the reason goes; every
    cell back one column (EVAL-03, EVAL-06 found on 5171's unmet row; no false STR-06, EVAL-05, EVAL-01)."""
    result = check_file(_one("5171"), book)
    assert _rows(result)[28][2:] == ("≥98%", "92%")
    found = _found(result)
    assert {("EVAL-03", 28), ("EVAL-06", 28)} <= found
    assert not {"STR-06", "EVAL-05", "EVAL-01"} & {rule for rule, _ in found}
    assert "STR-06" not in {f.rule for f in check_file(_one("2391"), book).findings}


def test_a_result_s_unit_end_beside_a_second_level_label(book):
    """4802 (-layout): 年接待群众人次 | ≥8万人次 | 8.6万人 / 社会效益 | … | 次 — the result's unit's end on the line of
    the 二级's label, centred down its rows: 8.6万人次 (no false EVAL-05); 2271's 二级 labels between rows stay labels
    (guarded by the snapshot: taking every 二级 as a head there read a 效益指标（50分）)."""
    result = check_file(_one("4802"), book)
    assert _rows(result)[35][2:] == ("≥8万人次", "8.6万人次")
    assert ("EVAL-05", 35) not in _found(result)
    assert "EVAL-01" not in {f.rule for f in check_file(_one("2271"), book).findings}
