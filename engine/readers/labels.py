"""The labels that name a form's parts, read through the layout vocabulary (rules/layout/vocabulary.yaml)."""
from __future__ import annotations

import re
from functools import lru_cache

from jxcheck.engine.model import KIND_DEPT_SELF_EVAL, KIND_DEPT_TARGET, KIND_PROJECT_SELF_EVAL, KIND_PROJECT_TARGET
from jxcheck.engine.levels import _known, level_name, level_weight, level_weight_band, norm, plain  # noqa: F401  (the readers' names for them)
from jxcheck.engine.vocabulary import vocabulary

# Vertical section labels that PDF extraction breaks over lines (年 / 度主要任务).
SECTION_LABELS = ("年度主要任务", "年度绩效指标", "年度总体目标", "本年度绩效指标", "绩效指标", "年度绩效目标",
                  "实施期绩效指标", "长期绩效指标", "中期绩效指标", "当年绩效指标", "本年绩效指标")


_SUFFIX = re.compile(r"[(（].*$")
SENTENCE = re.compile(r"[，,。；;]")  # the marks of a sentence, which no label has
NAME_ENDS = "率数量度距标额比值制费积项期间位例限"  # characters that end a name (…管理 / 率, …服务差 / 距), not a value or a label
FIGURE = re.compile(r"-?\d[\d,]*(\.\d+)?\s*[%％]?|[—–\-/]+")  # a cell of a figure: an amount, a rate, a dash
# a funds block's side label (项目资金（万元）, 资金情况): printed beside its lines, or on the middle line of its span
# a funds column that holds no money (分值, 执行率, 得分, 说明 …): no sum of a block adds it up
NOT_MONEY = re.compile(r"分值|得分|执行率|权重|比例|占比|率|计算|原因|说明|方法")
FUNDS_SIDE = re.compile(r"^(项目资金|预算资金|资金情况|资金来源|年度资金|年度预算资金|年度预算|年度预算执行(情况)?|预算执行情况|部门总体资金|部门整体资金|部门资金|部门预算"
                        r"|单位资金总额)\s*([（(][^)）]*[)）])?$")
_FUNDS_SIDE_TAIL = re.compile(r"(情况|执行情况|资金)?([（(](万元|元)[)）])?|申请[（(](万元|元)[)）]")  # (年度预算执行 / 情况（万元）, 年度预算 /
# 资金（万元）, 年度预算 / 申请（万元）: its rest below, blind 5934)


def funds_side(text: str) -> bool:
    """A funds block's side label, or its rest on the line below (情况, 情况（万元）)."""
    t = norm(text)
    return bool(t) and (FUNDS_SIDE.search(t) is not None or _FUNDS_SIDE_TAIL.fullmatch(t) is not None)


# a funds block's side label as printed whole; a piece of one (年度预算执 / 行情况（万 / 元）) is no line of the block
_SIDE_WHOLES = tuple(norm(t) for t in ("年度预算执行情况（万元）", "年度预算资金（万元）", "项目资金（万元）", "部门整体资金（万元）",
                                        "年度预算申请（万元）", "预算资金（万元）", "年度资金（万元）", "资金情况（万元）"))


def funds_side_piece(text: str) -> bool:
    """A funds block's side label or a piece of it, wrapped in its narrow cell (年度预算, 执行情况, 行情况（万, 元）)."""
    t = norm(text)
    return bool(t) and len(t) <= 8 and not re.search(r"\d", t) and (funds_side(t) or any(t in whole for whole in _SIDE_WHOLES))


# a task table's money column's label (预算金额, 总额, 财政拨款, 全年执行数 …), its start matched
YEAR_AFTER = re.compile(r"\s*[（(]\s*((?:19|20)\d{2})\s*年度?\s*[)）]\s*$")  # （2025年度） after a title or a name
TASK_AMOUNT_COLUMN = re.compile(r"(预算金额|金额合计|(全年|年初|调整后)?预算数|总额|合计|其中[:：]?\s*财政拨款|财政拨款|其他资金|"
                                r"(全年|预算)?执行数|(预算)?执行率)")
SOURCE_END = re.compile(r"[\u4e00-\u9fff]{1,8}(资金|拨款|补助|配套|基金|安排)")  # a funds source's label's end (衔接资金)


FUND_PREFIX = re.compile(r"^其中[:：\-－—]?")  # a source's lead-in (其中：当年财政拨款)


