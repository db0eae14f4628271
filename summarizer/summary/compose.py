"""Write the neutral summary from labelled sentences.

Order: the most informative verifiable reporting first (each point cites its
sentence and carries its confidence); then what the article alleges without
support, always worded as an allegation; then one overview line saying how much
of the article is opinion. A reporting point never rests on an allegation.

Only labelled sentences come in: the speaker's sentence and the cue evidence are
fields of each sentence (`speaker_id`, `evidence`), never detected again here nor
read back from the prose reasons.
"""

from __future__ import annotations

import re

from summarizer.offline.cues import quote_spans
from summarizer.offline.evidence import has, unsourced_accusation
from summarizer.offline.loaded import drop_loaded_aside, neutralize
from summarizer.schema import AttributionType, Category, Confidence, Sentence, SummaryPoint
from summarizer.text.headline import headline_sentence, without_dateline

MAX_REPORTING = 6
MAX_ALLEGATIONS = 8  # the overview line counts them all
_RANK = {Confidence.HIGH: 1.5, Confidence.MEDIUM: 1.0, Confidence.LOW: 0.0}
_SPECIFIC = re.compile(r"\d|\b(?:January|February|March|April|May|June|July|August|September|"
                       r"October|November|December)\b")
_PROPER = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")
_OPENER = re.compile(r"^(?:However|But|Meanwhile|Still|Yet|And|Notably|Indeed),\s+")
_THAT_CLAUSE = re.compile(r"\b(?:have|has|had)?\s*\w+\s+that\s+(?P<rest>.+)$", re.DOTALL)
_QUOTE_OPEN = "‘“\"'"
_FINAL = (".", "?", "!", "’", "”", '"', "'")
_MARKUP = re.compile(r"^(?:#{1,6}|[-*•])\s+|\*\*|__")


def _informativeness(sentence: Sentence) -> float:
    score = _RANK.get(sentence.confidence, 0.0)
    score += min(3, len(_SPECIFIC.findall(sentence.text))) * 0.5
    score += min(4, len(_PROPER.findall(sentence.text))) * 0.25
    if sentence.attribution.type not in (AttributionType.NONE, AttributionType.ANONYMOUS):
        score += 1.0
    words = len(sentence.text.split())
    if words < 8:
        score -= 1.5  # fragments say little
    if sentence.text[:1] in _QUOTE_OPEN:
        score -= 1.0  # a bare quotation is colour more than information
    return score


def _plain(text: str) -> str:
    """The sentence without dateline or Markdown marks (headings, bullets, bold)."""
    return without_dateline(_MARKUP.sub("", text.strip()))


_PAIRS = {"”": "“", "’": "‘", '"': '"'}


def _whole_quotes(text: str) -> str:
    """Close a quotation the next sentence closes, open one an earlier sentence opened:
    a point shows the marks a reader expects, the quoted words unchanged."""
    spans = quote_spans(text)
    if not spans:
        return text
    start, end = spans[0]
    if start == 0 and text[0] not in _QUOTE_OPEN and text[end - 1] in _PAIRS:
        text = _PAIRS[text[end - 1]] + text  # the tail of a quotation begun earlier
        spans = quote_spans(text)
        if not spans:
            return text
    start, end = spans[-1]
    opener = text[start]
    if end == len(text) and opener in _QUOTE_OPEN and (end - start < 2
                                                      or text[end - 1] != _closer(opener)):
        text += _closer(opener)
    return text


def _closer(opener: str) -> str:
    return {"“": "”", "‘": "’"}.get(opener, opener)


def _reporting_text(sentence: Sentence) -> str:
    quotation = has(sentence.evidence, "continues_quote") or has(sentence.evidence, "whole_quote")
    if quotation and not any(c in "“”‘\"" for c in sentence.text):  # the middle of a quotation
        return _reporting_text(sentence.model_copy(update={"text": f"“{sentence.text.strip()}”"}))
    text = _OPENER.sub("", neutralize(drop_loaded_aside(_plain(sentence.text))).strip())
    text = _whole_quotes(text[:1].upper() + text[1:])
    source = sentence.attribution.source
    text = text if text.endswith(_FINAL) else text + "."
    if (
        sentence.category is Category.ATTRIBUTED_STATEMENT
        and source
        and source.lower() not in sentence.text.lower()
    ):
        text = f"{source} said: {text}" if _bare_quote(text) else f"{text} (speaker: {source})"
    if sentence.attribution.type is AttributionType.ANONYMOUS:
        text = f"An unnamed source: {text}"
    return text


def _bare_quote(text: str) -> bool:
    """A quotation with nothing after it ("'...,' he said" is not bare)."""
    if text[:1] not in _QUOTE_OPEN:
        return False
    spans = quote_spans(text)
    end = spans[0][1] if spans else len(text)
    return not any(c.isalpha() for c in text[end:])


def _allegation_text(sentence: Sentence) -> str:
    """Word an unsupported allegation as what the article alleges, never as fact."""
    body = _whole_quotes(_plain(sentence.text))  # the article's words, said to be alleged
    source = sentence.attribution.source
    if sentence.attribution.type is AttributionType.ANONYMOUS and source:
        shown = f"'{source}'"
        if body[:1] in _QUOTE_OPEN and source.lower() in body.lower():
            return f"The article quotes an unnamed source alleging: {body}"
        if body[:1] in _QUOTE_OPEN:
            return f"The article quotes an unnamed source ({shown}) alleging: {body}"
        clause = _THAT_CLAUSE.search(body) or _after_source(body, source)
        if clause:
            return (f"The article alleges, citing an unnamed source ({shown}), that "
                    f"{clause.group('rest')}")
        return f"The article alleges, citing an unnamed source ({shown}): {body}"
    if body[:1] in _QUOTE_OPEN:
        return f"The article alleges, citing no named source: {body}"
    lowered = body[:1].lower() + body[1:] if not body[1:2].isupper() else body
    return f"The article alleges, citing no named source, that {lowered}"


