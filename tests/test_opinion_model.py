"""The opinion weights are data (summarizer/data/opinion_weights.json), and the script that
fits them refuses the data kept for choosing and reporting."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.offline.cues import detect
from summarizer.offline.opinion import features, model, opinion_score

ROOT = Path(__file__).resolve().parents[1]


def test_the_score_is_the_file_s_weighted_sum() -> None:
    data = json.loads((ROOT / "summarizer" / "data" / "opinion_weights.json").read_text("utf-8"))
    cues = detect("This shameful plan is the worst idea I have ever seen.")
    found = features(cues)
    weights = {**data["weights"], **{k: data[k] for k in ("quoted", "short", "long")}}
    expected = data["bias"] + sum(weights.get(k, 0.0) * v for k, v in found.items())
    assert opinion_score(cues)[0] == pytest.approx(expected)
    assert model().threshold == data["threshold"]
    assert found["first_person"] == 1 and found["evaluative"] >= 1


def test_counts_are_capped_and_quoted_words_are_the_speaker_s() -> None:
    cues = detect("“Awful, dreadful, terrible, shameful, disgraceful,” she said.")
    found = features(cues)
    assert found.get("evaluative", 0) == 0  # inside the quotation
    assert found["quoted"] > 0.5
    loud = features(detect("Awful, dreadful, terrible, shameful, disgraceful work."))
    assert loud["evaluative"] == model().max_count


@pytest.mark.parametrize("flag", [
    ["--corpus", "fixtures/corpus/heldout"],
    ["--checkthat", "dev_en.tsv"],
])
def test_the_training_script_refuses_dev_and_heldout(flag: list[str]) -> None:
    result = subprocess.run([sys.executable, "scripts/train_opinion_weights.py", *flag],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode != 0
    assert "refusing to train" in result.stderr
