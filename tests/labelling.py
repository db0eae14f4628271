"""The one-sentence labelling the rule tests assert on: the offline cues, then the rubric."""

from __future__ import annotations

from summarizer.offline.classify import classify
from summarizer.offline.cues import detect
from summarizer.schema import AttributionType, Category


def label(text: str) -> tuple[Category, AttributionType]:
    """The category and attribution type the offline engine gives one sentence alone."""
    result = classify(detect(text))
    return result.category, result.attribution.type
