"""Session 30: mends of losses left from earlier blind sets. Each test fails on 2f13139 (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _found(result) -> set[tuple[str, int | None]]:
    return {(f.rule, f.location.line) for f in result.findings}


def test_the_printed_place_to_sign_is_not_a_signature(book):
    """5114, 5122, 4393: 单位负责人： | （盖章） — the place the head of unit signs, printed and left blank: DATE-04
    asks for it; a name beside the mark is a signature."""
    for number in ("5114", "5122", "4393"):
        found = [f for f in check_file(_one(number), book).findings if f.rule == "DATE-04"]
        assert [f.subject for f in found] == ["单位负责人"], number
    from jxcheck.engine.rules.dates import _MARK
    assert _MARK.fullmatch("（签字）") and not _MARK.fullmatch("张建国（签字）")


def test_a_signoff_label_alone_on_its_line_ends_the_table(book):
    """5116 (Chrome, a cell a line): 填报单位（盖章） / 屯昌县市场监督管理局 / 填报人 / 吴海燕 under the last indicator —
    the sign-off, its labels without colons, not a row named by the unit; the preparer is found."""
    result = check_file(_one("5116"), book)
    assert [f.subject for f in result.findings if f.rule == "DATE-04"] == ["单位负责人"]
    assert ("填报人", "吴海燕") in result.form.meta.fields
