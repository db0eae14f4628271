"""Rules of the taxonomy that settle opinion whatever the opinion score.

A call to action or a prescription, an imperative, a ranking with no measure, a question that
argues, a sentence about what events mean, a verdict frame, an evaluative predicate, a
comparison with no measure, a figure of speech, sarcasm: each is the author's judgement by its
form, so one is enough (`classify.py` asks after the score).
"""

from __future__ import annotations

import re

from summarizer.offline.author_voice import record_scope
from summarizer.offline.author_voice import verdict as author_verdict
from summarizer.offline.cues import SentenceCues
from summarizer.offline.predicates import (
    appraisal_metaphor,
    epithet,
    evaluative_predicate,
    figure,
    subordinate,
    unmeasured_comparison,
    unwanted,
)
from summarizer.text import lexicon

# "It is an outrage that ...", "This was a disgrace": the sentence opens with a verdict.
_VERDICT_FRAME = re.compile(
    r"(?:It|This|That)\s+(?:is|was|has\s+been|seems|remains)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?[\w-]+"
)


_EXPECTED_QUESTION = re.compile(r"^[\"“‘']?(?:And\s+|But\s+|So\s+)?(?i:how|where|what|who|why)\b"
                                r"[^?]*\b(?:supposed|meant)\s+to\b[^?]*\?")


HEDGING_SUPERLATIVES = frozenset({"most likely", "least likely", "most probably"})


_REQUIREMENTS = frozenset({"need to", "needs to"})


def decisive_opinion(cues: SentenceCues, opinion_reasons: list[str]) -> list[str]:
    """Rules of the taxonomy that settle opinion whatever the score: a call to action,
    a sentence about the meaning of events ("The implications of ..."), or a rhetorical
    question that also evaluates."""
    voice = author_verdict(cues)
    if voice is not None:
        return [voice]
    calls = [c for c in cues.find("prescriptive", quoted=False)
             if not (c.text.lower() in _REQUIREMENTS and (cues.has("date") or cues.has("number")))]
    if calls:  # "Applicants need to register by March 1" states a rule, it does not prescribe
        return [f"call to action: '{calls[0].text}'"]
    duty = [c for c in cues.find("obligation", quoted=False) if c.text.lower() != "needs"
            and not subordinate(cues.text, c.start)]  # "so that two trustees must approve"
    if duty:  # "the board must open its books": what ought to be, in the author's voice
        return [f"prescription: '{duty[0].text}'"]
    imperative = _imperative(cues)
    if imperative:
        return [f"imperative: '{imperative}'"]
    superlative = [c for c in cues.find("superlative", quoted=False)
                   if not record_scope(cues.text, c.end, c.text) and not epithet(cues.text, c.start)
                   and not c.text[0].isupper()  # "the Midwest", "Forest Hill": a name
                   and c.text.lower() not in HEDGING_SUPERLATIVES]
    if superlative and not cues.has("number") and not cues.has("date"):
        # "the world's most trusted name", "its most uneven record yet": a ranking with no
        # measure behind it is a judgement (a record with a figure, "the highest reading
        # since 1987", is a fact)
        return [f"unmeasured superlative: '{superlative[0].text}'"]
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
    predicate = evaluative_predicate(cues)
    if predicate:
        return [f"evaluative predicate: '{predicate}'"]
    more = unmeasured_comparison(cues)
    if more:
        return [f"a comparison with no measure: '{more}'"]
    figurative = figure(cues)
    if figurative:
        return [figurative]
    metaphor = appraisal_metaphor(cues)
    if metaphor:
        return [f"a work described by a figure of judgement: '{metaphor}'"]
    sarcasm = unwanted(cues)
    if sarcasm:
        return [f"sarcasm as framing: '{sarcasm}'"]
    if cues.has("question", quoted=False) and not cues.whole_quote and cues.source is None \
            and _EXPECTED_QUESTION.match(cues.text):
        # "Where are they supposed to go now?", "How are families meant to pay this?": a
        # wh-question about what is expected of someone, in the writer's voice, protests that
        # no answer exists; it argues rather than asks
        return ["question that argues rather than asks: 'supposed to'"]
    if cues.has("question", quoted=False) and len(opinion_reasons) >= 3:
        return ["question that argues rather than asks"]
    loaded = _loaded_question(cues)
    if loaded:
        return [f"a question that asks what something is worth: '{loaded}'"]
    advice = _worth_doing(cues)
    if advice:
        return [f"advice to the reader: '{advice}'"]
    if cues.source is None and _CONCESSION.match(cues.text):
        return [f"a hedged concession with nothing to check: '{cues.text.strip()}'"]
    return []


