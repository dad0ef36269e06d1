"""Level labels printed on the middle row of their group. A PDF's merged 一级 or 二级 cell is centred down the rows it
spans, so its text, copied out (pdftotext -layout), stands on the group's middle row: the rows above it belong to it,
not to the group before. A table whose first row carries no label of a level, where later rows do, was laid out so;
each label then takes the rows around it, the label as near their middle as the labels allow, and a row's own words
(…人数 under 数量指标, …率 under 质量指标) decide between two splits that are as near."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Protocol, Sequence

from jxcheck.engine.model import Location
from jxcheck.engine.readers import labels
from jxcheck.engine.values.parse import parse_parts, parse_value


class Row(Protocol):
    """What the label placing reads and sets of a row being read (indicators.Draft)."""
    fields: dict[str, str]
    l1_explicit: bool
    l2_explicit: bool
    location: Location


_Row = Row


# what a 三级 name says of its 二级, checked 时效 before 质量 (及时率 is a time target)
_HINTS = (("时效", re.compile(r"时间|时限|期限|及时|进度|周期|日期|按时|按期")),
          ("成本", re.compile(r"(成本|资金|经费|费用|费|支出|投入|投资|单价|补助标准|补贴标准)$")),
          ("质量", re.compile(r"(率|合格|达标|质量|优良|等级)$")),
          ("数量", re.compile(r"(数|数量|人数|人次|户数|个数|面积|里程|长度|次数|场次|规模|座数|处数|件数|台数|套数)$")))


def regroup(rows: Sequence[_Row], between: Sequence[tuple[int, str, str, int | None]] = ()) -> bool:
    """Give each row the 二级, then the 一级, of the group whose label stands on its middle row, or alone on a line
    between its two middle rows (`between`: the rows above such a label, its level, the label). The 一级 labels'
    groups, as the 二级s printed on rows tell them, weigh in the 二级s' split (农村卫生厕所普及率 under 效益指标 on the
    middle of its three rows is no 成本指标 row, whichever 二级 label is nearer). Whether the 二级s were so given."""
    level1 = [(at, label, line) for at, key, label, line in between if key == "level1"]
    level2 = [(at, label, line) for at, key, label, line in between if key == "level2"]
    lines = [(at, line) for at, _, _, line in between]  # every label line, whatever its level
    from jxcheck.engine.readers import after_labels  # (it reads this module's marks and fits)
    ruled = _one_convention(rows, level1, level2) or after_labels.after_their_rows(rows, level1, level2) \
        or after_labels.merged_after(rows, level1, level2) or after_labels.merged_after_first(rows, level1, level2)
    saved = [dict(r.fields) for r in rows] if ruled is not None else []
    regrouped = _centred(rows, level1, level2, lines)
    if ruled is None:
        return regrouped
    heads, seconds = ruled
    given = [label for (start, stop), label in seconds for _ in range(start, stop + 1)]
    if sum(map(fit, rows, given)) >= sum(fit(row, row.fields.get("level2", "")) for row in rows) \
            and regrouped and all(row.fields.get("level2") for row in rows):
        return regrouped  # (the rows' words say the nearest split as well: a copy need not keep one way throughout —
        # where that reading gave every row its group; not rows it left with none, blind 6016)
    for row, fields in zip(rows, saved):
        row.fields.clear()
        row.fields.update(fields)
    _regroup(rows, "level2", lambda r: r.l2_explicit, _value_mismatch, _value_mismatch, level2, lines, seconds)
    if heads:
        _regroup(rows, "level1", lambda r: r.l1_explicit, _level1_mismatch, _level1_mismatch, level1, lines, heads)
    return True


def fit(row: _Row, label: str) -> int:
    """How much a row's words and value say it stands under another 二级 than `label`."""
    return _level2_mismatch(row, label) + 3 * _value_mismatch(row, label) + int(_unsatisfied(row, label)) \
        + int(_costless(row, label)) + 3 * _spent_astray(row, label)


def _spent_astray(row: _Row, label: str) -> int:
    """An amount spent or given (…经费, …补助 | ≤78万元) under a 效益 or 满意度 二级 (blind 6286)."""
    return int(labels.implied_level1(label) in ("效益指标", "满意度指标") and _spent(row, given=True))


def _spent(row: _Row, given: bool = False) -> bool:
    """A row that says an amount spent: at most so much money under a cost's name (…经费, …支出), or (`given`) one
    given (…补助, …补贴)."""
    value = parse_value(row.fields.get("value", ""))
    name = labels.norm(row.fields.get("name", ""))
    return getattr(value, "unit_kind", None) == "money" and getattr(value, "op", None) in ("≤", "<") \
        and (_kind(name) == "成本" or given and re.search(r"(补助|补贴)$", name) is not None)


_COST_WORD = re.compile(r"成本|费|资金|经费|支出|补助|补贴|标准|单价|投入|投资|价格|造价|金额|预算")


def _costless(row: _Row, label: str) -> bool:
    """A row under an economic cost 二级 that names no cost and prices nothing (因地质灾害造成人员伤亡 | =0人)."""
    if labels.level_name(label) not in ("成本指标", "经济成本指标"):
        return False
    value = parse_value(row.fields.get("value", ""))
    money = getattr(value, "unit_kind", None) == "money" or re.search(r"元", getattr(value, "unit", "") or "") is not None
    return not money and not _COST_WORD.search(row.fields.get("name", ""))


