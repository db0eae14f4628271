"""A batch's items (its JSONL input, read by `jsonl`), and the crash-safe output it resumes from.

Every output record is one whole line, `{"id": ..., "line": N, "report": {...}}`
or `{"id": ..., "line": N, "error": {"type": ..., "message": ...}}`, written
with a single `os.write` and fsynced every so often. A kill can therefore
leave at most one truncated last line, which `scan_output` cuts off.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarizer.errors import InputError
from summarizer.inputs.jsonl import JsonLine, parse_record, read_file

_FSYNC_EVERY_LINES = 256
# The head every record written here starts with: read without parsing a whole report.
_HEAD = re.compile(
    rb'\{"id": ("(?:[^"\\]|\\.)*"|-?\d+|null), "line": (\d+), "(report|error)": '
)
_FSYNC_EVERY_SECONDS = 1.0


@dataclass(frozen=True)
class BatchItem:
    """One input line: its number, its key for resuming, and its record (or a problem)."""

    line: int
    key: str
    id: str | int | None
    record: dict[str, Any] | None = None
    problem: str | None = None


def item_key(item_id: Any, line: int) -> str:
    """The key that identifies an item across runs: its id, or its line when it has none."""
    if item_id is None:
        return f"line:{line}"
    return json.dumps(item_id)


def parse_line(raw: bytes, line: int) -> BatchItem:
    """Parse one input line; an unusable line becomes an item with a `problem`."""
    return batch_item(parse_record(raw, line))


def batch_item(parsed: JsonLine) -> BatchItem:
    """The batch item of a parsed line: a batch needs an id on every object, to resume."""
    line = parsed.line
    if parsed.record is None:
        return BatchItem(line, item_key(None, line), None, problem=parsed.problem)
    item_id = parsed.record.get("id")
    if isinstance(item_id, bool) or not isinstance(item_id, (str, int)) or item_id == "":
        return BatchItem(
            line, item_key(None, line), None,
            problem="missing id: each object needs an 'id' (a non-empty string or an integer)",
        )
    return BatchItem(line, item_key(item_id, line), item_id, record=parsed.record)


def iter_items(path: Path) -> Iterator[BatchItem]:
    """Yield the items of a JSONL file lazily, one per non-blank line (see `jsonl`).

    Raises:
        InputError: the file cannot be opened.
    """
    for parsed in read_file(path):
        yield batch_item(parsed)


@dataclass
class OutputState:
    """What an existing output file already holds."""

    done: set[str] = field(default_factory=set)
    failed: set[str] = field(default_factory=set)
    repaired_bytes: int = 0
    corrupt_lines: int = 0


def _record_key(record: Any) -> str | None:
    if not isinstance(record, dict) or not ("report" in record or "error" in record):
        return None
    line = record.get("line")
    item_id = record.get("id")
    if item_id is None and not isinstance(line, int):
        return None
    return item_key(item_id, line if isinstance(line, int) else 0)


def _read_head(raw: bytes) -> tuple[str | None, bool]:
    """The key of a whole output line and whether it is an error, or (None, False)."""
    head = _HEAD.match(raw)
    if head is not None:
        item_id = json.loads(head.group(1))
        return item_key(item_id, int(head.group(2))), head.group(3) == b"error"
    try:
        record = json.loads(raw)
    except (ValueError, RecursionError):
        return None, False
    key = _record_key(record)
    return key, key is not None and "error" in record


def scan_output(path: Path, *, repair: bool = True) -> OutputState:
    """Read the keys an output file already holds, cutting off a truncated last line.

    Args:
        path: the output file; a missing file holds nothing.
        repair: truncate the file after its last whole line (a kill mid-write).

    Returns:
        The keys done (with success or error), those failed, and what was repaired.

    Raises:
        InputError: the output is a directory, or cannot be read or repaired.
    """
    state = OutputState()
    if not path.exists():
        return state
    if path.is_dir():
        raise InputError(f"{path}: is a directory", hint="give a JSONL file as the output")
    try:
        _scan(path, state, repair)
    except OSError as exc:
        raise InputError(f"{path}: cannot read or repair ({exc.strerror or exc})") from None
    return state


def _scan(path: Path, state: OutputState, repair: bool) -> None:
    good_end = 0
    with path.open("rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                break  # a last line cut short by a kill: not a record
            good_end += len(raw)
            key, failed = _read_head(raw)
            if key is None:
                if raw.strip():
                    state.corrupt_lines += 1
                continue
            state.done.add(key)
            if failed:
                state.failed.add(key)
    size = path.stat().st_size
    if repair and size > good_end:
        with path.open("r+b") as handle:
            handle.truncate(good_end)
        state.repaired_bytes = size - good_end


def drop_failed(path: Path) -> int:
    """Rewrite the output file without its error records; return how many were dropped."""
    if not path.exists():
        return 0
    dropped = 0
    temporary = path.with_name(path.name + ".tmp")
    with path.open("rb") as source, temporary.open("wb") as target:
        for raw in source:
            key, failed = _read_head(raw)
            if key is not None and failed:
                dropped += 1
                continue
            target.write(raw)
        target.flush()
        os.fsync(target.fileno())
    os.replace(temporary, path)
    return dropped


class OutputWriter:
    """Appends whole lines to the output, flushed at once and fsynced periodically."""

    def __init__(self, path: Path) -> None:
        try:
            self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as exc:
            raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        self._unsynced = 0
        self._last_sync = time.monotonic()

    def write_line(self, line: str) -> None:
        """Append one record (a JSON text without newline) as a single line."""
        data = (line + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        self._unsynced += 1
        now = time.monotonic()
        if self._unsynced >= _FSYNC_EVERY_LINES or now - self._last_sync >= _FSYNC_EVERY_SECONDS:
            self.sync()

    def sync(self) -> None:
        """Force written lines to disk."""
        os.fsync(self._fd)
        self._unsynced = 0
        self._last_sync = time.monotonic()

    def close(self) -> None:
        """Sync and close the file."""
        if self._fd >= 0:
            self.sync()
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> OutputWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def error_line(item_id: str | int | None, line: int, kind: str, message: str) -> str:
    """An error record as one JSON line."""
    return json.dumps(
        {"id": item_id, "line": line, "error": {"type": kind, "message": message}},
        ensure_ascii=False,
    )


def same_file(first: Path, second: Path) -> bool:
    """True when two paths name the same file (also through a link)."""
    try:
        return first.resolve() == second.resolve() or (
            second.exists() and first.exists() and os.path.samefile(first, second))
    except OSError:
        return False
