"""Regenerate what the documents show from the code: the README's example output and rule table, and
docs/rules.md.

    .venv/bin/python tools/docs.py

A test keeps both in step with the rule files (tests/test_docs.py)."""
from __future__ import annotations

import os
import re
from pathlib import Path

from jxcheck.engine.report import rule_doc, rule_list
from jxcheck.engine.rules import rulebook

ROOT = Path(__file__).resolve().parent.parent


EXAMPLE = "examples/000_36c23adddff5d972.txt"


def example_output(book: rulebook.Rulebook) -> str:
    """What `make run` prints, as a terminal 120 columns wide shows it."""
    from jxcheck.engine.check import check_path
    from jxcheck.engine.report import table
    results = check_path(Path(EXAMPLE), book)
    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "120"
    try:
        return table.render(results)
    finally:
        if old is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = old


def readme(book: rulebook.Rulebook) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = rule_list.render(book, "md")
    text = re.sub(r"(<!-- rules:begin -->\n).*?(<!-- rules:end -->)", lambda m: m.group(1) + table + m.group(2),
                  text, flags=re.S)
    shown = "```\n" + example_output(book) + "```\n"
    return re.sub(r"(<!-- example:begin -->\n).*?(<!-- example:end -->)", lambda m: m.group(1) + shown + m.group(2),
                  text, flags=re.S)


def main() -> None:
    os.chdir(ROOT)
    book = rulebook.load()
    (ROOT / "README.md").write_text(readme(book), encoding="utf-8")
    (ROOT / "docs" / "rules.md").write_text(rule_doc.document(book), encoding="utf-8")


if __name__ == "__main__":
    main()
