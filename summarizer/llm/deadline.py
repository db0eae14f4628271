"""Wall-clock bounds on one model call: a deadline, and a cap on the answer's size.

httpx's read timeout restarts with every byte received, so a server that
trickles one byte every two seconds never times out. Here a call runs in a
daemon thread that the caller waits for at most `seconds`: when the deadline
passes, the caller gets a TimeoutError at once, and the HTTP transport of a
client built by us (see `guarded_transport`) refuses to read another chunk or
start another retry for that call, so the abandoned thread ends soon after.
The same transport stops reading a body larger than the call's byte cap, so a
300 MB answer is never held in memory.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


class DeadlinePassed(Exception):
    """The call's wall-clock deadline passed while the transport was still reading."""


class AnswerTooLarge(Exception):
    """The response body grew past the call's byte cap."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the answer is larger than {limit:,} bytes")
        self.limit = limit


@dataclass
class CallLimits:
    """The bounds of one call: when it must end, and how many body bytes it may read."""

    deadline: float
    max_bytes: int
    abandoned: bool = False

    def check(self) -> None:
        """Raise DeadlinePassed when the call is over (its time is up, or it was abandoned)."""
        if self.abandoned or time.monotonic() >= self.deadline:
            raise DeadlinePassed("deadline passed")


_current = threading.local()


def current_limits() -> CallLimits | None:
    """The limits of the call running in this thread, if any."""
    limits: CallLimits | None = getattr(_current, "limits", None)
    return limits


def run_bounded(function: Callable[[], T], limits: CallLimits) -> T:
    """Run `function` in a daemon thread and wait for it until `limits.deadline`.

    Raises:
        DeadlinePassed: the deadline passed first (the thread is abandoned: its
            transport stops at its next chunk or request).
        BaseException: whatever `function` raised.
    """
    outcome: dict[str, Any] = {}
    finished = threading.Event()

    def target() -> None:
        _current.limits = limits
        try:
            outcome["value"] = function()
        except BaseException as exc:  # handed to the waiting caller
            outcome["error"] = exc
        finally:
            finished.set()

    worker = threading.Thread(target=target, name="summarizer-llm-call", daemon=True)
    worker.start()
    if not finished.wait(max(0.0, limits.deadline - time.monotonic())):
        limits.abandoned = True
        raise DeadlinePassed("deadline passed")
    if "error" in outcome:
        raise outcome["error"]
    value: T = outcome["value"]
    return value


def guarded_transport(inner: Any) -> Any:
    """An httpx transport that enforces the current call's deadline and byte cap."""
    import httpx2

    class _Guarded(httpx2.BaseTransport):
        def handle_request(self, request: Any) -> Any:
            limits = current_limits()
            if limits is None:
                return inner.handle_request(request)
            limits.check()
            timeouts = dict(request.extensions.get("timeout") or {})
            remaining = max(0.01, limits.deadline - time.monotonic())
            for name in ("connect", "read", "write", "pool"):
                current = timeouts.get(name)
                timeouts[name] = remaining if current is None else min(current, remaining)
            request.extensions["timeout"] = timeouts
            response = inner.handle_request(request)
            response.stream = _GuardedStream(response.stream, limits)
            return response

        def close(self) -> None:
            inner.close()

    class _GuardedStream(httpx2.SyncByteStream):
        """A response body that stops at the deadline or past the byte cap."""

        def __init__(self, stream: Any, limits: CallLimits) -> None:
            self._stream = stream
            self._limits = limits

        def __iter__(self) -> Iterator[bytes]:
            total = 0
            for chunk in self._stream:
                self._limits.check()
                total += len(chunk)
                if total > self._limits.max_bytes:
                    raise AnswerTooLarge(self._limits.max_bytes)
                yield chunk

        def close(self) -> None:
            self._stream.close()

    return _Guarded()
