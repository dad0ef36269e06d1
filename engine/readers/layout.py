"""Layout recogniser: finds a form's parts by their labels, not by fixed positions.

Sections: the header (title, year, label/value pairs), the 年度主要任务 table, a project's funds
table, the goals, one or more indicator tables, and the closing rows (totals, conclusions, notes,
sign-off and approval rows). Rows are read in order; a label switches the section. The words are
data: rules/layout/vocabulary.yaml (labels.py reads it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Callable, Sequence

from jxcheck.engine.findings import Problem, problem
from jxcheck.engine.model import (KIND_DEPT_SELF_EVAL, KIND_DEPT_TARGET, KIND_PROJECT_SELF_EVAL, KIND_PROJECT_TARGET,
                                  Budget, Form, FormMeta, FundLine, Goal, Location, ScoreTotal, Task)
from jxcheck.engine.readers import (bracket_list, content_roles, fund_fit, header, labels, money_tables, page_edges, projects,
                                   score_total, sentences, stacked)
from jxcheck.engine.readers import goals as goal_rows
from jxcheck.engine.readers.indicators import TableBuilder, header_fields, upper_labels, value_like
from jxcheck.engine.readers.result import ReadResult
from jxcheck.engine.readers.text import COPY_CELLS, COPY_LAID, COPY_SPACED, Cell, Row

_BUDGET_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度")
_YEAR_LINE = re.compile(r"^[(（]?\s*((?:19|20)\d{2})\s*年度?\s*[)）]?$")
_MONEY_UNIT = re.compile(r"(万元|元)")
_UNIT_ALONE = re.compile(r"\s*[(（]\s*(单位[:：])?\s*(万元|元)\s*[)）]\s*")  # （万元） alone in its cell
_UNIT_IN_LABEL = re.compile(r"万元|[(（]元[)）]")
_UNIT_LABELS = ("单位", "金额单位", "资金单位", "货币单位")
_CLOSING = ("signoff", "conclusion", "total", "note")
_WHOLE = re.compile(r"部门整体|整体支出|基本支出")
_LIST_NUMBER = re.compile(r"^(\d+[.、:：]|[一二三四五六七八九十]+、)")


@dataclass
class _State:
    copied: bool | str = False  # text copied out of a PDF, how (COPY_*; a cell's lines may stand as rows of their own)
    pages: tuple[int, ...] = ()  # the lines where a copy's next pages begin
    mode: str = "header"
    kind: str | None = None
    title: str | None = None
    year: int | None = None
    project: str | None = None
    money_unit: str = "万元"
    money_unit_stated: bool = False  # the form prints its money unit (单位:万元, 项目资金（万元）); else 万元 is assumed
    task_money: bool = True  # the tasks' table has a money column (预算金额, 总额 …)
    budget_columns: list[str] = field(default_factory=lambda: ["total", "fiscal", "other"])
    tasks: list[Task] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    goal_block: goal_rows.GoalBlock | None = None
    total: Budget | None = None
    total_location: Location | None = None
    fund_header: list[str] = field(default_factory=list)
    fund_points: str = ""  # the points the funds block's label gives it (预算执行情况（万元）（10分）), its lines none
    funds: list[FundLine] = field(default_factory=list)
    tables: list[TableBuilder] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    budget: Decimal | None = None
    term_budget: Decimal | None = None  # 中期资金总额: the budget only when no annual amount is given
    period: str | None = None
    fields: list[tuple[str, str]] = field(default_factory=list)
    last_header: Row | None = None
    skipped: list[Row] = field(default_factory=list)  # rows read as no part of a form (before any table)
    score_total: ScoreTotal | None = None
    previous: list[str] = field(default_factory=list)  # the last row's texts (a notice's unit above its date)
    places: dict[str, Location] = field(default_factory=dict)  # each field's row (the first row that names it)
    task_header: dict[str, int] = field(default_factory=dict)  # a duty table's columns: name, content, amount …
    task_numbered: bool = False  # …with a 序号 column of its own
    tasks_numbered: bool = False  # …or a number before each task's name, in the name's column (a copy's 1 | 机关运转)
    goals_after_tasks: bool = False  # a copy's goal text read on the lines right after its tasks' 合计
    achieved_on: str | None = None  # an achievement's label whose text, cut by its column, goes on on the next line
    task_spent: tuple[str, str, str] | None = None  # a self-evaluation's task 合计: 全年预算数, 全年执行数, 执行率
    row_parts: int = 0  # sources of funds on the header row being read
    total_row: Row | None = None  # the row a header field's funds total was read from (its line's other cells)
    task_labelled: bool = False  # …found by the template's own labels (任务名称 | 主要内容 | 预算金额 | 完成情况)
    row_before: list[str] = field(default_factory=list)  # the previous row's cells, positions kept
    fund_breakdown: bool = False  # 按收入性质分: | 按支出性质分: began a breakdown beside the funds table
    fund_pairs: bool = False  # the funds block's lines are label | budget | label | spent pairs (四川)
    upper: list[str] | None = None  # a row of column labels just above the indicator header (绩效指标 | | | 年初目标值)
    open_note: int | None = None  # a field whose label stood alone (偏差原因分析及改进措施:): its text on the lines below
    footer_rows: bool = False  # a row under the table that reads as an indicator was said (FORM-03), once
    signed_below: tuple[int, int] | None = None  # sign-off labels with their values still to come: the first's place
    # in fields and how many (填报人： 联系电话： 填报日期： / 王建林 0839-86213 2024年3月18日)


def recognise(rows: list[Row], partial: bool = False, copied: bool | str = False,
              pages: Sequence[int] = ()) -> ReadResult:
    """Read a department or project form (target or self-evaluation) from its rows. A `partial` file
    (its provenance says only part of the form was kept) may end in a row cut off: that row is kept as
    an indicator when its name shows, and what the cut took is not judged. A table of several projects
    gives a form per project, named by it. `copied`: text copied out of a PDF, whose cells may run onto lines of
    their own; `pages`, the lines where its next pages begin."""
    parts = projects.split(rows) or bracket_list.split(rows) or stacked.split(rows)
    if not parts:
        return _recognise(rows, partial, copied, pages)
    results = [_recognise(part.rows, partial and n == len(parts), copied, pages) for n, part in enumerate(parts, 1)]  # the cut: the last
    if partial and results[-1].form is None and len(results) > 1:  # the last form cut before its table: said so
        results[-1] = ReadResult(None, [problem("FORM-03", case="partial")], meta=results[-1].meta)
    top = results[0].form.meta if results[0].form is not None else None
    # the page's title and (2023年), printed once above all the forms; never a year one project names
    page_kind = top.kind if top is not None and top.title else None
    page_year = top.year if top is not None and top.year is not None and (
        header.year(top.title or "") == top.year or _page_year(parts[0].rows) == top.year) else None
    for part, result in zip(parts, results):
        result.name = part.name if len(parts) > 1 else None
        if result.form is not None and len(parts) > 1:
            meta = result.form.meta
            result.form = replace(result.form, meta=replace(meta, year=meta.year or page_year,
                                                                kind=meta.kind or page_kind))
            if meta.year is None and page_year is not None:
                result.problems = [p for p in result.problems if not (p.rule == "FORM-04" and p.case == "year")]
    signed = _signatures(results[-1].form)  # one sign-off under the last table, for every table of the document
    for result in results[:-1]:
        if result.form is not None and signed and not _signatures(result.form):
            meta = result.form.meta
            result.form = replace(result.form, meta=replace(meta, fields=(*meta.fields, *signed)))
    first, *rest = results
    first.others = rest
    return first


def _signatures(form: Form | None) -> list[tuple[str, str]]:
    """A form's sign-off fields (填报人, 填报日期, 单位负责人 …) that are filled in."""
    return [(k, v) for k, v in form.meta.fields if v and labels.row_kind(k) == "signoff"] if form is not None else []


def _page_year(rows: list[Row]) -> int | None:
    """A year on a line of its own at the top of the page ((2023年), 2023年度), before any label."""
    for row in rows[:6]:
        tokens = [t for t in row.texts if t]
        if len(tokens) == 1 and (m := _YEAR_LINE.match(tokens[0].strip())):
            return int(m.group(1))
    return None


def _recognise(rows: list[Row], partial: bool, copied: bool | str = False, pages: Sequence[int] = ()) -> ReadResult:
    st = _State(copied=copied, pages=tuple(pages))
    for row in rows:
        _dispatch(st, row)
    if not st.tables:  # no header: a table whose first rows were cut off is read by what its cells hold
        table = content_roles.table_from_content(st.skipped)
        if table is not None:
            st.tables.append(table)
            taken = {d.location for d in table.drafts} | {g[2] for g in table.empty_groups}
            st.funds = [line for line in st.funds if line.location not in taken]
            lines = {loc.row_key() for loc in taken}  # rows under a goal label that were indicators all along
            st.goals = [g for g in st.goals if g.location is None or g.location.row_key() not in lines]
    if not st.tables:  # 二级 cells that carry prose and no 三级 (质量指标:学校的教育教学秩序良好…)
        prose = sentences.read_cells(st.skipped)
        if prose is not None:
            st.tables.append(prose)
            lines = {d.location.row_key() for d in prose.drafts}
            st.goals = [g for g in st.goals if g.location is None or g.location.row_key() not in lines]
    if not st.tables:  # a published notice (公示) that lists the indicators in sentences
        listed = sentences.read(st.skipped, cut=partial)
        if listed is not None:
            st.tables.append(listed)
    if not st.tables:  # FORM-02 says it for the whole file; row-level FORM-03 would only repeat it
        meta = _meta(st, partial)
        return ReadResult(None, [problem("FORM-02", case="partial" if partial else None)], meta=meta,
                          header_form=_header_form(st, meta, rows[-1].location if partial and rows else None))
    st.goals = _rejoined(st.goals, strict=not (st.goals_after_tasks or st.copied))  # (a copy's goal cut into lines
    # by its column; in a file read as typed, only a goal stopped at a comma: a converter's broken cell)
    if st.copied:
        st.tasks = _centred_tasks(st.tasks)
    _terms_in_order(st)
    headed = not any(p.case in ("no_header", "sentences", "prose") for t in st.tables for p in t.problems)
    tail_cut = partial and st.mode == "footer" and headed  # its header above, a total or a sign-off below: whole
    partial = partial and not tail_cut
    if partial or tail_cut:
        st.problems.append(problem("FORM-03", case="partial_tail" if tail_cut else "partial"))
        last = rows[-1].location
        cut = next((c for t in st.tables if (c := t.mark_cut(last)) is not None), None)
        if cut is not None:
            st.problems.append(problem("FORM-03", last, n=last.number(), content=cut, case="truncated"))
    if st.task_header and st.total is None:  # a duty table adds up to the header's 资金总额
        whole = next((line for line in st.funds if line.role == "total"), None)
        amount = dict(whole.amounts).get("金额") if whole is not None else None
        if amount is not None and whole is not None:
            fiscal, other = _header_parts(st.funds)  # (only where the tasks give the sources too)
            has = [any(getattr(t.budget, k, None) is not None for t in st.tasks) for k in ("fiscal", "other")]
            st.total = Budget(amount, fiscal if has[0] else None, other if has[1] else None)
            st.total_location = whole.location
    if not st.funds:  # a funds block turned on its side (预算数(A) | 278.44 / 执行数(B) | 30.00 …, one per row)
        line = money_tables.side_line(st.fields, dict(st.places), st.money_unit)
        if line is not None:
            st.funds.append(line)
    for table in st.tables:
        table.whole = not partial  # (a file cut above a table's first rows lost their labels: no middle rows to find)
    for table in st.tables:
        table.place_labels()
    if st.copied in (COPY_CELLS, COPY_SPACED, COPY_LAID):  # rows a page break parted from their labels, on either
        page_edges.across(st.tables)  # side of the page and of a header printed again
    indicators = [i for t in st.tables for i in t.indicators()]
    if not indicators and not partial and not tail_cut:  # a table header over no indicator (a blank template)
        st.problems.append(problem("FORM-02", case="no_indicators"))
    for table in st.tables:
        st.problems.extend(table.problems)
    priced = {t.location.line for t in st.tasks if t.budget is not None and t.budget.total is not None}
    st.problems = [p for p in st.problems if not (p.case == "amount" and not p.fields().get("content", "").strip()
                                                  and p.location is not None and p.location.line is not None
                                                  and (p.location.line in priced or p.location.line - 1 in priced))]
    # (残疾人两项补贴 | …按月 / 发放 | 1128.00 | …: a task's first line read with no amount, priced by its next; 送戏下乡
    # 和农村文化礼 | … | 95.60 / 堂活动 | 堂开展…: a priced task's wrapped line, its text joined to it)
    meta = replace(_meta(st, partial), tail_cut=tail_cut)
    unplaced = tuple((p.location, p.fields().get("content", ""), p.case or "") for p in st.problems
                     if p.rule == "FORM-03")
    form = Form(meta=meta, tasks=tuple(st.tasks), goals=_distinct(st.goals), indicators=tuple(indicators),
                total=st.total, total_location=st.total_location,
                empty_groups=tuple(g for t in st.tables for g in t.empty_groups),
                funds=tuple(fund_fit.fitted(fund_fit.distinct(st.funds)) if st.copied else st.funds),
                group_points=tuple(g for t in st.tables for g in t.group_points),
                unplaced=unplaced, score_total=st.score_total, places=tuple(st.places.items()))
    return ReadResult(form, st.problems)


