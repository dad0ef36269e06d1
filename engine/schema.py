"""Cerberus schemas from schemas/*.yaml, and their errors as one readable line each."""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml
from cerberus import Validator

from jxcheck.engine.bilingual import Msg, join


class DuplicateKey(yaml.YAMLError):
    """A key written twice in one mapping: YAML keeps the last silently, so half a rule would vanish."""

    def __init__(self, key: object, mark: yaml.Mark) -> None:
        super().__init__(f"duplicate key {key}")
        self.problem, self.problem_mark, self.key = f"duplicate key “{key}”", mark, key


class SafeLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]  # libyaml: ~10x faster
    """The safe loader, refusing a key written twice in one mapping."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise DuplicateKey(key, key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def load_yaml(text: str) -> object:
    return yaml.load(text, Loader=SafeLoader)


class SchemaError(Exception):
    """A data file (rules, profile, config, waivers, a canonical form) is wrong; the message names the file
    and the key, in both languages."""

    def __init__(self, message: Msg | str) -> None:
        self.msg = message if isinstance(message, Msg) else Msg(message, message)
        super().__init__(self.msg.zh)

    def say(self, lang: str) -> str:
        return self.msg.say(lang)


_TYPES = {"NoneType": ("空文件", "an empty file"), "list": ("列表", "a list"), "str": ("一段文字", "a text"),
          "int": ("数字", "a number"), "float": ("数字", "a number"), "bool": ("是/否", "a yes/no value")}


def read_yaml(text: str, source: str) -> object:
    """YAML text as data; a syntax error is one line naming the file and where (PyYAML's own text is English
    and several lines long: only its first phrase is kept, in the English message)."""
    try:
        return load_yaml(text)
    except ValueError as exc:  # a value YAML reads but Python cannot build, such as the date 2023-02-30
        raise SchemaError(Msg(f"{source}：YAML中的值无效（{exc}）", f"{source}: an invalid value in the YAML ({exc})")) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = Msg(f"（第{mark.line + 1}行第{mark.column + 1}列附近）", f" near line {mark.line + 1}, column {mark.column + 1}") \
            if mark else Msg("", "")
        problem = str(getattr(exc, "problem", "") or "").splitlines()[0:1]
        if isinstance(exc, DuplicateKey):
            raise SchemaError(Msg(f"{source}：键“{exc.key}”重复", f"{source}: the key “{exc.key}” is written twice")
                              + where) from None
        raise SchemaError(Msg(f"{source}：YAML格式错误", f"{source}: YAML syntax error") + where
                          + Msg("", f" ({problem[0]})" if problem else "")) from None


@lru_cache(maxsize=None)
def schema(name: str) -> dict:
    text = resources.files("jxcheck.schemas").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    doc = load_yaml(text)
    assert isinstance(doc, dict), name
    return doc


def validate(name: str, document: object, source: str) -> dict:
    """Validate a document against schemas/<name>.yaml; return it normalised or raise SchemaError."""
    if not isinstance(document, dict):
        zh, en = _TYPES.get(type(document).__name__, ("其他内容", "something else"))
        raise SchemaError(Msg(f"{source}：内容应为键值表（YAML映射），实际为{zh}",
                              f"{source}: the content should be a YAML mapping, not {en}"))
    validator = Validator(schema(name))
    if not validator.validate(document):
        raise SchemaError(join((f"{source}：" + line for line in flatten(validator.errors, document)), "; ", "; "))
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


def _said(message: str) -> Msg:
    return Msg(chinese(message), message)


def flatten(errors: dict, document: object, path: Msg | str = "") -> list[Msg]:
    """Cerberus' nested errors as 'rule STR-06 › severity: unallowed value …' lines."""
    lines: list[Msg] = []
    for key, items in errors.items():
        here = _step(path, key, document)
        sub = document[key] if isinstance(document, (list, dict)) and _has(document, key) else None
        for item in items:
            if isinstance(item, dict):
                lines.extend(flatten(item, sub, here))
            else:
                lines.append(here + Msg("：", ": ") + _said(item))
    return lines


def _has(document: object, key: object) -> bool:
    if isinstance(document, dict):
        return key in document
    return isinstance(key, int) and isinstance(document, list) and 0 <= key < len(document)


def _step(path: Msg | str, key: object, document: object) -> Msg:
    if isinstance(key, int) and isinstance(document, list) and _has(document, key):
        item = document[key]
        ident = item.get("id") if isinstance(item, dict) else None
        label = Msg(f"规则 {ident}", f"rule {ident}") if ident else Msg(f"第{key + 1}项", f"item {key + 1}")
    else:
        label = Msg(str(key), str(key))
    return path + " › " + label if path else label
