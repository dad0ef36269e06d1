"""Session 21: blind sets 150–152's false findings, mended. Each test fails on 4c322cc (the commit the sets were
judged at) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _rules(number: str, book) -> set[tuple[str, int | None]]:
    return {(f.rule, f.location.line) for f in check_file(_one(number), book).findings}


def test_a_header_cell_the_converter_split(book):
    """2423 (WPS PDF转Word): … | 指标性质 | 指标值 | 度量单位 | 指标值 | 说明 — 指标值说明 split in two, the rows a cell
    shorter: one column again, each row's value its own (≥ | 95 | 万亩), not its explanation (21 false findings gone;
    the correct form passes)."""
    result = check_file(_one("2423"), book)
    assert result.verdict == "通过", sorted((f.rule, f.location.line) for f in result.findings)
    row = next(i for i in result.form.indicators if i.location.line == 17)
    assert (row.nature, row.raw, row.unit_cell) == ("≥", "95", "万亩")


def test_a_source_label_wrapped_in_a_cell_a_line_copy(book):
    """2410 (WPS viewer, a cell a line): 其中：中央财政衔接推进乡村振 / 兴补助资金 / 600.00 — one source and its amount:
    600 + 120 make the 720 total (no false BUD-01); the true BUD-03 and STR-06 stay."""
    assert _rules("2410", book) == {("BUD-03", 55), ("STR-06", 65)}


def test_outcome_words_in_rules(book):
    """2405: 村庄清洁达标率 under 社会效益 — the villages' state, no service quality (no false VAL-11); 2403: 改造后亩均
    产油量增加, 2425: 亩均产草量 — yields, economic effects (no false VAL-11)."""
    for number, line in (("2405", 27), ("2403", 25), ("2425", 119)):
        assert ("VAL-11", line) not in _rules(number, book), number


def test_the_tables_last_satisfaction_row_left_empty(book):
    """2435 (Foxit, a run a line): 满意度指标 / 服务对象满意度指标 / 参与果农满意度 / 单位负责人：… — the table's last row,
    nothing after it but the sign-off: its value left empty (STR-06), not a cut cell (no FORM-03)."""
    assert _rules("2435", book) == {("BUD-01", 21), ("STR-06", 77)}


def test_a_funds_note_label_alone_above_its_text(book):
    """2429 (Foxit): 预算调整说明 / 年中追加…经费85.88万元。 — the block's note and its text, no funds lines of them: the
    change explained (no false BUD-07, FORM-03), the true EVAL-06 kept."""
    assert _rules("2429", book) == {("EVAL-06", 27)}


def test_a_names_last_word_of_change_above_its_value(book):
    """2425 (WPS viewer), 2313 (WPS viewer): 项目区草原综合植被盖度 / 提高 / ≥5个百分点 — 提高 the name's last word, the
    value below it (no false VAL-06, EVAL-05); 2313 passes."""
    assert _rules("2425", book) == {("BUD-01", 24)}
    assert check_file(_one("2313"), book).verdict == "通过"


def test_a_grade_wrapped_beside_a_wrapped_label_and_reason(book):
    """2418 (Acrobat): 可持续影响 安防设施长效管护机制   建立健全 部分达成年度指标并   10 10 部分乡镇… / 指标 具有一定效果
    2023年将… — the 二级's end, the grade's end, the reason's next line, one row: its true EVAL-04 found (部分达成 scored
    10 of 10), no false FORM-03; 建立健全 a lasting mechanism's value under 可持续影响 (no VAL-05)."""
    assert _rules("2418", book) == {("DATE-04", None), ("BUD-07", 13), ("EVAL-04", 34)}
