"""Choose and run an engine: the library's main entry point."""

from __future__ import annotations

from typing import Any

from .article import Article
from .headline import title_of
from .schema import Report
from .settings import Settings


def analyze(
    article: Article | str,
    settings: Settings | None = None,
    *,
    client: Any | None = None,
) -> Report:
    """Analyse one article and return its balanced report.

    Args:
        article: an Article, or plain text.
        settings: run settings; `Settings.resolve()` (arguments, then env) when None.
        client: an OpenAI-compatible client to use instead of building one (tests, reuse).

    Returns:
        The report; `report.engine` says which engine ran and why.

    Raises:
        SummarizerError: a subclass saying what went wrong.
    """
    if isinstance(article, str):
        article = Article(text=article)
    settings = settings or Settings.resolve()
    report = _run(article, settings, client)
    if report.title is None:
        report.title = title_of(report.sentences)  # a headline paragraph, when there is one
    return report


def _run(article: Article, settings: Settings, client: Any | None) -> Report:
    chosen = settings.chosen_engine()
    if chosen == "offline":
        from .offline import analyze_offline

        report = analyze_offline(article)
        report.engine.requested = settings.engine
        if settings.engine == "auto":
            report.warnings.append(
                "engine auto ran offline: no endpoint configured (set OPENAI_API_KEY or "
                "OPENAI_BASE_URL to use a model)"
            )
        return report
    from .llm_engine import analyze_with_llm

    return analyze_with_llm(article, settings, client=client)
