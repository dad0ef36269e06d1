"""Session 22: false findings left from earlier blind rounds (sets 141–155), mended. Each test fails on 9add96a (the
session's start) unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _at(result, line):
    return next(i for i in result.form.indicators if i.location.line == line)


def test_labels_on_the_lower_middle_row_counted_in_rows(book):
    """2445 (Foxit, each label on the row just below its span's middle): 效益指标 on the third of its five rows — six
    lines, a name wrapped — is on its middle counted in rows. So 成本指标 takes 单位面积综合治理投资 (no false DATE-01)
    and 生态效益指标 takes 治理区林草覆盖率提高 (no false VAL-11). 1421, 1603: the same convention, no false VAL-04/11."""
    result = check_file(_one("2445"), book)
    assert (_at(result, 32).level2, _at(result, 34).level2, _at(result, 28).level2) == ("经济成本指标", "生态效益指标", "质量指标")
    rules = {(f.rule, f.location.line) for f in result.findings}
    assert ("DATE-01", 32) not in rules and ("VAL-11", 34) not in rules
    assert _at(check_file(_one("1421"), book), 36).level1 == "效益指标"
    assert _at(check_file(_one("1603"), book), 21).level2 == "质量指标"


def test_a_row_atop_a_weighed_group_takes_the_label_below_it(book):
    """2480 (Acrobat): 残疾儿童康复服务覆盖率 | 10 under 效益指标（30分） centred on the row below — the rows' weights make
    up 50 and 30 only so — is of 社会效益指标, printed below it, not of the 成本指标 carried down from the row above
    (no false EVAL-01 ×3, no false VAL-11)."""
    result = check_file(_one("2480"), book)
    assert (_at(result, 30).level1, _at(result, 30).level2) == ("效益指标（30分）", "社会效益指标")
    assert not {f.rule for f in result.findings} & {"EVAL-01", "VAL-11"}


def test_a_label_on_its_groups_middle_counted_in_rows(book):
    """2471 (pdftotext -layout): 数量指标 on the second of its four rows, one of them wrapped (five lines) — on its
    group's middle counted in rows, so 水质检测样本数量 | ≥1200份 is a 数量 row, not the 质量 group's (no false VAL-11);
    2402 (完成水土流失综合治理面积 under 数量指标) and 2343 (机关运行成本 ≤486.20万元 under 成本指标, no false DATE-01
    or VAL-12) the same."""
    result = check_file(_one("2471"), book)
    assert _at(result, 29).level2 == "数量指标" and result.verdict == "通过"
    assert _at(check_file(_one("2402"), book), 33).level2 == "数量指标"
    rules = {(f.rule, f.location.line) for f in check_file(_one("2343"), book).findings}
    assert ("DATE-01", 40) not in rules and ("VAL-12", 40) not in rules


def test_review_of_the_sessions_line_repairs():
    """A code review of session 22's repairs: a funds source wrapped round its amounts in a viewer's copy is no task's
    content (其中：当年 / 财政拨款 80.00 … / 资金 keeps its amounts in their columns); a short piece above a row is the
    name's end of the row above, no note's first line (农村公路养护 … / 里程); in a cell-a-line copy a name's short end
    with its value after it is no note's next line (…为准 / 农村公路养护 / 里程 / ≥100公里)."""
    from jxcheck.engine.readers import spaced, vertical
    funds = ["项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分", "年度资金总额 100.00 100.00 95.00 10 95.00% 9.50",
             "其中：当年", "财政拨款 80.00 80.00 75.00 — — —", "资金"]
    row = next(cells for _, cells in spaced.rows(funds) if "80.00" in cells)
    assert row[1:4] == ["80.00", "80.00", "75.00"]
    table = ["一级指标 二级指标 三级指标 指标值 实际完成值 偏差原因分析及改进措施",
             "产出指标 数量指标 农村公路养护 ≥100公里 100公里", "里程", "质量指标 完成率 ≥95% 90% 资金拨付滞后", "导致进度延迟"]
    rows = [cells for _, cells in spaced.rows(table)]
    assert any("农村公路养护里程" in cells for cells in rows)
    cells = ["一级指标", "二级指标", "三级指标", "指标值", "指标值说明", "产出指标", "数量指标", "新建滴灌设施面积", "≥1000亩",
             "以乡镇上报、县级核实的建设任务清单为准", "农村公路养护", "里程", "≥100公里", "按验收统计"]
    names = [c for _, row in vertical.rows(cells) for c in row]
    assert "农村公路养护里程" in names


def test_review_a_funds_label_with_the_side_labels_unit_and_a_spaced_conclusion(book):
    """财政拨款（元） keeps no stray bracket when the side label's unit is cut off; 自评结论：A 级 keeps its text as
    written."""
    from jxcheck.engine.readers import text
    from jxcheck.engine.readers.layout import recognise
    copy = ("项目支出绩效自评表\n项目名称\t某项目\n资金（万元）\t年初预算数\t全年预算数\t全年执行数\n"
            "年度资金总额\t100.00\t100.00\t95.00\n其中：财政拨款（元）\t100.00\t100.00\t95.00\n"
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t数量指标\t培训人数\t≥100人\t120人\t90\t90\n"
            "自评结论：A 级\n")
    form = recognise(text.split_rows(copy)).form
    assert all("（" not in line.label or "）" in line.label for line in form.funds)
    assert ("自评结论", "A 级") in form.meta.fields
