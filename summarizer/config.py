"""The config file: flat TOML in the user's config folder, read when settings are resolved.

Precedence (as in simonw/llm): a flag, then the environment, then this file, then
the default. The file holds a few flat keys (`KEYS`); the API key may be kept here
only when the file is readable by its owner alone (mode 0600), otherwise it is
refused with a message saying how to fix it, and the environment stays the safer
place for it. The file is read on each call, never at import.

The file is flat `key = value` lines, so it is written here by hand, and read with
`tomllib` (Python 3.11+) or, on 3.10, with `_read_flat`, a reader for exactly that shape.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from summarizer.errors import ConfigurationError

CONFIG_ENV = "SUMMARIZER_CONFIG"  # a config file to use instead of the user's one
APP_NAME = "balanced-summarizer"  # the same folder name as the response cache
_SECRET_KEYS = ("api_key",)
# key -> (type, what it holds); the Settings field of the same name reads it.
KEYS: dict[str, tuple[type, str]] = {
    "engine": (str, "auto, offline or openai"),
    "model": (str, "model name for the openai engine"),
    "base_url": (str, "OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1"),
    "timeout": (float, "seconds to wait for the model"),
    "votes": (int, "model calls per article whose labels are voted on"),
    "points": (int, "summary points at most"),
    "cache_dir": (str, "where the response cache lives"),
    "api_key": (str, "API key; stored only in a file of mode 0600"),
}


def config_path(env: Mapping[str, str] | None = None) -> Path:
    """Where the config file is: $SUMMARIZER_CONFIG, else the user config folder's config.toml."""
    environ = os.environ if env is None else env
    if environ.get(CONFIG_ENV):
        return Path(environ[CONFIG_ENV]).expanduser()
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False) / "config.toml"


def read_config(path: Path) -> dict[str, Any]:
    """The typed values of the file at `path`; {} when it does not exist.

    Raises:
        ConfigurationError: the file is not valid TOML, holds an unknown key or a value
            of the wrong type, or holds the API key while others may read it.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"config file {path}: cannot be read ({exc})") from None
    raw = _parse(text, path)
    values: dict[str, Any] = {}
    for key, value in raw.items():
        values[key] = convert(key, value, where=f"config file {path}")
    if any(key in values for key in _SECRET_KEYS) and _others_can_read(path):
        raise ConfigurationError(
            f"config file {path} holds api_key but others may read it",
            hint=f"chmod 600 {path}, or remove api_key and set OPENAI_API_KEY instead",
        )
    return values


def config_values(env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The config file's values as Settings fields (cache_dir as a Path)."""
    values = read_config(config_path(env))
    if "cache_dir" in values:
        values["cache_dir"] = Path(values["cache_dir"]).expanduser()
    return values


def convert(key: str, value: Any, *, where: str = "config") -> Any:
    """`value` as the type of `key` (a string from the command line is parsed).

    Raises:
        ConfigurationError: an unknown key, or a value that is not of the key's type.
    """
    if key not in KEYS:
        raise ConfigurationError(f"{where}: unknown key {key!r}",
                                 hint=f"keys: {', '.join(KEYS)}")
    kind = KEYS[key][0]
    try:
        if kind is str:
            if not isinstance(value, str) or not value:
                raise ValueError
            return value
        if isinstance(value, bool):
            raise ValueError
        converted = kind(value)
        if kind is int and isinstance(value, float):
            raise ValueError
        if not converted > 0:  # also refuses NaN
            raise ValueError
        return converted
    except (TypeError, ValueError):
        wanted = {str: "a non-empty string", int: "a positive whole number",
                  float: "a positive number"}[kind]
        raise ConfigurationError(f"{where}: {key} must be {wanted}, not {value!r}") from None


def set_value(path: Path, key: str, text: str) -> None:
    """Set `key` to `text` (parsed to the key's type) in the file, keeping the other keys.

    The file is written whole to a temporary file and renamed; a file holding the API
    key is created with mode 0600.

    Raises:
        ConfigurationError: an unknown key or a bad value.
    """
    value = convert(key, text)
    values = read_config(path) if path.exists() else {}
    values[key] = value
    write_config(path, values)


def unset_value(path: Path, key: str) -> bool:
    """Remove `key` from the file; False when it was not there."""
    if key not in KEYS:
        raise ConfigurationError(f"unknown key {key!r}", hint=f"keys: {', '.join(KEYS)}")
    values = read_config(path)
    if key not in values:
        return False
    del values[key]
    write_config(path, values)
    return True


def write_config(path: Path, values: Mapping[str, Any]) -> None:
    """Write flat TOML; mode 0600 when the API key is in it, else the usual mode."""
    lines = ["# balanced-summarizer settings: summarizer config set KEY VALUE"]
    lines += [f"{key} = {_toml_value(values[key])}" for key in KEYS if key in values]
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = any(key in values for key in _SECRET_KEYS)
    tmp = path.with_name(f".{path.name}.tmp")
    mode = 0o600 if secret else 0o644
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        os.fchmod(fd, mode)  # a stale temp file keeps its old mode: set it before writing
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _toml_value(value: Any) -> str:
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        escaped = "".join(c if c >= " " else f"\\u{ord(c):04x}" for c in escaped)
        return f'"{escaped}"'
    return repr(value)


def _others_can_read(path: Path) -> bool:
    if os.name != "posix":
        return False
    return bool(path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO))


def _parse(text: str, path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib

        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigurationError(f"config file {path}: not valid TOML ({exc})") from None
    return _read_flat(text, path)


def _read_flat(text: str, path: Path) -> dict[str, Any]:
    """Flat `key = value` TOML: basic strings, integers, floats; comments and blank lines."""
    import json

    values: dict[str, Any] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, raw = line.partition("=")
        raw = raw.strip()
        try:
            if not sep:
                raise ValueError
            if raw.startswith('"'):
                value: Any = json.loads(raw)  # TOML basic strings escape like JSON
            else:
                raw = raw.split("#", 1)[0].strip().replace("_", "")
                value = float(raw) if any(c in raw for c in ".eE") else int(raw)
        except ValueError:
            raise ConfigurationError(
                f"config file {path}: line {number} is not a flat key = value"
            ) from None
        values[key.strip()] = value
    return values
