"""A table copied out of a PDF, read with doubt where the copy shows its cells were cut.

Text copied out of a PDF (readers.text.COPY_*) has lost the table's ruling: a cell wrapped over lines, a label
centred down its block, a value beside the middle line of its name. Where the reading shows such a cut — a row read
with no value or no name, a name that is a fragment or a value, a 二级 with nothing under it, a row that fits
nowhere, a 二级 under another's 一级 — the reader is not sure of that part of the table. A reviewer holding the
PDF sees whole cells there. So on such a copy jxcheck does not report those shapes as the form's defects, does not
judge the rows beside them, nor run the checks that need every row read right (`requires: [certain]`); it says
once which lines it could not read for certain (FORM-03, case copied), so that a person checks them against the
PDF. A file typed, or saved by an office program, is read as it is: its empty cell is empty.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from typing import Callable, NamedTuple

from jxcheck.engine.findings import Finding
from jxcheck.engine.model import Form, FundLine, Indicator
from jxcheck.engine.readers import labels
from jxcheck.engine.readers.money_tables import UNIT_ONLY, source_label
from jxcheck.engine.readers.text import COPY_CELLS, COPY_LAID, COPY_SPACED, COPY_WORD
from jxcheck.engine.values.types import Qualitative, Quantity

# findings that, on a copy, show where the reading went wrong rather than what the form lacks
_SIGN_RULES = {"STR-02", "STR-04", "STR-05", "STR-06", "VAL-01", "FORM-03"}
# a value or an amount where a name should be (≥90%, 4.10万元, 3个): a cell's wrapped part
_NOT_A_NAME = re.compile(r"[≥≤=＝<>＜＞≧≦]|\d+(\.\d+)?\s*([万亿千]?[\u4e00-\u9fff]{0,2}|%|％|‰)$")
# …提高利用量。, 第四季度…调整，部分推文延后发布；… with no value: a wrapped reason's or goal's lines
_SENTENCE_END = re.compile(r"[。；;]$|^.{8,}[，,；;。].{4,}")
# a label's weight or its open bracket where a name should be (（10分）, 30分）化利用点, 效益指标（): a side label's piece
_LABEL_IN_FIGURE = re.compile(r"[≥≤=＝<>＞＜]?\s*\d+(\.\d+)?\s*[%％]?\s*[\u4e00-\u9fff]{0,4}指标")
_UNIT_IN_NAME = re.compile(r"个工作日?$|[\u4e00-\u9fff]工作日$")
_WEIGHT_PIECE = re.compile(r"^[（(]?\s*\d+(\.\d+)?\s*分\s*[)）]|[（(]$")
_COMPARATOR_CELL = re.compile(r"[≥≤=＝<>＞＜≧≦]|大于等于|小于等于")
BESIDE = 3  # lines between an empty cell and a cut that make the empty cell part of the cut
_SAYS = re.compile(r"[0-9A-Za-z\u4e00-\u9fff*＊%％/／]")  # a value cell that holds something (a placeholder too)
NEAR = 1  # physical lines either side of a sign whose rows are not judged


class Signs(NamedTuple):
    """What a copy's reading shows of its cut cells, as physical lines."""
    cuts: frozenset[int] = frozenset()  # a row that fits nowhere, a fragment or a value for a name: the table in doubt
    empty: frozenset[int] = frozenset()  # a row with no value or one the grammar cannot read
    groups: frozenset[int] = frozenset()  # a 二级 with nothing under it
    levels: frozenset[int] = frozenset()  # a row read whole whose 一级 or 二级 could not be placed

    def lines(self) -> list[int]:
        return sorted(self.cuts | self.empty | self.groups | self.levels)

    def whole(self) -> bool:
        """Whether the table is in doubt as a whole: a cut, a row without its levels, or two rows that look cut
        (one empty value alone may be the form's; two on a copy are, nearly always, its reading's)."""
        return bool(self.cuts or self.levels) or len(self.empty | self.groups) >= 2


def read_signs(form: Form) -> Signs:
    """Where a copy's reading shows a cut cell (nothing for a file that is not a PDF copy). A row that fits
    nowhere, a value with no name, a name that is a fragment or a value, a 二级 that is part of a level's name:
    each is a cut. A row with no value, or one the grammar cannot read, and a 二级 with nothing under it, look cut:
    on a copy they nearly always are — the value went to a line beside it, the 二级 is a merged label printed on
    the middle line of its span with its rows read into the groups beside it (the blind sets judged 98 of 104
    such empty values and 44 of 46 such empty 二级 false). A WPS export's empty name cell, which it joined back
    from cut cells, is a cut only beside another. A row read whole whose 一级 or 二级 could not be placed is a cut
    whose value alone still speaks (a placeholder, a deadline past the year: _VALUE_ONLY)."""
    if not form.meta.copied:
        return Signs()
    known = form.__dict__.get("_signs")  # (asked once per rule that needs every row: computed once per form)
    if known is not None:
        return known
    seen = _read_signs(form)
    form.__dict__["_signs"] = seen
    return seen


