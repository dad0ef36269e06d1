"""What a header says when it says it in an unusual way: goals in a file whose indicator table is missing, a label
whose characters a host lost (绩??效??目??标), a goal beside its label followed by more header rows, the year in
start and end dates, and an implementing unit that is a section of its 主管部门."""
from __future__ import annotations

from jxcheck.engine.check import check_file
from jxcheck.engine.readers import read


def _write(tmp_path, rows, name="form.txt", notes=()):
    path = tmp_path / name
    path.write_text("".join(f"{n}\n" for n in notes) + "\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    return path


def _rules(path, book):
    return [(f.rule, f.location.line) for f in check_file(path, book).findings]


HEADER = [["项目支出绩效目标表"], ["项目名称", "学校运转经费"], ["主管部门", "某县教育局", "实施单位", "某县第一中学"],
          ["项目资金（万元）", "年度资金总额", "120"]]


def test_goals_are_judged_when_the_indicator_table_is_missing(tmp_path, book):
    path = _write(tmp_path, [*HEADER, ["年度绩效目标", "保障学校正常运转，促进教育事业健康发展。"],
                             ["实施期绩效目标", "提升办学水平"]],
                  notes=["# completeness: partial (the stored text stops before the indicator table)"])
    found = _rules(path, book)
    assert ("FORM-02", None) in found
    assert ("TXT-01", 6) in found  # the whole goal (line 1 is the provenance note): judged
    assert ("TXT-01", 7) not in found  # the row where the partial file stops: cut, not judged
    assert {r for r, _ in found} <= {"FORM-02", "TXT-01", "STR-09"}  # nothing that needs the table


def test_a_lost_character_does_not_hide_a_goal_label(tmp_path):
    path = _write(tmp_path, [*HEADER, ["绩?????效?????目????标", "年内完成教学楼维修2栋。"],
                             ["一级指标", "二级指标", "三级指标", "指标值"],
                             ["产出指标", "数量指标", "维修教学楼", "2栋"]])
    assert [g.text for g in read(path).form.goals] == ["年内完成教学楼维修2栋。"]


def test_a_goal_beside_its_label_ends_at_the_next_labelled_row(tmp_path):
    path = _write(tmp_path, [["项目名称", "安全生产督查经费"], ["预算单位", "某县应急管理局"],
                             ["年度主要目标 和成果", "全年开展安全生产督查12次。"],
                             ["项目资金 预算执行 10分", "项目总预算", "100", "财政资金预算分类", "一般公共预算"],
                             ["", "当年年度预算", "100"],
                             ["一级指标", "二级指标", "三级指标", "指标值"],
                             ["产出指标", "数量指标", "督查次数", "12次"]])
    form = read(path).form
    assert [g.text for g in form.goals] == ["全年开展安全生产督查12次。"]


def test_the_year_from_start_and_end_dates(tmp_path):
    path = _write(tmp_path, [["项目名称", "体检服务"], ["项目单位", "某服务中心"],
                             ["开始时间", "2019/1/1", "结束时间", "2019/12/31"],
                             ["一级指标", "二级指标", "三级指标", "指标值"],
                             ["产出指标", "数量指标", "体检人数", "300人"]])
    assert read(path).form.meta.year == 2019


def test_a_section_of_the_authority_is_not_the_unit(tmp_path):
    rows = [["项目支出绩效自评表"], ["（2021年度）"], ["项目名称", "禁毒经费"],
            ["主管部门", "某市公安局", "实施单位", "禁毒支队"],
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"],
            ["产出指标", "数量指标", "宣传场次", "10场", "12场"]]
    assert read(_write(tmp_path, rows)).form.meta.department == "某市公安局"
    rows[3] = ["主管部门", "某市教育局", "实施单位", "第一中学"]  # a school is a budget unit of its own
    assert read(_write(tmp_path, rows, "school.txt")).form.meta.department == "第一中学"
