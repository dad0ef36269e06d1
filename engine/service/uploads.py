"""Uploads into a private temporary folder: each file under its own (cleaned) name, a zip unpacked into a
folder named after it, every size counted as it arrives. A zip is refused whole when it would write
outside its folder (zip-slip), hold too many files, or inflate past the limits (a zip bomb); its
members' names are read as GB18030 when the zip does not mark them UTF-8 (Windows' Chinese zips)."""
from __future__ import annotations

import os
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import AsyncIterator, Protocol

from jxcheck.engine.service.limits import MB, Limits

_CHUNK = 1 << 16
_UNSAFE = re.compile(r'[\x00-\x1f<>:"|?*\\/]')


class UploadError(Exception):
    """A request the service refuses: its HTTP status, a message key (engine.service.messages) and values."""

    def __init__(self, status: int, key: str, *args: object) -> None:
        super().__init__(key)
        self.status, self.key, self.args_ = status, key, args


class Upload(Protocol):
    filename: str | None

    async def read(self, size: int = -1) -> bytes: ...


@dataclass
class Saved:
    inputs: list[Path]  # what the run checks: files, and the folder each zip was unpacked into
    names: dict[str, str]  # a path inside the temporary folder -> the name the user knows it by
    count: int  # files written


def clean_name(name: str | None) -> str:
    """The last part of an uploaded name, without characters a file system or a shell would trip on."""
    base = re.split(r"[\\/]", name or "")[-1].strip()
    base = _UNSAFE.sub("_", base).lstrip(".")
    return base[:200] or "upload"


async def chunks(upload: Upload) -> AsyncIterator[bytes]:
    while data := await upload.read(_CHUNK):
        yield data


async def save(uploads: list[Upload], folder: Path, limits: Limits) -> Saved:
    """Write every upload into `folder` (which the caller removes), counting sizes against the limits."""
    if not uploads:
        raise UploadError(400, "no_files")
    saved = Saved([], {}, 0)
    total = 0
    used: set[str] = set()
    for upload in uploads:
        name = _unique(clean_name(upload.filename), used)
        path = folder / name
        size = 0
        with open(path, "wb") as out:
            async for data in chunks(upload):
                size += len(data)
                total += len(data)
                if size > limits.file_mb * MB:
                    raise UploadError(413, "file_too_large", upload.filename or name, limits.file_mb)
                if total > limits.request_mb * MB:
                    raise UploadError(413, "request_too_large", limits.request_mb)
                out.write(data)
        if name.lower().endswith(".zip"):
            target = folder / _unique(name[:-4] or "zip", used)
            unpack(path, target, limits, upload.filename or name)
            path.unlink()
            saved.inputs.append(target)
            saved.names[str(target)] = target.name
            saved.count += sum(1 for p in target.rglob("*") if p.is_file())
        else:
            saved.inputs.append(path)
            saved.names[str(path)] = name
            saved.count += 1
    return saved


def _unique(name: str, used: set[str]) -> str:
    stem, dot, suffix = name.rpartition(".")
    candidate, n = name, 1
    while candidate.lower() in used:
        n += 1
        candidate = f"{stem} ({n}).{suffix}" if dot else f"{name} ({n})"
    used.add(candidate.lower())
    return candidate


def member_name(info: zipfile.ZipInfo) -> str:
    """A member's name as its maker wrote it: zips from Chinese Windows carry GBK names, and Linux `zip` UTF-8
    names, both without the UTF-8 flag (zipfile then reads them as cp437)."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def _system_file(parts: tuple[str, ...]) -> bool:
    """What an operating system adds to a zip: macOS's __MACOSX folder and ._ files, hidden files, Thumbs.db."""
    return any(p == "__MACOSX" or (p.startswith(".") and p not in (".", "..")) for p in parts) or (bool(parts) and parts[-1].lower() in
                                                                       ("thumbs.db", "desktop.ini"))


def _safe_parts(name: str) -> tuple[str, ...] | None:
    """The member's path inside the folder, or None when it would leave it (absolute, .., a drive)."""
    posix = PurePosixPath(name.replace("\\", "/"))
    if posix.is_absolute() or re.match(r"^[A-Za-z]:", name) or any(p == ".." for p in posix.parts):
        return None
    return tuple(clean_name(p) for p in posix.parts if p not in ("", "."))


def unpack(path: Path, target: Path, limits: Limits, shown: str) -> None:
    """Unpack a zip into `target`, all or nothing."""
    try:
        book = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise UploadError(400, "zip_unreadable", shown) from None
    with book:
        infos = [i for i in book.infolist() if not i.is_dir()]
        if len(infos) > limits.zip_files:
            raise UploadError(413, "zip_too_many", shown, len(infos), limits.zip_files)
        declared = 0
        places: list[tuple[zipfile.ZipInfo, tuple[str, ...]]] = []
        for info in infos:
            parts = _safe_parts(member_name(info))
            if parts is None:
                raise UploadError(400, "zip_slip", shown, member_name(info))
            if _system_file(PurePosixPath(member_name(info).replace("\\", "/")).parts):
                continue
            if stat.S_ISLNK(info.external_attr >> 16):
                raise UploadError(400, "zip_slip", shown, member_name(info))  # a link can point anywhere
            declared += info.file_size
            if info.file_size > (1 << 20) and info.file_size > limits.zip_ratio * max(info.compress_size, 1):
                raise UploadError(413, "zip_bomb", shown)
            if parts:
                places.append((info, parts))
        if declared > limits.zip_total_mb * MB:
            raise UploadError(413, "zip_bomb", shown)
        tops = {parts[0] for _, parts in places}
        if len(tops) == 1 and all(len(parts) > 2 for _, parts in places):  # the folder itself zipped
            places = [(info, parts[1:]) for info, parts in places]         # (各县报送/衡山县/…): its subfolders group
        target.mkdir()
        written = 0
        for info, parts in places:
            out_path = target.joinpath(*parts)
            if not out_path.resolve().is_relative_to(target.resolve()):
                raise UploadError(400, "zip_slip", shown, member_name(info))
            out_path.parent.mkdir(parents=True, exist_ok=True)
            try:
                with book.open(info) as member, open(out_path, "wb") as out:
                    while data := member.read(_CHUNK):
                        written += len(data)
                        if written > limits.zip_total_mb * MB:
                            raise UploadError(413, "zip_bomb", shown)
                        out.write(data)
            except (zipfile.BadZipFile, RuntimeError, NotImplementedError, EOFError, OSError):
                raise UploadError(400, "zip_unreadable", shown) from None  # encrypted, or lying about its sizes
            os.utime(out_path)
