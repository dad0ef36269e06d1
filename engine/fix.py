"""jxcheck fix: the mechanical corrections, written into a copy, never into the original. Only what cannot change
a form's meaning: a comparator written with look-alike or ASCII signs (>= ≧ → ≥, ﹦ ═ = → ＝), a money cost
written in 万 on a form kept in 万元 (≤60万 → ≤60万元, where BUD-05 says so), 95%以上 → ≥95%, stray spaces,
invisible characters and full-width digits, and a unit written in the name moved into the empty unit column
(培训人次(人次) | ≥300 | [empty] → 培训人次 | ≥300 | 人次). Each change is listed with the cell, what it was and why."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from jxcheck.engine.findings import Finding
from jxcheck.engine.fix_files import Editor, editor_for
from jxcheck.engine.model import Form, Indicator
from jxcheck.engine.units import lookup
from jxcheck.engine.values.chars import clean
from jxcheck.engine.values.parse import parse_value

_LOOKALIKE = [(re.compile(r"^\s*(>=|=>|≧|大于等于)"), "≥"), (re.compile(r"^\s*(<=|=<|≦|小于等于)"), "≤"),
              (re.compile(r"^\s*(﹦|═|=|＝)(?!=)"), "＝"), (re.compile(r"^\s*(>|﹥)(?!=)"), "＞"),
              (re.compile(r"^\s*(<|﹤)(?!=)"), "＜")]
_ABOVE = re.compile(r"^(\d+(?:\.\d+)?)\s*([%％\u4e00-\u9fffA-Za-z/·.]*?)\s*(及以上|以上|及以下|以下)$")
_WAN = re.compile(r"^([≥≤＞＜＝]?\s*\d+(?:\.\d+)?)\s*万$")
_FULL_DIGITS = {ord(c): ord("0") + n for n, c in enumerate("０１２３４５６７８９")} | {ord("．"): ord(".")}
_NAME_UNIT = re.compile(r"^(.+?)\s*[(（]\s*([^()（）]{1,6})\s*[)）]$")
_EDGE_PUNCT = re.compile(r"^[、，。；,;.]+|[、，；,;]+$")


@dataclass(frozen=True)
class Change:
    where: str  # the cell as a reviewer names it
    field: str  # 指标值, 三级指标, 计量单位
    old: str
    new: str
    why: str  # Chinese
    why_en: str
    key: object  # the editor's handle on the cell


def tidy_value(text: str) -> tuple[str, list[tuple[str, str]]]:
    """A value with stray spaces, invisible characters and full-width digits gone, its comparator canonical and
    以上/以下 written as a sign; with the reasons (zh, en) for what changed."""
    reasons: list[tuple[str, str]] = []
    new = re.sub(r"\s+", "", clean(text))
    new = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", new)
    if new != text:
        reasons.append(("删除多余空格和不可见字符", "stray spaces and invisible characters removed"))
    digits = new.translate(_FULL_DIGITS)
    if digits != new:
        reasons.append(("全角数字改为半角", "full-width digits made half-width"))
        new = digits
    for pattern, sign in _LOOKALIKE:
        found = pattern.match(new)
        if found and found.group(1) != sign:
            new = sign + new[found.end():]
            reasons.append((f"比较符“{found.group(1)}”改为规范的“{sign}”", f"comparator “{found.group(1)}” made “{sign}”"))
            break
    above = _ABOVE.match(new)
    if above and not re.match(r"^[≥≤＞＜＝]", new):
        sign = "≥" if "上" in above.group(3) else "≤"
        new = f"{sign}{above.group(1)}{above.group(2)}"
        reasons.append((f"“{above.group(3)}”改为比较符“{sign}”", f"“{above.group(3)}” written as “{sign}”"))
    return new, reasons


def tidy_name(text: str) -> tuple[str, list[tuple[str, str]]]:
    new = _EDGE_PUNCT.sub("", re.sub(r"\s{2,}|[\u3000\t]", "", clean(text)).strip())
    new = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", new)
    return new, ([("删除多余空格、不可见字符和首尾标点", "stray spaces, invisible characters and edge punctuation removed")]
                 if new != text else [])


def plan(form: Form, findings: list[Finding], editor: Editor) -> list[Change]:
    """The changes to make: each indicator's value and name tidied, 万 to 万元 where BUD-05 found it, a unit
    moved out of the name where the value has none and the unit column is empty."""
    flagged = {(f.rule, f.path) for f in findings}
    money_wan = form.meta.money_unit == "万元"
    changes: list[Change] = []
    for n, item in enumerate(form.indicators):
        if item.uncertain:
            continue
        changes += _value_changes(item, n, editor, money_wan and ("BUD-05", item.path) in flagged)
        changes += _name_changes(item, n, editor, form, parse_value(item.raw).kind == "quantity"
                                 and not getattr(parse_value(item.raw), "unit", None))
    return changes


def _value_changes(item: Indicator, n: int, editor: Editor, wan: bool) -> list[Change]:
    found = editor.value_cell(item, n)
    if found is None:
        return []
    key, where, old = found
    new, reasons = tidy_value(old)
    if wan and _WAN.match(new):
        new += "元"
        reasons.append(("表中金额单位为万元，“万”写作“万元”", "the form's money unit is 万元: 万 written 万元"))
    if new == old or not new:
        return []
    return [Change(where, "指标值", old, new, "；".join(z for z, _ in reasons), "; ".join(e for _, e in reasons), key)]


def _name_changes(item: Indicator, n: int, editor: Editor, form: Form, unitless: bool) -> list[Change]:
    found = editor.name_cell(item, n)
    if found is None:
        return []
    key, where, old = found
    new, reasons = tidy_name(old)
    out = []
    moved = _NAME_UNIT.match(new) if unitless else None
    unit_cell = editor.unit_cell(item, n, form) if moved else None
    if moved and unit_cell is not None and unit_cell[2] == "" and lookup(moved.group(2)).kind != "unknown":
        new = moved.group(1)
        unit_key, unit_where, _ = unit_cell
        out.append(Change(unit_where, "计量单位", "", moved.group(2), "单位从指标名称移入计量单位列",
                          "the unit moved from the name into the unit column", unit_key))
        reasons.append(("单位移入计量单位列", "its unit moved into the unit column"))
    if new != old and new:
        out.insert(0, Change(where, "三级指标", old, new, "；".join(z for z, _ in reasons),
                             "; ".join(e for _, e in reasons), key))
    return out


def fix(path: Path, form: Form, findings: list[Finding], output: Path | None) -> list[Change]:
    """The changes for one form's file, written to `output` (None: only listed)."""
    editor = editor_for(path, form)
    changes = plan(form, findings, editor)
    if output is not None and changes:
        for change in changes:
            editor.set(change.key, change.new, change.old)
        editor.save(output)
    return changes
