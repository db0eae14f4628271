"""Build a briefing note across several articles from their balanced reports.

Works with reports from either engine: it only reads sentences, labels and
summary points. Claims are matched offline (see `briefing/match.py`); a claim two
or more articles report verifiably is corroborated and rises one confidence
step; every unsupported allegation is flagged, however many articles repeat it.
"""

from __future__ import annotations

import re
from typing import Any

from summarizer.briefing.compare import Side, claim_differences, name_variants, story_dates
from summarizer.briefing.match import Unit, features, match
from summarizer.briefing.schema import (
    Allegation,
    Claim,
    ClaimKind,
    ClaimSupport,
    Contradiction,
    Digest,
    DigestArticle,
)
from summarizer.briefing.select import headline
from summarizer.briefing.summary import compose_summary, stamp, usage_of
from summarizer.engine import choose
from summarizer.errors import UsageError
from summarizer.schema import (
    CONFIDENCE_ORDER,
    Attribution,
    AttributionType,
    Category,
    Confidence,
    Report,
    Sentence,
)
from summarizer.settings import Settings
from summarizer.summary.budget import DEFAULT_POINTS, enforce, words

METHOD = (
    "offline: sentences matched across articles on shared content words "
    "(idf-weighted), plus shared names and numbers"
)
_VERIFIABLE = (Category.REPORTED_FACT, Category.ATTRIBUTED_STATEMENT)
_NAMED = (
    AttributionType.NAMED_PERSON,
    AttributionType.NAMED_ORGANIZATION,
    AttributionType.NEWS_OUTLET,
    AttributionType.DOCUMENT,
)
# "This revelation, first shared by X ..." credits X for the sentence before it.
_ANAPHORA = re.compile(
    r"^\W*(?:this|these|that|the)\s+(?:revelation|report|news|claim|account|disclosure|"
    r"information|story|exposé|expose|finding|detail)s?\b",
    re.IGNORECASE,
)


_CREDIT = re.compile(
    r"\b(?:first\s+)?(?:shared|reported|uncovered|revealed|published|broken|disclosed)\s+by\s+"
    r"(?:the\s+)?(?P<source>[^,;]+?)(?=\s*(?:,|;|\.\s|\.$|$|\s(?:through|via|which|who)\b))"
)


