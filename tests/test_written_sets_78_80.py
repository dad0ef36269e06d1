"""Written sets 78, 79 (PDF copies) and 80 (office files and typed text), blind, judged at 5c9b601; their false
findings, mended. Each test fails on 5c9b601 but the last, which guards what reading 1317's wrapped task cells
must not cost another form (1117, read as a PDF-to-Word export since)."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file
from written_checks import rules_of

WRITTEN = Path(__file__).parent / "fixtures" / "written"


def _checked(number: str, book):
    return check_file(next(WRITTEN.glob(f"{number}_*")), book)


def test_a_self_evaluations_task_table_by_its_own_labels(book):
    """Written 1354 (docx): 任务名称 | 主要完成内容 | 全年预算数 | 全年执行数 beside the side label 年度主要任务完成情况
    — the content read as the amount, three false FORM-03 and a form held back from 通过."""
    result = _checked("1354", book)
    assert [(t.name, str(t.budget.total)) for t in result.form.tasks] == [
        ("人员及机构运转保障", "286.50"), ("茶园绿色防控与标准化管理", "216.00"), ("茶叶品牌宣传推介", "110.00")]
    assert "FORM-03" not in rules_of(result) and result.verdict == "通过"


def test_a_numbered_level_line_and_a_self_evaluations_cost_lines(book):
    """Written 1360 (typed text): 一、产出指标（50分） alone on its line read as an empty 二级 (three false STR-04);
    BUD-09, a target form's check, asked a self-evaluation to add cost lines. Its true EVAL-04 stays."""
    result = _checked("1360", book)
    found = rules_of(result)
    assert not {"STR-04", "BUD-09", "EVAL-01"} & set(found)
    assert {i.level1 for i in result.form.indicators if i.location.line == 24} == {"一、产出指标（50分）"}
    assert ("EVAL-04", 32) in {(f.rule, f.location.line) for f in result.findings}


def test_a_budget_adjustment_note_is_no_line_of_funds(book):
    """Written 1344 (WPS viewer) and 1319 (plain pdftotext): 预算调整说明 / 年中追加…调整为1342.70万元。 — read as
    funds lines with no amounts, a false FORM-03 that held the form back."""
    for number in ("1344", "1319"):
        assert "FORM-03" not in rules_of(_checked(number, book)), number


def test_goal_columns_labelled_above_the_goal_and_given_in_turn(book):
    """Written 1342 (plain pdftotext): 预期目标 / 实际完成情况 above 年度总体目标 read as funds lines (a false
    FORM-03) and the result read into the goal (a false TXT-02); 1341 (Chrome): the two columns' lines in turn, one
    goal of both (three false TXT-02)."""
    result = _checked("1342", book)
    assert not {"FORM-03", "TXT-02"} & set(rules_of(result))
    assert [g.text for g in result.form.goals] == ["完成农村危房改造180户、农房抗震改造60户，改造房屋竣工验收合格率100%，"
                                                   "保障农村低收入群体住房安全。"]
    result = _checked("1341", book)
    assert [g.text for g in result.form.goals] == ["新建标准化茶园1500亩，改造低产茶园3000亩，带动600户脱贫户及监测户参与"
                                                   "茶产业，茶农户均增收1500元以上。"]
    assert not {"TXT-02", "EVAL-10"} & set(rules_of(result))


def test_a_result_read_into_the_goal_is_no_goal_figure(book):
    """Written 1324 (WPS PDF-to-Word): the 实际完成情况 cell moved into the goal's row by a wrapped cell; its 3286户 (a
    row's result) read as a goal figure the indicators lack — a false TXT-02."""
    assert "TXT-02" not in rules_of(_checked("1324", book))


def test_a_converters_task_rows_a_wrapped_cell_and_a_split_cell(book):
    """Written 1317 (WPS PDF-to-Word): a task's content wrapped onto the next line (…推介会， / 组织…营销。→300.00) and
    another's content split in two by an extra tab — its amounts a column off: three false BUD-02 errors sent a form
    back for sums that agree. Its true BUD-09 (costs 1880.02 against the tasks' 1900.02) stays."""
    result = _checked("1317", book)
    assert [str(t.budget.total) for t in result.form.tasks] == ["1186.42", "142.60", "300.00", "85.00", "60.00",
                                                                "126.00"]
    assert "BUD-02" not in rules_of(result) and "FORM-03" not in rules_of(result)
    (costs,) = [f for f in result.findings if f.rule == "BUD-09"]
    assert "1880.02" in costs.message and "1900.02" in costs.message


def test_a_converters_empty_last_value_is_empty(book):
    """Written 1117 (WPS PDF-to-Word, now read as one: its task cells wrapped): the last row's value cell left empty,
    with no row below a cut could have moved it to, is the form's STR-06 — not a line of the copy to check."""
    result = _checked("1117", book)
    assert ("STR-06", 55) in {(f.rule, f.location.line) for f in result.findings}
    assert "FORM-03" not in rules_of(result)