def _read_signs(form: Form) -> Signs:
    cuts: set[int] = set()
    empty: set[int] = set()
    nameless: set[int] = set()
    cuts.update(loc.line for loc, _content, case in form.unplaced if case == "" and loc.line)
    unplaced = {loc.line for loc, _content, case in form.unplaced if case == "levels" and loc.line}
    groups = {loc.line for _l1, level2, loc, _block in form.empty_groups if loc.line and labels.known_level(level2)}
    cuts.update(loc.line for _l1, level2, loc, _block in form.empty_groups
                if loc.line and not labels.known_level(level2))
    valued = "value" in form.meta.columns
    rows_at = {i.location.line for i in form.indicators if i.location.line}
    top_weight = max((i.weight for i in form.indicators if i.weight is not None), default=None)
    costed = any(labels.level_name(i.level2 or "") in ("成本指标", "经济成本指标") for i in form.indicators)
    for i in form.indicators:
        name, line = i.name.strip(), i.location.line
        if not line:
            continue
        blank = not _SAYS.search(i.raw)  # (。 alone: a wrapped sentence's end where the value should be)
        if not name and form.meta.copied == COPY_WORD:
            nameless.add(line)
        elif len(name) <= 1 or name == "指标" or name.endswith("指") or _fragment(i) or _NOT_A_NAME.match(name) \
                or _WEIGHT_PIECE.search(name) or (len(name) == 2 or _SENTENCE_END.search(name)) and blank \
                or blank and any(labels.known_level(name + tail) for tail in ("标", "指标", "度指标")):
            # (间 of …完成时 / 间: a name's last character; 工期 | ≤8个月 is a name; 可持续影响指 / 标, 社会效益 / 指标:
            # a level's name cut; 达成年度指 / 标: a word cut; …服务差 / 距: a name's last character for its value)
            cuts.add(line)
        elif _LABEL_IN_FIGURE.fullmatch((i.actual or "").strip()) or _LABEL_IN_FIGURE.fullmatch(i.raw.strip()) \
                or _UNIT_IN_NAME.search(name) \
                or i.score is not None and i.weight is None and top_weight is not None and i.score > top_weight:
            cuts.add(line)  # 10 | 10意度指标: a label's piece run into a figure; …服务费拨付个工作: a value's unit in the
            # name; a score with no weight, above every row's weight: the row's cells a column off (blind 2518, 1139)
        elif valued and (blank or getattr(i.value, "kind", None) == "invalid") \
                and not (form.meta.copied == COPY_WORD and blank and line + 1 not in rows_at):
            empty.add(line)  # (a PDF-to-Word export keeps its table's cells: an empty value cell with no row on the
            # line below, which a cut would have moved the cell's rest onto, is empty)
        if costed and form.meta.copied != COPY_WORD and _spent_astray(i):
            cuts.add(line)  # 体育场馆免费低收费开放经费 | ≤60.00万元 under 社会效益指标, the form's 成本指标 rows beside it:
            # a cost row the copy's centred labels put in the next group (blind 7732) — its level not read for certain
    empty -= _own_empties(form, empty)
    groups -= _own_empty_group(form, groups)
    ordered = sorted(cuts)
    beside = {line for line in nameless | empty | groups if _within(ordered, line, BESIDE)}
    cuts |= beside  # (beside a cut, each is part of it)
    return Signs(frozenset(cuts), frozenset(empty - beside), frozenset(groups - beside), frozenset(unplaced - cuts))


def _own_empty_group(form: Form, groups: set[int]) -> set[int]:
    """The one empty 二级 of a copy a cell a line that is the form's own: its 一级's last group, the next row under
    another 一级 or none (…社会效益指标 rows / 生态效益指标 / 满意度指标 / …, Chrome: a template's group left empty —
    blind 8244, 6055). A copy a cell a line keeps each label in its place in the reading order; two empty groups or
    one mid-一级 are a label read out of its place, as the blind sets judged them."""
    if form.meta.copied != COPY_CELLS or len(groups) != 1:
        return set()
    line = next(iter(groups))
    level1 = next((labels.level_name(l1) for l1, _l2, loc, _b in form.empty_groups if loc.line == line), "")
    rows = sorted((i for i in form.indicators if i.location.line), key=lambda i: i.location.line or 0)
    before = [i for i in rows if (i.location.line or 0) < line]
    after = [i for i in rows if (i.location.line or 0) > line]
    if not level1 or not before or labels.level_name(before[-1].level1) != level1:
        return set()
    return groups if not after or labels.level_name(after[0].level1) != level1 else set()


