"""The Form model: frozen dataclasses for what a performance form says, reader-independent."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from decimal import Decimal
from typing import Any

# Form kinds, as the JSON contract names them (docs/contract.md).
KIND_DEPT_TARGET = "部门整体支出绩效目标表"
KIND_PROJECT_TARGET = "项目支出绩效目标表"
KIND_DEPT_SELF_EVAL = "部门整体支出绩效自评表"
KIND_PROJECT_SELF_EVAL = "项目支出绩效自评表"
KINDS = (KIND_DEPT_TARGET, KIND_PROJECT_TARGET, KIND_DEPT_SELF_EVAL, KIND_PROJECT_SELF_EVAL)


def column_letters(index: int) -> str:
    """A spreadsheet column's letters from its 0-based index: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """A spreadsheet column's 0-based index from its letters: A -> 0, Z -> 25, AA -> 26."""
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


@lru_cache(maxsize=1 << 14)
def _cell_parts(cell: str) -> tuple[str, int | None]:
    """A cell reference's column letters and row number: B12 -> ("B", 12)."""
    digits = _ROW_DIGITS.search(cell)
    letters = _LETTERS.match(cell)
    return letters.group() if letters else "", int(digits.group()) if digits else None


_LETTERS, _ROW_DIGITS = re.compile(r"[A-Z]*"), re.compile(r"\d+$")


@dataclass(frozen=True, order=True)
class Location:
    """Where something stands in its file; fields that do not apply stay None."""

    line: int | None = None
    sheet: str | None = None
    cell: str | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None

    def sort_key(self) -> tuple:
        letters = _cell_parts(self.cell)[0] if self.cell else ""
        return (self.sheet or "", self.table or 0, self.line or 0, self.row or 0, self.number() or 0,
                len(letters), letters, self.column or 0)

    def number(self) -> int | None:
        """The row-like number a reviewer calls 第n行 (a text line, a Word row, a sheet row)."""
        if self.line is not None:
            return self.line
        if self.row is not None:
            return self.row
        return _cell_parts(self.cell)[1] if self.cell else None

    def row_key(self) -> tuple:
        """The row this stands on, whatever the format: a text line, or a sheet's or a Word table's row."""
        return self.sheet, self.table, self.number()

    def shifted(self, columns: int) -> "Location":
        """The location `columns` cells to the right on the same row (a text line stays itself)."""
        if self.cell:
            letters, row = _cell_parts(self.cell)
            return replace(self, cell=f"{column_letters(column_index(letters) + columns)}{row}")
        if self.column is not None:
            return replace(self, column=self.column + columns)
        return self


@dataclass(frozen=True)
class Budget:
    """预算金额 in the form's money unit; None means the cell was empty (0 in sums)."""

    total: Decimal | None = None
    fiscal: Decimal | None = None
    other: Decimal | None = None

    def part_sum(self) -> Decimal:
        return (self.fiscal or Decimal(0)) + (self.other or Decimal(0))


@dataclass(frozen=True)
class Task:
    """One 年度主要任务 (or a project's fund line) with its budget."""

    name: str
    content: str
    budget: Budget | None  # None: the tasks' table has no money column (a self-evaluation's 任务 | 主要内容 | 完成情况)
    location: Location = field(default_factory=Location)


@dataclass(frozen=True)
class FundLine:
    """A line of a project's funds table (年度资金总额, 其中:财政拨款, 其他资金 …) by column."""

    label: str
    role: str  # "total", "part" (a source) or "use" (基本支出 | 项目支出: the same money by its use)
    amounts: tuple[tuple[str, Decimal | None], ...]  # (column label, amount)
    location: Location = field(default_factory=Location)
    texts: tuple[tuple[str, str], ...] = ()  # (column label, the cell as printed): 执行率 100%, 得分 10


@dataclass(frozen=True)
class ScoreTotal:
    """A self-evaluation's closing 总分 row as printed: the weights' total, the total score and the grade."""

    label: str
    weight: Decimal | None = None
    score: Decimal | None = None
    grade: str | None = None
    location: Location = field(default_factory=Location)


@dataclass(frozen=True)
class Goal:
    """One goal text: 目标1…, 年度总体目标, 实施期目标."""

    label: str
    text: str
    term: str = "年度"
    location: Location = field(default_factory=Location)


