"""Ways forms write a value that the grammar reads once they are put plainly: months and years in Chinese
numerals (十一月底前, 二〇二三年), a quarter without 第 (二季度末), a multiplication sign in a unit (元/人*天),
an inclusion remark inside the value (90%（含）以上), a recurring deadline (每年12月底前), one value
for each of the items named (各1次). Each rewrite is said
in a note, so nothing is changed silently."""
from __future__ import annotations

import re

from jxcheck.engine import units
from jxcheck.engine.values.cn_numbers import cn_to_int

_CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})(?=年)")
_CN_MONTH = re.compile(r"(?<![\d零〇一二三四五六七八九十])(十[一二]?|[一二三四五六七八九])(?=月(?:份)?(?:底|末|[上中下]旬|\d|[零〇一二三四五六七八九十]|前|之前|以前|$))")
_CN_DAY = re.compile(r"(?<=月)(三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])(?=[日号])")
_QUARTER = re.compile(r"(?<!第)([一二三四1-4])季度")
_TIMES = re.compile(r"(?<=[\u4e00-\u9fff])[*×xX](?=[\u4e00-\u9fff])")
_DATE_SLOT = re.compile(r"年\s*[*×xX]+\s*月|月\s*[*×xX]+\s*日")
_INCLUSIVE = re.compile(r"\s*[(（]\s*含\s*[)）]\s*")
_RECURRING = re.compile(r"^(每年|每季度|每月|每半年)(?=(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月|年底|年末|第|[上下]半年)")
_UNIT_ALTERNATIVE = re.compile(r"(?<=[\d万千百][\u4e00-\u9fff])(?<![年月日])[(（]([\u4e00-\u9fff]{1,2})[)）](?=[\u4e00-\u9fff]{1,2}$)")
_GRADE_FLOOR = re.compile(r"^\s*(≥|>=|＞=)\s*(?=(地表水|水质)?\s*(Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|III|II|IV|I|V)\s*类)")
_DIGITS = dict(zip("〇零一二三四五六七八九", "00123456789"))
# a deadline that comes back each month or quarter (每月10日前, 每月底前, 每季度末): checked at its last in the year
_BY = r"(?:(?:≤|<=|＜|<|≦)\s*)?"  # a comparator before a deadline (≤每月10日): by then
_DONE = r"(?:完成|办结|发放|拨付|到位|报送|上报)?"  # (每季度末前完成: what is done by then, blind 6043)
_MONTHLY = re.compile(_BY + r"每(个)?月(?:的)?\s*(\d{1,2})\s*[日号](之?前|以前)?" + _DONE + "$")
_MONTH_END = re.compile(_BY + r"每(个)?(月|季度?)(首月|第一个月|末月|最后一个月|次月|结束后次月)?(底|末)(之?前|以前)?" + _DONE + "$")  # (每季度末月底前)
# a rate per a round number of people (发病率 ≤15/10万): the count per that many
_PER_POPULATION = re.compile(r"(\d+(?:\.\d+)?)\s*(/\s*(10万|十万|100万|百万)(人|人口)?)$")  # the unit: units.PER_POPULATION
# a deadline counted from an event (审核通过后30个工作日内, 每季度末10日内: from each quarter's end): at most that long
_AFTER_EVENT = re.compile(r"^(≤|<=|＜|<|≦)?\s*([^，,。；;\d≤<＜≦]{1,16}后|每(?:个)?(?:月|季度?|半年|年)(?:末|底))\s*(≤|<=|＜|<|≦)?\s*(\d+|[一二两三四五六七八九十]{1,3})\s*"
                          r"(个工作日|个月|工作日|日|天|小时)(以内|之内|内)?(?:(?<=内)[^，,。；;\d]{0,8})?$")  # (≤接到预警
