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
    "bad_param": ("选项{0}的值无效（用 --help 查看用法）", "Invalid value for {0} (see --help)"),
    "not_int": ("选项{0}的值“{1}”不是整数", "{0} needs a whole number, not “{1}”"),
    "option_needs_value": ("选项{0}需要一个值", "Option {0} needs a value"),
    "extra_args": ("多余的参数：{0}（用 --help 查看用法）", "Unexpected extra argument: {0} (see --help)"),
    "no_command_given": ("缺少命令（可用：validate、parse-value、rules、convert）",
                         "Missing command (choose from validate, parse-value, rules, convert)"),
    "usage_error": ("用法有误（用 --help 查看用法）", "Wrong usage (see --help)"),
    "internal": ("内部错误：{0}: {1}", "Internal error: {0}: {1}"),
    "stdout": ("标准输出", "standard output"),
    "no_folder": ("目录不存在", "no such folder"),
    "checking": ("检查中", "Checking"),
    "skipped": ("已跳过 {0}：{1}", "Skipped {0}: {1}"),
    "against_unreadable": ("--against 指定的绩效目标表{0}无法读取：{1}", "The target form given with --against, {0}, cannot be read: {1}"),
    "against_self_eval": ("--against 应指定批复的绩效目标表，{0}是自评表", "--against names the approved target form; {0} is a self-evaluation"),
    "bad_baseline": ("--baseline 指定的上一轮报告{0}{1}", "The last round's report given with --baseline, {0}, {1}"),
    "fix_output": ("请用 --output 指定修正后的副本（原文件不会被改动），或用 --dry-run 只列出修改",
                   "Name the corrected copy with --output (the original is never changed), or list the changes with --dry-run"),
    "fix_suffix": ("修正后的副本{0}应与原文件同为{1}格式", "The corrected copy {0} must have the original's format, {1}"),
    "cannot_fix": ("无法修正{0}：{1}", "Cannot fix {0}: {1}"),
    "nothing_to_fix": ("没有可以自动修正的问题。", "Nothing to fix mechanically."),
    "fixed_written": ("已写入修正后的副本 {0}（{1}处修改；原文件未改动）", "Wrote the corrected copy {0} ({1} changes; the original is unchanged)"),
    "recheck": ("复查副本：原有问题已消除{0}处（{1}），新增{2}处。", "The copy checked again: {0} findings gone ({1}), {2} new."),
    "recheck_new": ("注意：副本出现了新问题（{0}），请核对修改。", "Note: the copy has new findings ({0}); check the changes."),
    "no_rule": ("没有规则“{0}”；是否要找：{1}", "There is no rule “{0}”; did you mean: {1}"),
    "no_rule_at_all": ("没有规则“{0}”；jxcheck rules 列出全部规则", "There is no rule “{0}”; jxcheck rules lists them all"),
    "serve_token": ("在{0}上对外提供服务必须设置访问令牌：--token 或环境变量 JXCHECK_TOKEN",
                    "Serving on {0} needs an access token: --token or the environment variable JXCHECK_TOKEN"),
    "serve_missing": ("服务所需的组件未安装，请运行：pip install 'jxcheck[serve]'（或 make serve）",
                      "The service's components are not installed: pip install 'jxcheck[serve]' (or make serve)"),
    "serving": ("jxcheck 服务已启动：{0} （{1}个进程；单个文件上限{2} MB，排队上限{3}）。按 Ctrl-C 停止。",
                "jxcheck is serving at {0} ({1} processes; {2} MB per file, a queue of {3}). Ctrl-C stops it."),
    "bad_port": ("端口“{0}”无效（应为1–65535）", "Port “{0}” is not valid (1–65535)"),
    "port_busy": ("无法在{0}:{1}上启动服务：{2}（换一个 --port）", "Cannot serve on {0}:{1}: {2} (choose another --port)"),
    "against_other": ("注意：{0} 与 --against 的目标表 {1} 不是同一项目（单位）和年度，EVAL-08 的比较可能没有意义",
                      "Note: {0} is not of the same project (unit) and year as the target form {1} given with --against; "
                      "EVAL-08's comparison may mean nothing"),
    "paired": ("自评表 {0} 已与同一项目的绩效目标表 {1} 对照（EVAL-08）",
               "The self-evaluation {0} was compared with the target form of the same project, {1} (EVAL-08)"),
    "format_mismatch": ("--format {0}与输出文件{1}的扩展名不一致（扩展名表示{2}）",
                        "--format {0} does not match the output file {1} (its name says {2})"),
    "output_is_input": ("输出文件{0}就是被检查的文件{1}，不能用报告覆盖它",
                        "The output {0} is the input {1}: a report never overwrites a form"),
    "annotated_over_input": ("批注副本将写入文件夹{2}，其中有被检查的文件{1}，会被覆盖；请换一个输出文件名",
                             "Annotated copies go to {2}, which holds the input {1}: it would be overwritten; "
                             "choose another output name"),
    "interrupted": ("已中断{0}", "Interrupted{0}"),
    "interrupted_checking": ("：检查{0}个文件时中断，未写入报告", ": while checking {0} files; no report was written"),
    "interrupted_writing": ("：写入报告时中断，未写入任何文件", ": while writing the report; nothing was written"),
    "interrupted_partly": ("：已写入{0}，其余未写入", ": written {0}; the rest was not written"),
    "kept": ("；原有的{0}保持不变", "; the existing {0} is unchanged"),
}

