"""Level labels a cell-a-line copy gives after their group's first row. Plain pdftotext writes a merged 二级 cell's
text where its middle falls in reading order: after the first row of a group of two (数量指标 between 奖补项目个数 and
新修村组道路里程), after the only row of a group of one. Read as the head of the row below it, every such label is
a row off: a 质量 row under 数量, a cost under 时效, a beneficiary count under 成本 (written 1611, 1602). Where the
rows' own words and values all fit the labels a row up, and several stand against them as read, the labels move up
a row. A viewer that keeps a row's cells on one line writes the labels at the end of the line they are centred on
(trailing_labels_apart)."""
from __future__ import annotations

import re
from types import SimpleNamespace

from jxcheck.engine.levels import norm
from jxcheck.engine.readers import labels, middle_labels

_AGAINST = 3  # how many rows must stand against their labels as read before the labels move (none may a row up)


def moved_up(out: list[tuple[int, list[str]]], roles: list[str | None]) -> list[tuple[int, list[str]]]:
    """The table's rows with each 二级 label a row up, where that fits the rows' words better; else as they came."""
    if "level2" not in roles or "name" not in roles:
        return out
    l2, name = roles.index("level2"), roles.index("name")
    value = roles.index("value") if "value" in roles else None
    table = [k for k, (_, cells) in enumerate(out)
             if k > 0 and len(cells) == len(roles) and (cells[name] or cells[l2])]  # (out[0]: the column labels)
    rows = [k for k in table if out[k][1][name]]
    labelled = [k for k in table if out[k][1][l2]]
    if len(labelled) < 3 or not rows or labelled[0] <= rows[0]:
        return out  # (a label on or above the first row heads its rows: the copy gives labels before their groups)

    def owner(k: int) -> int:  # the row a label a row up goes to: the last row above it
        return max(r for r in rows if r < k)

    def cost(up: bool) -> int:
        heads = {owner(k) if up else k: out[k][1][l2] for k in labelled}
        label, total = "", 0
        for k in rows:
            label = heads.get(k, label) if up else (out[k][1][l2] or label)
            if not label:
                total += 1  # a row under no 二级 (the first rows, as read)
                continue
            cells = out[k][1]
            row = SimpleNamespace(fields={"name": cells[name], "value": cells[value] if value is not None else ""},
                                  l1_explicit=False, l2_explicit=False)
            total += middle_labels.level2_mismatch(row, label)
        return total

    owners = [owner(k) for k in labelled]
    if len(set(owners)) < len(owners) or cost(True) > 0 or cost(False) < _AGAINST:
        return out  # (two labels for one row; a row a row up would still stand against its label; or few against
        # it as read: as read — other copies centre labels, which the middle-row reading settles)
    moved = [(n, list(cells)) for n, cells in out]
    for k, to in sorted(zip(labelled, owners)):
        above, below = moved[to][1], moved[k][1]
        above[l2], below[l2] = out[k][1][l2], ("" if to != k else below[l2])
        if "level1" in roles:
            l1 = roles.index("level1")
            if out[k][1][l1] and not above[l1]:  # (the row above's own 一级 already moved up a row: blind 5580)
                above[l1], below[l1] = out[k][1][l1], ""
    return moved


