"""Text pasted out of a PDF viewer (cells apart by runs of spaces): columns placed by where their cells start, and
cells broken over two lines joined back by it (written set 43: 058, 062, 066)."""
from __future__ import annotations

from wcwidth import wcswidth

from jxcheck.engine.check import check_file
from jxcheck.engine.readers import spaced


def _line(*placed: tuple[int, str]) -> str:
    """A line with each text starting at its display column (a Chinese character two columns wide)."""
    out = ""
    for column, text in placed:
        out += " " * max(column - wcswidth(out), 2 if out else 0) + text
    return out


HEADER = [(0, "绩效"), (8, "一级指标"), (20, "二级指标"), (34, "三级指标"), (64, "年度指标值"), (80, "实际完成值"),
          (92, "分值"), (98, "得分")]


def _self_evaluation() -> str:
    return "\n".join([
        _line((30, "项目支出绩效自评表")),
        "项目名称",
        _line((16, "农田水土流失综合治理项目")),
        _line((0, "主管部门"), (16, "某县水利局"), (52, "实施单位"), (66, "某县水土保持中心")),
        _line(*HEADER),
        _line((0, "指标"), (8, "产出指标"), (20, "数量指标"), (34, "治理水土流失面积"), (64, "≥12平方公里"),
              (80, "12.6平方公里"), (94, "10"), (98, "10")),
        _line((34, "种植水土保持林"), (64, "≥3000亩"), (80, "3120亩"), (92, "10"), (98, "10")),
        _line((20, "时效指标"), (34, "工程完工时间"), (64, "2024年11月30日"), (80, "2024年11月25日"), (96, "10"), (100, "10")),
        _line((64, "前")),
        _line((20, "成本指标"), (34, "每平方公里治理成本"), (64, "≤42万元/平方"), (80, "40.7万元/平方"), (95, "10"), (99, "10")),
        _line((64, "公里"), (80, "公里")),
        "",
        _line((38, "第 1 页  共 2 页")),
        _line((8, "效益指标"), (20, "生态效益指标"), (34, "治理区水土流失治理度"), (64, "≥70%"), (80, "76%"), (92, "10"),
              (98, "10")),
        _line((8, "满意度指标"), (20, "服务对象满意度"), (34, "受益群众满意度"), (64, "≥90%"), (80, "95%"), (92, "10"),
              (98, "10")),
        _line((20, "指标")),
        _line((0, "总分"), (92, "60"), (98, "60")),
    ]) + "\n"


def test_cells_are_placed_in_the_columns_they_start_in():
    rows = dict(spaced.rows(_self_evaluation().split("\n")))
    assert rows[7] == ["", "", "", "种植水土保持林", "≥3000亩", "3120亩", "10", "10"]  # merged 一级, 二级 left blank
    assert rows[14] == ["", "效益指标", "生态效益指标", "治理区水土流失治理度", "≥70%", "76%", "10", "10"]
    assert rows[6][-2:] == ["10", "10"] and rows[8][-2:] == ["10", "10"]  # 10 pushed right by a long cell: still 分值


def test_a_cell_broken_onto_the_next_line_is_joined_back_where_it_starts():
    rows = dict(spaced.rows(_self_evaluation().split("\n")))
    assert rows[8][4] == "2024年11月30日前" and 9 not in rows
    assert rows[10][4:6] == ["≤42万元/平方公里", "40.7万元/平方公里"] and 11 not in rows
    assert rows[15][2] == "服务对象满意度指标" and 16 not in rows


def test_a_pasted_self_evaluation_reads_as_its_rows(tmp_path, book):
    path = tmp_path / "form.txt"
    path.write_text(_self_evaluation(), encoding="utf-8")
    result = check_file(path, book)
    assert [(i.level2, i.name, i.raw) for i in result.form.indicators] == [
        ("数量指标", "治理水土流失面积", "≥12平方公里"), ("数量指标", "种植水土保持林", "≥3000亩"),
        ("时效指标", "工程完工时间", "2024年11月30日前"), ("成本指标", "每平方公里治理成本", "≤42万元/平方公里"),
        ("生态效益指标", "治理区水土流失治理度", "≥70%"), ("服务对象满意度指标", "受益群众满意度", "≥90%")]
    assert result.form.meta.project == "农田水土流失综合治理项目"
    assert not [f for f in result.findings if f.rule in ("STR-04", "STR-06", "FORM-03", "DATE-01")]


