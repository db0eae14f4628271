"""The corpus loader, the alignment of gold to predicted sentences, and `summarizer eval FOLDER`.

These tests use tune/ and hand-made files only; held-out articles are never read here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.evaluation.corpus import align, read_article, read_corpus, score_corpus
from summarizer.offline.engine import label_sentences

TUNE = Path(__file__).resolve().parent.parent / "fixtures" / "corpus" / "tune"

ARTICLE = (
    "# genre: court report\n# title: Clerk cleared\n"
    "reported_fact\tnone\t-\tClerk cleared\n\n"
    "reported_fact\tnone\t-\tA jury in Dunlow cleared Ivo Marsh of forgery on Monday.\n"
    "attributed_statement\tnamed_person\tIvo Marsh\t\u201cI never doubted it,\u201d Marsh said.\n"
)


def _write(tmp_path: Path, text: str, name: str = "01_court.tsv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_article_is_rebuilt_as_the_guide_says(tmp_path: Path) -> None:
    article = read_article(_write(tmp_path, ARTICLE))
    assert article.genre == "court report"
    assert article.text == ("Clerk cleared\n\nA jury in Dunlow cleared Ivo Marsh of forgery on "
                            "Monday. \u201cI never doubted it,\u201d Marsh said.")
    for gold in article.sentences:
        assert article.text[gold.start:gold.end] == gold.text
    assert [g.paragraph for g in article.sentences] == [0, 1, 1]
    assert article.sentences[2].source == "Ivo Marsh"
    assert article.sentences[0].source is None


@pytest.mark.parametrize("bad", [
    "# genre: x\nreported_fact\tnone\t-\tNo title.\n",
    "# genre: x\n# title: t\nreported_fact\tnone\tOnly three fields.\n",
    "# genre: x\n# title: t\nfact\tnone\t-\tBad category.\n",
])
def test_malformed_files_raise_input_error(tmp_path: Path, bad: str) -> None:
    with pytest.raises(InputError):
        read_article(_write(tmp_path, bad))


def test_not_a_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a folder"):
        read_corpus(tmp_path / "missing")


def test_alignment_picks_the_largest_overlap(tmp_path: Path) -> None:
    article = read_article(_write(tmp_path, ARTICLE))
    predicted = label_sentences(article.text)
    assert align(article.sentences, predicted) == [0, 1, 2]
    merged = [predicted[0], predicted[1].model_copy(update={"end": predicted[2].end})]
    assert align(article.sentences, merged) == [0, 1, 1]


def test_scores_count_every_gold_sentence(tmp_path: Path) -> None:
    article = read_article(_write(tmp_path, ARTICLE))
    result = score_corpus([article], lambda a: label_sentences(a.text))
    assert result.categories.total == 3
    assert result.split_mismatches == 0
    assert result.categories.accuracy == 1.0
    assert result.attribution_accuracy == 1.0


def test_every_tune_article_parses_and_segments_like_the_gold() -> None:
    articles = read_corpus(TUNE)
    assert len(articles) == 20
    assert sum(len(a.sentences) for a in articles) == 394
    result = score_corpus(articles, lambda a: label_sentences(a.text))
    assert result.split_mismatches == 0


def test_cli_prints_no_sentence_unless_asked(tmp_path: Path) -> None:
    _write(tmp_path, ARTICLE.replace("attributed_statement\tnamed_person\tIvo Marsh",
                                     "opinion\tnone\t-"))
    run = [sys.executable, "-m", "summarizer", "eval", str(tmp_path)]
    quiet = subprocess.run(run, capture_output=True, text=True, check=True).stdout
    assert "macro-F1" in quiet and "attribution-type accuracy" in quiet
    assert "never doubted" not in quiet
    shown = subprocess.run([*run, "--show-errors"], capture_output=True, text=True,
                           check=True).stdout
    assert "never doubted" in shown and "opinion/none -> attributed_statement" in shown
    data = json.loads(subprocess.run([*run, "--json"], capture_output=True, text=True,
                                     check=True).stdout)
    assert "errors" not in data and data["categories"]["total"] == 3
