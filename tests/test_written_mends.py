"""What the judged written sets left false or missed, mended: each test fails on the code before its mend."""
from __future__ import annotations

from decimal import Decimal

import yaml

from jxcheck.engine.check import check_file, check_path
from jxcheck.engine.form_dict import to_dict
from jxcheck.engine.readers import read
from jxcheck.engine.values.parse import parse_value


def _write(tmp_path, rows, name="form.txt"):
    path = tmp_path / name
    path.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


SELF_EVAL_FUNDS = [["部门整体支出绩效自评表"], ["(2023年度)"], ["部门名称", "某县教育局", "", "", "", "", "", "单位:万元"],
                   ["年度预算执行情况", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]]
INDICATORS = [["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
              ["", "产出指标", "数量指标", "义务教育阶段在校生人数", "≥19500人", "19630人", "90", "90"]]


def test_a_row_labelled_as_the_budget_change_explains_it_in_any_words(tmp_path, book):
    """三穗 (written set 5, 396): 预算调整说明 | 全年预算数较年初增加782.10万元,为年中下达的…补助资金 — no 追加 in it."""
    path = _write(tmp_path, SELF_EVAL_FUNDS + [
        ["", "年度资金总额", "17860.20", "18642.30", "17905.16", "10", "96.05%", "9.6"],
        ["", "预算调整说明", "全年预算数较年初增加782.10万元,为年中下达的中央义务教育薄弱环节改善与能力提升补助资金。"],
    ] + INDICATORS)
    assert not [f for f in check_file(path, book).findings if f.rule == "BUD-07"]
    bare = _write(tmp_path, SELF_EVAL_FUNDS + [["", "年度资金总额", "17860.20", "18642.30", "17905.16", "10", "96.05%", "9.6"]]
                  + INDICATORS, "bare.txt")
    assert [f.case for f in check_file(bare, book).findings if f.rule == "BUD-07"] == ["adjusted"]


def _rules(path, book):
    return sorted((f.rule, f.location.line) for f in check_file(path, book).findings)


def test_a_row_of_the_executions_points_under_the_funds_lines(tmp_path, book):
    """建阳 (written set 4, 391): 预算执行分值 | 10 | 预算执行得分 | 9.5 on a row of its own is the total line's weight and
    score, not a source of funds: the weights add up to 100, the scores with it, and its score is checked."""
    rows = [["2023年度项目支出绩效自评表"], ["项目名称", "基本公共卫生服务项目"],
            ["资金情况(万元)", "资金来源", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["", "中央补助", "2118.2", "2118.2", "2118.2", "100.00%"],
            ["", "区级配套", "907.8", "907.8", "695.02", "76.56%"],
            ["", "合计", "3026.0", "3026.0", "2813.22", "92.97%"],
            ["", "预算执行分值", "10.0", "", "预算执行得分", "9.5"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "居民电子健康档案建档人数", "≥28.5万人", "29.1万人", "50", "50"],
            ["效益指标", "社会效益指标", "居民健康素养水平", "≥28%", "29.6%", "30", "30"],
            ["满意度指标", "服务对象满意度指标", "居民满意度", "≥85%", "90.2%", "10", "10"],
            ["总分", "", "", "", "", "100", "99.5"]]
    found = _rules(_write(tmp_path, rows), book)
    assert ("BUD-08", 6) in found  # 10 × 92.97% = 9.30, not 9.5
    assert not [r for r in found if r[0] in ("BUD-01", "EVAL-01", "EVAL-02")]


def test_a_breakdown_beside_the_funds_table_is_no_column_of_it(tmp_path, book):
    """湄潭 (written set 2, 375): 按收入性质分: | 按支出性质分: over label | amount pairs, two to a row: a breakdown
    of the year's budget printed beside the table, not amounts under its 年初预算数 or 分值 columns."""
    rows = [["部门整体支出绩效自评表"], ["(2024年度)"], ["部门(单位)名称", "湄潭县综合行政执法局"],
            ["年度预算(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "2286.40", "2512.70", "2468.40", "10", "98.24%", "9.82"],
            ["", "按收入性质分:", "", "", "按支出性质分:"],
            ["", "其中:一般公共预算", "2212.70", "", "其中:基本支出", "1016.35"],
            ["", "政府性基金", "300.00", "", "项目支出", "1496.35"],
            ["", "其他资金", "0.00"]] + INDICATORS[:1] + [
            ["", "产出指标", "数量指标", "县城道路清扫保洁面积", "≥186万平方米", "186万平方米", "90", "90"]]
    assert not [r for r in _rules(_write(tmp_path, rows), book) if r[0] == "BUD-01"]


def test_points_on_an_empty_group_row_count_in_the_sums(tmp_path, book):
    """A 二级 row with no indicator that still carries 10 points and scores them (written set 2, 376): the weights
    and the scores add up as printed; the empty group itself is STR-04's."""
    rows = SELF_EVAL_FUNDS + [["", "年度资金总额", "100.00", "100.00", "100.00", "10", "100%", "10"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "发放优抚对象抚恤补助人数", "≥2800人", "2846人", "50", "50"],
            ["效益指标", "社会效益指标", "优抚政策落实率", "=100%", "100%", "20", "20"],
            ["", "可持续影响指标", "", "", "", "10", "10"],
            ["满意度指标", "服务对象满意度指标", "优抚对象满意度", "≥95%", "96%", "10", "10"],
            ["总分", "", "", "", "", "100", "100"]]
    found = _rules(_write(tmp_path, rows), book)
    assert ("STR-04", 9) in found
    assert not [r for r in found if r[0] in ("EVAL-01", "EVAL-02")]
    path = tmp_path / "form.yaml"  # and the canonical form keeps the points
    path.write_text(yaml.safe_dump(to_dict(read(_write(tmp_path, rows)).form), allow_unicode=True), encoding="utf-8")
    assert not [r for r in _rules(path, book) if r[0] in ("EVAL-01", "EVAL-02")]


def test_a_comparator_before_a_deadline_counted_from_an_event_or_each_month():
    """天津/江西 (written set 6, 429, 435): ≤接到预警后24小时 and ≤每月10日 are deadlines, not unreadable values."""
    from jxcheck.engine.values.parse import parse_value
    after = parse_value("≤接到预警后24小时")
    assert (after.kind, after.op, after.number, after.unit) == ("quantity", "≤", 24, "小时")
    assert parse_value("≤每月10日").kind == "deadline" and parse_value("≤每季度末").kind == "deadline"
    assert parse_value("接到预警后24小时").kind != "quantity"  # no 内 and no ≤: not said to be a limit


SCORED = ["一级指标", "二级指标", "三级指标", "年初目标值", "调整后目标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def test_completion_is_scored_against_the_adjusted_target(tmp_path, book):
    """沁县 (written set 6, 432): 年初目标值 ≥2000亩, 调整后目标值 ≥1800亩, 1860亩 done: full marks are right."""
    rows = HEAD_PROJECT + [SCORED, ["产出指标", "数量指标", "恢复和改善灌溉面积", "≥2000亩", "≥1800亩", "1860亩", "90", "90",
                                    "按初步设计批复调整"]]
    assert not [r for r in _rules(_write(tmp_path, rows), book) if r[0] == "EVAL-03"]
    rows[-1][4] = ""  # no adjustment: 1860 of 2000 scores 83.7
    assert ("EVAL-03", 6) in _rules(_write(tmp_path, rows, "plain.txt"), book)


HEAD_PROJECT = [["项目支出绩效自评表"], ["(2024年度)"], ["项目名称", "小型水库除险加固项目"], ["主管部门", "某县水利局"]]


def test_a_rows_printed_deduction_rule_is_its_scoring_rule(tmp_path, book):
    """上海 (written set 1, 332) and 乐昌 (written set 3, 395): 评分标准 | 完成目标值得满分,每少1家扣0.5分 — 4 short is
    8 of 10, whatever the proportion gives; a score the printed rule does not give is still found."""
    header = ["一级指标", "二级指标", "三级指标", "评分标准", "分值", "年度指标值", "实际完成值", "得分"]
    rows = HEAD_PROJECT + [header, ["产出指标", "数量指标", "项目制培训企业数", "完成目标值得满分,每少1家扣0.5分", "10", "≥45家",
                                    "41家", "8"],
                           ["", "", "生产安全事故死亡人数", "每超1人扣3分", "15", "≤2人", "3人", "12"],
                           ["", "质量指标", "培训合格(取证)率", "达到目标值得满分,每低1个百分点扣1分", "10", "≥85%", "82%", "9"]]
    found = [r for r in _rules(_write(tmp_path, rows), book) if r[0] == "EVAL-03"]
    assert found == [("EVAL-03", 8)]  # 3 points short of 85%: 7, not 9


def test_a_duty_tables_total_and_the_sources_below_it_are_no_tasks(tmp_path, book):
    """公安 (written set 7, 447): 合计 under the 年度目标任务 column's neighbour, then 资金来源 | 一般公共预算 | 6280.45 in the
    table's side column: the tasks add up to 6280.45, not twice that."""
    rows = [["部门整体支出绩效目标申报表"], ["(2025年度)"], ["部门(单位)名称", "公安县民政局", "", "单位:万元"],
            ["年度主要任务", "部门职能", "年度目标任务", "预算金额"],
            ["", "社会救助", "城乡最低生活保障、特困人员救助供养", "4820.00"],
            ["", "机关运行", "在职人员工资福利及日常公用经费", "1460.45"],
            ["", "合计", "", "6280.45"],
            ["资金来源", "一般公共预算", "6280.45"], ["", "其他资金", "0.00"],
            ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
            ["", "产出指标", "数量指标", "城乡低保对象人数", "≥10500人"]]
    form = read(_write(tmp_path, rows)).form
    assert [t.budget.total for t in form.tasks] == [4820, Decimal("1460.45")] and form.total.total == Decimal("6280.45")
    assert not [r for r in _rules(_write(tmp_path, rows), book) if r[0] in ("BUD-02", "BUD-09")]


def test_satisfaction_merged_across_both_level_columns(tmp_path, book):
    """西吉 (written set 7, 452): 满意度指标 in one cell over 一级 and 二级: its one 二级, not a row that cannot be placed."""
    rows = HEAD_PROJECT + [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
                           ["产出指标", "数量指标", "建成智慧安防小区数量", "≥40个", "40个", "90", "90"],
                           ["满意度指标", "", "小区居民满意度", "≥90%", "94.3%", "10", "10"]]
    form = read(_write(tmp_path, rows)).form
    assert form.indicators[-1].level2 == "服务对象满意度指标"
    assert not [r for r in _rules(_write(tmp_path, rows), book) if r[0] == "FORM-03"]


def test_a_budget_change_told_in_the_account_of_the_year(tmp_path, book):
    """将乐 (written set 6, 436): 实际完成情况 | …年中追加教师绩效工资及校舍维修资金1485.56万元… explains the change."""
    told = "全年完成各项工作,年中追加教师绩效工资及校舍维修资金1485.56万元,均已拨付。"
    rows = SELF_EVAL_FUNDS + [["", "年度资金总额", "28640.30", "30125.86", "30000.00", "10", "99.58%", "9.96"],
                              ["年度总体目标", "预期目标", "", "", "", "实际完成情况"],
                              ["", "保障全县义务教育学生12000人正常就学。", "", "", "", told]] + INDICATORS
    assert not [r for r in _rules(_write(tmp_path, rows), book) if r[0] == "BUD-07"]
    rows[-3][5] = "全年完成各项工作,带动农户增加收入300万元。"
    assert ("BUD-07", 5) in _rules(_write(tmp_path, rows, "untold.txt"), book)


def test_a_duty_tables_numbers_and_its_own_label_do_not_end_it(tmp_path):
    """(the review of the change) 序号 1, 2 … or 年度主要任务 repeated down the side column are the table's own: its
    tasks are read; only a sources label there (资金来源) ends them."""
    rows = [["部门整体支出绩效目标申报表"], ["(2025年度)"], ["部门(单位)名称", "某县民政局"],
            ["序号", "部门职能", "年度目标任务", "预算金额"], ["1", "社会救助", "城乡低保按月足额发放", "4820.00"],
            ["2", "机关运行", "在职人员工资福利", "1460.45"],
            ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值"], ["", "产出指标", "数量指标", "城乡低保对象人数", "≥10500人"]]
    assert len(read(_write(tmp_path, rows)).form.tasks) == 2


# -- written set 8 (461–474), judged at 7ad18ba ----------------------------------------------------------------------
PROJECT_HEADER = [["项目绩效目标表"], ["(2024年度)"], ["项目名称", "农村供水工程维修养护项目", "", "", "项目编码", "130535240000000102"],
                  ["主管部门", "某县水利局", "", "", "实施单位", "某县农村供水服务站"],
                  ["中期资金总额(万元)", "360.00", "", "", "年度资金总额(万元)", "120.00"],
                  ["中期目标(2024-2026年)", "2024-2026年累计维修养护农村集中供水工程180处,开展水质检测720批次。"],
                  ["年度目标(2024年)", "2024年维修养护农村集中供水工程60处,开展水质检测240批次。"]]
STACKED_HEADER = ["一级指标", "二级指标", "三级指标", "符号", "值", "单位"]


def _stacked(term: list[list[str]], year: list[list[str]]) -> list[list[str]]:
    return PROJECT_HEADER + term + [STACKED_HEADER,
            ["产出指标", "数量指标", "维修养护集中供水工程数量", "≥", "180", "处"],
            ["", "", "水质检测批次", "≥", "720", "批次"],
            ["", "成本指标", "工程维修养护费", "≤", "216.00", "万元"],
            ["效益指标", "社会效益指标", "农村自来水普及率", "≥", "99", "%"],
            ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", "90", "%"]] + year + [STACKED_HEADER,
            ["产出指标", "数量指标", "维修养护集中供水工程数量", "≥", "60", "处"],
            ["", "", "水质检测批次", "≥", "240", "批次"],
            ["", "成本指标", "工程维修养护费", "≤", "72.00", "万元"],
            ["效益指标", "社会效益指标", "农村自来水普及率", "≥", "99", "%"],
            ["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", "90", "%"]]


def test_stacked_term_and_year_tables_are_told_apart(tmp_path, book):
    """临西 (462): 中期绩效指标 over one table and 年度绩效指标 over the next, the header rows alike — two terms, not one
    year's table with every name twice (STR-08) and the term's costs held to the year's budget (BUD-03). Without the
    captions (layout variant 925), the goals' order (中期 then 年度) and the repeated names tell it."""
    for term, year in ((["中期绩效指标"], ["年度绩效指标"]), ([], [])):
        path = _write(tmp_path, _stacked([term] if term else [], [year] if year else []))
        form = check_file(path, book)
        assert [i.block for i in form.form.indicators] == ["实施期"] * 5 + ["年度"] * 5
        assert not [f for f in form.findings if f.rule == "STR-08" or f.rule == "BUD-03" and f.case != "short"]


def test_a_table_continued_under_its_header_again_stays_one_years(tmp_path, book):
    """The header printed again over other rows (a page break) is no second term, even under a 中期 goal."""
    rows = _stacked([], [])
    second = rows.index(STACKED_HEADER, len(PROJECT_HEADER) + 1)
    rows[second + 1:] = [["产出指标", "质量指标", "维修养护工程验收合格率", "=", "100", "%"],
                         ["", "时效指标", "维修养护任务完成时限", "≤", "2024年11月30日", ""]]
    form = check_file(_write(tmp_path, rows), book).form
    assert {i.block for i in form.indicators} == {"年度"}


def test_tasks_without_a_money_column_are_not_summed(tmp_path, book):
    """潜山 (473): 年度主要任务 | 任务名称 | 主要内容 | 完成情况 has no money column: its tasks are read, no budget 0 is
    summed against the costs (BUD-09) and no row is unplaced (FORM-03)."""
    rows = [["部门整体支出绩效自评表"], ["(2023年度)"], ["部门(单位)名称", "某市水利局"],
            ["年度主要任务", "任务名称", "", "主要内容", "", "完成情况"],
            ["", "小型水库除险加固", "", "完成4座小(2)型水库除险加固", "", "4座水库全部完工"],
            ["", "河道清淤疏浚", "", "实施河道清淤疏浚18公里", "", "完成清淤疏浚18.6公里"],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["", "产出指标", "数量指标", "小型水库除险加固数量", "=4座", "4座", "40", "40"],
            ["", "", "成本指标", "水库除险加固费用", "≤520万元", "515万元", "20", "20"],
            ["", "效益指标", "社会效益指标", "水利工程安全度汛率", "=100%", "100%", "30", "30"],
            ["", "满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "94.1%", "10", "10"]]
    result = check_file(_write(tmp_path, rows), book)
    assert [(t.name, t.budget) for t in result.form.tasks] == [("小型水库除险加固", None), ("河道清淤疏浚", None)]
    assert not [f for f in result.findings if f.rule in ("BUD-09", "BUD-02", "FORM-03")]
    assert yaml.safe_load(yaml.safe_dump(to_dict(result.form)))["tasks"][0]["budget"] is None


def test_a_budget_change_explained_over_unlabelled_columns(tmp_path, book):
    """潜山 (473): 预算调整说明 | 全年预算较年初增加642.45万元:… in the funds block, its text under no column label."""
    rows = [["部门整体支出绩效自评表"], ["(2023年度)"], ["部门(单位)名称", "某市水利局"],
            ["预算资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "2486.30", "3128.75", "3067.18", "10", "98.03%", "9.80"],
            ["预算调整说明", "全年预算较年初增加642.45万元:中央水利发展资金520.00万元,省级水毁修复资金86.15万元。"]] \
        + INDICATORS
    assert not [f for f in check_file(_write(tmp_path, rows), book).findings if f.rule == "BUD-07"]


def test_another_tables_title_under_the_indicators_is_no_indicator(tmp_path, book):
    """赣州 (464): 分县(市、区)资金及任务分解表 alone on its line under the indicators, then 序号 | 县(市、区) | …."""
    rows = SELF_EVAL_FUNDS[:3] + INDICATORS + [["分县(市、区)资金及任务分解表"],
                                              ["序号", "县(市、区)", "下达资金(万元)", "培育人数(人)"], ["1", "于都县", "186.00", "620"]]
    form = check_file(_write(tmp_path, rows), book).form
    assert [i.name for i in form.indicators] == ["义务教育阶段在校生人数"]


def test_an_unused_numbered_slot_is_no_indicator(tmp_path, book):
    """宜阳 (472): 指标2: and nothing else under 质量指标 is the template's slot; the total 100 printed for scores
    summing to 99.60 is a wrong total (EVAL-02), not a rounding."""
    rows = [["项目支出绩效自评表"], ["(2023年度)"], ["项目名称", "非遗保护传承专项经费"],
            ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "40.00", "40.00", "38.40", "10", "96.00%", "9.60"],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["", "产出指标", "数量指标", "非遗展演活动场次", "≥12场", "14场", "30", "30"],
            ["", "", "质量指标", "传承人年度评估合格率", "≥95%", "100%", "20", "20"],
            ["", "", "", "指标2:"],
            ["", "效益指标", "社会效益指标", "传承人带徒人数", "≥60人", "64人", "30", "30"],
            ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", "10", "10"],
            ["总分", "", "", "", "", "", "100", "100"]]
    result = check_file(_write(tmp_path, rows), book)
    assert len(result.form.indicators) == 4
    assert [(f.rule, f.case) for f in result.findings if f.rule == "EVAL-02"] == [("EVAL-02", "sum")]


# -- written sets 9 (476–490) and 10 (491–505), judged at 3f88aeb ------------------------------------------------------
DEPT_TARGET = [["部门整体支出绩效目标表"], ["(2025年度)"], ["部门名称", "某区民政局", "", "金额单位:万元"]]
DEPT_INDICATORS = [["一级指标", "二级指标", "三级指标", "指标值"],
                   ["产出指标", "数量指标", "城乡低保保障人数", "≥5800人"],
                   ["", "成本指标", "城乡低保资金", "≤1920万元"],
                   ["", "", "临时救助资金", "≤210万元"],
                   ["效益指标", "社会效益指标", "困难群众基本生活保障率", "=100%"],
                   ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥95%"]]


def test_a_task_table_is_read_by_its_column_labels(tmp_path, book):
    """陈仓 (505) and 利通 (498): 任务名称 | 主要内容 | 预算金额 | 完成情况, and a CSV whose merged cells leave empty
    columns between the labels; the amounts stand under 预算金额, whatever stands beside them."""
    rows = DEPT_TARGET + [["年度主要任务", "任务名称", "", "主要内容", "", "预算金额", "完成情况"],
                          ["", "城乡最低生活保障", "", "保障城乡低保对象约5800人", "", "1920.00", "按月足额发放"],
                          ["", "临时救助", "", "对困难家庭实施临时救助", "", "210.00", "救助1620人次"],
                          ["", "合计", "", "", "", "2130.00", ""]] + DEPT_INDICATORS
    result = check_file(_write(tmp_path, rows), book)
    assert [(t.name, t.budget.total) for t in result.form.tasks] == [("城乡最低生活保障", Decimal("1920.00")),
                                                                   ("临时救助", Decimal("210.00"))]
    assert not [f for f in result.findings if f.rule in ("FORM-03", "BUD-02", "BUD-09")]


def test_a_duty_table_of_functions_and_tasks(tmp_path, book):
    """城中 (497): 年度履职目标, then 序号 | 职能 | 年度任务 | 预算(万元) and a 合计 row; its only money cost is the
    “三公” ceiling, which is no task's cost (BUD-09 and BUD-10 do not hold it to the tasks)."""
    rows = DEPT_TARGET + [["年度履职目标"], ["序号", "职能", "年度任务", "预算(万元)"],
                          ["1", "公共卫生管理", "组织实施国家基本公共卫生服务项目", "682.40"],
                          ["2", "机构运转保障", "保障在职人员工资福利及机关日常运转", "1486.20"],
                          ["合计", "", "", "2168.60"],
                          ["一级指标", "二级指标", "三级指标", "指标值"],
                          ["产出指标", "数量指标", "考核社区卫生服务中心数量", "=9个"],
                          ["", "成本指标", "“三公”经费支出", "≤8.60万元"],
                          ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]]
    result = check_file(_write(tmp_path, rows), book)
    assert [t.budget.total for t in result.form.tasks] == [Decimal("682.40"), Decimal("1486.20")]
    assert result.form.total.total == Decimal("2168.60")
    assert not [f for f in result.findings if f.rule in ("BUD-02", "BUD-09", "BUD-10")]


def test_the_funds_block_under_the_tasks_is_no_task(tmp_path, book):
    """龙沙 (504): the tasks (任务名称 | 主要内容 | 完成情况), then 年度部门整体支出预算执行情况 | 年初预算数 | …: the funds'
    header ends the tasks, and the execution's score counts in the total."""
    rows = [["部门整体支出绩效自评表"], ["(2024年度)"], ["部门名称", "某区司法局"],
            ["年度主要任务", "任务名称", "", "主要内容", "完成情况"],
            ["", "人民调解", "", "指导社区调解委员会开展矛盾纠纷排查调处", "调解成功1334件"],
            ["年度部门整体支出预算执行情况 (万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "512.70", "512.70", "498.10", "10", "97.15%", "9.72"],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["", "产出指标", "数量指标", "办理法律援助案件", "≥300件", "312件", "90", "90"],
            ["总分", "", "", "", "", "", "100", "99.72"]]
    result = check_file(_write(tmp_path, rows), book)
    assert [t.name for t in result.form.tasks] == ["人民调解"]
    assert [line.label for line in result.form.funds] == ["年度资金总额"]
    assert not [f for f in result.findings if f.rule in ("FORM-03", "EVAL-02", "BUD-01")]


def test_sources_named_by_level_and_by_budget_kind(tmp_path, book):
    """临洮 (480): 中央补助安排 | 0 | 省级财政安排 | 200万元 | 其他资金 | 120万元; 荔浦 (481): 资金总额 | 一般公共预算 |
    政府性基金预算 | 其他资金 over a row of amounts. Not the 补助标准 table of 175 (中央 | 县 | 合计 over per-head
    amounts), nor a 科目代码 beside its source (203)."""
    head = [["项目支出绩效目标表"], ["(2025年度)"], ["项目名称", "农村供水维修养护"]]
    tail = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "维修供水工程", "≥25处"]]
    level = _write(tmp_path, head + [["项目总投资", "320万元", "中央补助安排", "0", "省级财政安排", "200万元", "其他资金",
                                      "120万元"]] + tail, "level.txt")
    kind = _write(tmp_path, head + [["年度预算申请", "资金总额", "一般公共预算", "政府性基金预算", "其他资金"],
                                    ["", "5862.40", "5712.40", "150.00", "0.00"]] + tail, "kind.txt")
    code = _write(tmp_path, head + [["项目总预算", "65"], ["其中:财政资金", "65", "财政资金科目代码", "21305"]] + tail,
                  "code.txt")
    for path in (level, kind, code):
        assert not [f for f in check_file(path, book).findings if f.rule == "BUD-01"], path.name
    assert check_file(code, book).form.meta.budget == Decimal("65")


def test_a_names_column_that_carries_the_values(tmp_path, book):
    """铁西 (493): 三级指标及指标值 | 培训人数≥1200人: the name and the value parted at the comparator, or before a
    trend phrase; a cell with neither is judged as its value, and is no echo of itself (VAL-08)."""
    rows = [["项目支出绩效目标表"], ["(2025年度)"], ["项目名称", "职业技能提升培训补贴"], ["项目资金总额", "186.00"],
            ["绩效指标", "一级指标", "二级指标", "三级指标及指标值"],
            ["", "产出指标", "数量指标", "培训人数≥1200人"],
            ["", "", "时效指标", "培训补贴按时发放"],
            ["", "", "成本指标", "人均培训补贴标准≤1550"],
            ["", "效益指标", "可持续影响指标", "劳动者职业技能水平持续提高"],
            ["", "满意度指标", "服务对象满意度指标", "参训学员满意度≥90%"]]
    result = check_file(_write(tmp_path, rows), book)
    assert [(i.name, i.raw) for i in result.form.indicators] == [
        ("培训人数", "≥1200人"), ("培训补贴按时发放", "培训补贴按时发放"), ("人均培训补贴标准", "≤1550"),
        ("劳动者职业技能水平", "持续提高"), ("参训学员满意度", "≥90%")]
    assert sorted((f.rule, f.location.line) for f in result.findings if f.rule in ("DATE-01", "VAL-02", "VAL-08",
                                                                                     "FORM-03", "STR-06")) \
        == [("DATE-01", 7), ("VAL-02", 8)]


def test_values_met_in_sets_nine_and_ten():
    """不晚于 a date is a deadline (澜沧 479); what is done by it may follow (利通 498); 万页 counts pages (会泽 489); a
    class of a standard is a grade (南郑 492)."""
    later, before = parse_value("不晚于2025年10月31日"), parse_value("2025年10月31日前")
    assert (later.date, later.bound) == (before.date, before.bound)
    assert parse_value("每月10日前发放到户").kind == parse_value("每月10日前").kind == "deadline"
    assert parse_value("≥12万页").unit_kind == "count"
    assert parse_value("不低于Ⅲ类").category == "grade"


def test_costs_below_a_projects_budget(tmp_path, book):
    """隆尧 (402), 长乐 (422), 道里 (495): every cost of the year an amount, together below the project's budget — a
    warning (BUD-03 short); not where a cost is a standard per item (配套资金每人每年 75元), nor within the rounding of
    the amounts as printed (180 for 180.40; 179 for 180.00 is a whole 1 short: written 689)."""
    def costs(*rows):
        return [["项目支出绩效目标表"], ["(2025年度)"], ["项目名称", "农村供水维修"], ["年度资金总额", "180.00"],
                ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "维修供水站", "≥25处"], *rows]
    short = check_file(_write(tmp_path, costs(["", "成本指标", "维修费", "≤95万元"], ["", "", "检测费", "≤55万元"])), book)
    assert [(f.rule, f.case, f.severity.name) for f in short.findings if f.rule == "BUD-03"] == [("BUD-03", "short", "WARNING")]
    per_item = check_file(_write(tmp_path, costs(["", "成本指标", "维修费", "≤95万元"],
                                                 ["", "", "每处维修补助标准", "≤2万元"]), "per.txt"), book)
    rounded = check_file(_write(tmp_path, [r if r[0] != "年度资金总额" else ["年度资金总额", "180.40"]
                                           for r in costs(["", "成本指标", "维修费", "≤180万元"])], "round.txt"), book)
    assert not [f for f in per_item.findings + rounded.findings if f.rule == "BUD-03"]
    whole = check_file(_write(tmp_path, costs(["", "成本指标", "维修费", "≤179万元"]), "whole.txt"), book)
    assert [f.case for f in whole.findings if f.rule == "BUD-03"] == ["short"]


# -- written sets 11 (506–520) and 12 (521–535), judged at a3efaaf, and the review of the change --------------------
def test_term_and_year_values_side_by_side(tmp_path, book):
    """平谷 (506): 总体目标 | 中期目标(2024年—2026年) | 年度目标(2024年) over the two goals, 中期资金总额 | 年度资金总额
    over the money, 中期指标值 | 年度指标值 beside each name: each is its term's, and the year's budget is 120."""
    rows = [["项目支出绩效目标申报表"], ["(2024年度)"], ["项目名称", "科普基地提升工程(2024—2026年)"],
            ["项目资金", "", "中期资金总额", "年度资金总额"], ["", "资金总额", "360.00", "120.00"],
            ["总体目标", "中期目标(2024年—2026年)", "年度目标(2024年)"],
            ["", "到2026年底新增科普展项不少于60项", "2024年新增科普展项20项"],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
            ["", "产出指标", "数量指标", "新增科普展项数量", "≥60项", "≥20项"],
            ["", "", "成本指标", "展陈提升费用", "≤360万元", "≤120万元"],
            ["", "满意度指标", "服务对象满意度指标", "公众满意度", "≥90%", "≥90%"]]
    result = check_file(_write(tmp_path, rows), book)
    assert [(g.term, g.text[:4]) for g in result.form.goals] == [("实施期", "到202"), ("年度", "2024")]
    assert [(i.block, i.raw) for i in result.form.indicators if i.name == "新增科普展项数量"] == [("实施期", "≥60项"),
                                                                                              ("年度", "≥20项")]
    assert result.form.meta.budget == Decimal("120.00")
    assert not [f for f in result.findings if f.rule in ("TXT-01", "TXT-02", "BUD-03")]


def test_not_applicable_slots_and_rows_after_the_table(tmp_path, book):
    """安吉 (509): 社会成本指标 | 无 is the slot marked not applicable; 蓬安 (508): 联系人 | … below the table is a
    sign-off, no indicator; 次年3月前 is a deadline in the next year (DATE-02, not DATE-01)."""
    rows = [["项目支出绩效目标表"], ["(2024年度)"], ["项目名称", "烈士纪念设施修缮"], ["当年预算", "110.00"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "修缮烈士墓", "=326座"],
            ["", "时效指标", "年度工程结算审计完成时间", "次年3月前"],
            ["成本指标", "经济成本指标", "修缮工程费", "≤110万元"],
            ["", "社会成本指标", "无", "无"],
            ["满意度指标", "服务对象满意度指标", "烈属满意度", "≥95%"],
            ["联系人", "何建平", "联系电话", "0817-8622456"]]
    result = check_file(_write(tmp_path, rows), book)
    assert [i.name for i in result.form.indicators] == ["修缮烈士墓", "年度工程结算审计完成时间", "修缮工程费", "烈属满意度"]
    rules = {f.rule for f in result.findings}
    assert "DATE-02" in rules and not rules & {"DATE-01", "STR-06", "STR-08", "VAL-02", "VAL-09"}


def test_a_source_broken_down_below_it(tmp_path, book):
    """咸丰 (521): 其中:财政拨款 156, then 省级旅游发展专项资金 100 and 县级财政安排 56 under it; 三台 (363): 县级财政."""
    rows = [["项目支出绩效目标表"], ["(2024年度)"], ["项目名称", "旅游厕所建设"],
            ["项目资金(万元)", "年度资金总额", "156.00"], ["", "其中:财政拨款", "156.00"],
            ["", "  其中:省级旅游发展专项资金", "100.00"], ["", "县级财政安排", "56.00"], ["", "其他资金", "0.00"],
            ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "新建旅游厕所", "=8座"]]
    assert not [f for f in check_file(_write(tmp_path, rows), book).findings if f.rule == "BUD-01"]
    wrong = rows[:6] + [["", "县级财政安排", "50.00"]] + rows[7:]
    assert [f.rule for f in check_file(_write(tmp_path, wrong, "wrong.txt"), book).findings if f.rule == "BUD-01"] \
        == ["BUD-01"]


def test_a_reason_merged_down_its_group(tmp_path, book):
    """将乐 (530): one 偏差原因 cell merged over two 社会效益 rows, its text (naming both) on the first."""
    rows = [["项目支出绩效自评表"], ["(2023年度)"], ["项目名称", "实训设备购置"],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
            ["", "产出指标", "数量指标", "实训工作站采购数量", "=4套", "4套", "40", "40", ""],
            ["", "效益指标", "社会效益指标", "年实训学生人次", "≥1500人次", "1420人次", "25", "23.67",
             "设备8月底投入使用,实训人次和实训项目开出率略低于目标"],
            ["", "", "", "实训项目开出率", "≥95%", "92%", "25", "24.21", ""],
            ["", "满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "94.6%", "10", "10", ""]]
    assert not [f for f in check_file(_write(tmp_path, rows), book).findings if f.rule == "EVAL-06"]


def test_the_execution_scored_in_the_table_and_a_paragraph_after_it(tmp_path, book):
    """炎陵 (519): 预算执行指标 | 预算执行率 as a scored group of the table is no misplaced 二级 (STR-02)."""
    rows = [["部门整体支出绩效自评表"], ["(2024年度)"], ["部门名称", "某县医疗保障局"],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["", "预算执行指标", "预算执行率", "部门预算执行率", "≥95%", "98.93%", "10", "10"],
            ["", "产出指标", "数量指标", "参保人数", "≥16.5万人", "16.82万人", "90", "90"]]
    assert not [f for f in check_file(_write(tmp_path, rows), book).findings if f.rule == "STR-02"]


def test_review_mends_on_values_and_names():
    """The review of the change: 约 and 达到 part a name from its value only before a number; 不晚于…完成 is a
    deadline; no year word, no event, no 每 is a deadline's label."""
    from jxcheck.engine.readers.indicators import named_value
    assert named_value("家庭医生签约率≥75%") == ("家庭医生签约率", "≥75%")
    assert named_value("预约诊疗率达到90%") == ("预约诊疗率", "达到90%")
    assert parse_value("不晚于11月30日完成").bound == "before"
    assert parse_value("项目开工3月底前").kind != "deadline"
    assert "每年" in parse_value("每年6月底前").notes[0]
    assert parse_value("次年3月底前").notes == ("次年：预算年度的下一年",)


# -- written sets 13–15 (536–580), judged at cacb989, and layout round 21 -------------------------------------------
def test_a_level_row_marked_not_applicable_still_heads_the_rows_below(tmp_path, book):
    """隆回 (569), 潜山 (571): 效益指标 | 经济效益指标 | 无 — the slot is empty on purpose, and its 一级 is the one of
    the 二级 rows below it (no 社会效益指标 under 产出指标: STR-02)."""
    rows = [["项目支出绩效目标表"], ["(2025年度)"], ["项目名称", "高标准农田管护"], ["年度资金总额", "120"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "管护高标准农田面积", "≥3.5万亩"],
            ["效益指标", "经济效益指标", "无", "无"],
            ["", "社会效益指标", "受益农户数", "≥8000户"],
            ["满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"]]
    result = check_file(_write(tmp_path, rows), book)
    assert [(i.level1, i.name) for i in result.form.indicators][1] == ("效益指标", "受益农户数")
    assert not [f for f in result.findings if f.rule in ("STR-02", "STR-04", "STR-06")]


def test_page_footers_and_subtotal_rows_are_no_indicators(tmp_path, book):
    """浦东 (551): 第 1 页 共 2 页 between the pages of a table; 江门 (560): 产出指标小计 | | 50 | 50 under each group."""
    rows = [["项目支出绩效自评表"], ["(2024年度)"], ["项目名称", "社保卡即时制卡"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "即时制卡数量", "≥3万张", "3.2万张", "50", "50"],
            ["产出指标小计", "", "", "", "", "50", "50"],
            ["第 1 页 共 2 页"],
            ["效益指标", "社会效益指标", "群众办卡等候时间", "≤20分钟", "15分钟", "40", "40"],
            ["满意度指标", "服务对象满意度指标", "办卡群众满意度", "≥90%", "96%", "10", "10"],
            ["第 2 页 共 2 页"]]
    result = check_file(_write(tmp_path, rows), book)
    assert [i.name for i in result.form.indicators] == ["即时制卡数量", "群众办卡等候时间", "办卡群众满意度"]
    assert not [f for f in result.findings if f.rule in ("STR-04", "STR-06", "VAL-09") or f.rule == "EVAL-01"
                and f.case != "split"]  # (50 | 40 | 10 against the usual split is said, as info)


def test_goal_and_achievement_in_one_cell_each(tmp_path, book):
    """珲春 (547): 年度总体目标 | 预期目标：… | 实际完成情况：… — the second cell is what was done, no goal; and layout
    round 21 (972): 实际完成情况 alone on its row under the goal, the text below it."""
    rows = [["项目支出绩效自评表"], ["(2024年度)"], ["项目名称", "交通安全设施维护"],
            ["年度总体目标", "预期目标：维护城区46个信号灯路口", "实际完成情况：维护信号灯路口46个，培训3人"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "维护交通信号灯路口数", "≥46个", "46个", "100", "100"]]
    inline = check_file(_write(tmp_path, rows), book)
    assert [g.text for g in inline.form.goals] == ["维护城区46个信号灯路口"]
    stacked = rows[:3] + [["年度总体目标", "预期目标"], ["", "维护城区46个信号灯路口"], ["", "实际完成情况"],
                          ["", "维护信号灯路口46个，培训3人"]] + rows[4:]
    result = check_file(_write(tmp_path, stacked, "stacked.txt"), book)
    assert [g.text for g in result.form.goals] == ["维护城区46个信号灯路口"]
    assert ("实际完成情况", "维护信号灯路口46个，培训3人") in result.form.meta.fields
    assert not [f for f in result.findings + inline.findings if f.rule == "TXT-02"]


def test_a_required_column_left_empty_is_one_finding():
    """台山 (513), 凤翔 (542), 三亚 (559): 指标值说明 empty on every row — one finding for the column; a row that
    leaves it empty where the others fill it is its own."""
    from jxcheck.engine.check import check
    from jxcheck.engine.model import Form, FormMeta, Indicator, Location
    from jxcheck.engine.rules import rulebook
    def form(notes):
        rows = tuple(Indicator("产出指标", "数量指标", ("培训人数", "培训场次", "发放册数")[k], "≥1个", Location(line=k + 10),
                               extras=(("extra:指标值说明", n),)) for k, n in enumerate(notes))
        return Form(FormMeta(kind="项目支出绩效目标表", year=2025, columns=("level1", "level2", "name", "value",
                                                                        "extra:指标值说明")), indicators=rows)
    book = rulebook.load()
    found = lambda f: [(x.case, x.location.line) for x in check(f, book) if x.rule == "STR-10"]  # noqa: E731
    assert found(form(["", "", ""])) == [("column", 10)]
    assert found(form(["说明", "", "说明"])) == [(None, 11)]


def test_values_met_in_sets_thirteen_to_fifteen():
    """每日6:00前 and …后次月底前 are deadlines (539, 555); 每季度1次 is four times in the year (550); =及时 is 及时
    (layout round 21); 持续保障 is a lasting trend (566); 人份, 具, 路, 剂次 count (543, 552, 563, 565)."""
    assert parse_value("每日6:00前").kind == parse_value("见习人员月度考核合格后次月底前").kind == "deadline"
    assert parse_value("=及时").phrase == "及时"
    from jxcheck.engine.values.vocab import classify
    assert classify("持续保障") == (None, "trend")
    assert {parse_value(v).unit_kind for v in ("≥1200人份", "≥20具", "≥850路", "≥3.2万剂次")} == {"count"}


# -- written sets 16–18 (581–625), judged at df09093, and the second review of the change ----------------------------
def test_a_task_table_with_a_column_more_and_money_by_source(tmp_path, book):
    """綦江 (586): 年度主要任务 | 支出类别 | 任务名称 | 主要内容 | 预算总额 | 财政拨款 | 其他资金 — read by its labels."""
    rows = DEPT_TARGET + [["年度主要任务", "支出类别", "任务名称", "主要内容", "预算总额", "财政拨款", "其他资金"],
                          ["", "基本支出", "人员经费", "保障在编教职工38人工资福利", "486.20", "486.20", "0"],
                          ["", "项目支出", "参加市级以上比赛经费", "参加市级及以上比赛不少于12项次", "45.00", "45.00", "0"],
                          ["", "合计", "", "", "531.20", "531.20", "0"]] + DEPT_INDICATORS
    form = check_file(_write(tmp_path, rows), book).form
    assert [(t.name, t.budget.total, t.budget.fiscal) for t in form.tasks] == [
        ("人员经费", Decimal("486.20"), Decimal("486.20")), ("参加市级以上比赛经费", Decimal("45.00"), Decimal("45.00"))]


def test_business_lines_each_with_its_budget_and_table(tmp_path, book):
    """汇川 (616): 一、核心业务 / 核心业务一 | 公共文化服务 | 预算金额(万元) | 420.00 / its table … / 二、一般业务 / …."""
    table = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "放映场次", "≥1200场"],
             ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]]
    rows = DEPT_TARGET + [["年度总体目标", "1.完成农村公益电影放映1200场。"], ["一、核心业务"],
                          ["核心业务一", "公共文化服务", "预算金额(万元)", "420.00"]] + table + [
                          ["二、一般业务"], ["一般业务", "机关运行保障", "预算金额(万元)", "1024.36"]] + table
    result = check_file(_write(tmp_path, rows), book)
    assert [(t.name, t.budget.total) for t in result.form.tasks] == [("公共文化服务", Decimal("420.00")),
                                                                   ("机关运行保障", Decimal("1024.36"))]
    assert [g.text for g in result.form.goals] == ["1.完成农村公益电影放映1200场。"]
    assert not [f for f in result.findings if f.rule in ("FORM-03", "STR-04", "TXT-01")]


def test_header_labels_over_their_values(tmp_path, book):
    """沂南 (623): 项目名称 | 主管部门 over 2024年农村公路危桥改造工程 | 沂南县交通运输局; not 部门名称:乐昌市… | 填报日期:…
    (labels with their values), nor a funds breakdown's heading."""
    rows = [["项目支出绩效自评表"], ["项目名称", "主管部门"], ["2024年农村公路危桥改造工程", "沂南县交通运输局"],
            ["实施单位", "项目负责人"], ["沂南县公路事业发展中心", "张立国"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "改造危桥数量", "=14座", "14座", "100", "100"]]
    meta = check_file(_write(tmp_path, rows), book).form.meta
    assert (meta.project, meta.year) == ("2024年农村公路危桥改造工程", 2024)
    assert ("实施单位", "沂南县公路事业发展中心") in meta.fields


def test_side_by_side_funds_views_with_all_their_columns(tmp_path, book):
    """休宁 (594): 其中:一般公共预算 | 1856.40 | 2112.75 | 2060.28 | 其中:基本支出 | 786.30 | 786.30 | 786.30 under
    按收入性质分 | 按支出性质分: the spending view is no score of the income line (BUD-08)."""
    rows = [["部门整体支出绩效自评表"], ["(2023年度)"], ["部门(单位)名称", "某县水利局"],
            ["年度预算申请(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["", "年度资金总额", "1856.40", "2112.75", "2060.28", "10", "97.52%", "9.75"],
            ["", "按收入性质分", "", "", "", "按支出性质分"],
            ["", "其中:一般公共预算", "1856.40", "2112.75", "2060.28", "其中:基本支出", "786.30", "786.30", "786.30"],
            ["", "其他资金", "0.00", "0.00", "0.00", "项目支出", "1070.10", "1326.45", "1273.98"]] + INDICATORS
    assert not [f for f in check_file(_write(tmp_path, rows), book).findings if f.rule in ("BUD-01", "BUD-08")]


def test_second_review_mends(tmp_path, book):
    """The review of the change: a 中期指标值 column alone is the term's table; the year's actuals and scores are not
    the term's; a 续表 paragraph keeps the table open; 病种类型 | ≥10种 is an indicator, no heading; 总体目标：… keeps
    its row's term; 无 with points is kept; 结转 and 其他 are no breakdown of 财政拨款; 2000元/月 is not 24000元;
    不低于上年 against 较上年下降 is not comparable."""
    term = _write(tmp_path, [["项目支出绩效目标表"], ["项目名称", "道路建设"],
                             ["一级指标", "二级指标", "三级指标", "中期指标值"],
                             ["产出指标", "数量指标", "新建道路长度", "≥30公里"]], "term.txt")
    assert [(i.block, i.raw) for i in read(term).form.indicators] == [("实施期", "≥30公里")]
    both = _write(tmp_path, [["项目支出绩效自评表"], ["项目名称", "道路建设"],
                             ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "实际完成值", "分值", "得分"],
                             ["产出指标", "数量指标", "新建道路长度", "≥30公里", "≥10公里", "10公里", "50", "50"],
                             ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%", "95%", "50", "50"]], "both.txt")
    form = read(both).form
    assert [(i.block, i.weight) for i in form.indicators] == [("实施期", None), ("实施期", None), ("年度", Decimal("50")),
                                                               ("年度", Decimal("50"))]
    from jxcheck.engine.readers.layout import _group_heading
    assert not _group_heading(["病种类型", "≥10种"]) and _group_heading(["职责名称", "大气污染防治", "活动名称", "监测站运维"])
    goals = _write(tmp_path, [["项目支出绩效目标表"], ["项目名称", "道路建设"],
                              ["实施期绩效目标", "总体目标：到2026年底新建农村道路30公里"],
                              ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "新建道路", "≥10公里"]],
                   "goals.txt")
    assert [g.term for g in read(goals).form.goals] == ["实施期"]
    funds = _write(tmp_path, [["项目支出绩效目标表"], ["项目名称", "道路建设"], ["年度资金总额", "100"],
                              ["其中:财政拨款", "100"], ["上年结转", "60"], ["其他资金", "40"],
                              ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "新建道路", "≥10公里"]],
                   "funds.txt")
    assert [f.rule for f in check_file(funds, book).findings if f.rule == "BUD-01"] == ["BUD-01"]
    from jxcheck.engine import scoring
    from jxcheck.engine.model import Form, FormMeta, Indicator, Location
    rows_of = lambda items: scoring.rows(Form(FormMeta(), indicators=tuple(items)))  # noqa: E731
    month = rows_of([Indicator("产出指标", "成本指标", "护路员补助标准", "≥2000元/月", Location(line=1),
                                       actual="2000元", weight=Decimal(10), score=Decimal(10))])
    assert month[0].target_number == Decimal("2000") or month[0].comparable is False
    last = rows_of([Indicator("效益指标", "社会效益指标", "道路通行量", "不低于上年", Location(line=1),
                                      actual="较上年下降15%", weight=Decimal(10), score=Decimal(10))])
    assert last[0].comparable is False


# -- written sets 19–21 (626–670), judged at 4001818 -------------------------------------------------------------------
def test_a_total_row_a_cell_off_its_columns(tmp_path, book):
    """会泽 (650), 都安 (654): 总分 | … | 100 | 99.40 one cell right of 分值 | 得分: the weights' total and the score."""
    rows = [["项目支出绩效自评表"], ["(2024年度)"], ["项目名称", "免疫规划"],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
            ["", "产出指标", "数量指标", "巡检次数", "≥12次", "12次", "50", "50", ""],
            ["", "满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "94.5%", "50", "49.40", "个别家长不满意"],
            ["总分", "", "", "", "", "", "", "100", "99.40"]]
    result = check_file(_write(tmp_path, rows), book)
    assert (result.form.score_total.weight, result.form.score_total.score) == (Decimal("100"), Decimal("99.40"))
    assert not [f for f in result.findings if f.rule == "EVAL-02"]


def test_a_funds_block_under_the_indicators(tmp_path, book):
    """公安 (652): 资金情况(万元) | 资金来源 | 年初预算数 | … under the table; 远安 (663): 部门预算资金 | 资金类别 | 金额."""
    rows = [["项目支出绩效自评表"], ["(2024年度)"], ["项目名称", "病虫害统防统治"],
            ["一级指标", "二级指标", "三级指标", "分值", "得分", "年度指标值", "实际完成值"],
            ["产出指标", "数量指标", "统防统治面积", "90", "90", "≥20万亩", "20.6万亩"],
            ["资金情况(万元)", "资金来源", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["资金情况(万元)", "年度资金总额", "260", "260", "257.4", "10", "99.00%", "9.9"]]
    result = check_file(_write(tmp_path, rows), book)
    assert [i.name for i in result.form.indicators] == ["统防统治面积"]
    assert [line.label for line in result.form.funds] == ["年度资金总额"]
    below = DEPT_TARGET[:3] + DEPT_INDICATORS + [["部门预算资金", "资金类别", "金额"], ["", "年度资金总额", "186.52"],
                                                  ["", "其中:基本支出", "112.32"], ["", "项目支出", "74.20"]]
    form = check_file(_write(tmp_path, below, "below.txt"), book).form
    assert len(form.indicators) == len(DEPT_INDICATORS) - 1


def test_an_appended_table_a_label_and_its_amount_in_one_cell(tmp_path, book):
    """沂南 (662): 附:人员编制情况 and its table under the indicators; 建湖 (661): 资金来源 | 一般公共预算 78.60 | 上级补助 | 0."""
    rows = [["项目支出绩效目标申报表"], ["项目名称", "退役军人就业培训"], ["项目总额", "78.60"],
            ["资金来源", "一般公共预算 78.60", "上级补助", "0"]] + DEPT_INDICATORS + [
            ["附:人员编制情况"], ["其中:行政编制", "事业编制"], ["18", "6"]]
    result = check_file(_write(tmp_path, rows), book)
    assert len(result.form.indicators) == len(DEPT_INDICATORS) - 1
    assert not [f for f in result.findings if f.rule in ("BUD-01", "STR-02", "STR-06", "FORM-03")]


def test_rule_words_met_in_sets_nineteen_to_twenty_one():
    """线上访问量 holds no 上访 (665); 台账更新频次, 减少二氧化碳排放量 are more-is-better (656, 659); 内涝点数量 fewer
    (657); 万千瓦时, 站次 are units (659, 642); 次月5日前 is a deadline (662)."""
    assert parse_value("≥12万千瓦时").unit_kind == "power" and parse_value("≥24站次").unit_kind == "count"
    assert parse_value("次月5日前").kind == "deadline"


# -- written sets 22–24 (671–715), judged at 2ed061c --------------------------------------------------------------------
def test_a_note_under_the_table_explains_a_budget_change(tmp_path, book):
    """临泉 (695): 说明:全年预算数较年初增加28.60万元,系年中追加… on its own row under the 总分 row."""
    rows = SELF_EVAL_FUNDS + [["", "年度资金总额", "180.00", "208.60", "205.30", "10", "98.42%", "9.84"]] + INDICATORS + [
        ["总分", "", "", "", "", "", "100", "99.84"], ["说明:全年预算数较年初增加28.60万元,系年中追加省级家庭医生签约服务补助。"]]
    result = check_file(_write(tmp_path, rows), book)
    assert ("说明", "全年预算数较年初增加28.60万元,系年中追加省级家庭医生签约服务补助。") in result.form.meta.fields
    assert not [f for f in result.findings if f.rule == "BUD-07"]


def test_costs_of_the_whole_budget_beside_tasks_of_projects(tmp_path, book):
    """汉寿 (691): cost indicators for 基本支出 and 项目支出 add up to the whole budget; the tasks list the projects only
    (BUD-09 holds nothing against them); the goal's 在职68人、退休41人 are the indicator's 109人 (TXT-02)."""
    rows = DEPT_TARGET + [["年度预算", "资金总额", "300.00"], ["年度主要任务", "任务名称", "主要内容", "预算金额"],
                          ["", "文化惠民", "送戏下乡120场", "80.00"], ["", "文物保护", "巡查看护38处", "20.00"],
                          ["年度总体目标", "保障在职68人、退休41人工资福利;送戏下乡120场。"],
                          ["一级指标", "二级指标", "三级指标", "指标值"],
                          ["产出指标", "数量指标", "保障在职及退休人员", "=109人"], ["", "", "送戏下乡场次", "≥120场"],
                          ["", "成本指标", "基本支出", "≤200.00万元"], ["", "", "项目支出", "≤100.00万元"],
                          ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]]
    assert not [f for f in check_file(_write(tmp_path, rows), book).findings if f.rule in ("BUD-09", "TXT-02")]


def test_rule_words_met_in_sets_twenty_two_to_twenty_four():
    """万羽次, 座次 count (696, 694)."""
    assert {parse_value(v).unit_kind for v in ("≥12万羽次", "≥344座次")} == {"count"}


# -- written sets 25–27 (716–760), judged at 0e4fff6, and the third review of the change -----------------------------
def test_task_totals_and_sources_met_in_sets_twenty_five_to_twenty_seven(tmp_path, book):
    """彭水 (736): 金额合计 under the tasks is their total, no task; 故城 (731): 财政拨款 186.40 with 其中:县级财政 186.40
    printed beside it; 利通 (703): 自治区补助资金 is a source."""
    tasks = DEPT_TARGET + [["年度主要任务", "任务名称", "主要内容", "预算金额（万元）"],
                           ["", "机关运转保障", "保障在职人员工资福利", "612.40"], ["", "社会救助", "低保特困救助", "300.00"],
                           ["", "金额合计", "", "912.40"]] + DEPT_INDICATORS
    form = check_file(_write(tmp_path, tasks), book).form
    assert [t.name for t in form.tasks] == ["机关运转保障", "社会救助"] and form.total.total == Decimal("912.40")
    funds = [["项目支出绩效目标表"], ["项目名称", "取暖设施改造"],
             ["项目资金", "资金总额", "186.40", "其中：财政拨款", "186.40", "其他资金", "0"],
             ["", "其中：县级财政", "186.40", "上级补助", "0"],
             ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "改造学校数量", "=12所"]]
    assert not [f for f in check_file(_write(tmp_path, funds, "funds.txt"), book).findings if f.rule == "BUD-01"]
    region = [["项目支出绩效目标表"], ["项目名称", "供水管网改造"], ["项目资金(万元)", "年度资金总额", "860.00"],
              ["项目资金(万元)", "其中:自治区补助资金", "600.00"], ["项目资金(万元)", "区级财政资金", "260.00"],
              ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "改造管网长度", "≥46公里"]]
    assert not [f for f in check_file(_write(tmp_path, region, "region.txt"), book).findings if f.rule == "BUD-01"]


def test_third_review_mends(tmp_path, book):
    """A numbered name alone on its row is an indicator (2、路灯维修数量), not a heading; 项目名称 | 城区道路维修 |
    预算金额 | is no task table; 填表说明 explains no budget change; 次/年 against a count; 不增加 goes down; 城市道路维修资金
    is no source; 受益人口 | 合计 | 3000 is no budget; 来年3月底前 is no deadline of the year; 易涝积水点改造数量 ≤15处
    is asked for ≥; 每年6场次 is the year's count."""
    rows = [["项目支出绩效目标表"], ["项目名称", "路灯维修"], ["年度资金总额", "100"],
            ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "1、路灯更换数量", "≥100盏"],
            ["", "", "2、路灯维修数量"], ["", "质量指标", "路灯亮灯率", "≥98%"]]
    form = read(_write(tmp_path, rows)).form
    assert [i.name for i in form.indicators] == ["1、路灯更换数量", "2、路灯维修数量", "路灯亮灯率"]
    from jxcheck.engine.readers.layout import _task_columns
    assert not _task_columns(["项目名称", "城区道路维修", "预算金额", ""])
    assert parse_value("来年3月底前").kind != "deadline"
    from jxcheck.engine.readers.money_tables import header_fund
    from jxcheck.engine.model import Location
    assert header_fund("城市道路维修资金", "60", Location(line=1)) is None
    from jxcheck.engine.scoring import _same_way
    assert not _same_way("较上年不增加", "较上年增加3%") and _same_way("较上年不增加", "较上年减少3%")


# -- written sets 28–30 (761–805), judged at bf45adb --------------------------------------------------------------------
def test_a_name_that_begins_with_a_total_word_is_an_indicator(tmp_path, book):
    """通渭 (804): 总分馆制建设验收通过率 is an indicator, not the 总分 row that ends the table."""
    rows = [["部门整体支出绩效自评表"], ["部门名称", "某县文化馆"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "质量指标", "总分馆制建设验收通过率", "=100%", "100%", "50", "50"],
            ["满意度指标", "服务对象满意度指标", "读者满意度", "≥90%", "95%", "50", "50"], ["总分", "", "", "", "", "100", "100"]]
    form = check_file(_write(tmp_path, rows), book).form
    assert [i.name for i in form.indicators] == ["总分馆制建设验收通过率", "读者满意度"]


def test_tasks_that_list_the_projects_only(tmp_path, book):
    """城口 (781): 合计 | 基本支出 | 项目支出 over 1286.45 | 812.37 | 474.08, and tasks adding up to the 项目支出."""
    rows = DEPT_TARGET + [["年度预算", "合计", "基本支出", "项目支出"], ["", "1286.45", "812.37", "474.08"],
                          ["年度主要任务", "任务名称", "主要内容", "预算金额"],
                          ["", "大气污染防治", "空气自动监测站运维", "274.08"], ["", "水污染防治", "断面监测", "200.00"]] \
        + DEPT_INDICATORS
    assert not [f for f in check_file(_write(tmp_path, rows), book).findings if f.rule in ("BUD-01", "BUD-02")]


def test_values_and_rule_words_met_in_sets_twenty_eight_to_thirty():
    """万头只次 counts (770); 新发现吸毒人员数 ≤5人 is fewer-is-better (800); 提高 | % is VAL-06's, no unit error (794)."""
    assert parse_value("≥12万头只次").unit_kind == "count"


def test_values_met_in_sets_thirty_one_to_thirty_three():
    """每季度次月15日前 is a deadline (815); 良好及以上 is a grade (819); 份次 counts (840)."""
    assert parse_value("每季度次月15日前").kind == "deadline"
    assert parse_value("良好及以上").category == "grade"
    assert parse_value("≥480份次").unit_kind == "count"


def test_a_source_beside_the_total_on_its_row(tmp_path, book):
    """威县 (837): 项目资金 | 年度资金总额 | 1829.84 | 其中:中央 | 1390.00, then 省级 | 市级 | 县级 below."""
    rows = [["项目支出绩效目标表"], ["项目名称", "基本公共卫生服务"],
            ["项目资金", "年度资金总额", "1829.84", "其中:中央", "1390.00"], ["", "", "", "省级", "219.50"],
            ["", "", "", "市级", "30.00"], ["", "", "", "县级", "190.34"],
            ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "建档人数", "≥40万人"]]
    assert not [f for f in check_file(_write(tmp_path, rows), book).findings if f.rule == "BUD-01"]


