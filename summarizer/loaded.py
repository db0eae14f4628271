"""Loaded language: find lexicon phrases in the article, with neutral alternatives.

The lexicon is `summarizer/data/loaded_language.json`, written for this project.
A phrase ending in `*` matches any word ending ("skyrocket*" -> "skyrocketed").
Every match carries offsets into the report's text: `text[start:end] == phrase`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal, cast

from .schema import LoadedPhrase, Sentence

Kind = Literal["loaded", "intensifier", "hedge", "framing"]
_KINDS: tuple[Kind, ...] = ("loaded", "intensifier", "hedge", "framing")


@dataclass(frozen=True)
class Entry:
    """One lexicon entry."""

    phrase: str
    kind: Kind
    neutral: str | None


@cache
def lexicon() -> tuple[tuple[Entry, ...], re.Pattern[str]]:
    """The lexicon entries and one compiled pattern matching any of them (longest first)."""
    raw = resources.files("summarizer").joinpath("data/loaded_language.json").read_text("utf-8")
    entries: list[Entry] = []
    for item in json.loads(raw)["phrases"]:
        kind = item["kind"]
        if kind not in _KINDS:
            raise ValueError(f"loaded_language.json: unknown kind {kind!r}")
        entries.append(Entry(item["phrase"], cast(Kind, kind), item.get("neutral")))
    entries.sort(key=lambda e: len(e.phrase), reverse=True)
    parts = []
    for entry in entries:
        body = re.escape(entry.phrase.rstrip("*")).replace(r"\ ", r"\s+")
        parts.append(body + (r"[\w-]*" if entry.phrase.endswith("*") else ""))
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)
    return tuple(entries), pattern


def _entry_for(matched: str, entries: tuple[Entry, ...]) -> Entry | None:
    folded = " ".join(matched.lower().split())
    for entry in entries:
        phrase = entry.phrase.lower()
        if phrase.endswith("*") and folded.startswith(phrase[:-1]) and " " not in folded[
                len(phrase) - 1:]:
            return entry
        if folded == phrase:
            return entry
    return None


def find_loaded(text: str, sentences: list[Sentence]) -> list[LoadedPhrase]:
    """Find loaded, intensifying, hedging and framing phrases in each sentence.

    Args:
        text: the report's text, which the sentence offsets refer to.
        sentences: the article's sentences.

    Returns:
        The phrases in reading order, each with offsets into `text`.
    """
    entries, pattern = lexicon()
    found: list[LoadedPhrase] = []
    for sentence in sentences:
        for match in pattern.finditer(text, sentence.start, sentence.end):
            entry = _entry_for(match.group(), entries)
            if entry is None:
                continue
            found.append(
                LoadedPhrase(
                    sentence_id=sentence.id,
                    start=match.start(),
                    end=match.end(),
                    phrase=match.group(),
                    kind=entry.kind,
                    neutral=entry.neutral,
                )
            )
    return found


def neutralize(sentence: str) -> str:
    """Replace loaded phrases that have a neutral alternative; keep everything else."""
    entries, pattern = lexicon()

    def swap(match: re.Match[str]) -> str:
        entry = _entry_for(match.group(), entries)
        if entry is None or entry.neutral is None or entry.kind == "hedge":
            return match.group()
        if entry.kind == "loaded" and "(alleged)" in entry.neutral:
            return match.group()  # keep the article's word; the point says it is alleged
        neutral = entry.neutral
        if match.group()[:1].isupper():
            neutral = neutral[:1].upper() + neutral[1:]
        return neutral

    return pattern.sub(swap, sentence)
