"""Build a form the way the official template lays it out — merged title, merged section labels,
一级/二级 merged down their blocks — as .xlsx (openpyxl), .docx (python-docx) and GB18030 .csv."""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from jxcheck.engine.model import Form

WIDTH = 6  # A label | B 一级/任务名称 | C 二级/主要内容 | D 三级/总额 | E 指标值/财政拨款 | F 其他资金


@dataclass
class Grid:
    rows: list[list[object]] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # 0-based r0, c0, r1, c1 inclusive

    def add(self, *cells: object) -> int:
        self.rows.append(list(cells) + [""] * (WIDTH - len(cells)))
        return len(self.rows) - 1

    def merge(self, r0: int, c0: int, r1: int, c1: int) -> None:
        if (r0, c0) != (r1, c1):
            self.merges.append((r0, c0, r1, c1))


def _num(d: Decimal | None) -> object:
    if d is None:
        return ""
    return int(d) if d == d.to_integral_value() else float(d)


def template_grid(form: Form) -> Grid:
    g = Grid()
    m = form.meta
    g.merge(g.add(m.title or "部门（单位）整体支出绩效目标表"), 0, g.rows.__len__() - 1, WIDTH - 1)
    r = g.add(f"({m.year}年)")
    g.merge(r, 0, r, WIDTH - 1)
    r = g.add("部门（单位）名称", "", m.department or "")
    g.merge(r, 0, r, 1)
    g.merge(r, 2, r, WIDTH - 1)
    top = g.add("年度主要任务", "任务名称", "主要内容", "预算金额（万元）")
    g.merge(top, 3, top, 5)
    g.add("", "", "", "总额", "财政拨款", "其他资金")
    g.merge(top, 1, top + 1, 1)
    g.merge(top, 2, top + 1, 2)
    for t in form.tasks:
        g.add("", t.name, t.content, _num(t.budget.total), _num(t.budget.fiscal), _num(t.budget.other))
    g.merge(top, 0, len(g.rows) - 1, 0)
    first = len(g.rows)
    for goal in form.goals:
        r = g.add("年度总体目标", f"{goal.label}：{goal.text}")
        g.merge(r, 1, r, WIDTH - 1)
    g.merge(first, 0, len(g.rows) - 1, 0)
    header = g.add("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值")
    _indicator_rows(g, form, header)
    return g


def _indicator_rows(g: Grid, form: Form, header: int) -> None:
    start1 = start2 = header + 1
    for n, ind in enumerate(form.indicators):
        prev = form.indicators[n - 1] if n else None
        row = g.add("", ind.level1, ind.level2, ind.name, ind.raw)
        if prev and prev.level1 != ind.level1:
            g.merge(start1, 1, row - 1, 1)
            start1 = row
        if prev and (prev.level1, prev.level2) != (ind.level1, ind.level2):
            g.merge(start2, 2, row - 1, 2)
            start2 = row
    last = len(g.rows) - 1
    g.merge(start1, 1, last, 1)
    g.merge(start2, 2, last, 2)
    g.merge(header, 0, last, 0)
    for r0, c0, r1, c1 in g.merges:  # a merged range shows its top-left value only
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    g.rows[r][c] = ""


def write_xlsx(grid: Grid, path: Path) -> Path:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "绩效目标表"
    for row in grid.rows:
        sheet.append([v if v != "" else None for v in row])
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # =46辆 is text on a form, not a formula
    for r0, c0, r1, c1 in grid.merges:
        sheet.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
    book.create_sheet("说明").append(["本工作簿由测试生成"])
    book.save(path)
    return path


def write_docx(grid: Grid, path: Path) -> Path:
    from docx import Document
    document = Document()
    document.add_paragraph(str(grid.rows[0][0]))
    body = grid.rows[1:]
    table = document.add_table(rows=len(body), cols=WIDTH)
    for r, row in enumerate(body):
        for c, value in enumerate(row):
            if value != "":
                table.cell(r, c).text = str(value)
    for r0, c0, r1, c1 in grid.merges:
        if r0 == 0:
            continue  # the title is a paragraph
        text = table.cell(r0 - 1, c0).text
        merged = table.cell(r0 - 1, c0).merge(table.cell(r1 - 1, c1))
        merged.text = text
    document.save(path)
    return path


def write_csv(grid: Grid, path: Path) -> Path:
    with path.open("w", encoding="gb18030", newline="") as handle:
        csv.writer(handle).writerows([[str(v) for v in row] for row in grid.rows])
    return path
