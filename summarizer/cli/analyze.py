"""`summarizer [FILE ...]`: the main job, one balanced report per article."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from summarizer.cli.notices import Notices, add_output_options
from summarizer.cli.options import add_engine_options, nothing_from_model, settings_from_args
from summarizer.cli.output import (
    FORMATS,
    choose_format,
    refuse_overwriting_inputs,
    write_output,
    write_report,
)
from summarizer.errors import InputError, SummarizerError, UsageError
from summarizer.inputs.article import Article, read_stream
from summarizer.inputs.load import load_input
from summarizer.settings import Settings

if TYPE_CHECKING:
    from summarizer.schema import Report

HELP = "analyse articles (files, or stdin) and write balanced reports"


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the command's flags."""
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="article files; '-' or nothing reads stdin"
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        help="md (default on a terminal), text (default in a pipe), json (one object; "
        "JSON Lines, one report a line, for several inputs), html; "
        "with -o the file's extension decides when not given",
    )
    parser.add_argument("-o", "--output", type=Path,
                        help="write here instead of stdout ('-' is stdout)")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="print, per file and in total, the calls, tokens and cost the openai engine "
        "would need; call nothing",
    )
    add_engine_options(parser)
    add_output_options(parser)


def load_inputs(
    names: list[str], fetch_timeout: float | None = None
) -> tuple[list[Article], list[SummarizerError]]:
    """Read every named input ('-' is stdin), collecting bad ones instead of stopping.

    `fetch_timeout` (the --timeout flag, when given) bounds each URL's page fetch.
    """
    articles: list[Article] = []
    problems: list[SummarizerError] = []
    for name in names or ["-"]:
        try:
            articles.append(_load(name, fetch_timeout))
        except SummarizerError as exc:  # a bad input, or a page that did not arrive
            problems.append(exc)
    return articles, problems


def _load(name: str, fetch_timeout: float | None) -> Article:
    if name == "-":
        if sys.stdin is None or sys.stdin.isatty():
            raise InputError(
                "no input: stdin is a terminal",
                hint="give a FILE, or pipe text in: cat article.txt | summarizer",
            )
        return read_stream(sys.stdin.buffer)
    return load_input(name, fetch_timeout=fetch_timeout)


def run(args: argparse.Namespace) -> int:
    """Analyse every input; good reports are written even when some inputs are bad."""
    settings = settings_from_args(args)
    fmt = choose_format(args.format, args.output)
    refuse_overwriting_inputs(args.output, args.files)
    articles, problems = load_inputs(args.files, getattr(args, "timeout", None))
    if args.dry_run:
        return _dry_run(articles, settings, problems, args.output)
    notices = Notices(args)
    reports: list[Report] = []
    failures: list[SummarizerError] = list(problems)
    from summarizer.engine import analyze
    from summarizer.render.report import render_many  # pydantic: imported only when there is work

    for article in articles:
        try:
            reports.append(analyze(article, settings))
        except UsageError:
            raise  # a settings problem: every article would fail the same way
        except SummarizerError as exc:
            failures.append(_with_source(exc, article))
    if reports:
        write_report(render_many(reports, fmt), args.output, fmt, args.color)
    notices.reports(reports)
    if reports or failures:
        notices.engine(settings, [r.usage for r in reports])
    for failure in failures:
        print(f"summarizer: error: {failure}", file=sys.stderr)
    idle = [line for r in reports if (line := nothing_from_model(
        r.engine.contribution, r.source or r.title or "article"))]
    for line in idle:
        print(line, file=sys.stderr)
    if not failures:
        return 1 if idle and args.strict else 0
    return 2 if all(isinstance(f, UsageError) for f in failures) else 1


def _with_source(exc: SummarizerError, article: Article) -> SummarizerError:
    if article.source and article.source not in exc.message:
        exc.message = f"{article.source}: {exc.message}"
    return exc


def _dry_run(articles: list[Article], settings: Settings, problems: list[SummarizerError],
             output: Path | None) -> int:
    from summarizer.cli.dry_run import describe

    if articles:
        write_output(describe(articles, settings), output)
    for problem in problems:
        print(f"summarizer: error: {problem}", file=sys.stderr)
    if not problems:
        return 0
    return 2 if all(isinstance(p, UsageError) for p in problems) else 1
