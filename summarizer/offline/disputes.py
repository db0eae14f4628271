"""Claims disputed elsewhere in the same article: the rubric's "contradicted in the text".

A sentence that denies, disputes or refutes ("the ministry denied that the
minister met the lobbyists") lowers the confidence of the earlier sentences it
answers, found by the words they share. Conservative on purpose: a
sentence is marked only when it shares a name and another content word, or three
content words, with the denial.
"""

from __future__ import annotations

import re

from summarizer.schema import Category, Confidence, Sentence
from summarizer.text import lexicon

_DENIALS = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|disputed|disputes|disputing|refuted|"
    r"refutes|contradicted|contradicts|retracted|untrue|baseless|unfounded|inaccurate)\b"
)
_CONTENT = re.compile(r"[A-Za-z][A-Za-z’'\-]{2,}")
_POSSESSIVE = re.compile(r"[’']s$")
_REACH = 6  # how many sentences back a denial can answer
_LOWERED = (Category.REPORTED_FACT, Category.ATTRIBUTED_STATEMENT)


def _terms(text: str) -> tuple[set[str], set[str]]:
    """(content words, names) of a sentence, lower-cased."""
    generic = lexicon.words("stop_words", "dispute_generic")
    content: set[str] = set()
    names: set[str] = set()
    for match in _CONTENT.finditer(text):
        word = _POSSESSIVE.sub("", match.group().lower())
        if word in generic:
            continue
        content.add(word)
        if match.group()[0].isupper() and text[: match.start()].strip(" ‘“\"'("):
            names.add(word)  # capitalised, and not the sentence's first word
    return content, names


def mark_disputes(sentences: list[Sentence]) -> list[Sentence]:
    """Lower to low the confidence of verifiable sentences that a later one disputes.

    Args:
        sentences: the labelled sentences, in reading order.

    Returns:
        The sentences, with disputed ones copied at confidence low and a reason
        naming the sentence that disputes them; allegations only gain the reason.
    """
    out = list(sentences)
    terms: dict[int, tuple[set[str], set[str]]] = {}  # only near a denial: most have none

    def terms_of(k: int) -> tuple[set[str], set[str]]:
        if k not in terms:
            terms[k] = _terms(sentences[k].text)
        return terms[k]

    for j, sentence in enumerate(sentences):
        denial = _DENIALS.search(sentence.text)
        if denial is None:
            continue
        content_j, names_j = terms_of(j)
        for i in range(max(0, j - _REACH), j):
            content_i, names_i = terms_of(i)
            shared = content_i & content_j
            if not (shared & names_i & names_j and len(shared) >= 2) and len(shared) < 3:
                continue
            reason = f"disputed in {sentence.id}: '{denial.group()}'"
            target = out[i]
            if target.category in _LOWERED:
                out[i] = target.model_copy(update={
                    "confidence": Confidence.LOW, "reasons": [*target.reasons, reason]})
            elif target.category is Category.UNSUPPORTED_ALLEGATION:
                out[i] = target.model_copy(update={"reasons": [*target.reasons, reason]})
    return out
