"""What written sets 54 and 56 (text copied out of PDF files, judged at 13e6018) showed, mended; each test fails on
8e1eeda."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine import doubt
from jxcheck.engine.readers import spaced, text, vertical
from written_checks import checked as _form, rules_of as _rules



def _rows(result) -> list[tuple[str, str, str, str]]:
    return [(i.level1, i.level2, i.name, i.raw) for i in result.form.indicators]


def test_an_export_of_tabs_and_runs_of_spaces(tmp_path, book):
    """Two spaces after a tab pad it, three or more stand for a blank cell, at a field's start or its end (017, 024);
    a row one cell short whose value stands in the name's column is read one column to the right."""
    lines = ["项目支出绩效目标表", "项目名称   农村供水工程维修养护", "主管部门→  某县水利局", "年度目标→完成维修养护38处。",
             "一级指标→  二级指标→三级指标→指标权重→计量单位→指标性质→  指标值",
             "产出指标→数量指标→维修养护集中供水工程→  20→  处→≥→38",
             "→→更换老旧管网   20→  公里→  ≥→46",
             "       水质检测份次→10→份次    ≥    1200",
             "→时效指标→维修养护完成时限→10   →定性→  及时",
             "   →水质达标率→10→%→≥→90",
             "效益指标    社会效益指标    农村自来水普及率   20→%    ≥→92",
             "满意度指标→  服务对象满意度指标   受益群众满意度    20   %→≥   90"]
    result = _form(tmp_path, "\n".join(lines).replace("→", "\t") + "\n", book)
    rows = {(i.name, i.raw, i.unit_cell or "") for i in result.form.indicators}
    assert {("维修养护集中供水工程", "38", "处"), ("更换老旧管网", "46", "公里"), ("水质检测份次", "1200", "份次"),
            ("水质达标率", "90", "%")} <= rows
    assert ("维修养护完成时限", "及时", "") in rows
    assert not {"STR-05", "STR-02", "TXT-03"} & set(_rules(result))


VIEWER = """乐昌市卫生健康局2024年部门整体支出绩效目标表
部门名称 乐昌市卫生健康局
资金总额  8426.37
目标1：保障局机关正常运转。目标2：完成基本公共卫生服务项目，65岁及以上老年人健康
年度绩效目标  管理率达到70%以上。目标3：适龄儿童国家免疫规划疫苗接种率保持在95
%以上。
一级指标 二级指标 三级指标  指标值
保障在职在编人员数 ≥412人
数量指标  村卫生站正常运行数 ≥176个
65岁及以上老年人健康管 ≥23500人
理人数
质量指标 2型糖尿病患者规范管理 ≥65%
率
时效指标  工资按月发放及时率  =100%
产出指标 基本公共卫生服务资金拨  ≤2024年12月31日
付完成时间
社会效益指标  甲乙类法定传染病报告发  ≤300/10万
病率
效益指标  孕产妇死亡率  ≤12/10万
满意度指标 服务对象满意度指标  群众对基本公共卫生服务 ≥85%
满意度
"""


def test_a_viewers_copy_with_names_wrapped_under_themselves(tmp_path, book):
    """A viewer's copy (011, 026): a name's end alone on the line below its row; the goal's label on its text's
    middle line; a 一级 printed inside its group keeps the 二级 of the row above."""
    result = _form(tmp_path, VIEWER, book)
    names = [i.name for i in result.form.indicators]
    assert "65岁及以上老年人健康管理人数" in names and "2型糖尿病患者规范管理率" in names
    assert "基本公共卫生服务资金拨付完成时间" in names and "群众对基本公共卫生服务满意度" in names
    assert [(i.level1, i.level2) for i in result.form.indicators if i.name == "孕产妇死亡率"] == [("效益指标", "社会效益指标")]
    assert any(g.text.endswith("疫苗接种率保持在95%以上。") for g in result.form.goals)
    assert any("65岁及以上老年人健康管理率达到70%以上" in g.text for g in result.form.goals)
    assert not {"FORM-03", "STR-06", "STR-02"} & set(_rules(result))


def test_interleaved_tails_of_a_row(tmp_path, book):
    """项目资金（ / 万元）, 其中：当年财 / 政拨款, 运维服务合同履 | 2023年12月31 | 2023年12月31 / 约完成时间 | 日前 | 日, 可持续影响指 /
    标: each piece ends the cell it stands under (026)."""
    above, _ = spaced.pieces("时效指标  运维服务合同履  2023年12月31 2023年12月31 5 5")
    tails, _ = spaced.pieces("约完成时间 日前 日")
    assert spaced._tails_of(above, tails) == [1, 2, 3]
    level, _ = spaced.pieces("可持续影响指 系统稳定运行率  ≥95% 97.1%  5 5")
    assert spaced._tails_of(level, spaced.pieces("标")[0]) == [0]
    score, _ = spaced.pieces("运维传输链路 ≥320条 320条  10 10")
    assert spaced._tails_of(score, spaced.pieces("质量指标 视频监控点位在  ≥95% 91.3% 10 9.6")[0]) is None


