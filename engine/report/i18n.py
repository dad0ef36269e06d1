"""User-facing words of the reports, Chinese first, English with --lang en."""
from __future__ import annotations

from jxcheck.engine.findings import Severity
from jxcheck.engine.model import Location

_WORDS = {
    "severity": ("级别", "Severity"), "rule": ("规则", "Rule"), "location": ("位置", "Location"),
    "subject": ("指标", "Indicator"), "message": ("问题", "Problem"), "expected": ("期望", "Expected"),
    "actual": ("实际", "Actual"),
    Severity.ERROR: ("错误", "error"), Severity.WARNING: ("警告", "warning"), Severity.INFO: ("提示", "info"),
    "通过": ("通过", "pass"), "修改后通过": ("修改后通过", "pass after changes"), "退回": ("退回", "return"),
    "no_findings": ("未发现问题。", "No findings."),
    "verdict": ("结论", "Verdict"),
}


def word(key: object, lang: str) -> str:
    zh, en = _WORDS[key]
    return en if lang == "en" else zh


def place(loc: Location, lang: str) -> str:
    """A location as a reviewer names it: 第110行, Sheet1!E84, 表1 第3行第4列."""
    if loc.sheet or loc.cell:
        return f"{loc.sheet}!{loc.cell}" if loc.sheet else str(loc.cell)
    if loc.table is not None:
        if lang == "en":
            return f"table {loc.table} row {loc.row} col {loc.column}"
        return f"表{loc.table} 第{loc.row}行第{loc.column}列"
    if loc.line is not None:
        return f"line {loc.line}" if lang == "en" else f"第{loc.line}行"
    if loc.row is not None:
        return f"row {loc.row}" if lang == "en" else f"第{loc.row}行"
    return "—"


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def counts(errors: int, warnings: int, infos: int, lang: str) -> str:
    if lang == "en":
        return f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}, {_plural(infos, 'info')}"
    return f"错误{errors}，警告{warnings}，提示{infos}"


# the command line's own messages: (Chinese, English)
MESSAGES = {
    "missing": ("找不到文件或文件夹：{0}", "No such file or folder: {0}"),
    "empty_dir": ("文件夹中没有可检查的表格文件（{1}）：{0}", "No form files ({1}) in folder: {0}"),
    "choice": ("选项{0}的值“{1}”无效（可用：{2}）", "Invalid value “{1}” for {0} (choose from {2})"),
    "unreadable": ("无法读取 {0}：{1}", "Cannot read {0}: {1}"),
    "no_form": ("{0}：未识别到绩效目标表", "{0}: no performance form found"),
    "written": ("已写入 {0}", "Written to {0}"),
    "annotated": ("已为{0}个Excel文件写入批注副本：{1}", "Annotated copies of {0} workbooks in {1}"),
    "waiver_rule": ("{0}：豁免中的规则{1}不存在", "{0}: the waived rule {1} does not exist"),
    "waiver_unused": ("豁免未用上（没有对应的问题）：{0} {1}", "Waiver not used (no such finding): {0} {1}"),
    "negative": ("选项{0}不能为负数", "{0} cannot be negative"),
    "is_dir": ("{0} 是文件夹，convert 只读一个文件", "{0} is a folder; convert reads one file"),
    "xlsx_output": ("xlsx格式需要用--output指定输出文件", "--format xlsx needs --output FILE"),
    "unwritable": ("无法写入 {0}：{1}", "Cannot write {0}: {1}"),
    "convert_ext": ("输出文件应以.yaml、.yml或.json结尾：{0}", "The output file must end in .yaml, .yml or .json: {0}"),
    "no_command": ("没有命令“{0}”（可用：validate、parse-value、rules、convert）",
                   "No command “{0}” (choose from validate, parse-value, rules, convert)"),
    "no_option": ("没有选项{0}（用 --help 查看可用选项）", "No option {0} (see --help)"),
    "missing_arg": ("缺少参数：{0}（用 --help 查看用法）", "Missing argument: {0} (see --help)"),
    "bad_param": ("参数有误：{0}", "Bad parameter: {0}"),
}


def say(key: str, lang: str, *args: object) -> str:
    zh, en = MESSAGES[key]
    return (en if lang == "en" else zh).format(*args)
