"""Who an accusation points at: a name, a pronoun, a role, or the definite subject of an
accusing verb.

An accusation needs someone accused: "corrupt government defeats itself" accuses no one and
is a view, "the councillor misled the public" accuses the councillor. Used by `classify.py`
to tell the two apart and by `evidence.py` to record the target.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.offline.cues import SentenceCues
from summarizer.text import lexicon

# A determiner and the next three words: the head of "the port authority" is its last noun,
# so every word is tried, not only the first.
_DEFINITE_ROLE = re.compile(
    r"\b(?:the|this|that|these|those|his|her|their|its)\s+([a-z]+)(?:[\s-]+([a-z]+))?"
    r"(?:[\s-]+([a-z]+))?"
)
_FIRST_WORD = re.compile(r"[^\w]*([\w’']+)")

# A definite or possessive noun phrase that opens the sentence, then at most auxiliaries and
# adverbs: "The club's treasurer (has) ...", "Her deputy ...". Such a subject refers to someone
# in particular (a generic claim uses a bare plural or 'a'), so an accusing verb right after it
# accuses that party.
_DEFINITE_OPENING = re.compile(
    r"[\W_]*(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Tt]his|[Tt]hat|[A-Z][\w-]*[’']s)\s")
# "quietly taking cash", "secretly moved": an adverb of concealment starts a concealed act
_CONCEALING = re.compile(r"(?i:quietly|secretly|covertly)$")
_CONCEALING_IN = re.compile(r"\b(?i:quietly|secretly|covertly)\b")
_NEXT_WORD = re.compile(r"\s*([\w’'-]+)")
_BETWEEN = frozenset({"has", "have", "had", "was", "were", "is", "are", "been", "also",
                      "allegedly", "repeatedly", "routinely", "then", "once"})


def _verb_form(word: str) -> bool:
    """Whether an accusing word can be the verb after a subject ('misled', 'bribing',
    'embezzles'), not a noun ('bribery' in "The bill makes bribery a crime")."""
    lower = word.lower()
    return lower.endswith(("ed", "ing", "es")) or lower in ("stole", "hid", "misled", "lied")


def _accused_subject(cues: SentenceCues) -> str | None:
    """The subject noun phrase when an accusing word follows it, else None."""
    opening = _DEFINITE_OPENING.match(cues.text)
    if opening is None:
        return None
    starts = {c.start for c in cues.find("allegation", quoted=False)}
    if not starts and _CONCEALING_IN.search(cues.text) is None:
        return None
    at, words = opening.end(), list[str]()
    while len(words) < 6:
        m = _NEXT_WORD.match(cues.text, at)
        if m is None:
            return None
        if (m.start(1) in starts and _verb_form(m.group(1))) or _CONCEALING.match(m.group(1)):
            head = [w for w in words if w.lower() not in _BETWEEN and not w.endswith("ly")]
            return cues.text[opening.start():at].strip() if 0 < len(head) <= 3 else None
        words.append(m.group(1))
        at = m.end()
    return None



def definite_subject(cues: SentenceCues, start: int) -> str | None:
    """The definite subject noun phrase that opens the sentence when the verb at `start`
    follows it after at most auxiliaries and adverbs ("The haulier (has been) dumping ..."),
    else None. Such a subject refers to someone in particular, so an act of wrongdoing imputed
    to it accuses that party, whatever its noun ('haulier', 'promoter', 'foreman')."""
    opening = _DEFINITE_OPENING.match(cues.text)
    if opening is None or start < opening.end():
        return None
    at, words = opening.end(), list[str]()
    while len(words) < 6:
        m = _NEXT_WORD.match(cues.text, at)
        if m is None or m.start(1) > start:
            return None
        if m.start(1) == start:
            break
        words.append(m.group(1))
        at = m.end()
    else:
        return None
    head = [w for w in words if w.lower() not in _BETWEEN and not w.endswith("ly")]
    return cues.text[opening.start():at].strip() if 0 < len(head) <= 3 else None


_PERSON_ANTECEDENT = re.compile(r"^[\W_]*(?P<np>[^,;:]{2,60}?),\s+(?:who|whose)\s")


def has_target(cues: SentenceCues) -> bool:
    """Whether the sentence points at someone: a name, or a pronoun standing for one."""
    return target(cues) is not None


def target(cues: SentenceCues) -> str | None:
    """Who the sentence points at, as written: a name, a pronoun standing for one, or a
    role ("the mayor"); None when it points at no one."""
    for kind, quoted in (("proper_noun", None), ("target_pronoun", False)):
        found = cues.find(kind, quoted=quoted)
        if found:
            return found[0].text
    lowered = cues.text.lower()
    for m in _DEFINITE_ROLE.finditer(lowered):
        role = next((i for i in (1, 2, 3) if m.group(i) in roles()), None)
        if role is not None:  # "the mayor", "their officials", "the port authority"
            same = len(lowered) == len(cues.text)  # else lower() changed the offsets
            end = m.end(role)
            return cues.text[m.start():end] if same else lowered[m.start():end]
    subject = _accused_subject(cues)
    if subject:
        return subject  # "The councillor misled ...": a definite subject, accused
    person = _PERSON_ANTECEDENT.match(cues.text)
    if person:  # "The treasurer, whose accounts ...": 'who' and 'whose' point at a person
        return person.group("np")
    first = _FIRST_WORD.match(cues.text)
    if first is None:
        return None
    word = first.group(1)
    return word if word[0].isupper() and word.lower() not in _not_names() else None


@cache
def roles() -> frozenset[str]:
    """Roles and bodies that, after 'the', 'his' ..., point at someone identifiable."""
    return (lexicon.words("allegation", "accused_roles")
            | lexicon.words("sources", "titles", "org_common"))


@cache
def _not_names() -> frozenset[str]:
    """Capitalised first words that are ordinary words, not names."""
    return (lexicon.words("allegation", "not_names", "allegation_words", "weak_allegation_words")
            | lexicon.words("sources", "anonymous_heads")
            | lexicon.words("stance", "evaluative", "stance"))
