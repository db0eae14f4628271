"""Check a briefing note's combined summary against the attribution rule, point by point.

The rule a reader relies on (issue 11, DESIGN.md "The summary"): a point restating an
attributed statement names its source ("The union said that ..."); a point restating an
allegation, or an accusation no named source stands behind, is worded as an allegation
and says who alleges it when the article names an unnamed alleger ("Critics alleged,
without evidence given, ..."). A digest point restates one article's sentence: one of
its claim's sentences whose content words it covers best (near ties all count: the rule
holds when it holds for one of them). The check reads that
sentence's own label and attribution, as `summary/compose.point_for` did when it worded
the point, so it holds for either engine's points.
"""

from __future__ import annotations

import re

from summarizer.briefing.schema import Claim, Digest, DigestPoint, article_index, cited_sentence
from summarizer.schema import AttributionType, Category, Report, Sentence
from summarizer.summary import rank
from summarizer.summary.sourcing import credits_source

_CITATION = re.compile(r"\s\(A\d[^()]*\)$")


def digest_problems(digest: Digest, reports: list[Report]) -> list[str]:
    """Every way the digest's summary points break the attribution rule; empty when none.

    Args:
        digest: the briefing note.
        reports: the reports it was built from, in the order of `digest.articles`.

    Returns:
        One line per broken rule, naming the point.
    """
    claims = {claim.id: claim for claim in digest.claims}
    index = article_index(digest)
    problems: list[str] = []
    for point in digest.summary:
        if point.kind not in ("reporting", "allegation"):
            continue
        label = f"point {point.text[:50]!r}"
        claim = claims.get(point.claim_ids[0]) if point.claim_ids else None
        problems += [f"{label}: {why}" for why in point_problems(point, claim, reports, index)]
    return problems


def point_problems(point: DigestPoint, claim: Claim | None, reports: list[Report],
                   index: dict[str, int]) -> list[str]:
    """How one reporting or allegation point breaks the rule, whichever of its claim's
    sentences it restates; empty when it keeps it for one of them."""
    candidates = restated(point, claim, reports, index) if claim else []
    if not candidates:
        return ["restates no sentence of a claim"]
    found = [_broken(point, sentence) for sentence in candidates]
    return found[0] if all(found) else []


def _broken(point: DigestPoint, sentence: Sentence) -> list[str]:
    """How the point breaks the rule if it restates `sentence`."""
    body = _CITATION.sub("", point.text.rstrip())
    source = sentence.attribution.source
    alleging = "alleg" in body.lower()
    if point.kind == "allegation" or sentence.category is Category.UNSUPPORTED_ALLEGATION:
        out = [] if alleging else ["not worded as an allegation"]
        unnamed = sentence.attribution.type is AttributionType.ANONYMOUS and source
        if unnamed and source and source.split()[0].lower() not in body.lower():
            out.append(f"does not say who alleges it ({source!r})")
        return out
    attributed = (sentence.category is Category.ATTRIBUTED_STATEMENT
                  or sentence.attribution.type is not AttributionType.NONE)
    if attributed and not alleging and not credits_source(body, sentence.text, source):
        return [f"does not name its source {source!r}"]
    return []


def restated(point: DigestPoint, claim: Claim, reports: list[Report],
             index: dict[str, int]) -> list[Sentence]:
    """The sentences the point may restate: of its claim's sentences in the point's
    articles, those whose content words it covers about as well as the best one does (a
    point may be worded from any article carrying the claim)."""
    words = rank.content_words(point.text)
    scored: list[tuple[float, Sentence]] = []
    for support in claim.articles:
        if point.article_ids and support.article_id not in point.article_ids:
            continue
        _, sentence = cited_sentence(support, reports, index)
        if sentence is not None:
            bag = rank.content_words(sentence.text)
            scored.append((len(words & bag) / max(1, len(bag)) ** 0.5, sentence))
    best = max((value for value, _ in scored), default=0.0)
    return [sentence for value, sentence in scored if value >= NEAR * best]


# A match within a fifth of the best is as likely the sentence the point restates.
NEAR = 0.8