def _unsatisfied(row: _Row, label: str) -> bool:
    """A row under a 满意度 二级 whose name measures no satisfaction (重度残疾人护理服务保障率)."""
    return unsatisfied(row.fields.get("name", "满意"), label)


def unsatisfied(name: str, label: str) -> bool:
    """A name under a 满意度 label that measures no satisfaction (重度残疾人护理服务保障率, 群众法治宣传知晓率)."""
    return "满意" in label and bool(name) and "满意" not in name


def _centred(rows: Sequence[_Row], level1: list[tuple[int, str, int | None]],
             level2: list[tuple[int, str, int | None]], lines: list[tuple[int, int | None]]) -> bool:
    """Each label on its group's middle as near as the copy's lines allow, the rows' words deciding between splits."""
    heads = _split(rows, "level1", lambda r: r.l1_explicit, _printed_or_spent, _printed_or_spent, level1,
                   lines, exact=True)  # (only a split with every 一级 on its group's middle, no 二级 against it, no
    # spending under a 效益 or 满意度 一级: 机关运行经费支出 | ≤45.20万元 is no 效益 whose label stands a row below it)
    weighed, weighed_heads = _weighed(rows), False
    if weighed is not None:  # the 一级 labels' weights (产出指标（50分）) that the rows' weights make up, each of them,
        # on one split only: that split, its labels as near their middles as the copy's lines allow
        by_weight = _split(rows, "level1", lambda r: r.l1_explicit, _printed_level1_mismatch,
                           _printed_level1_mismatch, level1, lines, alt=0 if cell_a_line(rows, lines) else None,
                           group_cost=weighed)
        if by_weight is not None and sum(1 for _, value in by_weight if labels.level_weight(value) is not None) >= 2 \
                and not any(weighed(value, start, stop) for (start, stop), value in by_weight):
            heads = by_weight
            weighed_heads = True
    under: dict[int, str] = {}

    def level2_mismatch(row: _Row, label: str) -> int:
        implied = labels.implied_level1(label)
        head = under.get(next(k for k, r in enumerate(rows) if r is row))
        return _words_and_value(row, label) + 2 * int(bool(head and implied and implied != head))

    def heads_under(split: list[tuple[tuple[int, int], str]] | None) -> dict[int, str]:
        return {r: labels.level_name(value) for (start, stop), value in split or () for r in range(start, stop + 1)}

    def level2_cost(heads_split: list[tuple[tuple[int, int], str]] | None, unsatisfied: int = 0) -> int | None:
        """What the 二级s' split costs under a 一级 split: the rows against their words (and `unsatisfied` for each row
        under a 满意度 二级 whose name measures no satisfaction), or None where the 二级s do not split."""
        nonlocal under
        under = heads_under(heads_split)
        cost: list[int] = []
        split2 = _split(rows, "level2", lambda r: r.l2_explicit, level2_mismatch, _value_mismatch, level2, lines,
                        costed=cost)
        if not cost:
            return None
        return cost[0] + sum(unsatisfied for (start, stop), value in split2 or () for r in range(start, stop + 1)
                             if _unsatisfied(rows[r], value))

    if cell_a_line(rows) and not weighed_heads:  # (a copy a cell a line: a 一级's line may stand between two rows as
        # well; the 一级 split that lets the 二级s split with fewer rows against them is the table's)
        other = _split(rows, "level1", lambda r: r.l1_explicit, _printed_level1_mismatch, _printed_level1_mismatch,
                       level1, lines, exact=True, alt=0)
        if other is not None and other != heads:
            costs = [level2_cost(split, 5) for split in (heads, other)]  # (重度残疾人护理服务保障率 under 服务对象满意度指标:
            # no satisfaction it measures)
            if costs[1] is not None and (costs[0] is None or costs[1] < costs[0]):
                heads = other
    if not weighed_heads and heads is not None and not cell_a_line(rows):
        both = [_split(rows, "level1", lambda r: r.l1_explicit, _printed_level1_mismatch, _printed_level1_mismatch,
                       level1, lines, exact=True, prefer=side) for side in (0, 1)]
        if all(b is not None for b in both) and both[0] != both[1]:  # (a 一级 on the upper and on the lower of its
            costs = [level2_cost(split) for split in both]  # two middle rows both exact: the one that lets the 二级s
            # split with fewer rows against them)
            if costs[1] is not None and (costs[0] is None or costs[1] < costs[0]):
                heads = both[1]
            elif costs[0] is not None and (costs[1] is None or costs[0] < costs[1]):
                heads = both[0]
    bound = False  # the 一级s split so (a row atop a 成本指标 group takes the 二级 printed below it, on a line of its own)
    if not weighed_heads and (any(labels.level_name(label) == "成本指标" for _, label, _ in level1)
                              or any(labels.level_name(r.fields.get("level1", "")) == "成本指标"
                                     for r in rows if r.l1_explicit)):
        plain = heads or _split(rows, "level1", lambda r: r.l1_explicit, _printed_level1_mismatch,
                                _printed_level1_mismatch, level1, lines)  # (no exact split: the nearest)
        near = _split(rows, "level1", lambda r: r.l1_explicit, _cost_head, _cost_head, level1, lines)
        if near is not None and plain is not None and near != plain \
                and _costs_astray(rows, near) < _costs_astray(rows, plain):
            plain = near  # (成本指标 a 一级 of its own, 财预〔2021〕101号: 病树清除补助标准 | ≤20元/株 under it, its label a
            # line below the row's, not under 产出指标 whose label is a line off its middle)
        if plain is not None and plain != heads and not _costs_astray(rows, plain):  # (every cost under 成本指标,
            # nothing else: a split the rows' words bear out, not 时效 rows atop a page under its first 一级 label)
            heads, weighed_heads, bound = plain, True, True
    under = heads_under(heads)

    regrouped = _regroup(rows, "level2", lambda r: r.l2_explicit, level2_mismatch, _value_mismatch, level2, lines)
    _regroup(rows, "level1", lambda r: r.l1_explicit, _level1_mismatch, _level1_mismatch, level1, lines,
             heads if weighed_heads else None, level2 if bound else ())
    return regrouped


