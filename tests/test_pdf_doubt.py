"""A table copied out of a PDF is read with doubt where the copy shows a cut cell (engine/doubt.py): the shapes the
cut makes (an empty value, an empty 二级, a fragment for a name) are not reported as the form's defects, the rows
beside them are not judged, the checks that need every row do not run, and one FORM-03 names the lines. A file
typed or saved by an office program is read as it is. Each test fails on f770b8d (before the doubt)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jxcheck.engine import doubt
from jxcheck.engine.check import check, check_file, check_path
from jxcheck.engine.findings import Finding, Severity
from jxcheck.engine.model import Form, FormMeta, Goal, Indicator, Location
from jxcheck.engine.readers import text
from written_checks import checked as _form

WRITTEN = Path(__file__).parent / "fixtures" / "written"


def _copied(result) -> list[Finding]:
    return [f for f in result.findings if f.rule == "FORM-03" and f.case == "copied"]


def _finding(rule: str, line: int | None, case: str | None = None) -> Finding:
    return Finding(rule=rule, severity=Severity.ERROR, location=Location(line=line), path=(), subject="",
                   message="", expected="", actual="", suggestion="", basis="", case=case)


def _indicator(line: int, name: str, raw: str) -> Indicator:
    return Indicator("产出指标", "数量指标", name, raw, Location(line=line))


def _form_of(copied: str | None, *indicators: Indicator) -> Form:
    return Form(meta=FormMeta(year=2024, columns=("level1", "level2", "name", "value"), copied=copied),
                indicators=indicators)


def test_a_cut_row_of_a_pdf_copy_is_a_sign_and_its_neighbours_are_not_judged():
    form = _form_of("spaced", _indicator(10, "防雹保护区雹灾受灾面积较前三年平均", ""), _indicator(11, "", "≥10%"),
                    _indicator(12, "下降幅度", ""), _indicator(13, "服务覆盖行政村数量", "≥180个"),
                    _indicator(20, "作业点标准化建设达标率", "≥90%"), _indicator(30, "作业人员培训人数", ""))
    assert doubt.read_signs(form) == doubt.Signs(frozenset({10, 11, 12}), frozenset({30}))  # (30: an empty value)
    found = [_finding("STR-06", 10), _finding("STR-05", 11), _finding("STR-06", 12), _finding("VAL-11", 13),
             _finding("VAL-11", 20), _finding("STR-06", 30), _finding("DATE-04", None)]
    kept = doubt.gate(form, found, lambda lines, whole, held: _finding("FORM-03", None, "copied"))
    assert [(f.rule, f.location.line) for f in kept] == [("VAL-11", 20), ("DATE-04", None), ("FORM-03", None)]
    assert kept[-1].case == "copied"


def test_a_placeholder_or_a_whole_copy_is_no_sign():
    whole = _form_of("cells", _indicator(10, "培训人数", "≥300人"), _indicator(11, "宣传场次", "≥XX场"))
    assert doubt.signs(whole) == []
    found = [_finding("STR-06", 11)]
    assert doubt.gate(whole, found, lambda lines, whole, held: _finding("FORM-03", 1)) == found


def test_an_office_file_is_read_as_it_is():
    typed = _form_of(None, _indicator(10, "培训人数", ""), _indicator(11, "", "≥3场"))
    assert doubt.signs(typed) == [] and not doubt.in_doubt(typed)
    found = [_finding("STR-06", 10)]
    assert doubt.gate(typed, found, lambda lines, whole, held: _finding("FORM-03", 1)) is found


def test_lines_are_listed_as_a_reviewer_reads_them():
    assert doubt.listed([12, 15, 16, 17, 18, 30]) == "12、15–18、30"
    assert doubt.listed([3, 4]) == "3、4"


def test_a_pdftotext_layout_copy_with_centred_labels_is_not_sent_back(book):
    """1001 (pdftotext -layout, merged labels on their blocks' middle lines) was sent back at b65c056 by STR-06
    errors on names wrapped round their values; the lines are now named once, as not read for certain (since session
    19 only the 二级 labels wrapped round their rows, 可持续影 / … / 响指标 and 服务对象 / 满意度指标: the rows between
    placed; since session 20 服务对象 / 满意度指标 wrapped round its row is made whole on it, its row read; since session
    21 社会效益 / 指标 and 生态效益 / 指标, each a level's name wrapped in its narrow column, too: no line left in doubt)."""
    result = check_file(next(WRITTEN.glob("1001_*")), book)
    assert result.form.meta.copied == text.COPY_LAID
    assert not [f for f in result.findings if f.severity == Severity.ERROR]
    assert not _copied(result)
    assert next(i for i in result.form.indicators if i.location.line == 59).level2 == "服务对象满意度指标"
    assert next(i for i in result.form.indicators if i.location.line == 53).level2 == "社会效益指标"
    assert not {"STR-01", "STR-07", "STR-04", "STR-06"} & {f.rule for f in result.findings}


def test_the_same_empty_value_typed_is_reported(tmp_path, book):
    body = ("项目支出绩效目标表\n项目名称\t某项目\n主管部门\t某局\n年度\t2024年\n"
            "一级指标\t二级指标\t三级指标\t指标值\n"
            "产出指标\t数量指标\t培训人数\t\n\t质量指标\t培训合格率\t≥95%\n"
            "效益指标\t社会效益指标\t群众知晓率\t≥90%\n满意度指标\t服务对象满意度指标\t学员满意度\t≥90%\n")
    result = _form(tmp_path, body, book)
    assert result.form.meta.copied is None
    assert "STR-06" in {f.rule for f in result.findings} and not _copied(result)


WPS = ("一级指标\t二级指标\t三级指标\t指标值\n"
       "产出指标\t数量指标\t康复训练救助人数\t≥80人\n"
       "\t\t残疾儿童康复训练\n有效率\t≥90%\n"
       "\t质量指标\t定点康复机构\n年度考核合格率\t=100%\n"
       "满意度指标\t服务对象满意度指标\t残疾人及家属对康复服务\n满意度\t≥90%\n")


def test_a_pdf_to_word_export_joins_a_name_cut_inside_its_row():
    copy: list[str] = []
    rows = [r.texts for r in text.split_rows(WPS, copy=copy)]
    assert rows[2] == ("", "", "残疾儿童康复训练有效率", "≥90%")
    assert rows[3] == ("", "质量指标", "定点康复机构年度考核合格率", "=100%")
    assert rows[4] == ("满意度指标", "服务对象满意度指标", "残疾人及家属对康复服务满意度", "≥90%")
    assert copy == [text.COPY_WORD]


def test_a_typed_tab_file_is_no_copy():
    typed = ("项目名称\t某项目\n\t其他资金\n总体目标\t完成任务\n一级指标\t二级指标\t三级指标\t指标值\n"
             "产出指标\t数量指标\t培训人数\t≥300人\n\t\t宣传场次\n\t\t发放手册\t≥500册\n")
    copy: list[str] = []
    rows = [r.texts for r in text.split_rows(typed, copy=copy)]
    assert copy == [] and ("", "其他资金") in rows and ("", "", "宣传场次") in rows


def test_a_wps_copy_read_whole_reads_all_its_rows(book):
    """1004 (WPS PDF转Word, pasted): five names cut by the PDF's line breaks were five STR-06 errors at b65c056."""
    (result,) = check_path(next(WRITTEN.glob("1004_*")), book)
    names = [i.name for i in result.form.indicators]
    assert "残疾儿童康复训练有效率" in names and "残疾人及家属对康复服务满意度" in names
    assert len(names) == 16 and "STR-06" not in {f.rule for f in result.findings}
    assert result.form.meta.copied == text.COPY_WORD and Decimal(16) == len(names)


def test_a_word_alone_between_two_rows_of_a_tab_export_ends_the_cell_above():
    export = ("一级指标\t二级指标\t三级指标\t指标值\n"
              "效益指标\t生态效益指标\t民族团结进步氛围\t持续\n增强\n"
              "\t可持续影响指标\t传承人带徒人数\t≥60人\n效益指标\n\t社会效益指标\t观众人次\t≥6000人次\n")
    copy: list[str] = []
    rows = [r.texts for r in text.split_rows(export, copy=copy)]
    assert rows[1] == ("效益指标", "生态效益指标", "民族团结进步氛围", "持续增强")
    assert ("效益指标",) in rows and copy == [text.COPY_WORD]  # (a level on a line of its own stays one)


def test_a_goal_cell_a_copy_wrapped_into_pieces_is_judged_whole(tmp_path, book):
    """1013 (WPS PDF转Word): the goal's second line, read as a goal of its own, was a false TXT-01 at b65c056."""
    result = check_file(next(WRITTEN.glob("1013_*")), book)
    assert result.form.meta.copied == text.COPY_WORD
    assert "TXT-01" not in {f.rule for f in result.findings}
    typed = ("项目支出绩效目标表\n项目名称\t某项目\n主管部门\t某局\n年度\t2024年\n"
             "年度绩效目标\t完成培训300人次。\n\t全面提升服务水平。\n"
             "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人次\t≥300人次\n")
    assert "TXT-01" in {f.rule for f in _form(tmp_path, typed, book).findings}  # typed: each goal as written


LAYOUT = """                              2024年度项目支出绩效目标表
   项目名称          人工造林项目
   主管部门          某旗林业和草原局
   一级指标          二级指标       三级指标                                     指标值
                     数量指标       完成人工造林面积                            ≥5000亩
                                    栽植苗木数量                               ≥33.5万株
   产出指标          质量指标       造林当年成活率                                ≥85%
                                    造林苗木质量合格率                            =100%
                     时效指标       造林任务完成时间                        2024年10月31日前
                                    旗级验收完成时间                        2024年11月30日前
                                    苗木购置费                                  ≤205万元
   成本指标        经济成本指标     整地及栽植费                                ≤120万元
                                    幼林抚育及管护费                            ≤40万元
                                    作业设计及检查验收费                        ≤15万元
                   生态效益指标     新增森林面积                                ≥333公顷
   效益指标        社会效益指标     带动农牧民务工人数                          ≥120人次
                  可持续影响指标    造林地块封育管护期                            ≥3年
  满意度指标    服务对象满意度指标  参与造林农牧民满意度                          ≥90%
"""


def test_labels_centred_on_two_row_groups_then_a_longer_one(tmp_path, book):
    """1046 (pdftotext -layout): every label on its group's upper middle line, the first group's on the table's first
    row; the cost group's first row (苗木购置费 ≤205万元) was read under 时效指标 at 8e85044 (DATE-01, VAL-12)."""
    result = _form(tmp_path, LAYOUT, book)
    groups = {i.name: (i.level1, i.level2) for i in result.form.indicators}
    assert groups["苗木购置费"] == ("成本指标", "经济成本指标")
    assert groups["旗级验收完成时间"] == ("产出指标", "时效指标")
    assert groups["新增森林面积"] == ("效益指标", "生态效益指标")
    assert groups["参与造林农牧民满意度"][0] == "满意度指标"
    assert not {"DATE-01", "VAL-12"} & {f.rule for f in result.findings}


def test_a_wps_row_one_cell_short_and_a_goal_whose_lines_start_with_a_year():
    export = ("年度绩效目标\t2024年举办市级群众性\n体育赛事9项，参赛群\n众不少于5000人次，11月\n30日前完成验收。\n"
              "\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
              "绩效指标\t产出指标\t数量指标\t发放重点优抚对象\n定期抚恤补助人数\t≥4200人\t3986人\t10\t9.49\t无\n"
              "\t\t时效指标\t定期抚恤补助按月\n发放时间\t每月15日前\t每月10日前\t10\t10\n"
              "\t\t\t资料归档\n完整\t好\t好\t10\t10\n")
    copy: list[str] = []
    rows = [r.texts for r in text.split_rows(export, copy=copy)]
    assert rows[0] == ("年度绩效目标", "2024年举办市级群众性体育赛事9项，参赛群众不少于5000人次，11月30日前完成验收。")
    assert rows[2][3] == "发放重点优抚对象定期抚恤补助人数" and rows[3][3] == "定期抚恤补助按月发放时间"
    assert ("\t\t\t资料归档".split("\t")) == list(rows[4]) and copy == [text.COPY_WORD]  # (short, before no value)


def test_a_copys_goal_not_specific_is_said_once(book):
    """1047 (Acrobat copy): a goal cell's wrapped line (…保障项目正 / 常运行。) read as a goal of its own was a second
    TXT-01 on one cell at 8e85044."""
    goals = (Goal("年度绩效目标", "做好林业生态建设，推动绿色发展，保障项目正", location=Location(line=5)),
             Goal("年度绩效目标", "常运行。", location=Location(line=6)))
    for copied, count in ((text.COPY_SPACED, 1), (None, 2)):
        form = Form(meta=FormMeta(year=2024, copied=copied), goals=goals)
        assert [f.rule for f in check(form, book)].count("TXT-01") == count


def test_a_copys_funds_block_read_shifted_is_not_judged_by_its_sums(book):
    """1070 (Foxit), 1059 (-layout), 1074 (-layout): funds blocks whose copy shifted a source's amounts under 分值,
    cut a label (年度预算执行 / 情况（万元）) or lost a line were false BUD-01 errors at 8e85044; 998's block, read
    whole, keeps its true BUD-01. 1070's lines are read whole since (a funds line's figures at its end, the header
    printed without the label's column): no sign, and still no false BUD-01."""
    result = check_file(next(WRITTEN.glob("1070_*")), book)
    assert doubt.funds_signs(result.form) == [] and "BUD-01" not in {f.rule for f in result.findings}
    result = check_file(next(WRITTEN.glob("1074_*")), book)
    assert doubt.funds_signs(result.form) and "BUD-01" not in {f.rule for f in result.findings}
    assert any(str(doubt.funds_signs(result.form)[0]) in f.message for f in _copied(result))
    result = check_file(next(WRITTEN.glob("1059_*")), book)  # (since session 19 its cut side label, 年度预算执行 /
    assert doubt.funds_signs(result.form) == [] and "BUD-01" not in {f.rule for f in result.findings}  # 情况（万元）,
    assert [line.label for line in result.form.funds][0] == "年度资金总额"  # is known: the block read whole)
    whole = check_file(next(WRITTEN.glob("998_*")), book)
    assert doubt.funds_signs(whole.form) == [] and "BUD-01" in {f.rule for f in whole.findings}


def test_a_typed_file_whose_last_value_is_empty_or_whose_rows_lost_their_trailing_tabs_is_no_copy():
    """Found in review of 8e85044/3b67c63: a sign-off row after an empty last value, a (续表) or 二、一般业务 line after a
    complete row, were joined onto the row above as a PDF-to-Word export's cut cells."""
    typed = ("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t培训人数\t≥300人\n"
             "满意度指标\t服务对象满意度指标\t学员满意度\n填表人\t张三\n")
    copy: list[str] = []
    rows = [r.texts for r in text.split_rows(typed, copy=copy)]
    assert copy == [] and rows[-1] == ("填表人", "张三") and rows[-2][-1] == "学员满意度"
    trimmed = ("一级指标\t二级指标\t三级指标\t指标值\t完成值\n\t\t时效指标\t资金拨付时间\t2023年12月31日前\n(续表)\n"
               "满意度指标\t服务对象满意度指标\t游客满意度\t≥90%\n二、一般业务\n产出指标\t数量指标\t开放天数\t≥300天\n")
    rows = [r.texts for r in text.split_rows(trimmed, copy=copy)]
    assert copy == [] and ("(续表)",) in rows and ("二、一般业务",) in rows


CASES = Path(__file__).parent / "fixtures" / "review_cases"


def test_review_of_8e85044(tmp_path, book):
    """A code review of 8e85044 (repro files r12_*): a two-character name with its value (工期 | ≤8个月) made a real
    empty value two rows off part of a cut; the gate ran after the per-rule cap, so a '另有N处' could go with a
    finding beside a cut; the note named rules that could not have run (BUD-09 on a form without tasks) and
    parted lines with 、 in English; `convert` dropped the copy's mark, so the form it wrote was judged as typed."""
    assert doubt.signs(_form_of("spaced", _indicator(5, "间", "2023年10月"))) == [5]  # (…完成时 / 间: a name's end)
    short = check_file(CASES / "r12_spaced_short_name.txt", book)
    # (路面病害处治及时率, empty between …优良率 ≥85% and 成本指标 …: its value had nowhere to go, so the form's own; a
    # cut at 工期 would have taken it into the cut)
    assert [f.location.line for f in short.findings if f.rule == "STR-06"] == [9] and not _copied(short)
    form = _form_of("spaced", _indicator(10, "", "≥3场"), *[_indicator(11 + k, f"第{k}项工作完成时间", "按时")
                                                             for k in range(150)])
    found = [_finding("DATE-01", 11 + k) for k in range(150)]
    kept = doubt.gate(form, found, lambda lines, whole, held: _finding("FORM-03", None, "copied"))
    assert len([f for f in kept if f.rule == "DATE-01"]) == 149  # (the row beside the cut only)
    result = check_file(next(WRITTEN.glob("1136_*")), book)  # (1162, 1059 and 1014, since mended, read with no cut)
    (note,) = _copied(result)
    assert "BUD-09" not in note.message and "STR-01" in note.message
    (english,) = _copied(check_path(next(WRITTEN.glob("1136_*")), book, lang="en")[0])
    assert "、" not in english.message and "line(s) 57, 59 " in english.message
    from jxcheck.engine import form_dict
    again = form_dict.from_dict(form_dict.to_dict(result.form), {})
    assert again.meta.copied == text.COPY_LAID


def test_a_pdf_to_word_export_read_whole_keeps_its_real_structural_errors(book):
    """Review of 8e85044 (r12_word_*): an export whose one cut name was joined back kept a real 社会效益指标 under
    产出指标 (STR-02) and a real empty name (STR-05) out of its findings, as cuts; its columns are whole, so both
    stand."""
    for case, rule in (("r12_word_str02.txt", "STR-02"), ("r12_word_noname.txt", "STR-05")):
        result = check_file(CASES / case, book)
        assert result.form.meta.copied == text.COPY_WORD and rule in {f.rule for f in result.findings}, case


def test_a_levels_name_cut_and_read_as_a_name_is_a_sign():
    """Written 1166 (pdftotext -layout): `可持续影响指 / 标`, a 二级 wrapped in its cell, read as a 三级 with no value: a
    false STR-06 (an error) sent a correct form back. A name that is a level's name short of its end is a cut."""
    form = _form_of("spaced", _indicator(55, "筛查对象信息纳入妇女健康档案率", "≥95%"), _indicator(57, "可持续影响指", ""),
                    _indicator(61, "服务对象满意度", "≥90%"))
    assert doubt.signs(form) == [57]