def build_digest(
    reports: list[Report], settings: Settings | None = None, *, client: Any | None = None
) -> Digest:
    """Match claims across articles and write the briefing note.

    Args:
        reports: one balanced report per article, from either engine.
        settings: run settings; when they choose the openai engine, a model writes the
            combined summary (grounded, see `briefing/llm_summary.py`), else it is composed offline.
        client: an OpenAI-compatible client to use instead of building one.

    Returns:
        The digest: combined summary, claims, contradictions, allegations.

    Raises:
        UsageError: no reports were given.
        LLMError: a subclass when the endpoint fails (openai engine only).
    """
    if not reports:
        raise UsageError("a digest needs at least one article")
    ids = [f"A{k + 1}" for k in range(len(reports))]
    # A headline is the article's title, not a claim: it compresses the body, which states
    # (and sources) the same thing. Listing it would count one article's claim twice, and a
    # headline reporting a denial ("Minister denies bribery claims") or a record is not an
    # allegation, though it carries accusation words.
    headlines = [headline(report) for report in reports]
    units = [
        [Unit(k, s.id, s.text, features(s.text)) for s in report.sentences
         if s is not headlines[k]]
        for k, report in enumerate(reports)
    ]
    clusters = match([u for article in units for u in article])
    matched = {(u.article, u.sentence_id) for c in clusters for u in c.units}
    groups: list[list[Unit]] = [c.units for c in clusters]
    groups += [
        [u] for article in units for u in article if (u.article, u.sentence_id) not in matched
    ]
    by_id = [{s.id: s for s in report.sentences} for report in reports]

    drafts: list[tuple[Claim, list[Side]]] = []
    for group in groups:
        sides = [_side(ids[u.article], u, reports[u.article], by_id[u.article]) for u in group]
        supports = [
            _support(side, by_id[u.article][u.sentence_id])
            for side, u in zip(sides, group, strict=True)
        ]
        hedged = [s.article_id for s, u in zip(supports, group, strict=True)
                  if _hedged(by_id[u.article][u.sentence_id])]
        drafts.append((_claim(supports, hedged), sides))
    drafts.sort(key=lambda d: _rank(d[0]))

    claims: list[Claim] = []
    contradictions: list[Contradiction] = []
    for number, (draft, sides) in enumerate(drafts, start=1):
        claim = draft.model_copy(update={"id": f"C{number}"})
        if len(sides) > 1:
            found = claim_differences(claim.id, _topic(claim.text), sides)
            conflicting = [c.kind for c in found if c.kind != "attribution"]
            if conflicting and claim.confidence == Confidence.HIGH:
                claim.confidence = Confidence.MEDIUM
                claim.reasons.append(f"capped at medium: the articles give different "
                                     f"{' and '.join(conflicting)}s")
            contradictions += found
        claims.append(claim)
    per_article = list(zip(ids, units, strict=True))
    contradictions += name_variants(per_article) + story_dates(per_article)

    allegations = [
        Allegation(
            claim_id=claim.id, article_id=support.article_id, sentence_id=sid,
            text=by_id[ids.index(support.article_id)][sid].text,
            made_by=by_id[ids.index(support.article_id)][sid].attribution.type,
            made_by_source=by_id[ids.index(support.article_id)][sid].attribution.source,
            repeated_by=[s.article_id for s in claim.articles if s is not support],
        )
        for claim in claims for support in claim.articles for sid in support.sentence_ids
        if by_id[ids.index(support.article_id)][sid].category == Category.UNSUPPORTED_ALLEGATION
    ]
    articles = [
        DigestArticle(id=ids[k], title=r.title, source=r.source, engine=r.engine.name,
                      sentences=len(r.sentences))
        for k, r in enumerate(reports)
    ]
    warnings = [f"{ids[k]}: {w}" for k, r in enumerate(reports) for w in r.warnings]
    if len(reports) == 1:
        warnings.append("only one article: nothing can be corroborated or contradicted")
    digest = Digest(
        summary=[], articles=articles, claims=claims, contradictions=contradictions,
        single_source=[c.id for c in claims if len(c.articles) == 1 and c.kind != "opinion"],
        allegations=allegations, method=METHOD, warnings=warnings,
    )
    digest.summary = compose_summary(digest, reports,
                                     points=settings.points if settings else DEFAULT_POINTS)
    if settings is not None and choose(settings).uses_model:
        from summarizer.briefing.llm_summary import summarize_with_llm

        summarize_with_llm(digest, reports, settings, client)
    # The one length budget, after whichever engine wrote the points.
    article_words = sum(words(s.text) for r in reports for s in r.sentences)
    digest.summary, notes = enforce(digest.summary, article_words,
                                    settings.points if settings else DEFAULT_POINTS)
    digest.warnings += notes
    digest.usage = usage_of(reports)
    stamp(digest)
    return digest


def _side(article_id: str, unit: Unit, report: Report, by_id: dict[str, Sentence]) -> Side:
    sentence = by_id[unit.sentence_id]
    attribution = sentence.attribution
    ids = [unit.sentence_id]
    position = report.sentences.index(sentence)
    if attribution.type not in _NAMED and position + 1 < len(report.sentences):
        following = report.sentences[position + 1]
        if _ANAPHORA.match(following.text):
            credited = following.attribution
            if credited.type not in _NAMED:
                credited = _credited_in_text(following.text) or credited
            if credited.type in _NAMED:
                attribution = credited
                ids.append(following.id)
    return Side(article_id, ids, [unit], attribution)


def _credited_in_text(text: str) -> Attribution | None:
    """'..., first shared by the Russian news outlet Lenta.Ru, ...' -> that outlet."""
    found = _CREDIT.search(text)
    if found is None:
        return None
    source = re.sub(r"[‘’“”\"]", "", found.group("source")).strip(" '")
    outlet = re.search(r"\b(?:news|outlet|newspaper|agency|magazine|broadcaster)\b", source, re.I)
    kind = AttributionType.NEWS_OUTLET if outlet else AttributionType.NAMED_ORGANIZATION
    return Attribution(type=kind, source=source) if source[:1].isupper() or outlet else None


