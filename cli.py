"""jxcheck command line: a thin face over the engine (parse options, call, format, exit code)."""
from __future__ import annotations

import difflib
import errno
import json
import os
import shutil
import signal
import sys
from pathlib import Path
from typing import Any, NoReturn

import click

from jxcheck.engine import batch, form_dict, waivers
from jxcheck.engine.readers import FORM_SUFFIXES, read
from jxcheck.engine.report import output_file
from jxcheck.engine.report.wrap import width, wrap
from jxcheck.engine.oserrors import os_reason
from jxcheck.engine.report.i18n import CLICK_WORDS, HELP, METAVARS, say
from jxcheck.engine.rules import rulebook
from jxcheck.engine.run import FAIL_ON, Run, execute, plan
from jxcheck.engine.schema import SchemaError
from jxcheck.engine.values.chars import clean
from jxcheck.engine.values.parse import parse_value
from jxcheck.engine.values.render import describe
from jxcheck.engine.values.types import to_json

LANGS = ("zh", "en")


def argv_lang() -> str:
    """The language asked for on the command line (usage errors and help come before any option is parsed)."""
    args = sys.argv[1:]
    for k, arg in enumerate(args):
        if arg == "--lang" and k + 1 < len(args):
            return "en" if args[k + 1] == "en" else "zh"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "zh"
    return "zh"


class Fail(click.ClickException):
    """A clean one-line error with exit code 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"jxcheck: {self.message}", err=True)


class _Formatter(click.HelpFormatter):
    """click's help in the user's language: its headings and the usage prefix."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, prefix=CLICK_WORDS["Usage:"][argv_lang() == "en"] + " ")

    def write_heading(self, heading: str) -> None:
        en = argv_lang() == "en"
        words = CLICK_WORDS.get(heading)
        self.write(f"{'':>{self.current_indent}}{words[en] if words else heading}{':' if en else '：'}\n")


    def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        """Two columns measured in display width (a Chinese character takes two)."""
        rows = list(rows)
        first = min(max((width(r[0]) for r in rows), default=0), col_max)
        indent = " " * self.current_indent
        for term, text in rows:
            self.write(f"{indent}{term}")
            if not text:
                self.write("\n")
                continue
            if width(term) <= first:
                self.write(" " * (first - width(term) + col_spacing))
            else:
                self.write("\n" + " " * (first + col_spacing + self.current_indent))
            room = max((self.width or 80) - first - col_spacing - self.current_indent, 20)
            pad = " " * (first + col_spacing + self.current_indent)
            self.write(f"\n{pad}".join(wrap(text, room).split("\n")) + "\n")


class _Context(click.Context):
    formatter_class = _Formatter


def _own_texts(command: click.Command) -> None:
    """A command's help, its options' help and their placeholders from the i18n table, in the language asked for."""
    en = argv_lang() == "en"
    texts = HELP.get(command.name or "", {})
    if "" in texts:
        command.help = texts[""][en]
        command.short_help = texts[""][en].split("\n")[0]
    if "epilog" in texts:
        command.epilog = texts["epilog"][en]
    command.options_metavar = METAVARS["options"][en]
    if isinstance(command, click.Group):
        command.subcommand_metavar = METAVARS["command"][en]
    for param in command.params:
        if isinstance(param, click.Option) and param.name in texts:
            param.help = texts[param.name][en]
        elif isinstance(param, click.Option) and param.name == "version":
            param.help = CLICK_WORDS["version"][en]
        if param.name in METAVARS and not getattr(param, "is_flag", False):
            param.metavar = METAVARS[param.name][en]


def _own_help_option(option: click.Option | None) -> click.Option | None:
    if option is not None:
        option.help = CLICK_WORDS["help"][argv_lang() == "en"]
    return option


class Command(click.Command):
    context_class = _Context

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _own_help_option(super().get_help_option(ctx))

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        _own_texts(self)
        super().format_help(ctx, formatter)


class Group(click.Group):
    context_class = _Context
    command_class = Command

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _own_help_option(super().get_help_option(ctx))

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        for command in (self, *self.commands.values()):  # the list of commands shows their short help
            _own_texts(command)
        super().format_help(ctx, formatter)


def _choice(option: str, value: str, allowed: tuple[str, ...], lang: str) -> str:
    if value not in allowed:
        raise Fail(say("choice", lang, option, value, "、".join(allowed)))
    return value


