"""Session 24: mends of losses left from earlier blind sets. Each test fails on 0873ba4 (the session's first commit)
unless it says it guards what a mend must keep."""
from __future__ import annotations

from jxcheck.engine.check import check_file

from written_checks import written as _one


def _group(result, name: str) -> tuple[str, str]:
    row = next(i for i in result.form.indicators if i.name == name)
    return row.level1, row.level2


def test_a_page_s_last_cost_row_under_the_label_printed_on_the_next_page(book):
    """3016 (-layout): 送戏下乡演出经费 | ≤48万元, the last row of page 1 under no label, the 成本指标 | 经济成本指标
    label printed on page 2 (under the header again) where the middle of the whole merged cell falls: a cost, not a
    时效指标 row (no false BUD-09, BUD-10, DATE-01, VAL-12; no false 退回)."""
    result = check_file(_one("3016"), book)
    assert _group(result, "送戏下乡演出经费") == ("成本指标", "经济成本指标")
    assert not {"BUD-09", "BUD-10", "DATE-01", "VAL-12"} & {f.rule for f in result.findings}
    assert result.verdict != "退回"


def test_a_page_s_first_rows_go_on_with_the_group_its_label_printed_on_the_page_before(book):
    """2882 (-layout, a page number between the pages, no header again): 耕地保护…经费, 不动产登记经费,
    地质灾害防治经费 atop page 2 with no label, 成本指标 printed on the page-1 part of its cell: three cost rows, not
    a 效益指标 row with no 二级 — and the form's real BUD-09 (the costs 9.00万元 short of the tasks) is found."""
    result = check_file(_one("2882"), book)
    assert _group(result, "地质灾害防治经费") == ("成本指标", "经济成本指标")
    assert _group(result, "永久基本农田保护面积")[1] == "社会效益指标"
    assert "BUD-09" in {f.rule for f in result.findings}
    assert "FORM-03" not in {f.rule for f in result.findings}


def test_a_cell_a_line_copy_s_costs_under_the_header_printed_again(book):
    """2972 (a cell a line, the header again atop page 2): four 经费 rows before the 效益指标 | 社会效益指标 labels of
    page 2 go on with the 成本指标 of page 1 (no false BUD-09 and BUD-10 ×3; no false 退回)."""
    result = check_file(_one("2972"), book)
    assert _group(result, "人员及日常运转经费") == ("成本指标", "经济成本指标")
    assert _group(result, "全县A级景区接待游客人次") == ("效益指标", "社会效益指标")
    assert not {"BUD-09", "BUD-10"} & {f.rule for f in result.findings}
    assert result.verdict != "退回"


def test_rows_a_page_parts_from_their_label_keep_a_group_whose_label_each_page_prints(book):
    """Guards 1014 (-layout, the header again with （续）, each page printing the label in its part of the merged
    cell): the page-2 rows keep the labels printed on them (监测台站运维经费 under 成本指标 as its page prints)."""
    result = check_file(_one("1014"), book)
    assert _group(result, "地震科普宣传经费")[1] == "成本指标"


def test_a_copy_s_task_row_short_of_the_header_s_cells_read_in_the_template_s_order(book):
    """3062 (Foxit, single spaces): 地质灾害防治 | 开展…监测预警及 / 小型隐患点工程治理 | 140.00 | 140.00 | 0.00, a row
    that kept no empty cell: the name and the content, then the content's rest with the amounts — not a task named by
    its content with 0.00 (no false BUD-02 ×2, BUD-03; the real BUD-09, costs 20万元 short, found)."""
    result = check_file(_one("3062"), book)
    task = result.form.tasks[-1]
    assert (task.name, task.content) == ("地质灾害防治", "开展地质灾害隐患点巡查排查、监测预警及小型隐患点工程治理")
    assert str(task.budget.total) == "140.00"
    rules = {f.rule for f in result.findings}
    assert "BUD-09" in rules and not {"BUD-02", "BUD-03"} & rules


