"""The indicator-value grammar (pyparsing): text as forms write it -> a typed Value.

BNF (after full-width forms are folded to ASCII, one character for one)::

    value     ::= period | deadline | range | quantity            (else: qualitative / invalid)
    period    ::= date SEP date [完成]
    deadline  ::= [截至|截止|于|在] date [前|之前|以前|止|为止|内|以内] [完成|…] [note]
    date      ::= YEAR 年 MONTH 月 DAY 日 | YEAR (.|-|/) MONTH [(.|-|/) DAY]
                | YEAR 年 MONTH 月 [底|末|上旬|中旬|下旬] | [YEAR 年] MONTH 月 (DAY 日 | 底 | 末)
                | [YEAR [年]] (年底|年末|年终) | YEAR 年
    range     ::= [op] ± number [unit] [suffix] [note]
                | [op] number [unit] SEP number [unit] [suffix] [note]
    quantity  ::= [op] [sign] number [unit] [suffix] [note]
    op        ::= ≥ | ≤ | = | > | < | >= | <= | 不低于 | 不少于 | 不小于 | 至少 | 达到 | 不高于
                | 不超过 | 不大于 | 控制在 | 大于 | 小于 | 高于 | 低于 | …
    suffix    ::= 以上 | 及以上 | 以下 | 以内 | 之内 | 内 | 左右
    number    ::= 1,200 | 12.5 | 百分之 number | 三 | 十二 | 一百
    unit      ::= any run of non-digit characters, read by engine.units (kind, canonical spelling)
    note      ::= ( … ) | （ … ）                                 kept as a note
"""
from __future__ import annotations

import calendar
import re
from decimal import Decimal

import pyparsing as pp

from jxcheck.engine import units
from jxcheck.engine.values.cn_numbers import cn_to_int

GE, LE, EQ, GT, LT = "≥", "≤", "=", ">", "<"
_SYMBOL_OPS = {">=": GE, "=>": GE, "<=": LE, "=<": LE, "==": EQ, "≥": GE, "≤": LE, "=": EQ, ">": GT, "<": LT}
_WORD_OPS = {
    "不低于": GE, "不少于": GE, "不小于": GE, "至少": GE, "达到": GE, "大于等于": GE, "大于或等于": GE, "高于等于": GE,
    "不高于": LE, "不超过": LE, "不大于": LE, "不多于": LE, "小于等于": LE, "小于或等于": LE, "控制在": LE,
    "最多": LE, "最高": LE, "大于": GT, "高于": GT, "超过": GT, "多于": GT, "小于": LT, "低于": LT, "少于": LT,
    "等于": EQ, "约": "~", "大约": "~", "约为": "~", "预计": "~",
}
# a 指标方向 column (北京): a 正向 target is a floor, a 反向 one a ceiling
DIRECTION_OPS = {"正向": GE, "正向指标": GE, "反向": LE, "反向指标": LE}
_SUFFIX_OPS = {"及以上": GE, "或以上": GE, "以上": GE, "及以下": LE, "或以下": LE, "以下": LE, "以内": LE,
               "之内": LE, "内": LE, "左右": "~"}
_SEPARATORS = ("--", "——", "-", "~", "—", "至", "到")
_BOUND_BEFORE = ("之前", "以前", "前", "为止", "止", "以内", "之内", "内")

# full-width and look-alike characters folded one for one, so positions stay valid
_FOLD = {ord(a): b for a, b in zip("０１２３４５６７８９％＝＞＜．，（）－～／＋：", "0123456789%=><.,()-~/+:")}
_FOLD.update({ord("≧"): "≥", ord("≦"): "≤", ord("═"): "=", ord("﹦"): "=", ord("〜"): "~", ord("﹣"): "-",
              ord("﹪"): "%", ord("　"): " ", ord("∶"): ":", ord("–"): "-", ord("−"): "-"})
_FOLD.update({c: chr(c - 0xFEE0) for c in range(0xFF21, 0xFF5B)})


def fold(text: str) -> str:
    return text.translate(_FOLD)


def _op_word(table: dict[str, str], name: str) -> pp.ParserElement:
    words = sorted(table, key=len, reverse=True)
    return pp.one_of(words).set_parse_action(lambda t: table[t[0]]).set_name(name)


