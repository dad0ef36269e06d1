"""What the service tells a client, in the request's language (Chinese first)."""
from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "no_files": ("请求中没有文件（表单字段 files）", "The request holds no file (form field 'files')"),
    "file_too_large": ("文件“{0}”超过大小上限{1} MB", "The file “{0}” is larger than the limit of {1} MB"),
    "request_too_large": ("本次上传的文件合计超过上限{0} MB", "The files of this request exceed the limit of {0} MB"),
    "zip_unreadable": ("压缩包“{0}”无法读取（已损坏或已加密）", "The zip “{0}” cannot be read (damaged or encrypted)"),
    "zip_too_many": ("压缩包“{0}”内有{1}个文件，超过上限{2}个", "The zip “{0}” holds {1} files, more than the limit of {2}"),
    "zip_slip": ("压缩包“{0}”中的“{1}”会写到压缩包目录之外，已拒绝",
                 "The zip “{0}” was refused: “{1}” would be written outside its folder"),
    "zip_bomb": ("压缩包“{0}”解压后过大或压缩比异常（疑为压缩炸弹），已拒绝",
                 "The zip “{0}” was refused: it would inflate too far (a zip bomb)"),
    "bad_param": ("参数{0}的值“{1}”无效（可用：{2}）", "Parameter {0}: “{1}” is not valid (use: {2})"),
    "busy": ("服务繁忙，请稍后重试", "The service is busy; try again shortly"),
    "timeout": ("检查超过{0}秒未完成，请减少文件后重试", "The check took longer than {0} seconds; send fewer files"),
    "unauthorized": ("缺少或错误的访问令牌", "Missing or wrong access token"),
    "no_rule": ("没有规则“{0}”", "There is no rule “{0}”"),
    "no_workbook": ("批注副本只针对.xlsx工作簿，本次上传中没有", "Annotated copies are made of .xlsx workbooks; none was sent"),
    "nothing_marked": ("工作簿中没有可标注的问题单元格", "No finding in the workbook names a cell to mark"),
    "not_found": ("没有这个地址", "No such address"),
    "wrong_method": ("这个地址不接受{0}请求", "This address does not take {0}"),
    "bad_request": ("请求格式不对{0}：文件须以表单字段 files 上传（curl -F files=@文件名）",
                    "Malformed request {0}: send files as the form field 'files' (curl -F files=@FILE)"),
}


def message(key: str, lang: str, *args: object) -> str:
    zh, en = MESSAGES[key]
    return (en if lang == "en" else zh).format(*args)
