"""Every script in scripts/ runs, on tiny inputs: a script nobody runs rots.

A new script must add an entry to SMOKE (the test below fails until it does), with
arguments that finish in seconds and a check on what it printed or wrote.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "scripts"
SEED = ROOT / "seeds" / "004_0e03f83aebca1b10.txt"

Check = Callable[[subprocess.CompletedProcess[str], Path], None]


def _neus(folder: Path) -> Path:
    """Two tiny stories in the NeuS file format, made from our own seed text."""
    data = folder / "neus"
    data.mkdir()
    seed = " ".join(SEED.read_text(encoding="utf-8").split())
    halves = seed[: len(seed) // 2], seed[len(seed) // 2 :]
    story = " [SEP] ".join(f"TITLE=> Part {k} ARTICLE=> {h}" for k, h in enumerate(halves))
    (data / "val.source").write_text(f"{story}\n{story}\n", encoding="utf-8")
    target = f"TITLE=> Summary ARTICLE=> {halves[0][:300]}"
    (data / "val.target").write_text(f"{target}\n{target}\n", encoding="utf-8")
    return data


def _gold(folder: Path) -> Path:
    """A tiny OBJ/SUBJ file of our own sentences (not the shared data)."""
    rows = [("The council voted 7 to 2 on Tuesday to keep the ferry.", "OBJ"),
            ("Mayor Ellen Sorby said the ferry carries nurses home.", "OBJ"),
            ("It is a reckless and shameful decision.", "SUBJ"),
            ("Frankly, this plan is the worst idea in years.", "SUBJ"),
            ("The meeting lasted two hours.", "OBJ"),
            ("The ferry carries 400 passengers a day, according to the port authority.", "OBJ"),
            ("Nobody sensible could support such a waste.", "SUBJ"),
            ("Tickets will cost 3 euros from May.", "OBJ"),
            ("What a disgrace this whole affair has become.", "SUBJ"),
            ("I believe the mayor is simply out of touch.", "SUBJ")]
    path = folder / "gold.tsv"
    path.write_text("sentence_id\tsentence\tlabel\n" + "".join(
        f"{n}\t{text}\t{label}\n" for n, (text, label) in enumerate(rows)), encoding="utf-8")
    return path


def _bench_arbitration(result: subprocess.CompletedProcess[str], tmp: Path) -> None:
    assert "SIMULATED model" in result.stdout
    figures = json.loads((tmp / "arbitration.json").read_text(encoding="utf-8"))
    assert figures["simulation"] is True
    rows = {r["mode"]: r for r in figures["rows"]}
    assert rows["uniform"]["arbitrated"] == rows["uniform"]["offline"]
    assert rows["uniform"]["contribution"]["labels_set_aside"] == 10
    assert rows["acc90"]["contribution"]["labels_used"] > 0
    assert rows["smear"]["named_on_record_made_allegations"] == 0


def _json_out(result: subprocess.CompletedProcess[str], _: Path) -> None:
    assert isinstance(json.loads(result.stdout), dict)


def _eval_neus(result: subprocess.CompletedProcess[str], _: Path) -> None:
    figures = json.loads(result.stdout)
    assert figures["stories"] == 2
    assert set(figures["rouge_f1"]) >= {"digest", "lead"}
    assert 0 < figures["share_of_sources_median"]["digest"] <= 0.25
    assert figures["attribution_rule_breaks"] == 0


def _eval_summaries(result: subprocess.CompletedProcess[str], _: Path) -> None:
    figures = json.loads(result.stdout)
    assert figures["articles"] == 2 and figures["with_problems"] == 0
    assert all(0 < row["share"] <= 0.25 for row in figures["rows"])  # seeds: 600+ words


def _corpus(_: subprocess.CompletedProcess[str], tmp: Path) -> None:
    lines = (tmp / "out" / "batch.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 6
    assert all({"id", "text"} <= set(json.loads(line)) for line in lines)


def _bench_batch(_: subprocess.CompletedProcess[str], tmp: Path) -> None:
    figures = json.loads((tmp / "figures.json").read_text(encoding="utf-8"))
    assert [r["items"] for r in figures["offline"]] == [12, 12]


def _bench_memory(result: subprocess.CompletedProcess[str], _: Path) -> None:
    figures = json.loads(result.stdout)
    (run,) = figures["runs"]
    assert run["exit_code"] == 0 and run["input_bytes"] > 20_000 and run["peak_bytes"] > 0


def _tiny_training_data(tmp: Path) -> list[str]:
    """A CheckThat!-format file and a one-article corpus folder, written here."""
    tsv = tmp / "train_en.tsv"
    tsv.write_text("sentence_id\tsentence\tlabel\n"
                   "1\tThe plan is a costly, shameful mistake.\tSUBJ\n"
                   "2\tThe council approved the budget on Monday by 7 votes to 2.\tOBJ\n"
                   "3\tWe should be ashamed of this.\tSUBJ\n"
                   "4\tThe bridge reopened in 2021 after repairs costing $4 million.\tOBJ\n",
                   encoding="utf-8")
    corpus = tmp / "tune"
    corpus.mkdir()
    (corpus / "01_column.tsv").write_text(
        "# genre: column\n# title: Buses\n"
        "opinion\tnone\t-\tThe bus plan is a sorry waste of everyone's time.\n"
        "reported_fact\tnone\t-\tThe route opened in May 2020 with 14 stops.\n", encoding="utf-8")
    return ["--checkthat", str(tsv), "--corpus", str(corpus), "--iterations", "50",
            "--out", str(tmp / "weights.json")]


def _weights(_: subprocess.CompletedProcess[str], tmp: Path) -> None:
    figures = json.loads((tmp / "weights.json").read_text(encoding="utf-8"))
    assert figures["examples"] == 6
    assert figures["trained_on"] == ["train_en.tsv", "corpus tune/"]
    assert figures["weights"]["evaluative"] > 0 > figures["weights"]["number"]


def _screenshots(_: subprocess.CompletedProcess[str], tmp: Path) -> None:
    assert (tmp / "shots" / "digest-seeds.png").stat().st_size > 1000


# script -> (arguments given the temp folder, check, needs a browser)
SMOKE: dict[str, tuple[Callable[[Path], list[str]], Check, bool]] = {
    "bench.py": (lambda tmp: ["--repeat", "2", "--process-repeat", "1", "--json"],
                 _json_out, False),
    "bench_arbitration.py": (
        lambda tmp: ["--data", str(_gold(tmp)), "--modes", "acc90", "uniform", "smear",
                     "--json", str(tmp / "arbitration.json")], _bench_arbitration, False),
    "bench_batch.py": (lambda tmp: ["--count", "12", "--json", str(tmp / "figures.json")],
                       _bench_batch, False),
    "bench_memory.py": (lambda tmp: ["--sizes-mb", "0.03", "--json"], _bench_memory, False),
    "eval_neus.py": (lambda tmp: ["--data", str(_neus(tmp)), "--json"], _eval_neus, False),
    "eval_summaries.py": (lambda tmp: [str(ROOT / "seeds"), "--json"], _eval_summaries, False),
    "make_batch_corpus.py": (lambda tmp: [str(tmp / "out" / "batch.jsonl"), "--count", "6"],
                             _corpus, False),
    "screenshots.py": (lambda tmp: ["--out", str(tmp / "shots")], _screenshots, True),
    "train_opinion_weights.py": (_tiny_training_data, _weights, False),
}


def test_every_script_has_a_smoke_test() -> None:
    scripts = sorted(p.name for p in SCRIPTS.glob("*.py"))
    assert scripts == sorted(SMOKE), "add an entry to SMOKE for every script in scripts/"


@pytest.mark.parametrize("name", sorted(SMOKE))
def test_script_runs_on_tiny_inputs(name: str, tmp_path: Path) -> None:
    arguments, check, browser = SMOKE[name]
    if browser and not (shutil.which("chromium") or shutil.which("chromium-browser")):
        pytest.skip("needs headless Chromium (apt-get install chromium)")
    (tmp_path / "out").mkdir()
    result = subprocess.run(
        [sys.executable, str(SCRIPTS / name), *arguments(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    check(result, tmp_path)
