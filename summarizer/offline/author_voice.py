"""Author-voice opinion as classes of wording: predictions stated as certain, puffery, stance
openers, and the writer's own feelings, told apart from the writer's own experience.

Every rule here reads only cues outside quotation marks: words inside quotes belong to the
speaker. `opinion.decisive_opinion` asks `verdict` for a reason that settles opinion whatever
the score; `opinion.features` asks `narrative` whether 'I' only tells what the writer did.
"""

from __future__ import annotations

import re

from summarizer.offline.cues import Cue, SentenceCues
from summarizer.offline.predicates import appraising_rank, rating
from summarizer.text import lexicon

# Cue kinds that carry a judgement or a stance: with any of them, a first-person sentence is
# not mere narrative.
_STANCE_KINDS = ("evaluative", "intensifier", "obligation", "opinion_phrase", "question",
                 "exclamation", "superlative", "interpretive", "prescriptive", "feeling",
                 "speculation", "puffery", "prediction", "stance_opener", "idiom")
_NOT_NARRATED = ("future", "ability", "present_copula", "generalizer")
# Words that make a bare 'will' a forecast rather than an announcement: a judgement, a sweep
# over a group ('customers', 'they'), negation, degree or certainty adverbs.
_FORECAST_COLOUR = ("evaluative", "intensifier", "comparative", "superlative", "generalizer",
                    "third_plural", "second_person", "first_person", "negation", "ly_adverb",
                    "abstract_noun", "hedge", "allegation_weak")
_OPENING_LABEL = 12  # characters a label such as "Review:" or "18:30 —" may take before it
_FEELING_REACH = 4  # words from 'I' or 'we' to the feeling: 'I was deeply dismayed'
# 'the will to act', 'political will': 'will' as a noun, after a determiner or adjective
_NOUN_BEFORE = re.compile(r"\b(?:the|a|his|her|their|its|our|free|good|ill|political)\s+$",
                          re.IGNORECASE)
_MONTH_MAY = re.compile(r"\b(?:in|by|from|until|since|before|after|early|late|mid-)\s*May\b")
_PASSIVE_FUTURE = re.compile(r"\s+(?:not\s+)?be\s+[a-z]+(?:ed|en|wn|id|lt|ld|ught)\b")
# 'whether' or 'if' before 'will' in the same clause: an embedded question, not a forecast
_EMBEDDED = re.compile(r"\b(?:whether|if)\b[^,;]*$", re.IGNORECASE)


def verdict(cues: SentenceCues) -> str | None:
    """The reason a sentence is the author's opinion whatever its score, or None.

    Checked in order: puffery ('unmatched performance'), an evaluative idiom ('throwing money
    at'), a stance opener ('Frankly, ...'), the
    writer's feeling or act of stance ('I was dismayed', 'I urge'), a prediction stated as
    certain ('Customers will wonder ...', 'are likely to be the last').
    """
    source = cues.source
    if source is not None and not (source.pronoun and source.text.lower() in ("i", "we")):
        return None  # someone else's words; but "I believe ..." is the writer's own
    if cues.whole_quote or cues.has("anonymous_marker"):
        return None  # relayed ("it is believed the plant will close"): not the author's view
    puffery = cues.find("puffery", quoted=False)
    if puffery and not _measured(cues):
        return f"puffery: '{puffery[0].text}'"
    if rating(cues.text):
        return f"a critic's rating: '{cues.text.strip()}'"
    idiom = cues.find("idiom", quoted=False)
    if idiom:
        return f"evaluative idiom: '{idiom[0].text}'"
    opener = next((c for c in cues.find("stance_opener", quoted=False)
                   if c.start <= _OPENING_LABEL), None)
    if opener is not None and not _measured(cues):  # "In practice, the rule applies to 2015 ..."
        return f"stance opener: '{opener.text}'"
    disjunct = _attitude_disjunct(cues)
    if disjunct is not None and not _measured(cues):
        return f"the writer's comment on the whole claim: '{disjunct}'"
    feeling = _feeling(cues)
    if feeling is not None:
        return f"the writer's own stance: '{feeling}'"
    prediction = _prediction(cues)
    if prediction is not None:
        return f"prediction stated as certain: '{prediction}'"
    conditional = _conditional(cues)
    if conditional is not None:
        return f"the writer's conditional forecast: '{conditional}'"
    return None


