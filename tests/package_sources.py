"""The package's own modules and their source files, for the structure tests.

Found with `pkgutil.walk_packages`, so the tests keep working when modules move
into sub-packages.
"""

from __future__ import annotations

import importlib.util
import pkgutil
from pathlib import Path

import summarizer


def package_sources() -> dict[str, Path]:
    """Every module of the package (sub-packages and their `__init__` too), by dotted name."""
    sources = {"summarizer": Path(summarizer.__file__ or "")}
    for info in pkgutil.walk_packages(summarizer.__path__, "summarizer."):
        spec = importlib.util.find_spec(info.name)
        assert spec is not None and spec.origin is not None, info.name
        sources[info.name] = Path(spec.origin)
    return sources
