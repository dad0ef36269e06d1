"""A viewer's copy (Edge, Chrome, Acrobat, Foxit: cells one space apart, no places kept) repaired line by line
before its cells are read: a level label wrapped round its row or over its rows' lines made whole on the row, a
一级's weight printed a line below put back on it, money and funds labels wrapped in their narrow header cells made
whole, a header wrapped round its short labels, a funds note's label joined to its text; and, once the cells are
read, the blank cell a row lacks where a wide gap stands."""
from __future__ import annotations

import re

from jxcheck.engine.levels import norm
from jxcheck.engine.readers import labels
from jxcheck.engine.readers.money_tables import BUDGET_COLUMNS
from jxcheck.engine.readers.spaced import Piece, Line, _goal_label, _header


def _piece(text: str) -> Piece:
    """A piece a repair made (its place in the line no longer known)."""
    return Piece(text, 0, 0, 0, 0)


def _line(number: int, found: list[Piece]) -> Line:
    """A line rebuilt from its pieces, one space apart."""
    return number, found, [" "] * max(len(found) - 1, 0), " ".join(p.text for p in found)


def repaired(lines: list[Line]) -> list[Line]:
    """The lines with every repair below made, in the order each needs the one before."""
    return _tasks_wrapped(_header_wrapped_round(_funds_header_wrapped(_task_money_wrapped(_notes_joined(
        _names_begun_above(_two_rows_on_a_line(_cells_round_rows(_sources_round_amounts(_labels_round_rows(
            _header_tails_below(_side_label_joined(_goal_text_rejoined(lines)))))))))))))


def _side_label_joined(lines: list[Line]) -> list[Line]:
    """A viewer's indicator header that starts with the table's side label wrapped in its narrow cell, its pieces a
    space apart (绩效 指标 一级指标 二级指标 …, Chrome, blind 8017): the label whole, no column of its own."""
    out = list(lines)
    for k, (number, found, _, _) in enumerate(out):
        if len(found) >= 4 and labels.is_indicator_header([norm(p.text) for p in found]) \
                and labels.section_label(found[0].text + found[1].text) \
                and not labels.section_label(found[0].text) and labels.column_field(found[0].text) is None:
            out[k] = _line(number, [_piece(found[0].text + found[1].text), *found[2:]])
    return out


def _header_tails_below(lines: list[Line]) -> list[Line]:
    """A viewer's copy of an indicator header whose labels wrapped in their cells, their ends on the lines below with
    only their own pieces (一级指标 … 年度指标 实际完成 分值 得分 偏差原因 / 值 值 分析及改 / 进措施: Edge, blind
    7024): each piece joined, in order, to the next label it makes whole (年度指标 值: 年度指标值) or carries on (a
    reason's label not yet ended at 措施); the lines below taken only where every piece finds its label."""
    out = list(lines)
    for k in range(len(out) - 1):
        found = out[k][1]
        if len(found) < 3 or not labels.is_indicator_header([norm(p.text) for p in found]):
            continue
        header = [p.text for p in found]
        taken = 0
        for _, below, _, _ in out[k + 1:k + 3]:
            if not below or any(re.search(r"\d|[。，,；;：:]", p.text) or len(p.text) > 6 or labels.known_level(p.text)
                                for p in below):
                break
            made, at = list(header), 0
            for piece in below:
                for parts in ([*piece.text], [piece.text]) if 1 < len(piece.text) <= 3 else ([piece.text],):
                    tried, start = list(made), at  # (值 值: two cells' ends one space apart, read as one label spread
                    for part in parts:  # over its cell: each character its own label's end, where each finds one)
                        at = next((j for j in range(at, len(tried)) if _carries(tried[j], part)), -1)
                        if at < 0:
                            break
                        tried[at] += part
                        at += 1
                    if at >= 0:
                        made = tried
                        break
                    at = start
                else:
                    at = -1
                if at < 0:
                    break
            if at < 0:
                break
            header, taken = made, taken + 1
        if taken:
            out[k] = _line(out[k][0], [_piece(t) for t in header])
            for j in range(k + 1, k + 1 + taken):
                out[j] = (out[j][0], [], [], "")
    return out


def _carries(label: str, piece: str) -> bool:
    """Whether a header label's cell goes on with `piece`: a label no column reads made one (年度指标 值), or a
    reason's label not yet ended (偏差原因 分析及改, 偏差原因分析及改 进措施)."""
    field = labels.column_field(norm(label))
    whole = labels.column_field(norm(label + piece))
    if whole is None or whole == "extra":
        return False
    return field is None or field == "reason" == whole and not norm(label).endswith(("措施", "说明"))