def _count(option: str, value: str, lang: str) -> int:
    """A whole number ≥ 0 for --jobs and --group-depth (click's own message would be English)."""
    try:
        number = int(value)
    except ValueError:
        raise Fail(say("not_int", lang, option, value)) from None
    if number < 0:
        raise Fail(say("negative", lang, option))
    return number


def load_book(profile: str | None, extra: tuple[str, ...], lang: str, config: str | None = None) -> rulebook.Rulebook:
    for path in (*extra, *([config] if config else [])):
        if not Path(path).exists():
            raise Fail(say("missing", lang, path))
    try:
        return rulebook.load([Path(p) for p in extra], profile, Path(config) if config else None)
    except SchemaError as exc:
        raise Fail(exc.say(lang)) from None


def load_waivers(path: str | None, lang: str) -> list:
    if not path:
        return []
    if not Path(path).exists():
        raise Fail(say("missing", lang, path))
    try:
        return waivers.load(Path(path))
    except SchemaError as exc:
        raise Fail(exc.say(lang)) from None


def _quiet_stdout() -> None:
    """After the reader of our output has gone: Python's last flush of stdout goes nowhere."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _unwritable(output: str | None, lang: str, exc: OSError) -> Fail:
    return Fail(say("unwritable", lang, output or say("stdout", lang), os_reason(exc, lang)))


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="jxcheck", message="jxcheck %(version)s")
@click.option("--lang", default="zh")
def cli(lang: str) -> None:
    """jxcheck"""
    _choice("--lang", lang, LANGS, "zh")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--profile", default=None)
@click.option("--rules", "extra_rules", multiple=True)
@click.option("--config", "config", default=None)
@click.option("--waivers", "waivers_file", default=None)
@click.option("--format", "fmt", default=None)
@click.option("--output", "-o", default=None)
@click.option("--lang", default="zh")
@click.option("--fail-on", default="error")
@click.option("--jobs", "-j", default="0")
@click.option("--group-depth", default="1")
@click.option("--against", default=None)
@click.option("--baseline", "baseline_file", default=None)
def validate(paths: tuple[str, ...], profile: str | None, extra_rules: tuple[str, ...], config: str | None,
             waivers_file: str | None, fmt: str | None, output: str | None, lang: str, fail_on: str, jobs: str,
             group_depth: str, against: str | None, baseline_file: str | None) -> None:
    lang = _choice("--lang", lang, LANGS, "zh")
    fmt = _format(fmt, output, lang)
    _choice("--fail-on", fail_on, tuple(FAIL_ON), lang)
    workers, depth = _count("--jobs", jobs, lang), _count("--group-depth", group_depth, lang)
    if output and (problem := output_file.unwritable(output)) is not None:
        if problem == errno.ENOENT:  # what is missing is the folder the report would go in
            raise Fail(say("unwritable", lang, output, say("no_folder", lang)))
        raise _unwritable(output, lang, OSError(problem, os.strerror(problem)))
    book = load_book(profile, extra_rules, lang, config)  # a broken rule file or config stops here, in one line
    accepted = load_waivers(waivers_file, lang)
    for waiver in accepted:
        if waiver.rule not in book.rules:
            raise Fail(say("waiver_rule", lang, waivers_file, waiver.rule))
    if against is not None:
        _target_form(against, lang)
    last_round = _baseline(baseline_file, lang) if baseline_file else None
    settings = batch.Settings(profile, tuple(extra_rules), config, lang, tuple(accepted),
                              str(Path(against).resolve()) if against else None)
    found = plan(list(paths), settings, depth, exclude=_own_files(output, fmt))
    if found.empty and not found.jobs and not found.missing and not found.unreadable:
        raise Fail(say("empty_dir", lang, found.empty[0], "、".join(sorted(FORM_SUFFIXES))))
    if output:
        _refuse_clash(output, fmt, [job.path for job in found.jobs], lang)
    with _interruptible(lang, output, len(found.jobs)) as state:
        run = _execute(found, settings, book, workers, lang)
        if last_round is not None:
            from jxcheck.engine import baseline
            baseline.apply(run.results, last_round)
        if against is not None:
            run.lines += _against_mismatch(against, run.results, lang)
        state["checked"] = True
        for line in run.lines:  # after the progress bar, each on a line of its own
            click.echo(f"jxcheck: {line}", err=True)
        _report(run, fmt, output, lang, fail_on, state)
    sys.exit(run.exit_code(fail_on))


def _baseline(path: str, lang: str):
    """The last round's JSON report, or the run stops here in one line."""
    from jxcheck.engine import baseline
    try:
        return baseline.load(path)
    except baseline.BadBaseline as exc:
        raise Fail(say("bad_baseline", lang, path, exc.en if lang == "en" else exc.zh)) from None


