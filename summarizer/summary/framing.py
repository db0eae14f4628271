"""The writer's own judgement around a reported event, taken out of a reporting point.

The offline label names the loaded words around a dated or hedged event it still calls
reporting ("loaded framing around a reported event: 'dubious'", `offline/opinion.py`,
`loaded_framing`): the event is checkable, the adjectives are the writer's view. A neutral
point keeps the event and drops the view, the way a wire editor trims a colourful lead.
"""

from __future__ import annotations

import re

from summarizer.offline.cues import quote_spans

# Adjective endings (not "-ory": "victory", "history" are nouns as often).
_ADJECTIVE = re.compile(r"(?:ous|ful|ive|ic|al|ible|able|ant|ent|less|ish|ed|ing)$",
                        re.IGNORECASE)
_FRAMING_REASON = re.compile(r"^loaded framing around a reported event: (?P<words>.*)$")


def framing_words(reasons: list[str]) -> list[str]:
    """The writer's loaded words around a reported event, as the offline label names them
    in its reason ("loaded framing around a reported event: 'dubious', 'divisive'")."""
    for reason in reasons:
        found = _FRAMING_REASON.match(reason)
        if found:
            return re.findall(r"'([^']+)'", found["words"])
    return []


def drop_modifiers(text: str, words: list[str]) -> str | None:
    """`text` without each of `words` where it modifies the noun after it (with an "-ly"
    adverb before it: "a legally dubious attempt" -> "an attempt"); None when one is
    coordinated with another modifier ("explosive and dubious"): dropping one would break
    the phrase, and keeping it would report the writer's judgement as fact. A word that
    heads its own noun phrase ("white nationalists") is no modifier and stays, and so does
    a noun in a compound ("a victory lap"): only an adjective's ending marks a modifier
    that can go ("divisive", "dubious", "massive")."""
    for word in words:
        if not _ADJECTIVE.search(word):
            continue
        quoted = quote_spans(text)
        adverb = r"(?:(?!only\b|early\b|likely\b)[a-z]{3,}ly\s+)?"  # "legally", not "only"
        for found in re.finditer(rf"\b{adverb}{re.escape(word)}\b", text):
            if any(s <= found.start() < e for s, e in quoted):
                continue
            before, after = text[: found.start()], text[found.end():]
            if not re.match(r"\s+[a-z]", after) or re.match(r"\s+(?:of|in|on|at|by|to|for|"
                                                             r"with|from|as|than)\b", after):
                continue  # heads its phrase, or a predicate: not a modifier of a noun
            if re.search(r"(?:\band|,)\s*$", before) or re.match(r"\s+(?:and|or)\b", after):
                return None
            article = re.search(r"\b(a|an)\s+$", before)
            rest = after.lstrip()
            if article:  # "a dubious attempt" -> "an attempt"
                before = before[: article.start()] + ("an " if rest[:1] in "aeiou" else "a ")
            return drop_modifiers(before + rest, words)
    return text