def _goal_text_rejoined(lines: list[Line]) -> list[Line]:
    """A goal's text wrapped in its cell and put on its label's line with a single space at each break, the label
    set off by a wide gap (年度目标   完成…支渠防渗改造18公里，配套 渠系建筑物46座，…新增节 水能力260万立方米…:
    Acrobat, blind 6984): the text one cell. Only where every break falls mid-sentence (not after 。 or ；, not
    before a numbered item) and the label's gap is the widest, so two columns' texts a viewer put one space apart
    stay two."""
    out = list(lines)

    def columns(at: int) -> bool:  # 预期目标 | 实际完成情况 above, or a neighbour of two texts side by side (blind 2354)
        near = [f for _, f, _, _ in out[max(at - 3, 0):at + 2]]
        return any(sum(1 for p in f if labels.goal_column(p.text[:20]) is not None and not _goal_label(p.text)) >= 2
                   for f in near) or any(len(f) >= 2 and all(len(p.text) >= 8 for p in f)
                                         for f in (out[at - 1][1] if at else [], out[at + 1][1] if at + 1 < len(out) else []))

    for k, (number, found, gaps, text) in enumerate(out):
        if len(found) < 3 or not _goal_label(found[0].text) or len(gaps[0]) < 2 \
                or any(g != " " for g in gaps[1:]) or any(labels.goal_column(p.text[:20]) for p in found[1:]) or columns(k):
            continue
        parts = found[1:]
        if all(len(p.text) >= 8 and not re.search(r"[。；;！!]$", p.text) for p in parts[:-1]) \
                and not any(re.match(r"[(（]?[一二三四五六七八九十\d]{1,2}[、.．)）]", p.text) for p in parts[1:]):
            joined = _piece("".join(p.text for p in parts))
            out[k] = (number, [found[0], joined], [gaps[0]], f"{found[0].text}{gaps[0]}{joined.text}")
    return out


_FIGURES = ("value", "actual", "weight", "score")


def _two_rows_on_a_line(lines: list[Line]) -> list[Line]:
    """A tall row's name wrapped over two lines beside a short row's cells (维修养护农村集中供 / 产出指标 数量指标 水工程
    更换维修供水管网长度 ≥45处 ≥38公里: the second visual line carries the name's end, the next row's name, then the
    figures of both): the tall row whole on the first line, its figures the first half; the next row on the second
    line with the rest and the labels printed there."""
    out = list(lines)
    figures = 0  # the indicator header's figure columns after the name (指标值; 年度指标值 实际完成值 分值 得分)
    for k in range(len(out)):
        found = out[k][1]
        if len(found) >= 2 and labels.is_indicator_header([norm(p.text) for p in found]):
            fields = [labels.column_field(norm(p.text)) for p in found]
            figures = sum(1 for f in fields[fields.index("name") + 1:] if f in _FIGURES) if "name" in fields else 0
            continue
        if not figures or k == 0 or not _lone(out[k - 1][1]) or out[k - 1][0] != out[k][0] - 1:
            continue
        lead = _lead(found)
        rest = found[lead:]
        above = out[k - 1][1]
        head = above[_lead(above)].text
        if len(rest) != 2 + 2 * figures or any(_VALUED.match(p.text) for p in rest[:2]) \
                or not all(_VALUED.match(p.text) for p in rest[2:]) or re.search(r"\d|[。；;，,]", head) \
                or head[-1:] in labels.NAME_ENDS or len(rest[0].text) > 6 or re.search(r"[，,、；;。:：]", rest[0].text):
            continue
        values = rest[2:]
        out[k - 1] = _line(out[k - 1][0], [*above[:_lead(above)], _piece(head + rest[0].text), *values[:figures]])
        out[k] = _line(out[k][0], [*found[:lead], rest[1], *values[figures:]])
    return out


def _names_begun_above(lines: list[Line]) -> list[Line]:
    """A row whose name begins on the line above it, beside a label (效益指标（30分） 建立农村公路“路长制”管护机制的乡镇 /
    可持续影响指标 （街道）数量 ≥22个 …: a tall name cell bottom-aligned beside one-line cells): the name whole on the
    row's line; the label stays where it was."""
    out = list(lines)
    for k in range(len(out) - 1):
        above, found = out[k][1], out[k + 1][1]
        if not above or not all(labels.known_level(p.text) or labels.weight_only(p.text) for p in above[:-1]):
            continue
        head = above[-1].text
        at = next((j for j, p in enumerate(found) if not labels.known_level(p.text)), None)
        if len(above) == 1 and (at is None or len(found[at].text) > 3 or len(head) < 6
                                or (head + found[at].text)[-1] not in labels.NAME_ENDS):
            continue  # (不合格食品核查处置 / 率 =100%: a name alone on the line above its row, its last word beside the
            # value — only a word of a few characters that ends the name, Foxit; blind 7187)
        if at is None or at + 1 >= len(found) or len(head) < (6 if len(above) == 1 else 8) or re.search(r"\d|[。；;]", head) \
                or labels.known_level(head) or head[-1] in labels.NAME_ENDS \
                or not re.match(r"[≥≤=＝<>＜＞]?\s*\d", found[at + 1].text) or len(found[at].text) > 8 \
                or not re.match(r"[（(]|[\u4e00-\u9fff]", found[at].text) \
                or {_level_of(p.text) for p in above[:-1]} & {_level_of(p.text) for p in found[:at]} - {None}:
            continue  # (数量指标 开展普法宣传活动场次 / 质量指标 人民调解成功率 ≥96%: a 二级 on each line, two rows — the
            # first with no value, blind 6245)
        whole = _piece(head + found[at].text)
        out[k] = (out[k][0], above[:-1], out[k][2][:-1] if above[:-1] else [], " ".join(p.text for p in above[:-1]))
        out[k + 1] = (out[k][0], [*found[:at], whole, *found[at + 1:]], out[k + 1][2], out[k + 1][3])  # (called
    return out  # by the line its name starts on, as a reviewer calls it)