# -- open faults of sets 31–33, mended in session 9 ----------------------------------------------------------------------
def test_a_self_evaluations_budget_is_the_years_under_a_lettered_label(tmp_path, book):
    """浠水 (848): 年初预算数 | 全年预算数(A) | 全年执行数(B): the budget is the 620 of 全年预算数(A), not the 580 of 年初."""
    rows = [["项目支出绩效自评表"], ["项目名称", "农村客运补贴"],
            ["项目资金(万元)", "", "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
            ["", "年度资金总额", "580.00", "620.00", "613.80", "10", "99.00%", "9.90"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "成本指标", "单车年均运营补贴", "≤1.5万元/辆", "1.48万元/辆", "50", "50"],
            ["", "数量指标", "补贴车辆", "≥410辆", "416辆", "40", "40"]]
    result = check_file(_write(tmp_path, rows), book)
    assert result.form.meta.budget == Decimal("620.00")
    assert not [f for f in result.findings if f.rule == "BUD-04"]


def test_a_multi_year_projects_form_is_for_its_first_year(tmp_path, book):
    """五华 (809): 2024—2026年农村公路养护工程 with 2024年12月31日前 among the year's targets is filed for 2024."""
    rows = [["项目支出绩效目标表"], ["项目名称", "2024—2026年五华县农村公路养护工程"], ["年度资金总额", "1326.00"],
            ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "养护里程", "≥412公里"],
            ["", "时效指标", "年度养护计划完成时间", "2024年12月31日前"]]
    result = check_file(_write(tmp_path, rows), book)
    assert result.form.meta.year == 2024
    assert not [f for f in result.findings if f.rule == "DATE-02"]


