"""What would be sent to the model for an article, shown without calling anything.

`summarizer prompts render NAME FILE` prints one rendered template, or the
whole request bodies, built by the same code the openai engine sends with.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from summarizer.inputs.article import Article
from summarizer.settings import Settings

if TYPE_CHECKING:
    from summarizer.llm.plan import CallSpec, Mode

PREVIEWS = ("system", "article", "chunk", "sentences", "merge", "repair", "request")


def preview(name: str, article: Article, settings: Settings, mode: Mode | None = None) -> str:
    """The text of template `name` as it would be sent for `article`, or the request JSON.

    Args:
        name: a template (system, article, chunk, sentences, merge, repair) or `request`, the
            request bodies of the article's labelling calls.
        article: the article.
        settings: run settings (model, prompts folder, cache folder).
        mode: the structured-output mode; by default the one remembered for the
            endpoint, else json_schema.

    Returns:
        The rendered prompt, or the request bodies as indented JSON (one object for
        one call, a list for several).

    Raises:
        UsageError: an unknown name.
    """
    from summarizer.errors import UsageError
    from summarizer.llm.cache import remembered_mode
    from summarizer.llm.client import endpoint_of
    from summarizer.llm.plan import CallSpec, label_calls, merge_call
    from summarizer.llm.prompting import repair_message
    from summarizer.offline.engine import label_sentences

    if name not in PREVIEWS:
        raise UsageError(f"unknown prompt {name!r}", hint=f"choose one of {', '.join(PREVIEWS)}")
    article = _as_sent(article)
    if mode is None:
        endpoint = endpoint_of(settings)
        mode = remembered_mode(settings.cache_dir, settings.use_cache, endpoint) or "json_schema"
    sentences = label_sentences(article.text)
    calls = label_calls(sentences, settings)
    if name == "repair":
        return repair_message("<what was wrong with the answer>", settings.prompts_dir)["content"]
    if name == "request":
        bodies = [request_body(c, settings, mode) for c in calls]
        return json.dumps(bodies if len(bodies) > 1 else bodies[0], indent=2) + "\n"
    if name == "merge":
        call: CallSpec = merge_call(sentences)  # labels: the offline ones stand in
    elif name == "chunk" and calls[0].kind != "chunk":
        call = CallSpec("chunk", calls[0].sentences)
    elif name == "sentences":  # the per-sentence mode's first call (--label-mode sentence)
        call = CallSpec("sentences", calls[0].sentences[:1], part=1, parts=len(sentences))
    else:
        call = calls[0]
    return call.messages(settings, mode)[0 if name == "system" else 1]["content"]


def _as_sent(article: Article) -> Article:
    """An HTML page read as plain text becomes what the engine is sent: its extracted text."""
    from summarizer.inputs import fetch

    if (article.source and fetch.is_html_file(article.source)) or fetch.looks_like_html(
            article.text):
        return fetch.article_from_html(article.text, source=article.source or "<page>")
    return article


def request_body(call: CallSpec, settings: Settings, mode: Mode) -> dict[str, Any]:
    """The chat-completion request body the openai engine sends for one call."""
    from summarizer.llm.plan import response_format

    return {"model": settings.model, "messages": call.messages(settings, mode),
            "temperature": settings.temperature, "max_tokens": call.max_tokens(),
            "response_format": response_format(mode, call.response_schema())}
