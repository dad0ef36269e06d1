"""A browser viewer's copy that puts every text run on its own line in visual order cuts the labels that span
several rows into pieces and sets them among the rows' cells: 产出指标（ … 50分）, 可持续影响指 … 标, 服务对象满意 …
度指标, and the last character of a wrapped name after the middle label (巡查次 … 数量指标 / 数). The pieces are
labels, not names (written 1289: six rows read with a label piece in their names, one weight read as a row).
Each test fails on 6f86267."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.findings import Severity
from written_checks import checked

WRITTEN = Path(__file__).parent / "fixtures" / "written"

_RUNS = "\n".join([
    "项目支出绩效自评表", "（2024年度）", "项目名称", "某县乡村道路日常养护", "主管部门", "某县交通运输局",
    "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
    "乡村道路日常巡查次", "≥24次", "26次", "10", "10",
    "数量指标",
    "数",
    "养护道路里程", "≥120公里", "125公里", "10", "10",
    "产出指标（",
    "路面修补面积", "≥3000平方米", "3100平方米", "10", "10",
    "50分）",
    "质量指标", "养护路段优良路率", "≥80%", "85%", "10", "10",
    "时效指标", "日常养护完成时间", "2024年12月31日前", "2024年12月20日", "10", "10",
    "社会效益指标", "道路安全事故发生数", "=0起", "0起", "10", "10",
    "效益指标（",
    "群众出行时间缩短", "≥10%", "12%", "10", "10",
    "30分）",
    "可持续影响指",
    "道路养护长效机制运行年限", "≥3年", "3年", "10", "10",
    "标",
    "满意度指标", "服务对象满意", "沿线群众满意度", "≥90%", "93%", "10", "10",
    "（10分）",
    "度指标",
    "总分", "100", "100",
]) + "\n"


def test_label_pieces_in_a_run_per_line_copy_are_not_names(tmp_path, book):
    result = checked(tmp_path, _RUNS, book)
    names = [i.name for i in result.form.indicators]
    assert names == ["乡村道路日常巡查次数", "养护道路里程", "路面修补面积", "养护路段优良路率", "日常养护完成时间",
                     "道路安全事故发生数", "群众出行时间缩短", "道路养护长效机制运行年限", "沿线群众满意度"]
    by_name = {i.name: i for i in result.form.indicators}
    assert by_name["道路养护长效机制运行年限"].level2 == "可持续影响指标"
    assert by_name["沿线群众满意度"].level1 == "满意度指标"
    assert not [f for f in result.findings if f.severity == Severity.ERROR]


_HEADER_PIECES = "\n".join([
    "项目支出绩效自评表", "（2023年度）", "项目名称", "某县病虫害统防统治", "主管部门", "某县农业农村局",
    "一级指标", "二级指标", "三级指标", "指标", "指标值", "度量单", "完成值", "权重", "得分", "未完成原因分析", "性质", "位",
    "统防统治面积", "≥", "30", "万亩", "31.2", "10", "10",
    "数量指标",
    "病虫害监测点数量", "=", "12", "个", "12", "10", "10",
    "产出指标",
    "种植户满意度", "≥", "90", "%", "95.3", "10", "10",
]) + "\n"


def test_a_header_label_wrapped_in_a_run_per_line_copy_is_made_whole(tmp_path, book):
    """度量单 … 位 and 指标 … 性质: the wrapped labels' last pieces come after the one-line labels (a Chrome copy
    of a 四川 system form, written 1107: nothing read, then every row's unit missing)."""
    result = checked(tmp_path, _HEADER_PIECES, book)
    assert [i.name for i in result.form.indicators] == ["统防统治面积", "病虫害监测点数量", "种植户满意度"]
    assert not [f for f in result.findings if f.rule in ("VAL-02", "EVAL-02", "EVAL-05", "EVAL-06")], \
        [(f.rule, f.message) for f in result.findings]


def test_project_cells_of_a_run_per_line_copy_are_the_projects(book):
    """A table of projects (单位名称 | 项目名称 | 预算数 | 年度目标 | 一级 …) copied a run a line: the project's
    own cells are its header, not indicator rows, whether drawn first (Foxit, written 1248) or printed at the
    middle of its rows by pdftotext (written 1048, its narrow notes wrapped over several lines)."""
    from written_checks import check_file
    for number, lines, project in (
            ("1248", [43, 52, 60, 68, 77, 87, 97, 107, 118], "“一村一幼”辅导员劳务报酬"),
            ("1048", [26, 36, 45, 55, 64, 89, 98, 106, 119, 127, 140],
             "景东县2025年公共文化服务体系建设（基层文化设施免费开放）补助资金")):
        result = check_file(next(WRITTEN.glob(f"{number}_*")), book)
        assert [i.location.line for i in result.form.indicators] == lines, number
        assert result.form.meta.project == project, number
        assert not [f for f in result.findings if f.severity == Severity.ERROR], number


_OVERFLOW = "\n".join([
    "项目支出绩效自评表", "（2023年度）", "项目名称", "某县基本公共卫生服务", "主管部门", "某县卫生健康局",
    "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施",
    "产出指标", "数量指标", "居民健康档案建档人数", "≥3万人", "3.2万人", "20", "20",
    "效益指标", "可持续影响指标", "基层医疗卫生机构服", "务能力", "持续提升", "达成年度指标", "10", "10",
    "城乡居民公共卫生服务差", "距", "不断缩小", "达成年度指", "标", "10", "10",
    "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", "10", "10",
]) + "\n"


def test_a_names_last_piece_is_one_text_more_than_the_rows_text_columns(tmp_path, book):
    """Plain pdftotext (written 1319, 1198, 1242): 基层医疗卫生机构服 / 务能力 / 持续提升 / 达成年度指标 / 10 / 10 —
    three texts for the two text columns before the weight: the first is the name's last piece (read as the value,
    the result read as a row of its own: false VAL-05 and VAL-02). Once a row: a result wrapped too (达成年度指 / 标)
    is the result's."""
    result = checked(tmp_path, _OVERFLOW, book)
    rows = [(i.name, i.raw) for i in result.form.indicators]
    assert rows == [("居民健康档案建档人数", "≥3万人"), ("基层医疗卫生机构服务能力", "持续提升"),
                    ("城乡居民公共卫生服务差距", "不断缩小"), ("群众满意度", "≥90%")]
    assert not {"VAL-02", "VAL-05"} & {f.rule for f in result.findings}
