"""Per-model prices and context windows, from a data file users can override.

The built-in table is `summarizer/data/prices.json`; `SUMMARIZER_PRICES_FILE`
(read when called) names a file of the same shape whose models replace or add
to the built-in ones.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from summarizer.errors import ConfigurationError

PRICES_ENV = "SUMMARIZER_PRICES_FILE"


@dataclass(frozen=True)
class ModelInfo:
    """What the engine knows about a model: prices (USD per million tokens) and context."""

    name: str
    context_window: int
    input_per_mtok: float | None = None
    output_per_mtok: float | None = None

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float | None:
        """Estimated cost in USD, or None when the price is unknown."""
        if self.input_per_mtok is None or self.output_per_mtok is None:
            return None
        total = prompt_tokens * self.input_per_mtok + completion_tokens * self.output_per_mtok
        return round(total / 1_000_000, 6)


def model_info(model: str, env: dict[str, str] | None = None) -> ModelInfo:
    """Look a model up in the price table (built-in, then the user's file).

    Raises:
        ConfigurationError: the user's price file is missing or not valid JSON.
    """
    table = _load_builtin()
    environ = os.environ if env is None else env
    override = environ.get(PRICES_ENV)
    if override:
        user = _load_file(Path(override).expanduser())
        table["models"].update(user.get("models", {}))
        if "default_context_window" in user:
            table["default_context_window"] = user["default_context_window"]
    entry = table["models"].get(model) or table["models"].get(model.lower())
    default_window = _window(table.get("default_context_window", 8192))
    if not isinstance(entry, dict):
        return ModelInfo(name=model, context_window=default_window)
    return ModelInfo(
        name=model,
        context_window=_window(entry.get("context_window", default_window)),
        input_per_mtok=_float(entry.get("input_per_mtok")),
        output_per_mtok=_float(entry.get("output_per_mtok")),
    )


def _load_builtin() -> dict[str, Any]:
    text = resources.files("summarizer").joinpath("data/prices.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    data["models"] = dict(data.get("models", {}))
    return data


def _load_file(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigurationError(
            f"cannot read price file {path}: {exc.strerror or exc}", hint=f"check {PRICES_ENV}"
        ) from None
    except json.JSONDecodeError as exc:
        raise ConfigurationError(
            f"price file {path} is not valid JSON ({exc.msg}, line {exc.lineno})",
            hint='expected {"models": {"NAME": {"input_per_mtok": ..., ...}}}',
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("models", {}), dict):
        raise ConfigurationError(f"price file {path} has no 'models' object")
    return data


def _window(value: Any) -> int:
    """A context window from the price table: a positive number of tokens.

    Raises:
        ConfigurationError: anything else (a string, zero, a negative number).
    """
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 1:
        return int(value)
    raise ConfigurationError(
        f"price table: a context window must be a positive number of tokens, not {value!r}",
        hint=f"fix the file named by {PRICES_ENV}",
    )


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None
