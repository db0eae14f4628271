"""Flags shared by every command that runs an engine, and turning them into Settings."""

from __future__ import annotations

import argparse
from pathlib import Path

from summarizer.settings import ENGINES, Settings


def add_engine_options(parser: argparse.ArgumentParser) -> None:
    """Add --engine and the endpoint, model, prompt and cache flags to `parser`."""
    group = parser.add_argument_group("engine")
    group.add_argument(
        "--engine",
        choices=ENGINES,
        default=None,
        help="auto (default): openai when an endpoint is configured, else offline",
    )
    group.add_argument("--model", help="model name (env SUMMARIZER_MODEL)")
    group.add_argument("--base-url", help="OpenAI-compatible endpoint (env OPENAI_BASE_URL)")
    group.add_argument("--api-key", help="API key (env OPENAI_API_KEY); never printed or logged")
    group.add_argument("--timeout", type=float,
                       help="wall-clock seconds for one model call, retries included (default "
                       "60; 600 for an endpoint on this machine, where models often run on a "
                       "CPU), and for fetching one page (default 20)")
    group.add_argument("--retries", type=int, help="transport retries on 429/5xx (default 2)")
    group.add_argument("--temperature", type=float, help="sampling temperature (default 0)")
    group.add_argument("--prompts-dir", type=Path, help="use your own prompt templates")
    group.add_argument("--no-cache", action="store_true", help="do not read or write the cache")
    group.add_argument("--cache-dir", type=Path, help="where the response cache lives")
    group.add_argument("--points", type=int, metavar="N",
                       help="most summary points, overview line included (default 5)")
    group.add_argument("--votes", type=int, metavar="N",
                       help="ask the model N times (at --temperature) and take the majority "
                       "label per sentence; sentences whose label flipped are marked unstable "
                       "(default 1)")
    group.add_argument("--label-mode", choices=("article", "sentence"),
                       help="article (default): one call labels the whole article; sentence: "
                       "one short call per sentence behind a shared prompt prefix, for small "
                       "local models (the summary is then composed offline)")
    group.add_argument("--strict", action="store_true",
                       help="exit 1 when the model contributed nothing (its labels set aside "
                       "or unusable, no summary point kept)")


def nothing_from_model(contribution: object, where: str) -> str | None:
    """The one stderr line saying a model contributed nothing to `where`, or None."""
    if contribution is None or getattr(contribution, "contributed", True):
        return None
    why = getattr(contribution, "set_aside_reason", None) or "no usable label or summary point"
    return f"summarizer: warning: {where}: the model contributed nothing ({why})"


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Resolve Settings from parsed flags, then the environment."""
    return Settings.resolve(
        engine=getattr(args, "engine", None),
        model=getattr(args, "model", None),
        base_url=getattr(args, "base_url", None),
        api_key=getattr(args, "api_key", None),
        timeout=getattr(args, "timeout", None),
        max_retries=getattr(args, "retries", None),
        temperature=getattr(args, "temperature", None),
        prompts_dir=getattr(args, "prompts_dir", None),
        use_cache=False if getattr(args, "no_cache", False) else None,
        cache_dir=getattr(args, "cache_dir", None),
        points=getattr(args, "points", None),
        votes=getattr(args, "votes", None),
        label_mode=getattr(args, "label_mode", None),
    )
