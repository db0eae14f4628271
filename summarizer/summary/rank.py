"""Which sentences say what the article is about: a score for choosing summary points.

The score adds what news writing and extractive summarisation both rely on:
- position: the lead carries the main fact (inverted pyramid), and later sentences
  matter less and less;
- centrality: a sentence using the words many other sentences use states the story's
  subject (the centroid idea of MEAD, close to TextRank/LexRank, but linear);
- checkability: a named source, a number or a date lets a reader verify the point;
- confidence: the label the rubric gave.
Fragments (under eight words) and bare quotations say little on their own and lose.
"""

from __future__ import annotations

import re

from summarizer.offline.evidence import has
from summarizer.schema import AttributionType, Confidence, Sentence
from summarizer.text import lexicon

_WORD = re.compile(r"[a-z][a-z'’-]{2,}")
_CONFIDENCE = {Confidence.HIGH: 1.0, Confidence.MEDIUM: 0.6, Confidence.LOW: 0.2}
_QUOTE_OPEN = "‘“\"'"


def content_words(text: str) -> set[str]:
    """Lower-case content words (stop words out), cut to five letters as a light stem."""
    stop = lexicon.words("stop_words", "claim_stop_words")
    return {w[:5] for w in _WORD.findall(text.lower()) if w not in stop}


def centrality(sentences: list[Sentence]) -> dict[str, float]:
    """Sentence id -> how much of the story's recurring vocabulary it carries.

    The centroid measure of MEAD (Radev et al.): each content word weighs the share of
    the other sentences that use it, and a sentence scores the sum over its words, scaled
    by the square root of its length so long sentences do not win by length alone.
    Linear in the article's length (a pairwise comparison would be quadratic).
    """
    bags = {s.id: content_words(s.text) for s in sentences}
    df: dict[str, int] = {}
    for bag in bags.values():
        for word in bag:
            df[word] = df.get(word, 0) + 1
    others = max(1, len(sentences) - 1)
    return {
        sid: sum(df[w] - 1 for w in bag) / others / max(1.0, len(bag) ** 0.5)
        for sid, bag in bags.items()
    }


def scores(sentences: list[Sentence], lead_id: str | None) -> dict[str, float]:
    """Sentence id -> how much it says about what the article is about (higher first)."""
    central = centrality(sentences)
    out: dict[str, float] = {}
    for position, sentence in enumerate(sentences):
        score = 2.0 * central[sentence.id] + 1.0 / (1 + position / 3)
        if sentence.id == lead_id:
            score += 1.5
        if sentence.attribution.type not in (AttributionType.NONE, AttributionType.ANONYMOUS):
            score += 0.5
        score += 0.3 * has(sentence.evidence, "number") + 0.3 * has(sentence.evidence, "date")
        score += _CONFIDENCE.get(sentence.confidence, 0.0)
        if len(sentence.text.split()) < 8:
            score -= 1.0
        if sentence.text.lstrip()[:1] in _QUOTE_OPEN:
            score -= 0.5
        out[sentence.id] = score
    return out
