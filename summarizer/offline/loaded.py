"""Loaded language: find lexicon phrases in the article, with neutral alternatives.

The lexicon is `summarizer/data/loaded_language.json`, written for this project.
A phrase ending in `*` matches any word ending ("skyrocket*" -> "skyrocketed");
phrases match with single spaces between their words.
Every match carries offsets into the report's text: `text[start:end] == phrase`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal, cast

from summarizer.errors import ConfigurationError
from summarizer.offline.phrases import PhraseMatcher, fold
from summarizer.schema import LoadedPhrase, Sentence
from summarizer.text import lexicon

Kind = Literal["loaded", "intensifier", "hedge", "framing"]
# Past, -ing and third-person forms of the verbs the lexicon's alternatives start with.
_IRREGULAR = {"rise": ("rose", "rising", "rises"), "fall": ("fell", "falling", "falls"),
              "cut": ("cut", "cutting", "cuts")}
_COPULA_BEFORE = re.compile(
    r"\b(?:is|was|are|were|be|been|being|seems?|seemed|remains?|remained|looks?)\s+$",
    re.IGNORECASE,
)
_INDEFINITE = re.compile(r"\b([Aa]n?)\s+$")
_KINDS: tuple[Kind, ...] = ("loaded", "intensifier", "hedge", "framing")


@dataclass(frozen=True)
class Entry:
    """One lexicon entry."""

    phrase: str
    kind: Kind
    neutral: str | None


@dataclass(frozen=True)
class Lexicon:
    """The lexicon entries and a matcher finding any of them."""

    entries: tuple[Entry, ...]
    matcher: PhraseMatcher[Entry]


@cache
def loaded_lexicon() -> Lexicon:
    """Load the lexicon once."""
    raw = resources.files("summarizer").joinpath("data/loaded_language.json").read_text("utf-8")
    entries: list[Entry] = []
    for item in json.loads(raw)["phrases"]:
        kind = item["kind"]
        if kind not in _KINDS:
            raise ConfigurationError(f"lexicon loaded_language.json: unknown kind {kind!r}")
        entries.append(Entry(item["phrase"], cast(Kind, kind), item.get("neutral")))
    return Lexicon(tuple(entries), PhraseMatcher((e.phrase, e) for e in entries))


def find_loaded(text: str, sentences: list[Sentence]) -> list[LoadedPhrase]:
    """Find loaded, intensifying, hedging and framing phrases in each sentence.

    Args:
        text: the report's text, which the sentence offsets refer to.
        sentences: the article's sentences.

    Returns:
        The phrases in reading order, each with offsets into `text`.
    """
    matcher = loaded_lexicon().matcher
    found: list[LoadedPhrase] = []
    for sentence in sentences:
        lower = fold(text[sentence.start : sentence.end])
        for start, end, entry in matcher.finditer(lower):
            found.append(
                LoadedPhrase(
                    sentence_id=sentence.id,
                    start=sentence.start + start,
                    end=sentence.start + end,
                    phrase=text[sentence.start + start : sentence.start + end],
                    kind=entry.kind,
                    neutral=entry.neutral,
                )
            )
    return found


def neutralize(sentence: str) -> str:
    """Replace loaded phrases that have a neutral alternative; keep everything else.

    Quotations are never changed: a quote must stay exactly as spoken.
    """
    from summarizer.offline.cues import quote_spans

    quoted = quote_spans(sentence)
    accusing = lexicon.words("allegation", "allegation_words", "weak_allegation_words")
    pieces: list[str] = []
    pos = 0
    for start, end, entry in loaded_lexicon().matcher.finditer(fold(sentence)):
        if entry.neutral is None or entry.kind == "hedge" or "(alleged)" in entry.neutral:
            continue  # no alternative, or the point itself says the claim is alleged
        if any(s <= start < e for s, e in quoted):
            continue
        if sentence[start:end].lower() in accusing:
            continue  # swapping an accusation's verb would change what is reported
        neutral = entry.neutral
        if entry.phrase.endswith("*"):  # 'soared' -> 'rose': the swapped word keeps its ending
            neutral = _inflect(neutral, sentence[start:end].lower()[len(entry.phrase) - 1 :])
        if neutral.startswith("of ") and not _COPULA_BEFORE.search(sentence, 0, start):
            continue  # 'of concern' fits 'were alarming', not 'alarming Democrats'
        if sentence[start : start + 1].isupper():
            neutral = neutral[:1].upper() + neutral[1:]
        pieces += [_agree(sentence[pos:start], neutral), neutral]
        pos = end
    pieces.append(sentence[pos:])
    return "".join(pieces)


def _inflect(neutral: str, ending: str) -> str:
    """Give the first word of `neutral` the inflection `ending` of the matched word
    ('ed', 'ing', 's'): 'rise sharply' + 'ed' -> 'rose sharply'; a noun's 's' goes on
    the last word ('partial measure' + 's' -> 'partial measures')."""
    if not ending:
        return neutral
    words = neutral.split(" ")
    if ending in ("s", "es") and words[0] not in _IRREGULAR and len(words) > 1 and not (
            words[-1].endswith("ly")):
        return neutral + "s"  # a noun phrase: the plural goes on its head
    verb = words[0]
    forms = _IRREGULAR.get(verb)
    if ending.endswith("ed"):
        verb = forms[0] if forms else verb + ("d" if verb.endswith("e") else "ed")
    elif ending.endswith("ing"):
        verb = forms[1] if forms else (verb[:-1] if verb.endswith("e") else verb) + "ing"
    elif ending.endswith("s"):
        verb = forms[2] if forms else verb + ("es" if verb.endswith(("s", "sh", "ch", "x"))
                                              else "s")
    return " ".join([verb, *words[1:]])


def _agree(before: str, word: str) -> str:
    """'a shocking' -> 'an unexpected': the indefinite article before a swapped word."""
    found = _INDEFINITE.search(before)
    if found is None:
        return before
    article = "an" if word[:1].lower() in "aeiou" else "a"
    if found.group(1)[0].isupper():
        article = article.capitalize()
    return before[: found.start(1)] + article + before[found.end(1) :]


# An opening clause that sets the scene rather than carrying the news.
_SETTING = re.compile(
    r"[\W_]*(?:In|With|Amid|Amidst|As|After|While|Following|Despite|Against|Though|Although)\b"
)


def drop_loaded_aside(sentence: str) -> str:
    """Leave out a clause that only colours the report: a last one ('..., Reyes said, her
    voice tinged with theatrical pride.') or a first one ('In a move that sent shockwaves
    through Kyiv, the US ...'), outside quotations, with loaded wording that has no
    neutral alternative. Everything else is kept as written."""
    from summarizer.offline.cues import quote_spans

    quoted = quote_spans(sentence)
    opened = _drop_loaded_opening(sentence, quoted)
    if opened != sentence:
        sentence, quoted = opened, quote_spans(opened)
    cut = sentence.rfind(", ")
    while cut > 0 and any(s <= cut < e for s, e in quoted):
        cut = sentence.rfind(", ", 0, cut)
    if cut <= 0 or any(s > cut for s, _ in quoted):
        return sentence
    head, tail = sentence[:cut], sentence[cut + 2 :]
    if len(head.split()) < 4:
        return sentence
    return head.rstrip() + "." if _colours_only(tail) else sentence


def _drop_loaded_opening(sentence: str, quoted: list[tuple[int, int]]) -> str:
    cut = sentence.find(", ")
    if cut <= 0 or any(s <= cut for s, _ in quoted) or not _SETTING.match(sentence):
        return sentence  # no opening clause, a quotation in it, or it is the main clause
    head, rest = sentence[:cut], sentence[cut + 2 :]
    if len(rest.split()) < 4 or any(c.isdigit() for c in head) or not _colours_only(head):
        return sentence
    return rest[:1].upper() + rest[1:]


def _colours_only(clause: str) -> bool:
    """Whether a clause carries loaded wording that has no neutral alternative."""
    return any(entry.neutral is None and entry.kind in ("loaded", "framing")
               for _, _, entry in loaded_lexicon().matcher.finditer(fold(clause)))
