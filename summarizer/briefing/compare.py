"""Details that articles state differently: numbers, dates, names, who said it.

Three passes, all offline: inside each claim matched across articles (its
numbers, dates and credited sources); across whole articles for people named
differently ('Volodymyr Zelensky' / 'Vladimir Zelensky'); and the dates each
article gives for the story's shared subject.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from summarizer.briefing.match import Unit
from summarizer.briefing.schema import Contradiction, DifferenceKind, DifferingValue
from summarizer.briefing.values import clash, read_date, read_number
from summarizer.schema import Attribution, AttributionType
from summarizer.text import lexicon

_NAMED = (
    AttributionType.NAMED_PERSON,
    AttributionType.NAMED_ORGANIZATION,
    AttributionType.NEWS_OUTLET,
    AttributionType.DOCUMENT,
)


@dataclass
class Side:
    """One article's part of a matched claim."""

    article_id: str
    sentence_ids: list[str]
    units: list[Unit]
    attribution: Attribution


def claim_differences(claim_id: str, topic: str, sides: Sequence[Side]) -> list[Contradiction]:
    """Numbers, dates and credited sources that differ between the articles of one claim.

    A difference is a clash, not a detail one article adds: two articles differ on a
    number or a date when each gives a value of the same kind (a percentage and a
    percentage, a weekday and a weekday) that the other does not give; "Sept. 11" is
    "September 11", and "1.4 trillion" is "1.37 trillion" rounded. Two articles credit a
    claim differently when their sources are not one source named more or less fully
    ("Pence", "Vice President Pence"; "the Labor Department", "the US Department of
    Labor"), or when one credits a source and another states the claim in its own voice.
    """
    found: list[Contradiction] = []
    for kind, label in (("number", "numbers"), ("date", "dates")):
        per_article: list[DifferingValue] = []
        for side in sides:
            values: list[str] = []
            for unit in side.units:
                raw = unit.features.numbers if kind == "number" else unit.features.dates
                values += [v for v in sorted(raw) if v not in values]
            if values:
                per_article.append(DifferingValue(
                    article_id=side.article_id, values=values, sentence_ids=side.sentence_ids))
        read = read_number if kind == "number" else read_date
        if any(clash([read(v) for v in one.values], [read(v) for v in other.values],
                      kind == "number")
               for one in per_article for other in per_article if one is not other):
            found.append(Contradiction(
                kind="number" if kind == "number" else "date", topic=topic, claim_id=claim_id,
                sides=per_article,
                note=f"The articles give different {label} for this claim.",
            ))
    credited = [s for s in sides if s.attribution.type in _NAMED and s.attribution.source]
    if credited and any(not _same_source(a.attribution, b.attribution)
                        for a in sides for b in sides):
        found.append(Contradiction(
            kind="attribution", topic=topic, claim_id=claim_id,
            sides=[DifferingValue(article_id=s.article_id, values=[_describe(s.attribution)],
                                  sentence_ids=s.sentence_ids) for s in sides],
            note="The articles credit this claim to different sources.",
        ))
    return found


def _same_source(one: Attribution, other: Attribution) -> bool:
    """One source named more or less fully: the same kind of source, and one name's words
    inside the other's (titles and function words aside), or the same surname."""
    if (one.type == AttributionType.NONE) != (other.type == AttributionType.NONE):
        return False
    if one.type == AttributionType.NONE or _key(one) == _key(other):
        return True
    a, b = _name_words(one.source or ""), _name_words(other.source or "")
    if not a or not b:
        return False
    people = one.type == other.type == AttributionType.NAMED_PERSON
    return a <= b or b <= a or (people and (one.source or "").split()[-1].lower()
                                == (other.source or "").split()[-1].lower())


def _name_words(source: str) -> set[str]:
    skip = lexicon.words("stop_words", "claim_stop_words") | lexicon.words(
        "stop_words", "claim_title_words")
    words = (w.strip(".,’'").lower() for w in source.replace("’s", " ").split())
    return {w for w in words if w and w not in skip and w not in ("u.s", "us")}


def _key(attribution: Attribution) -> tuple[str, str]:
    return attribution.type.value, " ".join((attribution.source or "").lower().split())


def _describe(attribution: Attribution) -> str:
    kind = attribution.type.value.replace("_", " ")
    if attribution.type == AttributionType.NONE:
        return "the author's own voice (no source)"
    return f"{attribution.source} ({kind})" if attribution.source else kind


