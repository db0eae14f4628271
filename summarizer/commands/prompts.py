"""`summarizer prompts render NAME FILE`: show exactly what would be sent to the model."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from .options import add_engine_options, settings_from_args

if TYPE_CHECKING:
    from ..settings import Settings

HELP = "show the prompts: `prompts render NAME FILE` prints what would be sent, `prompts list`"
NAMES = ("system", "article", "chunk", "merge", "repair", "request")


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
    from ..prompting import TEMPLATES, prompt_version

    settings = settings_from_args(args)
    if args.action == "list":
        version = prompt_version(settings.prompts_dir)
        where = settings.prompts_dir or "built-in"
        sys.stdout.write(f"prompt version {version} ({where})\n")
        sys.stdout.write("".join(f"  {name}.j2\n" for name in TEMPLATES))
        return 0
    sys.stdout.write(render_for(args.name, args.file, settings, args.mode))
    return 0


def render_for(name: str, path: str, settings: Settings, mode: str | None) -> str:
    """The text of template `name` as sent for the article at `path`, or the request JSON."""
    from ..article import read_article
    from ..cache import remembered_mode
    from ..llm_client import endpoint_of
    from ..llm_engine import _response_format
    from ..llm_plan import CallSpec, label_calls, merge_call
    from ..offline import label_sentences
    from ..prompting import repair_message

    article = read_article(path)
    if mode is None:
        endpoint = endpoint_of(settings)
        mode = remembered_mode(settings.cache_dir, settings.use_cache, endpoint) or "json_schema"
    sentences = label_sentences(article.text)
    calls = label_calls(sentences, settings)
    if name == "repair":
        return repair_message("<what was wrong with the answer>", settings.prompts_dir)["content"]
    if name == "merge":
        call: CallSpec = merge_call(sentences)  # labels: the offline ones stand in
    elif name == "chunk" and calls[0].kind != "chunk":
        call = CallSpec("chunk", calls[0].sentences)
    else:
        call = calls[0]
    if name == "request":
        bodies = [
            {"model": settings.model, "messages": c.messages(settings, mode),
             "temperature": settings.temperature, "max_tokens": c.max_tokens(),
             "response_format": _response_format(mode, c.response_schema())}
            for c in calls
        ]
        return json.dumps(bodies if len(bodies) > 1 else bodies[0], indent=2) + "\n"
    messages = call.messages(settings, mode)
    return messages[0 if name == "system" else 1]["content"]
