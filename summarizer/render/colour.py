"""Colour for md and text output on a terminal, following the NO_COLOR convention.

The renderers write plain documents; colour is laid over them here, line by line,
only when asked (`--color always`) or when stdout is a terminal and NO_COLOR is not
set (`auto`). Article text has had its control characters replaced
(`words.printable`) before this runs, so the only escape sequences in the output are
the ones added here.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import TextIO

RESET = "\x1b[0m"
BOLD = "\x1b[1m"
_LABEL_COLOURS = {
    "high": "\x1b[32m",  # green
    "medium": "\x1b[36m",  # cyan
    "low": "\x1b[33m",  # yellow
    "unsupported": "\x1b[31m",  # red
    "n/a (opinion)": "\x1b[35m",  # magenta
    "ALLEGED": "\x1b[31m",
    "unsupported allegation": "\x1b[31m",
    "opinion": "\x1b[35m",
}
_LABEL = re.compile(r"\[(high|medium|low|unsupported|n/a \(opinion\))\]")
_CATEGORY = re.compile(r"(unsupported allegation|\bALLEGED\b)")
_HEADING = re.compile(r"^(#{1,6} .*|[A-Z][A-Z ,()/:-]{3,})$")


def use_colour(choice: str, stream: TextIO | None, env: Mapping[str, str] | None = None) -> bool:
    """Whether to colour: always / never, or auto: a terminal, NO_COLOR unset, TERM not dumb."""
    if choice == "always":
        return True
    if choice == "never" or stream is None:
        return False
    environ = os.environ if env is None else env
    if environ.get("NO_COLOR") or environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def colourize(document: str) -> str:
    """`document` with headings in bold and confidence labels in colour."""
    lines = []
    for line in document.split("\n"):
        if _HEADING.match(line):
            lines.append(f"{BOLD}{line}{RESET}")
            continue
        line = _LABEL.sub(lambda m: f"{_LABEL_COLOURS[m.group(1)]}{m.group(0)}{RESET}", line)
        line = _CATEGORY.sub(lambda m: f"{_LABEL_COLOURS[m.group(1)]}{m.group(0)}{RESET}", line)
        lines.append(line)
    return "\n".join(lines)
