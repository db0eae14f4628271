"""The library's public face: `analyze` one article, `digest` several.

These are the functions `import summarizer` exposes. They take plain text or
`Article` objects, resolve settings the way the CLI does (argument, then
environment, then default) and raise the typed errors of `summarizer.errors`;
they never print.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from summarizer.errors import InputError, UsageError
from summarizer.inputs.article import Article
from summarizer.settings import EngineName, Settings

if TYPE_CHECKING:
    from summarizer.briefing.schema import Digest
    from summarizer.schema import Report


def analyze(
    text_or_article: str | Article,
    *,
    engine: EngineName | None = None,
    settings: Settings | None = None,
    client: Any | None = None,
) -> Report:
    """Analyse one article and return its balanced report.

    Args:
        text_or_article: the article's text, or an `Article` (text plus title and source).
        engine: "auto", "offline" or "openai"; overrides `settings.engine` when given.
        settings: run settings; resolved from the environment when None.
        client: an OpenAI-compatible client to use instead of building one.

    Returns:
        The report: every sentence labelled, the neutral summary, loaded language and
        engine metadata.

    Raises:
        InputError: the text is empty or only white space, or not a string.
        ConfigurationError: the settings cannot work (an unknown engine, a bad timeout).
        RunError: a subclass when the chosen engine fails (the endpoint, the cache).
    """
    from summarizer.engine import analyze as run_engine

    article = _article(text_or_article, "the article")
    return run_engine(article, _settings(engine, settings), client=client)


def digest(
    articles: Iterable[str | Article],
    *,
    engine: EngineName | None = None,
    settings: Settings | None = None,
    client: Any | None = None,
) -> Digest:
    """Analyse several articles on one story and write the briefing note.

    Args:
        articles: the articles' texts or `Article` objects (two or more make a comparison).
        engine: "auto", "offline" or "openai"; overrides `settings.engine` when given.
        settings: run settings; resolved from the environment when None.
        client: an OpenAI-compatible client to use instead of building one.

    Returns:
        The digest: combined summary, claims matched across articles, contradictions
        and allegations with who makes them.

    Raises:
        InputError: no articles, or one that is empty.
        ConfigurationError: the settings cannot work.
        RunError: a subclass when the chosen engine fails.
    """
    from summarizer.briefing.build import build_digest
    from summarizer.engine import analyze as run_engine

    chosen = _settings(engine, settings)
    given = list(articles) if not isinstance(articles, (str, Article)) else [articles]
    if not given:
        raise InputError("a digest needs at least one article")
    reports = [
        run_engine(_article(item, f"article {k}"), chosen, client=client)
        for k, item in enumerate(given, start=1)
    ]
    return build_digest(reports, chosen, client=client)


def _article(item: object, what: str) -> Article:
    if isinstance(item, Article):
        article = item
    elif isinstance(item, str):
        article = Article(text=item)
    else:
        raise InputError(f"{what}: expected text or an Article, got {type(item).__name__}")
    if not article.text.strip():
        raise InputError(f"{article.source or what}: empty input",
                         hint="give the text of a news article")
    return article


def _settings(engine: EngineName | None, settings: Settings | None) -> Settings:
    if settings is None:
        return Settings.resolve(engine=engine)
    if not isinstance(settings, Settings):
        raise UsageError(f"settings: expected a Settings, got {type(settings).__name__}",
                         hint="build one with summarizer.Settings.resolve(...)")
    if engine is not None:
        settings = settings.with_(engine=engine)
        settings.validate()
    return settings