def _terms_in_order(st: _State) -> None:
    """Two indicator tables one under the other, neither naming its term, the second repeating the first's names,
    under a 中期 goal and a 年度 one: the tables stand in the goals' order, the first is the 中期 (实施期) table. (A
    table continued on a new page under its header again holds other rows.)"""
    tables = st.tables
    if len(tables) != 2 or any(t.block != "年度" or t.columns is not None for t in tables):
        return
    if not {"实施期", "年度"} <= {g.term for g in st.goals} and st.term_budget is None:
        return
    first, second = (set(t.names()) for t in tables)
    if first and second and len(first & second) >= max(2, len(second) // 2):
        tables[0].retitle("实施期")


def _money_unit(st: _State, found: re.Match | None) -> None:
    if found is None:
        return
    before, after = found.string[:found.start()], found.string[found.end():]
    if found.group(1) == "元" and re.match(r"\s*[)）]", after) and not re.search(r"[（(]", before):
        if not st.money_unit_stated:  # 预算金额（万 / 元）: a label's unit wrapped in its cell, its 元） alone below —
            st.money_unit = "元"  # 万元 or 元, it does not tell: a unit the form states elsewhere (单位：万元) comes
        return  # first (blind 7678)
    st.money_unit, st.money_unit_stated = found.group(1), True


def _distinct(found: list[Goal]) -> tuple[Goal, ...]:
    goals: dict[tuple[str, str], Goal] = {}
    for goal in found:  # one goal printed twice (above the indicators again) is one goal
        goals.setdefault((goal.term, _LIST_NUMBER.sub("", labels.norm(goal.text))), goal)
    return tuple(goals.values())


def _header_form(st: _State, meta: FormMeta, cut: Location | None) -> Form | None:
    """The header and goals of a file without an indicator table, for the rules that judge only those
    (without_table); a goal on the row where a partial file stops was cut and is left out."""
    goals = tuple(g for g in _distinct(st.goals) if cut is None or g.location.row_key() != cut.row_key())
    return Form(meta=meta, tasks=tuple(st.tasks), goals=goals, indicators=()) if goals else None


def _labels_joined(st: _State) -> None:
    """A free-text field's label wrapped in its cell and read as two (存在问题及 | ∅, 改进措施 | text; 存在问题 | ∅,
    及改进措施 | text): one field, its text the second's, placed where the label starts."""
    out: list[tuple[str, str]] = []
    for label, text in st.fields:
        if out and not out[-1][1].strip() and (out[-1][0].endswith(("及", "和", "与")) or label.startswith(("及", "和", "与"))) \
                and header.free_text(out[-1][0] + label):
            first = out.pop()[0]
            if first in st.places:
                st.places.setdefault(first + label, st.places[first])
            out.append((first + label, text))
            continue
        out.append((label, text))
    st.fields[:] = out


def _meta(st: _State, partial: bool) -> FormMeta:
    _labels_joined(st)
    columns = next((t.header for t in st.tables if t.drafts), st.tables[0].header) if st.tables else []
    # (the first table that holds rows: a header's top line read as a table of its own before it has none, blind 6787)
    kind = st.kind
    if kind is None and st.tables:  # no title: the columns tell a self-evaluation (完成值, 得分) from a target form
        evaluated = any(f in ("actual", "score") for f in columns)
        whole = bool(st.tasks) or not st.project and any(_WHOLE.search(labels.norm(k)) for k, _ in st.fields) \
            or any(_WHOLE.search(line.label) for line in st.funds)  # 部门整体支出总额, 基本支出总额: a department's
        kind = (KIND_DEPT_SELF_EVAL if whole else KIND_PROJECT_SELF_EVAL) if evaluated else \
            (KIND_DEPT_TARGET if whole else None)                    # whole spending
    if kind in (KIND_PROJECT_TARGET, KIND_DEPT_TARGET) and "actual" in columns and ("score" in columns
                                                                             or "weight" in columns):
        kind = KIND_DEPT_SELF_EVAL if kind == KIND_DEPT_TARGET else KIND_PROJECT_SELF_EVAL  # 目标表 in its title,
        # 完成值 and 得分 in its columns: a page that calls a self-evaluation by the target form's name
    year = st.year or header.year_in(st.project, st.title, st.period) \
        or header.year_elsewhere(st.fields)
    said = next((m.group(1) for k, v in st.fields if labels.norm(k) in _UNIT_LABELS and (m := _MONEY_UNIT.search(v))),
                None)  # 金额单位：元 beside 填报单位 on one line, read as a field: the form's money unit
    money_unit = st.money_unit if st.money_unit_stated or said is None else said
    return FormMeta(kind=kind, department=header.department(st.fields) or header.title_unit(st.title)
                    or header.unit_above(st.fields),
                    year=year, title=st.title,
                    project=st.project, money_unit=money_unit, columns=tuple(f or "" for f in columns),
                    budget=st.budget or st.term_budget or _fund_budget(st), period=st.period, fields=tuple(st.fields),
                    budget_term=st.budget is None and st.term_budget is not None,
                    money_unit_stated=st.money_unit_stated or any(_UNIT_IN_LABEL.search(k) or (
                        labels.norm(k) in _UNIT_LABELS and _MONEY_UNIT.search(v)) for k, v in st.fields)
                    or any(_UNIT_IN_LABEL.search(line.label) for line in st.funds),
                    partial=partial)


def _cells(row: Row) -> list[str]:
    """Row texts with broken vertical labels (年 / 度主要任务) blanked: alone on a line, or leading."""
    texts = list(row.texts)
    filled = [k for k, t in enumerate(texts) if t]
    if len(filled) == 1:  # alone on its line
        k = filled[0]
    elif filled and filled[0] == 0 and len(labels.norm(texts[0])) >= 2:  # leading
        k = 0
    else:
        return texts
    if labels.is_fragment(texts[k]) and not (len(filled) > 1 and labels.header_label(texts[k])):  # 年度 | 2023:
        kept = [labels.norm(t) for t in texts if t]                                                # a field
        if len(kept) > 1 and labels.is_indicator_header(kept) and not labels.is_indicator_header(kept[1:]):
            return texts  # 指标 | 指标权重 | 计量单位 | …: a column label, not a piece of 绩效指标
        texts[k] = ""
    return texts


def _upper_header(tokens: list[str]) -> bool:
    """A row of column labels with no 一级/二级/三级 among them (绩效指标 | 年初目标值 | 实际完成值 | 未完成原因):
    the upper row of a two-row header, its cells no header fields."""
    roles = labels.column_roles(tokens)
    named = [r for r in roles if r not in (None, "extra", "skip")]
    return len(tokens) >= 3 and len(named) >= 2 and not set(named) & labels.HEADER_ROLES \
        and labels.goal_term(tokens[0]) is None \
        and all(r is not None or labels.section_label(t) for t, r in zip(tokens, roles))  # (年度总体目标 | 预期目标
    # | 实际完成情况 heads the goals)


def _prose(tokens: list[str]) -> bool:
    """A row that is a paragraph of a report, not a table row: one cell, numbered as a section (（二）…, 1.…) or a
    long text of several sentences."""
    if len(tokens) != 1 or len(tokens[0]) < 12:
        return False
    text = labels.norm(tokens[0])
    return bool(labels.SECTION_NUMBER.match(text)) and not labels.is_level(labels.SECTION_NUMBER.sub("", text)) \
        or len(text) >= 40 and len(re.findall(r"[，,。；;]", text)) >= 3


_TABLE_TITLE = re.compile(r"(分解|明细|分配|汇总|清单|一览|测算|安排|情况)表$|^附表\s*\d*|^附\s*[:：]")


_HEADING_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,4}(名称|类别|类型|编号|编码)[:：]?$")


_CN_NUMBERED = re.compile(r"^([一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])")  # (not 2、路灯维修数量)
_BLOCK_LABEL = re.compile(r"(业务|任务|职能|工作|活动)[一二三四五六七八九十\d]*$")
_BLOCK_BUDGET = re.compile(r"^(预算|资金)(金额|总额|数)?([(（](万元|元)[)）])?[:：]?$")


def _block_task(tokens: list[str], row: Row, money_unit: str) -> Task | None:
    """A business line and its budget on a row of their own (核心业务一 | 公共文化服务 | 预算金额(万元) | 420.00): a
    task, whose indicators follow under their own header."""
    if len(tokens) != 4 or not _BLOCK_BUDGET.match(labels.norm(tokens[-2])) or not money_tables.is_amount(tokens[-1]) \
            or not _BLOCK_LABEL.search(labels.norm(tokens[0])) or any(labels.header_label(labels.norm(t)) for t in tokens[:2]):
        return None
    return Task(name=tokens[-3], content="", budget=Budget(money_tables.amount(tokens[-1], money_unit), None, None),
                location=row.location)


def _group_heading(tokens: list[str]) -> bool:
    """A row of label | value pairs inside an indicator table (职责名称 | … | 活动名称 | …), no level among them."""
    return len(tokens) in (4, 6) and all(_HEADING_LABEL.match(labels.norm(t)) for t in tokens[::2]) \
        and not any(labels.is_level(t) for t in tokens) and not any(value_like(t) for t in tokens[1::2])


_APPENDED = re.compile(r"^附|附表|明细|测算|清单|分配表|分解表")


def _paragraph(row: Row) -> bool:
    """A document's paragraph between its tables (no table, row or line of its own)."""
    loc = row.location
    return loc.table is None and loc.row is None and loc.line is None and loc.sheet is None


def _table_title(tokens: list[str]) -> bool:
    """The title of another table under the indicators (分县(市、区)资金及任务分解表): its rows are no indicators."""
    return len(tokens) == 1 and len(tokens[0]) <= 40 and bool(_TABLE_TITLE.search(labels.norm(tokens[0])))


def _row_kind(tokens: list[str], texts: list[str]) -> str | None:
    """What a row is when it is no part of a table: signoff (or an approval stamp), note, total, conclusion,
    subtotal, continuation; the first cell decides, a table's own side label (绩效指标) aside."""
    cells = [t for t in tokens if not labels.section_label(t)] or tokens
    if all(labels.dashed(t) for t in tokens):
        return "continuation"  # - | -: a template's unused slot, dashed out
    if 3 <= len(tokens) <= 4 and header.CODE.fullmatch(tokens[0]) and header.amount_like(tokens[-1]) \
            and re.search(r"[\u4e00-\u9fff]", tokens[1]) and not any(labels.is_level(t) for t in tokens):
        return "subtotal"  # 505006 | 州民族特殊教育学校 | 30.00: a unit's or a project's own line over its rows
    kind = labels.row_kind(cells[0])
    if kind is None and not any(labels.is_level(t) for t in cells[:2]) and (labels.stamped(texts) or _signed(cells)):
        return "signoff"
    return kind


_SIGNING_UNIT = re.compile(r"^(填报|编报|编制|申报)单位(\(盖章\)|（盖章）)?([:：]|$)")  # (填报单位： normed: no colon)


def _signed(cells: list[str]) -> bool:
    """绩效编制单位:某委 | 编制人:罗敏 | 审核人:陈洪: every cell a label and its value, one of them a signature (not a
    remark beside an indicator that names a 联系电话)."""
    labelled = [t for t in cells if re.search(r"^[^：:]{1,12}[：:]", t)]
    rest = [t for t in cells if t not in labelled]
    return len(labelled) >= 2 and any(labels.row_kind(t) == "signoff" for t in labelled[1:]) \
        and all(_SIGNED_DATE.match(t) or labels.stamped([t]) for t in rest)  # (…审核人:陈洪 | 2024年11月18日)


_CAPTION = re.compile(r"[^，,。；;:：]{0,8}(绩效)?(指标|目标)(表|值)?")
_MONEY_LABEL = re.compile(r"预算|金额|资金|总额|合计|财政拨款|经费|投资|拨款|数额|万元|元[)）]")
_MONEY_ROW = re.compile(r"^(下达|安排|分配|补助)?(资金|金额|预算)(总额|数)?[(（](万元|元)[)）]$")
_SIGNED_DATE = re.compile(r"^(19|20)\d{2}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?$")
_ORGANISATION = re.compile(r"(人民政府|政府|局|委员会|委|办公室|办|中心|站|所|院|学校|大学|镇|乡|街道办事处|公司|厅|部)$")


def _signature(st: _State, tokens: list[str]) -> None:
    """A notice's closing lines: the unit on a line of its own, then the date (同心县下马关镇人民政府 / 2023年3月27日)."""
    previous, st.previous = st.previous, tokens
    signer = re.sub(r"[(（][^()（）]*[)）]$", "", previous[0]) if len(previous) == 1 else ""  # …中心(南开大学)
    if len(tokens) == 1 and _SIGNED_DATE.match(tokens[0]) and signer and _ORGANISATION.search(signer) \
            and len(previous[0]) <= 40:
        st.fields.extend([("落款单位", previous[0]), ("落款日期", tokens[0])])


def _note_line(st: _State, tokens: list[str], texts: list[str]) -> bool:
    """偏差原因分析及改进措施: alone under the table, then 1.预算执行率97.76%,… / 2.… on the lines below: each line
    is that field's text (a line that is a label or a row of its own ends it)."""
    k, st.open_note = st.open_note, None
    line = tokens[0] if len(tokens) == 1 else ""
    if k is None or not line or _row_kind(tokens, texts) not in (None, "note") or labels.is_indicator_header(tokens) \
            or re.match(r"^[^，,。；;]{1,16}[：:]", line) or labels.goal_term(line) or labels.form_kind(line) \
            or _SIGNED_DATE.match(line) or header.unit_line(tokens) or labels.header_label(line):
        return False  # (a label, a title, a date or a unit's name of its own: the text has ended)
    label, text = st.fields[k]
    st.fields[k], st.open_note = (label, f"{text}\n{tokens[0]}".strip()), k
    return True