def level1_after_first_row(out: list[tuple[int, list[str]]], roles: list[str | None]) -> list[tuple[int, list[str]]]:
    """A copy that gives each 二级 label before its rows but each 一级 label after the first row of its span (Edge:
    社会效益指标 / 民转刑案件发生数 … / 效益指标（30分） / 服务对象满意度指标 / 当事人满意度 … / 满意度指标（10分）;
    blind 5672): read as the head of the row below, a 一级 stands against that row's own 二级 and fits the row above's;
    there it goes (and a last one, alone after the table's last row, to that row). Else the rows as they came."""
    if "level1" not in roles or "level2" not in roles or "name" not in roles:
        return out
    l1, l2, name = roles.index("level1"), roles.index("level2"), roles.index("name")
    moved = [(n, list(cells)) for n, cells in out]
    rows = [k for k, (_, c) in enumerate(moved) if k > 0 and len(c) == len(roles) and c[name]]
    second: dict[int, str] = {}
    current = ""
    for k in rows:
        current = moved[k][1][l2] or current
        second[k] = current

    def implied(k: int) -> str | None:
        return labels.implied_level1(second.get(k, ""))
    changes = []
    for prev, k in zip(rows, rows[1:]):
        label = moved[k][1][l1]
        if label and implied(k) not in (None, labels.level_name(label)) and implied(prev) == labels.level_name(label) \
                and not moved[prev][1][l1]:
            changes.append((prev, k))
    last = rows[-1] if rows else None
    tail = next((k for k, (_, c) in enumerate(moved) if last is not None and k > last and any(c)), None)
    if not changes:
        return out
    for prev, k in changes:
        moved[prev][1][l1], moved[k][1][l1] = moved[k][1][l1], ""
    if tail is not None and last is not None:
        cells = [c.strip() for c in moved[tail][1] if c.strip()]
        if len(cells) == 1 and labels.is_level1(cells[0]) and implied(last) == labels.level_name(cells[0]) \
                and not moved[last][1][l1]:
            moved[last][1][l1] = cells[0]
            moved[tail] = (moved[tail][0], ["" for _ in moved[tail][1]])
    return moved


_FIGURE = re.compile(r"\d+(\.\d+)?")