# 后24小时, 季度结束后≤15个工作日: the comparator says 以内; 接报后1小时内到达现场: what is done within it, after 内)
# an average (平均22个工作日) or a value per head (人均120元 is 120元/人)
_AVERAGE = re.compile(r"^(平均|人均|户均|亩均)\s*(?=[≥≤><=]?\s*\d)")
_PER_HEAD = {"人均": "人", "户均": "户", "亩均": "亩"}
# a measure named before its bound (人员流失率≤3%, 群众满意度≥90%): the bound is the value
_MEASURED = re.compile(r"^((?!平均|人均|户均|亩均)[\u4e00-\u9fff]{2,10}(率|比例|占比|人数|次数|天数|数量))\s*(?=(≥|≤|>|<|＞|＜|≧|≦)\s*\d)")
# a deadline written with a comparator (≤2025年6月30日): the date is the limit, 之前
# (≤12月31日, ≤次月15日: a day of the month; ≤12月 alone is twelve months)
_DATE_WITH_OP = re.compile(r"^\s*(≤|<=|＜|<|≦)\s*(?=(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月"
                           r"|(?:\d{1,2}|次)\s*月\s*(?:\d{1,2}\s*[日号]|底|末))")
_EQUALS_WORD = re.compile(r"^\s*[=＝]\s*(?=[\u4e00-\u9fff])(?![零〇一二两三四五六七八九十百千万])")
_PER_VERB = re.compile(r"^(每年|每半年|每季度|每月|每周)\s*(更新|开展|组织|召开|检查|巡查|报送|发布|举办|培训|维护|检测|通报|"
                       r"调度|督查|核查|盘点|演练|公示|分析|评估|走访|慰问)\s*(?=\d)")
_T_PLUS = re.compile(r"^\s*(≤|<=|＜|<|≦)?\s*[Tt]\s*[+＋]\s*(\d{1,2})\s*(日|天|个工作日|工作日)(内|以内)?$")
_EACH = re.compile(r"^各\s*(?=[≥≤><=＞＜]?\s*\d)")  # 各 1 次: one each (年度、半年趋势报告 各1次)


def _year(m: re.Match) -> str:
    return "".join(_DIGITS.get(c, c) for c in m.group(1))


def _number(m: re.Match) -> str:
    n = cn_to_int(m.group(1))
    return str(n) if n is not None else m.group(1)


# a date or deadline after a short label (春季学期5月31日前), alone or one of several (…、秋季学期11月30日前)
_LABELLED_DATE = re.compile(r"^((?!每|次年|明年|来年|下一?年|翌年|跨年|去年|上一?年|前一年)[^\d，,。；;、≥≤<>=＜＞至后晚迟起]{0,8}?)\s*((?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*"
                            r"(?:\d{1,2}\s*[日号]|底|末)(?:之?前|以前)?)$")
_COUNTED_FROM = re.compile(r"开工|完工|启动|开学|结束|之日|以后")  # (项目开工3月底前: months after an event, no date)
_LIST_MARK = re.compile(r"\s*[、，,；;]\s*")
_DAILY = re.compile(_BY + r"每(日|天)\s*(\d{1,2}[:：]\d{2}|\d{1,2}\s*[时点])\s*(之?前|以前)$")  # 每日6:00前
_NEXT_MONTH = re.compile(r"^([^，,。；;\d]{2,20}后(的)?)?次月(底|末|\d{1,2}\s*日)(之?前|以前)?$")  # (考核合格后)次月底前
_QUARTERLY = re.compile(_BY + r"每(个)?季度?(首月|第一个月|末月|最后一个月|次月|结束后次月|末次月|结束次月)?\s*(\d{1,2})\s*[日号](之?前|以前)?$")
# (每季末月25日前: 季 for 季度, in both, blind 6549)
_QUARTER_MONTH = {"首月": 10, "第一个月": 10, "末月": 12, "最后一个月": 12, "次月": 10, "结束后次月": 10, "末次月": 10,
                  "结束次月": 10, None: 12}  # (次月:
# the month after each quarter, the year's last in it October's, after the third)


