"""Arbitration by evidence: the model's label stands unless the offline evidence refutes it.

The offline engine records, for every sentence, the evidence its label rests on
(`Sentence.evidence`). Only *hard* evidence overrides a model:

- an accusation that no named source stands behind (anonymous sourcing, or the
  author's own voice accusing someone): the sentence stays `unsupported_allegation`
  whatever the model says. Calling it a fact would repeat an accusation as true;
- a named person, organisation, outlet or document with a reporting verb ("said",
  "according to"): the model cannot make it `unsupported_allegation`, because an
  accusation made on the record by a named source is an `attributed_statement`
  (DESIGN.md), and cannot lower its confidence below what the rubric gives a named
  source.

Soft cues (evaluative words, first person, modals, questions, hedges) never change
the model's category: they are what a model reads better than a word list. They
inform confidence only (a hedge caps a fact at medium, anonymous sourcing at low).

The model must copy the words that led to its label (`evidence`). A span that is
missing or does not occur in the sentence makes the label unverified: the offline
label stands for that sentence, flagged. Every disagreement is written into the
sentence's reasons: both labels, which won, and the evidence that decided.
Labels that carry no information (see `trust.distrust`) are set aside whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from summarizer.grounding.free_text import REASON_CHARS, SOURCE_CHARS, SPAN_CHARS, clean, occurs_in
from summarizer.grounding.loaded import ground_loaded
from summarizer.grounding.points import ground_points, ungrounded_terms
from summarizer.grounding.trust import distrust as _distrust
from summarizer.llm.answers import LabelAnswer
from summarizer.schema import (
    CONFIDENCE_ORDER,
    Attribution,
    AttributionType,
    Category,
    Confidence,
    Sentence,
)

__all__ = ["Arbitration", "arbitrate", "distrust", "ground_loaded", "ground_points",
           "hard_evidence", "reconcile", "ungrounded_terms"]

_NAMED = (AttributionType.NAMED_PERSON, AttributionType.NAMED_ORGANIZATION,
          AttributionType.NEWS_OUTLET, AttributionType.DOCUMENT)


@dataclass
class Arbitration:
    """The reconciled sentences and what the model contributed to them."""

    sentences: list[Sentence]
    warnings: list[str] = field(default_factory=list)
    used: int = 0  # the model's label stands
    overruled: int = 0  # hard offline evidence changed the model's label
    unverified: int = 0  # evidence span missing or not in the sentence: offline stands
    missing: int = 0  # no model label: offline stands
    set_aside: int = 0  # labels judged uninformative: offline stands
    set_aside_reason: str | None = None


def distrust(labels: dict[str, LabelAnswer], offline: dict[str, Category]) -> str | None:
    """Why a model's labels carry no usable information, or None (see `trust.distrust`).

    Args:
        labels: the model's labels by sentence id.
        offline: the offline category of each sentence id, in reading order.
    """
    ids = [k for k in offline if k in labels]
    return _distrust([labels[k].category for k in ids], [offline[k].value for k in ids])


def hard_evidence(sentence: Sentence) -> tuple[str, str] | None:
    """The hard evidence in a sentence's offline evidence: ("allegation" | "named", words).

    "allegation": the offline label is unsupported_allegation, the accusing words are
    there and no named source stands behind them. "named": a named source (or a
    pronoun resolved to one) with its reporting verb, outside any quotation.
    """
    kinds = {e.kind for e in sentence.evidence}
    named = [e for e in sentence.evidence if e.kind == "named_source" and not e.quoted]
    resolved = "speaker_pronoun" in kinds and sentence.speaker_id is not None \
        and sentence.attribution.type in _NAMED
    verb = [e.text for e in sentence.evidence if e.kind == "reporting_verb"]
    if sentence.category is Category.UNSUPPORTED_ALLEGATION and not named and not resolved:
        accusing = [e.text for e in sentence.evidence
                    if e.kind in ("accusation", "insinuation", "vouching")]
        backing = [e.text for e in sentence.evidence
                   if e.kind in ("anonymous_source", "no_source")]
        if accusing and (backing or not verb):
            who = f"'{backing[0]}'" if backing and backing[0] != "no source named" else \
                "no source named"
            return "allegation", f"{who} with accusation '{accusing[0]}'"
    if (named or resolved) and verb:
        source = named[0].text if named else (sentence.attribution.source or "")
        return "named", f"named source '{source}' with '{verb[0]}'"
    return None


def reconcile(
    offline: list[Sentence], labels: dict[str, LabelAnswer], *, untrusted: str | None = None
) -> tuple[list[Sentence], list[str]]:
    """Merge the model's labels into the offline-labelled sentences (see `arbitrate`).

    Returns:
        The reconciled sentences and warnings.
    """
    result = arbitrate(offline, labels, untrusted=untrusted)
    return result.sentences, result.warnings


def arbitrate(
    offline: list[Sentence], labels: dict[str, LabelAnswer], *, untrusted: str | None = None
) -> Arbitration:
    """Arbitrate between the model's labels and the offline evidence, sentence by sentence.

    Every sentence keeps its `speaker_id` and `evidence` unchanged: they are the
    offline evidence, whoever's label stands.

    Args:
        offline: every sentence, labelled by the offline cues.
        labels: the model's labels by sentence id (any id).
        untrusted: why the labels of a larger answer this one belongs to (a batch) were
            found uninformative; by default `distrust` judges `labels` here.

    Returns:
        The sentences, warnings, and counts of what the model contributed.
    """
    known = {s.id: s.category for s in offline}
    warnings: list[str] = []
    unknown = sorted(set(labels) - set(known))
    if unknown:
        warnings.append(f"model labels for unknown sentence ids dropped: {', '.join(unknown[:10])}")
    usable = {k: v for k, v in labels.items() if k in known}
    untrusted = untrusted or distrust(usable, known)
    out = Arbitration(sentences=[], warnings=warnings, set_aside_reason=untrusted)
    if untrusted is not None:
        warnings.append(f"{untrusted}: its labels carry no usable information, so they were "
                        "set aside and the offline labels stand (flagged offline-fallback)")
    for sentence in offline:
        label = usable.get(sentence.id)
        if label is None:
            out.missing += 1
            out.sentences.append(_fallback(sentence, "no usable model label: offline cues used"))
        elif untrusted is not None:
            out.set_aside += 1
            out.sentences.append(_fallback(
                sentence, f"offline cues used: the model's label ({label.category}) was set "
                "aside, its labels being uninformative"))
        else:
            merged, outcome = _arbitrate_one(sentence, label)
            setattr(out, outcome, getattr(out, outcome) + 1)
            out.sentences.append(merged)
    if out.missing and untrusted is None:
        missing = [s.id for s in out.sentences if s.reasons[0].startswith("no usable model")]
        warnings.append(
            f"{len(missing)} of {len(offline)} sentences had no usable model label and keep "
            f"their offline label (flagged offline-fallback): {', '.join(missing[:12])}"
            + (" ..." if len(missing) > 12 else ""))
    if out.unverified:
        warnings.append(f"{out.unverified} model label(s) unverified: the words the model "
                        "gave as evidence are not in the sentence; the offline label stands")
    return out


def _fallback(sentence: Sentence, reason: str) -> Sentence:
    return sentence.model_copy(update={"labelled_by": "offline-fallback",
                                       "reasons": [reason, *sentence.reasons]})


def _arbitrate_one(sentence: Sentence, label: LabelAnswer) -> tuple[Sentence, str]:
    model = Category(label.category)
    span = clean(label.evidence, SPAN_CHARS)
    if not span or not occurs_in(span, sentence.text):
        why = f"its evidence '{span}' is not in the sentence" if span else "it quoted no evidence"
        return _fallback(sentence, f"model label {model.value} unverified ({why}): offline "
                                   f"label {sentence.category.value} stands"), "unverified"
    reason = clean(label.reason, REASON_CHARS)
    rationale = f"model: '{span}'" + (f" ({reason})" if reason else "")
    hard = hard_evidence(sentence)
    category, notes = model, []
    if hard and hard[0] == "allegation" and model is not Category.UNSUPPORTED_ALLEGATION:
        category = Category.UNSUPPORTED_ALLEGATION
    elif hard and hard[0] == "named" and model is Category.UNSUPPORTED_ALLEGATION:
        category = Category.ATTRIBUTED_STATEMENT
    if model is not sentence.category:
        decided = (f"hard evidence: {hard[1]}" if category is not model and hard
                   else "no hard evidence against the model")
        notes.append(f"model said {model.value}, offline cues said {sentence.category.value}: "
                     f"{category.value} stands ({decided})")
    elif category is not model and hard:
        notes.append(f"model said {model.value}: {category.value} stands (hard evidence: "
                     f"{hard[1]})")
    confidence, bounded = _confidence(sentence, category, Confidence(label.confidence), hard)
    notes += bounded
    attribution = _attribution(label, sentence, category)
    overruled = category is not model
    return sentence.model_copy(update={
        "category": category,
        "attribution": attribution,
        "confidence": confidence,
        "reasons": [*notes, rationale, *sentence.reasons],
        "labelled_by": "model+offline" if overruled or bounded else "model",
    }), "overruled" if overruled else "used"


def _confidence(
    sentence: Sentence, category: Category, proposed: Confidence, hard: tuple[str, str] | None
) -> tuple[Confidence, list[str]]:
    """The rubric's confidence for the category, from the model's, bounded by the evidence."""
    if category is Category.OPINION:
        return Confidence.NOT_APPLICABLE, []
    if category is Category.UNSUPPORTED_ALLEGATION:
        return Confidence.UNSUPPORTED, []
    confidence = proposed if proposed in CONFIDENCE_ORDER[1:] else Confidence.LOW
    notes: list[str] = []
    kinds = {e.kind for e in sentence.evidence}
    if hard and hard[0] == "named" and sentence.category is Category.ATTRIBUTED_STATEMENT:
        floor = sentence.confidence
        if floor in CONFIDENCE_ORDER and _rank(confidence) < _rank(floor):
            notes.append(f"confidence {confidence.value} raised to {floor.value}: "
                         f"the rubric for a {hard[1]}")
            confidence = floor
    elif "anonymous_source" in kinds and "named_source" not in kinds \
            and _rank(confidence) > _rank(Confidence.LOW):
        notes.append(f"confidence {confidence.value} lowered to low: anonymous sourcing")
        confidence = Confidence.LOW
    if category is Category.REPORTED_FACT and confidence is Confidence.HIGH and any(
            e.kind == "hedge" for e in sentence.evidence):
        notes.append("confidence high lowered to medium: the author hedges")
        confidence = Confidence.MEDIUM
    return confidence, notes


def _rank(confidence: Confidence) -> int:
    return CONFIDENCE_ORDER.index(confidence)


def _attribution(label: LabelAnswer, sentence: Sentence, category: Category) -> Attribution:
    """The model's attribution when its source is in the sentence and fits its type."""
    if category in (Category.OPINION, Category.REPORTED_FACT) and \
            sentence.attribution.type is AttributionType.NONE:
        return sentence.attribution
    kind = AttributionType(label.attribution)
    source = clean(label.source, SOURCE_CHARS)
    fits = bool(source) and occurs_in(source, sentence.text) and (
        kind is AttributionType.ANONYMOUS
        or (kind in _NAMED and any(ch.isupper() for ch in source))
        or (kind is AttributionType.DOCUMENT))
    if sentence.attribution.type is not AttributionType.NONE or not fits:
        return sentence.attribution
    start = sentence.text.lower().find(source.lower())
    written = sentence.text[start:start + len(source)] if start >= 0 else source
    return Attribution(type=kind, source=written)