def _own_empties(form: Form, empty: set[int]) -> set[int]:
    """The empty values among `empty` that are the form's own, not its copy's: a row whose name ends as a name ends
    (…数, …率, …数量), the last of its group with the next group's row or label right below it, and nothing above it
    that it could continue — the row before it has its value, and (a copy a line per visual line) a name of its own
    that ends as a name ends, or another group. Its value had nowhere to go: 奖励扶助资金发放准确率 between
    …建档率 ≥90% and 时效指标 …; 受益农户数 between ≥50公斤 / 社会效益指标 and 生态效益指标 of a copy a cell a line.
    (…监测户种 ≥800户 / 植脱毒种薯户数: the row above's name is cut, the row below it is its rest.)"""
    if not empty:
        return set()
    rows = sorted((i for i in form.indicators if i.location.line), key=lambda i: i.location.line or 0)
    by_cell = form.meta.copied == COPY_CELLS  # (a cell a line: a row's value on its own line, labels on theirs)
    laid_out = form.meta.copied == COPY_LAID  # (pdftotext -layout: cells in their columns)
    own = set()
    for k, i in enumerate(rows):
        line, name = i.location.line or 0, i.name.strip()
        if line in empty and not _SAYS.search(i.raw) and len(name) >= 4 and i.unit_cell and i.actual \
                and (i.weight is not None or i.score is not None) and _COMPARATOR_CELL.fullmatch(i.nature or ""):
            own.add(line)  # 法治宣传活动场次 | ≥ | | 场 | 46 | 10 | 10: every cell around the value read, in its column
            continue
        if line in empty and form.meta.copied == COPY_SPACED and not _SAYS.search(i.raw) and len(name) >= 4 \
                and _SAYS.search(i.actual or "") and i.weight is not None and i.score is not None \
                and not _fragment(i) and k + 1 < len(rows) and (rows[k + 1].location.line or 0) > line:
            own.add(line)  # 医保基金当年收支平衡   收支平衡，略有结余 10 10: a viewer's row whose result and points are
            continue  # read beside its empty value (a wide gap where the value stands) — the value was left empty
        if line in empty and by_cell and not _SAYS.search(i.raw) and _whole_name(name) \
                and _SAYS.search(i.actual or "") and i.weight is not None and i.score is not None:
            own.add(line)  # 地质灾害隐患点监测数量 / 326处 / 10 / 10: a cell a line, the result and both points read after
            continue  # the name in their columns — the target's cell gave no line: empty
        if line in empty and not _SAYS.search(i.raw) and i.unit_cell and _COMPARATOR_CELL.fullmatch(i.nature or "") \
                and (by_cell or form.meta.copied == COPY_SPACED) and len(name) >= 4 and not _fragment(i) \
                and not _NOT_A_NAME.match(name):
            own.add(line)  # 带动茶农户数 / ≥ / 户 / 含脱贫户及监测户: a cell a line, the comparator and the unit each on
            continue  # theirs and no line between them — the value cell gave none: empty (推广主导品种 ≥ 个: so, one
            # space apart)
        if line in empty and form.meta.copied == COPY_SPACED and re.fullmatch(r"\s*[≥≤=＝<>＞＜]\s*", i.raw or "") \
                and len(name) >= 4 and k + 1 < len(rows) and (rows[k + 1].location.line or 0) == line + 1 \
                and _SAYS.search(rows[k + 1].raw) and rows[k + 1].name.strip():
            own.add(line)  # 青稞良种补贴标准 = / 高标准农田管护单价 ≤21元/亩: a viewer's row a line, its value a comparator
            continue  # alone and the next line a row of its own — nothing of its figure went on: left empty (blind 7904)
        viewer = form.meta.copied == COPY_SPACED and k > 0 and _whole_name(rows[k - 1].name.strip()) \
            and not rows[k - 1].reason and not any(v for _, v in rows[k - 1].extras) \
            and not re.search(r"[，,。；;：:、]", name)  # (a viewer's row a line: not the rest of the row above's name,
        # reason or note, wrapped onto the next line alone — 长效机制运行年限 under …隐患排查 | ≥3年 …)
        if line in empty and (by_cell or viewer) and not _SAYS.search(i.raw) \
                and _whole_name(name) and len(name) >= 5 and not labels.NOTE_START.match(name) \
                and k + 1 < len(rows) and (rows[k + 1].location.line or 0) == line + 1 \
                and _SAYS.search(rows[k + 1].raw) and _whole_name(rows[k + 1].name.strip()) \
                and len(rows[k + 1].name.strip()) >= 5 and (k == 0 or _SAYS.search(rows[k - 1].raw)):
            own.add(line)  # 城市路灯亮灯率 / 数字城管案件结案率 / ≥95%: a cell a line, two whole names one under the other,
            continue  # the second's value below it — the first's value cell gave no line: empty (a viewer's copy a row a
            # line: 水质监测数据准确率 / 污水治理设施验收合格率 100%, blind 7750)
        if line in empty and k + 1 == len(rows) and k > 0 and not _SAYS.search(i.raw) and _whole_name(name) \
                and name.endswith(("满意度", "满意率")) and _SAYS.search(rows[k - 1].raw) \
                and (rows[k - 1].level1, rows[k - 1].level2) != (i.level1, i.level2):
            own.add(line)  # 满意度指标 / 服务对象满意度指标 / 参与果农满意度 / 单位负责人：: the table's last row, a group of
            continue  # its own, nothing after it but the sign-off — its value left empty
        if line not in empty or _SAYS.search(i.raw) or not _whole_name(name) or k == 0 or k + 1 == len(rows):
            continue
        before, after = rows[k - 1], rows[k + 1]
        if laid_out and _SAYS.search(before.raw) and _SAYS.search(after.raw) and _whole_name(before.name.strip()) \
                and not _value_elsewhere(i) \
                and (line - 1 == (before.location.line or 0) or line - 2 == (before.location.line or 0)
                     and (after.level1, after.level2) != (i.level1, i.level2)) \
                and ((after.location.line or 0) <= line + 2 or (
                    after.level1, after.level2) != (i.level1, i.level2) and (after.location.line or 0) <= line + 5):
            own.add(line)  # 低保对象认定准确率 | (empty) / 质量指标 / 敬老院消防安全达标率 | =100%: a copy that keeps its
            # (居民健康素养水平 | (empty) a label's line below the row above, the next group's row after it)
            continue  # columns joins a tall row's value back to it; a whole name's row between two rows that have
            # theirs, nothing but a label's line beside it, has none (nor a page's foot before the next group's row)
        gap_after = (after.location.line or 0) - line
        complete_below = not by_cell and not laid_out and _SAYS.search(after.raw) is not None \
            and _whole_name(after.name.strip()) and (after.level1, after.level2) != (before.level1, before.level2)
        regrouped = by_cell and (after.level1, after.level2) != (i.level1, i.level2)  # (农村群众出行便利程度 / (blank)
        # / 满意度指标 / 服务对象满意度指 / 标 / 乘客满意度: the next group's labels on the lines between, blind 5873)
        if (after.level1, after.level2) == (i.level1, i.level2) and not complete_below \
                or not 1 <= gap_after <= (6 if regrouped else 3 if by_cell else 2) or not _SAYS.search(before.raw):
            continue  # (数字城管案件按期结案率 / 时效指标 / 路灯故障修复时限 ≤24小时 after a 质量 row: the first of its
            # group, a whole row with its value below it — nothing it could have run on into)
        if by_cell or line - 2 <= (before.location.line or 0) <= line - 1 and (
                _whole_name(before.name.strip()) or (before.level1, before.level2) != (i.level1, i.level2)):
            own.add(line)
    return own


