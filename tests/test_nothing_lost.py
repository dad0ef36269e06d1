"""Text a copy out of a PDF carries is read whole, not silently dropped: a goal cell whose wrapped lines a viewer
joined with single spaces, a goal block's columns, a WPS export's cell lines. Each test fails on a2efd57."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.readers import read, text
from written_checks import checked as _form


def _read_body(tmp_path, body: str):
    path = tmp_path / "form.txt"
    path.write_text(body, encoding="utf-8")
    return read(path)

_EDGE_HEAD = ("项目支出绩效自评表\n（ 2024 年度）\n项目名称 某县残疾人辅助器具适配项目\n"
              "主管部门 某县残疾人联合会 实施单位 某县残疾人康复服务中心\n"
              "项目资金 （万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
              "年度资金总额 64.00 64.00 60.00 10 93.75% 9.38\n")
_EDGE_ROWS = ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
              "产出指标 数量指标 适配辅助器具件数 ≥1200件 1268件 20 20\n"
              "质量指标 辅助器具产品质量合格率 =100% 100% 20 20\n"
              "时效指标 辅具适配完成时间 2024年11月30日前 2024年11月26日 10 10\n"
              "效益指标 社会效益指标 生活自理能力改善率 ≥85% 88.6% 20 20\n"
              "满意度指标 服务对象满意度指标 残疾人及家属满意度 ≥90% 95.2% 20 20\n")


def test_a_goal_whose_wrapped_lines_a_viewer_joined_with_spaces_is_one_goal(tmp_path, book):
    """1027: an Edge copy put a goal cell's three lines on one line, one space apart, and its result on the next:
    two fragments were read as two goals, the rest of the goal lost (and the result's figures taken for goals')."""
    goal = "为全县500名以上持证残疾人免费适配轮椅、助行器、 坐便椅等基本型辅助器具1200件以上，11月底前完成适 配，改善率85%以上。"
    result = "全年为536名残疾人适配辅助器具1268件，11月26日 全部完成，改善率88.6%，结余4.00万元为政府采购 节约，已上缴财政。"
    body = _EDGE_HEAD + "年度总体目标 预期目标 实际完成情况\n" + goal + "\n" + result + "\n" + _EDGE_ROWS
    form = _read_body(tmp_path, body).form
    assert [g.text for g in form.goals] == [goal.replace(" ", "")]
    assert "1268件" not in " ".join(f.actual for f in _form(tmp_path, body, book).findings)


def test_a_goal_block_whose_label_stands_on_its_last_line_keeps_both_columns(tmp_path):
    """1059: pdftotext -layout of a goal block (预期目标 | 实际完成情况) whose side label 年度总体目标 stands on the
    block's last line, beside the result's last piece: the goal was lost and the last piece read as the goal."""
    body = "\n".join([
        "                              部门整体支出绩效自评表",
        "部门（单位）名称  某县体育事业发展中心                      年度  2023",
        "                                    年初预算数  全年预算数  全年执行数   分值    执行率    得分",
        "              年度资金总额              486.20      512.35      505.88      10     98.74%    9.87",
        "              预期目标                                    实际完成情况",
        "                                                          保障在编人员工资按时发放；全年举办",
        "              保障在编人员工资和单位运转；全年举  市级群众性赛事17项；新建健身路径12个",
        "              办市级群众性体育赛事15项以上；新建  ，9月22日验收合格。年中追加资金20万元",
        "              健身路径12个，9月30日前验收合格。",
        "年度总体目标                                              、基本支出6.15万元。",
        "        一级指标   二级指标        三级指标        年度指标值   实际完成值  分值  得分",
        "        产出指标   数量指标    举办市级群众性体育赛事     ≥15项         17项      20    20",
        "                   质量指标    健身路径验收合格率         =100%         100%      20    20",
        "        效益指标   社会效益指标  经常参加体育锻炼人数比例   ≥40%        41.2%     20    20",
        "        满意度指标 服务对象满意度指标  群众满意度          ≥90%          93%       20    20",
    ]) + "\n"
    form = _read_body(tmp_path, body).form
    assert [g.text for g in form.goals] == [
        "保障在编人员工资和单位运转；全年举办市级群众性体育赛事15项以上；新建健身路径12个，9月30日前验收合格。"]


def test_a_wps_export_keeps_every_line_of_a_goal_cell(tmp_path):
    """1086: WPS's PDF-to-Word kept the goal cell's line breaks, lines starting with a comma, a percent sign or a
    number's last digits: the goal was read as its first line, and its last line as a second goal."""
    body = "\n".join([
        "项目支出绩效自评表", "（2023年度）", "项目名称\t某县家庭医生签约服务补助项目",
        "主管部门\t某县卫生健康局\t实施单位\t某县卫生健康局",
        "项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "\t年度资金总额\t286.00\t286.00\t280.00\t10\t97.90%\t9.79",
        "年度总体目标\t预期目标\t实际完成情况",
        "\t为重点人群12.5万人提", "供家庭医生签约服务，", "常住人口签约覆盖率35", "%以上，续约率80%以上",
        "，签约居民满意度85%", "以上。年中追加26.40", "万元用于新增签约人员",
        "补助。\t全年签约重点人群12.86万人", "，签约覆盖率36.2%，续约率8", "3.5%，签约居民满意度91.2%。",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        "产出指标\t数量指标\t重点人群签约服务人数\t≥12.5万人\t12.86万人\t20\t20",
        "效益指标\t社会效益指标\t常住人口签约覆盖率\t≥35%\t36.2%\t30\t30",
        "满意度指标\t服务对象满意度指标\t签约居民满意度\t≥85%\t91.2%\t40\t40",
    ]) + "\n"
    form = _read_body(tmp_path, body).form
    assert [g.text for g in form.goals] == ["为重点人群12.5万人提供家庭医生签约服务，常住人口签约覆盖率35%以上，续约率80%以上，"
                                            "签约居民满意度85%以上。年中追加26.40万元用于新增签约人员补助。"]