Split = list[tuple[tuple[int, int], str]]


def _one_convention(rows: Sequence[_Row], level1: list[tuple[int, str, int | None]],
                    level2: list[tuple[int, str, int | None]]) -> tuple[Split, Split] | None:
    """A copy a cell a line (plain pdftotext), each label on a line of its own before the row below it: a renderer
    prints a merged cell's text either before its group's lower middle row (a group of one: before its row) or after
    its upper middle row (a group of one: after it), the same way throughout the table. Where exactly one of the two
    ways splits both levels, every label where that way puts it and every 二级 group inside one 一级 group, with no
    row's value against its group, that split is the table's; None where the copy does not tell (a first row that
    carries its 二级: labels on first rows as well)."""
    if len(rows) < 3 or not cell_a_line(rows, [(at, line) for at, _, line in level1 + level2]):
        return None
    seconds_at = marks(rows, "level2", lambda r: r.l2_explicit, level2)
    heads_at = marks(rows, "level1", lambda r: r.l1_explicit, level1)
    if len(seconds_at) < 2 or seconds_at[0][0] == 0:
        return None
    weighed = _weighed(rows)
    found = []
    for after in (False, True):
        for seconds in _exact(len(rows), seconds_at, after, lambda k, r: against(rows[r], seconds_at[k][1])):
            for heads in _exact(len(rows), heads_at, after, lambda k, r: 0) if heads_at else [[]]:
                if nested(seconds, heads) and not (weighed and any(weighed(label, start, stop)
                                                                    for (start, stop), label in heads)):
                    found.append((heads, seconds))
    if len(found) > 1:  # (数量指标 over four rows or five, 质量指标 over the fifth or none: the rows' words decide,
        # where one split fits them better than every other — 执法案件办结率 is no count)
        costs = [sum(fit(rows[r], label) for (start, stop), label in seconds for r in range(start, stop + 1))
                 for _, seconds in found]
        best = min(costs)
        found = [split for split, cost in zip(found, costs) if cost == best]
    return found[0] if len(found) == 1 else None


def against(row: _Row, label: str) -> bool:
    """A row's value, or its name beyond doubt (…治理面积, …验收合格率), says another 二级 than `label` (a name's
    time word no proof: 投诉举报按时办结率 is as often a 质量指标)."""
    kind = strong_kind(row.fields.get("name", ""))
    kind = None if kind == "时效" else kind
    group = next((k for k, _ in _HINTS if k in label), None)
    return bool(_value_mismatch(row, label)) or bool(kind and group and kind != group) or _unsatisfied(row, label)


def nested(seconds: Split, heads: Split) -> bool:
    """Every 二级 group inside one 一级 group, and under the 一级 its label implies."""
    for (start, stop), label in seconds:
        head = next((value for (first, last), value in heads if first <= start <= last), None)
        if head is None:
            continue
        if stop > next(last for (first, last), _ in heads if first <= start <= last):
            return False
        implied = labels.implied_level1(label)
        if implied and labels.level_name(head) and implied != labels.level_name(head):
            return False
    return True


def marks(rows: Sequence[_Row], key: str, explicit, between: list[tuple[int, str, int | None]]
           ) -> list[tuple[int, str]]:
    """A level's labels as (the rows above its line, label): one a row carries stands on the line above that row."""
    marks = [(k, r.fields[key]) for k, r in enumerate(rows)
             if explicit(r) and r.fields.get(key) and not labels.weight_only(r.fields[key])]
    return sorted([(at, label) for at, label, _ in between] + marks, key=lambda mark: mark[0])  # (labels at one place
    # in the copy's order: 数量指标 / 质量指标 / 时效指标 / 成本指标 stacked after their rows, blind 5898)


def _exact(n: int, marks: list[tuple[int, str]], after: bool, mismatch) -> list[Split]:
    """The splits of rows 0..n-1 with each label (at: the rows above its line) exactly where the renderer puts it, and
    no row against its group (at most a few: each label allows two sizes of its group)."""
    ways: dict[int, list[list[tuple[int, int]]]] = {0: [[]]}
    for k, (at, _) in enumerate(marks):
        found: dict[int, list[list[tuple[int, int]]]] = {}
        for start, splits in ways.items():
            half = at - start
            for size in ((2 * half - 1, 2 * half) if after else (2 * half, 2 * half + 1)):
                stop = start + size - 1
                if size < 1 or stop >= n or (k == len(marks) - 1 and stop != n - 1):
                    continue
                if any(mismatch(k, r) for r in range(start, stop + 1)):
                    continue
                found.setdefault(stop + 1, []).extend([*split, (start, stop)] for split in splits[:_WAYS])
        ways = found
    return [[(group, label) for group, (_, label) in zip(split, marks)] for split in ways.get(n, [])[:_WAYS]]


