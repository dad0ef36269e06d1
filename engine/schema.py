"""Cerberus schemas from schemas/*.yaml, and their errors as one readable line each."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml
from cerberus import Validator


SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it: ~10x faster


def load_yaml(text: str) -> object:
    return yaml.load(text, Loader=SafeLoader)


class SchemaError(Exception):
    """A data file does not match its schema; the message names the file and the key."""


@lru_cache(maxsize=None)
def schema(name: str) -> dict:
    text = resources.files("jxcheck.schemas").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    doc = load_yaml(text)
    assert isinstance(doc, dict), name
    return doc


def validate(name: str, document: object, source: str) -> dict:
    """Validate a document against schemas/<name>.yaml; return it normalised or raise SchemaError."""
    if not isinstance(document, dict):
        raise SchemaError(f"{source}：内容应为键值表（YAML映射），实际为{type(document).__name__}")
    validator = Validator(schema(name))
    if not validator.validate(document):
        raise SchemaError("; ".join(f"{source}：{line}" for line in flatten(validator.errors, document)))
    return validator.document


_ZH = ((r"^required field$", "缺少必填项"), (r"^unknown field$", "未知的键"), (r"^null value not allowed$", "不能为空"),
       (r"^empty values not allowed$", "不能为空"), (r"^must be of (.+) type$", r"类型应为\1"),
       (r"^unallowed value (.+)$", r"不允许的值\1"), (r"^min value is (.+)$", r"最小值为\1"),
       (r"^max value is (.+)$", r"最大值为\1"), (r"^value does not match regex '(.+)'$", r"格式不符（应匹配 \1）"))


def chinese(message: str) -> str:
    """Cerberus' common messages in Chinese; others as they are."""
    for pattern, replacement in _ZH:
        if re.match(pattern, message):
            return re.sub(pattern, replacement, message)
    return message


def flatten(errors: dict, document: object, path: str = "") -> list[str]:
    """Cerberus' nested errors as 'rule STR-06 › severity: unallowed value …' lines."""
    lines: list[str] = []
    for key, items in errors.items():
        here = _step(path, key, document)
        sub = document[key] if isinstance(document, (list, dict)) and _has(document, key) else None
        for item in items:
            if isinstance(item, dict):
                lines.extend(flatten(item, sub, here))
            else:
                lines.append(f"{here}：{chinese(item)}")
    return lines


def _has(document: object, key: object) -> bool:
    if isinstance(document, dict):
        return key in document
    return isinstance(key, int) and isinstance(document, list) and 0 <= key < len(document)


def _step(path: str, key: object, document: object) -> str:
    if isinstance(key, int) and isinstance(document, list) and _has(document, key):
        item = document[key]
        ident = item.get("id") if isinstance(item, dict) else None
        label = f"规则 {ident}" if ident else f"第{key + 1}项"
        return f"{path} › {label}" if path else label
    return f"{path} › {key}" if path else str(key)
