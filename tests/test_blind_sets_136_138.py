"""Session 20: what the written sets left, and blind sets 136–138's false findings, mended. Each test fails on
bf64286 (the session's start) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def test_labels_printed_before_their_groups_lower_middle_row(book):
    """2037, 2047 (plain pdftotext, a cell a line): every merged label printed before its group's lower middle row
    (数量指标 before the second of three rows, 质量指标 between its two, 时效指标 before its one) — one way throughout,
    which splits both levels exactly: 食品安全抽检任务完成率 is 质量, 区域性食品安全事件发生数 社会效益 (no false VAL-11)."""
    for number, line, level2 in (("2037", 82, "质量指标"), ("2037", 108, "社会效益指标"), ("2047", 82, "质量指标"),
                                 ("2047", 104, "社会效益指标")):
        result = check_file(_one(number), book)
        row = next(i for i in result.form.indicators if i.location.line == line)
        assert row.level2 == level2, (number, line, row.level2)
        assert "VAL-11" not in [f.rule for f in result.findings], number


def test_a_copy_that_keeps_no_one_way_keeps_the_nearest_split(book):
    """1433, 1460, 1052 (plain pdftotext and Chrome): a two-row group's label before its first row, a five-row 一级's
    after its third — no one way throughout; where the rows' words fit the nearest split as well, it stands
    (新增水土流失治理面积 数量, 重度残疾人护理服务保障率 社会效益, 保障在职人员数 数量). A guard: each went astray
    under a first try of the mend above."""
    for number, line, level2 in (("1433", 85, "数量指标"), ("1460", 108, "社会效益指标"), ("1052", 50, "数量指标")):
        result = check_file(_one(number), book)
        row = next(i for i in result.form.indicators if i.location.line == line)
        assert row.level2 == level2, (number, line, row.level2)


def test_a_sources_breakdown_in_brackets_is_no_source(book):
    """2144 (Foxit, the funds on one line): 财政拨款 620.00 （中央车购税补助 400.00 县级财政 220.00） — the bracket
    breaks down the source before it; no third source, no false BUD-01. 1252 (资金情况（ / 万元）, a label's unit cut over
    two lines) keeps its total and its true BUD-01."""
    result = check_file(_one("2144"), book)
    assert [(line.label, line.role) for line in result.form.funds] == [
        ("资金总额", "total"), ("财政拨款", "part"), ("其他资金", "part")]
    assert "BUD-01" not in [f.rule for f in result.findings]
    assert "BUD-01" in [f.rule for f in check_file(_one("1252"), book).findings]


def test_an_empty_value_before_a_page_foot_is_the_forms_own(book):
    """2192 (pdftotext -layout, two pages): 时效指标 赛事经费拨付时间 with no value, the last row of page one, the 成本指标
    rows after the page's foot — the value is empty, not cut: STR-06 at line 30, no FORM-03. 旅游宣传推介活动 ≥6次, a
    count to reach, goes with the 数量指标 label on the upper middle of its four rows, not 质量指标's three."""
    result = check_file(_one("2192"), book)
    found = [(f.rule, f.location.line) for f in result.findings]
    assert ("STR-06", 30) in found and "FORM-03" not in [rule for rule, _ in found]
    assert next(i for i in result.form.indicators if i.location.line == 27).level2 == "数量指标"


def test_a_name_printed_with_a_space_inside_is_one_name(book):
    """2186 (填表人：刘  洋, -layout), 2191 (填表人：孙  婷, tabs), 2199 (填表人： / 刘 芳, the name on the next line): one
    name each, no stray field and no false DATE-04; 单位 万元 stays a label and its value."""
    fields = dict(check_file(_one("2186"), book).form.meta.fields)
    assert fields["填表人"] == "刘洋" and "洋" not in fields
    assert dict(check_file(_one("2191"), book).form.meta.fields)["填表人"] == "孙婷"
    result = check_file(_one("2199"), book)
    assert "DATE-04" not in [f.rule for f in result.findings] and result.verdict == "通过"
    assert dict(check_file(_one("1316"), book).form.meta.fields).get("单位") == "万元"


def test_what_was_achieved_on_its_labels_line_is_no_goal(book):
    """2202, 2213, 2215, 2225, 2230 (plain pdftotext, the WPS viewer): 实际完成情况 and the first line of its text on one
    line under 预期目标's — what was achieved, its wrapped lines with it (a line ended by ； goes on), no second or third
    年度绩效目标 (2202: no false TXT-02 on 兑现补助276.00万元)."""
    for number in ("2202", "2213", "2215", "2225", "2230"):
        form = check_file(_one(number), book).form
        assert len(form.goals) == 1, (number, [g.text[:20] for g in form.goals])
        achieved = dict(form.meta.fields)["实际完成情况"]
        assert achieved.endswith("。"), (number, achieved[-20:])
    result = check_file(_one("2202"), book)
    assert "TXT-02" not in [f.rule for f in result.findings]


