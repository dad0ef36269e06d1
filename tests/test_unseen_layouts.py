"""Layouts met on the eighth set of unseen forms: a published list of projects with 【一级-二级】 headings and
指标1:名称(值) lines, template slots dashed out, values the cut took with it, a year in brackets, 时效性指标, a
goal label that carries only its weight, a report's numbered headings, and a column that explains the value."""
from __future__ import annotations

from jxcheck.engine.check import check_file, check_path
from jxcheck.engine.readers import read


def _write(tmp_path, rows, name="form.txt", notes=()):
    path = tmp_path / name
    path.write_text("".join(f"{n}\n" for n in notes) + "\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_a_list_of_projects_with_bracketed_levels_is_a_form_per_project(tmp_path, book):
    rows = [["某市水利局2024年项目绩效目标和指标"],
            ["单位编码", "单位名称(项目类别/支出项目)", "年度预算安排", "项目内容", "绩效目标"],
            ["", "某市水利局", "5300000", "", ""],
            ["061001", "河道保洁项目", "1200000", "【项目概况】:市区河道日常保洁。", ""],
            ["", "", "", "", "全年完成市区河道保洁120公里。"],
            ["", "", "", "", "【产出指标-数量指标】"], ["", "", "", "", "指标1:保洁河道长度(≥120公里)"],
            ["", "", "", "", "【产出指标-质量指标】"], ["", "", "", "", "指标1:保洁合格率(≥95%)"],
            ["", "", "", "", "【效益指标-社会效益指标】"], ["", "", "", "", "指标1:河道环境改善(明显改善)"],
            ["", "", "", "", "【满意度指标-服务对象满意度指标】"], ["", "", "", "", "指标1:群众满意度(≥90%)"],
            ["061001", "水质监测项目", "300000", "【项目概况】:重点断面水质监测。", ""],
            ["", "", "", "", "开展水质监测48次。"],
            ["", "", "", "", "【产出指标-数量指标】"], ["", "", "", "", "指标1:监测次数(≥48次)"],
            ["", "", "", "", "指标2:监测断面数(≥6个)"]]
    path = _write(tmp_path, rows)
    parts = read(path).all()
    assert [p.name for p in parts] == ["河道保洁项目", "水质监测项目"]
    first = parts[0].form
    assert (first.meta.kind, first.meta.department, first.meta.year, first.meta.money_unit) == (
        "项目支出绩效目标表", "某市水利局", 2024, "元")
    assert [(i.level1, i.level2, i.name, i.raw, i.location.line) for i in first.indicators] == [
        ("产出指标", "数量指标", "保洁河道长度", "≥120公里", 7), ("产出指标", "质量指标", "保洁合格率", "≥95%", 9),
        ("效益指标", "社会效益指标", "河道环境改善", "明显改善", 11),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", 13)]
    assert [g.text for g in first.goals] == ["全年完成市区河道保洁120公里。"]
    assert [i.name for i in parts[1].form.indicators] == ["监测次数", "监测断面数"]
    assert not [f for r in check_path(path, book) for f in r.findings if f.rule in ("FORM-02", "BUD-05")]


HEAD = [["项目支出绩效自评表"], ["（2021年度）"], ["项目名称", "文化馆免费开放"], ["实施单位", "某区文化馆"]]


def test_dashed_out_template_slots_are_no_indicators(tmp_path, book):
    path = _write(tmp_path, [*HEAD, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                             ["产出指标", "数量指标", "开放天数", "≥300天", "310天", "50", "50"], ["", "", "-"],
                             ["", "-", "-"], ["效益指标", "社会效益指标", "服务人次", "≥2万人次", "2.3万人次", "50", "50"]])
    assert [i.name for i in read(path).form.indicators] == ["开放天数", "服务人次"]
    assert not [f for f in check_file(path, book).findings if f.rule in ("STR-05", "STR-06")]


def test_the_rows_above_a_cut_with_no_value_lost_it_to_the_cut(tmp_path, book):
    path = _write(tmp_path, [*HEAD, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
                             ["产出指标", "数量指标", "养护里程", "300公里", "300公里"],
                             ["", "质量指标", "建设验收合格率"], ["", "", "养护验收合格率"], ["", "", "农村"]],
                  notes=["# completeness: partial (the stored text stops inside the 质量指标 rows)"])
    found = [(f.rule, f.location.line) for f in check_file(path, book).findings]
    assert not [r for r in found if r[0] == "STR-06"]
    assert len(read(path).form.indicators) == 4  # counted, not judged
    whole = _write(tmp_path, [*HEAD, ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
                              ["产出指标", "数量指标", "养护里程", "300公里", "300公里"],
                              ["", "质量指标", "建设验收合格率"]], name="whole.txt")
    assert ("STR-06", 7) in [(f.rule, f.location.line) for f in check_file(whole, book).findings]


def test_a_year_in_brackets_after_the_title(tmp_path):
    path = _write(tmp_path, [["转移支付区域(项目)绩效目标自评表 (2021)"], ["地方主管部门", "某市生态环境局"],
                             ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
                             ["产出指标", "数量指标", "监测站点数", "5个", "5个"]])
    assert read(path).form.meta.year == 2021


def test_a_weight_beside_a_goal_label_and_a_level_written_with_xing(tmp_path, book):
    path = _write(tmp_path, [["单位名称", "某镇人民政府"], ["基本支出总额", "864.2万", "项目支出总额", "0"],
                             ["年度目标1:(80分)", "办结信访案件168起"],
                             ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
                             ["产出指标", "数量指标", "办结信访案件", "168起", "168起", "40"],
                             ["", "时效性指标", "办结时间", "≤2天", "2天", "40"],
                             ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "20"]])
    form = read(path).form
    assert [g.text for g in form.goals] == ["办结信访案件168起"]
    assert form.meta.kind == "部门整体支出绩效自评表"  # 基本支出总额: a department's whole spending
    found = {(f.rule, f.location.line) for f in check_file(path, book).findings}
    assert ("STR-02", 6) in found and not [r for r in found if r[0] == "STR-07"]


def test_a_reports_numbered_headings_are_not_empty_fields(tmp_path, book):
    path = _write(tmp_path, [["2021年度奖助学金项目自评结果"], ["一、自评结论"], ["(一)评价得分情况。"],
                             ["自评得分99.8分。"], ["(二)绩效目标完成情况"], ["经过自评,本项目完成了各项目标。具体完成情况如下表:"],
                             ["一级指标", "二级指标", "指标名称", "目标值", "实际完成值"],
                             ["产出指标", "数量指标", "受资助学生人数", "14726人", "15935人"],
                             ["(三)存在的问题和原因"], ["1、覆盖率有待进一步提高。主要原因是统计口径不一。"]])
    assert len(read(path).form.indicators) == 1
    assert not [f for f in check_file(path, book).findings if f.rule in ("EVAL-10", "FORM-03")]


def test_a_column_that_explains_the_value_is_not_the_value(tmp_path):
    path = _write(tmp_path, [["2025年项目支出绩效目标表"], ["填报单位(盖章):某县疾病预防控制中心"],
                             ["一级指标", "二级指标", "三级指标", "指标值类型", "目标值", "度量单位", "指标值内容", "备注"],
                             ["产出指标", "数量指标", "培训人次", "≥", "300", "人次", "反映培训人次。", ""]])
    indicator = read(path).form.indicators[0]
    assert (indicator.raw, indicator.unit_cell) == ("300", "人次")


def test_forms_one_after_another_each_under_its_coded_unit_line(tmp_path, book):
    form = [["207101某区人民法院", "单位:万元"], ["项目名称", "安全隐患维修"], ["绩效目标", "维修审判楼外墙400平方米。"],
            ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值"],
            ["产出指标", "数量指标", "维修面积", "维修面积", "≥400平方米"],
            ["满意度指标", "服务对象满意度指标", "干警满意度", "干警满意度", "≥95%"]]
    second = [row[:] for row in form]
    second[1] = ["项目名称", "办案业务费"]
    path = _write(tmp_path, [["某区人民法院"], ["项目支出绩效目标表"], ["(2023年)"], *form, *second])
    parts = read(path).all()
    assert [p.name for p in parts] == ["安全隐患维修", "办案业务费"]
    assert [(p.form.meta.kind, p.form.meta.department, p.form.meta.year, len(p.form.indicators)) for p in parts] == [
        ("项目支出绩效目标表", "某区人民法院", 2023, 2)] * 2
    assert not [f for r in check_path(path, book) for f in r.findings if f.rule in ("STR-06", "FORM-04", "VAL-09")]


def test_a_units_and_a_projects_own_lines_inside_the_table_are_no_indicators(tmp_path, book):
    path = _write(tmp_path, [["2023年项目支出绩效目标表公开"], ["部门:505_某州教育和体育局", "金额单位:万元"],
                             ["单位代码", "单位(专项)名称", "资金总额", "实施期绩效目标", "绩效指标"],
                             ["一级指标", "二级指标", "三级指标", "指标值", "度量单位", "指标值类型"],
                             ["505006", "某州特殊教育学校", "30.00"], ["505006", "学生伙食费", "30.00"],
                             ["产出指标", "数量指标", "补助学生数量", "168", "人", "定量"],
                             ["", "质量指标", "伙食补助发放率", "≥90%", "-", "定量"],
                             ["满意度指标", "服务对象满意度指标", "学生满意度", "≥95%", "-", "定性"]])
    form = read(path).form
    assert [i.name for i in form.indicators] == ["补助学生数量", "伙食补助发放率", "学生满意度"]
    assert form.indicators[1].unit_cell is None  # "-": no unit of its own, not a unit that differs
    assert not [f for f in check_file(path, book).findings if f.rule in ("STR-05", "FORM-03", "VAL-02")]


def test_levels_written_as_targets_under_one_label_over_both_columns(tmp_path, book):
    rows = [["评价内容", "绩效内容", "绩效目标值", "实际完成值", "累计完成率"],
            ["产出目标", "数量目标", "人才驿站组织活动数量", ">=28次", "40次", "143%"],
            ["", "质量目标", "补助资金到位率", "100%", "100%", "100%"],
            ["(二)项目绩效目标完成情况"], ["1.产出目标完成情况"], ["(1)时效目标:资金到位时间目标值是2023年12月前,实际完成值为2023年12月前,"]]
    path = _write(tmp_path, [["项目支出绩效自评表"], ["项目名称", "人才驿站补助"], ["实施单位", "某市人才中心"], ["年度", "2023"],
                             *rows])
    form = read(path).form
    assert [(i.level1, i.level2, i.name, i.raw, i.actual) for i in form.indicators] == [
        ("产出目标", "数量目标", "人才驿站组织活动数量", ">=28次", "40次"),
        ("产出目标", "质量目标", "补助资金到位率", "100%", "100%")]
    found = {f.rule for f in check_file(path, book).findings}
    assert not found & {"FORM-03", "EVAL-10", "STR-05", "STR-06"}


def test_a_notice_that_heads_each_group_and_lists_its_items_below(tmp_path, book):
    path = _write(tmp_path, [["某县2025年技术培训项目绩效目标设定"], ["一、产出指标"], ["(一)数量指标"],
                             ["种植人员培训(县内培训)≧300人;"], ["(二)时效指标"], ["完成时限,2025年10月底前;"],
                             ["二、效益指标"], ["(一)社会效益指标"], ["学员种植技术水平,提高;"],
                             ["三、满意度指标"], ["参训学员满意度≥95%。"], ["某县农业农村局"], ["2025年4月26日"]])
    form = read(path).form
    assert [(i.level2, i.name, i.raw) for i in form.indicators] == [
        ("数量指标", "种植人员培训(县内培训)", "≧300人"), ("时效指标", "完成时限", "2025年10月底前"),
        ("社会效益指标", "学员种植技术水平", "提高"), ("服务对象满意度指标", "参训学员满意度", "≥95%")]
    assert not [f for f in check_file(path, book).findings if f.rule == "FORM-02"]


def test_rows_of_a_headerless_fragment_that_name_both_levels_are_read(tmp_path):
    path = _write(tmp_path, [["项目完成指标", "质量指标", "改善养老服务基础条件", "改善条件", "明显改善", "", ""],
                             ["项目完成指标", "时效指标", "完成时间", "2020年", "2020年", "", ""],
                             ["项目完成指标", "成本指标", "项目成本", "100万", "100万", "", ""],
                             ["效益指标", "社会效益指标", "养老服务需求满足程度", "有所提升", "养老服务提升", "", ""],
                             ["", "满意度指标", "服务对象满意度指标", "养老服务对象满意度", "≥90%", "98%", ""],
                             ["2.部门绩效评价结果。"]])
    form = read(path).form
    assert [(i.level1, i.name, i.raw, i.actual) for i in form.indicators][:2] == [
        ("项目完成指标", "改善养老服务基础条件", "改善条件", "明显改善"), ("项目完成指标", "完成时间", "2020年", "2020年")]
    assert len(form.indicators) == 5


def test_the_forms_own_title_after_a_pages_heading(tmp_path):
    path = _write(tmp_path, [["某区2021年化肥减量增效项目补助资金绩效自评"], ["发文机构", "某区农业农村局"],
                             ["2022年度项目支出绩效自评表"], ["单位名称", "某区土肥站"],
                             ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                             ["产出指标", "数量指标", "示范面积", "≥1万亩", "1.2万亩", "100", "100"]])
    assert read(path).form.meta.year == 2022


def test_a_self_evaluation_titled_as_a_target_form(tmp_path):
    path = _write(tmp_path, [["某县科学技术局2022年项目支出绩效目标表"], ["实施单位", "某县科学技术局"],
                             ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                             ["产出指标", "数量指标", "培训人次", "≥300人次", "320人次", "100", "100"]])
    assert read(path).form.meta.kind == "项目支出绩效自评表"


def test_money_units_differ_only_from_a_unit_the_form_prints(tmp_path, book):
    rows = [["项目名称", "养老服务"], ["实施单位", "某县民政局"], ["年度", "2020"],
            ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "服务人次", "≥300人次"],
            ["", "成本指标", "项目成本", "≤100万"]]
    unstated = _write(tmp_path, rows, "unstated.txt")
    assert read(unstated).form.meta.money_unit_stated is False
    assert not [f for f in check_file(unstated, book).findings if f.rule == "BUD-05"]
    stated = _write(tmp_path, [["填报单位:(盖章)", "单位:万元"], *rows], "stated.txt")
    assert ("BUD-05", 7) in [(f.rule, f.location.line) for f in check_file(stated, book).findings]


