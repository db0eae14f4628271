"""Pronouns at the start of a point: resolved to the named person, or the point is not made.

A summary point is read on its own, away from the sentence before it, so "He said ..."
names nobody. A leading personal pronoun is replaced by the person's name when the
article names them: the speaker the labeller resolved (`Sentence.speaker_id`), else the
named person who last spoke within the three sentences before (the nearest antecedent a
reader would take). A sentence whose speaker the labeller resolved ("She said ...", its
`attribution.source` named and `speaker_id` set) takes that name. Pronouns that stand for
things or ideas ("It", "This", "They") have no reliable antecedent without parsing, so
such a sentence is never a point.
"""

from __future__ import annotations

import re

from summarizer.schema import AttributionType, Sentence

_PERSONAL = re.compile(r"^(?P<pronoun>He|She|His|Her)\b(?P<rest>.*)$", re.DOTALL)
# "There" before a form of "be" is the existential dummy subject ("There are 30 million
# ..."), which points at nothing; "There, officials found ..." points at a place.
# "We", "I", "you" and "our" are a speaker's or the writer's own: away from their
# sentence they name nobody. "Some", "others", "many" before their verb stand for people
# or things named earlier ("Some have been amplified by ..."); "One such cause" points
# back to a kind the sentence before described, as "such" alone does.
_UNRESOLVED = re.compile(
    r"^(?:he|she|his|her|him|it|its|they|their|them|this|these|that|those|such|we|i|you|"
    r"(?:one|another)\s+such|"
    r"your|our|(?:some|others|many|most|both)(?=\s+(?:have|has|had|are|were|was|is|will|"
    r"would|can|could|say|said|says)\b)|"
    r"there(?!\s+(?:is|are|was|were|will be|has been|have been|had been|remains?|seems?)\b))"
    r"\b(?!['’]s\b)", re.IGNORECASE)
_SPEAKER_TAIL = re.compile(r"(?P<lead>[,”’\"']\s*)(?P<pronoun>he|she)\s+(?P<verb>said|says|"
                           r"added|told|wrote|argued|noted|explained|insisted|warned)\b")
LOOK_BACK = 3


def person_for(sentence: Sentence, sentences: list[Sentence]) -> tuple[str, str] | None:
    """(the person's name, the id of the sentence naming them) a pronoun stands for, if any."""
    by_id = {s.id: s for s in sentences}
    if _named(sentence) and sentence.speaker_id and sentence.speaker_id != sentence.id:
        return str(sentence.attribution.source), sentence.speaker_id  # the labeller resolved it
    speaker = by_id.get(sentence.speaker_id or "")
    if speaker is not None and speaker.id != sentence.id and _named(speaker):
        return str(speaker.attribution.source), speaker.id
    index = next((k for k, s in enumerate(sentences) if s.id == sentence.id), 0)
    for earlier in reversed(sentences[max(0, index - LOOK_BACK):index]):
        if _named(earlier):
            return str(earlier.attribution.source), earlier.id
    return None


def resolve(text: str, sentence: Sentence, sentences: list[Sentence]) -> tuple[str, list[str]]:
    """The point with its leading and speaker pronouns named, and the ids it now also cites.

    Returns:
        The text (unchanged when nothing resolves) and the ids of the sentences the
        names were taken from.
    """
    person = person_for(sentence, sentences)
    if person is None:
        return text, []
    name, cited = person
    changed = text
    found = _PERSONAL.match(changed)
    if found:
        possessive = found.group("pronoun") in ("His", "Her") and found.group("rest")[:1] == " "
        changed = (f"{name}’s" if possessive else name) + found.group("rest")
    changed = _SPEAKER_TAIL.sub(lambda m: f"{m.group('lead')}{name} {m.group('verb')}", changed)
    return changed, ([cited] if changed != text else [])


def unresolved_lead(text: str) -> bool:
    """True when the point starts with a pronoun a reader cannot resolve on its own, or
    its subject is one after fronted phrases ("Now, in the debate, he's backing off"):
    the subject is what the pronoun stands for, wherever the clause begins."""
    text = text.strip()
    rest = _FRONTED.sub("", text)
    return bool(_UNRESOLVED.match(text) or _SUBJECT.match(rest) or (
        rest != text and _UNRESOLVED.match(rest)))


# Fronted adverbials of time, place or circumstance, each closed by its comma.
_FRONTED = re.compile(r"^(?:(?:Now|Then|Today|Yesterday|Later|Earlier|Still|Instead|Meanwhile|"
                      r"In|On|At|After|Before|During|Since|For|With|Under|Over|From|By|Amid|"
                      r"Despite|Following|Hours|Days|Weeks|Months|Years)\b[^,“”\"]{0,80},\s+)+",
                      re.IGNORECASE)
# A subject pronoun with its verb contracted ("It's the first ...", "That's not ...",
# "he's"), at the start or after fronted phrases ("There's" is existential: not here).
_SUBJECT = re.compile(r"(?:he|she|it|they|we|that|this)['’](?:s|re|ll|d|ve)\b", re.IGNORECASE)


def surname(name: str) -> str:
    """'Governor Ingrid Halvorsen' -> 'Halvorsen'; a one-word name stays whole."""
    return name.split()[-1] if name.split() else name


def _named(sentence: Sentence) -> bool:
    return (sentence.attribution.type is AttributionType.NAMED_PERSON
            and bool(sentence.attribution.source)
            and not _UNRESOLVED.match(sentence.attribution.source or ""))
