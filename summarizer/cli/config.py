"""`summarizer config path | show | set KEY VALUE | unset KEY`: the user's config file."""

from __future__ import annotations

import argparse
import os
import sys

from summarizer.config import KEYS, config_path, read_config, set_value, unset_value

HELP = """the config file (TOML in your config folder, or $SUMMARIZER_CONFIG):
`config path` prints where it is, `config show` the settings in effect and where each
comes from (flag > environment > config file > default), `config set KEY VALUE`,
`config unset KEY`. The API key is kept there only in a file of mode 0600."""

# config key -> the environment variable that overrides it (None: only flag and file)
ENV_OF: dict[str, str | None] = {
    "engine": "SUMMARIZER_ENGINE",
    "model": "SUMMARIZER_MODEL",
    "base_url": "OPENAI_BASE_URL",
    "timeout": "SUMMARIZER_TIMEOUT",
    "votes": None,
    "points": "SUMMARIZER_POINTS",
    "cache_dir": "SUMMARIZER_CACHE_DIR",
    "api_key": "OPENAI_API_KEY",
}


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the command's actions."""
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("path", help="where the config file is")
    actions.add_parser("show", help="the settings in effect and where each comes from")
    setter = actions.add_parser("set", help="set KEY to VALUE in the config file")
    setter.add_argument("key", choices=KEYS, metavar="KEY", help=f"one of {', '.join(KEYS)}")
    setter.add_argument("value", metavar="VALUE")
    unsetter = actions.add_parser("unset", help="remove KEY from the config file")
    unsetter.add_argument("key", choices=KEYS, metavar="KEY")


def run(args: argparse.Namespace) -> int:
    """Do the action; results on stdout, nothing else."""
    path = config_path()
    if args.action == "path":
        sys.stdout.write(f"{path}\n")
    elif args.action == "set":
        from summarizer.errors import ConfigurationError
        from summarizer.settings import ENGINES

        if args.key == "engine" and args.value not in ENGINES:
            raise ConfigurationError(f"unknown engine {args.value!r}",
                                     hint=f"choose one of {', '.join(ENGINES)}")
        set_value(path, args.key, args.value)
        shown = "(hidden)" if args.key == "api_key" else args.value
        print(f"summarizer: {args.key} = {shown} in {path}", file=sys.stderr)
    elif args.action == "unset":
        removed = unset_value(path, args.key)
        print(f"summarizer: {args.key} {'removed from' if removed else 'was not in'} {path}",
              file=sys.stderr)
    else:
        sys.stdout.write(show(path))
    return 0


def show(path: os.PathLike[str]) -> str:
    """Each key's value in effect and its origin; the API key is never shown."""
    from pathlib import Path

    from summarizer.settings import Settings

    settings = Settings.resolve()
    in_file = read_config(Path(path))
    lines = [f"# config file: {path}" + ("" if Path(path).exists() else " (not created yet)")]
    for key in KEYS:
        env = ENV_OF[key]
        if env and os.environ.get(env):
            origin = f"environment {env}"
        elif key in in_file:
            origin = "config file"
        else:
            origin = "default"
        value = getattr(settings, key, in_file.get(key))
        if key == "api_key":
            value = "(set)" if value else "(not set)"
        elif value is None:
            value = "(not set)"
        lines.append(f"{key} = {value}  # {origin}")
    return "\n".join(lines) + "\n"
