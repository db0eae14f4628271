"""Synthetic fault tests: responses a server could send, made up here (not recorded).

Every response below is synthetic, served by an httpx MockTransport injected into
a real openai client, so the SDK's own retry logic runs: 429 with Retry-After,
500/503, timeouts, connection resets, truncated JSON (finish_reason=length),
empty choices, 401 (never retried), 404, context overflow, and a server that
rejects response_format json_schema.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest

from summarizer import errors
from summarizer.llm.client import LLMClient
from summarizer.llm.engine import analyze_with_llm
from summarizer.settings import Settings

KEY = "sk-test-not-a-real-key"
BASE = "http://fault.invalid/v1"
ARTICLE = (
    "The council voted 7 to 2 on Tuesday to keep the ferry.\n\n"
    "Mayor Ellen Sorby said the ferry \"carries nurses home.\"\n\n"
    "Insiders say the contract was signed without a tender."
)
Handler = Callable[[httpx2.Request], httpx2.Response]


class Server:
    """A synthetic endpoint: a queue of canned replies, then a default; counts requests."""

    def __init__(self, *replies: Handler | httpx2.Response | Exception,
                 default: Handler | None = None) -> None:
        self.replies = list(replies)
        self.default = default or valid_answer
        self.requests: list[dict[str, Any]] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(json.loads(request.content))
        reply = self.replies.pop(0) if self.replies else self.default
        if isinstance(reply, Exception):
            raise reply
        return reply if isinstance(reply, httpx2.Response) else reply(request)


def completion(content: str | None, finish: str = "stop", choices: bool = True) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "chatcmpl-synthetic", "object": "chat.completion", "created": 0,
        "model": "synthetic-model",
        "choices": [{"index": 0, "finish_reason": finish,
                     "message": {"role": "assistant", "content": content}}] if choices else [],
        "usage": {"prompt_tokens": 100, "completion_tokens": 50, "total_tokens": 150},
    }
    return body


def _ids(request: httpx2.Request) -> list[str]:
    schema = json.loads(request.content)["response_format"]
    schema = schema.get("schema") or schema["json_schema"]["schema"]
    labels = schema["properties"]["labels"]
    if "$ref" in labels:
        labels = schema["$defs"][labels["$ref"].rsplit("/", 1)[-1]]
    return list(labels["properties"])


def spans(request: httpx2.Request) -> dict[str, str]:
    """Each sentence id's first three words, as shown in the prompt: an evidence span."""
    user = json.loads(request.content)["messages"][1]["content"]
    found = re.findall(r"^\[(S\d+)\] (.*)$", user, re.MULTILINE)
    return {i: " ".join(text.split()[:3]) for i, text in found}


def valid_answer(request: httpx2.Request) -> httpx2.Response:
    """A well-formed answer labelling every id the request asks for."""
    ids = _ids(request)
    span = spans(request)
    answer = {
        "labels": {i: {"evidence": span.get(i, ""), "category": "reported_fact",
                       "attribution": "none", "source": None,
                       "confidence": "high", "reason": "synthetic"} for i in ids},
        "loaded": [],
        "summary": [{"text": "The council voted on the ferry.", "kind": "reporting",
                     "sentence_ids": [ids[0]]}],
    }
    return httpx2.Response(200, json=completion(json.dumps(answer)))


def status(code: int, message: str = "synthetic failure", **headers: str) -> httpx2.Response:
    return httpx2.Response(code, json={"error": {"message": message, "type": "synthetic"}},
                           headers={"x-request-id": "req_synthetic", **headers})


def client_for(server: Server, retries: int = 2) -> openai.OpenAI:
    http = httpx2.Client(transport=httpx2.MockTransport(server))
    return openai.OpenAI(api_key=KEY, base_url=BASE, max_retries=retries, timeout=5.0,
                         http_client=http)


def settings(tmp_path: Path, retries: int = 2) -> Settings:
    return Settings(engine="openai", model="synthetic-model", base_url=BASE, api_key=KEY,
                    max_retries=retries, timeout=5.0, cache_dir=tmp_path)


def run(server: Server, tmp_path: Path, retries: int = 2) -> Any:
    return analyze_with_llm(ARTICLE, settings(tmp_path, retries), client_for(server, retries))


