"""What a check kind is: the algorithm a rule file names in `check: {kind: …}`, with the template
values its problems carry, the parameters it reads and the scopes it can work on. The registry
(registry.py) lists the kinds explicitly; nothing registers itself by being imported."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from jxcheck.engine.bilingual import Msg
from jxcheck.engine.findings import Problem
from jxcheck.engine.model import Form
from jxcheck.engine.rules.context import Context
from jxcheck.engine.rules.rule import Rule

Check = Callable[[Rule, Form, Context], Iterable[Problem]]

# The template values every per-item problem carries (items.item_values).
ITEM_VALUES = frozenset({"n", "name", "name_or_empty", "money_unit", "year", "level1", "level2", "raw", "unit",
                         "written_unit", "in_form_unit", "op", "number", "notes", "error_note", "task", "total"})
SCOPES = ("form", "indicator", "task")


@dataclass(frozen=True)
class CheckKind:
    name: str
    run: Check
    provides: frozenset[str]  # the {placeholders} its problems fill
    params: frozenset[str]  # the `check:` parameters it reads
    scopes: tuple[str, ...]  # the rule scopes it works on
    validate: Callable[[dict], list[Msg]] | None = None  # mistakes in its parameters, found when rules load

    def __call__(self, rule: Rule, form: Form, ctx: Context) -> Iterable[Problem]:
        return self.run(rule, form, ctx)


def check_kind(name: str, provides: Iterable[str] = (), per_item: bool = False, params: Iterable[str] = (),
               scopes: tuple[str, ...] = ("form",), validate: Callable[[dict], list[Msg]] | None = None
               ) -> Callable[[Check], CheckKind]:
    """Make a function a check kind (a module lists its kinds in KINDS; registry.py lists the modules)."""
    def make(fn: Check) -> CheckKind:
        return CheckKind(name, fn, frozenset(provides) | (ITEM_VALUES if per_item else frozenset()),
                         frozenset(params), scopes, validate)
    return make


# A reader's problems (FORM-01…05) are stamped with these values; no check runs for them.
READER = CheckKind("reader", lambda rule, form, ctx: (), frozenset({"reason", "content", "missing", "missing_en", "rule", "n", "lines", "skipped", "skipped_en"}),
                   frozenset(), ("form",))
