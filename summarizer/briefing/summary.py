"""The neutral combined summary on top of a briefing note.

Reuses each article's own neutral summary wording where a summary point cites
the claim's sentence (the engine already compressed it and removed loaded language
there); otherwise the claim's sentence is worded by the same rules as an article's
summary (`summary/compose.point_for`: compressed, neutral, its source named, an
allegation worded as one). The same length budget holds (`summary/budget.py`), applied
once in `build.py` after whichever engine wrote the points.
"""

from __future__ import annotations

import re

from summarizer.briefing.checks import point_problems
from summarizer.briefing.schema import (
    Claim,
    Digest,
    DigestPoint,
    article_index,
    cited_sentence,
)
from summarizer.briefing.select import in_order, other_accounts, scored, take_turns
from summarizer.schema import Confidence, Report, SummaryPoint, Usage
from summarizer.summary.allegation import specificity
from summarizer.summary.budget import (
    DEFAULT_POINTS,
    restated_words,
    shorten,
    word_budget,
    words,
)
from summarizer.summary.compose import point_for
from summarizer.summary.compress import MAX_POINT_WORDS, complete_part


def compose_summary(digest: Digest, reports: list[Report], *, points: int = DEFAULT_POINTS
                    ) -> list[DigestPoint]:
    """Write the combined summary: overview, corroborated first, allegations as such.

    Within the budget by construction: at most `points` points (the overview included),
    each at most 35 words besides its "(A1, A2)" citation tag, and the word total of
    `summary/budget.py` for the articles' words; one allegation point is kept room for
    when there are allegations, a difference line only where words are left, and the
    further allegations take what room the reporting leaves.

    Args:
        digest: the digest, without a summary yet.
        reports: the reports it was built from, in the same order as `digest.articles`.
        points: the most points, the overview included.

    Returns:
        The summary points, overview first.
    """
    wording, _ = _neutral_wording(digest, reports)
    overview = _overview(digest)
    budget = word_budget(sum(words(s.text) for r in reports for s in r.sentences))
    slots = max(0, points - 1)
    ranked = scored(digest, reports)
    score = {cid: value for cid, (value, _) in ranked.items()}
    best = {cid: which for cid, (_, which) in ranked.items()}
    # Shared claims first, then each article's central claims (see `briefing/select.py`).
    reporting = in_order([c for c in digest.claims if c.kind == "reporting"], score)
    # Shared allegations first, each group with the most specific charge first (as in an
    # article's summary, `summary/allegation.py`): a charge a reader can weigh before a
    # vague suspicion.
    alleged = sorted((c for c in digest.claims if c.kind == "allegation"),
                     key=lambda c: -_charge(c, reports, digest))
    alleged = [c for c in alleged if len(c.articles) > 1] + take_turns(
        [c for c in alleged if len(c.articles) == 1])
    alleging = [p for c in alleged if (p := _point(c, wording, reports, digest))]
    # A claim whose sentence does not fit a point whole is compressed, not left out.
    reported = [(c, p) for c in reporting
                if (p := _point(c, wording, reports, digest, best.get(c.id))
                    or _compressed(c, reports, digest, MAX_POINT_WORDS, best.get(c.id)))]
    keep = 1 if alleging and slots >= 2 else 0
    reserve = restated_words(alleging[0].text) if keep else 0
    # In order: each claim whole when it fits, else compressed to the words left.
    out: list[DigestPoint] = []
    room = budget - reserve
    for claim, whole in reported:
        if len(out) >= slots - keep or room < MIN_POINT_WORDS:
            break
        point = whole if restated_words(whole.text) <= room else _compressed(
            claim, reports, digest, room, best.get(claim.id))
        if point is not None and restated_words(point.text) <= room:
            out.append(point)
            room -= restated_words(point.text)
    budget -= sum(restated_words(p.text) for p in out)
    out += _fit(alleging, min(slots - len(out), max(keep, slots // 3)), budget)
    budget -= sum(restated_words(p.text) for p in out if p.kind == "allegation")
    # Words left over: the next claim in order, compressed to fit, rather than stopping.
    taken = {cid for p in out for cid in p.claim_ids}
    for claim, _ in reported:
        if len(out) >= slots or budget < MIN_POINT_WORDS:
            break
        if claim.id not in taken and (p := _compressed(claim, reports, digest, budget,
                                                       best.get(claim.id))):
            out.append(p)
            budget -= restated_words(p.text)
    differences = [DigestPoint(
        text=f"{difference.note} " + "; ".join(
            f"{side.article_id}: {', '.join(side.values)}" for side in difference.sides
        ) + ".",
        kind="difference", confidence=Confidence.LOW,
        claim_ids=[difference.claim_id] if difference.claim_id else [],
        article_ids=[s.article_id for s in difference.sides],
    ) for difference in digest.contradictions]
    out += _fit([d for d in differences if words(d.text) <= MAX_POINT_WORDS],
                slots - len(out), budget)
    budget -= sum(restated_words(p.text) for p in out if p.kind == "difference")
    accounts = other_accounts(out, reported,
                              lambda c, k, n: _worded(c, reports, digest, k, n),
                              slots - len(out), budget)
    out += accounts
    budget -= sum(restated_words(p.text) for p in accounts)
    # Allegations the articles carry beyond the third of the points kept for them, when
    # no reporting is left to take the room: a story the outlets tell mostly through
    # accusations is summarized by them, each worded as an allegation.
    out += _fit([p for p in alleging if p not in out], slots - len(out), budget)
    # The last guard: a point whose cutting lost its source or its allegation wording is
    # not made (the attribution rule, `briefing/checks.py`).
    claims = {claim.id: claim for claim in digest.claims}
    index = article_index(digest)
    out = [p for p in out if p.kind not in ("reporting", "allegation") or not point_problems(
        p, claims.get(p.claim_ids[0]) if p.claim_ids else None, reports, index)]
    return [overview, *out]


def _fit(candidates: list[DigestPoint], slots: int, budget: int) -> list[DigestPoint]:
    """Take points in order while slots and words last; a point too long for the words
    left is cut at a clause boundary when half of it or more still fits."""
    chosen: list[DigestPoint] = []
    for point in candidates:
        if len(chosen) >= slots or budget < MIN_POINT_WORDS:
            break
        if restated_words(point.text) > budget and point.kind == "reporting":
            body, tag = _TAG.split(point.text)[0], _TAG.search(point.text)
            cut = shorten(body, min(budget, MAX_POINT_WORDS))
            if not cut.endswith("…") and words(cut) >= MIN_POINT_WORDS:
                point = point.model_copy(update={"text": cut + (tag.group() if tag else "")})
        if restated_words(point.text) <= budget:
            chosen.append(point)
            budget -= restated_words(point.text)
    return chosen


MIN_POINT_WORDS = 6
_TAG = re.compile(r" \(A\d[^)]*\)$")


def _point(claim: Claim, wording: dict[str, str], reports: list[Report], digest: Digest,
           which: int | None = None) -> DigestPoint | None:
    """The claim worded as a point, its tag included, within a point's 35 words."""
    if claim.kind == "allegation":
        tag, kind, confidence = f" ({_carried(claim)}; no named source)", "allegation", \
            Confidence.UNSUPPORTED
    else:
        tag, kind, confidence = f" ({_carried(claim)})", "reporting", claim.confidence
    texts = [] if which is None else [_worded(claim, reports, digest, which)]
    texts += [wording.get(claim.id)] + [_worded(claim, reports, digest, k)
                                        for k in range(len(claim.articles))]
    # Under six words a point says too little on its own ("You're not alone.").
    for text in dict.fromkeys(t for t in texts if t and words(t) >= MIN_POINT_WORDS):
        body = shorten(text, MAX_POINT_WORDS)
        if not body.endswith("…") and (kind != "allegation" or "alleg" in body):
            break  # not cut mid-clause: it still says what the article says
    else:
        return None
    return DigestPoint(text=body + tag, kind=kind,  # type: ignore[arg-type]
                       confidence=confidence, claim_ids=[claim.id],
                       article_ids=[s.article_id for s in claim.articles])


def _compressed(claim: Claim, reports: list[Report], digest: Digest, budget: int,
                first: int | None = None) -> DigestPoint | None:
    """The claim's point compressed to the `budget` words left, its tag included: trailing
    clauses dropped (`summary/compress.py`), the main clause and the source kept; None
    when no article's sentence comes down that far."""
    tag = f" ({_carried(claim)})"
    room = min(budget, MAX_POINT_WORDS)
    order = list(range(len(claim.articles)))
    if first is not None:
        order.insert(0, order.pop(first))
    for which in order:
        for limit in range(room, MIN_POINT_WORDS - 1, -1):
            text = _worded(claim, reports, digest, which, limit)
            if text is None:
                break
            if MIN_POINT_WORDS <= words(text) <= room:
                return DigestPoint(text=text + tag, kind="reporting",
                                   confidence=claim.confidence, claim_ids=[claim.id],
                                   article_ids=[s.article_id for s in claim.articles])
    return None


def _worded(claim: Claim, reports: list[Report], digest: Digest, which: int = 0,
            limit: int = MAX_POINT_WORDS) -> str | None:
    """The sentence of the claim's `which`-th article, worded as its summary would."""
    support = claim.articles[which]
    report, sentence = cited_sentence(support, reports, article_index(digest))
    if sentence is not None and sentence.text.strip() != (whole := complete_part(sentence.text)):
        # An article cut off mid-sentence: restate only the clauses written whole.
        sentence = None if whole is None else sentence.model_copy(update={"text": whole})
    point = point_for(sentence, report.sentences, limit) if sentence is not None else None
    if point is None or (point.kind == "allegation") != (claim.kind == "allegation"):
        return None  # an account worded as an accusation is no reporting point, nor back
    return point.text.replace("The article alleges", f"{support.article_id} alleges", 1)


def usage_of(reports: list[Report]) -> Usage:
    """What the articles' reports cost, added up."""
    costs = [r.usage.estimated_cost_usd for r in reports]
    return Usage(
        calls=sum(r.usage.calls for r in reports),
        cache_hits=sum(r.usage.cache_hits for r in reports),
        prompt_tokens=sum(r.usage.prompt_tokens for r in reports),
        completion_tokens=sum(r.usage.completion_tokens for r in reports),
        estimated_cost_usd=None if all(c is None for c in costs) else round(
            sum(c or 0.0 for c in costs), 6),
    )


def stamp(digest: Digest) -> None:
    """Say in the overview line which engine wrote the summary and what it cost."""
    usage = digest.usage
    cost = "" if usage.estimated_cost_usd is None else f", about ${usage.estimated_cost_usd}"
    line = (f" Summary by the {digest.summary_engine} engine; {usage.calls} model call(s), "
            f"{usage.prompt_tokens + usage.completion_tokens} tokens{cost}.")
    for point in digest.summary:
        if point.kind == "overview":
            point.text = point.text.rstrip() + line
            return


def _charge(claim: Claim, reports: list[Report], digest: Digest) -> float:
    """How specific the claim's most specific account is (`summary/allegation.specificity`)."""
    index = article_index(digest)
    found = (cited_sentence(support, reports, index)[1] for support in claim.articles)
    return max((specificity(s) for s in found if s is not None), default=0.0)


def _overview(digest: Digest) -> DigestPoint:
    shared = [c for c in digest.claims if len(c.articles) > 1]
    corroborated = [c for c in shared if c.corroborated]
    text = (
        f"{len(digest.articles)} article(s); {len(shared)} shared claim(s), "
        f"{len(corroborated)} corroborated; {len(digest.allegations)} unsupported "
        f"allegation(s); {len(digest.contradictions)} difference(s)."
    )
    return DigestPoint(text=text, kind="overview", confidence=Confidence.NOT_APPLICABLE,
                       article_ids=[a.id for a in digest.articles])


def _carried(claim: Claim) -> str:
    ids = [s.article_id for s in claim.articles]
    if len(ids) == 1:
        return f"{ids[0]} only"
    return ", ".join(ids)


def _neutral_wording(
    digest: Digest, reports: list[Report]
) -> tuple[dict[str, str], dict[str, int]]:
    """Claim id -> the text of an article summary point citing the claim's sentence, and
    claim id -> that point's place in the article's summary."""
    index = article_index(digest)
    found: dict[str, str] = {}
    rank: dict[str, int] = {}
    for claim in digest.claims:
        for support in claim.articles:
            report, cited = cited_sentence(support, reports, index)
            summary = report.summary
            point = _citing(summary, support.sentence_ids[0])
            whole = cited is not None and complete_part(cited.text) == cited.text.strip()
            if point is not None and whole and (point.kind == "allegation") == (
                    claim.kind == "allegation"):
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
