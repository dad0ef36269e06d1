"""A row a PDF-to-Word export ran over several lines (its cells kept the PDF's line breaks) is called, as a reviewer
calls it, by the line its 三级 name starts on — not by the line its 一级 label starts on (written 1112, 1161, 1172:
every such row one or two lines off). Each test fails on 8260abe."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file
from written_checks import checked

WRITTEN = Path(__file__).parent / "fixtures" / "written"

_SELF_EVALUATION = (
    "项目支出绩效自评表\n（2023年度）\n项目名称\t农作物病虫害统防统治\n主管部门\t某县农业农村局\n"
    "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"
    "产出指标\t数量指标\t统防统治面积\t≥30万亩\t31万亩\t20\t20\t\n"
    "\t效益指标\n（30分）\t经济效益指\n标\t挽回粮食产量损失\t≥3.2万吨\t2.6万吨\t10\t10\t受干热风天气影响，千粒重下\n"
    "降，挽回损失量低于预期。\n"
    "满意度指标\t服务对象满意度指标\t种植户满意度\t≥90%\t95%\t10\t10\t\n")


def test_a_row_run_over_lines_is_called_by_its_names_line(tmp_path, book):
    result = checked(tmp_path, _SELF_EVALUATION, book)
    lines = {i.name: i.location.line for i in result.form.indicators}
    assert lines == {"统防统治面积": 6, "挽回粮食产量损失": 9, "种植户满意度": 11}
    (scored,) = [f for f in result.findings if f.rule == "EVAL-03"]  # 2.6 of ≥3.2 scored full marks
    assert scored.location.line == 9 and scored.message.startswith("第9行")


def test_written_exports_rows_on_their_names_lines(book):
    for number, lines in (("1112", {32, 42, 48, 53}), ("1172", {36, 38}), ("1203", {30, 44, 47, 51})):
        result = check_file(next(WRITTEN.glob(f"{number}_*")), book)
        assert lines <= {i.location.line for i in result.form.indicators}, number
