"""A copy's funds breakdown whose amounts came out under the wrong columns. A 部门整体 self-evaluation prints its
sources and uses side by side under the total line (按收入性质分 | 按支出性质分), each with fewer amounts than the
total has (其中：财政拨款 | 9120.00 | 9018.76 under 年初预算数 | 全年预算数 | 全年执行数); a copy gives no column, and the
reading puts them from the first column on, or under the block's side label. A reviewer lays them under the columns
where they add up to the total: where the lines of one role (the sources, or the uses) do not add up where they were
read and add up under exactly one run of the total's money columns, they are moved there."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from jxcheck.engine.model import FundLine
from jxcheck.engine.readers import labels

_TOLERANCE = Decimal("0.01")


def distinct(funds: list[FundLine]) -> list[FundLine]:
    """The funds lines without a source read twice, once as a field beside the header and once as a line of the block
    (当年财政拨款 | 186.00 and 其中：当年财政拨款 | 186.00, Foxit, 2604): the same source with the same amounts, kept once."""
    seen: set[tuple[str, str, tuple[tuple[str, Decimal | None], ...]]] = set()
    out = []
    for line in funds:
        key = (line.role, labels.FUND_PREFIX.sub("", labels.norm(line.label)), line.amounts)
        if line.role == "part" and any(amount is not None for _, amount in line.amounts) and key in seen:
            continue
        seen.add(key)
        out.append(line)
    return out


def fitted(funds: list[FundLine]) -> list[FundLine]:
    """The funds lines with each role's amounts under the columns where they add up to the total, where the reading
    put them where they do not (and the lines unchanged otherwise)."""
    totals = [line for line in funds if line.role == "total"]
    if len(totals) != 1:
        return funds
    total = totals[0]
    money = [(column, amount) for column, amount in total.amounts if amount is not None and not labels.NOT_MONEY.search(column)]
    if len(money) < 2:
        return funds
    moved: dict[int, FundLine] = {}
    for role in ("part", "use"):
        lines = [k for k, line in enumerate(funds) if line.role == role]
        if not lines or _adds_up(funds, lines, money):
            continue
        read = [[(column, amount) for column, amount in funds[k].amounts if amount is not None] for k in lines]
        widths = {len(amounts) for amounts in read}
        width = widths.pop() if len(widths) == 1 else 0
        if not 1 <= width <= len(money):
            continue
        fits = [start for start in range(len(money) - width + 1)
                if all(abs(sum((amounts[j][1] for amounts in read), Decimal(0)) - money[start + j][1]) <= _TOLERANCE
                       for j in range(width))]
        if len(fits) != 1:
            continue
        columns = [column for column, _ in money[fits[0]:fits[0] + width]]
        for k, amounts in zip(lines, read):
            texts = dict(funds[k].texts)
            moved[k] = replace(funds[k], amounts=tuple((c, a) for c, (_, a) in zip(columns, amounts)),
                               texts=tuple((c, texts.get(old, str(a))) for c, (old, a) in zip(columns, amounts)))
    return [moved.get(k, line) for k, line in enumerate(funds)] if moved else funds


def _adds_up(funds: list[FundLine], lines: list[int], money: list[tuple[str, Decimal]]) -> bool:
    """Whether the lines' amounts, where they were read, add up to the total in every money column they fill."""
    filled = False
    for column, amount in money:
        values = [dict(funds[k].amounts).get(column) for k in lines]
        if all(v is None for v in values):
            continue
        filled = True
        if abs(sum((v or Decimal(0) for v in values), Decimal(0)) - amount) > _TOLERANCE:
            return False
    return filled