def _against_mismatch(path: str, results: Any, lang: str) -> list[str]:
    """A line for each self-evaluation that is not of the target form's project (or unit) and year."""
    from jxcheck.engine import pairing
    target = pairing.target_form_at(str(Path(path).resolve()))
    if target is None:
        return []
    wanted = pairing.key(target.meta)
    out = []
    for result in results:
        meta = result.meta
        if meta is None or meta.kind not in pairing.TARGET_OF:
            continue
        if pairing.key(meta, pairing.TARGET_OF[meta.kind]) != wanted:
            out.append(say("against_other", lang, result.label, path))
    return out


def _target_form(path: str, lang: str) -> None:
    """--against names a readable target form, or the run stops here in one line."""
    from jxcheck.engine import pairing
    from jxcheck.engine.readers import read
    result = read(Path(path))
    if result.form is None:
        reason = next((p.fields().get("reason", "") for p in result.problems if p.rule == "FORM-01"), "") or \
            say("no_form", lang, Path(path).name)
        raise Fail(say("against_unreadable", lang, path, reason))
    if result.form.meta.kind in pairing.TARGET_OF:
        raise Fail(say("against_self_eval", lang, path))


def _format(fmt: str | None, output: str | None, lang: str) -> str:
    """The report format: --format, else what the output file's name says (r.xlsx), else the table."""
    named = output_file.format_of(output)
    if fmt is None:
        fmt = named or "table"
    _choice("--format", fmt, output_file.FORMATS, lang)
    if named and named != fmt and named != "table":
        raise Fail(say("format_mismatch", lang, fmt, output, named))
    if fmt == "xlsx" and not output:
        raise Fail(say("xlsx_output", lang))
    return fmt


def _own_files(output: str | None, fmt: str) -> list[Path]:
    """What this run writes: never read back as a form on the next run."""
    if not output:
        return []
    out = Path(output).resolve()
    return [out, out.with_name(out.stem + "_批注"), out.with_name(out.stem + "_annotated")]


def _refuse_clash(output: str, fmt: str, inputs: list[Path], lang: str) -> None:
    """Never overwrite an input: not with the report, not with an annotated copy."""
    from jxcheck.engine.report.xlsx_report import annotated_folder
    folder = annotated_folder(Path(output).resolve(), lang) if fmt == "xlsx" else None
    clash = output_file.clashes(output, inputs, folder)
    if clash is not None:
        key = "output_is_input" if Path(output).resolve() == clash.resolve() else "annotated_over_input"
        raise Fail(say(key, lang, output, clash, folder))


def _execute(found: Any, settings: batch.Settings, book: rulebook.Rulebook, workers: int, lang: str) -> Run:
    """The run, with a progress bar on a terminal when there are several files."""
    if len(found.jobs) > 1 and sys.stderr.isatty():
        with click.progressbar(length=len(found.jobs), label=say("checking", lang), file=sys.stderr,
                               show_pos=True) as bar:
            return execute(found, settings, book, workers, progress=bar.update)
    return execute(found, settings, book, workers)


class _interruptible:
    """Ctrl-C (or SIGTERM) ends the run with 130 (143) and says what was written and what was not."""

    def __init__(self, lang: str, output: str | None, files: int) -> None:
        self.lang, self.output, self.files = lang, output, files
        self.state: dict[str, Any] = {"checked": False, "written": []}

    def __enter__(self) -> dict[str, Any]:
        self.previous = signal.signal(signal.SIGTERM, _terminated)
        return self.state

    def __exit__(self, kind: Any, exc: Any, tb: Any) -> None:
        signal.signal(signal.SIGTERM, self.previous)
        if kind is None or not issubclass(kind, KeyboardInterrupt):
            return
        written = [str(p) for p in self.state["written"]]
        if not self.state["checked"]:
            done = say("interrupted_checking", self.lang, self.files)
        elif not written:
            done = say("interrupted_writing", self.lang)
        else:
            done = say("interrupted_partly", self.lang, "、".join(written))
        kept = say("kept", self.lang, self.output) if self.output and not written else ""
        click.echo(f"jxcheck: {say('interrupted', self.lang, done + kept)}", err=True)
        sys.exit(143 if isinstance(exc, _Terminated) else 130)


