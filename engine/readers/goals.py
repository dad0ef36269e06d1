"""Goal texts: a goal label's row (年度总体目标 …), the columns under it (年初设定目标 | 完成情况综述), and goals
numbered inside one cell (目标1：… 目标2：…)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from jxcheck.engine.model import Goal, Location
from jxcheck.engine.readers import labels
from jxcheck.engine.readers.text import Row

_NUMBERED = re.compile(r"(?:(?<=^)|(?<=[\s，,。；;、]))(目标\s*\d+|[一二三四五六七八九十]+、)\s*[：:.、]?\s*")
_COLON = re.compile(r"[：:]")
_LABEL_LIKE = re.compile(r"[^，,。；;、:：\d]{2,12}")  # a short label, not a goal's sentence
_SCORE = re.compile(r"(100|\d{1,2})(\.\d+)?\s*分?")  # a score printed at the end of the label's row (20); 287 is no score
_ACHIEVED = re.compile(r"完成情况|实际完成|完成综述|目标实际")
_SIDE = re.compile(r"(项目)?(基本情况|概况)|项目基本")  # a side label over a goal block and the rows below it (项目基本
# / 情况: broken down its merged cell, blind 8289)


@dataclass
class GoalBlock:
    """What a goal label row says: the term of its goals and, when the row labels columns, each column's term."""

    term: str
    columns: list[str | None]  # per cell position: 年度, 实施期, skip, or None (not a goal column)
    inline: list[tuple[str, Location, str]]  # goal texts on the label's own row, with their term
    label: str = ""  # the label itself, as printed
    heads: list[str] = field(default_factory=list)  # per cell position: the column's own label (年初设定目标 …)
    achieved: list[tuple[str, str]] = field(default_factory=list)  # 实际完成情况 | 37.24 on the label's own row
    pending: str = ""  # an achievement's label alone on its row (| 实际完成情况): the row below is what was achieved

    def repeats(self, texts: list[str]) -> bool:
        """A row under a block of labelled columns that starts with the block's own label again: the label
        merged down its rows, as a workbook repeats it (its cells are goals by column, not a new block)."""
        first = next((t for t in texts if t), "")
        return bool(self.columns) and bool(self.label) and labels.norm(first) == self.label


