"""Real forms of the corpus laid out again as other templates print them (columns reordered and relabelled, values
split into 指标性质 | 指标值 | 计量单位 or joined, two-row headers, levels repeated on every row or merged, weights
in the labels, the header one pair per row, the goal block turned), by someone who never saw jxcheck: each reads
as its original, finding for finding."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from jxcheck.engine.check import check_path

FIXTURES = Path(__file__).parent / "fixtures"
VARIANTS = sorted((FIXTURES / "layout_variants").glob("*.txt"))
# what a variant says differently, on purpose: 105 writes 产出指标 on every row, so its 经济成本指标 rows stand
# under 产出指标 (a 101 二级 under the older 一级: STR-03) and 成本指标 is an empty 二级 of it (STR-04), where the
# original's 成本指标 alone on its row heads those rows as their 一级
DIFFERS = {"105": Counter({("STR-03", "经济成本指标"): 1, ("STR-04", "成本指标"): 1})}


def _seen(path: Path, book) -> tuple[int, Counter]:
    results = check_path(path, book)
    return (sum(len(r.form.indicators) for r in results if r.form is not None),
            Counter((f.rule, f.subject) for r in results for f in r.findings))


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda p: p.name[:3])
def test_a_form_in_another_template_reads_as_the_original(variant, book):
    original = FIXTURES / "forms" / variant.name.split("_", 1)[1]
    count, found = _seen(variant, book)
    expected_count, expected = _seen(original, book)
    assert count == expected_count
    assert found == expected + DIFFERS.get(variant.name[:3], Counter())