def _speaker_ids(sentence: Sentence) -> list[str]:
    """The sentence that names the speaker, when context resolved it (see offline/engine.py)."""
    cited = sentence.speaker_id
    return [cited] if cited is not None and cited != sentence.id else []


def _after_source(body: str, source: str) -> re.Match[str] | None:
    """'some experts argue it may ...' -> the words after the source's verb."""
    return re.search(re.escape(source) + r"\s+(?:\w+\s+)?(?:argue|argues|say|says|said|suggest|"
                     r"suggests|claim|claims|believe|believes|allege|alleges)\s+(?P<rest>.+)$",
                     body, re.DOTALL)


def compose_summary(sentences: list[Sentence]) -> list[SummaryPoint]:
    """Compose the neutral summary from labelled sentences.

    Args:
        sentences: every sentence of the article, labelled (by any engine), with the
            offline evidence behind each label.

    Returns:
        Reporting points (most informative first), allegation points worded as
        allegations, and one overview line.
    """
    points: list[SummaryPoint] = []
    verifiable = [
        s for s in sentences
        if s.category in (Category.REPORTED_FACT, Category.ATTRIBUTED_STATEMENT)
    ]
    # Whoever labelled them, sentences that accuse with no named source behind them are
    # never summarised as reporting: they join the allegations.
    insinuating = {
        s.id: found for s in verifiable if (found := _insinuates(s))
    }
    title = headline_sentence(sentences)
    # The lead: the first whole sentence of the body (not a byline or a caption).
    lead = next((s for s in sentences if s is not title and s.text.rstrip().endswith(_FINAL)),
                None)
    lead_id = lead.id if lead else None
    # Only whole sentences: a headline, list item or caption is a fragment of the story.
    reporting = [s for s in verifiable if s.id not in insinuating and s is not title
                 and s.text.rstrip().endswith(_FINAL)]
    # The lead first (news writing puts the main fact there), then the most informative.
    ranked = sorted(reporting, key=lambda s: (s.id != lead_id, -_informativeness(s), _index(s)))
    for sentence in ranked[:MAX_REPORTING]:
        points.append(SummaryPoint(
            text=_reporting_text(sentence),
            kind="reporting",
            confidence=sentence.confidence,
            sentence_ids=[sentence.id, *_speaker_ids(sentence)],
            reasons=[f"{sentence.category.value} ({sentence.confidence.value})",
                     *sentence.reasons[:2]],
        ))
    allegations = [
        s for s in sentences
        if s.category is Category.UNSUPPORTED_ALLEGATION or s.id in insinuating
    ]
    for sentence in allegations[:MAX_ALLEGATIONS]:
        if sentence.id in insinuating:
            why = [f"labelled {sentence.category.value}, but accuses with no named source: "
                   + ", ".join(f"'{w}'" for w in insinuating[sentence.id][:3])]
        else:
            why = ["unsupported_allegation: worded as what the article alleges"]
        points.append(SummaryPoint(
            text=_allegation_text(sentence),
            kind="allegation",
            confidence=Confidence.UNSUPPORTED,
            sentence_ids=[sentence.id, *_speaker_ids(sentence)],
            reasons=[*why, *sentence.reasons[:2]],
        ))
    points.append(_overview(sentences))
    return points


def _insinuates(sentence: Sentence) -> list[str]:
    """The accusing words of a sentence no named source stands behind (the offline rule,
    whoever labelled it); empty when it accuses no one."""
    if sentence.attribution.type not in (AttributionType.NONE, AttributionType.ANONYMOUS):
        return []
    anonymous = (sentence.attribution.type is AttributionType.ANONYMOUS
                 or has(sentence.evidence, "anonymous_source"))
    return unsourced_accusation(sentence.evidence, anonymous=anonymous)


def _overview(sentences: list[Sentence]) -> SummaryPoint:
    total = max(1, len(sentences))
    opinion = [s for s in sentences if s.category is Category.OPINION]
    alleged = [s for s in sentences if s.category is Category.UNSUPPORTED_ALLEGATION]
    verifiable = total - len(opinion) - len(alleged) if sentences else 0
    noun = "sentence" if len(sentences) == 1 else "sentences"
    text = (
        f"{len(opinion)} of {len(sentences)} {noun} ({round(100 * len(opinion) / total)}%) "
        f"{_be(len(opinion))} the author's opinion or interpretation; {len(alleged)} "
        f"({round(100 * len(alleged) / total)}%) "
        + ("is an allegation" if len(alleged) == 1 else "are allegations")
        + f" without a named source; {verifiable} {_be(verifiable)} verifiable reporting."
    )
    return SummaryPoint(
        text=text,
        kind="overview",
        confidence=Confidence.NOT_APPLICABLE,
        sentence_ids=[s.id for s in opinion],
        reasons=["counted from the sentence labels"],
    )


def _be(count: int) -> str:
    return "is" if count == 1 else "are"


def _index(sentence: Sentence) -> int:
    return int(sentence.id[1:]) if sentence.id[1:].isdigit() else 0
