"""Every rule has a failing and a passing fixture (tests/fixtures/rule_cases.yaml); one test runs them all."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from jxcheck.engine import form_dict
from jxcheck.engine.check import check
from jxcheck.engine.rules import rulebook

CASES = yaml.safe_load((Path(__file__).parent / "fixtures" / "rule_cases.yaml").read_text(encoding="utf-8"))
READER_RULES = {"FORM-01", "FORM-02", "FORM-03", "FORM-04", "FORM-05"}  # fixtures are files: test_form_rules.py


def _row(text: str, extras: dict | None) -> dict:
    parts = text.split("|")
    row = {"level1": parts[0], "level2": parts[1], "name": parts[2], "value": parts[3]}
    if len(parts) > 4 and parts[4]:
        row["unit"] = parts[4]
    if len(parts) > 6 and parts[6]:
        row["nature"] = parts[6]
    if len(parts) > 8:
        row["block"] = parts[8]
    if extras is not None:
        row["extras"] = dict(extras)
    return row


def _scored_row(text: str, extras: dict | None) -> dict:
    """A self-evaluation row: 一级|二级|三级|指标值|分值|完成值|得分|偏差原因."""
    parts = (text.split("|") + [""] * 8)[:8]
    row = {"level1": parts[0], "level2": parts[1], "name": parts[2], "value": parts[3]}
    row.update({k: v for k, v in zip(("weight", "actual", "score", "reason"), parts[4:]) if v})
    return row


FUNDS_LINE, TOTAL_LINE = 90, 100  # the line numbers a self-evaluation's funds lines and 总分 row are given


def build(case: dict):
    """The case's form: its base (`base`, or the self-evaluation `self_eval`) with the case's changes."""
    base = CASES[case.get("base", "base")]
    doc = copy.deepcopy({k: v for k, v in base.items() if k != "rows"})
    doc.update(copy.deepcopy(case.get("set", {})))
    rows = list(case.get("rows", base["rows"]))
    for n, text in (case.get("change") or {}).items():  # {row number: new row}
        rows[int(n) - 1] = text
    rows += case.get("add", [])
    make = _scored_row if case.get("base") == "self_eval" else _row
    doc["indicators"] = [make(r, case.get("extras")) for r in rows]
    lines = {("indicators", n): n + 1 for n in range(len(rows))}  # a row's number is its place in the table
    lines.update({("funds", n): FUNDS_LINE + n for n in range(len(doc.get("funds") or []))})
    lines[("score_total", 0)] = TOTAL_LINE
    return form_dict.from_dict(doc, lines)


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
    for rule_id in set(book.rules) - READER_RULES:
        sides = CASES["rules"][rule_id]
        assert sides["fail"] and sides["pass"], rule_id
        assert len(sides["expect"]) == len(sides["fail"]) and all(sides["expect"]), rule_id


@pytest.mark.parametrize("rule_id, outcome, case, expected", list(_params()))
def test_rule_case(rule_id, outcome, case, expected, book):
    """A failing case gives exactly the expected findings of its rule (row, case, message); a passing one none."""
    against = build({"base": case.get("base", "base"), **case["against"]}) if "against" in case else None
    fired = [{"row": f.location.line, "case": f.case, "message": f.message}
             for f in check(build(case), book, against=against) if f.rule == rule_id]
    assert fired == expected
