"""The HTTP service through its API: every endpoint, the CLI's JSON for the same files, bad input as a 4xx with
a message in the request's language, nothing left on disk, a busy queue, concurrent requests that never mix,
and the token."""
from __future__ import annotations

import asyncio
import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the service's components are not installed (pip install '.[serve]')")
import httpx  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from jxcheck.engine.service import app as service  # noqa: E402
from jxcheck.engine.service.app import create_app  # noqa: E402
from jxcheck.engine.service.limits import Limits  # noqa: E402

from conftest import FORMS, REFERENCE  # noqa: E402
from template_forms import template_grid, write_xlsx  # noqa: E402

SELF_EVAL = FORMS.parent / "self_eval" / "clean.txt"


@pytest.fixture(scope="module")
def client():
    return TestClient(create_app(Limits()))


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    from jxcheck.engine.readers import read
    return write_xlsx(template_grid(read(REFERENCE).form), tmp_path_factory.mktemp("wb") / "表.xlsx")


def _files(*paths: Path) -> list[tuple[str, tuple[str, bytes]]]:
    return [("files", (p.name, p.read_bytes())) for p in paths]


def _leftovers() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("jxcheck-*")}


def test_health_rules_and_docs(client):
    assert client.get("/healthz").json()["status"] == "ok"
    rules = client.get("/api/v1/rules").json()
    assert {"STR-06", "EVAL-03", "BUD-08"} <= {r["id"] for r in rules}
    one = client.get("/api/v1/rules/eval-03?lang=en").json()
    assert one["id"] == "EVAL-03" and "EVAL-03" in one["explanation"]
    missing = client.get("/api/v1/rules/XYZ-99")
    assert missing.status_code == 404 and missing.json()["message"] == "没有规则“XYZ-99”"
    assert "/api/v1/validate" in client.get("/openapi.json").json()["paths"]
    assert "/api/v1/validate" in client.get("/docs").text
    page = client.get("/")
    assert page.status_code == 200 and "绩效表检查" in page.text and "/static/app.js" in page.text
    assert client.get("/static/app.js").status_code == 200 and client.get("/static/../app.py").status_code == 404


def test_the_json_is_the_cli_json_for_the_same_files(client, workbook, tmp_path):
    shutil.copy(REFERENCE, tmp_path / REFERENCE.name)
    shutil.copy(workbook, tmp_path / workbook.name)
    shutil.copy(SELF_EVAL, tmp_path / SELF_EVAL.name)
    names = [REFERENCE.name, workbook.name, SELF_EVAL.name]
    cli = subprocess.run([sys.executable, "-m", "jxcheck", "validate", *names, "--format", "json", "--lang", "en"],
                         capture_output=True, text=True, cwd=tmp_path, timeout=120)
    answer = client.post("/api/v1/validate?lang=en", files=_files(*(tmp_path / n for n in names)))
    assert answer.status_code == 200 and answer.json() == json.loads(cli.stdout)
    assert answer.headers["X-Jxcheck-Exit-Code"] == str(cli.returncode)


@pytest.mark.parametrize("fmt, media, start", [("csv", "text/csv", b"\xef\xbb\xbf"), ("html", "text/html", b"<!doctype"),
                                               ("xlsx", "application/vnd.openxmlformats", b"PK")])
def test_every_report_format(client, fmt, media, start):
    answer = client.post(f"/api/v1/validate?format={fmt}", files=_files(REFERENCE))
    assert answer.status_code == 200 and answer.headers["content-type"].startswith(media)
    assert answer.content[:len(start)].lower() == start.lower()


def test_the_page_gets_the_report_and_the_form_as_cells(client, workbook):
    doc = client.post("/api/v1/review", files=_files(workbook)).json()
    (str06,) = [f for f in doc["report"]["results"][0]["findings"] if f["rule"] == "STR-06"]
    (view,) = doc["views"]
    keys = {c["k"] for sheet in view["sheets"] for row in sheet["rows"] for c in row["cells"]}
    assert f"S{str06['location']['sheet']}!{str06['location']['cell']}" in keys


def test_annotated_workbook(client, workbook):
    from openpyxl import load_workbook
    answer = client.post("/api/v1/annotate", files=_files(workbook))
    assert answer.status_code == 200 and "attachment" in answer.headers["content-disposition"]
    book = load_workbook(io.BytesIO(answer.content))
    assert any(cell.comment is not None for sheet in book for row in sheet.iter_rows() for cell in row)
    refused = client.post("/api/v1/annotate", files=_files(REFERENCE))
    assert refused.status_code == 400 and refused.json()["error"] == "no_workbook"


