"""jxcheck command line: a thin face over the engine (parse options, call, format, exit code)."""
from __future__ import annotations

import errno
import json
import os
import sys
from pathlib import Path

import click

from jxcheck.engine import form_dict, waivers
from jxcheck.engine.check import missing_file
from jxcheck.engine.results import FileResult, for_counts
from jxcheck.engine.findings import Severity
from jxcheck.engine.readers import FORM_SUFFIXES, read
from jxcheck.engine import batch
from jxcheck.engine.report import flat, html_report, json_report, output_file, table
from jxcheck.engine.report.i18n import say
from jxcheck.engine.rules import rulebook
from jxcheck.engine.schema import SchemaError
from jxcheck.engine.values.parse import parse_value
from jxcheck.engine.values.render import describe
from jxcheck.engine.values.types import to_json

FORMATS = {"table": table.render, "json": json_report.render, "csv": flat.render_csv, "md": flat.render_md,
           "html": html_report.render, "xlsx": None}
FAIL_ON = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO, "never": None}


class Fail(click.ClickException):
    """A clean one-line error with exit code 2."""

    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(f"jxcheck: {self.message}", err=True)


def _choice(option: str, value: str, allowed, lang: str) -> str:
    if value not in allowed:
        raise Fail(say("choice", lang, option, value, "、".join(allowed)))
    return value


def load_book(profile: str | None, extra: tuple[str, ...], lang: str, config: str | None = None) -> rulebook.Rulebook:
    for path in (*extra, *([config] if config else [])):
        if not Path(path).exists():
            raise Fail(say("missing", lang, path))
    try:
        return rulebook.load([Path(p) for p in extra], profile, Path(config) if config else None)
    except SchemaError as exc:
        raise Fail(str(exc)) from None


def load_waivers(path: str | None) -> list:
    if not path:
        return []
    if not Path(path).exists():
        raise Fail(say("missing", "zh", path))
    try:
        return waivers.load(Path(path))
    except SchemaError as exc:
        raise Fail(str(exc)) from None


def exit_code(results: list[FileResult], fail_on: str) -> int:
    results = for_counts(results)
    if any(r.unreadable for r in results):
        return 2
    threshold = FAIL_ON[fail_on]
    if threshold is None:
        return 0
    return 1 if any(f.severity >= threshold and not f.waived for r in results for f in r.findings) else 0


def emit(text: str, output: str | None, lang: str) -> None:
    try:
        output_file.emit(text, output)
    except BrokenPipeError:
        raise  # the reader of our output stopped (| head): not an error of ours
    except OSError as exc:
        raise Fail(say("unwritable", lang, _target(output, lang), _reason(exc, lang))) from None
    if output:
        click.echo(say("written", lang, output), err=True)


