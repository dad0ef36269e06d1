"""Golden findings: the reference form's findings, reviewed by hand, kept in tests/golden/."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from jxcheck.engine.check import check_file

from conftest import FORMS

GOLDEN = Path(__file__).parent / "golden"


def _summary(result) -> list[dict]:
    return [{"rule": f.rule, "severity": f.severity.label, "line": f.location.line, "subject": f.subject,
             "actual": f.actual} for f in result.findings]


@pytest.mark.parametrize("golden", sorted(GOLDEN.glob("*.json")), ids=lambda p: p.stem)
def test_golden(golden, book):
    expected = json.loads(golden.read_text(encoding="utf-8"))
    result = check_file(FORMS / expected["form"], book)
    assert result.verdict == expected["verdict"]
    assert _summary(result) == expected["findings"]