def test_a_typed_funds_row_indented_inside_its_field_keeps_its_columns(tmp_path, book):
    """1104: `→      项目支出→3082.30→…` (a label indented with spaces inside its tab field, under 其中:基本支出) was read
    one column off: a false BUD-01 (error) sent a correct form back."""
    body = "\n".join([
        "2023年度部门整体支出绩效自评表", "部门名称\t某县交通运输局",
        "部门资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
        "\t年度资金总额\t4268.50\t5132.70\t5020.16\t10\t97.81%\t9.78",
        "\t其中:基本支出\t1186.20\t1214.30\t1214.30\t—\t—\t—",
        "\t      项目支出\t3082.30\t3918.40\t3805.86\t—\t—\t—",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        "产出指标\t数量指标\t农村公路养护里程\t≥3850公里\t3862公里\t30\t30",
        "效益指标\t社会效益指标\t建制村通客车率\t=100%\t100%\t30\t30",
        "满意度指标\t服务对象满意度指标\t群众出行满意度\t≥90%\t93%\t30\t30",
    ]) + "\n"
    assert "BUD-01" not in {f.rule for f in _form(tmp_path, body, book).findings}


def test_a_yunnan_budget_table_06_reads_its_unit_row_and_description_column(tmp_path, book):
    """1095 (云南 预算06表): `单位名称、项目名称` holds the unit's row, then its projects' rows; `指标内容` after the
    values describes each indicator. The unit row was read as an indicator with no value and 指标内容 as a second
    table of names with no values: 16 false STR-06 errors on a form with one real one."""
    rows = [
        "预算06表", "某县乡村振兴局2023年项目支出绩效目标表", "单位名称:某县乡村振兴局\t\t\t\t\t\t\t\t\t单位:万元",
        "单位名称、项目名称\t项目年度绩效目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t指标属性\t指标内容",
        "某县乡村振兴局",
        "  2023年柑橘冷链仓储设施建设项目\t新建产地冷库6座，带动脱贫人口1200人增收。\t产出指标\t数量指标\t新建产地冷库数量\t=\t6\t座"
        "\t定量指标\t在3个镇新建500吨级冷库",
        "\t\t\t\t新增冷链仓储库容\t≥\t3000\t吨\t定量指标\t6座×500吨",
        "\t\t\t时效指标\t项目完工时限\t≤\t\t\t定量指标\t项目建设完成时间",
        "\t\t效益指标\t社会效益指标\t带动脱贫人口数\t≥\t1200\t人\t定量指标\t通过务工、订单收购带动",
        "\t\t满意度指标\t服务对象满意度指标\t受益群众满意度\t≥\t90\t%\t定性指标\t受益群众对项目实施的满意程度",
    ]
    result = _form(tmp_path, "\n".join(rows) + "\n", book)
    assert (result.form.meta.project, result.form.meta.department) == ("2023年柑橘冷链仓储设施建设项目", "某县乡村振兴局")
    assert [i.name for i in result.form.indicators] == ["新建产地冷库数量", "新增冷链仓储库容", "项目完工时限",
                                                        "带动脱贫人口数", "受益群众满意度"]
    assert [(f.rule, f.subject) for f in result.findings if f.rule in ("STR-06", "FORM-03")] == [("STR-06", "项目完工时限")]


