"""Balanced Summarizer: separate reporting, opinion and unsupported allegation.

The library API::

    from summarizer import analyze, digest
    report = analyze(text)                    # one article -> Report
    note = digest([text_a, text_b])           # several articles -> Digest

Names are loaded on first use, so `import summarizer` (and `summarizer --help`)
stays fast: pydantic and the engines are imported only when needed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .version import __version__

# public name -> module that defines it
_EXPORTS = {
    "analyze": "api",
    "digest": "api",
    "Article": "inputs.article",
    "Settings": "settings",
    "Report": "schema",
    "Sentence": "schema",
    "SummaryPoint": "schema",
    "Category": "schema",
    "Confidence": "schema",
    "AttributionType": "schema",
    "Digest": "briefing.schema",
    "SummarizerError": "errors",
    "UsageError": "errors",
    "InputError": "errors",
    "ConfigurationError": "errors",
    "RunError": "errors",
    "EngineError": "errors",
    "CacheError": "errors",
    "FetchTimeoutError": "errors",
    "LLMError": "errors",
    "AuthenticationError": "errors",
    "ModelNotFoundError": "errors",
    "RateLimitError": "errors",
    "ServerError": "errors",
    "TimeoutError": "errors",
    "ConnectionError": "errors",
    "ContextOverflowError": "errors",
    "InvalidResponseError": "errors",
    "BudgetExceededError": "errors",
}

__all__ = [
    "Article",
    "AttributionType",
    "AuthenticationError",
    "BudgetExceededError",
    "CacheError",
    "Category",
    "Confidence",
    "ConfigurationError",
    "ConnectionError",
    "ContextOverflowError",
    "Digest",
    "EngineError",
    "FetchTimeoutError",
    "InputError",
    "InvalidResponseError",
    "LLMError",
    "ModelNotFoundError",
    "RateLimitError",
    "Report",
    "RunError",
    "Sentence",
    "ServerError",
    "Settings",
    "SummarizerError",
    "SummaryPoint",
    "TimeoutError",
    "UsageError",
    "__version__",
    "analyze",
    "digest",
]

if TYPE_CHECKING:
    from .api import analyze, digest
    from .briefing.schema import Digest
    from .errors import (
        AuthenticationError,
        BudgetExceededError,
        CacheError,
        ConfigurationError,
        ConnectionError,
        ContextOverflowError,
        EngineError,
        FetchTimeoutError,
        InputError,
        InvalidResponseError,
        LLMError,
        ModelNotFoundError,
        RateLimitError,
        RunError,
        ServerError,
        SummarizerError,
        TimeoutError,
        UsageError,
    )
    from .inputs.article import Article
    from .schema import AttributionType, Category, Confidence, Report, Sentence, SummaryPoint
    from .settings import Settings


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'summarizer' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
