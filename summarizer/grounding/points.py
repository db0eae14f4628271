"""Grounding of summary points: a point survives only if it restates its cited sentences.

A point is checked against the sentences it cites, rule by rule; the first rule it
breaks drops it, with a warning naming the rule:

- words: every content word comes from the cited sentences (same stem), or from the
  neutral alternative of a loaded phrase found in them, apart from stop words and a
  listed vocabulary of attribution frames (stop_words.txt, group point_framing:
  "alleges", "according to", "said", "an unnamed source", ...). A new word is a new
  claim, whether appended after a semicolon or swapped in ("decision" for
  "considering"), and a point in another script shares no word at all;
- names and certainty: capitalised names and claims of certainty ("verified") occur
  in the cited sentences;
- numbers: they occur there in the same order and with the same unit ("7 to 2" is
  not "2 to 7"; "40 million euros" is not "40 million dollars");
- negation: the point negates ("not", "never", "denied", ...) exactly when the cited
  sentences do: dropping or adding a negation reverses the claim;
- allegation: a point resting on an unsupported allegation is worded as one
  ("alleges", "unnamed sources", ...), never as a fact;
- source: a point resting on an attributed statement names its source.

A point's kind and confidence come from the (reconciled) labels of the cited
sentences, never from the model. Duplicate points (same words, by stem) are kept once.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.grounding.free_text import clean
from summarizer.llm.answers import PointAnswer
from summarizer.schema import (
    CONFIDENCE_ORDER,
    Category,
    Confidence,
    LoadedPhrase,
    Sentence,
    SummaryPoint,
)
from summarizer.text import lexicon

POINT_CHARS = 240
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"\b[A-Z][\w'’\-]*(?:\.[A-Z]\.?)*")
_CERTAINTY = re.compile(
    r"\b(?:verified|confirmed|proven|proved|true|fact-checked|undisputed|certain|"
    r"definitely|accurate|factual|established)\b"
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Negation reverses a claim: "did not vote" restates "voted" falsely.
_NEGATION = re.compile(r"\b(?:not|no|never|nor|none|neither|nobody|nothing|cannot|"
                       r"den(?:y|ies|ied|ying)|without)\b|n['’]t\b", re.IGNORECASE)
# Attribution frames that say no source stands behind a claim: they negate nothing in it.
# ("citing no named source", "without a named source", "without evidence given")
_NO_SOURCE_FRAME = re.compile(r"\b(?:citing\s+)?(?:no|without(?:\s+a)?)\s+(?:named\s+)?"
                              r"(?:sources?|evidence)(?:\s+given)?\b", re.IGNORECASE)
# What marks a claim as an allegation rather than a fact.
_ALLEGATION_FRAME = re.compile(r"\b(?:alleg\w*|claim\w*|accus\w*|reportedly|unnamed|"
                               r"anonymous|unverified|unsupported|sources?|critics|rumou?r\w*|"
                               r"suggest\w*|insinuat\w*)\b", re.IGNORECASE)
_RELIABILITY = {
    Confidence.HIGH: 0,
    Confidence.MEDIUM: 1,
    Confidence.LOW: 2,
    Confidence.NOT_APPLICABLE: 3,
    Confidence.UNSUPPORTED: 4,
}


def _same_stem(word: str, known: set[str]) -> bool:
    """True when `word` or a word sharing its stem is known: 'voted'/'vote', 'councils'."""
    if word in known:
        return True
    stem = word[:5] if len(word) >= 5 else word
    return any(k.startswith(stem) and (len(word) >= 5 or len(k) - len(word) <= 3) for k in known)


# Attribution frames beyond the lexicon's point_framing group: who says it, and how.
_FRAME_WORDS = frozenset({"speaker", "allegedly", "accuses", "anonymous", "unidentified",
                          "told", "announced", "alleging", "claiming", "accusing", "citing"})


def _content(text: str) -> list[str]:
    skip = lexicon.words("stop_words", "claim_stop_words", "point_framing") | _FRAME_WORDS
    return [w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in skip]


def ungrounded_terms(
    text: str, cited: list[Sentence], loaded: list[LoadedPhrase] | None = None
) -> list[str]:
    """What in `text` the cited sentences do not bear out: '<rule>: <words>' items, or [].

    Args:
        text: the summary point.
        cited: the sentences it cites.
        loaded: loaded phrases of the article; the neutral alternatives of those in the
            cited sentences count as their words.
    """
    source = " ".join(s.text for s in cited)
    ids = {s.id for s in cited}
    from summarizer.offline.loaded import neutralize  # the lexicon's neutral alternatives

    known = {w.lower() for w in _WORD.findall(source)}
    known |= {w.lower() for s in cited for w in _WORD.findall(neutralize(s.text))}
    for phrase in loaded or []:
        if phrase.sentence_id in ids and phrase.neutral:
            known |= {w.lower() for w in _WORD.findall(phrase.neutral)}
    new = [w for w in _content(text) if not _same_stem(w, known)]
    if new:
        return [f"new words: {', '.join(dict.fromkeys(new))}"]
    names = _missing_names(text, source)
    lowered = source.lower()
    names += [w for w in _CERTAINTY.findall(text.lower()) if w not in lowered]
    if names:
        return [f"names or certainty not in the cited sentences: {', '.join(names)}"]
    numbers = _number_problem(text, source)
    if numbers:
        return [numbers]
    framed = _NO_SOURCE_FRAME.sub("", text)  # "citing no named source" negates no claim
    if bool(_NEGATION.search(framed)) != bool(_NEGATION.search(source)):
        return ["negation: the point " + ("negates" if _NEGATION.search(framed) else
                                           "drops the negation of") + " the cited sentences"]
    return []


def misworded(text: str, cited: list[Sentence]) -> list[str]:
    """How a point misstates the standing of its cited sentences: '<rule>: ...' items, or [].

    A point resting on an unsupported allegation must be worded as one; a point resting
    on an attributed statement must name its source. (The digest instead rewords such a
    point itself, so it checks only `ungrounded_terms`.)
    """
    if any(s.category is Category.UNSUPPORTED_ALLEGATION for s in cited) and \
            not _ALLEGATION_FRAME.search(text):
        return ["allegation worded as fact: rests on an unsupported allegation"]
    sources = [s.attribution.source for s in cited
               if s.category is Category.ATTRIBUTED_STATEMENT and s.attribution.source]
    if sources and not any(_names_source(text, src) for src in sources):
        return [f"source not named: rests on what {sources[0]} said"]
    return []


def _names_source(text: str, source: str) -> bool:
    """True when the point names the source: one of its names, or its words if it has none."""
    names = [w for w in _WORD.findall(source) if w[0].isupper() and len(w) > 2]
    lowered = text.lower()
    if names:
        return any(n.lower() in lowered for n in names)
    return any(w in lowered for w in _content(source)) or bool(_ALLEGATION_FRAME.search(text))


def _missing_names(text: str, source: str) -> list[str]:
    lowered = source.lower()
    starters = lexicon.words("stop_words", "point_starters")
    missing = []
    for match in _NAME.finditer(text):
        name = match.group().rstrip("'’-")
        if name in source:
            continue
        starts_clause = match.start() == 0 or text[: match.start()].rstrip().endswith(
            (".", ":", ";", "!", "?", '"', "“"))
        if starts_clause and (name.lower() in starters or name.lower() in lowered):
            continue
        missing.append(name)
    return missing


def _numbers(text: str) -> list[tuple[str, str]]:
    """Each number with the word right after it when that is a content word (its unit)."""
    found = []
    for match in _NUMBER.finditer(text):
        after = _WORD.match(text, match.end() + (1 if text[match.end():match.end() + 1] == " "
                                                  else 0))
        unit = _content(after.group()) if after else []
        found.append((match.group().replace(",", ""), unit[0] if unit else ""))
    return found


def _number_problem(text: str, source: str) -> str | None:
    wanted, given = _numbers(text), _numbers(source)
    position = 0
    for number, unit in wanted:
        at = next((i for i in range(position, len(given)) if given[i][0] == number), None)
        if at is None:
            where = "not in" if all(g[0] != number for g in given) else "out of order in"
            return f"numbers: {number} {where} the cited sentences"
        if unit and given[at][1] and not _same_stem(unit, {given[at][1]}):
            return f"numbers: {number} {unit} where the cited sentences say {number} {given[at][1]}"
        position = at + 1
    return None


def ground_points(
    answers: list[PointAnswer],
    sentences: list[Sentence],
    loaded: list[LoadedPhrase] | None = None,
    fallback: Callable[[], list[SummaryPoint]] | None = None,
) -> tuple[list[SummaryPoint], list[str]]:
    """Keep the summary points the cited sentences bear out; label them from those sentences.

    Args:
        answers: the model's points.
        sentences: every sentence, reconciled.
        loaded: the article's loaded phrases (their neutral alternatives are allowed).
        fallback: the offline points; for a dropped point, the first offline point that
            rests on one of its sentences takes its place.

    Returns:
        The grounded points, most reliable first, and a warning per dropped point.
    """
    by_id = {s.id: s for s in sentences}
    points: list[SummaryPoint] = []
    warnings: list[str] = []
    offline: list[SummaryPoint] | None = None
    seen: list[set[str]] = []
    for answer in answers:
        text = clean(answer.text, POINT_CHARS)
        cited = [by_id[i] for i in dict.fromkeys(answer.sentence_ids) if i in by_id]
        short = text[:60] + ("..." if len(text) > 60 else "")
        if not text or not cited:
            warnings.append(f"summary point dropped: cites no sentence of the article: '{short}'")
            continue
        stems = {w[:5] for w in _content(text)}
        if any(stems and len(stems & other) >= 0.8 * len(stems | other) for other in seen):
            warnings.append(f"summary point dropped: repeats an earlier point: '{short}'")
            continue
        problems = ungrounded_terms(text, cited, loaded) or misworded(text, cited)
        if not problems:
            seen.append(stems)
            points.append(_label_point(text, answer.kind, cited))
            continue
        ids = ", ".join(s.id for s in cited)
        note = f"summary point dropped ({problems[0]}; cites {ids}): '{short}'"
        if fallback is not None:
            offline = fallback() if offline is None else offline
            used = {p.text for p in points}
            swap = next((p for p in offline if set(p.sentence_ids) & {s.id for s in cited}
                         and p.text not in used), None)
            if swap is not None:
                points.append(swap)
                note += "; the offline point for those sentences is used instead"
        warnings.append(note)
    points.sort(key=lambda p: _RELIABILITY[p.confidence])
    return points, warnings


def _label_point(text: str, proposed: str, cited: list[Sentence]) -> SummaryPoint:
    categories = {s.category for s in cited}
    ids = [s.id for s in cited]
    if Category.UNSUPPORTED_ALLEGATION in categories:
        kind, confidence = "allegation", Confidence.UNSUPPORTED
        reason = "rests on unsupported allegations: " + ", ".join(
            s.id for s in cited if s.category is Category.UNSUPPORTED_ALLEGATION)
    elif categories == {Category.OPINION}:
        kind, confidence = "opinion", Confidence.NOT_APPLICABLE
        reason = "rests on opinion only"
    else:
        reporting = [s.confidence for s in cited if s.confidence in CONFIDENCE_ORDER]
        confidence = min(reporting, key=CONFIDENCE_ORDER.index, default=Confidence.LOW)
        kind = "overview" if proposed == "overview" else "reporting"
        reason = f"least reliable cited reporting is {confidence.value}"
    reasons = [reason]
    if kind != proposed:
        reasons.append(f"model called it {proposed}; relabelled {kind} from the cited sentences")
    return SummaryPoint(text=text, kind=kind, confidence=confidence,  # type: ignore[arg-type]
                        sentence_ids=ids, reasons=reasons)