# click's own words (help headings, the usage prefix, the help option), as (Chinese, English)
CLICK_WORDS = {"Usage:": ("用法：", "Usage:"), "Options": ("选项", "Options"), "Commands": ("命令", "Commands"),
               "Positional arguments": ("参数", "Arguments"), "help": ("显示帮助并退出", "Show this message and exit."),
               "version": ("显示版本并退出", "Show the version and exit.")}

# Placeholders in the usage line and the option list, as (Chinese, English)
METAVARS = {"options": ("[选项]", "[OPTIONS]"), "command": ("命令 [参数]...", "COMMAND [ARGS]..."),
            "paths": ("文件或文件夹...", "PATH..."), "texts": ("指标值...", "VALUE..."), "path": ("文件", "FILE"),
            "profile": ("配置名", "NAME"), "extra_rules": ("文件或文件夹", "PATH"), "config": ("文件", "FILE"),
            "waivers_file": ("文件", "FILE"), "fmt": ("格式", "FORMAT"), "output": ("文件", "FILE"),
            "lang": ("语言", "LANG"), "fail_on": ("级别", "LEVEL"), "jobs": ("数量", "N"),
            "group_depth": ("层数", "N"), "against": ("文件", "FILE"), "host": ("地址", "HOST"), "port": ("端口", "PORT"),
            "workers": ("数量", "N"), "token": ("令牌", "TOKEN"), "rule_id": ("规则编号", "RULE"), "baseline_file": ("文件", "LAST.json")}

