"""Run settings, resolved when called (never at import) from arguments, env, config file.

Precedence, as in simonw/llm: an explicit argument, then the environment, then
the config file (`summarizer/config.py`), then the default. The API key is never
part of `repr()` and never logged.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from summarizer.errors import ConfigurationError

EngineName = Literal["auto", "offline", "openai"]
ENGINES: tuple[EngineName, ...] = ("auto", "offline", "openai")
DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_TIMEOUT = 60.0
# A model served on this machine usually runs on a CPU, where one call takes minutes.
LOOPBACK_TIMEOUT = 600.0
MAX_POINTS = 20
MAX_VOTES = 9


@dataclass(frozen=True)
class Settings:
    """Everything an engine needs to run; build it with `Settings.resolve`."""

    engine: EngineName = "auto"
    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout: float = DEFAULT_TIMEOUT
    max_retries: int = 2
    temperature: float = 0.0
    prompts_dir: Path | None = None
    use_cache: bool = True
    cache_dir: Path | None = None
    points: int = 5
    votes: int = 1
    label_mode: Literal["article", "sentence"] = "article"

    @classmethod
    def resolve(cls, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from explicit overrides (None means 'not given'), env, config file.

        Args:
            env: the environment to read; `os.environ` when None.
            **overrides: field values; a None value falls back to env, then the config
                file (`summarizer/config.py`), then the default (600 s timeout for a
                loopback endpoint, else 60 s).

        Returns:
            The resolved settings.

        Raises:
            ConfigurationError: an unknown engine, or a non-positive timeout.
        """
        environ = os.environ if env is None else env
        from_env: dict[str, Any] = {
            "engine": environ.get("SUMMARIZER_ENGINE") or None,
            "model": environ.get("SUMMARIZER_MODEL") or None,
            "base_url": environ.get("OPENAI_BASE_URL") or None,
            "api_key": environ.get("OPENAI_API_KEY") or None,
            "cache_dir": _path(environ.get("SUMMARIZER_CACHE_DIR")),
            "prompts_dir": _path(environ.get("SUMMARIZER_PROMPTS_DIR")),
            "timeout": _number(environ.get("SUMMARIZER_TIMEOUT"), "SUMMARIZER_TIMEOUT"),
            "points": _int(environ.get("SUMMARIZER_POINTS")),
        }
        from summarizer.config import config_values

        from_config = config_values(environ)
        values: dict[str, Any] = {}
        for name in cls.__dataclass_fields__:
            given = overrides.pop(name, None)
            value = given if given is not None else from_env.get(name)
            if value is None:
                value = from_config.get(name)
            if value is not None:
                values[name] = value
        if "timeout" not in values and is_loopback(values.get("base_url")):
            values["timeout"] = LOOPBACK_TIMEOUT
        if overrides:
            raise ConfigurationError(f"unknown setting(s): {', '.join(sorted(overrides))}")
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        """Raise ConfigurationError when the settings cannot work."""
        if self.engine not in ENGINES:
            raise ConfigurationError(
                f"unknown engine {self.engine!r}", hint=f"choose one of {', '.join(ENGINES)}"
            )
        if not self.timeout > 0:  # also refuses NaN, which compares false with everything
            raise ConfigurationError("timeout must be positive")
        if self.max_retries < 0:
            raise ConfigurationError("retries cannot be negative")
        if not 1 <= self.votes <= MAX_VOTES:
            raise ConfigurationError(f"votes must be between 1 and {MAX_VOTES}")
        if self.label_mode not in ("article", "sentence"):
            raise ConfigurationError(f"unknown label mode {self.label_mode!r}",
                                     hint="choose article or sentence")
        if not 0.0 <= self.temperature <= 2.0:
            raise ConfigurationError("temperature must be between 0 and 2")
        if isinstance(self.points, bool) or not isinstance(self.points, int) or not (
                1 <= self.points <= MAX_POINTS):
            raise ConfigurationError(f"points must be a whole number from 1 to {MAX_POINTS}",
                                     hint="--points N sets how many summary points to keep")

    @property
    def endpoint_configured(self) -> bool:
        """True when an OpenAI-compatible endpoint is configured (a key or a base URL)."""
        return bool(self.api_key or self.base_url)

    def chosen_engine(self) -> Literal["offline", "openai"]:
        """The engine `auto` resolves to: openai when an endpoint is configured."""
        if self.engine == "auto":
            return "openai" if self.endpoint_configured else "offline"
        return self.engine

    def with_(self, **changes: Any) -> Settings:
        """A copy with some fields changed."""
        return replace(self, **changes)


def _int(value: str | None) -> int | str | None:
    """A whole number from the environment; other text is kept for `validate` to refuse."""
    if not value:
        return None
    return int(value) if value.strip().isdigit() else value


def _path(value: str | None) -> Path | None:
    return Path(value).expanduser() if value else None


def _number(value: str | None, name: str) -> float | None:
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        raise ConfigurationError(f"{name} must be a number of seconds, not {value!r}") from None


def is_loopback(base_url: str | None) -> bool:
    """True when `base_url` points at this machine (localhost, 127.0.0.0/8, ::1)."""
    if not base_url:
        return False
    import ipaddress
    from urllib.parse import urlsplit

    try:
        host = urlsplit(base_url if "//" in base_url else f"//{base_url}").hostname or ""
    except ValueError:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
