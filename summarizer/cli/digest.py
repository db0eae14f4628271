"""`summarizer digest FILE ...`: a briefing note across several articles on one story."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from summarizer.cli.notices import Notices, add_output_options
from summarizer.cli.options import add_engine_options, settings_from_args
from summarizer.cli.output import (
    choose_format,
    refuse_overwriting_inputs,
    write_output,
    write_report,
)
from summarizer.errors import InputError, SummarizerError, UsageError
from summarizer.inputs.article import Article, read_article
from summarizer.inputs.jsonl import read_articles
from summarizer.render.digest import DIGEST_FORMATS, render_digest
from summarizer.schema import Report

HELP = "briefing note across several articles: corroborated, contested, alleged"


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the command's flags."""
    parser.add_argument(
        "files", nargs="*", metavar="FILE",
        help="article files; '-' or nothing reads JSONL from stdin, one object a line: "
        '{"id": ..., "text": ..., "title": ..., "url": ..., "source": ...} (title, url, source '
        "optional)",
    )
    parser.add_argument(
        "-f", "--format", choices=DIGEST_FORMATS,
        help="md (default on a terminal), text (default in a pipe), json, html; "
        "with -o the file's extension decides when not given",
    )
    parser.add_argument("-o", "--output", type=Path,
                        help="write here instead of stdout ('-' is stdout)")
    parser.add_argument(
        "--dry-run", action="store_true",
        help="print, per article and in total, the calls, tokens and cost the openai engine "
        "would need, the combined summary's call included; call nothing",
    )
    add_engine_options(parser)
    add_output_options(parser)


def load_articles(names: list[str]) -> list[Article]:
    """Articles from the named files, or from JSONL on stdin when none or '-' is given."""
    if not names or names == ["-"]:
        if sys.stdin is None or sys.stdin.isatty():
            raise InputError(
                "no input: stdin is a terminal",
                hint="give FILEs, or pipe JSONL in: summarizer digest < articles.jsonl",
            )
        return read_articles(getattr(sys.stdin, "buffer", sys.stdin))
    if "-" in names:
        raise UsageError("'-' (stdin) cannot be mixed with files in a digest")
    return [read_article(name) for name in names]


def run(args: argparse.Namespace) -> int:
    """Analyse every article, match claims across them and write the briefing note."""
    settings = settings_from_args(args)
    fmt = choose_format(args.format, args.output)
    refuse_overwriting_inputs(args.output, args.files)
    articles = load_articles(args.files)
    if args.dry_run:
        from summarizer.cli.dry_run import describe

        write_output(describe(articles, settings, digest=True), args.output)
        return 0
    notices = Notices(args)
    from summarizer.briefing.build import build_digest
    from summarizer.engine import analyze

    reports: list[Report] = []
    for article in articles:
        try:
            reports.append(analyze(article, settings))
        except UsageError:
            raise
        except SummarizerError as exc:
            raise type(exc)(f"{article.source or article.id}: {exc.message}",
                            hint=exc.hint) from exc
    digest = build_digest(reports, settings)
    write_report(render_digest(digest, fmt, reports), args.output, fmt, args.color)
    notices.reports(reports)
    notices.warnings("briefing note", digest.warnings)
    extra = (" for the articles (the combined summary's call is counted in its note above)"
             if digest.summary_engine == "openai" or any(
                 w.startswith("digest call") for w in digest.warnings) else "")
    notices.engine(settings, [r.usage for r in reports], extra=extra)
    return 0