def source_begun(text: str) -> bool:
    """A funds source's label cut before its end (其中：中央, 其中：本年), its rest on another line."""
    found = re.fullmatch(r"其中[:：]([\u4e00-\u9fff]{0,8})", text)
    return found is not None and SOURCE_END.fullmatch(found.group(1)) is None


TASK_NAMES = ("年度目标任务", "任务名称", "年度任务", "支出项目名称", "项目名称")  # a task table's name column
TASK_CONTENTS = ("部门职能", "主要内容", "任务内容", "职能", "履职内容", "主要完成内容", "完成内容")  # its content column
NOTE_START = re.compile(r"(按|依据|根据|以|经|含|包括|指|由|对)")  # a note's first words (按省司法厅…质量 / 评估标准…)
NOTE_LABEL = re.compile(r"(说明|原因)$")  # a block's note (预算调整说明, 执行率偏低原因): a text, no amounts
ATTACHMENT = re.compile(r"^\s*附件\s*\d*\s*[:：]")  # 附件:…绩效目标表.xlsx, 附件2：… — a notice naming what it attaches


def corrected(text: str) -> str:
    """A level cell with an OCR-misread name put right, its weight or remark kept (顼目产出(30分) -> 项目产出(30分),
    数量指标(或建筑规模指标) as it is)."""
    core = vocabulary().weight_suffix.sub("", _SUFFIX.sub("", norm(text)))
    fixed = level_name(core) if core else core
    if not core or not fixed or core == fixed or core not in text or core.endswith(("值", "目标", "性指标")):
        return text  # a 值 template's own word (产出值, 时效性指标) is the form's, and STR-02 says so; only misreads are put right
    return text.replace(core, fixed)


def is_level1(text: str) -> bool:
    return level_name(text) in vocabulary().level1


def is_level2(text: str) -> bool:
    return level_name(text) in vocabulary().level2


_DASHES = re.compile(r"\s*[-－—–/／\\]+\s*")


def dashed(text: str) -> bool:
    """A cell that holds only a dash or a slash (-, —, /): left blank on purpose."""
    return bool(_DASHES.fullmatch(text))


def is_level(text: str) -> bool:
    return is_level1(text) or is_level2(text)


def known_level(text: str) -> bool:
    """A level name as written (its weight aside), without reading an OCR misread or scrambled name into it."""
    return _known(plain(text))


def weight_only(text: str) -> bool:
    """A level cell that holds only a weight, its name lost ((50分))."""
    t = norm(text)
    return bool(t) and level_name(text) == "" and level_weight(text) is not None


def cut_level(text: str) -> bool:
    """A level name cut short at the end of a partial file (社会公众或服务对象满意度指)."""
    return bool(cut_levels(text))


def cut_levels(text: str) -> set[str]:
    """The levels (level1, level2) whose names a cut label begins (服务对象满: level2), none for a whole one."""
    t = norm(text)
    v = vocabulary()
    if len(t) < 2 or _known(t):
        return set()
    return {level for level, names in (("level1", v.level1), ("level2", v.level2)) if any(k.startswith(t) for k in names)}


def lone_level2(level1: str) -> str | None:
    """The 二级 of a 一级 that has one kind of 二级 (满意度指标: 服务对象满意度指标, vocabulary › lone_level2): what a
    form that leaves the 二级 out (a notice's list, a 一级 cell merged across both level columns) means; None under
    产出指标 or 效益指标, whose rows need their own."""
    return vocabulary().lone_level2.get(level_name(level1))


def implied_level1(level2: str) -> str | None:
    """The 一级 a 二级 belongs to when the form leaves it out (数量指标 -> 产出指标)."""
    return vocabulary().implied.get(level_name(level2))


@lru_cache(maxsize=4096)
def is_fragment(text: str) -> bool:
    """A piece of a vertical section label broken by PDF extraction (年, 度 主 要 任 务)."""
    t = norm(text)
    return (bool(t) and any(t in label and t != label for label in SECTION_LABELS) and not is_level(t)
            and t not in vocabulary().goals)


@lru_cache(maxsize=4096)
def section_label(text: str) -> str | None:
    t = norm(text)
    return t if t in SECTION_LABELS or unweighted(t) in SECTION_LABELS else None  # (绩效指标（90分）: its points)


@lru_cache(maxsize=4096)
def unweighted(text: str) -> str:
    """A label without the weight or points the vocabulary reads beside it (绩效指标（90分）, 预算执行情况（10分））."""
    t = norm(text)
    m = vocabulary().weight_suffix.search(t)
    return t[:m.start()].rstrip() if m and level_weight(t) is not None else t


