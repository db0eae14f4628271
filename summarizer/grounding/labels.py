"""Grounding and reconciliation: what the model says survives only if the text bears it out.

- Labels for unknown sentence ids are dropped.
- Where the model and the offline cues disagree on a category, the more cautious
  category wins (schema.CATEGORY_CAUTION), confidence drops, and the reasons say so.
- A loaded phrase must occur in the sentence it names.
- Labels that carry no information (one category for all, or agreeing with the cues on
  fewer than a third of the sentences) are set aside: the offline labels stand.
- Summary points are grounded in `grounding_points` (re-exported here).
"""

from __future__ import annotations

from summarizer.grounding.points import ground_points, ungrounded_terms
from summarizer.llm.answers import LabelAnswer, LoadedAnswer
from summarizer.schema import (
    CATEGORY_CAUTION,
    CONFIDENCE_ORDER,
    Attribution,
    AttributionType,
    Category,
    Confidence,
    LoadedPhrase,
    Sentence,
)

__all__ = ["distrust", "ground_loaded", "ground_points", "reconcile", "ungrounded_terms"]

MAX_PHRASE_WORDS = 6


def _cautious_category(a: Category, b: Category) -> Category:
    return min(a, b, key=CATEGORY_CAUTION.index)


def _cautious_confidence(a: Confidence, b: Confidence) -> Confidence:
    if a not in CONFIDENCE_ORDER or b not in CONFIDENCE_ORDER:
        return a if a not in CONFIDENCE_ORDER else b
    return min(a, b, key=CONFIDENCE_ORDER.index)


def _rubric_confidence(category: Category, proposed: Confidence) -> Confidence:
    """Keep a confidence consistent with its category, per the rubric."""
    if category is Category.OPINION:
        return Confidence.NOT_APPLICABLE
    if category is Category.UNSUPPORTED_ALLEGATION:
        return Confidence.UNSUPPORTED
    if proposed in (Confidence.HIGH, Confidence.MEDIUM, Confidence.LOW):
        return proposed
    return Confidence.LOW


def _model_attribution(label: LabelAnswer, sentence: Sentence) -> Attribution | None:
    """The model's attribution, when its source is really in the sentence."""
    kind = AttributionType(label.attribution)
    source = (label.source or "").strip()
    if kind in (AttributionType.NONE, AttributionType.ANONYMOUS) and not source:
        return Attribution(type=kind, source=None)
    if source and source.lower() in sentence.text.lower():
        return Attribution(type=kind, source=source)
    return None


TRUST_MIN = 8  # labels needed before judging whether a model's labels carry information
MIN_AGREEMENT = 1 / 3  # below this share of agreement with the cues, a model is noise


def distrust(labels: dict[str, LabelAnswer], offline: dict[str, Category]) -> str | None:
    """Why a model's labels carry no usable information, or None when they may be used.

    A model that gives every sentence one category, or that agrees with the offline
    cues on fewer than a third of the sentences (a random four-way guess agrees on
    about a quarter), says nothing reliable about any single sentence. Judged only
    over at least TRUST_MIN labels.

    Args:
        labels: the model's labels by sentence id.
        offline: the offline category of each sentence id.
    """
    answered = [k for k in labels if k in offline]
    if len(answered) < TRUST_MIN:
        return None
    given = {labels[k].category for k in answered}
    if len(given) == 1:
        return f"the model labelled every sentence {next(iter(given))}"
    agree = sum(labels[k].category == offline[k].value for k in answered)
    if agree < MIN_AGREEMENT * len(answered):
        return (f"the model agreed with the offline cues on only {agree} of "
                f"{len(answered)} sentences")
    return None


def reconcile(
    offline: list[Sentence], labels: dict[str, LabelAnswer], *, untrusted: str | None = None
) -> tuple[list[Sentence], list[str]]:
    """Merge the model's labels into the offline-labelled sentences.

    Labels that carry no usable information (see `distrust`) are set aside and the
    offline labels stand, flagged offline-fallback, so a weak model never makes the
    report worse than the offline engine. Every sentence keeps its `speaker_id` and
    `evidence` unchanged: they are the offline evidence, whoever's label stands.

    Args:
        offline: every sentence, labelled by the offline cues.
        labels: the model's labels by sentence id (any id).
        untrusted: why the labels of a larger answer this one belongs to (a batch) were
            found uninformative; by default `distrust` judges `labels` here.

    Returns:
        The reconciled sentences and warnings (unknown ids, gaps filled offline).
    """
    known = {s.id: s.category for s in offline}
    warnings: list[str] = []
    unknown = sorted(set(labels) - set(known))
    if unknown:
        warnings.append(f"model labels for unknown sentence ids dropped: {', '.join(unknown[:10])}")
    usable = {k: v for k, v in labels.items() if k in known}
    untrusted = untrusted or distrust(usable, known)
    if untrusted is not None:
        warnings.append(f"{untrusted}: its labels carry no usable information, so they were "
                        "set aside and the offline labels stand (flagged offline-fallback)")
        result = [_set_aside(s, usable[s.id]) if s.id in usable else _reconcile_one(s, None)
                  for s in offline]
    else:
        result = [_reconcile_one(s, usable.get(s.id)) for s in offline]
    missing = [s.id for s in result if s.labelled_by == "offline-fallback"]
    if missing and untrusted is None:
        warnings.append(
            f"{len(missing)} of {len(result)} sentences had no usable model label and keep "
            f"their offline label (flagged offline-fallback): {', '.join(missing[:12])}"
            + (" ..." if len(missing) > 12 else "")
        )
    return result, warnings


