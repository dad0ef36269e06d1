"""Indicators a published notice (公示) lists in sentences instead of a table:

    一、 产出指标
    数量指标:种植数量(≥**株)>=17600株;种植作物成活率(≥**%)>=85;时效指标:完成及时率(≥**%)>=100%。

Read only where the pattern is unambiguous: a 一级 heading on its own line, then sentences whose parts are
introduced by 二级 names and whose items end in a comparator and a number. Anything else stays unread
(the file then has no form: FORM-02)."""
from __future__ import annotations

import re
from functools import lru_cache

from jxcheck.engine.findings import problem
from jxcheck.engine.readers import labels
from jxcheck.engine.readers.indicators import TableBuilder, value_like
from jxcheck.engine.values.parse import parse_value
from jxcheck.engine.readers.text import Cell, Row
from jxcheck.engine.vocabulary import vocabulary

_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+\s*[、.．]\s*(\S+指标)\s*$")
_VALUE = re.compile(r"(?P<value>(?:>=|<=|≥|≤|≧|≦|＞|＜|>|<|=|＝|不低于|不少于|不高于|不超过|大于等于|小于等于|大于|小于|达到)"
                    r"\s*[\d.,，]+\s*[^\s;；。，,]*)\s*$")
_ITEM_SPLIT = re.compile(r"[;；。]")
_AFTER_VALUE = re.compile(r"(?<=[\d%％元个人户株亩次吨米台套件处座里天项家所间辆头只份册场期批])\s*[,，](?=[^\d])")  # 产值≥80万元,促使…增加收入≥80万元: two items
_MIN_ITEMS = 1  # under a 一、产出指标 heading and a 数量指标: label, one 'name(≥**个)≥3个' is unambiguous


@lru_cache(maxsize=1)
def _label_pattern() -> re.Pattern:
    names = sorted(vocabulary().level2 | {n.replace("指标", "目标") for n in vocabulary().level2}, key=len, reverse=True)
    # a label starts its clause: 数量指标: …, not the 数量, that ends a name (种植数量,黄金蜜…)
    return re.compile(r"(?<![\u4e00-\u9fff])(" + "|".join(re.escape(n) for n in names) + r")\s*[:：,，]")


def read(rows: list[Row], cut: bool = False) -> TableBuilder | None:
    """A table of the indicators the notice lists, or None when it lists none this way. `cut`: the file stops
    part-way, so a last clause without a value is a name cut short, not a value."""
    label_at = _label_pattern()
    table = TableBuilder(["level1", "level2", "name", "value"], block="年度")
    level1 = None
    items = 0
    level2_heading: str | None = None  # (一)数量指标 on its own line: the items below are its
    for row in rows:
        text = " ".join(t for t in row.texts if t)
        heading = _HEADING.match(text)
        if heading and labels.is_level1(heading.group(1)):
            level1 = heading.group(1)
            # 三、满意度指标 | 参训学员满意度≥95%: items right under a 一级 that has one 二级 of its own kind
            level2_heading = labels.lone_level2(level1)
            continue
        if level1 is None:
            continue
        sub = _SUBHEADING.match(text)
        if sub and labels.is_level2(sub.group(1)):
            level2_heading = sub.group(1)
            continue
        if labels.SECTION_NUMBER.match(labels.norm(text)):
            level1 = level2_heading = None  # 四、资金安排 …: another section of the notice, no more items
            continue
        marks = list(label_at.finditer(text))
        if not marks:
            if level2_heading is not None:
                for item in (i.strip(" ★,，") for i in _ITEM_SPLIT.split(text)):
                    found = _item(item)
                    if found is not None:
                        table.add(Row(tuple(Cell(t, row.location) for t in (level1, level2_heading, *found)),
                                      row.location))
                        items += 1
            continue
        for n, mark in enumerate(marks):
            body = text[mark.end():marks[n + 1].start() if n + 1 < len(marks) else len(text)]
            level2 = mark.group(1).replace("目标", "指标")
            clauses = [c for part in _ITEM_SPLIT.split(body) for c in _AFTER_VALUE.split(part)]
            items_here = [i.strip(" ★,，") for i in clauses]
            for k, item in enumerate(items_here):
                if not item or labels.is_level(item):
                    continue
                value = _VALUE.search(item)
                name = item[:value.start()].strip(" ,，:：") if value else ""
                name = re.split(r"[,，]", name)[-1].strip() if name else ""  # 补助各类瓜果蔬菜种植数量,黄金蜜种植数量 -> the last
                ending = cut and row is rows[-1] and n == len(marks) - 1 and k == len(items_here) - 1
                if ending and value is None:  # …10157.6平方米,环 (the page stops): the start of the next name
                    name, shown = item, ""
                else:
                    shown = value.group("value") if value else item
                table.add(Row((Cell(level1, row.location), Cell(level2, row.location), Cell(name, row.location),
                               Cell(shown, row.location)), row.location))
                items += value is not None
    if items < _MIN_ITEMS:
        return None
    first = table.drafts[0].location
    table.problems.append(problem("FORM-03", first, n=first.number(), case="sentences", content=""))
    return table


