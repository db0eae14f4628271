"""Worker processes that end when the batch that started them dies.

A worker of a `ProcessPoolExecutor` outlives a parent killed with `kill -9` or
SIGTERM (no cleanup runs), and would go on burning CPU for nobody. Each worker
starts a daemon thread that checks twice a second whether its parent is still
its parent; once it is not (the worker was re-parented to init), it exits.
"""

from __future__ import annotations

import os
import threading
import time

POLL_SECONDS = 0.5


def watch_parent(parent_pid: int) -> None:
    """Worker initializer: exit this process as soon as `parent_pid` is no longer its parent."""

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(POLL_SECONDS)
        os._exit(1)  # the parent is gone: nobody will read what this worker produces

    threading.Thread(target=watch, name="summarizer-orphan-watch", daemon=True).start()
