"""Offline claim matching across articles: content words plus shared names and numbers.

Each sentence becomes a bag of features (content-word stems, proper names,
numbers, dates); two sentences from different articles match when their
content words overlap enough, helped by shared names and numbers. Matching is
greedy on the best pairs first and keeps at most one sentence per article in a
claim, so a claim row reads as "what each article says about this".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from summarizer.text import lexicon

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE = re.compile(
    rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?"
    rf"|(?:{_MONTHS})\s+\d{{4}}"
    rf"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    rf"|(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"(?<![\w.])\$?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|million|billion|trillion|thousand))?"
    r"|\b(?:millions|billions|trillions|dozens|hundreds|thousands)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’.-]*[A-Za-zÀ-ÿ]|[A-Za-z]")
_CAP_RUN = re.compile(
    r"(?:[A-Z][\w.’'-]*[\w])(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w.’'-]*[\w])*"
)
_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True)
class Features:
    """What a sentence mentions, for matching."""

    words: frozenset[str]
    names: frozenset[str]
    full_names: tuple[str, ...]
    numbers: frozenset[str]
    dates: tuple[str, ...]
    entities: frozenset[str] = frozenset()  # names not merely capitalised as a first word


@dataclass
class Unit:
    """One sentence of one article, ready to match."""

    article: int
    sentence_id: str
    text: str
    features: Features


@dataclass
class Cluster:
    """Sentences from different articles carrying the same claim."""

    units: list[Unit] = field(default_factory=list)
    score: float = 0.0

    @property
    def articles(self) -> set[int]:
        """Indexes of the articles in the cluster."""
        return {u.article for u in self.units}


def stem(word: str) -> str:
    """A light English stemmer: enough to match 'drones' with 'drone'."""
    w = word.lower().strip(".-'’")
    w = _POSSESSIVE.sub("", w)
    if w.endswith(("ches", "shes", "sses", "xes", "zes")) and len(w) > 4:
        return w[:-2]
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            return w[: len(w) - len(suffix)] + repl
    return w


def features(text: str) -> Features:
    """Extract content-word stems, names, numbers and dates from a sentence."""
    dates = tuple(dict.fromkeys(" ".join(m.group(0).split()) for m in _DATE.finditer(text)))
    date_spans = [m.span() for m in _DATE.finditer(text)]
    numbers = frozenset(
        _normalise_number(m.group(0))
        for m in _NUMBER.finditer(text)
        if not any(s <= m.start() < e for s, e in date_spans)
    )
    stop = lexicon.words("stop_words", "claim_stop_words")
    titles = lexicon.words("stop_words", "claim_title_words")
    words = frozenset(
        s for token in _WORD.findall(text) for w in token.split("-")
        if (s := stem(w)) and len(s) > 2 and s not in stop and w.lower() not in stop
    )
    full_names: list[str] = []
    names: set[str] = set()
    entities: set[str] = set()
    first = len(text) - len(text.lstrip(" \"'‘“([-*#"))
    for found in _CAP_RUN.finditer(text):
        run = found.group(0)
        tokens = [_POSSESSIVE.sub("", t) for t in run.split()]
        initial = found.start() == first and len(run.split()) == 1  # 'Officials said'
        while tokens and (
            tokens[0].lower().rstrip(".") in titles
            or (len(tokens) > 2 and tokens[0].endswith(("ian", "ese", "ish", "can")))
        ):
            tokens = tokens[1:]  # 'Ukrainian President X Y' -> 'X Y'
        if not tokens or tokens[-1].lower() in stop:
            continue
        names.add(tokens[-1].lower())
        if (not initial or len(tokens) > 1) and not _DATE.fullmatch(tokens[-1]):
            entities.add(tokens[-1].lower())  # a weekday or month is a date, not who
        if len(tokens) in (2, 3) and all(t[:1].isupper() and t.isalpha() for t in tokens):
            full_names.append(" ".join(tokens))
    return Features(words, frozenset(names), tuple(full_names), numbers, dates,
                    frozenset(entities))


def _normalise_number(raw: str) -> str:
    value = " ".join(raw.lower().replace(",", "").replace("$", "").split())
    value = value.replace(" percent", "%").replace("percent", "%").replace(" %", "%")
    return value.rstrip("s") if value.isalpha() else value


def idf(units: list[Unit]) -> dict[str, float]:
    """Inverse sentence frequency of each word: story-wide words weigh less."""
    df: dict[str, int] = {}
    for unit in units:
        for word in unit.features.words:
            df[word] = df.get(word, 0) + 1
    n = max(1, len(units))
    return {word: math.log(1.0 + n / count) for word, count in df.items()}


def similarity(a: Features, b: Features, weights: dict[str, float] | None = None) -> float:
    """How likely two sentences carry the same claim, from 0 up (about 1 is certain).

    Weighted cosine of the content words (weights: `idf`), plus a bonus for
    each shared name and number; fewer than two shared words that are not
    names is no match (sharing 'Washington' and 'Kyiv' is not a claim). Two
    sentences that each name who the claim is about must name the same one:
    "police in Springfield arrested two men" and "police in Shelbyville
    arrested two men" share a predicate, but not the event.
    """
    shared = a.words & b.words
    predicate = shared - a.names - b.names
    if len(predicate) < 2:
        return 0.0
    if a.entities and b.entities and not a.entities & b.entities:
        return 0.0  # both name who it is about, and not the same one: different claims
    if (a.entities or b.entities) and not a.entities & b.entities and not (
            a.numbers & b.numbers) and len(predicate) < 3:
        return 0.0  # only one names anyone: it needs more than two shared words
    w = weights or {}

    def norm(words: frozenset[str]) -> float:
        return math.sqrt(sum(w.get(x, 1.0) ** 2 for x in words))

    score = sum(w.get(x, 1.0) ** 2 for x in shared) / (norm(a.words) * norm(b.words))
    score += 0.08 * min(3, len(a.names & b.names))
    score += 0.12 * min(2, len(a.numbers & b.numbers))
    return score


def _candidates(units: list[Unit]) -> list[tuple[int, int]]:
    """Pairs (i < j) from different articles sharing two words or more, via an inverted
    index: far fewer than all pairs when many articles are compared."""
    postings: dict[str, list[int]] = {}
    for index, unit in enumerate(units):
        for word in unit.features.words:
            postings.setdefault(word, []).append(index)
    pairs: list[tuple[int, int]] = []
    for i, unit in enumerate(units):
        shared: dict[int, int] = {}
        for word in unit.features.words:
            for j in postings[word]:
                if j > i and units[j].article != unit.article:
                    shared[j] = shared.get(j, 0) + 1
        pairs += [(i, j) for j, count in sorted(shared.items()) if count >= 2]
    return pairs


def match(units: list[Unit], threshold: float = 0.3, mutual: float = 0.26) -> list[Cluster]:
    """Group sentences of different articles that carry the same claim.

    Args:
        units: every sentence of every article.
        threshold: the least similarity for two sentences to match.
        mutual: the least similarity for two sentences that are each other's best
            match in the other article.

    Returns:
        Clusters of matched sentences (two articles or more each), best first.
    """
    scored: list[tuple[float, int, int]] = []
    best: dict[tuple[int, int], float] = {}  # (unit, other article) -> best score
    weights = idf(units)
    for i, j in _candidates(units):
        a, b = units[i], units[j]
        score = similarity(a.features, b.features, weights)
        if score >= mutual:
            scored.append((score, i, j))
            best[i, b.article] = max(best.get((i, b.article), 0.0), score)
            best[j, a.article] = max(best.get((j, a.article), 0.0), score)
    pairs = [
        (score, i, j) for score, i, j in scored
        if score >= threshold
        or (score == best[i, units[j].article] and score == best[j, units[i].article])
    ]
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    owner: dict[int, Cluster] = {}
    clusters: list[Cluster] = []
    for score, i, j in pairs:
        ci, cj = owner.get(i), owner.get(j)
        if ci is None and cj is None:
            cluster = Cluster([units[i], units[j]], score)
            clusters.append(cluster)
            owner[i] = owner[j] = cluster
        elif ci is not None and cj is None and units[j].article not in ci.articles:
            ci.units.append(units[j])
            owner[j] = ci
        elif cj is not None and ci is None and units[i].article not in cj.articles:
            cj.units.append(units[i])
            owner[i] = cj
    for cluster in clusters:
        cluster.units.sort(key=lambda u: u.article)
    return clusters