def _value_elsewhere(i: Indicator) -> bool:
    """A row whose value-like text was read into a cell past the table's columns (列12 | ≥460公里): its line was not
    read in its columns — its empty value says nothing."""
    return any(k.startswith("extra:列") and re.search(r"\d|[≥≤=＝<>]", v) for k, v in i.extras)


_COUNTED_END = re.compile(r"(人次|场次|户次|批次|台次|车次|频次|家次|册次|件次|班次|期次|架次|费用|经费|资金|成本|标准|增收|收入|收益|产值|产量|水平|程度|指数)$")
# (茶叶生产技术培训人次: a count's name, whole; 示范区建设及培训费用, 统防统治作业补助标准: a cost's; 改造温室亩均年增收:
# a gain's)


def _whole_name(name: str) -> bool:
    """A name that ends as a name ends (…发生数, …准确率, …除治数量): not a cell's piece cut before its end."""
    return len(name) >= 4 and (name[-1] in labels.NAME_ENDS or len(name) >= 6 and _COUNTED_END.search(name) is not None) \
        and not _NOT_A_NAME.match(name) \
        and not re.match(r"[及和与并或、，,）)]", name)  # (及发放准确率: the rest of …覆盖率 / 及发放准确率)


def _within(ordered: list[int], line: int, distance: int) -> bool:
    """Whether a line of `ordered` (sorted) stands within `distance` lines of `line`."""
    k = bisect.bisect_left(ordered, line - distance)
    return k < len(ordered) and ordered[k] <= line + distance