# "It is worth checking where it came from", "It's worth remembering that ...": 'worth' before a
# gerund says the act is advisable, a recommendation to the reader (annotation guide:
# prescription), unlike "worth £2m", a measure.
_WORTH_DOING = re.compile(r"\bit(?:\s+is|\s+was|[’']s)\s+(?:also\s+|still\s+|well\s+)?worth\s+"
                          r"[a-z]+ing\b", re.IGNORECASE)
# "Perhaps they have.", "Maybe so.", "Possibly it will.": a hedge and an elided clause, with no
# claim of its own to check; the writer grants a point stated elsewhere, which is argument.
_CONCESSION = re.compile(r"^(?:Perhaps|Maybe|Possibly|Probably)(?:,)?\s+(?:(?:so|not)|"
                         r"(?:\w+\s+){0,2}(?:have|has|had|is|are|was|were|do|does|did|will|"
                         r"would|can|could|should|not|so))[.!]$")


def _worth_doing(cues: SentenceCues) -> str | None:
    """The "it is worth V-ing" of an author's sentence, or None."""
    if "worth" not in cues.text or cues.source is not None or cues.whole_quote:
        return None
    m = _WORTH_DOING.search(cues.text)
    if m is None or any(s <= m.start() < e for s, e in cues.quote_spans):
        return None
    return m.group()


# "Is it worth the price of a ticket?", "Was the wait worth it?": a question in the author's voice
# about what something is worth, with no sum after 'worth', asks the reader for a judgement of
# value, which the writer is about to give (annotation guide: rhetorical questions are opinion);
# "worth $4m" is a measure.
_WORTH = re.compile(r"\bworth\b(?!\s+(?:[$€£\d]|about|around|some|nearly|almost|over|up\s+to|"
                    r"an\s+estimated))", re.IGNORECASE)


def _loaded_question(cues: SentenceCues) -> str | None:
    """The 'worth' of a question in the author's voice that asks what something is worth, or
    None."""
    if not cues.has("question", quoted=False) or cues.source is not None or cues.whole_quote:
        return None
    worth = _WORTH.search(cues.text)
    if worth is not None and not any(s <= worth.start() < e for s, e in cues.quote_spans):
        return worth.group()
    return None


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
    if first == "let" and m.group().lower().startswith(("let’s", "let's", "let us")):
        return m.group().strip()  # the hortative: the writer proposes, or wishes, with the reader
    if first in ("don", "do") and m.group().lower().startswith(("don", "do not")):
        return m.group().strip()
    if first == "go" and second in ("and", "for", "see", "elsewhere"):
        return m.group().strip()  # "Go for the lamb", "Go and see it": a recommendation
    if second not in lexicon.words("stance", "imperative_objects"):
        return None
    function_words = lexicon.words("language", "english_function_words")
    if (first in function_words or first.endswith(("ly", "ed", "s")) or len(first) < 3
            or (first.endswith("ing") and len(first) > 5)  # "Following the storm": no base form
            or first in lexicon.words("stance", "negations", "first_person",
                                      "not_imperative_openers")):
        return None
    return m.group("first")
