"""Why a file could not be read: the Chinese reasons the readers give, and their English wording for
--lang en. A reason not listed here (a library's own message) is shown as it is."""
from __future__ import annotations

import re

from jxcheck.engine.oserrors import ENGLISH as OS_ENGLISH

_LOCK = "Office的临时锁定文件（原文件正在被打开），不是表格本身"
_HTML = "实为网页（HTML）文件（常见于从业务系统导出的“Excel/Word”），请用Excel或Word打开后另存为.xlsx或.docx再检查"

# (pattern of the Chinese reason, English wording with the same groups)
_ENGLISH = [
    (r"文件不存在", "no such file"),
    (r"文件过大（(\d+) MB），不是绩效目标表", r"the file is too large (\1 MB) to be a target form"),
    (r"工作表“(.*)”过大（(\d+)行×(\d+)列），不是绩效目标表", r"sheet “\1” is too large (\2 rows × \3 columns) to be a form"),
    (r"工作表“(.*)”的范围过大（约(\d+)个单元格），不是绩效目标表", r"sheet “\1” spans too many cells (about \2)"),
    (r"文件有密码保护，无法读取", "the file is password-protected"),
    (r"文件有密码保护，或实为旧版.xls格式（请另存为.xlsx后检查）",
     "the file is password-protected, or an old .xls file under another name (save it as .xlsx)"),
    (r"文件已损坏或不是有效的Excel文件", "the file is damaged or not an Excel workbook"),
    (r"文件有密码保护或为旧版.doc格式，请另存为.docx后检查",
     "the file is password-protected or an old .doc file (save it as .docx)"),
    (r"文件已损坏或不是有效的Word文件", "the file is damaged or not a Word document"),
    (r"旧版Word（.doc）格式不支持，请另存为.docx后检查", "old Word (.doc) files are not supported: save it as .docx"),
    (r"UTF-16文本无法解码", "the UTF-16 text cannot be decoded"),
    (r"不是文本文件（含二进制内容）", "not a text file (it holds binary content)"),
    (r"无法识别的文本编码（既不是UTF-8也不是GB18030）", "unknown text encoding (neither UTF-8 nor GB18030)"),
    (r"YAML/JSON格式错误（第(\d+)行）", r"YAML/JSON syntax error (line \1)"),
    (r"YAML/JSON格式错误", "YAML/JSON syntax error"),
    (r"不符合规范表格式：(.*)", r"not a canonical form: \1"),
    (r"不支持的文件格式“无扩展名”", "unsupported file type (no extension)"),
    (r"不支持的文件格式“(.*)”", r"unsupported file type “\1”"),
    (r"读取出错（(.*)）", r"reading failed (\1)"),
    (r"处理此文件时检查进程异常退出", "the checking process died on this file"),
    (r"压缩包内文件过多（(\d+)个，上限(\d+)个），不是绩效表", r"the archive holds too many files (\1, at most \2)"),
    (r"压缩包内“(.*)”的压缩比异常（(\d+)倍），疑为压缩炸弹，已拒绝读取",
     r"“\1” in the archive inflates \2 times: refused as a likely zip bomb"),
    (r"压缩包解压后过大（(\d+) MB，上限(\d+) MB），不是绩效表", r"the archive inflates to \1 MB (at most \2 MB)"),
    (r"压缩包解压后过大（上限(\d+) MB），不是绩效表", r"the archive inflates past \1 MB"),
    (r"压缩包内“(.*)”解压后过大（(\d+) MB，上限(\d+) MB），疑为压缩炸弹，已拒绝读取",
     r"“\1” in the archive inflates past \3 MB: refused as a likely zip bomb"),
    (r"不是普通文件（设备、管道或文件夹），无法作为表格读取", "not a regular file (a device, a pipe or a folder)"),
    (r"压缩包已损坏或内容与目录不符，已拒绝读取", "the archive is damaged or its members are not what its directory says"),
    (r"表格行数过多（(\d+)行，上限(\d+)行），不是绩效表", r"too many rows (\1, at most \2) for a form"),
    (re.escape(_LOCK), "an Office lock file (the original is open somewhere), not the form itself"),
    (re.escape(_HTML), "a web page (HTML) under an Office name, as business systems often export: open it in "
                       "Excel or Word and save it as .xlsx or .docx"),
]
_COMPILED = [(re.compile(pattern + "$", re.S), english) for pattern, english in _ENGLISH]


def english(reason: str) -> str:
    if reason in OS_ENGLISH:
        return OS_ENGLISH[reason]
    for pattern, wording in _COMPILED:
        m = pattern.match(reason)
        if m:
            return m.expand(wording)
    return reason


def disguised(path, head: bytes) -> str | None:
    """The reason for an Office-named file that is something else: a lock file or a web page."""
    if path.name.startswith("~$"):
        return _LOCK
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    web = start.startswith((b"<!doctype html", b"<html", b"<table", b"<meta", b"mime-version:")) or \
        (start.startswith(b"<?xml") and b"<html" in start)
    return _HTML if web else None
