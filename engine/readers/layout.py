"""Layout recogniser: finds a form's parts by their labels, not by fixed positions."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from engine.findings import Problem, problem
from engine.model import Budget, Form, FormMeta, Goal, Location, Task
from engine.readers import ReadResult, labels
from engine.readers.indicators import TableBuilder, header_fields
from engine.readers.text import Row

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_YEAR_LINE = re.compile(r"^[(（]?\s*((?:19|20)\d{2})\s*年度?\s*[)）]?$")
_GOAL = re.compile(r"^(目标\s*\d+|[一二三四五六七八九十]+、)\s*[：:.、]?\s*(.*)$", re.S)
_MONEY_UNIT = re.compile(r"(万元|元)")
_BUDGET_COLUMNS = {"总额": "total", "合计": "total", "财政拨款": "fiscal", "其他资金": "other"}


@dataclass
class _State:
    mode: str = "header"
    kind: str | None = None
    title: str | None = None
    year: int | None = None
    department: str | None = None
    project: str | None = None
    money_unit: str = "万元"
    budget_columns: list[str] = field(default_factory=lambda: ["total", "fiscal", "other"])
    tasks: list[Task] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    total: Budget | None = None
    total_location: Location | None = None
    tables: list[TableBuilder] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    goal_term: str = "年度"
    budget: Decimal | None = None
    period: str | None = None
    fields: list[tuple[str, str]] = field(default_factory=list)


def recognise(rows: list[Row]) -> ReadResult:
    """Read a department or project form from its rows."""
    st = _State()
    for row in rows:
        _dispatch(st, row)
    indicators = [i for t in st.tables for i in t.indicators()]
    for table in st.tables:
        st.problems.extend(table.problems)
    if not st.tables:  # FORM-02 says it for the whole file; row-level FORM-03 would only repeat it
        return ReadResult(None, [problem("FORM-02")])
    columns = tuple(f or "" for f in st.tables[0].header)
    st.department = _department(st.fields)
    meta = FormMeta(kind=st.kind, department=st.department, year=st.year, title=st.title, project=st.project,
                    money_unit=st.money_unit, columns=columns, budget=st.budget, period=st.period,
                    fields=tuple(st.fields))
    empty = tuple(g for t in st.tables for g in t.empty_groups)
    unplaced = tuple((p.location, p.fields().get("content", ""), p.case or "") for p in st.problems
                     if p.rule == "FORM-03")
    form = Form(meta=meta, tasks=tuple(st.tasks), goals=tuple(st.goals), indicators=tuple(indicators),
                total=st.total, total_location=st.total_location, empty_groups=empty, unplaced=unplaced)
    return ReadResult(form, st.problems)


def _dispatch(st: _State, row: Row) -> None:
    texts = ["" if labels.is_fragment(t) else t for t in row.texts]
    tokens = [t for t in texts if t]
    if not tokens:
        return
    normed = [labels.norm(t) for t in tokens]
    first = normed[0]
    if st.mode == "header" and st.kind is None and labels.form_kind(tokens[0]):
        st.kind, st.title = labels.form_kind(tokens[0]), labels.norm(tokens[0])
        st.year = st.year or _year(tokens[0])
        return
    if "一级指标" in normed and ("二级指标" in normed or "三级指标" in normed):
        block = "实施期" if any(k in t for t in normed for k in ("实施期", "长期", "中期")) else "年度"
        st.tables.append(TableBuilder(header_fields(texts), block=block))
        st.mode = "indicators"
        return
    if first.startswith("任务名称") or first == "年度主要任务":
        st.mode = "tasks"
        unit = _MONEY_UNIT.search("".join(tokens))
        st.money_unit = unit.group(1) if unit else st.money_unit
        return
    if st.mode == "tasks" and all(n in _BUDGET_COLUMNS for n in normed):
        st.budget_columns = [_BUDGET_COLUMNS[n] for n in normed]
        return
    goal_label = next((n for n in (first, first.split("：")[0]) if n in labels.GOAL_LABELS), None)
    if goal_label:
        st.mode, st.goal_term = "goals", labels.GOAL_LABELS[goal_label]
        rest = tokens[1:] if first == goal_label else [tokens[0].split("：", 1)[-1]] + tokens[1:]
        for text in rest:
            _goal(st, text, row.location)
        return
    if any(first.startswith(f) for f in labels.FOOTER_LABELS):
        st.mode = "footer"
        st.fields.extend(_signoff_pairs(tokens))
        return
    handler = {"header": _header, "tasks": _task, "goals": _goal_row, "indicators": _indicator_row,
               "footer": _ignore}[st.mode]
    handler(st, row, tokens)


def _department(fields: list[tuple[str, str]]) -> str | None:
    """The unit's name: the most specific department label whose value is not a stamp placeholder."""
    found = {k: v for k, v in reversed(fields) if v and not re.fullmatch(r"[(（]?\s*盖章\s*[)）]?", v)}
    for label in labels.DEPARTMENT_LABELS:
        if labels.norm(label) in found:
            return re.sub(r"^\d{3,}\s*[-－_]\s*", "", found[labels.norm(label)])  # 219001-池州市… keeps the name
    return None


def _year(text: str) -> int | None:
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None