# "If traffic keeps falling, the assembly could find itself paying ...": an 'if' or 'unless' clause
# with a finite verb, then a main clause whose verb is only possible ('could', 'might', 'would').
# In the author's voice that is the writer's hypothesis about what may follow, a prediction.
# "If approved, the plan would ..." (a participle, no subject) states the terms of a proposal,
# and a date, number or schedule word makes it an arrangement ("would start in spring").
_CONDITIONAL = re.compile(r"[\"“‘']?(?:If|Unless)\s+(?!approved|passed|adopted|elected|convicted|"
                          r"confirmed|successful|so\b|not\b)[^,;:]{3,80},\s+(?P<main>[^,;:]{0,60}?"
                          r"\b(?P<modal>could|might|would)\b)")


def _conditional(cues: SentenceCues) -> str | None:
    """The modal of an author's conditional forecast ("If ..., X could ..."), or None."""
    if not cues.text.lstrip("\"“‘'").startswith(("If ", "Unless ")):
        return None
    m = _CONDITIONAL.match(cues.text)
    if m is None or any(cues.has(kind) for kind in ("number", "date", "schedule",
                                                     "legal_process")):
        return None
    return m.group("modal")


def _measured(cues: SentenceCues) -> bool:
    """Whether the sentence carries a date or a number: a report of something dated or measured,
    which a colouring word or an explanatory opener does not turn into a view."""
    return cues.has("date") or cues.has("number")


def narrative(cues: SentenceCues) -> bool:
    """Whether 'I' or 'we' only tells what the writer did or saw ("I have lived on Elm Street
    for thirty-one years", "I told the clerk"): the writer's checkable experience is reported,
    not opinion (annotation guide, column and letter conventions). A narrated event is in the
    past; 'we can', 'we will', 'we are' speak of now or of what could be, which argues. A
    first person that is only a possessive ("My daughter is in fifth grade") says whose
    daughter, not what the writer thinks: present facts about the writer's world count too."""
    persons = cues.find("first_person", quoted=False)
    if not persons:
        return False
    if all(p.text.lower() in _POSSESSIVES for p in persons):
        return not any(cues.has(kind, quoted=False)
                       for kind in (*_STANCE_KINDS, "future", "ability", "generalizer"))
    if not cues.has("past_tense", quoted=False):
        return False
    return not any(cues.has(kind, quoted=False) for kind in (*_STANCE_KINDS, *_NOT_NARRATED))


# Only 'my': a communal 'our' ("our economic machine", "our town") speaks for a community the
# writer belongs to, which is the stance of opinion writing, not a detail of the writer's life.
_POSSESSIVES = frozenset({"my"})
_NUMERAL_AFTER = re.compile(r"\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"a\s+(?:few|handful|dozen|third|quarter|fraction)|half)\b)",
                            re.IGNORECASE)
_EXTREME_AFTER = re.compile(r"\s+(?:high|low)s?\b")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def measures(cues: SentenceCues) -> frozenset[int]:
    """Starts of degree words that measure rather than judge: 'only' before a number ("only
    two airlines") restricts a quantity, and a degree adverb before a participle of harm
    ("seriously hurt", "badly damaged") is the grade injuries and damage are reported in."""
    candidates = [c for kind in ("evaluative", "intensifier") for c in cues.find(kind, quoted=False)
                  if c.text.endswith("ly") or c.text == "historic"]
    if not candidates:
        return frozenset()
    heads = lexicon.words("stance", "severity_heads")
    found = set()
    for cue in candidates:
        word = cue.text.lower()
        if word == "only" and _NUMERAL_AFTER.match(cues.text, cue.end):
            found.add(cue.start)
        elif word == "historic":
            if _EXTREME_AFTER.match(cues.text, cue.end):
                found.add(cue.start)  # "historic highs": the highest ever recorded, a record
        elif word.endswith("ly"):
            m = _NEXT_WORD.match(cues.text, cue.end)
            if m is not None and m.group(1) in heads:
                found.add(cue.start)
    return frozenset(found)


