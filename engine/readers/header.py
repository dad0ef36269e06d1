"""Header fields: label/value pairs, the unit's name, the year, and the sign-off lines."""
from __future__ import annotations

import re

from jxcheck.engine.readers import labels
from jxcheck.engine.readers.text import Row

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def department(fields: list[tuple[str, str]]) -> str | None:
    """The unit's name: the most specific department label (vocabulary header › department) whose value is
    not a stamp placeholder, a code alone or a person; the 主管部门 instead of an implementing unit that is
    one of its own sections, a company doing the work, or a name without its place (禁毒支队, 某某有限公司)."""
    found = {_STAMP_SUFFIX.sub("", k): v for k, v in reversed(fields)
             if v and not re.fullmatch(r"[(（]?\s*盖章\s*[)）]?|[*＊]+", v)}
    names = [(label, name) for label in labels.header_labels("department") if label in found
             and (name := _unit_name(found[label]))]
    if names:
        label, name = names[0]
        if _IMPLEMENTING.search(label):
            authority = next((n for k, n in names if "主管" in k), None)
            if authority and _defers(name):
                return authority
        return name
    for label, value in found.items():  # 区级林业主管部门, 县级教育主管部门: a named 主管部门, when nothing above is filled
        if _NAMED_AUTHORITY.fullmatch(label) and not re.fullmatch(r"[*＊\d\s]+", value):
            return value.strip()
    return None




def unit_above(fields: list[tuple[str, str]]) -> str | None:
    """A unit's name alone on its line over the form's title (扎赉特旗农牧和科技局 / 2022年度部门整体支出绩效自评表),
    read as the form's first field with no value: the form's unit, where no label names one."""
    if fields and not fields[0][1].strip() and _UNIT_NAME.fullmatch(fields[0][0]) \
            and labels.header_label(fields[0][0]) is None:
        return fields[0][0]
    return None


# 编报单位(印章), 主管部门(单位)名称及部门预算编码: the label without its stamp or code remark
_STAMP_SUFFIX = re.compile(r"\s*[(（]\s*(盖章|公章|印章|签章)\s*[)）]\s*$|及(部门预算)?(编码|代码)$")
_IMPLEMENTING = re.compile(r"实施|执行|项目单位|使用单位")
# a section of a 主管部门 (…股, 禁毒支队, 党群办) or a company doing the work; not 办公室, 交通警察大队, 供销合作社
_SECTION = re.compile(r"((?<!办公)室|股|科|支队|中队|小组|(?<!政府)(?<!办公)办)$|有限(责任)?公司|城投|(?<![联供销])合作社$")


def _defers(unit: str) -> bool:
    """An implementing unit that is not the unit the form is for: a section of its 主管部门 (…股, 禁毒支队), or
    a company or cooperative doing the work (a school or a centre is a budget unit of its own)."""
    return bool(_SECTION.search(unit))


def _unit_name(value: str) -> str | None:
    name = re.sub(r"^" + CODE.pattern + r"\s*[-－_]?\s*", "", value).strip()
    name = re.split(r"\s*[/／]\s*", name)[0]  # 项目实施单位/项目负责人: the unit, not the person
    name = _STAMP_SUFFIX.sub("", name)  # 海伦市教育局（盖章）: the stamp's place after the name
    if labels.is_level(labels.norm(name)) or labels.column_field(name) is not None:
        return None  # 项目单位 | 产 出 指 标: a table's column labels, not a label and its value
    return name if name and not re.fullmatch(r"[*＊\d\s]+", name) else None


_NAMED_AUTHORITY = re.compile(r"(省|市|州|盟|区|县|旗)级[\u4e00-\u9fff]{1,8}主管部门")


_BRACKETED_YEAR = re.compile(r"[(（]\s*((?:19|20)\d{2})\s*[)）]\s*$")  # …自评表 (2021), not 某财预(2021)15号


# 2024—2026年农村公路养护工程: a multi-year project's span; its form is filed for the first year (the last
# year is the term's end, not the budget year)
_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*[—–\-－~～至到]\s*(?:19|20)\d{2}\s*年")


def year(text: str) -> int | None:
    """The year a text states (2026年度…(2024—2026年): 2026); a span's first year when it states no other."""
    bare = _SPAN.sub("", text)
    m = _YEAR.search(bare) or _BRACKETED_YEAR.search(bare) or _SPAN.search(text)
    return int(m.group(1)) if m else None


_PERIOD_YEAR = re.compile(r"((?:19|20)\d{2})\s*[.年/-]\s*\d{1,2}.*?((?:19|20)\d{2})\s*[.年/-]\s*\d{1,2}")


