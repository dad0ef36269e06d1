"""--format table: the findings table (tabulate, aligned for Chinese width), summary and verdict."""
from __future__ import annotations

from tabulate import tabulate

from engine.check import FileResult
from engine.report.i18n import counts, place, word
from engine.report.summary import count

# display widths (in columns; a Chinese character counts two)
_WIDTHS = (4, 8, 9, 18, 34, 20, 14)


def _header_line(r: FileResult, lang: str) -> str:
    if r.form is None:
        return r.path
    m = r.form.meta
    parts = [m.kind or ("未识别表种" if lang != "en" else "unknown kind"), m.department or "—",
             (f"{m.year}年" if lang != "en" else str(m.year)) if m.year else "—"]
    if lang == "en":
        parts.append(f"{len(r.form.indicators)} indicators, {len(r.form.tasks)} tasks")
    else:
        parts.append(f"{len(r.form.indicators)}个指标，{len(r.form.tasks)}项任务")
    return f"{r.path}\n" + " · ".join(parts)


def _severity(f, lang: str) -> str:
    label = word(f.severity, lang)
    return f"({label})" if f.waived else label


def render_one(r: FileResult, lang: str = "zh") -> str:
    rows = [[_severity(f, lang), f.rule, place(f.location, lang), f.subject,
             f.message + (f"\n[{'waived' if lang == 'en' else '已豁免'}] {f.waived}" if f.waived else ""),
             f.expected, f.actual] for f in r.findings]
    headers = [word(k, lang) for k in ("severity", "rule", "location", "subject", "message", "expected", "actual")]
    body = tabulate(rows, headers=headers, tablefmt="simple_grid", maxcolwidths=list(_WIDTHS)) if rows \
        else word("no_findings", lang)
    c = count(r.findings)
    tally = counts(c.errors, c.warnings, c.infos, lang) + (
        (f", {c.waived} waived" if lang == "en" else f"，已豁免{c.waived}") if c.waived else "")
    verdict = f"{word('verdict', lang)}：{word(r.verdict, lang)}（{tally}）" if lang != "en" \
        else f"{word('verdict', lang)}: {word(r.verdict, lang)} ({tally})"
    notes = "".join(f"{'Note' if lang == 'en' else '说明'} {e.rule}：{e.text}\n" for e in r.explanations)
    return f"{_header_line(r, lang)}\n{body}\n{verdict}\n{notes}"


def render(results: list[FileResult], lang: str = "zh") -> str:
    out = [render_one(r, lang) for r in results]
    if len(results) > 1:
        c = count([f for r in results for f in r.findings])
        verdicts = [r.verdict for r in results]
        tally = "，".join(f"{word(v, lang)}{verdicts.count(v)}" for v in ("退回", "修改后通过", "通过"))
        out.append(f"共{len(results)}个文件：{tally}；{counts(c.errors, c.warnings, c.infos, lang)}\n" if lang != "en"
                   else f"{len(results)} files: {tally}; {counts(c.errors, c.warnings, c.infos, lang)}\n")
    return "\n".join(out)
