"""The HTTP service: the upload page at /, the API under /api/v1 (described at /docs and /openapi.json), and
/healthz. Every check is one engine.run.check_inputs call over a private temporary folder that is removed
before the response leaves; checks wait in a bounded queue (busy: 503 with Retry-After); a token, when one
is set, is asked on every API call and on the page. Nothing is logged but counts and times."""
from __future__ import annotations

import asyncio
import hmac
import io
import logging
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from fastapi import FastAPI, File, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response

from jxcheck.engine import batch
from jxcheck.engine.report import json_report, output_file, rule_doc, rule_list
from jxcheck.engine.rules import rulebook
from jxcheck.engine.run import FAIL_ON, Run, check_inputs
from jxcheck.engine.service import grid, page
from jxcheck.engine.service.limits import Limits
from jxcheck.engine.service.messages import message
from jxcheck.engine.service.uploads import Saved, UploadError, save

log = logging.getLogger("jxcheck.service")
LANGS = ("zh", "en")
PROFILES = (rulebook.DEFAULT_PROFILE, "legacy", "central-2021")
FORMATS = ("json", "csv", "xlsx", "html")
MEDIA = {"json": "application/json", "csv": "text/csv; charset=utf-8", "html": "text/html; charset=utf-8",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
TOKEN_HEADER = "X-Jxcheck-Token"


class Refused(Exception):
    """A request answered with a 4xx or 503 and a JSON body naming the problem in the request's language."""

    def __init__(self, status: int, key: str, *args: object, headers: dict[str, str] | None = None) -> None:
        super().__init__(key)
        self.status, self.key, self.args_, self.headers = status, key, args, headers or {}


class Gate:
    """At most `running` checks at once in this process, at most `queue` waiting; more is busy (503)."""

    def __init__(self, running: int, queue: int) -> None:
        self.slots = asyncio.Semaphore(running)
        self.queue, self.waiting = queue, 0

    async def run(self, work: Callable[[], Any], seconds: int) -> Any:
        if self.waiting >= self.queue:
            raise Refused(503, "busy", headers={"Retry-After": "5"})
        self.waiting += 1
        try:
            await self.slots.acquire()
        finally:
            self.waiting -= 1
        future = asyncio.get_running_loop().run_in_executor(None, work)
        future.add_done_callback(lambda _: self.slots.release())  # the slot is free when the work is, not before
        try:
            return await asyncio.wait_for(asyncio.shield(future), seconds)
        except asyncio.TimeoutError:
            raise Refused(503, "timeout", seconds, headers={"Retry-After": "30"}) from None


def create_app(limits: Limits | None = None, token: str | None = None) -> FastAPI:
    limits = limits or Limits.from_env()
    app = FastAPI(title="jxcheck", version="1", docs_url=None, redoc_url=None, openapi_url=None,
                  description="绩效目标表与绩效自评表检查服务 · Checks Chinese budget performance forms. "
                              "With a token set, send it as the header X-Jxcheck-Token.")
    gate = Gate(limits.running(), limits.queue)
    books: dict[str, rulebook.Rulebook] = {}

    def book_for(profile: str) -> rulebook.Rulebook:
        if profile not in books:
            books[profile] = batch.Settings(profile=profile).book()
        return books[profile]

    def choice(name: str, value: str, allowed: tuple[str, ...], lang: str) -> str:
        if value not in allowed:
            raise Refused(400, "bad_param", name, value, "、".join(allowed) if lang != "en" else ", ".join(allowed))
        return value

    def guard(request: Request) -> None:
        if token is None:
            return
        given = request.headers.get(TOKEN_HEADER) or request.query_params.get("token") or \
            request.cookies.get("jxcheck_token") or ""
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise Refused(401, "unauthorized")

    def lang_of(request: Request) -> str:
        lang = request.query_params.get("lang", "zh")
        return lang if lang in LANGS else "zh"

    @app.exception_handler(Refused)
    async def refused(request: Request, exc: Refused) -> Response:
        lang = lang_of(request)
        text = message(exc.key, lang, *exc.args_)
        if exc.key == "unauthorized" and request.url.path == "/":  # a person at the page: words, not JSON
            return HTMLResponse(page.unauthorized(text), 401)
        return JSONResponse({"error": exc.key, "message": text}, exc.status, headers=exc.headers)

    @app.exception_handler(UploadError)
    async def upload_refused(request: Request, exc: UploadError) -> JSONResponse:
        return JSONResponse({"error": exc.key, "message": message(exc.key, lang_of(request), *exc.args_)}, exc.status)

    @app.exception_handler(404)
    async def not_found(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"error": "not_found", "message": message("not_found", lang_of(request))}, 404)

    @app.exception_handler(405)
    async def wrong_method(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"error": "wrong_method", "message": message("wrong_method", lang_of(request),
                                                                         request.method)}, 405)

    @app.exception_handler(RequestValidationError)
    async def malformed(request: Request, exc: RequestValidationError) -> JSONResponse:
        where = next((".".join(str(p) for p in e.get("loc", ())[1:]) for e in exc.errors()), "")
        return JSONResponse({"error": "bad_request", "message": message("bad_request", lang_of(request), where)}, 400)

    @app.exception_handler(Exception)
    async def failed(request: Request, exc: Exception) -> JSONResponse:  # never a traceback to the client
        log.error("request failed: %s", type(exc).__name__)
        return JSONResponse({"error": "internal", "message": "服务内部错误" if lang_of(request) != "en"
                             else "Internal error"}, 500)

    async def checked(request: Request, files: list[UploadFile], profile: str, lang: str,
                      make: Callable[[Run, Saved, Path], Any]) -> Any:
        """Save the uploads, run the check in the queue, make the answer, and remove every upload."""
        guard(request)
        choice("lang", lang, LANGS, lang)
        choice("profile", profile, PROFILES, lang)
        folder = Path(tempfile.mkdtemp(prefix="jxcheck-"))
        started = time.monotonic()
        try:
            saved = await save(files, folder, limits)  # type: ignore[arg-type]
            book = book_for(profile)

            def work() -> Any:
                settings = batch.Settings(profile=profile, lang=lang)
                run = check_inputs([str(p) for p in saved.inputs], settings, book, jobs=1)
                _rename(run, folder)
                return make(run, saved, folder)
            answer = await gate.run(work, limits.request_seconds)
            log.info("checked %d files in %.2f s", saved.count, time.monotonic() - started)
            return answer
        except (Refused, UploadError) as exc:
            log.info("refused a request: %s", exc.key)
            raise
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    @app.get("/healthz", summary="Health", tags=["service"])
    async def healthz() -> dict:
        return {"status": "ok", "queue": gate.waiting}

    @app.post("/api/v1/validate", tags=["check"], summary="Check forms (a form, or a zip of a folder tree)")
    async def validate(request: Request, files: list[UploadFile] = File(default=[]), profile: str = Query("auto"),
                       lang: str = Query("zh"), fail_on: str = Query("error"), format: str = Query("json")
                       ) -> Response:
        """The report in `format` (json: exactly the CLI's `--format json`); the header X-Jxcheck-Exit-Code is
        the CLI's exit code for the same files and `fail_on`."""
        choice("fail_on", fail_on, tuple(FAIL_ON), lang)
        choice("format", format, FORMATS, lang)

        def make(run: Run, saved: Saved, folder: Path) -> Response:
            body = _report(run, format, lang, folder)
            headers = {"X-Jxcheck-Exit-Code": str(run.exit_code(fail_on))}
            if format != "json":
                headers["Content-Disposition"] = f'attachment; filename="jxcheck-report.{format}"'
            return Response(body, media_type=MEDIA[format], headers=headers)
        return await checked(request, files, profile, lang, make)

    @app.post("/api/v1/review", tags=["check"], summary="Check forms for the page: the report and each file's view")
    async def review(request: Request, files: list[UploadFile] = File(default=[]), profile: str = Query("auto"),
                     lang: str = Query("zh")) -> JSONResponse:
        """{"report": the CLI's JSON, "views": each file's rows and cells, keyed as findings are located}."""
        def make(run: Run, saved: Saved, folder: Path) -> JSONResponse:
            import json
            report = json.loads(_report(run, "json", lang, folder))
            files_seen = sorted({r.path for r in run.results})
            views = [grid.view(folder / name, name) for name in files_seen if (folder / name).is_file()]
            return JSONResponse({"report": report, "views": views})
        return await checked(request, files, profile, lang, make)

    @app.post("/api/v1/annotate", tags=["check"], summary="The uploaded workbooks with their problem cells marked")
    async def annotate(request: Request, files: list[UploadFile] = File(default=[]), profile: str = Query("auto"),
                       lang: str = Query("zh")) -> Response:
        """One .xlsx: its annotated copy; several: a zip of them. Cells filled by severity and commented."""
        def make(run: Run, saved: Saved, folder: Path) -> Response:
            return _annotated(run, folder, lang)
        return await checked(request, files, profile, lang, make)

    @app.get("/api/v1/rules", tags=["rules"], summary="The rules: id, severity, title, basis")
    async def rules(request: Request, lang: str = Query("zh"), profile: str = Query("auto")) -> Response:
        guard(request)
        choice("lang", lang, LANGS, lang)
        choice("profile", profile, PROFILES, lang)
        return Response(rule_list.render(book_for(profile), "json", lang), media_type="application/json")

    @app.get("/api/v1/rules/{rule_id}", tags=["rules"], summary="One rule explained")
    async def rule(request: Request, rule_id: str, lang: str = Query("zh")) -> dict:
        guard(request)
        choice("lang", lang, LANGS, lang)
        book = book_for(rulebook.DEFAULT_PROFILE)
        if rule_id.upper() not in book.rules:
            raise Refused(404, "no_rule", rule_id)
        found = book.effective(rule_id.upper())
        listed = next(r for r in rule_list.rows(book, rulebook.DEFAULT_PROFILE) if r["id"] == found.id)
        return {**listed, "explanation": rule_doc.explain(found, book, lang)}

    @app.get("/openapi.json", include_in_schema=False)
    async def openapi(request: Request) -> JSONResponse:
        guard(request)
        return JSONResponse(app.openapi())

    @app.get("/docs", include_in_schema=False)
    async def docs(request: Request) -> HTMLResponse:
        guard(request)
        return HTMLResponse(page.api_reference(app.openapi()))

    @app.get("/", include_in_schema=False)
    async def index(request: Request) -> HTMLResponse:
        guard(request)
        response = HTMLResponse(page.index())
        if token and request.query_params.get("token"):
            response.set_cookie("jxcheck_token", token, httponly=True, samesite="strict")
        return response

    @app.get("/static/{name}", include_in_schema=False)
    async def static(request: Request, name: str) -> Response:
        guard(request)
        asset = page.asset(name)
        if asset is None:
            raise Refused(404, "not_found")
        body, media = asset
        return Response(body, media_type=media, headers={"Cache-Control": "no-cache"})

    return app


