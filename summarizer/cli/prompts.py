"""`summarizer prompts render NAME FILE`: show exactly what would be sent to the model."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from summarizer.cli.options import add_engine_options, settings_from_args
from summarizer.errors import UsageError
from summarizer.inputs.article import read_article
from summarizer.llm.preview import PREVIEWS, preview
from summarizer.settings import Settings

if TYPE_CHECKING:
    from summarizer.llm.plan import Mode

HELP = "show the prompts: `prompts render NAME FILE` prints what would be sent, `prompts list`"
# Every template `prompts list` shows, plus 'request'; digest takes several FILEs.
NAMES = tuple(dict.fromkeys((*PREVIEWS, "digest")))


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the command's actions and flags."""
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="the templates and the prompt version")
    render = actions.add_parser(
        "render",
        help="render one template for an article, or the whole request body ('request')",
    )
    render.add_argument("name", choices=NAMES, metavar="NAME",
                        help=f"one of {', '.join(NAMES)}")
    render.add_argument("files", nargs="+", metavar="FILE",
                        help="the article (digest: the articles of the briefing note)")
    render.add_argument(
        "--mode", choices=("json_schema", "json_object"),
        help="structured-output mode (default: the one remembered for the endpoint); "
        "json_object puts the schema in the prompt",
    )
    add_engine_options(listing)
    add_engine_options(render)


def run(args: argparse.Namespace) -> int:
    """Print the template list, or the rendered prompt / request; call nothing."""
    from summarizer.llm.prompting import TEMPLATES, prompt_version

    settings = settings_from_args(args)
    if args.action == "list":
        version = prompt_version(settings.prompts_dir)
        where = settings.prompts_dir or "built-in"
        sys.stdout.write(f"prompt version {version} ({where})\n")
        sys.stdout.write("".join(f"  {name}.j2\n" for name in TEMPLATES))
        return 0
    if args.name == "digest":
        sys.stdout.write(_digest_prompt(args.files, settings, args.mode or "json_schema"))
        return 0
    if len(args.files) > 1:
        raise UsageError(f"prompts render {args.name} takes one FILE",
                         hint="only the digest prompt takes several")
    sys.stdout.write(preview(args.name, read_article(args.files[0]), settings, args.mode))
    return 0


def _digest_prompt(files: list[str], settings: Settings, mode: Mode) -> str:
    """The digest call's message for these articles, their offline labels standing in."""
    from summarizer.briefing.llm_summary import digest_call
    from summarizer.offline.engine import analyze_offline

    call = digest_call([analyze_offline(read_article(name)) for name in files])
    return call.messages(settings, mode)[0]["content"]
