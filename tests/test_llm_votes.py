"""--votes N and the per-sentence label mode, against a synthetic server (made-up answers)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx2
from test_llm_faults import ARTICLE, Server, _ids, client_for, completion, settings, spans

from summarizer.llm.engine import analyze_with_llm
from summarizer.llm.plan import plan
from summarizer.render.report import render_many
from summarizer.schema import Report


def _voter() -> Server:
    """Answers S1 opinion, fact, opinion on three calls; every other id reported_fact."""
    seen = {"n": 0}

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen["n"] += 1
        span = spans(request)
        s1 = "opinion" if seen["n"] % 2 else "reported_fact"
        labels = {i: {"evidence": span[i], "category": s1 if i == "S1" else "reported_fact",
                      "attribution": "none", "source": None, "confidence": "medium",
                      "reason": "synthetic"} for i in _ids(request)}
        body = {"labels": labels, "loaded": [],
                "summary": [{"text": "The council voted 7 to 2 to keep the ferry.",
                             "kind": "reporting", "sentence_ids": ["S1"]}]}
        return httpx2.Response(200, json=completion(json.dumps(body)))

    return Server(default=answer)


def test_three_votes_take_the_majority_and_mark_the_flipped_sentence(tmp_path: Path) -> None:
    server = _voter()
    three = settings(tmp_path).with_(votes=3)
    report = analyze_with_llm(ARTICLE, three, client_for(server))
    assert len(server.requests) == 3
    first = report.sentences[0]
    assert first.category.value == "opinion" and first.unstable  # 2 of 3 votes
    assert first.reasons[0] == ("unstable: the model's label changed between its answers "
                                "(opinion, reported_fact, opinion)")
    assert not any(s.unstable for s in report.sentences[1:])
    assert report.engine.contribution is not None and report.engine.contribution.unstable == 1
    assert "unstable 1" in report.engine.contribution.describe()
    assert Report.model_validate_json(report.model_dump_json()).sentences[0].unstable
    for fmt in ("text", "md", "html"):  # every format shows it, with the engine's contribution
        shown = render_many([report], fmt)
        assert "label changed between its answers" in shown and "unstable 1" in shown, fmt
    again = analyze_with_llm(ARTICLE, three, client_for(server))  # every vote cached
    assert len(server.requests) == 3 and again.usage.cache_hits == 3
    assert plan(ARTICLE, three).calls == 3


def test_the_per_sentence_mode_sends_one_sentence_a_call_behind_one_prefix(
    tmp_path: Path,
) -> None:
    server = _voter()
    per_sentence = settings(tmp_path).with_(label_mode="sentence")
    report = analyze_with_llm(ARTICLE, per_sentence, client_for(server))
    assert len(server.requests) == len(report.sentences) == 3
    systems = {r["messages"][0]["content"] for r in server.requests}
    assert len(systems) == 1  # the shared, cacheable prefix
    for n, request in enumerate(server.requests, start=1):
        user = request["messages"][1]["content"]
        assert f"[S{n}]" in user and user.count("\n[S") + user.startswith("[S") <= 1
        assert "independent" in user
    assert report.engine.contribution is not None
    assert report.engine.contribution.summary_by == "offline"
    assert any("per-sentence label mode" in w for w in report.warnings)
    assert plan(ARTICLE, per_sentence).calls == 3
