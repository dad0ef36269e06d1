"""docs/ is the contract: what it lists of the code (rules, their status, options, JSON keys) is kept in step."""
from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest

from jxcheck import cli
from jxcheck.engine.report import json_report, rule_doc, rule_list

from conftest import REFERENCE

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def test_readme_rule_table_is_generated(book):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = re.search(r"<!-- rules:begin -->\n(.*?)<!-- rules:end -->", readme, re.S).group(1)
    assert table == rule_list.render(book, "md"), "run: .venv/bin/python tools/docs.py"


def test_readme_example_is_what_make_run_prints(book):
    import sys
    sys.path.insert(0, str(ROOT / "tools"))
    import docs as tool
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"<!-- example:begin -->\n```\n(.*?)```\n<!-- example:end -->", readme, re.S).group(1)
    import os
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        assert shown == tool.example_output(book), "run: .venv/bin/python tools/docs.py"
    finally:
        os.chdir(here)


def test_rule_pages_are_generated(book):
    assert (DOCS / "rules.md").read_text(encoding="utf-8") == rule_doc.document(book), \
        "run: .venv/bin/python tools/docs.py"


def test_the_catalogue_s_status_table_is_the_rulebook(book):
    text = (DOCS / "catalogue.md").read_text(encoding="utf-8")
    table = re.search(r"<!-- status:begin -->\n(.*?)<!-- status:end -->", text, re.S).group(1)
    implemented, planned = set(), set()
    for line in table.splitlines()[2:]:
        _, done, todo = [c.strip() for c in line.strip("|").split("|")]
        implemented |= set(re.findall(r"[A-Z]+-\d+", done))
        planned |= set(re.findall(r"[A-Z]+-\d+", todo))
    assert implemented == set(book.rules) and not implemented & planned


def _commands() -> list[click.Command]:
    return [cli.cli, *cli.cli.commands.values()]


def test_the_contract_names_every_command_and_option():
    text = (DOCS / "contract.md").read_text(encoding="utf-8")
    for command in _commands():
        if command is not cli.cli:
            assert f"### {command.name}" in text, command.name
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt not in ("--help", "--version"):
                    assert f"`{opt}" in text or f"{opt} " in text, (command.name, opt)


def test_the_contract_names_every_json_key():
    from test_cli import invoke
    text = (DOCS / "contract.md").read_text(encoding="utf-8")
    doc = json.loads(invoke(["validate", str(REFERENCE.parent), "--format", "json"]).stdout)
    finding = next(f for r in doc["results"] for f in r["findings"])
    keys = set(doc) | set(doc["summary"]) | set(doc["results"][0]) | set(finding) | set(finding["location"])
    keys |= set(json_report.ROLLUP_KEYS)
    missing = sorted(k for k in keys if f'"{k}"' not in text and f"`{k}`" not in text)
    assert not missing


@pytest.mark.parametrize("page", ["architecture.md", "contract.md", "catalogue.md"])
def test_the_pages_name_only_modules_that_exist(page):
    text = (DOCS / page).read_text(encoding="utf-8")
    for path in set(re.findall(r"`((?:engine|rules|schemas|tests|tools)/[\w/.]+)`", text)):
        assert (ROOT / path).exists(), path
