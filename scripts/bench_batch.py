"""Batch throughput: the offline engine on 1 and 2 processes, the LLM engine at 1, 2, 4.

    python scripts/bench_batch.py                      # offline, 2,000 articles
    python scripts/bench_batch.py --count 10000 --llm  # and the local LLM server

The corpus comes from scripts/make_batch_corpus.py (the seeds and ../shared/data,
varied), written to a temporary folder and deleted afterwards. The LLM part needs
the local OpenAI-compatible server (../shared/tools/local-llm-server start) on
127.0.0.1:8088; it runs with the cache off so every item is a real call.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import socket
import sys
import tempfile
import time
from pathlib import Path

from summarizer.batch.runner import BatchRunner
from summarizer.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_batch_corpus  # a sibling script, found through sys.path above

LLM_HOST, LLM_PORT = "127.0.0.1", 8088


def corpus(folder: Path, count: int) -> tuple[Path, int]:
    """Write a corpus of `count` articles; return its path and its text size in bytes."""
    path = folder / "corpus.jsonl"
    make_batch_corpus.main([str(path), "--count", str(count)])
    size = sum(len(json.loads(line)["text"].encode()) for line in path.open(encoding="utf-8"))
    return path, size


def run(source: Path, folder: Path, settings: Settings, concurrency: int, label: str,
        text_bytes: int) -> dict[str, float]:
    """Run one batch from scratch and print its throughput."""
    out = folder / f"out-{label}-{concurrency}.jsonl"
    out.unlink(missing_ok=True)
    cpu_before = _cpu_seconds()
    started = time.perf_counter()
    summary = BatchRunner(source, out, settings, concurrency=concurrency).run()
    seconds = time.perf_counter() - started
    cpu = _cpu_seconds() - cpu_before  # this process and its (joined) worker processes
    result = {
        "concurrency": concurrency,
        "items": summary.processed,
        "failed": summary.failed,
        "seconds": round(seconds, 2),
        "articles_per_s": round(summary.processed / seconds, 4),
        "seconds_per_article": round(seconds / max(1, summary.processed), 3),
        "mb_per_s": round(text_bytes / seconds / 1e6, 4),
        "completion_tokens_per_s": round(summary.completion_tokens / seconds, 1),
        "cpu_seconds": round(cpu, 2),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }
    print(f"{label:8} concurrency {concurrency}: {result['items']} articles "
          f"({result['failed']} failed) in {seconds:.1f} s = {result['articles_per_s']:g} "
          f"articles/s ({result['seconds_per_article']:g} s each), {result['mb_per_s']:g} MB/s "
          f"of text; {cpu:.1f} CPU-s "
          f"(load {result['load_average_1min']})"
          + (f", {result['completion_tokens_per_s']} completion tokens/s"
             if summary.completion_tokens else ""), flush=True)
    return result


def _cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def llm_server_up() -> bool:
    """True when something listens on the local LLM server's port."""
    with socket.socket() as probe:
        probe.settimeout(0.5)
        return probe.connect_ex((LLM_HOST, LLM_PORT)) == 0


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000, help="offline articles")
    parser.add_argument("--llm", action="store_true", help="also bench the local LLM server")
    parser.add_argument("--llm-count", type=int, default=8, help="articles for the LLM bench")
    parser.add_argument("--model", default="smollm2-135m")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    results: dict[str, list[dict[str, float]]] = {"offline": [], "openai": []}
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        folder = Path(tmp)
        source, size = corpus(folder, args.count)
        print(f"corpus: {args.count} articles, {size / 1e6:.1f} MB of text", flush=True)
        offline = Settings(engine="offline")
        for concurrency in (1, 2):
            results["offline"].append(run(source, folder, offline, concurrency, "offline", size))
        if args.llm:
            if not llm_server_up():
                print(f"no LLM server on {LLM_HOST}:{LLM_PORT}: skipped "
                      "(../shared/tools/local-llm-server start)", file=sys.stderr)
            else:
                small = folder / "llm.jsonl"
                with source.open(encoding="utf-8") as handle, small.open("w") as out:
                    for _ in range(args.llm_count):
                        out.write(handle.readline())
                llm_size = sum(len(json.loads(x)["text"].encode()) for x in small.open())
                llm = Settings(engine="openai", base_url=f"http://{LLM_HOST}:{LLM_PORT}/v1",
                               api_key="sk-local-not-a-key", model=args.model,
                               use_cache=False, timeout=600.0, max_retries=0)
                for concurrency in (1, 2, 4):
                    results["openai"].append(run(small, folder, llm, concurrency, "openai",
                                                 llm_size))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
