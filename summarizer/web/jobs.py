"""Jobs: each analysis runs in a thread pool while the browser shows a page that updates.

A job has a deadline and can be cancelled. A queued job that is cancelled never
runs; a running one is marked cancelled at once and its result thrown away when
the engine returns (a model call in flight cannot be interrupted, but a digest
checks between articles). The last few jobs are kept in memory as the history:
nothing is written to disk, and a restart forgets them.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from summarizer.errors import SummarizerError

QUEUED, RUNNING, DONE, FAILED, CANCELLED, TIMED_OUT = (
    "queued", "running", "done", "failed", "cancelled", "timed out")
FINISHED = frozenset({DONE, FAILED, CANCELLED, TIMED_OUT})


class Cancelled(Exception):
    """Raised inside a job's work when it was cancelled or ran out of time."""


@dataclass
class Job:
    """One piece of work and what became of it."""

    id: str
    kind: str  # "analyse" or "digest"
    title: str
    engine: str
    deadline_s: float
    created: float = field(default_factory=time.time)
    status: str = QUEUED
    progress: str = "waiting for a free worker"
    result: Any = None
    error: str | None = None
    finished: float | None = None
    future: Future[None] | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def check(self) -> None:
        """Called by the work between steps: stop when cancelled or past the deadline."""
        self.expire()
        if self.status in FINISHED:
            raise Cancelled(self.status)

    def expire(self) -> None:
        """Mark the job timed out when it is unfinished past its deadline."""
        if self.status not in FINISHED and time.time() - self.created > self.deadline_s:
            self._finish(TIMED_OUT, error=(
                f"the job took longer than its deadline of {self.deadline_s:g} s and was "
                "stopped (try the offline engine, or start the server with a longer "
                "--job-timeout)"))

    def set_progress(self, text: str) -> None:
        """Say what the job is doing now (shown on its page)."""
        self.progress = text

    def _finish(self, status: str, *, result: Any = None, error: str | None = None) -> bool:
        with self._lock:
            if self.status in FINISHED:
                return False
            self.status, self.result, self.error = status, result, error
            self.finished = time.time()
            self.progress = status
            return True

    @property
    def elapsed(self) -> float:
        """Seconds since the job was created, or until it finished."""
        return (self.finished or time.time()) - self.created


class JobManager:
    """A thread pool running jobs, and the in-memory history of the last `keep` jobs."""

    def __init__(self, workers: int = 2, keep: int = 30) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="summarizer-job")
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._keep = keep
        self._lock = threading.Lock()

    def submit(self, kind: str, title: str, engine: str, deadline_s: float,
               work: Callable[[Job], Any]) -> Job:
        """Queue `work(job)`; its return value becomes the job's result.

        A SummarizerError becomes the job's message, worded as the CLI words it.
        """
        job = Job(id=secrets.token_urlsafe(12), kind=kind, title=title, engine=engine,
                  deadline_s=deadline_s)
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > self._keep:
                oldest = next(iter(self._jobs.values()))
                self.cancel(oldest)
                self._jobs.popitem(last=False)
        job.future = self._pool.submit(self._run, job, work)
        return job

    def get(self, job_id: str) -> Job | None:
        """The job with this id, if it is still in the history."""
        job = self._jobs.get(job_id)
        if job is not None:
            job.expire()
        return job

    def history(self) -> list[Job]:
        """The remembered jobs, newest first."""
        jobs = list(self._jobs.values())[::-1]
        for job in jobs:
            job.expire()
        return jobs

    def cancel(self, job: Job) -> bool:
        """Cancel a job that has not finished; True when it was."""
        if job.future is not None:
            job.future.cancel()  # never starts if still queued
        return job._finish(CANCELLED, error="the job was cancelled")

    def shutdown(self) -> None:
        """Stop taking work; queued jobs are dropped, running ones end on their own."""
        for job in list(self._jobs.values()):
            if job.status == QUEUED:
                self.cancel(job)
        self._pool.shutdown(wait=False, cancel_futures=True)

    @staticmethod
    def _run(job: Job, work: Callable[[Job], Any]) -> None:
        try:
            job.check()
            with job._lock:
                if job.status != QUEUED:
                    return
                job.status = RUNNING
            job.set_progress("running")
            result = work(job)
            job.check()
            job._finish(DONE, result=result)
        except Cancelled:
            return
        except SummarizerError as exc:
            job._finish(FAILED, error=str(exc))
        except Exception as exc:  # a bug: say so, keep serving
            job._finish(FAILED, error=f"internal error: {type(exc).__name__}: {exc} "
                        "(this is a bug; please report it)")
