"""Which claims a combined summary reports first: what the articles share, then what is central.

A neutral roundup reports the common story: what several outlets carry, then each
outlet's main fact. The order here follows that:
- a claim several articles carry comes before a claim one article carries (matched in
  `briefing/match.py`, so the sharing is real, not a shared word or two);
- within each group, a claim scores by how central its sentence is in its own article
  (`summary/rank.scores`: lead position, centrality, named source, numbers, confidence)
  plus how much of its vocabulary the *other* articles use (centrality across articles:
  the centroid idea of MEAD taken over articles instead of sentences; a sentence about
  the shared story uses the words every outlet uses, an outlet's aside does not), and
  how many of its two-word phrases they use (a phrase two outlets both write, "confirmed
  Barrett", is surer evidence of the common core than two shared words), and a step for
  being its article's lead (the inverted pyramid: each outlet opens with its main fact);
- a claim mostly inside quotation marks loses a step: a summary reports what happened,
  a speaker's own words are detail;
- a claim mostly restating a claim already chosen is left for later (maximal marginal
  relevance, Carbonell & Goldstein 1998): two points saying the same thing waste the
  reader's words.

Words left over at the end (`other_accounts`): a claim several articles carry is said
once, in one article's words, but the articles seldom tell it the same way (one gives the
vote count, another the reason). When points and words are left after every claim that
fits, another article's account of a chosen claim is added, each only when most of its
content words are new to the summary (maximal marginal relevance again), tagged with the
one article whose words it restates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise

from summarizer.briefing.schema import Claim, Digest, DigestPoint, article_index
from summarizer.offline.cues import quote_spans
from summarizer.schema import Report, Sentence
from summarizer.summary import rank
from summarizer.summary.budget import restated_words
from summarizer.summary.compress import MAX_POINT_WORDS
from summarizer.text import lexicon
from summarizer.text.headline import headline_sentence

_FINAL = (".", "?", "!", "’", "”", '"', "'")
# Weights chosen on the first 150 NeuS validation stories (scripts/eval_neus.py --limit 150):
# what the other articles share counts most; the article's own ranking breaks ties. A claim
# restates the chosen ones when 80 % of its content words were said (at 60 % the names
# every claim of a story shares were enough to push a new fact back).
CROSS_WEIGHT = 2.0
WITHIN_WEIGHT = 0.25
QUOTE_PENALTY = 1.0
LEAD_WEIGHT = 0.5
# Shared two-word phrases and the article's lead, chosen on stories 0-149 (0.5 each; the
# check half moved the same way): a phrase several outlets use and the sentence an
# outlet opens with both mark the story's core.
PHRASE_WEIGHT = 0.5
REDUNDANT = 0.8
# Which article's sentence words a shared claim: the best-scoring one, each of its content
# words that another outlet also uses adding this much (chosen on stories 0-149; 0.02 to
# 0.15 all gave the same gain): of two leads telling one event, the fuller common account
# (the one that also gives the reason or the count the others give) is taken.
COVER_WEIGHT = 0.1


def scored(digest: Digest, reports: list[Report]) -> dict[str, tuple[float, int]]:
    """Claim id -> (how much it says about the story all the articles tell, higher first;
    which of its articles words it best: the one whose sentence scores highest, with a
    little credit for each content word other outlets use, `COVER_WEIGHT`)."""
    within: list[dict[str, float]] = []
    leads: set[tuple[int, str]] = set()
    quoting: set[tuple[int, str]] = set()
    bags: list[dict[str, set[str]]] = []
    for report in reports:
        title = headline(report)
        body = [s for s in report.sentences if s is not title]
        lead = next((s for s in body if s.text.rstrip().endswith(_FINAL)), None)
        within.append(rank.scores(body, lead.id if lead else None))
        leads.add((len(within) - 1, lead.id if lead else ""))
        bags.append({s.id: rank.content_words(s.text) for s in body})
        quoting.update((len(bags) - 1, s.id) for s in body if _mostly_quoted(s.text))
    vocabulary = [set().union(*bag.values()) if bag else set() for bag in bags]
    pairs = [{sid: phrases(s.text) for s in report.sentences
              if (sid := s.id) in bags[k]} for k, report in enumerate(reports)]
    phrasebook = [set().union(*pair.values()) if pair else set() for pair in pairs]
    index = article_index(digest)
    others = max(1, len(reports) - 1)
    out: dict[str, tuple[float, int]] = {}
    for claim in digest.claims:
        best, which, fullest = 0.0, 0, float("-inf")
        for number, support in enumerate(claim.articles):
            k = index[support.article_id]
            sid = support.sentence_ids[0]
            bag = bags[k].get(sid, set())
            # how many other articles use each of its words: summed, the centrality across
            # articles; counted where nonzero, how much of it the others also tell
            used = [sum(1 for j, v in enumerate(vocabulary) if j != k and w in v) for w in bag]
            shared = sum(used) / others / max(1.0, len(bag) ** 0.5)
            pair = pairs[k].get(sid, set())
            common = sum(sum(1 for j, v in enumerate(phrasebook) if j != k and p in v)
                         for p in pair) / others / max(1.0, len(pair) ** 0.5)
            value = (WITHIN_WEIGHT * within[k].get(sid, 0.0) + CROSS_WEIGHT * shared
                     + PHRASE_WEIGHT * common)
            if (k, sid) in leads:
                value += LEAD_WEIGHT
            if (k, sid) in quoting:
                value -= QUOTE_PENALTY
            best = max(best, value)
            fuller = value + COVER_WEIGHT * sum(1 for n in used if n)
            if fuller > fullest:
                fullest, which = fuller, number
        out[claim.id] = (best, which)
    return out


_TOKEN = re.compile(r"[a-z0-9][a-z0-9'’-]*")


def phrases(text: str) -> set[str]:
    """The sentence's two-word phrases that hold a content word, lightly stemmed ("the
    senat", "senat vote"): a phrase several outlets use ("confirmed Barrett", "52-48
    vote") marks the story's core more surely than a shared word."""
    tokens = [t[:5] for t in _TOKEN.findall(text.lower())]
    stop = _stems()
    return {f"{a} {b}" for a, b in pairwise(tokens) if a not in stop or b not in stop}


