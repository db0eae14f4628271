"""Fast lookup of many fixed phrases in lower-cased text.

A big regex alternation tries every phrase at every position; indexing phrases
by their first word and checking only the candidates at each word start is an
order of magnitude faster, which keeps the offline engine within milliseconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")
_TOKEN = re.compile(r"[\w-]+(?:['’][\w-]+)*")  # a word, with inner apostrophes only
_WORD_CHAR = re.compile(r"[\w-]")
_MEMO_LIMIT = 50_000  # distinct words remembered before the memo starts afresh


class PhraseMatcher(Generic[T]):
    """Find phrases (lower case; a trailing `*` matches any word ending) with a value each."""

    def __init__(self, phrases: Iterable[tuple[str, T]]) -> None:
        self._index: dict[str, list[tuple[str, T]]] = {}
        self._stems: dict[str, list[tuple[str, T]]] = {}  # by their first three letters
        # each word seen, with the stem it starts with (boxed) or None: most words of a text
        # recur, so the stems are tried once per word, not once per occurrence
        self._stem_of: dict[str, tuple[T] | None] = {}
        for phrase, value in phrases:
            phrase = phrase.lower()
            if phrase.endswith("*"):
                self._stems.setdefault(phrase[:3], []).append((phrase[:-1], value))
                continue
            first = _TOKEN.match(phrase)
            key = first.group() if first else phrase
            self._index.setdefault(key, []).append((phrase, value))
        for candidates in self._index.values():
            candidates.sort(key=lambda item: len(item[0]), reverse=True)

    def finditer(self, lower: str) -> Iterator[tuple[int, int, T]]:
        """Yield (start, end, value) of non-overlapping matches, longest phrase first.

        Args:
            lower: the text, already lower-cased (offsets are into it).
        """
        busy_until = 0
        index, stem_of = self._index, self._stem_of
        for token in _TOKEN.finditer(lower):
            start = token.start()
            if start < busy_until:
                continue
            word = token.group()
            if word in stem_of:
                stemmed = stem_of[word]
            else:
                if len(stem_of) > _MEMO_LIMIT:
                    stem_of.clear()
                stemmed = stem_of[word] = self._stem_value(word)
            if stemmed is None and word not in index:
                continue
            found = self._match_at(lower, start, word, stemmed)
            if found is not None:
                end, value = found
                busy_until = end
                yield start, end, value

    def _stem_value(self, word: str) -> tuple[T] | None:
        """The value of the stem the word starts with, boxed; None when none does."""
        for stem, value in self._stems.get(word[:3], ()):
            if word.startswith(stem):
                return (value,)
        return None

    def _match_at(self, lower: str, start: int, word: str,
                  stemmed: tuple[T] | None) -> tuple[int, T] | None:
        for phrase, value in self._index.get(word, ()):
            end = start + len(phrase)
            if lower.startswith(phrase, start) and _ends_word(lower, end, phrase):
                return end, value
        if stemmed is not None:
            return start + len(word), stemmed[0]
        return None


def _ends_word(text: str, end: int, phrase: str) -> bool:
    if end >= len(text) or not phrase[-1:].isalnum():
        return True
    return _WORD_CHAR.match(text, end) is None


def fold(text: str) -> str:
    """Lower-case `text` keeping every offset (characters whose lower case is longer stay)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
