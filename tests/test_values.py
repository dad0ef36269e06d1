"""The indicator-value grammar: a table of real values, and properties over any string."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings, strategies as st

from jxcheck.engine.values.parse import parse_parts, parse_value
from jxcheck.engine.values.render import render
from jxcheck.engine.values.types import to_json

TABLE = yaml.safe_load((Path(__file__).parent / "fixtures" / "values.yaml").read_text(encoding="utf-8"))
KEYS = ("kind", "op", "number", "unit", "unit_kind", "wan", "low", "high", "date", "bound", "start", "end")


def _parse(row: dict) -> dict:
    if "nature" in row or "unit_cell" in row:
        return to_json(parse_parts(row.get("nature"), row["text"], row.get("unit_cell")))
    return to_json(parse_value(row["text"]))


def test_table_is_large_and_real():
    real = [r for r in TABLE if r.get("source") != "synthetic"]
    assert len(TABLE) >= 200 and len(real) >= 140


@pytest.mark.parametrize("row", TABLE, ids=lambda r: r["text"] or "<empty>")
def test_value_table(row):
    got = _parse(row)
    expected = {k: row.get(k) for k in KEYS if k in row or got.get(k) is not None}
    assert {k: got.get(k) for k in expected} == expected


def test_real_values_are_not_invalid_unless_reviewed():
    for row in TABLE:
        if row.get("source") != "synthetic" and _parse(row)["kind"] == "invalid":
            assert row["kind"] == "invalid" and row.get("why"), row["text"]


@pytest.mark.parametrize("text, reason", [("≥", "只有比较符，缺少数值"), ("≥%", "比较符后缺少数值")])
def test_invalid_reason_and_position(text, reason):
    value = parse_value(text)
    assert (value.kind, value.reason, value.position) == ("invalid", reason, 1)


def test_split_columns_contradiction_noted():
    value = parse_parts("定量", "28.8万元", "%")
    assert any("不一致" in n for n in value.notes)


def test_money_is_exact():
    assert str(parse_value("≤144000元").wan) == "14.4000"
    assert to_json(parse_value("≤144000元"))["wan"] == "14.4"
    assert to_json(parse_value("≤1.5亿元"))["wan"] == "15000"
    assert to_json(parse_value("﹦72890元"))["wan"] == "7.289"


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=30))
def test_never_raises_on_any_string(text):
    value = parse_value(text)
    assert value.kind in {"quantity", "range", "deadline", "period", "qualitative", "missing", "invalid"}


_VALUE_ALPHABET = st.sampled_from(list("0123456789.,%≥≤=<>～-年月日前底人次万元个项天") + ["以上", "以内", "不低于"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_VALUE_ALPHABET, max_size=12).map("".join))
def test_never_raises_on_value_like_strings(text):
    parse_value(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(
    st.builds(lambda op, n, u: f"{op}{n}{u}", st.sampled_from(["", "≥", "≤", "=", ">", "<"]),
              st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False),
              st.sampled_from(["", "%", "人", "万元", "元", "元/人·天", "平方米", "个工作日"])),
    st.builds(lambda a, b, u: f"{a}-{b}{u}", st.integers(0, 999), st.integers(0, 999), st.sampled_from(["%", "人"])),
    st.builds(lambda y, m, d: f"{y}年{m}月{d}日前", st.integers(2000, 2099), st.integers(1, 12), st.integers(1, 28)),
    st.builds(lambda m: f"{m}月底前", st.integers(1, 12)),
))
def test_render_reads_the_same(text):
    value = parse_value(text)
    again = parse_value(render(value))
    strip = lambda d: {k: v for k, v in d.items() if k not in ("text", "notes")}  # noqa: E731
    assert strip(to_json(again)) == strip(to_json(value))


# -- the fast paths (grammar guards, the plain quantity) read exactly as the full grammar does -----------
def _both(text: str) -> None:
    from jxcheck.engine.values.parse import _parse as parse
    assert parse(text, guarded=True) == parse(text, guarded=False), text


def test_fast_paths_agree_on_every_known_value():
    from jxcheck.engine.readers import read
    from conftest import FORMS
    texts = {row["text"] for row in TABLE}
    for path in FORMS.glob("*.txt"):
        form = read(path).form
        texts |= {i.raw for i in form.indicators} if form else set()
    for text in sorted(texts):
        _both(text)


_PIECES = st.sampled_from(
    ["", "≥", "≤", "=", ">", "<", ">=", "<=", "==", "不低于", "约", "每年", "±", "第四季度", "上半年", "年内"]
    + list("0123456789") + ["12.5", "1,200", "95", "100", "2022", "2023.07", "三", "十二", "百分之"]
    + ["%", "‰", "人", "人次", "万元", "万", "元", "元/人.天", "元/人·天", "个", "项", "天", "个工作日", "平方米", "公里",
       "次/年", "户", "年", "月", "日", "月底", "年底", "前", "内", "以内", "以上", "及以上", "以下", "左右", "完成", "到位",
       "合格", "达标", "覆盖", "-", "~", "至", "到", "—", "(", ")", "（含）", "【注】", " ", ".", "/", "·", "x",
       "提高", "较上年", "台套", "座", "件"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=6).map("".join))
def test_fast_paths_agree_on_value_like_strings(text):
    _both(text)


def test_an_amount_with_a_year_like_figure_is_no_dotted_date():
    """1936.3万元 (a 完成值 beside ≤2105.6万元, blind 5902) is money, not March 1936; 2023.12前 and 2024.12 stay dates."""
    assert parse_value("1936.3万元").kind == "quantity" and parse_value("1936.3万元").unit == "万元"
    assert parse_value("2023.7人").kind == "quantity"
    assert parse_value("2023.12前").kind == "deadline" and parse_value("2024.12").kind == "deadline"


def test_a_recurring_deadline_with_what_is_done_by_it():
    """每季度末前完成, 每月10日前发放 (blind 6043): a recurring deadline and the thing done by it — a deadline checked at
    the year's last one, not words (a false DATE-01)."""
    assert parse_value("每季度末前完成").kind == "deadline" and parse_value("每月10日前发放").kind == "deadline"


def test_a_quarter_written_short_in_a_recurring_deadline():
    """每季末月25日前 (blind 6549): 季 for 季度 — a deadline checked at the year's last quarter, no DATE-01."""
    value = parse_value("每季末月25日前")
    assert value.kind == "deadline" and (value.date.month, value.date.day) == (12, 25)


def test_a_quarter_written_short_in_a_quarters_month_end():
    """每季首月底前: 季 for 季度 in a month-end deadline too — the year's last quarter's first month, October."""
    value = parse_value("每季首月底前")
    assert value.kind == "deadline" and (value.date.month, value.date.day) == (10, 31)