_SUBHEADING = re.compile(r"^\s*[(（][一二三四五六七八九十]+[)）]\s*(\S+指标)\s*$")
_COMMA_VALUE = re.compile(r"^(?P<name>.{2,}?)\s*[,，]\s*(?P<value>[^,，]{1,16})$")


def _item(item: str) -> tuple[str, str] | None:
    """An item under a 二级 heading: 参训人员结业率≥100% (name and comparator value), or 完成时限,2025年10月底前 /
    学员种植技术水平,提高 (name, then a short value after the last comma); None for anything else."""
    value = _VALUE.search(item)
    if value is not None and item[:value.start()].strip(" ,，:："):
        return item[:value.start()].strip(" ,，:："), value.group("value")
    comma = _COMMA_VALUE.match(item)
    if comma is None:
        return None
    text = comma.group("value")
    parsed = parse_value(text)
    if not value_like(text) and not (parsed.kind == "qualitative" and getattr(parsed, "category", None)
                                     in ("vague", "trend", "grade")):
        return None  # 本项目资金由县财政统筹安排，专款专用: a sentence, not a name and its value
    return comma.group("name"), text


@lru_cache(maxsize=1)
def _cell_label() -> re.Pattern:
    names = sorted(vocabulary().level2, key=len, reverse=True)
    return re.compile(r"^\s*(" + "|".join(re.escape(n) for n in names) + r")\s*[:：]\s*(\S.*)$")


def read_cells(rows: list[Row]) -> TableBuilder | None:
    """A table whose 二级 cells carry prose and nothing else (湖南 2017: 产出指标 | 质量指标:学校的教育教学秩序良好…):
    each such cell is one indicator with no 三级 name, its text the value; None when fewer than two rows read so."""
    label_at = _cell_label()
    table = TableBuilder(["level1", "level2", "name", "value"], block="年度", prose=True)
    level1 = ""
    found = 0
    for row in rows:
        cells = [t for t in row.texts if t]
        own = next((labels.norm(t) for t in cells if labels.is_level1(labels.norm(t))), None)
        level1 = own or level1
        for text in cells:
            labelled = label_at.match(text)
            if labelled and level1:  # a 二级 on a row of its own belongs where it says (服务对象满意度指标 → 满意度指标)
                here = own or labels.implied_level1(labelled.group(1)) or level1
                table.add(Row((Cell(here, row.location), Cell(labelled.group(1), row.location), Cell("", row.location),
                               Cell(labelled.group(2).strip(), row.location)), row.location))
                found += 1
    if found < 2:
        return None
    first = table.drafts[0].location
    table.problems.append(problem("FORM-03", first, n=first.number(), case="prose", content=""))
    return table
