#!/usr/bin/env python3
"""Peak memory of one single-article run against the article's size (a script, not a test).

Usage: python scripts/bench_memory.py [--sizes-mb 1,5,20] [--format json] [--json]

For each size, an article of that many bytes is built from the seed articles
(repeated, paragraphs kept), written to a temporary file, and analysed by a
fresh `summarizer FILE -f json -o OUT` child process. The peak is the child's
maximum resident set size as the kernel accounts it (`getrusage(RUSAGE_CHILDREN)`
ru_maxrss, the figure /usr/bin/time -v prints), taken in a fresh parent per size
so that one size's peak cannot hide another's. The target: at most 10x the input
for inputs over 1 MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TARGET_RATIO = 10.0


def build_article(size: int) -> str:
    """An article of about `size` bytes: the seeds' paragraphs, repeated in order."""
    seed_text = "\n\n".join(p.read_text(encoding="utf-8").strip() for p in SEEDS)
    copies = size // len(seed_text.encode("utf-8")) + 1
    return "\n\n".join([seed_text] * copies).encode("utf-8")[:size].decode("utf-8", "ignore")


def _measure_child(path: Path, fmt: str) -> None:
    """Run in a fresh interpreter: analyse `path`, then print the child's peak (KiB)."""
    out = path.with_suffix(".out")
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "summarizer", str(path), "-f", fmt, "-o",
                           str(out), "--engine", "offline"], capture_output=True, text=True)
    seconds = time.monotonic() - started
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    print(json.dumps({"rc": done.returncode, "peak_kib": peak_kib, "seconds": seconds,
                      "stderr": done.stderr.strip()[-300:]}))


def measure(size: int, fmt: str) -> dict[str, object]:
    """Peak RSS of one run on an article of `size` bytes."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_text(build_article(size), encoding="utf-8")
        real = path.stat().st_size
        probe = subprocess.run(
            [sys.executable, __file__, "--child", str(path), "--format", fmt],
            capture_output=True, text=True, check=True)
        figures = json.loads(probe.stdout)
    peak = int(figures["peak_kib"]) * 1024
    return {
        "input_bytes": real, "peak_bytes": peak, "ratio": round(peak / real, 2),
        "seconds": round(float(figures["seconds"]), 2), "exit_code": figures["rc"],
        "within_target": peak <= TARGET_RATIO * real if real > 1024 * 1024 else None,
        "message": figures["stderr"] if figures["rc"] else "",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes-mb", default="1,5,20",
                        help="comma-separated article sizes in MB (decimals allowed)")
    parser.add_argument("--format", default="json", choices=("json", "text", "md"))
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _measure_child(args.child, args.format)
        return 0
    sizes = [int(float(s) * 1024 * 1024) for s in args.sizes_mb.split(",") if s.strip()]
    rows = [measure(size, args.format) for size in sizes]
    if args.json:
        print(json.dumps({"target_ratio": TARGET_RATIO, "runs": rows}, indent=2))
    else:
        for row in rows:
            print(f"{row['input_bytes'] / 1e6:8.2f} MB in  {row['peak_bytes'] / 1e6:9.1f} MB "
                  f"peak  x{row['ratio']:<7} {row['seconds']:7.1f} s  exit {row['exit_code']}"
                  + (f"  ({row['message']})" if row["message"] else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
