"""Whether a text looks English: the offline cues are English word lists.

A cheap check, no model: the share of words that are common English function
words ("the", "of", "said" ...) is high in any English prose and low in other
languages, even those written in the Latin alphabet.
"""

from __future__ import annotations

import re

from summarizer.text import lexicon

_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
MIN_WORDS = 8  # too few words to tell
MIN_LETTERS = 20  # too few letters to tell the script
SAMPLE = 3000  # characters looked at: the opening says which language an article is in
MIN_SHARE = 0.1  # English news runs at 0.2-0.35; other languages far below


def looks_english(text: str) -> bool:
    """True unless the text is long enough to tell and has few English function words.

    A text mostly in another script (Chinese, Russian, Arabic ...) is not English
    however its words are counted: Chinese and Japanese put no space between words.
    """
    sample = text[:SAMPLE]
    letters = len(_LETTER.findall(sample))  # counted in C: this runs on every article
    if letters >= MIN_LETTERS and len(_ASCII_LETTER.findall(sample)) < letters / 2:
        return False
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return True
    common = lexicon.words("language", "english_function_words")  # see data/language.txt
    share = sum(map(common.__contains__, words)) / len(words)
    return share >= MIN_SHARE


def _function_words() -> dict[str, frozenset[str]]:
    """BCP 47 tag -> its function words (data/language.txt; the loader caches the file)."""
    return {
        "en": lexicon.words("language", "english_function_words"),
        "de": lexicon.words("language", "german_function_words"),
        "fr": lexicon.words("language", "french_function_words"),
        "es": lexicon.words("language", "spanish_function_words"),
        "it": lexicon.words("language", "italian_function_words"),
        "pt": lexicon.words("language", "portuguese_function_words"),
        "nl": lexicon.words("language", "dutch_function_words"),
    }


def language_tag(text: str) -> str | None:
    """The BCP 47 tag of the language whose function words cover most of the text's opening.

    'en' for a text too short to tell (the offline cues assume English); None when no listed
    language reaches MIN_SHARE of the words (an HTML page then leaves `lang` out: unknown).
    """
    words = [w.lower() for w in _WORD.findall(text, 0, SAMPLE)]
    if len(words) < MIN_WORDS:
        return "en"
    shares = {tag: sum(w in common for w in words) / len(words)
              for tag, common in _function_words().items()}
    best = max(shares, key=lambda tag: shares[tag])
    return best if shares[best] >= MIN_SHARE else None
