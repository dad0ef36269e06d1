"""Blind sets 114–119, judged at 7fb569f (114–116) and d5ff006 (117–119), two reviewers a set, and a code review of
the session at d5ff006 (review_cases/r18_*): the false findings and missed defects they found, mended. Each test fails
on the commit its set was judged at."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file

WRITTEN = Path(__file__).parent / "fixtures" / "written"
CASES = Path(__file__).parent / "fixtures" / "review_cases"


def _one(number: str) -> Path:
    return next(WRITTEN.glob(f"{number}_*"))


def _found(path: Path, book) -> set[tuple[str, int | None]]:
    return {(f.rule, f.location.line) for f in check_file(path, book).findings}


def test_a_row_left_without_its_value_under_a_label_line_is_the_form_s_own(book):
    """1861 (Acrobat): 产出指标 改造果园嫁接苗成活率 with nothing after it, the 质量指标 label on the line above, its
    neighbours whole — the value is empty (STR-06), no doubt, and the deadline below past the year is said (DATE-02);
    绩效指标 成本指标 heads 亩均提升改造补助 and 人均培训成本 (no false DATE-01). 1876 likewise (STR-06, no FORM-03)."""
    found = _found(_one("1861"), book)
    assert found == {("STR-06", 25), ("DATE-02", 26)}
    assert ("STR-06", 36) in _found(_one("1876"), book)


def test_a_level1_and_level2_label_run_together(book):
    """1879 (pdftotext -layout): 满意度指标（10分）服务对象满意度指标 with no space between: two labels, the 二级's cell
    empty beside them — the 满意度 row whole, 社会效益指标 heading the two rows around it; the correct form passes."""
    result = check_file(_one("1879"), book)
    levels = {i.location.line: (i.level1, i.level2) for i in result.form.indicators}
    assert levels[38] == ("满意度指标（10分）", "服务对象满意度指标")
    assert levels[34][1] == levels[36][1] == "社会效益指标"
    assert result.verdict == "通过"


def test_rule_words_the_blind_reviewers_found_missing(book):
    """1895: 单位负责人（签字）：张卫东 is the head of unit (no DATE-04); 1899: ≥6.5万针次 a count (no VAL-02 info);
    1862: 新增松材线虫病疫点乡镇数 an ecological effect (no VAL-11)."""
    assert not any(rule == "DATE-04" for rule, _ in _found(_one("1895"), book))
    assert not any(rule == "VAL-02" for rule, _ in _found(_one("1899"), book))
    assert not any(rule == "VAL-11" for rule, _ in _found(_one("1862"), book))


def test_a_contamination_rate_is_lower_the_better(book):
    """1863: 菌包污染率 ≤5% under 质量指标 — ≤ is right (no VAL-04)."""
    assert ("VAL-04", 34) not in _found(_one("1863"), book)


def test_a_level1_printed_on_its_row_in_a_viewer_copy(book):
    """1859 (Foxit, runs a space apart): 社会效益指标 alone between 优抚政策落实率 and 效益指标（30分） 适应性培训后…就业率 —
    the 一级 on its row before the name, the 二级 heading both rows; the correct form passes."""
    result = check_file(_one("1859"), book)
    levels = {i.location.line: (i.level1, i.level2) for i in result.form.indicators}
    assert levels[33] == levels[35] == ("效益指标（30分）", "社会效益指标")
    assert result.verdict == "通过"


def test_a_label_line_that_carries_a_wrapped_note_of_the_row_above(book):
    """1885 (pdftotext -layout, page 2): 效益指标 on the line that carries the 指标值说明's wrap (数×100%) of the row above,
    the first row of the page after a form feed: the row under 效益指标 (not 满意度); the correct form passes."""
    result = check_file(_one("1885"), book)
    assert next(i for i in result.form.indicators if i.location.line == 38).level1 == "效益指标"
    assert result.verdict == "通过"


def test_a_funds_side_label_before_a_line_s_own_in_a_viewer_copy(book):
    """1873, 1883 (Edge, Acrobat): 项目资金 其中：当年财政拨款 300.00 300.00 288.60 — — under a header with no label
    column: the line's label is the last text before its figures, its figures from 年初预算数 (no false FORM-03)."""
    for number in ("1873", "1883"):
        result = check_file(_one(number), book)
        line = next(f for f in result.form.funds if "财政拨款" in f.label)
        assert str(dict(line.amounts)["年初预算数"]) in ("300.00", "260.00"), number
        assert "FORM-03" not in [f.rule for f in result.findings], number