def test_a_line_with_no_number_and_no_amount_under_numbered_tasks_ends_the_content_above(book):
    """3046 (Edge): 3 | 退役士兵安置 | …发放自主就业 | 586.00 / 退役士兵地方一次性经济补助 — the content's rest, not a
    seventh task with no money (no false FORM-03)."""
    result = check_file(_one("3046"), book)
    assert len(result.form.tasks) == 6
    assert result.form.tasks[2].content.endswith("发放自主就业退役士兵地方一次性经济补助")
    assert "FORM-03" not in {f.rule for f in result.findings}


def test_a_cost_row_with_an_empty_value_between_two_whole_rows_is_judged(book):
    """3030 (Edge, empty cells dropped): 经济成本指标 | 示范区建设及培训费用 with no value, the row above and the row
    below each whole with its value: the form's own empty value (STR-06), not a copy's doubt."""
    result = check_file(_one("3030"), book)
    assert ("STR-06", 23) in {(f.rule, f.location.line) for f in result.findings}
    assert "FORM-03" not in {f.rule for f in result.findings}


def test_fewer_infected_sites_and_the_pupils_nutrition_are_no_rule_slips(book):
    """3031: 松材线虫病疫点乡镇数 ≤4个 is a bad thing counted (no VAL-04); 3058: 学生营养健康监测达标率 is the pupils'
    state, an effect (no VAL-11)."""
    assert "VAL-04" not in {f.rule for f in check_file(_one("3031"), book).findings}
    assert "VAL-11" not in {f.rule for f in check_file(_one("3058"), book).findings}


def test_names_then_values_with_a_label_among_the_names(book):
    """3060 (plain pdftotext, a part of the table given column by column): 管护高标准农田面积 / 数量指标 / 维修灌排渠道长度 /
    维修机耕道长度 / 修复损毁设施数量 / ≥12.6 / ≥85公里 / ≥42公里 / ≥320处, then 产出指标 / 质量指标 / two names /
    their two values: each name with the value in its place (no names joined into one, no false STR-06, TXT-02 ×2)."""
    result = check_file(_one("3060"), book)
    values = {i.name: i.raw for i in result.form.indicators}
    assert values["管护高标准农田面积"] == "≥12.6" and values["维修机耕道长度"] == "≥42公里"
    assert values["管护设施完好率"] == "≥90%" and values["维修工程验收合格率"] == "=100%"
    assert _group(result, "灌排渠道维修费用") == ("产出指标", "成本指标")
    assert _group(result, "受益农户数") == ("效益指标", "社会效益指标")
    rules = {(f.rule, f.location.line) for f in result.findings}
    assert ("VAL-02", 36) in rules and not {"STR-06", "TXT-02", "FORM-03"} & {r for r, _ in rules}


def test_a_funds_block_given_column_by_column_without_colons(book):
    """3060, 2324 (plain pdftotext): 项目资金（万元） / 资金总额 / 其中：中央财政资金 / 省级财政资金 / 县级财政资金 /
    150.00 / 0.00 / 90.00 / 50.00: each line with its amount — the sources 140 against 150 (BUD-01)."""
    result = check_file(_one("3060"), book)
    assert "BUD-01" in {f.rule for f in result.findings}
    assert str(result.form.meta.budget) == "150.00"


def test_a_converter_s_name_rest_alone_on_the_line_below_its_row(book):
    """3073, 3085 (WPS PDF-to-Word): 时效指标 | 高标准农田建设项目竣工验收 | 2027年3月底前 / | | 完成时间 | — the name's
    rest below its row, the row's other cells empty: one row (no false STR-06, no false 退回 on 3073)."""
    result = check_file(_one("3073"), book)
    assert "高标准农田建设项目竣工验收完成时间" in {i.name for i in result.form.indicators}
    assert len(result.form.indicators) == 12
    assert "STR-06" not in {f.rule for f in result.findings} and result.verdict != "退回"
    names = {i.name for i in check_file(_one("3085"), book).form.indicators}
    assert "重大公共卫生项目资金拨付及时率" in names and "及时率" not in names


