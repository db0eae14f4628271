"""How much a sentence evaluates in the author's own voice: the opinion score.

A weighted sum of the author-voice cues (words inside quotations belong to the
speaker and do not count); the rules of the taxonomy that settle opinion whatever
the score are `decisive.py`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from summarizer.errors import ConfigurationError
from summarizer.offline.author_voice import measures, narrative, party_tag
from summarizer.offline.cues import SentenceCues
from summarizer.offline.decisive import HEDGING_SUPERLATIVES
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
    if "first_person" in found and (narrative(cues) or _outlet_contact(cues)):
        del found["first_person"]  # "I told the clerk": the writer's experience, reported
    for kind in list(found):
        if kind not in ("quoted", "short", "long"):
            found[kind] = min(cap, found[kind])
    return found


# The outlet as a party to the exchange it reports: "did not return our calls", "did not respond
# to our questions", "a friend told us". 'Our' and 'us' here name the newsroom that asked, a
# checkable step of the reporting, not the communal 'our' of a columnist's stance.
_CONTACT = re.compile(
    r"\b(?:return(?:ed|s|ing)?|answer(?:ed|s|ing)?|acknowledg(?:e|ed|es|ing))\s+our\s+"
    r"(?:calls?|emails?|messages?|questions?|requests?|letters?|enquir(?:y|ies)|inquir(?:y|ies))\b|"
    r"\b(?:respond(?:ed|s|ing)?|repl(?:y|ied|ies|ying))\s+to\s+(?:our|us)\b|"
    r"\b(?:told|tells|wrote\s+to|contacted|emailed)\s+us\b|\bcontacted\s+by\s+us\b",
    re.IGNORECASE)


def _outlet_contact(cues: SentenceCues) -> bool:
    """Whether every first person outside quotations is the outlet asking or being told."""
    spans = [(m.start(), m.end()) for m in _CONTACT.finditer(cues.text)]
    return bool(spans) and all(any(s <= p.start < e for s, e in spans)
                               for p in cues.find("first_person", quoted=False))


_CHECKED = frozenset({"superlative", "evaluative", "first_person"})


def _not_itself(text: str, kind: str, word: str, start: int) -> bool:
    """A cue that is something else: "most likely" is a hedge ('probably'), not a ranking; a
    capitalised evaluative word before a name is a title ("Justice Clara Voss"); 'I' in
    "(I-Vt.)" is a party tag, not the writer."""
    if kind == "superlative":
        return word.lower() in HEDGING_SUPERLATIVES
    if kind == "evaluative":
        return word[0].isupper() and _TITLE_CASE.match(text, start) is not None
    return party_tag(text, start)


_TITLE_CASE = re.compile(r"[A-Z][a-z]+\s+[A-Z]")
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
    news, and so does a date that anchors what happened ("disbanded two councils on
    Wednesday"): an event on a day is checkable, whatever adjectives its noun phrases
    carry, so loaded modifiers colour it but do not turn it into a view. Any cue that
    argues (first or second person, "should", an opinion marker, a question) keeps it
    opinion.
    """
    hedges = {c.text.lower() for c in cues.find("hedge", quoted=False)}
    if hedges.isdisjoint(lexicon.words("stance", "reporting_hedges")) and not (
            cues.has("date", quoted=False)):
        return []
    if any(cues.has(k, quoted=False) for k in _arguing()):
        return []
    loaded = list(dict.fromkeys(
        c.text for c in cues.cues if not c.quoted
        and c.kind in ("evaluative", "intensifier", "superlative", "scare_quote")))
    return loaded if len(loaded) <= _MAX_LOADED else []