def year_in(project: str | None, title: str | None, period: str | None) -> int | None:
    """The year a form is for, when no header field states it: in the project's name (2018年南岳镇…), in the
    title, or the one year a period lies in (2021.1-2021.12)."""
    for text in (title, project):
        found = year(text or "")
        if found:
            return found
    m = _PERIOD_YEAR.search(period or "")
    return int(m.group(1)) if m and m.group(1) == m.group(2) else None


_START = re.compile(r"^(开始|起始|启动)(时间|日期)$")
_END = re.compile(r"^(结束|完成|截止|终止)(时间|日期)$")
def year_elsewhere(fields: list[tuple[str, str]]) -> int | None:
    """The year of a form whose header names no year or period: the one year its start and end dates lie in
    (开始时间 2019/1/1 | 结束时间 2019/12/31). A year in the goals' text (2022年12月30日前完成) is not the
    budget year printed: FORM-04 still asks for it."""
    starts = [year_of_date(v) for k, v in fields if _START.match(labels.norm(k))]
    ends = [year_of_date(v) for k, v in fields if _END.match(labels.norm(k))]
    return starts[0] if starts and ends and starts[0] is not None and starts[0] == ends[0] else None


def year_of_date(text: str) -> int | None:
    m = re.match(r"\s*((?:19|20)\d{2})\s*[.年/-]", text)
    return int(m.group(1)) if m else None


def budget_label(key: str) -> str | None:
    """'annual' for a label of the form's budget (项目总额, 年度资金总额 …), 'term' for a multi-year total
    (中期资金总额), None for anything else — a part (其中：财政拨款) is never the budget."""
    if key.startswith("其中"):
        return None
    if any(label in key for label in labels.header_labels("budget_term")):
        return "term"
    if any(label in key for label in labels.header_labels("budget")):
        return "annual"
    return None


_AMOUNT = re.compile(r"^[-+]?[\d,]*\.?\d+\s*(万元|元|万)?$")
# what heads a list item (其中, 一、, 1、, 1.), not the digits of an amount (4.00)
_LEAD = re.compile(r"^(其中|[一二三四五六七八九十]+、|\d+(?:、|\.(?!\d)))\s*[:：]?\s*")


def amount_like(text: str | None) -> bool:
    return bool(text) and _AMOUNT.match((text or "").replace("，", ",").strip()) is not None


# a label whose value is free text (偏差原因分析及改进措施 | 集中供养人数未达目标:部分…): the cell after it is its
# value whole, colon and all — unless that cell is a label of its own (单位:元, 填表人:张三)
_FREE_TEXT = re.compile(r"(原因|说明|措施|问题|建议|分析)[^：:]{0,8}$")


def free_text(label: str) -> bool:
    """A label whose value is free text (偏差原因分析及改进措施, 存在问题及改进措施, 情况说明)."""
    return bool(_FREE_TEXT.search(labels.norm(label)))


def _free_text_of(label: str, cell: str) -> bool:
    """The cell is the free-text value of the label before it, not a label:value pair of its own."""
    said = re.split(r"[：:]", cell, maxsplit=1)[0]
    return free_text(label) and labels.header_label(said) is None \
        and labels.row_kind(said) is None and not _MONEY_LABEL.match(cell.strip()) and not unit_line([cell])


# several label:value pairs in one cell, parted by semicolons (基本支出:498.65;项目支出:103.75, written set 55)
_SEVERAL_CELL = re.compile(r"[^:：;；]{1,20}[:：][^:：;；]+([;；]\s*[^:：;；]{1,20}[:：][^:：;；]+)+[;；]?")
_SEVERAL = re.compile(r"[^:：;；]{1,20}[:：][^:：;；]+")


