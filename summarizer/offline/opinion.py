"""How much a sentence evaluates in the author's own voice: the opinion score.

A weighted sum of the author-voice cues (words inside quotations belong to the
speaker and do not count), plus a few rules of the taxonomy that settle opinion
whatever the score: a call to action, a sentence about what events mean, a
question that argues.
"""

from __future__ import annotations

import re

from summarizer.offline.cues import SentenceCues
from summarizer.text import lexicon

# Weights of author-voice cues towards opinion (counts capped at 3), fitted by
# class-weighted logistic regression on the sentences of the CheckThat! 2023
# English training split that name no source and accuse no one (the others are
# decided before the score matters), then rounded; the threshold is the one with
# the best training macro-F1. The dev split was only used to confirm.
# A sentence is opinion when BIAS + sum(weight * count) + QUOTED * quoted share
# reaches OPINION_THRESHOLD.
WEIGHTS: dict[str, float] = {
    "first_person": 1.04,
    "evaluative": 0.78,
    "allegation_weak": 0.74,
    "interpretive": 0.57,
    "superlative": 0.55,
    "adjective": 0.53,
    "obligation": 0.44,
    "abstract_noun": 0.43,
    "scare_quote": 0.4,
    "opinion_phrase": 0.4,
    "question": 0.4,
    "generalizer": 0.4,
    "exclamation": 0.39,
    "ability": 0.36,
    "third_plural": 0.35,
    "second_person": 0.35,
    "demonstrative_start": 0.27,
    "argument": 0.26,
    "negation": 0.25,
    "future": 0.23,
    "hedge": 0.21,
    "ly_adverb": 0.21,
    "comparative": 0.18,
    "intensifier": 0.13,
    "present_copula": 0.04,
    "reporting_verb": -0.03,
    "proper_noun": -0.07,
    "interpretive_noun": -0.09,
    "date": -0.13,
    "contrast": -0.17,
    "past_tense": -0.26,
    "aside": -0.43,
    "number": -0.77,
}
# Cues counted wherever they are, inside quotations too.
_ANYWHERE = frozenset({"number", "date", "reporting_verb"})
MAX_COUNT = 3
BIAS = -0.95
QUOTED = -0.88
SHORT = 0.19  # fewer than 10 words
LONG = -0.11  # more than 30 words
OPINION_THRESHOLD = -0.1
# "It is an outrage that ...", "This was a disgrace": the sentence opens with a verdict.
_VERDICT_FRAME = re.compile(
    r"(?:It|This|That)\s+(?:is|was|has\s+been|seems|remains)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?[\w-]+"
)
_QUIET = frozenset({"present_copula", "adjective", "demonstrative_start", "third_plural",
                    "hedge"})

_LABELS = {
    "evaluative": "evaluative language",
    "intensifier": "intensifier",
    "interpretive": "interpretive verb",
    "interpretive_noun": "interpretive framing",
    "opinion_phrase": "opinion marker",
    "obligation": "obligation modal",
    "speculation": "speculative modal",
    "first_person": "first person",
    "second_person": "second person",
    "question": "rhetorical question",
    "exclamation": "exclamation",
    "superlative": "superlative",
    "comparative": "comparative",
    "scare_quote": "scare quotes",
    "allegation_weak": "insinuating wording",
    "abstract_noun": "abstract noun",
    "generalizer": "generalisation",
    "future": "prediction",
    "ly_adverb": "stance adverb",
    "negation": "negation",
    "argument": "argument marker",
    "present_copula": "present-tense claim",
    "ability": "claim about what can be",
    "third_plural": "claim about a group",
}

def opinion_score(cues: SentenceCues) -> tuple[float, list[str]]:
    """Score how much the author's own voice evaluates; return it with its reasons."""
    score = BIAS + QUOTED * cues.quoted_share
    words = len(cues.text.split())
    if words < 10:
        score += SHORT
    elif words > 30:
        score += LONG
    reasons: list[str] = []
    for kind, weight in WEIGHTS.items():
        quoted = None if kind in _ANYWHERE else False
        found = cues.find(kind, quoted=quoted)
        if not found:
            continue
        score += weight * min(MAX_COUNT, len(found))
        if kind in _QUIET or weight <= 0:
            continue
        shown = ", ".join(f"'{c.text}'" for c in found[:3])
        reasons.append(f"{_LABELS[kind]}: {shown}" if kind != "question" else _LABELS[kind])
    return score, reasons


