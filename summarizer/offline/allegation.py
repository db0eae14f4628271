"""Accusations: allegation wording, and whether a sentence points at someone.

Used by `classify.py` to tell an unsupported allegation from a view (with
`targets.py`, which finds who is accused), and by `evidence.py` to record the
words, so that `compose.py` keeps any accusation out of the reporting part of a
summary, whoever labelled it.
"""

from __future__ import annotations

import re

from summarizer.offline import wrong_acts
from summarizer.offline.cues import Cue, SentenceCues
from summarizer.offline.legal import mentioned
from summarizer.offline.negation import negated
from summarizer.offline.targets import definite_subject
from summarizer.text import lexicon

# "are verified", "has been independently confirmed", "is proven beyond doubt": the
# sentence itself vouches that something is established.
_VOUCHING = re.compile(
    r"\b(?:is|are|was|were|been|be)\s+(?:now\s+|fully\s+|independently\s+|all\s+|"
    r"thoroughly\s+|already\s+)?(?:verified|confirmed|proven|proved|substantiated|"
    r"corroborated|undisputed|indisputable|beyond\s+(?:doubt|dispute))\b(?!\s+as\b)",
    re.IGNORECASE,
)
# What an accusation is called: vouching for one is itself an accusation.
_CLAIM_NOUNS = re.compile(
    r"\b(?:allegations?|accusations?|claims?|charges|rumou?rs|suspicions|revelations)\b",
    re.IGNORECASE,
)


# A non-restrictive relative clause about a person: ", who has been steering contracts to
# donors," or ", whose accounts ...,". What it says is presupposed background, not the claim
# the sentence is about, so a reader does not weigh it; a hint of wrongdoing there is asserted
# as settled. Only 'who'/'whose': an accusation is aimed at people, and "negotiations, which
# have been shrouded in secrecy" describes a thing.
_ASIDE_RELATIVE = re.compile(r",\s+(?:who|whose)\s[^,;:]{3,160}(?:,|$)")


def accusation(cues: SentenceCues, *, quoted: bool | None = None) -> list[str]:
    """The allegation wording in the sentence; empty when none accuses.

    Args:
        cues: the sentence's cues.
        quoted: False to count only words outside quotations (the author's own).
    """
    weak = cues.find("allegation_weak", quoted=quoted)
    directed, kin, acts = wrong_acts.shapes(cues.text)
    for start, end, words in directed:
        inside = any(s <= start < e for s, e in cues.quote_spans)
        if quoted is None or inside is quoted:
            weak = [*weak, Cue("allegation_weak", words, start, end, inside)]
    strong = [c.text for c in cues.find("allegation", quoted=quoted)
              if not mentioned(cues.text, c.start, c.end)
              and not negated(cues.text, c.start)]
    for words, office, start in kin:
        inside = any(s <= start < e for s, e in cues.quote_spans)
        if quoted is None or inside is quoted:
            if office:
                strong.append(words)
            else:
                weak = [*weak, Cue("allegation_weak", words, start, start + len(words), inside)]
    found = accusing(strong + _presupposed(cues, weak), [c.text for c in weak])
    for start, words in acts:
        inside = any(s <= start < e for s, e in cues.quote_spans)
        if quoted is None or inside is quoted:
            found = [*found, words]
    return found


def pattern_acts(cues: SentenceCues) -> list[tuple[str, bool]]:
    """The wrongful acts found by pattern rather than by a word ("dumped waste in the river",
    "told staff to keep quiet"), each with whether it is inside a quotation: `evidence.py`
    records them beside the accusing words, so that whoever reads the label later (arbitration,
    the summary) weighs the same accusation the offline rule saw."""
    return [(words, any(s <= start < e for s, e in cues.quote_spans))
            for start, words in wrong_acts.shapes(cues.text)[2]]


def denied(cues: SentenceCues, start: int) -> bool:
    """Whether the accusing word at `start` is denied ("did not take bribes"): see `negated`."""
    return negated(cues.text, start)


def act_subject(cues: SentenceCues) -> str | None:
    """The definite subject of a wrongful act found by pattern ("The haulier dumped rubble into
    the canal", "The promoter fixed the bout"), outside quotations; None when there is none.
    The patterns begin at the verb, so the subject is what opens the sentence before it."""
    for start, _words in wrong_acts.shapes(cues.text)[2]:
        if any(s <= start < e for s, e in cues.quote_spans):
            continue
        subject = definite_subject(cues, start)
        if subject:
            return subject
    return None


