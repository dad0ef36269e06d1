"""A rule's examples, taken from its own fixture cases (rules/examples/rule_cases.yaml, which the tests run):
a failing one with the message it gives, and a passing one. Written once, shown by `jxcheck explain`, the
API and docs/rules.md."""
from __future__ import annotations

import copy
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from jxcheck.engine import form_dict
from jxcheck.engine.findings import Finding
from jxcheck.engine.model import Form

_WORDS = {"fail": ("不通过的例子", "A failing example"), "pass": ("通过的例子", "A passing example"),
          "base": ("样表", "the sample form"), "self_eval": ("自评样表", "the sample self-evaluation"),
          "changed": ("改动", "changed"), "added": ("增加", "added"), "rows": ("指标表改为", "indicator table"),
          "file": ("文件", "file"), "gives": ("→ 结果", "→ gives"), "clean": ("原样不触发此规则", "as it is, the rule does not fire"),
          "against": ("对照的目标表", "the target form compared with"), "row": ("第{0}行", "row {0}"),
          "weight": ("分值", "weight"), "actual": ("完成值", "result"), "score": ("得分", "score"),
          "reason": ("偏差原因", "reason"),
          "silent": ("→ 按当前的配置或规则，此例不触发本规则", "→ with the current config or rules, no finding")}
_SCORED = ("weight", "actual", "score", "reason")


def _w(key: str, lang: str) -> str:
    return _WORDS[key][lang == "en"]


@lru_cache(maxsize=1)
def cases() -> dict:
    text = resources.files("jxcheck.rules").joinpath("examples", "rule_cases.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


# -- a case as a form, or as a file ------------------------------------------------------------------------------
FUNDS_LINE, TOTAL_LINE = 90, 100  # the line numbers a self-evaluation's funds lines and 总分 row are given


def _target_row(text: str, extras: dict | None) -> dict:
    """一级|二级|三级|指标值[|计量单位|…|指标性质|…|block]."""
    parts = text.split("|")
    row: dict[str, object] = {"level1": parts[0], "level2": parts[1], "name": parts[2], "value": parts[3]}
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


def build(case: dict) -> Form:
    """The case's form: its sample (`base`, or the self-evaluation `self_eval`) with the case's changes."""
    base = cases()[case.get("base", "base")]
    doc = copy.deepcopy({k: v for k, v in base.items() if k != "rows"})
    doc.update(copy.deepcopy(case.get("set", {})))
    rows = list(case.get("rows", base["rows"]))
    for n, text in (case.get("change") or {}).items():  # {row number: new row}
        rows[int(n) - 1] = text
    rows += case.get("add", [])
    make = _scored_row if case.get("base") == "self_eval" else _target_row
    doc["indicators"] = [make(r, case.get("extras")) for r in rows]
    lines = {("indicators", n): n + 1 for n in range(len(rows))}  # a row's number is its place in the table
    lines.update({("funds", n): FUNDS_LINE + n for n in range(len(doc.get("funds") or []))})
    lines[("score_total", 0)] = TOTAL_LINE
    return form_dict.from_dict(doc, lines)


def write_file(case: dict, folder: Path) -> Path:
    """A case the reader judges, as a file: its own name and text, or its form written as the canonical YAML."""
    if "file" in case:
        path = folder / case["file"]["name"]
        path.write_text(case["file"]["text"], encoding="utf-8")
        return path
    path = folder / case["as_file"]
    doc = form_dict.to_dict(build(case))
    doc["unplaced"] = case.get("set", {}).get("unplaced", doc["unplaced"])
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def findings(case: dict, book, lang: str = "zh") -> list[Finding]:
    """Every finding on the case's form (or file)."""
    from jxcheck.engine.check import check, check_file
    if "file" in case or "as_file" in case:
        with tempfile.TemporaryDirectory(prefix="jxcheck-example-") as folder:
            return check_file(write_file(case, Path(folder)), book, lang).findings
    against = build({"base": case.get("base", "base"), **case["against"]}) if "against" in case else None
    return check(build(case), book, lang, against=against)


# -- a case shown ----------------------------------------------------------------------------------------------
def _row(text: str, scored: bool, lang: str) -> str:
    parts = text.split("|")
    shown = " › ".join(p for p in parts[:3] if p) + "：" + (parts[3] if len(parts) > 3 and parts[3] else "（空）")
    if scored:
        extra = [f"{_w(k, lang)}{v}" for k, v in zip(_SCORED, parts[4:8]) if v]
        shown += ("，" if lang != "en" else ", ") + ("，" if lang != "en" else ", ").join(extra) if extra else ""
    elif len(parts) > 4 and parts[4]:
        shown += f"（{parts[4]}）"
    return shown


def _describe(case: dict, lang: str) -> list[str]:
    """A case's change from its sample form (rules/examples/rule_cases.yaml), as lines."""
    colon = ": " if lang == "en" else "："
    base = case.get("base", "base")
    scored = base == "self_eval"
    lines = [f"{_w(base, lang)}" + (f"（{case['as_file']}）" if "as_file" in case else "")]
    if "file" in case:
        return [f"{_w('file', lang)} “{case['file']['name']}”{colon}{case['file']['text'].strip()[:80]}"]
    if "rows" in case:
        lines.append(f"{_w('rows', lang)}{colon}")
        lines += [f"  {_row(r, scored, lang)}" for r in case["rows"]]
    for n, text in (case.get("change") or {}).items():
        lines.append(f"{_w('row', lang).format(n)} {_w('changed', lang)}{colon}{_row(text, scored, lang)}")
    for text in case.get("add") or []:
        lines.append(f"{_w('added', lang)}{colon}{_row(text, scored, lang)}")
    for key, value in (case.get("set") or {}).items():
        lines.append(f"{key}{colon}{yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=1000).strip()}")
    if "against" in case:
        lines.append(f"{_w('against', lang)}{colon}" + "；".join(_describe({**case["against"], "base": base}, lang)[1:]))
    if len(lines) == 1:
        lines[0] += _w("clean", lang) if lang != "en" else f" ({_w('clean', lang)})"
    return lines


def examples(rule_id: str, book, lang: str = "zh") -> list[str]:
    """Markdown lines: the rule's first failing case and what it gives, run now in `lang`, and a passing case
    (one that differs from the sample form, where the fixtures have one)."""
    entry = cases().get("rules", {}).get(rule_id)
    if not entry:
        return []
    out: list[str] = []
    if entry.get("fail"):
        case = entry["fail"][0]
        given = [f for f in findings(case, book, lang) if f.rule == rule_id]
        out += ["", f"**{_w('fail', lang)}**", "", "```"] + _describe(case, lang)
        out += [f"{_w('gives', lang)}{': ' if lang == 'en' else '：'}{f.message}" for f in given] or [_w("silent", lang)]
        out += ["```"]
    if entry.get("pass"):
        passing = next((c for c in entry["pass"] if set(c) - {"base"}), entry["pass"][0])
        out += ["", f"**{_w('pass', lang)}**", "", "```"] + _describe(passing, lang) + ["```"]
    return out
