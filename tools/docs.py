"""Regenerate what the documents list from the code: the README's rule table and docs/rules.md.

    .venv/bin/python tools/docs.py

A test keeps both in step with the rule files (tests/test_docs.py)."""
from __future__ import annotations

import re
from pathlib import Path

from jxcheck.engine.report import rule_doc, rule_list
from jxcheck.engine.rules import rulebook

ROOT = Path(__file__).resolve().parent.parent


def readme(book: rulebook.Rulebook) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = rule_list.render(book, "md")
    return re.sub(r"(<!-- rules:begin -->\n).*?(<!-- rules:end -->)", lambda m: m.group(1) + table + m.group(2),
                  text, flags=re.S)


def main() -> None:
    book = rulebook.load()
    (ROOT / "README.md").write_text(readme(book), encoding="utf-8")
    (ROOT / "docs" / "rules.md").write_text(rule_doc.document(book), encoding="utf-8")


if __name__ == "__main__":
    main()
