"""Turning what a form sent (pasted text, uploaded files, URLs) into articles and settings.

Uploads and pasted text go through the same readers, caps and messages as the
command line (`summarizer.inputs`): a file over the CLI's size limit, a binary
file or an empty one is refused with the CLI's wording. URLs are only checked
here; they are fetched inside the job, since a server can be slow.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any, BinaryIO

from summarizer.errors import InputError, UsageError
from summarizer.inputs import fetch
from summarizer.inputs.article import MAX_BYTES, Article, read_bounded
from summarizer.inputs.load import article_from_bytes
from summarizer.settings import MAX_POINTS, Settings

ENGINE_CHOICES = ("offline", "openai")


@dataclass(frozen=True)
class Source:
    """One article to analyse: text already read, or a URL to fetch in the job."""

    article: Article | None = None
    url: str | None = None

    @property
    def label(self) -> str:
        """How the page names it."""
        if self.url:
            return self.url
        assert self.article is not None
        return self.article.title or self.article.source or "pasted text"

    def load(self) -> Article:
        """The article; fetches the URL (slow: call it inside a job).

        Raises:
            InputError: the page cannot be fetched or holds no article text.
        """
        if self.article is not None:
            return self.article
        assert self.url is not None
        return fetch.fetch_url(self.url)


def pasted(text: str, name: str = "pasted text", max_bytes: int = MAX_BYTES) -> Article:
    """Pasted text as an article, with the CLI's size cap and checks.

    Raises:
        InputError: too large, binary (NUL characters) or empty.
    """
    return uploaded(name, io.BytesIO(text.encode("utf-8")), max_bytes, html=False)


def uploaded(filename: str, stream: BinaryIO, max_bytes: int = MAX_BYTES, *,
             html: bool | None = None) -> Article:
    """An uploaded .txt or .html file as an article, read as `summarizer FILE` reads it.

    Args:
        filename: the name the browser sent, for messages and to tell HTML by extension.
        stream: the file's bytes.
        max_bytes: the size cap (the CLI's, unless the server was given another).
        html: force plain text (False); None decides by extension and first bytes.

    Raises:
        InputError: too large, binary, not UTF-8, empty, or a page without article text.
    """
    name = filename or "uploaded file"
    return article_from_bytes(read_bounded(stream, name, max_bytes), name, html=html)


def url_source(value: str) -> Source:
    """A URL to fetch, refused at once when it is not http(s)."""
    url = value.strip()
    if not url.lower().startswith(("http://", "https://")):
        raise InputError(f"{url}: only http and https URLs can be fetched")
    return Source(url=url)


def sources_from(form: Any, *, several: bool, max_bytes: int = MAX_BYTES) -> list[Source]:
    """Every article the form gives: pasted texts, uploaded files, URLs (one a line).

    Args:
        form: the parsed form (Starlette's FormData).
        several: a briefing note (any number) rather than one analysis (exactly one).
        max_bytes: the size cap of one article.

    Raises:
        InputError: nothing given, more than one article for an analysis, or a bad input.
    """
    found: list[Source] = []
    texts = [t for t in form.getlist("text") if isinstance(t, str) and t.strip()]
    for k, text in enumerate(texts, start=1):
        name = f"pasted text {k}" if several else "pasted text"
        found.append(Source(article=pasted(text, name, max_bytes)))
    for upload in form.getlist("file"):
        if isinstance(upload, str) or not getattr(upload, "filename", ""):
            continue  # an empty file field
        found.append(Source(article=uploaded(upload.filename, upload.file, max_bytes)))
    for value in form.getlist("url"):
        if isinstance(value, str):
            found += [url_source(line) for line in value.splitlines() if line.strip()]
    if not found:
        raise InputError("no input: paste an article, choose a file or give a URL",
                         hint="give the text of a news article")
    if not several and len(found) > 1:
        raise InputError("give one article: paste text, choose a file or give a URL, not "
                         "several", hint="the briefing note page takes several articles")
    return found


def chosen_settings(base: Settings, engine: str) -> Settings:
    """The server's settings with the engine the form chose.

    Raises:
        ConfigurationError: an unknown engine (the CLI's message).
    """
    if engine not in ENGINE_CHOICES:
        settings = base.with_(engine=engine)
        settings.validate()  # raises the CLI's "unknown engine" message
        raise UsageError(f"engine {engine!r} cannot be chosen on this page",
                         hint="choose offline or openai")
    return base.with_(engine=engine)


def chosen_points(value: str) -> int | None:
    """The number of summary points asked for, or None for the library's default.

    Raises:
        UsageError: not a whole number between 1 and MAX_POINTS.
    """
    value = value.strip()
    if not value:
        return None
    if not value.isdigit() or not 1 <= int(value) <= MAX_POINTS:
        raise UsageError(f"summary points: {value!r} is not a number from 1 to {MAX_POINTS}")
    return int(value)
