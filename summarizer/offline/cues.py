"""Linguistic cues found in one sentence, with offsets into that sentence.

Cues are facts about wording, not judgements: `classify.py` weighs them. Text
inside quotation marks is the speaker's, not the author's, so every cue records
whether it sits inside a quotation.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer.offline.cue_kinds import phrase_matcher, word_kinds
from summarizer.offline.phrases import fold
from summarizer.offline.sources import Source, find_source
from summarizer.text import lexicon
from summarizer.text.normalize import View, normalize

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")  # letters, with inner ' and -
_NUMBER = re.compile(
    r"(?:[$€£]\s?)?\b\d(?:[\d,.]*\d)?"
    r"(?:\s?(?:%|percent|per cent|million|billion|trillion)|(?:bn|tn|m|k)\b)?"
)
_DATE = re.compile(
    r"\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\s+\d{1,4}\b|"
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?:19|20)\d\d\b"
)
_SUPERLATIVE = re.compile(
    r"(?<!\bat )\b(?:most|least)\s+[a-z]{2,}(?:ous|ive|able|ible|ful|less|al|ic|ent|ant|ing|ed|y|"
    r"ile|ar|ate|ise|ize)\b|\b[a-z]{3,}est\b|\b(?:best|worst)\b"
)
_MOST = re.compile(r"\b(?:most|least)\s+(?P<word>[a-z]{3,})\b")
_COMPARATIVE = re.compile(r"\b(?:more|less)\s+[a-z]{3,}\b(?!\s+than\s+\d)")
# A salutation: 'good' before a time of day, 'welcome' before 'to' or 'back' (a liveblog's or a
# broadcast's opening, "Good evening and welcome to our coverage"). Phatic words greet the reader;
# they evaluate nothing.
# 'every' before a unit of time is a frequency ("every week for forty years", "every 12
# minutes"): a checkable rate, not a sweeping claim about a whole group.
_FREQUENCY = re.compile(r"\s+(?:(?:other|single|\d+|two|three|four|five|six|ten|few)\s+)?"
                        r"(?:days?|weeks?|months?|years?|mornings?|evenings?|nights?|weekdays?|"
                        r"weekends?|hours?|minutes?|seasons?|(?:mon|tues|wednes|thurs|fri|satur|"
                        r"sun)days?)\b", re.IGNORECASE)
_GREETING = re.compile(r"(?i:good\s+(?:morning|afternoon|evening|night)|welcome\s+(?:to|back))\b")
_NOT_IN_NAMES = frozenset({"evaluative", "intensifier", "allegation_weak", "interpretive_noun"})
_PROPER_NOUN = re.compile(r"(?<=[a-z,;:]\s)[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)*")
# Word shapes in one pass: past tense (lower case, as written), abstract nouns,
# and adjectives by suffix (any case).
_WORD_SHAPES = re.compile(
    r"\b(?:(?P<past_tense>[a-z]{3,}ed|was|were|had|did|said|told|went|took|made|came|gave|began|"
    r"became|saw|met|won|lost|left|rose|fell|paid|sent|held|led|ran|got|found|taught|bought|"
    r"brought|caught|fought|kept|spent|wrote|grew|knew|heard|stood|sat|built|sold|drove|flew|"
    r"spoke|rode|chose|ate|sang|threw|wore|woke|drew|hid|began|struck|swore|shook|"
    # regular pasts too short for the '-ed' shape, and one more irregular one
    r"used|died|owed|fled)"
    r"|(?P<abstract_noun>[a-z]{3,}(?:ism|isms|ity|ities|ness))"
    r"|(?P<adjective>(?i:[a-z]{4,}(?:ous|ive|able|ible|ful|less|ical|ic))))\b"
)
_PRESENT_COPULA = re.compile(r"\b(?:is|are|isn't|aren't|am|'s|’s)\s+(?!\d)(?:not\s+)?"
                             r"(?:a\s+|an\s+|the\s+)?(?:\w+ly\s+)?[a-z]+\b")
_ASIDE = re.compile(r"—[^—]{1,60}—|\s–\s[^–]{1,60}\s–\s|\[[^\]]{3,400}\]|\([^)]{3,400}\)")
_DEMONSTRATIVE_START = re.compile(r"[\W_]*(?P<word>this|that|these|those|it|such|there)\b")
# A sentence whose subject is an interpretation: "The implications of this deal ...".
_FRAMING_SUBJECT = re.compile(
    r"[\W_]*(?:the|this|these|its|their|his|her|our|one)\s+(?:real\s+|true\s+|broader\s+|"
    r"larger\s+|deeper\s+)?(?P<noun>implications?|significance|lesson|lessons|irony|meaning|"
    r"message|stakes|truth|reality|paradox|upshot|bottom line)\b",
)
_SHAPES = (
    ("aside", _ASIDE),
    ("proper_noun", _PROPER_NOUN),
    ("present_copula", _PRESENT_COPULA),
)


# The end of a quotation begun in an earlier sentence: text, then a closing mark
# after punctuation (",” she said"), with no opening mark before it.
# A straight mark closes only right after the punctuation and before a space or the end.
_QUOTE_TAIL = re.compile(r"[^“‘\"]{2,}?[,.!?…](?:\s?[”’]|\"(?=\s|$))")
# Quotation pairs: opening mark, closing mark; curly single closes at a ’ not
# between letters (so apostrophes such as Zelensky’s do not close a quote).
_QUOTE_SPANS = re.compile(
    r"“[^”]*”?|‘(?:[^’]|’(?=[A-Za-z]))*’?|\"[^\"]*\"?|(?<![A-Za-z])'(?=[A-Z])[^']*'(?![A-Za-z])"
)


@dataclass(frozen=True)
class Cue:
    """One cue: its kind, the words as written, offsets in the sentence."""

    kind: str
    text: str
    start: int
    end: int
    quoted: bool = False


@dataclass
class SentenceCues:
    """Everything the cue detector found in one sentence."""

    text: str
    cues: list[Cue] = field(default_factory=list)
    source: Source | None = None
    quote_spans: list[tuple[int, int]] = field(default_factory=list)
    view: View | None = None  # maps offsets in `text` (the matched view) to the sentence

    _by_kind: dict[str, list[Cue]] | None = field(default=None, repr=False, compare=False)

    def find(self, kind: str, *, quoted: bool | None = None) -> list[Cue]:
        """Cues of one kind; `quoted` filters on being inside a quotation."""
        if self._by_kind is None:  # built on first use, once detection is complete
            self._by_kind = {}
            for cue in self.cues:
                self._by_kind.setdefault(cue.kind, []).append(cue)
        found = self._by_kind.get(kind, [])
        if quoted is None:
            return found
        return [c for c in found if c.quoted is quoted]

    def has(self, kind: str, *, quoted: bool | None = None) -> bool:
        """True when at least one cue of this kind fired."""
        return bool(self.find(kind, quoted=quoted))

    @property
    def quoted_share(self) -> float:
        """Share of the sentence's characters inside quotation marks."""
        inside = sum(e - s for s, e in self.quote_spans)
        return inside / max(1, len(self.text))

    @property
    def whole_quote(self) -> bool:
        """True when the sentence is a quotation and nothing else."""
        return bool(self.quote_spans) and self.quoted_share > 0.9


