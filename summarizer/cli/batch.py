"""`summarizer batch IN.jsonl -o OUT.jsonl`: many articles, resumable, one JSON line each."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from summarizer.cli.notices import Notices, add_output_options
from summarizer.cli.options import add_engine_options, settings_from_args
from summarizer.errors import InputError, UsageError
from summarizer.settings import Settings

HELP = """analyse a JSONL file of articles ({"id", "text", optional "title", "url",
"source"} per line) into a JSONL file of reports: {"id", "line", "report"} or
{"id", "line", "error": {"type", "message"}} per item, in the order they finish.
Rerun the same command to resume: ids already in the output are skipped.
`batch - ` reads the articles from stdin; `-o -` writes the records to stdout when the
batch ends (no resume then)."""


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the command's flags."""
    parser.add_argument("input", type=Path, metavar="IN.jsonl",
                        help="the articles, one per line ('-' reads stdin)")
    parser.add_argument(
        "-o", "--output", type=Path, metavar="OUT.jsonl",
        help="where the results go; appended to, and resumed from when it exists "
        "('-' is stdout, written when the batch ends); required unless --dry-run",
    )
    parser.add_argument(
        "--dry-run", action="store_true",
        help="print, per article and in total, the calls, tokens and cost the openai engine "
        "would need; call nothing",
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
    add_output_options(parser)


def run(args: argparse.Namespace) -> int:
    """Run the batch, drawing progress, and print the closing summary (even when it fails)."""
    if args.concurrency is not None and args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    settings = settings_from_args(args)
    if args.dry_run:
        return _dry_run(args, settings)
    if args.output is None:
        raise UsageError("batch needs -o OUT.jsonl", hint="'-o -' writes to stdout")
    with ExitStack() as stack:
        if str(args.input) == "-":
            args.input = stack.enter_context(spooled_stdin())
        if str(args.output) == "-":
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
            args.output = folder / "out.jsonl"
            stack.callback(_copy_to_stdout, args.output)
        return _run(args, settings)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from summarizer.batch.result import BatchSummary
    from summarizer.batch.runner import BatchRunner
    from summarizer.cli.progress import ProgressBar

    notices = Notices(args)
    show = not notices.quiet and (args.progress == "always" or (
        args.progress == "auto" and sys.stderr is not None and sys.stderr.isatty()
    ))
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
        if runner.summary.total and not notices.quiet:
            print(runner.summary.describe(time.monotonic() - started), file=sys.stderr)
        notices.engine(settings, None, extra=" (tokens and cost in the batch lines above)")
    return 1 if summary.failed else 0


@contextmanager
def spooled_stdin() -> Iterator[Path]:
    """Stdin copied to a temporary file: the runner reads its input twice (count, then items)."""
    if sys.stdin is None or sys.stdin.isatty():
        raise InputError("no input: stdin is a terminal",
                         hint="pipe JSONL in: summarizer batch - -o out.jsonl < in.jsonl")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stdin.jsonl"
        with path.open("wb") as handle:
            shutil.copyfileobj(getattr(sys.stdin, "buffer", sys.stdin), handle)
        yield path


def _copy_to_stdout(path: Path) -> None:
    if path.exists():
        with path.open("rb") as handle:
            sys.stdout.flush()
            shutil.copyfileobj(handle, sys.stdout.buffer)
            sys.stdout.flush()


def _dry_run(args: argparse.Namespace, settings: Settings) -> int:
    from summarizer.cli.dry_run import describe
    from summarizer.cli.output import write_output
    from summarizer.inputs.jsonl import read_articles

    if str(args.input) == "-":
        if sys.stdin is None or sys.stdin.isatty():
            raise InputError("no input: stdin is a terminal", hint="pipe JSONL in")
        articles = read_articles(getattr(sys.stdin, "buffer", sys.stdin))
    else:
        try:
            with args.input.open("rb") as handle:
                articles = read_articles(handle, str(args.input))
        except FileNotFoundError:
            raise InputError(f"{args.input}: no such file") from None
    write_output(describe(articles, settings), args.output)
    return 0