def test_a_last_value_cut_inside_its_wording_is_cut(tmp_path, book):
    path = _write(tmp_path, [["部门整体支出绩效目标表"], ["单位名称", "某县疾控中心"], ["年度", "2024"],
                             ["一级指标", "二级指标", "三级指标", "指标值"],
                             ["产出指标", "数量指标", "培训次数", "2次以上"], ["", "", "宣传活动次数", "20次以"]],
                  notes=["# completeness: partial (the stored text stops in the last row)"])
    found = {(f.rule, f.location.line) for f in check_file(path, book).findings}
    assert ("FORM-03", 7) in found and ("VAL-02", 7) not in found


def test_a_goal_that_names_the_sales_it_will_reach_is_specific():
    from jxcheck.engine.rules.text import _specific
    assert _specific("完成福彩APP改版升级,全年彩票销量14.5亿元,筹集公益金2.35亿元。")
    assert not _specific("推动福彩事业健康发展,提升公益形象。")


def test_goals_labelled_by_level_and_a_reports_funds_table_is_no_second_form(tmp_path, book):
    path = _write(tmp_path, [["项目名称", "文物保护专项经费"], ["实施单位", "某市文化和旅游局"], ["起止时间", "2022年1月—12月"],
                             ["年度绩效总目标", "产出指标", "开展文物安全巡查8次;文物保护知识培训2次。"],
                             ["", "效益指标", "文物保护宣传覆盖人次≥20万人次。"],
                             ["一级指标", "二级指标", "三级指标", "指标值"],
                             ["产出指标", "数量指标", "巡查次数", "≥8次"], ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
                             ["(二)资金计划、到位及使用情况"],
                             ["项目名称", "中央、省、市(州)、县级财政资金", "资金计划", "资金到位情况"]])
    parts = read(path).all()
    assert len(parts) == 1
    assert [g.text for g in parts[0].form.goals] == ["开展文物安全巡查8次;文物保护知识培训2次。", "文物保护宣传覆盖人次≥20万人次。"]