def _whole(t: str) -> bool:
    """A department's whole spending (部门整体), not a transfer payment's whole (…转移支付整体绩效目标自评表)."""
    return "部门整体" in t or "整体" in t and not re.search(r"转移支付|区域|专项资金", t)


def form_kind(title: str) -> str | None:
    """The form's kind from its title line."""
    t = norm(title)
    if len(t) > 80 or row_kind(t) == "note" or len(SENTENCE.findall(t)) >= 3 or re.search(r"[。；;]", t.rstrip("。")):
        return None  # a paragraph or a note that mentions a form (…据此开展绩效运行监控和自评。) is not a title, nor a
        # conclusion's first line (项目自评得分100分。全年各项绩效指标均已完成，…)
    if "自评" in t and ("表" in t or "绩效" in t):
        return KIND_DEPT_SELF_EVAL if _whole(t) else KIND_PROJECT_SELF_EVAL
    if "绩效评价结果" in t and ("公示" in t or "表" in t):  # 预算绩效评价结果的公示: an evaluation's result
        return KIND_DEPT_SELF_EVAL if _whole(t) else KIND_PROJECT_SELF_EVAL
    if "绩效目标" in t and ("表" in t or "申报" in t or "整体" in t or re.search(r"绩效目标[和及与]指标$", t)):
        return KIND_DEPT_TARGET if _whole(t) else KIND_PROJECT_TARGET  # …项目绩效目标和指标: a published list
    if ("绩效评价指标表" in t or "绩效指标表" in t) and "整体" not in t:
        return None
    return None


@lru_cache(maxsize=4096)
def column_field(text: str) -> str | None:
    """The role of an indicator-table header cell: level1, level2, name, value, nature, unit, actual, weight,
    score, reason, skip, extra (a known label kept as an extra column), or None (not a column label)."""
    v = vocabulary()
    t = norm(text).lstrip("*＊")
    if not t:
        return None
    for candidate in dict.fromkeys((t, v.column_suffix.sub("", t))):
        for role, names, patterns in v.columns:
            if candidate in names or any(p.search(candidate) for p in patterns):
                return role
    return None


def column_label(text: str) -> bool:
    """A column label the vocabulary names exactly (度量单位, 三级指标), not one a pattern only matches."""
    t = norm(text)
    return any(t in names for _role, names, _patterns in vocabulary().columns)


HEADER_ROLES = frozenset({"level1", "level2", "name", "name_value"})
VALUE_ROLES = frozenset({"value", "actual", "weight", "score", "nature", "unit", "name_value", "term_value"})


def column_roles(cells: list[str]) -> list[str | None]:
    """Each header cell's role (column_field), and 绩效指标 beside a 一级 column (绩效指标分类 | 绩效指标 | 绩效指标描述,
    河北) as the names' column, which elsewhere is the table's own side label."""
    roles = [column_field(t) for t in cells]
    if "name" not in roles:
        roles = [("name" if norm(t) == "绩效指标" and k > 0 and roles[k - 1] in ("level1", "level2") else r)
                 for k, (t, r) in enumerate(zip(cells, roles))]
    return roles


def is_indicator_header(normed: list[str]) -> bool:
    """A row of column labels that heads an indicator table: a 一级/二级/三级 column and a value-like one
    (or both 一级 and 二级), and no cell that is data."""
    return _indicator_header(tuple(t for t in normed if t))