def _dates(plain: str, notes: list[str]) -> str:
    """Several deadlines in one value (春季学期5月31日前、秋季学期11月30日前; done 5月28日、11月24日): the last is the
    year's; one deadline after a short label (春季学期5月31日前): the deadline."""
    parts = _LIST_MARK.split(plain.strip())
    found = [m if (m := _LABELLED_DATE.match(p)) and not _COUNTED_FROM.search(m.group(1)) else None for p in parts]
    if not all(found) or len(parts) == 1 and not (found[0] and found[0].group(1) and plain.endswith("前")):
        return plain
    last = found[-1]
    assert last is not None
    if len(parts) > 1:
        notes.append(f"{len(parts)}个时限（{'、'.join(parts)}），按最后一个检查")
    else:
        notes.append(f"“{last.group(1)}”后的日期按完成时限理解")
    return last.group(2)


# a deadline said in words (不晚于2025年10月31日, 最迟11月底): the date is the limit, 之前
_NOT_LATER = re.compile(r"^(不晚于|不迟于|最迟(于|在)?|最晚(于|在)?)\s*(?=((19|20)\d{2}\s*年\s*)?\d{1,2}\s*月)")
# a deadline in the year after the budget year (次年3月前: the year's accounts audited in the spring after it)
_NEXT_YEAR = re.compile(r"^(次年|下一年度?|下年度?|明年|第二年)\s*(?=\d{1,2}\s*月)")
NEXT_YEAR_NOTE = "次年：预算年度的下一年"
# what is done by the deadline, said after it (每月10日前发放到户, 11月底前完成): the deadline
_DONE_BY = re.compile(r"(?<=[前日底末号])\s*(完成|发放|发放到位|发放到户|足额发放|拨付|拨付到位|到位|办结|上报|报送|验收|完工)$")


_DATE_SAID = re.compile(r"^(计划|预计)?(完成|截止|办结|实施)?(时间|时限|日期)\s*(为|是|在|:|：)\s*(?=\d{4}\s*年|\d{1,2}\s*月)")


_DATE_SPACES = re.compile(r"(?<=\d)\s+(?=[年月日号])|(?<=\d[年月])\s+(?=\d)")


