"""Regenerate the README's rule table from the rule files: python tools/readme_rules.py"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jxcheck.engine.report import rule_list  # noqa: E402
from jxcheck.engine.rules import rulebook  # noqa: E402


def main() -> None:
    readme = ROOT / "README.md"
    table = rule_list.render(rulebook.load(), "md")
    text = re.sub(r"(<!-- rules:begin -->\n).*?(<!-- rules:end -->)", lambda m: m.group(1) + table + m.group(2),
                  readme.read_text(encoding="utf-8"), flags=re.S)
    readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