def _dispatch(st: _State, row: Row) -> None:
    texts = _cells(row)
    tokens = [t for t in texts if t]
    if not tokens:
        return
    before, st.row_before = st.row_before, texts
    _signature(st, tokens)
    if not st.tables:
        st.skipped.append(row)  # until a table header: a table cut off at its top may be among these rows
    normed = [labels.norm(t) for t in tokens]
    if _note_line(st, tokens, texts):
        return
    if st.mode == "goals" and not st.tables and len(tokens) == 1 and labels.form_kind(tokens[0]) \
            and re.search(r"表|公示", tokens[0]) and _titled(tokens[0], tokens):
        st.mode, st.goal_block = "header", None  # a notice's 7、绩效目标 heads the form below: its title, its header
    if st.mode == "header" and st.kind is None and any(_titled(t, tokens) for t in tokens[:2]):
        title = next(t for t in tokens[:2] if _titled(t, tokens))
        st.kind, st.title = labels.form_kind(title), labels.norm(title)
        st.year = st.year or header.year(title) or next((header.year(t) for t in tokens if t != title
                                                          and _YEAR_LINE.match(t)), None)  # (… | （2021年度）)
        st.fields.extend(header.label_pairs([t for t in tokens if t != title]))
        return
    if st.mode != "header" and len(tokens) == 1 and labels.form_kind(tokens[0]) \
            and (re.sub(r"[(（]续(表)?[)）]$", "", labels.norm(tokens[0])) == st.title
                 or re.search(r"[(（]续(表)?[)）]$", labels.norm(tokens[0])) and labels.form_kind(tokens[0]) == st.kind):
        return  # the title again at the top of the next page (…申报表(续)), its words as printed there or not
    if st.mode == "header" and len(tokens) == 1 and st.title and "表" in tokens[0] \
            and ("表" not in st.title or not any(labels.header_label(k) for k, _ in st.fields)) \
            and len(tokens[0]) <= 40 and not re.search(r"[，,。；;“”]", tokens[0]) \
            and _titled(tokens[0], tokens):  # a page's heading, then the form's own title (2022年度…自评表); a
        # document's name (…自评表填写样例.DOC) and the form it shows: the title nearest the form's header fields
        st.kind, st.title = labels.form_kind(tokens[0]), labels.norm(tokens[0])
        st.year = header.year(tokens[0]) or st.year
        return
    upper, st.upper = st.upper, None
    if st.mode == "goals" and not st.tables and not labels.is_indicator_header(normed) \
            and any(labels.column_field(t) in labels.HEADER_ROLES for t in normed[:3]):
        st.mode, st.upper = "header", texts  # 绩效指标 | 一级指标 | 中期目标 | | 年度目标: the upper row of the table's
        st.row_before = before                # header under the goals, no goal
        return
    if st.copied and labels.header_first_pieces(tokens):
        return  # 度量 | 未完成原因: the header's upper line, its labels' first parts over the labels' line (blind 5516)
    if upper is None and not st.tables and _upper_header(tokens):
        st.upper = texts  # 绩效指标 | | | 年初目标值 | 实际完成值 | 未完成原因: the labels over the header below
        st.row_before = before
        return
    if labels.is_indicator_header(normed):
        above = upper if upper is not None else before  # the caption, if any, stands above the labels' row
        caption = [t for t in before if t]
        if len(caption) == 1 and len(caption[0]) <= 16 and not re.search(r"[,，。;；:：]", caption[0]):
            # 年度绩效目标完成情况 alone above the indicator header: its caption, not an empty
            if st.fields and st.fields[-1] == (labels.as_header_label(caption[0]), ""):  # field, nor a goal
                st.fields.pop()
            st.goals = [g for g in st.goals if g.text != caption[0]]
        texts = labels.header_pieces_joined(texts) if st.copied == COPY_SPACED else texts
        fields = upper_labels(header_fields(texts), above)
        titled = [c for c in caption if len(caption) == 1 and _CAPTION.fullmatch(labels.norm(c))]  # 中期绩效指标 over
        # its table (not a goal of the line above: 保障农村供水工程长期稳定运行)
        term_title = [st.title] if st.title and "中期" in st.title and "年度" not in st.title and not titled \
            and not st.tables and not any("年度" in t for t in normed) else []  # (the form's first table only: …部门整体
        # 中期绩效目标表 over a table of its own, the 年度 one under a title of its own: 091)
        tables = TableBuilder.for_header(fields, _block(normed + [labels.norm(t) for t in titled] + term_title))
        for table in tables:
            table.copied, table.pages = st.copied, set(st.pages)
        if st.tables and len(tables) == 1 and st.tables[-1].header == tables[0].header \
                and st.tables[-1].block == tables[0].block and st.tables[-1].drafts:
            # the header repeated over the next page: rows that go on with the last group keep its 一级 and 二级
            tables[0].level1, tables[0].level2 = st.tables[-1].level1, st.tables[-1].level2
            tables[0].continued = True  # (a converter's table keeps its labels on their first rows: those carried on)
            tables[0].pages.add(row.location.line or 0)  # (a copy's: its next page begins with that header)
        st.tables.extend(tables)
        st.mode = "indicators"
        return
    if st.mode == "indicators" and st.tables[-1].refine_header(texts):
        return  # a second header row (指标性质 | 指标值 | 度量单位 under 年度指标值)
    if st.mode == "indicators" and len(normed) >= 3 and normed[0] in ("序号", "编号") \
            and not any(labels.is_level(t) for t in normed):
        st.mode = "footer"  # the header of another table below (序号 | 学校性质 | 培训机构 …): its rows are no indicators
        return
    block_task = _block_task(tokens, row, st.money_unit)
    if block_task is not None:  # 核心业务一 | 公共文化服务 | 预算金额(万元) | 420.00 over its own indicator table
        st.tasks.append(block_task)
        st.mode = "footer" if st.mode == "indicators" else st.mode
        return
    if st.mode == "indicators" and len(tokens) == 1 and _CN_NUMBERED.match(normed[0]) \
            and not labels.is_level(_CN_NUMBERED.sub("", normed[0])):
        st.mode = "footer"  # 二、一般业务: the heading of the next part, its table below
        return
    if st.mode == "indicators" and _group_heading(tokens):
        return  # 职责名称 | 大气污染防治 | 活动名称 | 空气自动监测站运维(126.00万元): the heading of the rows below
    if st.mode == "indicators" and len(tokens) == 1 and st.title and labels.form_kind(tokens[0]) is not None \
            and labels.norm(tokens[0]) in labels.norm(st.title):
        return  # the form's title printed again over its next page (城口县…绩效目标表 above the header, blind 7276)
    if st.mode == "indicators" and _paragraph(row) and st.tables[-1].drafts \
            and st.tables[-1].drafts[-1].location.table is not None and _row_kind(tokens, texts) is None:
        if not _APPENDED.search(labels.norm(" ".join(tokens))):
            return  # （续表）, a remark between two parts of one table: no row of it
        st.mode = "footer"  # 附:项目资金测算明细 after the table: what follows is another table
    if st.mode == "indicators" and (_prose(tokens) or header.unit_line(tokens) or _table_title(tokens)):
        st.mode = "footer"  # (二)项目财务管理状况…: the report goes on below its table; 单位:万元: the next form's
        return
    kind = _row_kind(tokens, texts)
    if kind is None and st.mode == "indicators" and _SIGNING_UNIT.match(normed[0]):
        kind = "signoff"  # 填报单位：沂南县民政局 under the table (above it, the same words head the form's unit); 填报单位：
        # alone on its line, its value on the next (a cell a line)
    if st.mode == "indicators" and len(tokens) >= 2 and _MONEY_ROW.search(normed[0]) \
            and all(header.amount_like(t) for t in tokens[1:]):
        kind = "subtotal"  # 下达资金(万元) | 21098 | 2094.4 | …: the money by place, a funds line inside the table
    if kind == "total" and st.mode == "funds" and any(money_tables.is_amount(t) for t in tokens[1:]):
        kind = None  # 合计 | 3026.0 | 3026.0 | 2813.22 under the sources: the funds table's total line
    signed = kind in ("signoff", "stamp", "note") and bool(re.match(r"[^，,。；;\d]{1,10}[:：]", tokens[0] if tokens else ""))
    if kind is not None and (st.mode != "tasks" or signed):  # (a table of tasks under the indicators ends at its
        # sign-off line, a label and its colon: 单位负责人：… | 填表人：…; not a task named 社保经办人员业务培训)
        _closing(st, kind, row, tokens, normed)
        return
    money_labels = [n for n in normed if n in money_tables.BUDGET_COLUMNS]
    if st.mode == "tasks" and money_labels and all(n in money_tables.BUDGET_COLUMNS or _task_label(n) for n in normed) \
            and not (not st.task_header and _task_columns(texts)):  # (序号 | 任务名称 | 主要内容 | 总额 | 财政拨款 | 其他资金
        # under 年度主要任务 alone: the whole header, read below)
        # 总额 | 财政拨款 | 其他资金 under 预算金额 (the merged 任务名称 | 主要内容 of a workbook repeated beside them)
        st.budget_columns = [money_tables.BUDGET_COLUMNS[n] for n in money_labels]
        st.task_money = True  # the money's labels on a second header row, each over its own column
        if st.task_header:
            group = st.task_header.pop("amount", None)
            first = next((k for k, text in enumerate(texts) if money_tables.BUDGET_COLUMNS.get(labels.norm(text))), 0)
            shift = group - first if group is not None and first < group and st.copied in (False, "word") \
                and not texts[0].strip() else 0  # (预算金额 over 总额 | 财政拨款 | 其他资金 in a converted table,
            # the sub-labels' row given fewer empty cells than the merged columns before the group)
            if group is None and first == 0 and st.copied and first <= max(st.task_header.values()):
                shift = max(st.task_header.values()) + 1  # (年度主要任务 | 主要内容 / 总额 | 财政拨款 | 其他资金: a
                # copy that kept no empty cells, the money's labels after the name's and the content's columns)
            for k, text in enumerate(texts):
                role = money_tables.BUDGET_COLUMNS.get(labels.norm(text))
                if role:
                    st.task_header.setdefault("amount" if role == "total" else role, k + shift)
        return
    duty = _duty_header(texts)
    labelled = {} if duty or st.mode == "indicators" else _task_columns(texts)
    if duty or labelled:
        # 部门职能 | 年度目标任务 | 支出项目名称 | 预算金额(万元): a table of tasks, wherever it stands
        st.mode, st.task_header, st.task_money, st.task_labelled = "tasks", duty or labelled, True, bool(labelled)
        if "executed" in st.task_header:  # 任务名称 | 全年预算数 | 全年执行数 | 完成情况: a row's figures are what was
            st.budget_columns = ["total", "executed", "done"]  # budgeted and spent, then its account (not 财政拨款)
        name_at = (duty or labelled).get("name", 0)
        st.task_numbered = any(t.strip() and not labels.section_label(t) for t in texts[:name_at])  # (序号, 行次 …
        # left of the name: the rows' numbers have a column; 年度主要任务 merged down the side is no such column)
        _money_unit(st, _MONEY_UNIT.search("".join(tokens)))
        return
    if len(normed) >= 2 and normed[0] == "年度主要任务" and not any(money_tables.is_amount(t) for t in texts) \
            and all(_task_label(n) for n in normed[1:]) and any(n in _DUTY["content"] for n in normed[1:]) \
            and not any(n in _DUTY["name"] for n in normed[1:]):  # (not 年度主要任务 | 任务名称 | 主要内容: a side label)
        st.mode, st.task_money, st.task_labelled = "tasks", True, False  # 年度主要任务 | 主要内容 over the rows, the
        st.task_header = {"name": 0, "content": next(k for k, n in enumerate(normed) if n in _DUTY["content"])}
        return  # side label the name column's own label; the money's labels on the row below
    if any(n.startswith("任务名称") for n in normed[:3]) or normed == ["年度主要任务"] \
            or len(normed) == 2 and normed[0] == "年度主要任务" and re.fullmatch(r"(任务对应)?预算(金额|资金)?", labels.strip_suffix(normed[1])):
        # (年度主要任务 | 任务对应预算（万元）over 金额合计 | 财政拨款 | 其他资金: 广东's two-row header, blind 4647)
        st.mode = "tasks"
        named = [n for n in normed if not labels.section_label(n)]
        st.task_money = len(named) < 2 or any(_MONEY_LABEL.search(n) for n in named)  # (任务名称 | 主要内容 | 完成情况: none)
        _money_unit(st, _MONEY_UNIT.search("".join(tokens)))
        return
    if st.mode == "indicators" and (money_tables.fund_header(normed) or _FUNDS_BLOCK.search(normed[0])) \
            and not any(labels.is_level(t) for t in tokens):
        st.mode = "header"  # 资金情况(万元) | 资金来源 | 年初预算数 | 全年预算数 …: the funds block printed under the table
    if st.mode in ("header", "goals", "tasks") and money_tables.fund_header(normed):
        st.task_header = {}  # (the funds under the tasks: 年度部门整体支出预算执行情况 | 年初预算数 | 全年预算数 …)
        line = money_tables.pairs_line(row, st.money_unit)
        beside = money_tables.block_line(row, st.money_unit) if line is None else None
        if beside is not None:  # 预算执行情况（万元）（10分） | 预算数： | 1260.00 | 执行数： | 1197.00: the total's pairs
            st.mode, st.fund_pairs = "funds", True  # beside the block's label, its sources' pairs below
            st.fund_header = ["", *(k for k, _ in beside.texts)]
            _money_unit(st, _MONEY_UNIT.search(tokens[0]))  # (the block's label, its first cell with text)
            st.fund_points = _block_points(tokens[0]) or st.fund_points
            points = [("分值", Cell(st.fund_points, row.location))] if st.fund_points else []
            st.funds.append(money_tables.with_scores(beside, points))
            return
        if line is not None:  # 年度财政资金总额 | 预算数(A) | 1.56 | 执行数(B) | 1.56 …: a whole funds line on one row
            st.funds.append(line)
            _money_unit(st, _MONEY_UNIT.search(texts[0] if texts else ""))
            return
        st.mode, st.fund_header = "funds", money_tables.fund_columns(money_tables.wrapped_header(before, texts) or texts)
        _total_above_header(st, row)
        _money_unit(st, _MONEY_UNIT.search(texts[0] if texts else ""))
        st.fund_points = _block_points(texts[0] if texts else "") or st.fund_points
        return
    if (st.mode == "goals" or st.mode == "funds" and st.funds and not money_tables.fund_header(normed)
            and labels.goal_term(tokens[0]) is None and not any(money_tables.is_amount(t) for t in tokens)) \
            and len(tokens) >= 3 and sum(labels.column_field(t) is not None for t in tokens) >= 2 \
            and labels.goal_column(tokens[0]) not in ("年度", "实施期"):  # (年度预期目标 | 具体完成情况 | …: the goals')
        st.mode = "footer"  # the header of another table (评价内容 | 分值 | 自评分; 资金管理情况 | 情况说明 | 分值 |
        return              # 得分 under the funds): its rows are no goals, no sources of funds
    if st.mode == "goals" and st.funds and len(tokens) == 2 and labels.NOTE_LABEL.search(labels.norm(tokens[0])) \
            and re.search(r"追加|调增|调减|调整|追减", tokens[0] + tokens[1]) and labels.goal_term(tokens[0]) is None:
        st.funds.append(FundLine(label=labels.norm(tokens[0]), role="part", amounts=(), location=row.location,
                                 texts=(("说明", tokens[1]),)))  # 年中追加说明 | 年中追加…62.30万元。 under the goal: the
        return  # funds block's note, printed apart from it, no goal (blind 5655)
    if st.mode == "goals" and st.goal_block is not None and st.goal_block.repeats(texts):
        _goal_row(st, row, tokens)  # the goal label merged down its rows (a workbook repeats it on each)
        return
    if st.mode == "goals" and len(tokens) >= 2 and all(len(t) <= 12 for t in tokens) \
            and any(labels.column_field(t) in _TABLE_COLUMNS and labels.goal_column(t) is None for t in tokens):
        return  # 年度 | 实际 | 偏差原因分析: the first line of the indicator table's wrapped header, no goal
    if st.mode == "goals" and goal_rows.ends_block(st.goal_block, texts):
        st.mode = "header"  # a labelled row after a goal written beside its label: the header goes on
    # 年度绩效目标1(40分) | 产出指标 | 质量指标 | …: a table's side label on an indicator row, not a goal label
    side_label = st.mode == "indicators" and (any(labels.is_level(t) or labels.weight_only(t) for t in tokens[1:3])
                                              or len(tokens) >= 3 and any(value_like(t) for t in tokens[2:]))
    # (年度绩效目标 | （40-50） | 新建错车道数量 | =6处: the same, its row's 一级 weight and value beside it)
    block = None if side_label else goal_rows.label_row(row, texts)
    if block is not None:
        if st.mode == "tasks" and st.copied and st.tasks and _goal_lead(st.tasks[-1]) and block.inline:
            lead = st.tasks.pop()  # 目标1：保障单位正常运转… / 年度总体目标 | 目标2：…: a centred goal cell's first
            st.goals.extend(goal_rows.goals_from(lead.content, block.inline[0][2], lead.location))  # line, above
            # its label's, read under the tasks (blind 7572)
        st.mode, st.goal_block = "goals", block
        for text, location, term in block.inline:
            st.goals.extend(goal_rows.goals_from(text, term, location))
        for label, text in block.achieved:
            st.fields.append((label, text))
            st.places.setdefault(label, row.location)
        return
    {"header": _header, "tasks": _task, "funds": _fund, "goals": _goal_row, "indicators": _indicator_row,
     "footer": _ignore}[st.mode](st, row, tokens)