def test_a_reason_under_the_table_that_begins_with_its_own_heading(tmp_path, book):
    """新邵 (817): 偏差原因分析及改进措施 | 集中供养人数未达目标:部分特困人员… — the cell is the reason, whole."""
    rows = [["项目支出绩效自评表"], ["项目名称", "特困人员救助供养"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "集中供养人数", "≥620人", "604人", "50", "48.7"],
            ["满意度指标", "服务对象满意度指标", "供养对象满意度", "≥90%", "95%", "50", "50"],
            ["总分", "", "", "", "", "100", "98.7"],
            ["偏差原因分析及改进措施", "集中供养人数未达目标:部分特困人员自愿选择分散供养,下一步改善集中供养条件。"]]
    found = {f.rule for f in check_file(_write(tmp_path, rows), book).findings}
    assert not found & {"EVAL-06", "EVAL-10"}


def test_a_type_column_of_level_names_beside_a_direction_column(tmp_path, book):
    """黔江 (722): 指标名称 | 指标属性 | 指标类型 | 指标值 | 单位 | 权重 | 指标方向 — 指标类型 holds the 二级, 指标方向 the nature."""
    rows = [["部门整体支出绩效目标表"], ["部门名称", "某区生态环境局"],
            ["指标名称", "指标属性", "指标类型", "指标值", "单位", "权重", "指标方向"],
            ["企业执法检查家次", "产出指标", "数量指标", "320", "家次", "50", "正向"],
            ["群众满意度", "满意度指标", "服务对象满意度指标", "90", "%", "50", "正向"]]
    form = check_file(_write(tmp_path, rows), book).form
    assert [(i.level1, i.level2) for i in form.indicators] == [("产出指标", "数量指标"), ("满意度指标", "服务对象满意度指标")]
    assert form.indicators[0].nature == "正向"


