"""--format table: the findings table (tabulate, aligned for Chinese width), summary and verdict."""
from __future__ import annotations

import io
import shutil
from typing import IO

from tabulate import tabulate

from jxcheck.engine.results import FileResult, Results, against_counts, for_counts
from jxcheck.engine.report.i18n import counts, place, word
from jxcheck.engine.report.rows import baseline_word, compared, rollup_head, rollup_rows
from jxcheck.engine.report.summary import count
from jxcheck.engine.report.wrap import shorten, width, wrap

# share of the free width for 指标, 问题, 期望, 实际; the first three columns are as wide as their content
_SHARES = (0.2, 0.4, 0.22, 0.18)
_MAX_LINES = 4  # 期望 and 实际 are cut at about this many lines in the table (whole in the exports)
_BORDER = 22  # simple_grid: 8 rules and 2 spaces of padding per column


def column_widths(fixed: list[int], total: int | None = None) -> list[int]:
    """Widths for the seven columns at the terminal's width (COLUMNS, else 120 when not a terminal)."""
    total = total or shutil.get_terminal_size((120, 24)).columns
    free = max(total - _BORDER - sum(fixed), 40)
    return fixed + [max(int(free * share), 6) for share in _SHARES]


def _header_line(r: FileResult, lang: str) -> str:
    if r.meta is None:
        return r.label
    m = r.meta
    parts = [m.kind or ("未识别表种" if lang != "en" else "unknown kind"), m.department or "—",
             (f"{m.year}年" if lang != "en" else str(m.year)) if m.year else "—"]
    if lang == "en":
        parts.append(f"{r.indicator_count} indicators, {r.task_count} tasks")
    else:
        parts.append(f"{r.indicator_count}个指标，{r.task_count}项任务")
    return f"{r.label}\n" + " · ".join(parts)


def _severity(f, lang: str) -> str:
    label = word(f.severity, lang)
    label = f"({label})" if f.waived else label
    return f"{label}\n{baseline_word(f.baseline, lang)}" if f.baseline else label


def _against(r: FileResult, lang: str) -> str:
    """Against the last round: how the verdict moved, and the findings that are gone (已改)."""
    if not r.compared:
        return ""
    en = lang == "en"
    if r.previous_verdict is None:
        line = "Not in the last round's report: every finding is new." if en else "上一轮报告中没有这张表：各问题均为新增。"
    else:
        line = (f"Last round: {word(r.previous_verdict, lang)} → now: {word(r.verdict, lang)}" if en else
                f"上一轮：{word(r.previous_verdict, lang)} → 本轮：{word(r.verdict, lang)}")
    c = against_counts(r) or (0, 0, 0)
    line += (f" ({c[0]} new, {c[1]} unchanged, {c[2]} fixed)" if en else f"（新增{c[0]}，未改{c[1]}，已改{c[2]}）")
    fixed = [f"  {baseline_word('fixed', lang)} {f.rule} {place(f.location, lang)} {f.subject}：{f.message}"
             for f in r.fixed]
    return "\n".join([line, *fixed]) + "\n"


def render_one(r: FileResult, lang: str = "zh") -> str:
    rows = [[_severity(f, lang), f.rule, place(f.location, lang), f.subject,
             f.message + (f"\n[{'waived' if lang == 'en' else '已豁免'}] {f.waived}" if f.waived else ""),
             f.expected, f.actual] for f in r.findings]
    headers = [word(k, lang) for k in ("severity", "rule", "location", "subject", "message", "expected", "actual")]
    if rows:
        fixed = [max(width(str(row[k])) for row in rows + [headers]) for k in range(3)]
        widths = column_widths(fixed)
        cells = [[wrap(shorten(cell, w * _MAX_LINES) if k >= 5 else cell, w)
                  for k, (cell, w) in enumerate(zip(row, widths))] for row in rows]
        body = tabulate(cells, headers=headers, tablefmt="simple_grid", disable_numparse=True)
    else:
        body = word("no_findings", lang)
    c = count(r.findings)
    tally = counts(c.errors, c.warnings, c.infos, lang) + (
        (f", {c.waived} waived" if lang == "en" else f"，已豁免{c.waived}") if c.waived else "")
    verdict = f"{word('verdict', lang)}：{word(r.verdict, lang)}（{tally}）" if lang != "en" \
        else f"{word('verdict', lang)}: {word(r.verdict, lang)} ({tally})"
    notes = "".join(f"{'Note' if lang == 'en' else '说明'} {e.rule}：{e.text}\n" for e in r.explanations)
    return f"{_header_line(r, lang)}\n{body}\n{verdict}\n{_against(r, lang)}{notes}"


def write(results: Results, out: IO[str], lang: str = "zh") -> None:
    """The roll-up (when files are grouped), each file's findings, then the totals, written form by form:
    a batch's report is never held in memory whole. `results` is read more than once: a list or a
    batch's ResultStore, not a generator."""
    digests = for_counts(results)
    if any(r.group for r in digests):
        title = "Roll-up by folder" if lang == "en" else "按文件夹（县市）汇总"
        rows = [[wrap(str(c), 24) if k == len(row) - 1 else c for k, c in enumerate(row)]
                for row in rollup_rows(results, lang)]
        out.write(f"{title}\n{tabulate(rows, headers=rollup_head(lang, compared(results)), tablefmt='simple_grid')}\n\n")
    for n, r in enumerate(results):
        out.write(("\n" if n else "") + render_one(r, lang))
    if len(digests) > 1:
        c = count(f for r in digests for f in r.findings)
        verdicts = [r.verdict for r in digests]
        sep, gap = ("; ", " ") if lang == "en" else ("，", "")
        tally = sep.join(f"{word(v, lang)}{gap}{verdicts.count(v)}" for v in ("退回", "修改后通过", "通过"))
        files = len({r.path for r in digests})
        if lang == "en":
            said = f"{files} files" if files == len(digests) else f"{files} file{'s' * (files > 1)}, {len(digests)} forms"
            out.write(f"\n{said}: {tally}; {counts(c.errors, c.warnings, c.infos, lang)}\n")
        else:
            said = f"共{files}个文件" + (f"、{len(digests)}张表" if files != len(digests) else "")
            out.write(f"\n{said}：{tally}；{counts(c.errors, c.warnings, c.infos, lang)}\n")


def render(results: Results, lang: str = "zh") -> str:
    buffer = io.StringIO()
    write(results, buffer, lang)
    return buffer.getvalue()
