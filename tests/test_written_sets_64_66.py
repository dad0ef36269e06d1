"""What written sets 64–66 (judged blind at aa8d03a) showed, mended so far; each test fails on aa8d03a."""
from __future__ import annotations

from jxcheck.engine.findings import Severity
from jxcheck.engine.readers import read
from written_checks import checked as _form


def _rules(tmp_path, book, rows: str, year: str = "2024", head: str = "项目支出绩效目标表") -> set[str]:
    """The rules a small form raises: its header (a project, a unit, a year), then `rows`."""
    body = f"{head}\n项目名称\t某项目\n实施单位\t某局\n年度\t{year}年\n" + rows
    return {f.rule for f in _form(tmp_path, body, book).findings}


def test_a_weight_band_in_a_level_label_is_a_band(tmp_path, book):
    """1135 (重庆 审批表): `产出指标（40-50）分` allows 40 to 50 points; its rows' 45 was a false EVAL-01 against 50."""
    body = "\n".join([
        "项目支出绩效目标审批表", "项目名称\t森林防火专项经费", "实施单位\t某县林业局", "年度\t2026年",
        "一级指标\t二级指标\t三级指标\t指标值\t分值",
        "产出指标（40-50）分\t数量指标\t专业扑火队员人数\t=60人\t25",
        "\t质量指标\t火情发现报告及时率\t=100%\t20",
        "效益指标（20-30）分\t社会效益指标\t森林火灾受害率\t≤0.9‰\t35",
        "满意度指标（0-10）分\t服务对象满意度指标\t群众满意度\t≥90%\t10",
    ]) + "\n"
    found = [(f.rule, f.subject) for f in _form(tmp_path, body, book).findings if f.rule == "EVAL-01"]
    assert ("EVAL-01", "产出指标（40-50）分") not in found and ("EVAL-01", "效益指标（20-30）分") in found


def test_a_pdf_copy_whose_table_cannot_be_read_is_said_so_not_sent_back(tmp_path, book):
    """1146, 1140 (Edge and Acrobat copies of tall rows): the table is there but no row could be read. FORM-02 "no
    indicator table" (an error) sent correct forms back; the copy is told instead (a warning), and nothing passes."""
    lines = ["某县2023年部门预算项目支出绩效目标表", "单位名称：某县卫生健康局 公开15表", "一级指 二级指 指标 指标 度量 指标",
             "项目名称 项目目标 三级指标 指标内容", "标 标 性质 值 单位 属性", "补助在岗乡 享受补助的在岗在册",
             "≥ 1180 人 定量", "数量指 村医生人数 乡村医生人数", "标 补助村卫生 纳入补助的标准化村", "≥ 372 个 定量",
             "质量指 证上岗率", "对全县在岗乡村医生 产出指 书人数占比", "标", "效益指 ≥ 65 % 定量", "满意度指 ≥ 90 % 定量"]
    result = _form(tmp_path, "\n".join(lines) + "\n", book)
    assert [(f.rule, f.case, f.severity.label) for f in result.findings if f.rule.startswith("FORM-0")] \
        == [("FORM-02", "copied", Severity.WARNING.label)]
    assert result.verdict != "通过"
    typed = _form(tmp_path, "某县项目支出绩效目标表\n项目名称\t某项目\n说明\t本表无指标\n", book, name="typed.txt")
    assert [(f.rule, f.severity) for f in typed.findings if f.rule == "FORM-02"] == [("FORM-02", Severity.ERROR)]



def test_a_comparator_a_viewer_gave_a_line_of_its_own_joins_its_value(tmp_path):
    """1141 (Foxit, each text run on its own line): `≥` / `45公里` made the value a note and the name valueless
    (ten false VAL-01s and STR-06s); where the table has a 指标性质 column the comparator stays in it."""
    lines = ["项目支出绩效目标表", "项目名称", "某县森林防火项目", "实施单位", "某县林业局", "年度", "2024年",
             "一级指标", "二级指标", "三级指标", "指标值", "备注",
             "新建生物防火林带长度", "≥", "45公里", "木荷等阔叶树种", "数量指标", "防火宣传覆盖行政村数", "≥", "250个",
             "产出指标", "森林火灾受害率", "≤", "0.8‰", "效益指标", "社会效益指标", "群众满意度", "≥", "90%",
             "满意度指标", "服务对象满意度指标"]
    path = tmp_path / "form.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    values = {i.name: i.raw for i in read(path).form.indicators}
    assert values["新建生物防火林带长度"] == "≥45公里" and values["防火宣传覆盖行政村数"] == "≥250个"


