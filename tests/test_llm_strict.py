"""A model that contributed nothing: one stderr line, and --strict exits 1 (synthetic server)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "004_0e03f83aebca1b10.txt"


class _Uniform(BaseHTTPRequestHandler):
    """A synthetic endpoint that calls every sentence reported_fact (with a valid span)."""

    def do_POST(self) -> None:
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        user = request["messages"][-1]["content"]
        found = re.findall(r"^\[(S\d+)\] (.*)$", user, re.MULTILINE)
        labels = {i: {"evidence": " ".join(t.split()[:3]), "category": "reported_fact",
                      "attribution": "none", "source": None, "confidence": "high",
                      "reason": "synthetic"} for i, t in found}
        content = json.dumps({"labels": labels, "loaded": [], "summary": [
            {"text": "A synthetic point.", "kind": "reporting", "sentence_ids": ["S1"]}]})
        body = json.dumps({"id": "x", "object": "chat.completion", "created": 0,
                           "model": "synthetic", "choices": [{"index": 0,
                           "finish_reason": "stop", "message": {"role": "assistant",
                                                                "content": content}}],
                           "usage": {"prompt_tokens": 1, "completion_tokens": 1,
                                     "total_tokens": 2}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def endpoint() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Uniform)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def _run(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "summarizer", *args, "--engine", "openai",
                           "--api-key", "sk-test-not-a-real-key", "--model", "synthetic",
                           "--cache-dir", str(cache), "--no-cache"],
                          capture_output=True, text=True, check=False, cwd=ROOT, timeout=120)


def test_a_model_that_contributed_nothing_is_said_and_strict_fails(
    endpoint: str, tmp_path: Path
) -> None:
    plain = _run(str(SEED), "--base-url", endpoint, cache=tmp_path)
    assert plain.returncode == 0
    assert "Engine: openai (synthetic; prompt " in plain.stdout
    assert "labels set aside: the model labelled every sentence reported_fact" in plain.stdout
    lines = [x for x in plain.stderr.splitlines() if "contributed nothing" in x]
    assert len(lines) == 1 and "every sentence reported_fact" in lines[0]
    strict = _run(str(SEED), "--base-url", endpoint, "--strict", cache=tmp_path)
    assert strict.returncode == 1 and strict.stdout == plain.stdout


def test_eval_json_says_whether_the_model_labels_were_used(
    endpoint: str, tmp_path: Path
) -> None:
    gold = tmp_path / "gold.tsv"
    rows = [f"{n}\tThe council met on day {n} and voted.\tOBJ" for n in range(1, 11)]
    gold.write_text("sentence_id\tsentence\tlabel\n" + "\n".join(rows) + "\n", encoding="utf-8")
    done = _run("eval", str(gold), "--json", "--base-url", endpoint, "--strict", cache=tmp_path)
    assert done.returncode == 1, done.stderr
    contribution = json.loads(done.stdout)["contribution"]
    assert contribution["contributed"] is False and contribution["labels_set_aside"] == 10
    assert "every sentence reported_fact" in contribution["set_aside_reason"]
