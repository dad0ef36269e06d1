"""Written sets 72 and 73 (blind, judged at 8260abe): what a reviewer saw that jxcheck missed, mended. Each test
fails on 8260abe."""
from __future__ import annotations

from written_checks import checked, rules_of


def test_a_goal_label_that_may_head_a_level_beside_its_sentence_is_a_goal(tmp_path, book):
    """Written 1240 (GB18030 CSV, 上海): 项目年度绩效目标 | 加强…养护管理，进一步提升林分质量… — a label some
    templates print as a 一级 — was taken for a header field, so the goal of slogans only went unjudged (TXT-01)."""
    body = ("2024年度区级财政项目绩效目标申报表,,,,\n项目名称,崇明区2024年生态公益林养护项目,,,\n"
            "主管部门,崇明区绿化和市容管理局,项目单位,崇明区林业站,\n本年度预算（万元）,2860.00,,,\n"
            "项目年度绩效目标,加强生态公益林养护管理，进一步提升林分质量，巩固造林成果。,,,\n"
            "一级指标,二级指标,三级指标,指标值,指标解释\n产出指标,数量指标,生态公益林养护面积,≥15.6万亩,纳入计划的面积\n"
            ",质量指标,补植苗木成活率,≥90%,成活株数/补植株数\n效益指标,生态效益指标,林分质量,持续提升,林分郁闭度\n"
            "满意度指标,服务对象满意度指标,林农满意度,≥90%,问卷调查\n")
    result = checked(tmp_path, body, book, "form.csv")
    (goal,) = result.form.goals
    assert goal.text.startswith("加强生态公益林养护管理") and "TXT-01" in rules_of(result)
    table = body.replace("项目年度绩效目标,加强生态公益林养护管理，进一步提升林分质量，巩固造林成果。,,,\n", "")
    level = table.replace("产出指标,数量指标", "项目年度绩效目标,产出指标")  # (the label heading a 一级: no goal)
    assert not checked(tmp_path, level, book, "level.csv").form.goals


def test_a_fewer_is_better_target_met_below_zero_earns_full_marks(tmp_path, book):
    """Written 1255 (GB18030 CSV): 化肥使用量增长率 ≤0%, done −1.2%, scored 10 of 10 — met, yet EVAL-03 asked for
    "-0分" (0 ÷ −1.2). A reverse target met at or below earns full marks; one missed still earns its share."""
    def scored(target: str, actual: str, score: str):
        body = ("项目支出绩效自评表\n（2024年度）\n项目名称\t化肥减量增效示范\n主管部门\t某县农业农村局\n"
                "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
                "产出指标\t数量指标\t示范面积\t≥2万亩\t2.1万亩\t50\t50\t\n"
                f"效益指标\t生态效益指标\t化肥使用量增长率\t{target}\t{actual}\t30\t{score}\t\n"
                "满意度指标\t服务对象满意度指标\t农户满意度\t≥90%\t95%\t10\t10\t\n")
        return [f for f in checked(tmp_path, body, book).findings if f.rule == "EVAL-03"]
    assert not scored("≤0%", "-1.2%", "30") and not scored("≤5%", "3%", "30")
    (half,) = scored("≤5%", "10%", "30")
    assert "15" in half.message