_WAYS = 16  # (splits kept a place: each label allows two sizes of its group, the next label's place all but one)


def costs_before_their_label(rows: Sequence[_Row]) -> None:
    """A copy's labels read as they came (on their groups' first rows, no split found): the rows just above a 成本 label whose
    names and values say a cost beyond doubt (人员经费支出 | ≤486.30万元 under the 时效指标 carried down) are that
    group's — its label stands on its middle row."""
    for k, row in enumerate(rows):
        label = row.fields.get("level2", "")
        if not row.l2_explicit or "成本" not in label:
            continue
        j = k - 1
        while j >= 0 and not rows[j].l2_explicit and not rows[j].l1_explicit \
                and "成本" not in rows[j].fields.get("level2", "") and _value_mismatch(rows[j], rows[j].fields.get("level2", "")):
            rows[j].fields["level2"] = label
            rows[j].fields["level1"] = row.fields.get("level1", rows[j].fields.get("level1", ""))
            j -= 1


def costs_above_their_label(rows: Sequence[_Row], between: Sequence[tuple[int, str, str, int | None]]) -> None:
    """A copy's labels read as they came, a 成本 二级 alone on its line between its rows (就业创业服务成本 | ≤185.00万元 /
    社会保险经办服务成本 | ≤96.40万元 / 成本指标 / 劳动保障监察执法成本 | …): the rows just above it whose names and values
    say a cost beyond doubt, under the 时效指标 carried down to them, are its group's — it stands on its middle."""
    for at, key, label, _ in between:
        if key != "level2" or "成本" not in label or not 0 < at <= len(rows) \
                or not (at < len(rows) and rows[at].fields.get("level2") == label):
            continue
        implied = labels.implied_level1(label)
        j = at - 1
        while j >= 0 and not rows[j].l2_explicit and rows[j].fields.get("level2") == label:
            j -= 1  # (its rows above it the split already gave it: past them)
        while j >= 0 and not rows[j].l2_explicit and "成本" not in rows[j].fields.get("level2", "") \
                and _value_mismatch(rows[j], rows[j].fields.get("level2", "")) \
                and (not rows[j].l1_explicit or implied in (None, labels.level_name(rows[j].fields.get("level1", "")))):
            rows[j].fields["level2"] = label
            j -= 1


_MISFIT = 10  # a 一级 group whose rows' weights do not make up its label's weight


def _weighed(rows: Sequence[_Row]):
    """The cost of a 一级 group by its label's weight (产出指标（50分） over rows weighing 8+7+7+8+7+7+6): none where
    they make it up, _MISFIT where not; None where a row has no weight to count (a target form) or no label a weight."""
    weights = []
    for r in rows:
        try:
            weights.append(Decimal(r.fields.get("weight", "").strip()))
        except (InvalidOperation, ValueError):
            return None

    def cost(label: str, start: int, stop: int) -> int:
        weight = labels.level_weight(label)
        if weight is None or labels.level_weight_band(label) is not None:
            return 0
        return 0 if sum(weights[start:stop + 1], Decimal(0)) == weight else _MISFIT
    return cost


def _split(rows: Sequence[_Row], key: str, explicit, mismatch, plain_mismatch,
           between: list[tuple[int, str, int | None]], label_lines: Sequence[tuple[int, int | None]] = (),
           exact: bool = False, alt: int | None = -1, costed: list[int] | None = None, first_marked: bool = False,
           group_cost=None, prefer: int | None = None) -> list[tuple[tuple[int, int], str]] | None:
    """The groups of one level's labels (rows, label), or None where the labels do not stand mid-group.
    `plain_mismatch`: what a row's value says of its group, beyond doubt (an amount is a cost, a date a time
    target), the only evidence that moves rows of a table whose first row is labelled."""
    marks = [k for k, r in enumerate(rows) if explicit(r) and r.fields.get(key) and not labels.weight_only(r.fields[key])]
    # ((50分) alone: the weight of the 一级 printed a line above it, no label of a group of its own)
    if len(rows) < 3 or not (marks or between):
        return None
    values = [rows[m].fields[key] for m in marks]
    inside = bool(between) and all(1 <= at < len(rows) for at, _, _ in between) and not cell_a_line(rows, label_lines)
    if marks and marks[0] == 0 and inside and len(marks) < len(rows) and not first_marked:  # a group of one row first (时效指标 | …完成时间 on a page's first row), a
        # label alone between two rows below it: the labels mid-group, if a split says so
        split = _split(rows, key, explicit, mismatch, plain_mismatch, between, label_lines, True, alt, costed,
                       first_marked=True, group_cost=group_cost)  # (exact: every label on its group's middle — not
        # 数量指标 on the first of four rows, labels on first rows with an empty group's line between two)
        if split is not None:
            return split
    if marks and marks[0] == 0 and not first_marked or any(at < 1 or at >= len(rows) for at, _, _ in between):
        if not marks:
            return None  # labels on lines of their own above their groups: read as they came
        groups = _centred_over_first(len(rows), marks, cache(lambda k, r: plain_mismatch(rows[r], values[k])),
                                     cache(lambda k, r: (_level2_mismatch if key == "level2" else _cost_side)(rows[r], values[k])))
        # (None: labels on their groups' first rows, read as they came)
    else:
        placed = _merged(marks, values, between, rows)  # rows' labels and lines' labels, on a scale of half rows
        first = placed[0][0] // 2
        if key == "level2" and any(r.l1_explicit for r in rows[1:first]):
            return None  # a 一级 of its own above the first 二级: not one group's rows around its label
        values = [value for _, value, _ in placed]
        if alt == -1:  # (by default, a cell a line's 二级 labels only, a little less likely than on their rows)
            alt = 1 if not exact and cell_a_line(rows) else None
        for wraps in ((True, False) if exact else (True,)):  # (exact: in the table's lines, or else in its rows — a
            # wrapped name's line below its row not counted, as a copy's labels may stand: 效益指标 on the third of six
            # lines, five rows — with no row that says a cost under a 效益 or 满意度 一级, nor none under 成本指标)
            against = mismatch if wraps or key != "level1" else lambda row, label: mismatch(row, label) + _cost_side(row, label)
            groups = _groups(len(rows), [at for at, _, _ in placed], cache(lambda k, r: against(rows[r], values[k])),
                             _slots(rows, placed, label_lines, wraps), exact, alt, costed,
                             None if group_cost is None else lambda k, start, stop: group_cost(values[k], start, stop),
                             prefer, cache(lambda k, r: _cost_side(rows[r], values[k])) if key == "level1" else None,
                             None if exact or key != "level2" else _slots(rows, placed, label_lines, False))
            if groups is not None:
                break
    return None if groups is None else list(zip(groups, values))


