"""Blind sets 105–107 (judged at b39c3f6) and the older forms the same mends read right: short names a centred
header set under the 二级 label, and level labels alone on lines between rows. Each test fails on b39c3f6."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jxcheck.engine.check import check_file
from written_checks import rules_of

WRITTEN = Path(__file__).parent / "fixtures" / "written"


def _rows(result) -> dict[int, tuple[str, str, str]]:
    return {i.location.line: (i.level1, i.level2, i.name) for i in result.form.indicators}


def test_a_short_name_under_the_second_level_label_with_no_level_word(book):
    """pdftotext -layout (1721): 管网巡查里程 ≥2100公里 starts left of the centred 三级指标 label — a name, not a 二级
    (no FORM-03; the VAL-02 of ≥1262 on the row above found)."""
    result = check_file(next(WRITTEN.glob("1721_*")), book)
    assert _rows(result)[21] == ("产出指标", "数量指标", "管网巡查里程")
    assert "FORM-03" not in rules_of(result) and 20 in [f.location.line for f in result.findings if f.rule == "VAL-02"]


def test_labels_between_rows_count_the_rows_whose_names_sit_under_a_label(book):
    """1653: 保障在职人员数 =312人 under the 二级 label's column is the 数量指标 group's first row, so the labels alone on
    lines 32, 36, 39 (数量, 质量, 时效) head 30–34, 35–37 and 38–40; 1061's 可持续影响 / 指标 wrapped round its row heads
    it (档案保存年限 no 经济成本指标 row: no VAL-04)."""
    rows = _rows(check_file(next(WRITTEN.glob("1653_*")), book))
    assert rows[30] == ("产出指标", "数量指标", "保障在职人员数") and rows[34][1] == "数量指标"
    assert rows[35][1] == rows[37][1] == "质量指标" and rows[38][1] == rows[40][1] == "时效指标"
    result = check_file(next(WRITTEN.glob("1061_*")), book)
    assert _rows(result)[42][1] != "经济成本指标" and "VAL-04" not in rules_of(result)


def test_a_reason_s_next_line_in_a_copy_that_lost_its_position(book):
    """Acrobat (1749), Edge (1741): a 偏差原因 wrapped onto a line of its own (相应减少, 未落实到村, 满意，将加快…) is the
    reason's rest, not an indicator with no value: 9 and 8 rows, no FORM-03, and 1749's EVAL-04 (部分达成 scored 10) found."""
    result = check_file(next(WRITTEN.glob("1749_*")), book)
    assert len(result.form.indicators) == 9 and "FORM-03" not in rules_of(result)
    assert 34 in [f.location.line for f in result.findings if f.rule == "EVAL-04"]
    assert [i.reason for i in result.form.indicators if i.location.line == 34] == ["部分乡镇管护主体尚未落实到村"]
    assert len(check_file(next(WRITTEN.glob("1741_*")), book).form.indicators) == 8


def test_numbered_items_of_one_goal_are_judged_as_the_goal(book):
    """1747 (one 年度总体目标 cell of four numbered items, a line each): 1.保障…正常运转 has no figure of its own, but
    the goal it is part of names 3200批次, 20个工作日, 98% — no TXT-01 (1497 and 1677 the same)."""
    for number in ("1747", "1497"):
        assert "TXT-01" not in rules_of(check_file(next(WRITTEN.glob(f"{number}_*")), book)), number


def test_cells_left_aligned_under_labels_centred_over_their_columns(book):
    """pdftotext -layout whose header labels are centred over wide columns and whose cells start left of them (1736:
    ≥95% starts left of 指标值, 秸秆离田利用补助标准 left of 三级指标): a cell stands in the column whose label's centre is
    nearest, so the table is placed by position and the 成本指标 | 经济成本指标 label alone on its line heads the row above
    it too (no DATE-01 on a cost row); 1733's empty 年度指标值 is the form's own (STR-06); a funds line's own label after
    the block's side label is its label (1645: 项目资金（万元） | 其中：当年财政拨款 | 260.00 …)."""
    result = check_file(next(WRITTEN.glob("1736_*")), book)
    assert _rows(result)[30][:2] == ("成本指标", "经济成本指标") and "DATE-01" not in rules_of(result)
    assert 26 in [f.location.line for f in check_file(next(WRITTEN.glob("1733_*")), book).findings
                  if f.rule == "STR-06"]
    result = check_file(next(WRITTEN.glob("1645_*")), book)
    assert [line.label for line in result.form.funds][:2] == ["年度资金总额", "当年财政拨款"]
    assert "FORM-03" not in rules_of(result)