def _spent_astray(i: Indicator) -> bool:
    """A budget's money ceiling on a spending's name (…经费 | ≤60.00万元) under a 效益 or 满意度 二级."""
    v = i.value
    return labels.implied_level1(i.level2 or "") in ("效益指标", "满意度指标") and isinstance(v, Quantity) \
        and v.unit_kind == "money" and v.unit in ("万元", "亿元") and v.op in ("≤", "<") \
        and _SPENDING.search(i.name) is not None
    # (not 乡镇卫生院门诊次均药品费用 | ≤45元: a burden a patient bears, a benefit's measure — 6371)


_SPENDING = re.compile(r"(经费|成本|支出|费用|资金|补助|补贴)$")


def _fragment(i: Indicator) -> bool:
    """A value that is one character ending a name (距 of …服务差 / 距, 率 of …健康管理 / 率): a cell's last word, not a
    value (有, 强, 升, 全 are values)."""
    value = i.value
    phrase = value.phrase.strip() if isinstance(value, Qualitative) else ""
    return isinstance(value, Qualitative) and value.category is None and len(phrase) == 1 and phrase in labels.NAME_ENDS


def without_fragments(form: Form) -> Form:
    """A copy's rows that are no indicator but a cut cell's piece (前 of …30日 / 前, 响 of …影 / 响, 年 with no name,
    标 | 满意度指标 of a level's name): taken out of its indicators and kept as rows that could not be placed (cuts,
    listed to check against the PDF) — a reviewer counts no such row. A page's number alone is dropped."""
    if not form.meta.copied:
        return form
    keep, out = [], []
    for i in form.indicators:
        name, raw = i.name.strip(), i.raw.strip()
        if re.fullmatch(r"[1-9]", name + raw) and i.weight is None and i.score is None and not i.actual:
            continue  # (a page's number alone on its line: page furniture, no row and no cut)
        piece = len(name) <= 2 and not _SAYS.search(raw) \
            or not name and re.fullmatch(r"[\u4e00-\u9fff]", raw) is not None \
            or len(name) <= 1 and labels.known_level(raw)
        if piece and i.location.line and i.weight is None and i.score is None and not i.actual:
            out.append((i.location, " | ".join(t for t in (i.level1, i.level2, name, raw) if t), ""))
        else:
            keep.append(i)
    if len(keep) == len(form.indicators):
        return form
    return replace(form, indicators=tuple(keep), unplaced=(*form.unplaced, *out))


def signs(form: Form) -> list[int]:
    """The lines where a copy's reading shows a cut cell, sorted (read_signs)."""
    return read_signs(form).lines()


_SCORED = ("分值", "执行率", "得分")  # a funds block's columns that only its total line fills
_FUNDS_COLUMNS = re.compile(r"^((年初|全年|调整后?)?(预算|执行)数|年初预算|预算执行[数率]|金额|分值|权重|执行率|得分|说明|备注|原因|资金来源|分项金额|(预算)?调整(情况)?说明|调整原因|(中期|年度|实施期)(资金)?(总额|金额)?)$")  # (中期资金总额 | 年度资金总额)
_LETTER = re.compile(r"[（(][A-Za-z/+\-×*]{1,7}[)）]$")  # 全年预算数（A）, 执行率（B/A）: a column's letter
_UNIT_END = re.compile(r"[（(](万元|元|亿元|%|\d{1,3}(\.\d)?分)[)）]$")  # 得分（万元）: the side label's unit joined to the
# last column's; 得分（10分）: the column's points under its label
_SIDE = re.compile(r"预算执行|资金情况|项目资金|年度资金|预算资金|（万元）|\(万元\)")


