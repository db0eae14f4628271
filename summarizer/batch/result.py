"""What a batch item produced, what the whole batch did, and what it may still spend."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from summarizer.batch.io import error_line
from summarizer.errors import BudgetExceededError, SummarizerError
from summarizer.llm.client import redact
from summarizer.settings import Settings

if TYPE_CHECKING:
    from summarizer.batch.io import BatchItem

_MAX_MESSAGE = 500


@dataclass
class Outcome:
    """The output line of one item, and what it cost; or the fatal error it hit."""

    key: str
    line: str
    ok: bool = True
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float | None = 0.0
    fatal: SummarizerError | None = None
    kind: str | None = None  # the error type of a failure

    @classmethod
    def failure(
        cls,
        item: BatchItem,
        settings: Settings,
        exc: BaseException,
        *,
        fatal: bool = False,
        kind: str | None = None,
    ) -> Outcome:
        """An error record for `item`; a fatal error is kept to stop the batch instead."""
        message = redact(str(exc), settings)[:_MAX_MESSAGE] or type(exc).__name__
        kind = kind or type(exc).__name__
        line = error_line(item.id, item.line, kind, message)
        outcome = cls(key=item.key, line=line, ok=False, cost=0.0, kind=kind)
        if fatal and isinstance(exc, SummarizerError):
            exc.message = redact(exc.message, settings)
            outcome.fatal = exc
        return outcome


@dataclass
class BatchSummary:
    """Counts, tokens and cost of a batch run, kept up to date while it runs."""

    total: int = 0
    done: int = 0
    failed: int = 0
    skipped: int = 0
    duplicates: int = 0
    retried: int = 0
    repaired_bytes: int = 0
    corrupt_lines: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    unpriced: int = 0
    error_types: dict[str, int] = field(default_factory=dict)

    @property
    def processed(self) -> int:
        """Items analysed in this run, successfully or not."""
        return self.done + self.failed

    @property
    def handled(self) -> int:
        """Input lines dealt with in any way."""
        return self.processed + self.skipped + self.duplicates

    def add(self, outcome: Outcome) -> None:
        """Count one written outcome."""
        if outcome.ok:
            self.done += 1
        else:
            self.failed += 1
            kind = outcome.kind or "Error"
            self.error_types[kind] = self.error_types.get(kind, 0) + 1
        self.prompt_tokens += outcome.prompt_tokens
        self.completion_tokens += outcome.completion_tokens
        if outcome.cost is None:
            self.unpriced += 1
        else:
            self.cost_usd += outcome.cost

    def describe(self, seconds: float | None = None) -> str:
        """The closing summary, a few lines for stderr."""
        lines = [
            f"batch: {self.done} done, {self.failed} failed, {self.skipped} skipped "
            f"(already in output), {self.duplicates} duplicate ids ignored; "
            f"{self.handled} of {self.total} input lines handled"
        ]
        if seconds is not None and seconds > 0:
            lines.append(f"  {seconds:.1f} s, {self.processed / seconds:,.1f} items/s")
        lines.append(
            f"  tokens: {self.prompt_tokens} prompt + {self.completion_tokens} completion; "
            f"cost ${self.cost_usd:.4f}"
            + (f" (+ {self.unpriced} items at unknown price)" if self.unpriced else "")
        )
        if self.error_types:
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.error_types.items()))
            lines.append(f"  errors: {kinds}")
        if self.retried:
            lines.append(f"  {self.retried} earlier error records dropped to retry them")
        if self.repaired_bytes:
            lines.append(
                f"  repaired the output: cut a truncated last line ({self.repaired_bytes} bytes)"
            )
        if self.corrupt_lines:
            lines.append(f"  {self.corrupt_lines} unreadable lines in the output were ignored")
        return "\n".join(lines)


Decision = Literal["go", "wait", "stop"]


class Budget:
    """Admits items while the estimated spend stays within `limit` US dollars.

    An item's cost is estimated as the larger of its planned cost (when the
    engine can plan it: the prompt plus the whole completion budget) and the
    dearest item seen so far; with neither, a single item runs alone to learn
    it. The estimates of the items in flight are reserved until their real cost
    is known. Items at an unknown price count as free (the summary says how many).
    """

    def __init__(self, limit: float) -> None:
        self.limit = limit
        self.spent = 0.0
        self.reserved = 0.0
        self.per_item: float | None = None
        self.next_estimate: float | None = None

    def decide(self, in_flight: int, estimate: float | None = None) -> Decision:
        """Whether one more item may start while `in_flight` are running.

        On "go" its estimate is reserved: pass it back to `spend` when it ends.
        """
        known = [c for c in (estimate, self.per_item) if c is not None]
        cost = max(known) if known else None  # the cautious one of plan and experience
        self.next_estimate = cost
        if cost is None:
            return "wait" if in_flight else ("go" if self.spent < self.limit else "stop")
        if self.spent + self.reserved + cost <= self.limit:
            self.reserved += cost
            return "go"
        return "wait" if in_flight else "stop"

    def spend(self, cost: float | None, reserved: float | None = None) -> None:
        """Account for a finished item: release its reservation, learn from its cost."""
        if reserved is not None:
            self.reserved = max(0.0, self.reserved - reserved)
        if cost is None:
            return
        self.spent += cost
        self.per_item = cost if self.per_item is None else max(self.per_item, cost)

    def error(self, summary: BatchSummary) -> BudgetExceededError:
        """The error that stops the batch."""
        return BudgetExceededError(
            f"stopped before exceeding --max-cost ${self.limit:.4f}: spent "
            f"${self.spent:.4f}, next item estimated at ${self.next_estimate or 0:.4f}; "
            f"{summary.handled} of {summary.total} lines handled",
            hint="rerun with a higher --max-cost to resume where it stopped",
        )
