"""What a batch worker does with one item: build the Article, analyse it, write one line.

These functions run in worker processes (offline engine) or threads (LLM
engine); everything they return is picklable and already serialised, so the
main process only writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from summarizer import engine
from summarizer.batch.io import BatchItem
from summarizer.batch.result import Outcome
from summarizer.errors import (
    AuthenticationError,
    BudgetExceededError,
    ConfigurationError,
    InputError,
    ModelNotFoundError,
    SummarizerError,
)
from summarizer.inputs.jsonl import article_from_record
from summarizer.settings import Settings

# Errors that would fail every item the same way: they stop the batch instead.
FATAL_ERRORS: tuple[type[SummarizerError], ...] = (
    AuthenticationError,
    ConfigurationError,
    ModelNotFoundError,
    BudgetExceededError,
)


def process_item(item: BatchItem, settings: Settings, client: Any = None) -> Outcome:
    """Analyse one item and turn the result, or the failure, into an output line."""
    try:
        if item.record is None or item.id is None:
            raise InputError(f"line {item.line}: {item.problem or 'unusable'}")
        article = article_from_record(item.record, item.id)
        report = engine.analyze(article, settings, client=client)
        body = report.model_dump_json()
    except FATAL_ERRORS as exc:
        return Outcome.failure(item, settings, exc, fatal=True)
    except RecursionError:
        return Outcome.failure(item, settings, InputError(
            f"line {item.line}: nested too deeply to process"), kind="InputError")
    except Exception as exc:  # one bad item must not stop the batch
        return Outcome.failure(item, settings, exc)
    head = f'{{"id": {json.dumps(item.id)}, "line": {item.line}, "report": '
    usage = report.usage
    cost = usage.estimated_cost_usd
    return Outcome(
        key=item.key,
        line=head + body + "}",
        prompt_tokens=usage.prompt_tokens,
        completion_tokens=usage.completion_tokens,
        cost=0.0 if cost is None and usage.calls == 0 else cost,  # no call, no spend
    )


def process_chunk(chunk: list[BatchItem], settings: Settings) -> list[Outcome]:
    """Worker-process entry point: analyse a chunk of items."""
    return [process_item(item, settings) for item in chunk]


Chunk = list[BatchItem]  # items sent to a worker as one task


def chunked(items: Iterator[BatchItem], size: int) -> Iterator[Chunk]:
    """The items in lists of `size` (the last one shorter), read as they are needed."""
    chunk: Chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
