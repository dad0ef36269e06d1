"""Zip containers (.xlsx, .docx, and the service's zip uploads) checked before any library inflates them:
a 1 MB file must not become gigabytes in memory. Every member's declared size, the total and the
compression ratio are checked from the directory, then every member is inflated once in small pieces
with a running count, so a member that lies about its size is caught too (zipfile stops at the declared
size and the CRC fails)."""
from __future__ import annotations

import zipfile
from dataclasses import dataclass
from typing import IO

from jxcheck.engine.readers.text import Unreadable

_CHUNK = 1 << 16


@dataclass(frozen=True)
class Limits:
    member: int = 64 * 1024 * 1024  # one inflated member (a form's sheet XML is well under 1 MB)
    total: int = 128 * 1024 * 1024  # all members inflated
    members: int = 2_000
    ratio: int = 200  # inflated / compressed, for members over 1 MB inflated (XML compresses 10–30x)


DEFAULT = Limits()


def check(source: str | IO[bytes], limits: Limits = DEFAULT, verify: bool = True) -> None:
    """Raise Unreadable (FORM-01's reason) when the container would inflate past the limits. Not a zip at
    all is left to the library (it says so in its own terms)."""
    try:
        book = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    with book:
        try:
            infos = book.infolist()
            declared(infos, limits)
            if verify:
                _inflate(book, infos, limits)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError, ValueError,
                OSError):  # a member that lies about its size fails its CRC here, before any library inflates it
            raise Unreadable("压缩包已损坏或内容与目录不符，已拒绝读取") from None


def declared(infos: list[zipfile.ZipInfo], limits: Limits = DEFAULT) -> None:
    """The sizes the zip's directory declares, against the limits."""
    if len(infos) > limits.members:
        raise Unreadable(f"压缩包内文件过多（{len(infos)}个，上限{limits.members}个），不是绩效表")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > limits.member:
            raise Unreadable(_too_big(info.filename, info.file_size, limits.member))
        if info.file_size > (1 << 20) and info.file_size > limits.ratio * max(info.compress_size, 1):
            raise Unreadable(f"压缩包内“{info.filename}”的压缩比异常（{info.file_size // max(info.compress_size, 1)}倍），"
                             "疑为压缩炸弹，已拒绝读取")
    if total > limits.total:
        raise Unreadable(f"压缩包解压后过大（{total // (1 << 20)} MB，上限{limits.total // (1 << 20)} MB），不是绩效表")


def _inflate(book: zipfile.ZipFile, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        size = 0
        with book.open(info) as member:
            while chunk := member.read(_CHUNK):
                size += len(chunk)
                total += len(chunk)
                if size > limits.member:
                    raise Unreadable(_too_big(info.filename, size, limits.member))
                if total > limits.total:
                    raise Unreadable(f"压缩包解压后过大（上限{limits.total // (1 << 20)} MB），不是绩效表")


def _too_big(name: str, size: int, limit: int) -> str:
    return f"压缩包内“{name}”解压后过大（{size // (1 << 20)} MB，上限{limit // (1 << 20)} MB），疑为压缩炸弹，已拒绝读取"
