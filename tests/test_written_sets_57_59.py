"""What written sets 57–59 (judged at b65c056) showed, mended so far; each test fails on b65c056."""
from __future__ import annotations

from jxcheck.engine.readers import vertical
from jxcheck.engine.values.parse import parse_value
from written_checks import checked as _form

EDGE = """项目支出绩效自评表
项目名称
少数民族发展资金项目
主管部门
某市民族宗教事务局
项目资金
（万元）
年初预算数 全年预算数 全年执行数 分值 执行率 得分
年度资金总额
150.00 150.00 147.60 10 98.40% 9.84
年度总体目标
预期目标
实际完成情况
扶持6个民族村发展特色产业项目。
6个产业项目全部建成运营。
绩
效
指
标
一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分
偏差原因分析
及改进措施
产出指标
数量指标
扶持民族村特色产业项目
=6个
6个
50
50
效益指标
社会效益指标
带动少数民族群众就业 ≥120人
126人
30
30
满意度指标
服务对象满意度指标
受益群众满意度
≥90%
94%
10
10
总分 100 99.84
"""


def test_a_copy_mostly_a_cell_a_line(tmp_path, book):
    """An Edge copy (1012): a cell a line but for a few lines of column labels, of amounts, or a name and its value on
    one baseline; a side label a character a line; the reason's label wrapped. Read as a cell-a-line copy."""
    assert vertical.applies(EDGE.splitlines())
    result = _form(tmp_path, EDGE, book)
    assert [(i.level2, i.name, i.raw, i.actual) for i in result.form.indicators] == [
        ("数量指标", "扶持民族村特色产业项目", "=6个", "6个"), ("社会效益指标", "带动少数民族群众就业", "≥120人", "126人"),
        ("服务对象满意度指标", "受益群众满意度", "≥90%", "94%")]
    assert [line.label for line in result.form.funds][:1] == ["年度资金总额"]
    assert not {"FORM-02", "TXT-01", "STR-06"} & {f.rule for f in result.findings}


def test_values_and_words_of_sets_57_to_59(tmp_path, book):
    """每半年更新1次 is a frequency; ≤T+1日 a time limit after the day of the deal (1034, 1040); counts of units covered,
    people helped, cases exposed are more-is-better; a price's swing is fewer-is-better (1036–1038, 1028); a 好差评
    rate measures satisfaction (1042); money collected is a centre's output (1044); more rain and snow is an
    ecological effect, sales a co-op's economic one (1016, 1023)."""
    assert parse_value("每半年更新1次").kind == "quantity" and getattr(parse_value("≤T+1日"), "op", None) == "≤"
    assert getattr(parse_value("T+1日"), "op", "x") is None
    body = ("项目支出绩效目标表\n项目名称\t综合保障\n主管部门\t某市某局\n年度绩效目标\t全年覆盖980家公共机构。\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t公共机构能耗统计覆盖单位数\t≥980家\n"
            "\t\t救助困难信访群众人次\t≥150人次\n\t\t公开曝光典型违规案例数\t≥10例\n\t\t全年住房公积金归集额\t≥12亿元\n"
            "\t\t困难归侨侨眷动态帮扶台账更新\t每半年更新1次\n\t时效指标\t结算数据上传时限\t≤T+1日\n"
            "效益指标\t经济效益指标\t基层综合服务社年代购代销额\t≥1200万元\n\t社会效益指标\t春耕期化肥市场价格波动幅度\t≤10%\n"
            "\t生态效益指标\t作业影响区增雨（雪）量增加率\t≥5%\n满意度指标\t服务对象满意度指标\t办事群众“好差评”好评率\t≥98%\n")
    found = {(f.rule, f.subject) for f in _form(tmp_path, body, book).findings}
    for rule, name in (("VAL-04", "公共机构能耗统计覆盖单位数"), ("VAL-04", "救助困难信访群众人次"),
                       ("VAL-04", "公开曝光典型违规案例数"), ("VAL-04", "春耕期化肥市场价格波动幅度"),
                       ("VAL-12", "全年住房公积金归集额"), ("VAL-01", "困难归侨侨眷动态帮扶台账更新"),
                       ("VAL-01", "结算数据上传时限"), ("VAL-11", "基层综合服务社年代购代销额"),
                       ("VAL-11", "作业影响区增雨（雪）量增加率"), ("VAL-09", "办事群众“好差评”好评率")):
        assert (rule, name) not in found, (rule, name)


