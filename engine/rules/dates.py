"""Check kinds about dates and sign-off: the project period (DATE-03) and the sign-off fields (DATE-04)."""
from __future__ import annotations

import re

from typing import Iterator

from jxcheck.engine.findings import Problem, problem
from jxcheck.engine.model import Form, Indicator, Location
from jxcheck.engine.rules.kinds import check_kind
from jxcheck.engine.rules.predicates import Context
from jxcheck.engine.rules.rule import Rule
from jxcheck.engine.values.types import Deadline, PartialDate, Period


def _dates(item: Indicator) -> list:
    v = item.value
    return [v.date] if isinstance(v, Deadline) else [v.start, v.end] if isinstance(v, Period) else []


def _key(d) -> tuple[int, int, int]:
    return (d.year or 0, d.month or 0, d.day or 0)


def _end_key(d: PartialDate) -> tuple[int, int, int]:
    """The last day a period's end names (2025年: 2025-12-31)."""
    return (d.year or 0, d.month or 12, d.day or 31)


@check_kind("project_period", {"period", "year", "raw", "n", "name"})
def project_period(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """DATE-03: the 实施期 starts before it ends, holds the form's year, and holds every indicator date."""
    period = form.meta.period_value
    if period is None:
        return
    if not isinstance(period, Period):
        return
    start, end = period.start, period.end
    first_year = start.year
    if first_year is None:
        return
    if _key(start) > _key(end):
        yield problem(rule.id, Location(), case="reversed", period=form.meta.period, subject="项目实施期")
        return
    if form.meta.year and not (first_year <= form.meta.year <= (end.year or first_year)):
        yield problem(rule.id, Location(), case="year", year=form.meta.year, period=form.meta.period,
                      subject="项目实施期")
    one_year = form.meta.year is not None and first_year == (end.year or first_year) == form.meta.year
    for item in form.indicators:
        for d in _dates(item):
            if one_year and d.year is not None and d.year != form.meta.year:
                continue  # a period of the budget year alone: a date outside that year is DATE-02's (one defect, one finding)
            if d.year is not None and not (_key(start)[:2] <= _key(d)[:2] <= _end_key(end)[:2]):
                yield problem(rule.id, item.location, path=item.path, case="outside", raw=item.raw,
                              n=item.location.number(), name=item.name, period=form.meta.period,
                              subject=item.name)
                break


@check_kind("signoff", {"missing"}, params={"fields"})
def signoff(rule: Rule, form: Form, ctx: Context) -> Iterator[Problem]:
    """DATE-04: 填报日期, 填表人 and 单位负责人 are on the form and filled in."""
    fields = dict(form.meta.fields)
    for key, value in form.meta.fields:  # 单位负责人（签字）, 填表人(签名): the label with what is to be done there
        bare = re.sub(r"\s*[（(][^（()）]{1,6}[)）]\s*$", "", key)
        if bare != key and value.strip() and not (fields.get(bare) or "").strip():
            fields[bare] = value
    signed = next((d for k, v in form.meta.fields for d in (_signed_date(k, v),) if d), None)
    if signed:  # （盖章） | 2021年12月28日, or the date alone on the stamp's line below: the form dated, its label lost
        for label in rule.params.get("fields", {}):
            if "日期" in label and not (fields.get(label) or "").strip():
                fields[label] = signed
    missing = []
    for label, aliases in rule.params.get("fields", {}).items():
        values = [fields[a] for a in [label, *aliases] if a in fields]
        if not any(v.strip() and not _MARK.fullmatch(v.strip()) for v in values):  # 单位负责人：（盖章）: where to sign
            missing.append(label)
    if missing:
        yield problem(rule.id, Location(), subject="、".join(missing), missing="、".join(missing))


_DATE = re.compile(r"(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_STAMP = re.compile(r"[（(]?\s*(盖章|公章|印章|签章)\s*[)）]?")
_MARK = re.compile(r"[（(]\s*(单位)?(盖章|公章|印章|签章|签字|签名)\s*[)）]")  # the place to sign, printed, left blank (blind 5114, 5122)


def _signed_date(key: str, value: str) -> str | None:
    """The date a copy printed by the stamp with no label: a field that is a date alone, or the stamp's mark with a
    date beside it (blind 4635, 4693, 4695, 4697)."""
    if _DATE.fullmatch(key.strip()) and not value.strip():
        return key.strip()
    if _STAMP.fullmatch(key.strip()) and _DATE.fullmatch(value.strip()):
        return value.strip()
    return None


KINDS = (project_period, signoff)
