#!/usr/bin/env python3
"""Benchmark the offline engine and the CLI's cold start (a script, not a test).

Usage: python scripts/bench.py [--repeat N] [--json]

Measures, on this machine:
- offline engine: median and p90 wall time to analyse each seed article, after import;
- `summarizer --help` cold start: median wall time of a fresh process;
- `summarizer SEED -f json`: median wall time of a fresh process doing the main job.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _quantiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "median_ms": round(statistics.median(ordered) * 1000, 3),
        "p90_ms": round(ordered[int(0.9 * (len(ordered) - 1))] * 1000, 3),
        "min_ms": round(ordered[0] * 1000, 3),
    }


def bench_engine(repeat: int) -> dict[str, dict[str, float]]:
    from summarizer.inputs.article import Article
    from summarizer.offline.engine import analyze_offline

    results: dict[str, dict[str, float]] = {}
    for seed in SEEDS:
        article = Article(text=seed.read_text(encoding="utf-8"), source=seed.name)
        analyze_offline(article)  # warm-up: first call compiles nothing new, but fills caches
        samples = []
        for _ in range(repeat):
            start = time.perf_counter()
            analyze_offline(article)
            samples.append(time.perf_counter() - start)
        stats = _quantiles(samples)
        stats["words"] = len(article.text.split())
        results[seed.name] = stats
    return results


def bench_process(cmd: list[str], repeat: int) -> dict[str, float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append(time.perf_counter() - start)
    return _quantiles(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=50, help="runs per engine measurement")
    parser.add_argument("--process-repeat", type=int, default=10, help="runs per process")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()

    exe = shutil.which("summarizer", path=str(Path(sys.executable).parent)) or "summarizer"
    results = {
        "offline_engine": bench_engine(args.repeat),
        "cli_help_cold_start": bench_process([exe, "--help"], args.process_repeat),
        "cli_seed_json": bench_process(
            [exe, "--engine", "offline", "-f", "json", str(SEEDS[0])], args.process_repeat
        ),
        "python": sys.version.split()[0],
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for name, stats in results["offline_engine"].items():
        print(f"offline engine  {name:28} {stats['words']:5.0f} words  "
              f"median {stats['median_ms']:7.2f} ms  p90 {stats['p90_ms']:7.2f} ms")
    for key in ("cli_help_cold_start", "cli_seed_json"):
        stats = results[key]
        print(f"{key:22} median {stats['median_ms']:7.1f} ms  p90 {stats['p90_ms']:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