def test_a_tall_row_laid_out(tmp_path, book):
    """pdftotext -layout of a row whose reason runs seven lines (015): its name's first line and its reason's first
    lines stand above its figures (the row called by its name's first line), the header's label wrapped under
    itself; a level's name wrapped over an empty group (033)."""
    lines = ["一级指标     二级指标       三级指标      年度指标值    实际完成值   分值   得分   偏差原因分析及",
             "                                                                                       改进措施",
             "              数量指标    家庭医生团队组     ≥320个        326个       10     10",
             "                               建数",
             "              质量指标    重点人群签约率      ≥75%         77.6%       10     10",
             "                                                                                    部分偏远乡镇签",
             "                          签约居民履约服                                            约居民外出务工。",
             "                             务完成率         ≥90%         88.4%       10    9.8",
             "            可持续影响指",
             "                 标",
             "满意度指标   服务对象满意  签约居民满意      ≥90%          91.3%       15    15",
             "             度指标          度"]
    rows = dict(spaced.rows(lines))
    assert rows[1][-1] == "偏差原因分析及改进措施"
    assert 8 not in rows and rows[7][2:] == ["签约居民履约服务完成率", "≥90%", "88.4%", "10", "9.8", "部分偏远乡镇签约居民外出务工。"]
    assert rows[9][:2] == ["", "可持续影响指标"] and rows[11][:3] == ["满意度指标", "服务对象满意度指标", "签约居民满意度"]


def test_a_cell_a_line_with_its_notes_and_split_values(tmp_path, book):
    """pdftotext without -layout (128, 300, 020, 998, 978): 指标值 over 符号 | 值 | 单位; a 指标解释 column whose note
    follows the value; a name that starts with a value's word (优良中等路率) or with a figure (65岁及以上…); a date
    broken inside its number; the header's long label wrapped; a 二级 then a name of its words; the page's number."""
    body = """项目支出绩效自评表
项目名称
2024年高标准农
田建设项目
实施单位
威县农
业农村
局
一级指标
二级指标
三级指标
指标值
符号
值
单位
实际完成值
分值
得分
偏差原因分析及改
进措施
产出指标
数量指标
新建高标准农田面积
≥
1.2
万亩
1.2万亩
20
20
65岁及以上受益农户
培训人数
≥
300
人
320人
10
10
质量指标
优良中等路率
≥
75
%
76.8%
20
20
时效指标
项目完工时间
≤
2024年11月3
0日
2024年11月2
8日
10
10
满意度指标
服务对象满意度
指标
服务对象满意度
≥
90
%
86%
10
10
总分
100
96
填报人：王志刚      联系电话：0319-6XXXXXX
1
"""
    lines = body.splitlines()
    assert vertical.applies(lines)
    result = _form(tmp_path, body, book)
    assert result.form.meta.project == "2024年高标准农田建设项目" and result.form.meta.department == "威县农业农村局"
    got = [(i.level2, i.name, i.raw, i.unit_cell, i.actual) for i in result.form.indicators]
    assert got == [("数量指标", "新建高标准农田面积", "1.2", "万亩", "1.2万亩"),
                   ("数量指标", "65岁及以上受益农户培训人数", "300", "人", "320人"),
                   ("质量指标", "优良中等路率", "75", "%", "76.8%"),
                   ("时效指标", "项目完工时间", "2024年11月30日", None, "2024年11月28日"),
                   ("服务对象满意度指标", "服务对象满意度", "90", "%", "86%")]
    notes = """一级指标
二级指标
三级指标
指标值
指标解释
产出指标
数量指标
农村公路日常养护里程
≥1120公里
县、乡、村道列养里程
路面中修里程
≥30公里
质量指标
优良中等路率
≥85%
按年度路况检测结果
满意度指标
服务对象满意度指标
沿线群众满意度
≥90%
抽样问卷调查
1 / 1"""
    rows = [cells for _, cells in vertical.rows(notes.splitlines())]
    assert ["", "", "路面中修里程", "≥30公里", ""] in rows
    assert ["产出指标", "数量指标", "农村公路日常养护里程", "≥1120公里", "县、乡、村道列养里程"] in rows
    assert ["", "质量指标", "优良中等路率", "≥85%", "按年度路况检测结果"] in rows


