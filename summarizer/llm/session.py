"""One article's conversation with the endpoint: mode, cache, usage, warnings.

Structured output uses `json_schema` first; a server that rejects it gets `json_object`
with the schema in the request and the prompt, and the endpoint's mode is remembered
(in this process, in the cache and in a state file). An unusable answer gets one repair
round. Every answer is cached; `--votes N` asks N times and keeps the majority label.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from summarizer.errors import InvalidResponseError, LLMError, ServerError
from summarizer.llm import modes
from summarizer.llm.answers import ParsedAnswer, parse_answer
from summarizer.llm.cache import ResponseCache, cache_key
from summarizer.llm.client import ChatResult, LLMClient
from summarizer.llm.plan import CONTEXT_SHARE, CallSpec, Mode, response_format
from summarizer.llm.pricing import ModelInfo, model_info
from summarizer.llm.prompting import prompt_version, repair_message
from summarizer.llm.tokens import get_counter
from summarizer.llm.votes import combine
from summarizer.schema import Usage
from summarizer.settings import Settings

_MODES: dict[str, Mode] = {}  # endpoint -> mode, within this process


# A rejection of the request itself (client.py reports a 5xx whose body names
# response_format as InvalidResponseError too); a ServerError is transient and
# never switches the mode.
_REJECTED_STATUS = (400, 422, 500, 501)


@dataclass
class Session:
    """One article's conversation with the endpoint: mode, cache, usage, warnings."""

    settings: Settings
    llm: LLMClient
    cache: ResponseCache
    version: str
    mode: Mode = "json_schema"
    context_window: int = 8192
    usage: Usage = field(default_factory=Usage)
    warnings: list[str] = field(default_factory=list)
    unstable: dict[str, list[str]] = field(default_factory=dict)  # id -> labels per vote
    vote: int = 0  # which vote the current call is

    def ask_votes(self, call: CallSpec) -> ParsedAnswer | None:
        """`settings.votes` answers to one call, combined (majority label per sentence)."""
        votes = self.settings.votes if call.kind != "merge" else 1
        answer, flipped = combine([self.ask(call, vote) for vote in range(votes)], call.ids)
        self.unstable.update(flipped)
        return answer

    def ask(self, call: CallSpec, vote: int = 0) -> ParsedAnswer | None:
        """One call, with the mode fallback and one repair round; None when unusable."""
        self.vote = vote
        messages = call.messages(self.settings, self.mode)
        max_tokens = call.max_tokens()
        problem = _usable(self._send(call, messages, max_tokens), call)
        if not isinstance(problem, str):
            return problem
        repaired = [*call.messages(self.settings, self.mode), repair_message(
            problem, self.settings.prompts_dir)]
        room = int(self.context_window * CONTEXT_SHARE) - get_counter().count_messages(repaired)
        retry = self._send(call, repaired, max(max_tokens, min(int(max_tokens * 1.5), room)))
        second = _usable(retry, call)
        if not isinstance(second, str):
            self.warnings.append(f"{what(call)}: first answer unusable ({problem}); "
                                 "the repair round fixed it")
            return second
        self.warnings.append(f"{what(call)}: answer unusable ({problem}), and again after "
                             f"the repair round ({second})")
        return None

    def close(self) -> None:
        """Close the cache and the HTTP client built for this session."""
        if self.cache.fault is not None:
            self.warnings.append(self.cache.fault)
        if self.usage.tokens_estimated:
            self.warnings.append("the endpoint reported no usable token usage: tokens (and "
                                 "cost) estimated with the tokenizer")
        self.cache.close()
        self.llm.close()

    def _send(self, call: CallSpec, messages: list[dict[str, str]], max_tokens: int) -> ChatResult:
        while True:
            fmt = response_format(self.mode, call.response_schema())
            if self.mode == "json_object":  # the schema goes in the prompt too
                messages = _with_prompt_schema(messages, call, self.settings)
            vote = {"vote": self.vote} if self.vote else {}  # each vote is its own answer
            key = cache_key(endpoint=self.llm.endpoint, model=self.settings.model,
                            prompt_version=self.version, temperature=self.settings.temperature,
                            max_tokens=max_tokens, response_format=fmt, messages=messages,
                            **vote)
            hit = _cached_result(self.cache.get(key))
            if hit is not None:
                self.usage.cache_hits += 1
                return hit
            try:
                result = self.llm.chat(messages, response_format=fmt, max_tokens=max_tokens)
            except (ServerError, InvalidResponseError) as exc:
                self.usage.calls += 1
                if exc.status_code is None and "UnicodeDecodeError" in str(exc):
                    return ChatResult(None, "invalid_utf8", 0, 0)  # gets the repair round
                if self.mode != "json_schema" or isinstance(exc, ServerError) \
                        or exc.status_code not in _REJECTED_STATUS:
                    raise
                self._fall_back(exc)
                continue
            self.usage.calls += 1
            self.usage.prompt_tokens += result.prompt_tokens
            self.usage.completion_tokens += result.completion_tokens
            self.usage.tokens_estimated |= result.usage_estimated
            self.cache.put(key, result.__dict__)  # never raises: a cache fault keeps the answer
            return result

    def _fall_back(self, exc: LLMError) -> None:
        self.mode = "json_object"
        _MODES[self.llm.endpoint] = self.mode
        self.cache.remember_mode(self.llm.endpoint, self.mode)
        modes.remember(self.settings.cache_dir, self.llm.endpoint, self.mode)
        self.warnings.append(
            f"the endpoint rejected response_format json_schema (HTTP {exc.status_code}); "
            "used json_object with the schema in the request and the prompt (remembered)"
        )


