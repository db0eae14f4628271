"""Choose and run an engine: the library's main entry point.

This is the one module that decides which engine runs (`choose`); every other
module asks it, through the `Engine` it returns, instead of reading the
settings' engine itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from summarizer.inputs.article import Article
from summarizer.schema import Category, Report
from summarizer.settings import Settings
from summarizer.text.headline import title_of

if TYPE_CHECKING:
    from summarizer.llm.plan import DryRunPlan

EngineName = Literal["offline", "openai"]


@dataclass(frozen=True)
class Engine:
    """The engine the settings chose, and what it can do.

    Build it with `choose`. `name` is the engine that runs: `offline` or `openai`
    (never `auto`, which `choose` resolves).
    """

    name: EngineName
    settings: Settings
    client: Any | None = None

    @property
    def uses_model(self) -> bool:
        """True when the engine calls a model (and so can spend tokens)."""
        return self.name == "openai"

    def analyze(self, article: Article | str) -> Report:
        """Analyse one article and return its balanced report.

        Raises:
            SummarizerError: a subclass saying what went wrong.
        """
        if isinstance(article, str):
            article = Article(text=article)
        report = self._run(article)
        if report.title is None:
            report.title = title_of(report.sentences)  # a headline paragraph, when there is one
        from summarizer.summary.fit import fit_summary

        fit_summary(report, self.settings.points)  # the one length budget, for every engine
        return report

    def categorize(self, texts: list[str]) -> list[Category]:
        """The category of each text, each taken whole as one sentence (as in labelled data).

        The openai engine labels the distinct texts several per call (see `llm/sentences.py`),
        reconciled with the offline cues; the offline engine labels each text alone.

        Raises:
            LLMError: a subclass when the endpoint fails (openai engine only).
        """
        if not self.uses_model:
            from summarizer.offline.engine import categorize

            return [categorize(text) for text in texts]
        from summarizer.llm.sentences import label_texts

        distinct = list(dict.fromkeys(texts))
        labelled = label_texts(distinct, self.settings, self.client, whole=True)
        found = {text: sentences[0].category for text, sentences in zip(
            distinct, labelled, strict=True)}
        return [found[text] for text in texts]

    def plan(self, article: Article | str) -> DryRunPlan | None:
        """The calls, tokens and cost analysing `article` would need; None when no model runs.

        Calls nothing.
        """
        if not self.uses_model:
            return None
        from summarizer.llm.plan import plan

        return plan(article, self.settings)

    def _run(self, article: Article) -> Report:
        settings = self.settings
        if not self.uses_model:
            from summarizer.offline.engine import analyze_offline

            report = analyze_offline(article)
            report.engine.requested = settings.engine
            if settings.engine == "auto":
                report.warnings.append(
                    "engine auto ran offline: no endpoint configured (set OPENAI_API_KEY or "
                    "OPENAI_BASE_URL to use a model)"
                )
            return report
        from summarizer.llm.engine import analyze_with_llm

        return analyze_with_llm(article, settings, client=self.client)


def choose(settings: Settings, client: Any | None = None) -> Engine:
    """The engine that runs for these settings: `auto` is openai with an endpoint, else offline.

    Args:
        settings: run settings.
        client: an OpenAI-compatible client the engine uses instead of building one.

    Returns:
        The chosen engine.
    """
    return Engine(settings.chosen_engine(), settings, client)


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
    return choose(settings or Settings.resolve(), client).analyze(article)
