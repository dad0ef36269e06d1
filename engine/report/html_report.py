"""--format html: one self-contained page (no external files): summary, roll-up, findings per form,
every table sortable by clicking its header."""
from __future__ import annotations

import io
from html import escape
from typing import IO

from jxcheck.engine.own_reports import GENERATOR
from jxcheck.engine.results import FileResult, Results, for_counts
from jxcheck.engine.report.rows import compared, finding_head, finding_rows, rollup_head, rollup_rows
from jxcheck.engine.report.summary import summary, summary_line

_STYLE = """
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:14px}
th,td{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left;max-width:22em;
overflow-wrap:anywhere}
td:nth-child(5),td:nth-child(9){min-width:12em}
th{background:#f0f3f7;cursor:pointer;user-select:none}
tr.error td:first-child{color:#b00020;font-weight:bold} tr.warning td:first-child{color:#a15c00}
.v-退回{color:#b00020}.v-修改后通过{color:#a15c00}.v-通过{color:#16794c}
details{margin:.3em 0}summary{cursor:pointer;font-weight:bold}
"""
_SCRIPT = """
document.querySelectorAll('table.sortable th').forEach(function(th){th.addEventListener('click',function(){
 var table=th.closest('table'),body=table.tBodies[0],i=Array.prototype.indexOf.call(th.parentNode.children,th);
 var asc=th.dataset.asc!=='1';th.dataset.asc=asc?'1':'0';
 var rows=Array.prototype.slice.call(body.rows);rows.sort(function(a,b){
  var x=a.cells[i].textContent,y=b.cells[i].textContent,nx=parseFloat(x),ny=parseFloat(y);
  var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y,'zh');return asc?c:-c;});
 rows.forEach(function(r){body.appendChild(r);});});});
"""
_SEVERITY_CLASS = {"错误": "error", "error": "error", "警告": "warning", "warning": "warning"}


def _table(head, rows, classes=None, footer=None) -> str:
    h = "".join(f"<th>{escape(str(c))}</th>" for c in head)
    body = []
    for n, row in enumerate(rows):
        cls = f' class="{classes[n]}"' if classes and classes[n] else ""
        body.append(f"<tr{cls}>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>")
    foot = ("<tfoot><tr>" + "".join(f"<th>{escape(str(c))}</th>" for c in footer) + "</tr></tfoot>") if footer else ""
    return f'<table class="sortable"><thead><tr>{h}</tr></thead><tbody>{"".join(body)}</tbody>{foot}</table>'


def _rollup(results, lang: str) -> str:
    """The roll-up table (the total stays at the foot when the table is sorted); none without groups."""
    if not any(r.group for r in for_counts(results)):
        return ""
    rows = rollup_rows(results, lang)
    footer = rows.pop() if len(rows) > 1 else None
    return f"<h2>{'Roll-up' if lang == 'en' else '汇总'}</h2>{_table(rollup_head(lang, compared(results)), rows, footer=footer)}"


def _form(r: FileResult, lang: str, many: bool, against: bool = False) -> str:
    head = finding_head(lang, against)
    rows = [row for row in finding_rows([r], lang, against) if row[7]]
    keep = _KEEP + ([17] if against else [])
    shown = [[row[k] for k in keep] for row in rows]
    classes = [_SEVERITY_CLASS.get(str(row[6]), "") for row in rows]
    title = f'{escape(r.label)} — <span class="v-{escape(r.verdict)}">{escape(str(rows[0][5]) if rows else r.verdict)}</span>'
    inner = _table([head[k] for k in keep], shown, classes) if shown else \
        ("<p>No findings.</p>" if lang == "en" else "<p>未发现问题。</p>")
    return f"<details{'' if many else ' open'}><summary>{title}</summary>{inner}</details>"


_KEEP = [6, 7, 8, 10, 11, 12, 13, 14, 15]


def write(results: Results, out: IO[str], lang: str = "zh") -> None:
    """The page, written form by form (a batch's report is never held in memory whole). `results` is
    read more than once: a list or a batch's ResultStore."""
    en = lang == "en"
    s = summary(results)
    total = summary_line(s, lang)
    out.write(f"<!DOCTYPE html>\n<html lang=\"{'en' if en else 'zh-CN'}\"><head><meta charset=\"utf-8\">{GENERATOR}"
              f"<title>{'jxcheck report' if en else '绩效目标表检查报告'}</title><style>{_STYLE}</style></head><body>"
              f"<h1>{'jxcheck report' if en else '绩效目标表检查报告'}</h1><p>{escape(total)}</p>"
              f"{_rollup(results, lang)}<h2>{'Findings' if en else '问题清单'}</h2>")
    many = len(results) > 3
    against = compared(results)
    for r in results:
        out.write(_form(r, lang, many, against))
    out.write(f"<script>{_SCRIPT}</script></body></html>\n")


def render(results: Results, lang: str = "zh") -> str:
    buffer = io.StringIO()
    write(results, buffer, lang)
    return buffer.getvalue()