def label_row(row: Row, texts: list[str]) -> GoalBlock | None:
    """A row that starts with a goal label (年度总体目标, 总 体 目 标, 年度绩效目标：…), or None."""
    first_at = next((k for k, t in enumerate(texts) if t), None)
    if first_at is None:
        return None
    side = ""
    if _SIDE.fullmatch(labels.norm(texts[first_at])):  # 项目基本情况 | 项目年度目标 | 年度目标完成情况: a block's side
        side = labels.norm(texts[first_at])              # label, merged down its rows, left of the goal labels
        first_at = next((k for k, t in enumerate(texts) if k > first_at and t), first_at)
        if labels.goal_term(texts[first_at]) is None or labels.SECTION_NUMBER.match(labels.norm(texts[first_at])):
            return None  # (项目基本情况 | 1.项目年度目标完成情况 | …: a report's numbered part, its own reading)
    rest = [(k, t) for k, t in enumerate(texts) if k > first_at and t]
    sentence = len(rest) == 1 and len(rest[0][1]) >= 15 and re.search(r"[，,。；;]", rest[0][1]) is not None
    term = labels.goal_term(texts[first_at], sentence)  # (项目年度绩效目标 | 加强…养护管理，…: a goal, not a 一级)
    said = _SAID.match(texts[first_at]) if term is None and not rest else None
    if said and len(said.group(2).strip()) >= 8:  # 预期目标：资助…3100人… alone on its row, the block's side label
        head = labels.goal_column(said.group(1))  # (年度总体 / 目标) set down the margin and gone: a goal, or what
        where = row.cells[first_at].location      # was achieved (实际完成：…)
        if head in ("年度", "实施期") and labels.norm(said.group(1)).endswith("目标"):
            return GoalBlock(head, [], [(said.group(2).strip(), where, head)])
        if head == "skip" and _ACHIEVED.search(labels.norm(said.group(1))):
            return GoalBlock("年度", [], [], achieved=[(labels.norm(said.group(1)), said.group(2).strip())])
    if term is None:
        own = labels.goal_column(texts[first_at])  # 年度预期目标 | 具体完成情况 | 总体完成率(%): the labels of the
        if own not in ("年度", "实施期") or not rest:  # goals' own columns, on a row of their own
            return None
        own_columns: list[str | None] = [None] * len(texts)
        own_columns[first_at] = own
        for k, t in rest:
            own_columns[k] = labels.goal_column(t)
        if any(own_columns[k] is None for k, _ in rest):
            return None
        return GoalBlock(own, own_columns, [], labels.norm(texts[first_at]), [labels.norm(t) for t in texts])
    # a score printed on the label's row (年度目标完成情况 | 预期目标 | 目标实际完成情况 | 20) labels no column
    last = rest[-1][0] if rest else None
    heads = {k: "skip" if k == last and _SCORE.fullmatch(t) else labels.goal_column(t) for k, t in rest}
    for k, t in rest:  # 年度绩效目标 (80分) | 绩效指标 | 指标值 | 得分: the labels over a table, no goal;
        if heads[k] is None and _LABEL_LIKE.fullmatch(labels.norm(t)) and (
                labels.section_label(t) or labels.column_field(t) not in (None, "extra")
                or labels.known_level(t)):  # 年度绩效总目标 | 产出指标 | …: the goal's own label
            heads[k] = "label"
    if rest and all(v is not None for v in heads.values()):  # column labels over the goals (年初设定目标 | 完成情况)
        columns: list[str | None] = [None] * len(texts)
        for k in range(first_at + 1, len(texts)):
            columns[k] = heads.get(k) or term  # a column left unlabelled holds the label's own goals
        if side:
            columns[first_at] = term  # (beside a side label, the goal label heads a column of its own)
        names = [labels.norm(t) for t in texts]
        return GoalBlock(term, columns, [], side or labels.norm(texts[first_at]), names)
    inline: list[tuple[str, Location, str]] = []
    achieved = []
    first = texts[first_at]
    parts = _COLON.split(first, maxsplit=1)
    if len(parts) > 1 and parts[1].strip() and labels.goal_term(parts[0]):
        inline.append((parts[1].strip(), row.cells[first_at].location, term))
    current = term
    for n, (k, t) in enumerate(rest):
        if heads[k] == "skip":  # 完成情况 | …: what follows on this row is the achievement, not a goal
            if _ACHIEVED.search(labels.norm(t)) and n + 1 < len(rest):
                achieved.append((labels.norm(t), rest[n + 1][1]))
            break
        head = heads[k]
        if head in ("年度", "实施期"):
            current = str(head)  # 长期目标 | …: the label of the goal beside it, and its term
            continue
        if heads[k] == "label":
            continue  # 绩效目标总体描述 | …: the label of the goal beside it
        said = _SAID.match(t)  # 预期目标：… | 实际完成情况：…: a label and its text in one cell
        if said and labels.goal_column(said.group(1)) == "skip" and _ACHIEVED.search(said.group(1)):
            achieved.append((labels.norm(said.group(1)), said.group(2).strip()))
            continue
        if said and labels.goal_column(said.group(1)) in ("年度", "实施期") and k < len(row.cells):
            named = _TERM_WORD.search(said.group(1))  # 年度目标：… or 中期目标：… names its term; 总体目标：… keeps the row's
            term_of = ("实施期" if named.group(0) in ("中期", "实施期", "长期") else "年度") if named else current
            text = said.group(2).strip()
            done = re.search(r"(实际完成情况|实际完成|完成情况)[：:]", text)
            if done and done.start() > 0:  # 预期目标：…。实际完成情况：…: the goal, then what was achieved, in one
                achieved.append((labels.norm(done.group(1)), text[done.end():].strip()))  # cell (blind 6459)
                text = text[:done.start()].strip()
            inline.append((text, row.cells[k].location, term_of))
            continue
        if k < len(row.cells):
            inline.append((t, row.cells[k].location, current))
    return GoalBlock(term, [], inline, achieved=achieved)




