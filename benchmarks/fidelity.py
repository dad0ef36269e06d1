"""How well jxcheck reads and judges real forms, measured against reviewers' judgements.

    .venv/bin/python benchmarks/fidelity.py [--forms DIR] [--reviews DIR] [--list false|unjudged|missed|rows]
                                             [--form PREFIX] [--json]

Each review file (tests/fidelity/reviews/*.yaml) is a reviewer's reading of one form: its header as printed,
the lines of its indicator rows, every finding jxcheck gave when the review was made (true, false or
debatable, and for a false one whether reading or the rule caused it), and the defects jxcheck missed.
This script checks the form again and prints, over the whole corpus and per reading stage:

- header: the kind, unit and year found as the reviewer reads them;
- rows: indicator rows read (precision and recall by line), forms whose indicator count is exact;
- findings: precision and recall against the reviewer's defects (true findings and missed ones), for the
  rules jxcheck implements and for all; a finding the reviewer did not judge counts against precision and
  is listed (--list unjudged) so that a person judges it and adds it to the review;
- forms with an error-level finding and no real error: the false 退回 a correct form would get.

A change that helps one form and hurts another shows in the per-form lines.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from jxcheck.engine.check import check_path
from jxcheck.engine.findings import Finding, Severity
from jxcheck.engine.rules import rulebook

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Score:
    """Counts for one form (or the corpus)."""

    tp: int = 0  # jxcheck findings that are reviewer defects
    fp: int = 0  # findings the reviewer judged false
    unjudged: int = 0  # findings the review does not mention
    debatable: int = 0
    truth: int = 0  # reviewer defects under implemented rules
    truth_all: int = 0  # reviewer defects, unimplemented rules included
    fp_reading: int = 0
    fp_rule: int = 0
    rows_tp: int = 0
    rows_read: int = 0
    rows_truth: int = 0
    count_exact: int = 0
    forms: int = 0
    header: Counter = field(default_factory=Counter)
    false_return: int = 0
    lists: dict = field(default_factory=lambda: {"false": [], "unjudged": [], "missed": [], "rows": []})

    def add(self, other: "Score") -> None:
        for name in ("tp", "fp", "unjudged", "debatable", "truth", "truth_all", "fp_reading", "fp_rule", "rows_tp",
                     "rows_read", "rows_truth", "count_exact", "forms", "false_return"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.header.update(other.header)
        for key, items in other.lists.items():
            self.lists[key].extend(items)

    @property
    def precision(self) -> float:
        judged = self.tp + self.fp + self.unjudged
        return self.tp / judged if judged else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.truth if self.truth else 1.0


def _same_department(found: str | None, truth: str | None) -> bool:
    if not truth:
        return not found
    return bool(found) and (found in truth or truth in found)


def _key(item: dict) -> tuple:
    return item["rule"], item.get("line")


def _match(f: Finding, items: list[dict], used: set[int]) -> int | None:
    """The index of the review item this finding is (same rule and line; the subject decides between several)."""
    candidates = [k for k, item in enumerate(items) if k not in used and _key(item) == (f.rule, f.location.number())]
    same_subject = [k for k in candidates if (items[k].get("subject") or "") == f.subject]
    unnamed = [k for k in candidates if not items[k].get("subject")]  # an item that names no subject fits any
    found = same_subject or unnamed
    if len(found) > 1:  # several judgements of one rule on one line (a finding that changed between snapshots):
        said = _quoted(f)  # the one whose note quotes what this finding says
        found = sorted(found, key=lambda k: -sum(q in (items[k].get("note") or "") for q in said))
    return found[0] if found else None


def _quoted(f: Finding) -> set[str]:
    """What a finding quotes (“4300户”, the value, the cell), for telling apart judgements of one rule on one line."""
    text = f"{f.message} {f.actual or ''}"
    told = (f.actual or "").split("：", 1)[-1][:8]  # 年度绩效目标：增强政府工作效率…: the goal's opening words
    return {q for q in re.findall(r"“([^”]{2,})”", text)} | set(re.findall(r"\d+(?:\.\d+)?[^\d\s，。；,.;:：）)]{0,2}", text)) \
        | ({told} if len(told) >= 4 else set())


def score_form(review: dict, path: Path, book: rulebook.Rulebook) -> Score:
    s = Score(forms=1)
    parts = check_path(path, book)  # a file of several forms (a table per project): all of them, one review
    result = parts[0]
    findings = [f for part in parts for f in part.findings]
    name = path.name.split("_")[0]  # the number before the slug (3 or 4 digits)
    header = review.get("header") or {}
    meta = result.meta
    s.header["kind"] += (meta.kind if meta else None) == header.get("kind")
    s.header["department"] += _same_department(meta.department if meta else None, header.get("department"))
    s.header["year"] += (meta.year if meta else None) == header.get("year")
    truth_lines = set(review.get("indicator_lines") or [])
    read_lines = {i.location.number() for part in parts if part.form for i in part.form.indicators}
    s.rows_tp, s.rows_read, s.rows_truth = len(read_lines & truth_lines), len(read_lines), len(truth_lines)
    s.count_exact = int(len(read_lines) == len(truth_lines))
    if read_lines != truth_lines:
        s.lists["rows"].append(f"{name}: read {sorted(read_lines - truth_lines, key=str)} not indicators; "
                               f"missed {sorted(truth_lines - read_lines, key=str)}")  # (a row with no number: None)
    judged = review.get("findings") or []
    missed = review.get("missed") or []
    truths = [item for item in judged if item.get("verdict") is True] + missed
    implemented = [t for t in truths if t["rule"] in book.rules]
    s.truth, s.truth_all = len(implemented), len(truths)
    used_judged: set[int] = set()
    used_truth: set[int] = set()
    real_error = any(t.get("severity") == "error" or _is_error(t, book) for t in truths)
    gave_false_error = False
    for f in findings:
        k = _match(f, judged, used_judged)
        if k is not None:
            used_judged.add(k)
            verdict = judged[k].get("verdict")
            if verdict is True:
                t = _match(f, implemented, used_truth)
                if t is not None:
                    used_truth.add(t)
                s.tp += 1
            elif verdict == "debatable":
                s.debatable += 1
            else:
                s.fp += 1
                cause = judged[k].get("cause") or "rule"
                s.fp_reading += cause == "reading"
                s.fp_rule += cause != "reading"
                gave_false_error |= f.severity == Severity.ERROR
                s.lists["false"].append(f"{name} {f.rule} line {f.location.number()} [{cause}]: {f.subject} — "
                                        f"{judged[k].get('note', '')}")
            continue
        t = _match(f, implemented, used_truth)
        if t is None:  # a defect of the whole form the review lists as missed with no line (no 满意度指标), found now
            t = next((k for k, item in enumerate(implemented) if k not in used_truth and item in missed
                      and item.get("line") is None and item["rule"] == f.rule), None)  # and pinned to a row
        if t is not None:  # a defect the review lists as missed, found now
            used_truth.add(t)
            s.tp += 1
            continue
        s.unjudged += 1
        gave_false_error |= f.severity == Severity.ERROR
        s.lists["unjudged"].append(f"{name} {f.rule} line {f.location.number()} ({f.severity.label}): {f.subject} — "
                                   f"{f.message}")
    for k, t in enumerate(implemented):
        if k not in used_truth and not (t.get("verdict") is True and _found_true(t, findings)):
            s.lists["missed"].append(f"{name} {t['rule']} line {t.get('line')}: {t.get('note') or t.get('subject', '')}")
    s.false_return = int(gave_false_error and not real_error)
    return s


def _found_true(item: dict, findings: list[Finding]) -> bool:
    return any((f.rule, f.location.number()) == _key(item) for f in findings)


def _is_error(item: dict, book: rulebook.Rulebook) -> bool:
    rule = book.rules.get(item["rule"])
    return item.get("verdict") is True and rule is not None and rule.severity == Severity.ERROR


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}% ({n}/{d})" if d else "  —"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--forms", default=str(ROOT / "tests" / "fixtures" / "forms"))
    parser.add_argument("--reviews", default=str(ROOT / "tests" / "fidelity" / "reviews"))
    parser.add_argument("--list", choices=["false", "unjudged", "missed", "rows"], action="append", default=[])
    parser.add_argument("--form", default="", help="only forms whose file name starts with this")
    parser.add_argument("--json", action="store_true", help="the totals as JSON")
    args = parser.parse_args()
    book = rulebook.load()
    total = Score()
    print(f"{'form':<6}{'P':>7}{'R':>7}  tp fp  u  truth rows read/truth  header")
    for review_path in sorted(Path(args.reviews).glob("*.yaml")):
        if not review_path.name.startswith(args.form):
            continue
        review = yaml.safe_load(review_path.read_text(encoding="utf-8"))
        form = Path(args.forms) / review["form"]
        if not form.exists():
            print(f"{review_path.name}: no form {form}", file=sys.stderr)
            continue
        s = score_form(review, form, book)
        total.add(s)
        header = "".join(k[0] if s.header[k] else "-" for k in ("kind", "department", "year"))
        print(f"{review['form'].split('_')[0]:<6}{s.precision:7.2f}{s.recall:7.2f}  {s.tp:2d} {s.fp:2d} {s.unjudged:2d}  "
              f"{s.truth:5d} {s.rows_tp:4d}/{s.rows_read}/{s.rows_truth}  {header}"
              f"{'  FALSE 退回' if s.false_return else ''}")
    n = total.forms
    print()
    print(f"forms {n}")
    print(f"header   kind {_pct(total.header['kind'], n)}  unit {_pct(total.header['department'], n)}  "
          f"year {_pct(total.header['year'], n)}")
    print(f"rows     precision {_pct(total.rows_tp, total.rows_read)}  recall {_pct(total.rows_tp, total.rows_truth)}  "
          f"count exact {_pct(total.count_exact, n)}")
    print(f"findings precision {_pct(total.tp, total.tp + total.fp + total.unjudged)}  "
          f"recall {_pct(total.tp, total.truth)} (implemented rules)  recall {_pct(total.tp, total.truth_all)} (all)")
    print(f"         false {total.fp} (reading {total.fp_reading}, rule {total.fp_rule}), unjudged {total.unjudged}, "
          f"debatable {total.debatable}")
    print(f"forms given a false 退回: {total.false_return}")
    for key in args.list:
        print(f"\n{key}:")
        for line in total.lists[key]:
            print("  " + line)
    if args.json:
        print(json.dumps({"forms": n, "precision": round(total.precision, 4), "recall": round(total.recall, 4),
                          "rows_precision": total.rows_tp / max(total.rows_read, 1),
                          "rows_recall": total.rows_tp / max(total.rows_truth, 1),
                          "count_exact": total.count_exact / max(n, 1), "false_return": total.false_return,
                          "header": dict(total.header)}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
