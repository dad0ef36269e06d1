"""Inputs a review of this session's reader changes showed misread, each kept right."""
from __future__ import annotations

from decimal import Decimal

from jxcheck.engine.check import check_file
from jxcheck.engine.readers import read
from jxcheck.engine.readers.header import _defers, coded_unit, year


def _write(tmp_path, rows, name="form.txt"):
    path = tmp_path / name
    path.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


TABLE = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "硬化里程", "10公里"]]


# a funds block printed on its side: the block's label and line above, one label | amount per row below
SIDE_FUNDS = [["2022年度项目支出绩效自评表"], ["项目名称", "化肥减量"], ["项目实施单位", "某站"],
              ["预算执行情况(万元) (20分)", "", "年度财政资金总额"], ["", "预算数(A)", "278.4449"], ["", "执行数(B)", "30.00"],
              ["", "执行率(B/A)", "10.77%"], ["", "得分 (20分*执行率)", "2.16"],
              ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
              ["产出指标", "数量指标", "示范面积", "≥1万亩", "1.2万亩", "80"]]


def test_goal_sentences_that_mention_targets_or_rates_stay_goals(tmp_path):
    one = _write(tmp_path, [["项目名称", "道路"], ["年度绩效目标", "完成道路硬化10公里，实现预期目标，改善群众出行条件。"], *TABLE])
    assert [g.text for g in read(one).form.goals] == ["完成道路硬化10公里，实现预期目标，改善群众出行条件。"]
    listed = _write(tmp_path, [["项目名称", "道路"], ["年度绩效目标"], ["1.完成道路硬化10公里；"], ["2.开展项目中期评估；"],
                               ["3.工程完成率达到100%；"], *TABLE], "listed.txt")
    assert len(read(listed).form.goals) == 3


def test_a_unit_line_is_a_code_and_a_name_and_nothing_else():
    assert coded_unit("207101天津市河北区人民法院") == "天津市河北区人民法院"
    assert coded_unit("[015001]某某局") == "某某局"
    assert coded_unit("120个服务站") is None and coded_unit("2023年某县人民法院") is None


def test_a_row_that_counts_service_stations_stays_an_indicator(tmp_path):
    path = _write(tmp_path, [["项目名称", "养老服务"], ["实施单位", "某县民政局"], *TABLE,
                             ["", "", "改造服务站数量", "120个服务站"], ["", "质量指标", "验收合格率", "100%"]])
    assert len(read(path).form.indicators) == 3


def test_a_year_in_brackets_is_a_title_year_not_a_document_number():
    assert year("转移支付区域(项目)绩效目标自评表 (2021)") == 2021
    assert year("根据某财预(2021)15号文件精神编制") is None


def test_a_notice_invents_no_second_level(tmp_path, book):
    path = _write(tmp_path, [["某县项目绩效目标设定"], ["一、产出指标"], ["(一)数量指标"], ["培训人数≥300人;"],
                             ["二、效益指标"], ["生态环境改善,明显改善;"], ["三、满意度指标"], ["参训学员满意度≥95%。"],
                             ["本项目资金由县财政统筹安排，专款专用。"], ["四、其他"], ["公示期间如有异议，请与我局联系。"]])
    form = read(path).form
    assert [(i.level2, i.name) for i in form.indicators] == [("数量指标", "培训人数"), ("服务对象满意度指标", "参训学员满意度")]


def test_time_limits_of_cases_handled_are_still_ceilings(tmp_path, book):
    path = _write(tmp_path, [["项目名称", "法律援助"], ["实施单位", "某县司法局"], ["年度", "2023"],
                             ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "受理案件数量", "≥900件"],
                             ["", "时效指标", "案件办结时限", "≥30天"], ["", "质量指标", "施工材料合格率", "100%"]])
    found = {(f.rule, f.subject) for f in check_file(path, book).findings}
    assert ("VAL-04", "案件办结时限") in found and ("VAL-04", "受理案件数量") not in found
    assert not [s for r, s in found if r == "VAL-12"]


def test_budget_units_are_no_sections():
    for unit in ("某县人民政府办公室", "某县中小企业服务中心", "某县供销合作社", "某县公安局交通警察大队"):
        assert not _defers(unit), unit
    for section in ("禁毒支队", "粮食调控储备与产业发展股", "党群办", "某某建设有限公司", "某村种植专业合作社"):
        assert _defers(section), section


