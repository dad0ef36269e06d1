"""TXT-02 on goal numbers that are no separate output: a single occasion (提供1次免费健康体检), a count whose indicator was
left without a value (STR-06's slip, said once), days counted as 个在校日. Written sets 110 and 108 (1573, 1652, 1789) each
had one such false TXT-02. Each test fails on 719b20c."""
from __future__ import annotations

from pathlib import Path

from jxcheck.engine.check import check_file

WRITTEN = Path(__file__).parent / "fixtures" / "written"


def _goal_numbers(path: Path, book) -> list[str]:
    return [f.message for f in check_file(path, book).findings if f.rule == "TXT-02"]


def test_a_single_occasion_is_no_output_to_count(book):
    """提供1次免费健康体检: one check-up a person, the year's count is the 42000人 indicator's."""
    assert _goal_numbers(WRITTEN / "1789_chenggu_laonianren_jiankang_tijian_ziping_2023.txt", book) == []


def test_a_goal_count_beside_its_indicator_left_empty_is_str06_s(book):
    """6800户农户受益 and 受益农户数 with no value: STR-06 says the slip, TXT-02 does not say it again."""
    findings = check_file(WRITTEN / "1652_chenggu_gaobiaozhun_nongtian_mubiao_2026.txt", book).findings
    assert [f.rule for f in findings if f.rule in ("STR-06", "TXT-02")] == ["STR-06"]


def test_a_goal_count_the_filled_indicator_does_not_match_is_still_said(book, tmp_path):
    """The same form with 受益农户数 ≥6000户: the goal's 6800户 is in no indicator (TXT-02 kept)."""
    lines = (WRITTEN / "1652_chenggu_gaobiaozhun_nongtian_mubiao_2026.txt").read_text(encoding="utf-8").split("\n")
    at = lines.index("受益农户数")
    lines.insert(at + 1, "≥6000户")
    path = tmp_path / "filled.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert any("6800户" in message for message in _goal_numbers(path, book))


def test_school_days_counted_with_ge_are_the_days_indicator(book):
    """全年按200个在校日计算 against 供餐天数 ≥200天: the 个 counts days."""
    assert _goal_numbers(WRITTEN / "1573_luyi_yingyang_gaishan_jihua_ziping_2022.csv", book) == []
