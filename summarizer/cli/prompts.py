"""`summarizer prompts render NAME FILE`: show exactly what would be sent to the model."""

from __future__ import annotations

import argparse
import sys

from summarizer.cli.options import add_engine_options, settings_from_args
from summarizer.inputs.article import read_article
from summarizer.llm.preview import PREVIEWS, preview

HELP = "show the prompts: `prompts render NAME FILE` prints what would be sent, `prompts list`"


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the command's actions and flags."""
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="the templates and the prompt version")
    render = actions.add_parser(
        "render",
        help="render one template for an article, or the whole request body ('request')",
    )
    render.add_argument("name", choices=PREVIEWS, metavar="NAME",
                        help=f"one of {', '.join(PREVIEWS)}")
    render.add_argument("file", metavar="FILE", help="the article")
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
    sys.stdout.write(preview(args.name, read_article(args.file), settings, args.mode))
    return 0
