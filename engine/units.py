"""The unit registry: canonical spelling, kind and money factor of every unit the forms use.

Sources: docs/catalogue.md §3.3 (units seen in real forms and the 共性指标库) plus common
units of the same families. A unit the registry does not know is kept as written with
kind "unknown", so nothing is lost.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

# kind -> canonical units; aliases map onto these below.
_KINDS: dict[str, tuple[str, ...]] = {
    "count": (
        "人", "人次", "次", "个", "项", "台", "套", "辆", "件", "批次", "批", "份", "篇", "门",
        "户", "家", "座", "处", "所", "条", "宗", "株", "头", "只", "群", "场", "期", "班次", "班",
        "课时", "学时", "册", "本", "张", "部", "种", "名", "块", "棵", "口", "间", "栋", "幢", "巢", "盏",
        "把", "根", "组", "类", "村", "镇", "县", "单", "笔", "所次", "家次", "户次", "车次",
        "架次", "场次", "期次", "人日", "人·天", "人·次", "万人", "万人次", "万册", "万份",
        "万件", "万户", "千人", "条次", "起", "例", "床", "床位", "对", "卷", "幅", "套次",
        "个点", "点", "站", "艘", "架", "匹", "羽", "尾", "窝", "箱", "袋", "瓶", "剂", "支",
        "台套", "台(套)", "生", "粒", "万粒", "万株", "万棵", "万只", "万头", "万羽", "万尾", "人年", "亩次",
        "眼", "台次", "册次", "台件", "顶", "副", "具", "面",  # (帐篷200顶, 2312) a well (机井 120眼); a machine counted per use (检测设备 1200台次); loans of books
        "年一遇",  # a flood standard (防洪标准 20年一遇)
        "樘", "扇", "孔", "跨", "辆次", "人月",  # doors and windows (门窗 120樘), a bridge's spans, vehicles per trip
        "页", "字", "盒", "段", "集", "首",  # archives digitised (12万页), words written, boxes, sections, episodes, songs
        "轮", "枚", "画幅", "幅次", "帧",  # rounds of patrols, rockets (火箭弹 600枚), archive images (万画幅)
        "人份", "具", "路", "剂次", "项次", "头次", "只次", "站次", "座次", "羽次", "头只", "头只次", "份次",  # blood samples, life rafts (救生筏 20具), video channels, vaccine doses (万剂次)
        "届", "枪", "轮次", "针次", "针", "人剂次",  # vaccine shots (万针次, blind 1899); festivals held (届), fuel nozzles checked (加油枪 320枪), patrols (巡查 4轮次)
        "点次", "点位",  # environmental monitoring (环境质量监测 1200点次, written 221)
        "基", "万基",  # street-lamp poles, towers, graves (路灯灯杆 1.2万基, written 1097)
        "棒",  # mushroom logs (菌棒 300万棒, blind 2543)
        "管", "万管",  # sample tubes tested (核酸检测能力 ≥1万管/日, blind 3498)
        "道", "张床位",  # ferries, checkpoints (渡口 38道, blind 4673); beds counted as such (≥1200张床位, blind 4335)
        "片", "块场地",  # sports pitches (社会足球场 3片, blind 7551)
    ),
    "multiple": ("倍",),
    "currency": ("美元", "万美元", "欧元", "万欧元"),  # money, but not convertible to 万元 by a fixed factor
    "duration": ("天", "日", "小时", "个工作日", "工作日", "月", "个月", "年", "周", "分钟", "秒", "学期", "学年", "季度", "个季度", "季", "周年",
                 "周岁", "岁"),  # (元/人·季: a subsidy per person a quarter, blind 5268)
    "money": ("元", "千元", "万元", "百万元", "亿元"),
    "percent": ("%",),
    "permille": ("‰",),
    "points": ("个百分点",),
    "area": ("平方米", "万平方米", "平方公里", "亩", "万亩", "公顷", "平方千米"),
    "length": ("米", "公里", "千米", "厘米", "毫米", "延米", "万米"),
    "weight": ("吨", "万吨", "千克", "公斤", "克", "斤", "万斤", "亿斤", "毫克", "微克"),  # (全县粮食总产量 ≥12亿斤)
    "volume": ("立方米", "万立方米", "亿立方米", "升", "毫升", "立方"),  # (全县用水总量 ≤0.72亿立方米, set 129)
    "score": ("分",),
    "grade": ("级", "星", "星级", "A级", "等", "个等级", "等级"),
    "data": ("GB", "TB", "MB", "Mbps", "兆", "G"),
    "power": ("千瓦", "瓦", "千瓦时", "度", "kV"),
    "temperature": ("℃", "摄氏度"),  # (取暖期教室温度 ≥16℃, blind 5589)
}

# alias -> (canonical, note or None)
_ALIASES: dict[str, tuple[str, str | None]] = {
    "％": ("%", None),
    "百分比": ("%", None),
    "万": ("万元", "金额单位“万”按“万元”理解"),
    "㎡": ("平方米", None),
    "°C": ("℃", None),
    "°c": ("℃", None),
    "m²": ("平方米", None),
    "m2": ("平方米", None),
    "平米": ("平方米", None),
    "平方": ("平方米", None),
    "M": ("米", "“M”按“米”理解"),
    "m": ("米", "“m”按“米”理解"),
    "km": ("公里", None),
    "KM": ("公里", None),
    "Km": ("公里", None),
    "m³": ("立方米", None),
    "m3": ("立方米", None),
    "方": ("立方米", None),
    "kg": ("千克", None),
    "g": ("克", None),
    "mg": ("毫克", None),
    "L": ("升", None),  # 化学需氧量 ≤50mg/L
    "t": ("吨", None),
    "h": ("小时", None),
    "个小时": ("小时", None),
    "工日": ("人日", None),
    "人天": ("人·天", None),
    "余人": ("人", "“余人”按“人”理解"),
    "多人": ("人", "“多人”按“人”理解"),
    "人/次": ("人次", "“人/次”按“人次”理解"),
}

# 万元 per unit, for money units (exact Decimal factors).
WAN_FACTOR: dict[str, Decimal] = {
    "元": Decimal("0.0001"),
    "千元": Decimal("0.1"),
    "万元": Decimal(1),
    "百万元": Decimal(100),
    "亿元": Decimal(10000),
}

_KIND_OF: dict[str, str] = {u: k for k, units in _KINDS.items() for u in units}
_DENOM_SPLIT = re.compile(r"[/／]|每")
_PRODUCT_SPLIT = re.compile(r"[·•.．*＊]")


@dataclass(frozen=True)
class Unit:
    """A unit as the registry understands it."""

    text: str  # canonical spelling
    kind: str
    notes: tuple[str, ...] = ()

    @property
    def wan_factor(self) -> Decimal | None:
        return WAN_FACTOR.get(self.text)


def _simple(text: str) -> tuple[str, str | None] | None:
    """(canonical, note) of a one-piece unit, or None when unknown."""
    if text in _KIND_OF:
        return text, None
    if text in _ALIASES:
        return _ALIASES[text]
    if text.lower() in _ALIASES:
        return _ALIASES[text.lower()]
    if _per_visit(text):
        return text, None
    return None


def _per_visit(text: str) -> bool:
    """处次, 村次: a counted thing counted per visit (巡查文物 1200处次), itself a count (as 户次 and 家次 are)."""
    return len(text) == 2 and text.endswith("次") and text[0] != "次" and _KIND_OF.get(text[0]) == "count"


def _product(text: str) -> tuple[str, list[str]] | None:
    """A product of simple units such as 人·天 (also written 人.天)."""
    parts = [p for p in _PRODUCT_SPLIT.split(text)]
    if len(parts) == 1 or any(not p for p in parts):
        return None
    known = [k for k in (_simple(p) for p in parts) if k is not None]
    if len(known) < len(parts):
        return None
    notes = [k[1] for k in known if k[1]]
    return "·".join(k[0] for k in known), notes


def lookup(text: str) -> Unit:
    """Read a unit as written: simple, alias, product (人·天) or ratio (元/人·天, 次/月)."""
    text = text.strip()
    population = PER_POPULATION.fullmatch(text)
    if population:  # a unit column's /10万 (孕产妇死亡率 | ≤ | 10 | /10万): the count per that many people
        per = POPULATION[population.group(2)]
        canon = f"{population.group(1) or '人'}/{per}人"
        return Unit(canon, "rate", (f"“{text}”按每{per}人计",) if canon != text else ())
    simple = _simple(text)
    if simple:
        canon, note = simple
        kind = _KIND_OF.get(canon, "count" if _per_visit(canon) else "unknown")
        return Unit(canon, kind, (note,) if note else ())
    product = _product(text)
    if product:
        return Unit(product[0], "count", tuple(product[1]))
    pieces = [p for p in _DENOM_SPLIT.split(text)]
    if len(pieces) >= 2 and all(pieces):
        head = _simple(pieces[0])
        tail = [t for t in ((_simple(p) or _product(p)) for p in pieces[1:]) if t is not None]
        if head and len(tail) < len(pieces) - 1 and all(_PER_ITEM.fullmatch(p) for p in pieces[1:]) \
                and not any(_simple(p) or _product(p) for p in pieces[1:]):
            tail = [(p, None) for p in pieces[1:]]  # 次/断面, 人/万车: a known unit per counted thing
        if head and len(tail) == len(pieces) - 1:
            denominators = [t[0] for t in tail]
            notes = [n for n in [head[1]] + [t[1] if isinstance(t[1], str) else None for t in tail] if n]
            canon = head[0] + "/" + "·".join(denominators)
            if "." in text or "/" in text[text.find("/") + 1:]:
                notes.append(f"“{text}”按“{canon}”理解")
            return Unit(canon, "rate", tuple(notes))
    scaled = _SCALED.match(text)
    if scaled:  # 万条, 千户, 万公斤: a counted or weighed unit in tens of thousands (as 万人次, 万吨 are)
        known = lookup(scaled.group(2))
        if known.kind == "count" or known.kind in ("weight", "length", "area", "volume", "power") \
                and re.fullmatch(r"[\u4e00-\u9fff]+", scaled.group(2)):  # 万公斤; not 万kg, which mixes the two
            return Unit(text, known.kind, ())
    glossed = _GLOSS.match(text)
    if glossed:  # %(百分比), 人(次): a known unit with its name in brackets after it
        known = lookup(glossed.group(1))
        if known.kind != "unknown":
            return Unit(known.text, known.kind, known.notes + (f"计量单位“{text}”按“{known.text}”理解",))
    return Unit(text, "unknown", (f"计量单位“{text}”不在单位表中，按原样保留",))


# a count per a round number of people (孕产妇死亡率 ≤10/10万): the population word as the registry spells it
PER_POPULATION = re.compile(r"(人|例)?[/／]\s*(10万|十万|100万|百万|万|千)(人|人口|活产)?")
POPULATION = {"10万": "十万", "十万": "十万", "100万": "百万", "百万": "百万", "万": "万", "千": "千"}
_SCALED = re.compile(r"^(万|千|百万|十万|亿)(\S{1,3})$")  # (亿株: seedlings by the hundred million, blind 2575)
_PER_ITEM = re.compile(r"(万|千|百)?[\u4e00-\u9fff]{1,3}")  # the thing a rate is counted per (断面, 万车, 眼)
_GLOSS = re.compile(r"^([^()（）]+?)\s*[(（][^()（）]+[)）]$")


def is_known(text: str) -> bool:
    return lookup(text).kind != "unknown"