def ends_block(block: GoalBlock | None, texts: list[str]) -> bool:
    """A row that ends a block whose goal stood beside its label (年度主要目标和成果 | 新建…): one that opens with
    a short label of its own and has more cells (项目资金 预算执行 10分 | 项目总预算 | 65), where a goal's
    next line would leave the label's cell empty or hold one line of text."""
    if block is None or block.columns or not block.inline or not texts or not texts[0]:
        return False
    return sum(1 for t in texts if t) >= 2 and len(texts[0]) <= 16 and not labels.SENTENCE.search(texts[0]) \
        and not _NUMBERED.match(texts[0])


def goal_cells(block: GoalBlock, row: Row, texts: list[str]) -> list[tuple[str, str, Location]]:
    """The goal texts of a row under a goal label: (text, term, location), by column when the label named them."""
    if block.columns:
        shift = _dropped(block, texts)
        return [(t, term, row.cells[k].location) for k, t in enumerate(texts)
                if t and k + shift < len(block.columns) and (term := block.columns[k + shift]) not in (None, "skip", "label")
                and k < len(row.cells)]
    out = []
    term = block.term
    for t, cell in zip(texts, row.cells):  # 年初设定目标 | …, 全年实际完成情况 | …: labels on the row, not goals
        head = labels.goal_column(t) if t else None
        if head == "skip":
            break  # what follows is the achievement
        if head in ("年度", "实施期"):
            term = head  # 年度目标 | …: the term of the text beside it
        elif t and head is None and not labels.known_level(t):  # | 效益指标 | …: the label of the goal beside it
            out.append((t, term, cell.location))
    return out




def achievement_label(tokens: list[str]) -> str | None:
    """实际完成情况 alone on its row under the goals: the label of the text below it, no goal."""
    if len(tokens) == 1 and labels.goal_column(tokens[0]) == "skip" and _ACHIEVED.search(labels.norm(tokens[0])):
        return labels.norm(tokens[0])
    return None


def achievements(block: GoalBlock, row: Row, texts: list[str]) -> list[tuple[str, str]]:
    """What the row says was achieved, under a column labelled so (实际完成情况, 年度总体目标完成情况综述):
    (label, text) pairs, kept as the form's fields (a self-evaluation's narrative, EVAL-10)."""
    if not block.columns:  # 全年实际完成情况 | 地方储备粮食规模达标: the label on the row, the text after it
        label_at = next((k for k, t in enumerate(texts) if t and labels.goal_column(t) == "skip"
                         and _ACHIEVED.search(labels.norm(t))), None)
        text = next((t for t in texts[label_at + 1:] if t), "") if label_at is not None else ""
        return [(labels.norm(texts[label_at]), text)] if label_at is not None else []
    shift = _dropped(block, texts)
    return [(block.heads[k + shift], t) for k, t in enumerate(texts)
            if t and k + shift < len(block.heads) and block.columns[k + shift] == "skip" and _ACHIEVED.search(block.heads[k + shift])]


def _dropped(block: GoalBlock, texts: list[str]) -> int:
    """Cells a viewer's copy dropped before a row's texts: 年度总体目标 | 预期目标 | 实际完成情况 over 目标… | 完成…, the
    label's merged cell left out, so each text stands one column left of its own (0 where the row fills its columns)."""
    lead = next((k for k, c in enumerate(block.columns) if c not in (None, "label")), 0)
    filled = [t for t in texts if t]
    if not lead or not texts or not texts[0] or len(texts) != len(filled) or len(filled) != len(block.columns) - lead:
        return 0
    if labels.norm(texts[0]) == block.label or labels.goal_column(texts[0]) or not labels.SENTENCE.search(texts[0]):
        return 0
    return lead


