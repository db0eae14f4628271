"""Reading model answers and keeping the structured-output mode (synthetic faults, named so)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx2
import pytest
from test_llm_faults import ARTICLE, Server, client_for, completion, settings, status, valid_answer

from summarizer import errors
from summarizer.llm import modes
from summarizer.llm import session as llm_session
from summarizer.llm.answers import parse_answer
from summarizer.llm.engine import analyze_with_llm

ANSWER = '{"labels": {"S1": {"evidence": "x", "category": "opinion", "attribution": "none", ' \
    '"source": null, "confidence": "not_applicable", "reason": "r"}}, "loaded": []}'


@pytest.mark.parametrize("wrapped", [
    f"```json\n{ANSWER}\n```",
    f"Here is the JSON you asked for:\n```\n{ANSWER}\n```\nHope this helps.",
    f"Sure! {ANSWER}",
])
def test_fenced_or_prose_prefixed_answers_are_unwrapped(wrapped: str) -> None:
    assert list(parse_answer(wrapped).labels) == ["S1"]


def test_invalid_utf8_and_prose_only_answers_are_refused_for_the_repair_round() -> None:
    with pytest.raises(ValueError, match="not valid UTF-8"):
        parse_answer('{"labels": {"S1": "\ufffd\ufffd"}}')
    with pytest.raises(ValueError, match="not valid JSON"):
        parse_answer("I cannot label these sentences.")


def test_a_synthetic_invalid_utf8_answer_gets_the_repair_round(tmp_path: Path) -> None:
    body = json.dumps(completion('{"labels": "BROKEN"}')).encode()
    broken = httpx2.Response(200, content=body.replace(b"BROKEN", b"\xff\xfe"),
                             headers={"content-type": "application/json"})
    server = Server(broken)
    report = analyze_with_llm(ARTICLE, settings(tmp_path), client_for(server))
    assert len(server.requests) == 2
    assert any("not valid UTF-8" in w and "repair round fixed it" in w for w in report.warnings)


def test_a_transient_500_never_switches_the_mode(tmp_path: Path) -> None:
    llm_session._MODES.clear()
    server = Server(status(500, "synthetic: the GPU fell over"))
    with pytest.raises(errors.ServerError):
        analyze_with_llm(ARTICLE, settings(tmp_path, 0), client_for(server, 0))
    assert [r["response_format"]["type"] for r in server.requests] == ["json_schema"]
    assert modes.remembered(tmp_path, "http://fault.invalid/v1") is None
    assert "http://fault.invalid/v1" not in llm_session._MODES


def test_a_json_schema_rejection_is_remembered_across_processes_even_without_cache(
    tmp_path: Path,
) -> None:
    def llama_like(request: httpx2.Request) -> httpx2.Response:  # the body llama.cpp sends
        if json.loads(request.content)["response_format"]["type"] == "json_schema":
            return status(500, "1 validation error: ('body', 'response_format', 'type') "
                          "Input should be 'text' or 'json_object'")
        return valid_answer(request)

    uncached = settings(tmp_path, 0).with_(use_cache=False)
    llm_session._MODES.clear()
    first = Server(default=llama_like)
    analyze_with_llm(ARTICLE, uncached, client_for(first, 0))
    assert [r["response_format"]["type"] for r in first.requests] == ["json_schema",
                                                                     "json_object"]
    assert modes.remembered(tmp_path, "http://fault.invalid/v1") == "json_object"
    llm_session._MODES.clear()  # as in a new process
    second = Server(default=llama_like)
    analyze_with_llm(ARTICLE, uncached, client_for(second, 0))
    assert [r["response_format"]["type"] for r in second.requests] == ["json_object"]
    llm_session._MODES.clear()


def test_a_corrupt_state_file_means_not_known(tmp_path: Path) -> None:
    (tmp_path / modes.STATE_FILE).write_text("{not json", encoding="utf-8")
    assert modes.remembered(tmp_path, "http://x/v1") is None
    assert modes.remember(tmp_path, "http://x/v1", "json_object")
    assert modes.remembered(tmp_path, "http://x/v1") == "json_object"