def test_an_unreadable_form_is_a_form01_result_never_a_pass(client):
    answer = client.post("/api/v1/validate", files=[("files", ("坏.xlsx", b"PK\x03\x04 not a workbook"))])
    (result,) = answer.json()["results"]
    assert answer.status_code == 200 and result["verdict"] == "退回"
    assert [f["rule"] for f in result["findings"]] == ["FORM-01"] and answer.headers["X-Jxcheck-Exit-Code"] == "2"


def test_a_zip_of_counties_is_rolled_up_by_its_first_folder(client):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as bundle:
        for county in ("库尔勒市", "轮台县"):
            bundle.write(REFERENCE, f"{county}/表.txt")
    doc = client.post("/api/v1/validate", files=[("files", ("巴州.zip", buffer.getvalue()))]).json()
    assert [r["group"] for r in doc["rollup"]] == ["库尔勒市", "轮台县", "合计"]
    assert sorted(r["path"] for r in doc["results"]) == ["巴州/库尔勒市/表.txt", "巴州/轮台县/表.txt"]


def _zip(members: dict[str, bytes], gbk: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, data in members.items():
            bundle.writestr(name, data)
    return buffer.getvalue()


def test_bad_uploads_are_4xx_in_the_request_s_language_and_leave_nothing(tmp_path):
    limits = Limits(file_mb=1, request_mb=2, zip_files=5, zip_total_mb=3)
    client = TestClient(create_app(limits))
    before = _leftovers()
    bomb = _zip({"a.txt": b"0" * (4 * 1024 * 1024)})
    cases = [
        ({}, [], 400, "no_files", "没有文件"),
        ({"lang": "en"}, [], 400, "no_files", "no file"),
        ({"format": "pdf"}, _files(REFERENCE), 400, "bad_param", "format"),
        ({"lang": "xx"}, _files(REFERENCE), 400, "bad_param", "lang"),
        ({"profile": "x"}, _files(REFERENCE), 400, "bad_param", "profile"),
        ({"fail_on": "x"}, _files(REFERENCE), 400, "bad_param", "fail_on"),
        ({}, [("files", ("大.txt", b"x" * (1024 * 1024 + 1)))], 413, "file_too_large", "大.txt"),
        ({}, [("files", (f"{n}.txt", b"x" * 900_000)) for n in range(3)], 413, "request_too_large", "2 MB"),
        ({}, [("files", ("slip.zip", _zip({"../../etc/x.txt": b"x"})))], 400, "zip_slip", "../../etc/x.txt"),
        ({}, [("files", ("abs.zip", _zip({"/etc/x.txt": b"x"})))], 400, "zip_slip", "/etc/x.txt"),
        ({}, [("files", ("bomb.zip", bomb))], 413, "zip_bomb", "bomb.zip"),
        ({}, [("files", ("many.zip", _zip({f"{n}.txt": b"x" for n in range(6)})))], 413, "zip_too_many", "6"),
        ({}, [("files", ("bad.zip", b"PK\x03\x04broken"))], 400, "zip_unreadable", "bad.zip"),
    ]
    for params, files, status, key, words in cases:
        answer = client.post("/api/v1/validate", params=params, files=files)
        assert (answer.status_code, answer.json()["error"]) == (status, key), (params, answer.text)
        assert words in answer.json()["message"], answer.json()
        assert "Traceback" not in answer.text
    assert _leftovers() == before


def test_a_gbk_named_zip_keeps_its_chinese_names(client):
    """A zip made on Chinese Windows names its members in GBK without the UTF-8 flag."""
    gbk = "县A/表.txt".encode("gb18030")
    stand_in = b"x" * (len(gbk) - 6) + b"/a.txt"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as bundle:
        bundle.writestr(stand_in.decode(), REFERENCE.read_bytes())
    data = buffer.getvalue().replace(stand_in, gbk)  # the name bytes as such a zip holds them
    doc = client.post("/api/v1/validate", files=[("files", ("旧.zip", data))]).json()
    assert [r["path"] for r in doc["results"]] == ["旧/县A/表.txt"]


async def _both(app) -> tuple[dict, dict]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        zh = http.post("/api/v1/validate", params={"lang": "zh", "profile": "legacy"}, files=_files(REFERENCE))
        en = http.post("/api/v1/validate", params={"lang": "en", "profile": "central-2021"}, files=_files(REFERENCE))
        a, b = await asyncio.gather(zh, en)
    return a.json(), b.json()


def test_concurrent_requests_never_mix():
    """Two requests at once, one in Chinese with the legacy profile and one in English with central-2021, each
    answer exactly as the same request alone."""
    app = create_app(Limits(concurrent=2))
    client = TestClient(app)
    alone_zh = client.post("/api/v1/validate", params={"lang": "zh", "profile": "legacy"}, files=_files(REFERENCE)).json()
    alone_en = client.post("/api/v1/validate", params={"lang": "en", "profile": "central-2021"},
                           files=_files(REFERENCE)).json()
    assert alone_zh != alone_en
    for _ in range(3):
        zh, en = asyncio.run(_both(app))
        assert (zh, en) == (alone_zh, alone_en)


def _slow(seconds: float):
    real = service.check_inputs

    def slow(*args, **kwargs):
        time.sleep(seconds)
        return real(*args, **kwargs)
    return slow


async def _many(app, count: int) -> list[httpx.Response]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test", timeout=60) as http:
        return await asyncio.gather(*(http.post("/api/v1/validate", files=_files(REFERENCE)) for _ in range(count)))


def test_a_full_queue_is_busy_with_retry_after(monkeypatch):
    monkeypatch.setattr(service, "check_inputs", _slow(1.0))
    answers = asyncio.run(_many(create_app(Limits(concurrent=1, queue=1)), 4))
    statuses = sorted(a.status_code for a in answers)
    assert statuses.count(200) >= 2 and 503 in statuses
    busy = next(a for a in answers if a.status_code == 503)
    assert busy.json()["error"] == "busy" and busy.headers["Retry-After"]


def test_a_check_past_its_time_is_503(monkeypatch):
    monkeypatch.setattr(service, "check_inputs", _slow(2.5))
    (answer,) = asyncio.run(_many(create_app(Limits(request_seconds=1)), 1))
    assert answer.status_code == 503 and answer.json()["error"] == "timeout"


def test_the_token_is_asked_everywhere():
    client = TestClient(create_app(Limits(), token="s3cret"))
    for method, url in (("get", "/"), ("get", "/api/v1/rules"), ("get", "/static/app.js"), ("get", "/docs"),
                        ("post", "/api/v1/validate")):
        assert getattr(client, method)(url).status_code == 401
    assert client.get("/api/v1/rules", headers={"X-Jxcheck-Token": "s3cret"}).status_code == 200
    assert client.get("/healthz").status_code == 200
    page = client.get("/?token=s3cret")
    assert page.status_code == 200 and "jxcheck_token" in page.headers["set-cookie"]
    assert client.get("/static/app.css").status_code == 200  # the cookie the page set


def test_serving_beyond_this_machine_needs_a_token():
    result = subprocess.run([sys.executable, "-m", "jxcheck", "serve", "--host", "0.0.0.0"], capture_output=True,
                            text=True, timeout=60, env={"PATH": "/usr/bin:/bin"})
    assert result.returncode == 2 and "令牌" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_zipped_folder_groups_by_its_subfolders_and_leaves_system_files_out(client):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as bundle:
        for county in ("衡山县", "永德县"):
            bundle.write(REFERENCE, f"各县报送/{county}/表.txt")
        bundle.writestr("__MACOSX/各县报送/衡山县/._表.txt", b"\x00\x05\x16\x07")
        bundle.writestr("各县报送/.DS_Store", b"\x00")
    doc = client.post("/api/v1/validate", files=[("files", ("各县报送.zip", buffer.getvalue()))]).json()
    assert sorted(r["path"] for r in doc["results"]) == ["各县报送/永德县/表.txt", "各县报送/衡山县/表.txt"]
    assert [r["group"] for r in doc["rollup"]][:2] == ["永德县", "衡山县"]


def test_a_linux_zip_keeps_its_utf8_names(client):
    utf8 = "县B/表.txt".encode("utf-8")
    stand_in = b"y" * (len(utf8) - 6) + b"/a.txt"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as bundle:
        bundle.writestr(stand_in.decode(), REFERENCE.read_bytes())
    doc = client.post("/api/v1/validate", files=[("files", ("l.zip", buffer.getvalue().replace(stand_in, utf8)))]).json()
    assert [r["path"] for r in doc["results"]] == ["l/县B/表.txt"]


def test_every_refusal_has_the_same_shape(client):
    slip = client.post("/api/v1/validate", files={"files": "not a file"})  # curl -F files=x (the @ forgotten)
    assert slip.status_code in (400, 200) and ("error" in slip.json() or "results" in slip.json())
    method = client.get("/api/v1/validate")
    assert method.status_code == 405 and method.json()["error"] == "wrong_method"
    csv_answer = client.post("/api/v1/validate?format=csv", files=_files(REFERENCE))
    assert csv_answer.content.startswith(b"\xef\xbb\xbf") and not csv_answer.content.startswith(b"\xef\xbb\xbf" * 2)


def test_without_the_token_the_page_says_how_to_get_in():
    client = TestClient(create_app(Limits(), token="s3cret"))
    page = client.get("/")
    assert page.status_code == 401 and "?token=" in page.text and "<html" not in page.text.lower()[:0] + "x"
    assert client.get("/openapi.json").status_code == 401
