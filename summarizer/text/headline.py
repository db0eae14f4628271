"""The article's headline and dateline: framing around the news, not the news itself.

A headline is a first paragraph of one sentence with no final punctuation; it
becomes the report's title and is never a summary point (the body says the same
with more care). A dateline ("WASHINGTON (Reuters) -") opens the lead; a
summary point leaves it out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.schema import Sentence

_FINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_MAX_HEADLINE = 300
# "OSLOVIK, Jan. 5 (Reuters) - ", "WASHINGTON (AP) — ", "**RIVERTON, Oct. 12** - "
_DATELINE = re.compile(
    r"^[*_]{0,2}[A-Z][A-Z.'’ -]*[A-Z](?:,\s+[^()*_\n—–]{1,30}?)?\s*(?:\([^()\n]{1,40}\))?"
    r"[*_]{0,2}\s*(?:-{1,2}|—|–)\s+"
)


def headline_sentence(sentences: Sequence[Sentence]) -> Sentence | None:
    """The headline: a first paragraph of one sentence with no final punctuation."""
    if not sentences:
        return None
    first = sentences[0]
    alone = len(sentences) == 1 or sentences[1].paragraph != first.paragraph
    if (alone and first.paragraph == 0 and not _FINAL.search(first.text)
            and len(first.text) < _MAX_HEADLINE):
        return first
    return None


def title_of(sentences: Sequence[Sentence]) -> str | None:
    """The headline as a title: one line, without Markdown heading marks."""
    first = headline_sentence(sentences)
    if first is None:
        return None
    return " ".join(_MARKDOWN_HEADING.sub("", first.text).split()) or None


def without_dateline(text: str) -> str:
    """The sentence without its dateline, when it opens with one."""
    found = _DATELINE.match(text)
    return text[found.end():] if found and found.end() < len(text) else text
