"""Run settings, resolved when called (never at import) from arguments, then env.

Precedence, as in simonw/llm: an explicit argument, then the environment, then
the default. The API key is never part of `repr()` and never logged.
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
MAX_VOTES = 9


@dataclass(frozen=True)
class Settings:
    """Everything an engine needs to run; build it with `Settings.resolve`."""

    engine: EngineName = "auto"
    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    timeout: float = 60.0
    max_retries: int = 2
    temperature: float = 0.0
    prompts_dir: Path | None = None
    use_cache: bool = True
    cache_dir: Path | None = None
    votes: int = 1
    label_mode: Literal["article", "sentence"] = "article"

    @classmethod
    def resolve(cls, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from explicit overrides (None means 'not given'), then env.

        Args:
            env: the environment to read; `os.environ` when None.
            **overrides: field values; a None value falls back to env, then the default.

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
        }
        values: dict[str, Any] = {}
        for name in cls.__dataclass_fields__:
            given = overrides.pop(name, None)
            value = given if given is not None else from_env.get(name)
            if value is not None:
                values[name] = value
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


def _path(value: str | None) -> Path | None:
    return Path(value).expanduser() if value else None
