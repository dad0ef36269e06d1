"""The one entry point: check(form, rulebook) -> findings; check_file(path, rulebook) for a file."""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable
from dataclasses import replace
from pathlib import Path

from jxcheck.engine import doubt, units
from jxcheck.engine.findings import EXPLAIN, Explanation, Finding, Problem, problem
from jxcheck.engine.model import Form, Indicator, Location, evolve
from jxcheck.engine.results import FileResult
from jxcheck.engine.readers import read, reasons
from jxcheck.engine.readers.result import ReadResult
from jxcheck.engine.rules.evaluate import REQUIREMENTS, evaluate, profile_for
from jxcheck.engine.rules.rule import Rule, case_values
from jxcheck.engine.rules.rulebook import Rulebook
from jxcheck.engine.values.parse import parse_parts, parse_value
from jxcheck.engine.values.types import Quantity
from jxcheck.engine.waivers import Waiver, apply as waive


def with_values(form: Form) -> Form:
    """The values step: each indicator's value (and the project period) parsed once, before any rule runs."""
    if form.meta.period and form.meta.period_value is None:
        form = replace(form, meta=replace(form.meta, period_value=parse_value(form.meta.period)))
    if all(i.value is not None for i in form.indicators):
        return form
    return replace(form, indicators=tuple(_parsed(i) for i in form.indicators))


def _parsed(ind: Indicator) -> Indicator:
    if ind.value is not None:
        return ind
    unit_cell = ind.unit_cell
    named = _NAME_UNIT.search(ind.name)
    if not (unit_cell or "").strip() and named and units.is_known(named.group(1)) and _bare_number(ind.raw):
        unit_cell = named.group(1)  # 受益学生人数（人） | 1200: the unit stands in the name
    split = ind.nature is not None or unit_cell is not None
    value = parse_parts(ind.nature, ind.raw, unit_cell) if split else parse_value(ind.raw)
    if unit_cell and unit_cell != ind.unit_cell:
        value = replace(value, notes=value.notes + (f"计量单位取自指标名称（{unit_cell}）",))
    if isinstance(value, Quantity) and value.unit == "万元" and _WAN_ALONE.search(ind.raw) \
            and re.search(r"(数量|质量|时效)指标$", ind.level2) and not _MONEY_NAME.search(ind.name):
        value = replace(value, number=value.number * 10000, unit=None, unit_kind=None, wan=None,  # ≥120万 scanned
                        notes=tuple(n for n in value.notes if "万元" not in n) + ("“万”是数量级，未写计量单位",))
    return evolve(ind, value=value)


# “万” alone after a number (≥120万, not 万元, 万人, 万册), and names of money: a bare 万 counts 万元 only there —
# under 数量/质量/时效指标 a count's name (馆藏档案数字化扫描 ≥120万) makes it a count's magnitude with its unit unsaid
_WAN_ALONE = re.compile(r"\d\s*万\s*$")
_MONEY_NAME = re.compile(r"资金|金额|经费|费|成本|投入|投资|预算|支出|补助|补贴|奖补|奖励|收入|产值|销售|营业|利润|税|价|额|元|款|"
                         r"损失|效益|工资|薪|基金|债")


_NAME_UNIT = re.compile(r"[(（]\s*(?:≥|≤|>=|<=|＞|＜)?\s*\**\s*([^()（）*≥≤<>＞＜=]{1,6})[)）]\s*$")  # (人) (≥**平方米)


def _bare_number(raw: str) -> bool:
    v = parse_value(raw)
    return v.kind == "quantity" and not getattr(v, "unit", None)


def stamp(p: Problem, rule: Rule, lang: str = "zh") -> Finding:
    """A Problem made into a Finding with the rule's id, severity and wording."""
    values = p.fields()
    if lang == "en" and "reason" in values:
        values["reason"] = reasons.english(values["reason"])
    if lang == "en":  # the marker of an empty cell, wherever a rule puts it
        values = {k: "(empty)" if v == "（空）" else v for k, v in values.items()}
    case = rule.case(p.case)
    values = {**case_values(case), **values}
    texts = {**rule.texts, **case.texts}

    def text(key: str) -> str:
        template = texts.get(f"{key}_en") if lang == "en" and texts.get(f"{key}_en") else texts.get(key, "")
        return (template or "").format_map(values)

    severity = p.severity or case.severity or rule.severity
    return Finding(rule=rule.id, severity=severity, location=p.location, path=p.path, subject=p.subject,
                   message=text("message"), expected=text("expected"), actual=text("actual"),
                   suggestion=text("suggestion"), basis=rule.basis, case=p.case)


def check(form: Form, book: Rulebook, lang: str = "zh", against: Form | None = None) -> list[Finding]:
    """Every finding of the rulebook on one form, sorted by location."""
    return check_explained(form, book, lang, against)[0]