def _decimal(t: pp.ParseResults) -> Decimal:
    return Decimal(t[0].replace(",", ""))


def _cn_number(s: str, loc: int, t: pp.ParseResults) -> Decimal:
    n = cn_to_int(t[0])
    if n is None:
        raise pp.ParseException(s, loc, "不是中文数字")
    return Decimal(n)


def _unit_regex(stop: str) -> pp.Regex:
    # a unit: non-digit characters up to an operator suffix, a separator or a note
    return pp.Regex(r"[^\d\s()\[\]【】~—\-+±%‰]+?(?=" + stop + r")|%|‰|个百分点")


_Y, _M, _D = r"(?P<y>(?:19|20)\d{2})", r"(?P<m>1[0-2]|0?[1-9])", r"(?P<d>3[01]|[12]\d|0?[1-9])"
_PART = r"(?P<part>上旬|中旬|下旬|月底|月末|底|末)"
DATE_FORMS = (
    _Y + r"年" + _M + r"月(?:" + _D + r"[日号]|" + _PART + r")?",  # 2022年11月30日, 2022年12月底
    _Y + r"(?P<s>[./-])" + _M + r"(?:(?P=s)" + _D + r")?(?![\d])(?!\s*[万亿千百元%‰吨亩米人个户家次件台处座条套所])",
    # 2022.11.30, 2023.07 (not 1936.3万元, an amount: blind 5902)
    r"(?:" + _Y + r"年?)?(?P<yend>年底|年末|年终)",  # 年底, 2022年底
    _M + r"月(?:" + _D + r"[日号]|" + _PART + r")?",  # 6月30日, 12月底, 12月
    r"(?:" + _Y + r"年)?第(?P<q>[一二三四1-4])季度(?:末|底)?",  # 第四季度 (二季度末 is read as 第二季度末): its last day
    r"(?:" + _Y + r"年)?(?P<half>上|下)半年(?:末|底)?",  # 上半年: 06-30
    r"(?P<within>年内|本年度内|当年)",  # 年内: the year's last day
    _Y + r"(?P<whole>年全年|年度|年)(?![\d])",  # 2022年: the whole year
)
_DATE_RES = tuple(re.compile(f + "$") for f in DATE_FORMS)


MONTHS = re.compile(r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<m1>1[0-2]|0?[1-9])(?:月)?(?:--|-|~|—|至|到)(?P<m2>1[0-2]|0?[1-9])月")


_REMARKS = r"完成|到位|全覆盖|覆盖|达标|合格|发放|办结|兑现"
# a clause of words after a whole figure, a comma before it and no figure in it (≥5%，矛盾纠纷化解作用较上年明显增强)
_CLAUSE = r"[，,；;]\s*[^\d，,；;。.]{2,40}[。.]?"
_PER = {"每年": "年", "每半年": "半年", "每季度": "季度", "每月": "月", "每周": "周", "每天": "天", "每日": "日",
        "每学期": "学期", "每人": "人", "每户": "户", "每亩": "亩", "每生": "生", "每名": "人", "每人每年": "人·年",
        "每人每月": "人·月", "每人每天": "人·天", "每台": "台", "每个": "个", "每次": "次", "每公里": "公里"}


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern).replace("(?P=s)", "[./-]")


def read_date(text: str) -> dict[str, str] | None:
    """The named parts (y, m, d, part, yend, whole) of a date the grammar matched."""
    for rx in _DATE_RES:
        match = rx.match(text)
        if match:
            return {k: v for k, v in match.groupdict().items() if v}
    return None


