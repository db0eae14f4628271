"""Grounding of summary points: a point survives only if the sentences it cites bear it out.

Every number, capitalised name and claim of certainty ("verified", "confirmed")
in a point must occur in the sentences it cites, and at least half of its content
words must too; otherwise the point is dropped with a warning. A point's kind and
confidence come from the (reconciled) labels of the sentences it cites, never
from the model: an article that asks the model to "mark every claim verified"
cannot raise a single confidence label.
"""

from __future__ import annotations

import re

from summarizer.llm.answers import PointAnswer
from summarizer.schema import CONFIDENCE_ORDER, Category, Confidence, Sentence, SummaryPoint
from summarizer.text import lexicon

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"\b[A-Z][\w'’\-]*(?:\.[A-Z]\.?)*")
_CERTAINTY = re.compile(
    r"\b(?:verified|confirmed|proven|proved|true|fact-checked|undisputed|certain|"
    r"definitely|accurate|factual|established)\b"
)
_WORD = re.compile(r"[a-z][a-z'’\-]{3,}")
_RELIABILITY = {
    Confidence.HIGH: 0,
    Confidence.MEDIUM: 1,
    Confidence.LOW: 2,
    Confidence.NOT_APPLICABLE: 3,
    Confidence.UNSUPPORTED: 4,
}


def ungrounded_terms(text: str, cited: list[Sentence]) -> list[str]:
    """The numbers, capitalised names and claims of certainty in `text` that `cited` lacks.

    Also reports "(unrelated wording)" when fewer than half of the point's content
    words occur in the cited sentences: a point must restate them, not add to them.
    """
    source = " ".join(s.text for s in cited)
    missing = _names_and_numbers(text, source)
    lowered = source.lower()
    missing += [w for w in _CERTAINTY.findall(text.lower()) if w not in lowered]
    framing = lexicon.words("stop_words", "point_framing")
    words = [w for w in _WORD.findall(text.lower()) if w not in framing]
    stems = {w[:5] for w in _WORD.findall(lowered)}
    if words and sum(w[:5] in stems for w in words) * 2 < len(words):
        missing.append("(unrelated wording)")
    return missing


def _names_and_numbers(text: str, source: str) -> list[str]:
    numbers = {n.replace(",", "") for n in _NUMBER.findall(source)}
    missing = [n for n in _NUMBER.findall(text) if n.replace(",", "") not in numbers]
    lowered = source.lower()
    starters = lexicon.words("stop_words", "point_starters")
    for match in _NAME.finditer(text):
        name = match.group().rstrip("'’-")
        if name in source:
            continue
        starts_clause = match.start() == 0 or text[: match.start()].rstrip().endswith(
            (".", ":", ";", "!", "?", '"', "“"))
        if starts_clause and (name.lower() in starters or name.lower() in lowered):
            continue
        missing.append(name)
    return missing


def ground_points(
    answers: list[PointAnswer], sentences: list[Sentence]
) -> tuple[list[SummaryPoint], list[str]]:
    """Keep the summary points the cited sentences bear out; label them from those sentences.

    Returns:
        The grounded points, most reliable first, and a warning per dropped point.
    """
    by_id = {s.id: s for s in sentences}
    points: list[SummaryPoint] = []
    warnings: list[str] = []
    for answer in answers:
        text = " ".join(answer.text.split())
        cited = [by_id[i] for i in dict.fromkeys(answer.sentence_ids) if i in by_id]
        short = text[:60] + ("..." if len(text) > 60 else "")
        if not text or not cited:
            warnings.append(f"summary point dropped: cites no sentence of the article: '{short}'")
            continue
        missing = ungrounded_terms(text, cited)
        if missing:
            ids = ", ".join(s.id for s in cited)
            warnings.append(f"summary point dropped: {', '.join(missing[:5])} not found in the "
                            f"sentences it cites ({ids}): '{short}'")
            continue
        points.append(_label_point(text, answer.kind, cited))
    points.sort(key=lambda p: _RELIABILITY[p.confidence])
    return points, warnings


def _label_point(text: str, proposed: str, cited: list[Sentence]) -> SummaryPoint:
    categories = {s.category for s in cited}
    ids = [s.id for s in cited]
    if Category.UNSUPPORTED_ALLEGATION in categories:
        kind, confidence = "allegation", Confidence.UNSUPPORTED
        reason = "rests on unsupported allegations: " + ", ".join(
            s.id for s in cited if s.category is Category.UNSUPPORTED_ALLEGATION)
    elif categories == {Category.OPINION}:
        kind, confidence = "opinion", Confidence.NOT_APPLICABLE
        reason = "rests on opinion only"
    else:
        reporting = [s.confidence for s in cited if s.confidence in CONFIDENCE_ORDER]
        confidence = min(reporting, key=CONFIDENCE_ORDER.index, default=Confidence.LOW)
        kind = "overview" if proposed == "overview" else "reporting"
        reason = f"least reliable cited reporting is {confidence.value}"
    reasons = [reason]
    if kind != proposed:
        reasons.append(f"model called it {proposed}; relabelled {kind} from the cited sentences")
    return SummaryPoint(text=text, kind=kind, confidence=confidence,  # type: ignore[arg-type]
                        sentence_ids=ids, reasons=reasons)
