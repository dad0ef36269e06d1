"""The page's files, served by the app itself (these offices are often offline: nothing comes from the
internet), and the API reference at /docs, written from the OpenAPI description."""
from __future__ import annotations

import html
from functools import lru_cache
from pathlib import Path

STATIC = Path(__file__).resolve().parent / "static"
MEDIA = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
         ".svg": "image/svg+xml"}


@lru_cache(maxsize=8)
def _read(name: str) -> bytes:
    return (STATIC / name).read_bytes()


def index() -> bytes:
    return _read("index.html")


def asset(name: str) -> tuple[bytes, str] | None:
    """A file of the page by its plain name (app.js, app.css); None for anything else."""
    if "/" in name or "\\" in name or name.startswith(".") or name == "index.html":
        return None
    path = STATIC / name
    if path.suffix not in MEDIA or not path.is_file():
        return None
    return _read(name), MEDIA[path.suffix]


def api_reference(spec: dict) -> str:
    """The API in one page: each path, its method, summary, description and parameters."""
    rows = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = ", ".join(f"<code>{html.escape(p['name'])}</code>" for p in op.get("parameters", []))
            body = " · multipart <code>files</code>" if "requestBody" in op else ""
            rows.append(f"<tr><td><b>{method.upper()}</b></td><td><code>{html.escape(path)}</code></td>"
                        f"<td>{html.escape(op.get('summary', ''))}<br><small>{html.escape(op.get('description', ''))}"
                        f"</small></td><td>{params}{body}</td></tr>")
    return ("<!doctype html><meta charset='utf-8'><title>jxcheck API</title>"
            "<style>body{font:14px/1.5 sans-serif;margin:2em;max-width:70em}td{border-bottom:1px solid #ddd;"
            "padding:.4em;vertical-align:top}code{background:#f3f3f3;padding:0 .2em}</style>"
            f"<h1>jxcheck API v1</h1><p>{html.escape(spec.get('info', {}).get('description', ''))}</p>"
            "<p>OpenAPI: <a href='/openapi.json'>/openapi.json</a></p>"
            "<table><tr><th>方法</th><th>地址</th><th>说明</th><th>参数</th></tr>" + "".join(rows) + "</table>")


def unauthorized(text: str) -> str:
    """The page's answer without the token: what happened and how to get in."""
    return ("<!doctype html><meta charset='utf-8'><title>jxcheck</title><body style='font:15px sans-serif;margin:3em'>"
            f"<h1>绩效表检查</h1><p><b>{html.escape(text)}</b></p>"
            "<p>本服务设置了访问令牌。请使用管理员提供的带 <code>?token=…</code> 的地址打开本页。</p>"
            "<p>This service needs an access token: open the address with <code>?token=…</code> that its "
            "administrator gave you.</p></body>")
