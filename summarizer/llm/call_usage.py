"""The tokens one call used: as the server reported them, or counted when it did not.

A server that reports no usage, or a negative or non-numeric one, would make a run look
free (or pay back money) to --max-cost: the counts are then made with the tokenizer and
flagged as estimated.
"""

from __future__ import annotations

from typing import Any


def _tokens(usage: Any, name: str) -> int | None:
    """A token count the server reported, or None when it is missing or not a count."""
    value = getattr(usage, name, None) if usage is not None else None
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return None
    return int(value) if value >= 0 else None


def call_usage(usage: Any, messages: list[dict[str, str]],
           content: str | None) -> tuple[int, int, bool]:
    """Prompt and completion tokens, and whether they had to be estimated.

    A server that reports no usage, or a negative one, would make a run look free
    (or pay back money) to --max-cost: the counts are then made with the tokenizer.
    """
    prompt, completion = _tokens(usage, "prompt_tokens"), _tokens(usage, "completion_tokens")
    if prompt is not None and completion is not None:
        return prompt, completion, False
    from summarizer.llm.tokens import get_counter

    counter = get_counter()
    if prompt is None:
        prompt = counter.count_messages(messages)
    if completion is None:
        completion = counter.count(content or "")
    return prompt, completion, True
