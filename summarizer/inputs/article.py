"""The input article, and reading plain text safely from a file or a stream.

Web pages and HTML files are read by `fetch`; `input_loader` chooses between them.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import select
import stat
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from summarizer.errors import InputError

# A single article larger than this is refused. Analysis holds about 100 bytes of
# per-sentence objects per byte of text (scripts/bench_memory.py: 1 MB in, ~140 MB
# peak), so this cap is what bounds a run's memory; a news article is rarely 100 KB.
MAX_BYTES = 1024 * 1024
SIZE_REASON = "the single-article limit, which keeps memory bounded"
FIFO_WAIT = 10.0  # seconds a named pipe may take to deliver its whole article
_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class Article:
    """Text to analyse, with where it came from."""

    text: str
    title: str | None = None
    source: str | None = None
    id: str | None = None

    @property
    def digest(self) -> str:
        """SHA-256 of the text: the article's part of every cache key."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def decode_article(data: bytes, source: str) -> str:
    """Decode raw bytes as UTF-8 article text, refusing binary and empty input.

    Args:
        data: the raw bytes.
        source: where they came from, for messages.

    UTF-16 and UTF-32 are recognised by their byte-order mark, or, without one, by
    the NUL byte that every other (or every fourth) byte of mostly-ASCII text holds.

    Returns:
        The text, with a byte-order mark removed and line ends normalised to '\\n'.

    Raises:
        InputError: empty, binary (NUL bytes) or not UTF-8.
    """
    wide = utf16_text(data)
    if wide is not None:
        return _normalised(wide, source)
    if b"\x00" in data:
        raise InputError(
            f"{source}: looks like a binary file (it contains NUL bytes)",
            hint="give a plain-text article in UTF-8",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source}: not valid UTF-8 (byte {exc.start})",
            hint="convert it first, e.g. iconv -f latin1 -t utf-8",
        ) from None
    return _normalised(text, source)


def _normalised(text: str, source: str) -> str:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{source}: the article is empty", hint="give a file with some text")
    return text


def utf16_text(data: bytes) -> str | None:
    """The text of UTF-16 or UTF-32 bytes (by byte-order mark, or NUL pattern), else None.

    Without a mark, text in a Latin script has a NUL in the high byte of nearly
    every code unit: at least 90% of the even (big-endian) or odd (little-endian)
    bytes NUL, and almost none of the others, is UTF-16; a binary file does not
    show that regularity.
    """
    for mark, codec in _BOMS:
        if data.startswith(mark):
            try:
                return data[len(mark):].decode(codec)
            except UnicodeDecodeError:
                return None
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    for nuls, others, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls.count(0) >= 0.9 * len(nuls) and others.count(0) <= 0.02 * len(others):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def read_file_bytes(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    """Read a file's bytes, refusing directories, missing files and oversized files.

    Raises:
        InputError: missing file, a directory, unreadable, larger than `max_bytes`.
    """
    p = Path(path)
    name = str(path)
    if p.is_dir():
        raise InputError(f"{name}: is a directory", hint="give the article files inside it")
    try:
        if stat.S_ISFIFO(p.stat().st_mode):
            return _read_fifo(p, name, max_bytes)
        with p.open("rb") as handle:
            return read_bounded(handle, name, max_bytes)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file", hint="check the path") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None


def _read_fifo(path: Path, name: str, max_bytes: int) -> bytes:
    """Read a named pipe, giving up when no writer delivers it all within FIFO_WAIT seconds.

    Opening a pipe for reading blocks until a writer opens it, maybe forever; here
    it is opened without blocking and read as data arrives, up to a deadline.
    """
    deadline = time.monotonic() + FIFO_WAIT
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            remaining = deadline - time.monotonic()
            ready = select.select([fd], [], [], remaining)[0] if remaining > 0 else []
            if not ready:
                raise InputError(
                    f"{name}: a named pipe that delivered no complete article within "
                    f"{FIFO_WAIT:g} s (is anything writing to it?)",
                    hint="start the writer first, or give a regular file",
                )
            try:
                chunk = os.read(fd, 1 << 16)
            except BlockingIOError:
                continue
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > max_bytes:
                raise too_large(name, max_bytes)
            chunks.append(chunk)
    finally:
        os.close(fd)


def read_article(path: str | Path) -> Article:
    """Read one plain-text article from a file path.

    Raises:
        InputError: missing file, a directory, unreadable, too large, empty, binary, not UTF-8.
    """
    name = str(path)
    return Article(text=decode_article(read_file_bytes(path), name), source=name)


def read_stream(stream: BinaryIO, name: str = "<stdin>") -> Article:
    """Read one article from a binary stream such as stdin."""
    return Article(text=decode_article(read_bounded(stream, name), name), source=name)


def read_bounded(stream: BinaryIO, name: str, max_bytes: int = MAX_BYTES) -> bytes:
    """At most `max_bytes` of `stream`.

    Raises:
        InputError: the stream holds more (the single-article limit).
    """
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large(name, max_bytes)
    return data


def too_large(name: str, max_bytes: int) -> InputError:
    """The one message for an article over the size limit (CLI, batch and web page)."""
    return InputError(f"{name}: larger than {size_words(max_bytes)} ({SIZE_REASON})",
                      hint="split it into articles, or use `summarizer batch`")


def size_words(limit: int) -> str:
    """'1 MB', '20 kB': a size limit as people say it."""
    if limit >= 1024 * 1024:
        return f"{limit // (1024 * 1024)} MB"
    return f"{max(limit // 1024, 1)} kB"
