"""The neutral combined summary on top of a briefing note.

Reuses each article's own neutral summary wording where a summary point cites
the claim's sentence (the engine already removed loaded language there), and
otherwise quotes the claim as an attributed or alleged statement.
"""

from __future__ import annotations

from summarizer.briefing.schema import Claim, Digest, DigestPoint
from summarizer.schema import Confidence, Report, SummaryPoint

MAX_REPORTING = 6
MAX_ALLEGATIONS = 4


def compose_summary(digest: Digest, reports: list[Report]) -> list[DigestPoint]:
    """Write the combined summary: overview, corroborated first, allegations as such.

    Args:
        digest: the digest, without a summary yet.
        reports: the reports it was built from, in the same order as `digest.articles`.

    Returns:
        The summary points, overview first.
    """
    wording, rank = _neutral_wording(digest, reports)
    points = [_overview(digest)]
    reporting = [c for c in digest.claims if c.kind == "reporting"]
    chosen = [c for c in reporting if c.corroborated]
    # Single-source reporting only where the article's own summary features it, in that
    # summary's order (its lead first).
    single = [c for c in reporting if not c.corroborated and c.id in wording
              and c.confidence in (Confidence.HIGH, Confidence.MEDIUM)]
    chosen += _balanced(sorted(single, key=lambda c: rank[c.id]))
    for claim in chosen[:MAX_REPORTING]:
        text = wording.get(claim.id) or claim.text
        points.append(DigestPoint(
            text=f"{text} ({_carried(claim)})", kind="reporting", confidence=claim.confidence,
            claim_ids=[claim.id], article_ids=[s.article_id for s in claim.articles],
        ))
    alleged = [c for c in digest.claims if c.kind == "allegation"]
    alleged = [c for c in alleged if len(c.articles) > 1] + _balanced(
        [c for c in alleged if len(c.articles) == 1])
    for claim in alleged[:MAX_ALLEGATIONS]:
        text = wording.get(claim.id) or f"Alleged without a verifiable source: {claim.text}"
        points.append(DigestPoint(
            text=f"{text} ({_carried(claim)}; no named source)", kind="allegation",
            confidence=Confidence.UNSUPPORTED, claim_ids=[claim.id],
            article_ids=[s.article_id for s in claim.articles],
        ))
    for difference in digest.contradictions:
        points.append(DigestPoint(
            text=f"{difference.note} " + "; ".join(
                f"{side.article_id}: {', '.join(side.values)}" for side in difference.sides
            ) + ".",
            kind="difference", confidence=Confidence.LOW,
            claim_ids=[difference.claim_id] if difference.claim_id else [],
            article_ids=[s.article_id for s in difference.sides],
        ))
    return points


def _balanced(claims: list[Claim]) -> list[Claim]:
    """Interleave single-article claims by article (A1, A2, A3, A1, ...): no outlet dominates."""
    queues: dict[str, list[Claim]] = {}
    for claim in claims:
        queues.setdefault(claim.articles[0].article_id, []).append(claim)
    out: list[Claim] = []
    while any(queues.values()):
        for queue in queues.values():
            if queue:
                out.append(queue.pop(0))
    return out


def _overview(digest: Digest) -> DigestPoint:
    shared = [c for c in digest.claims if len(c.articles) > 1]
    corroborated = [c for c in shared if c.corroborated]
    text = (
        f"{len(digest.articles)} article(s); {len(shared)} claim(s) appear in more than one, "
        f"{len(corroborated)} of them corroborated by verifiable reporting; "
        f"{len(digest.allegations)} unsupported allegation(s); "
        f"{len(digest.contradictions)} detail(s) stated differently."
    )
    return DigestPoint(text=text, kind="overview", confidence=Confidence.NOT_APPLICABLE,
                       article_ids=[a.id for a in digest.articles])


def _carried(claim: Claim) -> str:
    ids = [s.article_id for s in claim.articles]
    if len(ids) == 1:
        return f"only {ids[0]}"
    verb = "reported by" if claim.kind == "reporting" else "carried by"
    return f"{verb} {', '.join(ids)}"


def _neutral_wording(
    digest: Digest, reports: list[Report]
) -> tuple[dict[str, str], dict[str, int]]:
    """Claim id -> the text of an article summary point citing the claim's sentence, and
    claim id -> that point's place in the article's summary."""
    index = {a.id: k for k, a in enumerate(digest.articles)}
    found: dict[str, str] = {}
    rank: dict[str, int] = {}
    for claim in digest.claims:
        for support in claim.articles:
            summary = reports[index[support.article_id]].summary
            point = _citing(summary, support.sentence_ids[0])
            if point is not None:
                rank[claim.id] = summary.index(point)
                text = point.text
                if text.startswith("The article "):  # say which article, in a digest
                    text = f"{support.article_id} {text.removeprefix('The article ')}"
                found[claim.id] = text
                break
    return found, rank


def _citing(points: list[SummaryPoint], sentence_id: str) -> SummaryPoint | None:
    for point in points:
        if point.kind != "overview" and sentence_id in point.sentence_ids:
            return point
    return None