def test_a_month_of_the_year_against_a_month_done(tmp_path, book):
    """会泽 (728): 工程完工时间 ≤12月, done 11月 — a month of the year, comparable with the month it was done."""
    rows = [["2024年度项目支出绩效自评表"], ["项目名称", "农村公路安防工程"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "时效指标", "工程完工时间", "≤12月", "11月", "50", "50"],
            ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "95%", "50", "50"]]
    assert not [f for f in check_file(_write(tmp_path, rows), book).findings if f.rule == "EVAL-05"]


# -- written sets 34–36 (851–895), judged at cb71576 ---------------------------------------------------------------------
def test_a_continued_table_mark_over_a_repeated_heading(tmp_path, book):
    """甘谷 (864): (续表) alone on its line, then the column labels again: no indicator, one table."""
    rows = [["部门整体支出绩效目标表"], ["部门名称", "某县卫生健康局"],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"], ["", "产出指标", "数量指标", "接种人数", "≥9000人"],
            ["", "", "时效指标", "资金拨付时间", "12月31日前"], ["(续表)"],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"], ["", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]]
    form = check_file(_write(tmp_path, rows), book).form
    assert [i.name for i in form.indicators] == ["接种人数", "资金拨付时间", "群众满意度"]


def test_units_met_in_sets_thirty_four_to_thirty_six():
    """届 (857: festivals held) and 枪 (876: fuel nozzles checked) are counted units."""
    assert parse_value("≥3届").unit_kind == "count"
    assert parse_value("≥320枪").unit_kind == "count"


def test_sub_labels_one_cell_off_their_parent(tmp_path, book):
    """会泽 (892): 年度指标值 over three columns, 指标性质 | 指标值 | 度量单位 typed one cell to the right of it."""
    rows = [["项目支出绩效自评表"], ["项目名称", "普通高中国家助学金"],
            ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "", "", "实际完成值", "分值", "得分"],
            ["", "", "", "", "", "指标性质", "指标值", "度量单位"],
            ["", "产出指标", "数量指标", "受助学生人数", "≧", "3600", "人", "3680", "50", "50"],
            ["", "满意度指标", "服务对象满意度指标", "受助学生满意度", "≧", "90", "%", "96.3%", "50", "50"]]
    form = check_file(_write(tmp_path, rows), book).form
    first = form.indicators[0]
    assert (first.nature, first.raw, first.unit_cell, first.actual) == ("≧", "3600", "人", "3680")


