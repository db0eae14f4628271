"""Word an unsupported allegation as one: who alleges it, and that nothing supports it.

"Critics alleged, without evidence given, that Osei covered up the warnings." The
alleger is the unnamed source as the article writes it ("Critics", "three people
familiar with the matter"), or the article itself when nobody is given. The allegation's
own words stay (its loaded words shown quoted, as the alleger's), so a reader sees exactly
what is alleged and by whom, never as a fact.
"""

from __future__ import annotations

import re

from summarizer.offline.cues import quote_spans
from summarizer.schema import AttributionType, Sentence
from summarizer.summary.compress import MAX_POINT_WORDS, compress, plain
from summarizer.summary.sourcing import _lower_first

_QUOTE_OPEN = "‘“\"'"
_VERBS = (r"(?:argue|argues|argued|say|says|said|suggest|suggests|suggested|claim|claims|"
          r"claimed|believe|believes|believed|allege|alleges|alleged|contend|contends|insist|"
          r"insists|assert|asserts|maintain|maintains|charge|charges|accuse|accuses|told)")
MAX_WHO_WORDS = 6


def allegation_text(sentence: Sentence) -> str | None:
    """The allegation worded as one, or None when it cannot be said within a point."""
    source = sentence.attribution.source
    body = plain(sentence.text)
    if sentence.attribution.type is AttributionType.ANONYMOUS and source:
        who = _short(source)
        frame = f"{who[:1].upper()}{who[1:]} alleged, without evidence given,"
        body = _without_source(body, source)
    else:
        frame = "The article alleges, without a named source,"
    compressed = compress(body, attributed=True, limit=MAX_POINT_WORDS - len(frame.split()) - 1)
    if compressed is None:
        return None
    if compressed[:1] in _QUOTE_OPEN:
        spans = quote_spans(compressed)
        quote = compressed[: spans[0][1]] if spans else compressed
        return f"{frame.rstrip(',')}: {quote.rstrip(',')}"
    return f"{frame} that {_lower_first(compressed)}"


def _short(source: str) -> str:
    """'a whistleblower who worked on a previous aid package' -> 'a whistleblower'."""
    head = re.split(r"\s+(?:who|which|that)\b|,", source, maxsplit=1)[0]
    return " ".join(head.split()[:MAX_WHO_WORDS])


def _without_source(body: str, source: str) -> str:
    """The allegation without its source's frame: 'Critics argue that X' -> 'X';
    'X, according to insiders.' -> 'X.'"""
    src = re.escape(source)
    found = re.search(rf"{src}\s+(?:\w+\s+)?{_VERBS}\s+(?:that\s+)?(?P<rest>.+)$", body,
                      re.IGNORECASE | re.DOTALL)
    if found:
        rest = found.group("rest")
        return rest[:1].upper() + rest[1:]
    trimmed = re.sub(rf",?\s+(?:according to|{_VERBS})\s+{src}\s*(?=[.!?]?$)", "", body,
                     flags=re.IGNORECASE)
    return trimmed