def test_a_projects_own_year_is_not_the_next_projects(tmp_path):
    block = [["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "里程", "10公里"],
             ["满意度指标", "服务对象满意度指标", "满意度", "≥90%"]]
    path = _write(tmp_path, [["项目名称", "2021年农村道路建设"], ["实施单位", "某县交通局"], *block,
                             ["项目名称", "桥梁维修"], ["实施单位", "某县交通局"], *block])
    parts = read(path).all()
    assert [p.form.meta.year for p in parts] == [2021, None]


def test_a_split_of_ninety_without_the_funds_block_is_checked(tmp_path, book):
    rows = [["项目支出绩效自评表"], ["（2021年度）"], ["项目名称", "某项目"], ["实施单位", "某局"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "数量", "≥10个", "10个", "40", "40"], ["效益指标", "社会效益指标", "效益", "明显", "明显", "40", "40"],
            ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "10", "10"]]
    assert ("EVAL-01", "split") in [(f.rule, f.case) for f in check_file(_write(tmp_path, rows), book).findings]


def test_a_funds_line_written_as_pairs_on_one_row(tmp_path, book):
    path = _write(tmp_path, [["项目支出绩效自评表"], ["（2020年度）"], ["项目名称", "渔业补助"], ["实施单位", "某县农业局"],
                             ["预算执行情况(万元)(20分)", "年度财政资金总额", "预算数(A)", "1.56", "执行数(B)", "1.56",
                              "执行率(B/A)", "1", "得分(20分*执行率)", "20"],
                             ["一级指标", "二级指标", "三级指标", "年度目标值(A)", "全年实际值(B)", "得分"],
                             ["产出指标", "数量指标", "补助户数", "≥10户", "10户", "80"], ["总分", "100"]])
    form = read(path).form
    assert [(f.label, str(dict(f.amounts)["执行数(B)"])) for f in form.funds] == [("年度财政资金总额", "1.56")]
    assert "EVAL-02" not in {f.rule for f in check_file(path, book).findings}


def test_a_year_field_is_no_piece_of_a_broken_section_label(tmp_path):
    path = _write(tmp_path, [["项目支出绩效目标表"], ["项目名称", "测试"], ["实施单位", "某局"], ["年度", "2023"], *TABLE])
    assert read(path).form.meta.year == 2023


def test_a_list_whose_unit_column_heads_the_projects(tmp_path):
    rows = [["某局2025年项目绩效目标和指标"],
            ["单位编码", "单位名称(项目类别/支出项目)", "年度预算安排", "总体目标", "一级指标", "二级指标", "三级指标", "指标值"],
            ["", "某市公安局", "92156434"], ["037001", "其他运转类", "1681680"],
            ["037001", "机房租赁服务采购项目", "1681680", "保障机房运转。", "产出指标", "数量指标", "机柜数量", "≥77台"],
            ["", "", "", "", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"]]
    parts = read(_write(tmp_path, rows)).all()
    assert [(p.form.meta.project, p.form.meta.department, len(p.form.indicators)) for p in parts] == [
        ("机房租赁服务采购项目", "某市公安局", 2)]


def test_a_funds_block_on_its_side(tmp_path, book):
    rows = SIDE_FUNDS
    form = read(_write(tmp_path, rows)).form
    assert [dict(f.amounts).get("执行数(B)") for f in form.funds] == [Decimal("30.00")]
    assert "BUD-08" not in {f.rule for f in check_file(_write(tmp_path, rows, "b.txt"), book).findings}


def test_the_funds_block_on_its_side_keeps_its_rate_and_its_label(tmp_path, book):
    rows = SIDE_FUNDS
    assert ("BUD-07", "年度财政资金总额") in {(f.rule, f.subject) for f in check_file(_write(tmp_path, rows), book).findings}


def test_the_execution_rates_weight_named_in_its_column():
    from jxcheck.engine import scoring
    from jxcheck.engine.model import FundLine
    line = FundLine("年度资金总额", "total", (("全年预算数", Decimal("329.77")), ("全年执行数", Decimal("338.31"))),
                    texts=(("全年预算数", "329.77"), ("全年执行数", "338.31"), ("执行率", "102.59%"), ("执行率权重", "10"),
                           ("执行率得分", "")))
    from jxcheck.engine.model import Form, FormMeta
    ex = scoring.execution(Form(meta=FormMeta(), tasks=(), goals=(), indicators=(), funds=(line,)))
    assert (ex.weight, ex.rate) == (Decimal("10"), Decimal("102.59"))
