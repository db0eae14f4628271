"""`summarizer batch IN.jsonl -o OUT.jsonl`: many articles, resumable, one JSON line each."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from summarizer.cli.options import add_engine_options, settings_from_args
from summarizer.errors import UsageError

HELP = """analyse a JSONL file of articles ({"id", "text", optional "title", "url",
"source"} per line) into a JSONL file of reports: {"id", "line", "report"} or
{"id", "line", "error": {"type", "message"}} per item, in the order they finish.
Rerun the same command to resume: ids already in the output are skipped."""


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the command's flags."""
    parser.add_argument("input", type=Path, metavar="IN.jsonl", help="the articles, one per line")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.jsonl",
        help="where the results go; appended to, and resumed from when it exists",
    )
    parser.add_argument(
        "-j", "--concurrency", type=int, default=None,
        help="worker processes for the offline engine (default: CPU count) or concurrent "
        "requests for the openai engine (default 4)",
    )
    parser.add_argument(
        "--max-cost", type=float, default=None, metavar="USD",
        help="stop before the estimated spend would exceed this many US dollars",
    )
    parser.add_argument(
        "--retry-failed", action="store_true",
        help="drop error records already in the output and try those items again",
    )
    parser.add_argument(
        "--progress", choices=("auto", "always", "never"), default="auto",
        help="progress bar on stderr: auto (default) draws it only on a terminal",
    )
    add_engine_options(parser)


def run(args: argparse.Namespace) -> int:
    """Run the batch, drawing progress, and print the closing summary (even when it fails)."""
    from summarizer.batch.result import BatchSummary
    from summarizer.batch.runner import BatchRunner
    from summarizer.cli.progress import ProgressBar

    if args.concurrency is not None and args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    if str(args.output) == "-":
        raise UsageError("batch output must be a file", hint="it is resumed from on a rerun")
    settings = settings_from_args(args)
    show = args.progress == "always" or (
        args.progress == "auto" and sys.stderr is not None and sys.stderr.isatty()
    )
    bar: ProgressBar | None = None

    def on_progress(summary: BatchSummary) -> None:
        nonlocal bar
        if bar is None:
            bar = ProgressBar(sys.stderr, summary.total)
        bar.update(summary.handled, summary.processed, summary.failed)

    runner = BatchRunner(
        args.input,
        args.output,
        settings,
        concurrency=args.concurrency,
        max_cost=args.max_cost,
        retry_failed=args.retry_failed,
        on_progress=on_progress if show else None,
    )
    started = time.monotonic()
    try:
        summary = runner.run()
    finally:
        if bar is not None:
            bar.close(runner.summary.handled, runner.summary.processed, runner.summary.failed)
        if runner.summary.total:
            print(runner.summary.describe(time.monotonic() - started), file=sys.stderr)
    return 1 if summary.failed else 0