class _Terminated(KeyboardInterrupt):
    """SIGTERM, handled as an interrupt."""


def _terminated(signum: int, frame: Any) -> NoReturn:
    raise _Terminated()


def _report(run: Run, fmt: str, output: str | None, lang: str, fail_on: str, state: dict[str, Any]) -> None:
    if fmt == "xlsx":
        assert output is not None
        _write_xlsx(run, output, lang, state["written"])
        return
    try:
        output_file.stream(fmt, run.results, output, lang)
    except BrokenPipeError:  # the reader of our output stopped (| head): the verdict stands
        _quiet_stdout()
        sys.exit(run.exit_code(fail_on))
    except OSError as exc:
        raise _unwritable(output, lang, exc) from None
    if output:
        state["written"].append(output)
        click.echo(say("written", lang, output), err=True)


def _write_xlsx(run: Run, output: str, lang: str, written: list[Path]) -> None:
    from jxcheck.engine.report import xlsx_report
    try:
        copies = xlsx_report.write(run.results, Path(output), lang, written)
    except OSError as exc:
        raise _unwritable(output, lang, exc) from None
    click.echo(say("written", lang, output), err=True)
    if copies:
        click.echo(say("annotated", lang, len(copies), xlsx_report.annotated_folder(Path(output), lang)), err=True)


@cli.command("parse-value", context_settings={"ignore_unknown_options": True})
@click.argument("texts", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True)
@click.option("--lang", default="zh")
def parse_value_cmd(texts: tuple[str, ...], as_json: bool, lang: str) -> None:
    lang = _choice("--lang", lang, LANGS, "zh")
    values: list[str] = []
    for text in texts:
        values.extend(_stdin_lines() if text == "-" else [text])
    for text in values:
        value = parse_value(text)
        click.echo(json.dumps(to_json(value), ensure_ascii=False) if as_json else describe(value, lang))


def _stdin_lines() -> list[str]:
    """One value per line; an empty line is a value too (it reads as missing). A BOM or other invisible
    character a Windows editor leaves is not part of any value."""
    data = clean(sys.stdin.read())
    lines = data.replace("\r\n", "\n").split("\n")
    return lines[:-1] if data.endswith("\n") else lines


@cli.command("rules")
@click.option("--profile", default=rulebook.DEFAULT_PROFILE)
@click.option("--rules", "extra_rules", multiple=True)
@click.option("--config", "config", default=None)
@click.option("--format", "fmt", default="table")
@click.option("--lang", default="zh")
def rules_cmd(profile: str, extra_rules: tuple[str, ...], config: str | None, fmt: str, lang: str) -> None:
    from jxcheck.engine.report import rule_list
    lang = _choice("--lang", lang, LANGS, "zh")
    _choice("--format", fmt, ("table", "json", "md"), lang)
    book = load_book(profile, extra_rules, lang, config)
    click.echo(rule_list.render(book, fmt, lang), nl=False)


@cli.command("convert")
@click.argument("path")
@click.option("--output", "-o", default=None)
@click.option("--lang", default="zh")
def convert(path: str, output: str | None, lang: str) -> None:
    import yaml
    lang = _choice("--lang", lang, LANGS, "zh")
    if not Path(path).exists():
        raise Fail(say("missing", lang, path))
    if Path(path).is_dir():
        raise Fail(say("is_dir", lang, path))
    if output and Path(output).resolve() == Path(path).resolve():
        raise Fail(say("output_is_input", lang, output, path, ""))
    if output and not output.lower().endswith((".yaml", ".yml", ".json")):
        raise Fail(say("convert_ext", lang, output))
    result = read(Path(path))
    if result.form is None:
        reason = next((dict(p.values).get("reason") for p in result.problems if p.rule == "FORM-01"), None)
        raise Fail(say("unreadable", lang, path, reason) if reason else say("no_form", lang, path))
    doc = form_dict.to_dict(result.form)
    if output and output.lower().endswith(".json"):
        text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    else:
        text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    try:
        output_file.emit(text, output)
    except OSError as exc:
        raise _unwritable(output, lang, exc) from None
    if output:
        click.echo(say("written", lang, output), err=True)