def test_the_comparator_column_among_several_nature_columns(tmp_path, book):
    """缙云 (881): 指标方向性 大于等于 | … | 指标值类型 定量; 乌海 (542): 指标性质 正向 | 指标方向 = — the comparator's."""
    for labels_, cells in ((["指标方向性", "指标值", "计量单位", "指标值类型"], ["大于等于", "90", "%", "定量"]),
                           (["指标性质", "指标方向", "指标值", "计量单位"], ["正向", "大于等于", "90", "%"])):
        rows = [["项目支出绩效目标表"], ["项目名称", "学生交通补助"], ["一级指标", "二级指标", "三级指标", *labels_],
                ["满意度指标", "服务对象满意度指标", "家长满意度", *cells]]
        form = check_file(_write(tmp_path, rows), book).form
        assert form.indicators[0].nature == "大于等于"


def test_goal_figures_that_say_who_qualifies_or_how_long(tmp_path, book):
    """缙云 (881): 离校距离3公里以上的学生 (who qualifies), 开学后2个月内 (a period): no output to set a target for."""
    rows = [["项目支出绩效目标表"], ["项目名称", "学生交通补助"],
            ["年度绩效目标", "对离校距离3公里以上的走读学生发放交通补助,补助资金于开学后2个月内发放,共补助3000名学生。"],
            ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "受补助学生人数", "≥3000人"],
            ["满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"]]
    assert not [f for f in check_file(_write(tmp_path, rows), book).findings if f.rule == "TXT-02"]


