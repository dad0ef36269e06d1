"""Written sets 74 and 75 (blind, PDF copies, judged at b486473): mends for what their reviewers found. Each test
fails on b486473."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine import doubt
from written_checks import checked, rules_of

CELLS = ("项目支出绩效自评表\n（2022年度）\n项目名称\n职业技能培训补贴\n主管部门\n某县人力资源和社会保障局\n"
         "绩效指标\n一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n偏差原因分析及改进措施\n"
         "产出指标\n数量指标\n职业技能培训人次\n≥5000人次\n5236人次\n20\n20\n取证人数\n≥3500人\n3612人\n20\n20\n"
         "质量指标\n培训合格率\n≥85%\n89.4%\n20\n20\n效益指标\n社会效益指标\n培训后就业率\n≥60%\n63%\n30\n30\n"
         "满意度指标\n服务对象满意度指标\n参训学员满意度\n≥90%\n95%\n10\n10\n")


def test_a_short_name_in_a_cell_a_line_copy_starts_its_row(tmp_path, book):
    """Written 1263 (Foxit, each text run a line): 取证人数 (four characters) after a whole row was dropped as 'a value
    with no column left' — its row lost without a word, and the weights then summed to 90 (a false EVAL-01 error
    that sent a correct form back)."""
    result = checked(tmp_path, CELLS, book)
    assert [i.name for i in result.form.indicators][:2] == ["职业技能培训人次", "取证人数"]
    assert not [f for f in result.findings if f.rule == "EVAL-01" and f.severity.label == "错误"]  # (weights: 100)


def test_a_signing_unit_under_the_table_and_a_page_number_are_no_rows(tmp_path, book):
    """Written 1260 (Chrome): 填报单位：沂南县民政局 under the last indicator was read as a row with no value; 1267,
    1277: a page's number 1 alone on its line, listed to check as if a row were cut there."""
    body = CELLS.replace("95%\n10\n10\n", "95%\n10\n10\n1\n", 1) + "填报单位：沂南县民政局\n填报日期：2025年1月9日\n"
    result = checked(tmp_path, body, book)
    names = [i.name for i in result.form.indicators]
    assert names[-1] == "参训学员满意度" and not doubt.signs(result.form)
    assert not [f for f in result.findings if f.rule == "FORM-03"]
    assert dict(result.form.meta.fields).get("填报单位") == "沂南县民政局"


def test_fewer_and_more_is_better_words_of_sets_74_75(tmp_path, book):
    """1283: 黄龙病田间病株率 ≤3% is a harm kept low; 1265: 办理投诉举报件数 ≥1500件 counts complaints handled."""
    def val04(name: str, value: str, level2: str = "质量指标") -> bool:
        body = ("项目支出绩效目标表\n项目名称\t柑橘黄龙病防控\n主管部门\t某县农业农村局\n年度绩效目标\t完成防控面积2万亩。\n"
                "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t防控面积\t≥2万亩\n"
                f"\t{level2}\t{name}\t{value}\n满意度指标\t服务对象满意度指标\t果农满意度\t≥90%\n")
        return "VAL-04" in rules_of(checked(tmp_path, body, book))
    assert not val04("黄龙病田间病株率", "≤3%") and not val04("办理投诉举报件数", "≥1500件", "数量指标")
    assert val04("投诉举报件数", "≥1500件", "数量指标")  # (complaints received: fewer is better)


def test_a_goal_block_under_a_side_label(book):
    """Written 1284 (docx, 四川 自评): 项目基本情况 | 项目年度目标 | 年度目标完成情况 over the texts of both, the side
    label merged down its rows — the goal went unread and EVAL-10 said the achievement was not filled in."""
    from jxcheck.engine.check import check_file
    result = check_file(next((Path(__file__).parent / "fixtures" / "written").glob("1284_*")), book)
    (goal,) = result.form.goals
    assert goal.text.startswith("对全县14所农村义务教育学校") and "EVAL-10" not in rules_of(result)
    assert dict(result.form.meta.fields)["年度目标完成情况"].startswith("完成14所学校")


def test_a_funds_block_given_column_by_column_is_not_misjudged_by_its_amounts(book):
    """Written 1270 (plain pdftotext): the funds block's labels, then its amounts, column by column — once read with
    the total line empty, a part with the others' figures: its rate (BUD-06: 0%), the budget a cost is held to (BUD-03:
    the 年初 3860) and the weights with its score (EVAL-01: 90) were that reading's. Read column by column since
    session 18 (test_cell_funds_blocks): the raise 3860 → 4125.36, unexplained, is the form's (BUD-07)."""
    from jxcheck.engine.check import check_file
    result = check_file(next((Path(__file__).parent / "fixtures" / "written").glob("1270_*")), book)
    assert not {"BUD-03", "BUD-06", "EVAL-01"} & set(rules_of(result)) and "BUD-07" in rules_of(result)
    assert "EVAL-02" in rules_of(result)  # (its 总分 99.77 against scores of 98.77: the form's)


def test_a_side_labels_piece_is_no_goal():
    """Written 1280 (Foxit, each visual line a line): 年度 / 总体 / 目标, the side label one piece a line beside the
    goal's lines — 年度 was read as a goal, and TXT-01 called it vague."""
    from jxcheck.engine.model import Location
    from jxcheck.engine.readers.goals import goals_from
    assert goals_from("年度", "年度", Location(line=18)) == [] and goals_from("总体目标", "年度", Location(line=19)) == []
    assert len(goals_from("完成维修养护45处。", "年度", Location(line=18))) == 1


def test_a_column_explaining_both_terms_values(book):
    """Written 1264 (xlsx, 湖南): 中期指标值 | 年度指标值 beside one 绩效标准 column (G:H merged) — the 中期 table was
    read without it, and STR-10 said 19 rows had no 绩效标准."""
    from jxcheck.engine.check import check_path
    parts = check_path(next((Path(__file__).parent / "fixtures" / "written").glob("1264_*")), book)
    assert not [f for part in parts for f in part.findings if f.rule == "STR-10"]
    term = [i for part in parts for i in part.form.indicators if i.block == "实施期"]
    assert term and all(dict(i.extras).get("extra:绩效标准") for i in term)
