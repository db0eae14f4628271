"""Combine the cues of one sentence into category, attribution and confidence.

The rubric of DESIGN.md, applied in code:
- a named source saying something -> attributed_statement (high with specifics
  or a direct quote, medium when hedged, second-hand or vague);
- an anonymous source or no source making an accusation -> unsupported_allegation;
- an anonymous source making another claim -> attributed_statement, low;
- evaluation, interpretation, prediction in the author's voice -> opinion;
- the rest -> reported_fact (medium: the author's word; low when heavily hedged).
Every decision lists the cues behind it as readable reasons, and keeps the facts
those reasons rest on as evidence (see `evidence.py`).
"""

from __future__ import annotations

import re

from summarizer.offline.allegation import (
    accusation,
    accusing_verb,
    act_subject,
    vouching,
)
from summarizer.offline.attributed import attributed
from summarizer.offline.cues import SentenceCues
from summarizer.offline.decisive import decisive_opinion
from summarizer.offline.evidence import gather
from summarizer.offline.hearsay import hearsay
from summarizer.offline.insinuation import imputed_motive
from summarizer.offline.label import Label, quoted, specifics
from summarizer.offline.legal import legal_act, through_court
from summarizer.offline.opinion import loaded_framing, opinion_score, threshold
from summarizer.offline.sources import Source
from summarizer.offline.targets import has_target
from summarizer.schema import Attribution, AttributionType, Category, Confidence
from summarizer.text import lexicon


def classify(cues: SentenceCues, speaker: Source | None = None) -> Label:
    """Label one sentence from its cues.

    Args:
        cues: the sentence's cues.
        speaker: the resolved source (a pronoun or a bare quotation resolved from
            context); defaults to the source named in the sentence.

    Returns:
        Category, attribution, confidence, the reasons for them and the evidence.
    """
    label = _decide(cues, speaker or cues.source)
    label.evidence = gather(cues, speaker or cues.source)
    return label


def author_pronoun(source: Source) -> bool:
    """Whether the speaker is 'I' or 'we' outside any quotation: the writer of a column, a
    letter or an editorial, whose own words are the text being labelled, not a source it
    reports (an interview's answers get their speaker from the 'A:' turn, not from this)."""
    return source.pronoun and source.text.lower() in ("i", "we")


