"""A self-evaluation row's own scoring rule, where the form prints one (评分标准 | 完成目标值得满分,每少1家扣0.5分):
the scores it allows, so that EVAL-03 judges the row by the rule its form sets rather than by the proportional
formula. A rule the reader cannot follow is not judged at all."""
from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from jxcheck.engine.model import Indicator

_RULE_COLUMN = re.compile(r"^extra:.{0,4}(评|扣|计)[(（]?[扣评]?[)）]?分(标准|规则|方法|办法|依据)")
# 每少1家扣0.5分, 每少完成5%扣1分, 每低1个百分点扣1分, 每超1人扣3分, 每降低1个百分点扣1分
_STEP = re.compile(r"每(?P<way>少完成|少|低于?|降低|下降|减少|超过?|超出|多|增加|高于?|延迟|延误|推迟|逾期)\s*(?P<step>\d+(?:\.\d+)?)\s*"
                   r"(?P<unit>个百分点|%|％)?[^，,。；;扣\d]{0,6}扣\s*(?P<points>\d+(?:\.\d+)?)\s*分")
_OVER = ("超", "超过", "超出", "多", "增加", "高", "高于", "延迟", "延误", "推迟", "逾期")


def rule_text(i: Indicator) -> str | None:
    """The row's printed scoring rule, when it deducts points (扣…分)."""
    text = next((v for k, v in i.extras if _RULE_COLUMN.match(k) and "扣" in v), None)
    return text.strip() if text else None


def allowed(text: str, weight: Decimal, target: Decimal, actual: Decimal, percent: bool) -> list[Decimal] | None:
    """The scores the printed rule gives for this completion: whole steps counted down and up, and the exact
    proportion (a form may read 每少1家 either way); None when the rule's words cannot be followed."""
    step = _STEP.search(text)
    if step is None or not target:
        return None
    over = step.group("way") in _OVER
    gap = (actual - target) if over else (target - actual)
    if gap <= 0:
        return [weight]
    size, points = Decimal(step.group("step")), Decimal(step.group("points"))
    if step.group("unit") in ("%", "％") and not percent:
        gap = gap / target * 100  # 每少完成5%: a share of a counted target
    if not size:
        return None
    steps = gap / size
    counts = {steps.to_integral_value(ROUND_FLOOR), steps.to_integral_value(ROUND_CEILING), steps}
    return sorted({max(Decimal(0), weight - n * points) for n in counts})
