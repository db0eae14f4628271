"""Arbitration by evidence: a right model wins, a wrong one cannot hurt where evidence is hard."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.grounding.free_text import clean, occurs_in
from summarizer.grounding.labels import arbitrate, hard_evidence, reconcile
from summarizer.grounding.trust import cohen_kappa, distrust, periodic
from summarizer.llm.answers import LabelAnswer
from summarizer.offline.engine import label_sentences
from summarizer.schema import AttributionType, Category, Confidence, Sentence

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_000 = SEEDS / "000_3803d65d782871d0.txt"
SEED_004 = SEEDS / "004_0e03f83aebca1b10.txt"


def _seed(path: Path) -> list[Sentence]:
    return label_sentences(path.read_text(encoding="utf-8"))


def _label(sentence: Sentence, category: str, confidence: str = "high", *,
           evidence: str | None = None, **kw: str | None) -> LabelAnswer:
    """A label whose evidence span is the sentence's first three words unless given."""
    span = evidence if evidence is not None else " ".join(sentence.text.split()[:3])
    return LabelAnswer(evidence=span, category=category,  # type: ignore[arg-type]
                       attribution=kw.get("attribution") or "none",  # type: ignore[arg-type]
                       source=kw.get("source"), confidence=confidence,  # type: ignore[arg-type]
                       reason=kw.get("reason") or "model reason")


def _correct(sentences: list[Sentence]) -> dict[str, LabelAnswer]:
    """A trusted model: agrees with the offline labels (so it passes every trust test)."""
    return {s.id: _label(s, s.category.value, s.confidence.value) for s in sentences}


def test_an_unsourced_accusation_stays_an_allegation_under_a_model_calling_it_fact() -> None:
    for path in (SEED_000, SEED_004):
        sentences = _seed(path)
        labels = _correct(sentences)
        hard = [s for s in sentences if (hard_evidence(s) or ("",))[0] == "allegation"]
        assert hard, path.name
        for s in hard:
            labels[s.id] = _label(s, "reported_fact", "high")
        result = arbitrate(sentences, labels)
        assert result.set_aside_reason is None and result.overruled == len(hard)
        merged = {s.id: s for s in result.sentences}
        for s in hard:
            out = merged[s.id]
            assert out.category is Category.UNSUPPORTED_ALLEGATION
            assert out.confidence is Confidence.UNSUPPORTED and out.labelled_by == "model+offline"
            assert out.reasons[0].startswith("model said reported_fact, offline cues said "
                                             "unsupported_allegation: unsupported_allegation "
                                             "stands (hard evidence: ")


def test_sources_close_to_with_an_accusation_is_hard_evidence() -> None:
    s20 = next(s for s in _seed(SEED_004) if s.text.startswith("Sources close to"))
    kind, words = hard_evidence(s20) or ("", "")
    assert kind == "allegation" and "Sources close to the White House" in words


def test_a_model_cannot_smear_a_named_on_record_statement() -> None:
    sentences = _seed(SEED_004)
    labels = _correct(sentences)
    named = [s for s in sentences if (hard_evidence(s) or ("",))[0] == "named"]
    assert len(named) >= 5
    for s in named:
        labels[s.id] = _label(s, "unsupported_allegation", "unsupported")
    merged = {s.id: s for s in reconcile(sentences, labels)[0]}
    for s in named:
        out = merged[s.id]
        assert out.category is Category.ATTRIBUTED_STATEMENT, s.text
        assert out.confidence is s.confidence  # the rubric for a named source, not lowered
        assert "hard evidence: named source" in out.reasons[0]


def test_a_model_cannot_lower_a_named_source_below_the_rubric() -> None:
    sentences = _seed(SEED_004)
    labels = _correct(sentences)
    s11 = next(s for s in sentences if "win-win" in s.text)
    assert s11.confidence is Confidence.HIGH
    labels[s11.id] = _label(s11, "attributed_statement", "low")
    out = next(s for s in reconcile(sentences, labels)[0] if s.id == s11.id)
    assert out.confidence is Confidence.HIGH
    assert out.reasons[0].startswith("confidence low raised to high")


