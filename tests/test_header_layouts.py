"""Header layouts met on unseen forms: a description column beside the 三级 name, goals under the owner's name
(专项年度绩效目标), and the 河北 scoring sheet whose 预期指标值 is merged over 符号 | (value) | 单位 and whose 自评得分
over 单项指标得分 | 权重占比 | 单项指标折算得分."""
from __future__ import annotations

from decimal import Decimal

from jxcheck.engine.check import check_file, check_path
from jxcheck.engine.readers import read


def _write(tmp_path, rows, name="form.txt"):
    path = tmp_path / name
    path.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_a_description_beside_the_name_is_no_second_table(tmp_path, book):
    path = _write(tmp_path, [
        ["项目名称", "再就业援助"], ["专项长期绩效目标", "维护社会稳定。"], ["专项年度绩效目标", "按月发放补贴250人。"],
        ["专项年度绩效指标", "一级指标", "二级指标", "三级指标", "指标内容", "指标值", "绩效标准"],
        ["", "产出指标", "数量指标", "补助人数", "实际发放人数", "250人", "计划标准"],
        ["", "", "质量指标", "覆盖率", "对符合条件的对象发放的覆盖率", "100%", "历史标准"],
        ["", "效益指标", "社会效益指标", "社会稳定", "对社会稳定的影响", "明显改善", "计划标准"]])
    form = read(path).form
    assert [(i.level2, i.name, i.raw) for i in form.indicators] == [
        ("数量指标", "补助人数", "250人"), ("质量指标", "覆盖率", "100%"), ("社会效益指标", "社会稳定", "明显改善")]
    assert dict(form.indicators[0].extras)["extra:指标内容"] == "实际发放人数"
    assert [(g.term, g.text) for g in form.goals] == [("实施期", "维护社会稳定。"), ("年度", "按月发放补贴250人。")]
    assert not [f for f in check_file(path, book).findings if f.rule == "FORM-03"]


def test_a_level_named_like_a_goal_stays_a_level(tmp_path):
    path = _write(tmp_path, [
        ["评价指标", "评价内容", "指标名称", "目标值", "分值"],
        ["项目年度绩效目标(定量指标)", "产出数量指标", "享受资助人数", "2100人", "50"],
        ["", "质量指标", "覆盖率", "100%", "50"]])
    form = read(path).form
    assert not form.goals and len(form.indicators) == 2


HEBEI = [
    ["四、年度绩效指标完成情况", "一级指标", "二级指标", "三级指标", "指标分值", "预期指标值", "", "", "单项指标实际完成值",
     "单项指标完成情况", "自评得分"],
    ["", "", "", "", "", "符号", "", "单位(文字描述)", "", "", "单项指标得分", "权重占比(%)", "单项指标折算得分"],
    ["", "产出指标", "质量指标", "覆盖率", "享受补贴人数占符合条件对象的比例", ">=", "98", "%(百分比)", "100%", "完成",
     "100.00", "60.00", "60.00"],
    ["", "满意度指标", "服务对象满意度指标", "服务对象满意度", "对象的满意程度", ">=", "95", "%(百分比)", "96%", "完成",
     "100.00", "40.00", "10.00"],
    ["", "预算执行率", "预算执行率"]]


def test_the_hebei_scoring_sheet(tmp_path, book):
    path = _write(tmp_path, [["项目名称", "高龄津贴"], ["实施(主管)单位", "成安县民政局"], *HEBEI])
    form = read(path).form
    assert form.meta.department == "成安县民政局"
    rows = [(i.name, i.nature, i.raw, i.unit_cell, i.actual, i.weight, i.score) for i in form.indicators]
    assert rows == [("覆盖率", ">=", "98", "%(百分比)", "100%", Decimal("60.00"), Decimal("60.00")),
                    ("服务对象满意度", ">=", "95", "%(百分比)", "96%", Decimal("40.00"), Decimal("10.00"))]
    findings = check_file(path, book).findings
    assert not [f for f in findings if f.rule in ("VAL-02", "EVAL-05", "STR-06", "VAL-01")]
    wrong = [f for f in findings if f.rule == "EVAL-03"]  # 96% of ≥95% is full marks: 40, not 10
    assert [(f.location.line, f.subject) for f in wrong] == [(6, "服务对象满意度")]


def _table_twelve(project, budget, rows):
    return [["表十二"], ["2023年一般性项目绩效目标表(一级项目)"], ["编制单位:", "813-某某镇", "单位:万元"],
            ["专项资金名称", project], ["当年预算", budget], ["当年绩效目标", f"按月足额发放{project}，惠及100人。"],
            ["绩效指标"], ["指标", "指标权重", "计量单位", "指标性质", "指标值"], *rows]