def _decide(cues: SentenceCues, source: Source | None) -> Label:
    if source is not None and author_pronoun(source):
        source = None  # "I urge every councillor ...": the author speaking, in their own voice
    if source is not None and legal_act(cues, source):
        source = None  # "Police charged a man with theft": a public legal act, not a statement
    unsourced = _unsourced_claim(cues, source)
    if unsourced is not None:
        return unsourced
    accused = accusation(cues)
    score, opinion_reasons = opinion_score(cues)
    hedges = [c.text for c in cues.find("hedge", quoted=False)]
    if source is not None and not source.pronoun:
        return attributed(cues, source, accused, score, opinion_reasons, hedges)
    anonymous = cues.find("anonymous_marker")
    legal = through_court(cues)
    if not anonymous and not scare_quoted(cues):
        accused = accusation(cues, quoted=False)  # quoted words here are mentions
    if accused and legal:
        reasons = [f"accusation made through a public legal process: '{legal}'",
                   f"allegation wording: {quoted(accused)}"]
        return Label(Category.REPORTED_FACT, Attribution(type=AttributionType.NONE),
                     Confidence.MEDIUM, reasons)
    if accused and not anonymous and not has_target(cues) and not act_subject(cues):
        accused = []  # "corrupt government defeats itself": a view, not an accusation
    if accused and not anonymous and source is None and _polar_question(cues):
        if _FACT_CHECK_LABEL.match(cues.text):
            return Label(Category.REPORTED_FACT, Attribution(type=AttributionType.NONE),
                         Confidence.MEDIUM,
                         ["a fact-check's question: it names the claim the article checks"])
        return Label(Category.OPINION, Attribution(type=AttributionType.NONE),
                     Confidence.NOT_APPLICABLE,
                     ["a yes/no question raises the accusation without asserting it: a loaded "
                      f"question, the author's framing: {quoted(accused)}"])
    words = accusation(cues, quoted=False) if not anonymous else []
    if words and not accused and source is None and not specifics(cues):  # nothing to check
        return Label(Category.OPINION, Attribution(type=AttributionType.NONE),
                     Confidence.NOT_APPLICABLE,
                     ["the author's own evaluation",
                      f"allegation wording with no one accused: {quoted(words)}"])
    vouched = vouching(cues)
    if vouched and vouched[1] and not accused:
        reasons = [f"vouches for allegations with no source: '{vouched[0]}'",
                   "no one named who verified them, nor how"]
        if anonymous:
            reasons.insert(0, f"anonymous source: '{anonymous[0].text}'")
        kind = AttributionType.ANONYMOUS if anonymous else AttributionType.NONE
        return Label(Category.UNSUPPORTED_ALLEGATION, Attribution(type=kind,
                     source=anonymous[0].text if anonymous else None),
                     Confidence.UNSUPPORTED, reasons)
    if accused:
        reasons = [f"allegation wording: {quoted(accused)}"]
        if anonymous:
            reasons.insert(0, f"anonymous source: '{anonymous[0].text}'")
        else:
            reasons.insert(0, "no source named for the accusation")
        kind = AttributionType.ANONYMOUS if anonymous else AttributionType.NONE
        return Label(Category.UNSUPPORTED_ALLEGATION, Attribution(type=kind,
                     source=anonymous[0].text if anonymous else None),
                     Confidence.UNSUPPORTED, reasons)
    if source is not None:  # an unresolved pronoun: someone, named earlier, said it
        reasons = [f"speaker '{source.text}' (reporting verb '{source.verb}') is not named "
                   "nearby"]
        return Label(Category.ATTRIBUTED_STATEMENT,
                     Attribution(type=AttributionType.NAMED_PERSON, source=source.text),
                     Confidence.LOW if hedges else Confidence.MEDIUM, reasons)
    decisive = decisive_opinion(cues, opinion_reasons)
    framed = [] if decisive or anonymous or not has_target(cues) else loaded_framing(cues)
    if (score >= threshold() or decisive) and not framed:
        return Label(Category.OPINION, Attribution(type=AttributionType.NONE),
                     Confidence.NOT_APPLICABLE,
                     ["the author's own evaluation", *decisive, *opinion_reasons])
    if anonymous:  # "..., who spoke on condition of anonymity, said ...": someone unnamed
        reasons = [f"anonymous sourcing: '{anonymous[0].text}'", "no name a reader could check"]
        return Label(Category.ATTRIBUTED_STATEMENT,
                     Attribution(type=AttributionType.ANONYMOUS, source=anonymous[0].text),
                     Confidence.LOW, reasons)
    reasons = ["author's own voice, no source named"]
    found = specifics(cues)
    if found:
        reasons.append("specifics: " + ", ".join(found))
    confidence = Confidence.MEDIUM
    if hedges:
        reasons.append(f"hedge: {quoted(hedges)}")
        if len(hedges) > 1:
            confidence = Confidence.LOW
    if framed and score >= threshold():
        # summary/framing.py reads the words back from this reason to leave them out
        reasons.append(f"loaded framing around a reported event: {quoted(framed)}")
        confidence = Confidence.LOW
    if vouched and not found:
        reasons.append(f"says '{vouched[0]}' without saying who verified it or how")
        confidence = Confidence.LOW
    return Label(Category.REPORTED_FACT, Attribution(type=AttributionType.NONE), confidence,
                 reasons)


# A label before a colon ("Fact check:", "Analysis:") is not part of the question after it.
_OPENING_WORD = re.compile(r"(?:[A-Z][\w-]*(?:\s+[a-z][\w-]*)?:\s+)?"
                           r"[\W_]*([A-Za-z]+(?:['’][a-z]+)?)")
# "Fact check: Did the mayor sell the park for a bribe?": under a fact-check label the question
# is the claim under check, asked so the article can answer it; it raises nothing of its own.
_FACT_CHECK_LABEL = re.compile(r"(?i:fact[\s-]?check)\s*:\s")


def _polar_question(cues: SentenceCues) -> bool:
    """Whether the sentence is a yes/no question in the author's voice: it opens with an
    auxiliary ("Did the mayor take bribes?", "Has the club been hiding its debts?") and ends in a
    question mark. It asks whether the wrong was done and asserts nothing; a wh-question ("Why
    did the council fix the tender?") presupposes the wrong and still accuses."""
    if not cues.text.rstrip().endswith("?") or not cues.has("question", quoted=False):
        return False
    m = _OPENING_WORD.match(cues.text)
    if m is None:
        return False
    word = m.group(1).lower().replace("’", "'")
    return ("'" not in word or word.endswith("n't")) and word in lexicon.words(
        "clauses", "auxiliaries")