def _support(side: Side, sentence: Sentence) -> ClaimSupport:
    return ClaimSupport(
        article_id=side.article_id, sentence_ids=side.sentence_ids, text=sentence.text,
        category=sentence.category, attribution=side.attribution,
        confidence=sentence.confidence,
    )


def _hedged(sentence: Sentence) -> bool:
    """The article itself doubts it ('reportedly', 'may'): a hedge in the author's voice."""
    return any(e.kind == "hedge" and not e.quoted for e in sentence.evidence)


def _independent(supports: list[ClaimSupport]) -> int:
    """How many independent reports: articles in their own voice each count; articles
    crediting the same source (both citing Reuters) count once, since repeating one
    source is not a second check; unnamed sources never count (nobody can tell whether
    two articles' 'officials' are the same people)."""
    keys = set()
    for support in supports:
        kind = support.attribution.type
        if kind is AttributionType.ANONYMOUS:
            continue
        source = " ".join((support.attribution.source or "").lower().split())
        keys.add(support.article_id if kind is AttributionType.NONE or not source else source)
    return len(keys)


def _claim(supports: list[ClaimSupport], hedged: list[str] | None = None) -> Claim:
    # Verifiable reporting needs a source a reader can check: not "insiders".
    verifiable = [s for s in supports if s.category in _VERIFIABLE
                  and s.attribution.type != AttributionType.ANONYMOUS]
    reasons: list[str] = []
    kind: ClaimKind
    if verifiable:
        kind = "reporting"
        best = max(verifiable, key=lambda s: _step(s.confidence))
        confidence = best.confidence
        reasons.append(f"best single-article label: {confidence.value} ({best.article_id})")
    elif any(s.category == Category.UNSUPPORTED_ALLEGATION for s in supports):
        kind, best, confidence = "allegation", supports[0], Confidence.UNSUPPORTED
        reasons.append("no article gives a verifiable source")
    elif unnamed := [s for s in supports if s.category in _VERIFIABLE]:
        kind = "reporting"
        best = max(unnamed, key=lambda s: _step(s.confidence))
        confidence = best.confidence
        reasons.append("only unnamed sources: it cannot be corroborated")
    else:
        kind, best, confidence = "opinion", supports[0], Confidence.NOT_APPLICABLE
        reasons.append("evaluation or interpretation, not true or false")
    corroborated = len({s.article_id for s in verifiable}) >= 2 and _independent(verifiable) >= 2
    if len({s.article_id for s in verifiable}) >= 2 and not corroborated:
        reasons.append("the articles credit the same source: one report, not corroboration")
    if corroborated and confidence in CONFIDENCE_ORDER:
        raised = CONFIDENCE_ORDER[min(len(CONFIDENCE_ORDER) - 1, _step(confidence) + 1)]
        if raised != confidence:
            reasons.append(f"raised {confidence.value} -> {raised.value}: "
                           f"{len(verifiable)} articles report it")
        confidence = raised
    elif len(supports) >= 2 and kind != "reporting":
        reasons.append(f"{len(supports)} articles carry it, but repetition is not corroboration")
    if hedged and _step(confidence) > _step(Confidence.MEDIUM):
        confidence = Confidence.MEDIUM
        reasons.append(f"capped at medium: hedged in {', '.join(sorted(set(hedged)))} "
                       "('reportedly', 'may'): the article itself is not sure")
    if len({s.category for s in supports}) > 1:
        reasons.append("the articles label it differently: " + ", ".join(
            f"{s.article_id} {s.category.value.replace('_', ' ')}" for s in supports))
    return Claim(id="C0", text=best.text, kind=kind, confidence=confidence, articles=supports,
                 corroborated=corroborated, reasons=reasons)


def _step(confidence: Confidence) -> int:
    return CONFIDENCE_ORDER.index(confidence) if confidence in CONFIDENCE_ORDER else -1


def _rank(claim: Claim) -> tuple[int, int, int, int, str]:
    kind_order = {"reporting": 0, "allegation": 1, "opinion": 2}[claim.kind]
    first = claim.articles[0]
    return (-int(claim.corroborated), -len(claim.articles), kind_order,
            -_step(claim.confidence), f"{first.article_id}:{first.sentence_ids[0][1:]:>6}")


def _topic(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