def test_a_target_forms_weights_leave_the_execution_rates_ten(tmp_path, book):
    rows = [["项目名称", "业务装备经费"], ["项目单位", "某旗人民检察院"], ["年度", "2025"],
            ["一级指标", "二级指标", "三级指标", "指标值", "分值"],
            ["产出指标", "数量指标", "装备购置数量", "≥10台", "50"], ["效益指标", "社会效益指标", "法定审限内结案率", "≥95%", "30"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "10"]]
    found = {f.rule for f in check_file(_write(tmp_path, rows), book).findings}
    assert "EVAL-01" not in found
    rows[6][4] = "5"  # 85: no split leaves that
    assert "EVAL-01" in {f.rule for f in check_file(_write(tmp_path, rows, "short.txt"), book).findings}


def test_a_count_in_tens_of_thousands_is_a_known_unit():
    from jxcheck.engine import units
    assert units.lookup("万条").kind == "count" and units.lookup("千户").kind == "count"
    assert units.lookup("万kg").kind == "unknown"


def test_a_weight_split_that_leaves_a_group_out_is_said(tmp_path, book):
    rows = [["项目支出绩效自评表"], ["（2020年度）"], ["项目名称", "普惠金融专项"], ["实施单位", "某省财政厅"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "支持对象数量", "≥100户", "120户", "60", "60"],
            ["效益指标", "社会效益指标", "覆盖面", "明显扩大", "明显扩大", "20", "20"],
            ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "20", "20"],
            ["总分", "", "", "", "", "100", "100"]]
    found = [(f.rule, f.case) for f in check_file(_write(tmp_path, rows), book).findings]
    assert ("EVAL-01", "split") in found  # 预算执行 0 of the usual 10