def _build() -> dict[str, pp.ParserElement]:
    op = (pp.one_of(list(_SYMBOL_OPS)).set_parse_action(lambda t: _SYMBOL_OPS[t[0]]) | _op_word(_WORD_OPS, "op_word"))
    suffix = _op_word(_SUFFIX_OPS, "suffix")
    arabic = pp.Regex(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+").set_parse_action(_decimal)
    chinese = pp.Regex(r"[零〇一二两三四五六七八九十百千]+").set_parse_action(_cn_number)
    number = (arabic | chinese).set_name("number")
    percent_words = (pp.Suppress("百分之") + number)("pct_words")
    note = pp.Regex(r"[(\[【][^)\]】]*[)\]】]?\s*$").set_name("note")
    tail = (r"\s*(?:及以上|或以上|以上|及以下|或以下|以下|以内|之内|内|左右)?\s*(?:" + _REMARKS + r")?"
            r"\s*(?:[(\[【].*|" + _CLAUSE + r")?$")
    unit_end = _unit_regex(tail).set_name("unit")
    unit_mid = _unit_regex(r"\s*(?:--|——|-|~|—|至|到)").set_name("unit")
    sep = pp.one_of(list(_SEPARATORS)).set_name("separator")
    sign = pp.one_of("+ -")

    per = pp.one_of(list(_PER))("per")
    remark_words = pp.Regex(_REMARKS)("remark")
    clause = pp.Regex(_CLAUSE + "$")("clause")  # ≥5%，矛盾纠纷化解作用较上年明显增强: the figure, then words on it
    quantity = (pp.Opt(per) + pp.Opt(op)("op") + pp.Opt(sign)("sign") + (percent_words | number("number"))
                + pp.Opt(unit_end)("unit") + pp.Opt(suffix)("suffix") + pp.Opt(remark_words) + pp.Opt(note)("note")
                + pp.Opt(clause))
    plusminus = (pp.Opt(op)("op") + pp.Suppress("±") + number("high") + pp.Opt(unit_end)("unit")
                 + pp.Opt(suffix)("suffix") + pp.Opt(note)("note"))("pm")
    span = (pp.Opt(op)("op") + number("low") + pp.Opt(unit_mid)("unit_low") + pp.Suppress(sep)
            + number("high") + pp.Opt(unit_end)("unit") + pp.Opt(suffix)("suffix") + pp.Opt(note)("note"))

    combined = "|".join(f"(?:{_unnamed(f)})" for f in DATE_FORMS)

    def date(name: str) -> pp.ParserElement:
        return pp.Regex(combined)(name).set_name("date")

    month_only = pp.Regex(r"(?:1[0-2]|0?[1-9])月")("end")
    lead = pp.Opt(pp.one_of("截至 截止 截止到 截至到 于 在")).suppress()
    bound = pp.one_of(list(_BOUND_BEFORE))("bound")
    done = pp.Opt(pp.Regex(r"(?:前)?(?:完成|完工|办结|发放|到位|结束|实施|交付|上线|验收)\S{0,6}"))("done")
    remark = pp.Opt(pp.Regex(r"[^\s(\[【]\S{0,19}(?=\s*(?:[(\[【].*)?$)"))("remark")
    deadline = lead + date("date") + pp.Opt(bound) + done + remark + pp.Opt(note)("note")
    period = (date("start") + pp.Suppress(sep) + (date("end") | month_only)
              + pp.Opt(pp.one_of("期间 内 完成")) + pp.Opt(note)("note"))
    months = pp.Regex(MONTHS.pattern)
    period_months = months("months") + pp.Opt(pp.one_of("期间 内 完成")) + pp.Opt(note)("note")
    change = pp.one_of("提高 提升 增加 增长 降低 减少 下降 缩短 延长")("change")
    basis = pp.Opt(pp.Regex(r"同比|环比|[较比][^\d提升增降减缩延下\s]{1,6}"))("basis")  # (较上年, 较建成时, 比实施前:
    # the base the change is counted from, blind 7826)
    change_quantity = basis + change + quantity
    end = pp.StringEnd()
    return {"months": period_months + end, "change": change_quantity + end, "period": period + end, "deadline": deadline + end, "pm": plusminus + end,
            "range": span + end, "quantity": quantity + end}


GRAMMAR = _build()
ORDER = ("months", "period", "deadline", "pm", "range", "quantity", "change")


def month_end(year: int | None, month: int) -> int:
    return calendar.monthrange(year or 2001, month)[1]


def suffix_word(text: str) -> str | None:
    m = re.search("(" + "|".join(sorted(_SUFFIX_OPS, key=len, reverse=True)) + r")\s*$", text)
    return m.group(1) if m else None


def suffix_op(word: str) -> str:
    return _SUFFIX_OPS[word]


def lookup_unit(text: str) -> units.Unit:
    return units.lookup(text)
