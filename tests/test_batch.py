"""The batch runner: per-item errors, resume after a kill, duplicates, budget, crashes.

Most tests replace `summarizer.engine.analyze` with a small fake engine so they
test the batch machinery alone; worker processes are forked after the patch,
so they inherit it. One test runs the real offline engine when it exists.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from summarizer import engine
from summarizer.batch.io import scan_output
from summarizer.batch.runner import BatchRunner
from summarizer.cli.progress import ProgressBar
from summarizer.errors import AuthenticationError, BudgetExceededError, InputError
from summarizer.inputs.article import Article
from summarizer.schema import CategoryCounts, EngineInfo, Report, Usage
from summarizer.settings import Settings

OFFLINE = Settings(engine="offline")
OPENAI = Settings(engine="openai", base_url="http://127.0.0.1:9/v1", api_key="sk-test")


def fake_analyze(article: Article | str, settings: Any = None, *, client: Any = None) -> Report:
    """A stand-in engine: one 'sentence' count per word, a fixed price per item."""
    assert isinstance(article, Article)
    if article.text.startswith("CRASH"):
        os._exit(3)  # a worker dying, as on out-of-memory
    if article.text.startswith("DENIED"):
        raise AuthenticationError("401 from the endpoint")
    if article.text.startswith("BUG"):
        raise ValueError("an engine bug on this item")
    if article.text.startswith("SLOW"):
        time.sleep(0.005)
    return Report(
        title=article.title,
        source=article.source,
        text=article.text,
        sentences=[],
        summary=[],
        counts=CategoryCounts(reported_fact=len(article.text.split())),
        engine=EngineInfo(name="offline", version="test"),
        usage=Usage(prompt_tokens=10, completion_tokens=2, estimated_cost_usd=0.01),
    )


@pytest.fixture
def fake_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "analyze", fake_analyze)


def write_jsonl(path: Path, lines: list[Any]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for line in lines:
            handle.write((line if isinstance(line, str) else json.dumps(line)) + "\n")
    return path


def read_records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def articles(n: int, prefix: str = "Article") -> list[dict[str, Any]]:
    return [{"id": f"a{i}", "text": f"{prefix} number {i} says things."} for i in range(n)]


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("concurrency", [1, 2])
def test_bad_items_become_error_records_and_the_batch_goes_on(
    tmp_path: Path, concurrency: int
) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "ok1", "text": "Fine text.", "title": "T", "url": "https://example.org/x"},
        {"id": "empty", "text": "   "},
        {"id": "nul", "text": "bad\u0000text"},
        {"id": 7, "text": "BUG in the engine"},
        {"text": "no id at all"},
        "{not json",
        {"id": "ok1", "text": "a duplicate id"},
        {"id": "notext"},
        {"id": "ok2", "text": "Also fine."},
    ])
    out = tmp_path / "out.jsonl"
    summary = BatchRunner(source, out, OFFLINE, concurrency=concurrency).run()
    records = read_records(out)
    by_line = {r["line"]: r for r in records}
    assert sorted(by_line) == [1, 2, 3, 4, 5, 6, 8, 9]  # line 7 is the duplicate
    assert by_line[1]["report"]["title"] == "T"
    assert by_line[1]["report"]["source"] == "https://example.org/x"
    assert by_line[2]["error"]["type"] == "InputError"
    assert by_line[3]["error"]["type"] == "InputError"
    assert by_line[4] == {"id": 7, "line": 4, "error": {
        "type": "ValueError", "message": "an engine bug on this item"}}
    assert by_line[5]["id"] is None and "missing id" in by_line[5]["error"]["message"]
    assert "not valid JSON" in by_line[6]["error"]["message"]
    assert "'text'" in by_line[8]["error"]["message"]
    assert (summary.done, summary.failed, summary.duplicates, summary.total) == (2, 6, 1, 9)
    assert summary.error_types == {"InputError": 5, "ValueError": 1}


@pytest.mark.usefixtures("fake_engine")
def test_resume_skips_done_ids_and_repairs_a_truncated_last_line(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", articles(40))
    out = tmp_path / "out.jsonl"
    BatchRunner(source, out, OFFLINE, concurrency=1).run()
    lines = out.read_bytes().splitlines(keepends=True)
    # As a kill -9 mid-write would leave it: 25 whole lines and half of the next.
    out.write_bytes(b"".join(lines[:25]) + lines[25][: len(lines[25]) // 2])
    summary = BatchRunner(source, out, OFFLINE, concurrency=2).run()
    assert summary.repaired_bytes == len(lines[25]) // 2
    assert (summary.skipped, summary.done) == (25, 15)
    ids = Counter(r["id"] for r in read_records(out))
    assert set(ids) == {f"a{i}" for i in range(40)} and set(ids.values()) == {1}


def test_an_output_that_is_a_directory_is_an_input_error(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "in.jsonl", articles(2))
    (tmp_path / "out").mkdir()
    with pytest.raises(InputError, match="out: is a directory"):
        BatchRunner(source, tmp_path / "out", OFFLINE, concurrency=1).run()


@pytest.mark.usefixtures("fake_engine")
def test_retry_failed_replaces_error_records(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    first = write_jsonl(tmp_path / "in1.jsonl", [{"id": "x", "text": "BUG"}, *articles(3)])
    assert BatchRunner(first, out, OFFLINE, concurrency=1).run().failed == 1
    fixed = write_jsonl(tmp_path / "in2.jsonl", [{"id": "x", "text": "Now fine."}, *articles(3)])
    plain = BatchRunner(fixed, out, OFFLINE, concurrency=1).run()
    assert plain.skipped == 4  # an error record counts as done unless asked
    summary = BatchRunner(fixed, out, OFFLINE, concurrency=1, retry_failed=True).run()
    assert (summary.retried, summary.done, summary.skipped) == (1, 1, 3)
    records = read_records(out)
    assert len(records) == 4 and all("report" in r for r in records)


@pytest.mark.usefixtures("fake_engine")
def test_a_worker_that_dies_costs_only_its_own_item(tmp_path: Path) -> None:
    items = articles(50)
    items[20] = {"id": "boom", "text": "CRASH this worker"}
    source = write_jsonl(tmp_path / "in.jsonl", items)
    out = tmp_path / "out.jsonl"
    summary = BatchRunner(source, out, OFFLINE, concurrency=2).run()
    records = {r["id"]: r for r in read_records(out)}
    assert len(records) == 50
    assert records["boom"]["error"]["type"] == "WorkerCrashed"
    assert (summary.done, summary.failed) == (49, 1)


@pytest.mark.usefixtures("fake_engine")
@pytest.mark.parametrize("planned", [0.01, None], ids=["planned", "learned"])
def test_max_cost_stops_before_the_budget_is_exceeded_and_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, planned: float | None
) -> None:
    # The planner's estimate (an upper bound in the real engine), or none: learn from costs.
    monkeypatch.setattr(BatchRunner, "_estimate", lambda self, chunk: planned)
    source = write_jsonl(tmp_path / "in.jsonl", articles(10, prefix="SLOW"))
    out = tmp_path / "out.jsonl"
    runner = BatchRunner(source, out, OPENAI, concurrency=3, max_cost=0.045)
    with pytest.raises(BudgetExceededError, match="max-cost"):
        runner.run()
    assert runner.summary.done == 4  # 4 x $0.01 fits in $0.045, a fifth would not
    assert runner.summary.cost_usd == pytest.approx(0.04)
    assert len(read_records(out)) == 4
    resumed = BatchRunner(source, out, OPENAI, concurrency=3, max_cost=1.0).run()
    assert (resumed.skipped, resumed.done) == (4, 6)


@pytest.mark.usefixtures("fake_engine")
def test_a_fatal_error_stops_the_batch_without_writing_the_item(tmp_path: Path) -> None:
    items = [*articles(3), {"id": "d", "text": "DENIED"}, *articles(30, prefix="Later")[3:]]
    source = write_jsonl(tmp_path / "in.jsonl", items)
    out = tmp_path / "out.jsonl"
    with pytest.raises(AuthenticationError):
        BatchRunner(source, out, OPENAI, concurrency=1).run()
    ids = {r["id"] for r in read_records(out)}
    assert "d" not in ids and {"a0", "a1", "a2"} <= ids and len(ids) < 30


def test_cli_prints_the_summary_and_exit_code(
    tmp_path: Path, fake_engine: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from summarizer.cli.main import main

    source = write_jsonl(tmp_path / "in.jsonl", [*articles(3), {"id": "e", "text": ""}])
    out = tmp_path / "out.jsonl"
    code = main(["batch", str(source), "-o", str(out), "--engine", "offline", "-j", "1"])
    err = capsys.readouterr().err
    assert code == 1
    assert "3 done, 1 failed" in err and "InputError 1" in err and "cost $" in err
    assert main(["batch", str(source), "-o", str(out), "--engine", "offline"]) == 0
    assert "4 skipped" in capsys.readouterr().err


def test_progress_bar_is_drawn_on_stderr_when_asked(
    tmp_path: Path, fake_engine: None, capsys: pytest.CaptureFixture[str]
) -> None:
    from summarizer.cli.main import main

    source = write_jsonl(tmp_path / "in.jsonl", articles(5))
    out = tmp_path / "out.jsonl"
    args = ["batch", str(source), "-o", str(out), "--engine", "offline", "-j", "1"]
    assert main([*args, "--progress", "always"]) == 0
    captured = capsys.readouterr()
    assert "\rbatch [" in captured.err and "5/5 100%" in captured.err and not captured.out
    out.unlink()
    assert main(args) == 0  # auto: stderr is not a terminal here, so no bar
    assert "\r" not in capsys.readouterr().err


def test_progress_line_shows_counts_rate_eta_and_failures() -> None:
    bar = ProgressBar(sys.stderr, total=1000)
    line = bar.render(handled=250, processed=200, failed=3, elapsed=10.0)
    assert "250/1000" in line and "25%" in line and "20.0/s" in line
    assert "ETA 0:38" in line and "failed 3" in line  # 750 left at 20/s


_KILL_SCRIPT = """
import sys, time
from summarizer import engine
sys.path.insert(0, {tests!r})
import test_batch
engine.analyze = test_batch.fake_analyze
from summarizer.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("concurrency", ["1", "2"])
def test_kill_9_midway_then_rerun_leaves_every_id_exactly_once(
    tmp_path: Path, concurrency: str
) -> None:
    n = 400
    source = write_jsonl(tmp_path / "in.jsonl", articles(n, prefix="SLOW"))
    out = tmp_path / "out.jsonl"
    script = tmp_path / "run.py"
    script.write_text(_KILL_SCRIPT.format(tests=str(Path(__file__).parent)))
    command = [sys.executable, str(script), "batch", str(source), "-o", str(out),
               "--engine", "offline", "-j", concurrency]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.005)
    os.killpg(process.pid, signal.SIGKILL)  # the runner and its workers, at once
    process.wait()
    partial = len(scan_output(out, repair=False).done)
    assert 0 < partial < n
    subprocess.run(command, stderr=subprocess.DEVNULL, check=True, timeout=60)
    ids = Counter(r["id"] for r in read_records(out))
    assert len(ids) == n and set(ids.values()) == {1}