STACKED = [["某某镇人民政府2023年一般性项目绩效目标表"],
           *_table_twelve("村干部补助", "9.31", [["领取补助人数", "50", "人", "≥", "100"], ["发放金额", "50", "万元", "≤", "9.31"]]),
           *_table_twelve("办公设备运维", "3.2", [["设备完好率", "60", "%", "≥", "95"], ["保障运转", "40", "", "定性", ""]])]


def test_forms_one_after_another_are_a_form_each(tmp_path, book):
    """A page that prints a table per project (重庆 表十二): each project is its own form, named by it, with its own
    header; a table headed 指标 | 指标权重 | … is an indicator table (no 一级/二级: said once)."""
    path = _write(tmp_path, STACKED)
    parts = read(path).all()
    assert [p.name for p in parts] == ["村干部补助", "办公设备运维"]
    assert [(p.form.meta.department, p.form.meta.year, p.form.meta.project, [i.name for i in p.form.indicators])
            for p in parts] == [("某某镇", 2023, "村干部补助", ["领取补助人数", "发放金额"]),
                                ("某某镇", 2023, "办公设备运维", ["设备完好率", "保障运转"])]
    by_part = {r.part: sorted(f.rule for f in r.findings) for r in check_path(path, book)}
    assert "STR-06" in by_part["办公设备运维"] and "STR-06" not in by_part["村干部补助"]


def test_a_form_cut_before_its_table_is_said_to_be_cut(tmp_path, book):
    path = _write(tmp_path, [*STACKED, ["表十二"], ["2023年一般性项目绩效目标表(一级项目)"], ["专项资金名称", "道路维护"]])
    path.write_text("# completeness: partial (the page stops in the third table)\n" + path.read_text("utf-8"), "utf-8")
    last = read(path).all()[-1]
    assert last.name == "道路维护" and last.form is None
    assert [(p.rule, p.case) for p in last.problems] == [("FORM-03", "partial")]


def test_one_row_that_names_both_levels_is_read_without_a_header(tmp_path, book):
    """A transfer form cut after its first indicator, the header row lost: 产出指标 | 数量指标 | name | 指标解释 | ≥3个
    is an indicator (its value is the value-like cell, not the description), not a goal under 总体目标 and not
    FORM-02; the funds block above it, a longer run of text-and-number rows, is no table."""
    path = _write(tmp_path, [
        ["县(市、区)", "项目名称", "单位名称", "金额"], ["某市", "对外文化交流基地建设", "某市委宣传部", "15"],
        ["专项资金绩效目标表"], ["项目名称", "对外文化交流基地建设"], ["主管部门(单位)名称", "某市委宣传部"],
        ["资金情况(万元)", "资金总额:", "15"], ["", "其中:财政拨款", "15"], ["", "其他资金", "0"],
        ["总体目标", "全年接待不少于100人次国际友人体验茶文化。"],
        ["产出指标", "数量指标", "涉及国家数量", "邀请国际友人涉及的国家数量", "≥3个"]])
    result = read(path)
    form = result.form
    assert form.meta.department == "某市委宣传部"
    assert [(i.level1, i.level2, i.name, i.raw) for i in form.indicators] == [("产出指标", "数量指标", "涉及国家数量", "≥3个")]
    assert [g.text for g in form.goals] == ["全年接待不少于100人次国际友人体验茶文化。"]
    (no_header,) = [p for p in result.problems if p.case == "no_header"]
    assert no_header.fields()["content"] == "一级指标 | 二级指标 | 三级指标 | — | 指标值"