def funds_signs(form: Form) -> list[int]:
    """The lines of a copy's funds block its reading shows cut or shifted: a line whose label is no source nor use
    (般公共预算, 年度预算执行, 拨款, —), a source's amount under 分值, 执行率 or 得分, a column label that is several run
    together (分值执行率得分). None for a file that is not a PDF copy, or a block read whole."""
    if not form.meta.copied or not form.funds:
        return []
    whole = any(line.role == "total" for line in form.funds)  # (no total: the block's lines, read as parts)
    blank = {column for column, _ in form.funds[0].texts
             if all(not text.strip() for line in form.funds for c, text in line.texts if c == column)}
    # (资金 centred over the lines' labels, a column of the header no line fills: the labels' own, blind 6284)
    bad = set()
    for line in form.funds:
        amounts = [(column, amount) for column, amount in line.amounts if amount is not None]
        if line.location.line is None:
            continue
        if _shifted(line):
            bad.add(line.location.line)
            continue
        if not whole:
            continue
        if not amounts and line.role != "total" and source_label(line.label) \
                and all(re.fullmatch(r"[/／—–\-\s]*", t) for _, t in line.texts):
            continue  # 其他资金 | / | /: a source the form has none of, its cells dashed (blind 5286)
        if not amounts and re.match(r"按(收入|支出)性质分", line.label) and line.role != "total":
            continue  # 按收入性质分：一般公共预算612.50 按支出性质分：基本支出468.70 …: the total broken down in words and
            # figures run together, on a line of its own (blind 5764, 5768)
        if not amounts and labels.NOTE_LABEL.search(line.label) and line.role != "total":
            continue  # 预算调整说明 | 年中追加…: the block's note, a text and no amounts (under whichever column)
        if any(not _FUNDS_COLUMNS.match(_UNIT_END.sub("", _LETTER.sub("", labels.norm(column))))
               and not UNIT_ONLY.fullmatch(labels.norm(column)) and column not in blank
               for column, _ in line.amounts):
            bad.add(line.location.line)
        if line.role == "total":
            continue
        if not amounts and _SIDE.search(line.label) and len(line.label) > 3:
            continue  # 年度预算执行情况（万元）: the block's side label on a line of its own
        if not source_label(line.label) or any(column in _SCORED for column, _ in amounts):
            bad.add(line.location.line)
    return sorted(bad)


def _shifted(line: FundLine) -> bool:
    """520.00 under 分值, 508.30 under 执行率: a funds line read a column off."""
    return any(amount is not None and (column == "分值" and amount > 100 or column == "执行率" and amount > 200)
               for column, amount in line.amounts)


def task_signs(form: Form) -> list[int]:
    """The lines of a copy's task table its reading shows cut: a task with no amount at all, or one whose name is an
    amount (a tall row's content wrapped above and below its name and amounts, read as rows of their own). None for a
    file that is not a PDF copy."""
    if not form.meta.copied:
        return []
    return sorted(t.location.line for t in form.tasks if t.location.line is not None and (
        t.budget is not None and all(getattr(t.budget, k) is None for k in ("total", "fiscal", "other"))
        or re.fullmatch(r"[\d.,]+", t.name.strip())))  # (no budget at all: a task table with no money column, its
    # tasks names and contents as the template has them — 任务名称 | 主要内容, blind 8356)


_TASK_SUMS = {"BUD-02", "BUD-09", "BUD-10"}  # the checks that add up a task table
_FUNDS_RULES = {"BUD-03", "BUD-06", "BUD-07", "BUD-08", "EVAL-01"}  # the checks that read the funds block's amounts
_HEADER_CASES = {"no_value"}  # FORM-03: a column a copy's header seemed to lack (no 二级, no header, a flat table:
# the form's own shape, said as it is)
_VALUE_ONLY = {"STR-06", "DATE-02"}  # what a value shows whatever its group: a placeholder, a deadline past the year


def in_doubt(form: Form) -> bool:
    """Whether the checks that need every row read right (`requires: [certain]`) must not run on this form."""
    return read_signs(form).whole()  # (a task table read in pieces silences its own sums only: gate)


_DUE_DONE = re.compile(r"^[^“]*“?应(?P<due>[\u4e00-\u9fff]{1,2})尽(?P=due)”?$")  # 应检尽检, 应救尽救: every one due, done


