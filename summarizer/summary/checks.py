"""Check a finished summary against the rules it is written by: what a reader relies on.

Each rule reads only the report's fields (its sentences, labels and points), so the same
check holds for either engine's summary:
- the length budget (`summary/budget.py`);
- no point starts with a pronoun a reader cannot resolve on its own;
- no point restates the headline;
- no loaded, intensifying or framing lexicon phrase outside quotation marks;
- a point from an attributed statement names its source;
- an allegation point says it is alleged, and by whom when the source is unnamed.
"""

from __future__ import annotations

from summarizer.schema import AttributionType, Category, Report
from summarizer.summary.budget import DEFAULT_POINTS, restated_words, word_budget, words
from summarizer.summary.compress import MAX_POINT_WORDS, loaded_outside_quotes
from summarizer.summary.pronouns import unresolved_lead
from summarizer.summary.sourcing import credits_source
from summarizer.text.headline import headline_sentence


def summary_problems(report: Report, points: int = DEFAULT_POINTS) -> list[str]:
    """Every way the report's summary breaks the rules; empty when it keeps them all."""
    problems: list[str] = []
    article_words = sum(words(s.text) for s in report.sentences)
    restating = [p for p in report.summary if p.kind != "overview"]
    total = sum(restated_words(p.text) for p in restating)
    if len(report.summary) > points:
        problems.append(f"{len(report.summary)} points, more than {points}")
    if total > word_budget(article_words):
        problems.append(f"{total} words, more than {word_budget(article_words)} for "
                        f"{article_words} words of article")
    by_id = {s.id: s for s in report.sentences}
    title = headline_sentence(report.sentences)
    for point in report.summary:
        label = f"point {point.text[:50]!r}"
        if restated_words(point.text) > MAX_POINT_WORDS:
            problems.append(f"{label}: {restated_words(point.text)} words")
        if point.kind == "overview":
            continue
        if unresolved_lead(point.text):
            problems.append(f"{label}: starts with an unresolved pronoun")
        if title is not None and point.sentence_ids[:1] == [title.id]:
            problems.append(f"{label}: restates the headline")
        if loaded := loaded_outside_quotes(point.text):
            problems.append(f"{label}: loaded words outside quotes: {', '.join(loaded)}")
        cited = by_id.get(point.sentence_ids[0]) if point.sentence_ids else None
        if cited is None:
            continue
        source = cited.attribution.source
        attributed = (cited.category is Category.ATTRIBUTED_STATEMENT
                      or cited.attribution.type is not AttributionType.NONE)
        if point.kind == "reporting" and attributed and not credits_source(
                point.text, cited.text, source):
            problems.append(f"{label}: does not name its source {source!r}")
        if point.kind == "allegation":
            if "alleg" not in point.text.lower():
                problems.append(f"{label}: not worded as an allegation")
            anonymous = cited.attribution.type is AttributionType.ANONYMOUS and source
            if anonymous and source and source.split()[0].lower() not in point.text.lower():
                problems.append(f"{label}: does not say who alleges it ({source!r})")
    return problems
