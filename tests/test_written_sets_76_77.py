"""Written sets 76 (PDF copies) and 77 (office files and typed text), blind, judged at 6dbbfaa: set 77 read every
row and gave no false finding; set 76's false findings, mended. Each test fails on 6dbbfaa."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file
from jxcheck.engine.readers import text
from written_checks import checked, rules_of

WRITTEN = Path(__file__).parent / "fixtures" / "written"


def _tabbed(tmp_path, book, rows: str):
    body = ("项目支出绩效目标表\n（2024年度）\n项目名称\t压沙造林\n主管部门\t某县林业和草原局\n"
            "年度绩效目标\t完成压沙造林2.6万亩，管护公益林41万亩，\n保障职工92人。\n"
            "一级指标\t二级指标\t三级指标\t指标值\n" + rows +
            "满意度指标\t服务对象满意度指标\t林农满意度\t≥90%\n")
    return checked(tmp_path, body, book)


def test_a_value_a_converter_split_from_its_unit(tmp_path, book):
    """Written 1291 (WPS PDF-to-Word): 完成压沙造林面积 | ≥2.6 | 万亩 — one cell split in two, read as a value with
    no unit (a false VAL-02 error that sent a correct form back)."""
    result = check_file(next(WRITTEN.glob("1291_*")), book)
    assert result.form.meta.copied == text.COPY_WORD
    assert ("完成压沙造林面积", "≥2.6万亩") in [(i.name, i.raw) for i in result.form.indicators]
    assert "VAL-02" not in rules_of(result)


def test_a_side_labels_weight_or_open_bracket_for_a_name_is_a_cut(book):
    """Written 1292 (pdftotext -layout): 效益指标（ read as a name, the row's cells a column off (false EVAL-05,
    VAL-05); 1289 (Chrome): （10分） read as a row under 满意度 (a false VAL-09)."""
    assert not {"EVAL-05", "VAL-05"} & {f.rule for f in check_file(next(WRITTEN.glob("1292_*")), book).findings
                                        if f.location.line == 39}
    assert ("VAL-09", 141) not in {(f.rule, f.location.line) for f in check_file(next(WRITTEN.glob("1289_*")),
                                                                                  book).findings}


def test_a_funds_total_read_a_column_off_is_not_judged_by_its_amounts(book):
    """Written 1296 (Edge): 项目资金（ | 年度资金总额 | 520.00 … — the block's side label in the first cell, each
    amount a column to the right: 508.30 read as the rate (a false BUD-06 error)."""
    assert "BUD-06" not in rules_of(check_file(next(WRITTEN.glob("1296_*")), book))


def test_words_of_set_76(tmp_path, book):
    """拆除违规设置广告牌匾 ≥320处: removals counted (VAL-04); 学生贫血检出率 ≤8%: fewer is better; 朱鹮野外繁殖巢数 |
    ≥56巢: a species' nests are ecological (VAL-11) and 巢 a unit (VAL-02); 维护旅游标识标牌 ≥160块 counts objects
    (TXT-03)."""
    def found(level2: str, name: str, value: str) -> list[str]:
        return rules_of(_tabbed(tmp_path, book, f"产出指标\t数量指标\t保障在职职工人数\t=92人\n效益指标\t{level2}\t{name}\t{value}\n"))
    assert "VAL-04" not in found("社会效益指标", "拆除违规设置广告牌匾", "≥320处")
    assert "VAL-04" not in found("社会效益指标", "学生贫血检出率", "≤8%")
    assert not {"VAL-11", "VAL-02"} & set(found("生态效益指标", "朱鹮野外繁殖巢数", "≥56巢"))
    assert "TXT-03" not in found("社会效益指标", "维护旅游标识标牌", "≥160块")
