"""Real forms as departments saved them (an .xlsx with merged cells and a blank template sheet, a Word table with
prose around it, a GB18030 CSV), made by someone who never saw jxcheck, each beside its text transcription: the
office file gives the findings its transcription gives. The transcription's provenance notes (which say what the
source page cut off) have no place in an office file, so the text is compared without them."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from jxcheck.engine.check import check_path

FIXTURES = Path(__file__).parent / "fixtures"
PAIRS = sorted(p for p in (FIXTURES / "office_pairs").iterdir() if p.suffix in (".xlsx", ".docx", ".csv", ".xls"))


def _seen(path: Path, book) -> tuple[int, Counter]:
    results = check_path(path, book)
    return (sum(len(r.form.indicators) for r in results if r.form is not None),
            Counter((f.rule, f.severity.label, f.subject) for r in results for f in r.findings))


@pytest.mark.parametrize("office", PAIRS, ids=lambda p: p.name[:3] + p.suffix)
def test_an_office_file_reads_as_its_transcription(office, book, tmp_path):
    text = FIXTURES / "forms" / (office.stem + ".txt")
    bare = tmp_path / text.name
    bare.write_text("".join(line for line in text.read_text(encoding="utf-8").splitlines(True)
                            if not line.startswith("# ")), encoding="utf-8")
    assert _seen(office, book) == _seen(bare, book)
