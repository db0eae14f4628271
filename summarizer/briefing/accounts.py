"""Words left over in a briefing note: another article's account of a claim already said.

A claim several articles carry is said once, in one article's words. The articles seldom
tell it the same way: one gives the vote count, another the reason, a third what comes
next. When the summary has points and words to spare after every claim that fits, the
other articles' accounts of the claims already chosen are added, each only when most of
its content words are new to the summary (maximal marginal relevance, Carbonell &
Goldstein 1998): a second account that restates the first wastes the reader's words.
Each is tagged with the one article whose words it restates.
"""

from __future__ import annotations

from collections.abc import Callable

from summarizer.briefing.schema import Claim, DigestPoint
from summarizer.summary import rank
from summarizer.summary.budget import restated_words
from summarizer.summary.compress import MAX_POINT_WORDS

# Half or more of an account's content words new to the summary: it tells something else.
NOVEL = 0.5
MIN_WORDS = 8

Wording = Callable[[Claim, int, int], "str | None"]


def other_accounts(chosen: list[DigestPoint], claims: list[tuple[Claim, DigestPoint]],
                   word: Wording, slots: int, budget: int) -> list[DigestPoint]:
    """Further accounts of the chosen claims, in the claims' order, within `slots` points
    and `budget` restated words.

    Args:
        chosen: the points already in the summary.
        claims: the reporting claims in order, each with its point.
        word: (claim, which article, most words) -> that article's sentence worded as a
            point (compressed, its source named), or None.
        slots: how many more points there is room for.
        budget: how many more restated words.

    Returns:
        The added points, tagged with the article each restates.
    """
    said = set().union(*(rank.content_words(p.text) for p in chosen)) if chosen else set()
    taken = {cid for p in chosen for cid in p.claim_ids}
    out: list[DigestPoint] = []
    for claim, _ in claims:
        if claim.id not in taken or len(claim.articles) < 2:
            continue
        for which, support in enumerate(claim.articles):
            if len(out) >= slots or budget < MIN_WORDS:
                return out
            tag = f" ({support.article_id})"
            text = word(claim, which, min(budget, MAX_POINT_WORDS))
            bag = rank.content_words(text or "")
            if text is None or not bag or len(bag - said) < NOVEL * len(bag):
                continue
            if not MIN_WORDS <= restated_words(text) <= budget:
                continue
            out.append(DigestPoint(text=text + tag, kind="reporting",
                                   confidence=support.confidence, claim_ids=[claim.id],
                                   article_ids=[support.article_id]))
            said |= bag
            budget -= restated_words(text)
    return out