def test_a_reason_under_a_scored_down_row_and_the_fields_under_the_total(book):
    """1864 (Chrome, a run a line): 3个项目建设单位未按期报送结算 / 资料，… under a row scored 7.6 of 8 is its reason, no
    eleventh row (the count exact; EVAL-01's 48 against 50 said); 自评等级 / 优, 存在问题 / 无, 改进措施 / 无 under 总分 each a
    field and its text — 存在问题 无 despite a missed target said (EVAL-10), not 改进措施无 read as a field's name."""
    result = check_file(_one("1864"), book)
    assert len(result.form.indicators) == 10
    found = {(f.rule, f.location.line) for f in result.findings}
    assert {("EVAL-01", 56), ("EVAL-10", 122)} <= found
    assert dict(result.form.meta.fields).get("自评等级") == "优"


def test_improvement_measures_given_a_line_after_their_label(book):
    """1877 (WPS viewer): 改进措施 / its text on the next line: filled in (no false EVAL-10)."""
    assert not any(rule == "EVAL-10" for rule, _ in _found(_one("1877"), book))


def test_a_side_label_with_its_points_beside_a_level_s_label(book):
    """1870 (pdftotext -layout): 绩效指标（90分） … 成本指标 on one line between 示范园亩均建设补助 and 人均培训成本 — the
    section's side label blanked, 成本指标 heading both rows; 示范园亩均增收 under 经济效益指标 (no false VAL-04 ×2)."""
    result = check_file(_one("1870"), book)
    levels = {i.location.line: i.level2 for i in result.form.indicators}
    assert levels[33] == levels[35] == "成本指标" and levels[36] == "经济效益指标"
    assert not any(f.rule == "VAL-04" for f in result.findings)


def test_a_label_line_carrying_the_first_line_of_the_reason_below(book):
    """1863 (pdftotext -layout): 数量指标 beside 2家菌渣处理企业环保设备调试延 — the first line of the tall row below's reason,
    centred on it: back on that row; 数量指标 heads the two rows around it, 质量指标 the two after (no false FORM-03, no
    VAL-11); and 对10家…企业各1条标准化生产线改造 is the indicator's ≥10条 (no false TXT-02)."""
    result = check_file(_one("1863"), book)
    levels = {i.location.line: i.level2 for i in result.form.indicators}
    assert levels[28] == levels[30] == "数量指标" and levels[32] == levels[34] == "质量指标"
    assert next(i for i in result.form.indicators if i.location.line == 30).reason.startswith("2家菌渣处理企业")
    assert {f.rule for f in result.findings} == {"BUD-06", "BUD-08"}


def test_review_d5ff006_a_name_after_a_row_scored_down_stays_a_name(book):
    """Review of the session (r18): 政府投资项目结算审计数 scored 7.6 of 8 with no reason, then 经济责任审计项目完成数 / 6个:
    the next row's name (its value below it), not the reason — no row lost, the real EVAL-06 said."""
    result = check_file(CASES / "r18_deducted_next_name.txt", book)
    assert 66 in {i.location.line for i in result.form.indicators}
    assert "EVAL-06" in {f.rule for f in result.findings} and "EVAL-02" not in {f.rule for f in result.findings}


def test_review_d5ff006_sources_left_blank_keep_the_next_line_s_figures(book):
    """r18: 其中：中央资金 / 省级资金 (blank) / 县级资金 412.36 … — three figures, one line's: 县级资金's (no BUD-01)."""
    result = check_file(CASES / "r18_funds_blank_sources.txt", book)
    line = next(f for f in result.form.funds if f.label == "县级资金")
    assert any(v is not None for _, v in line.amounts) and "BUD-01" not in {f.rule for f in result.findings}


def test_review_d5ff006_a_grade_word_after_a_comparator_is_the_value(book):
    """r18: 施工单位信用评价等级 / = / A级 / 级 / A级: A级 the value, 级 the unit (no false STR-06)."""
    result = check_file(CASES / "r18_grade_value.txt", book)
    row = next(i for i in result.form.indicators if i.location.line == 112)
    assert row.raw == "A级" and row.unit_cell == "级" and ("STR-06", 112) not in {
        (f.rule, f.location.line) for f in result.findings}