def gate(form: Form, findings: list[Finding], note: Callable[[list[int], bool, list[str]], Finding],
         certain: frozenset[str] = frozenset(), per_row: frozenset[str] = frozenset()) -> list[Finding]:
    """The findings of a PDF copy with what its cut cells caused taken out, and one FORM-03 saying which lines
    were not read for certain (`note(lines, whole, held)`, `whole`: the rules in `certain`, which need every row
    read right, did not run; `held`: those of them held back beside an empty 二级 only). Other forms: unchanged.
    A copy with any cut is read with doubt as a whole: a finding of one of the `certain` rules that a sign seen only
    in the findings (a value the grammar cannot read) leaves is taken out too; of them, those that judge a row
    (`per_row`) are taken out beside an empty 二级, whose label may be its rows' group, and those that judge its
    levels are taken out for them."""
    if not form.meta.copied:
        return findings
    seen = read_signs(form)
    read_whole = _scored_whole(form)
    own_words = _own_words(form)
    if form.meta.copied in (COPY_CELLS, COPY_SPACED):  # (a viewer's row a line too: 青稞良种补贴标准 =, blind 7904)
        lines = {i.location.line for i in form.indicators if i.location.line}
        bare = {line for i in form.indicators if (line := i.location.line) and re.fullmatch(r"\s*[≥≤=＝<>＜＞]\s*", i.raw)
                and any(line + d in lines for d in (1, 2, 3))}
        own_words |= _own_empties(form, bare)  # (环境执法检查企业数 / ≥ / 质量指标: a comparator with no figure, the rows
    # round it whole — the form's own slip, VAL-01's, not a copy's cut; blind 6487)
    shown = {f.location.line for f in findings if f.rule == "VAL-01" and f.location.line
             and not _DUE_DONE.match(f.actual or "") and f.location.line not in read_whole
             and f.location.line not in own_words}  # (a quantity's words; not 应检尽检, a value of its own kind; not a
    # self-evaluation's row read whole: 充足 | 充足 | 10 | 10)
    cuts = set(seen.cuts)
    if form.meta.copied != COPY_WORD:  # (a tab export keeps its columns: a 二级 misplaced there is the form's)
        cuts |= {f.location.line for f in findings if f.rule == "STR-02" and f.location.line
                 and f.case != "synonym"}  # 社会效益 under 产出 (满意度指标 › 满意度指标: a name the scheme knows, read)
    headed = {f.location.line for f in findings if f.rule == "FORM-03" and f.case in _HEADER_CASES
              and f.location.line and form.meta.copied != COPY_WORD}
    cuts |= headed  # (指标 / 性质: a header its copy cut, whose value column was then missed — the table's reading
    # is in doubt, not the form's header)
    seen = Signs(frozenset(cuts), seen.empty | shown, seen.groups, seen.levels)
    found = set(seen.lines())
    whole_rows = seen.levels - seen.cuts - seen.empty - seen.groups  # (read whole but for their levels)
    shaped = found - whole_rows
    whole = seen.whole()
    funds = funds_signs(form)
    totals = [line for line in form.funds if line.role == "total"]
    unread_total = bool(funds) and (any(all(a is None for _, a in line.amounts) for line in totals)
                                    or not totals and any(_shifted(line) for line in form.funds))  # (its amounts all
    # read elsewhere: a block given column by column, labels first; or its total line read a column off, as a part)
    tasks = task_signs(form)
    if not found and not funds and not tasks:
        return findings
    block = {line.location.line for line in form.funds} if funds else set()  # (BUD-01 stands on the total's line)
    task_lines = {t.location.line for t in form.tasks} if tasks else set()
    rows = sorted({i.location.line for i in form.indicators if i.location.line})
    around = 1 if form.meta.copied == COPY_CELLS else 0  # (a cell a line: a row spans lines)
    near = _near(seen.cuts | seen.empty, rows, around)
    unplaced = _near(seen.levels, rows, around)  # (rows read whole, their levels unsure: the values stand)
    grouped = _near(seen.groups, rows, around)  # (the rows whose group an empty 二级's label may be)
    levels = {labels.level_name(label) for l1, l2, loc, _block in form.empty_groups if loc.line in seen.groups
              for label in (l1, l2) if label}
    # (产出指标 with too few rows, when its 数量指标 was read empty: its rows may be under it)
    kept, held = [], set()
    for f in findings:
        line = f.location.line
        if f.rule == "BUD-01" and line in block or unread_total and f.rule in _FUNDS_RULES:
            continue  # sources that do not add up in a block its copy shifted, and what is read from its amounts (the
            # rate, the adjustment, its score and weight, the budget a cost is held to): its reading, not the form
        if tasks and (f.rule in _TASK_SUMS or f.rule == "BUD-01" and line in task_lines):
            continue  # a task table read in pieces: its sums are its reading's
        if f.rule in _SIGN_RULES and line in (found if f.rule == "FORM-03" else shaped) \
                and (f.rule != "FORM-03" or f.case in (None, "levels") or f.case in _HEADER_CASES):
            continue  # (a row read whole but for its levels keeps its placeholder's finding)
        if f.rule in certain and whole:
            continue  # (a check that needs every row read right, on a copy not read for certain)
        if f.rule in certain and labels.level_name(f.subject) in levels or f.rule in per_row and line in grouped:
            held.add(f.rule)  # (the row's group, or its level's rows, beside an empty 二级)
            continue
        if line in unplaced and line not in near and not f.rule.startswith("FORM-") and f.rule not in _VALUE_ONLY:
            continue  # (beside a row read whole but for its levels: what its value alone shows is the form's)
        if line in near and not f.rule.startswith("FORM-") or whole and f.rule == "EVAL-02" and f.case == "sum":
            continue  # (a total of scores summed over rows some of which were not read whole)
        kept.append(f)
    if form.indicators:  # (no row read at all: FORM-02's case copied says so for the whole table)
        kept.append(note(sorted(found | set(funds) | set(tasks)), whole, sorted(held)))  # the form's, once
    return kept