def _presupposed(cues: SentenceCues, weak: list[Cue]) -> list[str]:
    """Weak allegation words inside a non-restrictive relative clause: one is enough there,
    since the clause slips the hint in as background ("The minister, who has been steering
    contracts toward donors, opened the bridge")."""
    if not weak:
        return []
    spans = [(m.start(), m.end()) for m in _ASIDE_RELATIVE.finditer(cues.text)]
    return [c.text for c in weak if any(s <= c.start < e for s, e in spans)]


def accusing_verb(verb: str, cues: SentenceCues | None = None) -> bool:
    """Whether a reporting verb itself imputes wrongdoing ('accused', 'suspect'), or, given the
    sentence, distances the writer from a claim about someone it names or points at by a pronoun
    ("An insider claimed he had been spotted ...", "Posts claim that Mayor Okafor sold the
    park"); a role ("the school") is too often a mere place to count."""
    lower = verb.lower()
    if lower in lexicon.words("allegation", "accusing_verbs"):
        return True
    if cues is None or lower not in lexicon.words("allegation", "distancing_verbs"):
        return False
    # who the claim is about: not the claimant ("Parents have long claimed ..."), not a date
    speaker = cues.source.text if cues.source is not None else ""
    at = cues.text.find(speaker) if speaker else -1
    skip = {c.start for k in ("date", "schedule") for c in cues.find(k)}  # "until March"
    names = [c for c in cues.find("proper_noun") if c.start not in skip
             and not at <= c.start < at + len(speaker)]
    return bool(names) or cues.has("target_pronoun", quoted=False) or _office_holder(
        cues.text, lower)


# "Insiders claim the chairman has been ...", "Some fans claim their manager ...": an office
# held by one person ('titles': mayor, chairman, treasurer) after a definite determiner picks
# out someone as surely as a name. Only offices: 'the school' or 'the council' are as often a
# place or a setting.
_DEFINITE_OFFICE = re.compile(r"\b(?:the|his|her|their|its)\s+([a-z]+)(?:\s+([a-z]+))?")


# Title words that are as often plain adjectives or common nouns ('the general public', 'the
# chief reason', 'the prime site', 'the justice system'): they pick out no office holder alone.
_TITLE_ADJECTIVES = frozenset({"general", "chief", "deputy", "prime", "executive", "principal",
                               "chair", "speaker", "justice"})


def _office_holder(text: str, verb: str) -> bool:
    """Whether a definite office holder ('the chairman') follows the verb `verb`."""
    at = text.lower().find(verb)
    if at < 0:
        return False
    titles = lexicon.words("sources", "titles") - _TITLE_ADJECTIVES
    return any(word in titles for m in _DEFINITE_OFFICE.finditer(text, at + len(verb))
               for word in m.groups() if word)


def accusing(strong: list[str], weak: list[str]) -> list[str]:
    """The rule for allegation wording: any strong allegation word, or two weak ones
    ("secret", "opaque"); empty when the words accuse no one."""
    if strong:
        return strong
    return weak if len(weak) >= 2 else []


def vouching(cues: SentenceCues) -> tuple[str, bool] | None:
    """The author's own claim that something is verified ("These allegations are
    verified"), outside quotations, with whether it vouches for an allegation; else None.
    Who verified it, and how, is what a reader would need to check it."""
    for m in _VOUCHING.finditer(cues.text):
        if any(s <= m.start() < e for s, e in cues.quote_spans):
            continue
        return m.group(), bool(_CLAIM_NOUNS.search(cues.text, 0, m.start()))
    return None


# ", and the company's founder has ...": a coordinated main clause with its own subject.
_AND_CLAUSE = re.compile(r",\s+and\s+(?=(?:the|a|an|his|her|its|their|[A-Z])\w*)")


def glued_accusation(cues: SentenceCues) -> list[str]:
    """The accusation in a main clause joined to a sourced sentence by ", and": "Osei said
    the board backed the offer, and the founder has quietly moved his stake offshore". The
    second clause has its own subject and is outside the scope of 'said' (annotation guide)."""
    if cues.source is None:
        return []
    for m in _AND_CLAUSE.finditer(cues.text):
        if m.start() < _source_end(cues) or any(s <= m.start() < e for s, e in cues.quote_spans):
            continue
        tail = [c.text for c in cues.find("allegation", quoted=False) if c.start >= m.end()]
        tail += [c for c in accusation(cues, quoted=False)
                 if cues.text.find(c, m.end()) >= 0 and c not in tail]
        return tail
    return []


def _source_end(cues: SentenceCues) -> int:
    """Where the source's reporting verb ends (or 0 when it cannot be found)."""
    assert cues.source is not None
    at = cues.text.find(cues.source.verb) if cues.source.verb else -1
    return at + len(cues.source.verb) if at >= 0 else 0
