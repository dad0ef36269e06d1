"""A self-evaluation's closing 总分 row: the weights' total, the total score and the grade, as printed.
Read by the table's columns where the row keeps them (总分 | | | 100 | | 96), else in order (总分 | 100 | 96 | 优:
the weights' total, then the score; a label that names a score, 自评得分 | 98, holds the score alone)."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from jxcheck.engine.model import ScoreTotal
from jxcheck.engine.readers import labels
from jxcheck.engine.readers.text import Row

GRADE = re.compile(r"^(优秀?|良好?|中等?|差|合格|不合格|较好|一般)$")
_SCORE_LABEL = re.compile(r"得分|自评分|评分")
_WEIGHTS_LABEL = re.compile(r"^(合计|总计|分值合计|指标合计|合计分值)$")
_NUMBER = re.compile(r"^(\d+(?:\.\d+)?)\s*分?$")


def number(text: str) -> Decimal | None:
    """A score or weight as printed (96, 96.5, 96分); None for anything else."""
    found = _NUMBER.match(text.strip())
    try:
        return Decimal(found.group(1)) if found else None
    except InvalidOperation:
        return None


def read(row: Row, roles: dict[int, str]) -> ScoreTotal | None:
    """The 总分 row under an indicator table whose columns have `roles` (row position -> weight, score …)."""
    texts = list(row.texts)
    at = next((k for k, t in enumerate(texts) if t), None)
    if at is None:
        return None
    label = labels.norm(texts[at])
    cells = [(k, t) for k, t in enumerate(texts) if k > at and t]
    grade = next((t for _, t in cells if GRADE.match(t)), None)
    numbers = [(k, n) for k, t in cells if (n := number(t)) is not None]
    by_role = {roles.get(k): n for k, n in numbers if roles.get(k) in ("weight", "score")}
    if len(by_role) == 1 and len(numbers) == 2 and numbers[1][0] == numbers[0][0] + 1:
        by_role = {"weight": numbers[0][1], "score": numbers[1][1]}  # 总分 | … | 100 | 99.40 a cell off its columns
    if len(numbers) == 1 and set(by_role) == {"weight"} and "score" in roles.values() and not _WEIGHTS_LABEL.match(label) \
            and numbers[0][1] != numbers[0][1].to_integral_value():
        by_role = {"score": numbers[0][1]}  # 总分 | … | 99.9 set a column left: a figure with a fraction is no weights' total
    if by_role:
        weight, score = by_role.get("weight"), by_role.get("score")
    elif _SCORE_LABEL.search(label) and numbers:
        weight, score = None, numbers[0][1]
    elif len(numbers) >= 2:
        weight, score = numbers[0][1], numbers[1][1]
    elif numbers:  # one figure: a 总分 is the score (where the table scores), a 合计 the weights' total
        scored = "score" in roles.values() and not _WEIGHTS_LABEL.match(label)
        weight, score = (None, numbers[0][1]) if scored else (numbers[0][1], None)
    else:
        weight = score = None
    if weight is None and score is None and grade is None:
        return None
    return ScoreTotal(label=label, weight=weight, score=score, grade=grade, location=row.location)
