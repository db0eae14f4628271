"""The web page's routes through Starlette's TestClient: pages, jobs, limits, errors, safety.

Each error a user can cause must come back as a clear message with the CLI's
wording, and the server must go on serving afterwards.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette", reason="the web extra is not installed: pip install -e '.[web]'")
pytest.importorskip("multipart", reason="python-multipart is missing: pip install -e '.[web]'")
jsonschema = pytest.importorskip("jsonschema", reason="pip install -e '.[test]'")
from starlette.testclient import TestClient  # noqa: E402
from web_helpers import REPO_SEEDS, labels_in, token, wait  # noqa: E402

import summarizer  # noqa: E402
from summarizer.briefing.schema import Digest  # noqa: E402
from summarizer.schema import Report  # noqa: E402
from summarizer.settings import Settings  # noqa: E402
from summarizer.web.app import create_app  # noqa: E402
from summarizer.web.jobs import Job  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SEED_000 = REPO / "seeds" / "000_3803d65d782871d0.txt"
OFFLINE = Settings.resolve(env={}, engine="offline")
SECRET = "sk-" + "test-web-secret-never-shown-0123456789"  # fake, split so scanners pass the file
# The network stays blocked; only loopback (the test's own little servers) is allowed.
pytestmark = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])


def _client(**kwargs: Any) -> TestClient:
    settings = kwargs.pop("settings", OFFLINE)
    return TestClient(create_app(settings, **kwargs), base_url="http://127.0.0.1:8000")


@pytest.fixture()
def client() -> Iterator[TestClient]:
    with _client() as c:
        yield c


def _post(client: TestClient, path: str, data: dict[str, Any], files: Any = None) -> Any:
    form = {"csrf_token": token(client.get("/").text), **data}
    return client.post(path, data=form, files=files, follow_redirects=False)


def _run(client: TestClient, path: str, data: dict[str, Any], files: Any = None) -> str:
    answer = _post(client, path, data, files)
    assert answer.status_code == 303, answer.text[:500]
    location: str = answer.headers["location"]
    assert wait(client, location)["status"] == "done", client.get(location).text[-800:]
    return location


def _cli_json(*args: str) -> Any:
    done = subprocess.run([sys.executable, "-m", "summarizer", "-f", "json", *args],
                          capture_output=True, text=True, check=True, env={"PATH": ""})
    return json.loads(done.stdout)


def test_every_page_has_a_strict_csp_and_a_csrf_cookie(client: TestClient) -> None:
    for path in ("/", "/digest", "/history"):
        page = client.get(path)
        assert page.status_code == 200
        csp = page.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert "connect-src 'self'" in csp and "form-action 'self'" in csp
        assert page.headers["x-frame-options"] == "DENY"
        assert "http://" not in csp and "https:" not in csp
    assert client.cookies.get("summarizer_csrf")
    assert client.get("/static/site.js").status_code == 200
    assert client.get("/static/site.css").status_code == 200


@pytest.mark.skipif(not SEED_000.exists(), reason="seed 000 is missing")
def test_analyse_page_shows_the_same_labels_as_the_cli_json() -> None:
    with _client() as c:
        job = _run(c, "/analyse", {"text": SEED_000.read_text(encoding="utf-8"),
                                   "engine": "offline"})
        page = c.get(job)
        view = c.get(job + "/view")
    cli = _cli_json("--engine", "offline", str(SEED_000))
    expected = {s["id"]: s["category"] for s in cli["sentences"]}
    assert labels_in(view.text) == expected
    assert "unsupported_allegation" in expected.values()
    assert view.headers["x-frame-options"] == "SAMEORIGIN"
    assert "script-src 'sha256-" in view.headers["content-security-policy"]
    for fmt in ("json", "md", "html"):
        assert f"/download/{fmt}" in page.text
    assert f'src="{job}/view"' in page.text


@pytest.mark.skipif(not SEED_000.exists(), reason="seed 000 is missing")
def test_downloads_are_the_reports_formats(client: TestClient) -> None:
    job = _run(client, "/analyse", {"text": SEED_000.read_text(encoding="utf-8"),
                                    "engine": "offline"})
    as_json = client.get(job + "/download/json")
    assert as_json.headers["content-disposition"] == 'attachment; filename="report.json"'
    jsonschema.validate(as_json.json(), Report.model_json_schema())
    assert as_json.json()["engine"]["name"] == "offline"
    markdown = client.get(job + "/download/md")
    assert markdown.headers["content-type"].startswith("text/markdown")
    assert "Verifiable reporting" in markdown.text
    page = client.get(job + "/download/html")
    assert page.text.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page.text
    bad = client.get(job + "/download/exe")
    assert bad.status_code == 404 and "unknown format &#39;exe&#39;" in bad.text


def test_a_file_upload_and_a_url_on_loopback(client: TestClient, tmp_path: Path) -> None:
    upload = (REPO / "fixtures" / "html" / "article.html").read_bytes()
    job = _run(client, "/analyse", {"engine": "offline"},
               files={"file": ("article.html", upload, "text/html")})
    report = client.get(job + "/download/json").json()
    assert report["source"] == "article.html" and len(report["sentences"]) > 3
    assert "<p" not in report["text"]  # the page's main text, not its markup
    handler = partial(SimpleHTTPRequestHandler, directory=str(REPO / "fixtures" / "html"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/article.html"
        job = _run(client, "/analyse", {"url": url, "engine": "offline"})
    finally:
        server.shutdown()
    assert client.get(job + "/download/json").json()["source"] == url


def test_a_url_that_fails_gives_the_cli_message(client: TestClient) -> None:
    import socket

    with socket.socket() as probe:  # a loopback port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    answer = _post(client, "/analyse", {"url": f"http://127.0.0.1:{port}/x", "engine": "offline"})
    location = answer.headers["location"]
    assert wait(client, location)["status"] == "failed"
    page = client.get(location).text
    assert f"http://127.0.0.1:{port}/x: cannot reach it" in page
    bad_scheme = _post(client, "/analyse", {"url": "file:///etc/passwd", "engine": "offline"})
    assert bad_scheme.status_code == 400
    assert "file:///etc/passwd: only http and https URLs can be fetched" in bad_scheme.text
    assert client.get("/").status_code == 200  # still serving


def test_input_errors_use_the_cli_wording(client: TestClient) -> None:
    empty = _post(client, "/analyse", {"text": "   ", "engine": "offline"})
    assert empty.status_code == 400
    assert "no input: paste an article, choose a file or give a URL" in empty.text
    binary = _post(client, "/analyse", {"engine": "offline"},
                   files={"file": ("a.txt", b"abc\x00def", "text/plain")})
    assert binary.status_code == 400
    assert "a.txt: looks like a binary file (it contains NUL bytes)" in binary.text
    latin = _post(client, "/analyse", {"engine": "offline"},
                  files={"file": ("b.txt", "café crème".encode("latin-1"), "text/plain")})
    assert "b.txt: not valid UTF-8 (byte 3)" in latin.text
    two = _post(client, "/analyse", {"text": "It rained.", "url": "http://127.0.0.1/",
                                     "engine": "offline"})
    assert "give one article" in two.text and two.status_code == 400
    kept = _post(client, "/analyse", {"text": "It rained. \x00", "engine": "offline"})
    assert "It rained." in kept.text  # the pasted text is kept in the form


def test_a_bad_engine_choice_and_an_unconfigured_model() -> None:
    with _client() as c:
        bad = _post(c, "/analyse", {"text": "It rained on Monday.", "engine": "gpt9"})
        assert bad.status_code == 400
        assert "unknown engine &#39;gpt9&#39; (choose one of auto, offline, openai)" in bad.text
        points = _post(c, "/analyse", {"text": "It rained.", "engine": "offline",
                                       "points": "0"})
        assert points.status_code == 400 and "not a number from 1 to 20" in points.text
        model = _post(c, "/analyse", {"text": "It rained on Monday.", "engine": "openai"})
        location = model.headers["location"]
        assert wait(c, location)["status"] == "failed"
        assert "the openai engine needs an endpoint" in c.get(location).text
        assert c.get("/").status_code == 200


def test_oversized_input_is_refused_and_the_server_keeps_serving() -> None:
    with _client(max_bytes=1000) as c:
        big = _post(c, "/analyse", {"engine": "offline"},
                    files={"file": ("big.txt", b"Words here. " * 200, "text/plain")})
        assert big.status_code == 400
        assert ("big.txt: larger than 1 kB (the single-article limit, which keeps memory "
                "bounded) (split it into articles, or use `summarizer batch`)") in big.text
        pasted = _post(c, "/analyse", {"engine": "offline", "text": "Words. " * 300})
        assert "pasted text: larger than 1 kB" in pasted.text
        whole = _post(c, "/analyse", {"engine": "offline", "text": "x" * 400_000})
        assert whole.status_code == 413
        assert "the request: larger than 1 kB" in whole.text
        assert c.get("/").status_code == 200


def test_form_posts_need_the_csrf_token_and_this_origin(client: TestClient) -> None:
    client.get("/")
    missing = client.post("/analyse", data={"text": "It rained.", "engine": "offline"})
    assert missing.status_code == 400 and "the form has expired" in missing.text
    forged = client.post("/analyse", data={"text": "It rained.", "engine": "offline",
                                           "csrf_token": "0" * 64})
    assert forged.status_code == 400
    other = client.post("/analyse", headers={"origin": "http://evil.example"},
                        data={"csrf_token": token(client.get("/").text), "text": "It rained."})
    assert other.status_code == 400 and "sent from another site" in other.text
    assert client.get("/history").text.count("/jobs/") == 0  # nothing was queued


def _blocking(release: threading.Event) -> Any:
    def work(job: Job) -> Any:
        job.set_progress("waiting for the test")
        release.wait(10)
        job.check()
        return None
    return work


def test_a_job_can_be_cancelled_running_or_queued() -> None:
    release = threading.Event()
    with _client(workers=1) as c:
        jobs = c.app.state.jobs  # type: ignore[attr-defined]
        running = jobs.submit("analyse", "slow one", "offline", 60, _blocking(release))
        queued = jobs.submit("analyse", "queued one", "offline", 60, _blocking(release))
        time.sleep(0.2)
        page = c.get(f"/jobs/{running.id}").text
        assert "waiting for the test" in page and 'http-equiv="refresh"' in page
        assert c.get(f"/jobs/{queued.id}/status").json()["status"] == "queued"
        for job in (queued, running):
            form = {"csrf_token": token(c.get(f"/jobs/{job.id}").text)}
            answer = c.post(f"/jobs/{job.id}/cancel", data=form, follow_redirects=False)
            assert answer.status_code == 303
            assert "Cancelled:" in c.get(f"/jobs/{job.id}").text
        release.set()
        time.sleep(0.2)
        assert running.status == "cancelled" and queued.status == "cancelled"
        assert c.get(f"/jobs/{running.id}/download/json").status_code == 404
        assert c.post(f"/jobs/{running.id}/cancel", data={}).status_code == 400  # no token


def test_a_job_past_its_deadline_is_stopped() -> None:
    release = threading.Event()
    with _client(deadline_s=0.3) as c:
        job = c.app.state.jobs.submit(  # type: ignore[attr-defined]
            "analyse", "slow", "offline", 0.3, _blocking(release))
        time.sleep(0.5)
        status = c.get(f"/jobs/{job.id}/status").json()
        assert status["status"] == "timed out" and status["finished"]
        assert "longer than its deadline of 0.3 s" in c.get(f"/jobs/{job.id}").text
        release.set()


@pytest.mark.skipif(len(REPO_SEEDS) < 2, reason="the seed articles are missing")
def test_briefing_note_from_both_seeds(client: TestClient) -> None:
    texts = [p.read_text(encoding="utf-8") for p in REPO_SEEDS[:2]]
    job = _run(client, "/digest", {"text": texts, "engine": "offline"})
    note = client.get(job + "/download/json").json()
    jsonschema.validate(note, Digest.model_json_schema())
    assert [a["id"] for a in note["articles"]] == ["A1", "A2"]
    view = client.get(job + "/view").text
    assert "Combined summary" in view and 'class="matrix"' in view
    assert client.get(job + "/download/md").text.startswith("# Briefing note: 2 article(s)")
    one_bad = _post(client, "/digest", {"text": [texts[0], "x\x00"], "engine": "offline"})
    assert "pasted text 2: looks like a binary file" in one_bad.text


def test_points_set_the_summary_length_as_on_the_command_line(client: TestClient) -> None:
    text = SEED_000.read_text(encoding="utf-8")
    job = _run(client, "/analyse", {"text": text, "engine": "offline", "points": "2"})
    report = client.get(job + "/download/json").json()
    cli = summarizer.analyze(text, settings=Settings.resolve(engine="offline", points=2))
    assert [p["text"] for p in report["summary"]] == [p.text for p in cli.summary]
    assert len(report["summary"]) == 2 and report["summary"][-1]["kind"] == "overview"


def test_article_markup_is_shown_as_text(client: TestClient) -> None:
    hostile = ("Officials met on Monday.\n\n<script>alert(1)</script> Sources say it was "
               "rigged.\n\n<img src=x onerror=alert(2)> The vote follows.")
    job = _run(client, "/analyse", {"text": hostile, "engine": "offline"})
    for document in (client.get(job).text, client.get(job + "/view").text):
        assert "<script>alert(1)" not in document and "<img src=x" not in document
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get(job + "/view").text


def test_the_api_key_never_reaches_a_page() -> None:
    settings = Settings.resolve(env={}, engine="openai", api_key=SECRET,
                                base_url="http://127.0.0.1:9/v1", model="tiny-test-model",
                                timeout=1, max_retries=0, use_cache=False)
    with _client(settings=settings) as c:
        seen = [c.get(p).text for p in ("/", "/digest", "/history")]
        assert "tiny-test-model" in seen[0]
        answer = _post(c, "/analyse", {"text": "It rained on Monday in Kyiv.", "engine": "openai"})
        location = answer.headers["location"]
        assert wait(c, location)["status"] == "failed"
        seen += [c.get(location).text, json.dumps(c.get(location + "/status").json()),
                 c.get("/history").text]
    for page in seen:
        assert SECRET not in page and SECRET[:12] not in page


def test_history_is_in_memory_only(client: TestClient) -> None:
    assert "Nothing yet" in client.get("/history").text
    job = _run(client, "/analyse", {"text": "It rained on Monday.", "engine": "offline"})
    assert job in client.get("/history").text
    with _client() as fresh:  # a restart forgets everything
        assert "Nothing yet" in fresh.get("/history").text
        missing = fresh.get(job)
        assert missing.status_code == 404 and "no longer remembers" in missing.text


def test_wrong_method_and_unknown_page(client: TestClient) -> None:
    assert client.get("/analyse").status_code == 405
    assert client.get("/no/such/page").status_code == 404


def test_serve_warns_off_loopback_and_names_the_extra_when_missing(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import uvicorn

    from summarizer.cli import serve
    from summarizer.cli.main import main

    assert serve.is_loopback("127.0.0.1") and serve.is_loopback("::1")
    assert serve.is_loopback("localhost") and not serve.is_loopback("0.0.0.0")
    ran: list[Any] = []
    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets: ran.append(sockets))
    assert main(["serve", "--port", "0", "--engine", "offline"]) == 0
    err = capsys.readouterr().err
    assert "serving on http://127.0.0.1:" in err and "warning" not in err
    assert main(["serve", "--host", "0.0.0.0", "--port", "0", "--engine", "offline"]) == 0
    assert "warning: listening on 0.0.0.0: the page has no login" in capsys.readouterr().err
    for sockets in ran:
        sockets[0].close()
    assert main(["serve", "--port", "70000"]) == 2
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # the extra is not installed
    assert main(["serve", "--port", "0"]) == 2
    assert "pip install 'balanced-summarizer[web]'" in capsys.readouterr().err
