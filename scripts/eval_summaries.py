#!/usr/bin/env python3
"""Measure single-article summaries: length, loaded-word survival and rule breaks.

Usage: python scripts/eval_summaries.py [PATH ...] [--engine offline] [--points N] [--json]

PATHs are article files or folders (default: seeds/, fixtures/articles/ and
fixtures/corpus/tune/); a `.tsv` corpus file (one labelled sentence a line, text in the
fourth column, blank lines between paragraphs) is read as its article text. For every
article it reports the summary's words (points restating the article; the overview line
apart), its share of the article's words, how many of the article's flagged loaded
phrases survive in the summary outside quotation marks, and any break of the summary
rules (`summarizer.summary.checks`). Exits 1 when any summary breaks a rule.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = [ROOT / "seeds", ROOT / "fixtures" / "articles",
                 ROOT / "fixtures" / "corpus" / "tune"]


def corpus_text(path: Path) -> str:
    """The article text of a labelled corpus file: its sentences, paragraphs kept."""
    paragraphs: list[list[str]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if not line.strip():
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        paragraphs[-1].append(line.split("\t")[-1])
    return "\n\n".join(" ".join(p) for p in paragraphs if p)


def article_files(paths: list[Path]) -> list[Path]:
    """Every article file under `paths`, sorted, hidden files and READMEs left out."""
    files: list[Path] = []
    for path in paths:
        found = sorted(path.iterdir()) if path.is_dir() else [path]
        files += [f for f in found if f.is_file() and not f.name.startswith((".", "README"))]
    return files


def measure(files: list[Path], engine: str, points: int) -> dict[str, object]:
    """Summarise every file and return the figures, one row per article and in all."""
    from summarizer.engine import analyze
    from summarizer.inputs.article import Article
    from summarizer.settings import Settings
    from summarizer.summary.budget import words
    from summarizer.summary.checks import summary_problems
    from summarizer.summary.compress import loaded_outside_quotes

    settings = Settings.resolve(engine=engine, points=points)
    rows = []
    survived = flagged = 0
    for path in files:
        text = corpus_text(path) if path.suffix == ".tsv" else path.read_text(encoding="utf-8")
        report = analyze(Article(text=text, source=str(path)), settings)
        article_words = sum(words(s.text) for s in report.sentences)
        restating = " ".join(p.text for p in report.summary if p.kind != "overview")
        phrases = {p.phrase.lower() for p in report.loaded_language
                   if p.kind in ("loaded", "intensifier", "framing")}
        kept = {w.lower() for w in loaded_outside_quotes(restating)} & phrases
        survived += len(kept)
        flagged += len(phrases)
        rows.append({
            "file": str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path),
            "article_words": article_words, "summary_words": words(restating),
            "share": round(words(restating) / max(1, article_words), 3),
            "points": len(report.summary), "loaded_surviving": sorted(kept),
            "problems": summary_problems(report, points),
        })
    shares = [float(r["share"]) for r in rows]  # type: ignore[arg-type]
    return {
        "articles": len(rows), "engine": engine, "points": points,
        "share_median": round(statistics.median(shares), 3) if shares else 0.0,
        "share_max": max(shares, default=0.0),
        "loaded_surviving": {"found": survived, "total": flagged,
                             "share": round(survived / flagged, 4) if flagged else None},
        "with_problems": sum(1 for r in rows if r["problems"]),
        "rows": rows,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="article files or folders")
    parser.add_argument("--engine", default="offline", choices=["offline", "auto", "openai"])
    parser.add_argument("--points", type=int, default=5, help="most summary points (default 5)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    missing = [p for p in args.paths if not p.exists()]
    if missing:
        print(f"error: no such file or folder: {missing[0]}", file=sys.stderr)
        return 2
    figures = measure(article_files(args.paths or DEFAULT_PATHS), args.engine, args.points)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for row in figures["rows"]:  # type: ignore[attr-defined]
            print(f"{row['file']}: {row['summary_words']}/{row['article_words']} words "
                  f"({row['share']:.0%}), {row['points']} points"
                  + "".join(f"\n  ! {p}" for p in row["problems"]))
        kept = figures["loaded_surviving"]
        print(f"{figures['articles']} articles: summary share median {figures['share_median']}"
              f", max {figures['share_max']}; loaded phrases surviving {kept['found']}/"  # type: ignore[index]
              f"{kept['total']}; {figures['with_problems']} with rule breaks")  # type: ignore[index]
    return 1 if figures["with_problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
