"""The canonical form: Form <-> plain dict (YAML/JSON), amounts as exact decimal strings."""
from __future__ import annotations

from dataclasses import asdict
from decimal import Decimal, InvalidOperation

from jxcheck.engine.model import Budget, Form, FormMeta, FundLine, Goal, Indicator, Location, ScoreTotal, Task

_LOCATION_KEYS = ("line", "sheet", "cell", "table", "row", "column")


def _dec(d: Decimal | None) -> str | None:
    return None if d is None else str(d)


def _location(loc: Location) -> dict:
    return {k: v for k, v in asdict(loc).items() if v is not None}


def _budget(b: Budget | None) -> dict | None:
    return None if b is None else {"total": _dec(b.total), "fiscal": _dec(b.fiscal), "other": _dec(b.other)}


def to_dict(form: Form) -> dict:
    """The form as read, in the shape of schemas/form.yaml."""
    m = form.meta
    return {
        "kind": m.kind, "department": m.department, "year": m.year, "title": m.title, "project": m.project,
        "money_unit": m.money_unit if m.money_unit_stated else None, "budget": _dec(m.budget), "budget_term": m.budget_term, "period": m.period, "partial": m.partial, "tail_cut": m.tail_cut, "copied": m.copied,
        "columns": [c.removeprefix("extra:") for c in m.columns if c],
        "fields": {k: v for k, v in m.fields},
        "field_locations": {k: _location(loc) for k, loc in form.places},
        "tasks": [{"name": t.name, "content": t.content, "budget": _budget(t.budget), "location": _location(t.location)}
                  for t in form.tasks],
        "total": _budget(form.total),
        "goals": [{"label": g.label, "text": g.text, "term": g.term, "location": _location(g.location)}
                  for g in form.goals],
        "indicators": [_indicator(i) for i in form.indicators],
        "empty_groups": [{"level1": a, "level2": b, "block": block, "location": _location(loc)}
                         for a, b, loc, block in form.empty_groups],
        **({"group_points": [{"block": block, "level1": a, "level2": b, "weight": _dec(w), "score": _dec(s)}
                             for block, a, b, w, s in form.group_points]} if form.group_points else {}),
        "funds": [{"label": f.label, "role": f.role, "amounts": {k: _dec(v) for k, v in f.amounts},
                   **({"printed": dict(f.texts)} if f.texts else {}), "location": _location(f.location)}
                  for f in form.funds],
        "score_total": _score_total(form.score_total),
        "unplaced": [{"content": content, "case": case, "location": _location(loc)}
                     for loc, content, case in form.unplaced],
    }


def _score_total(t: ScoreTotal | None) -> dict | None:
    if t is None:
        return None
    return {"label": t.label, "weight": _dec(t.weight), "score": _dec(t.score), "grade": t.grade,
            "location": _location(t.location)}


def _indicator(i: Indicator) -> dict:
    out: dict[str, object] = {"level1": i.level1, "level2": i.level2, "name": i.name, "value": i.raw}
    optional = {"nature": i.nature, "unit": i.unit_cell, "weight": _dec(i.weight), "actual": i.actual,
                "score": _dec(i.score), "reason": i.reason, "uncertain": i.uncertain}
    out.update({k: v for k, v in optional.items() if v is not None})
    if i.block != "年度":
        out["block"] = i.block
    if i.extras:
        out["extras"] = {k.removeprefix("extra:"): v for k, v in i.extras}
    out["location"] = _location(i.location)
    if i.name_location is not None:
        out["name_location"] = _location(i.name_location)
    if i.score_location is not None:
        out["score_location"] = _location(i.score_location)
    return out


def _amount(value: object) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value).replace(",", ""))
    except InvalidOperation:
        raise ValueError(f"金额“{value}”不是数字") from None
    if not number.is_finite():
        raise ValueError(f"金额“{value}”不是有限的数字")
    return number


def _loc(d: dict | None, fallback: int | None) -> Location:
    d = d or {}
    if not any(d.get(k) is not None for k in _LOCATION_KEYS):
        return Location(line=fallback)
    return Location(**{k: d.get(k) for k in _LOCATION_KEYS})


_FIELDS = ("level1", "level2", "name", "value", "nature", "unit", "weight", "actual", "score", "reason")


def _columns(doc: dict) -> tuple[str, ...]:
    """The indicator table's columns: as the document lists them, else as its rows imply them (a column
    whose every cell is empty appears in no row, yet the template has it: STR-10 asks for it)."""
    if doc.get("columns"):
        return tuple(c if c in _FIELDS else f"extra:{c}" for c in doc["columns"])
    rows = doc.get("indicators") or []
    optional = [c for c in ("nature", "unit") if any(c in i for i in rows)]
    extras = sorted({f"extra:{k}" for i in rows for k in (i.get("extras") or {})})
    return ("level1", "level2", "name", "value", *optional, *extras)