# An evaluative adverb that opens the sentence and is set off by a comma, or by 'for' and its
# object ("Sadly, ...", "Unhappily for the club, ..."): an attitude disjunct. It comments on the
# whole proposition, so the clause after it is offered as the writer's regret or relief, not as a
# report; inside the clause ("the vote was sadly delayed") the same word only colours it.
_DISJUNCT = re.compile(r"(?:[A-Z][a-z]+:\s+|[\d:.]+\s+)?[\"“‘']?(?P<word>[A-Z][a-z]+ly)"
                       r"(?:\s+for\s+[^,]{1,40})?,")
# The impersonal 'one' as the writer ("One wonders ...", ", one suspects,"): at the start of a
# clause, before a verb of feeling or belief in the third person. 'no one', 'the one' and 'each
# one' name someone else; "one suspect" (no -s) is a numeral and a noun.
_IMPERSONAL = re.compile(r"(?:^|[,;:—–(]\s*|\b(?:and|but|so)\s+)[\"“‘']?(?P<one>[Oo]ne)\s+"
                         r"(?:(?:can\s+only|cannot\s+help\s+but)\s+(?P<base>[a-z]+)|"
                         r"(?P<verb>[a-z]+?)(?:e?s))\b")


def _attitude_disjunct(cues: SentenceCues) -> str | None:
    """The opening evaluative adverb of an attitude disjunct ("Sadly, the council ..."), or
    None."""
    m = _DISJUNCT.match(cues.text)
    if m is None:
        return None
    if not any(c.start == m.start("word") for c in cues.find("evaluative", quoted=False)):
        return None
    if m.group("word").lower() in lexicon.words("stance", "emphasis_adverbs"):
        return None  # "Importantly, ...": points at a detail, it does not comment on it
    return m.group("word")


def _feeling(cues: SentenceCues) -> str | None:
    """'I was dismayed', 'we fear', 'I hope': a feeling or belief word within a few words after
    a first-person subject; or the impersonal 'one' before such a verb ('one suspects')."""
    if "one " in cues.text or "One " in cues.text:
        feelings_verbs = lexicon.words("stance", "feelings")
        for m in _IMPERSONAL.finditer(cues.text):
            verb = m.group("verb") or m.group("base")
            if verb in feelings_verbs and not _quoted_at(cues, m.start("one")):
                return cues.text[m.start("one"):m.end()]
    feelings = cues.find("feeling", quoted=False)
    if not feelings:
        return None
    for person in cues.find("first_person", quoted=False):
        if person.text.lower() not in ("i", "we"):
            continue
        for feeling in feelings:
            gap = cues.text[person.end:feeling.start].split()
            if feeling.start > person.end and len(gap) < _FEELING_REACH:
                return cues.text[person.start:feeling.end]
    return None


def _quoted_at(cues: SentenceCues, at: int) -> bool:
    return any(s <= at < e for s, e in cues.quote_spans)


def _prediction(cues: SentenceCues) -> str | None:
    """A prediction in the author's voice: 'is likely to', 'is bound to', or 'will' with no
    date, number or schedule word ('on Thursday', 'once the tests are done') that would make
    it an announced plan. A question asks, it does not predict."""
    phrase = cues.find("prediction", quoted=False)
    if phrase:
        return phrase[0].text
    future: list[Cue] = [c for c in cues.find("future", quoted=False)
                         if not _NOUN_BEFORE.search(cues.text, max(0, c.start - 12), c.start)]
    if not future or cues.has("question", quoted=False):
        return None
    if _EMBEDDED.search(cues.text, 0, future[0].start):
        return None  # "cannot say whether the strike will spread": asked, not predicted
    timed = [c.start for kind in ("number", "date", "schedule", "legal_process")
             for c in cues.find(kind)]  # a time after 'will' dates the event: a plan; one in
    forecast = _gerund_subject(cues.text) or _generic_subject(cues.text, future[0].start)
    if any(t > future[0].start for t in timed) or (timed and not forecast):  # a gerund's or
        return None  # generic subject says which ("Cutting the 14 will", "buyers next year")
    if _MONTH_MAY.search(cues.text):
        return None  # "will close in May": the month, which the word lists read as 'may'
    if _PASSIVE_FUTURE.match(cues.text, future[0].end):
        return None  # "They will be replaced by electric buses": an arrangement announced
    if forecast:
        return future[0].text  # "Closing it will ...", "Commuters will ...": a forecast
    colour = [c for kind in _FORECAST_COLOUR for c in cues.find(kind, quoted=False)
              if c.text.lower() != "their"]  # "Their lawyers will appeal" sweeps over no group
    if not colour:
        return None  # "The museum will close its east wing": an announced plan, plainly put
    return future[0].text


