"""What written sets 49–51 (judged at d385fcd) and the review of ad0091a found, mended; each test fails on d385fcd.
The review's small forms are in tests/fixtures/review_cases."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine import doubt
from jxcheck.engine.check import check_file
from jxcheck.engine.readers import text

CASES = Path(__file__).parent / "fixtures" / "review_cases"


def _rules(path: Path, book) -> list[tuple[str, int | None]]:
    return [(f.rule, f.location.line) for f in check_file(path, book).findings]


def test_a_row_of_its_own_is_not_joined_onto_the_row_above(book):
    """A name with no value under a name that fills its column (t24): a row of its own with no value (on this copy
    out of a PDF, a line to check — engine/doubt.py), not one long name; 工程质量 | 优良 under …防护设施合格 | =100%
    (t21): two rows, no VAL-01; a note indented under the table stays a note (t03)."""
    empty = check_file(CASES / "t24_missing_value.txt", book)
    assert 11 in doubt.signs(empty.form) and [i.raw for i in empty.form.indicators if i.location.line == 11] == [""]
    result = check_file(CASES / "t21_edge_row.txt", book)
    assert [i.name for i in result.form.indicators][2:4] == ["通客车通校车路段防护设施合格", "工程质量"]
    assert not [r for r, _ in _rules(CASES / "t03_runon.txt", book) if r in ("STR-06", "TXT-03", "VAL-09")]


def test_a_full_width_space_parts_two_cells(book):
    """…覆盖率　≥95% (one U+3000 between them, t23): a name and its value."""
    result = check_file(CASES / "t23_u3000.txt", book)
    assert ("通客车通校车路段防护设施覆盖率", "≥95%") in [(i.name, i.raw) for i in result.form.indicators]


def test_review_rule_edges(book):
    """12座小型水库 as the work's scope with no indicator in 座 (t13); a beneficiary's own cost under 经济效益 (t14);
    ≤1.2亿元 against 12050万元, rounded in 亿 (t15); a 中期 title over a 中期 table and a 年度 one (t12)."""
    assert "TXT-02" not in [r for r, _ in _rules(CASES / "t13_zuo.txt", book)]
    assert "VAL-11" not in [r for r, _ in _rules(CASES / "t14_cost_outcome.txt", book)]
    assert "BUD-03" not in [r for r, _ in _rules(CASES / "t15_yi.txt", book)]
    assert "STR-08" not in [r for r, _ in _rules(CASES / "t12_term_title.txt", book)]


PDFTOTEXT = """项目支出绩效自评表（2023年度）
项目名称
秸秆禁烧网格化监管经费
主管部门
某县生态环境分局
项目资金（万元）
年初预算数
全年预算数
全年执行数
分值
执行率
得分
年度资金总额
85.00
85.00
80.75
10
95.00%
9.5
年度总体目标
预期目标
实际完成情况
落实秸秆禁烧网格化监管，覆盖全县335个行
政村，卫星监测火点控制在5个以内。
全县335个行政村网格化巡查全覆盖，火点
7个。
绩效指标
一级指标
二级指标
三级指标
年度指标值
实际完成值
分值
得分
偏差原因分析及改进措施
产出指标
数量指标
网格员巡查覆盖行政村
=335个
335个
40
40
质量指标
卫星监测秸秆焚烧火点数
≤5个
7个
20
15
部分乡镇夜间焚烧未及时发现，今后加强夜间巡查
成本指标
网格员巡查补助
≤60万元
54.5万元
10
10
效益指标
生态效益指标
秋冬季空气质量优良天数比例
≥80%
84.2%
10
10
满意度指标
服务对象满意度指标
群众对禁烧工作满意度
≥90%
满意
10
10
总分
100
94.5
"""


def test_a_cell_a_line_as_pdftotext_prints_without_layout(tmp_path, book):
    """pdftotext without -layout (215, 223): the rows put back together, a 成本指标 under 产出 its 二级, a reason
    that reads as one kept apart from the next name."""
    from jxcheck.engine.readers import vertical
    assert vertical.applies(PDFTOTEXT.splitlines())
    path = tmp_path / "form.txt"
    path.write_text(PDFTOTEXT, encoding="utf-8")
    result = check_file(path, book)
    assert [(i.level1, i.level2, i.name, i.raw, i.actual, str(i.score)) for i in result.form.indicators] == [
        ("产出指标", "数量指标", "网格员巡查覆盖行政村", "=335个", "335个", "40"),
        ("产出指标", "质量指标", "卫星监测秸秆焚烧火点数", "≤5个", "7个", "15"),
        ("产出指标", "成本指标", "网格员巡查补助", "≤60万元", "54.5万元", "10"),
        ("效益指标", "生态效益指标", "秋冬季空气质量优良天数比例", "≥80%", "84.2%", "10"),
        ("满意度指标", "服务对象满意度指标", "群众对禁烧工作满意度", "≥90%", "满意", "10")]
    assert result.form.meta.project == "秸秆禁烧网格化监管经费"
    assert [g.text for g in result.form.goals] == ["落实秸秆禁烧网格化监管，覆盖全县335个行政村，卫星监测火点控制在5个以内。"]
    assert "EVAL-05" in [f.rule for f in result.findings] and "FORM-02" not in [f.rule for f in result.findings]


def test_a_wps_export_with_tabs_and_runs_of_spaces():
    """二级指标    三级指标 in one tab field, a cell left blank as four spaces (220, 255)."""
    assert text._tabbed("\t\t    临时救助审批办理时限\t≤5个工作日") == ["", "", "", "临时救助审批办理时限", "≤5个工作日"]
    assert text._tabbed("年度绩效指标 \t一级指标\t二级指标    三级指标\t指标值") == [
        "年度绩效指标 ", "一级指标", "二级指标", "三级指标", "指标值"]


def test_a_viewers_row_that_lost_its_side_label_cell(tmp_path, book):
    """效益指标 | 社会效益指标 | … | 偏差原因 under 绩效指标 | 一级指标 | …: one cell short, at its left (224)."""
    rows = ["项目支出绩效自评表", "项目名称 农家书屋出版物补充更新",
            "绩效指标 一级指标  二级指标 三级指标  年度指标值 实际完成值  分值 得分  偏差原因分析及改进措施",
            "产出指标  数量指标 补充更新的农家书屋  =192个 192个  50 50",
            "效益指标 社会效益指标  农家书屋年借阅人次 ≥4.5万人次  4.1万人次 30  27 部分行政村外出务工人员多，借阅人次未达目标。",
            "满意度指标 服务对象满意度指标 读者满意度 ≥90% 94% 20 20"]
    path = tmp_path / "form.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = check_file(path, book)
    assert [(i.level1, i.level2, i.name) for i in result.form.indicators][1] == ("效益指标", "社会效益指标", "农家书屋年借阅人次")
    assert not [f for f in result.findings if f.rule in ("STR-02", "EVAL-07")]
