"""The offline engine: deterministic, no network, no model weights.

Segments the article, finds cues in each sentence, resolves speakers from
context (a pronoun, or a bare quotation continuing someone's words), labels
every sentence, then writes the summary and finds loaded language.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from summarizer.inputs.article import Article
from summarizer.offline import source_shapes as shapes
from summarizer.offline.classify import author_pronoun, classify
from summarizer.offline.cues import SentenceCues, detect, leaves_quote_open
from summarizer.offline.disputes import mark_disputes
from summarizer.offline.evidence import UNNAMED_SPEAKER
from summarizer.offline.label import Label
from summarizer.offline.loaded import find_loaded
from summarizer.offline.sources import Source
from summarizer.offline.turns import interview_turns
from summarizer.schema import (
    Attribution,
    AttributionType,
    Category,
    Confidence,
    EngineInfo,
    Evidence,
    Report,
    Sentence,
    count_categories,
)
from summarizer.summary.compose import compose_summary
from summarizer.text.language import looks_english
from summarizer.text.segment import Span, segment
from summarizer.version import __version__

_LOOKBACK = 3  # sentences searched for the person a pronoun refers to
NOT_ENGLISH = ("the text does not look like English: the offline cues are English word "
               "lists, so these labels are unreliable (use an LLM engine for other languages)")
_POINTS_BACK = frozenset({"came from", "comes from", "come from"})  # "The warning came from X"


@dataclass(frozen=True)
class _Resolved:
    """A speaker found from context, the reason saying so, and where it is named."""

    speaker: Source
    note: str
    cited: int | None = None  # index of the sentence that names the speaker
    evidence: Evidence | None = None  # the context evidence: pronoun, continued quotation


def label_sentences(text: str) -> list[Sentence]:
    """Segment `text` and label every sentence with the offline cues.

    Args:
        text: the article text; offsets in the result refer to it.

    Returns:
        Sentences "S1".."Sn" in reading order, each labelled with reasons and the
        evidence behind them, with the id of the sentence naming a speaker resolved
        from context.
    """
    spans = segment(text)
    all_cues = _detect_all(text, spans)
    labels: list[Label] = []
    speakers: list[Source | None] = []
    speaker_ids: list[str | None] = []
    paragraph_of = [s.paragraph for s in spans]  # once, not per sentence: linear time
    names_seen = False  # whether any earlier sentence names someone a pronoun could mean
    for index, cues in enumerate(all_cues):
        resolved = _resolve_speaker(index, all_cues, speakers, spans_paragraphs=paragraph_of)
        speaker = resolved.speaker if resolved else None
        label = classify(cues, speaker)
        if speaker is None and cues.source is not None and cues.source.pronoun and not names_seen:
            label = _never_named(cues.source, label.evidence)
        names_seen = names_seen or cues.has("proper_noun")
        if resolved is not None:
            label.reasons.insert(0, resolved.note)
            label.evidence[:0] = [resolved.evidence] if resolved.evidence else []
        continues_previous = bool(speakers) and speaker is not None and speaker is speakers[-1]
        if resolved and continues_previous and cues.whole_quote and _continues_allegation(
            labels[-1], speaker
        ):
            label = Label(Category.UNSUPPORTED_ALLEGATION, label.attribution,
                          labels[-1].confidence,
                          [resolved.note, "continues a quotation that makes an accusation "
                           "with no named source"], label.evidence)
        labels.append(label)
        speakers.append(speaker or cues.source)
        cited = resolved.cited if resolved else None
        speaker_ids.append(None if cited is None else f"S{cited + 1}")
    interview_turns(text, spans, all_cues, labels, speakers, speaker_ids)
    _same_name_same_kind(labels, text)
    sentences = [
        Sentence(
            id=f"S{i}",
            paragraph=span.paragraph,
            start=span.start,
            end=span.end,
            text=text[span.start : span.end],
            category=label.category,
            attribution=label.attribution,
            confidence=label.confidence,
            reasons=label.reasons,
            labelled_by="offline",
            speaker_id=speaker_id,
            evidence=label.evidence,
        )
        for i, (span, label, speaker_id) in enumerate(
            zip(spans, labels, speaker_ids, strict=True), start=1
        )
    ]
    return mark_disputes(sentences)


def _same_name_same_kind(labels: list[Label], text: str) -> None:
    """A name refers to the same entity throughout an article: once an apposition or a word
    of its name shows that "Grid North" is an organisation, a bare "Grid North said" is too.
    A name taken up by 'which' anywhere in the article ("Veltrix, which makes cereal, ...") is
    a thing, and so is a name after an organisation noun, in apposition or as a classifier
    ("his company, Brenn Homes,", "Budget airline Skyvale"); the first word of an
    organisation's name is its short form ("Pellam" after "Pellam Bakeries"), as a surname is
    of a person's. Titles of people ('leader') are no organisation nouns. A one-word name never
    written as the end of a full name or after a title is no surname but a body's name."""
    if not any(label.attribution.type is AttributionType.NAMED_PERSON for label in labels):
        return
    organisations = {label.attribution.source for label in labels
                     if label.attribution.type is AttributionType.NAMED_ORGANIZATION
                     and label.attribution.source}
    short = {name.split()[0] for name in organisations if " " in name and name[0].isupper()}
    for label in labels:
        name = label.attribution.source
        if label.attribution.type is AttributionType.NAMED_PERSON and name and (
                name in organisations or name in short or shapes.thing_named(text, name)
                or shapes.bare_name_only(text, name)):
            label.attribution = Attribution(type=AttributionType.NAMED_ORGANIZATION,
                                            source=name)