def test_labels_centred_between_the_rows_they_span():
    """pdftotext -layout of a table whose header labels stand centred over left-aligned cells, its merged level cells'
    text on lines of their own between the rows they span, a value centred down a tall row, the page's number (1016):
    each label on its group's first row, the wrapped name whole, the page's number no row."""
    from jxcheck.engine.readers import spaced
    from test_written_sets_52_55 import _laid
    lines = _laid(
        [(6, "一级指标"), (20, "二级指标"), (48, "三级指标"), (84, "指标值")],
        [(35, "开展人工防雹作业点次"), (83, "≥320点次")],
        [(20, "数量指标"), (35, "维护固定作业点数量"), (85, "=51个")],
        [(35, "组织作业安全检查次数"), (86, "≥2次")],
        [(35, "作业人员持证上岗率"), (85, "=100%")],
        [(6, "产出指标"), (20, "质量指标")],
        [(35, "作业弹药安全事故发生次数"), (86, "=0次")],
        [(35, "作业点维护完成时间"), (80, "2024年5月31日前")],
        [(20, "时效指标")],
        [(35, "作业信息上报及时率（作业结束后")],
        [(85, "≥98%")],
        [(35, "30分钟内上报）")],
        [(48, "— 1 —")]).splitlines()
    rows = [(n, cells) for n, cells in spaced.rows(lines)]
    placed = [[c for c in cells if c] for _, cells in rows]
    assert placed[1:] == [["产出指标", "数量指标", "开展人工防雹作业点次", "≥320点次"], ["维护固定作业点数量", "=51个"],
                          ["组织作业安全检查次数", "≥2次"], ["质量指标", "作业人员持证上岗率", "=100%"],
                          ["作业弹药安全事故发生次数", "=0次"], ["时效指标", "作业点维护完成时间", "2024年5月31日前"],
                          ["作业信息上报及时率（作业结束后30分钟内上报）", "≥98%"], ["— 1 —"]]


def test_a_bare_wan_under_a_count_is_its_magnitude_not_money(tmp_path, book):
    """1002: 馆藏档案数字化扫描 ≥120万 (pages) was read as 120万元: BUD-05 and VAL-12 at b65c056; the unit is what
    it lacks (VAL-02). A money name keeps 万 as 万元."""
    body = ("项目支出绩效目标表\n项目名称\t档案数字化\n主管部门\t某档案馆\n年度\t2024年\n年度资金总额（万元）\t80\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t馆藏档案数字化扫描\t≥120万\n"
            "\t\t发放档案征集奖励资金\t≤5万\n\t质量指标\t扫描图像合格率\t≥98%\n"
            "效益指标\t社会效益指标\t档案利用人次\t≥3000人次\n满意度指标\t服务对象满意度指标\t查档群众满意度\t≥90%\n")
    result = _form(tmp_path, body, book)
    on = {(f.rule, f.location.line) for f in result.findings}
    assert ("VAL-02", 7) in on and not {("BUD-05", 7), ("VAL-12", 7)} & on and ("BUD-05", 8) in on
    money = next(i for i in result.form.indicators if i.name.startswith("发放"))
    assert money.value.unit == "万元"


def test_a_year_line_a_viewer_parted_by_its_spaces(tmp_path, book):
    """1027 (Edge): （ 2024 年度） came out as three cells; the year was not found (a false FORM-04) at b65c056."""
    body = ("项目支出绩效自评表\n（ 2024 年度）\n项目名称 某项目\n主管部门 某局 实施单位 某中心\n"
            "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n产出指标 数量指标 适配人数 ≥800人 836人 50 50\n"
            "满意度指标 服务对象满意度指标 残疾人满意度 ≥90% 95% 50 50\n")
    result = _form(tmp_path, body, book)
    assert result.form.meta.year == 2024 and "FORM-04" not in {f.rule for f in result.findings}


def _duty_form(unit_cost: str, count: str) -> str:
    return ("部门整体支出绩效目标表\n部门（单位）名称\t某县供销合作社联合社\n年度\t2024年\n"
            "年度主要任务\t任务名称\t主要内容\t预算金额（万元）\n\t机关运行保障\t人员工资和公用经费\t218.60\n"
            "\t基层综合服务社运营补助\t对20个服务社给予运营补助\t40.00\n\t饲草料储备\t储备饲草料1500吨\t27.80\n"
            "\t合计\t\t286.40\n一级指标\t二级指标\t三级指标\t指标值\n"
            f"产出指标\t数量指标\t补助基层综合服务社数量\t{count}\n"
            "\t成本指标\t机关运行经费\t≤218.60万元\n\t\t饲草料储备成本\t≤27.80万元\n"
            f"\t\t基层综合服务社运营补助标准\t{unit_cost}\n"
            "效益指标\t社会效益指标\t牧区群众基本生产生活保障率\t=100%\n满意度指标\t服务对象满意度指标\t服务对象满意度\t≥90%\n")


def test_a_cost_given_per_unit_times_its_count_is_no_gap(tmp_path, book):
    """1023: the costs in money add up to 246.40 beside the tasks' 286.40, and 运营补助标准 ≤2.00万元/个 × 20个 is the 40
    between them: a false BUD-09 (an error) sent a correct form back. A gap the unit cost does not make is still one."""
    assert "BUD-09" not in {f.rule for f in _form(tmp_path, _duty_form("≤2.00万元/个", "=20个"), book).findings}
    assert "BUD-09" in {f.rule for f in _form(tmp_path, _duty_form("≤1.50万元/个", "=20个"), book).findings}