def check_explained(form: Form, book: Rulebook, lang: str = "zh", against: Form | None = None,
                    without_table: bool = False, cap: bool = True) -> tuple[list[Finding], list[Explanation]]:
    """Findings, and the explanations some checks give where they found nothing wrong. `against`: the approved
    target form of a self-evaluation (EVAL-08). `without_table`: a header and goals only (FORM-02). `cap`: at most
    MAX_PER_RULE findings of a rule (off where the caller caps after its own filtering)."""
    findings, notes, rules = [], [], {}
    for p, rule in evaluate(with_values(form), book, with_values(against) if against is not None else None,
                            without_table):
        if p.case == EXPLAIN:
            notes.append(Explanation(p.rule, p.fields().get("text", "")))
            continue
        try:
            findings.append(stamp(p, rule, lang))
        except KeyError as exc:  # a message names a value this problem does not carry: the rule is broken
            reason = f"消息中的占位符{{{exc.args[0]}}}没有取值" if lang != "en" else \
                f"its message names {{{exc.args[0]}}}, which this problem does not carry"
            findings.append(stamp(problem("FORM-05", p.location, subject=rule.id, rule=rule.id, reason=reason),
                                  book.effective("FORM-05"), lang))
            continue
        rules[rule.id] = rule
    unsure = {_row(i.location) for i in form.indicators if i.uncertain}
    if unsure:  # a row the reader is not sure of is not judged (FORM-03 said why) — on a row of several
        sure = {(_row(i.location), i.name) for i in form.indicators if not i.uncertain}  # (a notice's sentence),
        findings = [f for f in findings if f.rule.startswith("FORM-") or _row(f.location) not in unsure  # its sure
                    or (_row(f.location), f.subject) in sure]                                          # ones are
    found = sorted(once(superseded(findings, rules)), key=Finding.sort_key)
    return (capped(found, lang) if cap else found), notes


def once(findings: list[Finding]) -> list[Finding]:
    """One row read twice — its 中期 and 年度 values side by side, a table each — says the same thing once: a
    finding word for word like another on the same row (VAL-11 on the name they share) is dropped."""
    seen: set[tuple] = set()
    out = []
    for f in findings:
        key = (f.rule, _row(f.location), f.subject, f.message, f.actual)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


MAX_PER_RULE = 100  # a form is a few hundred cells: more findings of one rule say nothing new, and cost time


def capped(findings: list[Finding], lang: str = "zh", limit: int = MAX_PER_RULE) -> list[Finding]:
    """At most `limit` findings of each rule on a form; the rest are one finding that says how many more
    there are (with the worst severity among them, so the verdict does not change)."""
    counts = Counter(f.rule for f in findings)
    if all(n <= limit for n in counts.values()):
        return findings
    kept: list[Finding] = []
    more: dict[str, list[Finding]] = {}
    seen: Counter = Counter()
    for f in findings:
        seen[f.rule] += 1
        if seen[f.rule] <= limit:
            kept.append(f)
        else:
            more.setdefault(f.rule, []).append(f)
    for rule, rest in more.items():
        zh = f"另有{len(rest)}处{rule}问题未逐一列出（每张表每条规则最多列出{limit}处）。"
        en = f"{len(rest)} more findings of {rule} are not listed one by one (at most {limit} per rule and form)."
        kept.append(replace(rest[0], severity=max(f.severity for f in rest), path=(), subject=rule,
                            message=en if lang == "en" else zh, expected="", actual=str(len(rest)), suggestion=""))
    return sorted(kept, key=Finding.sort_key)


def _row(loc: Location) -> tuple:
    """The row a location is on (a name's cell and a value's cell are the same row)."""
    return loc.sheet, loc.table, loc.number()


def superseded(findings: list[Finding], rules: dict[str, Rule]) -> list[Finding]:
    """One defect, one finding: drop what a rule with `supersedes` replaces — on the same row, or,
    for a whole-form rule it names, anywhere on the form; what a whole-form finding replaces goes on every row
    (the weights written as targets: no row's bare number is its own missing unit)."""
    replaced: dict[tuple, set[str]] = {}
    targets: Iterable[str]
    whole_form: set[str] = set()
    everywhere: set[str] = set()
    for f in findings:
        rule = rules.get(f.rule)
        case_targets = rule.case(f.case).supersedes if rule is not None and f.case else None
        targets = (case_targets if case_targets is not None else rule.supersedes) if rule is not None else ()
        if targets:
            replaced.setdefault((_row(f.location), f.path), set()).update(targets)
            whole_form.update(t for t in targets if t != "*")
            if rule is not None and rule.scope == "form":  # a finding about the whole form: its targets, on any row
                everywhere.update(t for t in targets if t != "*")
    if not replaced:
        return findings
    out = []
    for f in findings:
        targets = replaced.get((_row(f.location), f.path), set()) if f.path else set()
        form_level = f.rule in rules and rules[f.rule].scope != "indicator" and f.rule in whole_form
        wildcard = "*" in targets and f.rule in rules and not rules[f.rule].supersedes \
            and "scores" not in rules[f.rule].requires  # a placeholder in a name does not touch the scoring
        if f.rule in targets or form_level or wildcard or f.rule in everywhere:
            continue
        out.append(f)
    return out


