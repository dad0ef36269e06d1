"""Rewrite the golden findings of the named forms after a change was reviewed (the golden test compares
every run with them):

    .venv/bin/python tools/golden.py 027 031        # forms whose file names start with these

Review the diff (`git diff tests/golden/`) against the form and its review (tests/fidelity/reviews/)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from jxcheck.engine.check import check_file
from jxcheck.engine.rules import rulebook

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "tests" / "fixtures" / "forms"
GOLDEN = ROOT / "tests" / "golden"


def write(form: Path, book: rulebook.Rulebook) -> Path:
    result = check_file(form, book)
    out = GOLDEN / (form.stem + ".json")
    old = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    doc = {"form": form.name, "review": old.get("review", "Reviewed against tests/fidelity/reviews/."),
           "verdict": result.verdict,
           "findings": [{"rule": f.rule, "severity": f.severity.label, "line": f.location.line, "subject": f.subject,
                         "actual": f.actual} for f in result.findings]}
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return out


def main(prefixes: list[str]) -> None:
    book = rulebook.load()
    for prefix in prefixes:
        for form in sorted(FORMS.glob(f"{prefix}*.txt")):
            print(write(form, book).relative_to(ROOT))


if __name__ == "__main__":
    main(sys.argv[1:])
