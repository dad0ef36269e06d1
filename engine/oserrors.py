"""What the system said when a file could not be read or written, in the user's language (the OS's own
text, "No space left on device", is English whatever the user reads)."""
from __future__ import annotations

import errno

_REASONS = {
    errno.ENOENT: ("文件或目录不存在", "no such file or folder"),
    errno.EACCES: ("没有权限", "permission denied"),
    errno.EPERM: ("操作不被允许", "operation not permitted"),
    errno.EISDIR: ("这是一个文件夹", "it is a folder"),
    errno.ENOTDIR: ("路径中有一段不是文件夹", "a part of the path is not a folder"),
    errno.ENOSPC: ("磁盘空间不足", "no space left on the disk"),
    errno.EDQUOT: ("磁盘配额已用完", "the disk quota is used up"),
    errno.EROFS: ("只读文件系统", "a read-only file system"),
    errno.EFBIG: ("文件过大", "the file is too large"),
    errno.ENAMETOOLONG: ("文件名过长", "the file name is too long"),
    errno.EMFILE: ("打开的文件过多", "too many open files"),
    errno.EIO: ("读写设备出错", "an input/output error"),
    errno.EEXIST: ("文件已存在", "the file exists"),
    errno.ELOOP: ("链接形成循环", "a loop of links"),
    errno.EBUSY: ("文件正被占用", "the file is busy"),
    errno.EPIPE: ("管道已关闭", "the pipe is closed"),
}


ENGLISH = {zh: en for zh, en in _REASONS.values()}


def os_reason(exc: BaseException, lang: str) -> str:
    """A short reason for an OSError (its errno), or for another error its type."""
    code = getattr(exc, "errno", None)
    if code in _REASONS:
        zh, en = _REASONS[code]
        return en if lang == "en" else zh
    if code is not None:
        return f"system error {code}" if lang == "en" else f"系统错误{code}"
    return type(exc).__name__
