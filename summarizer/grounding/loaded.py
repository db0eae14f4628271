"""Loaded phrases from the model: kept only where they occur in the sentence they name."""

from __future__ import annotations

from summarizer.grounding.free_text import NEUTRAL_CHARS, clean
from summarizer.llm.answers import LoadedAnswer
from summarizer.schema import LoadedPhrase, Sentence

MAX_PHRASE_WORDS = 6


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
        neutral = clean(answer.neutral, NEUTRAL_CHARS) or None
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