def _detect_all(text: str, spans: list[Span]) -> list[SentenceCues]:
    """Cues of every sentence, knowing when a quotation opened earlier in the paragraph
    is still open (its middle sentences carry no quotation marks of their own)."""
    found: list[SentenceCues] = []
    open_quote = False
    for i, span in enumerate(spans):
        inside = open_quote and i > 0 and spans[i - 1].paragraph == span.paragraph
        sentence = text[span.start : span.end]
        cues = detect(sentence, inside_quote=inside)
        open_quote = leaves_quote_open(cues.text, cues.quote_spans, inside)
        found.append(cues)
    return found


def _never_named(source: Source, evidence: list[Evidence]) -> Label:
    """'"We will win," she said' in an article that names no one: an unnamed speaker."""
    return Label(Category.ATTRIBUTED_STATEMENT,
                 Attribution(type=AttributionType.ANONYMOUS, source=source.text),
                 Confidence.LOW,
                 [f"speaker '{source.text}' (reporting verb '{source.verb}'): the article "
                  "names no one before this", "no name a reader could check"], evidence)


def _continues_allegation(previous: Label, speaker: Source | None) -> bool:
    return (
        previous.category is Category.UNSUPPORTED_ALLEGATION
        and speaker is not None
        and speaker.type is AttributionType.ANONYMOUS
    )


def _resolve_speaker(
    index: int,
    all_cues: list[SentenceCues],
    speakers: list[Source | None],
    spans_paragraphs: list[int],
) -> _Resolved | None:
    """The speaker of sentence `index` when context, not the sentence, names it."""
    source = all_cues[index].source
    if source is not None and source.pronoun and not author_pronoun(source):
        return _resolve_pronoun(index, source, speakers)
    if source is not None or not all_cues[index].whole_quote:
        return None
    for other in (index - 1, index + 1):
        if not 0 <= other < len(all_cues) or spans_paragraphs[other] != spans_paragraphs[index]:
            continue
        other_source = speakers[other] if other < index else all_cues[other].source
        if other_source is None or other_source.pronoun:
            continue
        if _carries_quote(all_cues[other], other_source, before=other < index):
            return _Resolved(other_source, f"quotation continues the words of "
                             f"'{other_source.text}' (S{other + 1})", other,
                             Evidence(kind="continues_quote",
                                      text=other_source.text or UNNAMED_SPEAKER))
    unknown = Source(AttributionType.ANONYMOUS, "", "quoted", named=False)
    return _Resolved(unknown, "a quotation with no speaker named nearby")


def _resolve_pronoun(index: int, source: Source, speakers: list[Source | None]) -> _Resolved | None:
    """'she emphasized' -> the person named as a speaker in the last few sentences."""
    for back in range(index - 1, max(-1, index - 1 - _LOOKBACK), -1):
        earlier = speakers[back]
        if earlier is None or not earlier.named or earlier.pronoun:
            continue
        if earlier.type is AttributionType.NAMED_PERSON or earlier.outlet:
            name = _person_of(earlier)
            resolved = replace(source, type=AttributionType.NAMED_PERSON, text=name,
                               named=True, pronoun=False)
            return _Resolved(resolved, f"speaker '{source.text}' resolved to '{name}' "
                             f"(S{back + 1})", back,
                             Evidence(kind="speaker_pronoun", text=source.text))
    return None


def _carries_quote(cues: SentenceCues, source: Source, *, before: bool) -> bool:
    """Whether a neighbour's speaker also speaks a bare quotation next to it.

    The sentence before must quote too; the sentence after must open with the end
    of the quotation ("... falling,” Silva said") or point back ("The warning came from").
    """
    if source.verb in _POINTS_BACK:
        return True
    if not cues.quote_spans:
        # "He said she was known for ... . “She never once lost her temper.”": a bare
        # quotation after a named speaker's sentence is, by convention, that speaker's words
        return before and source.named
    return before or cues.quote_spans[0][0] == 0


def _person_of(source: Source) -> str:
    """The person inside 'Trump, in a statement to the Financial Times'."""
    if source.outlet and "," in source.text:
        return source.text.split(",", 1)[0].strip()
    return source.text


def analyze_offline(article: Article) -> Report:
    """Analyse one article with the offline engine.

    Args:
        article: the article to analyse.

    Returns:
        The balanced report; `engine.name` is "offline".
    """
    sentences = label_sentences(article.text)
    return Report(
        title=article.title,
        source=article.source,
        text=article.text,
        sentences=sentences,
        summary=compose_summary(sentences),
        loaded_language=find_loaded(article.text, sentences),
        counts=count_categories(sentences),
        engine=EngineInfo(name="offline", version=__version__),
        warnings=language_warnings(article.text),
    )


def language_warnings(text: str) -> list[str]:
    """The warning that the offline cues do not fit the text's language, if they do not."""
    return [] if looks_english(text) else [NOT_ENGLISH]


def categorize(text: str) -> Category:
    """The offline category of `text` taken as one sentence (as in labelled data sets).

    No re-segmentation: a data set's sentence is labelled whole, and with no
    context, a pronoun speaker stays unresolved.
    """
    return classify(detect(text.strip())).category
