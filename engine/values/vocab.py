"""Qualitative phrases the grammar recognises, with grades (docs/catalogue.md §3.1)."""
from __future__ import annotations

import re

# (a) grade sets, best first; each phrase maps to its grade label.
GRADE_SETS: tuple[tuple[tuple[str, str], ...], ...] = (
    (("达成年度指标", "达成"), ("部分达成年度指标并具有一定效果", "部分达成"), ("未达成年度指标且效果较差", "未达成")),
    (("达成预期指标", "达成"), ("部分达成预期指标", "部分达成"), ("未达成预期指标", "未达成")),
    (("达到预期目标", "达成"), ("部分达到预期目标,并且具备一定效果", "部分达成"),
     ("部分达到预期目标", "部分达成"), ("未达到预期目标", "未达成")),
    (("全面实现", "全面实现"), ("基本实现", "基本实现"), ("部分实现", "部分实现"), ("未实现", "未实现")),
    (("优秀", "优秀"), ("良好", "良好"), ("合格", "合格"), ("不合格", "不合格")),
    (("优", "优"), ("良", "良"), ("中", "中"), ("差", "差")),
    (("好", "好"), ("较好", "较好"), ("一般", "一般"), ("较差", "较差")),
    (("效果显著", "显著"), ("效果明显", "明显"), ("效果一般", "一般"), ("效果不明显", "不明显")),
)

# (b) trend phrases: a degree adverb before a verb of change; the degree is the grade.
DEGREE_ADVERBS: dict[str, str] = {
    "显著": "显著", "大幅": "显著", "大大": "显著", "全面": "显著", "极大": "显著",
    "明显": "明显", "较大": "明显", "较大幅度": "明显",
    "有所": "有所", "稳步": "有所", "一定程度": "有所",
    "逐步": "持续", "不断": "持续", "持续": "持续", "进一步": "持续", "逐年": "持续",
}
CHANGE_VERBS = ("提高", "提升", "改善", "完善", "增强", "加强", "增加", "降低", "减少", "下降",
                "好转", "优化", "规范", "扩大", "增长", "缓解", "健全", "巩固", "推进", "缩小", "缩短", "减轻")
OTHER_TREND = ("长期", "长效", "持续", "得到保障", "有效保障", "有力保障", "长期有效", "持续发挥", "建立健全")  # (安防设施长效管护机制 | 建立健全, 2418)

# (c) compliance and binary values.
COMPLIANCE = ("合格", "达标", "符合规定", "符合相关规定", "符合要求", "符合标准", "严格执行相关制度规定",
              "在项目计划完成时间内完成", "不超预算", "控制在预算内", "控制在预算成本内", "无", "零",
              "是", "否", "优良", "足额", "及时足额", "足额发放", "按时完成", "全部完成", "按期完成", "按计划完成",
              "应保尽保", "全覆盖", "无事故", "未发生", "达到要求", "通过验收", "验收合格", "合规", "规范",
              "不超过预算", "不超出预算", "在预算范围内", "预算范围内", "达到标准", "符合", "100%合格", "专款专用",
              "专账核算", "按时足额", "足额到位", "及时到位", "全部到位")
# compliance said in other words: 符合相关文件要求, 按规定标准执行, 严格按照…执行, 不超过批复预算, with the
# matter named first (专项补助使用符合政策规定), 一次性通过省文物局验收
_COMPLIANCE = re.compile(r"^[^，,。；;不未没非]{0,12}?(符合|达到|满足).{0,12}(规定|要求|标准|政策|规范|条件)$"
                         r"|^[^，,。；;不未没非]{0,8}通过.{0,12}验收$|^(严格)?按(照)?.{0,14}(规定|标准|要求|文件|政策|程序)"
                         r".{0,6}(执行|发放|完成|落实|使用|办理|实施)?$|^(不超|不超过|不超出|控制在).{0,8}预算.{0,4}(内|以内|范围内)?$"
                         r"|^(无|零)(违规|违纪|事故|投诉|差错|安全事故|发生)$|^(实现)?(零|负)增长$|^(无|未造成|未产生)(重大|明显|较大)?(不良|负面)?影响$"
                         r"|^[^，,。；;]{0,6}[，,]?(当年|年度)?收支平衡[^，,。；;]{0,8}$"  # 平稳,当年收支平衡 (written 162)
                         r"|^[^，,。；;不未没非]{2,10}(全覆盖|全部覆盖)$"
                         r"|^[^，,。；;]{0,6}(不发生|未发生|无|杜绝)[^，,。；;]{0,14}(事故|事件|疫情|案件|灾害|险情|火灾|垮坝|溃坝|非访|扩散)$")  # 村卫生室全覆盖: what is covered, all of it (blind 4757);