def test_a_goals_money_is_a_standard_times_its_area_in_ten_thousands(book):
    """2202: 改造低产茶园1万亩，按300元/亩标准兑现补助300万元 — 300元/亩 × 1万亩 (≥1万亩 an indicator) is the 300万元;
    the goal's money is said by the table (no false TXT-02 at line 40)."""
    result = check_file(_one("2202"), book)
    assert ("TXT-02", 40) not in [(f.rule, f.location.line) for f in result.findings]


def test_a_budget_notes_side_label_cut_over_two_lines(book):
    """2219 (Acrobat): 预算调整 / 说明 cut over two lines, the note's text beside the first — the funds block's note
    that explains the rise (基本支出增加5.84万元，为调整工资标准…), no source of funds: a correct form passes (a false
    BUD-07 sent it back at df03890)."""
    result = check_file(_one("2219"), book)
    assert "预算调整说明" in [line.label for line in result.form.funds]
    assert result.verdict == "通过", [(f.rule, f.location.line) for f in result.findings]


def test_a_funds_header_wrapped_over_two_lines(book):
    """2224 (Edge): 项目资金 年初 全年 全年 分值 执行率 得分 / （万元） 预算数 预算数 执行数 — one header, its first three
    labels whole (年初预算数 …) and 分值 执行率 得分 read: the execution's 10 points count (no false EVAL-01) and its score
    is checked (BUD-08: 98.57% × 10 is 9.86, not 10)."""
    result = check_file(_one("2224"), book)
    total = next(line for line in result.form.funds if line.role == "total")
    assert [k for k, _ in total.amounts] == ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    rules = [f.rule for f in result.findings]
    assert "BUD-08" in rules and "EVAL-01" not in rules


def test_a_task_side_label_between_two_tasks_after_a_unit_line(book):
    """2227 (plain pdftotext, a cell a line): 金额单位：万元 above the task columns, the side label 年度主要任务 printed
    between tasks two and three — no task of its own and no end of the table: five tasks, 486.92 in all, and a correct
    form passes (a false FORM-03 at df03890)."""
    result = check_file(_one("2227"), book)
    assert [t.name for t in result.form.tasks] == ["基本运转保障", "人民调解及法治宣传", "法律援助", "社区矫正及安置帮教",
                                                   "公共法律服务体系建设"]
    assert result.verdict == "通过"


def test_a_level_label_wrapped_over_two_rows_lines(book):
    """2217 (pdftotext -layout): 服务对象满意 | 参保群众满意度 | ≥90 / 度指标 | 定点医药机构满意度 | ≥85% — one 二级 label
    wrapped in its narrow cell over the lines of its two rows: whole, both rows under it; the table read whole, its
    true errors found (BUD-09, BUD-10, VAL-02: ≥90 has no %; a false FORM-03 hid them at df03890). 1924: the same
    label over a self-evaluation's row, its missed target's empty 偏差原因 found (EVAL-06)."""
    result = check_file(_one("2217"), book)
    assert {i.location.line: i.level2 for i in result.form.indicators}[59] == "服务对象满意度指标"
    found = {(f.rule, f.location.line) for f in result.findings}
    assert {("BUD-09", 26), ("BUD-10", 18), ("VAL-02", 59)} <= found and "FORM-03" not in {r for r, _ in found}
    assert ("EVAL-06", 33) in {(f.rule, f.location.line) for f in check_file(_one("1924"), book).findings}


def test_a_page_twos_rows_before_its_first_level1_label(book):
    """2204 (pdftotext -layout, the header repeated on page two): 时效指标's rows first, then 成本指标 centred on its own
    rows, 服务对象 / 满意度指标 wrapped round its row — the 时效 rows stay under the 产出指标 of page one, each 二级 on
    its own rows; the table read whole (a false FORM-03 at df03890)."""
    result = check_file(_one("2204"), book)
    levels = {i.location.line: (i.level1, i.level2) for i in result.form.indicators}
    assert levels[32] == ("产出指标", "时效指标") and levels[37] == ("成本指标", "经济成本指标")
    assert levels[38][1] == "经济效益指标" and levels[42][1] == "服务对象满意度指标"
    assert "FORM-03" not in [f.rule for f in result.findings]


def test_an_empty_count_between_two_groups_rows_is_the_forms_own(book):
    """2240 (Acrobat): 茶叶生产技术培训人次 with no value, the last of 数量指标's rows between two that have theirs —
    a count's name ends in 人次 as a name ends: the value is empty, the form's own (STR-06), no FORM-03 (at 729f7f9);
    1064 (…培训场次) the same."""
    for number, line in (("2240", 22), ("1064", 25)):
        found = [(f.rule, f.location.line) for f in check_file(_one(number), book).findings]
        assert ("STR-06", line) in found and "FORM-03" not in [rule for rule, _ in found], number