def _regroup(rows: Sequence[_Row], key: str, explicit, mismatch, plain_mismatch,
             between: list[tuple[int, str, int | None]], lines: list[tuple[int, int | None]],
             given: list[tuple[tuple[int, int], str]] | None = None,
             seconds: Sequence[tuple[int, str, int | None]] = ()) -> bool:
    split = given or _split(rows, key, explicit, mismatch, plain_mismatch, between, lines)
    if split is None:
        return False
    for (start, stop), value in split:
        for r in range(start, stop + 1):
            if key == "level1":
                implied = labels.implied_level1(rows[r].fields.get("level2", ""))
                below = _label_below(rows, r, stop, value, seconds) if given and not rows[r].l2_explicit else None
                if implied and implied != labels.level_name(value) and below is not None:
                    rows[r].fields["level2"] = below  # (the 一级's weight its rows make up says so: a row atop its
                    # group, its 二级 carried down from the group above, is of the 二级 whose label stands below it)
                elif implied and implied != labels.level_name(value):
                    rows[r].fields[key] = implied  # its 二级 says which 一级, whatever the middle says
                    continue
            rows[r].fields[key] = value
    if key == "level1":  # a 一级 printed mid-group starts no 二级 group of its own: its row keeps the 二级 above
        for above, row in zip(rows, rows[1:]):
            if not row.fields.get("level2") and not row.l2_explicit and row.fields[key] == above.fields.get(key):
                row.fields["level2"] = above.fields.get("level2", "")
    return True


def _label_below(rows: Sequence[_Row], r: int, stop: int, head: str,
                 between: Sequence[tuple[int, str, int | None]] = ()) -> str | None:
    """The 二级 printed next below row r inside its 一级 group (rows up to `stop`), on a row or on a line of its own
    above one (`between`), where that 二级 belongs to the group's 一级 and no row between prints its own."""
    for k in range(r + 1, stop + 1):
        lone = next((label for at, label, _ in between if at == k), None)
        if rows[k].l2_explicit or lone:
            label = lone or rows[k].fields.get("level2", "")
            implied = labels.implied_level1(label)
            return label if label and implied in (None, labels.level_name(head)) else None
    return None