JOINED = "extra:名称及指标值"  # an extra holding the one cell a name and its value were read from (三级指标及指标值)


@dataclass(frozen=True)
class Indicator:
    """A 三级 indicator row with its 一级/二级 and its value, raw and parsed.

    Self-evaluation columns (weight, actual, score, reason) are optional so the
    same model carries target and self-evaluation forms.
    """

    level1: str
    level2: str
    name: str
    raw: str
    location: Location = field(default_factory=Location)
    value: Any = None  # an engine.values.types value, filled by the values step
    nature: str | None = None  # 指标性质 / 指标值类型 column, when the template has one
    unit_cell: str | None = None  # 计量单位 / 度量单位 column, when the template has one
    block: str = "年度"  # 年度 or 实施期 (长期)
    extras: tuple[tuple[str, str], ...] = ()  # other columns: 绩效标准, 指标解释 …; JOINED: the cell name and value share
    weight: Decimal | None = None
    actual: str | None = None
    score: Decimal | None = None
    reason: str | None = None
    uncertain: str | None = None  # why the reader is not sure of this row (truncated): content rules do not judge it
    name_location: Location | None = None  # the name's own cell, where it is not the value's (a workbook, a Word table)
    score_location: Location | None = None  # the 得分 cell of a self-evaluation row

    @property
    def path(self) -> tuple[str, str, str]:
        return (self.level1, self.level2, self.name)


@dataclass(frozen=True)
class FormMeta:
    """The header of a form."""

    kind: str | None = None
    department: str | None = None
    year: int | None = None
    title: str | None = None
    project: str | None = None
    money_unit: str = "万元"
    money_unit_stated: bool = True  # False: the form prints no money unit and 万元 is assumed
    columns: tuple[str, ...] = ()  # the indicator table's column labels as read
    budget: Decimal | None = None  # a project form's own budget (年度资金总额 / 预算金额), in money_unit
    budget_term: bool = False  # the budget is the whole term's (中期资金总额, 项目总预算): no annual amount was printed
    period: str | None = None  # 项目实施期 / 项目起止时间 as written
    fields: tuple[tuple[str, str], ...] = ()  # every other header and sign-off label with its value
    partial: bool = False  # the file says it holds only part of the form (a provenance note)
    tail_cut: bool = False  # …but its indicator table closed before the cut: only what follows it may be lost
    period_value: Any = None  # `period` parsed by the values step
    copied: str | None = None  # how the text was copied out of a PDF, when it was (readers.text.COPY_*)


@dataclass(frozen=True)
class Form:
    """A whole form as read: header, tasks, goals and the indicator table."""

    meta: FormMeta
    tasks: tuple[Task, ...] = ()
    goals: tuple[Goal, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    total: Budget | None = None  # 金额合计, when the form states it
    total_location: Location | None = None
    empty_groups: tuple[tuple[str, str, Location, str], ...] = ()  # 二级 rows with no 三级, no value: (…, block)
    # the points printed on such a row (可持续影响指标 | | | 10 | 10): (block, 一级, 二级, 分值, 得分)
    group_points: tuple[tuple[str, str, str, Decimal | None, Decimal | None], ...] = ()
    funds: tuple[FundLine, ...] = ()  # a project's funds table, when the form has one
    unplaced: tuple[tuple[Location, str, str], ...] = ()  # rows the reader could not place: (where, content, case)
    score_total: ScoreTotal | None = None  # a self-evaluation's 总分 row, when it has one
    places: tuple[tuple[str, Location], ...] = ()  # where a header or closing field stands (存在问题 → its row)


def evolve(obj: Any, **changes: Any) -> Any:
    """A copy of a frozen model object with some fields changed: what dataclasses.replace does, without
    running __init__ again over every field (the values step does it for each indicator of every form).
    Only for the model's plain dataclasses: no __post_init__, no slots."""
    cls = type(obj)
    if hasattr(cls, "__post_init__") or not hasattr(obj, "__dict__"):
        return replace(obj, **changes)
    unknown = set(changes) - obj.__dict__.keys()
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {sorted(unknown)[0]}")
    new = object.__new__(cls)
    new.__dict__.update(obj.__dict__)
    new.__dict__.update(changes)
    return new