def _goal_lead(task: Task) -> bool:
    """A task read from a line of content alone, no name and no money, that starts a numbered goal (目标1：…)."""
    return (task.budget is None or task.budget == Budget()) and task.name == task.content \
        and goal_rows.numbered(task.content)


def _closing(st: _State, kind: str, row: Row, tokens: list[str], normed: list[str]) -> None:
    """A row that is no indicator: sign-off and approval rows, notes, totals and conclusions end a table; a
    department's subtotal and the template's continuation mark are passed over. The first total under an
    indicator table that has weights or scores is the self-evaluation's 总分."""
    if kind in ("subtotal", "continuation"):
        return
    if kind == "total" and st.tables and (st.score_total is None or st.score_total.label in ("合计", "小计")
                                          and any(labels.norm(t) in ("总分", "自评总分", "总计") for t in tokens)):
        roles = st.tables[-1].roles()  # (合计 | 90 | 90 over 总分 | 100 | 99.8: the indicators' part of 90 points, the
        if {"weight", "score"} & set(roles.values()):  # form's total below it — 四川's 10 + 90)
            st.score_total = score_total.read(row, roles) or st.score_total
    attached = labels.ATTACHMENT.sub("", tokens[0]) if kind == "note" else ""
    if attached != tokens[0] and st.kind is None and labels.form_kind(attached):
        st.kind = labels.form_kind(attached)  # 附件:…项目绩效目标表.xlsx under a notice: the kind of form it is
        st.year = st.year or header.year(attached)
    if kind == "signoff":
        pairs = header.signoff_pairs(tokens)
        st.signed_below = (len(st.fields), len(pairs)) if len(pairs) >= 2 and all(map(_awaits, pairs)) else None
        st.fields.extend(pairs)
    elif kind == "note" and (said := _NOTE.match(" ".join(tokens))) and said.group(2).strip():
        st.fields.append((said.group(1), said.group(2).strip()))  # 说明:全年预算数较年初增加28.60万元,系…: kept, read
        st.places.setdefault(said.group(1), row.location)          # by the rules that look for a reason
    elif kind == "conclusion" and len(tokens) >= 2 and re.match(r"[^:：，,。；;\d]{2,10}[:：]\s*\S", tokens[0]) \
            and any(re.match(r"[^:：，,。；;\d]{2,10}[:：]", t) for t in tokens[1:]):
        _signed_fields(st, tokens, row.location)  # 自评等级：优 | 填报人：陈海波 | 联系电话：… | 填报日期：…: the grade and
        # the sign-off on one line, a field each
    elif kind in ("conclusion", "total") and not (len(tokens) == 1 and labels.SECTION_NUMBER.match(normed[0])):
        if len(tokens) == 1 and (pair := re.fullmatch(r"\s*([^:：，,。；;\d]{2,10}?)\s*[:：]\s*(\S.*)", tokens[0])):
            label = labels.norm(pair.group(1))  # 自评结论：优: the label and its text in one cell
            normed, tokens = [label], [label, pair.group(2).strip()]
        signed = next((j for j in range(2, len(tokens)) if re.match(r"[^:：，,。；;\d]{2,10}[:：]", tokens[j])
                       and header.signoff_pairs(tokens[j:])), None)
        if signed is not None:  # 评价等级 | 优 | 填表人：杨绍华 | 联系电话：… | 填报日期：…: the grade, then the sign-off
            _signed_fields(st, tokens[signed:], row.location)  # on its line, a field each
            tokens = tokens[:signed]
        st.fields.append((normed[0], " ".join(tokens[1:])))  # (not a report's numbered heading: its text is below)
        if kind == "conclusion" and len(tokens) == 1 and st.tables:  # (under the indicators, not in the header)
            st.open_note = len(st.fields) - 1
        st.places.setdefault(normed[0], row.location)
    if st.mode != "header" or kind != "note":
        st.mode = "footer" if st.mode != "header" else st.mode


def _signed_fields(st: _State, tokens: list[str], location: Location) -> None:
    """A sign-off's fields (填表人：… | 联系电话：… | 填报日期：…) on a line that carries something else too, a field
    each, placed on that line."""
    pairs = header.signoff_pairs(tokens)
    st.fields.extend(pairs)
    for label, _ in pairs:
        st.places.setdefault(label, location)


_NOTE = re.compile(r"^\s*(注|备注|说明|附注)\s*[:：]?\s*(.*)$", re.S)  # (not 填表说明: the template's instructions)


def _block(normed: list[str]) -> str:
    if any(k in t for t in normed for k in ("实施期", "长期", "中期")):
        return "实施期"
    return "年度"


_BRACKETED = re.compile(r"[(（][^()（）]*[)）]")


def _header_parts(funds: list[FundLine]) -> tuple[Decimal | None, Decimal | None]:
    """The 财政拨款 and 其他资金 of a header's budget block (资金总额 | 财政拨款 | 其他资金 over three amounts): what
    the duty table's own columns add up to."""
    def part(pattern: str) -> Decimal | None:
        found = [dict(line.amounts).get("金额") for line in funds if line.role == "part" and re.search(pattern, line.label)]
        return found[0] if len(found) == 1 else None
    return part(r"财政拨款|财政资金"), part(r"^其他(资金)?$|自有资金|单位资金")


def _fund_budget(st: _State) -> Decimal | None:
    """A self-evaluation's budget: the 全年预算数 (else the first column) of the funds table's total line."""
    keys = ("全年预算数", "调整后预算数", "预算数", "年初预算数", "年度资金总额", "年度预算", "当年预算",
            "本年预算", "金额")  # (中期资金总额 beside 年度资金总额: the year's)

    def pick(line: FundLine) -> Decimal | None:  # targets are set against 年初预算; a cut budget is lower
        amounts = {_BRACKETED.sub("", k): v for k, v in reversed(line.amounts)}  # 全年预算数(A): 全年预算数
        values = [v for k in keys if (v := amounts.get(k)) is not None]
        return max(values) if values else None
    total = next((pick(line) for line in st.funds if line.role == "total" and pick(line) is not None), None)
    parts = sum((pick(line) or Decimal(0) for line in st.funds if line.role == "part"), Decimal(0))
    return total if total else (parts or total)  # a 0 total beside real parts is BUD-01's, not the budget


def _titled(text: str, tokens: list[str]) -> bool:
    """A form's title: 部门整体绩效目标 alone on its line; with a goal beside it (整体绩效目标 | 目标1:…) a goal label."""
    return labels.form_kind(text) is not None and (len(tokens) == 1 or not labels.goal_term(text))


_TARGET = re.compile(r"^\s*[≥≤＝=<>＞＜≧≦]\s*\d")  # ≥120人次, =100%: an indicator's target value


def _header(st: _State, row: Row, tokens: list[str]) -> None:
    year_line = _YEAR_LINE.match(tokens[0]) if len(tokens) == 1 else \
        _YEAR_LINE.match("".join(tokens)) if len(tokens) <= 3 else None  # （ 2024 年度）: a viewer's copy parted it
    if year_line:
        st.year = st.year or int(year_line.group(1))
        return
    if len(tokens) == 1 and len(tokens[0]) <= 60 and not re.search(r"[：:]", tokens[0]) and header.year(tokens[0]):
        st.year = st.year or header.year(tokens[0])  # a title line (2019年度宁晋县…指标表, 绩效目标自评表 (2019年度))
        return
    previous, st.last_header = st.last_header, row
    normed = [labels.norm(t) for t in tokens]
    if len(tokens) >= 3 and (normed[0] in ("序号", "编号") or normed[-1] in ("备注", "说明")) \
            and not any(re.search(r"\d", t) for t in tokens) \
            and sum(1 for t in normed if labels.header_label(t)) <= 1:
        return  # 序号 | 项目单位 | 补助项目 | 补助金额 | 备注: the column labels of an allocation table, no label/value pairs
    funds_in = next((m for t in normed if (m := _FUNDS_IN.search(t)) and not money_tables.is_amount(t)), None)
    if funds_in is not None and not st.money_unit_stated:  # 资金总额(万元) | 380: the unit the form's money is in
        st.money_unit, st.money_unit_stated = funds_in.group(2), True
    if _labels_only(tokens):
        return  # 项目名称 | 主管部门: the labels of the row below, no label/value pairs
    if previous is not None and (header.amounts_under(previous, row)
                                 or _labels_only([t for t in previous.texts if t]) and not _labels_only(tokens)
                                 and not any(labels.header_label(labels.norm(t)) for t in tokens)):
        pairs = header.column_pairs(previous, row)  # a row of labels, then a row of amounts (or values) under them
        if re.search(r"资金|预算", labels.norm(previous.texts[0]) if previous.texts else ""):  # 项目资金（万元） |
            pairs = [("资金总额" if labels.norm(k) in ("合计", "总计", "总额") else k, v) for k, v in pairs]  # 合计 | 中央…
    else:
        of_which = any(labels.norm(t).startswith("其中") for t in tokens)  # (a total's parts after it on its line)
        pairs = header.label_pairs([_OF_WHICH_LEVEL.sub(r"\1资金", part) for t in tokens for split in _LABEL_AMOUNT.split(t)
                                    if split for part in (_amount_glued(split) if of_which else [split])])
    inside = _bracketed(pairs)
    st.row_parts = sum(1 for k, (label, value) in enumerate(pairs) if k not in inside and (line := money_tables.header_fund(
        labels.as_header_label(label), value, row.location, st.money_unit)) is not None and line.role == "part")
    for k, (label, value) in enumerate(pairs):
        _field(st, labels.as_header_label(label), value, row, funds=k not in inside)
    named = next((u for t in tokens if (u := header.coded_unit(t))), None)  # 207101天津市河北区人民法院 | 单位:万元
    if named and not any(labels.header_label(k) == "department" for k, _ in st.fields):
        _field(st, "单位名称", named, row)
    if st.year is None:  # a cell that is only a year ((2022年度)), not a sentence that names one (2018年度67.56万元)
        st.year = next((int(m.group(1)) for t in tokens if (m := _YEAR_LINE.match(t.strip()))), None)
    if st.year is None and not st.tables and len(tokens) == 1 and len(st.fields) <= 3:  # a notice's opening sentence:
        found = _BUDGET_YEAR.search(tokens[0])                                           # …南开大学2018年度…经费资助
        st.year = int(found.group(1)) if found else None


