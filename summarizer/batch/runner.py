"""Run many articles from a JSONL file: bounded concurrency, resumable, never stops on one item.

Offline work goes to a pool of processes, in small chunks so that neither the
input nor the results pile up in memory; LLM work goes to a pool of threads,
one request per item. The main process alone writes the output (see
`batch_io`), so a `kill -9` loses at most the items in flight.
"""

from __future__ import annotations

import math
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import (
    FIRST_COMPLETED,
    Executor,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from summarizer.batch.io import (
    BatchItem,
    OutputWriter,
    drop_failed,
    iter_items,
    same_file,
    scan_output,
)
from summarizer.batch.lock import OutputLock
from summarizer.batch.orphans import watch_parent
from summarizer.batch.result import BatchSummary, Budget, Outcome
from summarizer.batch.work import FATAL_ERRORS, Chunk, chunked, process_chunk, process_item
from summarizer.engine import choose
from summarizer.errors import ConfigurationError, InputError, RunError, SummarizerError
from summarizer.inputs.jsonl import article_from_record, count_lines
from summarizer.llm.client import redact
from summarizer.settings import Settings

OFFLINE_CHUNK = 16  # items per task sent to a worker process
# Failures that say the endpoint is down; this many in a row stop the batch.
UNREACHABLE = frozenset({"ConnectionError", "TimeoutError"})
UNREACHABLE_LIMIT = 5


class BatchRunner:
    """One batch run; `summary` is kept up to date while it runs, and after it fails.

    Args:
        input_path: the JSONL input.
        output_path: the JSONL output, appended to and resumed from.
        settings: run settings; the engine they choose decides processes or threads.
        concurrency: worker processes (offline) or concurrent requests (openai).
        max_cost: stop before the estimated spend would exceed this many US dollars.
        retry_failed: drop the error records of earlier runs and try those items again.
        client: an OpenAI-compatible client shared by the threads (tests, reuse).
        on_progress: called with the summary after every item.
    """

    def __init__(
        self,
        input_path: Path,
        output_path: Path,
        settings: Settings,
        *,
        concurrency: int | None = None,
        max_cost: float | None = None,
        retry_failed: bool = False,
        client: Any = None,
        on_progress: Callable[[BatchSummary], None] | None = None,
    ) -> None:
        self.input_path = input_path
        self.output_path = output_path
        self.settings = settings
        self._engine = choose(settings)
        self.engine = self._engine.name
        default = (os.cpu_count() or 1) if self.engine == "offline" else 4
        self.concurrency = max(1, concurrency or default)
        self.max_cost = max_cost
        self.retry_failed = retry_failed
        self.client = client
        self.on_progress = on_progress
        self.summary = BatchSummary()
        self._fatal: SummarizerError | None = None
        self._unreachable = 0  # items in a row that failed to reach the endpoint

    def run(self) -> BatchSummary:
        """Run the batch to the end, or until a fatal error or the budget stops it.

        Raises:
            InputError: the input cannot be read or the output cannot be written.
            BudgetExceededError: the next items would exceed `max_cost` (the summary says
                how far it got; rerun with a higher budget to resume).
            SummarizerError: an error that would fail every item (a refused key, an unknown
                model, bad settings); the items it hit are not written, so a rerun retries them.
        """
        summary = self.summary
        if self.max_cost is not None and not 0 <= self.max_cost < math.inf:
            raise ConfigurationError(
                f"--max-cost must be a finite amount of US dollars, 0 or more, not "
                f"{self.max_cost!r}")
        if same_file(self.input_path, self.output_path):
            raise InputError(f"{self.output_path}: the output is the input file",
                             hint="give another -o: the input would be overwritten")
        summary.total = count_lines(self.input_path)
        if self.output_path.is_dir():
            raise InputError(f"{self.output_path}: is a directory",
                             hint="give a JSONL file as the output")
        with OutputLock(self.output_path) as lock:
            state = scan_output(self.output_path, repair=True)
            summary.repaired_bytes = state.repaired_bytes
            summary.corrupt_lines = state.corrupt_lines
            done = state.done
            if self.retry_failed and state.failed:
                summary.retried = drop_failed(self.output_path)
                lock.acquire()  # the rewritten output is a new file: lock it in turn
                done = done - state.failed
            with OutputWriter(self.output_path) as writer:
                items = self._pending(done)
                if self.engine == "offline" and self.concurrency == 1:
                    self._run_inline(items, writer)
                else:
                    self._run_pool(items, writer)
        if self._fatal is not None:
            raise self._fatal
        return summary

    def _pending(self, done: set[str]) -> Iterator[BatchItem]:
        seen: set[str] = set()
        for item in iter_items(self.input_path):
            if item.key in seen:
                self.summary.duplicates += 1
                self._progress()
                continue
            seen.add(item.key)
            if item.key in done:
                self.summary.skipped += 1
                self._progress()
                continue
            yield item

    def _record(self, outcome: Outcome, writer: OutputWriter) -> None:
        if outcome.fatal is not None:
            if self._fatal is None:
                self._fatal = outcome.fatal
            return
        writer.write_line(outcome.line)
        self.summary.add(outcome)
        self._progress()
        self._watch_endpoint(outcome)

    def _watch_endpoint(self, outcome: Outcome) -> None:
        """Stop when the endpoint looks down, rather than write an error for every item."""
        if outcome.ok or outcome.kind not in UNREACHABLE:
            self._unreachable = 0
            return
        self._unreachable += 1
        if self._unreachable >= max(UNREACHABLE_LIMIT, 2 * self.concurrency) and not self._fatal:
            self._fatal = RunError(
                f"stopped after {self._unreachable} items in a row failed with "
                f"{outcome.kind}: the endpoint looks unreachable",
                hint="rerun with --retry-failed once it is back; done items are kept",
            )

    def _progress(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.summary)

    def _run_inline(self, items: Iterator[BatchItem], writer: OutputWriter) -> None:
        for item in items:
            self._record(process_item(item, self.settings), writer)
            if self._fatal is not None:
                return

    def _run_pool(self, items: Iterator[BatchItem], writer: OutputWriter) -> None:
        offline = self.engine == "offline"
        chunk_size = OFFLINE_CHUNK if offline else 1
        limit = self.concurrency * (4 if offline else 1)  # tasks in flight
        # the offline engine costs nothing: no budget can stop it, not even --max-cost 0
        budget = Budget(self.max_cost) if self.max_cost is not None and not offline else None
        executor = self._executor()
        in_flight: dict[Future[list[Outcome]], Chunk] = {}
        reserved: dict[Future[list[Outcome]], float | None] = {}  # budget held per task
        suspects: list[Chunk] = []  # items in flight when a worker died: rerun one by one
        source = chunked(items, chunk_size)
        held: Chunk | None = None
        try:
            while True:
                while self._fatal is None and len(in_flight) < (1 if suspects else limit):
                    chunk = suspects.pop() if suspects else held or next(source, None)
                    held = None
                    if chunk is None:
                        break
                    estimate: float | None = None
                    if budget is not None:
                        estimate = self._estimate(chunk) if offline is False else None
                        decision = budget.decide(len(in_flight), estimate)
                        if decision != "go":
                            held = chunk
                            if decision == "stop":
                                self._fatal = budget.error(self.summary)
                            break
                        estimate = budget.next_estimate
                    future = self._submit(executor, chunk)
                    in_flight[future] = chunk
                    reserved[future] = estimate
                if not in_flight:
                    return
                finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in finished:
                    try:
                        outcomes = future.result()
                    except BrokenProcessPool:
                        executor.shutdown(wait=False, cancel_futures=True)
                        executor = self._executor()
                        suspects.extend(self._after_crash(list(in_flight.values()), writer))
                        in_flight = {}
                        break
                    in_flight.pop(future)
                    held_back = reserved.pop(future, None)
                    for outcome in outcomes:
                        if budget is not None:
                            budget.spend(outcome.cost, held_back)
                            held_back = None
                        self._record(outcome, writer)
        finally:
            executor.shutdown(wait=True, cancel_futures=True)

    def _estimate(self, chunk: Chunk) -> float | None:
        """An upper bound of what the chunk will cost, when the engine can plan it."""
        total = 0.0
        for item in chunk:
            if item.record is None or item.id is None:
                continue
            try:
                planned = self._engine.plan(article_from_record(item.record, item.id))
            except Exception:  # no plan, no estimate: fall back on the costs seen so far
                return None
            estimate = planned.estimated_cost_usd if planned is not None else None
            if estimate is None:
                return None
            total += estimate
        return total

    def _executor(self) -> Executor:
        if self.engine == "offline":
            # fork (where there is one): workers start fast, with the modules already imported;
            # the main process runs no threads in offline mode, so forking is safe.
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("fork" if "fork" in methods else None)
            return ProcessPoolExecutor(self.concurrency, mp_context=context,
                                       initializer=watch_parent, initargs=(os.getpid(),))
        return ThreadPoolExecutor(self.concurrency, thread_name_prefix="summarizer-batch")

    def _submit(self, executor: Executor, chunk: Chunk) -> Future[list[Outcome]]:
        if isinstance(executor, ProcessPoolExecutor):
            return executor.submit(process_chunk, chunk, self.settings)
        return executor.submit(_process_in_thread, chunk, self.settings, self.client)

    def _after_crash(self, chunks: list[Chunk], writer: OutputWriter) -> list[Chunk]:
        """A worker died: every task in flight failed with it.

        A single item that ran alone is the culprit and becomes an error record;
        otherwise every item in flight is a suspect, to be rerun alone.
        """
        if len(chunks) == 1 and len(chunks[0]) == 1:
            item = chunks[0][0]
            error = RuntimeError("the worker process died on this item (out of memory?)")
            self._record(Outcome.failure(item, self.settings, error, kind="WorkerCrashed"), writer)
            return []
        return [[item] for chunk in reversed(chunks) for item in reversed(chunk)]


def _process_in_thread(chunk: Chunk, settings: Settings, client: Any) -> list[Outcome]:
    return [process_item(item, settings, client) for item in chunk]


__all__ = [
    "FATAL_ERRORS",
    "BatchRunner",
    "BatchSummary",
    "Outcome",
    "article_from_record",
    "process_item",
    "redact",
]