def side_label_spelled(lines_cells: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A side label a viewer gives a character a line, at the start of consecutive lines (绩 | 一级指标 … / 效 | 产出指标 …
    / 指 | 重点人群签约覆盖率 … / 标 | 质量指标 …, Acrobat; blind 5878): the characters, which spell the table's side
    label, dropped from the lines they begin — each line then read in its own columns."""
    out = [(number, list(cells)) for number, cells in lines_cells]

    def first(k: int) -> str:
        filled = [c.strip() for c in out[k][1] if c.strip()]
        return filled[0] if len(filled) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]", filled[0]) else ""
    k = 0
    while k < len(out):
        run = k
        while run < len(out) and first(run):
            run += 1
        spelled = "".join(first(j) for j in range(k, run))
        if run - k >= 3 and labels.section_label(spelled) == spelled:
            for j in range(k, run):
                cells = out[j][1]
                at = next(i for i, c in enumerate(cells) if c.strip())
                out[j] = (out[j][0], cells[:at] + cells[at + 1:])
        k = max(run, k + 1)
    return out


def level1_last_rotated(lines_cells: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A viewer's row that gives its merged 一级 last, drawn after the row's cells (质量指标 | 快检结果准确率 | ≥95% |
    产出指标, Edge; blind 5884): the 一级 first, where the template prints it — where the row begins with a 二级 that
    implies that 一级, and nothing between is a level's label."""
    out: list[tuple[int, list[str]]] = []
    for number, cells in lines_cells:
        filled = [c.strip() for c in cells if c.strip()]
        if len(filled) >= 4 and labels.known_level(filled[-1]) and labels.known_level(filled[0]) \
                and labels.implied_level1(filled[0]) == labels.level_name(filled[-1]) \
                and not any(labels.known_level(t) for t in filled[1:-1]) \
                and (any(re.search(r"\d|[≥≤=＝<>]", t) for t in filled[1:-1]) or len(filled) == 4):
            out.append((number, [filled[-1], *filled[:-1]]))  # (质量指标 | 非遗项目记录档案质量 | 较好 | 产出指标: a word
            # for its value, blind 6484)
        elif len(filled) == 3 and labels.is_level1(filled[-1]) and labels.known_level(filled[-1]) \
                and labels.level_name(filled[-1]) in ("产出指标", "效益指标", "满意度指标") \
                and not any(labels.known_level(t) or labels.is_level(t) for t in filled[:-1]) \
                and re.search(r"\d|[≥≤=＝<>]", filled[-2]) is not None:
            out.append((number, [filled[-1], "", *filled[:-1]]))  # 更换老化供水管网长度 36公里 产出指标: a target form's
            # row inside its 二级 group, the 一级 drawn after it (blind 6078) — the 一级 first, the 二级's cell empty
            # (carried down); a self-evaluation's rows with their labels last are trailing_labels_apart's
        else:
            out.append((number, cells))
    return out


def header_levels_after(lines_cells: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """An indicator header whose level columns' labels a viewer gives on the next line, after the others (三级指标 |
    年度指标值 | … / 一级指标 | 二级指标, Edge; blind 5898): one header, the levels first, as the template prints it."""
    out: list[tuple[int, list[str]]] = []
    k = 0
    while k < len(lines_cells):
        number, cells = lines_cells[k]
        filled = [c.strip() for c in cells if c.strip()]
        below = [c.strip() for c in lines_cells[k + 1][1] if c.strip()] if k + 1 < len(lines_cells) else []
        fields = [labels.column_field(t) for t in filled]
        if filled and len(below) >= 2 and labels.column_field(filled[-1]) == "reason" \
                and labels.column_field(filled[-1] + below[-1]) == "reason" \
                and labels.column_field(below[-1]) in (None, "reason") and not labels.known_level(below[-1]):
            filled = [*filled[:-1], filled[-1] + below[-1]]  # (… 偏差原因分析及 / 一级指标 改进措施: the last label's
            below = below[:-1]  # end beside the levels' labels, blind 6459)
        given = [labels.column_field(t) for t in below]
        if filled and below and "name" in fields and not set(given) & set(fields) \
                and labels.is_indicator_header([norm(t) for t in filled]) \
                and given in (["level1", "level2"], ["level1"], ["level2"]):  # (二级指标 … / 一级指标: the one missing)
            out.append((number, [*below, *filled]))
            out.append((lines_cells[k + 1][0], []))
            k += 2
            continue
        out.append((number, cells))
        k += 1
    return out


def header_after_rows(lines_cells: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """An indicator header a viewer gives after the table's rows (…rows… / 满意度指标 / 一级指标 二级指标 三级指标 指标值,
    Edge drawing the header last; blind 6424), no header before them: the header put before the first of the rows
    (each a level's label and a name and a value, or a level's label alone), as the template prints it."""
    at = next((k for k, (_, cells) in enumerate(lines_cells)
               if labels.is_indicator_header([norm(c) for c in cells if c.strip()])), None)
    if at is None:
        return lines_cells
    start = at
    rows = 0
    while start > 0:
        filled = [c.strip() for c in lines_cells[start - 1][1] if c.strip()]
        if len(filled) == 1 and labels.known_level(filled[0]):
            start -= 1
        elif len(filled) >= 3 and labels.known_level(filled[0]) and not labels.known_level(filled[-1]):
            start -= 1
            rows += 1
        else:
            break
    if rows < 3:
        return lines_cells
    return [*lines_cells[:start], lines_cells[at], *lines_cells[start:at], *lines_cells[at + 1:]]


def goal_label_last_rotated(lines_cells: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A goal block's header drawn with its side label last (预期目标 | 实际完成情况 | 年度总体目标, Chrome; blind 5749):
    the label first, as the template prints it."""
    out: list[tuple[int, list[str]]] = []
    for number, cells in lines_cells:
        filled = [c.strip() for c in cells if c.strip()]
        if len(filled) >= 2 and labels.goal_term(filled[-1]) is not None and labels.section_label(filled[-1]) \
                and all(labels.goal_column(t) is not None and labels.goal_term(t) is None for t in filled[:-1]):
            out.append((number, [filled[-1], *filled[:-1]]))
        else:
            out.append((number, cells))
    return out


def scores_first_rotated(lines_cells: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A viewer's rows that give the 分值 and 得分 first, in the PDF's drawing order (10 | 8 | 培训后取得职业技能证书比例 |
    ≥60% | 48% | 质量指标; blind 5659): each such row, and a header that leads with 分值 | 得分, put in the template's
    order — the name, its value and result, then the two scores (the labels after them as they came). Only where at
    least three rows of the table have that shape."""
    def scored_first(cells: list[str]) -> bool:
        filled = [c.strip() for c in cells if c.strip()]
        return len(filled) >= 5 and all(_FIGURE.fullmatch(t) for t in filled[:2]) \
            and re.fullmatch(r"[\u4e00-\u9fff（）()、\w]{2,}", filled[2]) is not None and not re.search(r"\d", filled[2]) \
            and not labels.known_level(filled[2]) and labels.row_kind(filled[2]) is None \
            and bool(re.match(r"[≥≤=＝<>＜＞]|\d", filled[3]))
    if sum(1 for _, cells in lines_cells if scored_first(cells)) < 3:
        return lines_cells
    out: list[tuple[int, list[str]]] = []
    for number, cells in lines_cells:
        filled = [c.strip() for c in cells if c.strip()]
        if scored_first(cells):
            out.append((number, [*filled[2:5], *filled[:2], *filled[5:]]))
        elif len(filled) >= 4 and labels.column_field(filled[0]) == "weight" and labels.column_field(filled[1]) == "score" \
                and "actual" in [labels.column_field(t) for t in filled]:
            at = [labels.column_field(t) for t in filled].index("actual") + 1  # 分值 | 得分 | 一级指标 … | 实际完成值 | 偏差…
            out.append((number, [*filled[2:at], *filled[:2], *filled[at:]]))
        else:
            out.append((number, cells))
    return out


def trailing_labels_apart(lines_cells: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A viewer's rows with merged level labels after their last cells (开展医保基金专项检查次数 | ≥5次 | 5次 | 10 | 10 |
    数量指标; … | 社会效益指标 | 效益指标): Chrome writes a merged label's text at the end of the line where the PDF
    centred it, the middle of its group. The groups tile the rows, each centred on its label's row; read so, each
    label goes to the first row of its group, in the level's column, as a typed table has it (blind 5288). Rows whose
    labels do not tile so are left as they came."""
    out = list(lines_cells)
    k = 0
    header: int | None = None  # the header above, where it prints the level columns last (三级指标 | 指标值 | 一级指标 |
    # 二级指标, Edge, blind 5780): put first with the rows' labels, its other columns as they stand (a row's empty
    # 偏差原因 cell gives no text, so the labels after it would fall a column short, blind 6998)
    while k < len(out):
        run = []
        while k < len(out) and _data_row(out[k][1]):
            run.append(k)
            k += 1
        if not run:
            filled = [norm(c) for c in out[k][1] if c.strip()]
            if len(filled) >= 2 and labels.is_indicator_header(filled):
                fields = [labels.column_field(t) for t in filled]
                header = k if "name" in fields and any(f in ("level1", "level2")
                                                        for f in fields[fields.index("name"):]) else None
            k += 1
            continue
        tails = {j: _trailing_levels(out[j][1]) for j in run}
        if sum(1 for t in tails.values() if t) < 3:
            continue
        ones = [(i, t[0]) for i, j in enumerate(run) for t in [[x for x in tails[j] if labels.is_level1(x)]] if t]
        twos = [(i, t[0]) for i, j in enumerate(run) for t in [[x for x in tails[j] if not labels.is_level1(x)]] if t]
        if not twos:
            continue
        heads = _centred_heads(len(run), ones, twos)
        if 0 in dict(twos) and (heads is None or _fit((dict(ones), dict(twos)), len(run)) > _fit(heads, len(run))):
            heads = dict(ones), dict(twos)  # (参保缴费人数 | … | 10 | 10 | 产出指标 | 数量指标: each label at the end of
            # its group's first row, drawn after it — no centring: blind 5749, 5754; where centring would put a
            # 质量指标 under 效益指标, 6998)
        if heads is None:
            continue
        heads1, heads2 = heads
        if header is not None:
            cells = [c.strip() for c in out[header][1] if c.strip()]
            levels = [c for c in cells if labels.column_field(norm(c)) in ("level1", "level2")]
            if [labels.column_field(norm(c)) for c in levels] != ["level1", "level2"]:
                continue
            out[header] = (out[header][0], [*levels, *(c for c in cells if c not in levels)])
            header = None
        for i, j in enumerate(run):
            cells = [c.strip() for c in out[j][1] if c.strip()]
            body = cells[:len(cells) - len(tails[j])]
            out[j] = (out[j][0], [heads1.get(i, ""), heads2.get(i, ""), *body])
    return out


def _centred_heads(n: int, ones: list[tuple[int, str]], twos: list[tuple[int, str]]
                   ) -> tuple[dict[int, str], dict[int, str]] | None:
    """Each group's first row and label, where the labels tile the rows each centred on its group; None otherwise."""
    seconds = _tilings(n, twos)
    if not seconds:
        return None
    tiled = _tilings(n, ones) if ones else [[]]
    pairs = [(second, [t for t in tiled if all(b in {b2 for _, b2, _ in second} for _, b, _ in t)])
             for second in seconds]  # (the 二级 groups' first tiling that the 一级 groups fit: blind 5659)
    second, firsts = next(((s2, f) for s2, f in pairs if f), (seconds[0], []))
    if not firsts:
        return None
    first = max(firsts, key=lambda t: sum(  # (可持续影响指标 under 效益, not 满意度: the 二级 says its 一级)
        1 for a2, _, l2 in second for a1, b1, l1 in t
        if a1 <= a2 <= b1 and labels.implied_level1(l2) == labels.level_name(l1)))
    return {a: label for a, _, label in first}, {a: label for a, _, label in second}


def _fit(heads: tuple[dict[int, str], dict[int, str]], n: int) -> int:
    """How many of n rows read under the groups `heads` start have a 二级 that belongs to their 一级."""
    l1 = l2 = ""
    fit = 0
    for i in range(n):
        l1, l2 = heads[0].get(i, l1), heads[1].get(i, l2)
        fit += int(bool(l1) and labels.implied_level1(l2) == labels.level_name(l1))
    return fit


def _trailing_levels(cells: list[str]) -> list[str]:
    """The level labels after a row's last cell (社会效益指标 | 效益指标), at most two."""
    filled = [c.strip() for c in cells if c.strip()]
    tail: list[str] = []
    while len(filled) > 2 and labels.known_level(filled[-1]) and len(tail) < 2:
        tail.insert(0, filled.pop())
    return tail


def _data_row(cells: list[str]) -> bool:
    """An indicator's row: a name first (no level label), then at least two figures (a self-evaluation's) or one
    value (a target form's: 入河排污口整治数量 | ≥45个 | 产出指标 | 数量指标, blind 6953), no level label before its
    end."""
    filled = [c.strip() for c in cells if c.strip()]
    tails = _trailing_levels(cells)
    body = filled[:len(filled) - len(tails)]
    figures = sum(1 for c in body[1:] if re.search(r"\d", c))
    return (len(body) >= 3 and figures >= 2 or len(body) == 2 and (figures > 0 or len(body[1]) <= 12)) \
        and (not labels.known_level(body[0]) or bool(tails) and not labels.is_level1(body[0])) \
        and not labels.header_label(body[0]) \
        and labels.row_kind(body[0]) is None and not re.match(r"[\d≥≤=＝<>＜＞]", body[0]) \
        and len(re.findall(r"[\u4e00-\u9fff]", body[0])) >= 2 \
        and not any(labels.known_level(c) or labels.header_label(c) for c in body[1:])


def _tilings(n: int, marks: list[tuple[int, str]], most: int = 64) -> list[list[tuple[int, int, str]]]:
    """The ways groups (first, last, label) tile rows 0..n-1, each holding its label's row as its middle (to a row,
    as a page centres a merged cell over rows of unequal height), the nearest to the middle first."""
    found: list[list[tuple[int, int, str]]] = []

    def go(m: int, a: int, chosen: list[tuple[int, int, str]]) -> None:
        if len(found) >= most:
            return
        if m == len(marks):
            if a == n:
                found.append(list(chosen))
            return
        c, label = marks[m]
        if c < a:
            return
        last = m + 1 == len(marks)
        for b in (2 * c - a, 2 * c - a + 1, 2 * c - a - 1):
            if c <= b < n and (b == n - 1 if last else b < marks[m + 1][0]):
                go(m + 1, b + 1, [*chosen, (a, b, label)])
    go(0, 0, [])
    return found