_QUOTE_MARKS = frozenset("“”‘\"")


def leaves_quote_open(text: str, spans: list[tuple[int, int]], inside_quote: bool) -> bool:
    """Whether a quotation is still open at the end of this sentence."""
    if inside_quote and not any(c in _QUOTE_MARKS for c in text):
        return True  # a middle sentence of a quotation
    if not spans:
        return False
    start, end = spans[-1]
    if end < len(text) or end - start < 2:
        return False
    return text[start] in "“\"" and text[end - 1] not in "”\""


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of quoted passages (quotation marks included).

    A quotation opened in an earlier sentence and closed in this one counts from
    the start of this sentence to its closing mark.
    """
    return list(_quote_spans(text))  # a fresh list: callers may extend theirs


@lru_cache(maxsize=2048)
def _quote_spans(text: str) -> tuple[tuple[int, int], ...]:
    # the summary asks again for the same sentences (and their compressed forms) several
    # times an article: remembered, the spans cost one lookup
    spans: list[tuple[int, int]] = []
    tail = _QUOTE_TAIL.match(text)
    if tail:
        spans.append((0, tail.end()))
    offset = spans[0][1] if spans else 0
    spans += [
        (m.start() + offset, m.end() + offset)
        for m in _QUOTE_SPANS.finditer(text[offset:])
        if m.end() - m.start() > 2
    ]
    return tuple(spans)


def _inside(spans: list[tuple[int, int]], start: int) -> bool:
    # spans are sorted and disjoint: bisect keeps detect() linear on many quotes
    i = bisect.bisect_left(spans, (start, -1)) - 1
    return i >= 0 and spans[i][0] < start < spans[i][1]


def detect(text: str, *, inside_quote: bool = False) -> SentenceCues:
    """Find every cue in one sentence.

    Cues are matched on the normalised view of the sentence (`text.normalize`): format
    characters and look-alike letters never hide a word. `SentenceCues.text` and every
    offset refer to that view, which is the sentence itself unless something needed
    normalising; `SentenceCues.view.original_span` maps offsets back to the sentence.

    Args:
        text: the sentence as written.
        inside_quote: True when an earlier sentence opened a quotation still open here;
            a sentence with no quotation mark is then quoted whole.

    Returns:
        The cues, the reporting source if one is named, and the quoted passages.
    """
    view = normalize(text)
    text = view.text
    spans = quote_spans(text)
    if inside_quote and not spans and not any(c in _QUOTE_MARKS for c in text):
        spans = [(0, len(text))]
    result = SentenceCues(text=text, quote_spans=spans, view=view)
    cues = result.cues
    kinds_of = word_kinds()
    not_ly_adverbs = lexicon.words("stance", "not_stance_adverbs", "hedges")

    def add(kind: str, start: int, end: int) -> None:
        cues.append(Cue(kind, text[start:end], start, end, _inside(spans, start)))

    for m in _WORD.finditer(text):
        word = m.group().lower().strip("'’")
        kinds = kinds_of.get(word)
        if kinds is not None:
            proper = m.group()[0].isupper() and not _starts_sentence(text, m.start())
            for kind in kinds:
                if kind == "first_person" and m.group() == "US":
                    continue  # the country
                if proper and kind in _NOT_IN_NAMES:
                    continue  # "EuroPride", "the Conservatives": a name, not a judgement
                if kind == "generalizer" and _FREQUENCY.match(text, m.end()):
                    continue  # "every week", "every 12 minutes": how often, not all of a group
                if kind == "evaluative" and _GREETING.match(text, m.start()):
                    continue  # "Good morning and welcome to ...": a salutation judges nothing
                add(kind, m.start(), m.end())
        if (
            (kinds is None or "evaluative" not in kinds)
            and word.endswith("ly")
            and len(word) > 5
            and word not in not_ly_adverbs
        ):
            add("ly_adverb", m.start(), m.end())
    lower = fold(text)
    for m in _WORD_SHAPES.finditer(text):
        if m.lastgroup is not None:
            add(m.lastgroup, m.start(), m.end())
    framing = _FRAMING_SUBJECT.match(lower)
    if framing:
        add("framing_subject", framing.start("noun"), framing.end("noun"))
    opening = _DEMONSTRATIVE_START.match(lower)
    if opening:
        add("demonstrative_start", opening.start("word"), opening.end("word"))
    for start, end, kinds in phrase_matcher().finditer(lower):
        for kind in kinds:
            add(kind, start, end)
    for m in _NUMBER.finditer(text):
        add("number", m.start(), m.end())
    for m in _DATE.finditer(text):
        add("date", m.start(), m.end())
    not_superlatives = lexicon.words("stance", "not_superlatives")
    ranked = set()
    for m in _SUPERLATIVE.finditer(lower):
        last = m.group().split()[-1]
        if last not in not_superlatives or m.group().startswith(("most ", "least ")):
            add("superlative", m.start(), m.end())
            ranked.add(m.start())
    for m in _MOST.finditer(lower):  # "its most uneven record": 'most' before a judgement
        if m.start() not in ranked and "evaluative" in kinds_of.get(m.group("word"), ()):
            add("superlative", m.start(), m.end())
    for m in _COMPARATIVE.finditer(lower):
        add("comparative", m.start(), m.end())
    for kind, pattern in _SHAPES:
        for m in pattern.finditer(text):
            add(kind, m.start(), m.end())
    stripped = text.rstrip("\"'”’)] ")
    if stripped.endswith("?"):
        add("question", len(stripped) - 1, len(stripped))
    if stripped.endswith("!"):
        add("exclamation", len(stripped) - 1, len(stripped))
    for s, e in spans:
        inner = text[s + 1 : e - 1].strip(" ,.")
        if not inner or len(inner.split()) > 3 or _starts_sentence(text, s):
            continue
        if " " not in inner and inner[0].isupper():
            continue  # a quoted name ('Lenta.Ru'), not a word held at arm's length
        add("scare_quote", s, e)
    result.source = find_source(text, spans)
    cues.sort(key=lambda c: (c.start, c.kind))
    return result


def _starts_sentence(text: str, start: int) -> bool:
    """True at the start of the sentence or of a quotation or clause opened by a colon."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in "‘“\"'(:—–[«"
