"""Accusations: allegation wording, and whether a sentence points at someone.

Used by `classify.py` to tell an unsupported allegation from a view ("corrupt
government defeats itself" accuses no one), and by `compose.py` to keep any
accusation out of the reporting part of a summary, whoever labelled it.
"""

from __future__ import annotations

import re
from functools import cache

from . import lexicon
from .cues import SentenceCues

_DEFINITE_ROLE = re.compile(
    r"\b(?:the|this|that|these|those|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)"
)
_FIRST_WORD = re.compile(r"[^\w]*([\w’']+)")
# "are verified", "has been independently confirmed", "is proven beyond doubt": the
# sentence itself vouches that something is established.
_VOUCHING = re.compile(
    r"\b(?:is|are|was|were|been|be)\s+(?:now\s+|fully\s+|independently\s+|all\s+|"
    r"thoroughly\s+|already\s+)?(?:verified|confirmed|proven|proved|substantiated|"
    r"corroborated|undisputed|indisputable|beyond\s+(?:doubt|dispute))\b(?!\s+as\b)",
    re.IGNORECASE,
)
# What an accusation is called: vouching for one is itself an accusation.
_CLAIM_NOUNS = re.compile(
    r"\b(?:allegations?|accusations?|claims?|charges|rumou?rs|suspicions|revelations)\b",
    re.IGNORECASE,
)


def accusation(cues: SentenceCues, *, quoted: bool | None = None) -> list[str]:
    """The allegation wording in the sentence; empty when none accuses.

    Args:
        cues: the sentence's cues.
        quoted: False to count only words outside quotations (the author's own).
    """
    strong = cues.find("allegation", quoted=quoted)
    weak = cues.find("allegation_weak", quoted=quoted)
    if strong:
        return [c.text for c in strong]
    if len(weak) >= 2:
        return [c.text for c in weak]
    return []


def through_court(cues: SentenceCues) -> str | None:
    """The legal-process word when an accusation is made through a court, not by the
    author or an anonymous source ("was convicted of fraud"); else None."""
    legal = cues.find("legal_process")
    if not legal or cues.find("anonymous_marker"):
        return None
    return legal[0].text


def unsourced_accusation(cues: SentenceCues, *, anonymous: bool) -> list[str]:
    """The accusing words of a sentence no named source stands behind; empty when it
    accuses no one. One rule for the labels (classify.py) and the summary (compose.py).

    Args:
        cues: the sentence's cues.
        anonymous: True when an unnamed source makes the claim (its quoted words count);
            False for the author's own voice (only unquoted words, and someone accused).
    """
    if through_court(cues):
        return []
    if anonymous:
        return accusation(cues)
    words = accusation(cues, quoted=False)
    return words if words and has_target(cues) else []


def vouching(cues: SentenceCues) -> tuple[str, bool] | None:
    """The author's own claim that something is verified ("These allegations are
    verified"), outside quotations, with whether it vouches for an allegation; else None.
    Who verified it, and how, is what a reader would need to check it."""
    for m in _VOUCHING.finditer(cues.text):
        if any(s <= m.start() < e for s, e in cues.quote_spans):
            continue
        return m.group(), bool(_CLAIM_NOUNS.search(cues.text, 0, m.start()))
    return None


def has_target(cues: SentenceCues) -> bool:
    """Whether the sentence points at someone: a name, or a pronoun standing for one."""
    if cues.has("proper_noun") or cues.has("target_pronoun", quoted=False):
        return True
    roles = _roles()
    for m in _DEFINITE_ROLE.finditer(cues.text.lower()):
        if m.group(1) in roles:
            return True  # "the mayor", "the company's", "their officials"
    first = _FIRST_WORD.match(cues.text)
    if first is None:
        return False
    word = first.group(1)
    return word[0].isupper() and word.lower() not in _not_names()


@cache
def _roles() -> frozenset[str]:
    """Roles and bodies that, after 'the', 'his' ..., point at someone identifiable."""
    return (lexicon.words("allegation", "accused_roles")
            | lexicon.words("sources", "titles", "org_common"))


@cache
def _not_names() -> frozenset[str]:
    """Capitalised first words that are ordinary words, not names."""
    return (lexicon.words("allegation", "not_names", "allegation_words", "weak_allegation_words")
            | lexicon.words("sources", "anonymous_heads")
            | lexicon.words("stance", "evaluative", "stance"))
