"""When an accusing word or act is denied: the sentence clears someone, it does not accuse.

A negator just before it in its clause ("did not take bribes", "has never lied", "there were
no kickbacks"), unless the negated verb leaves the wrong asserted ("did not stop the
bullying"), or a frame that says the accusation has no support ("There is no evidence that
...").
"""

from __future__ import annotations

import re

from summarizer.text import lexicon

# A negator just before an accusing word or act ("did not take bribes", "has never lied",
# "there were no kickbacks") denies it: the sentence clears someone, it does not accuse them. Up
# to two words may come between ("did not take bribes"), none of them a verb whose negation
# leaves the wrong asserted ("did not stop the bullying", the 'negation_blockers' group).
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:not|never|no|no\s+one|nobody)|n['’]t)\s+(?P<between>(?:[\w’'-]+\s+){0,2})$",
    re.IGNORECASE)


# "There is no evidence that ...", "nothing to suggest ...": the sentence says the accusation
# has no support, which asserts nothing against anyone.
_NO_SUPPORT = re.compile(r"\b(?:no|little|scant)\s+(?:evidence|sign|proof|suggestion|indication)"
                         r"\s+(?:that|of)\b|\bnothing\s+to\s+(?:suggest|show|indicate)\b",
                         re.IGNORECASE)


def negated(text: str, start: int) -> bool:
    """Whether the accusing word or act at `start` is denied: a negator just before it in its
    clause, or a "no evidence that" frame before it."""
    head = text[max(0, start - 40):start]
    m = _NEGATED_BEFORE.search(head)
    if m is not None and not any(
            w in lexicon.words("allegation", "negation_blockers")
            for w in m.group("between").lower().split()):
        return True
    return "no" in text[:start].lower() and _NO_SUPPORT.search(text, 0, start) is not None
