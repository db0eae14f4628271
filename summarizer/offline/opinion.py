"""How much a sentence evaluates in the author's own voice: the opinion score.

A weighted sum of the author-voice cues (words inside quotations belong to the
speaker and do not count), plus a few rules of the taxonomy that settle opinion
whatever the score: a call to action, a sentence about what events mean, a
question that argues.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from summarizer.errors import ConfigurationError
from summarizer.offline.author_voice import measures, narrative, party_tag, record_scope
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

# Cues counted wherever they are, inside quotations too.
_ANYWHERE = frozenset({"number", "date", "reporting_verb"})
SHORT_WORDS = 10  # fewer words than this: a short sentence
LONG_WORDS = 30  # more words than this: a long sentence


@dataclass(frozen=True)
class OpinionModel:
    """The logistic layer over the cues: weights read from `data/opinion_weights.json`.

    A sentence is opinion when `bias + sum(weight * feature)` reaches `threshold`, where
    the features are the capped counts of author-voice cues, the quoted share of the
    sentence and whether it is short or long (see `features`).
    """

    weights: dict[str, float]
    bias: float
    threshold: float
    max_count: int


@cache
def model() -> OpinionModel:
    """The opinion weights, read once from the package data.

    Raises:
        ConfigurationError: the file is missing or malformed.
    """
    try:
        raw = resources.files("summarizer").joinpath("data/opinion_weights.json").read_text(
            "utf-8")
        data = json.loads(raw)
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        weights.update({k: float(data[k]) for k in ("quoted", "short", "long")})
        return OpinionModel(weights, float(data["bias"]), float(data["threshold"]),
                            int(data["max_count"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigurationError(f"data/opinion_weights.json is missing or malformed: {exc}") \
            from exc


def threshold() -> float:
    """The opinion score from which a sentence is opinion."""
    return model().threshold


def features(cues: SentenceCues, max_count: int | None = None) -> dict[str, float]:
    """The features the opinion weights apply to: each cue kind's count outside quotations
    (capped), the quoted share of the sentence, and whether it is short or long."""
    cap = model().max_count if max_count is None else max_count
    words = len(cues.text.split())
    found: dict[str, float] = {"quoted": cues.quoted_share,
                               "short": float(words < SHORT_WORDS),
                               "long": float(words > LONG_WORDS)}
    measured = measures(cues)
    for cue in cues.cues:
        if cue.quoted and cue.kind not in _ANYWHERE:
            continue
        if cue.start in measured and cue.kind in ("evaluative", "intensifier"):
            continue  # "only two airlines", "seriously hurt": a measure, not a judgement
        if cue.kind in _CHECKED and _not_itself(cues.text, cue.kind, cue.text, cue.start):
            continue
        found[cue.kind] = found.get(cue.kind, 0.0) + 1.0
    if "first_person" in found and narrative(cues):
        del found["first_person"]  # "I told the clerk": the writer's experience, reported
    for kind in list(found):
        if kind not in ("quoted", "short", "long"):
            found[kind] = min(cap, found[kind])
    return found


# "It is an outrage that ...", "This was a disgrace": the sentence opens with a verdict.
_VERDICT_FRAME = re.compile(
    r"(?:It|This|That)\s+(?:is|was|has\s+been|seems|remains)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?[\w-]+"
)
_CHECKED = frozenset({"superlative", "evaluative", "first_person"})


def _not_itself(text: str, kind: str, word: str, start: int) -> bool:
    """A cue that is something else: "most likely" is a hedge ('probably'), not a ranking; a
    capitalised evaluative word before a name is a title ("Justice Clara Voss"); 'I' in
    "(I-Vt.)" is a party tag, not the writer."""
    if kind == "superlative":
        return word.lower() in _HEDGING_SUPERLATIVES
    if kind == "evaluative":
        return word[0].isupper() and _TITLE_CASE.match(text, start) is not None
    return party_tag(text, start)


_HEDGING_SUPERLATIVES = frozenset({"most likely", "least likely", "most probably"})
_TITLE_CASE = re.compile(r"[A-Z][a-z]+\s+[A-Z]")
_REQUIREMENTS = frozenset({"need to", "needs to"})
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
    weights = model().weights
    score = model().bias
    reasons: list[str] = []
    found = features(cues)
    for kind, weight in weights.items():  # in the file's order: the reasons' order
        value = found.get(kind, 0.0)
        if not value or not weight:
            continue
        score += weight * value
        if kind in _QUIET or weight <= 0 or kind not in _LABELS:
            continue
        shown = ", ".join(f"'{c.text}'" for c in cues.find(kind, quoted=False)[:3])
        reasons.append(f"{_LABELS[kind]}: {shown}" if kind != "question" else _LABELS[kind])
    return score, reasons


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
                   if not record_scope(cues.text, c.end) and not epithet(cues.text, c.start)
                   and not c.text[0].isupper()  # "the Midwest", "Forest Hill": a name
                   and c.text.lower() not in _HEDGING_SUPERLATIVES]
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
    if cues.has("question", quoted=False) and len(opinion_reasons) >= 3:
        return ["question that argues rather than asks"]
    loaded = _loaded_question(cues)
    if loaded:
        return [f"a question that asks what something is worth: '{loaded}'"]
    return []


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


# Cues that only colour a clause; anything else (I, you, should, a question) argues.
_MODIFIERS = frozenset({"evaluative", "intensifier", "superlative", "adjective", "ly_adverb",
                        "comparative", "abstract_noun", "scare_quote", "present_copula",
                        "demonstrative_start", "third_plural", "hedge", "negation", "future",
                        "ability", "contrast"})
# Cues that argue or interpret events rather than relay them: every cue the weights count
# towards opinion that is not a mere modifier, and the framing cues.
_FRAMING = ("interpretive_noun", "framing_subject", "prescriptive")


def _arguing() -> tuple[str, ...]:
    kinds = (k for k, w in model().weights.items() if w > 0 and k in _LABELS)
    return (*(k for k in kinds if k not in _MODIFIERS), *_FRAMING)
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
    if any(cues.has(k, quoted=False) for k in _arguing()):
        return []
    loaded = list(dict.fromkeys(
        c.text for c in cues.cues if not c.quoted
        and c.kind in ("evaluative", "intensifier", "superlative", "scare_quote")))
    return loaded if len(loaded) <= _MAX_LOADED else []