def test_an_amount_right_aligned_under_its_sub_label_stands_in_its_column(tmp_path):
    """1081 (pdftotext -layout): a shorter amount (320.00) starts two columns left of 总额, right-aligned under it;
    it was put under 预算金额 before it, every task's amounts shifted: a false BUD-02 sent a correct form back."""
    body = "\n".join([
        "                              部门整体支出绩效目标表",
        "  部门（单位）名称                        某市民政局",
        "  任务名称          主要内容                                  预算金额（万元）",
        "                                                                    总额    财政拨款  其他资金",
        "  机关运行保障      保障局机关在职人员工资福利和公用经费         1026.48     1026.48      0.00",
        "  城乡最低生活保障  按月发放城乡低保金                           5860.00     5860.00      0.00",
        "  临时救助          对困难家庭和个人实施临时救助                  320.00      320.00      0.00",
        "  养老服务体系建设  支持居家社区养老服务中心运营                  410.00      310.00    100.00",
        "  合计                                                           7616.48     7516.48    100.00",
    ]) + "\n"
    rows = {r.location.line: r.texts for r in text.split_rows(body)}
    assert rows[7][-3:] == ("320.00", "320.00", "0.00") and rows[7][-4] == ""
    assert rows[8][-3:] == ("410.00", "310.00", "100.00") and rows[8][-4] == ""



# -- the code review of aa8d03a: cases its mends read wrong, each mended since --------------------------------------

def test_a_cell_line_starting_with_a_decimal_goes_on(tmp_path):
    """`…续约率8` / `3.5%，…`: the number's last digits and decimals, not a list's item 3. (the line was dropped)."""
    rows = [r.texts for r in text.split_rows("年度总体目标\t预期目标\t实际完成情况\n\t为重点人群提供签约服务。\t全年签约12.86万人，"
                                                  "续约率8\n3.5%，满意度91.2%。\n")]
    assert rows[-1][-1] == "全年签约12.86万人，续约率83.5%，满意度91.2%。"


def test_spaces_opening_a_line_stand_for_a_blank_cell(tmp_path, book):
    """An indent after a tab is the label's; spaces at the line's start are a blank cell, as before (a false BUD-01)."""
    body = "\n".join(["2023年度部门整体支出绩效自评表", "部门名称\t某县交通运输局",
                      "部门资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                      "\t年度资金总额\t4268.50\t5132.70\t5020.16\t10\t97.81%\t9.78",
                      "    其中:基本支出\t1186.20\t1214.30\t1214.30\t—\t—\t—", "\t项目支出\t3082.30\t3918.40\t3805.86\t—\t—\t—",
                      "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
                      "产出指标\t数量指标\t农村公路养护里程\t≥3850公里\t3862公里\t30\t30",
                      "满意度指标\t服务对象满意度指标\t群众出行满意度\t≥90%\t93%\t60\t60"]) + "\n"
    assert "BUD-01" not in {f.rule for f in _form(tmp_path, body, book).findings}


