"""Every rule has a failing and a passing fixture (rules/examples/rule_cases.yaml, which `jxcheck explain` shows as
the rule's examples); one test runs them all."""
from __future__ import annotations

import pytest

from jxcheck.engine.check import check, check_file
from jxcheck.engine.report import examples
from jxcheck.engine.rules import rulebook

CASES = examples.cases()
NO_CASE = {"FORM-05"}  # a rule that fails while running: tests/test_hostile.py makes one fail
build = examples.build


def _params():
    for rule_id, sides in CASES["rules"].items():
        for outcome in ("fail", "pass"):
            for n, case in enumerate(sides[outcome]):
                expected = sides["expect"][n] if outcome == "fail" else []
                yield pytest.param(rule_id, outcome, case, expected, id=f"{rule_id}-{outcome}-{n}")


@pytest.mark.parametrize("base", ["base", "self_eval"])
def test_base_form_is_clean(base, book):
    assert check(build({"base": base}), book) == []


def test_every_rule_has_both_fixtures(book):
    for rule_id in set(book.rules) - NO_CASE:
        sides = CASES["rules"][rule_id]
        assert sides["fail"] and sides["pass"], rule_id
        assert len(sides["expect"]) == len(sides["fail"]) and all(sides["expect"]), rule_id


@pytest.mark.parametrize("rule_id, outcome, case, expected", list(_params()))
def test_rule_case(rule_id, outcome, case, expected, book, tmp_path):
    """A failing case gives exactly the expected findings of its rule (row, case, message); a passing one none."""
    against = build({"base": case.get("base", "base"), **case["against"]}) if "against" in case else None
    if "file" in case or "as_file" in case:  # what the reader says: the case is a file
        findings = check_file(examples.write_file(case, tmp_path), book).findings
    else:
        findings = check(build(case), book, against=against)
    fired = [{"row": f.location.line, "case": f.case, "message": f.message} for f in findings if f.rule == rule_id]
    assert fired == expected