def test_real_offline_engine_through_a_process_pool(tmp_path: Path) -> None:
    seeds = sorted((Path(__file__).parents[1] / "seeds").glob("*.txt"))
    items = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in seeds]
    source = write_jsonl(tmp_path / "in.jsonl", items * 2)  # the copies are duplicates
    out = tmp_path / "out.jsonl"
    summary = BatchRunner(source, out, OFFLINE, concurrency=2).run()
    assert (summary.done, summary.duplicates) == (len(seeds), len(seeds))
    for record in read_records(out):
        report = Report.model_validate(record["report"])
        assert report.engine.name == "offline" and report.sentences


def test_the_budget_uses_the_engines_plan_as_an_upper_bound(tmp_path: Path) -> None:
    from summarizer.batch.io import parse_line

    runner = BatchRunner(tmp_path / "in.jsonl", tmp_path / "out.jsonl", OPENAI, max_cost=1.0)
    item = parse_line(json.dumps({"id": 1, "text": "The council met on Monday."}).encode(), 1)
    short = runner._estimate([item])
    longer = runner._estimate([parse_line(json.dumps(
        {"id": 2, "text": "The council met on Monday. " * 40}).encode(), 2)])
    assert short is not None and longer is not None and 0 < short < longer


def test_an_unreachable_endpoint_stops_the_batch_early(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from summarizer.errors import ConnectionError as Unreachable
    from summarizer.errors import RunError

    def down(article: Article, settings: Any = None, *, client: Any = None) -> Report:
        if article.text.startswith("DOWN"):
            raise Unreachable("cannot reach http://127.0.0.1:9/v1")
        return fake_analyze(article, settings, client=client)

    monkeypatch.setattr(engine, "analyze", down)
    items = [*articles(3), {"id": "x", "text": "BUG"}, *articles(200, prefix="DOWN")[3:]]
    source = write_jsonl(tmp_path / "in.jsonl", items)
    out = tmp_path / "out.jsonl"
    runner = BatchRunner(source, out, OPENAI, concurrency=2)
    with pytest.raises(RunError, match="in a row failed with ConnectionError"):
        runner.run()
    assert runner.summary.error_types["ConnectionError"] < 10  # not 197 error records
    assert runner.summary.error_types["ValueError"] == 1  # other failures do not count
    resumed = BatchRunner(source, out, OFFLINE, concurrency=1, retry_failed=True)
    monkeypatch.setattr(engine, "analyze", fake_analyze)  # the endpoint is back
    summary = resumed.run()
    assert (summary.skipped, summary.done, summary.failed) == (3, 197, 1)  # BUG fails again
    ids = Counter(r["id"] for r in read_records(out))
    assert len(ids) == 201 and set(ids.values()) == {1}


@pytest.mark.parametrize("item_id", ['say "no"', "back\\slash\\", "plain", 7, "é"])
def test_output_heads_are_read_without_parsing_the_report(item_id: str | int) -> None:
    from summarizer.batch.io import _HEAD, _read_head, error_line, item_key

    line = (error_line(item_id, 3, "E", "m") + "\n").encode("utf-8")
    assert _HEAD.match(line) is not None
    assert _read_head(line) == (item_key(item_id, 3), True)