def test_soft_cues_never_override_the_model() -> None:
    sentences = _seed(SEED_000)
    labels = _correct(sentences)
    opinions = [s for s in sentences if s.category is Category.OPINION and not hard_evidence(s)]
    facts = [s for s in sentences if s.category is Category.REPORTED_FACT and not hard_evidence(s)]
    assert opinions and facts
    for s in opinions:
        labels[s.id] = _label(s, "reported_fact", "medium")
    labels[facts[0].id] = _label(facts[0], "opinion", "not_applicable")
    merged = {s.id: s for s in reconcile(sentences, labels)[0]}
    for s in opinions:
        assert merged[s.id].category is Category.REPORTED_FACT
        assert merged[s.id].labelled_by == "model"
        assert merged[s.id].reasons[0] == ("model said reported_fact, offline cues said opinion: "
                                           "reported_fact stands (no hard evidence against "
                                           "the model)")
    assert merged[facts[0].id].category is Category.OPINION


def test_an_evidence_span_not_in_the_sentence_leaves_the_offline_label_flagged() -> None:
    sentences = _seed(SEED_000)
    labels = _correct(sentences)
    target = sentences[0]
    other = "opinion" if target.category is not Category.OPINION else "reported_fact"
    labels[target.id] = _label(target, other, evidence="words the sentence lacks")
    labels[sentences[1].id] = _label(sentences[1], other, evidence="")
    result = arbitrate(sentences, labels)
    assert result.unverified == 2
    first, second = result.sentences[:2]
    assert first.category is target.category and first.labelled_by == "offline-fallback"
    assert "unverified (its evidence 'words the sentence lacks' is not in the sentence)" in \
        first.reasons[0]
    assert "it quoted no evidence" in second.reasons[0]
    assert any("2 model label(s) unverified" in w for w in result.warnings)


def test_model_free_text_is_cleaned_capped_at_a_word_and_sources_must_fit() -> None:
    sentences = _seed(SEED_004)
    labels = _correct(sentences)
    s21 = next(s for s in sentences if "some experts" in s.text)
    fact = next(s for s in sentences if s.category is Category.REPORTED_FACT)
    labels[fact.id] = _label(fact, "attributed_statement", "medium",
                             reason="bad\x1b[31m " + "word " * 100,
                             attribution="named_person", source="some experts")
    labels[s21.id] = _label(s21, "unsupported_allegation", "unsupported",
                            attribution="named_person", source="Vladimir Putin")
    merged = {s.id: s for s in reconcile(sentences, labels)[0]}
    out = merged[fact.id]
    rationale = next(r for r in out.reasons if r.startswith("model: "))
    assert "\x1b" not in rationale and rationale.endswith("word…)") and len(rationale) < 200
    assert out.attribution.type is AttributionType.NONE  # "some experts" is no named person
    assert merged[s21.id].attribution.source == "some experts"  # the offline one: Putin is absent
    assert clean("a" * 50, 10) == "aaaaaaaaa…" and clean("one two three", 9) == "one two…"
    assert occurs_in("“Sources close to", "Sources close to the White House")


def test_a_repeating_pattern_is_set_aside_and_kappa_is_chance_corrected() -> None:
    assert periodic(["reported_fact", "attributed_statement"] * 5) == 2
    assert periodic(["opinion", "reported_fact", "reported_fact"] * 4) == 3
    assert periodic(["reported_fact"] * 9 + ["opinion"]) is None
    assert cohen_kappa(["a", "b"] * 10, ["a", "b"] * 10) == pytest.approx(1.0)
    assert cohen_kappa(["a", "b"] * 10, ["b", "a"] * 10) == pytest.approx(-1.0)
    offline = ["reported_fact", "opinion", "opinion", "reported_fact"] * 3
    model = ["reported_fact", "attributed_statement"] * 6
    reason = distrust(model, offline)
    assert reason is not None and "cycle of 2" in reason
    assert distrust(offline, offline) is None


def test_a_set_aside_model_leaves_every_offline_label() -> None:
    sentences = _seed(SEED_004)
    labels = {s.id: _label(s, ("reported_fact", "attributed_statement")[n % 2], "high")
              for n, s in enumerate(sentences)}
    result = arbitrate(sentences, labels)
    assert result.set_aside == len(sentences) and "cycle of 2" in (result.set_aside_reason or "")
    assert [s.category for s in result.sentences] == [s.category for s in sentences]