def _own_words(form: Form) -> set[int]:
    """The lines of a cell-a-line copy's rows whose words for a value are the form's own: a name (…人次, …机制运行)
    with a short phrase for its value that ends no name, names no level and is no sentence's piece (较多,
    持续运行3年以上) — nothing was cut there (blind 5247, 5259)."""
    if form.meta.copied not in (COPY_CELLS, COPY_SPACED, COPY_LAID):  # (a viewer's line a row: 数量指标 举办招聘活动场次
        return set()  # 较多, its value on the name's line, blind 6424)
    rows = sorted(i.location.line for i in form.indicators if i.location.line)
    out = set()
    for i in form.indicators:
        name, raw, line = i.name.strip(), i.raw.strip(), i.location.line
        if line is None:
            continue
        if form.meta.copied == COPY_LAID and (line + 1 not in rows or line - 1 not in rows and rows[0] != line
                                              or re.search(r"\d", raw) or not re.match(r"[\u4e00-\u9fff]", name)
                                              or name[0] in "年月日"):
            continue  # (-layout: a row whose lines above and below are rows of their own, nothing wrapped round it —
            # 数量指标 | 调处矛盾纠纷件数 | 较多 under the header, blind 7132; not 月31日前 | 月18日, a date's rest, 5573)
        if line and len(name) >= 5 and 2 <= len(raw) <= 12 and raw[-1] not in labels.NAME_ENDS \
                and not labels.known_level(raw) and not labels.is_level(raw) and not _NOT_A_NAME.match(name) \
                and not re.search(r"[，,。；;:：]", raw) and not re.match(r"[及和与并或、）)]", name) \
                and not labels.header_label(raw) and not labels.NOTE_START.match(name) \
                and labels.column_field(name) is None and labels.column_field(raw) is None \
                and name.count("（") + name.count("(") == name.count("）") + name.count(")"):
            out.add(line)  # (按马铃薯种薯国家标准（GB / 18133）检验: a note's pieces, no row)
    return out


def _scored_whole(form: Form) -> set[int]:
    """The lines of a self-evaluation's rows read whole with a word for their value (应急物资储备品种数量 | 充足 |
    充足 | 10 | 10): the same short word as target and result, the points and the score in place — no cell of such a
    row went astray, whatever the words say."""
    columns = set(form.meta.columns)
    if not {"actual", "weight", "score"} <= columns:
        return set()
    return {i.location.line for i in form.indicators if i.location.line and i.weight is not None and i.score is not None
            and i.raw.strip() and i.raw.strip() == (i.actual or "").strip() and len(i.raw.strip()) <= 8
            and not re.search(r"\d", i.raw)}


def _near(found: frozenset[int] | set[int], rows: list[int], around: int = 0) -> set[int]:
    """The rows a sign's cut may have touched: its own, those within NEAR lines, and (`around` rows, a cell a line
    spreading one row over many lines) the rows just before and after it."""
    near = set(found)
    for line in found:
        k = bisect.bisect_left(rows, line)
        on_row = k < len(rows) and rows[k] == line
        near.update(rows[max(0, k - around):k + around + (1 if on_row else 0)])
        near.update(rows[bisect.bisect_left(rows, line - NEAR):bisect.bisect_right(rows, line + NEAR)])
    return near


def listed(lines: list[int], sep: str = "、") -> str:
    """Lines as a reviewer reads them: 12、15–18、30 (12, 15–18, 30 in English)."""
    runs: list[list[int]] = []
    for line in lines:
        if runs and line == runs[-1][-1] + 1:
            runs[-1].append(line)
        else:
            runs.append([line])
    return sep.join(f"{r[0]}–{r[-1]}" if len(r) > 2 else sep.join(map(str, r)) for r in runs)
