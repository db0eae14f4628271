"""`summarizer eval FILE.tsv`: score an engine on OBJ/SUBJ-labelled sentences."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING

from summarizer.cli.options import add_engine_options, nothing_from_model, settings_from_args

if TYPE_CHECKING:
    from summarizer.evaluation.checkthat import EvalResult, Metrics

HELP = (
    "score an engine on CheckThat!-format sentences (sentence_id, sentence, label OBJ/SUBJ): "
    "opinion counts as SUBJ, everything else as OBJ"
)


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the command's flags."""
    parser.add_argument("file", metavar="FILE.tsv", help="tab-separated file with a header")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    add_engine_options(parser)


def run(args: argparse.Namespace) -> int:
    """Label every sentence, print the scores."""
    from summarizer.evaluation.checkthat import evaluate_engine
    from summarizer.schema import Contribution

    result = evaluate_engine(args.file, settings_from_args(args))
    if args.json:
        sys.stdout.write(json.dumps(asdict(result), indent=2) + "\n")
    else:
        sys.stdout.write(format_result(result))
    if result.contribution is None:
        return 0
    fields = {k: v for k, v in result.contribution.items() if k != "contributed"}
    line = nothing_from_model(Contribution(**fields), args.file)
    if line:
        print(line, file=sys.stderr)
    return 1 if line and args.strict else 0


def _table(metrics: Metrics) -> list[str]:
    lines = [f"  {'class':<6} {'precision':>9} {'recall':>7} {'F1':>7} {'support':>8}"]
    for name, s in metrics.per_class.items():
        lines.append(
            f"  {name:<6} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>7.3f} {s.support:>8d}"
        )
    lines.append(f"  macro-F1 {metrics.macro_f1:.3f}   accuracy {metrics.accuracy:.3f}   "
                 f"n={metrics.total}")
    labels = list(metrics.per_class)
    lines.append("  confusion (rows gold, columns predicted):")
    lines.append("  " + " " * 8 + "".join(f"{p:>8}" for p in labels))
    for gold in labels:
        row = metrics.confusion.get(gold, {})
        lines.append(f"  {gold:<8}" + "".join(f"{row.get(p, 0):>8d}" for p in labels))
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