def test_a_synonym_of_a_level_is_no_sign_of_a_cut(book):
    """3100 (-layout): 满意度指标 | 满意度指标 | 患者满意度 — an info STR-02 (synonym) read whole, no doubt of the row
    (no FORM-03 that would hide it and silence the whole-table rules)."""
    rules = {f.rule for f in check_file(_one("3100"), book).findings}
    assert "STR-02" in rules and "FORM-03" not in rules


def test_right_aligned_numbers_under_centred_labels_stay_in_their_columns(book):
    """3141 (-layout, 完成值 | 权重 | 得分 centred over numbers right-aligned in their cells): 100 ending where 权重
    begins is the 完成值, 10 ending where 得分 begins the 权重 (no false EVAL-05 ×6); 满意度指 | 服务对象满 above the row
    and 标 | 意度指标 below it are two whole labels (no false FORM-03): a clean form passes."""
    result = check_file(_one("3141"), book)
    row = next(i for i in result.form.indicators if i.name == "工程竣工验收合格率")
    assert (row.actual, str(row.weight), str(row.score)) == ("100", "10", "10")
    assert _group(result, "师生及家长满意度") == ("满意度指标", "服务对象满意度指标")
    assert not {"EVAL-05", "FORM-03"} & {f.rule for f in result.findings}
    assert result.verdict == "通过"


def test_a_level_s_weight_in_a_cell_of_its_own_beside_it(book):
    """3139 (WPS PDF-to-Word): | 产出指标 | (50分) | 数量指标 | 改造农村户厕数量 | ≥6000户 | …: the 一级's weight a
    converter put in a cell of its own, the row's cells one column right — one label, the row read (no false TXT-02,
    STR-07, VAL-11, EVAL-01, EVAL-02; no false 退回)."""
    result = check_file(_one("3139"), book)
    assert _group(result, "改造农村户厕数量") == ("产出指标(50分)", "数量指标")
    assert len(result.form.indicators) == 9
    assert not {"TXT-02", "STR-07", "EVAL-01", "EVAL-02"} & {f.rule for f in result.findings}
    assert result.verdict != "退回"


def test_numbered_task_rows_under_a_side_label_and_a_number_column(book):
    """3153 (Foxit): 年度主要任务 | 序号 | 任务名称 | 主要内容 | 预算金额 … over 1 | 机关运转保障 | … | 312.58 | 312.58 |
    0.00, no cell for the side label: each task's amounts in their columns (no false FORM-03 ×6)."""
    result = check_file(_one("3153"), book)
    assert [str(t.budget.total) for t in result.form.tasks] == ["312.58", "2860.00", "420.00", "35.00", "96.40"]
    assert "FORM-03" not in {f.rule for f in result.findings}


def test_a_level_s_weight_on_the_line_below_it_beside_a_row(book):
    """3160 (-layout): 效益指标 | 社会效益指标 | … / (30分) | 较大及以上事故起数 | …: the label's weight, no label of the
    row, which stays in 效益指标 (no false EVAL-01 ×2, VAL-09; no false 退回)."""
    result = check_file(_one("3160"), book)
    assert _group(result, "较大及以上事故起数") == ("效益指标(30分)", "社会效益指标")
    assert not {"EVAL-01", "VAL-09"} & {f.rule for f in result.findings}
    assert result.verdict != "退回"


def test_the_grade_and_the_sign_off_on_one_line_read_a_field_each(book):
    """3169 (Acrobat: 评价等级 优 填表人：杨绍华 联系电话：… 填报日期：2023年2月14日) and 3174 (converter, tabs, 单位负责人
    too): the grade, then each sign-off field — DATE-04 asks only for what is missing (3174: nothing)."""
    fields = dict(check_file(_one("3169"), book).form.meta.fields)
    assert fields["评价等级"] == "优" and fields["填报日期"] == "2023年2月14日"
    assert "DATE-04" not in {f.rule for f in check_file(_one("3174"), book).findings}