def decisive_opinion(cues: SentenceCues, opinion_reasons: list[str]) -> list[str]:
    """Rules of the taxonomy that settle opinion whatever the score: a call to action,
    a sentence about the meaning of events ("The implications of ..."), or a rhetorical
    question that also evaluates."""
    calls = cues.find("prescriptive", quoted=False)
    if calls:
        return [f"call to action: '{calls[0].text}'"]
    duty = [c for c in cues.find("obligation", quoted=False) if c.text.lower() != "needs"]
    if duty:  # "the board must open its books": what ought to be, in the author's voice
        return [f"prescription: '{duty[0].text}'"]
    imperative = _imperative(cues)
    if imperative:
        return [f"imperative: '{imperative}'"]
    if cues.has("question", quoted=False) and cues.has("negation", quoted=False):
        # "Why, then, did the council not start with the buses?": a negative question
        # presupposes its answer; it argues rather than asks
        return ["negative question that argues rather than asks"]
    framing = cues.find("framing_subject", quoted=False)
    if framing:
        return [f"interprets rather than reports: '{framing[0].text}'"]
    frame = _VERDICT_FRAME.match(cues.text)
    if frame:
        verdict = [c.text for c in cues.find("evaluative", quoted=False) if c.start < frame.end()]
        if verdict:
            return [f"a verdict on what follows: '{frame.group().strip()}'"]
    if cues.has("question", quoted=False) and len(opinion_reasons) >= 3:
        return ["question that argues rather than asks"]
    return []


# The first two words of a sentence, after a label such as "Letter:" or "Review:".
_OPENING = re.compile(r"^(?:[A-Z][a-z]+:\s+)?[\"“‘']?(?P<first>[A-Za-z]+)(?:n[’']t)?\s+"
                      r"(?P<second>[a-z]+)\b")


def _imperative(cues: SentenceCues) -> str | None:
    """The verb of a sentence that opens with an imperative ("Open the books.", "Don't hold
    your breath."): a verb followed by its object, with no subject before it. A first word
    that is a function word ("In the", "After the") or an adverb ("Yesterday the") is not
    a verb."""
    if cues.whole_quote:
        return None
    m = _OPENING.match(cues.text)
    if m is None:
        return None
    first, second = m.group("first").lower(), m.group("second")
    if first in ("don", "do") and m.group().lower().startswith(("don", "do not")):
        return m.group().strip()
    if second not in lexicon.words("stance", "imperative_objects"):
        return None
    function_words = lexicon.words("language", "english_function_words")
    if (first in function_words or first.endswith(("ly", "ed", "s")) or len(first) < 3
            or first in lexicon.words("stance", "negations", "first_person",
                                      "not_imperative_openers")):
        return None
    return m.group("first")


# Cues that only colour a clause; anything else (I, you, should, a question) argues.
_MODIFIERS = frozenset({"evaluative", "intensifier", "superlative", "adjective", "ly_adverb",
                        "comparative", "abstract_noun", "scare_quote", "present_copula",
                        "demonstrative_start", "third_plural", "hedge", "negation", "future",
                        "ability", "contrast"})
# Cues that argue or interpret events rather than relay them.
_ARGUING = (*(k for k, w in WEIGHTS.items() if w > 0 and k not in _MODIFIERS),
            "interpretive_noun", "framing_subject", "prescriptive")
# More loaded words than this is a tirade with a fact inside, not a coloured report.
_MAX_LOADED = 2


def loaded_framing(cues: SentenceCues) -> list[str]:
    """The loaded words around a reported event, when they are all that makes the
    sentence look like opinion ("In a move that sent shockwaves ..., the US is reportedly
    considering a landmark deal"); empty otherwise.

    A reporting hedge ("reportedly") in the author's voice marks the sentence as relayed
    news: loaded modifiers colour it but do not turn it into a view. Any cue that argues
    (first or second person, "should", an opinion marker, a question) keeps it opinion.
    """
    hedges = {c.text.lower() for c in cues.find("hedge", quoted=False)}
    if hedges.isdisjoint(lexicon.words("stance", "reporting_hedges")):
        return []
    if any(cues.has(k, quoted=False) for k in _ARGUING):
        return []
    loaded = list(dict.fromkeys(
        c.text for c in cues.cues if not c.quoted
        and c.kind in ("evaluative", "intensifier", "superlative", "scare_quote")))
    return loaded if len(loaded) <= _MAX_LOADED else []

