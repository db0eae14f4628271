"""The openai engine: labels, loaded language and summary from a model, grounded in code.

Flow: the offline engine labels every sentence first (the floor). The model is
asked for labels per sentence id, loaded phrases and summary points, in one call
when the article fits, else per chunk plus a merge call, through one session with
the endpoint (`session.py`: the structured-output mode and its fallback, the cache,
one repair round for an unusable answer). Then grounding keeps only what the text
bears out, and the offline labels fill every gap, flagged.
"""

from __future__ import annotations

from typing import Any, Literal

from summarizer.grounding.labels import arbitrate, ground_loaded, ground_points
from summarizer.inputs.article import Article
from summarizer.llm.answers import (
    LabelAnswer,
    LoadedAnswer,
    PointAnswer,
)
from summarizer.llm.plan import (
    DryRunPlan,
    label_calls,
    merge_call,
    plan,
)
from summarizer.llm.pricing import model_info
from summarizer.llm.session import open_session
from summarizer.llm.tokens import get_counter
from summarizer.llm.votes import mark_unstable
from summarizer.schema import (
    Contribution,
    EngineInfo,
    Report,
    Sentence,
    SummaryPoint,
    count_categories,
)
from summarizer.settings import Settings
from summarizer.version import __version__

__all__ = ["DryRunPlan", "analyze_with_llm", "plan"]


def analyze_with_llm(
    article: Article | str, settings: Settings, client: Any | None = None
) -> Report:
    """Analyse one article with an OpenAI-compatible model, grounded and reconciled in code.

    Args:
        article: the article, or its text.
        settings: run settings (model, endpoint, key, timeout, retries, cache, prompts).
        client: an OpenAI-compatible client to use instead of building one.

    Returns:
        A report where every sentence is labelled by the model (checked against the
        offline cues) or by the offline cues (flagged "offline-fallback"), with only
        grounded summary points, and usage (calls, tokens, cache hits, cost).

    Raises:
        LLMError: a subclass when the endpoint fails (auth, model, rate limit, ...).
        ConfigurationError: a bad prompts folder or price file.
        CacheError: the cache cannot be used.
    """
    from summarizer.offline.engine import label_sentences, language_warnings
    from summarizer.offline.loaded import find_loaded

    if isinstance(article, str):
        article = Article(text=article)
    offline = label_sentences(article.text)  # the floor: labels and evidence, no summary
    offline_loaded = find_loaded(article.text, offline)
    language = language_warnings(article.text)
    info = model_info(settings.model)
    session = open_session(settings, client, info)
    llm, version = session.llm, session.version
    counter = get_counter()
    try:
        labels: dict[str, LabelAnswer] = {}
        loaded: list[LoadedAnswer] = []
        points: list[PointAnswer] = []
        calls = label_calls(offline, settings, counter, info)
        for call in calls:
            answer = session.ask_votes(call)
            if answer is not None:
                labels.update({k: v for k, v in answer.labels.items() if k in call.ids})
                loaded.extend(answer.loaded)
                if call.kind == "article":  # only an article call asks for a summary
                    points.extend(answer.summary)
        arbitration = arbitrate(offline, labels)
        sentences = mark_unstable(arbitration.sentences, session.unstable)
        notes = arbitration.warnings
        trusted = arbitration.set_aside_reason is None and (arbitration.used
                                                            or arbitration.overruled)
        if calls[0].kind == "chunk":
            session.warnings.append(f"article split into {len(calls)} chunk(s) on paragraph "
                                    "boundaries; summary written from the labels")
        if calls[0].kind == "chunk" and trusted:
            merged = session.ask_votes(merge_call(sentences))
            points = merged.summary if merged is not None else []
    finally:
        session.close()
    offered = len(points)
    if not trusted and points:
        points = []
        notes.append(f"the model's {offered} summary point(s) were not used: its labels were "
                     "not used either, so its reading of the article is not trusted")
    phrases, phrase_notes = ground_loaded(loaded, sentences, offline_loaded)
    summary, point_notes = ground_points(points, sentences, phrases,
                                        fallback=lambda: _offline_summary(sentences))
    summary_by: Literal["model", "offline"] = "model"
    if not summary:
        summary_by = "offline"
        summary = _offline_summary(sentences)
        if settings.label_mode == "sentence":
            point_notes.append("per-sentence label mode: summary composed offline from the "
                               "labels")
        elif trusted:
            point_notes.append("no model summary point survived grounding: summary composed "
                               "offline from the labels")
    kept = sum(1 for p in summary if not any(r.startswith("composed offline") for r in
                                             p.reasons)) if summary_by == "model" else 0
    contribution = Contribution(
        labels_used=arbitration.used, labels_overruled=arbitration.overruled,
        labels_unverified=arbitration.unverified, labels_missing=arbitration.missing,
        labels_set_aside=arbitration.set_aside, set_aside_reason=arbitration.set_aside_reason,
        points_kept=kept, points_dropped=offered - kept,
        unstable=sum(1 for s in sentences if s.unstable), summary_by=summary_by)
    usage = session.usage
    if llm.http_requests is not None:  # every request on the wire, SDK retries included
        usage.calls = llm.http_requests
    usage.estimated_cost_usd = info.cost(
        usage.prompt_tokens, usage.completion_tokens)
    return Report(
        title=article.title, source=article.source, text=article.text,
        sentences=sentences, summary=summary, loaded_language=phrases,
        counts=count_categories(sentences),
        engine=EngineInfo(name="openai", requested=settings.engine, model=settings.model,
                          endpoint=llm.endpoint, prompt_version=version, version=__version__,
                          contribution=contribution),
        usage=usage,
        warnings=[*language, *session.warnings, *notes, *point_notes, *phrase_notes],
    )


def _offline_summary(sentences: list[Sentence]) -> list[SummaryPoint]:
    from summarizer.summary.compose import compose_summary

    points = compose_summary(sentences)
    for point in points:
        point.reasons.append("composed offline: the model's summary could not be grounded")
    return points