def _level_of(text: str) -> str | None:
    """Which level a known label is of; None for other text (a weight alone)."""
    if not labels.known_level(text):
        return None
    return "level1" if labels.is_level1(text) else "level2"


def _labels_round_rows(lines: list[Line]) -> list[Line]:
    """A viewer's copy of a narrow level column whose label wraps round the one row it is centred on (可持续影响 /
    修复设施设计使用年限 ≥15年 / 指标; 满意度指标 服务对象满意 / 城区居民满意度 ≥90% … / （10分） 度指标): the label made
    whole on the row's line, after the labels the row carries; what else the two lines hold (a 一级, its weight)
    stays where it was. So too a 一级's weight cut at its bracket or printed a line below, a 二级 and its row's name
    wrapped together, and a 二级 wrapped over its two rows' lines."""
    out = list(lines)

    def label_line(found: list[Piece]) -> bool:
        return all(labels.known_level(p.text) or labels.weight_only(p.text) for p in found)

    def begun_label(text: str) -> bool:  # a level's label cut before its end (社会效益, 服务对象满)
        return labels.cut_level(text) or labels.known_level(text) and not text.endswith("指标")

    for k in range(1, len(out)):  # 产出指标（50 质量指标 … / 分） 草原修复工程验收合格率 …: a 一级's weight cut at its
        above, found = out[k - 1][1], out[k][1]  # bracket, its end on the line below
        if above and found and re.fullmatch(r"\S+指标[（(]\d+", above[0].text) and re.fullmatch(r"\d*分[）)]", found[0].text):
            out[k - 1] = _line(out[k - 1][0], [_piece(above[0].text + found[0].text), *above[1:]])
            out[k] = (out[k][0], found[1:], out[k][2][1:], out[k][3])
    for k in range(1, len(out)):  # 产出指标 农村公路优良中等路率 ≥85% … / （50分） 质量指标: the 一级's weight, printed a
        above, found = out[k - 1][1], out[k][1]  # line below its name, back on it
        if found and labels.weight_only(found[0].text) and above and labels.is_level1(above[0].text) \
                and labels.known_level(above[0].text) and labels.level_weight(above[0].text) is None:
            out[k - 1] = _line(out[k - 1][0], [_piece(above[0].text + found[0].text), *above[1:]])
            out[k] = _line(out[k][0], found[1:]) if len(found) > 1 else (out[k][0], [], [], "")  # ((50分) alone)
    for k in range(len(out) - 2):
        (a_no, a, _, _), (b_no, b, b_gaps, _), (c_no, c, _, _) = out[k], out[k + 1], out[k + 2]
        if not a or not c or not label_line(a[:-1]) or not (labels.cut_level(a[-1].text) or labels.known_level(
                a[-1].text) and not a[-1].text.endswith("指标")):  # (可持续影响 / 指标: a name whole without its end)
            continue
        rest = next((j for j, p in enumerate(c) if not labels.known_level(p.text) and not labels.weight_only(p.text)), None)
        if rest is None or not label_line([p for j, p in enumerate(c) if j != rest]) \
                or not labels.known_level(a[-1].text + c[rest].text):
            continue
        lead = next((j for j, p in enumerate(b) if not labels.known_level(p.text) or j + 1 < len(b) and re.match(
            r"[≥≤=＝<>＜＞]|\d", b[j + 1].text)), len(b))  # (服务对象满意度 ≥90%: a name, its value after it)
        if len(b) - lead < 2 or any(labels.is_level2(p.text) and not labels.is_level1(p.text) for p in b[:lead]):
            continue  # (the line between is no row of its own — a name and its value —, or it carries its 二级)
        whole = _piece(a[-1].text + c[rest].text)
        b2 = [*b[:lead], whole, *b[lead:]]
        out[k] = _line(a_no, a[:-1])
        out[k + 1] = (b_no, b2, [*b_gaps[:lead], " ", *b_gaps[lead:]], out[k + 1][3])  # (its gaps kept: a wide one
        # stands for an empty cell)
        out[k + 2] = _line(c_no, [p for j, p in enumerate(c) if j != rest])
    for k in range(len(out) - 1):  # 效益指标 社会效益 带动脱贫户（含监测户） ≥1500户 … / （30分） 指标 参与茶产业户数: the
        a, c = out[k][1], out[k + 1][1]  # row's 二级 and its name each wrapped, their ends on the line below
        at = next((j for j, p in enumerate(a) if not labels.known_level(p.text) or not p.text.endswith("指标")
                   and not labels.is_level1(p.text)), None)
        tail = next((j for j, p in enumerate(c) if not labels.weight_only(p.text) and not (
            labels.known_level(p.text) and p.text.endswith("指标") and labels.is_level1(p.text))), None)
        if at is None or tail is None or at + 2 >= len(a) or tail + 2 != len(c) or not begun_label(a[at].text) \
                or not labels.known_level(a[at].text + c[tail].text) or re.search(r"\d", c[-1].text) \
                or len(c[-1].text) > 12 or not re.search(r"\d|[≥≤=＝<>]", a[at + 2].text) \
                or not label_line(c[:tail]):
            continue
        label = _piece(a[at].text + c[tail].text)
        if len(a) >= at + 5 and len(a[-1].text) >= 6 and not re.search(r"[。！!]$", a[-1].text) \
                and re.search(r"[，,。；;]", c[-1].text):  # (…下一步加 / （10分） 指标 快验收兑付进度。: the reason's end)
            a2 = [*a[:at], label, *a[at + 1:-1], _piece(a[-1].text + c[-1].text)]
        else:
            a2 = [*a[:at], label, _piece(a[at + 1].text + c[-1].text), *a[at + 2:]]
        out[k] = (out[k][0], a2, out[k][2], out[k][3])
        out[k + 1] = _line(out[k + 1][0], c[:tail])
    for k in range(len(out) - 1):  # 服务对象满意 市场主体满意度 ≥90% / 满意度指标 / 度指标 投诉举报…满意率 ≥92%: a 二级
        a = out[k][1]  # wrapped over its two rows' lines (its 一级 alone between them), or under its one row's line
        at = next((j for j, p in enumerate(a) if not labels.known_level(p.text)), len(a))  # (满意度指标 服务对象满意
        if len(a) - at < 3 or not labels.cut_level(a[at].text):  # 沿线群众满意度 ≥90% … / （10分） 度指标): one label,
            continue  # on the row's line
        for m in (k + 1, k + 2):
            if m >= len(out):
                break
            c = out[m][1]
            rest = next((j for j, p in enumerate(c) if not labels.known_level(p.text) and not labels.weight_only(p.text)),
                        None)
            if rest is not None and labels.known_level(a[at].text + c[rest].text) \
                    and (len(c) - rest >= 3 or rest == len(c) - 1):
                out[k] = _line(out[k][0], [*a[:at], _piece(a[at].text + c[rest].text), *a[at + 1:]])
                out[m] = _line(out[m][0], [p for j, p in enumerate(c) if j != rest])
                break
            if not label_line(c):
                break
    return [line for line in out if line[1]]


