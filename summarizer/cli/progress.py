"""A one-line progress bar for long batch runs, drawn only on a terminal.

Written here rather than pulled in: it needs a dozen lines of arithmetic, and
the batch runner must not depend on how (or whether) progress is shown.
"""

from __future__ import annotations

import time
from typing import TextIO

_WIDTH = 24
_REDRAW_EVERY = 0.1  # seconds between redraws: a fast batch must not spend its time drawing


def format_duration(seconds: float) -> str:
    """Format seconds as H:MM:SS or M:SS."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


class ProgressBar:
    """Draws `done/total`, a bar, the rate, the ETA and the failures on one line.

    Call `update` as often as you like; the line is redrawn at most ten times a
    second, and `close` draws the final state and ends the line.
    """

    def __init__(self, stream: TextIO, total: int, *, label: str = "batch") -> None:
        self.stream = stream
        self.total = max(0, total)
        self.label = label
        self._started = time.monotonic()
        self._last_draw = 0.0
        self._drawn = False
        self._width = 0

    def update(self, handled: int, processed: int, failed: int, *, force: bool = False) -> None:
        """Record progress and redraw when due.

        Args:
            handled: items dealt with in any way (processed, skipped, duplicate).
            processed: items analysed in this run (success or failure): the rate's base.
            failed: items whose result is an error.
            force: redraw now, whatever the time since the last redraw.
        """
        now = time.monotonic()
        if not force and now - self._last_draw < _REDRAW_EVERY:
            return
        self._last_draw = now
        self._draw(self.render(handled, processed, failed, now - self._started))

    def render(self, handled: int, processed: int, failed: int, elapsed: float) -> str:
        """The progress line for the given counts after `elapsed` seconds."""
        total = max(self.total, handled)
        fraction = handled / total if total else 1.0
        filled = int(fraction * _WIDTH)
        bar = "#" * filled + "-" * (_WIDTH - filled)
        rate = processed / elapsed if elapsed > 0 else 0.0
        remaining = total - handled
        eta = format_duration(remaining / rate) if rate > 0 else "?"
        line = (
            f"{self.label} [{bar}] {handled}/{total} {fraction:4.0%} "
            f"{rate:,.1f}/s ETA {eta}"
        )
        if failed:
            line += f" failed {failed}"
        return line

    def close(self, handled: int, processed: int, failed: int) -> None:
        """Draw the final state and end the line."""
        self.update(handled, processed, failed, force=True)
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self, line: str) -> None:
        padding = " " * max(0, self._width - len(line))
        self.stream.write("\r" + line + padding)
        self.stream.flush()
        self._width = len(line)
        self._drawn = True