def name_variants(articles: Sequence[tuple[str, Sequence[Unit]]]) -> list[Contradiction]:
    """Names the articles spell differently: the same surname or head word, with given
    names or modifiers that are variants of one another (`_variants`), one article using
    one form and another the other.

    Args:
        articles: (article id, its sentences) in input order.
    """
    forms: dict[str, dict[str, dict[str, list[str]]]] = {}  # surname -> article -> form -> ids
    titles = lexicon.words("stop_words", "claim_title_words")
    for article_id, units in articles:
        for unit in units:
            for written in unit.features.full_names:
                full = _without_function_words(written)
                if len(full.split()) < 2 or full.split()[-1].lower().rstrip(".") in titles:
                    continue  # "South Dakota Gov." ends in a title: its name follows
                surname = full.split()[-1]
                ids = forms.setdefault(surname, {}).setdefault(article_id, {}).setdefault(full, [])
                if unit.sentence_id not in ids:
                    ids.append(unit.sentence_id)
    found: list[Contradiction] = []
    for surname, by_article in forms.items():
        clashing = _clashing(by_article)
        if not clashing:
            continue
        sides = [
            DifferingValue(article_id=a, values=list(f), sentence_ids=_flat(f.values()))
            for a, f in by_article.items()
        ]
        found.append(Contradiction(
            kind="name", topic=surname, sides=sides,
            note=f"The articles name {surname} differently: " + " vs ".join(clashing) + ".",
        ))
    return found


def _clashing(by_article: dict[str, dict[str, list[str]]]) -> list[str]:
    """The forms, in order of first use, that one article writes where another writes a
    variant of them and neither article writes the other's form. An article that writes
    both forms ("Joe Biden" and "Hunter Biden") tells its reader they are two people; a
    form that only adds or drops words ("Doug Jones", "Democrat Doug Jones", "Recep
    Tayyip Erdogan") names the same one more or less fully."""
    used = {a: {f.casefold() for f in f_ids} for a, f_ids in by_article.items()}
    order = list(dict.fromkeys(f for f_ids in by_article.values() for f in f_ids))
    out: list[str] = []
    for one in order:
        for other in order:
            if one.casefold() >= other.casefold() or not _variants(one, other):
                continue
            if any(one.casefold() in mine and other.casefold() not in mine
                   and any(other.casefold() in theirs and one.casefold() not in theirs
                           for theirs in used.values())
                   for mine in used.values()):
                out += [f for f in (one, other) if f not in out]
    return [f for f in order if f in out]


def _variants(one: str, other: str) -> bool:
    """True when two forms of a name could be one name written two ways: neither form's
    words are all inside the other's, and the words before the shared last one are
    spelled alike (a transliteration, "Volodymyr"/"Vladimir"; a misspelling,
    "Jung"/"Jong"; a nickname, "Mike"/"Michael"; or one word inside the other,
    "Father"/"Grandfather"): the same initial and half the letters in common, or one
    containing the other. Different words name different people or things with the same
    head ("Donald"/"Melania Trump", "Labor"/"Treasury Department", "North"/"South Korea")."""
    a, b = one.casefold().split(), other.casefold().split()
    if set(a) <= set(b) or set(b) <= set(a):
        return False
    first, second = " ".join(a[:-1]), " ".join(b[:-1])
    if first in second or second in first:
        return True
    return first[:1] == second[:1] and SequenceMatcher(None, first, second).ratio() >= 0.5


def _without_function_words(name: str) -> str:
    """'Would Santa Claus' -> 'Santa Claus': a capitalised word opening the sentence
    ("Would", "When") is no part of the name after it."""
    words = name.split()
    stop = lexicon.words("stop_words", "claim_stop_words")
    while words and words[0].lower() in stop:
        words.pop(0)
    return " ".join(words)


def _flat(lists: Iterable[list[str]]) -> list[str]:
    out: list[str] = []
    for ids in lists:
        out += [i for i in ids if i not in out]
    return out


def story_dates(
    articles: Sequence[tuple[str, Sequence[Unit]]], top: int = 8
) -> list[Contradiction]:
    """The dates each article gives for the story's shared subject, when none agree and
    two of them clash (`claim_differences`).

    The shared subject is the words every article uses, most frequent first;
    a dated sentence counts when it mentions one of them.
    """
    if len(articles) < 2:
        return []
    counts: list[dict[str, int]] = []
    for _, units in articles:
        tally: dict[str, int] = {}
        for unit in units:
            for word in unit.features.words:
                tally[word] = tally.get(word, 0) + 1
        counts.append(tally)
    common = set(counts[0]).intersection(*counts[1:])
    key_terms = set(sorted(common, key=lambda w: (-min(c[w] for c in counts), w))[:top])
    sides: list[DifferingValue] = []
    for article_id, units in articles:
        values: list[str] = []
        ids: list[str] = []
        for unit in units:
            if unit.features.dates and unit.features.words & key_terms:
                values += [d for d in unit.features.dates if d not in values]
                ids.append(unit.sentence_id)
        if values:
            sides.append(DifferingValue(article_id=article_id, values=values, sentence_ids=ids))
    if len(sides) < 2:
        return []
    shared = set(sides[0].values).intersection(*(s.values for s in sides[1:]))
    if shared or not any(clash([read_date(v) for v in one.values],
                                     [read_date(v) for v in other.values], False)
                         for one in sides for other in sides if one is not other):
        return []  # a year in one and a weekday in another may well be the same day
    topic = ", ".join(sorted(key_terms)[:5])
    kind: DifferenceKind = "date"
    return [Contradiction(
        kind=kind, topic=f"the story ({topic})", sides=sides,
        note="The articles date the story's events differently; the dates may refer to "
        "different moments, so check which event each one belongs to.",
    )]