def _rename(run: Run, folder: Path) -> None:
    """Results named as the user knows the files (a.xlsx, 县A/b.xlsx), not by the temporary folder."""
    prefix = str(folder) + "/"
    results: Any = run.results  # a list, or a ResultStore: both take an item back
    for n, result in enumerate(results):
        if result.path.startswith(prefix):
            result.path = result.path[len(prefix):]
            results[n] = result  # a run kept on disk stores the renamed result again
    run.lines = [line.replace(prefix, "") for line in run.lines]


def _report(run: Run, fmt: str, lang: str, folder: Path) -> bytes:
    if fmt == "xlsx":
        from jxcheck.engine.report import xlsx_report
        out = folder / ".jxcheck-report.xlsx"
        xlsx_report.write(run.results, out, lang, [])
        return out.read_bytes()
    buffer = io.StringIO()
    output_file.STREAMED[fmt](run.results, buffer, lang)
    return buffer.getvalue().encode("utf-8")  # the csv writer puts its own BOM first


def _annotated(run: Run, folder: Path, lang: str) -> Response:
    from jxcheck.engine.report import xlsx_report
    books = [r for r in run.results if r.path.lower().endswith((".xlsx", ".xlsm"))]
    if not books:
        raise Refused(400, "no_workbook")
    out = folder / ".jxcheck-annotated"
    out.mkdir()
    copies = []
    for path in sorted({r.path for r in books}):
        findings = [f for r in books if r.path == path for f in r.findings]
        copy = xlsx_report.annotate(str(folder / path), findings, out, folder)
        if copy is not None:
            copies.append((path, copy))
    if not copies:
        raise Refused(400, "nothing_marked")
    if len(copies) == 1:
        name = Path(copies[0][0]).stem + ("_批注.xlsx" if lang != "en" else "_annotated.xlsx")
        return Response(copies[0][1].read_bytes(), media_type=MEDIA["xlsx"],
                        headers={"Content-Disposition": _attachment(name)})
    import zipfile
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path, copy in copies:
            bundle.write(copy, path)
    return Response(buffer.getvalue(), media_type="application/zip",
                    headers={"Content-Disposition": _attachment("批注副本.zip" if lang != "en" else "annotated.zip")})


def _attachment(name: str) -> str:
    from urllib.parse import quote
    return f"attachment; filename=\"{quote(name)}\"; filename*=UTF-8''{quote(name)}"


def from_env() -> FastAPI:
    """The app as `jxcheck serve` starts it in each worker: limits and token from the environment, and a log of
    counts and times (never names or contents) on standard error."""
    import os
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s jxcheck %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return create_app(Limits.from_env(), os.environ.get("JXCHECK_TOKEN") or None)
