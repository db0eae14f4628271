"""Write the neutral summary from labelled sentences, within its length budget.

Order: verifiable reporting first (the sentences that say most about what the article is
about, see `summary/rank.py`), each compressed (`summary/compress.py`) and naming its
source; then what the article alleges without support, worded as an allegation with who
alleges it; then one overview line, where the author's opinion appears as the author's
view. A headline is never a point. A reporting point never rests on an allegation.

Only labelled sentences come in: the speaker's sentence and the cue evidence are fields
of each sentence (`speaker_id`, `evidence`), never detected again here nor read back from
the prose reasons.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from summarizer.offline.cues import quote_spans
from summarizer.offline.evidence import has, unsourced_accusation
from summarizer.schema import AttributionType, Category, Confidence, Sentence, SummaryPoint
from summarizer.summary import rank
from summarizer.summary.allegation import allegation_text, specificity
from summarizer.summary.budget import DEFAULT_POINTS, word_budget, words
from summarizer.summary.compress import MAX_POINT_WORDS, compress
from summarizer.summary.cuts import signpost
from summarizer.summary.framing import drop_modifiers, framing_words
from summarizer.summary.pronouns import LOOK_BACK, resolve, unresolved_lead
from summarizer.summary.sourcing import (
    credits_source,
    lower_case_words,
    source_phrase,
    with_source,
)
from summarizer.text.headline import headline_sentence

_FINAL = (".", "?", "!", "’", "”", '"', "'")
_QUOTES = "“”‘\""
MAX_VIEW_WORDS = 22


def compose_summary(sentences: list[Sentence], *, points: int = DEFAULT_POINTS
                    ) -> list[SummaryPoint]:
    """Compose the neutral summary from labelled sentences.

    Args:
        sentences: every sentence of the article, labelled (by any engine), with the
            offline evidence behind each label.
        points: the most points, the overview line included.

    Returns:
        Reporting points (most central first), allegation points worded as allegations,
        and one overview line; within the budget of `summary/budget.py`.
    """
    title = headline_sentence(sentences)
    body = [s for s in sentences if s is not title]
    lead = next((s for s in body if s.text.rstrip().endswith(_FINAL)), None)
    score = rank.scores(body, lead.id if lead else None)
    insinuating = {s.id: found for s in body if s.category in _VERIFIABLE
                   and (found := _insinuates(s))}
    overview = _overview(sentences)
    budget = word_budget(sum(words(s.text) for s in sentences))
    slots = max(1, points - 1)

    # The most specific charge first (see `summary/allegation.py`), then the most central.
    alleged = sorted((s for s in body if s.category is Category.UNSUPPORTED_ALLEGATION
                      or s.id in insinuating), key=lambda s: (-specificity(s), -score[s.id]))
    near = _neighbourhoods(sentences)
    common = lower_case_words([s.text for s in sentences])
    allegation_points = _Points(
        alleged, lambda s: _allegation_point(s, near[s.id], insinuating, common))
    reporting = sorted((s for s in body if s.category in _VERIFIABLE
                        and s.id not in insinuating and s.text.rstrip().endswith(_FINAL)),
                       key=lambda s: (s is not lead, -score[s.id], _index(s)))
    reporting_points = _Points(reporting, lambda s: _reporting_point(s, near[s.id]))

    first = reporting_points.first()
    cap = max(1, slots // 3) if first is not None else slots
    alleging = len(allegation_points.take(cap)) if slots >= 2 or first is None else 0
    # Room kept for the first (most specific) allegation, not merely the shortest.
    reserve = words(allegation_points.take(1)[0].text) if alleging else 0
    # The lead carries the main fact: it is taken whenever it fits at all.
    chosen = _fit([first], 1, budget) if lead and first is not None and (
        first.sentence_ids[0] == lead.id) and slots > alleging else []
    chosen += _fit(reporting_points.after(len(chosen)), slots - alleging - len(chosen),
                   budget - reserve - sum(words(p.text) for p in chosen))
    budget -= sum(words(p.text) for p in chosen)
    chosen += _fit(allegation_points, slots - len(chosen), budget)
    if points > 1 or not chosen:
        chosen.append(_with_view(overview, body, score))
    return chosen


_VERIFIABLE = (Category.REPORTED_FACT, Category.ATTRIBUTED_STATEMENT)


def _neighbourhoods(sentences: list[Sentence]) -> dict[str, list[Sentence]]:
    """Sentence id -> the sentences a pronoun in it may refer to (its speaker's, the few
    before it) and itself: what `pronouns.resolve` reads, in constant size per sentence,
    so composing stays linear in the article's length."""
    by_id = {s.id: s for s in sentences}
    out: dict[str, list[Sentence]] = {}
    for k, sentence in enumerate(sentences):
        window = sentences[max(0, k - LOOK_BACK):k + 1]
        speaker = by_id.get(sentence.speaker_id or "")
        out[sentence.id] = ([speaker] if speaker is not None and speaker not in window
                            else []) + window
    return out


