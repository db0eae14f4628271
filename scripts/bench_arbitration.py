"""Arbitration benchmark against a SIMULATED model: does a right model win, a wrong one not hurt?

    python scripts/bench_arbitration.py                        # CheckThat! dev, every mode
    python scripts/bench_arbitration.py --data FILE.tsv --modes acc90 uniform --json out.json

THIS IS A SIMULATION, NOT A MODEL. A local OpenAI-compatible HTTP server answers
each labelling call from the gold OBJ/SUBJ labels of the data file (SUBJ -> opinion,
OBJ -> reported_fact), flipping a chosen share of them deterministically (a hash of
the sentence and the seed decides which), or in one of the failure modes below.
`summarizer eval --engine openai` then runs against it through the real HTTP path
(client, structured output, parsing, trust, arbitration), and the script prints,
per mode, the macro-F1 of the simulated model alone, of the arbitrated labels, and
of the offline engine alone.

Modes: accNN (NN % of sentences right, e.g. acc90), uniform (every sentence
reported_fact), random (one of the four categories, hashed), alternating
(reported_fact, attributed_statement, ...), inverted (every sentence wrong),
all-allegation, smear (acc90, but every sentence naming a source with a reporting
verb is called an unsupported allegation), wrong-spans (acc90, but the evidence
span is words the sentence does not contain).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from summarizer.evaluation.checkthat import compute_metrics
from summarizer.llm.prompting import clean_for_prompt

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = next((p / "shared" / "data" / "subjectivity" / "dev_en.tsv" for p in ROOT.parents
                     if (p / "shared" / "data").is_dir()), ROOT.parent / "shared" / "data")
MODES = ("acc90", "acc80", "acc70", "acc60", "uniform", "random", "alternating", "inverted",
         "all-allegation", "smear", "wrong-spans")
CATEGORIES = ("reported_fact", "attributed_statement", "opinion", "unsupported_allegation")
_LINE = re.compile(r"^\[(S\d+)\] (.*)$")
_ON_RECORD = re.compile(r"\b(?:said|says|told|according to|reported|wrote|announced)\b")
_NAME = re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]+")


def _unit(*parts: object) -> float:
    """A deterministic number in [0, 1) from the parts: the simulation's only randomness."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


class Simulation:
    """The simulated model: answers from gold labels, by mode. Openly not a model."""

    def __init__(self, gold: dict[str, str], mode: str, seed: int) -> None:
        self.gold, self.mode, self.seed = gold, mode, seed
        self.answered: dict[str, str] = {}  # shown text -> category answered
        self.calls = 0

    def label(self, text: str, position: int) -> dict[str, Any]:
        """The simulated label of one sentence as shown in the prompt."""
        gold = self.gold.get(text) or next(
            (v for k, v in self.gold.items() if text.endswith(" [...]") and
             k.startswith(text[:-6])), "OBJ")
        right = "opinion" if gold == "SUBJ" else "reported_fact"
        wrong = "reported_fact" if gold == "SUBJ" else "opinion"
        mode = self.mode
        accuracy = int(mode[3:]) / 100 if mode.startswith("acc") else 0.9
        category = right if _unit(self.seed, text) < accuracy else wrong
        if mode == "random":
            category = CATEGORIES[int(_unit(self.seed, "random", text) * 4)]
        elif mode == "alternating":
            category = ("reported_fact", "attributed_statement")[position % 2]
        elif mode == "inverted":
            category = wrong
        elif mode == "all-allegation" or (
                mode == "smear" and _ON_RECORD.search(text) and _NAME.search(text)):
            category = "unsupported_allegation"
        elif mode == "uniform":
            category = "reported_fact"
        self.answered[text] = category
        words = text.split()
        span = " ".join(words[:4]) if mode != "wrong-spans" else "the secret offshore ledger"
        return {"evidence": span, "category": category, "attribution": "none", "source": None,
                "confidence": {"opinion": "not_applicable",
                               "unsupported_allegation": "unsupported"}.get(category, "medium"),
                "reason": f"simulated ({mode})"}

    def answer(self, request: dict[str, Any]) -> dict[str, Any]:
        """A chat completion for one request: labels for every [S..] line of the prompt."""
        self.calls += 1
        user = next(m["content"] for m in reversed(request["messages"]) if m["role"] == "user")
        lines = [m for m in (_LINE.match(x) for x in user.splitlines()) if m]
        labels = {m.group(1): self.label(m.group(2), n) for n, m in enumerate(lines)}
        content = json.dumps({"labels": labels, "loaded": []})
        return {"id": f"sim-{self.calls}", "object": "chat.completion", "created": 0,
                "model": "simulation", "choices": [{"index": 0, "finish_reason": "stop",
                "message": {"role": "assistant", "content": content}}],
                "usage": {"prompt_tokens": len(user) // 4, "completion_tokens": len(content) // 4,
                          "total_tokens": (len(user) + len(content)) // 4}}


def serve(simulation: Simulation) -> ThreadingHTTPServer:
    """Start the simulation on a free loopback port, in a daemon thread."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            data = json.dumps(simulation.answer(json.loads(body))).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def read_gold(path: Path) -> list[tuple[str, str]]:
    """(sentence, OBJ/SUBJ) pairs of a CheckThat!-format file."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [(r["sentence"], r["label"].strip().upper())
                for r in csv.DictReader(handle, delimiter="\t")]


def eval_json(data: Path, engine: str, base_url: str | None, cache: Path) -> dict[str, Any]:
    """`summarizer eval --json` in a subprocess: the CLI and the HTTP path, as a user runs it."""
    command = [sys.executable, "-m", "summarizer", "eval", str(data), "--json",
               "--engine", engine, "--cache-dir", str(cache), "--no-cache"]
    if base_url:
        command += ["--base-url", base_url, "--api-key", "simulation", "--model", "simulation"]
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"summarizer eval failed ({done.returncode}): {done.stderr.strip()}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def run_mode(data: Path, gold: list[tuple[str, str]], mode: str, seed: int,
             cache: Path) -> dict[str, Any]:
    """One mode: the simulation alone, and arbitrated through `summarizer eval`."""
    shown = {clean_for_prompt(s): g for s, g in gold}
    simulation = Simulation(shown, mode, seed)
    server = serve(simulation)
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/v1"
        result = eval_json(data, "openai", url, cache)
        smeared = _smeared_named(gold, url, cache) if mode == "smear" else None
    finally:
        server.shutdown()
        server.server_close()
    answered = [simulation.answered.get(clean_for_prompt(s), "reported_fact") for s, _ in gold]
    alone = compute_metrics([g for _, g in gold],
                            ["SUBJ" if c == "opinion" else "OBJ" for c in answered])
    row = {"mode": mode, "model_alone": round(alone.macro_f1, 3),
           "arbitrated": round(result["metrics"]["macro_f1"], 3), "calls": simulation.calls,
           "contribution": result.get("contribution")}
    if smeared is not None:
        row["named_on_record_made_allegations"] = smeared
    return row