def test_a_note_after_a_viewers_goal_block_is_no_side_label_and_a_line_of_goal_and_result_keeps_both(tmp_path):
    """`备注 无` after the block was taken for the goal's side label (the goal lost); a line holding the goal's two
    pieces and the result beside them was one goal (the result's figures then taken for the goal's)."""
    head = ("项目支出绩效自评表\n（ 2024 年度）\n项目名称 某县辅助器具适配项目\n主管部门 某县残联 实施单位 某县康复服务中心\n"
            "项目资金 （万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n年度资金总额 64.00 64.00 60.00 10 93.75% 9.38\n")
    rows = ("一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n"
            "产出指标 数量指标 适配辅助器具件数 ≥1200件 1268件 20 20\n")
    goal = "为全县500名以上持证残疾人免费适配轮椅、助行器、 坐便椅等基本型辅助器具1200件以上，11月底前完成适 配，改善率85%以上。"
    result = "全年为536名残疾人适配辅助器具1268件，11月26日 全部完成，改善率88.6%，结余4.00万元为政府采购 节约，已上缴财政。"
    form = _read_body(tmp_path, head + "年度总体目标 预期目标 实际完成情况\n" + goal + "\n" + result + "\n备注 无\n" + rows).form
    assert [g.text for g in form.goals] == [goal.replace(" ", "")]
    one_line = ("为全县500名以上持证残疾人免费适配轮椅、助行器、 坐便椅等基本型辅助器具1200件以上，改善率85%以上 "
                "全年为536名残疾人适配辅助器具1268件，改善率88.6%，结余4.00万元已上缴财政")
    form = _read_body(tmp_path, head + "预期目标 实际完成情况\n" + one_line + "\n" + rows).form
    assert [g.text for g in form.goals] == ["为全县500名以上持证残疾人免费适配轮椅、助行器、坐便椅等基本型辅助器具1200件以上，改善率85%以上"]
    assert dict(form.meta.fields)["实际完成情况"] == "全年为536名残疾人适配辅助器具1268件，改善率88.6%，结余4.00万元已上缴财政"


def test_the_first_line_of_a_wrapped_table_header_is_no_goal(tmp_path):
    """1074, 1069: `年度 | 实际 | 偏差原因分析` (the indicator header's first line, under the goal block) was a goal
    `实际` and a result `偏差原因分析`."""
    lines = (Path(__file__).parent / "fixtures" / "written" / "1074_pucheng_zhujianju_bumen_zhengti_ziping_2023.txt") \
        .read_text(encoding="utf-8").split("\n")
    form = _read_body(tmp_path, "\n".join(lines[6:36]) + "\n").form
    assert len(form.goals) == 1 and form.goals[0].text.startswith("1.完成城镇老旧小区改造12个")
    assert [k for k, v in form.meta.fields if v == "偏差原因分析"] == []


def test_a_reason_cut_at_a_comma_takes_no_next_forms_title(tmp_path):
    """A WPS export of two forms: the first one's last reason stops at a comma; the second's title is no part of it."""
    def part(name: str, reason: str) -> list[str]:
        return ["项目支出绩效自评表（2023年度）", f"项目名称\t{name}", "主管部门\t某县卫生健康局\t实施单位\t某县卫生健康局",
                "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
                "产出指标\t数量指标\t重点人群签约服务人数\t≥12.5万人\t12.86万人\t50\t50",
                f"满意度指标\t服务对象满意度指标\t签约居民满意度\t≥85%\t84%\t50\t48\t{reason}"]
    body = "\n".join(part("家庭医生签约服务补助项目", "部分偏远村组签约居民流动性大，回访率偏低，") + part("基本公共卫生服务项目", "")) + "\n"
    reasons = [i.reason for p in _read_body(tmp_path, body).all() if p.form for i in p.form.indicators if i.reason]
    assert reasons == ["部分偏远村组签约居民流动性大，回访率偏低，"]