def test_a_cell_a_line_copy_s_label_line_may_stand_between_two_rows(book):
    """Plain pdftotext, a cell a line (1737, 1648): a 二级 label's line before a row's name stands on that row or between
    it and the row above; where the latter puts no row against its words or value, it is read so — 人员经费支出
    ≤1128.36万元 after the page break is a 成本指标 row (no DATE-01, no VAL-12), and BUD-09 adds up 1938.10 and 2087.92."""
    result = check_file(next(WRITTEN.glob("1737_*")), book)
    assert _rows(result)[86][:2] == ("成本指标", "经济成本指标")
    assert not {"DATE-01", "VAL-12"} & set(rules_of(result))
    assert any(f.rule == "BUD-09" and "1938.1万元" in f.message for f in result.findings)
    result = check_file(next(WRITTEN.glob("1648_*")), book)
    assert any(f.rule == "BUD-09" and "2087.92万元" in f.message for f in result.findings)


def test_a_copy_that_dropped_an_empty_unit_cell(book):
    """Edge (1724): 效益指标 群众安全出行条件 定性 明显改善 临水临崖路段隐患消除 — the empty 度量单位 cell left no run, so the
    指标值说明 text stood in the unit's place: no unit conflict (VAL-02), no empty 说明 (STR-10)."""
    result = check_file(next(WRITTEN.glob("1724_*")), book)
    assert not {"VAL-02", "STR-10"} & set(rules_of(result)) and "BUD-01" in rules_of(result)
    row = next(i for i in result.form.indicators if i.location.line == 31)
    assert not row.unit_cell and "临水临崖路段隐患消除" in dict(row.extras).values()


def test_a_goal_cell_whose_clauses_a_pdf_to_word_export_broke_over_lines(book):
    """WPS PDF转Word (1738): the 预期目标 cell's clauses a line each (…8156.40万元以内； / 0-6岁儿童…62%以上， / 城乡居民…85%以上。)
    make one goal, measured (no TXT-01), and the 实际完成情况 beside its last line no goal of its own; 目标2: after 目标1's
    line stays a goal of its own (426)."""
    result = check_file(next(WRITTEN.glob("1738_*")), book)
    assert [g.location.line for g in result.form.goals] == [19] and "TXT-01" not in rules_of(result)
    assert result.form.goals[0].text.endswith("满意度达到85%以上。")
    assert len(check_file(next(WRITTEN.glob("426_*")), book).form.goals) == 3


def test_a_line_of_label_pieces_under_the_last_row(book):
    """pdftotext -layout (1733), Acrobat (1700): （10分） | 指标 under 满意度指标 | 服务对象满意度 | … is the 一级's weight and
    the 二级's last word, not an empty group (a cut): no FORM-03, and the whole-table rules run (1700's EVAL-01: 产出
    weighs 45 of its 50)."""
    result = check_file(next(WRITTEN.glob("1733_*")), book)
    assert "FORM-03" not in rules_of(result) and not result.form.empty_groups
    assert _rows(result)[36][1] == "服务对象满意度指标"
    assert "EVAL-01" in rules_of(check_file(next(WRITTEN.glob("1700_*")), book))


def test_a_side_label_that_names_the_goal_beside_an_indicator_row(book):
    """Edge (1109, a 重庆 审批表): 年度绩效目标 | （40-50） | 新建错车道数量 | =6处 | 5 — the indicator block's side label (年度绩效
    目标（90分）) on a row, not the goal's label: the rows after it are read (they were lost, and STR-01, STR-07 and
    EVAL-01 said the table lacked them); 1151 the same."""
    result = check_file(next(WRITTEN.glob("1109_*")), book)
    assert len(result.form.indicators) >= 11 and not any(g.text == "=6处" for g in result.form.goals)
    assert not {"STR-01", "STR-07", "EVAL-01"} & set(rules_of(result))
    read = {i.location.line for i in check_file(next(WRITTEN.glob("1151_*")), book).form.indicators}
    assert {31, 33, 36, 39, 41, 43, 45, 48, 50, 57, 59, 61, 63, 65, 67} <= read  # (every row the reviewer counts)


