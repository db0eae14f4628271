"""Build Reports by hand for digest and HTML tests, independent of any engine.

Labels are given explicitly per sentence, so a test states exactly what an
engine would have said and checks only what the digest or renderer does with it.
"""

from __future__ import annotations

from summarizer.schema import (
    Attribution,
    AttributionType,
    Category,
    Confidence,
    EngineInfo,
    LoadedPhrase,
    Report,
    Sentence,
    SummaryPoint,
    count_categories,
)
from summarizer.text.segment import segment

Label = tuple[Category, AttributionType, str | None, Confidence]
FACT: Label = (Category.REPORTED_FACT, AttributionType.NONE, None, Confidence.MEDIUM)
OPINION: Label = (Category.OPINION, AttributionType.NONE, None, Confidence.NOT_APPLICABLE)
ALLEGATION: Label = (
    Category.UNSUPPORTED_ALLEGATION, AttributionType.ANONYMOUS, "sources", Confidence.UNSUPPORTED
)


def said(source: str, kind: AttributionType = AttributionType.NAMED_PERSON) -> Label:
    """An attributed statement by `source`, medium confidence."""
    return (Category.ATTRIBUTED_STATEMENT, kind, source, Confidence.MEDIUM)


def make_report(
    text: str,
    labels: dict[int, Label] | None = None,
    *,
    title: str | None = None,
    loaded: list[tuple[int, str, str | None]] | None = None,
    engine: str = "offline",
) -> Report:
    """A report of `text`: sentence n (1-based) gets labels[n], else FACT.

    `loaded` lists (sentence number, phrase, neutral alternative) to flag.
    """
    labels = labels or {}
    sentences: list[Sentence] = []
    for n, span in enumerate(segment(text), start=1):
        category, kind, source, confidence = labels.get(n, FACT)
        sentences.append(Sentence(
            id=f"S{n}", paragraph=span.paragraph, start=span.start, end=span.end,
            text=text[span.start:span.end], category=category,
            attribution=Attribution(type=kind, source=source), confidence=confidence,
            reasons=[f"test label: {category.value}"],
        ))
    phrases: list[LoadedPhrase] = []
    for n, phrase, neutral in loaded or []:
        sentence = sentences[n - 1]
        at = sentence.start + sentence.text.index(phrase)
        phrases.append(LoadedPhrase(sentence_id=sentence.id, start=at, end=at + len(phrase),
                                    phrase=phrase, kind="loaded", neutral=neutral))
    summary = [
        SummaryPoint(text=s.text, kind="reporting", confidence=s.confidence,
                     sentence_ids=[s.id])
        for s in sentences if s.category in (Category.REPORTED_FACT,
                                              Category.ATTRIBUTED_STATEMENT)
    ][:3]
    return Report(
        title=title, source=title, text=text, sentences=sentences, summary=summary,
        loaded_language=phrases, counts=count_categories(sentences),
        engine=EngineInfo(name=engine, version="test"),  # type: ignore[arg-type]
    )