def test_funds_labels_before_the_blocks_own(tmp_path):
    """年初预算数 / … / 得分, then 年度预算执行情况 / （万元）, then each line's label and amounts (998)."""
    lines = ["部门（单位）名称", "某县卫生健康委员会", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
             "年度预算执行情况", "（万元）", "年度资金总额", "7980.00", "8660.40", "8512.62", "10", "98.29%", "9.83",
             "按收入性质分：", "一般公共预算", "7740.00", "8420.40", "8282.62", "年度总体目标", "预期目标", "实际完成情况",
             "完成家庭医生签约12万人。", "签约11.2万人。", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"]
    rows = [cells for _, cells in vertical._preamble(vertical._bracket_joined(list(enumerate(lines, 1)))[:22])]
    assert ["", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"] in rows
    assert ["", "年度预算执行情况（万元）"] in rows
    assert ["", "年度资金总额", "7980.00", "8660.40", "8512.62", "10", "98.29%", "9.83"] in rows
    assert ["", "一般公共预算", "7740.00", "8420.40", "8282.62"] in rows


def test_tab_cells_that_kept_the_pdfs_line_breaks():
    """WPS's PDF-to-Word pasted (130, 996): a cell's text broken over lines, the rest of its row on the last of them —
    joined back only in a file whose breaks cut a bracket, a level's name or a date for certain; a line of its own
    fields after a field's whole value (…服务中心 / 项目资金→→年初预算数) stays a row."""
    broken = ["项目名称\t统防统治", "项目资金（万", "元）\t\t年初预算数\t全年预算数", "\t年度资金总额\t300.00\t300.00",
              "一级指标\t二级指标\t三级指标\t年度指标值", "产出指标\t质量指标\t统防区病虫危害损失", "率\t≤5%",
              "\t时效指标\t防治作业完成时间\t≤2024年6月30", "日", "满意度指标\t服务对象满意", "度指标\t种植户满意度\t≥90%"]
    rows = [r.texts for r in text.split_rows("\n".join(broken) + "\n")]
    assert ("项目资金（万元）", "", "年初预算数", "全年预算数") in rows
    assert ("产出指标", "质量指标", "统防区病虫危害损失率", "≤5%") in rows
    assert ("", "时效指标", "防治作业完成时间", "≤2024年6月30日") in rows
    assert ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%") in rows
    whole = ["主管部门\t某县交通运输局\t实施单位\t某县道路运输服务中心", "项目资金\t\t年初预算数\t全年预算数",
             "一级指标\t二级指标\t三级指标\t分值", "业务装备经费\t满意度指标\t服务对象满意度\t10"]
    assert len(text.split_rows("\n".join(whole) + "\n")) == 4


def test_a_side_label_dropped_below_and_a_lone_group(tmp_path, book):
    """年度预算 | 合计 | 财政拨款 | 其他资金 over three amounts (958): the total is the first; a 二级 alone on its row
    with no indicator under it is an empty group (on this copy out of a PDF, a line to check: engine/doubt.py)."""
    body = ("部门整体支出绩效申报表\n部门名称 某市水务局 单位：万元\n年度预算 合计 财政拨款 其他资金\n5826.45 5706.45 120.00\n"
            "年度绩效目标 完成河道疏浚48条。\n一级指标 二级指标 三级指标 指标值\n产出指标 数量指标 河道疏浚条数 ≥48条\n"
            "效益指标 社会效益指标 河湖长巡河履职率 ＝100%\n可持续影响指标\n满意度指标 服务对象满意度 群众满意度 ≥90%\n指标\n")
    result = _form(tmp_path, body, book)
    assert "BUD-01" not in _rules(result) and str(result.form.meta.budget) in ("5826.45", "5826.450")
    assert [g[1] for g in result.form.empty_groups] == ["可持续影响指标"] and doubt.signs(result.form) == [9]
    assert _rows(result)[-1][:2] == ("满意度指标", "服务对象满意度指标")


def test_rule_words_of_sets_54_and_56(tmp_path, book):
    """每周开放时长, 每月供养金发放截止日 are measures, not recurring tasks (032, 475); 台件 counts meters (033)."""
    body = ("项目支出绩效目标表\n项目名称\t图书馆免费开放\n主管部门\t某县文旅局\n年度绩效目标\t全年免费开放，每周开放56小时以上。\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t每周开放时长\t≥56小时\n"
            "\t\t计量器具强制检定\t≥1200台件\n\t时效指标\t每月供养金发放截止日\t每月10日前\n"
            "效益指标\t社会效益指标\t年接待读者人次\t≥8万人次\n满意度指标\t服务对象满意度指标\t读者满意度\t≥90%\n")
    found = [(f.rule, f.subject) for f in _form(tmp_path, body, book).findings]
    assert ("TXT-03", "每周开放时长") not in found and ("TXT-03", "每月供养金发放截止日") not in found
    assert ("VAL-02", "计量器具强制检定") not in found
