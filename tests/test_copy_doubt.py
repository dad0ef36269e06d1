"""A copy out of a PDF whose reading looks cut anywhere is read with doubt (engine/doubt.py, read_signs): an empty
value, a value the grammar cannot read, an empty 二级 — the blind sets judged nearly all such findings on copies
false (98 of 104 empty values, 44 of 46 empty 二级, 42 of 44 unreadable values) — are listed to check against the
PDF instead of judged; two of them, or one cut, put the whole table in doubt, so the checks that need every row
(and its group) read right do not run. Each test fails on ffe636d."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from jxcheck.engine import doubt
from jxcheck.engine.check import check_file
from jxcheck.engine.findings import Finding, Severity
from jxcheck.engine.model import Form, FormMeta, Indicator, Location

WRITTEN = Path(__file__).parent / "fixtures" / "written"
CERTAIN = frozenset({"VAL-11", "DATE-01", "STR-08"})  # (per row; STR-01, STR-07: per form)


def _finding(rule: str, line: int | None) -> Finding:
    return Finding(rule=rule, severity=Severity.WARNING, location=Location(line=line), path=(), subject="",
                   message="", expected="", actual="", suggestion="", basis="")


def _form(*indicators: Indicator, groups: tuple[int, ...] = ()) -> Form:
    return Form(meta=FormMeta(year=2024, columns=("level1", "level2", "name", "value"), copied="spaced"),
                indicators=indicators,
                empty_groups=tuple(("产出指标", "质量指标", Location(line=g), None) for g in groups))


def _row(line: int, name: str, raw: str, level2: str = "数量指标") -> Indicator:
    return Indicator("产出指标", level2, name, raw, Location(line=line))


def _gate(form: Form, found: list[Finding]) -> tuple[list[tuple[str, int | None]], list[bool]]:
    wholes: list[bool] = []

    def note(lines: list[int], whole: bool) -> Finding:
        wholes.append(whole)
        return _finding("FORM-03", None)
    kept = doubt.gate(form, found, note, CERTAIN | {"STR-01", "STR-07"}, CERTAIN)
    return [(f.rule, f.location.line) for f in kept], wholes


def test_an_empty_value_alone_on_a_copy_is_listed_and_the_rest_judged():
    form = _form(_row(10, "培训人数", "≥300人"), _row(20, "路面病害处治及时率", ""), _row(30, "宣传场次", "≥3场"))
    assert doubt.read_signs(form) == doubt.Signs(empty=frozenset({20}))
    kept, wholes = _gate(form, [_finding("VAL-11", 10), _finding("STR-06", 20), _finding("VAL-10", 30)])
    assert kept == [("VAL-11", 10), ("VAL-10", 30), ("FORM-03", None)] and wholes == [False]
    assert not doubt.in_doubt(form)


def test_two_empty_values_put_the_whole_copy_in_doubt():
    form = _form(_row(10, "培训人数", "≥300人"), _row(20, "路面病害处治及时率", ""), _row(30, "宣传场次", ""),
                 _row(40, "完工时间", "及时"))
    assert doubt.in_doubt(form)
    kept, wholes = _gate(form, [_finding("VAL-11", 10), _finding("DATE-01", 40), _finding("VAL-05", 40)])
    assert kept == [("VAL-05", 40), ("FORM-03", None)] and wholes == [True]


def test_an_empty_group_on_a_copy_leaves_its_neighbours_groups_unjudged_not_their_values():
    """Written 1204 (pdftotext -layout): 数量指标 printed on the middle line of its span (20), its rows 19 and 21
    read into the groups beside it — a false STR-04 and two false VAL-11."""
    form = _form(_row(19, "危房改造户数", "≥180户"), _row(21, "农房抗震改造户数", "60"), _row(30, "验收合格率", "≥95%"),
                 groups=(20,))
    kept, wholes = _gate(form, [_finding("VAL-11", 19), _finding("STR-04", 20), _finding("VAL-11", 21),
                                _finding("VAL-10", 21), _finding("VAL-11", 30), _finding("STR-01", 19),
                                replace(_finding("STR-07", 19), subject="产出指标")])
    assert kept == [("VAL-10", 21), ("VAL-11", 30), ("STR-01", 19), ("FORM-03", None)] and wholes == [False]


def test_an_unreadable_value_on_a_copy_is_a_sign_not_a_finding():
    form = _form(_row(10, "培训人数", "≥300人"), _row(20, "宣传场次", "≥3场"))
    kept, wholes = _gate(form, [_finding("VAL-01", 20), _finding("VAL-11", 10)])
    assert kept == [("VAL-11", 10), ("FORM-03", None)] and wholes == [False]


def test_a_typed_file_keeps_its_empty_values_and_groups():
    typed = Form(meta=FormMeta(year=2024, columns=("level1", "level2", "name", "value")),
                 indicators=(_row(20, "路面病害处治及时率", ""),),
                 empty_groups=(("产出指标", "质量指标", Location(line=30), None),))
    found = [_finding("STR-06", 20), _finding("STR-04", 30)]
    assert doubt.read_signs(typed) == doubt.Signs() and doubt.gate(typed, found, lambda *a: found[0]) is found


def _rules_at(path: Path, book) -> set[tuple[str, int | None]]:
    return {(f.rule, f.location.line) for f in check_file(path, book).findings}


def test_written_copies_read_in_doubt(book):
    """Blind sets 68 and 70: false findings of rows whose group or value the copy moved (1204, 1196: a merged 二级
    on the middle line of its span; 1176: a column-by-column block's values; 1202: a footer 其他说明的问题：无 read
    as a row, and a long-term and an annual table judged as one)."""
    found = _rules_at(next(WRITTEN.glob("1204_*")), book)
    assert not found & {("STR-04", 20), ("VAL-11", 19), ("VAL-11", 21), ("STR-07", 19)} and ("STR-01", 19) in found
    found = _rules_at(next(WRITTEN.glob("1196_*")), book)
    assert not found & {("STR-04", 27), ("DATE-01", 26), ("DATE-01", 28)}
    found = _rules_at(next(WRITTEN.glob("1176_*")), book)
    assert not {rule for rule, line in found} & {"VAL-01", "EVAL-06"}
    found = _rules_at(next(WRITTEN.glob("1202_*")), book)
    assert not found & {("STR-06", 119), ("VAL-09", 115), ("STR-08", 115)} and ("FORM-03", None) in found
