"""The LLM engine end to end, replayed from cassettes recorded from the real local server.

Recorded from `../shared/tools/local-llm-server` (SmolLM2-135M, llama-cpp-python,
which rejects response_format json_schema with HTTP 500) with the fake key
FAKE_KEY; see tests/README.md for the re-record command. In CI these replay with
record mode none and the network blocked: a missing or stale cassette fails.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import FAKE_KEY, LOCAL_BASE_URL, LOCAL_MODEL, ROOT

from summarizer.engine import analyze
from summarizer.grounding.labels import ungrounded_terms
from summarizer.inputs.article import read_article
from summarizer.llm.plan import plan
from summarizer.llm.prompting import prompt_version
from summarizer.schema import Report
from summarizer.settings import Settings

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SHORT = ROOT / "fixtures" / "articles" / "paragraphs.txt"


def _settings(cache_dir: Path) -> Settings:
    return Settings(engine="openai", model=LOCAL_MODEL, base_url=LOCAL_BASE_URL,
                    api_key=FAKE_KEY, timeout=900.0, max_retries=0, cache_dir=cache_dir)


def _require_cassette(vcr: Any, record_mode: str) -> None:
    if record_mode == "none":
        assert len(vcr) > 0, f"cassette {vcr._path} is missing or empty: re-record it"


def _traffic(vcr: Any) -> tuple[int, int]:
    return vcr.play_count, len(vcr.data)


def check_report(report: Report) -> None:
    """What every LLM report must satisfy, however poor the model."""
    assert Report.model_validate_json(report.model_dump_json()) == report
    ids = [s.id for s in report.sentences]
    assert ids == [f"S{i}" for i in range(1, len(ids) + 1)]
    for s in report.sentences:
        assert report.text[s.start : s.end] == s.text
        assert s.labelled_by in ("model", "model+offline", "offline-fallback")
        assert s.unstable == s.reasons[0].startswith("unstable:")  # said first when so
        why = s.reasons[1:] if s.unstable else s.reasons
        if s.labelled_by == "offline-fallback":
            assert "offline" in why[0]
        if s.labelled_by == "model+offline":  # what the offline evidence changed, and why
            assert why[0].startswith(("model said", "confidence"))
    if all(s.labelled_by == "offline-fallback" for s in report.sentences):
        # no model label stands: the contribution record must say why, sentence by sentence
        why = report.engine.contribution
        assert why is not None and why.labels_used + why.labels_overruled == 0
        assert why.labels_set_aside + why.labels_unverified + why.labels_missing == \
            len(report.sentences)
    by_id = {s.id: s for s in report.sentences}
    assert report.summary
    for point in report.summary:
        cited = [by_id[i] for i in point.sentence_ids]
        if point.kind == "overview":  # counts the labels; cites the opinions, if any
            continue
        assert cited
        if any("composed offline" in r for r in point.reasons):
            continue  # the offline composer's points: its own engine, not the model's words
        assert ungrounded_terms(point.text, cited) == [], point
    for phrase in report.loaded_language:
        sentence = by_id[phrase.sentence_id]
        assert report.text[phrase.start : phrase.end] == phrase.phrase
        assert sentence.start <= phrase.start < phrase.end <= sentence.end
    assert report.engine.name == "openai"
    assert report.engine.model == LOCAL_MODEL
    assert report.engine.endpoint == LOCAL_BASE_URL
    assert report.engine.prompt_version == prompt_version()
    assert FAKE_KEY not in report.model_dump_json()
    contribution = report.engine.contribution
    assert contribution is not None
    assert contribution.labels_used + contribution.labels_overruled + \
        contribution.labels_unverified + contribution.labels_missing + \
        contribution.labels_set_aside == len(report.sentences)


@pytest.mark.vcr
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_through_local_server(
    seed: Path, tmp_path: Path, vcr: Any, record_mode: str
) -> None:
    _require_cassette(vcr, record_mode)
    settings = _settings(tmp_path)
    article = read_article(seed)
    report = analyze(article, settings)
    check_report(report)
    assert any("rejected response_format json_schema" in w for w in report.warnings)
    assert report.usage.calls >= 2  # the rejected json_schema probe, then json_object
    assert report.usage.prompt_tokens > 0 and report.usage.completion_tokens > 0
    if not any("repair round" in w for w in report.warnings):
        # --dry-run counts with tiktoken; the server tokenizes differently: within 15%.
        planned = plan(article, settings, mode="json_object")
        assert planned.calls == 1
        ratio = planned.prompt_tokens / report.usage.prompt_tokens
        assert 0.85 <= ratio <= 1.15, (planned.prompt_tokens, report.usage.prompt_tokens)

    before = _traffic(vcr)
    again = analyze(article, settings)
    assert _traffic(vcr) == before  # not one HTTP request on the rerun
    assert again.usage.calls == 0 and again.usage.cache_hits >= 1
    assert again.sentences == report.sentences and again.summary == report.summary


@pytest.mark.vcr
def test_long_article_is_chunked_then_merged(
    tmp_path: Path, vcr: Any, record_mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _require_cassette(vcr, record_mode)
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({"models": {LOCAL_MODEL: {
        "input_per_mtok": 0.0, "output_per_mtok": 0.0, "context_window": 2000}}}))
    monkeypatch.setenv("SUMMARIZER_PRICES_FILE", str(prices))
    settings = _settings(tmp_path / "cache")
    article = read_article(SHORT)
    planned = plan(article, settings, mode="json_object")
    assert planned.chunks >= 2 and planned.calls == planned.chunks + 1
    report = analyze(article, settings)
    check_report(report)
    split = [w for w in report.warnings if "on paragraph boundaries" in w]
    assert split and int(re.findall(r"into (\d+) chunk", split[0])[0]) == planned.chunks


@pytest.mark.vcr
def test_votes_through_local_server(tmp_path: Path, vcr: Any, record_mode: str) -> None:
    """--votes 3 against the real server: three answers (sampled at temperature 0.8), the
    majority label per sentence, and a sentence whose label flipped marked unstable."""
    _require_cassette(vcr, record_mode)
    settings = _settings(tmp_path).with_(votes=3, temperature=0.8)
    article = read_article(ROOT / "fixtures" / "articles" / "court_fraud.txt")
    assert plan(article, settings, mode="json_object").calls == 3  # the dry run counts votes
    report = analyze(article, settings)
    check_report(report)
    label_calls = report.usage.calls - 1  # the first is the rejected json_schema probe
    assert label_calls >= 3  # one per vote (a repair round may add one)
    flagged = [s for s in report.sentences if s.unstable]
    assert report.engine.contribution is not None
    assert report.engine.contribution.unstable == len(flagged)
    for sentence in flagged:
        assert any("unstable" in r or "flipped" in r for r in sentence.reasons), sentence