# 其中:中央 | 1390.00 beside the total: a level of government named alone under 其中, a source of the total
_OF_WHICH_LEVEL = re.compile(r"^其中[:：]?\s*(中央|自治区|省级?|市级?|州级?|县级?|区级?)$")
# two spaces between parts, or a label and its amount in one cell (一般公共预算 78.60)
_LABEL_AMOUNT = re.compile(r"\s{2,}|(?<=[\u4e00-\u9fff)）])\s+(?=\d[\d,]*(?:\.\d+)?\s*(?:万元|元)?$)")


_GLUED_AMOUNT = re.compile(r"(.*[\u4e00-\u9fff)）])(\d[\d,]*(?:\.\d+)?\s*(?:万元|元)?)")


def _amount_glued(part: str) -> list[str]:
    """A source's label run together with its amount (其中：中央补助900 自治区补助200 after the total on its line, a
    viewer that drops narrow gaps, blind 6712): the label and the amount; any other text as it is."""
    glued = _GLUED_AMOUNT.fullmatch(part.strip())
    if glued is None or not money_tables.source_label(glued.group(1)):
        return [part]
    return [glued.group(1), glued.group(2)]


def _labels_only(tokens: list[str]) -> bool:
    """A row of two or more header labels and nothing else (项目名称 | 主管部门 over their values)."""
    return len(tokens) >= 2 and all(labels.header_label(labels.norm(t)) and not re.search(r"[：:]\s*\S", t)
                                    for t in tokens)


_FUNDS_IN = re.compile(r"(资金|预算|金额|投入)[\u4e00-\u9fff]{0,4}\s*[(（](万元|元)[)）]$")  # 项目资金 (元), 资金总额(万元)


def _bracketed(pairs: list[tuple[str, str]]) -> set[int]:
    """The pairs printed inside brackets after a source's amount (财政拨款 620.00 （中央车购税补助 400.00 县级财政
    220.00）): that source's own breakdown, no sources of the total beside it (not 资金情况（ | 资金总额 85.00, a label's
    unit cut over two lines)."""
    inside: set[int] = set()
    for k, (label, value) in enumerate(pairs):
        if k == 0 or not label.lstrip().startswith(("(", "（")) or not money_tables.is_amount(pairs[k - 1][1]):
            continue
        stop = next((j for j in range(k, len(pairs)) if re.search(r"[)）]", pairs[j][0] + pairs[j][1])), None)
        if stop is not None and pairs[stop][1].rstrip().endswith((")", "）")):
            inside.update(j for j in range(k, stop + 1) if money_tables.is_amount(pairs[j][1].strip("()（） ")))
    return inside


def _field(st: _State, key: str, value: str, row: Row, funds: bool = True) -> None:
    """One header field: kept as said, and read for the project, the year, the money unit, the budget, the period
    (and for a line of the funds, unless `funds` is false: a source's breakdown in brackets)."""
    year_after = labels.YEAR_AFTER.search(value)
    if year_after and year_after.start() > 0:  # 同心县住房和城乡建设局（2025年度）: the title's year printed after the
        st.year = st.year or int(year_after.group(1))  # name on its line (blind 6802) — the form's year, not the name's
        value = value[:year_after.start()]
    st.fields.append((key, value))
    st.places.setdefault(key, row.location)
    line = money_tables.header_fund(key, value, row.location, st.money_unit) if funds else None
    if line is not None and labels.norm(key) in ("合计", "总计") \
            and not re.search(r"资金|预算|金额|经费", labels.norm(row.texts[0] if row.texts else "")):
        line = None  # 受益人口(人) | 合计 | 3000: a total of something else, no money
    if line is not None and line.role == "total":
        st.total_row = row
    if line is not None:
        two_views = any(k == "金额2" for other in st.funds for k, _ in other.amounts)  # totals side by side above
        views = max((int(k[2:]) for other in st.funds for k, _ in other.amounts  # (金额, 金额2: two views of the
                     if k.startswith("金额") and k[2:].isdigit()), default=1)       # budget side by side)
        side_by_side = two_views and (line.role == "total" or st.row_parts <= views)  # a source of each view, not
        beside = sum(1 for other in st.funds if other.location == row.location and (   # three sources of one
            side_by_side or other.role == line.role == "total" or other.label == line.label))
        if beside:  # a second view on the same row (年度资金申请总额 beside 项目资金总额, 财政拨款 beside 财政拨款):
            # a column of its own; sources side by side (中央资金 | 2160 | 省级资金 | 480) stay in the total's column
            line = FundLine(line.label, line.role, tuple((f"{k}{beside + 1}", v) for k, v in line.amounts),
                            line.location, line.texts)
        st.funds.append(line)
    if key in labels.header_labels("project") and value:
        st.project = value
    elif key in labels.header_labels("year") and header.year(value + "年"):
        st.year = st.year or header.year(value + "年")
    elif key in _UNIT_LABELS and (money_unit := _MONEY_UNIT.search(value)):
        _money_unit(st, money_unit)
    elif key in labels.header_labels("codes"):
        return  # 科目代码 21308 is no amount
    elif header.budget_label(key) and money_tables.is_amount(value):
        slot = "term_budget" if header.budget_label(key) == "term" else "budget"  # 年度 first, 中期 else
        if getattr(st, slot) is None:
            setattr(st, slot, money_tables.amount(value, st.money_unit))
    elif key in labels.header_labels("period") and value:
        st.period = value


_DUTY = {"name": labels.TASK_NAMES, "content": labels.TASK_CONTENTS,
         "amount": ("预算金额", "预算数", "金额", "资金", "预算", "预算资金", "全年预算数", "年初预算数"),
         "executed": ("全年执行数", "执行数", "实际支出"), "rate": ("执行率", "预算执行率")}
_TASK_OTHER = ("序号", "编号", "完成情况", "实际完成情况", "备注", "说明", "年度主要任务", "年度履职目标",
               "年度主要任务完成情况", "全年执行数", "执行数", "实际支出", "执行率")  # labels no task's text is
# under (a self-evaluation's tasks: 任务名称 | 主要完成内容 | 全年预算数 | 全年执行数 | 执行率 beside the side label
# 年度主要任务完成情况: what was spent, and at what rate, the 合计 giving the whole budget's)


def _task_label(text: str) -> bool:
    """A label of a task table's header (任务名称, 主要内容, 序号, 年度主要任务 …)."""
    bare = labels.strip_suffix(text)
    return bool(labels.section_label(text)) or bare in _TASK_OTHER or any(bare in names for names in _DUTY.values())


def _duty_header(texts: list[str]) -> dict[str, int]:
    """The columns of a duty table's header row (部门职能 | 年度目标任务 | 支出项目名称 | 预算金额), or {}."""
    bares = _bares(texts)
    if not set(bares) & {"部门职能", "年度目标任务", "支出项目名称"}:  # (the template's own labels: _task_columns)
        return {}
    found = _task_roles(bares)
    return found if len(found) >= 3 and "amount" in found else {}


def _task_columns(texts: list[str]) -> dict[str, int]:
    """The columns of a task table headed by the template's labels only (任务名称 | 主要内容 | 预算金额 | 完成情况,
    序号 | 职能 | 年度任务 | 预算(万元)), with a name, a content and an amount column — not a header row of fields
    (项目名称 | | 预算金额 | ), or {}. A group label printed on the line of its sub-labels (预算金额 | 总额 | 财政拨款 |
    其他资金, a two-row header a copy gave on one line) has no column of the rows' own: the columns after it move back."""
    bares = _bares(texts)
    group = next((k for k, b in enumerate(bares[:-1]) if b.startswith("预算金额")
                  and money_tables.BUDGET_COLUMNS.get(bares[k + 1]) == "total"), None)
    if group is not None:
        bares = bares[:group] + bares[group + 1:]
    found = _task_roles(bares)
    if "name" not in found and bares and bares[0] == "年度主要任务" and "amount" in found and len(bares) >= 3 \
            and all(b in money_tables.BUDGET_COLUMNS or b == "预算总额" for b in bares[1:] if b):
        found["name"] = 0  # 年度主要任务 | 金额合计 | 财政拨款 | 其他资金: the side label heads the tasks' own column
    others = [b for b in bares if b and not (_task_label(b) or b.startswith("预算金额") or b in money_tables.BUDGET_COLUMNS
                                             or b == "预算总额")]
    after_name = "name" in found and found["name"] + 1 < len(bares) and bares[found["name"] + 1] in others
    labelled = len(others) <= 1 and not after_name and all(re.fullmatch(r"[\u4e00-\u9fff]{2,8}", b) for b in others)
    # (支出类别: one column more, not the value beside a 项目名称); without a content column, labels side by side
    filled = [k for k, b in enumerate(bares) if b]
    packed = filled and all(bares[k] for k in range(filled[0], filled[-1] + 1))  # (not 项目名称 | | 预算金额 | : fields)
    return found if labelled and {"name", "amount"} <= set(found) and ("content" in found or packed or "executed" in found) \
        else {}  # (任务名称 merged over three columns: 全年预算数 | 全年执行数 after it make it a table's header)


def _bares(texts: list[str]) -> list[str]:
    return [re.sub(r"^其中[:：]?", "", labels.strip_suffix(labels.norm(t))) if t else "" for t in texts]  # (其中:财政拨款)


