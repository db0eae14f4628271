"""The summary's length budget, enforced in code after either engine wrote the points.

A summary is short by construction (DESIGN.md): at most `points` points (5 by default,
the overview line included), each at most 35 words, and the points restating the article
at most a quarter of the article's words in all, never more than 120. The overview line
is a line of counts about the article (how much is opinion, which engine wrote the
summary), not a restatement of it: it counts as a point and is held to 35 words, but not
to the word total. An article under 150 words is already short: its
summary may take half of it (at least 40 words: room for the overview and a point or two).

A briefing note's citation tag at the end of a point ("(A1, A2)", "(A2 only; no named
source)") says which articles carry the point; like a footnote mark it restates nothing,
so no word count holds it (`restated_words`): neither a point's 35 words nor the total,
which limit how much of the articles is restated. One rule for every summary: an
article's own summary has no tags, so nothing changes there.
"""

from __future__ import annotations

import re
from typing import Any, Protocol, TypeVar, cast

from summarizer.offline.cues import quote_spans
from summarizer.summary.clauses import DASH, has_main_clause
from summarizer.summary.compress import MAX_POINT_WORDS
from summarizer.summary.cuts import drop_asides, end_sentence, holds_together

DEFAULT_POINTS = 5
MAX_WORDS = 120
SHARE = 0.25
SHORT_ARTICLE = 150


class _Point(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def kind(self) -> str: ...

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False
                   ) -> Any: ...


P = TypeVar("P", bound=_Point)


def word_budget(article_words: int) -> int:
    """The most words a summary of an article this long may have."""
    if article_words < SHORT_ARTICLE:
        return max(40, article_words // 2)
    return min(MAX_WORDS, int(SHARE * article_words))


def words(text: str) -> int:
    """Words as a reader counts them: runs between spaces."""
    return len(text.split())


_CITATION = re.compile(r"\s\(A\d[^()]*\)$")


def restated_words(text: str) -> int:
    """Words of a point that restate its articles: all of them but a closing citation tag."""
    return words(_CITATION.sub("", text.rstrip()))


def shorten(text: str, limit: int = MAX_POINT_WORDS) -> str:
    """The point cut to `limit` words: first without its asides (between paired dashes, or
    between subject and verb), then at the last clause boundary (comma, semicolon, colon,
    dash) outside quotation marks that keeps at least half of it and a main clause with
    its verb, else after `limit - 1` words with an ellipsis. The main clause comes first
    in news English; what follows a boundary adds detail; but a leading subordinate
    clause or a subject without its verb is no sentence, so a cut never stops there."""
    if words(text) <= limit:
        return text
    text = drop_asides(text)
    if words(text) <= limit:
        return text
    quoted = quote_spans(text)
    bounds = [m.start() for m in re.finditer(rf"[,;:] |\s{DASH}\s", text)
              if not any(s <= m.start() < e for s, e in quoted)
              and words(text) // 2 <= words(text[: m.start()]) <= limit
              and not holds_together(text[m.end():], text[: m.start()])
              and has_main_clause(text[: m.start()])]
    if bounds:
        return end_sentence(text[: bounds[-1]])
    return " ".join(text.split()[: limit - 1]) + " …"


def enforce(points: list[P], article_words: int, max_points: int = DEFAULT_POINTS
            ) -> tuple[list[P], list[str]]:
    """Hold the points to the budget: no point over 35 words, at most `max_points` points
    (the overview line kept last when there is room for it), and the word total.

    Points are dropped from the end of the content points (the writer put the most
    important first), never the overview while another point can go instead; the order
    is kept (a report's overview comes last, a digest's first).

    Args:
        points: the summary, in the order the engine wrote it.
        article_words: the article's length in words (a digest: all its articles').
        max_points: the most points, overview included.

    Returns:
        The points within budget (each a copy when shortened) and a note per change.
    """
    notes: list[str] = []
    kept: list[P] = []
    for point in points:
        tag = _CITATION.search(point.text.rstrip())
        body = point.text.rstrip()[: tag.start()] if tag else point.text
        text = point.text if words(body) <= MAX_POINT_WORDS else (
            shorten(body) + (tag.group() if tag else ""))
        if text != point.text:
            notes.append(f"a summary point was shortened to {MAX_POINT_WORDS} words")
            point = cast(P, point.model_copy(update={"text": text}))
        kept.append(point)
    limit = word_budget(article_words)

    def over() -> bool:
        restating = sum(restated_words(p.text) for p in kept if p.kind != "overview")
        return len(kept) > max_points or restating > limit

    while over() and any(p.kind != "overview" for p in kept):
        last = max(k for k, p in enumerate(kept) if p.kind != "overview")
        kept.pop(last)
        notes.append("a summary point was left out to keep the summary within its budget")
    while over() and kept:
        kept.pop()
        notes.append("the overview line was left out to keep the summary within its budget")
    return kept, list(dict.fromkeys(notes))
