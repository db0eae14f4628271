"""The one module that talks to an OpenAI-compatible endpoint (and imports `openai`).

It builds the SDK client from explicit settings (never from the SDK's own
environment lookup), or uses an injected one, and maps every SDK failure to a
typed error from `summarizer.errors` that says what happened and what to do.
Transport retries with backoff (429, 5xx, timeouts, connection errors, honouring
Retry-After) are the SDK's; a 401/403 is never retried.

Bounds: `--timeout` is a wall-clock deadline for one call, its retries and their
waits included (the overall bound of a call is `--timeout` seconds, however the
server trickles its bytes; see `deadline`). An answer longer than
`ANSWER_CHARS_PER_TOKEN` characters per requested token is refused as an invalid
response, and a body past its byte cap is not even read. No message, answer or
endpoint ever holds the API key, in any form (see `redaction`).
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
from summarizer.llm.call_usage import call_usage
from summarizer.llm.redaction import redact_secrets, without_userinfo
from summarizer.settings import Settings

# A token is about 4 characters of English; twice that is the most an honest answer holds.
ANSWER_CHARS_PER_TOKEN = 8
# On the wire a character may take 6 bytes (a JSON \\uXXXX escape), plus the envelope.
_BODY_BYTES_PER_TOKEN = 6 * ANSWER_CHARS_PER_TOKEN
_BODY_ENVELOPE_BYTES = 64 * 1024
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
    usage_estimated: bool = False  # the server reported no usable usage: counted with tiktoken


def redact(text: str, settings: Settings) -> str:
    """The text with the API key (in any form) and the base URL's credentials replaced."""
    return redact_secrets(text, settings.api_key, settings.base_url)


def endpoint_of(settings: Settings) -> str:
    """The base URL the engine talks to (never a key, never the URL's credentials)."""
    return without_userinfo(settings.base_url or DEFAULT_BASE_URL).rstrip("/")


def answer_cap(max_tokens: int) -> int:
    """The most characters an answer to a call with this completion budget may hold."""
    return max(1, max_tokens) * ANSWER_CHARS_PER_TOKEN


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

        import httpx2

        from summarizer.llm.deadline import guarded_transport

        try:
            return openai.OpenAI(
                api_key=settings.api_key or "not-needed",  # local servers accept any key
                base_url=endpoint_of(settings),
                timeout=settings.timeout,
                max_retries=settings.max_retries,
                organization=None,
                project=None,
                http_client=openai.DefaultHttpxClient(
                    event_hooks={"request": [count]},
                    transport=guarded_transport(httpx2.HTTPTransport()),
                ),
            )
        except Exception as exc:  # a malformed base URL: say so, without the URL's secrets
            raise ConfigurationError(
                f"cannot use the base URL {redact(endpoint_of(settings), settings)!r}: "
                f"{redact(str(exc), settings)}",
                hint="give --base-url / OPENAI_BASE_URL as http(s)://host[:port]/v1",
            ) from None

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
        import time

        from summarizer.llm.deadline import CallLimits, run_bounded

        limits = CallLimits(
            deadline=time.monotonic() + self.settings.timeout,
            max_bytes=_BODY_ENVELOPE_BYTES + max(1, max_tokens) * _BODY_BYTES_PER_TOKEN,
        )
        try:
            response = run_bounded(lambda: self._client.chat.completions.create(
                model=self.settings.model,
                messages=messages,
                temperature=self.settings.temperature,
                max_tokens=max_tokens,
                response_format=response_format,
            ), limits)
        except Exception as exc:
            raise self._scrub(self._translate(exc)) from None
        return self._result(response, messages, max_tokens)

    def _result(self, response: Any, messages: list[dict[str, str]],
                max_tokens: int) -> ChatResult:
        choices = getattr(response, "choices", None) or []
        request_id = getattr(response, "_request_id", None)
        content = getattr(choices[0].message, "content", None) if choices else None
        if isinstance(content, str) and len(content) > answer_cap(max_tokens):
            raise self._scrub(InvalidResponseError(
                f"{self.endpoint} (model {self.settings.model}) sent an answer of "
                f"{len(content):,} characters for a budget of {max_tokens} tokens "
                f"(at most {answer_cap(max_tokens):,} accepted)",
                hint="the server ignores max_tokens; try another model or endpoint",
                request_id=request_id,
            ))
        content = redact(content, self.settings) if isinstance(content, str) else content
        prompt, completion, estimated = call_usage(getattr(response, "usage", None), messages,
                                               content)
        if not choices:
            return ChatResult(None, "no_choices", prompt, completion, request_id, estimated)
        return ChatResult(
            content=content,
            finish_reason=choices[0].finish_reason,
            prompt_tokens=prompt,
            completion_tokens=completion,
            request_id=request_id,
            usage_estimated=estimated,
        )

    def _scrub(self, error: LLMError) -> LLMError:
        """Remove the API key from a message, should a server have echoed it."""
        error.message = redact(error.message, self.settings)
        error.args = (error.message,)
        return error

    def _translate(self, exc: Exception) -> LLMError:
        import openai

        from summarizer.llm.deadline import AnswerTooLarge, DeadlinePassed

        where = f"{self.endpoint} (model {self.settings.model})"
        if isinstance(exc, openai.APITimeoutError | DeadlinePassed):
            return TimeoutError(
                f"no complete answer from {where} within {self.settings.timeout:g} s "
                "(retries included)",
                hint="raise --timeout, or check the server is not overloaded",
            )
        if isinstance(exc, AnswerTooLarge):
            return InvalidResponseError(
                f"{where} sent an answer larger than {exc.limit:,} bytes; not read further",
                hint="the server ignores max_tokens; try another model or endpoint",
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