def test_term_and_year_values_share_the_nature_and_unit_columns(tmp_path, book):
    """綦江 (868): 指标性质 | 年度指标值 | 中期指标值 | 计量单位 | 权重, and 指标权重合计 | 90 under the rows."""
    rows = [["项目支出绩效目标表"], ["项目名称", "退役军人就业创业"],
            ["一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "中期指标值", "计量单位", "权重"],
            ["产出指标", "数量指标", "培训人数", "≥", "420", "1260", "人", "50"],
            ["满意度指标", "服务对象满意度指标", "参训满意度", "≥", "90", "90", "%", "40"],
            ["指标权重合计", "", "", "", "", "", "", "90"]]
    result = check_file(_write(tmp_path, rows), book)
    assert not [f for f in result.findings if f.rule in ("VAL-02", "STR-04")]
    assert {(i.block, i.unit_cell) for i in result.form.indicators if i.name == "培训人数"} == {("年度", "人"), ("实施期", "人")}


def test_a_signoff_row_signed_further_along(tmp_path, book):
    """綦江 (885): 绩效编制单位:某委 | 编制人:罗敏 | 审核人:陈洪 under the table: no indicator."""
    rows = [["项目支出绩效目标表"], ["项目名称", "公共文化场馆免费开放"],
            ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "开放天数", "≥300天"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"],
            ["绩效编制单位:某区文化和旅游发展委员会", "", "", "编制人:罗敏", "审核人:陈洪"]]
    form = check_file(_write(tmp_path, rows), book).form
    assert [i.name for i in form.indicators] == ["开放天数", "群众满意度"]


def test_a_name_broken_over_two_rows(tmp_path, book):
    """平远 (884): 农村公路优良中等路率(按2024年 on a row alone, 路况自动化检测结果) | ≥85% on the next: one indicator."""
    rows = [["项目支出绩效目标表"], ["项目名称", "农村公路日常养护"],
            ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "质量指标", "农村公路优良中等路率(按2024年", ""],
            ["产出指标", "质量指标", "路况自动化检测结果)", "≥85%"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]]
    result = check_file(_write(tmp_path, rows), book)
    assert [i.name for i in result.form.indicators][0] == "农村公路优良中等路率(按2024年路况自动化检测结果)"
    assert not [f for f in result.findings if f.rule == "STR-06"]


def test_the_whole_cost_beside_one_of_its_parts(tmp_path, book):
    """沂南 (886): 部门整体支出 ≤8147.40万元 (the tasks' total) beside 机构运转经费 ≤682.40万元 (one task): no sum of both."""
    rows = [["部门整体支出绩效目标表"], ["部门名称", "某县民政局"], ["年度主要任务", "任务名称", "主要内容", "预算金额"],
            ["", "机构运转保障", "在职人员工资福利", "682.40"], ["", "城乡最低生活保障", "按月发放低保金", "7465.00"],
            ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "低保人数", "≥10500人"],
            ["", "成本指标", "部门整体支出", "≤8147.40万元"], ["", "", "机构运转经费", "≤682.40万元"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]]
    assert not [f for f in check_file(_write(tmp_path, rows), book).findings if f.rule in ("BUD-03", "BUD-09", "BUD-10")]


