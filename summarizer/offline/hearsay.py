"""Claims no one stands behind: passive hearsay, the outlet's own say-so, rumour, consensus.

"It is said that ...", "We can reveal that ...", "Rumours have circulated that ...",
"Everyone at City Hall knows ...": each presents a claim with no speaker a reader could
check. `classify.py` counts such a claim about someone as an unsupported allegation (rule
1); `summary/allegation.py` drops the frame from an allegation point that already says it
is unsourced (`hearsay_frame`).
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.offline.cues import SentenceCues
from summarizer.text import lexicon

# "Everyone at City Hall knows ...", "Observers at the parliament agree ...": a claim given as
# what people share, with no one who says it. Up to 60 characters may qualify the subject.
_CONSENSUS = re.compile(r"^[\W_]*(?:(?:and|but|yet|so)\s+)?(?P<who>[a-z]+)\b(?P<rest>[^.;:]{0,60})",
                        re.IGNORECASE)


# A secret denied or declared open: "it is no secret that", "Nor is it any secret that", "it's
# hardly a secret", "it is an open secret". Saying that something is not secret asserts that it is
# known to all, which is unattributed consensus (rule 1), in either word order.
_OPEN_SECRET = re.compile(r"\b(?:it\s+is|it['’]s|it\s+was|is\s+it|was\s+it)\s+(?:no|any|hardly\s+a|"
                          r"not\s+a|an\s+open)\s+secret\b")


_IMPERSONAL = frozenset({"everyone", "everybody", "anyone", "anybody"})


def hearsay(cues: SentenceCues) -> tuple[str, bool, bool] | None:
    """A claim in the author's voice that no one stands behind: (the words, whether they
    point at unnamed people such as 'observers', whether they present the claim as revealed
    or shared knowledge rather than relay it); None when there is none.

    Passive hearsay ('it is said') relays; the outlet's say-so ('we can report'), 'it is
    alleged' and unattributed consensus ('everyone knows', 'observers agree') reveal.
    """
    text = cues.text
    lower = text.lower()
    for pattern, reveals in ((_revelations(), True), (_OPEN_SECRET, True),
                             (_passive_hearsay(), False)):
        if pattern is _OPEN_SECRET and "secret" not in lower:
            continue
        for found in pattern.finditer(lower):
            if not any(s <= found.start() < e for s, e in cues.quote_spans):
                return text[found.start():found.end()], False, reveals
    if "rumo" in lower:
        rumour = _RUMOUR_SUBJECT.match(lower)
        if rumour is not None:
            return text[rumour.start("frame"):rumour.end()], False, False
    m = _CONSENSUS.match(text)
    if m is not None and any(s <= m.start("who") < e for s, e in cues.quote_spans):
        return None  # "“Everyone on set knows ...,” a source said": the speaker's words
    if m is None or m.group("who").lower() not in lexicon.words("allegation",
                                                               "consensus_subjects"):
        return None
    verbs = lexicon.words("allegation", "consensus_verbs")
    # the verb may follow a qualifier: "Many in town suspect", "Everyone at City Hall knows"
    verb = next((v for v in re.finditer(r"[a-z]+", m.group("rest").lower())
                 if v.group() in verbs), None)
    if verb is None:
        return None
    who = m.group("who").lower()
    return text[m.start("who"):m.start("rest") + verb.end()], who not in _IMPERSONAL, True


# Rumour as the subject of the sentence: "Rumours have circulated for months that ...", "There
# are rumours that ...", "23:15 Rumours are sweeping the hall that ...". Talk with no speaker, the
# same hearsay as 'it is rumoured' or 'rumour has it' in another word order; impersonal, so the
# attribution is none. Only at the start of the sentence (after a liveblog time): "Gale denied
# rumours that ..." reports a denial, and its speaker is the source.
_RUMOUR_SUBJECT = re.compile(
    r"^[\W\d_]*(?:(?:but|and|meanwhile),?\s+)?(?P<frame>(?:there\s+(?:are|were|have\s+been)\s+)?"
    r"(?:[a-z]+\s+)?rumou?rs\s+(?:(?:[a-z]+\s+){0,6}?that\b|(?:suggest|say|claim|allege)\b))")


def hearsay_frame(text: str) -> int | None:
    """Where the claim starts after a leading hearsay frame that says no one stands behind
    it ("It is claimed that ...", "Rumours have circulated for months that ...", "We can
    reveal that ..."), or None when the sentence does not open with one. A summary that
    says the claim is unsourced need not repeat the frame."""
    lower = text.lower()
    rumour = _RUMOUR_SUBJECT.match(lower) if "rumo" in lower else None
    if rumour is not None and rumour.group().endswith("that"):
        return rumour.end()
    for pattern in (_revelations(), _passive_hearsay()):
        found = pattern.match(lower, len(lower) - len(lower.lstrip(" “‘\"'")))
        if found is not None:
            that = _THAT_NEXT.match(lower, found.end())
            return that.end() if that is not None else None
    m = _CONSENSUS.match(text)  # "Everyone on the estate knows (that) ...": shared, unsourced
    if m is not None and m.group("who").lower() in lexicon.words("allegation",
                                                                 "consensus_subjects"):
        verbs = lexicon.words("allegation", "consensus_verbs")
        verb = next((v for v in re.finditer(r"[a-z]+", m.group("rest").lower())
                     if v.group() in verbs), None)
        if verb is not None:
            end = m.start("rest") + verb.end()
            that = re.match(r"\s+that\b", text[end:])
            return end + (that.end() if that else 0) + 1
    return None


# "... that", after a frame and up to four words ("It is widely claimed in the town that").
_THAT_NEXT = re.compile(r"(?:\s+[a-z]+){0,4}?\s+that\s+")


@cache
def _revelations() -> re.Pattern[str]:
    return _alternation(lexicon.entries("allegation", "revelation_phrases"))


@cache
def _passive_hearsay() -> re.Pattern[str]:
    return _alternation(lexicon.entries("allegation", "hearsay_phrases"))


def _alternation(phrases: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in ordered) + r")\b")
