"""A model run through the CLI says once, on stderr, which engine and model ran and what it
cost; stdout holds the report alone. Replays the seed cassette recorded from the real
local server for tests/test_llm_cassettes.py (SmolLM2-135M; see tests/README.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import CASSETTES, FAKE_KEY, LOCAL_BASE_URL, LOCAL_MODEL, ROOT

from summarizer.cli.main import main

SEED = ROOT / "seeds" / "000_3803d65d782871d0.txt"


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES / "test_llm_cassettes")


@pytest.fixture
def default_cassette_name() -> str:
    return f"test_seed_through_local_server[{SEED.stem}]"


@pytest.mark.vcr
def test_auto_with_an_endpoint_says_which_engine_ran(
    vcr: Any, record_mode: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if record_mode == "none":
        assert len(vcr) > 0, f"cassette {vcr._path} is missing or empty: re-record it"
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", LOCAL_BASE_URL)
    monkeypatch.setenv("SUMMARIZER_MODEL", LOCAL_MODEL)
    monkeypatch.delenv("SUMMARIZER_ENGINE", raising=False)
    code = main(["-f", "text", "--retries", "0", "--cache-dir", str(tmp_path), str(SEED)])
    out, err = capsys.readouterr()
    assert code == 0
    engine_lines = [line for line in err.splitlines() if line.startswith("summarizer: engine ")]
    assert len(engine_lines) == 1, err
    line = engine_lines[0]
    assert f"engine openai, model {LOCAL_MODEL}, endpoint 127.0.0.1:8088" in line
    assert "call(s)" in line and "prompt +" in line and "cost" in line
    assert "auto chose it because" in line and "--engine offline" in line
    assert FAKE_KEY not in err and FAKE_KEY not in out
    assert "summarizer:" not in out and "WARNINGS" not in out  # diagnostics stay on stderr
    assert f"Engine: openai ({LOCAL_MODEL}" in out  # the report still names its engine