@cli.command()
@click.argument("rule_id")
@click.option("--profile", default=None)
@click.option("--rules", "extra_rules", multiple=True)
@click.option("--config", "config", default=None)
@click.option("--lang", default="zh")
def explain(rule_id: str, profile: str | None, extra_rules: tuple[str, ...], config: str | None, lang: str) -> None:
    lang = _choice("--lang", lang, LANGS, "zh")
    book = load_book(profile, extra_rules, lang, config)
    rule = book.effective(rule_id.strip().upper()) if rule_id.strip().upper() in book.rules else None
    if rule is None:
        close = difflib.get_close_matches(rule_id.strip().upper(), list(book.rules), n=3, cutoff=0.5)
        raise Fail(say("no_rule", lang, rule_id, "、".join(close) if lang != "en" else ", ".join(close))
                   if close else say("no_rule_at_all", lang, rule_id))
    from jxcheck.engine.report import rule_doc
    click.echo(rule_doc.explain(rule, book, lang), nl=False)


@cli.command("fix")
@click.argument("path")
@click.option("--output", "-o", default=None)
@click.option("--dry-run", "dry_run", is_flag=True)
@click.option("--lang", default="zh")
def fix_cmd(path: str, output: str | None, dry_run: bool, lang: str) -> None:
    lang = _choice("--lang", lang, LANGS, "zh")
    from jxcheck.engine import fix, fix_files
    from jxcheck.engine.check import check_path
    source = Path(path)
    if not source.is_file():
        raise Fail(say("missing", lang, path))
    if not dry_run and not output:
        raise Fail(say("fix_output", lang))
    target = Path(output) if output else None
    if target is not None:
        if target.resolve() == source.resolve():
            raise Fail(say("output_is_input", lang, output, path, ""))
        if target.suffix.lower() != source.suffix.lower():
            raise Fail(say("fix_suffix", lang, output, source.suffix))
    book = load_book(None, (), lang, None)
    before = check_path(source, book, lang)
    if all(r.form is None for r in before):
        reason = next((f.actual for r in before for f in r.findings if f.rule in ("FORM-01", "FORM-02")), "")
        raise Fail(say("unreadable", lang, path, reason))
    try:
        editor = fix_files.editor_for(source, next(r.form for r in before if r.form is not None))
        changes = [c for r in before if r.form is not None for c in fix.plan(r.form, r.findings, editor)]
        if target is not None and not dry_run:
            for change in changes:
                editor.set(change.key, change.new, change.old)
            with output_file.replacing(target) as temporary:
                if changes:
                    editor.save(temporary)
                else:
                    shutil.copyfile(source, temporary)  # nothing to change: the copy asked for is the original
    except fix_files.CannotFix as exc:
        raise Fail(say("cannot_fix", lang, path, exc.en if lang == "en" else exc.zh)) from None
    except OSError as exc:
        raise _unwritable(output or path, lang, exc) from None
    click.echo(_change_table(changes, lang))
    if target is not None and not dry_run:
        click.echo(say("fixed_written", lang, output, len(changes)), err=True)
        click.echo(_recheck(before, check_path(target, book, lang), lang), err=True)


def _change_table(changes: list, lang: str) -> str:
    if not changes:
        return say("nothing_to_fix", lang)
    head = ("位置", "字段", "原值", "改为", "原因") if lang != "en" else ("where", "field", "was", "now", "why")
    rows = [[c.where, c.field if lang != "en" else {"指标值": "value", "三级指标": "name", "计量单位": "unit"}[c.field],
             c.old or "（空）", c.new, c.why_en if lang == "en" else c.why] for c in changes]
    from tabulate import tabulate
    return tabulate(rows, headers=head, tablefmt="simple_grid", disable_numparse=True)


