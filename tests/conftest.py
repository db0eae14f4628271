"""Shared test configuration: VCR cassettes for the LLM tests.

Cassettes live under fixtures/cassettes/<test module>/ and are recorded from a
real OpenAI-compatible server (see tests/README.md), never written by hand.
Requests are matched on method, URI and body, so any change to a prompt, the
schema or the parameters makes the old cassette miss and the test fail until it
is re-recorded. Credentials and cookies never reach a cassette.

Property tests (hypothesis) draw the same examples on every run, so a test run is
deterministic: a new counterexample never turns a clean clone red by chance. To hunt
for new ones, run `HYPOTHESIS_PROFILE=explore python -m pytest tests/test_unicode_cues.py
tests/test_segment.py` (random draws, a new sample each run) and add what it finds as a test.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

settings.register_profile("deterministic", derandomize=True, database=None)
settings.register_profile("explore", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

ROOT = Path(__file__).resolve().parents[1]
CASSETTES = ROOT / "fixtures" / "cassettes"
LOCAL_BASE_URL = "http://127.0.0.1:8088/v1"
LOCAL_MODEL = "smollm2-135m"
FAKE_KEY = "sk-test-not-a-real-key"  # the only key ever used when recording
_SECRET_HEADERS = ("authorization", "api-key", "x-api-key", "cookie", "set-cookie",
                   "openai-organization", "openai-project")


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in _SECRET_HEADERS:
            del headers[name]
    return response


_LABEL_IN_MERGE = re.compile(r"^(\[(?:A\d+:)?S\d+\]) \((?:reported_fact|attributed_statement|"
                             r"opinion|unsupported_allegation)\) ", re.MULTILINE)


def _request_body(request: Any) -> Any:
    """The JSON body, with the labels shown in a merge or digest prompt masked.

    A merge prompt (and a digest prompt, ids like [A1:S3]) shows each sentence's
    label, which comes from the offline engine (tuned separately); every other
    byte of every request must match.
    """
    raw = request.body or b""
    try:
        body = json.loads(raw)
    except ValueError:
        return raw
    for message in body.get("messages", []) if isinstance(body, dict) else []:
        if isinstance(message.get("content"), str):
            message["content"] = _LABEL_IN_MERGE.sub(r"\1 (label) ", message["content"])
    return body


def _same_body(first: Any, second: Any) -> None:
    assert _request_body(first) == _request_body(second)


def pytest_recording_configure(config: Any, vcr: Any) -> None:
    """Register the body matcher used by every cassette test."""
    vcr.register_matcher("llm_body", _same_body)


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    """VCR settings for every cassette test."""
    return {
        "filter_headers": list(_SECRET_HEADERS),
        "before_record_response": _scrub_response,
        "match_on": ["method", "uri", "llm_body"],
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """Cassettes sit under fixtures/cassettes/<module name>/."""
    return str(CASSETTES / request.module.__name__.rsplit(".", 1)[-1])


@pytest.fixture(autouse=True)
def _forget_endpoint_modes() -> None:
    """Each test starts without a remembered structured-output mode."""
    from summarizer.llm import session as llm_session

    llm_session._MODES.clear()


@pytest.fixture(autouse=True)
def _no_user_config(tmp_path_factory: pytest.TempPathFactory,
                    monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the config file of the person running the tests."""
    home = tmp_path_factory.mktemp("config-home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    monkeypatch.delenv("SUMMARIZER_CONFIG", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