def test_a_target_per_place_is_read_and_said(tmp_path, book):
    """区域目标值 over one column per county: the place names are no indicator row; the first county's column is
    checked and a FORM-03 says the others were not."""
    path = _write(tmp_path, [
        ["项目名称", "宗教管理经费"], ["部门(单位)名称", "某市民族与宗教事务局"], ["总体目标", "规范管理宗教活动场所30处。"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标解释", "区域目标值"],
        ["", "", "", "", "", "新罗区", "永定区", "上杭县"],
        ["", "产出指标", "数量指标", "补助场所数量", "反映补助场所数量", "12个", "10个", "8个"],
        ["", "", "质量指标", "资金使用合规性", "反映资金使用合规情况", ">=95%", ">=95%", ">=95%"]])
    result = read(path)
    rows = [(i.name, i.raw, dict(i.extras).get("extra:永定区")) for i in result.form.indicators]
    assert rows == [("补助场所数量", "12个", "10个"), ("资金使用合规性", ">=95%", ">=95%")]
    (places,) = [p for p in result.problems if p.case == "places"]
    assert places.location.line == 6 and places.fields()["content"] == "新罗区、永定区、上杭县"
    assert not [f for f in check_file(path, book).findings if f.rule in ("STR-05", "STR-10") or f.case == "levels"]


def test_weights_written_as_targets_are_one_finding(tmp_path, book):
    """指标值 and 完成值 columns that hold each indicator's weight (20 | 20 | 10 …, adding up to 100): VAL-08 says it
    once; the bare numbers are not also reported as values without units, comparators or deadlines."""
    path = _write(tmp_path, [
        ["项目名称", "普通省道公路建设"], ["资金使用单位", "某市交通运输局"], ["年度", "2021"], ["总体目标", "建设省道32.1公里。"],
        ["一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值"],
        ["产出指标", "数量指标", "建设省道二级公路32.1公里", "30", "30"], ["", "质量指标", "符合验收要求", "20", "20"],
        ["", "时效指标", "按期完成投资", "10", "10"], ["效益指标", "生态效益指标", "交通建设符合环评审批要求", "20", "20"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "20", "20"]])
    rules = sorted({f.rule for f in check_file(path, book).findings})
    assert "VAL-08" in rules
    assert not set(rules) & {"VAL-02", "VAL-04", "DATE-01", "VAL-10", "VAL-11"}


def test_a_notice_cut_after_its_first_target(tmp_path, book):
    """A 公示 that lists the targets in sentences, cut by the page after its first one: that one is read (大于等于 is a
    comparator, 平方米 ends a value) and judged; the fragment after it is the start of a name, cut, not judged."""
    path = _write(tmp_path, ["# completeness: partial (the page stops in the first 数量指标 sentence)".split("\t"),
                             ["关于某村人居环境整治项目资金绩效目标设定的公示"],
                             ["资金总额500万元,项目负责人张三。现将绩效目标设定如下:"], ["一、产出指标"],
                             ["数量指标:商业段外立面改造(≥**平方米)大于等于10157.6平方米,环"]])
    form = read(path).form
    assert [(i.name, i.raw, i.uncertain) for i in form.indicators] == [
        ("商业段外立面改造(≥**平方米)", "大于等于10157.6平方米", None), ("环", "", "truncated")]
    on_row = [(f.rule, f.subject) for f in check_file(path, book).findings if f.location.line == 5]
    assert ("STR-05", "商业段外立面改造(≥**平方米)") in on_row and not [r for r, s in on_row if s == "环"]


def test_a_file_cut_after_its_whole_table_is_judged_as_a_whole_table(tmp_path, book):
    """The page stops in the notes under the 总分 row: the indicator table is whole, so the rules that need the
    whole table run (STR-01 finds no 满意度指标); only the sign-off below may be lost (DATE-04 does not run)."""
    rows = [["# completeness: partial (the page stops in the 备注 under the table)"],
            ["项目名称", "水土保持监测"], ["单位名称", "某所"], ["年度", "2020"], ["年度绩效目标", "完成监测100次。"],
            ["一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "监测次数", "100次", "100次", "50", "50"],
            ["", "质量指标", "数据合格率", "100%", "100%", "25", "25"],
            ["效益指标", "社会效益指标", "资料服务单位数", "≥10个", "12个", "25", "25"], ["总分", "", "", "", "", "100", "100"],
            ["备注:1.预算执行情况口径"]]
    path = _write(tmp_path, rows)
    result = read(path)
    assert not result.form.meta.partial and result.form.meta.tail_cut
    assert [p.case for p in result.problems if p.rule == "FORM-03"] == ["partial_tail"]
    rules = {(f.rule, f.subject) for f in check_file(path, book).findings}
    assert ("STR-01", "满意度指标") in rules and not [r for r, _ in rules if r == "DATE-04"]
    cut_inside = _write(tmp_path, rows[:-2], "cut.txt")  # the page stops inside the table: those rules wait
    assert read(cut_inside).form.meta.partial
    assert not [f for f in check_file(cut_inside, book).findings if f.rule == "STR-01"]


def test_the_department_evaluation_sheet_with_a_weight_per_level(tmp_path, book):
    """一级 | 分值 | 二级 | 分值 | 三级 | 分值 (the 部门整体 evaluation: 投入 › 预算配置, 过程 › 预算执行), its first label
    lost by OCR (级指标): the levels are read, the 三级's own 分值 is the weight, not the group's."""
    path = _write(tmp_path, [
        ["部门(单位)名称", "某区发展和改革局"], ["部门整体支出绩效评价指标表"],
        ["级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评价标准", "得分"],
        ["投入", "13", "预算配置", "13", "在职人员控制率", "5", "以100%为标准", "5"],
        ["", "", "", "", "三公经费变动率", "8", "变动率≤0计8分", "8"],
        ["过程", "61", "预算执行", "20", "预算完成率", "5", "100%计满分", "4"]])
    form = read(path).form
    assert [(i.level1, i.level2, i.name, i.weight) for i in form.indicators] == [
        ("投入", "预算配置", "在职人员控制率", Decimal(5)), ("投入", "预算配置", "三公经费变动率", Decimal(8)),
        ("过程", "预算执行", "预算完成率", Decimal(5))]
    assert not [f for f in check_file(path, book).findings if f.case == "levels"]


def test_a_bad_thing_counted_is_kept_low(tmp_path, book):
    """VAL-04: fewer 群体性事件 is better — “≤5次” is the right direction, not a positive indicator written backwards."""
    path = _write(tmp_path, [["项目名称", "走访慰问"], ["年度绩效目标", "走访慰问300户。"], ["一级指标", "二级指标", "三级指标", "指标值"],
                             ["产出指标", "数量指标", "走访户数", "≥300户"],
                             ["效益指标", "社会效益指标", "群体性事件发生次数", "≤5次"]])
    assert not [f for f in check_file(path, book).findings if f.rule == "VAL-04"]


def test_a_title_repeated_on_the_next_page_is_the_same_form(tmp_path):
    """A PDF prints the title and the header again on its second page: one form, not two."""
    head = [["某县2023年项目支出绩效目标表"], ["项目名称", "道路养护"], ["年度绩效目标", "养护道路125公里。"],
            ["一级指标", "二级指标", "三级指标", "指标值"]]
    path = _write(tmp_path, [*head, ["产出指标", "数量指标", "养护里程", "≥125公里"],
                             ["某县2023年项目支出绩效目标表"], ["一级指标", "二级指标", "三级指标", "指标值"],
                             ["效益指标", "社会效益指标", "道路通畅率", "≥98%"]])
    result = read(path)
    assert not result.others and [i.name for i in result.form.indicators] == ["养护里程", "道路通畅率"]


def test_the_next_form_cut_after_its_title_is_a_form_of_its_own(tmp_path):
    path = _write(tmp_path, [["# completeness: partial (the page stops at the next table's title)"],
                             ["部门(单位)整体绩效目标表"], ["单位名称", "某街道办事处"],
                             ["当年整体绩效目标", "完成道路养护125公里。"], ["指标名称", "指标权重", "计量单位", "指标性质", "指标值"],
                             ["农村公路养护里程", "50", "公里", "=", "125"], ["服务对象满意度", "50", "%", "≥", "95"],
                             ["2022年区级一般性项目绩效目标表"], ["单位:万元"]])
    first, second = read(path).all()
    assert [i.name for i in first.form.indicators] == ["农村公路养护里程", "服务对象满意度"]
    assert not first.form.meta.partial
    assert second.form is None and [(p.rule, p.case) for p in second.problems] == [("FORM-03", "partial")]


def test_the_sentence_that_introduces_numbered_goals_is_no_goal(tmp_path):
    path = _write(tmp_path, [["项目名称", "再生资源回收市场管理经费"],
                             ["年度目标", "围绕建设节约型社会的要求，规范建设。达成以下目标: 目标1:聘用人员1人 目标2:2021年12月31日前完成"],
                             ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "聘用人数", "=1人"]])
    assert [(g.label, g.text) for g in read(path).form.goals] == [("目标1", "聘用人员1人"), ("目标2", "2021年12月31日前完成")]


def test_prose_under_each_level_is_an_indicator_without_a_name(tmp_path, book):
    """湖南 2017: 产出指标 | 质量指标:学校的教育教学秩序良好… — each 二级 cell is one indicator with no 三级 name and its
    text for a value (STR-05 on each); a 二级 on a row of its own belongs to the 一级 it implies."""
    path = _write(tmp_path, [["部门名称", "某中学"], ["整体绩效目标", "目标1:保障在职人员89人的正常办公。"],
                             ["部门整体支出 年度绩效指标", "产出指标", "质量指标:学校的教育教学秩序良好,力争毕业生合格率达100%"],
                             ["", "", "时效指标:按时完成教学任务,顺利完成中考。"],
                             ["", "效益指标", "社会效益指标:中考成绩进一步稳定。"], ["", "服务对象满意度指标:社区满意度95%以上"]])
    result = read(path)
    rows = [(i.level1, i.level2, i.name, i.raw[:6]) for i in result.form.indicators]
    assert rows == [("产出指标", "质量指标", "", "学校的教育教"), ("产出指标", "时效指标", "", "按时完成教学"),
                    ("效益指标", "社会效益指标", "", "中考成绩进一"), ("满意度指标", "服务对象满意度指标", "", "社区满意度9")]
    assert [g.label for g in result.form.goals] == ["目标1"]
    assert [p.case for p in result.problems if p.rule == "FORM-03"] == ["prose"]
    assert sum(f.rule == "STR-05" for f in check_file(path, book).findings) == 4


def test_grade_standards_with_the_best_as_the_target(tmp_path, book):
    """河北 transfer form: 绩效指标分类 | 绩效指标 | 绩效指标描述 | 绩效指标评价标准 over 优 | 良 | 中 | 差: the 一级 is the
    分类, the 优 standard is the target, there is no 二级 (said once)."""
    path = _write(tmp_path, [["绩效目标", "保障农村低保金的发放。"],
                             ["绩效指标分类", "绩效指标", "绩效指标描述", "绩效指标评价标准", "", "", "", "评价标准确定依据"],
                             ["", "", "", "优", "良", "中", "差", ""],
                             ["产出指标", "救助覆盖率", "是否应救尽救", "100%", "90%", "85%", "85%", "按救助标准评价"],
                             ["效果指标", "救助对象满意度", "满意的对象占比", "85%", "80%", "70%", "70%", "按满意度评价"]])
    result = read(path)
    assert [(i.level1, i.level2, i.name, i.raw) for i in result.form.indicators] == [
        ("产出指标", "", "救助覆盖率", "100%"), ("效果指标", "", "救助对象满意度", "85%")]
    assert [p.case for p in result.problems if p.rule == "FORM-03"] == ["no_level2"]
    assert ("VAL-09", "救助对象满意度") in {(f.rule, f.subject) for f in check_file(path, book).findings}


def test_an_achievement_that_copies_the_goals_is_said(tmp_path, book):
    """三、目标完成情况 | 年度预期目标 | 具体完成情况 | 总体完成率(%): the goals and their achievements by column; an
    achievement that copies its goals (all of them in one cell, or each) is EVAL-10's."""
    rows = [["项目名称", "高龄津贴"], ["实施单位", "某县民政局"], ["年度", "2020"],
            ["三、目标完成情况", "年度预期目标", "具体完成情况", "总体完成率(%)"],
            ["", "为百岁老人发放补贴19人。", "为百岁老人发放补贴19人。", "100.00"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "补贴人数", "19人", "19人", "100", "100"], ["总分", "", "", "", "", "100", "100"]]
    path = _write(tmp_path, rows)
    assert [g.text for g in read(path).form.goals] == ["为百岁老人发放补贴19人。"]
    assert ("EVAL-10", "具体完成情况") in {(f.rule, f.subject) for f in check_file(path, book).findings}


_TARGETS = [["产出指标", "数量指标", "验收项目数", "﹦", "10", "个", "10", "50", "45", ""],
            ["效益指标", "社会效益指标", "违法行为责停率", "≥", "95", "%", "95", "50", "50", ""]]


def test_the_right_columns_labelled_on_the_row_above(tmp_path, book):
    """云南: 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 above 一级 | 二级 | 三级 | 指标性质 | 指标值 |
    度量单位 — as a transcription writes it (each label once, the positions lost) and as a grid keeps it."""
    head = [["项目名称", "卫片执法"], ["实施单位", "某区自然资源局"], ["年度", "2020"]]
    lower = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"]
    written = _write(tmp_path, [*head, ["绩效指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
                                lower, *_TARGETS], "written.txt")
    grid = _write(tmp_path, [*head, ["绩效指标", "", "", "年度指标值", "", "", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
                             lower, *_TARGETS], "grid.txt")
    for path in (written, grid):
        form = read(path).form
        assert [(i.name, i.raw, i.actual, i.weight, i.score) for i in form.indicators] == [
            ("验收项目数", "10", "10", Decimal(50), Decimal(45)), ("违法行为责停率", "95", "95", Decimal(50), Decimal(50))]
        assert ("EVAL-03", "验收项目数") in {(f.rule, f.subject) for f in check_file(path, book).findings}


def test_a_slot_marked_not_applicable_is_no_indicator(tmp_path, book):
    path = _write(tmp_path, [["项目名称", "网球公开赛"], ["年度绩效目标", "举办比赛1场。"], ["一级指标", "二级指标", "三级指标", "指标值"],
                             ["产出指标", "数量指标", "举办比赛场次", "=1场"],
                             ["效益指标", "社会效益指标", "参赛人次", "≥500人次"], ["", "生态效益指标", "本项目不适用此指标", "无"]])
    form = read(path).form
    assert [i.name for i in form.indicators] == ["举办比赛场次", "参赛人次"]
    assert not [f for f in check_file(path, book).findings if f.rule in ("VAL-11", "STR-04", "STR-05")]


def test_a_last_row_shorter_than_every_row_above_was_cut(tmp_path, book):
    """…| ≥500份 where every row above went on to 分值 and 指标解释: the page stopped there, so what is missing is
    not judged (no STR-10), though the row counts."""
    path = _write(tmp_path, [["# completeness: partial (the page stops in the last row)"], ["项目名称", "举报奖励"],
                             ["年度绩效目标", "奖励举报5次。"], ["一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释"],
                             ["产出指标", "数量指标", "举报奖励次数", "≥5次", "10", "反映举报奖励次数"],
                             ["", "", "宣传资料份数", "≥500份"]])
    form = read(path).form
    assert [(i.name, i.uncertain) for i in form.indicators] == [("举报奖励次数", None), ("宣传资料份数", "truncated")]
    assert not [f for f in check_file(path, book).findings if f.rule == "STR-10"]


def test_labels_left_empty_and_captions_are_no_goals_nor_narratives(tmp_path, book):
    """已实施情况: / 未实施情况及原因: beside the goals are labels left empty, no goals; 年度绩效目标完成情况 alone above
    the indicator header is its caption, not an empty achievement (EVAL-10)."""
    path = _write(tmp_path, [
        ["项目名称", "国家助学金"], ["实施单位", "某中职学校"], ["年度", "2021"],
        ["项目资金(万元)", "资金来源", "预算数(A)", "执行数(B)", "执行率(B/A)"], ["", "年度资金总额", "63", "63", "100%"],
        ["总体目标", "目标1:资助学生300人。", "已实施情况:"], ["", "", "未实施情况及原因:"],
        ["年度绩效目标完成情况"], ["一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值", "未完成原因及改进措施"],
        ["产出指标", "数量指标", "资助人数", "300人", "300人", ""]])
    form = read(path).form
    assert [(g.label, g.text) for g in form.goals] == [("目标1", "资助学生300人。")]
    assert not [f for f in check_file(path, book).findings if f.rule in ("EVAL-10", "TXT-01", "TXT-04")]


def test_a_rate_printed_as_a_fraction_cut_at_its_last_digit(tmp_path, book):
    """(万元) | 年度资金总额 | 29 | 29 | 27.8 | 9 | 0.958 | 8: the line is 年度资金总额, and 0.958 is 95.86% cut at its
    last digit (BUD-06 is quiet); the score 8 for 9 × 95.86% is BUD-08's."""
    path = _write(tmp_path, [
        ["项目名称", "河道整治"], ["实施单位", "某区水利局"], ["年度", "2022"],
        ["项目资金", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        ["(万元)", "年度资金总额", "29", "29", "27.8", "9", "0.958", "8"],
        ["年度总体目标", "预期目标", "实际完成情况"], ["", "整治河道3公里。", "整治河道3公里，12月完工。"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
        ["产出指标", "时效指标", "项目完工时间", "完成时间为2022年12月30日", "2022年12月20日", "91", "91", ""]])
    found = {(f.rule, f.subject) for f in check_file(path, book).findings}
    assert ("BUD-08", "年度资金总额") in found
    assert not {r for r, _ in found} & {"BUD-06", "DATE-01"}


def test_a_goal_under_整体目标_is_judged(tmp_path, book):
    path = _write(tmp_path, [["项目名称", "食品安全工作"], ["整体目标:", "组织协调推进食品安全重点工作;承办食品安全委员会会议。"],
                             ["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "召开会议次数", "≥2次"]])
    assert [g.term for g in read(path).form.goals] == ["年度"]
    assert "TXT-01" in {f.rule for f in check_file(path, book).findings}