def test_rule_vocabulary_seen_false_in_sets_64_to_66(tmp_path, book):
    """1109, 1149: a 101 scheme's social cost is the harm a project does (引发群众信访事件 =0件, 导致耕地撂荒面积 =0亩);
    1145: 年节约用电量 is an ecological effect — false VAL-11s."""
    assert "VAL-11" not in _rules(tmp_path, book, (
        "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t新建产业道路长度\t=3.2公里\n"
        "成本指标\t经济成本指标\t道路建设成本\t≤120万元\n\t社会成本指标\t项目实施引发群众信访事件\t=0件\n"
        "\t\t项目实施导致耕地撂荒面积\t=0亩\n效益指标\t生态效益指标\t年节约用电量\t≥12万千瓦时\n"
        "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\n"))


def test_a_header_label_whose_last_character_wrapped_is_read(tmp_path, book):
    """1113 (Acrobat copy): `部门（单位）名 湄潭县司法局` / `称`: the unit was not found (a false FORM-04)."""
    lines = ["部门（单位）整体支出绩效自评表", "（2023年度）", "部门（单位）名 某县司法局   填报日期   2024年3月8日", "称",
             "一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分", "产出指标 数量指标 法律援助案件数 ≥120件 136件 30 30",
             "效益指标 社会效益指标 群众法治意识提升率 ≥5% 6% 30 30", "满意度指标 服务对象满意度指标 群众满意度 ≥90% 95% 30 30"]
    path = tmp_path / "form.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert read(path).form.meta.department == "某县司法局"


def test_a_unit_cost_between_an_effect_label_and_a_cost_label_is_a_cost(tmp_path):
    """1119 (plain pdftotext, each merged label before its group's middle row): 户厕改造补助标准 under 成本指标 (its
    label before the group's middle row, 粪污集中处理点建设成本) was put under the 生态效益指标 above it (a false VAL-11)."""
    lines = ["项目支出绩效目标表", "项目名称", "某县农村改厕项目", "实施单位", "某县农牧局", "年度", "2022年",
             "一级指标", "二级指标", "三级指标", "指标值", "改造农村户用卫生厕所数量", "≥2400户", "数量指标",
             "建设粪污集中处理点", "=6处", "配套吸粪车", "=12辆", "质量指标", "改厕工程验收合格率", "≥95%", "产出指标",
             "时效指标", "改厕任务完成时间", "2022年10月31日前", "生态效益指标", "厕所粪污资源化利用率", "≥70%",
             "户厕改造补助标准", "≤1000元/户", "成本指标", "粪污集中处理点建设成本", "≤25万元/处", "吸粪车购置单价",
             "≤12万元/辆", "社会效益指标", "受益农户数", "≥2400户", "效益指标", "全县农村卫生厕所普及率", "≥72%",
             "满意度指标", "服务对象满意度指标", "受益农户满意度", "≥85%"]
    path = tmp_path / "form.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    groups = {i.name: i.level2 for i in read(path).form.indicators}
    assert [groups[n] for n in ("户厕改造补助标准", "粪污集中处理点建设成本", "吸粪车购置单价")] == ["成本指标"] * 3


def test_a_part_of_the_table_pdftotext_gave_column_by_column_is_read_row_by_row(tmp_path, book):
    """1108 (plain pdftotext): the 产出 and 成本 part came out as its level labels, then all its names, then all their
    values: the names were glued into three and given other rows' values (eleven false findings, a false 退回)."""
    lines = ["项目支出绩效目标表", "项目名称", "某县低产茶园改造项目", "实施单位", "某县茶叶发展服务中心", "年度", "2025年",
             "年度绩效目标", "完成低产茶园改造4000亩，培训茶农600人次。", "一级指标", "二级指标", "三级指标", "指标值",
             "数量指标", "产出指标", "质量指标", "时效指标", "经济成本指标", "成本指标", "社会成本指标", "生态环境成本", "指标",
             "低产茶园提质改造面积", "培训茶农人数", "改造茶园验收合格率", "茶园改造任务完成时间", "低产茶园改造补助标准",
             "项目实施安全生产事故", "改造区域新增水土流失面积",
             "=4000亩", "≥600人次", "≥95%", "2025年11月30日前", "≤700元/亩", "=0起", "=0亩",
             "经济效益指标", "改造茶园亩均干茶增产率", "≥15%", "效益指标", "满意度指标", "服务对象满意度指标", "受益茶农满意度", "≥90%"]
    result = _form(tmp_path, "\n".join(lines) + "\n", book)
    read_as = [(i.level2, i.name, i.raw) for i in result.form.indicators]
    assert read_as[:7] == [("数量指标", "低产茶园提质改造面积", "=4000亩"), ("数量指标", "培训茶农人数", "≥600人次"),
                           ("质量指标", "改造茶园验收合格率", "≥95%"), ("时效指标", "茶园改造任务完成时间", "2025年11月30日前"),
                           ("经济成本指标", "低产茶园改造补助标准", "≤700元/亩"), ("社会成本指标", "项目实施安全生产事故", "=0起"),
                           ("生态环境成本指标", "改造区域新增水土流失面积", "=0亩")]
    assert result.verdict != "退回"


