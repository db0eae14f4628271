"""The command line: parse, dispatch to a command module, turn errors into exit codes.

Exit codes: 0 ok, 2 bad usage or bad input, 1 any other failure. Results go to
stdout, diagnostics to stderr, and never a traceback for an expected failure.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType

from summarizer.errors import SummarizerError
from summarizer.version import __version__

# name -> module under summarizer.cli; imported only when used (fast --help).
SUBCOMMANDS = {
    "schema": "schema",
    "eval": "eval",
    "prompts": "prompts",
    "digest": "digest",
    "batch": "batch",
    "config": "config",
    "completion": "completion",
    "serve": "serve",
}
_DESCRIPTION = """\
Separate verifiable reporting, opinion and unsupported allegation in news
articles, and write a neutral summary with a confidence label on every point.

  summarizer article.txt            analyse a file (md on a terminal)
  cat article.txt | summarizer      analyse stdin (plain text in a pipe)
  summarizer -f json a.txt b.txt    JSON reports
  summarizer digest a.txt b.txt     briefing note across several articles
  summarizer batch in.jsonl -o out.jsonl
  summarizer eval data.tsv          score against OBJ/SUBJ-labelled sentences
  summarizer schema                 JSON schema of the report
  summarizer serve                  a local web page for editors (extra: web)
  summarizer prompts render NAME FILE

Engines: offline (default without an endpoint; no network, no key) or openai
(any OpenAI-compatible endpoint: OPENAI_API_KEY / OPENAI_BASE_URL).
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def _command(name: str) -> ModuleType:
    return importlib.import_module(f"summarizer.cli.{name}")


def build_parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    """The parser for this command line: a subcommand's, or the main job's."""
    if argv and argv[0] in SUBCOMMANDS:
        module = _command(SUBCOMMANDS[argv[0]])
        parser = _Parser(prog=f"summarizer {argv[0]}", description=module.HELP)
        module.configure(parser)
        parser.set_defaults(_run=module.run)
        return parser
    module = _command("analyze")
    parser = _Parser(
        prog="summarizer",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Subcommands: " + ", ".join(SUBCOMMANDS) + " (summarizer NAME --help). "
        "A file named like a subcommand: pass it as ./NAME.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    module.configure(parser)
    parser.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(args_list)
    subcommand = bool(args_list) and args_list[0] in SUBCOMMANDS
    args = parser.parse_args(args_list[1:] if subcommand else args_list)
    try:
        code: int = args._run(args)
    except SummarizerError as exc:
        print(f"summarizer: error: {_redacted(str(exc), args)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("summarizer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 1
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"summarizer: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: say so briefly, keep the traceback for debugging
        if os.environ.get("SUMMARIZER_DEBUG"):
            raise
        print(f"summarizer: internal error: {type(exc).__name__}: {_redacted(str(exc), args)} "
              "(this is a bug; rerun with SUMMARIZER_DEBUG=1 for a traceback and report it)",
              file=sys.stderr)
        return 1
    return code


def _redacted(text: str, args: argparse.Namespace) -> str:
    """The text without the API key or the base URL's credentials, in any form (flag or env)."""
    from summarizer.llm.redaction import redact_secrets

    for key, url in ((getattr(args, "api_key", None), getattr(args, "base_url", None)),
                     (os.environ.get("OPENAI_API_KEY"), os.environ.get("OPENAI_BASE_URL"))):
        text = redact_secrets(text, key, url)
    return text


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    entry()