_FORMATS = "table、json、csv、md、html、xlsx"
# Help of each command ("" its description, "epilog" its examples) and option, as (Chinese, English)
HELP: dict[str, dict[str, tuple[str, str]]] = {
    "cli": {"lang": ("界面语言：zh（默认）、en", "Language: zh (default), en"),
            "": ("jxcheck：按财政评审口径检查绩效目标表和绩效自评表。\n\n用 jxcheck 命令 --help 查看各命令的用法。",
                 "jxcheck: checks performance target and self-evaluation forms as a finance-bureau reviewer does."
                 "\n\nSee jxcheck COMMAND --help for each command.")},
    "validate": {
        "": ("检查一个或多个绩效表文件；文件夹会逐层查找，按第一层文件夹（县市）汇总。",
             "Check one or more form files; folders are walked and rolled up by their first level (county)."),
        "epilog": ("\b\n示例：\n  jxcheck validate 表.xlsx\n  jxcheck validate 各县/ -o 报告.xlsx\n"
                   "  jxcheck validate 表.txt --format json --lang en\n  jxcheck validate 自评表.xlsx --against 目标表.xlsx\n"
                   "\b\n退出码：\n"
                   "  0  没有达到 --fail-on 级别的问题\n  1  有表格存在达到该级别的问题\n"
                   "  2  用法有误，或有文件完全无法读取（报告中仍有其条目）\n  130  被 Ctrl-C 中断",
                   "\b\nExamples:\n  jxcheck validate form.xlsx\n  jxcheck validate counties/ -o report.xlsx\n"
                   "  jxcheck validate form.txt --format json --lang en\n"
                   "  jxcheck validate self-evaluation.xlsx --against target.xlsx\n\b\nExit codes:\n"
                   "  0  nothing at or above --fail-on\n  1  some form has a finding at or above it\n"
                   "  2  bad usage, or an input that could not be read at all (it still has its entry)\n"
                   "  130  interrupted by Ctrl-C"),
        "profile": ("规则配置：auto（默认，按表中指标体系自动选择）、legacy、central-2021",
                    "Rule profile: auto (default: chosen by the form's indicator scheme), legacy, central-2021"),
        "extra_rules": ("附加的规则文件或文件夹（可重复）", "An extra rule file or folder (repeatable)"),
        "config": ("配置文件：停用规则、调整级别、参数或阈值", "A config file: switch rules off, change levels, parameters"),
        "waivers_file": ("豁免文件：经审核同意的个别问题", "A waivers file: single findings a reviewer accepted"),
        "fmt": (f"报告格式：{_FORMATS}；默认按 --output 的扩展名，否则为 table",
                f"Report format: {_FORMATS.replace('、', ', ')}; default: from --output's extension, else table"),
        "output": ("写入文件而不是标准输出（xlsx必须指定）；写完后才替换原文件",
                   "Write to a file instead of standard output (needed for xlsx); replaced only when complete"),
        "lang": ("界面语言：zh（默认）、en", "Language: zh (default), en"),
        "fail_on": ("达到此级别即以1退出：error（默认）、warning、info、never",
                    "Exit with 1 at this level: error (default), warning, info, never"),
        "jobs": ("并行进程数（默认0：CPU核数；不超过CPU核数和文件数）",
                 "Worker processes (default 0: the cores; never more than the cores or the files)"),
        "group_depth": ("按文件夹分组汇总的层级：1（默认）为第一层（县市），0为不分组",
                        "Folder levels to roll up by: 1 (default) the first level (county), 0 none"),
        "baseline_file": ("上一轮的JSON报告（validate --format json）：每个问题标为新增或未改，并列出已改的问题",
                          "The last round's JSON report (validate --format json): each finding marked new or unchanged, "
                          "and the findings fixed since listed"),
        "against": ("批复的绩效目标表：自评表的指标与之对照（EVAL-08）；不指定时，同一批中同单位、同项目、同年度的"
                    "目标表自动对照",
                    "The approved target form a self-evaluation's indicators are compared with (EVAL-08); without it, "
                    "a target form of the same unit, project and year in the same run is used"),
    },
    "fix": {"": ("把可机械修正的问题改在副本里（原文件不动）：比较符写法（>= → ≥，﹦ → ＝）、表中单位为万元时“≤60万”写作“≤60万元”、"
                 "“95%以上”写作“≥95%”、多余空格和不可见字符、全角数字，以及写在指标名称里的单位移入空着的计量单位列。"
                 "工作簿保留全部格式、合并单元格和公式，改过的单元格加批注注明原值。",
                 "Correct what is mechanical in a copy (the original is never touched): comparators (>= → ≥, ﹦ → ＝), "
                 "≤60万 → ≤60万元 on a form kept in 万元, 95%以上 → ≥95%, stray spaces and invisible characters, full-width "
                 "digits, and a unit in the name moved to an empty unit column. A workbook keeps every format, merge and "
                 "formula; each changed cell is commented with what it was."),
            "epilog": ("\b\n示例：\n  jxcheck fix 表.xlsx -o 表_修正.xlsx\n  jxcheck fix 表.txt --dry-run",
                       "\b\nExamples:\n  jxcheck fix form.xlsx -o form_fixed.xlsx\n  jxcheck fix form.txt --dry-run"),
            "output": ("修正后的副本（与原文件同一格式）", "The corrected copy (the original's format)"),
            "dry_run": ("只列出将要做的修改，不写文件", "List the changes; write nothing"),
            "lang": ("界面语言：zh（默认）、en", "Language: zh (default), en")},
    "explain": {"": ("说明一条规则：检查什么、为什么（依据与证据标签）、级别与情形、可配置的参数，以及取自规则自身测试用例的"
                     "不通过和通过的例子。",
                     "Explain a rule: what it checks and why (its basis and evidence tags), its severities and cases, the "
                     "parameters a config may change, and a failing and a passing example from the rule's own test cases."),
                "epilog": ("\b\n示例：\n  jxcheck explain STR-06\n  jxcheck explain eval-03 --lang en",
                           "\b\nExamples:\n  jxcheck explain STR-06\n  jxcheck explain eval-03 --lang en"),
                "profile": ("规则配置：auto（默认）、legacy、central-2021", "Rule profile: auto (default), legacy, central-2021"),
                "lang": ("界面语言：zh（默认）、en", "Language: zh (default), en")},
    "serve": {"": ("启动检查服务：上传页面（/）和接口（/api/v1，说明见 /docs）。限额见 docs/service.md，可用环境变量调整。",
                   "Start the service: the upload page (/) and the API (/api/v1, described at /docs). Limits: docs/service.md."),
              "host": ("监听地址（默认127.0.0.1；其他地址必须设置令牌）",
                       "Address to listen on (default 127.0.0.1; any other needs a token)"),
              "port": ("端口（默认8000）", "Port (default 8000)"),
              "workers": ("服务进程数（默认0：CPU核数）", "Server processes (default 0: the cores)"),
              "token": ("访问令牌（也可用环境变量 JXCHECK_TOKEN）；设置后每次访问都要提供",
                        "Access token (or JXCHECK_TOKEN); asked on every call when set"),
              "lang": ("界面语言：zh（默认）、en", "Language: zh (default), en")},
    "parse-value": {"": ("解析指标值（如“≥521人”“≤60万”“12月底前”）；“-”表示从标准输入逐行读取。",
                         "Read indicator values (≥521人, ≤60万, 12月底前); '-' reads one value per line from stdin."),
                    "as_json": ("每个值输出一行JSON", "One JSON object per value, one per line"),
                    "lang": ("界面语言：zh（默认）、en", "Language: zh (default), en")},
    "rules": {"": ("列出规则：编号、级别、名称、依据。", "List the rules: id, severity, title, basis."),
              "profile": ("规则配置：auto（默认）、legacy、central-2021", "Rule profile: auto (default), legacy, central-2021"),
              "fmt": ("输出格式：table（默认）、json、md", "Output format: table (default), json, md"),
              "lang": ("界面语言：zh（默认）、en", "Language: zh (default), en")},
    "convert": {"": ("按读取结果输出规范格式的表格（YAML；--output x.json 输出JSON）。",
                     "Write the form as read, in the canonical format (YAML; --output x.json for JSON)."),
                "output": ("写入文件（.yaml、.yml 或 .json）", "Write to a file (.yaml, .yml or .json)"),
                "lang": ("界面语言：zh（默认）、en", "Language: zh (default), en")},
}


def say(key: str, lang: str, *args: object) -> str:
    zh, en = MESSAGES[key]
    return (en if lang == "en" else zh).format(*args)
