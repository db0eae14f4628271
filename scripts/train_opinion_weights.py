"""Fit the opinion weights (`summarizer/data/opinion_weights.json`) by logistic regression.

The examples are the sentences whose label the opinion score decides: those that name
no source and accuse no one. From a CheckThat!-format file, SUBJ is opinion; from a
corpus folder (docs/annotation.md), gold `opinion` is opinion and gold `reported_fact`
is not (other gold labels are decided by other rules and are left out).

Train only on CheckThat! train and the corpus's tune/ half: the script refuses a path
that names a dev split or the held-out half, which are for choosing and reporting.

    python scripts/train_opinion_weights.py --checkthat train_en.tsv \\
        --corpus fixtures/corpus/tune --out weights.json

Pure Python (no numpy): the features are sparse, a few per sentence.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from summarizer.evaluation.checkthat import read_examples
from summarizer.evaluation.corpus import read_corpus
from summarizer.offline.allegation import accusation
from summarizer.offline.cues import detect
from summarizer.offline.opinion import features, model

Example = tuple[dict[str, float], int]
_FORBIDDEN = ("heldout", "held-out", "dev")


def _allowed(path: str) -> None:
    name = Path(path).name.lower()
    if any(word in name for word in _FORBIDDEN) or "heldout" in Path(path).parts:
        raise SystemExit(f"refusing to train on {Path(path).name}: dev and held-out data are "
                         "for choosing and reporting, never for fitting")


def _decided_by_score(text: str) -> dict[str, float] | None:
    cues = detect(text.strip())
    if (cues.source is not None and not cues.source.pronoun) or accusation(cues, quoted=False):
        return None
    return features(cues)


def examples(checkthat: list[str], corpora: list[str]) -> list[Example]:
    """The training examples: (features, 1 for opinion else 0)."""
    found: list[Example] = []
    for path in checkthat:
        _allowed(path)
        for example in read_examples(path):
            row = _decided_by_score(example.sentence)
            if row is not None:
                found.append((row, int(example.label == "SUBJ")))
    for folder in corpora:
        _allowed(folder)
        for article in read_corpus(folder):
            for gold in article.sentences:
                if gold.attribution != "none" or gold.category not in ("opinion",
                                                                        "reported_fact"):
                    continue
                row = _decided_by_score(gold.text)
                if row is not None:
                    found.append((row, int(gold.category == "opinion")))
    return found


def fit(data: list[Example], kinds: list[str], *, iterations: int, l2: float,
        rate: float = 0.5) -> tuple[float, dict[str, float]]:
    """Class-weighted logistic regression by batch gradient descent (bias, weights)."""
    positives = sum(y for _, y in data) or 1
    negatives = (len(data) - positives) or 1
    balance = {1: len(data) / (2 * positives), 0: len(data) / (2 * negatives)}
    bias, weights = 0.0, dict.fromkeys(kinds, 0.0)
    rows = [([(k, v) for k, v in x.items() if k in weights and v], y) for x, y in data]
    for _ in range(iterations):
        grad_b, grad = 0.0, dict.fromkeys(kinds, 0.0)
        for row, y in rows:
            z = bias + sum(weights[k] * v for k, v in row)
            error = (1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - y) * balance[y]
            grad_b += error
            for k, v in row:
                grad[k] += error * v
        n = len(rows)
        bias -= rate * grad_b / n
        for k in kinds:
            weights[k] -= rate * (grad[k] / n + l2 * weights[k])
    return bias, weights


def best_threshold(data: list[Example], bias: float, weights: dict[str, float]) -> float:
    """The score threshold with the best macro-F1 on the training examples."""
    scored = sorted((bias + sum(weights.get(k, 0.0) * v for k, v in x.items()), y)
                    for x, y in data)
    best, best_f1 = 0.0, -1.0
    for cut in sorted({round(s, 2) for s, _ in scored}):
        tp = sum(1 for s, y in scored if s >= cut and y)
        fp = sum(1 for s, y in scored if s >= cut and not y)
        fn = sum(1 for s, y in scored if s < cut and y)
        tn = len(scored) - tp - fp - fn
        f1s = [2 * a / (2 * a + b + c) if a else 0.0 for a, b, c in ((tp, fp, fn), (tn, fn, fp))]
        if sum(f1s) / 2 > best_f1:
            best, best_f1 = cut, sum(f1s) / 2
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checkthat", action="append", default=[],
                        help="CheckThat!-format TSV (train split only); repeatable")
    parser.add_argument("--corpus", action="append", default=[],
                        help="corpus folder (tune/ only); repeatable")
    parser.add_argument("--out", help="write the weights file here (default: stdout)")
    parser.add_argument("--iterations", type=int, default=1500)
    parser.add_argument("--l2", type=float, default=0.001)
    args = parser.parse_args(argv)
    if not args.checkthat and not args.corpus:
        parser.error("give --checkthat and/or --corpus")
    data = examples(args.checkthat, args.corpus)
    if not data:
        parser.error("no sentence in these files is decided by the opinion score")
    current = model()
    kinds = list(current.weights)
    bias, weights = fit(data, kinds, iterations=args.iterations, l2=args.l2)
    threshold = best_threshold(data, bias, weights)
    trained_on = [Path(p).name for p in args.checkthat] + [
        f"corpus {Path(p).name}/" for p in args.corpus]
    result = {
        "_note": "Fitted by scripts/train_opinion_weights.py (class-weighted logistic "
                 "regression, L2) on the sentences that name no source and accuse no one; "
                 "the threshold has the best training macro-F1.",
        "trained_on": trained_on,
        "examples": len(data),
        "bias": round(bias, 2),
        **{k: round(weights.pop(k), 2) for k in ("quoted", "short", "long")},
        "threshold": threshold,
        "max_count": current.max_count,
        "weights": {k: round(v, 2) for k, v in weights.items()},
    }
    text = json.dumps(result, indent=2) + "\n"
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