@lru_cache(maxsize=8192)
def _indicator_header(normed: tuple[str, ...]) -> bool:
    roles = column_roles(list(normed))
    named = {r for r in roles if r in HEADER_ROLES}
    valued = {r for r in roles if r in VALUE_ROLES}
    if len(named) >= 2:  # 一级 | 二级 | 三级 …: a header, whatever else it has (a column per village)
        return True
    if not named or not valued:
        return False
    if named == {"level2"} and not any("二级" in t for t in normed):
        return False  # 评价内容 | 分值 | 自评分 alone: the 10号 scoring sheet (项目决策, 项目管理), not indicators
    unknown = sum(1 for r in roles if r is None)
    return unknown <= max(1, len(roles) // 3)


def goal_column(text: str) -> str | None:
    """The term a column under a goal label holds: 年度, 实施期, or skip (实际完成情况)."""
    t = norm(text)
    if len(t) > 20 or _SENTENCE_MARKS.search(t) or re.match(r"\d", t) or re.search(r"[：:]\s*\S", t):
        return None  # a goal's text (2.开展项目中期评估；预期目标：维护…), not a column label
    bare = re.sub(r"[(（][^()（）]*[)）]$", "", t) or t  # 年度目标(2024年), 中期目标(2024年—2026年): the term in brackets
    return next((term for pattern, term in vocabulary().goal_columns if pattern.search(bare)), None)


_SENTENCE_MARKS = re.compile(r"[，,。；;、]")


@lru_cache(maxsize=8192)
def goal_term(text: str, beside_sentence: bool = False) -> str | None:
    """The term of a goal label (年度总体目标 -> 年度), with its weight or a colon after it allowed. A label that may
    also head a 一级 (项目年度绩效目标) is a goal's where a sentence stands beside it (`beside_sentence`)."""
    t = re.sub(r"^([一二三四五六七八九十]+|\d+)[、.．]", "", re.split(r"[：:]", norm(text), maxsplit=1)[0])  # 三、目标完成情况
    goals = vocabulary().goals
    if t in goals:
        return goals[t]
    bare = re.sub(r"\d*[(（][^()（）]*[)）]$|\d+$", "", t)
    if bare in goals:
        return goals[bare]
    owner = re.sub(r"^(专项|项目|部门|单位|资金)", "", bare)  # 专项年度绩效目标, 专项长期绩效目标: the owner's name first
    return goals.get(owner) if owner != bare and (beside_sentence or not is_level(bare)) else None  # (项目年度绩效目标
    # may head a 一级)


@lru_cache(maxsize=8192)
def row_kind(text: str) -> str | None:
    """What a row that starts with this cell is when it is not an indicator: signoff, note, total, conclusion,
    continuation, subtotal (rows/ in the vocabulary), or None."""
    t = text.strip()
    bare = norm(t)
    heading = SECTION_NUMBER.sub("", bare)  # (三)存在的问题和原因: a report's numbered section
    for kind, patterns in vocabulary().rows.items():
        if kind in CELL_KINDS:
            continue
        if any(p.search(bare if kind != "continuation" else t) for p in patterns):
            return kind
        if kind == "conclusion" and heading != bare and any(p.search(heading) for p in patterns):
            return kind
    return None


# the number of a section or list item: 一、 (三) （二） 1、 3.
SECTION_NUMBER = re.compile(r"^([(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}(?:[、．]|\.(?!\d)))")


CELL_KINDS = frozenset({"stamp", "execution", "not_applicable"})  # rows/ entries matched on one cell, not the first


def cell_is(kind: str, text: str) -> bool:
    """One cell of a row matches a rows/ entry that is read where it stands (execution in the 一级 column,
    not_applicable in the name column)."""
    return bool(text) and any(p.search(norm(text)) for p in vocabulary().rows.get(kind, ()))


def stamped(texts: tuple[str, ...] | list[str]) -> bool:
    """A row that holds a stamp or a blank date (（盖章）, 年 月 日): an approval row, not an indicator."""
    return any(p.search(t) for t in texts if t for p in vocabulary().rows["stamp"])


@lru_cache(maxsize=4096)
def header_label(text: str) -> str | None:
    """The kind of header label a cell is (department, project, year, budget, period, codes, totals, other), read
    through one misread character in a label of four or more (主管部n, 实施第位); None for a value."""
    t = re.split(r"[：:]", norm(text), maxsplit=1)[0]
    header = vocabulary().header
    for kind, names in header.items():
        if t in names:
            return kind
    if len(t) >= 4:
        for kind, names in header.items():
            if any(len(n) == len(t) and sum(a != b for a, b in zip(n, t)) == 1 for n in names):
                return kind
    return None


def as_header_label(text: str) -> str:
    """A header label as the vocabulary spells it (主管部n -> 主管部门); other text as it is."""
    t = norm(text)
    if header_label(text) is None:
        return t
    names = [n for kind in vocabulary().header.values() for n in kind]
    if t in names:
        return t  # 省级主管部门 is itself, not 区级主管部门 read through one misread character
    return next((n for n in names if len(n) == len(t) >= 4 and sum(a != b for a, b in zip(n, t)) == 1), t)


def header_labels(kind: str) -> tuple[str, ...]:
    """The header labels of one kind (department, project, year, budget, budget_term, period, codes, totals)."""
    return vocabulary().header[kind]


def goal_labels() -> dict[str, str]:
    return vocabulary().goals


def strip_suffix(text: str) -> str:
    """A column label without its trailing remark: 预算数(万元) -> 预算数."""
    return vocabulary().column_suffix.sub("", text)


def money_unit_of(label: str) -> str:
    """The money unit a column label names (预算数（元）-> 元), or ''."""
    found = re.search(r"万元|元", label)
    return found.group(0) if found else ""


# a page's number on a line of its own (— 1 —, 第2页 共3页, 2/3, 5): what a PDF prints at a page's foot or head
PAGE_NUMBER = re.compile(r"[-—–－]*\s*(第\s*\d+\s*页[,，]?\s*(共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d+)\s*[-—–－]*")
UNIT_END = "(局|院|委|办|中心|政府|学校|小学|中学|幼儿园|所|站|馆|队|会|部|处|厅|社|团|公司)"  # how a unit's name ends
_UNIT_NAME = re.compile(UNIT_END + "$")


def unit_name(text: str) -> bool:
    """A name that ends as a unit's does (某市公安局, 某中心), not a category's (其他运转类, 本级项目)."""
    return bool(_UNIT_NAME.search(text.strip()))


_OPEN_BRACKET = re.compile(r"[（(][^）)]*$")
_CLOSING = re.compile(r"[^（(]*[）)]")


def open_bracket(text: str) -> bool:
    """A text that opens a bracket it does not close (项目资金（万): its cell goes on below."""
    return bool(_OPEN_BRACKET.search(text))


def closes_bracket(head: str, tail: str) -> bool:
    """The tail closes the bracket the head left open (项目资金（万 / 元）): one text broken in two."""
    return open_bracket(head) and bool(_CLOSING.match(tail))



def two_labels(text: str) -> tuple[str, str] | None:
    """A 一级 label (its weight with it) and a 二级 label run together in one cell (满意度指标（10分）服务对象满意度指标),
    split; None otherwise."""
    t = text.strip()
    for k in range(4, len(t) - 3):
        head, tail = t[:k], t[k:]
        if known_level(head) and is_level1(head) and known_level(tail) and is_level2(tail) and level_weight(tail) is None:
            return head, tail
    return None


def header_pieces_joined(texts: list[str]) -> list[str]:
    """A copied header line whose labels wrapped inside their cells, each piece read as a cell of its own (绩效指 | 标 |
    一级指标 | … | 年度 | 指标值 | 实际 | 完成值, Acrobat, blind 5533): two neighbours joined where the first is no
    column's label and the two make the table's side label (绩效指标) or a label of the second's own role (年度指标值,
    实际完成值) — not where the first begins a label of another (度量 | 完成值: 度量单位 cut; 指标性 | 指标值)."""
    roles = {n: role for role, names, _patterns in vocabulary().columns for n in names}
    out: list[str] = []
    for text in texts:
        head = norm(out[-1]) if out else ""
        if head and text and column_field(head) is None and not section_label(head):
            joined = head + norm(text)
            role = column_field(joined)
            if section_label(joined) or role is not None and role == column_field(text) \
                    and not any(n.startswith(head) and r != role for n, r in roles.items()):
                out[-1] += text
                continue
        if head and text and column_field(head) == "reason" and re.search(r"(及|和|与|、|改进)$", head) \
                and column_field(norm(text)) in (None, "reason") and re.fullmatch(r"[\u4e00-\u9fff]{1,4}", norm(text)):
            out[-1] += text  # 偏差原因分析及改进 | 措施: the reason's label, its last word wrapped (Chrome, blind 8249)
            continue
        out.append(text)
    return out


def column_piece(text: str) -> bool:
    """A column label or its first part as a narrow header cell wraps it (度量 of 度量单位, 未完成原因 of 未完成原因分析),
    no level's name."""
    t = norm(text)
    if len(t) < 2 or re.search(r"\d", t) or is_level(t) or known_level(t) or cut_level(t):
        return False
    return column_field(t) is not None or any(n.startswith(t) for _role, names, _patterns in vocabulary().columns
                                              for n in names)


def header_first_pieces(tokens: list[str]) -> bool:
    """A line of column labels' first parts over the labels' line (度量 | 未完成原因 over 单位 | 分析): every cell a
    column label or the start of one, at least one only a start (度量), none a goal column's (预期目标)."""
    return bool(tokens) and len(tokens) <= 4 and all(column_piece(t) and goal_column(t) is None for t in tokens) \
        and any(column_field(t) is None and not column_label(t) for t in tokens)