def test_synthetic_429_with_retry_after_is_retried(tmp_path: Path) -> None:
    server = Server(status(429, **{"retry-after": "0.01"}))
    report = run(server, tmp_path)
    assert len(server.requests) == 2
    assert all(s.labelled_by != "offline-fallback" for s in report.sentences)


def test_synthetic_429_forever_is_a_rate_limit_error(tmp_path: Path) -> None:
    server = Server(default=lambda r: status(429, **{"retry-after": "0.01"}))
    with pytest.raises(errors.RateLimitError) as caught:
        run(server, tmp_path, retries=2)
    assert len(server.requests) == 3
    assert caught.value.status_code == 429 and caught.value.request_id == "req_synthetic"
    assert KEY not in str(caught.value)


@pytest.mark.parametrize("code", [500, 503])
def test_synthetic_5xx_then_success_is_retried(tmp_path: Path, code: int) -> None:
    server = Server(status(code, **{"retry-after-ms": "5"}))
    report = run(server, tmp_path)
    assert len(server.requests) == 2
    assert server.requests[1]["response_format"]["type"] == "json_schema"
    assert report.engine.name == "openai"


def test_synthetic_503_forever_is_a_server_error(tmp_path: Path) -> None:
    server = Server(default=lambda r: status(503, **{"retry-after-ms": "5"}))
    with pytest.raises(errors.ServerError) as caught:
        run(server, tmp_path, retries=1)
    assert caught.value.status_code == 503 and len(server.requests) == 2


@pytest.mark.parametrize(
    ("fault", "error"),
    [(httpx2.ReadTimeout("synthetic timeout"), errors.TimeoutError),
     (httpx2.ConnectError("synthetic connection reset by peer"), errors.ConnectionError),
     (httpx2.RemoteProtocolError("synthetic: peer closed connection"), errors.ConnectionError)],
)
def test_synthetic_transport_faults_are_retried_then_typed(
    tmp_path: Path, fault: Exception, error: type[Exception]
) -> None:
    once = Server(fault)
    assert run(once, tmp_path / "a", retries=1).engine.name == "openai"
    assert len(once.requests) == 2
    always = Server(default=lambda r: (_ for _ in ()).throw(fault))
    with pytest.raises(error):
        run(always, tmp_path / "b", retries=1)
    assert len(always.requests) == 2


@pytest.mark.parametrize("code", [401, 403])
def test_synthetic_auth_failure_is_never_retried(tmp_path: Path, code: int) -> None:
    server = Server(default=lambda r: status(code, f"Incorrect API key provided: {KEY}"))
    with pytest.raises(errors.AuthenticationError) as caught:
        run(server, tmp_path, retries=3)
    assert len(server.requests) == 1
    assert KEY not in str(caught.value) and KEY not in repr(caught.value.args)
    assert caught.value.exit_code == 1 and caught.value.hint


def test_synthetic_unknown_model_is_typed(tmp_path: Path) -> None:
    server = Server(default=lambda r: status(404, "model 'synthetic-model' not found"))
    with pytest.raises(errors.ModelNotFoundError, match="synthetic-model"):
        run(server, tmp_path)
    assert len(server.requests) == 1


def test_synthetic_context_overflow_is_typed(tmp_path: Path) -> None:
    server = Server(default=lambda r: status(
        400, "Requested tokens (9000) exceed context window of 8192"))
    with pytest.raises(errors.ContextOverflowError):
        run(server, tmp_path)


def test_synthetic_truncated_json_gets_one_repair_round(tmp_path: Path) -> None:
    cut = httpx2.Response(200, json=completion('{"labels": {"S1": {"categ', finish="length"))
    server = Server(cut)
    report = run(server, tmp_path)
    assert len(server.requests) == 2
    assert server.requests[1]["max_tokens"] > server.requests[0]["max_tokens"]
    assert "could not be used" in server.requests[1]["messages"][-1]["content"]
    assert any("repair round fixed it" in w for w in report.warnings)
    assert all(s.labelled_by in ("model", "model+offline") for s in report.sentences)