_FIELD_ORDER = ("skip", "level1", "level2", "name", "nature", "value", "unit", "actual", "weight", "score", "reason",
                "extra")  # (序号 first, a column no check reads)


def _header_wrapped_round(lines: list[Line]) -> list[Line]:
    """A viewer's copy of an indicator header whose tall labels wrapped round the line of the short ones (实际完成
    偏差原因分析及 / 一级指标 … 年度指标值 分值 得分 / 值 改进措施): one header, each label made whole and put among the
    others in the order such tables give their columns (the copy keeps no places)."""
    out = list(lines)
    k = 1
    while k + 1 < len(out):
        above, found, below = out[k - 1][1], out[k][1], out[k + 1][1]
        if not found or not labels.is_indicator_header([norm(p.text) for p in found]) or not above \
                or len(above) != len(below) or labels.is_indicator_header([norm(p.text) for p in above]) \
                or any(re.search(r"\d|[。，,；;：:]", p.text) or len(p.text) > 8 for p in [*above, *below]):
            # (not 服务。, a goal's last line above the header: blind 5862)
            k += 1
            continue
        made = [_piece(a.text + b.text) for a, b in zip(above, below)]
        if not all(labels.column_field(p.text) in _FIELD_ORDER for p in made) or all(
                labels.column_field(a.text) == labels.column_field(m.text) for a, m in zip(above, made)):
            k += 1
            continue
        def rank(p: Piece) -> int:
            return _FIELD_ORDER.index(field if (field := labels.column_field(p.text)) in _FIELD_ORDER else "extra")
        header = list(found)  # (the line's own labels in the copy's order — 年度指标值 分值 实际完成值 得分 as printed —
        for piece in sorted(made, key=rank):  # each made label before the first whose place comes after its own)
            at = next((j for j, p in enumerate(header) if rank(p) > rank(piece)), len(header))
            header.insert(at, piece)
        out[k - 1:k + 2] = [_line(out[k][0], header)]
        k += 1
    return out


