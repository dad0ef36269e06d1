"""Session 21: blind sets 147–149's false findings, mended. Each test fails on 019b0ba (the commit the sets were
judged at) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _rules(number: str, book) -> set[tuple[str, int | None]]:
    return {(f.rule, f.location.line) for f in check_file(_one(number), book).findings}


def test_a_date_wrapped_after_its_day_and_a_weight_cut_at_its_bracket(book):
    """2354, 2357 (Acrobat, Foxit): 2023年5月31日 2023年5月26 … / 前 日 — each date's end under it, no empty group 前日;
    产出指标（50 质量指标 … / 分） 草原修复工程验收合格率 … — the weight the 一级's, the row's cells in their columns: 2354
    passes (no false EVAL-05, VAL-05, FORM-03), 2357 keeps only its true EVAL-03 and the note on its wrapped reason."""
    result = check_file(_one("2354"), book)
    assert result.verdict == "通过", [(f.rule, f.location.line) for f in result.findings]
    rules = _rules("2357", book)
    assert ("EVAL-03", 27) in rules and ("VAL-05", 28) not in rules


def test_rules_on_entitlements_and_losses(book):
    """2372: 计划生育奖励扶助资金 =248.64万元 — an entitlement paid in full, = its right comparator (no false VAL-04);
    2355: 改造管网年失水率 ≤1% — a loss, fewer is better (no false VAL-04)."""
    assert ("VAL-04", 93) not in _rules("2372", book)
    assert ("VAL-04", 61) not in _rules("2355", book)


def test_a_name_the_converter_split_into_two_cells(book):
    """2392, 2352 (WPS PDF转Word, tabs): →→→生态护林员及湿地→管护经费→≤137.90万元 — one name, its value a column right:
    the cost read (no false BUD-09, BUD-10, VAL-01, VAL-11 on 2392; 2352's true BUD-09 and TXT-01 kept, no FORM-03)."""
    assert _rules("2392", book) == {("BUD-02", 19), ("STR-01", 24)}
    rules = _rules("2352", book)
    assert ("BUD-09", 25) in rules and ("TXT-01", 27) in rules and "FORM-03" not in {r for r, _ in rules}


def test_a_length_is_no_rate(book):
    """2393: 边沟清淤长度 ≥210 (no unit) — a length, not a rate over 100% (no false VAL-03; VAL-02 says the unit)."""
    rules = _rules("2393", book)
    assert ("VAL-03", 24) not in rules and ("VAL-02", 24) in rules


def test_one_convention_splits_tied_by_exactness_go_to_the_rows_words(book):
    """2394 (plain pdftotext, each label before its group's lower middle row): 数量指标 over four rows or five, 质量指标
    over two or one — both exact; 执法案件办结率 is no count, so the four; 基本支出成本控制数 under 成本指标, no false
    VAL-11, DATE-01, VAL-12 — the correct form passes. 2084 (the same copy) puts 人民调解成功率 under 质量指标."""
    result = check_file(_one("2394"), book)
    assert result.verdict == "通过", [(f.rule, f.location.line) for f in result.findings]
    row = next(i for i in check_file(_one("2084"), book).form.indicators if i.location.line == 132)
    assert row.level2 == "质量指标"


def test_a_row_that_prices_nothing_is_no_economic_cost(book):
    """2317, 2307 (plain pdftotext): 因地质灾害造成人员伤亡 =0人, 农村集中供水受益人口 ≥46万人 — first rows of 社会效益,
    its label before their groups' lower middle rows; no cost word, no money: not under 经济成本指标 (no false VAL-11,
    VAL-04). 2317 passes."""
    assert check_file(_one("2317"), book).verdict == "通过"
    assert not {("VAL-04", 103), ("VAL-11", 103)} & _rules("2307", book)


def test_a_names_end_after_its_nature_cell_and_a_header_label_under_itself(book):
    """2386 (Edge): 防治效果调查评估完成 定性 2024年1月31日前 / 时间 — 定性 a 指标性质 cell among the row's values, 时间 the
    name's end (no empty group, no FORM-03; its true DATE-02 found). 1055 (Foxit): 指标 … / 性质 位 值 进措施 — 指标性质,
    度量单位, 实际完成值 whole (no false VAL-02 for a unit in its column; the true EVAL-05 on line 30 found)."""
    rules = _rules("2386", book)
    assert ("DATE-02", 26) in rules and "FORM-03" not in {r for r, _ in rules}
    rules = _rules("1055", book)
    assert ("EVAL-05", 30) in rules and "VAL-02" not in {r for r, _ in rules}


def test_a_lottery_fund_is_a_source_and_a_level2_cut_in_its_cell(book):
    """2361 (WPS PDF转Word): 其中：中央专项彩票公益金 | 48.00 — a source of the money (no false BUD-01); →满意度指标→服务
    对象满意度 / 指标→学生及家长满意度→≥90% — one 二级 cut by the PDF's line break (no false STR-02, FORM-03)."""
    assert _rules("2361", book) == {("TXT-02", 18), ("VAL-06", 25)}