def open_session(
    settings: Settings, client: Any | None = None, info: ModelInfo | None = None
) -> Session:
    """A session with the endpoint: client, cache, remembered mode; `close()` it after use."""
    info = info or model_info(settings.model)
    version = prompt_version(settings.prompts_dir)
    llm = LLMClient(settings, client)
    cache = ResponseCache(settings.cache_dir, enabled=settings.use_cache)
    try:
        mode = (modes.remembered(settings.cache_dir, llm.endpoint)
                or (cache.endpoint_mode(llm.endpoint) if settings.use_cache
                    else _MODES.get(llm.endpoint))
                or "json_schema")
    except BaseException:
        llm.close()
        raise
    session = Session(settings, llm, cache, version, mode=mode,
                       context_window=info.context_window)
    warning = get_counter().warning
    if warning:
        session.warnings.append(warning)
    return session


def _cached_result(value: dict[str, Any] | None) -> ChatResult | None:
    """A cached answer, or None when there is none or it has another shape (a stale row)."""
    if value is None:
        return None
    try:
        return ChatResult(**value)
    except TypeError:
        return None


def _with_prompt_schema(
    messages: list[dict[str, str]], call: CallSpec, settings: Settings
) -> list[dict[str, str]]:
    """Messages built for json_schema mode, rebuilt with the schema stated in the prompt."""
    fresh = call.messages(settings, "json_object")
    return [*fresh, *messages[len(fresh):]]


def _usable(result: ChatResult, call: CallSpec) -> ParsedAnswer | str:
    """The parsed answer, or why it cannot be used."""
    if result.finish_reason == "no_choices":
        return "the response held no choices"
    if result.finish_reason == "invalid_utf8":
        return "the answer is not valid UTF-8 text"
    if result.finish_reason == "length":
        return "the answer was cut off at the token limit (finish_reason=length)"
    try:
        parsed = parse_answer(result.content)
    except ValueError as exc:
        return str(exc)
    if call.kind in ("merge", "digest"):
        return parsed if parsed.summary else "no usable summary point"
    if not set(parsed.labels) & set(call.ids):
        return "no usable label for any sentence id"
    return parsed


def what(call: CallSpec) -> str:
    return f"chunk {call.part}/{call.parts}" if call.kind == "chunk" else f"{call.kind} call"
