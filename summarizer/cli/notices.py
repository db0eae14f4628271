"""Diagnostics on stderr: warnings, the engine line, and the -q / -v / --color flags.

stdout carries only the requested output, so `summarizer -f text a.txt > out.txt`
leaves the report alone in the file; everything said *about* the run goes to
stderr here. JSON keeps warnings inside the report as data as well.

The engine line is said once for any run that calls a model: which engine, which
model (and whether it is the default), the endpoint's host (never the key), calls,
tokens, cost, and how to choose otherwise. `auto` picks the model path when an
endpoint or key is configured; this line is what keeps that choice from being silent.
With the offline engine nothing about models is printed (`-v` says it ran offline).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from summarizer.schema import Report, Usage
    from summarizer.settings import Settings

# The note engine.py adds to a report when `auto` found no endpoint: data for JSON
# readers, and said on stderr only with -v (nothing about models for an offline run).
AUTO_OFFLINE_PREFIX = "engine auto ran offline"


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """Add -q/--quiet, -v/--verbose and --color."""
    group = parser.add_argument_group("diagnostics (on stderr)")
    loudness = group.add_mutually_exclusive_group()
    loudness.add_argument("-q", "--quiet", action="store_true",
                          help="errors only: no warnings, engine line or progress")
    loudness.add_argument("-v", "--verbose", action="store_true",
                          help="also say which engine ran when it is offline, and every note")
    group.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                       help="colour md/text output: auto (default) on a terminal unless "
                       "NO_COLOR is set")


class Notices:
    """Writes diagnostics to stderr at the chosen loudness."""

    def __init__(self, args: argparse.Namespace, stream: TextIO | None = None) -> None:
        """Loudness from the parsed flags (-q, -v); stderr unless `stream` is given."""
        self.quiet = bool(getattr(args, "quiet", False))
        self.verbose = bool(getattr(args, "verbose", False))
        self.stream = stream if stream is not None else sys.stderr

    def say(self, message: str, *, verbose_only: bool = False) -> None:
        """One line to stderr, unless -q (or -v is needed and not given)."""
        if self.quiet or (verbose_only and not self.verbose) or self.stream is None:
            return
        print(f"summarizer: {message}", file=self.stream)

    def warnings(self, where: str | None, warnings: Iterable[str]) -> None:
        """Each warning of one report or digest as `summarizer: warning: WHERE: ...`."""
        prefix = f"{where}: " if where else ""
        for warning in warnings:
            note = warning.startswith(AUTO_OFFLINE_PREFIX)
            self.say(f"{'note' if note else 'warning'}: {prefix}{warning}", verbose_only=note)

    def reports(self, reports: list[Report]) -> None:
        """The warnings of every report, named by source when there are several."""
        for report in reports:
            where = report.source if len(reports) > 1 or report.source else None
            self.warnings(where, report.warnings)

    def engine(self, settings: Settings, usages: Iterable[Usage] | None, *,
               extra: str = "") -> None:
        """The engine line, once, when a model was called; else (with -v) that none was.

        `usages` None leaves the counts out (the batch prints its own totals).
        """
        line = engine_line(settings, None if usages is None else list(usages), extra=extra)
        if line is None:
            self.say("engine offline: no model was called (deterministic cues)",
                     verbose_only=True)
        else:
            self.say(line)


def engine_line(settings: Settings, usages: list[Usage] | None, *,
                extra: str = "") -> str | None:
    """'engine openai, model ... (default), endpoint HOST, N calls, tokens, cost; how to change'.

    None when the settings choose the offline engine: nothing about models is said then.
    """
    from urllib.parse import urlsplit

    from summarizer.engine import choose
    from summarizer.llm.client import endpoint_of
    from summarizer.settings import DEFAULT_MODEL

    if not choose(settings).uses_model:
        return None
    parts = urlsplit(endpoint_of(settings))
    host = parts.hostname or "?"
    if parts.port:
        host += f":{parts.port}"
    default = (" (the default model; choose with --model or `summarizer config set model`)"
               if settings.model == DEFAULT_MODEL else "")
    why = ""
    if settings.engine == "auto":
        cause = "an API key" if settings.api_key else "a base URL"
        why = (f"; auto chose it because {cause} is configured (OPENAI_API_KEY, "
               "OPENAI_BASE_URL, a flag or the config file)")
    counts = "" if usages is None else ": " + _counts(settings, usages)
    return (f"engine openai, model {settings.model}{default}, endpoint {host}{counts}{extra}"
            f"{why}; --engine offline runs without a model")


def _counts(settings: Settings, usages: list[Usage]) -> str:
    calls = sum(u.calls for u in usages)
    hits = sum(u.cache_hits for u in usages)
    prompt = sum(u.prompt_tokens for u in usages)
    completion = sum(u.completion_tokens for u in usages)
    costs = [u.estimated_cost_usd for u in usages if u.calls or u.cache_hits]
    if not calls and not hits:
        cost = "no cost"
    elif any(c is None for c in costs):
        cost = f"cost unknown (no price known for {settings.model})"
    else:
        cost = f"cost ${sum(c or 0.0 for c in costs):.4f} estimated from list prices"
    return (f"{calls} call(s), {hits} cache hit(s), {prompt} prompt + {completion} completion "
            f"tokens, {cost}")
