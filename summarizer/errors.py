"""The typed exception tree raised by the library.

The library never prints and never exits: it raises one of these. Only the CLI
turns them into a message and an exit code (`exit_code` says which).

Two families are kept apart, as in pydantic-ai: `UsageError` is developer or
user misuse (bad flags, bad settings, bad input) that no retry will fix;
`RunError` is a run-time failure (the endpoint, the network, the cache).
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Base of every error the library raises on purpose."""

    exit_code: int = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return f"{self.message} ({self.hint})"
        return self.message


class UsageError(SummarizerError):
    """The caller asked for something that cannot work: fix the call, not the world."""

    exit_code = 2


class InputError(UsageError):
    """The input text is unusable: missing, empty, binary, not UTF-8, a directory."""


class ConfigurationError(UsageError):
    """Settings are missing or contradictory (no endpoint, bad model name, bad prompt dir)."""


class RunError(SummarizerError):
    """A failure while running that is not the caller's fault."""


class EngineError(RunError):
    """An engine could not produce a report."""


class CacheError(RunError):
    """The response cache could not be read or written."""


class FetchTimeoutError(RunError):
    """A web page did not arrive whole within its wall-clock deadline (not the input's
    fault: the server was slow, or trickled bytes)."""


class LLMError(EngineError):
    """A failure talking to an OpenAI-compatible endpoint.

    Attributes:
        status_code: HTTP status when the server answered, else None.
        request_id: the server's request id when it sent one, else None.
    """

    def __init__(
        self,
        message: str,
        *,
        hint: str | None = None,
        status_code: int | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, hint=hint)
        self.status_code = status_code
        self.request_id = request_id


class AuthenticationError(LLMError):
    """The endpoint refused the API key (401/403). Never retried."""


class ModelNotFoundError(LLMError):
    """The endpoint does not serve the requested model (404)."""


class RateLimitError(LLMError):
    """The endpoint kept answering 429 after the SDK's retries."""


class ServerError(LLMError):
    """The endpoint failed (5xx) after the SDK's retries."""


class TimeoutError(LLMError):
    """No answer within the configured timeout."""


class ConnectionError(LLMError):
    """The endpoint could not be reached at all."""


class ContextOverflowError(LLMError):
    """The request does not fit the model's context window."""


class InvalidResponseError(LLMError):
    """The model's answer could not be used, even after the repair round."""


class BudgetExceededError(RunError):
    """Going on would exceed the spending limit the user set."""