def test_a_cell_a_line_header_whose_labels_wrap_at_a_word(book):
    """Plain pdftotext (1460, 1453): 一级 / 指标 / 二级 / 指标 / 三级指标 / 年度 / 指标值 / 实际 / 完成值 … — each label made whole, so
    the rows read their values (no FORM-03 saying the table has no 二级 column and no value)."""
    result = check_file(next(WRITTEN.glob("1460_*")), book)
    assert "FORM-03" not in rules_of(result) and all(i.raw for i in result.form.indicators)
    assert result.form.meta.columns[:4] == ("level1", "level2", "name", "value")
    assert "FORM-03" not in rules_of(check_file(next(WRITTEN.glob("1453_*")), book))


def test_funds_column_labels_a_copy_ran_together(book):
    """WPS viewer copy (1073): 项目资金 年初预算数 全年预算数 全年执行数 分值执行率得分 — the last three labels apart, so the
    total line's 10 | 97.00% | 9.70 stand under 分值 | 执行率 | 得分 (a false BUD-01 and BUD-06 from the shifted figures)."""
    result = check_file(next(WRITTEN.glob("1073_*")), book)
    total = next(line for line in result.form.funds if line.role == "total")
    assert dict(total.amounts)["全年执行数"] == Decimal("19.40") and dict(total.amounts)["得分"] == Decimal("9.70")
    assert not {"BUD-01", "BUD-06"} & set(rules_of(result))


def test_a_cell_a_line_copy_s_first_level_split_chosen_with_the_second(book):
    """Plain pdftotext, a cell a line (1789, 1722): a 一级 label's line, like a 二级's, may stand between two rows; of
    the 一级 splits, the one that lets the 二级s split with fewer rows against their words is the table's — 慢性病患者早期
    发现转诊人数 ≥1500人 is a 社会效益 row under 效益指标 (no false EVAL-01 ×3, VAL-04, VAL-11), 受益农村学生人数 no cost
    row (no VAL-04, VAL-11); 1460 keeps 重度残疾人护理服务保障率 out of the 满意度 group."""
    result = check_file(next(WRITTEN.glob("1789_*")), book)
    assert _rows(result)[103][:2] == ("效益指标（30分）", "社会效益指标")
    assert not {"EVAL-01", "VAL-04", "VAL-11"} & set(rules_of(result))
    assert not {"VAL-04", "VAL-11"} & set(rules_of(check_file(next(WRITTEN.glob("1722_*")), book)))
    assert _rows(check_file(next(WRITTEN.glob("1460_*")), book))[108][1] == "社会效益指标"


def test_a_note_whose_sum_is_on_the_next_line(book):
    """Plain pdftotext, a cell a line (1767): 含乳腺临床检查及乳腺彩超，12000人×110元 / =132万元 is the 指标值说明 going on to
    its sum, not a row named by the note with the value =132万元 (four false findings: STR-10 ×2, TXT-03, VAL-04)."""
    result = check_file(next(WRITTEN.glob("1767_*")), book)
    assert len(result.form.indicators) == 12 and not {"STR-10", "TXT-03", "VAL-04"} & set(rules_of(result))


def test_rules_and_typed_text_of_sets_108_110(book):
    """Blind sets 108–110 (judged at 9a7f7fa): a name typed over two lines in its column is one row (1803: no false
    STR-06); an achievement whose figures differ from the goal's (1.26万亩 for 1.2万亩) is no goal restated — a figure's
    point is no list number (1803: no false EVAL-10); a conclusion that says 全部完成 and names the shortfall too is no
    false claim (1808); 按季兑付率 =100% is an on-time rate (1772: no false DATE-01)."""
    result = check_file(next(WRITTEN.glob("1803_*")), book)
    assert len(result.form.indicators) == 10 and not {"STR-06", "EVAL-10"} & set(rules_of(result))
    assert "EVAL-10" not in rules_of(check_file(next(WRITTEN.glob("1808_*")), book))
    assert "DATE-01" not in rules_of(check_file(next(WRITTEN.glob("1772_*")), book))


