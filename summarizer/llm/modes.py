"""The structured-output mode each endpoint accepts, remembered across processes.

A server that rejects `response_format` json_schema (llama.cpp's server answers
HTTP 500 naming the field) costs one rejected call the first time, not one per
run: the mode it accepts is written to a small JSON state file in the cache
folder, read and written even with --no-cache (it holds no article and no answer,
only endpoint URLs, which never carry a key). A missing, unreadable or corrupt
file just means "not known yet".
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

STATE_FILE = "endpoint_modes.json"
MODES = ("json_schema", "json_object")


def _path(cache_dir: Path | None) -> Path:
    from summarizer.llm.cache import default_cache_dir

    return (cache_dir or default_cache_dir()) / STATE_FILE


def _read(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if v in MODES}


def remembered(cache_dir: Path | None, endpoint: str) -> str | None:
    """The mode remembered for `endpoint`, or None when not known."""
    return _read(_path(cache_dir)).get(endpoint)


def remember(cache_dir: Path | None, endpoint: str, mode: str) -> bool:
    """Remember `mode` for `endpoint`; False when the state file cannot be written."""
    path = _path(cache_dir)
    state = _read(path)
    state[endpoint] = mode
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".modes-", suffix=".json")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(state, out, indent=1, sort_keys=True)
        os.replace(temporary, path)
    except OSError:
        return False
    return True