def test_a_task_table_with_a_side_label_and_money_columns_under_one_label():
    """年/度/主/要/任/务 down the left, 总额 | 财政拨款 | 其他资金 under 预算金额(万元), a content broken over lines."""
    lines = [
        _line((10, "任务名称"), (34, "主要内容"), (78, "预算金额(万元)")),
        _line((78, "总额"), (88, "财政拨款"), (98, "其他资金")),
        _line((0, "年"), (10, "人员经费保障"), (34, "保障在职及离退休人员工资福利、社会保障缴"), (78, "612.35"), (88, "612.35")),
        _line((34, "费、住房公积金等支出")),
        _line((0, "度"), (10, "生态护林员管理"), (34, "选聘生态护林员280名,按每人每年1.2万元"), (78, "336.00"),
              (98, "336.00")),
        _line((34, "发放劳务报酬,开展巡护考核")),
        _line((0, "务"), (10, "合计"), (78, "948.35"), (88, "612.35"), (98, "336.00")),
    ]
    rows = dict(spaced.rows(lines))
    assert rows[2] == ["", "", "", "总额", "财政拨款", "其他资金"]
    assert rows[3] == ["年", "人员经费保障", "保障在职及离退休人员工资福利、社会保障缴费、住房公积金等支出", "612.35", "612.35"]
    assert rows[5] == ["度", "生态护林员管理", "选聘生态护林员280名,按每人每年1.2万元发放劳务报酬,开展巡护考核", "336.00", "",
                       "336.00"]
    assert rows[7] == ["务", "合计", "", "948.35", "612.35", "336.00"]


def test_a_label_broken_under_itself_beside_its_value():
    """年度本级 | 300.00 / 预算金额: one label, 年度本级预算金额, and the budget read."""
    lines = [_line((0, "年度本级"), (16, "300.00"), (50, "该项目支出上级资金"), (70, "0")), "预算金额",
             _line((0, "项目支出实施期"), (16, "2024年3月—2024年12月"))]
    assert spaced.rows(lines)[0] == (1, ["年度本级预算金额", "300.00", "该项目支出上级资金", "0"])


def test_typed_text_whose_gaps_are_whole_multiples_keeps_its_blank_cells():
    """Text typed with four spaces a column (not laid out by a PDF) is not placed by position: its blank cells are
    the gaps' multiples (16 before it: two), as before."""
    lines = ["一级指标    二级指标    三级指标    指标值", "产出指标    数量指标    日常养护里程    ≥2150公里",
             "                实施路面修复里程        ≥42公里"]
    assert spaced.rows(lines)[2] == (3, ["", "", "实施路面修复里程", "≥42公里"])


def _middle_labelled() -> str:
    """A 部门整体 table as pdftotext -layout prints it: 一级 and 二级 merged cells on their groups' middle rows, a name
    wrapped, a centred label's last characters on the line under it."""
    return "\n".join([
        _line((20, "部门整体支出绩效目标表")),
        _line((0, "部门(单位)名称"), (20, "某县民政局")),
        _line((0, "年度预算"), (20, "资金总额"), (60, "720.00")),
        _line((0, "年度绩效目标"), (20, "保障城乡低保对象14200人,临时救助3500人次。")),
        "",
        _line((1, "一级指标"), (17, "二级指标"), (32, "三级指标"), (64, "指标值")),
        _line((32, "城乡低保保障人数"), (64, "≥14200人")),
        _line((17, "数量指标"), (32, "特困供养人员保障人数"), (64, "≥2350人")),
        _line((32, "临时救助人次"), (64, "≥3500人次")),
        _line((32, "孤儿及事实无人抚养儿童保障人"), (64, "≥310人")),
        _line((32, "数")),
        _line((17, "质量指标"), (32, "城乡低保动态管理核查率"), (64, "=100%")),
        _line((1, "产出指标"), (17, "时效指标"), (32, "低保金发放时间"), (64, "每月10日前")),
        _line((32, "城乡低保资金"), (64, "≤500万元")),
        _line((17, "成本指标"), (32, "临时救助资金"), (64, "≤120万元")),
        _line((32, "人员及公用经费"), (64, "≤100万元")),
        _line((15, "社会效益指标"), (32, "城市低保标准"), (64, "≥680元/人·月")),
        _line((1, "效益指标"), (32, "农村低保标准"), (64, "≥5700元/人·年")),
        _line((14, "可持续影响指标"), (32, "救助政策落实率"), (64, "=100%")),
        _line((0, "满意度指标"), (14, "服务对象满意度"), (32, "救助对象满意度"), (64, "≥90%")),
        _line((19, "指标")),
    ]) + "\n"