def test_a_row_three_lines_tall_whose_two_line_cell_is_parted_around_the_middle_line(tmp_path):
    """1136 (pdftotext -layout): a value wrapped over two lines stands above and below its row's name, the row's
    one-line cells centred on the middle line (2025年1月底 / 年度运维考核完成时间 / 前); a name wrapped so stands above
    and below its value (农村生活污水治理行政 / ≥90% / 村覆盖率). Each was read as three rows."""
    lines = ["                         项目支出绩效目标表",
             "项目名称   某县农村污水运维项目          实施单位   某县生态环境分局      年度  2024",
             "一级指标     二级指标     三级指标              指标值        指标值设定依据",
             "                  运维处理终端数量          ≥1286个     在册终端台账",
             "产出指标     数量指标     第三方运维考核次数         =4次        县级运维考核办法",
             "                  运维问题整改完成时限        ≤7天        运维合同约定",
             "         时效指标                       2025年1月底",
             "                  年度运维考核完成时间                   第四季度考核结果汇总后完成",
             "                                    前",
             "                  农村生活污水治理行政",
             "效益指标     社会效益                       ≥90%       县专项规划",
             "                  村覆盖率",
             "满意度指标   服务对象满意度指标   受益农户满意度     ≥90%       入户问卷调查"]
    form = _read_body(tmp_path, "\n".join(lines) + "\n").form
    values = {i.name: (i.raw, i.location.line) for i in form.indicators}
    assert values["年度运维考核完成时间"] == ("2025年1月底前", 8)
    assert values["农村生活污水治理行政村覆盖率"] == ("≥90%", 10)


def test_a_wps_export_whose_header_labels_and_goal_cells_kept_their_line_breaks(tmp_path):
    """1147: `绩效指 / 标→一级指 / 标→二级指 / 标→三级指标→年度指标 / 值…` (the header's labels cut; FORM-03 said the table
    had no header), a goal whose last line opens the next row (`长制巡河全覆盖。→→→1.维修养护…`), a result whose lines
    start with a rate (`92.4%；2.完成…`) or end with its row's empty cells (`…100%。→→→`): all read whole."""
    body = "\n".join([
        "部门整体支出绩效自评表", "（2022年度）", "部门（单位）名称\t某县水务局",
        "年度总体目标\t预期目标\t\t\t实际完成情况\t\t\t",
        "\t1.完成农村供水工程维修养护45处以上，农", "村集中供水工程水质达标率90%以上；2.完",
        "成河道清淤疏浚12公里；3.汛前完成水毁工程修复，河",
        "长制巡河全覆盖。\t\t\t1.维修养护农村供水工程48处，水质达标率", "92.4%；2.完成河道清淤疏浚12.6公里；3.水毁工程",
        "于5月26日前全部修复，巡河覆盖率100%。\t\t\t",
        "绩效指", "标\t一级指", "标\t二级指", "标\t三级指标\t年度指标", "值\t实际完成", "值\t分值\t得分\t偏差原因分析及改进措施",
        "\t产出指标\t数量指标\t农村供水工程维修养护处数\t≥45处\t48处\t30\t30\t",
        "\t效益指标\t社会效益指标\t农村集中供水工程水质达标率\t≥90%\t92.4%\t30\t30\t",
        "\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t93%\t30\t30\t"]) + "\n"
    result = _read_body(tmp_path, body)
    form = result.form
    assert [g.text for g in form.goals] == ["1.完成农村供水工程维修养护45处以上，农村集中供水工程水质达标率90%以上；2.完成河道清淤疏浚"
                                            "12公里；3.汛前完成水毁工程修复，河长制巡河全覆盖。"]
    assert dict(form.meta.fields)["实际完成情况"] == ("1.维修养护农村供水工程48处，水质达标率92.4%；2.完成河道清淤疏浚12.6公里；"
                                                "3.水毁工程于5月26日前全部修复，巡河覆盖率100%。")
    assert [i.name for i in form.indicators] == ["农村供水工程维修养护处数", "农村集中供水工程水质达标率", "群众满意度"]
    assert not [p for p in result.problems if p.rule == "FORM-03" and p.case != "copied"]