def test_a_date_outside_a_one_year_period_is_said_once(tmp_path, book):
    """1125: 项目期限 2025年1月1日—2025年12月31日 and a deadline 2026年1月31日前 in a 2025 form: DATE-02 says it (a warning);
    DATE-03 said it again as an error."""
    body = ("项目支出绩效目标表\n项目名称\t某项目\n实施单位\t某局\n年度\t2025年\n项目期限\t2025年1月1日—2025年12月31日\n"
            "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t补贴线路条数\t≥20条\n"
            "\t时效指标\t第四季度运营补贴拨付完成时间\t2026年1月31日前\n效益指标\t社会效益指标\t群众出行便利度\t≥90%\n"
            "满意度指标\t服务对象满意度指标\t乘客满意度\t≥90%\n")
    rules = [f.rule for f in _form(tmp_path, body, book).findings]
    assert "DATE-02" in rules and "DATE-03" not in rules


def test_side_labels_on_lines_of_their_own_and_a_budget_label_over_its_columns(tmp_path, book):
    """Foxit, each run a line (written 1159): `年度 / 主要 / 任务`, `年度总体 / 目标` and `年度 / 绩效 / 指标` (side labels in
    pieces) hid the tasks, the goals and every indicator's name; `预算金额（万元）` over 总额 | 财政拨款 | 其他资金 took
    the first amount (a false BUD-01 per task once the tasks were read)."""
    lines = ["部门（单位）整体支出绩效目标表", "（2026年度）", "部门（单位）名称", "某县人力资源和社会保障局", "年度", "主要", "任务",
             "任务名称", "主要内容", "预算金额", "（万元）", "总额", "财政拨款", "其他资金",
             "人员经费保障", "保障在职43人工资福利、社会保障缴费、住房", "公积金等按时足额发放。", "468.35", "468.35", "0",
             "就业创业服务", "开展农村富余劳动力和城镇失业人员职业技能", "培训，开发公益性岗位。", "380.00", "380.00", "0",
             "金额合计", "848.35", "848.35", "0", "年度总体", "目标",
             "目标1：保障全局43名在职人员工资福利和机关日常运转。", "目标2：全年开展职业技能培训1100人次以上。",
             "年度", "绩效", "指标", "一级指标", "二级指标", "三级指标", "指标值", "产出指标", "数量指标", "保障在职人员数", "=43人",
             "职业技能培训人数", "≥1100人次", "效益指标", "社会效益指标", "城镇登记失业率", "≤3.5%",
             "满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"]
    result = _form(tmp_path, "\n".join(lines) + "\n", book)
    form = result.form
    assert [(t.name, str(t.budget.total), str(t.budget.fiscal)) for t in form.tasks] == [
        ("人员经费保障", "468.35", "468.35"), ("就业创业服务", "380.00", "380.00")]
    assert [g.text for g in form.goals] == ["保障全局43名在职人员工资福利和机关日常运转。", "全年开展职业技能培训1100人次以上。"]
    assert [i.name for i in form.indicators][:2] == ["保障在职人员数", "职业技能培训人数"]
    assert "BUD-01" not in {f.rule for f in result.findings}