def _set_aside(sentence: Sentence, label: LabelAnswer) -> Sentence:
    return sentence.model_copy(update={
        "labelled_by": "offline-fallback",
        "reasons": [f"offline cues used: the model's label ({label.category}) was set aside, "
                    "its labels being uninformative", *sentence.reasons],
    })


def _reconcile_one(sentence: Sentence, label: LabelAnswer | None) -> Sentence:
    if label is None:
        return sentence.model_copy(update={
            "labelled_by": "offline-fallback",
            "reasons": ["no usable model label: offline cues used", *sentence.reasons],
        })
    model_category = Category(label.category)
    model_confidence = _rubric_confidence(model_category, Confidence(label.confidence))
    rationale = f"model: {label.reason.strip()[:200]}" if label.reason.strip() else "model label"
    if model_category is sentence.category:
        confidence = _cautious_confidence(model_confidence, sentence.confidence)
        attribution = _model_attribution(label, sentence)
        if sentence.attribution.type is not AttributionType.NONE or attribution is None:
            attribution = sentence.attribution
        changed = confidence is not model_confidence
        reasons = [rationale, *sentence.reasons]
        if changed:
            reasons.insert(1, f"confidence {model_confidence.value} lowered to "
                              f"{confidence.value} by the offline cues")
        return sentence.model_copy(update={
            "confidence": confidence,
            "attribution": attribution,
            "reasons": reasons,
            "labelled_by": "model+offline" if changed else "model",
        })
    winner = _cautious_category(model_category, sentence.category)
    if winner is model_category:
        attribution = _model_attribution(label, sentence) or sentence.attribution
    else:
        attribution = sentence.attribution
    confidence = _rubric_confidence(winner, Confidence.LOW)
    note = (
        f"model said {model_category.value}, offline cues said {sentence.category.value}: "
        f"the more cautious label, {winner.value}, stands"
        + (" with low confidence" if confidence is Confidence.LOW else "")
    )
    return sentence.model_copy(update={
        "category": winner,
        "attribution": attribution,
        "confidence": confidence,
        "reasons": [note, rationale, *sentence.reasons],
        "labelled_by": "model+offline",
    })


def ground_loaded(
    answers: list[LoadedAnswer], sentences: list[Sentence], offline: list[LoadedPhrase]
) -> tuple[list[LoadedPhrase], list[str]]:
    """Keep the model's loaded phrases that occur in their sentence; add the offline ones.

    Returns:
        All phrases in text order (offline ones win an overlap) and warnings.
    """
    by_id = {s.id: s for s in sentences}
    kept = list(offline)
    dropped = 0
    for answer in answers:
        sentence = by_id.get(answer.sentence_id)
        phrase = answer.phrase.strip()
        words = len(phrase.split())
        index = sentence.text.lower().find(phrase.lower()) if sentence and phrase else -1
        if sentence is None or index < 0 or not 1 <= words <= MAX_PHRASE_WORDS:
            dropped += 1
            continue
        start = sentence.start + index
        end = start + len(phrase)
        if any(p.start < end and start < p.end for p in kept):
            continue
        neutral = (answer.neutral or "").strip() or None
        if neutral and neutral.lower() == phrase.lower():
            neutral = None
        kept.append(LoadedPhrase(
            sentence_id=sentence.id, start=start, end=end,
            phrase=sentence.text[index:index + len(phrase)], kind=answer.kind, neutral=neutral,
        ))
    warnings = []
    if dropped:
        warnings.append(f"{dropped} loaded phrase(s) from the model dropped: not found as a short "
                        "phrase in the sentence they name")
    return sorted(kept, key=lambda p: p.start), warnings
