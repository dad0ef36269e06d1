"""Blind sets 96–98 (judged at b5d575a): a note under the table that gives the reason, a spreadsheet's quoted cell
with a line break in pasted text, and a harm counted by its rate (为害果率). Each test fails on b5d575a."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file
from written_checks import rules_of

WRITTEN = Path(__file__).parent / "fixtures" / "written"


def _checked(number: str, book):
    return check_file(next(WRITTEN.glob(f"{number}_*")), book)


def test_a_note_under_the_table_gives_the_budgets_reason(book):
    """注：全年预算数较年初增加15.00万元，为县政府追加的春季防火物资储备经费。 (1612: a false BUD-07 made a false 退回;
    1611, 1613 likewise)."""
    for number in ("1611", "1612", "1613"):
        assert "BUD-07" not in rules_of(_checked(number, book)), number


def test_a_quoted_cell_with_a_line_break_in_pasted_text_is_one_cell(book):
    """…→万吨→"按2025年实际收运量4.06万吨测算，⏎考虑常住人口及游客增长" (1628): the record goes on over the next line,
    not a 13th indicator with no value (a false STR-06 made a false 退回)."""
    result = _checked("1628", book)
    assert len(result.form.indicators) == 12
    assert not {"STR-06", "STR-10"} & set(rules_of(result))
    note = next((v for k, v in result.form.indicators[0].extras if k.endswith("指标值说明")), "")
    assert note.startswith("按2025年") and note.endswith("考虑常住人口及游客增长")


def test_a_rate_of_pest_damage_is_kept_low(book):
    assert "VAL-04" not in rules_of(_checked("1626", book))  # 柑橘大实蝇为害果率 ≤1.5%


def test_a_name_a_converter_split_in_two_cells_is_one_name(book):
    """WPS PDF转Word (1610: 补助资金按标准 | 发放率 | = | 100 | % …; 1454: 瞭望塔视频监控系统 | 运维点位数 | ≥ | 36 | 个):
    one name, the comparator back under 指标性质 (a false VAL-01 and EVAL-01, a false 退回; TXT-02, VAL-01). A
    direction under 指标性质 (正向 | ≥) is left where it is."""
    result = _checked("1610", book)
    assert "补助资金按标准发放率" in [i.name for i in result.form.indicators]
    assert not {"VAL-01", "VAL-02"} & set(rules_of(result)) and result.verdict != "退回"
    result = _checked("1454", book)
    assert "瞭望塔视频监控系统运维点位数" in [i.name for i in result.form.indicators]
    assert not {"VAL-01", "TXT-02"} & set(rules_of(result))


def test_labels_after_their_groups_first_row_in_plain_pdftotext(book):
    """Plain pdftotext (1611): 奖补项目个数 … / 数量指标 / 新修村组道路里程 … / 项目竣工验收合格率 … / 质量指标 / …: each
    二级 label after its group's first row. Read as heads of the rows below them, every row was a group off (nine
    false findings); a row up, every row's words fit its label."""
    result = _checked("1611", book)
    levels = {i.name: i.level2 for i in result.form.indicators}
    assert levels["奖补项目个数"] == "数量指标" and levels["项目竣工验收合格率"] == "质量指标"
    assert levels["单个项目奖补上限"] == "成本指标" and levels["受益群众人数"] == "社会效益指标"
    assert not {"EVAL-01", "VAL-11", "VAL-04", "DATE-01", "FORM-03"} & set(rules_of(result))


def test_a_row_set_off_by_the_copys_positions_is_read_by_its_content(book):
    """pdftotext -layout (1607): 质量指标 | 茶叶农残监督抽检合格率 | ≥98% came out in the columns of the whole page, every
    cell past the table's four; read by what its cells hold, not as nothing but extra columns (an empty group, a row
    lost, a false FORM-03)."""
    result = _checked("1607", book)
    assert "茶叶农残监督抽检合格率" in [i.name for i in result.form.indicators]
    assert len(result.form.indicators) == 15 and "FORM-03" not in rules_of(result)


def test_a_copys_goal_lines_achievement_and_funds_title_under_the_goal(book):
    """WPS viewer, a 四川 template (1597): the goal cut into lines by its column is one goal, the lines after
    年度目标完成情况 what was achieved, and 预算执行情况（10分） alone on its line begins the funds (two false TXT-04
    on a goal's last line and on the funds' title). Same for 1158 (plain pdftotext)."""
    for number in ("1597", "1158"):
        assert "TXT-04" not in rules_of(_checked(number, book)), number