def point_for(sentence: Sentence, sentences: list[Sentence], limit: int = MAX_POINT_WORDS
              ) -> SummaryPoint | None:
    """The point one sentence would make, before any choice or budget: a reporting point
    for verifiable reporting, an allegation point for an allegation (or an accusation no
    named source stands behind), None for opinion or a sentence that cannot be a point.
    A reporting point is compressed to `limit` words before its source is named."""
    accusing = _insinuates(sentence) if sentence.category in _VERIFIABLE else []
    if sentence.category is Category.UNSUPPORTED_ALLEGATION or accusing:
        return _allegation_point(sentence, sentences, {sentence.id: accusing} if accusing
                                 else {})
    if sentence.category in _VERIFIABLE:
        return _reporting_point(sentence, sentences, limit)
    return None


class _Points:
    """The points of candidate sentences, in their order, each made only when asked for:
    a summary keeps three to five of an article's many candidates, and compressing every
    candidate first would spend most of the engine's time on points nobody reads."""

    def __init__(self, sentences: list[Sentence],
                 make: Callable[[Sentence], SummaryPoint | None]) -> None:
        self._todo = iter(sentences)
        self._make = make
        self._made: list[SummaryPoint] = []

    def take(self, count: int) -> list[SummaryPoint]:
        """The first `count` points (fewer when the candidates run out)."""
        while len(self._made) < count:
            sentence = next(self._todo, None)
            if sentence is None:
                break
            point = self._make(sentence)
            if point is not None:
                self._made.append(point)
        return self._made[:count]

    def first(self) -> SummaryPoint | None:
        """The first point, if any candidate makes one."""
        made = self.take(1)
        return made[0] if made else None

    def after(self, skip: int) -> Iterator[SummaryPoint]:
        """The points after the first `skip`, made as the caller goes."""
        k = skip
        while made := self.take(k + 1)[k:]:
            yield made[0]
            k += 1

    def __iter__(self) -> Iterator[SummaryPoint]:
        return self.after(0)


def _fit(candidates: Iterable[SummaryPoint], slots: int, budget: int) -> list[SummaryPoint]:
    chosen: list[SummaryPoint] = []
    if slots <= 0:
        return chosen
    for point in candidates:  # stops as soon as the slots are full: no point made in vain
        if words(point.text) <= budget:
            chosen.append(point)
            budget -= words(point.text)
            if len(chosen) >= slots:
                break
    return chosen


def _reporting_point(sentence: Sentence, sentences: list[Sentence],
                     limit: int = MAX_POINT_WORDS) -> SummaryPoint | None:
    text = sentence.text.strip()
    quotation = has(sentence.evidence, "continues_quote") or has(sentence.evidence, "whole_quote")
    if quotation and not any(c in _QUOTES for c in text):  # the middle of a quotation
        text = f"“{text}”"
    attributed = (sentence.category is Category.ATTRIBUTED_STATEMENT
                  or sentence.attribution.type is not AttributionType.NONE)
    compressed = compress(text, attributed=attributed, limit=limit)
    if compressed is not None:  # the writer's judgement around a reported event goes
        compressed = drop_modifiers(compressed, framing_words(sentence.reasons))
    if compressed is None:
        return None
    compressed, extra = resolve(compressed, sentence, sentences)
    source = sentence.attribution.source
    if attributed:
        if not source:
            return None  # an attributed point must say whose words these are
        phrase = source_phrase(sentence.text, source)
        if phrase is not None and not credits_source(compressed, sentence.text, source):
            compressed = with_source(compressed, phrase, sentence.attribution.type,
                                     lower_case_words([s.text for s in sentences]))
    if unresolved_lead(compressed) or signpost(compressed) or _first_person(compressed):
        return None
    confidence = sentence.confidence
    reasons = [f"{sentence.category.value} ({confidence.value})", *sentence.reasons[:2]]
    hedged = any(e.kind == "hedge" and not e.quoted for e in sentence.evidence)
    if hedged and confidence is Confidence.HIGH:
        confidence = Confidence.MEDIUM  # "reportedly" stays in the point, so does the doubt
        reasons.append("hedged in the article: never above medium")
    ids = [sentence.id, *_speaker_ids(sentence), *extra]
    return SummaryPoint(text=compressed, kind="reporting", confidence=confidence,
                        sentence_ids=list(dict.fromkeys(ids)), reasons=reasons)


