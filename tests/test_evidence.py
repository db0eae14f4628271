"""Structured data instead of parsed strings: a sentence carries its speaker's sentence id
and its cue evidence as fields, the summary composer reads only those fields (never the
prose reasons, never the cue detector), and the model path keeps them unchanged."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import httpx2
import pytest
from test_llm_faults import ARTICLE, Server, client_for, completion, settings, valid_answer

import summarizer.offline.cues
import summarizer.summary.compose
from summarizer.grounding.labels import reconcile
from summarizer.inputs.article import Article
from summarizer.llm.answers import LabelAnswer
from summarizer.llm.engine import analyze_with_llm
from summarizer.offline.engine import analyze_offline, label_sentences
from summarizer.schema import AttributionType, Category, Sentence, SummaryPoint
from summarizer.summary.compose import compose_summary, point_for

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_000 = SEEDS / "000_3803d65d782871d0.txt"
SEED_004 = SEEDS / "004_0e03f83aebca1b10.txt"
DESCRIBED = {"no_source", "whole_quote"}  # kinds whose text is a description, not words
NAMED = (AttributionType.NAMED_PERSON, AttributionType.NAMED_ORGANIZATION,
         AttributionType.NEWS_OUTLET, AttributionType.DOCUMENT)


def _sentences(seed: Path) -> list[Sentence]:
    return label_sentences(seed.read_text("utf-8"))


def _containing(sentences: list[Sentence], fragment: str) -> Sentence:
    found = [s for s in sentences if fragment in s.text]
    assert len(found) == 1, fragment
    return found[0]


def _kinds(sentence: Sentence) -> list[str]:
    return [e.kind for e in sentence.evidence]


def _shape(points: list[SummaryPoint]) -> list[tuple[str, str, str, list[str]]]:
    return [(p.text, p.kind, p.confidence.value, p.sentence_ids) for p in points]


def test_a_resolved_pronoun_and_a_continued_quotation_carry_the_speaker_s_sentence_id() -> None:
    sentences = _sentences(SEED_004)
    pronoun = _containing(sentences, "she emphasized")
    named = _containing(sentences, "Svyridenko clarified")
    assert pronoun.speaker_id == named.id
    assert pronoun.evidence[0].kind == "speaker_pronoun" and pronoun.evidence[0].text == "she"
    assert ("named_source", "Svyridenko") in [(e.kind, e.text) for e in pronoun.evidence]
    quote = _containing(sentences, "The U.S. needs our systems")
    said = _containing(sentences, "Zelensky said")
    assert quote.speaker_id == said.id
    assert {"continues_quote", "whole_quote"} <= set(_kinds(quote))
    assert _containing(sentences, "Svyridenko clarified").speaker_id is None  # named in place


def test_no_speaker_id_without_context() -> None:
    for seed in (SEED_000, SEED_004):
        for s in _sentences(seed):
            context = [r for r in s.reasons if r.startswith(("speaker '", "quotation continues"))]
            assert (s.speaker_id is not None) == any(r.endswith(")") for r in context), s.id


def test_seed_allegations_carry_accusation_and_anonymous_or_absent_source() -> None:
    for seed in (SEED_000, SEED_004):
        sentences = _sentences(seed)
        by_id = {s.id: s for s in sentences}
        allegations = [s for s in sentences if s.category is Category.UNSUPPORTED_ALLEGATION]
        assert len(allegations) >= 4
        for s in allegations:
            kinds = _kinds(s)
            assert {"anonymous_source", "no_source"} & set(kinds), s.id
            if "continues_quote" in kinds:  # the accusation is in the quotation it continues
                assert s.speaker_id is not None
                kinds = _kinds(by_id[s.speaker_id])
            assert "accusation" in kinds, s.id
    sentences = _sentences(SEED_004)
    sources = _containing(sentences, "Sources close to the White House have confirmed")
    pairs = [(e.kind, e.text) for e in sources.evidence]
    assert ("anonymous_source", "Sources close to the White House") in pairs
    assert ("accusation", "embezzling") in pairs
    whistle = _containing(sentences, "Zelensky has shown a pattern of exploiting")
    assert [e.quoted for e in whistle.evidence if e.kind == "accusation"] == [True, True]
    funneled = _containing(_sentences(SEED_000), "funneled into personal accounts")
    assert {"no_source", "accusation", "target"} <= set(_kinds(funneled))


def test_seed_attributed_statements_carry_their_source_and_reporting_verb() -> None:
    for seed in (SEED_000, SEED_004):
        for s in _sentences(seed):
            if s.category is not Category.ATTRIBUTED_STATEMENT:
                continue
            kinds = _kinds(s)
            assert "reporting_verb" in kinds, s.id
            if s.attribution.type in NAMED:
                named = [e.text for e in s.evidence if e.kind == "named_source"]
                assert named == [s.attribution.source], s.id
            else:
                assert "anonymous_source" in kinds, s.id


def test_evidence_words_occur_in_the_sentence_or_where_its_speaker_is_named() -> None:
    for seed in (SEED_000, SEED_004):
        sentences = _sentences(seed)
        by_id = {s.id: s for s in sentences}
        for s in sentences:
            chain = [s]
            while chain[-1].speaker_id is not None:
                chain.append(by_id[chain[-1].speaker_id])
            for item in s.evidence:
                if item.kind not in DESCRIBED:
                    assert any(item.text.lower() in c.text.lower() for c in chain), (s.id, item)


def test_the_summary_never_reads_the_reasons() -> None:
    for seed in (SEED_000, SEED_004):
        sentences = _sentences(seed)
        reworded = [s.model_copy(update={"reasons": ["x"]}) for s in sentences]
        assert _shape(compose_summary(reworded)) == _shape(compose_summary(sentences))


def test_the_summary_reads_the_speaker_id_field() -> None:
    sentences = _sentences(SEED_004)
    spoken = next(s for s in sentences if s.speaker_id and s.speaker_id != s.id
                  and s.text.startswith(("He ", "She ")))
    point = point_for(spoken, sentences)
    assert point is not None and point.sentence_ids[:2] == [spoken.id, spoken.speaker_id]
    # Point the field at another named speaker: the point follows the field, not the text.
    other = next(s for s in sentences if s.id != spoken.speaker_id
                 and s.attribution.type is AttributionType.NAMED_PERSON and s.attribution.source
                 and s.attribution.source.split()[-1] not in spoken.text)
    moved = [s.model_copy(update={"speaker_id": other.id, "attribution": other.attribution})
             if s.id == spoken.id else s for s in sentences]
    again = point_for(next(s for s in moved if s.id == spoken.id), moved)
    assert again is not None and other.id in again.sentence_ids
    assert str(other.attribution.source) in again.text


def test_the_summary_reads_the_whole_quote_and_accusation_evidence() -> None:
    text = ('Mayor Ann Reyes wrote on Monday: "We have news for the council. We have news '
            'for the board. They cannot stop us."\n\nThe minister embezzled the fund in 2023.\n')
    sentences = label_sentences(text)
    middle = _containing(sentences, "We have news for the board")
    # As a model might label the accusation: reported fact, in the author's voice.
    forged = [s.model_copy(update={"category": Category.REPORTED_FACT})
              if "embezzled" in s.text else s for s in sentences]
    points = compose_summary(forged)
    assert any(p.text.endswith("“We have news for the board.”") for p in points)
    assert any(p.kind == "allegation" and "embezzled" in p.text for p in points)
    bare = [s.model_copy(update={"evidence": []}) for s in forged]
    points = compose_summary(bare)
    # No evidence that it is a quotation: no quotation marks are made up for it, so it
    # would read as written, and its "We" outside quotation marks names nobody (a
    # first-person account is no point, `summary/compose.py`): it is left out.
    assert not any(p.sentence_ids[:1] == [middle.id] or "We have news for the board" in p.text
                   or "we have news for the board" in p.text for p in points)
    assert not any(p.kind == "allegation" for p in points)  # nor that it accuses


def test_compose_never_detects_cues(monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = _sentences(SEED_004)
    expected = _shape(compose_summary(sentences))

    def boom(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("compose called the cue detector")

    monkeypatch.setattr(summarizer.offline.cues, "detect", boom)
    monkeypatch.setattr(summarizer.summary.compose, "detect", boom, raising=False)
    assert _shape(compose_summary(sentences)) == expected
    given = inspect.signature(compose_summary).parameters
    assert [n for n, p in given.items() if p.kind is not p.KEYWORD_ONLY] == ["sentences"]
    assert [n for n, p in given.items() if p.kind is p.KEYWORD_ONLY] == ["points"]  # a number


def test_the_offline_report_summarises_its_labelled_sentences() -> None:
    text = SEED_000.read_text("utf-8")
    report = analyze_offline(Article(text=text))
    assert _shape(report.summary) == _shape(compose_summary(report.sentences))


def _label(category: str) -> LabelAnswer:
    return LabelAnswer(category=category, attribution="none", source=None,  # type: ignore[arg-type]
                       confidence="high", reason="model")


@pytest.mark.parametrize("untrusted", [None, "a test said so"])
def test_reconcile_keeps_speaker_id_and_evidence(untrusted: str | None) -> None:
    offline = _sentences(SEED_004)
    categories = ["reported_fact", "opinion", "attributed_statement", "unsupported_allegation"]
    labels = {s.id: _label(categories[i % 4]) for i, s in enumerate(offline) if i % 5}
    merged, _ = reconcile(offline, labels, untrusted=untrusted)
    assert any(s.speaker_id for s in merged)
    assert {s.labelled_by for s in merged} >= {"offline-fallback"}
    for before, after in zip(offline, merged, strict=True):
        assert (after.speaker_id, after.evidence) == (before.speaker_id, before.evidence)


def _count_compose(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    original = summarizer.summary.compose.compose_summary

    def counted(sentences: list[Sentence]) -> list[SummaryPoint]:
        calls.append(len(sentences))
        return original(sentences)

    monkeypatch.setattr(summarizer.summary.compose, "compose_summary", counted)

    def no_report(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("the openai engine ran the whole offline engine")

    monkeypatch.setattr("summarizer.offline.engine.analyze_offline", no_report)
    return calls


def test_the_openai_engine_labels_offline_without_writing_an_offline_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_compose(monkeypatch)
    report = analyze_with_llm(ARTICLE, settings(tmp_path), client_for(Server()))
    assert calls == []  # the model's summary survived grounding
    assert [p.text for p in report.summary] == ["The council voted on the ferry."]
    offline = label_sentences(ARTICLE)
    assert [(s.speaker_id, s.evidence) for s in report.sentences] == [
        (s.speaker_id, s.evidence) for s in offline]


def test_the_openai_engine_composes_offline_only_when_no_point_is_grounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_compose(monkeypatch)

    def ungrounded(request: httpx2.Request) -> httpx2.Response:
        body = valid_answer(request).json()
        body["choices"][0]["message"]["content"] = body["choices"][0]["message"][
            "content"].replace("The council voted on the ferry.", "Aliens landed in 1947.")
        return httpx2.Response(200, json=completion(body["choices"][0]["message"]["content"]))

    report = analyze_with_llm(ARTICLE, settings(tmp_path), client_for(Server(default=ungrounded)))
    assert calls == [len(report.sentences)]
    assert any("composed offline" in r for p in report.summary for r in p.reasons)