def _unsourced_claim(cues: SentenceCues, source: Source | None) -> Label | None:
    """Rule 1 for claims no one stands behind: passive hearsay ("it is alleged"), the outlet's
    say-so ("we can report") and unattributed consensus ("everyone knows", "observers agree")
    present a claim as established. Pointed at someone, or accusing, it is an unsupported
    allegation, even with a reporting verb; a named source keeps it attributed."""
    if source is not None and source.named and not source.pronoun:
        return None
    frame = hearsay(cues)
    if frame is None:
        return None
    phrase, unnamed_people, reveals = frame
    accused = accusation(cues, quoted=False)
    motive = imputed_motive(cues) if has_target(cues) else None
    distancing = _distancing(phrase, cues)
    if not accused and not reveals and not motive and not distancing:
        return None  # "it is believed the plant will close": relayed, accusing no one
    if (not accused and not motive and not phrase.lower().startswith("we ")
            and opinion_score(cues)[0] >= threshold() and _judges_outside(cues, phrase)):
        return None  # "everyone knows the plan is a mess": a shared judgement is opinion
    kind = AttributionType.ANONYMOUS if unnamed_people else AttributionType.NONE
    reasons = [f"claim backed by no one who could be checked: '{phrase}'"]
    if accused or motive:
        reasons.append(f"allegation wording: {quoted(accused)}" if accused
                       else f"imputes a motive: '{motive}'")
    elif distancing:
        reasons.append(f"a disputed claim about someone it names: '{distancing}'")
    return Label(Category.UNSUPPORTED_ALLEGATION,
                 Attribution(type=kind, source=phrase if unnamed_people else None),
                 Confidence.UNSUPPORTED, reasons)


def _distancing(phrase: str, cues: SentenceCues) -> str | None:
    """The word of a hearsay frame that marks its claim as disputed ('it is claimed', 'it is
    rumoured', 'rumours ... that'), when the claim is about someone the sentence names or points
    at: the shape an unnamed subject gives 'claim' ("An insider claimed he ..."), with no
    speaker at all (see `accusing_verb`). 'It is understood' only relays."""
    at = cues.text.find(phrase)
    if _FORECAST.search(cues.text, at + len(phrase) if at >= 0 else 0):
        return None  # "It is rumoured that Ahlgren will join Portmoor": a forecast reveals no deed
    words: list[str] = _LETTERS.findall(phrase.lower())
    for word in words:
        if word in lexicon.words("allegation", "distancing_verbs") and accusing_verb(word, cues):
            return word
    return None


def _judges_outside(cues: SentenceCues, phrase: str) -> bool:
    """Whether a word of judgement stands outside the consensus frame: in "It is no secret that
    the mayor's brother won the contract" the frame's own 'no' and 'secret' judge nothing."""
    at = cues.text.find(phrase)
    end = at + len(phrase) if at >= 0 else 0
    return _predicated(cues.text, end) and any(c.start >= end and not c.quoted
                                               for c in cues.cues if c.kind in _JUDGING)


_TOKEN = re.compile(r"[a-z]+(?:['’][a-z]+)?")


def _predicated(text: str, start: int) -> bool:
    """Whether the claim after the frame has a linking verb ('is', 'looks', 'remains'): a shared
    judgement predicates a quality of something ("everyone knows the plan is a mess", "knows how
    terrifying it is"). Without one, a judging word sits inside an act imputed to someone ("it is
    common knowledge that Voss keeps the units empty to ..."): a claim about conduct."""
    linking = lexicon.words("allegation", "linking_verbs")
    return any(t in linking for t in _TOKEN.findall(text[start:].lower()))


_LETTERS = re.compile(r"[a-z]+")
# A claim about what will happen: rumour of a move, a sale or a signing speculates; it reveals
# nothing anyone has done, so it harms no one the way a rumoured deed does.
_FORECAST = re.compile(r"\b(?:will|would|could|might|may|(?:is|are)\s+(?:set|poised|ready|about|"
                       r"expected|planning|going)\s+to|plans?\s+to)\b", re.IGNORECASE)
_JUDGING = frozenset({"evaluative", "intensifier", "superlative", "comparative", "obligation",
                      "opinion_phrase", "interpretive", "idiom", "puffery"})


def scare_quoted(cues: SentenceCues) -> bool:
    """Whether a quotation right after a name closes the sentence: "TV chef Rory Skeldon
    ‘pocketed charity gala cash’". The quotation is the sentence's predicate, words some
    unnamed person said about the name (the tabloid headline's scare quotes), not a mention
    of a title or a term; with no speaker anywhere, an accusation in it is rule 1."""
    if len(cues.quote_spans) != 1:
        return False
    start, end = cues.quote_spans[0]
    before = cues.text[:start].rstrip()
    return not cues.text[end:].strip(" .!?’”'\"") and any(
        c.end == len(before) for c in cues.find("proper_noun"))