@pytest.mark.parametrize(
    "bad",
    [
        completion(None, choices=False),
        completion("not json at all"),
        completion('{"labels": {"S1": {"categ', finish="length"),
    ],
    ids=["empty-choices", "not-json", "truncated"],
)
def test_synthetic_unusable_twice_falls_back_offline_flagged(
    tmp_path: Path, bad: dict[str, Any]
) -> None:
    server = Server(default=lambda r: httpx2.Response(200, json=bad))
    report = run(server, tmp_path)
    assert len(server.requests) == 2  # the call and its one repair round, no more
    assert all(s.labelled_by == "offline-fallback" for s in report.sentences)
    assert any("again after the repair round" in w for w in report.warnings)
    assert report.summary and all(
        "composed offline" in p.reasons[-1] for p in report.summary)


def test_synthetic_json_schema_rejection_falls_back_and_is_remembered(tmp_path: Path) -> None:
    def llama_like(request: httpx2.Request) -> httpx2.Response:
        if json.loads(request.content)["response_format"]["type"] == "json_schema":
            return status(500, "Input should be 'text' or 'json_object'", **{"retry-after-ms": "1"})
        return valid_answer(request)

    server = Server(default=llama_like)
    report = run(server, tmp_path, retries=0)
    kinds = [r["response_format"]["type"] for r in server.requests]
    assert kinds == ["json_schema", "json_object"]
    assert "schema" in server.requests[1]["response_format"]
    assert "JSON schema" in server.requests[1]["messages"][-1]["content"]
    assert any("rejected response_format json_schema" in w for w in report.warnings)
    other = Server(default=llama_like)
    run_again = analyze_with_llm(ARTICLE + " More.", settings(tmp_path, 0), client_for(other, 0))
    assert [r["response_format"]["type"] for r in other.requests] == ["json_object"]
    assert run_again.usage.calls == 1


def test_client_is_built_from_explicit_settings_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://from-env.invalid/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env-not-used")
    built = LLMClient(settings(tmp_path, retries=4))._client
    assert str(built.base_url).rstrip("/") == BASE
    assert built.max_retries == 4 and built.timeout == 5.0 and built.api_key == KEY


def test_no_cache_calls_again_and_writes_nothing(tmp_path: Path) -> None:
    uncached = settings(tmp_path).with_(use_cache=False)
    server = Server()
    for _ in range(2):
        analyze_with_llm(ARTICLE, uncached, client_for(server))
    assert len(server.requests) == 2 and not (tmp_path / "responses.sqlite3").exists()
    cached = settings(tmp_path)
    first = analyze_with_llm(ARTICLE, cached, client_for(server))
    again = analyze_with_llm(ARTICLE, cached, client_for(server))
    assert len(server.requests) == 3
    assert (first.usage.calls, again.usage.calls, again.usage.cache_hits) == (1, 0, 1)


def test_auto_runs_the_openai_engine_when_an_endpoint_is_configured(tmp_path: Path) -> None:
    from summarizer.engine import analyze

    report = analyze(ARTICLE, settings(tmp_path).with_(engine="auto"), client=client_for(Server()))
    assert report.engine.name == "openai" and report.engine.requested == "auto"
    assert report.engine.endpoint == BASE and report.engine.model == "synthetic-model"
    assert report.engine.prompt_version and KEY not in report.model_dump_json()


def test_a_client_built_for_a_run_is_closed_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarizer.llm.session import open_session

    own = open_session(settings(tmp_path))
    own.close()
    assert own.llm._client.is_closed()
    injected = client_for(Server())
    lent = open_session(settings(tmp_path), injected)
    lent.close()
    assert not injected.is_closed()
    closed: list[LLMClient] = []
    monkeypatch.setattr(LLMClient, "close", lambda self: closed.append(self))
    run(Server(), tmp_path)
    with pytest.raises(errors.AuthenticationError):
        run(Server(status(401)), tmp_path / "other")
    assert len(closed) == 2


def test_a_cached_answer_of_another_shape_is_a_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarizer.llm.cache import ResponseCache

    monkeypatch.setattr(ResponseCache, "get", lambda self, key: {"text": "a stale row"})
    server = Server()
    report = run(server, tmp_path)
    assert len(server.requests) == 1
    assert (report.usage.calls, report.usage.cache_hits) == (1, 0)