def _task_roles(bares: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for k, bare in enumerate(bares):
        for role, names in _DUTY.items():
            if role not in found and (bare in names or (role == "amount" and bare.startswith("预算金额"))):
                found[role] = k
        money = "total" if bare == "预算总额" else money_tables.BUDGET_COLUMNS.get(bare)  # 预算总额 | 财政拨款 | 其他资金
        if money:
            found.setdefault("amount" if money == "total" else money, k)
    return found


def _duty_task(st: _State, row: Row) -> None:
    """A row of a duty table: its task, its content and its amount, by the header's columns."""
    line = money_tables.execution_line(row, st.task_spent, st.money_unit) if st.task_spent else None
    if line is not None:  # 预算执行情况 | 分值 | 10 | 执行率99.66% | 得分9.97: the budget's points, its amounts the 合计's
        st.funds.append(line)
        st.mode, st.task_header = "header", {}
        return
    texts = list(row.texts)
    if st.task_header.get("name") == 0 and len(texts) > 2 and labels.section_label(texts[0]) and texts[1].strip() \
            and not money_tables.is_amount(texts[1]) and labels.section_label(texts[1]) is None:
        row = Row(row.cells[1:], row.location)  # 年度主要任务 | 免疫规划及传染病防控 | 96.00 | 93.80: the table's side
        texts = texts[1:]  # label, centred down its rows, on the line of one of them (a copy that kept no empty cells)
    numbered = False
    if not st.task_numbered and len(texts) > 2 and money_tables.TASK_NUMBER.fullmatch(texts[0].strip()) and texts[1].strip() \
            and not money_tables.is_amount(texts[1]):  # 1 | 机关运转保障 | … under a header with no 序号 (a copy that
        row = Row(row.cells[1:], row.location)        # kept no empty cells): the task's number, no amount
        texts = texts[1:]
        numbered = st.tasks_numbered = True
    if st.task_header.get("name") == 1 and not st.task_numbered and len(texts) == max(st.task_header.values()) \
            and texts[0].strip() and texts[1].strip() and not labels.section_label(texts[0]) \
            and not money_tables.is_amount(texts[0]) and not money_tables.is_amount(texts[1]) \
            and not re.search(r"合计|总计|小计", texts[0]):
        row = Row((Cell("", row.location), *row.cells), row.location)  # 年度主要任务 | 任务名称 | … over rows that give
        texts = ["", *texts]  # no cell for the side label (a viewer's copy): the rows' cells a column right
    elif st.task_numbered and st.task_header.get("name", 0) >= 2 and len(texts) == max(st.task_header.values()) \
            and re.fullmatch(r"\d{1,2}", texts[0].strip()) and texts[1].strip() \
            and not money_tables.is_amount(texts[1]):
        row = Row((Cell("", row.location), *row.cells), row.location)  # 年度主要任务 | 序号 | 任务名称 | … over 1 |
        texts = ["", *texts]  # 机关运转保障 | …: the same, the task's number in the 序号 column
    elif len(texts) == max(st.task_header.values(), default=0) and 0 not in st.task_header.values() \
            and money_tables.is_amount(texts[0]) and _money_where_labelled(st, ["", *texts]) \
            and not _money_where_labelled(st, texts):
        row = Row((Cell("", row.location), *row.cells), row.location)  # 年度主要任务 | 预算金额 | 任务名称 | 主要内容
        texts = ["", *texts]  # over 612.4 | 人民调解工作 | …: the same, the amount first (Edge, blind 6245)
    if _content_tail(st, texts):
        return
    if st.total is not None and _total_source(st, texts):
        return
    if st.copied and st.tasks_numbered and not numbered and st.tasks and st.tasks[-1].budget not in (None, Budget()) \
            and _unfinished(st.tasks[-1].content) and not any(money_tables.is_amount(t) for t in texts) \
            and (text := "".join(t.strip() for t in texts if t.strip())):
        st.tasks[-1] = replace(st.tasks[-1], content=st.tasks[-1].content + text)  # 3 | 退役士兵安置 | …发放自主就业
        return  # | 586.00 / 退役士兵地方一次性经济补助: no number, no amount under numbered tasks — the content's rest
    at = st.task_header.get("content")
    extra = len(texts) - max(st.task_header.values(), default=0) - 1
    money_at = [k for role, k in st.task_header.items() if role in ("amount", "fiscal", "other")]
    named = 0 <= st.task_header.get("name", -1) < len(texts) and texts[st.task_header["name"]].strip()  # (not a row
    if named and at is not None and extra > 0 and at + 1 in money_at and texts[at + 1].strip() \
            and not any(money_tables.is_amount(t) for t in texts[at:at + extra + 1]) \
            and all(money_tables.is_amount(t) for t in texts[at + extra + 1:] if t.strip()):
        texts[at:at + extra + 1] = ["".join(texts[at:at + extra + 1])]  # …送戏下乡演出， | 开展广场文化活动。: one
        # content cell a converter split in two, the amounts after it a column off (a row led by the side label's
        # empty cell, its name a column right of the header's, is read as before)
    def cell(role: str) -> str:
        k = st.task_header.get(role, -1)
        return texts[k] if 0 <= k < len(texts) else ""
    name, amount = cell("name"), cell("amount")
    if st.task_labelled and amount.strip() and not money_tables.is_amount(amount) \
            and not (_total_label(amount) and st.task_header.get("amount", 0) < st.task_header.get("name", 0)):
        _priced_task(st, row)  # a row whose cells do not stand under the header's (text that lost its empty cells; not
        # 1425.6 | 金额合计 under 预算金额 | 任务名称: the total, its amount first, blind 6245)
        return
    before = texts[:st.task_header.get("amount", len(texts))]  # 合计, 金额合计 in whichever column before the amount
    words = [t for t in texts if t.strip() and not money_tables.is_amount(t)]
    if any(_total_label(t) for t in before if t) or words and all(map(_total_label, words)) \
            and any(money_tables.is_amount(t) for t in texts):  # (金额合计 in a column of its own, its amounts
        # beyond the header's: a laid-out copy's row set off by the label's place)
        roles = [role for _, role in sorted((k, role) for role, k in st.task_header.items()
                                            if role in ("amount", "fiscal", "other", "executed"))]
        placed = [k for k, t in enumerate(texts) if money_tables.is_amount(t)]
        figures = dict(zip(roles, [texts[k] for k in placed]))

        def in_order(role: str) -> str:  # 金额合计 | 1328.50 | 1318.50 | 10.00: its figures in the columns' order, the
            return figures.get(role, "")  # label standing where the name and the content would
        shifted = len(figures) == len(roles) and (any(not money_tables.is_amount(cell(role)) for role in roles)
                                                  or placed[0] < st.task_header.get(roles[0], placed[0]))
        # (合计 | 1560.00 | 1521.42 under 全年预算数 | 全年执行数: the label over the name and the content, merged)
        try:
            st.total, st.total_location = _task_budget(st, in_order if shifted else cell), row.location
            st.total = _sources_beside(st.total, texts, st.money_unit)
        except InvalidOperation:
            pass
        if "executed" in st.task_header:
            st.task_spent = (cell("amount"), cell("executed"), cell("rate"))
        return
    if st.copied in (COPY_SPACED, COPY_LAID) and st.task_labelled and texts and all(t.strip() for t in texts) \
            and 2 <= len(texts) <= max(st.task_header.values()) and not labels.section_label(texts[0]):
        numbered = st.task_numbered and re.fullmatch(r"\d{1,2}", texts[0].strip()) is not None
        _priced_task(st, Row(row.cells[1:], row.location) if numbered else row)  # 地质灾害防治 | 开展…监测预警及 /
        return  # 小型隐患点工程治理 | 140.00 | 140.00 | 0.00: a copy's row that kept no empty cell, short of the
        # header's columns: read in the template's order (after its number, under a 序号 column)
    if st.copied == COPY_LAID and st.task_labelled and _off_columns(st, row, cell):
        _priced_task(st, Row(tuple(c for c in row.cells if _own_cell(c.text)), row.location))  # 机关及所属单位运转 | | 保障… | 1862.40 | 1862.40 | | 0
        return  # under labels centred off their columns: the row's own cells in the template's order
    try:
        money = _task_budget(st, cell)
    except InvalidOperation:
        st.problems.append(problem("FORM-03", row.location, n=row.location.number(), content=amount, case="amount"))
        money = Budget()
    if not name.strip() and money == Budget() and cell("content").strip() and st.tasks \
            and _unfinished(st.tasks[-1].content) and not goal_rows.numbered(cell("content")):
        st.tasks[-1] = replace(st.tasks[-1], content=st.tasks[-1].content + cell("content").strip())
        return  # (福利及社会保险缴费 alone in the content column: the wrapped rest of the task above's content; not
        # 目标1：…, a goal's first line above its label)
    if name or money != Budget() or cell("content").strip():  # (a content line no task above goes on: a row read
        # with doubt — never dropped)
        _add_task(st, Task(name=name or cell("content"), content=cell("content"), budget=money, location=row.location))


def _off_columns(st: _State, row: Row, cell) -> bool:
    """A laid-out copy's task row whose cells stand off the header's columns (its labels centred over wider
    columns): a name and a content, then amounts, more of them than the header's columns take, or no name where one
    is printed."""
    texts = [t for t in row.texts if _own_cell(t)]
    amounts = [t for t in texts if money_tables.is_amount(t)]
    words = [t for t in texts if not money_tables.is_amount(t)]
    if len(words) != 2 or not amounts or texts[:2] != words or len(amounts) > 4:
        return False
    placed = sum(money_tables.is_amount(cell(role)) for role in ("amount", "fiscal", "other"))
    return not cell("name").strip() or placed < len(amounts) or cell("name").strip() != words[0]


def _own_cell(text: str) -> bool:
    """A task row's cell of its own: text, not the table's side label printed beside it (年度主要任务)."""
    return bool(text.strip()) and not labels.section_label(text) and not labels.funds_side(text) \
        and labels.norm(text) not in ("年度主要任务", "主要任务")


def _total_label(text: str) -> bool:
    return labels.norm(text) in labels.header_labels("totals") or labels.row_kind(text) == "total"


def _centred_tasks(tasks: list[Task]) -> list[Task]:
    """pdftotext -layout centres a task row's one-line cells (its name, its amounts) on the middle of its content's
    lines: 保障在职人员工资福利、社会保障缴费及 / 人员及机构运转保障 | 1856.42 | … / 机关及所属机构日常运转. A line of
    content alone (no name, no money) is the start of the content of the priced row below it that has none, or the
    end of the one above; between two such rows the lines are shared, the first half the upper row's. Only where some
    priced row without content has such a line just above it."""
    def piece(t: Task) -> bool:
        return (t.budget is None or t.budget == Budget()) and not t.content.strip() \
            and len(re.findall(r"[\u4e00-\u9fff]", t.name)) >= 2 and not money_tables.is_amount(t.name)

    def bare(t: Task) -> bool:  # (not 总额 | 1628.45: a column's label read as a task, cells given column by column)
        return t.budget is not None and t.budget != Budget() and not t.content.strip() \
            and labels.norm(t.name) not in money_tables.BUDGET_COLUMNS and not money_tables.is_amount(t.name)

    if not any(piece(a) and bare(b) for a, b in zip(tasks, tasks[1:])):
        return tasks
    out: list[Task] = []
    pending: list[Task] = []
    last_bare: int | None = None  # the index in out of the last row gathered so

    def flush(upto: int) -> None:
        nonlocal pending
        if last_bare is not None:
            head = out[last_bare]
            out[last_bare] = replace(head, content=head.content + "".join(p.name.strip() for p in pending[:upto]))
            pending = pending[upto:]

    for task in tasks:
        if piece(task):
            pending.append(task)
            continue
        if bare(task):
            flush(len(pending) // 2 if last_bare is not None else 0)
            out.append(replace(task, content="".join(p.name.strip() for p in pending)))
            pending, last_bare = [], len(out) - 1
            continue
        flush(len(pending))
        out.extend(pending)
        pending, last_bare = [], None
        out.append(task)
    flush(len(pending))
    out.extend(pending)
    return out


def _money_where_labelled(st: _State, texts: list[str]) -> bool:
    """Every cell of the row an amount where the header labels money, and a name where it labels the task's name."""
    money = ("amount", "fiscal", "other")
    return all(money_tables.is_amount(texts[k]) == (role in money) for role, k in st.task_header.items()
               if role in (*money, "name") and k < len(texts) and texts[k].strip()) \
        and any(role in money and k < len(texts) and texts[k].strip() for role, k in st.task_header.items())


def _content_tail(st: _State, texts: list[str]) -> bool:
    """遗产区村落风貌管控、梯田 / 水系维护及遗产监测 | 520.00 | 420.00 | 100.00 (a converter's copy: a content cell's line
    break starts a new line, the row's other cells after it): the task above, without money and its content
    unfinished, ends with this text and takes these amounts, in the header's order of its money columns."""
    filled = [t for t in texts if t.strip()]
    roles = [role for _, role in sorted((k, role) for role, k in st.task_header.items() if role in ("amount", "fiscal", "other"))]
    last = st.tasks[-1] if st.tasks else None
    if st.task_header.get("name", 0) == 0 or not texts[0].strip():
        return False  # (a typed row of a name and its amounts, its content cell empty, is a task of its own: the
        # tail stands left of the name's column, in the side label's place)
    if last is None or (last.budget is not None and last.budget != Budget()) or not _unfinished(last.content) \
            or not texts or not texts[0].strip() or len(filled) != len(roles) + 1 or len(roles) < 2 \
            or money_tables.is_amount(filled[0]) or labels.section_label(filled[0]) \
            or labels.norm(filled[0]) in labels.header_labels("totals") or labels.row_kind(filled[0]) == "total" \
            or not all(money_tables.is_amount(t) for t in filled[1:]):
        return False  # (合计 | 5466.84 | …: the table's total, not a task's end)
    figures = dict(zip(roles, filled[1:]))
    try:
        money = _task_budget(st, lambda role: figures.get("total" if role == "amount" else role, figures.get(role, "")))
    except InvalidOperation:
        return False
    st.tasks[-1] = replace(last, content=last.content + filled[0].strip(), budget=money)
    return True


def _add_task(st: _State, task: Task) -> None:
    """A task row, or, in a PDF copy, the rest of the task above (长制工作 | 河湖“四乱”清理整治。, 维修养护及安全鉴定。:
    its cells wrapped onto a line of their own, no amount on it; in a typed form such a row is a task without money)."""
    texts = [t for t in dict.fromkeys((task.name, task.content)) if t.strip() and not money_tables.is_amount(t)]
    # (a name read as its content too; an amount read as the content, 处置 | 156.00, is no text)
    money = task.budget is not None and task.budget != Budget()
    if not texts and money and st.tasks and (st.tasks[-1].budget is None or st.tasks[-1].budget == Budget()):
        st.tasks[-1] = replace(st.tasks[-1], budget=task.budget)  # 动物疫病防控 | 开展… / | | | 96.50 | 96.50 | 0: the
        return  # amounts of the task above on a line of their own (a converter kept its content's line break)
    last = st.tasks[-1] if st.copied and st.tasks else None
    if last is not None and money and (last.budget is None or last.budget == Budget()) and last.content.strip() \
            and task.name.strip() and len(task.name.strip()) <= 6 and task.content.strip() \
            and not labels.SECTION_NUMBER.match(task.name.strip()) and not money_tables.is_amount(task.name) \
            and 0 < (task.location.number() or 0) - (last.location.number() or 0) <= 1:
        st.tasks[-1] = replace(last, name=last.name + task.name.strip(), content=last.content + task.content.strip(),
                               budget=task.budget)  # 1.教职工工资及社会 | 保障在职… / 保障 | 福利… | 28650.00: a tall
        return  # row's second line, its name's and content's ends beside its amounts (blind 4872)
    if last is not None and not money and _name_goes_on(last, task, texts):
        st.tasks[-1] = replace(last, name=last.name + texts[0].strip())  # 特种设备安全监察及隐患 | 58.70 … / 排查整治:
        return  # a name wrapped in its column, no content beside it (blind 4647, 4655)
    if last is not None and not money and _carries_on(last, texts, st.copied == COPY_SPACED):
        if task.content.strip() and task.name.strip() and task.content != task.name:
            st.tasks[-1] = replace(last, name=last.name + task.name.strip(), content=last.content + task.content.strip())
        else:
            st.tasks[-1] = replace(last, content=last.content + (task.content or task.name).strip())
        return
    if last is not None and (last.budget is None or last.budget == Budget()) and not last.content.strip() \
            and re.search(r"[、，,；;]|\d", last.name) and len(last.name.strip()) >= 8 and task.name.strip() \
            and (money or task.content.strip()):
        st.tasks[-1] = replace(task, content=last.name.strip() + task.content.strip())  # 保障在职人员43人、退休人员 /
        return  # 人员及日常运转 | 29人工资… | 1052.30: a tall row's content begun on the line above its name, alone
    if last is not None and money and len(texts) == 1 and (last.budget is None or last.budget == Budget()) \
            and _unfinished(last.content) and not labels.is_level(texts[0]) and not labels.section_label(texts[0]):
        st.tasks[-1] = replace(last, content=last.content + texts[0].strip(), budget=task.budget)  # …卫生应急 /
        return  # 处置 | 156.00 | 156.00: the content's last line, the amounts beside it (the task where it began)
    st.tasks.append(task)


def _achievement_goes_on(text: str) -> bool:
    """A copy's line of what was achieved, as long as its column is wide and not ended by a full stop (…资助家庭经济
    困难学生8742人次； / 培训教师3260人次；…。): its column cut it, the next line goes on."""
    return len(text) >= 20 and not re.search(r"[。！!]$", text.strip())


def _unfinished(content: str) -> bool:
    """A content cell's text stopped mid-clause (…突发公共卫生事件应急, …耕): no end mark after its last word."""
    return bool(content.strip()) and not re.search(r"[。；;！!）)]$", content.strip())


def _name_goes_on(last: Task, task: Task, texts: list[str]) -> bool:
    """A short text alone on the line after a priced task that has no content: the rest of its name, wrapped in a
    column as wide as the name's first line (not a level, a section, a total or a row of its own kind)."""
    text = texts[0].strip() if len(texts) == 1 else ""
    return bool(text) and last.budget is not None and last.budget != Budget() and not last.content.strip() \
        and len(last.name.strip()) >= 8 and re.fullmatch(r"[\u4e00-\u9fff（）()、]{2,8}", text) is not None \
        and not labels.is_level(text) and not labels.section_label(text) and labels.row_kind(text) is None \
        and not _total_label(text) and not labels.SECTION_NUMBER.match(text) \
        and 0 < (task.location.number() or 0) - (last.location.number() or 0) <= 2


def _carries_on(task: Task, texts: list[str], below: bool = False) -> bool:
    """A row of text and no amount that ends the task above: that task has its amount and a content left without
    its full stop, this row's last text (its content's end) ends with one or is one short text, and it starts no
    numbered item (1.保障机关正常运转…；, 目标1：…: a goal's, its label on a line further down). `below`: a viewer's copy, whose
    wrapped cells' lines all follow their row's (none stands above it, as a laid copy's centred cells do)."""
    return bool(texts) and task.budget is not None and task.budget != Budget() \
        and not labels.SECTION_NUMBER.match(texts[0].strip()) and not goal_rows.numbered(texts[0]) \
        and _unfinished(task.content) \
        and (bool(re.search(r"[。；;]$", texts[-1].strip()))
             or len(texts) == 1 and (len(texts[0].strip()) <= 12 or below and re.search(r"[。；;]", texts[0]) is None
                                     and len(texts[0].strip()) <= len(task.content.strip()) + 2)
             and not labels.is_level(texts[0]) and not labels.section_label(texts[0]) and labels.row_kind(texts[0]) is None
             or len(texts) == 2 and re.fullmatch(r"[\u4e00-\u9fff]{1,5}", texts[0].strip()) is not None
             and not labels.is_level(texts[0]) and not labels.section_label(texts[0]) and not labels.is_fragment(texts[0])
             and labels.row_kind(texts[0]) is None
             or len(texts) == 2 and re.fullmatch(r"[\u4e00-\u9fff]{6,8}", texts[0].strip()) is not None
             and len(texts[1].strip()) <= 6 and not labels.is_level(texts[0]) and not labels.section_label(texts[0])
             and labels.row_kind(texts[0]) is None)  # (动 | 群众文化活动: the name's rest and the content's; 监管及执法办案 |
    # 法办案 under “双随机、一公开” | 开展…及行政执: a longer name's second line beside the content's short end)
    # (数据库建设, 地保护动态监测: a content's last line short of a line's width, in a form that ends none with 。; 在职
    # 教职工工资福利及社会保: a middle line no wider than the lines before it, blind 7432)


def _total_source(st: _State, texts: list[str]) -> bool:
    """A source's line under the tasks' total (金额合计 | 2165 / 其中：财政拨款 | 2045 / 其中：其他资金 | 120, blind 5591,
    5601): its amount the total's, no task; True when so read."""
    filled = [t.strip() for t in texts if t.strip()]
    if len(filled) != 2 or not money_tables.is_amount(filled[1]):
        return False
    role = _source_role(filled[0])
    if role not in ("fiscal", "other") or st.total is None or getattr(st.total, role) is not None:
        return False
    st.total = replace(st.total, **{role: money_tables.amount(filled[1], st.money_unit)})
    return True


def _source_role(label: str) -> str | None:
    """The budget column a money label names (其中：财政拨款: fiscal), or None."""
    return money_tables.BUDGET_COLUMNS.get(labels.FUND_PREFIX.sub("", labels.norm(label)))


def _sources_beside(total: Budget, texts: list[str], money_unit: str) -> Budget:
    """The total line's sources given as label and amount pairs after its own figure (金额合计 | 960.5 | 其中：财政拨款 |
    920.2 | 其他资金 | 30.3, blind 5589), where the header named no column for them."""
    found: dict[str, Decimal | None] = {}
    for label, figure in zip(texts, texts[1:]):
        role = _source_role(label)
        if role in ("fiscal", "other") and money_tables.is_amount(figure):
            found[role] = money_tables.amount(figure, money_unit)
    if not found or total.fiscal is not None or total.other is not None:
        return total
    return replace(total, fiscal=found.get("fiscal"), other=found.get("other"))


def _task_budget(st: _State, cell: Callable[[str], str]) -> Budget:
    """A task row's amounts under the columns the header named (总额, and 财政拨款 | 其他资金 where a second row
    names them); InvalidOperation for a cell that is no amount."""
    def amount(role: str) -> Decimal | None:
        return money_tables.amount(cell(role), st.money_unit) if role in st.task_header else None
    return Budget(amount("amount"), amount("fiscal"), amount("other"))


def _block_points(label: str) -> str:
    """The points a funds block's label gives the execution rate (预算执行情况（万元）（10分）: 10), or ''."""
    if not labels.cell_is("execution", labels.unweighted(labels.norm(label))) and "预算执行" not in label:
        return ""
    points = labels.level_weight(label)
    return str(points) if points is not None else ""


_FUNDS_BLOCK = re.compile(r"^(部门|项目)?(预算资金|资金来源|资金构成|资金情况|经费来源|资金安排)([(（](万元|元)[)）])?$")  # under
# the indicators, a funds block's own label (部门预算资金 | 资金类别 | 金额)
_SOURCES_LABEL = re.compile(r"^(资金来源|资金构成|收入预算|支出预算|预算资金|资金情况|经费来源)")  # (not 序号 1, 2 …, nor the
# table's own label merged down its side column)


def _after_total(st: _State, tokens: list[str], texts: tuple[str, ...]) -> bool:
    """A line of a copy under its task table's 合计 with no amount on it: no task (the goal's text that follows,
    its label stacked down the first column or on its middle line: 年度 | 围绕… / 总体 | 沟渠… / 目标 | 区安全…)."""
    text = "".join(t for t in tokens if not labels.is_fragment(t) and not labels.section_label(t))
    first = next((t for t in texts if t.strip()), "")
    stacked = labels.is_fragment(first)  # (目标 | 做好…: the goal label's last piece beside the text, stacked down)
    return (st.copied or stacked) and bool(st.tasks) and st.total_location is not None \
        and (st.total_location.number() or 0) > (st.tasks[-1].location.number() or 0) \
        and not any(money_tables.is_amount(t) or re.search(r"\d\s*[%％]$", t) for t in tokens) \
        and len(re.findall(r"[\u4e00-\u9fff]", text)) >= 8 and not _CN_HEADING.match(labels.norm(text))
    # (a sentence, not 99.18% left of the 合计's line, nor 二、预算执行情况 heading the funds)


def _rejoined(goals: list[Goal], strict: bool = False) -> list[Goal]:
    """A copy's goal cut into lines: a goal that stops mid-sentence and the one on the next line, no numbered item,
    are one (`strict`: only one that stops at a comma, …补贴标准均为每人每月80元， / 资金通过…)."""
    out: list[Goal] = []
    line = ""  # the last line's own text: a line cut by its column's width is long, a short one is an item of its own
    for goal in goals:
        last = out[-1] if out else None
        wrapped, line = len(line) >= 20, goal.text
        if last is not None and wrapped and last.term == goal.term and _unfinished(last.text) \
                and (not strict or re.search(r"[，,、]$", last.text.strip())) \
                and goal.location.number() is not None and last.location.number() is not None \
                and 0 < (goal.location.number() or 0) - (last.location.number() or 0) <= 2 \
                and not goal_rows.numbered(goal.text) and not re.fullmatch(r"目标\s*\d+", goal.label):
            out[-1] = replace(last, text=last.text + goal.text)  # (目标3：… on its own line: an item of its own, its
            # number already taken off its text — blind 1016)
            continue
        out.append(goal)
    return out


def _total_above_header(st: _State, row: Row) -> None:
    """The block's total line printed right above its header (a viewer's copy in the PDF's storage order: 年度资金总额 |
    758.30 | 758.30 | 742.56 | 10 | 97.92% | 9.79 / 项目资金（万元） | 年初预算数 | …, blind 7447), read as a header
    field for want of its columns: read again under them."""
    above = st.total_row
    if above is None or not st.funds or st.funds[-1].role != "total" or st.funds[-1].texts \
            or above.location.line is None or row.location.line != above.location.line + 1:
        return
    line = money_tables.fund_row(above, st.fund_header, st.money_unit)
    if line is not None and line.role == "total" and sum(a is not None for _, a in line.amounts) >= 3:
        st.funds[-1] = line


def _funds_in_pairs(tokens: list[str]) -> bool:
    """A row of the funds' labels each followed by its amount (资金总额 | 2300.00 | 财政拨款 | 2240.00 …), a total's
    among them: two pairs or more, after at most a side label."""
    pairs = [k for k in range(len(tokens) - 1) if money_tables.source_label(tokens[k]) and money_tables.is_amount(tokens[k + 1])]
    return len(pairs) >= 2 and pairs[0] <= 1 and any(money_tables.fund_total(tokens[k]) for k in pairs) \
        and len(tokens) <= 2 * len(pairs) + 1


def _task(st: _State, row: Row, tokens: list[str]) -> None:
    if _after_total(st, tokens, row.texts):
        st.mode, st.goal_block, st.goals_after_tasks = "goals", None, True
        text = "".join(t for t in tokens if not labels.is_fragment(t) and not labels.section_label(t))
        if text:
            st.goals.extend(goal_rows.goals_from(text, "年度", row.location))
        return
    if tokens and (all(_task_label(t) for t in tokens) or len(tokens) == 1 and _UNIT_ALONE.fullmatch(tokens[0])) \
            and not st.tasks:  # (（万元）: the money label's wrapped unit, alone on its row under it)
        _money_unit(st, _MONEY_UNIT.search("".join(tokens)))  # 预算金额 alone over 任务名称 | 主要内容 | 总额 | …, 金额
        return  # under 预算: a row of the table's header (above it, or its label's wrapped end), no task
    if _funds_in_pairs(tokens):  # 年度预算 | 资金总额 | 2300.00 | 财政拨款 | 2240.00 | 其他资金 | 60.00 under the tasks:
        st.mode, st.task_header = "header", {}  # the department's funds, each amount after its label — the tasks
        _header(st, row, tokens)  # have ended (blind 7450)
        return
    if st.task_header:
        first = min(st.task_header.values())
        side = labels.norm(row.texts[0]) if first > 0 and row.texts else ""
        if _SOURCES_LABEL.match(side):  # 资金来源 | 一般公共预算 | 6280.45 in the table's side column,
            st.mode, st.task_header = "header", {}       # where 年度主要任务 stood: the tasks have ended
            _header(st, row, tokens)
            return
        _duty_task(st, row)
        return
    if not st.task_money:  # a table of tasks with no money column: names and contents, no amounts to add up
        cells = [t for t in tokens if not labels.section_label(t)]
        if cells:
            st.tasks.append(Task(name=cells[0], content=cells[1] if len(cells) > 1 else "", budget=None,
                                 location=row.location))
        return
    _priced_task(st, row)


def _priced_task(st: _State, row: Row) -> None:
    """A task row read in the template's order: name, content, then the amounts. A viewer that drew the amounts
    before the content (机关运行保障 128.40 128.40 0.00 保障机关正常运转…, Chrome, blind 5440) has its content put back
    after the name."""
    cells = list(row.cells)
    texts = [c.text.strip() for c in cells]
    if len(texts) >= 3 and not money_tables.is_amount(texts[0]) and not money_tables.is_amount(texts[-1]) \
            and texts[1:-1] and all(money_tables.is_amount(t) for t in texts[1:-1]) \
            and not _total_label(texts[0]) and len(texts[-1]) >= 4:
        row = Row((cells[0], cells[-1], *cells[1:-1]), row.location)
    task, total, problems = money_tables.task_row(row, st.budget_columns, st.money_unit)
    if task:
        _add_task(st, task)
    if total:
        st.total, st.total_location = total, row.location
    st.problems.extend(problems)


_EVAL_FUNDS_ORDER = ("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")  # the self-evaluation's funds
# columns as the 财政部 template orders them
_COLUMN_NOTE = re.compile(r"[（(][A-Za-z/+\-×*]{1,7}[)）]")  # （A）, （B/A）: a column's letter under its label


def _fund_header_rest(st: _State, tokens: list[str]) -> bool:
    """A line of the funds header's after its first, before any amount, no line of the block: the side label's end, its
    points and the first column's unit (预算执行 | 年度预算数 … over 情况(10分) | （万元）, blind 8289), kept as the
    block's; or a viewer's copy of a tall header whose labels stand at three heights, each line read as one (全年预算数
    全年执行数 执行率 / 年初预算数 分值 得分 / （A） （B） （B/A）, Acrobat, 2578) — where its labels are the template's, its
    columns in the template's order."""
    if st.funds or not tokens:
        return False
    if all(money_tables.UNIT_ONLY.fullmatch(labels.norm(t)) or labels.funds_side_piece(labels.unweighted(t))
           for t in tokens) and any(money_tables.UNIT_ONLY.fullmatch(labels.norm(t)) or labels.level_weight(t) is not None
                                    for t in tokens):
        for t in tokens:
            if money_tables.UNIT_ONLY.fullmatch(labels.norm(t)):
                _money_unit(st, _MONEY_UNIT.search(t))
            elif labels.level_weight(t) is not None:
                st.fund_points = str(labels.level_weight(t))
        return True
    if not all(_COLUMN_NOTE.fullmatch(labels.norm(t)) or labels.norm(t) in _EVAL_FUNDS_ORDER for t in tokens):
        return False
    named = [t for t in st.fund_header if t] + [labels.norm(t) for t in tokens if labels.norm(t) in _EVAL_FUNDS_ORDER]
    if len(set(named)) == len(named) and set(named) <= set(_EVAL_FUNDS_ORDER):
        lead = [""] if st.fund_header and not st.fund_header[0] else []
        st.fund_header = [*lead, *(t for t in _EVAL_FUNDS_ORDER if t in named)]
    return True


def _fund(st: _State, row: Row, tokens: list[str]) -> None:
    texts = list(row.texts)
    if _fund_header_rest(st, tokens):
        return
    rest = [t for t in tokens if not labels.funds_side_piece(t)]  # (预算执行情况 … 新增在园幼儿补助: the block's side
    # label beside the reason's next line, blind 6011)
    if len(rest) == 1 and st.funds and (went_on := money_tables.note_went_on(st.funds[-1], rest[0])) is not None:
        st.funds[-1] = went_on  # 总额 | 150.00 | … | 部分工程结算审计未完成，尾款 / 待审计后支付。: the line's reason
        return  # wrapped in its column, its rest alone on the next line (Foxit; blind 5822), no source of funds
    if len(rest) == 1 and st.funds and (below := money_tables.note_below_label(st.funds[-1], rest[0])) is not None:
        st.funds[-1] = below  # 预算调整原因： / 年中追加基本工 / 资调标资金6.3 / …。: the note's text a piece a line
        return  # below its label (blind 7687, 7679)
    second = next((k for k in range(2, len(texts)) if texts[k].strip() and money_tables.source_label(texts[k])
                   and not money_tables.is_amount(texts[k]) and money_tables.is_amount(texts[k - 1])
                   and all(money_tables.is_amount(t) for t in texts[k + 1:] if t.strip())
                   and any(t.strip() for t in texts[k + 1:])), None)
    if second is not None and money_tables.source_label(texts[0]) and st.funds and not st.fund_breakdown \
            and sum(money_tables.is_amount(t) for t in texts[1:second]) >= 2:  # 其中：财政拨款 450 450 441   其他资金
        _fund(st, Row(row.cells[:second], row.location), [t for t in texts[:second] if t.strip()])  # 0 0 0: two lines
        _fund(st, Row(row.cells[second:], row.location), [t for t in texts[second:] if t.strip()])  # of the block
        return  # copied onto one line (Acrobat), each read in the block's columns
    if len(tokens) == 1 and labels.section_label(tokens[0]) and st.funds:
        st.mode = "header"  # 绩效指标（90分） alone under the lines: the next part's heading, no source of funds
        return
    pairs = money_tables.score_pairs(row)
    if pairs and st.funds:  # 预算执行分值 | 10 | 预算执行得分 | 9.5 under the lines: the total line's points
        k = next((k for k in reversed(range(len(st.funds))) if st.funds[k].role == "total"), len(st.funds) - 1)
        st.funds[k] = money_tables.with_scores(st.funds[k], pairs)
        return
    if money_tables.breakdown_heading(row):
        st.fund_breakdown = True
        return
    paired = money_tables.paired_part(row) if st.fund_pairs else None
    if paired is not None:  # 其中：财政拨款 | 1260.00 | 其中：财政拨款 | 1197.00: a source's budget and spending
        row = paired
    lines = money_tables.breakdown_lines(row, st.fund_breakdown, st.money_unit, st.fund_header)
    if lines is not None:  # a label and one amount, twice on a row: a breakdown beside the table's columns
        st.fund_breakdown = True
        st.funds.extend(lines)
        return
    line = money_tables.fund_row(row, st.fund_header, st.money_unit)
    if line is not None and line.role == "total" and st.fund_points \
            and not any(k.startswith(("分值", "权重")) or k.endswith("权重") for k, _ in line.texts):
        line = money_tables.with_scores(line, [("分值", Cell(st.fund_points, row.location))])  # (四川: its 10分 in
        # the block's label 预算执行情况（万元）（10分）, no 分值 column)
    if line is not None and labels.funds_side_piece(line.label) and all(a is None for _, a in line.amounts):
        return  # 年度预算 / 执行情况, 行情况（万: the block's side label wrapped beside its lines, no line of its own
    label = line.label if line is not None else ""
    bare = next((label[:cut] for cut in range(2, len(label) - 1) if labels.funds_side_piece(label[cut:])
                 and re.search(r"情况|元|[)）]", label[cut:]) and money_tables.source_label(label[:cut])), label)
    # (基本支出执行情况, 基本支出元）: the side
    # label's piece after a source's label)
    if line is not None and line.label != bare:
        line = replace(line, label=bare, role="use" if money_tables.use_label(bare) else line.role)
    if line is not None and line.role == "total" and line.label == "年度资金总额" \
            and any(other.role == "total" for other in st.funds) and not money_tables.named_line(row, st.fund_header):
        line = replace(line, label="其中", role="part")  # the block's label merged down its lines: the first is the
        # total, the ones under it its parts, their names hidden under the merge
    if line is not None and st.funds and st.funds[-1].role == "part" and labels.FUNDS_SIDE.match(st.funds[-1].label) \
            and not any(other.role == "total" for other in st.funds) \
            and any(labels.norm(t).startswith("其中") for t in tokens if not money_tables.is_amount(t)):
        st.funds[-1] = replace(st.funds[-1], role="total")  # 预算资金 | 48 | 48 | 47.1 over 其中：财政资金 | 48 …: the
        # block's name on a line of amounts, its sources under it — the whole (blind 5196)
    first = next((k for k, t in enumerate(texts) if money_tables.is_amount(t)), None)
    if line is None and first and not any(t.strip() for t in texts[:first]) and st.funds \
            and all(a is None for _, a in st.funds[-1].amounts) and not any(t.strip() for _, t in st.funds[-1].texts):
        above = st.funds[-1]  # 其中：当年财政拨款 / | 120.00 | 120.00 | 116.40: a source's label alone, its amounts
        cells = list(row.cells)  # wrapped to the line below it (blind 6388)
        cells[first - 1] = Cell(above.label, row.location)
        joined = money_tables.fund_row(Row(tuple(cells), row.location), st.fund_header, st.money_unit)
        if joined is not None:
            st.funds[-1] = replace(joined, label=above.label, role=above.role, location=above.location)
            return
    if line is None and first is not None and not st.funds and not any(t.strip() for t in texts[:first]) \
            and sum(money_tables.is_amount(t) for t in texts) >= 3:
        cells = list(row.cells)  # 项目资金（万元） alone on the line between the columns' labels and the block's one
        at = Cell("年度资金总额", row.location)  # line of amounts (its label centred on the merged cell): the whole
        cells = [*cells[:first - 1], at, *cells[first:]] if first else [at, *cells]  # budget's line (blind 6639)
        line = money_tables.fund_row(Row(tuple(cells), row.location), st.fund_header, st.money_unit)
    if line is not None:
        st.funds.append(line)


# a report's numbered heading of the part after the goals (四、年度绩效指标完成情况), not a numbered goal (二、提高…)
_CN_HEADING = re.compile(r"^([一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])[^，,。；;\d]{0,14}"
                         r"(指标|情况|结论|问题|措施|说明|资金|预算|评价|自评|分析|业务)[^，,。；;\d]{0,4}$")


_TABLE_COLUMNS = ("reason", "value", "actual", "weight", "score", "unit", "nature")


_NOTE_LINE = re.compile(r"([^：:，,。；;\d]{0,10}(调整|追加|变动|变更)[^：:，,。；;\d]{0,6}(?:说明|原因))[：:]\s*(\S.*)")


def _goal_row(st: _State, row: Row, tokens: list[str]) -> None:
    if (len(tokens) == 1 and _CN_HEADING.match(labels.norm(tokens[0])) or all(labels.section_label(t) for t in tokens)) \
            and all(labels.goal_term(t) is None for t in tokens):
        st.mode = "header"  # 当年绩效指标, 四、年度绩效指标完成情况 alone on its line, or 实施期绩效指标 | 年度绩效指标
        # over the two groups of the table: the goals have ended
        return
    if len(tokens) == 1 and labels.cell_is("execution", labels.unweighted(tokens[0])):
        st.mode = "header"  # 预算执行情况（10分） alone on its line under the goals: the funds block begins
        st.fund_points = _block_points(tokens[0])
        return
    if len(tokens) == 1 and (note := _NOTE_LINE.match(labels.norm(tokens[0]))) is not None:
        st.fields.append((note.group(1), note.group(3)))  # 预算调整说明：2019年机构改革新组建，年中划入…38万元。 on a
        st.places.setdefault(note.group(1), row.location)  # line of its own under the goals: a note of the form's, no
        return  # goal's words (blind 5994)
    block = st.goal_block or goal_rows.GoalBlock("年度", [], [])
    if block.pending:  # 年度总体目标 | 预期目标 / | … / | 实际完成情况 / | …: what was achieved, stacked under the goal
        st.fields.append((block.pending, " ".join(tokens)))
        st.places.setdefault(block.pending, row.location)
        if st.copied and len(tokens) == 1 and _achievement_goes_on(tokens[0]):
            st.achieved_on = block.pending  # (a copy's line cut by its column: what was achieved goes on below)
        block.pending = ""
        return
    if st.achieved_on and len(tokens) == 1 and not goal_rows.achievement_label(tokens):
        label, text = st.fields[-1]
        if label == st.achieved_on:  # 全年为26500名学生…，未发生 / 食品安全事故；…: the achievement's next line
            st.fields[-1] = (label, text + tokens[0])
            if not _achievement_goes_on(tokens[0]):
                st.achieved_on = None
            return
    st.achieved_on = None
    if len(tokens) >= 2 and st.goal_block is not None and (achieved := goal_rows.achievement_label(tokens[:1])) \
            and achieved != block.label and not labels.goal_column(tokens[1]):  # 实际完成情况 | 完成低产茶园改造
        # 0.92万亩…: what was achieved, on
        text = "".join(tokens[1:])  # the label's own line, not a goal of the column above
        st.fields.append((achieved, text))
        st.places.setdefault(achieved, row.location)
        if st.copied and _achievement_goes_on(text):
            st.achieved_on = achieved
        return
    if (achieved := goal_rows.achievement_label(tokens)) is not None and st.goal_block is not None:
        block.pending = achieved
        return
    cells = _cells(row)
    for text, term, location in goal_rows.goal_cells(block, row, cells):
        last = st.goals[-1] if st.goals else None
        joins = st.copied and last is not None and last.term == term and "skip" not in (block.columns or ()) \
            and st.kind in (KIND_PROJECT_TARGET, KIND_DEPT_TARGET)  # (a target form's: not beside a result's
        # column, a self-evaluation's two texts side by side, whose lines a copy interleaves)
        if joins and len(text.strip()) == 1:
            continue  # 年度总体目 / 标: the label's last character wrapped beside the goal's next line, no goal
        if joins and last is not None and goal_rows.goes_on(last.text, text, last.label not in ("年度绩效目标", "实施期绩效目标")):
            merged = goal_rows.goals_from(last.text + text.strip(), term, last.location)  # 保障机关正常运转；全年送 /
            # 戏下乡不少于120场，图 / …: a goal cell's lines, cut mid-word by the copy — one goal (blind 5867), or the
            # numbered goals it holds (…目标2：全年按月为2360名以 / 上重点…。目标3：…)
            if merged:
                st.goals[-1:] = [replace(merged[0], label=last.label), *merged[1:]]
                continue
        st.goals.extend(goal_rows.goals_from(text, term, location))
    for label, text in goal_rows.achievements(block, row, cells):
        st.fields.append((label, text))
        st.places.setdefault(label, row.location)


def _indicator_row(st: _State, row: Row, tokens: list[str]) -> None:
    for table in st.tables[-TableBuilder.groups_of(st.tables):]:
        table.add(row)


def _awaits(pair: tuple[str, str]) -> bool:
    """A sign-off label whose value is not beside it: empty, or a date's first figures (填报日期：20 / 24年3月18日)."""
    label, value = pair
    return bool(re.search(r"(人|电话|日期|时间)$", label)) and re.fullmatch(r"[\d年月]{0,5}", value.strip()) is not None


def _ignore(st: _State, row: Row, tokens: list[str]) -> None:
    below, st.signed_below = st.signed_below, None
    words = " ".join(tokens).split()
    if below is not None and len(words) == below[1] and not any(re.search(r"[:：]", w) for w in words):
        at = below[0]  # 填报人： 联系电话： 填报日期：20 / 王建林 0839-86213 24年3月18日: the values under their labels,
        for j, word in enumerate(words):  # in their order
            st.fields[at + j] = (st.fields[at + j][0], st.fields[at + j][1].strip() + word)
        return
    if st.tables and not st.footer_rows and len(tokens) >= 2 and any(_TARGET.match(t) for t in tokens) \
            and any(labels.known_level(t) for t in tokens) and not any(re.search(r"[:：]", t) for t in tokens):
        st.footer_rows = True  # 质量指标 | 养老金发放准确率 | =100% under a table taken for ended: a row that reads as an
        st.problems.append(problem("FORM-03", row.location, n=row.location.number(), content=" | ".join(tokens),
                                   case=""))  # indicator — said once, never passed over as the footer's
    pairs = header.signoff_pairs(tokens)
    st.fields.extend(pairs)
    if len(pairs) == 1 and not pairs[0][1] and header.free_text(pairs[0][0]) and st.tables:
        st.open_note = len(st.fields) - 1  # 偏差原因分析及改进措施: alone, its text on the lines below