def _recheck(before: list, after: list, lang: str) -> str:
    """What the copy's validation says against the original's: the findings gone, and any new one."""
    from collections import Counter
    key = lambda f: (f.rule, f.path, f.subject if not f.path else "")  # noqa: E731
    old = Counter(key(f) for r in before for f in r.findings)
    new = Counter(key(f) for r in after for f in r.findings)
    gone, added = old - new, new - old
    rules = Counter(k[0] for k in gone.elements())
    shown = "、".join(f"{rule}×{n}" for rule, n in sorted(rules.items())) or "—"
    line = say("recheck", lang, sum(gone.values()), shown, sum(added.values()))
    if added:
        line += "\n" + say("recheck_new", lang, "、".join(sorted({k[0] for k in added.elements()})))
    return line


@cli.command()
@click.option("--host", default="127.0.0.1")
@click.option("--port", default="8000")
@click.option("--workers", default="0")
@click.option("--token", default=None)
@click.option("--lang", default="zh")
def serve(host: str, port: str, workers: str, token: str | None, lang: str) -> None:
    lang = _choice("--lang", lang, LANGS, "zh")
    number, count = _count("--port", port, lang), _count("--workers", workers, lang)
    if not 0 < number < 65536:
        raise Fail(say("bad_port", lang, port))
    token = token or os.environ.get("JXCHECK_TOKEN") or None
    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        raise Fail(say("serve_token", lang, host))
    import socket
    try:  # a port in use is said before anything starts, in one line
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, number))
    except OSError as exc:
        raise Fail(say("port_busy", lang, host, number, os_reason(exc, lang))) from None
    try:
        import uvicorn  # noqa: F401  (the service's own dependencies: pip install 'jxcheck[serve]')
        import fastapi  # noqa: F401
        import multipart  # noqa: F401
    except ImportError:
        raise Fail(say("serve_missing", lang)) from None
    from jxcheck.engine.service.limits import Limits
    limits = Limits.from_env()
    if token:
        os.environ["JXCHECK_TOKEN"] = token  # the workers read it, never from the command line of a process list
    workers_n = count or (os.cpu_count() or 1)
    shown = f"[{host}]" if ":" in host else host
    address = f"http://{shown}:{number}/" + (f"?token={token}" if token else "")
    click.echo(say("serving", lang, address, workers_n, limits.file_mb, limits.queue), err=True)
    uvicorn.run("jxcheck.engine.service.app:from_env", factory=True, host=host, port=number, workers=workers_n,
                access_log=False, log_level="warning", timeout_graceful_shutdown=5)


def _click_message(exc: click.ClickException, lang: str) -> str:
    """click's usage errors in the user's language."""
    if isinstance(exc, click.exceptions.NoSuchOption):
        return say("no_option", lang, exc.option_name)
    if isinstance(exc, click.exceptions.BadOptionUsage):
        return say("option_needs_value", lang, exc.option_name)
    if isinstance(exc, click.exceptions.MissingParameter):
        return say("missing_arg", lang, exc.param.human_readable_name if exc.param else "")
    if isinstance(exc, click.exceptions.BadParameter):
        name = exc.param.opts[0] if exc.param is not None and exc.param.opts else (exc.param_hint or "")
        return say("bad_param", lang, name)
    message = exc.message
    if message.startswith("No such command"):
        return say("no_command", lang, message.split("'")[1] if "'" in message else message)
    if message.startswith("Got unexpected extra argument"):
        return say("extra_args", lang, message[message.find("(") + 1:message.rfind(")")])
    if message.startswith("Missing command"):
        return say("no_command_given", lang)
    return say("usage_error", lang)


def main() -> None:
    """Console entry point: no traceback ever reaches the user."""
    lang = argv_lang()
    try:
        cli.main(standalone_mode=False)
    except Fail as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        click.echo(f"jxcheck: {_click_message(exc, lang)}", err=True)
        sys.exit(2)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo(f"jxcheck: {say('interrupted', lang, '')}", err=True)
        sys.exit(130)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except BrokenPipeError:  # `jxcheck … | head` outside validate: stop quietly
        _quiet_stdout()
        sys.exit(0)
    except OSError as exc:  # writing to standard output failed (a full disk behind a redirection)
        click.echo(f"jxcheck: {say('unwritable', lang, say('stdout', lang), os_reason(exc, lang))}", err=True)
        sys.exit(2)
    except Exception as exc:  # the last guard: a bug is reported in one line, never as a traceback
        click.echo(f"jxcheck: {say('internal', lang, type(exc).__name__, exc)}", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
