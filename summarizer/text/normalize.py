"""The view of a text that cues are matched on: the same words, whatever their encoding.

A zero-width space inside "sources", a soft hyphen inside "corrupt", a bidi control,
or one Cyrillic "о" in "sources" must not change a label: a reader sees the same
word. The view is built character by character:
- format characters (Unicode category Cf: zero-width spaces and joiners, U+2060,
  the soft hyphen, bidi controls, the byte-order mark) are dropped;
- inside a word that has a Latin letter, letters of other scripts drawn like a
  Latin letter are read as that letter (`data/confusables.txt`); a word wholly in
  Cyrillic or Greek is left alone, so other languages keep their words;
- every other character is replaced by its NFKC form (full-width letters,
  ligatures, non-breaking spaces), except the ellipsis, whose NFKC form "..."
  the sentence rules already read the same.
Plain text is returned unchanged, so ordinary English is matched exactly as written.
`View.origin` maps every view offset back into the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from summarizer.text import lexicon

_KEEP = frozenset("…")  # NFKC would turn it into three full stops: same meaning, other length
_WORD = re.compile(r"[^\W\d_]+")  # a run of letters (one-to-one mapping keeps offsets)


@dataclass(frozen=True)
class View:
    """A normalised text, and for each of its offsets the offset in the original.

    `origin` has one entry more than `text`: the end of the text maps to the end.
    """

    text: str
    origin: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the view's `text[start:end]`."""
        if start >= end:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


@cache
def _lookalikes() -> dict[str, str]:
    pairs = (entry.split() for entry in lexicon.entries("confusables", "latin_lookalikes"))
    return {pair[0]: pair[1] for pair in pairs}


def normalize(text: str) -> View:
    """The cue-matching view of `text` (see the module's note).

    Args:
        text: a sentence or an article, as written.

    Returns:
        The view; its `text` equals `text` when nothing needed normalising.
    """
    if text.isascii():  # nothing to drop or map (control characters are not format ones)
        return View(text, tuple(range(len(text) + 1)))
    out: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if unicodedata.category(char) == "Cf":
            continue
        mapped = char if char in _KEEP or char.isascii() else unicodedata.normalize("NFKC", char)
        out.append(mapped)
        origin.extend([index] * len(mapped))
    origin.append(len(text))
    return View(_latin_words("".join(out)), tuple(origin))


def _latin_words(text: str) -> str:
    """Read look-alike letters as Latin inside words that have a Latin letter: "sоurces"
    with a Cyrillic "о" is "sources", while a Russian or Greek word stays as it is."""
    lookalikes = _lookalikes()

    def latin(match: re.Match[str]) -> str:
        word = match.group()
        if word.isascii() or not any("a" <= c.lower() <= "z" for c in word):
            return word
        return "".join(_as_latin(c, lookalikes) for c in word)

    return _WORD.sub(latin, text)


def _as_latin(char: str, lookalikes: dict[str, str]) -> str:
    lower = char.lower()
    if lower not in lookalikes:
        return char
    return lookalikes[lower].upper() if char != lower else lookalikes[lower]
