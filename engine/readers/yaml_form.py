"""Reader for the canonical form (YAML or JSON), validated by schemas/form.yaml."""
from __future__ import annotations

from pathlib import Path

import yaml

from jxcheck.engine import form_dict
from jxcheck.engine.findings import problem
from jxcheck.engine.readers.result import ReadResult
from jxcheck.engine.readers.text import Unreadable, decode
from jxcheck.engine.schema import SafeLoader, SchemaError, load_yaml, validate


def _item_lines(root: yaml.Node) -> dict[tuple[str, int], int]:
    """The 1-based source line of each item of the tasks/goals/indicators lists."""
    lines: dict[tuple[str, int], int] = {}
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if isinstance(value, yaml.SequenceNode):
                for n, item in enumerate(value.value):
                    lines[(key.value, n)] = item.start_mark.line + 1
    return lines


def read(path: Path) -> ReadResult:
    text = decode(path.read_bytes())
    try:
        root = yaml.compose(text, Loader=SafeLoader)
        doc = load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise Unreadable(f"YAML/JSON格式错误{'（第%d行）' % (mark.line + 1) if mark else ''}") from None
    if doc is None:
        return ReadResult(None, [problem("FORM-02")])
    if not isinstance(doc, dict) or "indicators" not in doc:
        return ReadResult(None, [problem("FORM-02")])
    try:
        doc = validate("form", doc, path.name)
        form = form_dict.from_dict(doc, _item_lines(root) if root is not None else {})
    except (SchemaError, ValueError) as exc:
        raise Unreadable(f"不符合规范表格式：{exc}") from None
    unplaced = [problem("FORM-03", loc, n=loc.number(), content=content, case=case or None)
                for loc, content, case in form.unplaced]
    return ReadResult(form, unplaced)