def rewrite(s: str) -> tuple[str, tuple[str, ...]]:
    """The value put plainly, and notes that say what was read differently."""
    notes: list[str] = []
    s = _DATE_SPACES.sub("", _DATE_SPACES.sub("", s))  # (2020 年 6 月汛期前: a date's parts spaced by the copy)
    plain = _CN_YEAR.sub(_year, s)
    plain = _CN_MONTH.sub(_number, plain)
    plain = _CN_DAY.sub(_number, plain)
    if plain != s:
        notes.append("中文数字的年月日按阿拉伯数字理解")
    quarter = _QUARTER.sub(r"第\1季度", plain)
    plain = quarter
    times = plain if _DATE_SLOT.search(plain) else _TIMES.sub("·", plain)  # 元/人*天, 人*次; not 2023年X月 (a slot)
    if times != plain:
        notes.append("单位中的“*”按乘号“·”理解")
        plain = times
    graded = _GRADE_FLOOR.match(plain)
    if graded:  # ≥Ⅱ类: a class of a graded standard, at least (达到或优于Ⅱ类)
        notes.append("“≥”+类别：达到或优于该类别")
        plain = "不低于" + plain[graded.end():]
    inclusive = _INCLUSIVE.sub("", plain)
    if inclusive != plain:
        notes.append("“（含）”：含本数")
        plain = inclusive
    alternative = _UNIT_ALTERNATIVE.search(plain)
    if alternative:  # 万头(羽)次: 头次, or 羽次 for birds
        notes.append(f"附注：{alternative.group(1)}")
        plain = plain[:alternative.start()] + plain[alternative.end():]
    said = _DATE_SAID.match(plain)
    if said and len(plain) > said.end():  # 完成时间为2022年12月30日: the date, said in a sentence
        notes.append(f"“{said.group(0)}”后的日期按完成时限理解")
        plain = plain[said.end():]
    per = _PER_POPULATION.search(plain)
    if per:
        unit = units.lookup("/" + per.group(3))  # (15/10万人: the 人 said again, the note on the number's unit)
        notes.extend(unit.notes)
        plain = plain[:per.start()] + per.group(1) + unit.text
    after = _AFTER_EVENT.match(plain)
    if after and (after.group(1) or after.group(3) or after.group(6)):
        notes.append(f"“{after.group(2).strip()}”起算的期限")
        count = after.group(4) if after.group(4).isdigit() else cn_to_int(after.group(4))  # (开学后两个月内, blind 7058)
        plain = f"≤{count}{after.group(5)}" if count is not None else plain
    measured = _MEASURED.match(plain)
    if measured:  # 人员流失率≤3%: the measure named before its bound (blind 5711)
        notes.append(f"“{measured.group(1)}”为所衡量的内容")
        plain = plain[measured.end():]
    average = _AVERAGE.match(plain)
    if average and not re.search(r"/", plain):
        word = average.group(1)
        notes.append(f"“{word}”：{'平均值' if word == '平均' else '按每' + _PER_HEAD[word] + '计'}")
        plain = plain[average.end():] + (f"/{_PER_HEAD[word]}" if word in _PER_HEAD else "")
    said_before = False
    for pattern, note in ((_DATE_WITH_OP, "日期前的“{}”按“之前”理解"), (_NOT_LATER, "“{}”按“之前”理解")):
        dated = pattern.match(plain)
        if dated:  # ≤2025年6月30日, 不晚于2025年10月31日: the date is the limit
            notes.append(note.format(dated.group(1)))
            plain, said_before = plain[dated.end():].rstrip(), True
    worded = _EQUALS_WORD.match(plain)
    if worded:  # =及时 (符号 | 值 joined): the word is the value; its comparator says nothing more
        notes.append("文字前的“=”不影响指标值")
        plain = plain[worded.end():]
    verb = _PER_VERB.match(plain)
    if verb:  # 每半年更新1次: how often, the work named between (written 1034)
        notes.append(f"“{verb.group(2)}”为所做的事项")
        plain = verb.group(1) + plain[verb.end():]
    settled = _T_PLUS.match(plain)
    if settled:  # ≤T+1日: within a day after the transaction day (医保结算, written 1040)
        notes.append("“T+N”：交易（业务）发生日后N日内")
        within = settled.group(1) or settled.group(4)  # (T+1日 alone: the day it was done, a result)
        plain = f"{'≤' if within else ''}{settled.group(2)}{settled.group(3)}"
    each = _EACH.match(plain)
    if each:
        notes.append("“各”：名称所列各项均为此值")
        plain = plain[each.end():]
    next_year = _NEXT_YEAR.match(plain)
    if next_year:
        notes.append(NEXT_YEAR_NOTE)
        plain = plain[next_year.end():]
    done_by = _DONE_BY.search(plain)
    if done_by and re.search(r"\d", plain[:done_by.start()]) and (said_before or plain[done_by.start() - 1] == "前"):
        notes.append(f"时限后的“{done_by.group(1)}”为所完成的事项")
        plain = plain[:done_by.start()]
    if said_before and not re.search(r"(前|之前|以前)$", plain):
        plain += "前"
    plain = _dates(plain, notes)
    monthly, month_end, quarterly = _MONTHLY.match(plain), _MONTH_END.match(plain), _QUARTERLY.match(plain)
    if _DAILY.match(plain) or _NEXT_MONTH.match(plain):
        notes.append(f"重复的时限（{plain}），按本年度最后一期检查")
        plain = "12月31日前" if _DAILY.match(plain) else "12月底前"
    elif quarterly is not None:
        notes.append("每季度重复的时限，按本年度最后一期检查")
        plain = f"{_QUARTER_MONTH[quarterly.group(2)]}月{quarterly.group(3)}日前"
    elif monthly is not None:
        notes.append("每月重复的时限，按本年度最后一期检查")
        plain = f"12月{monthly.group(2)}日前"
    elif month_end is not None:
        notes.append(f"{'每月' if month_end.group(2) == '月' else '每季度'}重复的时限，按本年度最后一期检查")
        plain = f"{_QUARTER_MONTH[month_end.group(3)] if month_end.group(2) != '月' else 12}月底前"
    recurring = _RECURRING.match(plain)
    if recurring and len(plain) > recurring.end():
        notes.append(f"{recurring.group(1)}重复的时限，按本年度的时限检查")
        plain = plain[recurring.end():]
    return plain, tuple(notes)