def _header(st: _State, row: Row, tokens: list[str]) -> None:
    if len(tokens) == 1 and _YEAR_LINE.match(tokens[0]):
        st.year = st.year or int(_YEAR_LINE.match(tokens[0]).group(1))
        return
    pairs = _label_pairs(tokens)
    if not pairs:
        st.problems.append(problem("FORM-03", row.location, n=row.location.number(), content=" | ".join(tokens)))
        return
    for label, value in pairs:
        key = labels.norm(label)
        st.fields.append((key, value))
        if key in map(labels.norm, labels.PROJECT_LABELS) and value:
            st.project = value
        elif key in ("年度", "预算年度", "填报年度") and _year(value + "年"):
            st.year = st.year or _year(value + "年")
        elif key == "单位" and _MONEY_UNIT.search(value):
            st.money_unit = _MONEY_UNIT.search(value).group(1)
        elif any(k in key for k in labels.BUDGET_LABELS) and st.budget is None and _is_amount(value):
            st.budget = _amount(value)
        elif key in labels.PERIOD_LABELS and value:
            st.period = value


def _label_pairs(tokens: list[str]) -> list[tuple[str, str]]:
    """Label/value pairs of a header row: 'label<TAB>value' or 'label：value' in one cell."""
    pairs: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        text = tokens[i]
        if re.search(r"[：:]", text):
            label, _, value = re.split(r"([：:])", text, maxsplit=1)
            pairs.append((label, value.strip()))
            i += 1
        elif i + 1 < len(tokens):
            pairs.append((text, tokens[i + 1]))
            i += 2
        else:
            return pairs if pairs else []
    return pairs


def _amount(text: str) -> Decimal | None:
    cleaned = text.replace(",", "").replace("，", "").strip()
    cleaned = re.sub(r"(万元|元|万)$", "", cleaned)
    return Decimal(cleaned) if cleaned else None


def _task(st: _State, row: Row, tokens: list[str]) -> None:
    texts = ["" if labels.is_fragment(t) or labels.section_label(t) else t for t in row.texts]
    while texts and not texts[0]:
        texts.pop(0)
    if labels.norm(texts[0]) in labels.TOTAL_LABELS:
        amounts = texts[1:]
        while amounts and not amounts[0]:  # 金额合计 spans the name and content columns
            amounts.pop(0)
        budget, bad = _budget(st, amounts)
        st.total, st.total_location = budget, row.location
    else:
        numeric_second = len(texts) > 1 and _is_amount(texts[1])
        name, content = texts[0], ("" if numeric_second or len(texts) < 2 else texts[1])
        amounts = texts[1:] if numeric_second else texts[2:]
        budget, bad = _budget(st, amounts)
        st.tasks.append(Task(name=name, content=content, budget=budget, location=row.location))
    if bad:
        st.problems.append(problem("FORM-03", row.location, n=row.location.number(), content=" | ".join(bad),
                                   case="amount"))


def _is_amount(text: str) -> bool:
    try:
        return _amount(text) is not None
    except InvalidOperation:
        return False


def _budget(st: _State, cells: list[str]) -> tuple[Budget, list[str]]:
    values: dict[str, Decimal | None] = {}
    bad: list[str] = []
    for column, text in zip(st.budget_columns, cells):
        try:
            values[column] = _amount(text)
        except InvalidOperation:
            bad.append(text)
    bad.extend(cells[len(st.budget_columns):])
    return Budget(values.get("total"), values.get("fiscal"), values.get("other")), [b for b in bad if b]


def _goal(st: _State, text: str, location: Location) -> None:
    m = _GOAL.match(text)
    if m:
        st.goals.append(Goal(label=re.sub(r"\s", "", m.group(1)).rstrip("、"), text=m.group(2).strip(),
                             term=st.goal_term, location=location))
    elif st.goals and st.goals[-1].term == st.goal_term and st.mode == "goals" and st.goals[-1].location != location:
        last = st.goals[-1]
        st.goals[-1] = Goal(last.label, last.text + text, last.term, last.location)
    else:
        label = "实施期绩效目标" if st.goal_term == "实施期" else "年度绩效目标"
        st.goals.append(Goal(label=label, text=text, term=st.goal_term, location=location))


def _goal_row(st: _State, row: Row, tokens: list[str]) -> None:
    for text in tokens:
        _goal(st, text, row.location)


def _indicator_row(st: _State, row: Row, tokens: list[str]) -> None:
    st.tables[-1].add(row)


def _ignore(st: _State, row: Row, tokens: list[str]) -> None:
    st.fields.extend(_signoff_pairs(tokens))


def _signoff_pairs(tokens: list[str]) -> list[tuple[str, str]]:
    """'填表人: 宋云花 联系电话:… 填报日期: 单位负责人签字:' -> label/value pairs (empty values kept)."""
    words = [w for t in tokens for w in t.split()]
    pairs: list[tuple[str, str]] = []
    for n, word in enumerate(words):
        label, colon, value = re.split(r"([：:])", word, maxsplit=1) if re.search(r"[：:]", word) else (word, "", "")
        if not colon:
            if n == 0 or not pairs or pairs[-1][1]:
                pairs.append((labels.norm(word), ""))
            else:
                pairs[-1] = (pairs[-1][0], word)
            continue
        pairs.append((labels.norm(label), value.strip()))
    return pairs
