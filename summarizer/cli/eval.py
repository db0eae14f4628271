"""`summarizer eval FILE.tsv | FOLDER`: score an engine on labelled sentences.

A file is CheckThat!-format OBJ/SUBJ sentences; a folder is the team's labelled
corpus (docs/annotation.md), scored 4-way with attribution types. Sentences are
printed only with --show-errors, so a held-out folder can be scored without
anyone reading its sentences.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING

from summarizer.cli.notices import Notices, add_output_options
from summarizer.cli.options import add_engine_options, nothing_from_model, settings_from_args

if TYPE_CHECKING:
    from summarizer.evaluation.checkthat import EvalResult, Metrics
    from summarizer.evaluation.corpus import CorpusResult

HELP = (
    "score an engine on CheckThat!-format sentences (sentence_id, sentence, label OBJ/SUBJ): "
    "opinion counts as SUBJ, everything else as OBJ; or, given a folder, on the labelled "
    "corpus (docs/annotation.md): 4-way categories, attribution types and OBJ/SUBJ"
)


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the command's flags."""
    parser.add_argument("file", metavar="FILE.tsv|FOLDER",
                        help="tab-separated file with a header, or a corpus folder")
    parser.add_argument("--show-errors", action="store_true",
                        help="corpus folder: list the mislabelled sentences (never on held-out)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    add_engine_options(parser)
    add_output_options(parser)


def run(args: argparse.Namespace) -> int:
    """Label every sentence, print the scores."""
    from pathlib import Path

    if Path(args.file).is_dir():
        return _run_corpus(args)
    from summarizer.evaluation.checkthat import evaluate_engine
    from summarizer.schema import Contribution

    settings = settings_from_args(args)
    result = evaluate_engine(args.file, settings)
    if args.json:
        sys.stdout.write(json.dumps(asdict(result), indent=2) + "\n")
    else:
        sys.stdout.write(format_result(result))
    Notices(args).engine(settings, None, extra=" (evaluation: calls and tokens not counted)")
    if result.contribution is None:
        return 0
    fields = {k: v for k, v in result.contribution.items() if k != "contributed"}
    line = nothing_from_model(Contribution(**fields), args.file)
    if line:
        print(line, file=sys.stderr)
    return 1 if line and args.strict else 0


_SHORT = {"reported_fact": "fact", "attributed_statement": "attributed",
          "unsupported_allegation": "allegation", "named_person": "person",
          "named_organization": "organization", "news_outlet": "outlet"}


def _table(metrics: Metrics) -> list[str]:
    width = max(8, *(len(_SHORT.get(k, k)) + 1 for k in metrics.per_class))
    lines = [f"  {'class':<{width}} {'precision':>9} {'recall':>7} {'F1':>7} {'support':>8}"]
    for name, s in metrics.per_class.items():
        lines.append(f"  {_SHORT.get(name, name):<{width}} {s.precision:>9.3f} {s.recall:>7.3f} "
                     f"{s.f1:>7.3f} {s.support:>8d}")
    lines.append(f"  macro-F1 {metrics.macro_f1:.3f}   accuracy {metrics.accuracy:.3f}   "
                 f"n={metrics.total}")
    labels = list(metrics.per_class)
    lines.append("  confusion (rows gold, columns predicted):")
    cell = max(8, *(len(_SHORT.get(k, k)) + 1 for k in labels))
    lines.append("  " + " " * width + "".join(f"{_SHORT.get(p, p):>{cell}}" for p in labels))
    for gold in labels:
        row = metrics.confusion.get(gold, {})
        lines.append(f"  {_SHORT.get(gold, gold):<{width}}"
                     + "".join(f"{row.get(p, 0):>{cell}d}" for p in labels))
    return lines


def format_result(result: EvalResult) -> str:
    """A readable report of an evaluation."""
    lines = [f"{result.path}: engine {result.engine}", "",
             "opinion -> SUBJ, everything else -> OBJ:", *_table(result.metrics), "",
             "also counting unsupported_allegation as SUBJ:",
             *_table(result.metrics_allegation_subj), ""]
    landing = ", ".join(f"{k} {v}" for k, v in result.allegations_by_gold.items())
    lines.append(f"unsupported_allegation predictions by gold label: {landing}")
    counts = ", ".join(f"{k} {v}" for k, v in result.categories.items())
    lines.append(f"predicted categories: {counts}")
    if result.contribution is not None:
        from summarizer.schema import Contribution

        fields = {k: v for k, v in result.contribution.items() if k != "contributed"}
        lines.append(f"model contribution: {Contribution(**fields).describe()}")
    return "\n".join(lines) + "\n"


def _run_corpus(args: argparse.Namespace) -> int:
    from summarizer.evaluation.corpus import evaluate_corpus

    result = evaluate_corpus(args.file, settings_from_args(args))
    if args.json:
        data = asdict(result)
        if not args.show_errors:
            data.pop("errors")
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        sys.stdout.write(format_corpus(result, show_errors=args.show_errors))
    return 0


def format_corpus(result: CorpusResult, *, show_errors: bool = False) -> str:
    """A readable report of a corpus evaluation; sentences only when `show_errors`."""
    n = result.categories.total
    lines = [f"{result.path}: engine {result.engine}, {result.articles} articles, "
             f"{n} gold sentences ({result.split_mismatches} not segmented as in the gold)", "",
             "categories (4-way):", *_table(result.categories), "",
             f"attribution-type accuracy {result.attribution_accuracy:.3f}",
             *_table(result.attributions)[-len(result.attributions.per_class) - 2:], "",
             "opinion -> SUBJ, everything else -> OBJ:", *_table(result.subjectivity)]
    if show_errors:
        lines += ["", f"{len(result.errors)} mislabelled sentences (gold -> predicted):"]
        for error in result.errors:
            lines.append(f"  {error.article}:{error.line} {error.gold} -> {error.predicted}: "
                         f"{error.text}")
    return "\n".join(lines) + "\n"
