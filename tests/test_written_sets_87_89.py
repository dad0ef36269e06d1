"""Written sets 87, 88 (PDF copies) and 89 (office files and typed text), blind, judged at 174db5e; their false
findings, mended. Each test fails on 174db5e."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file, check_path
from written_checks import rules_of

WRITTEN = Path(__file__).parent / "fixtures" / "written"


def _checked(number: str, book):
    return check_file(next(WRITTEN.glob(f"{number}_*")), book)


def test_a_central_budgets_investment_is_a_source_of_funds(book):
    """Written 1481 (xlsx): 其中：中央预算内投资 | 960.00 under 年度资金总额 1236 was no funds line, and the sources
    (180 + 96) a false BUD-01 that sent a correct form back."""
    result = _checked("1481", book)
    assert "BUD-01" not in rules_of(result) and result.verdict != "退回"
    assert "中央预算内投资" in [line.label for line in result.form.funds]


def test_a_sheet_titled_as_the_forms_continuation(book):
    """Written 1483 (xlsx): 第2页 titled …自评表（续）, the indicator header repeated — read as a form of its own with
    eight false findings (weights, totals, groups, sign-off each judged on half a form)."""
    (result,) = check_path(next(WRITTEN.glob("1483_*")), book)
    assert len(result.form.indicators) == 10 and rules_of(result) == ["EVAL-06"]


def test_a_task_table_under_the_indicators_ends_at_its_sign_off(book):
    """Written 1495 (typed text): 单位负责人：金哲洙 | 填表人：朴美兰 | … under the tasks' 合计 read as a fifth task
    with an unreadable amount (a false FORM-03) and the sign-off missing (a false DATE-04)."""
    result = _checked("1495", book)
    assert len(result.form.tasks) == 4 and not {"FORM-03", "DATE-04"} & set(rules_of(result))


def test_a_funds_block_under_a_stacked_side_label(book):
    """pdftotext -layout (written 1475, 1479): 年度预算 / 执行情况 / （万元） stacked down the block's side, its first
    piece on the header's line — the total line read as a part named 执行情况 and the next line a column off (false
    FORM-03s; 1479's 执行率 85.22% with no reason, a BUD-07, unseen)."""
    for number in ("1475", "1479"):
        result = _checked(number, book)
        (total,) = [line for line in result.form.funds if line.role == "total"]
        assert total.label == "年度资金总额", number
    assert ("BUD-07", 11) in {(f.rule, f.location.line) for f in _checked("1479", book).findings}


def test_a_figure_and_its_unit_in_two_runs(book):
    """Chrome (written 1462): ≥1.5 / 万亩 / 1.5 / 万亩 / 10 / 10, a figure and its unit set in two fonts, two runs —
    the unit read as the result and every cell after it a column off (false EVAL-02, VAL-02, EVAL-05, EVAL-01)."""
    result = _checked("1462", book)
    (row,) = [i for i in result.form.indicators if i.name == "油茶低产林改造面积"]
    assert (row.raw, row.actual, str(row.weight)) == ("≥1.5万亩", "1.5万亩", "10")
    assert not {"EVAL-02", "VAL-02", "EVAL-05"} & set(rules_of(result))


def test_a_funds_blocks_one_line_beside_its_merged_label(book):
    """GB18030 CSV (written 1491), xlsx (1484): 预算执行情况（10分） merged down beside the block's one line
    (, 600.00, , 600.00, , 588.00, , 98.00%, 10, 9.80) — its rate read as the line's label and its amounts lost, so
    the execution checks (BUD-06, BUD-08) and the total's sum (EVAL-02's 9.75) had nothing to read."""
    (total,) = [line for line in _checked("1491", book).form.funds if line.label == "年度资金总额"]
    assert str(dict(total.amounts)["全年执行数（万元）"]) == "588.00"
    (wrong,) = [f for f in _checked("1484", book).findings if f.rule == "EVAL-02"]
    assert "99.35" in wrong.message