def _smeared_named(gold: list[tuple[str, str]], url: str, cache: Path) -> int:
    """How many sentences with a named on-record source ended as allegations (library path)."""
    from summarizer.grounding.labels import hard_evidence
    from summarizer.llm.sentences import label_texts
    from summarizer.schema import Category
    from summarizer.settings import Settings

    settings = Settings.resolve(env={}, engine="openai", base_url=url, api_key="simulation",
                                model="simulation", use_cache=False, cache_dir=cache)
    labelled = label_texts([s for s, _ in gold], settings, whole=True)
    offline = __import__("summarizer.llm.sentences", fromlist=["x"])._as_one_sentence
    count = 0
    for (text, _), sentences in zip(gold, labelled, strict=True):
        hard = hard_evidence(offline(text)[0])
        if hard and hard[0] == "named" and sentences[0].category is \
                Category.UNSUPPORTED_ALLEGATION:
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    """Run the modes and print the table (and JSON when asked)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--modes", nargs="+", default=list(MODES))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"no data file {args.data} (needs ../shared/data)", file=sys.stderr)
        return 2
    gold = read_gold(args.data)
    cache = Path(__import__("tempfile").mkdtemp(prefix="bench-arbitration-"))
    offline = round(eval_json(args.data, "offline", None, cache)["metrics"]["macro_f1"], 3)
    print(f"SIMULATED model (answers from gold labels; not a real model): {args.data.name}, "
          f"n={len(gold)}, seed {args.seed}")
    print(f"{'mode':<15} {'model alone':>11} {'arbitrated':>10} {'offline':>8}  contribution")
    rows = []
    for mode in args.modes:
        row = run_mode(args.data, gold, mode, args.seed, cache)
        row["offline"] = offline
        rows.append(row)
        c = row["contribution"] or {}
        kappa = f"kappa {c.get('kappa')}; "
        what = kappa + (f"set aside ({c.get('set_aside_reason')})" if c.get("labels_set_aside")
                else f"used {c.get('labels_used')}, overruled {c.get('labels_overruled')}, "
                     f"unverified {c.get('labels_unverified')}")
        extra = (f"; named on-record made allegations: {row['named_on_record_made_allegations']}"
                 if "named_on_record_made_allegations" in row else "")
        print(f"{mode:<15} {row['model_alone']:>11.3f} {row['arbitrated']:>10.3f} "
              f"{offline:>8.3f}  {what}{extra}")
    if args.json:
        args.json.write_text(json.dumps({"simulation": True, "data": args.data.name,
                                         "seed": args.seed, "rows": rows}, indent=2) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
