"""Say whose words a point restates: "The union said that ...", "An unnamed official ...".

A point read alone must carry its source, as a news summary does ("Reuters reported
that ..."). The source is the one the labeller recorded (`Sentence.attribution`), in the
article's own words, so the frame adds no name the article does not give.
"""

from __future__ import annotations

import re

from summarizer.offline.cues import quote_spans
from summarizer.schema import AttributionType
from summarizer.summary.pronouns import surname
from summarizer.text import lexicon

_QUOTE_OPEN = "‘“\"'"


def names_source(text: str, source: str) -> bool:
    """True when the point already names its source (whole, or a person's surname)."""
    lowered = text.lower()
    return source.lower() in lowered or (
        len(source.split()) > 1 and re.search(rf"\b{re.escape(surname(source).lower())}\b",
                                              lowered) is not None)


def with_source(text: str, source: str, kind: AttributionType) -> str:
    """The point framed with its source: "X said: “...”" for a bare quotation, else
    "X said that ..."; an unnamed source is said to be unnamed, in its own words when they
    say so ("People familiar with the talks said that ...")."""
    who = source[:1].upper() + source[1:]
    if kind is AttributionType.ANONYMOUS and not says_unnamed(source):
        first = source.split()[0].lower() if source.split() else ""
        definite = first in lexicon.words("sources", "definite_determiners", "pronouns")
        # "senior officials" -> "Unnamed senior officials"; "he", "the aide" cannot take it.
        who = f"An unnamed source ({source})" if definite or not source[:1].islower() else (
            f"Unnamed {source}")
    if _bare_quote(text):
        return f"{who} said: {text}"
    return f"{who} said that {_lower_first(text)}"


def says_unnamed(source: str) -> bool:
    """True when the source's own words already say nobody is named: an indefinite or
    plural role ("people familiar with the talks", "a senior official", "critics"); the
    article's phrase then says it best. "He" or "the official" does not say it."""
    first = source.split()[0].lower() if source.split() else ""
    determiners = lexicon.words("sources", "anonymous_determiners")
    heads = lexicon.words("sources", "anonymous_heads")
    return first in determiners or (first in heads and (first.endswith("s")
                                                        or first in ("people", "others")))


def _lower_first(text: str) -> str:
    """Lower-case the first word when it is a common word ('The', 'A'), never a name."""
    first = text.split(" ", 1)[0]
    common = lexicon.words("stop_words", "claim_stop_words")
    number = _NUMBER_WORD.fullmatch(first) is not None  # "Four years after ..."
    return text[:1].lower() + text[1:] if first.lower() in common or number else text


_NUMBER_WORD = re.compile(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|"
                          r"Dozens|Hundreds|Thousands|Millions|Billions)")


def _bare_quote(text: str) -> bool:
    """A quotation with nothing after it ("'...,' he said" is not bare)."""
    if text[:1] not in _QUOTE_OPEN:
        return False
    spans = quote_spans(text)
    end = spans[0][1] if spans else len(text)
    return not any(c.isalpha() for c in text[end:])