def test_labels_on_their_groups_middle_rows(tmp_path, book):
    path = tmp_path / "form.txt"
    path.write_text(_middle_labelled(), encoding="utf-8")
    result = check_file(path, book)
    assert [(i.level1, i.level2, i.name) for i in result.form.indicators] == [
        ("产出指标", "数量指标", "城乡低保保障人数"), ("产出指标", "数量指标", "特困供养人员保障人数"),
        ("产出指标", "数量指标", "临时救助人次"), ("产出指标", "数量指标", "孤儿及事实无人抚养儿童保障人数"),
        ("产出指标", "质量指标", "城乡低保动态管理核查率"), ("产出指标", "时效指标", "低保金发放时间"),
        ("产出指标", "成本指标", "城乡低保资金"), ("产出指标", "成本指标", "临时救助资金"),
        ("产出指标", "成本指标", "人员及公用经费"), ("效益指标", "社会效益指标", "城市低保标准"),
        ("效益指标", "社会效益指标", "农村低保标准"), ("效益指标", "可持续影响指标", "救助政策落实率"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度")]
    assert not [f for f in result.findings if f.rule in ("FORM-03", "STR-02", "DATE-01", "VAL-12")]


def test_numbers_right_aligned_under_a_narrow_label_and_a_title_continued():
    """值 over 1200 (ending where 值 ends), counted in characters (Chinese one column each); the header again under
    …申报表(续) after a page's number."""
    lines = ["一级指标  二级指标  三级指标          符号     值  单位   指标解释",
             "产出指标  数量指标  统防统治作业面积      ≥     15  万亩   全县统防统治作业面积",
             "            培训种植户及植保作业人员  ≥   1200  人次   组织技术培训人数",
             "      时效指标  防治作业完成时间            及时       按农时开展防治作业"]
    rows = dict(spaced.rows(lines))
    assert rows[3] == ["", "", "培训种植户及植保作业人员", "≥", "1200", "人次", "组织技术培训人数"]
    assert rows[4] == ["", "时效指标", "防治作业完成时间", "", "及时", "", "按农时开展防治作业"]


def test_a_form_continued_under_its_title_marked_continued(tmp_path, book):
    text = ("2024年度项目支出绩效目标申报表\n项目名称\t病虫害统防统治\n年度资金总额\t150.00\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t作业面积\t≥15万亩\n\t成本指标\t作业服务补助\t≤120万元\n"
            "- 1 -\n2024年度项目支出绩效目标申报表(续)\n一级指标\t二级指标\t三级指标\t指标值\n\t\t培训及监管费用\t≤30万元\n"
            "满意度指标\t服务对象满意度指标\t种植户满意度\t≥90%\n")
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    results = check_file(path, book)
    assert [(i.level2, i.name) for i in results.form.indicators] == [
        ("数量指标", "作业面积"), ("成本指标", "作业服务补助"), ("成本指标", "培训及监管费用"), ("服务对象满意度指标", "种植户满意度")]
    assert not [f for f in results.findings if f.rule == "FORM-03"]


def test_a_viewers_copy_is_split_at_its_spaces_and_not_placed():
    """Every line at the left, cells one or two spaces apart, empty cells dropped: no position means anything."""
    lines = ["一级指标  二级指标  三级指标 指标值", "产出指标 数量指标 宫颈癌筛查人数 ≥12000人", "乳腺癌筛查人数  ≥12000人",
             "质量指标 筛查结果告知率 =100%", "年度总体目标 为全县35-64岁适龄妇女免费开展宫颈癌筛查",
             "12000人、乳腺癌筛查12000人,筛查结果告知率100%。"]
    assert not spaced.laid_out(lines)
    rows = dict(spaced.rows(lines))
    assert rows[2] == ["产出指标", "数量指标", "宫颈癌筛查人数", "≥12000人"] and rows[3] == ["乳腺癌筛查人数", "≥12000人"]
    assert rows[5] == ["年度总体目标", "为全县35-64岁适龄妇女免费开展宫颈癌筛查12000人、乳腺癌筛查12000人,筛查结果告知率100%。"]


def test_a_wrapped_last_cell_is_joined_back():
    """A reason wrapped in its column (部分主体实际育秧面积不 / 足申报面积…), a project's name wrapped beside its label."""
    lines = [_line((0, "项目名称"), (12, "营山县农村义务教育学校校")), _line((12, "舍维修改造项目")),
             _line((0, "主管部门"), (12, "某县教育局")), _line((0, "项目资金"), (12, "年度资金总额"), (40, "480.00")),
             _line((12, "其中:财政拨款"), (40, "480.00"))]
    assert dict(spaced.rows(lines))[1] == ["项目名称", "营山县农村义务教育学校校舍维修改造项目"]