def _budget_from(d: dict | None) -> Budget | None:
    if d is None:
        return None
    return Budget(_amount(d.get("total")), _amount(d.get("fiscal")), _amount(d.get("other")))


def _task_budget(task: dict) -> Budget | None:
    """A task's amounts; `budget: null` says its table has no money column, a budget left out is an empty one."""
    if "budget" in task and task["budget"] is None:
        return None
    return _budget_from(task.get("budget")) or Budget()


def from_dict(doc: dict, lines: dict[tuple[str, int], int] | None = None) -> Form:
    """A Form from a validated canonical document; `lines` gives each list item's source line."""
    lines = lines or {}
    meta = FormMeta(kind=doc.get("kind"), department=doc.get("department"), year=doc.get("year"),
                    title=doc.get("title"), project=doc.get("project"), money_unit=doc.get("money_unit") or "万元",
                    money_unit_stated="money_unit" not in doc or doc["money_unit"] is not None,  # null: not printed
                    budget=_amount(doc.get("budget")), budget_term=bool(doc.get("budget_term")), period=doc.get("period"), partial=bool(doc.get("partial")), tail_cut=bool(doc.get("tail_cut")), copied=doc.get("copied"),
                    fields=tuple((str(k), "" if v is None else str(v)) for k, v in (doc.get("fields") or {}).items()),
                    columns=_columns(doc))
    tasks = tuple(Task(t["name"], t.get("content", ""), _task_budget(t),
                       _loc(t.get("location"), lines.get(("tasks", n)))) for n, t in enumerate(doc.get("tasks") or []))
    goals = tuple(Goal(g.get("label", ""), g["text"], g.get("term", "年度"), _loc(g.get("location"), lines.get(("goals", n))))
                  for n, g in enumerate(doc.get("goals") or []))
    indicators = tuple(
        Indicator(level1=i["level1"], level2=i["level2"], name=i["name"],
                  raw="" if i.get("value") is None else str(i.get("value")),
                  location=_loc(i.get("location"), lines.get(("indicators", n))), nature=i.get("nature"),
                  name_location=_loc(i["name_location"], None) if i.get("name_location") else None,
                  score_location=_loc(i["score_location"], None) if i.get("score_location") else None,
                  unit_cell=i.get("unit"), block=i.get("block", "年度"),
                  extras=tuple(("extra:" + str(k), str(v)) for k, v in (i.get("extras") or {}).items()),
                  weight=_amount(i.get("weight")), actual=i.get("actual"), score=_amount(i.get("score")),
                  reason=i.get("reason"), uncertain=i.get("uncertain"))
        for n, i in enumerate(doc.get("indicators") or []))
    empty = tuple((e["level1"], e["level2"], _loc(e.get("location"), None), e.get("block", "年度"))
                  for e in doc.get("empty_groups") or [])
    points = tuple((p.get("block", "年度"), p["level1"], p["level2"], _amount(p.get("weight")), _amount(p.get("score")))
                   for p in doc.get("group_points") or [])
    unplaced = tuple((_loc(u.get("location"), None), u.get("content", ""), u.get("case") or "")
                     for u in doc.get("unplaced") or [])
    funds = tuple(_fund(f, lines.get(("funds", n))) for n, f in enumerate(doc.get("funds") or []))
    return Form(meta=meta, tasks=tasks, goals=goals, indicators=indicators, total=_budget_from(doc.get("total")),
                empty_groups=empty, group_points=points, funds=funds, unplaced=unplaced,
                score_total=_score_total_from(doc.get("score_total"), lines.get(("score_total", 0))),
                places=tuple((str(k), _loc(v, None)) for k, v in (doc.get("field_locations") or {}).items()))


def _fund(f: dict, line: int | None) -> FundLine:
    """A funds line: its amounts, and its cells as printed (a rate, a score: 98%, 9.8) where the document
    gives them; a printed cell that is a plain amount is its amount too."""
    printed = {str(k): "" if v is None else str(v) for k, v in (f.get("printed") or {}).items()}
    amounts = {str(k): _amount(v) for k, v in (f.get("amounts") or {}).items()}
    for key, text in printed.items():
        if key not in amounts:
            try:
                amounts[key] = _amount(text)
            except ValueError:
                amounts[key] = None  # a rate (98%) is no amount
    texts = printed or {k: "" if v is None else str(v) for k, v in amounts.items()}
    return FundLine(f["label"], f.get("role", "part"), tuple(amounts.items()), _loc(f.get("location"), line),
                    tuple(texts.items()))


def _score_total_from(d: dict | None, line: int | None) -> ScoreTotal | None:
    if not d:
        return None
    return ScoreTotal(label=str(d.get("label") or "总分"), weight=_amount(d.get("weight")), score=_amount(d.get("score")),
                      grade=d.get("grade"), location=_loc(d.get("location"), line))