_MONEY_LABELS = tuple(BUDGET_COLUMNS)  # 总额, 合计, 财政拨款, 其他资金
_TASK_HEAD = re.compile(r"(任务名称|主要内容|任务内容|预算金额)")


def _task_money_wrapped(lines: list[Line]) -> list[Line]:
    """A viewer's copy of a task table whose money labels wrapped in their narrow columns over the header's lines
    (任务名称 主要内容 预算金额（万元） / 财政拨 其他资 / 总额 / 款 金; or 财政 其他 ending the header's own line): the
    pieces that make the labels whole, put as one line of labels under the header — 总额 first where it stood alone
    (a one-line cell centred beside two-line ones), then the wrapped labels in their order."""
    out = list(lines)
    for k, (number, found, _, _) in enumerate(out):
        if not any(norm(p.text).startswith(("任务名称", "主要内容", "任务内容")) for p in found):
            continue
        own = len(found)
        while own > 1 and _money_piece(found[own - 1].text) and not _TASK_HEAD.match(norm(found[own - 1].text)):
            own -= 1
        parts = [[p.text for p in found[own:]]] if own < len(found) else []
        stop = k + 1
        while stop < len(out) and stop <= k + 3 and out[stop][3].split() \
                and all(_money_piece(t) for t in out[stop][3].split()):
            parts.append(out[stop][3].split())  # (款 金: one-character pieces a label spread would join)
            stop += 1
        alone = [t for part in parts if len(part) == 1 and norm(part[0]) in _MONEY_LABELS for t in part]
        cut = [part for part in parts if not (len(part) == 1 and norm(part[0]) in _MONEY_LABELS)]
        if len(cut) != 2 or len(cut[0]) != len(cut[1]) or len(alone) > 1:
            continue
        wrapped = [a + b for a, b in zip(*cut)]
        if not all(norm(t) in _MONEY_LABELS for t in wrapped):
            continue
        labels_ = [*alone, *wrapped]
        head = found[:own]
        out[k] = _line(number, head)
        out[k + 1:stop] = [_line(out[k + 1][0], [_piece(t) for t in labels_])]
        break
    return out


_FUNDS_LABELS = ("年初预算数", "全年预算数", "全年执行数", "调整后预算数", "预算执行数", "年初预算", "全年预算", "预算数",
                 "执行数", "分值", "执行率", "预算执行率", "得分")


def _funds_header_wrapped(lines: list[Line]) -> list[Line]:
    """A viewer's copy of a funds header whose labels wrapped in their narrow columns (年度预算 年初预 全年预 全年执 /
    分值 执行率 得分 / （万元） 算数 算数 行数, or the one-line labels on the first line): one line of whole labels — the
    side label and its unit, the wrapped labels made whole, then the one-line labels."""
    out = list(lines)
    for k, (number, top, _, _) in enumerate(out):
        texts = [norm(p.text) for p in top]
        cut = [j for j, t in enumerate(texts) if len(t) >= 2 and t not in _FUNDS_LABELS
               and any(label.startswith(t) for label in _FUNDS_LABELS)]
        if len(cut) < 2 or cut != list(range(cut[0], cut[0] + len(cut))) \
                or not all(t in _FUNDS_LABELS for t in texts[cut[-1] + 1:]):
            continue
        whole = texts[cut[-1] + 1:]
        side_mid: list[str] = []
        m = k + 1
        while m < len(out) and m <= k + 2 and out[m][1] and all(
                norm(p.text) in _FUNDS_LABELS or j == 0 and labels.funds_side(p.text) for j, p in enumerate(out[m][1])) \
                and not (m > k + 1 and len(out[m][1]) == len(cut)
                         and all(texts[j] + norm(p.text) in _FUNDS_LABELS for j, p in zip(cut, out[m][1]))):
            # (预算数 预算数 执行数 under 年初 全年 全年: the labels' ends, though each is a label too)
            for p in out[m][1]:  # (分值 执行率 得分: one-line cells centred between the lines; 年度预算 beside them,
                (whole if norm(p.text) in _FUNDS_LABELS else side_mid).append(norm(p.text))  # the side label's)
            m += 1
        if m >= len(out):
            continue
        bottom = [norm(p.text) for p in out[m][1]]
        side_rest = bottom[:len(bottom) - len(cut)]
        ends = bottom[len(bottom) - len(cut):]
        made = [texts[j] + end for j, end in zip(cut, ends)]
        if len(bottom) < len(cut) or len(side_rest) > 1 or not all(t in _FUNDS_LABELS for t in made):
            continue
        side = "".join(texts[:cut[0]]) + "".join(side_mid) + "".join(side_rest)
        labels_ = ([side] if side else []) + made + whole
        out[k] = _line(number, [_piece(t) for t in labels_])
        del out[k + 1:m + 1]
        break
    return out


