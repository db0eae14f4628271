"""A named group and its state of mind: "Democrats are worried that ...", "Farmers were furious".

An adjective of feeling or belief after a copula, said of a group the sentence names at its
start, reports what that group feels, as a verb of saying reports what it said: the complement
("that the support will cost them the seat") is the group's view, not the author's judgement.
The adjectives are the `group_feelings` list in `data/sources.txt`.
"""

from __future__ import annotations

import re

from summarizer.offline.source_kinds import kind_of, named_kind
from summarizer.schema import AttributionType
from summarizer.text import lexicon

# The group: capitalised words ending in a plural ("Democrats", "Labour Backbenchers"), or a
# plural common noun after a capitalised name or modifier ("Fenmouth supporters", "Dairy farmers"),
# or a capitalised plural placed by a short prepositional phrase ("Residents on the Fairfield
# estate", "Parents at Hollins Primary"): the place narrows the group, it does not replace it.
_GROUP_STATE = re.compile(r"^(?P<np>(?P<head>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*s|"
                          r"(?:[A-Z][\w.’'-]*\s+){1,3}[a-z][\w’'-]*s)"
                          r"(?:\s+(?:in|on|at|from|across)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
                          r"[\w’'-]+)?)\s+"
                          r"(?P<verb>are|were)\s+(?:increasingly\s+|deeply\s+|growing\s+)?"
                          r"(?P<adj>[a-z]+)\s+(?:that|about|over|at|by|with|as)\b")
# A complement is required: "Democrats are worried that ..." reports what the group fears;
# a bare "Residents are furious." only characterises them, in the author's voice.


# A named person's feeling, reported the same way: "Rovers boss Gary Holt was furious that Ash
# stayed on" tells what Holt felt (he said so, or showed it), not what the author judges. The
# subject must end in a name: a pronoun or a bare office leaves whose feeling it is to context.
_PERSON_STATE = re.compile(r"^(?P<np>[^,;:“”\"]{2,60}?[A-Z][\w’'-]+)\s+(?P<verb>is|was)\s+"
                           r"(?:increasingly\s+|deeply\s+)?(?P<adj>[a-z]+)\s+"
                           r"(?:that|about|over|at|by|with)\b")


def _person_state(text: str) -> tuple[AttributionType, str, str, bool, bool] | None:
    m = _PERSON_STATE.match(text)
    if m is None or m.group("adj") not in lexicon.words("sources", "group_feelings"):
        return None
    found = kind_of(m.group("np"))
    if found is None or found[0] is not AttributionType.NAMED_PERSON or not found[1] or found[2]:
        return None
    return found[0], m.group("np"), m.group("verb"), True, found[3]


def group_state(text: str) -> tuple[AttributionType, str, str, bool, bool] | None:
    """(kind, group, verb, named, vague) when the sentence opens with a group's feeling."""
    if " are " not in text and " were " not in text:
        return _person_state(text) if " was " in text or " is " in text else None
    m = _GROUP_STATE.match(text)
    if m is None or m.group("adj").lower() not in lexicon.words("sources", "group_feelings"):
        return None
    found = kind_of(m.group("head"))
    if found is None or found[0] is AttributionType.DOCUMENT:
        return None
    kind: AttributionType = found[0]
    named = found[1]
    if kind is AttributionType.NAMED_PERSON:
        kind, named = named_kind(m.group("np"), text, m.end("np"), "are")
    return kind, m.group("np"), m.group("verb").lower(), named, found[3]
