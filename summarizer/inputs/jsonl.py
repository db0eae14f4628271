"""Articles as JSON Lines: one object a line, read with the rules of file input.

The one reader behind `summarizer batch` and `summarizer digest` (JSONL on
stdin). Lines are read as bytes and numbered from 1; blank lines are skipped;
a line that is not a JSON object becomes a problem named by its line number,
and an article's text obeys the rules of a file (size, NUL bytes, Unicode).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from summarizer.errors import InputError
from summarizer.inputs.article import MAX_BYTES, SIZE_REASON, Article, decode_article


@dataclass(frozen=True)
class JsonLine:
    """One non-blank input line: its number, and its object or what is wrong with it."""

    line: int
    record: dict[str, Any] | None
    problem: str | None = None


def parse_record(raw: bytes | str, line: int) -> JsonLine:
    """Parse one line; a line that is not a JSON object gets a `problem` instead."""
    try:
        record = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as exc:
        return JsonLine(line, None, problem=f"not valid JSON: {exc}")
    except RecursionError:
        return JsonLine(line, None, problem="JSON nested too deeply to read")
    except MemoryError:
        return JsonLine(line, None, problem="too large to read into memory")
    if not isinstance(record, dict):
        return JsonLine(line, None, problem="not a JSON object")
    return JsonLine(line, record)


def read_lines(lines: Iterable[bytes | str]) -> Iterator[JsonLine]:
    """Parse the non-blank lines of a stream (bytes, or text), lazily, numbered from 1."""
    for number, raw in enumerate(lines, start=1):
        if raw.strip():
            yield parse_record(raw, number)


def read_file(path: Path) -> Iterator[JsonLine]:
    """Parse the non-blank lines of a JSONL file lazily.

    Raises:
        InputError: the file cannot be opened.
    """
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with handle:
        yield from read_lines(handle)


def count_lines(path: Path) -> int:
    """Count the non-blank lines of a JSONL file (for a progress bar).

    Raises:
        InputError: the file is missing, a directory or unreadable.
    """
    if path.is_dir():
        raise InputError(f"{path}: is a directory", hint="give a JSONL file")
    try:
        with path.open("rb") as handle:
            return sum(1 for raw in handle if raw.strip())
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def article_from_record(
    record: dict[str, Any], item_id: str | int, *, where: str | None = None
) -> Article:
    """Build the Article of one input record, applying the rules of file input.

    Args:
        record: the JSON object (text, and optionally title, url, source).
        item_id: the article's id.
        where: how messages name the record; "item <id>" by default.

    Raises:
        InputError: text missing, not a string, empty, too large, not encodable, NUL bytes.
    """
    where = where or f"item {item_id}"
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: 'text' is missing or not a string")
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(f"{where}: text is not valid Unicode (char {exc.start})") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{where}: larger than {MAX_BYTES // (1024 * 1024)} MB ({SIZE_REASON})")
    fields = {name: record.get(name) for name in ("title", "url", "source")}
    title, url, source = (value if isinstance(value, str) and value else None
                          for value in fields.values())
    return Article(
        text=decode_article(data, where),
        title=title,
        source=source or url,
        id=str(item_id),
    )


def read_articles(lines: Iterable[bytes | str], name: str = "<stdin>") -> list[Article]:
    """Read every article of a JSONL stream, stopping at the first bad line.

    An object's `id` is optional here (its line number stands in); an article
    without a source is named by its id.

    Raises:
        InputError: a line that is not a JSON object with a usable `text` (named by
            its line number), or no article at all.
    """
    articles: list[Article] = []
    for parsed in read_lines(lines):
        where = f"{name} line {parsed.line}"
        if parsed.record is None:
            raise InputError(f"{where}: {parsed.problem}", hint="give one JSON object per line")
        ident = parsed.record.get("id")
        article = article_from_record(
            parsed.record, str(ident) if ident is not None else f"line {parsed.line}", where=where)
        articles.append(article if article.source else replace(article, source=article.id))
    if not articles:
        raise InputError(f"{name}: no articles", hint="give FILEs, or JSONL on stdin")
    return articles
