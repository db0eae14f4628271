"""The input article, and reading plain text safely from a file or a stream.

Web pages and HTML files are read by `fetch`; `input_loader` chooses between them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from summarizer.errors import InputError

MAX_BYTES = 50 * 1024 * 1024  # a single article larger than this is not an article


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

    Returns:
        The text, with a byte-order mark removed and line ends normalised to '\\n'.

    Raises:
        InputError: empty, binary (NUL bytes) or not UTF-8.
    """
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
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{source}: the article is empty", hint="give a file with some text")
    return text


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
        with p.open("rb") as handle:
            return _read_bounded(handle, name, max_bytes)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file", hint="check the path") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None


def read_article(path: str | Path) -> Article:
    """Read one plain-text article from a file path.

    Raises:
        InputError: missing file, a directory, unreadable, too large, empty, binary, not UTF-8.
    """
    name = str(path)
    return Article(text=decode_article(read_file_bytes(path), name), source=name)


def read_stream(stream: BinaryIO, name: str = "<stdin>") -> Article:
    """Read one article from a binary stream such as stdin."""
    return Article(text=decode_article(_read_bounded(stream, name), name), source=name)


def _read_bounded(stream: BinaryIO, name: str, max_bytes: int = MAX_BYTES) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(
            f"{name}: larger than {max_bytes // (1024 * 1024)} MB",
            hint="split it into articles, or use `summarizer batch`",
        )
    return data