def test_a_name_alone_that_counts_times(book):
    """Acrobat (1786): 文旅节会活动场次 alone on its line under a whole row is an indicator with its value left empty, not
    a 一级 label of an empty group: 18 rows, and the BUD-09 its cost rows show (975 against 984) found."""
    result = check_file(next(WRITTEN.glob("1786_*")), book)
    assert len(result.form.indicators) == 18 and "BUD-09" in rules_of(result)
    assert "文旅节会活动场次" in [i.name for i in result.form.indicators]


def test_a_name_s_last_word_that_is_a_level_s_short_name(book):
    """Chrome, a run a line (1776): 茶叶加工企业清洁化生产线改造 / 数量 / ≥ / 8条 — 数量 is the name's last word (its value
    follows), not a 二级 label: one row, and the EVAL-02 the misreading held back (总分 100 against 99) found."""
    result = check_file(next(WRITTEN.glob("1776_*")), book)
    assert "茶叶加工企业清洁化生产线改造数量" in [i.name for i in result.form.indicators]
    assert "EVAL-02" in rules_of(result) and "FORM-03" not in rules_of(result)


def test_a_reason_that_goes_on_with_the_measure_after_a_semicolon(book):
    """WPS viewer, a cell a line (1779): …签约服务人数未达目标； / 下一步加强宣传，开展上门签约服务。 — the measure is the
    reason's rest, not a row named by it: 10 rows, no FORM-03, EVAL-03 on the missed target found."""
    result = check_file(next(WRITTEN.glob("1779_*")), book)
    assert len(result.form.indicators) == 10 and "FORM-03" not in rules_of(result)
    assert 62 in [f.location.line for f in result.findings if f.rule == "EVAL-03"]


def test_the_second_level_s_last_word_on_the_next_row_s_line(book):
    """Acrobat (1777): 满意度指标 服务对象满意度 乡村医生满意度 … / （10分） 指标 村民满意度 … — 指标 ends the 二级 above, the row is
    under 服务对象满意度指标 (no FORM-03), and EVAL-01 (产出 weighs 45 of its 50) is found."""
    result = check_file(next(WRITTEN.glob("1777_*")), book)
    assert _rows(result)[34][1] == "服务对象满意度指标" and "FORM-03" not in rules_of(result)
    assert "EVAL-01" in rules_of(result)


def test_a_line_of_a_weight_a_label_s_word_and_a_reason_s_rest(book):
    """Acrobat (1780): （50分） 结转至2026年春季实施。 and （10分） 指标 快验收兑付进度。 under rows with a 偏差原因 — the 一级's
    weight, the 二级's last word and the reason's rest, no rows of their own: 10 rows, no FORM-03."""
    result = check_file(next(WRITTEN.glob("1780_*")), book)
    assert len(result.form.indicators) == 10 and "FORM-03" not in rules_of(result)
    reasons = [i.reason for i in result.form.indicators if i.location.line == 24]
    assert reasons and reasons[0].endswith("1.5万亩结转至2026年春季实施。")


def test_a_label_placed_on_its_group_leaves_its_line(book):
    """pdftotext -layout: a line of two labels alone between rows whose 二级 a split puts on its group's first row keeps
    only the 一级 no split placed (1773: no empty 社会效益指标 group, no FORM-03 on 52–54); a 二级 printed on a row under a
    carried 一级 goes with the 一级 it belongs to when that one floats below it (1544: 扑火机具验收合格率 a 质量指标 row)."""
    result = check_file(next(WRITTEN.glob("1773_*")), book)
    assert not any(g[1] == "社会效益指标" for g in result.form.empty_groups)
    assert _rows(check_file(next(WRITTEN.glob("1544_*")), book))[22][1] == "质量指标"


def test_a_layout_copy_s_name_rest_under_its_name(book):
    """pdftotext -layout (1781): …终端数量（日处理 / 30吨及以上） and …设施标准化运 / 维覆盖率 — the rest of the name on the line
    below, under its start, closing its bracket or ending it as a name ends: no rows of their own."""
    names = [i.name for i in check_file(next(WRITTEN.glob("1781_*")), book).form.indicators]
    assert "出水水质检测终端数量（日处理30吨及以上）" in names and "农村生活污水治理设施标准化运维覆盖率" in names
    assert "30吨及以上）" not in names and "维覆盖率" not in names