def test_a_viewers_task_table_read_in_pieces_is_not_summed(tmp_path, book):
    """Written 1175 (Edge, tall task rows: content above and below its name and amounts): tasks read in pieces — some
    with no amount, one named 45.00 — gave false BUD-01/02/09/10 errors. Since session 19 the pieces are put back (a
    content's first line above its name, 动 | 群众文化活动 the name's and the content's rest), the tasks read whole and
    summed: the table’s costs cover them, no finding."""
    lines = ["部门整体支出绩效目标表", "部门（单位）名称 某县文化旅游局", "任务名称 主要内容 预算金额（万元）", "总额 财政拨款 其他资金",
             "保障机关及所属图书馆、文化馆在职人员工资福", "机构运转及人员保障 418.36 418.36 0.00", "利和日常办公运转支出",
             "送戏下乡及群众文化活 组织专业院团和文艺志愿者送戏下乡，举办", "45.00 45.00 0.00", "动 群众文化活动",
             "金额合计 463.36 463.36 0.00", "年度总体目标 保障52名在职人员工资福利，开展送戏下乡120场以上。",
             "一级指标 二级指标 三级指标 指标值", "产出指标 数量指标 送戏下乡场次 ≥120场", "成本指标 经济成本指标 送戏下乡经费 ≤45万元",
             "人员及运转经费 ≤418.36万元",
             "效益指标 社会效益指标 群众文化活动参与人次 ≥15万人次", "满意度指标 服务对象满意度指标 群众满意度 ≥90%"]
    result = _form(tmp_path, "\n".join(lines) + "\n", book)
    assert not {"BUD-01", "BUD-02", "BUD-09", "BUD-10", "FORM-03"} & {f.rule for f in result.findings}
    assert [(t.name, t.content) for t in result.form.tasks] == [
        ("机构运转及人员保障", "保障机关及所属图书馆、文化馆在职人员工资福利和日常办公运转支出"),
        ("送戏下乡及群众文化活动", "组织专业院团和文艺志愿者送戏下乡，举办群众文化活动")]


def test_rule_and_row_words_seen_false_in_set_69(tmp_path, book):
    """1193: `保障绩效目标实现措施 | …` below the table was read as an indicator (three false findings); 1183: a goal's
    per-village figure (每村(社区)每年6万元) asks for no indicator of its own (TXT-02)."""
    body = ("项目支出绩效目标表\n项目名称\t某项目\n实施单位\t某镇政府\n年度\t2024年\n"
            "年度绩效目标\t保障8个村(社区)运转经费，每村(社区)每年6万元。\n一级指标\t二级指标\t三级指标\t指标值\n"
            "产出指标\t数量指标\t保障村(社区)数量\t=8个\n效益指标\t社会效益指标\t村级组织正常运转率\t=100%\n"
            "满意度指标\t服务对象满意度指标\t村干部满意度\t≥90%\n保障绩效目标实现措施\t落实村级运转经费按季度拨付，加强监督检查。\n")
    result = _form(tmp_path, body, book)
    assert [i.name for i in result.form.indicators] == ["保障村(社区)数量", "村级组织正常运转率", "村干部满意度"]
    assert "TXT-02" not in {f.rule for f in result.findings}


def test_a_cost_block_given_column_by_column_under_one_label(tmp_path, book):
    """Written 1152 (plain pdftotext, 3 pages): `成本指标`, then its five names, then their five values, after a row
    read whole: the names were glued and given each other's values (a false VAL-01 error)."""
    lines = ["部门整体支出绩效目标表", "部门（单位）名称", "某县林业局", "年度", "2025年", "一级指标", "二级指标", "三级指标", "指标值",
             "产出指标", "数量指标", "森林管护面积", "≥120万亩", "时效指标", "公益林补偿资金兑付时间", "2025年12月31日前", "成本指标",
             "人员经费支出", "公用经费支出", "森林防火经费", "≤812.46万元", "≤74.2万元", "≤96万元",
             "效益指标", "社会效益指标", "森林火灾发生次数", "≤3起", "满意度指标", "服务对象满意度指标", "林农满意度", "≥90%"]
    result = _form(tmp_path, "\n".join(lines) + "\n", book)
    read_as = {i.name: (i.level2, i.raw) for i in result.form.indicators}
    assert [read_as[n] for n in ("人员经费支出", "公用经费支出", "森林防火经费")] == [
        ("成本指标", "≤812.46万元"), ("成本指标", "≤74.2万元"), ("成本指标", "≤96万元")]
    assert "VAL-01" not in {f.rule for f in result.findings}