def test_review_d5ff006_a_reason_piece_after_a_closed_reason_goes_below(book):
    """r18: the row above ends its own reason (…完成。): the piece on the 数量指标 line begins the reason below."""
    result = check_file(CASES / "r18_reason_label_line.txt", book)
    reasons = [i.reason or "" for i in result.form.indicators]
    assert any(r.startswith("2家菌渣处理企业环保设备调试延期") for r in reasons)
    assert not any(r.endswith("调试延") for r in reasons)


def test_a_money_unit_given_beside_the_filing_unit(book):
    """1919: 填报单位：…（盖章）   金额单位：元 on one line — the form's money is in 元 (no false BUD-05 ×3)."""
    result = check_file(_one("1919"), book)
    assert result.form.meta.money_unit == "元" and not any(f.rule == "BUD-05" for f in result.findings)


def test_a_routine_staff_pay_goal_beside_measured_goals(book):
    """1932, 1943: 目标1：保障…工资福利按月足额发放，机关正常运转 beside goals with figures — a 部门整体 form's routine goal
    (no TXT-01)."""
    assert not any(rule == "TXT-01" for rule, _ in _found(_one("1932"), book))
    assert not any(rule == "TXT-01" for rule, _ in _found(_one("1943"), book))


def test_a_measured_result_against_a_vague_target_is_val06_s(book):
    """1938: 基地柿果商品果率 | 较好 | 86% — VAL-06 says the target is vague; EVAL-05 does not blame the result."""
    found = _found(_one("1938"), book)
    assert ("VAL-06", 13) in found or any(r == "VAL-06" for r, _ in found)
    assert not any(r == "EVAL-05" for r, _ in found)


def test_the_budget_s_breakdown_a_label_and_an_amount_a_line(book):
    """1929, 1930 (Foxit, a run a line): 按收入性质分： / 一般公共预算：186.52 / 按支出性质分： / 基本支出：148.02 … under the
    funds block: the breakdown's lines read as such (no false FORM-03)."""
    for number in ("1929", "1930"):
        assert not any(rule == "FORM-03" for rule, _ in _found(_one(number), book)), number


def test_a_task_s_numbered_items_a_line_each_its_amounts_after_the_last(book):
    """1903 (WPS PDF转Word, tabs): 公共文化服务体系建设 → 1.…农家书屋服务； / 2.开展送戏下乡…→236.00→236.00→0.00 — one task,
    its amounts read (no false BUD-02 ×3, BUD-03); the costs 4.50 short of the tasks said (BUD-09)."""
    result = check_file(_one("1903"), book)
    task = next(t for t in result.form.tasks if t.name == "公共文化服务体系建设")
    assert str(task.budget.total) == "236.00" and task.content.endswith("文化惠民活动")
    assert {f.rule for f in result.findings} >= {"BUD-09"} and not {"BUD-02", "BUD-03"} & {f.rule for f in result.findings}


def test_an_empty_value_with_a_label_line_below_it(book):
    """1912 (Acrobat): 经济效益指标 参训人员月均收入增加额 with nothing after it, 效益指标 alone on the next line, the next
    row whole: the value is the form's own slip (STR-06), no doubt."""
    assert ("STR-06", 30) in _found(_one("1912"), book)


def test_a_note_read_into_an_empty_value_s_place(book):
    """1920 (Edge): 作业质量抽检合格率 抽检地块中作业质量达标地块占比 — the value given no text, its 指标值说明 read in its
    place: the note's, the value empty (STR-06; no false STR-10, VAL-05)."""
    found = _found(_one("1920"), book)
    assert ("STR-06", 23) in found and not {("STR-10", 23), ("VAL-05", 23)} & found


def test_a_name_s_rest_on_the_labels_line(book):
    """1916 (pdftotext -layout): 农村供水工程出厂水及末梢水 ≥95% / 产出指标 质量指标 水质达标率 — the name's rest wrapped
    onto the labels' line: the name's, no row with an empty value (a false FORM-03, the count one over); likewise written
    1286's (座椅、花箱、自行车 / 停放架）, its bracket closed there, and …同 / 比下降率."""
    result = check_file(_one("1916"), book)
    assert "农村供水工程出厂水及末梢水水质达标率" in [i.name for i in result.form.indicators]
    assert len(result.form.indicators) == 14
    names = [i.name for i in check_file(next(WRITTEN.glob("1286_*")), book).form.indicators]
    assert "增设便民设施（座椅、花箱、自行车停放架）" in names and len(names) == 18
