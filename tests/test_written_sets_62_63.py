"""What written sets 62 and 63 (judged at 8f2df68) showed, mended so far; each test fails on 8f2df68."""
from __future__ import annotations

from jxcheck.engine.values.parse import parse_value
from written_checks import checked as _form


def test_units_in_latin_letters_per_mass_and_volume():
    """1076: 土壤有机质含量 ≥20g/kg (a standard unit) was a false VAL-02."""
    for raw, unit in (("≥20g/kg", "克/千克"), ("≤50mg/L", "毫克/升"), ("≥5g", "克")):
        value = parse_value(raw)
        assert (value.unit, value.unit_kind != "unknown") == (unit, True), raw


def test_an_unemployment_rate_is_fewer_is_better(tmp_path, book):
    """1082, 1089: 城镇登记失业率 ≤3.5% was asked to be ≥ (a false VAL-04)."""
    body = ("部门整体支出绩效目标表\n部门名称\t某人社局\n年度\t2025年\n一级指标\t二级指标\t三级指标\t指标值\n"
            "产出指标\t数量指标\t城镇新增就业人数\t≥2000人\n效益指标\t社会效益指标\t城镇登记失业率\t≤3.5%\n"
            "满意度指标\t服务对象满意度指标\t办事群众满意度\t≥90%\n")
    assert "VAL-04" not in {f.rule for f in _form(tmp_path, body, book).findings}



def _rules_on(tmp_path, book, rows: str) -> set[str]:
    body = ("项目支出绩效目标表\n项目名称\t某项目\n实施单位\t某局\n年度\t2024年\n一级指标\t二级指标\t三级指标\t指标值\n" + rows +
            "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\n")
    return {f.rule for f in _form(tmp_path, body, book).findings}


def test_rule_vocabulary_seen_false_in_sets_60_to_63(tmp_path, book):
    """1097: 万基 (lamp poles) is a counted unit (a false VAL-02); 1098, 1099: 研发经费投入强度 and 农村网络零售额 are
    economic effects (false VAL-11s); 1053: a fund's 收支平衡率 ≥100% means no deficit (a false VAL-03); 1082: loans
    issued by a jobs bureau are its work, not money put in (a false VAL-12)."""
    assert parse_value("≥1.2万基").unit_kind == "count"
    assert "VAL-11" not in _rules_on(tmp_path, book, "效益指标\t经济效益指标\t全区研发经费投入强度\t≥2.5%\n"
                                                     "\t\t全区农村网络零售额\t≥12亿元\n")
    assert "VAL-03" not in _rules_on(tmp_path, book, "产出指标\t质量指标\t医保基金当期收支平衡率\t≥100%\n")
    assert "VAL-12" not in _rules_on(tmp_path, book, "产出指标\t数量指标\t发放创业担保贷款\t≥3000万元\n")
