"""Choosing an output format and writing results without losing work."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from summarizer.errors import UsageError

# The formats of summarizer.render.report.FORMATS, named here so `--help` needs no pydantic.
FORMATS = ("md", "json", "text", "html")
_BY_SUFFIX = {".md": "md", ".markdown": "md", ".json": "json", ".txt": "text", ".html": "html",
              ".htm": "html"}


def choose_format(requested: str | None, output: Path | None) -> str:
    """The format asked for; else the output file's extension; else md on a terminal, text.

    Raises:
        UsageError: the output file's extension names no format and none was asked for.
    """
    if requested:
        return requested
    if output is not None and str(output) == "-":
        output = None  # '-o -' is stdout
    if output is not None and output.suffix.lower() in _BY_SUFFIX:
        return _BY_SUFFIX[output.suffix.lower()]
    if output is not None and output.suffix:
        raise UsageError(f"{output}: no output format is known for '{output.suffix}'",
                         hint="name the file .md, .json, .txt or .html, or pass --format")
    if output is None and sys.stdout is not None and sys.stdout.isatty():
        return "md"
    return "text"


def write_output(content: str, output: Path | None) -> None:
    """Write to stdout, or atomically to `output` (a crash never leaves half a file).

    Raises:
        UsageError: the output's folder does not exist or is not writable.
    """
    if output is None or str(output) == "-":
        sys.stdout.write(content)
        sys.stdout.flush()
        return
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"{output}: folder {folder} does not exist", hint="create it first")
    if output.is_dir():
        raise UsageError(f"{output}: is a directory", hint="give a file name")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{output.name}.", suffix=".tmp")
    except PermissionError:
        raise UsageError(f"{output}: permission denied") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual mode
        os.replace(tmp, output)
    except BaseException as exc:  # a full disk, a refused rename, Ctrl-C: leave no temp file
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, PermissionError):
            raise UsageError(f"{output}: permission denied") from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_report(content: str, output: Path | None, fmt: str, colour: str = "auto") -> None:
    """Write a rendered md/text/json/html document, coloured for a terminal when md or text.

    Colour goes only to stdout (never into a file), and only when `colour` is
    `always`, or `auto` on a terminal without NO_COLOR (see render/colour.py).
    """
    to_stdout = output is None or str(output) == "-"
    if to_stdout and fmt in ("md", "text"):
        from summarizer.render.colour import colourize, use_colour

        if use_colour(colour, sys.stdout):
            content = colourize(content)
    write_output(content, output)
