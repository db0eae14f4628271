"""Word an unsupported allegation as one: who alleges it, and that nothing supports it.

"Critics alleged, without evidence given, that Osei covered up the warnings." The
alleger is the unnamed source as the article writes it ("Critics", "three people
familiar with the matter"), its loaded words swapped for neutral ones like the rest of
the point, or the article itself when nobody is given. The allegation's own words stay
(its loaded words shown quoted, as the alleger's), so a reader sees exactly what is
alleged and by whom, never as a fact; the alleger is named once, in the frame.

Which allegation a summary reports first: the most specific charge. A reader can check,
or at least weigh, "the administration siphoned billions through shell companies" (who
did what, how much); "critics argue it signals a pattern of exploitation" is the same
suspicion without a charge in it. Specificity counts the accusation's concrete parts
(the accusing words, an amount, a named target) less its vagueness (insinuation cues
such as "pattern of", a modal "may" or "could", a verb of opinion such as "argue").
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.offline.cues import quote_spans
from summarizer.offline.evidence import words
from summarizer.offline.hearsay import hearsay_frame
from summarizer.offline.loaded import neutralize
from summarizer.schema import AttributionType, Sentence
from summarizer.summary.clauses import has_finite_verb, has_main_clause
from summarizer.summary.compress import MAX_POINT_WORDS, compress, plain
from summarizer.summary.sourcing import lower_first
from summarizer.text import lexicon

_QUOTE_OPEN = "‘“\"'"
# Besides the lexicon's verbs of saying: "Critics charge that ..." (the labeller's list leaves
# "charge" out, where it is as often the legal noun).
_OWN_VERBS = ("charge", "charges")
MAX_WHO_WORDS = 8  # "a person familiar with the harbour deal": the whole phrase
# A personal pronoun as the alleged clause's subject ("It's the first ...", "They hid ...")
# stands for something the point does not name ("these reports" at least names reports).
_BARE_PRONOUN = re.compile(r"(?:he|she|it|they|we|you|i)(?:['’](?:s|re|ll|d|ve))?\b",
                           re.IGNORECASE)
_AMOUNT = re.compile(r"\d|\b(?:millions?|billions?|trillions?|thousands?|hundreds?)\b",
                     re.IGNORECASE)
_VAGUE = re.compile(r"\b(?:may|might|could|would|argue[sd]?|suggest(?:s|ed)?|believe[sd]?|"
                    r"speculation|signals?|perhaps|possibly)\b", re.IGNORECASE)


@cache
def _verbs() -> str:
    """Verbs with which a source states or alleges: the lexicon's verbs of saying and
    `_OWN_VERBS`."""
    verbs = set(_OWN_VERBS) | lexicon.words("sources", "reporting_verbs")
    return "(?:" + "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True)) + ")"


def specificity(sentence: Sentence) -> float:
    """How concrete the charge is: accusing words, an amount and a named target count for
    it; insinuation cues and speculative or opinion wording count against it."""
    kinds = [e.kind for e in sentence.evidence if not e.quoted]
    score = float(len({e.text.lower() for e in sentence.evidence if e.kind == "accusation"}))
    score += 1.0 if _AMOUNT.search(sentence.text) else 0.0
    score += 0.5 if "target" in kinds else 0.0
    score -= 0.5 * kinds.count("insinuation")
    score -= 1.0 if _VAGUE.search(sentence.text) else 0.0
    return score


def allegation_text(sentence: Sentence, common: frozenset[str] | None = None) -> str | None:
    """The allegation worded as one, or None when it cannot be said within a point.

    Args:
        sentence: the allegation.
        common: the words its article writes in lower case (`sourcing.lower_case_words`),
            to tell a name from a word capitalised only because it opened the sentence.
    """
    source = sentence.attribution.source
    body = plain(sentence.text)
    inner = False  # the clause after the frame began inside the sentence: its case is as written
    if sentence.attribution.type is AttributionType.ANONYMOUS and source and not _noun_after(
            body, source):
        if re.search(rf"{re.escape(source)}\s+(?:\w+\s+)?(?:accus|charg)\w*\s+(?!that\b)", body,
                     re.IGNORECASE):
            # "Critics accused X of Y-ing": the verb takes an object, not a clause, so
            # "alleged that X of Y-ing" would be no sentence; the point is not made.
            return None
        opening = _opening_speaker(source).match(body)
        if opening is not None and re.match(r"(?:accus|charg)", opening.group("verb"),
                                            re.IGNORECASE) and not opening.group("that"):
            return None  # "Workers, who ..., accused Ruiz of hiding ...": an object, no clause
        if opening is not None:  # "A person familiar with the deal, who ..., said X": X
            source, body, inner = opening.group("np").strip(), opening.group("rest"), True
            source = _CONJUNCTION.sub("", source)  # "But sources close to the club said"
        who = neutralize(_short(source))
        frame = f"{who[:1].upper()}{who[1:]} alleged, without evidence given,"
        body = _without_source(body, source)
    else:
        frame = "The article alleges, without a named source,"
        start = hearsay_frame(body)  # "Rumours have circulated that X": the frame says it
        if start is not None and has_main_clause(body[start:]):
            body, inner = body[start:], True
    compressed = compress(body, attributed=True, limit=MAX_POINT_WORDS - len(frame.split()) - 1)
    if compressed is None or speaker_line(compressed) or _BARE_PRONOUN.match(compressed):
        return None  # "alleges that it's ..." names nothing a reader can weigh
    if not _keeps_accusation(compressed, sentence):
        return None  # cut down to "officials sent a dozen workers.": the charge is gone
    if compressed[:1] in _QUOTE_OPEN:
        spans = quote_spans(compressed)
        quote = compressed[: spans[0][1]] if spans else compressed
        return f"{frame.rstrip(',')}: {quote.rstrip(',')}"
    clause = _said_once(compressed)
    if inner and body[:1].islower():
        clause = clause[:1].lower() + clause[1:]
    return f"{frame} that {lower_first(clause, common)}"


def _keeps_accusation(text: str, sentence: Sentence) -> bool:
    """The compressed clause still holds a word the sentence accuses with (or the neutral
    word it was swapped for): a cut that dropped every one leaves a plain statement, which
    worded as an allegation would say the article alleges what it only reports. True when
    the label records no accusing words (a model's label)."""
    cues = words(sentence.evidence, "accusation") + words(sentence.evidence, "insinuation")
    lowered = text.lower()
    return not cues or any(c.lower() in lowered or neutralize(c).lower() in lowered
                           for c in cues)


_ALLEGEDLY = re.compile(r"\ballegedly\s+", re.IGNORECASE)


def _said_once(clause: str) -> str:
    """The clause without an 'allegedly' of its own: after "X alleged that", "had allegedly
    siphoned" says twice that the claim is alleged (a quotation keeps its words)."""
    quoted = quote_spans(clause)
    return _ALLEGEDLY.sub(
        lambda m: m.group() if any(s <= m.start() < e for s, e in quoted) else "", clause)


# One of anything: a singular subject, whose present-tense verb takes an -s ("a source claims").
_SINGULAR = re.compile(r"(?:a|an|one|this|that|another)\s", re.IGNORECASE)
_BARE_SPEECH = re.compile(r"\s+(?:claim|report|suggestion|allegation|rumou?r|story)\b")


def _noun_after(body: str, source: str) -> bool:
    """True when what follows a singular "source" is a bare form ("A similar claim appeared
    ..."): a singular subject's verb would agree ("claims"), so the word is the head noun of
    the subject, which the recorded source cut short; no one is named to frame the point."""
    at = body.find(source)
    return at >= 0 and _SINGULAR.match(source) is not None and _BARE_SPEECH.match(
        body, at + len(source)) is not None


def speaker_line(text: str) -> bool:
    """True for a headline-like "Name: “quote”" line: a colon outside quotation marks after
    words without a verb. The words before the colon name the speaker of what follows,
    so the line is a quotation with its speaker, not a clause "X alleges that" can take
    ("alleges that Sen. Ruiz: “...”" is no sentence)."""
    quoted = quote_spans(text)
    colon = next((m.start() for m in re.finditer(r":\s", text)
                  if not any(s <= m.start() < e for s, e in quoted)), None)
    return colon is not None and not has_finite_verb(text[:colon])


def _opening_speaker(source: str) -> re.Pattern[str]:
    """The sentence opening with its unnamed speaker's noun phrase (the recorded source and
    the words that finish the phrase), an aside between commas, then the verb of saying: what
    follows the verb is the allegation itself."""
    return re.compile(rf"^(?P<np>[^,;:“”\"]{{0,40}}?{re.escape(source)}[^,.;:“”\"]{{0,60}}?)"
                      rf"(?:\s*,[^,]{{1,120}},)?\s+(?:\w+\s+)?(?P<verb>{_verbs()})\s+(?P<that>that\s+)?"
                      rf"(?P<rest>.+)$", re.IGNORECASE | re.DOTALL)


_CONJUNCTION = re.compile(r"^(?:But|And|Yet|So|Now|However|Meanwhile|Still),?\s+")


def _short(source: str) -> str:
    """'a whistleblower who worked on a previous aid package' -> 'a whistleblower'."""
    head = re.split(r"\s+(?:who|which|that)\b|,", source, maxsplit=1)[0]
    return " ".join(head.split()[:MAX_WHO_WORDS])


def _without_source(body: str, source: str) -> str:
    """The allegation without its source's frame, so the source is said once, in the
    point's own frame: 'Critics argue that X' -> 'X'; 'Earlier, an exposé revealed that X'
    -> 'X'; 'X, according to insiders.' and 'X, insiders claim.' -> 'X.'"""
    src = re.escape(source)
    found = re.search(rf"{src}\s+(?:\w+\s+)?{_verbs()}\s+(?:that\s+)?(?P<rest>.+)$", body,
                      re.IGNORECASE | re.DOTALL)
    if found:
        rest = found.group("rest")
        return rest[:1].upper() + rest[1:]
    trimmed = re.sub(rf",?\s+(?:(?:according to|{_verbs()})\s+{src}|{src}\s+{_verbs()})"
                     rf"\s*(?=[.!?]?$)", "", body, flags=re.IGNORECASE)
    return trimmed