_TERM_WORD = re.compile(r"年度|本年|当年|中期|实施期|长期")
_SAID = re.compile(r"^\s*([^：:，,。；;\d]{2,10})[：:](.+)$", re.S)
_WEIGHT_ONLY = re.compile(r"[(（]?\s*\d+(\.\d+)?\s*分\s*[)）]?")
_BARE_LABEL = re.compile(r"[^:：，,。；;]{1,12}[:：]")
_LABEL_PIECE = re.compile(r"(年度|总体|年度总体|总体目标|目标|绩效目标|年度目标|实施期|中期)")
_LEAD_IN = re.compile(r"(以下|如下|下列)(几个方面的?)?(绩效)?(目标|内容|几点|方面)?\s*[:：]?$|[:：]$")


def numbered(text: str) -> bool:
    """A goal text that starts a numbered item (目标2：…, 二、…, 2.…)."""
    return bool(_NUMBERED.match(text.strip()) or labels.SECTION_NUMBER.match(text.strip()))


def goes_on(last: str, text: str, item: bool = False) -> bool:
    """A goal's next line that carries on its text (保障机关正常运转；全年送 / 戏下乡不少于120场，图): a sentence with its
    clauses (a comma or semicolon in it) stopped mid-word or after a comma — no full stop — and the line starts no
    numbered goal of its own (not a list of short items a line each: 完成86处…运行维护 / 清淤疏浚河道沟渠42公里) — or a
    numbered goal's text (`item`: 目标2：全年按月为2360名以 / 上重点优抚对象…) stopped so."""
    last, text = last.strip(), text.strip()
    return bool(last) and bool(text) and re.search(r"[\u4e00-\u9fff，,、\d]$", last) is not None \
        and (re.search(r"[，,；;、]", last) is not None or item) and not numbered(last) \
        and not numbered(text) and not _BARE_LABEL.fullmatch(text) and not _LABEL_PIECE.fullmatch(text) \
        and not _WEIGHT_ONLY.fullmatch(text) and not labels.goal_column(text) and len(last) >= 6


def goals_from(text: str, term: str, location: Location) -> list[Goal]:
    """A goal cell as goals: each numbered one (目标1：…) on its own, else the whole text."""
    if _BARE_LABEL.fullmatch(text.strip()) or _WEIGHT_ONLY.fullmatch(text.strip()) or _LABEL_PIECE.fullmatch(text.strip()):
        return []  # 已实施情况: / 未实施情况及原因: — a label left empty; (80分) — the goal's weight; 年度 / 总体 / 目标:
    # a side label's pieces, one a line in a viewer's copy; no goal
    starts = [m for m in _NUMBERED.finditer(text)]
    if not starts:
        label = "实施期绩效目标" if term == "实施期" else "年度绩效目标"
        return [Goal(label=label, text=text.strip(), term=term, location=location)]
    out = []
    for n, m in enumerate(starts):
        end = starts[n + 1].start() if n + 1 < len(starts) else len(text)
        body = text[m.end():end].strip().rstrip("，,；;")
        label = re.sub(r"\s", "", m.group(1)).rstrip("、")
        lead = text[:m.start()].strip()
        if n == 0 and lead and not _LEAD_IN.search(lead):  # …达成以下目标: introduces the list, is no goal
            out.append(Goal(label="年度绩效目标" if term != "实施期" else "实施期绩效目标",
                            text=text[:m.start()].strip(), term=term, location=location))
        if not _PART_TITLE.fullmatch(body):  # 二、年度主要任务: the next part's title after the goal, no goal
            out.append(Goal(label=label, text=body, term=term, location=location))
    return out


_PART_TITLE = re.compile(r"(年度)?(主要|重点)?(工作)?任务|(年度)?(绩效)?指标|(年度)?绩效目标|(项目)?基本情况|资金(情况|安排)")