def test_fewer_is_better_words_seen_in_set_71(tmp_path, book):
    """1215, 1216: 疫情发生乡镇数量 ≤2个, 疫情发生面积 ≤500亩, 化学农药使用量增长率 ≤0% — a ceiling on harm or use,
    asked to be ≥ (false VAL-04s)."""
    body = ("项目支出绩效目标表\n项目名称\t某项目\n实施单位\t某局\n年度\t2024年\n一级指标\t二级指标\t三级指标\t指标值\n"
            "产出指标\t数量指标\t统防统治面积\t≥5万亩\n效益指标\t生态效益指标\t疫情发生乡镇数量\t≤2个\n\t\t疫情发生面积\t≤500亩\n"
            "\t\t化学农药使用量增长率\t≤0%\n满意度指标\t服务对象满意度指标\t农户满意度\t≥90%\n")
    assert "VAL-04" not in {f.rule for f in _form(tmp_path, body, book).findings}


def test_a_page_mark_and_a_parts_title_are_no_form_content(tmp_path, book):
    """1199 (Edge copy): the page marks 1/2 and 2/2 were read as indicators (two false STR-06, a false 退回); 1187: the
    next part's title 二、年度主要任务 after the numbered goals was read as a goal (a false TXT-01)."""
    lines = ["项目支出绩效目标表", "项目名称 某县学前教育资助项目", "实施单位 某县教育局", "年度 2024",
             "年度绩效目标 一、资助家庭经济困难幼儿1800人次，资助资金按时足额发放。二、年度主要任务",
             "一级指标 二级指标 三级指标 指标值", "产出指标 数量指标 资助幼儿人次 ≥1800人次", "1/2",
             "效益指标 社会效益指标 资助政策知晓率 ≥95%", "满意度指标 服务对象满意度指标 受助幼儿家长满意度 ≥95%", "2/2"]
    result = _form(tmp_path, "\n".join(lines) + "\n", book)
    assert [i.name for i in result.form.indicators] == ["资助幼儿人次", "资助政策知晓率", "受助幼儿家长满意度"]
    assert [g.text for g in result.form.goals] == ["资助家庭经济困难幼儿1800人次，资助资金按时足额发放。"]


def test_a_long_named_central_source_is_a_source(tmp_path, book):
    """1210 (GB18030 CSV): 其中：中央财政衔接推进乡村振兴补助资金 | 240.00 was not taken for a source (its name longer
    than the pattern allowed): 300 ≠ 40 + 20, a false BUD-01 that sent a correct form back."""
    assert "BUD-01" not in _rules(tmp_path, book, (
        "项目资金（万元）\t年度资金总额\t300.00\n\t其中：中央财政衔接推进乡村振兴补助资金\t240.00\n"
        "\t自治区财政资金\t40.00\n\t县级财政资金\t20.00\n一级指标\t二级指标\t三级指标\t指标值\n"
        "产出指标\t数量指标\t推广面积\t≥5万亩\n效益指标\t经济效益指标\t亩均增收\t≥300元\n"
        "满意度指标\t服务对象满意度指标\t种植户满意度\t≥90%\n"), year="2025", head="某县项目支出绩效目标表")


def test_a_name_a_converter_split_in_a_row_whose_blank_reason_was_left_off(tmp_path, book):
    """1203 (WPS PDF-to-Word): `→→→重度残疾人护理补贴→发放人数→≥2800人→…`, the row one cell short of a reason and the
    name split in two: the values read one column off (a false VAL-01 and EVAL-05, a false 退回). A typed file's row of
    its table's width is read as typed."""
    rows = ["项目支出绩效自评表", "项目名称\t某县残疾人两项补贴项目", "年度总体目标\t为困难残疾人发放生活补贴，为重度",
            "残疾人发放护理补贴，全年发放到位。",
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
            "产出指标\t数量指标\t困难残疾人生活补贴发放人数\t≥2100人\t2118人\t30\t30",
            "\t\t重度残疾人护理补贴\t发放人数\t≥2800人\t2827人\t30\t30",
            "满意度指标\t服务对象满意度指标\t残疾人满意度\t≥90%\t95%\t30\t30"]
    result = _form(tmp_path, "\n".join(rows) + "\n", book)
    assert [(i.name, i.raw) for i in result.form.indicators][1] == ("重度残疾人护理补贴发放人数", "≥2800人")
    assert not {"VAL-01", "EVAL-05"} & {f.rule for f in result.findings}
    typed = _form(tmp_path, "\n".join(rows[:2] + ["年度总体目标\t为困难残疾人发放生活补贴。"] + rows[4:]) + "\n", book,
                  name="typed.txt")
    assert [i.name for i in typed.form.indicators][1] == "重度残疾人护理补贴"