def _money_piece(text: str) -> bool:
    """A piece of a money label wrapped in its column (财政拨, 款, 其他, 资金, 总额): no figure, a few characters."""
    t = norm(text)
    return 1 <= len(t) <= 4 and not re.search(r"\d", t) and any(t in label for label in _MONEY_LABELS)


def _notes_joined(lines: list[Line]) -> list[Line]:
    """A funds block's note label alone on its line, its text on the next (预算调整说明 / 年中追加…万元。): one line,
    the label and its text."""
    out = list(lines)
    joined: set[int] = set()  # the lines whose text went onto the label's
    for k in range(len(out) - 1):
        (number, found, _, _), (_, below, _, text) = out[k], out[k + 1]
        if len(found) == 1 and labels.NOTE_LABEL.search(norm(found[0].text)) and len(found[0].text) <= 10 \
                and re.search(r"调整|执行|偏差|原因", found[0].text) and below and len(text.strip()) >= 10 \
                and re.search(r"[，,。；;]|万元", text) and labels.goal_column(below[0].text) is None \
                and not any(re.fullmatch(r"-?\d[\d,]*(\.\d+)?%?", p.text) for p in below):
            label, said = found[0], _piece(text.strip())
            out[k] = (number, [label, said], ["   "], f"{label.text}   {said.text}")
            out[k + 1] = (out[k + 1][0], [], [], "")
            joined.add(k + 1)
    return [line for k, line in enumerate(out) if k not in joined]


_NUMBER_CELL = re.compile(r"\d+(\.\d+)?")
_VALUED = re.compile(r"[≥≤=＝<>＞＜≧≦]\s*\d|\d[\d.,]*\s*[%‰]?[\u4e00-\u9fff/·]{0,6}$|\d{4}年")  # a value, an
# amount, a score (not 65岁及以上老年人健康管, a name that starts with a figure)


def _lead(found: list[Piece]) -> int:
    """How many pieces at a line's start are level labels or their weights."""
    n = 0
    while n < len(found) and (labels.known_level(found[n].text) or labels.weight_only(found[n].text)):
        n += 1
    return n


def _lone(found: list[Piece]) -> bool:
    """A line of one text piece (its labels aside): no label, field, total, page number or table header."""
    rest = found[_lead(found):]
    if len(rest) != 1:
        return False
    text = rest[0].text
    return not re.search(r"[:：]", text) and not re.fullmatch(r"(合计|总计|总分|小计).*", norm(text)) \
        and not labels.PAGE_NUMBER.fullmatch(text) and not labels.section_label(text) \
        and labels.header_label(text[:20]) is None and labels.column_field(norm(text)) is None


def _sources_round_amounts(lines: list[Line]) -> list[Line]:
    """A funds source's label wrapped round its amount alone on the middle line (项目资金 其中：中央 / 400.00 /
    （万元） 衔接资金): the label whole with its amount on its first line; the side label's pieces stay."""
    out = list(lines)
    for k in range(len(out) - 2):
        first, middle, last = out[k][1], out[k + 1][1], out[k + 2][1]
        if first and last and len(middle) == 1 and re.fullmatch(r"-?\d[\d,]*\.\d+", middle[0].text) \
                and labels.source_begun(first[-1].text) and labels.SOURCE_END.fullmatch(last[-1].text):
            out[k] = _line(out[k][0], [*first[:-1], _piece(first[-1].text + last[-1].text), middle[0]])
            out[k + 1] = (out[k + 1][0], [], [], "")
            out[k + 2] = _line(out[k + 2][0], last[:-1]) if len(last) > 1 else (out[k + 2][0], [], [], "")
    return out


def _name_end(text: str) -> bool:
    """A short piece that ends as a name ends (生活补助人数): a name's wrapped end, no note's."""
    return len(text) <= 8 and text[-1:] in labels.NAME_ENDS and not re.search(r"[，,、；;。:：\d]", text)