def check_file(path: Path, book: Rulebook, lang: str = "zh", waivers: list[Waiver] | None = None,
               against: Form | None = None) -> FileResult:
    """The first (usually the only) form of a file, checked: check_path for every form a file holds."""
    return check_path(path, book, lang, waivers, against)[0]


def check_path(path: Path, book: Rulebook, lang: str = "zh", waivers: list[Waiver] | None = None,
               against: Form | None = None) -> list[FileResult]:
    """Read a file and check each form in it (a form on each sheet, a table of several projects: each is
    its own result, named by its sheet or project); reading problems become FORM- findings. Never raises:
    a fault of the engine itself becomes a FORM-05 finding, so the form cannot pass. `against`: the approved
    target form its self-evaluations are compared with (EVAL-08)."""
    try:
        return [_check_form(path, part, book, lang, waivers, against) for part in read(path).all()]
    except Exception as exc:
        reason = f"{type(exc).__name__}: {exc}"
        finding = stamp(problem("FORM-05", subject=Path(path).name, rule="读取", reason=reason), book.effective("FORM-05"),
                        lang)
        return [FileResult(str(path), None, [finding])]


def _check_form(path: Path, result: ReadResult, book: Rulebook, lang: str, waivers: list[Waiver] | None,
                against: Form | None = None) -> FileResult:
    reader_rules = [(p, book.effective(p.rule)) for p in result.problems]
    findings = [stamp(p, rule, lang) for p, rule in reader_rules if rule.enabled]
    form, notes = result.form, list[Explanation]()
    if form is not None:
        form = with_values(form)  # once: check_explained leaves parsed values as they are
        more, notes = check_explained(form, book, lang, against, cap=False)  # capped below, after the doubt's gate
        findings += more
    elif result.header_form is not None:  # no indicator table: the header and goals are still judged
        more, notes = check_explained(result.header_form, book, lang, without_table=True)
        findings += more
    if form is not None and form.meta.copied:
        certain = [r for r in book.cached_rules(profile_for(form, book)) if "certain" in r.requires]
        findings = doubt.gate(form, findings, lambda lines, whole, held: _copied(lines, whole, held, form, book, lang),
                              frozenset(r.id for r in certain), frozenset(r.id for r in certain if r.scope == "indicator"))
    if form is not None:
        findings = capped(sorted(findings, key=Finding.sort_key), lang)
    findings = waive(str(path), sorted(findings, key=Finding.sort_key), waivers or [])
    out = FileResult(str(path), form, findings, result.unreadable, notes, part=result.name)
    if form is None and result.meta is not None:
        out.meta = result.meta  # the header of a file without an indicator table, for the report
    return out


def _copied(lines: list[int], whole: bool, held: list[str], form: Form, book: Rulebook, lang: str) -> Finding:
    """FORM-03 (case copied) for a PDF copy's lines not read for certain, naming the rules that need every row
    read right and so did not run (`whole`: the copy is in doubt as a whole, not only a task table; `held`: the
    rules held back only beside an empty 二级)."""
    skipped = [r.id for r in book.cached_rules(profile_for(form, book)) if r.enabled and "certain" in r.requires
               and all(REQUIREMENTS[need](form) for need in r.requires if need != "certain")] \
        if whole else held  # (the rules that would have run: not BUD-09 on a form without tasks)
    zh = f"，依赖全表的规则（{'、'.join(skipped)}）未执行" if skipped else ""
    en = f"; the rules that need every row ({', '.join(skipped)}) did not run" if skipped else ""
    return stamp(problem("FORM-03", case="copied", n=lines[0], lines=doubt.listed(lines, ", " if lang == "en" else "、"),
                         skipped=zh, skipped_en=en), book.effective("FORM-03"), lang)


def missing_file(path: str, book: Rulebook, lang: str = "zh", reason: str | None = None) -> FileResult:
    """The report entry of an input that cannot be read at all (by default: it does not exist): FORM-01."""
    reason = reason or ("no such file" if lang == "en" else "文件不存在")
    finding = stamp(problem("FORM-01", subject=Path(path).name, reason=reason), book.effective("FORM-01"), lang)
    return FileResult(path, None, [finding], unreadable=True)