def test_continuing_and_lasting_phrases_under_a_lasting_effect(book):
    """3163: 草原禁牧和草畜平衡制度 | 持续落实 under 可持续影响指标 is a lasting effect said in words (no VAL-05)."""
    assert "VAL-05" not in {f.rule for f in check_file(_one("3163"), book).findings}


def test_task_rows_wrapped_in_a_copy_that_keeps_or_drops_empty_cells(book):
    """3182 (Foxit, a 序号 column): 3 | 动物疫病强制免疫 | …疫苗采购及 / 免疫劳务补助 | 132.50 | …: the content's rest with
    the amounts (no false FORM-03; BUD-10 names the task). 3196 (-layout): 送戏下乡及群众文化活 | … / 动 | | 40场: the
    name's and the content's ends, no amount (no false FORM-03: a clean form passes)."""
    tasks = check_file(_one("3182"), book).form.tasks
    assert (tasks[2].name, str(tasks[2].budget.total)) == ("动物疫病强制免疫", "132.50")
    result = check_file(_one("3196"), book)
    assert result.form.tasks[2].name == "送戏下乡及群众文化活动"
    assert result.form.tasks[2].content.endswith("群众文化活动40场")
    assert result.verdict == "通过"


def test_a_gain_s_row_with_no_value_before_the_next_group_s_labels_is_judged(book):
    """3135 (a cell a line): 经济效益指标 / 改造温室亩均年增收 / 效益指标 / 社会效益指标 / 带动…户数 / ≥120户 — the name
    whole (…增收), the next row's labels then its own value: the form's empty value (STR-06), no FORM-03."""
    rules = {(f.rule, f.location.line) for f in check_file(_one("3135"), book).findings}
    assert ("STR-06", 46) in rules and "FORM-03" not in {r for r, _ in rules}


def test_each_task_s_number_on_a_line_of_its_own(book):
    """3166 (Chrome, a run a line, no 序号 column): 1 / 机构正常运转 / … / 1120.45 / … / 2 / 公共文化服务 …: five tasks
    read (its real BUD-09 found); 1418 (a 序号 column) keeps reading each number as its cell."""
    result = check_file(_one("3166"), book)
    assert [t.name for t in result.form.tasks][:2] == ["机构正常运转", "公共文化服务"]
    assert "BUD-09" in {f.rule for f in result.findings}
    assert len(check_file(_one("1418"), book).form.tasks) >= 4


def test_a_subtotal_of_the_indicators_over_the_form_s_total(book):
    """3125 (四川: 合计 | 90 | 90 over 总分 | 100 | 99.8): the 总分 is the form's total, the 合计 the indicators' 90
    points (no false EVAL-01 and EVAL-02; no false 退回)."""
    result = check_file(_one("3125"), book)
    assert str(result.form.score_total.score) == "99.8"
    assert not {"EVAL-02"} & {f.rule for f in result.findings} and result.verdict != "退回"


def test_a_converter_s_value_label_split_in_two_cells(book):
    """3207 (WPS PDF-to-Word): 一级指标 | 二级指标 | 三级指标 | 指标 | 值 — the value column's label in two cells: one
    (no false STR-06 ×12, TXT-02 ×2; the real VAL-02 and VAL-06 found)."""
    result = check_file(_one("3207"), book)
    assert next(i for i in result.form.indicators if i.name == "覆盖行政村数量").raw == "≥238个"
    rules = {f.rule for f in result.findings}
    assert {"VAL-02", "VAL-06"} <= rules and not {"STR-06", "TXT-02"} & rules


def test_a_goal_s_item_numbers_are_no_figures(book):
    """3211: 1.保障…；2.完成120处…；3.55座小型水库安全度汛率100%；4.… — item 3's 55座, no 3.55座 (no false TXT-02:
    a clean form passes)."""
    result = check_file(_one("3211"), book)
    assert "TXT-02" not in {f.rule for f in result.findings} and result.verdict == "通过"


