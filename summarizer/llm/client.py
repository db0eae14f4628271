"""The one module that talks to an OpenAI-compatible endpoint (and imports `openai`).

It builds the SDK client from explicit settings (never from the SDK's own
environment lookup), or uses an injected one, and maps every SDK failure to a
typed error from `summarizer.errors` that says what happened and what to do.
Transport retries with backoff (429, 5xx, timeouts, connection errors, honouring
Retry-After) are the SDK's; a 401/403 is never retried. No message ever holds
the API key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from summarizer.errors import (
    AuthenticationError,
    ConfigurationError,
    ConnectionError,
    ContextOverflowError,
    InvalidResponseError,
    LLMError,
    ModelNotFoundError,
    RateLimitError,
    ServerError,
    TimeoutError,
)
from summarizer.settings import Settings

DEFAULT_BASE_URL = "https://api.openai.com/v1"
_OVERFLOW_HINTS = ("context_length", "context length", "context window", "maximum context",
                   "too many tokens", "exceed context")


@dataclass(frozen=True)
class ChatResult:
    """One chat completion, reduced to what the engine uses."""

    content: str | None
    finish_reason: str | None
    prompt_tokens: int
    completion_tokens: int
    request_id: str | None = None


def redact(text: str, settings: Settings) -> str:
    """The text with the API key replaced, so no report, cache, log or error can hold it."""
    key = settings.api_key
    if key and len(key) >= 4:
        return text.replace(key, "[redacted]")
    return text


def endpoint_of(settings: Settings) -> str:
    """The base URL the engine talks to (never a key)."""
    return (settings.base_url or DEFAULT_BASE_URL).rstrip("/")


class LLMClient:
    """A thin, typed wrapper over `openai.OpenAI().chat.completions.create`."""

    def __init__(self, settings: Settings, client: Any | None = None) -> None:
        """Use `client` when given, else build one from `settings` alone."""
        self.settings = settings
        self.endpoint = endpoint_of(settings)
        self.http_requests: int | None = None  # counted on the wire for a client built here
        self._owned = client is None  # a client built here is closed here; an injected one is not
        self._client = client if client is not None else self._build(settings)

    def close(self) -> None:
        """Close the HTTP connections of a client built here (an injected one is left open)."""
        if self._owned:
            self._client.close()

    def _build(self, settings: Settings) -> Any:
        if not settings.endpoint_configured:
            raise ConfigurationError(
                "the openai engine needs an endpoint",
                hint="set OPENAI_API_KEY for OpenAI, or --base-url / OPENAI_BASE_URL for another "
                "OpenAI-compatible server; or use --engine offline",
            )
        import openai

        self.http_requests = 0

        def count(request: Any) -> None:
            self.http_requests = (self.http_requests or 0) + 1

        return openai.OpenAI(
            api_key=settings.api_key or "not-needed",  # local servers accept any key
            base_url=endpoint_of(settings),
            timeout=settings.timeout,
            max_retries=settings.max_retries,
            organization=None,
            project=None,
            http_client=openai.DefaultHttpxClient(event_hooks={"request": [count]}),
        )

    def chat(
        self,
        messages: list[dict[str, str]],
        *,
        response_format: dict[str, Any],
        max_tokens: int,
    ) -> ChatResult:
        """Send one chat completion request.

        Args:
            messages: the chat messages.
            response_format: the `response_format` body field.
            max_tokens: the completion budget.

        Returns:
            The first choice's content and finish reason, with token usage.

        Raises:
            LLMError: a subclass naming the failure (auth, model, rate limit, server,
                timeout, connection, context overflow, unusable response).
        """
        try:
            response = self._client.chat.completions.create(
                model=self.settings.model,
                messages=messages,
                temperature=self.settings.temperature,
                max_tokens=max_tokens,
                response_format=response_format,
            )
        except Exception as exc:
            raise self._scrub(self._translate(exc)) from None
        choices = getattr(response, "choices", None) or []
        usage = getattr(response, "usage", None)
        request_id = getattr(response, "_request_id", None)
        if not choices:
            return ChatResult(None, "no_choices", _tokens(usage, "prompt_tokens"),
                              _tokens(usage, "completion_tokens"), request_id)
        choice = choices[0]
        content = getattr(choice.message, "content", None)
        return ChatResult(
            content=redact(content, self.settings) if isinstance(content, str) else content,
            finish_reason=choice.finish_reason,
            prompt_tokens=_tokens(usage, "prompt_tokens"),
            completion_tokens=_tokens(usage, "completion_tokens"),
            request_id=request_id,
        )

    def _scrub(self, error: LLMError) -> LLMError:
        """Remove the API key from a message, should a server have echoed it."""
        error.message = redact(error.message, self.settings)
        error.args = (error.message,)
        return error

    def _translate(self, exc: Exception) -> LLMError:
        import openai

        where = f"{self.endpoint} (model {self.settings.model})"
        if isinstance(exc, openai.APITimeoutError):
            return TimeoutError(
                f"no answer from {where} within {self.settings.timeout:g} s",
                hint="raise --timeout, or check the server is not overloaded",
            )
        if isinstance(exc, openai.APIConnectionError):
            return ConnectionError(
                f"cannot reach {self.endpoint}",
                hint="check --base-url / OPENAI_BASE_URL and that the server is running",
            )
        if isinstance(exc, openai.APIStatusError):
            return self._status_error(exc, where)
        if isinstance(exc, openai.APIResponseValidationError | openai.APIError):
            return InvalidResponseError(
                f"{where} answered with something that is not a chat completion",
                hint="check --base-url points at an OpenAI-compatible /v1 endpoint",
            )
        return InvalidResponseError(
            f"unexpected failure talking to {where}: {type(exc).__name__}",
            hint="retry; report a bug if it persists",
        )

    def _status_error(self, exc: Any, where: str) -> LLMError:
        status = int(exc.status_code)
        request_id = getattr(exc, "request_id", None)
        ids: dict[str, Any] = {"status_code": status, "request_id": request_id}
        detail = _detail(exc)
        if status in (401, 403):
            return AuthenticationError(
                f"{where} refused the API key (HTTP {status})",
                hint="check OPENAI_API_KEY / --api-key and its access to this model",
                **ids,
            )
        if status == 404:
            return ModelNotFoundError(
                f"{where} does not serve model {self.settings.model!r} (HTTP 404)",
                hint="check --model / SUMMARIZER_MODEL against the endpoint's model list",
                **ids,
            )
        if status == 429:
            return RateLimitError(
                f"{where} kept answering 'rate limited' (HTTP 429) after "
                f"{self.settings.max_retries} retries",
                hint="wait and rerun, lower the concurrency, or raise --retries",
                **ids,
            )
        if any(h in detail.lower() for h in _OVERFLOW_HINTS):
            return ContextOverflowError(
                f"the request does not fit the context window of {self.settings.model} "
                f"(HTTP {status})",
                hint="use a model with a larger context, or shorten the article",
                **ids,
            )
        if status >= 500 and not _REJECTS_FORMAT.search(detail):
            return ServerError(
                f"{where} failed with HTTP {status} after {self.settings.max_retries} retries",
                hint="retry later; check the server's logs",
                **ids,
            )
        return InvalidResponseError(
            f"{where} rejected the request (HTTP {status}): {detail[:200]}",
            hint="the endpoint may not support this request; try another model or endpoint",
            **ids,
        )


# A 5xx whose message names the response_format field (llama.cpp's server answers a
# json_schema request this way) rejects the request: it is no transient server fault.
_REJECTS_FORMAT = re.compile(r"response_format|json_schema|json_object", re.IGNORECASE)


def _detail(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            return str(inner.get("message") or inner.get("code") or inner)
        return str(inner)
    return str(getattr(exc, "message", "") or "")


def _tokens(usage: Any, name: str) -> int:
    value = getattr(usage, name, 0) if usage is not None else 0
    return int(value or 0)
