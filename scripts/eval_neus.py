#!/usr/bin/env python3
"""Measure the offline briefing note on NeuS (AllSides roundups), validation split.

Usage: python scripts/eval_neus.py [--data DIR] [--start K] [--limit N] [--json]

A dev split: choices are tuned on the first 150 stories (`--limit 150`) and checked on
the rest (`--start 150`); the whole split is reported as well.

For each story (three outlets' articles on one event, left, centre and right) it builds
the offline digest and compares its combined summary (the reporting and
allegation points, without the "(reported by A1, A2)" tags) with the AllSides
neutral summary: ROUGE-1/2/L F1 (Google's `rouge-score`, Porter stemming).

It counts the digest points that break the attribution rule
(`summarizer.briefing.checks`: an attributed point names its source, an allegation is
worded as one). It reports each summary's length (words, and share of the three
articles' words) and the share of loaded words that survive: every loaded phrase
the offline engine flags in the source articles, and how many of them occur
in the summary (lower is more neutral). The same two figures are given for a
lead baseline (the first sentence of each article) and, for survival, for the
AllSides reference itself.

The data lives in ../shared/data/neus beside the repository (evaluation only,
never copied into the repo); without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "neus"
_TAG = re.compile(r"\s*\((?:(?:reported by|carried by|only) )?A\d[^)]*\)")
_PART = re.compile(r"TITLE=>\s*(?P<title>.*?)\s*ARTICLE=>\s*(?P<text>.*)", re.S)


def parse_story(line: str) -> list[tuple[str, str]]:
    """(title, text) of each article on one val.source line."""
    out = []
    for piece in line.split(" [SEP] "):
        match = _PART.search(piece)
        if match and match.group("text").strip():
            out.append((match.group("title"), match.group("text").strip()))
    return out


def reference_text(line: str) -> str:
    """The AllSides neutral summary on one val.target line (its ARTICLE part)."""
    match = _PART.search(line)
    return match.group("text").strip() if match else line.strip()


def digest_text(digest: object) -> str:
    """The combined summary's reporting and allegation points, tags removed."""
    points = getattr(digest, "summary", [])
    text = " ".join(p.text for p in points if p.kind in ("reporting", "allegation"))
    return _TAG.sub("", text)


def survival(phrases: set[str], text: str) -> tuple[int, int]:
    """(loaded phrases found in `text`, loaded phrases in all)."""
    lowered = " ".join(text.lower().split())
    found = sum(1 for p in phrases if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", lowered))
    return found, len(phrases)


def evaluate(data: Path, limit: int | None, start: int = 0) -> dict[str, object]:
    """Run the digest on every story and return the figures."""
    from rouge_score import rouge_scorer  # type: ignore[import-untyped]

    from summarizer.briefing.build import build_digest
    from summarizer.briefing.checks import digest_problems
    from summarizer.inputs.article import Article
    from summarizer.offline.engine import analyze_offline

    sources = (data / "val.source").read_text(encoding="utf-8").splitlines()
    targets = (data / "val.target").read_text(encoding="utf-8").splitlines()
    pairs = list(zip(sources, targets, strict=True))[start:][:limit]
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    scores: dict[str, dict[str, list[float]]] = {"digest": {}, "lead": {}}
    kept = {"digest": [0, 0], "lead": [0, 0], "reference": [0, 0]}
    words: list[int] = []
    lengths: dict[str, list[int]] = {"digest": [], "lead": []}
    shares: dict[str, list[float]] = {"digest": [], "lead": []}
    corroborated = 0
    breaks = 0
    for source, target in pairs:
        articles = parse_story(source)
        if not articles:
            continue
        reports = [analyze_offline(Article(text=t, title=h)) for h, t in articles]
        digest = build_digest(reports)
        corroborated += sum(1 for c in digest.claims if c.corroborated)
        breaks += len(digest_problems(digest, reports))
        reference = reference_text(target)
        candidates = {
            "digest": digest_text(digest),
            "lead": " ".join(r.sentences[0].text for r in reports if r.sentences),
        }
        words.append(len(candidates["digest"].split()))
        source_words = sum(len(t.split()) for _, t in articles)
        for name, text in candidates.items():
            lengths[name].append(len(text.split()))
            shares[name].append(len(text.split()) / max(1, source_words))
        phrases = {p.phrase.lower() for r in reports for p in r.loaded_language}
        for name, text in [*candidates.items(), ("reference", reference)]:
            found, total = survival(phrases, text)
            kept[name][0] += found
            kept[name][1] += total
        for name, text in candidates.items():
            for metric, value in scorer.score(reference, text).items():
                scores[name].setdefault(metric, []).append(value.fmeasure)
    return {
        "stories": len(words),
        "rouge_f1": {
            name: {m: round(statistics.mean(v), 4) for m, v in by.items()}
            for name, by in scores.items()
        },
        "loaded_phrases_surviving": {
            name: {"found": f, "total": t, "share": round(f / t, 4) if t else None}
            for name, (f, t) in kept.items()
        },
        "digest_words_median": statistics.median(words) if words else 0,
        "summary_words_median": {n: statistics.median(v) if v else 0 for n, v in lengths.items()},
        "share_of_sources_median": {
            n: round(statistics.median(v), 3) if v else 0 for n, v in shares.items()},
        "corroborated_claims_per_story": round(corroborated / max(1, len(words)), 2),
        "attribution_rule_breaks": breaks,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--start", type=int, default=0, help="skip the first K stories")
    parser.add_argument("--limit", type=int, default=None, help="N stories only")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not (args.data / "val.source").is_file() or not (args.data / "val.target").is_file():
        print(f"skipped: NeuS data not found in {args.data} (it lives in ../shared beside "
              "the repository)")
        return 0
    try:
        import rouge_score  # noqa: F401
    except ImportError:
        print("needs rouge-score: pip install -e '.[eval]'", file=sys.stderr)
        return 2
    figures = evaluate(args.data, args.limit, args.start)
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"NeuS val: {figures['stories']} stories, offline digest")
    for name, by in figures["rouge_f1"].items():  # type: ignore[attr-defined]
        print(f"  ROUGE F1 {name:>9}: R1 {by['rouge1']:.4f}  R2 {by['rouge2']:.4f}  "
              f"RL {by['rougeL']:.4f}")
    for name, kept in figures["loaded_phrases_surviving"].items():  # type: ignore[attr-defined]
        print(f"  loaded phrases surviving in {name:>9}: {kept['found']}/{kept['total']} "
              f"= {kept['share']}")
    for name in ("digest", "lead"):
        print(f"  summary words (median) {name:>9}: "
              f"{figures['summary_words_median'][name]}, share of the sources "  # type: ignore[index]
              f"{figures['share_of_sources_median'][name]}")  # type: ignore[index]
    print(f"  digest summary words (median): {figures['digest_words_median']}; "
          f"corroborated claims per story: {figures['corroborated_claims_per_story']}")
    print(f"  digest points breaking the attribution rule: {figures['attribution_rule_breaks']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