def _quiet_stdout() -> None:
    """After the reader of our output has gone: Python's last flush of stdout goes nowhere."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _target(output: str | None, lang: str) -> str:
    return output or ("standard output" if lang == "en" else "标准输出")


def check_output(output: str | None, lang: str) -> None:
    """A report file that cannot be written is said before the run, not after checking every form."""
    if not output:
        return
    path = Path(output)
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        problem = errno.EISDIR
    elif path.exists():  # overwriting needs the file's permission only (a read-only folder, /dev/null)
        problem = None if os.access(path, os.W_OK) else errno.EACCES
    else:
        problem = errno.ENOENT if not parent.is_dir() else None if os.access(parent, os.W_OK) else errno.EACCES
    if problem is not None:
        raise Fail(say("unwritable", lang, output, _reason(OSError(problem, os.strerror(problem)), lang)))


def _reason(exc: OSError, lang: str) -> str:
    reason = {2: ("目录不存在", "no such folder"), 13: ("没有写入权限", "permission denied"),
              21: ("这是一个文件夹", "it is a folder")}.get(exc.errno, (exc.strerror, exc.strerror))
    return reason[1 if lang == "en" else 0]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="jxcheck")
def cli() -> None:
    """jxcheck：按财政评审口径检查绩效目标表（部门整体支出、项目支出绩效目标表）。"""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--profile", default=None, help="规则配置：auto（默认，按表中指标体系自动选择）、legacy、central-2021")
@click.option("--rules", "extra_rules", multiple=True, help="附加的规则文件或文件夹（可重复）")
@click.option("--config", "config", default=None, help="配置文件：停用规则、调整级别、参数或阈值")
@click.option("--waivers", "waivers_file", default=None, help="豁免文件：经审核同意的个别问题")
@click.option("--format", "fmt", default="table", show_default=True, help="输出格式：table、json、csv、md、html、xlsx")
@click.option("--output", "-o", default=None, help="写入文件而不是标准输出（xlsx必须指定）")
@click.option("--lang", default="zh", show_default=True, help="界面语言：zh、en")
@click.option("--fail-on", default="error", show_default=True, help="达到此级别即以1退出：error、warning、info、never")
@click.option("--jobs", "-j", default=0, type=int, help="并行进程数（0为默认：CPU核数）")
@click.option("--group-depth", default=1, show_default=True, type=int,
              help="按文件夹分组汇总的层级：1为文件夹下第一层（县市），0为不分组")
def validate(paths, profile, extra_rules, config, waivers_file, fmt, output, lang, fail_on, jobs, group_depth) -> None:
    """检查一个或多个绩效目标表文件（文件夹会逐层查找），按文件夹汇总。"""
    lang = _choice("--lang", lang, ("zh", "en"), "zh")
    _choice("--format", fmt, tuple(FORMATS), lang)
    _choice("--fail-on", fail_on, tuple(FAIL_ON), lang)
    if fmt == "xlsx" and not output:
        raise Fail(say("xlsx_output", lang))
    if jobs < 0 or group_depth < 0:
        raise Fail(say("negative", lang, "--jobs" if jobs < 0 else "--group-depth"))
    check_output(output, lang)
    book = load_book(profile, extra_rules, lang, config)  # a broken rule file or config stops here, in one line
    accepted = load_waivers(waivers_file)
    for waiver in accepted:
        if waiver.rule not in book.rules:
            raise Fail(say("waiver_rule", lang, waivers_file, waiver.rule))
    settings = batch.Settings(profile, tuple(extra_rules), config, lang, tuple(accepted))
    found, missing, empty = batch.discover(list(paths), group_depth, exclude=_own_files(output), lang=lang)
    suffixes = "、".join(sorted(FORM_SUFFIXES))
    if empty and not found and not missing:
        raise Fail(say("empty_dir", lang, empty[0], suffixes))
    for text in missing:
        click.echo(f"jxcheck: {say('missing', lang, text)}", err=True)
    for folder in empty:  # among other inputs: its own entry, and the run goes on
        click.echo(f"jxcheck: {say('empty_dir', lang, folder, suffixes)}", err=True)
    results = batch.ResultStore() if len(found) > 50 else []  # many forms: keep results on disk, not in memory
    for text in missing:
        results.append(missing_file(text, book, lang))
    for folder in empty:
        results.append(missing_file(folder, book, lang, say("empty_dir", lang, folder, suffixes)))
    unreadable = []
    for result in _run(found, settings, jobs, lang, book):
        if result.unreadable:
            reason = next((f.actual for f in result.findings if f.rule == "FORM-01"), "")
            unreadable.append(say("unreadable", lang, result.path, reason))
        results.append(result)
    for line in unreadable:  # after the progress bar, each on a line of its own
        click.echo(f"jxcheck: {line}", err=True)
    used = {f.waived for r in for_counts(results) for f in r.findings if f.waived} if accepted else set()
    for waiver in accepted:
        if waiver.label() not in used:
            click.echo(f"jxcheck: {say('waiver_unused', lang, waiver.form, waiver.rule)}", err=True)
    if fmt == "xlsx":
        _write_xlsx(results, output, lang)
    elif fmt in output_file.STREAMED:
        try:
            output_file.stream(fmt, results, output, lang)
        except BrokenPipeError:  # the reader of our output stopped (| head): the verdict stands
            _quiet_stdout()
            sys.exit(exit_code(results, fail_on))
        except OSError as exc:
            raise Fail(say("unwritable", lang, _target(output, lang), _reason(exc, lang))) from None
        if output:
            click.echo(say("written", lang, output), err=True)
    else:
        try:
            emit(FORMATS[fmt](results, lang), output, lang)
        except BrokenPipeError:
            _quiet_stdout()
    sys.exit(exit_code(results, fail_on))


def _own_files(output: str | None) -> list[Path]:
    """What this run writes: never read back as a form on the next run."""
    if not output:
        return []
    out = Path(output).resolve()
    return [out, out.with_name(out.stem + "_批注"), out.with_name(out.stem + "_annotated")]


def _run(found: list, settings: "batch.Settings", jobs: int, lang: str, book: rulebook.Rulebook):
    """Results as they come; a progress bar on a terminal when there are several files."""
    if len(found) > 1 and sys.stderr.isatty():
        label = "Checking" if lang == "en" else "检查中"
        with click.progressbar(length=len(found), label=label, file=sys.stderr, show_pos=True) as bar:
            yield from batch.run(found, settings, jobs or None, progress=bar.update, book=book)
    else:
        yield from batch.run(found, settings, jobs or None, book=book)


def _write_xlsx(results: list, output: str, lang: str) -> None:
    from jxcheck.engine.report import xlsx_report
    try:
        copies = xlsx_report.write(results, Path(output), lang)
    except OSError as exc:
        raise Fail(say("unwritable", lang, output, _reason(exc, lang))) from None
    click.echo(say("written", lang, output), err=True)
    if copies:
        click.echo(say("annotated", lang, len(copies), xlsx_report.annotated_folder(Path(output), lang)), err=True)


@cli.command("parse-value", context_settings={"ignore_unknown_options": True})
@click.argument("texts", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="每个值输出一行JSON")
@click.option("--lang", default="zh", show_default=True, help="界面语言：zh、en")
def parse_value_cmd(texts, as_json, lang) -> None:
    """解析指标值（如“≥521人”“≤60万”“12月底前”）；“-”表示从标准输入逐行读取。"""
    lang = _choice("--lang", lang, ("zh", "en"), "zh")
    values = []
    for text in texts:
        values.extend(_stdin_lines() if text == "-" else [text])
    for text in values:
        value = parse_value(text)
        click.echo(json.dumps(to_json(value), ensure_ascii=False) if as_json else describe(value, lang))


def _stdin_lines() -> list[str]:
    """One value per line; an empty line is a value too (it reads as missing)."""
    data = sys.stdin.read()
    lines = data.replace("\r\n", "\n").split("\n")
    return lines[:-1] if data.endswith("\n") else lines


@cli.command("rules")
@click.option("--profile", default=rulebook.DEFAULT_PROFILE, show_default=True, help="规则配置")
@click.option("--format", "fmt", default="table", show_default=True, help="输出格式：table、json、md")
@click.option("--lang", default="zh", show_default=True, help="界面语言：zh、en")
def rules_cmd(profile, fmt, lang) -> None:
    """列出规则：编号、级别、名称、依据。"""
    from jxcheck.engine.report import rule_list
    lang = _choice("--lang", lang, ("zh", "en"), "zh")
    _choice("--format", fmt, ("table", "json", "md"), lang)
    book = load_book(profile, (), lang)
    click.echo(rule_list.render(book, fmt, lang), nl=False)


@cli.command("convert")
@click.argument("path")
@click.option("--output", "-o", default=None, help="写入文件；扩展名为.json时输出JSON，否则YAML")
@click.option("--lang", default="zh", show_default=True, help="界面语言：zh、en")
def convert(path, output, lang) -> None:
    """按读取结果输出规范格式的表格（YAML；--output x.json 输出JSON）。"""
    import yaml
    lang = _choice("--lang", lang, ("zh", "en"), "zh")
    load_book(rulebook.DEFAULT_PROFILE, (), lang)
    if not Path(path).exists():
        raise Fail(say("missing", lang, path))
    if Path(path).is_dir():
        raise Fail(say("is_dir", lang, path))
    result = read(Path(path))
    if result.form is None:
        reason = next((dict(p.values).get("reason") for p in result.problems if p.rule == "FORM-01"), None)
        raise Fail(say("unreadable", lang, path, reason) if reason else say("no_form", lang, path))
    doc = form_dict.to_dict(result.form)
    if output and not output.lower().endswith((".yaml", ".yml", ".json")):
        raise Fail(say("convert_ext", lang, output))
    if output and output.lower().endswith(".json"):
        text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    else:
        text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    emit(text, output, lang)


def _click_message(exc: click.ClickException) -> str:
    """click's usage errors in the user's language (Chinese unless --lang en is on the command line)."""
    lang = "en" if "en" in sys.argv and "--lang" in sys.argv else "zh"
    if isinstance(exc, click.exceptions.NoSuchOption):
        return say("no_option", lang, exc.option_name)
    if isinstance(exc, click.exceptions.MissingParameter):
        return say("missing_arg", lang, exc.param.human_readable_name if exc.param else "")
    if isinstance(exc, click.exceptions.UsageError) and exc.message.startswith("No such command"):
        return say("no_command", lang, exc.message.split("'")[1] if "'" in exc.message else exc.message)
    if isinstance(exc, click.exceptions.BadParameter):
        return say("bad_param", lang, exc.format_message())
    return exc.format_message()


def main() -> None:
    """Console entry point: no traceback ever reaches the user."""
    try:
        cli.main(standalone_mode=False)
    except Fail as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        click.echo(f"jxcheck: {_click_message(exc)}", err=True)
        sys.exit(2)
    except click.exceptions.Abort:
        click.echo("jxcheck: 已中断", err=True)
        sys.exit(2)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except BrokenPipeError:  # `jxcheck … | head` outside validate: stop quietly
        _quiet_stdout()
        sys.exit(0)
    except Exception as exc:  # the last guard: a bug is reported in one line, never as a traceback
        click.echo(f"jxcheck: 内部错误：{type(exc).__name__}: {exc}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
