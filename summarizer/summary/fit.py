"""Hold a finished report's summary to the length budget, whichever engine wrote it.

Called once by `engine.py` after the engine produced its report. The offline summary is
composed again for a number of points other than the default (it chooses by rank, so
more room means other points, not only fewer); then `budget.enforce` trims any summary,
the model's included, and says what it changed in the report's warnings.
"""

from __future__ import annotations

from summarizer.schema import Report
from summarizer.summary.budget import DEFAULT_POINTS, enforce, words


def fit_summary(report: Report, points: int = DEFAULT_POINTS) -> None:
    """Bring `report.summary` within budget for `points` points, in place."""
    offline = all("composed offline" in " ".join(p.reasons) for p in report.summary)
    if points != DEFAULT_POINTS and (report.engine.name == "offline" or offline):
        from summarizer.summary.compose import compose_summary

        report.summary = compose_summary(report.sentences, points=points)
        if report.engine.name != "offline":
            for point in report.summary:
                point.reasons.append("composed offline: the model's summary could not be "
                                     "grounded")
    article_words = sum(words(s.text) for s in report.sentences)
    report.summary, notes = enforce(report.summary, article_words, points)
    report.warnings += [n for n in notes if n not in report.warnings]
