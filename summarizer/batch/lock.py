"""One writer per batch output: an advisory lock held for the whole run.

Two `summarizer batch` runs appending to the same output would interleave and
write ids twice. The runner therefore holds an exclusive `flock` on the output
file while it runs; a second run is refused at once with a clear message. The
kernel releases the lock when its holder exits in any way (even `kill -9`), so
a crash never leaves a stale lock behind, and no lock file is left on disk.
"""

from __future__ import annotations

import os
from pathlib import Path

from summarizer.errors import InputError, RunError


class OutputBusyError(RunError):
    """Another process is writing to the same batch output."""


class OutputLock:
    """An exclusive advisory lock on a batch output file (created when missing)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd = -1

    def acquire(self) -> OutputLock:
        """Take the lock, or refuse when another process holds it.

        Raises:
            OutputBusyError: another process holds the lock.
            InputError: the output cannot be opened.
        """
        self.release()
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as exc:
            raise InputError(f"{self.path}: cannot write ({exc.strerror or exc})") from None
        try:
            import fcntl
        except ImportError:  # no flock on this platform: run unlocked
            self._fd = fd
            return self
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise OutputBusyError(
                f"{self.path}: another summarizer batch is writing to this output",
                hint="wait for it to finish, or give another -o; a rerun resumes where it stopped",
            ) from None
        self._fd = fd
        return self

    def release(self) -> None:
        """Release the lock (closing the descriptor releases it)."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> OutputLock:
        return self.acquire()

    def __exit__(self, *exc_info: object) -> None:
        self.release()
