"""Shared fixtures: the bundled forms, a loaded rulebook, and a way to make one-line variants."""
from __future__ import annotations

from pathlib import Path

import pytest

from jxcheck.engine.rules import rulebook

FIXTURES = Path(__file__).parent / "fixtures"
FORMS = FIXTURES / "forms"
REFERENCE = FORMS / "000_36c23adddff5d972.txt"


@pytest.fixture(scope="session")
def book() -> rulebook.Rulebook:
    return rulebook.load()


@pytest.fixture
def variant(tmp_path):
    """Write the reference form with some physical lines replaced: variant({110: 'new line'})."""
    def make(changes: dict[int, str], name: str = "variant.txt", encoding: str = "utf-8") -> Path:
        lines = REFERENCE.read_text(encoding="utf-8").split("\n")
        for number, text in changes.items():
            lines[number - 1] = text
        path = tmp_path / name
        path.write_bytes("\n".join(lines).encode(encoding))
        return path
    return make
