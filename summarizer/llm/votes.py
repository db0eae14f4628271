"""Several answers to one call (--votes N): the majority label per sentence, and which flipped.

A label that changes between answers to the same question is one the model is not
sure of; the report marks such a sentence unstable. Ties go to the label of the
earliest answer among the tied ones, so one answer (--votes 1) is taken as it is.
"""

from __future__ import annotations

from collections import Counter

from summarizer.llm.answers import LabelAnswer, ParsedAnswer
from summarizer.schema import Sentence


def combine(answers: list[ParsedAnswer | None], ids: list[str]) -> tuple[
        ParsedAnswer | None, dict[str, list[str]]]:
    """The majority answer of several answers to one call, and the flipped labels.

    Args:
        answers: each vote's answer (None when unusable).
        ids: the sentence ids the call asked about.

    Returns:
        One answer (majority labels; loaded phrases and summary of the first usable
        answer), or None when no vote was usable; and, for each sentence whose label
        differed between votes, the labels given in order.
    """
    usable = [a for a in answers if a is not None]
    if not usable:
        return None, {}
    if len(usable) == 1:
        return usable[0], {}
    labels: dict[str, LabelAnswer] = {}
    flipped: dict[str, list[str]] = {}
    for sid in ids:
        given = [a.labels[sid] for a in usable if sid in a.labels]
        if not given:
            continue
        counts = Counter(g.category for g in given)
        top = max(counts.values())
        winner = next(g for g in given if counts[g.category] == top)
        labels[sid] = winner
        if len(counts) > 1:
            flipped[sid] = [g.category for g in given]
    first = usable[0]
    return first.model_copy(update={"labels": labels}), flipped


def mark_unstable(sentences: list[Sentence], flipped: dict[str, list[str]]) -> list[Sentence]:
    """The sentences, those whose model label flipped between votes marked unstable."""
    return [s.model_copy(update={"unstable": True, "reasons": [
        f"unstable: the model's label changed between its answers ({', '.join(flipped[s.id])})",
        *s.reasons]}) if s.id in flipped else s for s in sentences]