def _cells_round_rows(lines: list[Line]) -> list[Line]:
    """A viewer's copy of an indicator table whose cells are centred down their rows: where a row's last text cell
    (指标值说明, 偏差原因) wraps, its pieces stand on the lines above and below the row's line — the name and value
    between the two pieces of a note, or on the middle of three — and where a name wraps, its pieces stand round
    its value alone (处治急弯陡坡、临水临崖等隐患 / ≥95处 / 路段数量). The cell made whole on the row's line; the labels
    those lines carry stay where they were."""
    out: list[Line] = []
    inside = tall = False  # inside an indicator table; its last column a text (a note, a reason)
    k = 0
    while k < len(lines):
        number, found, gaps, text = lines[k]
        if found and len(found) >= 2 and labels.is_indicator_header([norm(p.text) for p in found]):
            inside = True
            tall = labels.column_field(norm(found[-1].text)) in ("extra", "reason") or norm(found[-1].text) == "备注"
            out.append(lines[k])
            k += 1
            continue
        if found and (re.search(r"[:：]", found[0].text) or re.fullmatch(r"(合计|总计|总分)", norm(found[0].text))):
            inside = tall = False  # (the sign-off, the total: the table has ended)
        lead = _lead(found)
        row = found[lead:]
        above = out[-1][1] if out else []
        below = lines[k + 1][1] if k + 1 < len(lines) else []
        if not inside or len(row) < 1 or not _lone(above) or not _lone(below) or out[-1][0] != number - 1 \
                or lines[k + 1][0] != number + 1:
            out.append(lines[k])
            k += 1
            continue
        before = out[-2][1] if len(out) > 1 else []
        after = lines[k + 2][1] if k + 2 < len(lines) else []
        rest = after[_lead(after):]
        if _lone(before) or _lone(after) or rest and _VALUED.match(rest[0].text) \
                or before and not _VALUED.match(before[-1].text) and not re.search(r"[。；;！!]$", before[-1].text) \
                and any(_VALUED.match(p.text) for p in before[_lead(before):-1]):  # (…尚 / 未落实到村: the row
            # above's reason goes on)
            out.append(lines[k])  # (a piece on the line above the first, or a value below the last: the pieces are
            k += 1  # a name's wrapped over two lines, its value on the next — no cell centred on this row)
            continue
        head, tail = above[_lead(above)], below[_lead(below)]
        if _VALUED.match(row[0].text) and not _VALUED.match(head.text) and not _VALUED.match(tail.text) \
                and re.search(r"[\u4e00-\u9fff]$", head.text) and len(row) <= 6:
            joined = [*found[:lead], _piece(head.text + tail.text), *row]  # a name round its value
        elif tall and len(row) >= 2 and _VALUED.match(row[1].text) and not _VALUED.match(head.text) \
                and not re.search(r"[。！!]$", head.text) and not _name_end(head.text) and not _name_end(tail.text) \
                and (len(head.text) >= 6 or re.search(r"[，,、；;（(]", head.text)):  # (里程 alone above a row: the end of
            # the name above, no note's first line)
            if _VALUED.match(row[-1].text) or re.fullmatch(r"[\d.%]+", row[-1].text):
                joined = [*found, _piece(head.text + tail.text)]  # a note round its row, the row's cells between
            elif len(row) >= 3 and not re.search(r"[。！!]$", row[-1].text):
                joined = [*found[:-1], _piece(head.text + row[-1].text + tail.text)]  # … its middle piece on it
            else:
                out.append(lines[k])
                k += 1
                continue
        else:
            out.append(lines[k])
            k += 1
            continue
        kept = above[:_lead(above)]
        named = _VALUED.match(row[0].text) is not None  # (a row whose name wrapped round its value: at the name's start)
        out[-1] = _line(out[-1][0], kept) if kept else (out[-1][0], [], [], "")
        if named and not kept:
            out[-1] = _line(out[-1][0], joined)
            out.append((number, [], [], ""))
        else:
            out.append(_line(number, joined))
        kept = below[:_lead(below)]
        out.append(_line(lines[k + 1][0], kept) if kept else (lines[k + 1][0], [], [], ""))
        k += 2
    return out


def reason_rejoined(cells: list[str], fields: list[str | None]) -> list[str]:
    """A viewer's row whose last column, the reason, wrapped and came out as two texts a space apart after the points
    (… 10 7.5   培训基地改造，第四季度培训 顺延至2024年一季度。, Acrobat): one reason again."""
    if not fields or fields[-1] != "reason" or "score" not in fields:
        return cells
    last = max((j for j, c in enumerate(cells) if _NUMBER_CELL.fullmatch(c)), default=None)
    tail = cells[last + 1:] if last is not None else []
    if last is None or len(tail) < 2 or any(_NUMBER_CELL.fullmatch(c) or labels.known_level(c) for c in tail) \
            or not re.search(r"[，,。；;]", "".join(tail)) or not (re.search(r"[。；;！!]$", tail[-1].strip())
                                                                   or len("".join(tail)) >= 16
                                                                   and tail[-1].strip()[-1:] not in labels.NAME_ENDS):
        return cells  # (…岗位激励 师流失率: a name's wrapped end after the reason, no sentence's end — blind 5555; 部分偏远…
    # 接受 康复不便，下年度增加上门 康复服务频次: a long reason with its clauses, stopped at no full stop, blind 8063)
    return [*cells[:last + 1], "".join(t.strip() for t in tail)]