@cache
def _stems() -> frozenset[str]:
    return frozenset(w[:5] for w in lexicon.words("stop_words", "claim_stop_words"))


def headline(report: Report) -> Sentence | None:
    """The article's headline among its sentences (`text/headline.py`), unless the title is
    known apart and the line is the article's only sentence: an article is never all
    headline, so with its title given, a lone line cut off before its full stop (a feed
    that truncates its articles) is the body's first sentence."""
    found = headline_sentence(report.sentences)
    if found is not None and report.title and len(report.sentences) == 1 and (
            " ".join(report.title.split()) != " ".join(found.text.split())):
        return None
    return found


def in_order(claims: list[Claim], score: dict[str, float]) -> list[Claim]:
    """Shared claims first, by score; then each article's claims by score, the articles
    taking turns (each article's central claim before any article's second: no outlet
    dominates; within a turn by score); restatements pushed back."""
    by_score = sorted(claims, key=lambda c: -score.get(c.id, 0.0))
    ranked = [c for c in by_score if len(c.articles) > 1]
    ranked += take_turns([c for c in by_score if len(c.articles) == 1], score)
    first: list[Claim] = []
    later: list[Claim] = []
    seen: list[set[str]] = []
    for claim in ranked:
        bag = rank.content_words(claim.text)
        if bag and any(len(bag & s) / len(bag) >= REDUNDANT for s in seen):
            later.append(claim)
            continue
        first.append(claim)
        seen.append(bag)
    return first + later


def take_turns(claims: list[Claim], score: dict[str, float] | None = None) -> list[Claim]:
    """Single-article claims with the articles taking turns (A1, A2, A3, A1, ...), each
    article's claims in the order given: no outlet dominates. With scores, the stronger
    claim of a round goes first, so a weak line of the first article does not open the
    summary by its place alone."""
    queues: dict[str, list[Claim]] = {}
    for claim in claims:
        queues.setdefault(claim.articles[0].article_id, []).append(claim)
    out: list[Claim] = []
    while any(queues.values()):
        heads = [queue.pop(0) for queue in queues.values() if queue]
        out += heads if score is None else sorted(heads, key=lambda c: -score.get(c.id, 0.0))
    return out


def _mostly_quoted(text: str) -> bool:
    """Half or more of the sentence inside quotation marks: a speaker's words, not the news."""
    spans = quote_spans(text)
    return sum(e - s for s, e in spans) * 2 >= len(text)


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