def _spaced_pairs(text: str) -> list[str]:
    """One cell that holds labels and their values a space apart (主管部门 通榆县教育局 实施单位 通榆县教育局: a line a
    viewer ran together, read as a cell): each label and each value a token, where the words are header fields'
    labels each followed by one word of value; the text as it is otherwise."""
    words = text.split()
    if len(words) < 2 or len(words) % 2 or any(re.search(r"[:：]", w) for w in words):
        return [text]
    labelled = [labels.header_label(w) is not None and not amount_like(w) for w in words]
    return words if labelled[0::2] == [True] * (len(words) // 2) and not any(labelled[1::2]) else [text]


def label_pairs(tokens: list[str]) -> list[tuple[str, str]]:
    """Label/value pairs of a header row: 'label<TAB>value', 'label:<TAB>value' or 'label：value' in one cell;
    a group label over a label/amount pair (项目资金（万元） | 年度资金总额 | 120) stands alone. A lone label
    keeps an empty value (上年结转资金), so nothing is lost."""
    if _heading(tokens):
        return []
    tokens = [_LEAD.sub("", t) or t for t in tokens]
    tokens = [part for t in tokens for part in (_SEVERAL.findall(t) if _SEVERAL_CELL.fullmatch(t.strip()) else [t])]
    tokens = [part for t in tokens for part in _spaced_pairs(t)]
    pairs: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        text = tokens[i]
        label, colon, value = re.split(r"([：:])", text, maxsplit=1) if re.search(r"[：:]", text) else (text, "", "")
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if colon and value.strip():
            pairs.append((label, value.strip()))
            i += 1
        elif following is None or re.search(r"[：:]\S", following) and not _free_text_of(text, following) \
                or labels.header_label(following) or (
                not amount_like(text) and not amount_like(following) and amount_like(after)
                and labels.header_label(label) not in ("department", "project", "year", "period", "other")):
            pairs.append((label, ""))  # the last cell, or a group label over the pair that follows
            i += 1
        else:
            pairs.append((label, following))
            i += 2
    return pairs


def _new_cells(labels_row: Row, values_row: Row) -> list[tuple[int, str]]:
    """The cells of a row that are not a merged label repeated from the row above."""
    names = labels_row.texts
    return [(k, t) for k, t in enumerate(values_row.texts) if t and not (k < len(names) and names[k] == t)]


def amounts_under(labels_row: Row, values_row: Row) -> bool:
    cells = _new_cells(labels_row, values_row)
    return bool(cells) and all(amount_like(t) for _, t in cells)


def column_pairs(labels_row: Row, values_row: Row) -> list[tuple[str, str]]:
    """Amounts under a row of labels, paired by column (年度资金总额 | 财政拨款 over 120 | 100)."""
    names = labels_row.texts
    cells = _new_cells(labels_row, values_row)
    if len(names) >= 3 and len(cells) == len(names) - 1 and [k for k, _ in cells] == list(range(len(cells))) \
            and (re.fullmatch(r"(资金)?(合计|总额|总计)", labels.norm(names[1])) or labels.funds_side(names[0])
                 and re.fullmatch(r"(年度)?(资金|预算)?(合计|总额|总计)", labels.norm(names[1]))) \
            and all(amount_like(t) for _, t in cells):
        cells = [(k + 1, t) for k, t in cells]  # 年度预算 | 合计 | 财政拨款 | 其他资金 over 5826.45 | 5706.45 | 120.00: a
        # viewer's copy dropped the side label's empty cell below it (项目资金（万元） | 年度资金总额 | …: blind 5121)
    return [(names[k], text) for k, text in cells if k < len(names) and names[k] and not amount_like(names[k])]


_UNIT_END = labels.UNIT_END  # how a unit's name ends
CODE = re.compile(r"[\[［(（]?\d{3,}[\]］)）]?")  # a budget code, bare or bracketed (505006, [015001])
# a budget code (6 digits or more, or bracketed) and then a unit's name, nothing else: not 120个服务站, not 2023年…
_CODED_UNIT = re.compile(r"^(?:[\[［(（]\d{3,}[\]］)）]|\d{6,})\s*[-－_]?\s*(?![年个人次户])"
                         r"([\u4e00-\u9fff（）()]{2,}?" + _UNIT_END + ")$")


unit_name = labels.unit_name


# a title that opens with its unit's name and then the year (大英县民政局2022年度…自评情况公示)
_UNIT_NAME = re.compile(r"[\u4e00-\u9fff（）()]{2,30}?(" + _UNIT_END + r"|办公室)")  # a unit's name alone
_TITLE_UNIT = re.compile(r"^([\u4e00-\u9fff（）()]{2,30}?" + _UNIT_END + r")(?=(?:19|20)\d{2}\s*年)")


def title_unit(title: str | None) -> str | None:
    """The unit a title names before its year, when no header field names one."""
    m = _TITLE_UNIT.match(labels.norm(title or ""))
    return m.group(1) if m else None


def coded_unit(text: str) -> str | None:
    """A unit's name printed with its budget code and nothing else (207101天津市河北区人民法院, [015001]某某局)."""
    m = _CODED_UNIT.match(text.strip())
    return m.group(1) if m else None


_MONEY_LABEL = re.compile(r"^[（(]?\s*(金额)?单位\s*[:：]\s*(万元|元)\s*[)）]?$")  # (（单位：万元）: a page's own, bracketed)


def unit_line(tokens: list[str]) -> bool:
    """A line that names the unit or the money unit of the form below it (单位:万元, 207101某某法院): a form's
    first line, never a row of a table."""
    tokens = [t.strip() for t in tokens if t.strip()]
    return bool(tokens) and len(tokens) <= 3 and any(_MONEY_LABEL.match(t) or coded_unit(t) for t in tokens)


def _heading(tokens: list[str]) -> bool:
    """一、自评结论 alone on its line (a report's section heading, its text on the lines below), or a sentence that
    leads in to a table (…具体完成情况如下表：): no label of a field."""
    return len(tokens) == 1 and (labels.SECTION_NUMBER.match(labels.norm(tokens[0])) is not None
                                 and not re.search(r"[：:]", tokens[0]) or re.search(r"[，,。；;].*[：:]\s*$", tokens[0]) is not None)


def signoff_pairs(tokens: list[str]) -> list[tuple[str, str]]:
    """'填表人: 宋云花 联系电话:… 填报日期: 单位负责人签字:' -> label/value pairs (empty values kept)."""
    if _heading(tokens):
        return []
    pairs: list[tuple[str, str]] = []
    words: list[str] = []
    free = False  # the last pair is a free-text label whose text is being taken, cell by cell
    for token in tokens:
        if pairs and (free or not pairs[-1][1]) and _free_text_of(pairs[-1][0], token):
            pairs[-1] = (pairs[-1][0], f"{pairs[-1][1]}{token.strip()}")  # 偏差原因分析及改进措施 | 集中供养…:部分… |
            free = True                                                     # 下一步…: the whole text, colons and all
            continue
        free = False
        for word in token.split():
            words.append(word)
            _signoff_word(pairs, word, len(words) == 1)
    return pairs


_SIGNED_VALUE = re.compile(r"[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff]{1,8}[·•．.][\u4e00-\u9fff]{1,10}|[（(]略[）)]"
                           r"|[\d年月日.\-/ 　]{6,}|[\d\-（）() ]{7,}")  # a name (阿依古丽·吐尔逊 too, blind 7891), a date, a phone


_NAME_PIECE = re.compile(r"[\u4e00-\u9fff]{1,2}")  # a surname or a given name, printed apart


def values_below(fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A sign-off label alone on its line, its value alone on the next (a viewer's copy: 填报人： / 叶文静 /
    填报日期： / 2024年11月20日; 单位负责人（签章）： / 何建国): one pair each."""
    out: list[tuple[str, str]] = []
    for label, value in fields:
        if value and _NAME_PIECE.fullmatch(label) and _NAME_PIECE.fullmatch(value) and out and not out[-1][1] \
                and re.search(r"人$", out[-1][0]) and labels.header_label(label) is None:
            label, value = label + value, ""  # 填表人： / 刘 芳: one name spaced out, no label and its value
        bare = re.sub(r"[（(][^（()）]{1,6}[)）]$", "", out[-1][0]) if out else ""  # (单位负责人（签章）: how to sign)
        if out and not value and not out[-1][1] and labels.row_kind(bare) == "signoff" \
                and re.search(r"(人|日期|时间|电话)$", bare) and _SIGNED_VALUE.fullmatch(label) \
                and not re.search(r"(人|日期|时间|电话|领导|审核|单位|处室|科室|意见)$", label) \
                and labels.row_kind(label) is None and labels.header_label(label) is None and not labels.stamped([label]):
            out[-1] = (out[-1][0], label)
            continue
        out.append((label, value))
    return out


def _signoff_word(pairs: list[tuple[str, str]], word: str, first: bool) -> None:
    """One word of a sign-off row: 'label:value', a label alone, or the value of the label before it."""
    label, colon, value = re.split(r"([：:])", word, maxsplit=1) if re.search(r"[：:]", word) else (word, "", "")
    if colon:
        signs = _HOW_TO_SIGN.fullmatch(value.strip()) and labels.norm(label).endswith("人")
        pairs.append((labels.norm(label), "" if signs else value.strip()))  # 单位负责人：(盖章) 黄伟东: how to sign
        # in the value's place, the name after it (blind 7042; not 实施单位 (盖章) | …, a unit's stamp)
    elif _HOW_TO_SIGN.fullmatch(word) and pairs and not pairs[-1][1] and pairs[-1][0].endswith("人"):
        return
    elif pairs and _NAME_PIECE.fullmatch(word) and len(pairs[-1][1]) == 1 and _NAME_PIECE.fullmatch(pairs[-1][1]) \
            and re.search(r"人$", pairs[-1][0]):
        pairs[-1] = (pairs[-1][0], pairs[-1][1] + word)  # 填表人：刘  洋: a two-character name spaced out
    elif not first and pairs and pairs[-1][1] and _BARE_DATE.fullmatch(word) \
            and not any(re.search(r"日期|时间", k) for k, _ in pairs):
        pairs.append(("填报日期", word))  # …联系电话：0313-7012635   2022年1月20日: the date the form was filled in,
        # its label not printed
    elif first or not pairs or pairs[-1][1]:
        pairs.append((labels.norm(word), ""))
    else:
        pairs[-1] = (pairs[-1][0], word)


_HOW_TO_SIGN = re.compile(r"[（(](盖章|签章|签字|签名|签字盖章|签字并盖章|公章)[)）]")
_BARE_DATE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2}")