def blank_at_wide_gap(cells: list[str], gaps: list[str], fields: list[str | None]) -> list[str]:
    """A viewer's row one cell short between its name and its points, a run of three spaces or more where the missing
    cell stands (医保基金当年收支平衡   收支平衡，略有结余 10 10: the 年度指标值 left empty): the blank put there."""
    if len(cells) != len(gaps) + 1 or "name" not in fields:
        return cells
    wide = [j for j, g in enumerate(gaps) if len(g) >= 3 and g.strip(" \u3000") == ""]
    lead = next((j for j, c in enumerate(cells) if not labels.known_level(c) and not labels.weight_only(c)), len(cells))
    start = fields.index("name")
    stop = next((j for j in range(start, len(fields)) if fields[j] in ("weight", "score")), None)
    most = sum(1 for f in fields[start:] if f in ("weight", "score"))
    points = 0
    while points < min(most, len(cells) - lead) and _NUMBER_CELL.fullmatch(cells[len(cells) - 1 - points]):
        points += 1
    if len(wide) != 1 or points != most or stop is None or not lead <= wide[0] < len(cells) - points - 1:
        return cells
    if len(cells) - lead - points - 1 != stop - start - 2:
        return cells  # (the cells between the name and the points are all there, or more than one is missing)
    return [*cells[:wide[0] + 1], "", *cells[wide[0] + 1:]]


_TASK_SIDE = re.compile(r"年度主要任务|年度|主要|任务|年|度|主|要|任|务")  # the task table's side label, or a piece of it
_AMOUNT = re.compile(r"-?\d[\d,]*(\.\d+)?|[—–\-/]+")


def _task_parts(found: list[Piece]) -> tuple[list[Piece], list[Piece], list[Piece]]:
    """A task table's line as its side-label pieces, its text pieces and its amounts."""
    k = 0
    while k < len(found) and _TASK_SIDE.fullmatch(found[k].text):
        k += 1
    m = len(found)
    while m > k and _AMOUNT.fullmatch(found[m - 1].text):
        m -= 1
    return found[:k], found[k:m], found[m:]


def _tasks_wrapped(lines: list[Line]) -> list[Line]:
    """A viewer's copy of a task table whose cells wrap: a task's 主要内容 carried on alone on the next line (top-aligned
    cells: …开展老年人、 / 慢性病患者等重点人群健康管理), or standing above and below the line of its task's name and
    amounts (cells centred down the row) — made whole on the task's line; the side label's pieces stay on their lines."""
    out = list(lines)
    inside = False
    k = 0
    while k < len(out):
        found = out[k][1]
        texts = [norm(p.text) for p in found]
        if found and _header(found):
            inside = any(re.match(r"(任务名称|主要内容|任务内容|年度任务)", t) for t in texts) \
                and not labels.is_indicator_header(texts) and not any(t in _FUNDS_LABELS for t in texts)
            k += 1
            continue
        if not inside or not found:
            k += 1
            continue
        if re.match(r"(金额)?合计|总计", texts[0]) or labels.goal_term(texts[0]) is not None:
            inside = False
            k += 1
            continue
        side, words, amounts = _task_parts(found)
        below = out[k + 1][1] if k + 1 < len(out) else []
        b_side, b_words, b_amounts = _task_parts(below)
        after = out[k + 2][1] if k + 2 < len(out) else []
        a_side, a_words, a_amounts = _task_parts(after)
        beyond = _task_parts(out[k + 3][1]) if k + 3 < len(out) else ([], [], [])
        centred = len(a_words) == 1 and bool(a_amounts) and len(beyond[1]) == 1 and not beyond[2]  # (the lone line
        # the first piece of the next task's cell, centred round its line)
        if len(words) == 2 and amounts and len(b_words) == 1 and not b_amounts and out[k + 1][0] == out[k][0] + 1 \
                and (not after or a_amounts or not a_words or re.match(r"(金额)?合计", a_words[0].text)) \
                and not re.search(r"[。；;]$", words[1].text) and not centred:
            content = _piece(words[1].text + b_words[0].text)  # (top-aligned: the content's rest on the next line)
            out[k] = _line(out[k][0], [*side, words[0], content, *amounts])
            out[k + 1] = _line(out[k + 1][0], b_side) if b_side else (out[k + 1][0], [], [], "")
            k += 2
            continue
        above = out[k - 1][1] if k else []
        p_side, p_words, p_amounts = _task_parts(above)
        if len(words) == 1 and amounts and len(p_words) == 1 and not p_amounts and len(b_words) == 1 \
                and not b_amounts and out[k - 1][0] == out[k][0] - 1 and out[k + 1][0] == out[k][0] + 1 \
                and not _header(above):
            head, tail = p_words[0].text, b_words[0].text
            if len(words[0].text) > max(len(head), len(tail)):  # a name round its content and amounts
                cells = [_piece(head + tail), words[0]]
            else:  # a content round its name and amounts
                cells = [words[0], _piece(head + tail)]
            out[k - 1] = _line(out[k - 1][0], p_side) if p_side else (out[k - 1][0], [], [], "")
            out[k] = _line(out[k][0], [*side, *cells, *amounts])
            out[k + 1] = _line(out[k + 1][0], b_side) if b_side else (out[k + 1][0], [], [], "")
            k += 2
            continue
        k += 1
    return out

