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
# a run of letters, with inner apostrophes ("Don’t" is one word, so a look-alike 't' after the
# apostrophe is read in a Latin word); the mapping is one-to-one, which keeps offsets
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@dataclass(frozen=True)
class View:
    """A normalised text, and for each of its offsets the offset in the original.

    `origin` has one entry more than `text`: the end of the text maps to the end; it is
    None when the view is the text itself (the common case, at no cost in memory).
    """

    text: str
    origin: tuple[int, ...] | None = None  # None: the view is the text itself

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the view's `text[start:end]`."""
        if self.origin is None:
            return start, end
        if start >= end:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


# Format characters (Unicode category Cf), as ranges: a quick test before the full pass.
_FORMAT = re.compile("[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
                     "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
                     "\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
                     "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
                     "\U000e0020-\U000e007f]")


def _unchanged(text: str) -> bool:
    """Whether normalising would leave `text` as it is, tested at C speed (a 20 MB article
    must not go through the character-by-character pass for nothing)."""
    if _FORMAT.search(text) or not unicodedata.is_normalized("NFKC", text.replace("…", "")):
        return False
    if _lookalike_set().isdisjoint(text):
        return True
    return _mixed_word().search(text) is None and _lone_letter().search(text) is None


@cache
def _lone_letter() -> re.Pattern[str]:
    """A look-alike letter standing alone before a Latin word: "Ɑ jury found ...". A one-letter
    word has no Latin letter of its own to show its script, so its neighbour decides; a Russian
    'а' between Russian words stays Cyrillic."""
    look = "[" + re.escape("".join(sorted(_lookalike_set()))) + "]"
    return re.compile(r"(?<![^\W\d_])" + look + r"(?![^\W\d_])(?=\s+[A-Za-z])")


@cache
def _lookalike_set() -> frozenset[str]:
    letters = frozenset(_lookalikes()) | frozenset(c.upper() for c in _lookalikes())
    return frozenset(c for c in letters if not c.isascii())  # 'ı'.upper() is a Latin 'I'


@cache
def _mixed_word() -> re.Pattern[str]:
    """A word with a Latin letter and a look-alike letter, in either order."""
    others = "".join(sorted(_lookalike_set()))
    look = "[" + re.escape(others) + "]"
    inner = r"(?:[^\W\d_]|['’](?=[^\W\d_]))*"  # letters, and apostrophes inside a word
    return re.compile(r"[A-Za-z]" + inner + look + "|" + look + inner + r"[A-Za-z]")


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
    if text.isascii() or _unchanged(text):
        return View(text)
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

    text = _WORD.sub(latin, text)
    return _lone_letter().sub(lambda m: _as_latin(m.group(), lookalikes), text)


def _as_latin(char: str, lookalikes: dict[str, str]) -> str:
    lower = char.lower()
    if lower not in lookalikes:
        return char
    return lookalikes[lower].upper() if char != lower else lookalikes[lower]
