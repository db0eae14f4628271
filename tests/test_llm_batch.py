"""Batch labelling (`summarizer.llm.sentences`) against a synthetic server (made-up answers)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx2
from test_llm_faults import Server, client_for, completion, settings, spans

from summarizer.llm.sentences import label_texts
from summarizer.offline.engine import categorize
from summarizer.schema import Category

TEXTS = [
    "The council voted 7 to 2 on Tuesday.",
    "It is a reckless and shameful decision.",
    "Mayor Ellen Sorby said the ferry carries nurses home.",
    "The mayor secretly funnelled the ferry money into personal accounts.",
    "The meeting lasted two hours.",
]


def _opinion_for_first_id(request: httpx2.Request) -> httpx2.Response:
    """A synthetic answer: every id an opinion except that the last id is left out."""
    body = json.loads(request.content)
    schema = body["response_format"].get("schema") or body["response_format"]["json_schema"][
        "schema"]
    labels = schema["properties"]["labels"]
    if "$ref" in labels:
        labels = schema["$defs"][labels["$ref"].rsplit("/", 1)[-1]]
    ids = list(labels["properties"])
    span = spans(request)
    answer = {"labels": {i: {"evidence": span[i], "category": "opinion",
                             "attribution": "none", "source": None,
                             "confidence": "not_applicable", "reason": "synthetic"}
                         for i in ids if i != "S5"}, "loaded": []}
    return httpx2.Response(200, json=completion(json.dumps(answer)))


def test_texts_are_batched_and_reconciled_one_by_one(tmp_path: Path) -> None:
    server = Server(default=_opinion_for_first_id)
    labelled = label_texts(TEXTS, settings(tmp_path), client_for(server), per_call=2, whole=True)
    # 5 one-sentence texts, 2 a call: 3 calls, and the last one (whose answer labels
    # nothing) gets its repair round.
    assert len(server.requests) == 4
    assert [len(x) for x in labelled] == [1, 1, 1, 1, 1]
    assert all(x[0].id == "S1" and x[0].text == t for x, t in zip(labelled, TEXTS, strict=True))
    first, _, _, allegation, last = (x[0] for x in labelled)
    assert first.category is Category.OPINION and first.labelled_by == "model"  # no hard evidence
    assert allegation.category is Category.UNSUPPORTED_ALLEGATION  # hard evidence: no source
    assert last.labelled_by == "offline-fallback" and last.category is categorize(TEXTS[4])
    sent = [m["content"] for r in server.requests for m in r["messages"] if m["role"] == "user"]
    assert "[S1]" in sent[0] and "[S3]" in sent[1] and "[S5]" in sent[2] and "[S5]" in sent[3]
