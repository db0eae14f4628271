"""The response cache: SQLite in the user's cache directory.

A model answer is stored under a key made of the endpoint, model, prompt
version, request parameters and the exact messages (which hold the article),
so a rerun of the same article makes zero HTTP calls, and any change to the
prompt, the schema or the article misses. The API key is never part of a key
or a value. The same database remembers, per endpoint, which structured-output
mode the server accepts.

A cache is a convenience, never a reason to fail: when it cannot be opened,
read or written (read-only, locked by another process, corrupt, a directory
where the file should be), the cache turns itself off for the rest of the run
and keeps one warning in `fault`; the run goes on uncached and an answer already
paid for is kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import time
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY, value TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS endpoints (
    endpoint TEXT PRIMARY KEY, mode TEXT NOT NULL, noted REAL NOT NULL);
"""
_LOCK_WAIT_SECONDS = 2.0  # a cache held by another writer longer than this is skipped


def default_cache_dir() -> Path:
    """The per-user cache folder (platformdirs)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("balanced-summarizer", appauthor=False))


def cache_key(**parts: Any) -> str:
    """A stable SHA-256 key of JSON-serialisable parts."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def remembered_mode(cache_dir: Path | None, use_cache: bool, endpoint: str) -> str | None:
    """The structured-output mode the cache remembers for an endpoint, if any (opens and closes).

    An unusable cache remembers nothing.
    """
    cache = ResponseCache(cache_dir, enabled=use_cache)
    try:
        return cache.endpoint_mode(endpoint)
    finally:
        cache.close()


class ResponseCache:
    """A small SQLite key-value store; `enabled=False` makes every lookup miss.

    No method raises: a fault disables the cache and is described in `fault`.
    """

    def __init__(self, directory: Path | None = None, *, enabled: bool = True) -> None:
        """Open (creating) `directory/responses.sqlite3`, or the default cache dir."""
        self.enabled = enabled
        self.fault: str | None = None
        self.path = (directory or default_cache_dir()) / "responses.sqlite3"
        self._db: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=_LOCK_WAIT_SECONDS, check_same_thread=False)
            try:
                db.executescript(_SCHEMA)
            except BaseException:
                db.close()
                raise
            self._db = db
        return self._db

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored value, or None on a miss (or when disabled or faulty)."""
        row = self._run("SELECT value FROM responses WHERE key = ?", (key,))
        if row is None:
            return None
        try:
            value = json.loads(row[0])
        except (TypeError, ValueError, RecursionError):
            return None
        return value if isinstance(value, dict) else None

    def put(self, key: str, value: dict[str, Any]) -> None:
        """Store a value (no-op when disabled; a failed write only disables the cache)."""
        self._run("INSERT OR REPLACE INTO responses VALUES (?, ?, ?)",
                  (key, json.dumps(value, ensure_ascii=False), time.time()), commit=True)

    def endpoint_mode(self, endpoint: str) -> str | None:
        """The structured-output mode remembered for an endpoint, if any."""
        row = self._run("SELECT mode FROM endpoints WHERE endpoint = ?", (endpoint,))
        return str(row[0]) if row else None

    def remember_mode(self, endpoint: str, mode: str) -> None:
        """Remember which structured-output mode an endpoint accepts."""
        self._run("INSERT OR REPLACE INTO endpoints VALUES (?, ?, ?)",
                  (endpoint, mode, time.time()), commit=True)

    def _run(self, sql: str, params: tuple[Any, ...], *, commit: bool = False) -> Any:
        """The first row of a query (None for none), or None once the cache is faulty."""
        if not self.enabled:
            return None
        try:
            db = self._connect()
            cursor = db.execute(sql, params)
            row = cursor.fetchone()
            if commit:
                db.commit()
            return row
        except (OSError, sqlite3.Error, ValueError) as exc:
            self._disable(exc)
            return None

    def _disable(self, exc: BaseException) -> None:
        self.enabled = False
        reason = str(exc) or type(exc).__name__
        self.fault = (f"response cache {self.path} unusable ({reason}): ran uncached; "
                      "use --cache-dir to put it elsewhere, or --no-cache")
        self.close()

    def close(self) -> None:
        """Close the database connection."""
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None