def _slots(rows: Sequence[_Row], placed: list[tuple[int, str, int | None]],
           label_lines: Sequence[tuple[int, int | None]], wraps: bool = True) -> tuple[list[int], list[int], list[int]]:
    """Each row's first and last place among the table's lines, and each label's: a line of labels alone between two
    rows counted once (成本指标 | 经济成本指标 on one line), a name wrapped onto the one line below its row counted with
    it where most rows are a line each (a copy that gives each cell a line of its own has rows of many lines, and
    nothing there tells a wrap's line from a cell's)."""
    own = sorted({(at, line if line is not None else -at) for at, line in label_lines})  # (rows above, line)
    count: dict[int, int] = {}
    for at, _ in own:
        count[at] = count.get(at, 0) + 1
    lines = [r.location.line for r in rows]
    known = [line for line in lines if line is not None]
    gaps = [b - a for a, b in zip(known, known[1:])] if len(known) == len(lines) else []
    one_line = wraps and bool(gaps) and sorted(gaps)[len(gaps) // 2] == 1  # most rows a line each (not a cell-a-line
    # copy; `wraps`: a wrapped name's line counted)
    tops: list[int] = []
    bottoms: list[int] = []
    slot = count.get(0, 0)
    for r in range(len(rows)):
        tops.append(slot)
        extra = gaps[r] - 1 - count.get(r + 1, 0) if one_line and r < len(gaps) else 0
        extra = extra if extra == 1 else 0  # a name wrapped onto the line below its row (not a page break)
        bottoms.append(slot + extra)
        slot += 1 + extra + count.get(r + 1, 0)
    marks = []
    for mark, _, line in placed:
        if mark % 2 == 0:
            marks.append(tops[mark // 2])
        else:
            at = (mark + 1) // 2
            marks.append(bottoms[at - 1] + 1 + sum(1 for a, l in own if a == at and line is not None and l < line))
    return tops, bottoms, marks


def _merged(marks: list[int], values: list[str], between: list[tuple[int, str, int | None]],
            rows: Sequence[_Row]) -> list[tuple[int, str, int | None]]:
    """Labels in reading order at half-row positions (row k at 2k, a line between rows k-1 and k at 2k-1), with the
    line each stands on; a row that took up the label of the line just below or above it (a floating 一级 heads the
    row above) is that line's."""
    lines = [(2 * at - 1, label, line) for at, label, line in between]
    same = {(at + d, labels.level_name(label) or label) for at, label, _ in between for d in (-1, 0)}
    marked = [(2 * m, value, rows[m].location.line) for m, value in zip(marks, values)
              if (m, labels.level_name(value) or value) not in same]
    return sorted(marked + lines, key=lambda mark: mark[0])


def cell_a_line(rows: Sequence[_Row], label_lines: Sequence[tuple[int, int | None]] = ()) -> bool:
    """Rows of several lines each (a copy that gives each cell a line of its own): a label's line before a row's name
    line stands on that row or between it and the row above — the copy does not tell which. A gap that holds a line
    of labels (`label_lines`) says nothing of the rows' own lines (rows a line each, labels alone between them)."""
    known = [r.location.line for r in rows if r.location.line is not None]
    own = {line for _, line in label_lines if line is not None}
    pairs = list(zip(known, known[1:]))
    gaps = sorted(b - a for a, b in pairs if not any(a < line < b for line in own)) \
        or sorted(b - a for a, b in pairs)
    return len(known) == len(rows) and bool(gaps) and gaps[len(gaps) // 2] > 1


def _groups(n: int, marks: list[int], mismatch,
            slots: tuple[list[int], list[int], list[int]] | None = None, exact: bool = False, alt: int | None = None,
            costed: list[int] | None = None, group_cost=None, prefer: int | None = None, tiebreak=None,
            counted: tuple[list[int], list[int], list[int]] | None = None) -> list[tuple[int, int]] | None:
    """The split of the labels' rows (below), a table's labels all on the upper of two middle rows or all on the lower
    (one renderer places them all one way: pdftotext -layout the upper, a browser's viewer the lower, 数量指标 on the
    second of two rows): the lower only where it puts no row against its words and no label off its middle and the
    upper cannot say as much, or the upper has no split at all."""
    upper = _split_rows(n, marks, mismatch, slots, exact, 0, alt, group_cost, tiebreak, counted)
    lower = _split_rows(n, marks, mismatch, slots, exact, 1, alt, group_cost, tiebreak, counted)
    chosen = lower if lower is not None and (upper is None or lower[0] == 0 < upper[0]) else upper
    if prefer is not None:  # (the caller weighs the two by what they make of the next level)
        chosen = lower if prefer == 1 else upper
    if chosen is not None and costed is not None:
        costed.append(chosen[0])
    return chosen[1] if chosen is not None else None


def _split_rows(n: int, marks: list[int], mismatch, slots: tuple[list[int], list[int], list[int]] | None,
                exact: bool, lower: int, alt: int | None = None, group_cost=None, tiebreak=None,
                counted: tuple[list[int], list[int], list[int]] | None = None) -> tuple[int, list[tuple[int, int]]] | None:
    """Consecutive groups covering rows 0..n-1, group k holding marks[k] (in half rows: a label on row r at 2r, one
    on a line between rows r-1 and r at 2r-1), each label on its group's middle row (of two, the `lower` or upper), or
    between its two middle rows, or next to it: the nearest, then as few rows as can be whose words say another
    group; None where no such split exists. The middle is counted in the table's lines (`slots`: each row's, each
    label's), a label alone on its line being one of them (产出指标 over six rows and the 质量指标 line among them
    stands on the fourth row, not the third). `alt` (a copy a cell a line): a label on a row may stand between that
    row and the one above as well, at that cost in half lines more (时效指标 / 文旅宣传推广活动完成时间 heads 工资按月发放
    及时率 above it too). `counted`: the same in rows, a wrapped name's extra line not counted — a label on its group's
    middle exactly is on it, whatever the lines say (数量指标 on the second of four rows, one of them wrapped: five
    lines)."""
    tops, bottoms, mark_slot = slots if slots is not None else (list(range(n)), list(range(n)), [m // 2 for m in marks])
    best: dict[int, tuple[int, list[tuple[int, int]], int]] = {0: (0, [], 0)}  # next group's first row: cost,
    # groups, and what decides between splits as near (`tiebreak`: rows whose words say another 一级)
    for k, mark in enumerate(marks):
        last = k == len(marks) - 1
        found: dict[int, tuple[int, list[tuple[int, int]], int]] = {}
        for start, (cost, done, tie) in best.items():
            if 2 * start > mark + 1:
                continue  # the group would start below its label
            stops = [n - 1] if last else [s for s in range(max(start, mark // 2), n) if 2 * (s + 1) <= marks[k + 1] + 1]
            for stop in stops:
                first, final = tops[start], bottoms[stop]
                if mark % 2 == 0:  # on a row: its distance from the upper middle line, in lines
                    off = 2 * abs(mark_slot[k] - (first + (final - first + lower) // 2))
                    if start == stop == mark // 2:
                        off = 0  # (a group of one row: its label on the row, whichever of its lines)
                    rowed = 0  # (on its middle in rows only, no row's words against the group: less than a row
                    # against its group elsewhere)
                    if counted is not None and off:
                        c_tops, c_bottoms, c_marks = counted
                        if c_marks[k] == c_tops[start] + (c_bottoms[stop] - c_tops[start] + lower) // 2 \
                                and not any(mismatch(k, r) for r in range(start, stop + 1)):
                            off, rowed = 0, 1
                    at = mark // 2
                    if alt is not None and at > start:  # (or just above it, between it and the row before)
                        off = min(off, alt + abs(tops[at] + bottoms[at - 1] - first - final))
                    if off > 2:
                        continue  # a label far from its group's middle: not a table laid out so (rows lost labels)
                else:  # alone between two rows: its distance from the group's middle, in half lines
                    off, rowed = abs(2 * mark_slot[k] - first - final), 0
                    if off > 2:
                        continue
                here = 3 * off + rowed + 2 * sum(mismatch(k, r) for r in range(start, stop + 1)) \
                    + (group_cost(k, start, stop) if group_cost is not None else 0)
                told = tie + (sum(tiebreak(k, r) for r in range(start, stop + 1)) if tiebreak is not None else 0)
                if stop + 1 not in found or (cost + here, told) < (found[stop + 1][0], found[stop + 1][2]):
                    found[stop + 1] = (cost + here, [*done, (start, stop)], told)
        best = found
    if n not in best or exact and best[n][0] > 0:
        return None  # (`exact`: no split but one with each label on its group's middle and no row's words against it)
    return best[n][0], best[n][1]


def _centred_over_first(n: int, marks: list[int], mismatch, words=lambda k, r: 0) -> list[tuple[int, int]] | None:
    """A first row that carries its label is no proof of labels on first rows: a group of one or two rows has its
    middle there too (22 数量指标 | 24 质量指标 | 26 时效指标 | 29 成本指标 over rows 22–31). The split with every label
    exactly on its group's (upper) middle row, taken only where the rows' words fit it better than groups that start
    at their labels (苗木购置费 under 成本, not the 时效 group above it); None otherwise. Between splits the rows' values
    say as much of, the one with fewer rows whose names say another group (`words`: “两癌”筛查人均成本 ≤220元/人
    under 成本指标, not the 社会效益指标 below it)."""
    first = [(m, (marks[k + 1] - 1 if k + 1 < len(marks) else n - 1)) for k, m in enumerate(marks)]
    best: dict[int, tuple[int, list[tuple[int, int]], int]] = {0: (0, [], 0)}
    for k, mark in enumerate(marks):
        found: dict[int, tuple[int, list[tuple[int, int]], int]] = {}
        for start, (cost, done, said) in best.items():
            for stop in ([n - 1] if k == len(marks) - 1 else range(mark, marks[k + 1])):
                if start + (stop - start) // 2 != mark:
                    continue
                here = sum(mismatch(k, r) for r in range(start, stop + 1))
                told = said + sum(words(k, r) for r in range(start, stop + 1))
                if stop + 1 not in found or (cost + here, told) < (found[stop + 1][0], found[stop + 1][2]):
                    found[stop + 1] = (cost + here, [*done, (start, stop)], told)
        best = found
    if n not in best or best[n][1] == first:
        return None
    worse = sum(mismatch(k, r) for k, (start, stop) in enumerate(first) for r in range(start, stop + 1))
    return best[n][1] if best[n][0] < worse else None


def _cost_side(row: _Row, label: str) -> int:
    """A row whose name or value says a cost (防火宣传经费 | ≤12万元) under a 效益 or 满意度 一级, or one that says none
    under 成本指标: what decides between two 一级 splits that put every label as near its middle."""
    head = labels.level_name(label) or labels.norm(label)
    value = parse_value(row.fields.get("value", ""))
    kind = _kind(labels.norm(row.fields.get("name", "")))
    money = getattr(value, "unit_kind", None) == "money" or re.match(r"(万|亿)?元", getattr(value, "unit", "") or "") is not None
    if head == "成本指标":  # (…单处补助 | ≤3万元/处 is a cost: money a unit)
        return int(kind in ("数量", "质量", "时效") and not money)
    return int((kind == "成本" or money and getattr(value, "op", None) in ("≤", "<")) and head in ("效益指标", "满意度指标"))


def _cost_head(row: _Row, label: str) -> int:
    """Under a 成本指标 一级 (财预〔2021〕101号), a row that says no cost, or one that says a cost under another 一级."""
    return _printed_level1_mismatch(row, label) + 2 * int(_costed(row) != (labels.level_name(label) == "成本指标"))


def _costed(row: _Row) -> bool:
    """A row whose name or value says a cost (…补助标准 | ≤20元/株, 项目总成本 | ≤560万元)."""
    value = parse_value(row.fields.get("value", ""))
    unit = getattr(value, "unit", "") or row.fields.get("unit", "")  # (96 | 万元: the unit in a column of its own)
    money = getattr(value, "unit_kind", None) == "money" or re.match(r"(万|亿)?元", unit or "") is not None
    name = labels.norm(row.fields.get("name", ""))
    return _kind(name) == "成本" or bool(re.search(r"(补助|补贴)$", name)) \
        or money and getattr(value, "op", None) in ("≤", "<", "=", None)


def _costs_astray(rows: Sequence[_Row], split: Split) -> int:
    """The rows a split of 一级s puts against 成本指标 as a 一级: a cost elsewhere, or no cost under it."""
    return sum(_costed(rows[r]) != (labels.level_name(label) == "成本指标")
               for (start, stop), label in split for r in range(start, stop + 1))


def _kind(name: str) -> str | None:
    return next((kind for kind, pattern in _HINTS if pattern.search(name)), None)


# what a 三级 name says of its 二级 beyond doubt: a rate of acceptance (…验收合格率), not any rate (覆盖率 is set under
# 数量 as often as under 质量)
_STRONG = (("时效", _HINTS[0][1]), ("成本", _HINTS[1][1]),
           ("质量", re.compile(r"(合格|达标|验收|优良|质量)\S{0,2}率?$")),
           ("数量", re.compile(r"(数量|人数|户数|个数|次数|场次|人次|面积|长度|里程)$")))


def label_kind(label: str) -> str | None:
    """The kind a 二级 label names (数量, 质量, 时效, 成本 — 时效 first), or None (a 效益 or 满意度 label)."""
    return next((kind for kind, _ in _HINTS if kind in label), None)


def strong_kind(name: str) -> str | None:
    """What a 三级 name says of its 二级 beyond doubt (…验收合格率: 质量; …保养长度: 数量), or None."""
    n = labels.norm(name)
    return next((kind for kind, pattern in _STRONG if pattern.search(n)), None)


def name_kind(name: str) -> str | None:
    """What a 三级 name says of its 二级 (数量, 质量, 时效, 成本), or None."""
    return _kind(labels.norm(name))


_COST_CAP = re.compile(r"(成本|经费|资金|支出|费用)控制(数|额)$")


def cost_kind(name: str) -> str | None:
    """name_kind, with a cost's cap (旅游宣传推介成本控制数 | ≤110万元) a cost's, not a count's."""
    n = labels.norm(name)
    return "成本" if _COST_CAP.search(n) else _kind(n)


def _level2_mismatch(row: _Row, label: str) -> int:
    name = labels.norm(row.fields.get("name", ""))
    said = _kind(name)
    group = label_kind(label)
    if group is None and said == "成本":  # 户厕改造补助标准 under 生态效益指标: a unit cost is no effect
        return int(labels.implied_level1(label) in ("效益指标", "满意度指标"))
    if group == "质量" and said is None and counted(row.fields.get("value", "")):  # 旅游宣传推介活动 | ≥6次 under 质量指标: a count to reach
        return 1
    if group == "时效" and said != "时效":  # 档案安全事故发生数 | =0起 under 时效指标: nothing of a time in it
        value = parse_value(row.fields.get("value", ""))
        timed = value.kind in ("deadline", "period") or getattr(value, "unit_kind", None) == "duration"
        return int(not timed)
    return int(said is not None and group is not None and said != group)


def counted(text: str) -> bool:
    """A value that is a count to reach (≥6次, ≥200场; not =0起, a count kept down)."""
    value = parse_value(text)
    return getattr(value, "unit_kind", None) == "count" and getattr(value, "op", None) in ("≥", ">") \
        and (getattr(value, "number", None) or 0) > 0


def level2_mismatch(row: _Row, label: str) -> int:
    """How much a row's name and value say it stands under another 二级 than `label` (0: nothing against it)."""
    return _words_and_value(row, label)


def _words_and_value(row: _Row, label: str) -> int:
    """A row's name against its group, and its value beyond doubt three times as much as a label one row off its
    middle (专业扑火队伍人员经费 ≤115.20万元 under 时效指标: the 成本指标 label a row below it, its group's lines
    longer than its rows by a wrapped name, is the row's)."""
    return _level2_mismatch(row, label) + 3 * _value_mismatch(row, label) + _own_level1(row, label)


def _own_level1(row: _Row, label: str) -> int:
    """A row that prints its own 一级 (产出指标 | …完成时间 under 时效指标) is in no group of another 一级's 二级."""
    implied = labels.implied_level1(label)
    own = labels.level_name(row.fields.get("level1", "")) if row.l1_explicit else ""
    return 5 * int(bool(implied and own and labels.is_level1(own) and implied != own))


def _value_mismatch(row: _Row, label: str) -> int:
    """An amount of money (≤205万元) under a group that is not a cost's, or a deadline under one that is not a time
    target's, with a name that says the same (苗木购置费, …完成时间)."""
    group = label_kind(label)
    value = parse_parts(row.fields.get("nature"), row.fields.get("value", ""), row.fields.get("unit"))  # (≤ | 318.40 |
    # 万元: the bound and the unit in columns of their own, 四川; blind 7146)
    said = "成本" if getattr(value, "unit_kind", None) == "money" and getattr(value, "op", None) in ("≤", "<", "=") \
        else "时效" if value.kind == "deadline" else None
    return int(said is not None and group is not None and said != group
               and _kind(labels.norm(row.fields.get("name", ""))) == said)


def _printed_or_spent(row: _Row, label: str) -> int:
    """A row's printed 二级 of another 一级, or an amount spent (a cost's name, at most so much money) under a 效益 or
    满意度 一级."""
    return _printed_level1_mismatch(row, label) \
        + int(labels.level_name(label) in ("效益指标", "满意度指标") and _spent(row))


def _printed_level1_mismatch(row: _Row, label: str) -> int:
    """A row whose own 二级, printed on it, belongs to another 一级 (before any 二级 is carried down)."""
    return _level1_mismatch(row, label) if row.l2_explicit else 0


def _level1_mismatch(row: _Row, label: str) -> int:
    implied = labels.implied_level1(row.fields.get("level2", ""))
    return 5 * int(implied is not None and implied != labels.level_name(label))