def test_deadlines_met_in_sets_thirty_four_to_thirty_six(tmp_path, book):
    """≤12月31日 and ≤次月15日 are deadlines (878, 879); 按季度拨付,12月31日前拨付完毕 states one (891)."""
    assert parse_value("≤12月31日").kind == "deadline"
    assert parse_value("≤次月15日").kind == "deadline"
    assert parse_value("≤12月").kind == "quantity"  # twelve months
    rows = [["项目支出绩效自评表"], ["项目名称", "城乡公交运营补贴"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "时效指标", "运营补贴拨付时间", "按季度拨付,12月31日前拨付完毕", "12月25日拨付完毕", "50", "50"],
            ["满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "95%", "50", "50"]]
    assert not [f for f in check_file(_write(tmp_path, rows), book).findings if f.rule in ("DATE-01", "EVAL-05")]


def test_rule_words_met_in_sets_thirty_four_to_thirty_six(tmp_path, book):
    """隐患点巡查轮次 ≥4轮 is more-is-better (879); 单台(件)平均检定成本 ≤70元 is a unit cost (876); 松材线虫病疫情
    发生面积下降率 is an ecological effect (869)."""
    rows = [["项目支出绩效目标表"], ["项目名称", "计量检定"], ["年度资金总额(万元)", "60"],
            ["一级指标", "二级指标", "三级指标", "指标值"],
            ["产出指标", "数量指标", "地质灾害隐患点汛期巡查轮次", "≥4轮次"], ["", "成本指标", "单台(件)平均检定成本", "≤70元"],
            ["效益指标", "生态效益指标", "松材线虫病疫情发生面积下降率", "≥5%"],
            ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]]
    found = {f.rule for f in check_file(_write(tmp_path, rows), book).findings}
    assert not found & {"VAL-02", "VAL-04", "BUD-05", "VAL-11"}


# -- review mends (d1a47ab) ---------------------------------------------------------------------------------------------
def _lines(text):
    return [line.split("\t") for line in text.strip("\n").split("\n")]


def test_a_remark_that_names_a_phone_does_not_end_the_table(tmp_path, book):
    """A 备注 cell beside an indicator (数据来源:…联系电话核验) is no sign-off row: the rows below are read."""
    rows = _lines("项目支出绩效目标表\n项目名称\t热线运行\n一级指标\t二级指标\t三级指标\t指标值\t备注\n"
                  "产出指标\t数量指标\t回访工单数\t≥6000件\t\n\t\t回访满意工单数\t≥5000件\t数据来源:回访记录及联系电话核验\n"
                  "\t质量指标\t回访率\t≥95%\t\n满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t")
    assert len(check_file(_write(tmp_path, rows), book).form.indicators) == 4


def test_a_stated_year_beats_a_span():
    from jxcheck.engine.readers import header
    assert header.year("2026年度农村公路养护工程(2024—2026年)项目支出绩效目标表") == 2026
    assert header.year("2024—2026年五华县农村公路养护工程") == 2024


def test_a_whole_cost_whose_parts_exceed_it(tmp_path, book):
    """项目总成本 ≤100 beside 设备购置费 ≤80 and 安装调试及培训费 ≤40: the parts (120) are over the budget of 100."""
    rows = _lines("项目支出绩效目标表\n项目名称\t设备购置\n年度资金总额\t100.00\n一级指标\t二级指标\t三级指标\t指标值\n"
                  "产出指标\t数量指标\t购置设备数量\t≥12台\n\t成本指标\t项目总成本\t≤100万元\n\t\t设备购置费\t≤80万元\n"
                  "\t\t安装调试及培训费\t≤40万元\n满意度指标\t服务对象满意度指标\t患者满意度\t≥90%")
    assert [f for f in check_file(_write(tmp_path, rows), book).findings if f.rule == "BUD-03" and "120" in f.message]


def test_a_month_of_the_year_is_held_to_the_budget_year(tmp_path, book):
    """≤12月 done in 2025年3月 on a 2024 form was not met (EVAL-06); 建设工期 ≤6月 is six months, no month."""
    rows = _lines("项目支出绩效自评表\n(2024年度)\n项目名称\t农村公路安防工程\n"
                  "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                  "产出指标\t时效指标\t工程完工时间\t≤12月\t2025年3月\t10\t10\n\t时效指标\t建设工期\t≤6月\t2024年10月\t10\t10\n"
                  "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t80\t80")
    found = {(f.rule, f.subject) for f in check_file(_write(tmp_path, rows), book).findings}
    assert ("EVAL-06", "工程完工时间") in found and ("EVAL-05", "建设工期") in found


def test_a_free_text_label_does_not_take_a_signature_or_a_unit(tmp_path, book):
    """情况说明: | 填表人:张三 | 填报日期:… keeps the signatures; 资金测算说明 | 单位:元 keeps the money unit."""
    rows = _lines("项目支出绩效目标表\n项目名称\t农村公路养护\n资金测算说明\t单位:元\n年度资金总额\t1200000.00\n"
                  "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t成本指标\t养护成本\t≤1300000元\n"
                  "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\n"
                  "情况说明:\t填表人:张三\t联系电话:0738-1234567\t填报日期:2024年3月1日\t单位负责人:李四")
    result = check_file(_write(tmp_path, rows), book)
    assert result.form.meta.money_unit == "元"
    assert {"BUD-03"} <= {f.rule for f in result.findings} and "DATE-04" not in {f.rule for f in result.findings}


def test_word_lists_of_the_review(tmp_path, book):
    """路面病害及时处治率 is no ecological effect (VAL-11); 工单处理外包服务费 ≤500000元 on a 万元 form is BUD-05's."""
    rows = _lines("项目支出绩效目标表\n项目名称\t热线运行\n年度资金总额(万元)\t80.00\n一级指标\t二级指标\t三级指标\t指标值\n"
                  "产出指标\t成本指标\t工单处理外包服务费\t≤500000元\n效益指标\t生态效益指标\t路面病害及时处治率\t≥95%\n"
                  "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%")
    found = {f.rule for f in check_file(_write(tmp_path, rows), book).findings}
    assert {"BUD-05", "VAL-11"} <= found


def test_term_and_year_values_each_with_its_own_unit_column(tmp_path, book):
    """年度指标值 | 计量单位 | 中期指标值 | 计量单位: ≥420 人 for the year, ≥0.126 万人 for the term."""
    rows = _lines("项目支出绩效目标表\n项目名称\t退役军人就业创业\n"
                  "一级指标\t二级指标\t三级指标\t年度指标值\t计量单位\t中期指标值\t计量单位\n"
                  "产出指标\t数量指标\t培训人数\t≥420\t人\t≥0.126\t万人\n满意度指标\t服务对象满意度指标\t参训满意度\t≥90\t%\t≥90\t%")
    form = check_file(_write(tmp_path, rows), book).form
    assert {(i.block, i.raw, i.unit_cell) for i in form.indicators if i.name == "培训人数"} \
        == {("年度", "≥420", "人"), ("实施期", "≥0.126", "万人")}


def test_a_grade_against_a_number_and_levels_reviewers_name(tmp_path, book):
    """良好 against ≥95% says nothing of the number (EVAL-05: 860, 756); 法律援助案件办结率 under 数量指标 is a quality
    (760), 0-6岁儿童健康管理人数 under 质量指标 a count (852), PM2.5年均浓度 under 社会效益 the air's state (842)."""
    rows = _lines("项目支出绩效自评表\n(2024年度)\n项目名称\t综合项目\n"
                  "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                  "产出指标\t数量指标\t法律援助案件办结率\t≥95%\t98%\t20\t20\n"
                  "\t质量指标\t视频监控点位完好率\t≥95%\t良好\t20\t20\n\t质量指标\t0-6岁儿童健康管理人数\t≥1.6万人\t1.7万人\t20\t20\n"
                  "效益指标\t社会效益指标\tPM2.5年均浓度\t≤35微克/立方米\t33微克/立方米\t20\t20\n"
                  "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t20\t20")
    found = {(f.rule, f.subject) for f in check_file(_write(tmp_path, rows), book).findings}
    assert {("EVAL-05", "视频监控点位完好率"), ("VAL-11", "法律援助案件办结率"), ("VAL-11", "0-6岁儿童健康管理人数"),
            ("VAL-11", "PM2.5年均浓度")} <= found


# -- written sets 37–39 (896–940), judged at d1a47ab ---------------------------------------------------------------------
def test_text_pasted_out_of_a_pdf_with_runs_of_spaces(tmp_path, book):
    """营山, 彭水, 宣汉 (911, 915, 921): cells apart by runs of spaces, merged cells left as leading spaces, a blank cell
    as a double gap, a goal and its achievement broken over two lines."""
    text = ("项目支出绩效自评表\n项目名称    小型水库除险加固\n"
            "项目资金(万元)        年初预算数    全年预算数    全年执行数    分值    执行率    得分\n"
            "    年度资金总额    540.00    612.00    598.70    10    97.83%    9.78\n"
            "    其中:财政拨款    540.00    612.00    598.70    —    —    —\n"
            "年度总体目标    预期目标    实际完成情况\n"
            "      完成6座小型水库除险加固,整治1.8公里以上,      完成6座水库除险加固,整治1.85公里,\n"
            "                  保护下游1.2万人。         保护下游1.26万人。\n"
            "一级指标    二级指标    三级指标    指标性质    指标值    度量单位    权重(分)    完成值    得分\n"
            "产出指标    数量指标    除险加固小型水库座数    ≥    6    座    40    6    40\n"
            "                大坝整治长度        ≥        1.8        公里        20        1.85        20\n"
            "效益指标    社会效益指标    保护下游人口    ≥    1.2    万人    20    1.26    20\n"
            "满意度指标    服务对象满意度指标    受益群众满意度    ≥    90    %    10    95    10\n")
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    result = check_file(path, book)
    assert [(i.level2, i.name, i.raw) for i in result.form.indicators][:2] == [
        ("数量指标", "除险加固小型水库座数", "6"), ("数量指标", "大坝整治长度", "1.8")]
    assert result.form.meta.budget == Decimal("612.00")
    assert [g.text for g in result.form.goals] == ["完成6座小型水库除险加固,整治1.8公里以上,保护下游1.2万人。"]
    assert not [f for f in result.findings if f.rule in ("BUD-01", "TXT-02", "FORM-02")]


def test_a_pdf_pages_number_is_no_indicator(tmp_path, book):
    """五峰 (916), 隆回 (924): — 2 — between two pages of the table."""
    rows = _lines("部门整体支出绩效目标表\n部门名称\t某县民政局\n一级指标\t二级指标\t三级指标\t指标值\n"
                  "产出指标\t数量指标\t低保人数\t≥10500人\n— 2 —\n满意度指标\t服务对象满意度指标\t群众满意度\t≥90%")
    assert [i.name for i in check_file(_write(tmp_path, rows), book).form.indicators] == ["低保人数", "群众满意度"]


def test_a_rounded_unit_cost_and_work_done_on_faults(tmp_path, book):
    """乳源 (913): 186万元÷42处 printed 4.43万元/处 (×42 = 186.06): no BUD-04; 故障设备维修更换数 ≥150台 (919) and
    整治急弯陡坡等隐患路段 ≥46处 (929) count work done, more is better (no VAL-04)."""
    rows = _lines("项目支出绩效目标表\n项目名称\t农村供水维修养护\n年度资金总额\t186.00\n一级指标\t二级指标\t三级指标\t指标值\n"
                  "产出指标\t数量指标\t维修养护工程处数\t≥42处\n\t\t故障设备维修更换数\t≥150台\n\t\t整治急弯陡坡等隐患路段\t≥46处\n"
                  "\t成本指标\t单处工程平均维修养护成本\t≤4.43万元/处\n满意度指标\t服务对象满意度指标\t群众满意度\t≥90%")
    found = {f.rule for f in check_file(_write(tmp_path, rows), book).findings}
    assert not found & {"BUD-04", "VAL-04"}


def test_a_period_of_whole_years_holds_its_last_day(tmp_path, book):
    """英德 (929): 项目期限 2024年—2025年 holds 2025年12月31日前."""
    rows = _lines("2024年度项目支出绩效目标表\n项目名称\t农村公路安防工程\n项目期限\t2024年—2025年\n"
                  "一级指标\t二级指标\t三级指标\t中期指标值\t年度指标值\n产出指标\t时效指标\t工程完工时间\t2025年12月31日前\t2024年11月30日前\n"
                  "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t≥90%")
    assert not [f for f in check_file(_write(tmp_path, rows), book).findings if f.rule == "DATE-03"]


def test_a_name_one_character_from_a_level_name_in_a_row_that_kept_its_places(tmp_path, book):
    """于都 (930): | 质量指标 | 演出质量 | 优良 | 剧目经县文化馆审核 — 演出质量 is the name (not 产出质量 misread), and 优良
    with no standard named is VAL-05's."""
    rows = _lines("项目支出绩效目标表\n项目名称\t送戏下乡\n一级指标\t二级指标\t三级指标\t指标值\t指标值说明\n"
                  "产出指标\t数量指标\t送戏下乡演出场次\t≥100场\t按计划\n\t质量指标\t演出质量\t优良\t剧目经县文化馆审核\n"
                  "满意度指标\t服务对象满意度指标\t观众满意度\t≥90%\t抽样")
    result = check_file(_write(tmp_path, rows), book)
    assert [(i.level1, i.level2, i.name, i.raw) for i in result.form.indicators][1] == ("产出指标", "质量指标", "演出质量", "优良")
    assert [f.subject for f in result.findings if f.rule == "VAL-05"] == ["演出质量"]


def test_a_budget_block_with_its_sources_over_a_duty_table(tmp_path, book):
    """齐河 (933): 年度预算(万元) | 资金总额 | 财政拨款 | 其他资金 over three amounts; the tasks' sources add up to them;
    年度整体绩效目标 is the goal, no task."""
    rows = _lines("部门整体绩效目标表\n部门名称\t某县农业农村局\n年度预算(万元)\t资金总额\t财政拨款\t其他资金\n\t2381.38\t2146.38\t235.00\n"
                  "年度主要任务\t任务名称\t主要内容\t预算金额\t其中:财政拨款\t其他资金\n"
                  "\t机关运行保障\t保障人员工资福利\t781.38\t546.38\t235.00\n\t高标准农田建设\t新建高标准农田\t1600.00\t1600.00\t\n"
                  "年度整体绩效目标\t1.新建高标准农田0.8万亩;2.保障机关正常运转。\n年度绩效指标\t一级指标\t二级指标\t三级指标\t指标值\n"
                  "\t产出指标\t数量指标\t新建高标准农田面积\t≥0.8万亩\n\t满意度指标\t服务对象满意度指标\t农户满意度\t≥90%")
    result = check_file(_write(tmp_path, rows), book)
    assert [t.name for t in result.form.tasks] == ["机关运行保障", "高标准农田建设"]
    assert len(result.form.goals) == 1
    assert not [f for f in result.findings if f.rule == "BUD-02"]


def test_reasons_on_the_lines_under_their_label(tmp_path, book):
    """江安 (939), 天长 (935): 偏差原因分析及改进措施: alone under the table, the reasons numbered on the lines below."""
    rows = _lines("项目支出绩效自评表\n(2024年度)\n项目名称\t空气自动监测站运维\n"
                  "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                  "产出指标\t质量指标\t监测数据有效率\t≥90%\t88.6%\t50\t49.2\n满意度指标\t服务对象满意度指标\t满意度\t≥90%\t96%\t50\t50\n"
                  "总分\t\t\t\t\t100\t99.2\n偏差原因分析及改进措施:\n"
                  "1.监测数据有效率88.6%,低于目标值1.4个百分点,原因是雷击停运11天,已加装防雷模块。\n"
                  "2.下一步加强汛期巡检。\n填报人:孙伟\t联系电话:0550-7021356\t填报日期:2025年2月26日")
    result = check_file(_write(tmp_path, rows), book)
    assert not [f for f in result.findings if f.rule in ("EVAL-06", "EVAL-10")]
    assert "雷击停运11天" in dict(result.form.meta.fields)["偏差原因分析及改进措施"]


def test_goal_counts_of_several_things_summed_in_one_indicator(tmp_path, book):
    """五峰 (916): 8所敬老院和42个农村互助幸福院 with 运营补贴敬老院和互助幸福院数 =50个; 亿斤 weighs grain (933);
    义务教育优质均衡创建指标达标率 under 社会效益 is an outcome (931)."""
    rows = _lines("项目支出绩效目标表\n项目名称\t养老服务运营补贴\n年度绩效目标\t运营补贴8所敬老院和42个农村互助幸福院,粮食总产稳定在28亿斤以上。\n"
                  "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t运营补贴敬老院和互助幸福院数\t=50个\n"
                  "效益指标\t经济效益指标\t全县粮食总产量\t≥28亿斤\n\t社会效益指标\t义务教育优质均衡创建指标达标率\t≥85%\n"
                  "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%")
    found = {f.rule for f in check_file(_write(tmp_path, rows), book).findings}
    assert not found & {"TXT-02", "VAL-02", "VAL-11"}


# -- written sets 40–42 (237–293), judged at 4fe7d4f ---------------------------------------------------------------------
def test_a_dated_deadline_against_done_with_no_date(tmp_path, book):
    """2024年10月31日前 against 已完成 (651, 770, 905): the date it was done is what is compared (EVAL-05)."""
    rows = _lines("项目支出绩效自评表\n(2024年度)\n项目名称\t农村公路养护\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                  "产出指标\t时效指标\t工程完工时间\t2024年10月31日前\t已完成\t50\t50\n"
                  "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t50\t50")
    assert [f.subject for f in check_file(_write(tmp_path, rows), book).findings if f.rule == "EVAL-05"] == ["工程完工时间"]


def test_a_row_with_term_and_year_values_says_a_thing_once(tmp_path, book):
    """平江 (283): 中期指标值 | 年度指标值 side by side, the name under the wrong 二级: one VAL-11, not one per table."""
    rows = _lines("项目支出绩效目标表\n项目名称\t山塘整治\n一级指标\t二级指标\t三级指标\t中期指标值\t年度指标值\n"
                  "产出指标\t数量指标\t整治山塘数\t≥144口\t≥48口\n效益指标\t经济效益指标\t新增蓄水能力\t≥120万立方米\t≥40万立方米\n"
                  "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t≥90%")
    assert len([f for f in check_file(_write(tmp_path, rows), book).findings if f.rule == "VAL-11"]) == 1


def test_one_signoff_under_the_last_of_several_tables(tmp_path, book):
    """松阳 (282): two project tables in one document, 填报人 and 填报日期 once under the second: both are signed."""
    table = "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t{0}\t≥10个\n满意度指标\t服务对象满意度指标\t满意度\t≥90%"
    rows = _lines("项目支出绩效目标表\n项目名称\t乡村体育设施\n" + table.format("建设场地数") + "\n项目支出绩效目标表\n"
                  "项目名称\t全民健身赛事\n" + table.format("举办赛事数") + "\n填报人:叶晓琳\t填报日期:2024年1月10日")
    forms = check_path(_write(tmp_path, rows), book)
    assert len(forms) == 2
    assert all(f.subject == "单位负责人" for r in forms for f in r.findings if f.rule == "DATE-04")


def test_a_scored_template_slot_is_a_row_left_unfilled(tmp_path, book):
    """乐都 (251): 指标2: | | | 5 | 5 under 时效指标 beside 指标1: — a row scored but never filled in (STR-05), its points
    counted."""
    rows = _lines("部门整体支出绩效自评表\n(2023年度)\n部门名称\t某区卫生健康局\n"
                  "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                  "产出指标\t时效指标\t指标1:村医补助发放时间\t每季度末月25日前\t按时发放\t45\t45\n\t\t指标2:\t\t\t5\t5\n"
                  "满意度指标\t服务对象满意度指标\t指标1:群众满意度\t≥90%\t95%\t50\t50\n总分\t\t\t\t\t100\t100")
    found = {(f.rule, f.subject) for f in check_file(_write(tmp_path, rows), book).findings}
    assert ("STR-05", "指标2:") in found and ("EVAL-01", "指标权重合计") not in found


def test_tasks_against_a_total_that_names_no_source(tmp_path, book):
    """道里 (244): 资金总额 | 基本支出 | 项目支出 in the header, tasks with 总额 | 财政拨款 | 其他资金: their 财政拨款 is
    held to nothing (one BUD-02, on the 总额)."""
    rows = _lines("部门整体支出绩效目标表\n部门名称\t某区司法局\n年度预算(万元)\t资金总额\t基本支出\t项目支出\n\t1206.50\t900.00\t306.50\n"
                  "年度主要任务\t任务名称\t主要内容\t预算金额\t\t\n\t\t\t总额\t财政拨款\t其他资金\n"
                  "\t机关运行\t人员工资\t900.00\t900.00\t\n\t法律援助\t援助案件\t286.50\t286.50\t\n"
                  "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t法律援助案件数\t≥650件\n"
                  "效益指标\t生态效益指标\t改造区域管网漏损率\t≤10%\n满意度指标\t服务对象满意度指标\t群众满意度\t≥90%")
    result = check_file(_write(tmp_path, rows), book)
    assert [f.subject for f in result.findings if f.rule == "BUD-02"] == ["总额"]
    assert not [f for f in result.findings if f.rule in ("VAL-04", "VAL-11")]


# -- review mends (4fe7d4f) ---------------------------------------------------------------------------------------------
def test_pdf_text_laid_out_with_padded_columns(tmp_path, book):
    """pdftotext -layout: columns padded to line up, gaps of every width, a lone space after a full cell, a label
    spread over its cell (项  目  名  称): no blank cells guessed, every value kept."""
    text = ("项目支出绩效目标表\n项  目  名  称    农村义务教育学校校舍维修改造    主  管  部  门    某县教育局\n"
            "一级指标    二级指标    三级指标              指标性质  指标值         计量单位\n"
            "产出指标    数量指标    维修改造学校数           ≥     12          所\n"
            "                校舍维修改造面积          ≥     8600        平方米\n"
            "        质量指标    工程竣工验收合格率         =     100         %\n"
            "满意度指标   服务对象满意度指标 学生满意度           ≥     90          %\n")
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    result = check_file(path, book)
    assert [(i.name, i.nature, i.raw, i.unit_cell) for i in result.form.indicators] == [
        ("维修改造学校数", "≥", "12", "所"), ("校舍维修改造面积", "≥", "8600", "平方米"),
        ("工程竣工验收合格率", "=", "100", "%"), ("学生满意度", "≥", "90", "%")]
    assert result.form.meta.project == "农村义务教育学校校舍维修改造"
    assert not [f for f in result.findings if f.rule in ("STR-06", "FORM-02")]


def test_a_label_alone_in_the_header_takes_no_goal(tmp_path, book):
    """上年度绩效评价结果 alone above 年度绩效目标 | …: the goal is the goal (a note opens only under the indicators),
    and a date under a reason is no part of it."""
    rows = _lines("项目支出绩效目标表\n项目名称\t校舍维修改造\n项目资金(万元)\t年度资金总额\t320.00\n上年度绩效评价结果\n年度绩效目标\n"
                  "完成校舍维修改造8600平方米,受益学生5400人。\n"
                  "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t维修改造面积\t≥8600平方米\n"
                  "满意度指标\t服务对象满意度指标\t学生满意度\t≥90%")
    result = check_file(_write(tmp_path, rows), book)
    assert [g.text for g in result.form.goals] == ["完成校舍维修改造8600平方米,受益学生5400人。"]
    assert [f.subject for f in result.findings if f.rule == "TXT-02"] == ["年度绩效目标"]


def test_reasons_under_any_label_of_their_kind_and_over_two_cells(tmp_path, book):
    """原因分析及改进建议 | 原因：…; 偏差原因分析及改进措施 | 部分学校施工延期， | 下一步加强调度。: the whole text."""
    from jxcheck.engine.readers import header
    assert header.signoff_pairs(["偏差原因分析及改进措施", "部分学校施工延期，", "下一步加强调度。"]) == [
        ("偏差原因分析及改进措施", "部分学校施工延期，下一步加强调度。")]
    assert header.label_pairs(["原因分析及改进建议", "原因：设备尚未到货"]) == [("原因分析及改进建议", "原因：设备尚未到货")]


def test_a_signoff_row_with_a_date_cell(tmp_path, book):
    """绩效编制单位：某局 | 编制人：罗敏 | 审核人：陈洪 | 2024年11月18日 under the table: signed, no indicator."""
    rows = _lines("项目支出绩效目标表\n项目名称\t城市管理\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t清扫面积\t≥120万平方米\n"
                  "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\n绩效编制单位：某县城市管理局\t编制人：罗敏\t审核人：陈洪\t2024年11月18日")
    assert len(check_file(_write(tmp_path, rows), book).form.indicators) == 2


def test_a_whole_cost_its_tasks_and_a_part_of_a_part(tmp_path, book):
    """部门整体支出 ≤1000 beside its two tasks (600 + 400) and 其中:人员经费 ≤300: the tasks break the whole down."""
    rows = _lines("部门整体支出绩效目标表\n部门名称\t某县民政局\n年度主要任务\t任务名称\t主要内容\t预算金额\n"
                  "\t机构运转\t人员工资\t600.00\n\t低保\t发放低保金\t400.00\n一级指标\t二级指标\t三级指标\t指标值\n"
                  "产出指标\t数量指标\t低保人数\t≥1000人\n\t成本指标\t部门整体支出\t≤1000万元\n\t\t机构运转经费\t≤600万元\n"
                  "\t\t低保资金\t≤400万元\n\t\t其中:人员经费\t≤300万元\n满意度指标\t服务对象满意度指标\t群众满意度\t≥90%")
    assert not [f for f in check_file(_write(tmp_path, rows), book).findings if f.rule == "BUD-03"]


def test_edges_of_the_word_lists_the_review_named(tmp_path, book):
    """户均补助标准 ≤2万元/户 ×520户 over 950 (a whole number: no rounding, BUD-04); 逾期未修复故障数 ≥2个 asks ≤
    (VAL-04); 新建PM2.5自动监测站数量 is no air quality (VAL-11); 拨付时限 ≤12月 done 2023年12月18日 is a month."""
    rows = _lines("2023年度项目支出绩效自评表\n项目名称\t综合\n年度资金总额\t950\n"
                  "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
                  "产出指标\t数量指标\t补助户数\t≥520户\t520户\t20\t20\n\t\t逾期未修复故障数\t≥2个\t2个\t20\t20\n"
                  "\t\t新建PM2.5自动监测站数量\t≥2个\t2个\t10\t10\n\t成本指标\t户均补助标准\t≤2万元/户\t2万元/户\t10\t10\n"
                  "\t时效指标\t资金拨付时限\t≤12月\t2023年12月18日\t10\t10\n满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t30\t30")
    found = {(f.rule, f.subject) for f in check_file(_write(tmp_path, rows), book).findings}
    assert ("BUD-04", "户均补助标准") in found and ("VAL-04", "逾期未修复故障数") in found
    assert ("VAL-11", "新建PM2.5自动监测站数量") not in found and ("EVAL-05", "资金拨付时限") not in found