def test_a_level1_printed_below_its_first_rows_keeps_their_level2(book):
    """3233 (a cell a line): 数量指标 / 城乡低保保障人数 … / 产出指标（50分） / 特困人员… / 临时救助人次 …: the 一级 printed
    mid-group, the 数量指标 going on (no false FORM-03: a clean form passes)."""
    result = check_file(_one("3233"), book)
    assert _group(result, "临时救助人次")[1] == "数量指标"
    assert result.verdict == "通过"


def test_a_wrapped_task_name_s_last_line_is_no_head_of_the_total(book):
    """1952 (-layout): 基本公共卫生服务项 | … / 目（疾控部分） | 防控 / 金额合计 | 1592.35 …: the name's and the content's
    ends go up to their task, not down into the table's total (no false BUD-09)."""
    result = check_file(_one("1952"), book)
    assert result.form.tasks[-1].name == "基本公共卫生服务项目（疾控部分）"
    assert "BUD-09" not in {f.rule for f in result.findings}


def test_shorter_transport_and_a_per_site_allowance_are_no_slips(book):
    """3116: 沿线农产品运输时间缩短 under 经济效益 is money saved in carriage (no VAL-11); 3089: 每所配齐基本诊疗设备1套
    is a per-site allowance, the indicator's ≥24套 its total (no TXT-02)."""
    assert "VAL-11" not in {f.rule for f in check_file(_one("3116"), book).findings}
    assert "TXT-02" not in {f.rule for f in check_file(_one("3089"), book).findings}


def test_two_lines_of_the_funds_block_copied_onto_one(book):
    """3292 (Acrobat): 其中：财政拨款 450 450 441   其他资金 0 0 0 — two lines of the block, each read in its columns
    (no false FORM-03 and BUD-08: a clean form passes)."""
    result = check_file(_one("3292"), book)
    assert [f.label for f in result.form.funds][-2:] == ["财政拨款", "其他资金"]
    assert result.verdict == "通过"


def test_cost_in_the_level1_column_with_no_level2_of_its_own_is_output_s(book):
    """3281 (-layout, page 2 with no header again): 成本指标 in the 一级's column over three cost rows, no 经济成本指标
    anywhere, 产出指标's 数量/质量/时效 above: the older scheme's 二级 (no false FORM-03: a clean form passes)."""
    result = check_file(_one("3281"), book)
    assert _group(result, "项目总成本") == ("产出指标", "成本指标")
    assert result.verdict == "通过"


def test_a_name_s_rest_with_the_value_on_the_line_below(book):
    """3255 (Foxit): 可持续影响指标 残疾人康复服务 / 体系运行情况 长期稳定运行 — one row, called by its first line (no
    false FORM-03; ten indicators)."""
    result = check_file(_one("3255"), book)
    assert "残疾人康复服务体系运行情况" in {i.name for i in result.form.indicators}
    assert len(result.form.indicators) == 10 and "FORM-03" not in {f.rule for f in result.findings}


def test_a_page_s_cost_rows_under_a_header_printed_again_with_other_cells(book):
    """3336 (-layout: 年度绩效指标 beside page 1's rows, the header again on page 2 without it): 旅游宣传营销经费 |
    ≤520万元 and 文化惠民活动经费 below the page's one 时效 row go on with page 2's 成本指标 (no false BUD-09, BUD-10 ×2,
    DATE-01 ×2, VAL-12 ×2). 2718: 产出指标 beside a page's last rows spans their 二级s, the costs below it (its real
    STR-01 found, no FORM-03)."""
    result = check_file(_one("3336"), book)
    assert _group(result, "旅游宣传营销经费") == ("成本指标", "经济成本指标")
    assert not {"BUD-09", "BUD-10", "DATE-01", "VAL-12"} & {f.rule for f in result.findings}
    result = check_file(_one("2718"), book)
    assert _group(result, "森林资源管护经费")[1] == "成本指标"
    assert "FORM-03" not in {f.rule for f in result.findings}


def test_outbreaks_counted_are_bad_things_counted(book):
    """3327: 甲类传染病暴发流行起数 ≤0起 — fewer is better (no VAL-04)."""
    result = check_file(_one("3327"), book)
    assert "VAL-04" not in {f.rule for f in result.findings if f.location.line == 35}