# A gerund clause with its object as the subject: "Closing it will ...", "Raising the fee will
# ...". The subject is an act considered, not one announced, so its 'will' forecasts what the act
# would bring: a prediction, however plainly worded.
_GERUND = re.compile(r"[\W_]*([A-Z][a-z]+ing)\s+(?:it|them|the|a|an|this|that|these|those|his|"
                     r"her|their|its|our|more|fewer|any|such)\b")


def _gerund_subject(text: str) -> bool:
    m = _GERUND.match(text)
    return m is not None and m.group(1).lower() not in lexicon.words("stance", "ing_prepositions")


# A determiner, possessive or number before a people noun makes the group particular ("the
# passengers", "our members", "40 residents"); without one the plural is generic.
_PARTICULAR = re.compile(r"\b(?:the|these|those|its|his|her|their|our|your|my|some|\d[\d,]*|"
                         r"two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z-]+\s+)?$",
                         re.IGNORECASE)
_WORDS = re.compile(r"[A-Za-z-]+")


def _generic_subject(text: str, will: int) -> bool:
    """Whether a bare plural of people stands before 'will': "Commuters will pay more", "Parents
    who cannot pay will ...". A forecast about a whole class of people is a generalisation, not
    an announced plan, which names who acts ("The council will ...")."""
    people = lexicon.words("sources", "people_plurals")
    for m in _WORDS.finditer(text, 0, will):
        if m.group().lower() in people:
            return _PARTICULAR.search(text, max(0, m.start() - 30), m.start()) is None
    return False


# group: party tags. "Sen. Ada Brill (I-Vt.)", "(D-Calif.)": a party letter and a state in
# brackets after a legislator's name is a label, not the pronoun 'I'.
_PARTY_TAG = re.compile(r"\(\s*$")


def party_tag(text: str, start: int) -> bool:
    """Whether the word at `start` opens a bracketed tag such as "(I-Vt.)"."""
    return _PARTY_TAG.search(text, max(0, start - 3), start) is not None and (
        text[start + 1 : start + 2] in ("-", "–", "—", ")"))


# group: record scope. "the longest shutdown in US history", "the lowest rate since 1987", "the
# hottest year on record", "the largest ever recorded": a superlative bounded by a period or a
# record is a ranking against that record, checkable, not a judgement.
_RECORD_SCOPE = re.compile(
    r"[\w\s’'-]{0,40}?\b(?:in\s+(?:[\w.’'-]+\s+){0,3}history|since\s+(?:the\s+)?[\w.’'-]+|"
    r"on\s+record|ever\s+(?:recorded|measured|held|seen)|in\s+(?:more\s+than\s+|nearly\s+|"
    r"over\s+)?(?:a\s+|\d+\s+|[a-z]+\s+)?(?:decades?|years|centur(?:y|ies)))\b",
    re.IGNORECASE,
)


def record_scope(text: str, end: int, superlative: str = "") -> bool:
    """Whether the superlative ending at `end` is bounded by a record ("in US history") and
    ranks by a measure, not a judgement (`predicates.appraising_rank`)."""
    return _RECORD_SCOPE.match(text, end) is not None and not appraising_rank(superlative)
