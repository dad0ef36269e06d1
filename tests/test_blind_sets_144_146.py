"""Session 21: blind sets 144–146's false findings, mended. Each test fails on cbc9c65 (the commit the sets were
judged at) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _rules(number: str, book) -> set[tuple[str, int | None]]:
    return {(f.rule, f.location.line) for f in check_file(_one(number), book).findings}


def test_a_level2_and_its_rows_name_wrapped_together(book):
    """2346 (Edge), 2349, 2323 (Acrobat): 效益指标 社会效益 带动脱贫户（含监测户） ≥1500户 … / （30分） 指标 参与茶产业户数 —
    the 二级 and the name each made whole on the row, no row of 指标 with no value (no false STR-06 or FORM-03); a
    name's end beside the reason's next line (…覆盖 / 率 2025年更新，年内未加) too: 2349's true EVAL-03 found. A guard:
    a reason's end beside a wrapped 二级 (1780: …下一步加 / （10分） 指标 快验收兑付进度。) stays the reason's."""
    assert _rules("2346", book) == {("DATE-04", None), ("STR-01", 26), ("VAL-06", 31), ("EVAL-01", 40)}
    assert ("EVAL-03", 34) in _rules("2349", book) and ("STR-06", 40) not in _rules("2349", book)
    assert ("STR-06", 32) not in _rules("2323", book)
    row = next(i for i in check_file(_one("1780"), book).form.indicators if i.location.line == 32)
    assert row.name == "农牧民满意度" and row.reason.endswith("快验收兑付进度。")


def test_a_tent_is_counted_in_ding(book):
    """2312: 帐篷 ≥200顶 — 顶 is a unit of count (no VAL-02 info)."""
    assert ("VAL-02", 36) not in _rules("2312", book)


def test_cell_a_line_funds_labels_and_header_labels_wrapped(book):
    """Chrome / WPS viewer copies a cell a line: 年度预算 / 执行情况 / （万元） one side label (2345); 实际完成 / 值 one
    column, not a second 指标值 (2345: no false EVAL-01, EVAL-02 — the correct form passes); 其中：当年财 / 政拨款 one
    funds line (2344, 1501 pass); =5000元/人 / ·年 one value (2338: no false EVAL-05)."""
    for number in ("2345", "2344", "1501"):
        result = check_file(_one(number), book)
        assert result.verdict == "通过", (number, [(f.rule, f.location.line) for f in result.findings])
    assert _rules("2338", book) == {("DATE-04", None), ("EVAL-06", 105)}


def test_goal_columns_given_in_turn_with_the_side_label_among_them(book):
    """2315 (Foxit, a run a line): 预期目标 / 实际完成情况 / goal line / result line / 年度总体 / goal line / result line /
    目标 / … — the two columns' lines in turn, the side label's pieces where their visual lines fall: one goal and what
    was achieved, no funds lines made of them (no false FORM-03), the goal's true TXT-01 found."""
    result = check_file(_one("2315"), book)
    assert ("TXT-01", 54) in {(f.rule, f.location.line) for f in result.findings}
    assert "FORM-03" not in [f.rule for f in result.findings]
    assert not any(line.label in ("预期目标", "实际完成情况") for line in result.form.funds)


def test_a_names_rest_beside_a_side_labels_weight(book):
    """2339 (Foxit): 绩效指标 时效指标 救助资金按月发放及 = 100 % … / （90分） 时率 — the side label's weight and the
    name's rest (…及时率): the correct form passes (no false FORM-03)."""
    assert check_file(_one("2339"), book).verdict == "通过"


def test_a_reasons_next_line_alone_under_its_row(book):
    """2459 (Foxit): …≥8000亩 7860亩 8 7.86 受夏秋连旱影响，140亩修复地块推迟至 / 2023年春季实施，苗木和资金已落实 — the
    reason's next line, no row of its own: the correct form passes (no false FORM-03). 2444 (绩 / 效 / 指 / 标 spelled down
    the lines' starts) keeps its side label's characters out of the reason, and its rest in it."""
    assert check_file(_one("2459"), book).verdict == "通过"
    row = next(i for i in check_file(_one("2444"), book).form.indicators if i.location.line == 26)
    assert row.reason.endswith("今后加强赛事组织预案管理") and "绩" not in row.reason  # (whole since c893a74)