# The writer's or a speaker's "I", "my", "we" outside quotation marks: away from its
# sentence it names nobody, and in the author's voice it is a personal account, not news.
# ("I. Lewis Libby": an initial; "World War I": a numeral.)
_FIRST_PERSON = re.compile(r"(?<!War )\b(?:I(?!\.)|I['’]m|I['’]ve|me|my|mine|we|We|we['’]ve|"
                           r"We['’]ve|us|our|Our|ours|My)\b")


def _first_person(text: str) -> bool:
    quoted = quote_spans(text)
    return any(not any(s <= m.start() < e for s, e in quoted)
               for m in _FIRST_PERSON.finditer(text))


def _allegation_point(sentence: Sentence, sentences: list[Sentence],
                      insinuating: dict[str, list[str]], common: frozenset[str] | None = None
                      ) -> SummaryPoint | None:
    text = allegation_text(sentence, lower_case_words([s.text for s in sentences])
                           if common is None else common)
    if text is None:
        return None
    text, extra = resolve(text, sentence, sentences)
    if sentence.id in insinuating:
        why = [f"labelled {sentence.category.value}, but accuses with no named source: "
               + ", ".join(f"'{w}'" for w in insinuating[sentence.id][:3])]
    else:
        why = ["unsupported_allegation: worded as what the article alleges"]
    ids = [sentence.id, *_speaker_ids(sentence), *extra]
    return SummaryPoint(text=text, kind="allegation", confidence=Confidence.UNSUPPORTED,
                        sentence_ids=list(dict.fromkeys(ids)),
                        reasons=[*why, *sentence.reasons[:2]])


def _speaker_ids(sentence: Sentence) -> list[str]:
    """The sentence that names the speaker, when context resolved it (see offline/engine.py)."""
    cited = sentence.speaker_id
    return [cited] if cited is not None and cited != sentence.id else []


def _insinuates(sentence: Sentence) -> list[str]:
    """The accusing words of a sentence no named source stands behind (the offline rule,
    whoever labelled it); empty when it accuses no one."""
    if sentence.attribution.type not in (AttributionType.NONE, AttributionType.ANONYMOUS):
        return []
    anonymous = (sentence.attribution.type is AttributionType.ANONYMOUS
                 or has(sentence.evidence, "anonymous_source"))
    return unsourced_accusation(sentence.evidence, anonymous=anonymous)


def _overview(sentences: list[Sentence]) -> SummaryPoint:
    opinion = [s for s in sentences if s.category is Category.OPINION]
    alleged = sum(1 for s in sentences if s.category is Category.UNSUPPORTED_ALLEGATION)
    verifiable = len(sentences) - len(opinion) - alleged
    noun = "sentence" if len(sentences) == 1 else "sentences"
    text = (f"Of {len(sentences)} {noun}: {verifiable} reporting, {alleged} unsourced "
            f"{'allegation' if alleged == 1 else 'allegations'}, {len(opinion)} opinion.")
    return SummaryPoint(text=text, kind="overview", confidence=Confidence.NOT_APPLICABLE,
                        sentence_ids=[s.id for s in opinion],
                        reasons=["counted from the sentence labels"])


def _with_view(overview: SummaryPoint, body: list[Sentence], score: dict[str, float]
               ) -> SummaryPoint:
    """Add the author's main view, said to be the author's, within the overview's 35 words."""
    opinion = sorted((s for s in body if s.category is Category.OPINION
                      and s.text.rstrip().endswith(_FINAL)), key=lambda s: -score[s.id])
    for sentence in opinion[:3]:
        view = compress(sentence.text, attributed=True)
        if view is None or unresolved_lead(view) or words(view) > MAX_VIEW_WORDS:
            continue
        if view.endswith("?") or words(view) + 3 + words(overview.text) > MAX_POINT_WORDS:
            continue  # a rhetorical question is not a view a reader can restate
        text = f"{overview.text} The author’s view: {view}"
        return overview.model_copy(update={"text": text})
    return overview


def _index(sentence: Sentence) -> int:
    return int(sentence.id[1:]) if sentence.id[1:].isdigit() else 0