# 化肥使用量 | 零增长: the policy's own target (化肥使用量零增长行动), not zero of a unit (blind 7450); 不发生区域性重大动物
# 疫情, 汛期无垮坝事故: a harm that does not happen, checked as none (blind 8324, 8264)

# (d) vague words that mean little alone (VAL-06 decides what to flag).
VAGUE = ("提升", "提高", "改善", "加强", "推进", "促进", "做好", "有效", "较好", "及时", "按时",
         "全年", "长远", "美化环境", "增加岗位", "服务水平提升", "满意", "较高", "程度较高", "及时支出")

_GRADE_OF = {p: g for grades in GRADE_SETS for p, g in grades}
_TREND = re.compile("(" + "|".join(sorted(DEGREE_ADVERBS, key=len, reverse=True)) + ")"
                    "(?:地)?(" + "|".join(CHANGE_VERBS) + ")$")
# lasting use said in words (长期稳定运行, 持续发挥作用): the 可持续影响 kind of trend (§3.1(b))
_LASTING = re.compile(r"(长期|持续|长效|稳定)(稳定|有效|正常|良好)?(运行|运转|使用|运营|开放|发挥(作用|效益|效用)?|保持|有效|保障)"
                      r"(\d+\s*年(以上)?)?"  # 持续运行3年以上: how long, said (blind 5247)
                      r"|^(长期|持续|长效)(保持)?(稳定|有效|坚持|良好)$|^(常态化|持续|长效)(开展|运行|坚持|实施|推进|推广|应用|落实|执行)?$")
_SET_UP = re.compile(r"^(建立|建成|形成|健全|建立健全)(并|且|后)")
# (持续实施, set 95; 持续保持稳定, set 99; 持续推广, 2251)  # 长期坚持 (written 148)  # (社会救助信息化平台运行 | 持续稳定: the name says what lasts)
# a verb of change and what changes, no measure of it (改善条件, 提升水平, 提高服务质量)
_CHANGE_OF = re.compile(r"(" + "|".join(CHANGE_VERBS) + r")(服务)?(条件|环境|水平|质量|能力|效果|效率|机制|服务)")
# a class of a graded national standard (不低于Ⅲ类, 达到地表水Ⅱ类标准, 二级及以上): a grade that can be checked
_STANDARD_CLASS = re.compile(r"^(不低于|不劣于|达到|优于|保持|稳定在|稳定达到|≥|>=|＞=|=|＝)?\s*(地表水|水质)?\s*"
                             r"(Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|III|II|IV|I|V|一|二|三|四|五)\s*(类|级)(水质)?(标准)?(及以上|以上)?$")
_PUNCT = re.compile(r"[。.，,；;！!、\s]+$")
_ONLY_CHANGE = re.compile("(?:" + "|".join(CHANGE_VERBS + ("巩固", "稳定", "保持")) + "){1,3}")


def trend_phrase(text: str) -> re.Match | None:
    """The trend phrase a text ends with (劳动者职业技能水平持续提高: 持续提高)."""
    return _TREND.search(_PUNCT.sub("", text))


def classify(phrase: str) -> tuple[str | None, str | None]:
    """(grade, category) of a qualitative phrase; (None, None) when unknown."""
    p = _PUNCT.sub("", phrase).replace("，", ",")
    if p in _GRADE_OF:  # 合格 is both a grade and a compliance value (§3.1(a), (c))
        return _GRADE_OF[p], "compliance" if p in COMPLIANCE else "grade"
    floor = re.sub(r"(及|或)?以上$", "", p)
    if floor != p and floor in _GRADE_OF:  # 良好及以上: a grade and the ones above it
        return _GRADE_OF[floor], "grade"
    standard = _STANDARD_CLASS.fullmatch(p)
    if standard:
        return standard.group(3) + standard.group(4), "grade"
    m = _TREND.search(p)
    if m:
        return DEGREE_ADVERBS[m.group(1)], "trend"
    if p in OTHER_TREND or _LASTING.fullmatch(_SET_UP.sub("", p)):  # 建立并持续运行 (written 1228): set up, then lasting
        return None, "trend"
    if p in COMPLIANCE or _COMPLIANCE.search(p):
        return None, "compliance"
    if p in VAGUE or (p and _ONLY_CHANGE.fullmatch(p)) or _CHANGE_OF.fullmatch(p):  # 巩固提高, 提升改善, 改善条件
        return None, "vague"
    parts = [part for part in re.split(r"[,；;]", p) if part]
    if len(parts) > 1:  # 持续稳定运行，乡镇防疫站点全覆盖: each clause a lasting use or a standard met (blind 8274)
        kinds = [classify(part)[1] for part in parts]
        if all(kind in ("grade", "trend", "compliance") for kind in kinds):
            return None, next((kind for kind in kinds if kind != "compliance"), "compliance")
    return None, None
