"""The engine is chosen in one place: `summarizer.engine.choose`.

Every other module asks `engine.py` which engine runs; a module that reads
`Settings.chosen_engine` itself would bring back a second place that decides.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from package_sources import package_sources

from summarizer import engine
from summarizer.engine import choose
from summarizer.evaluation.checkthat import evaluate_engine
from summarizer.llm import sentences as llm_batch
from summarizer.offline.engine import categorize, label_sentences
from summarizer.schema import Category, Sentence
from summarizer.settings import Settings

ENDPOINT = {"base_url": "http://127.0.0.1:9/v1", "api_key": "sk-test"}


def test_only_engine_py_reads_the_chosen_engine() -> None:
    callers = []
    for name, path in package_sources().items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.Attribute) and node.attr == "chosen_engine"
               for node in ast.walk(tree)):
            callers.append(name)
    assert callers == ["summarizer.engine"]


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        (Settings(engine="auto"), "offline"),
        (Settings(engine="auto", **ENDPOINT), "openai"),
        (Settings(engine="offline", **ENDPOINT), "offline"),
        (Settings(engine="openai"), "openai"),
    ],
)
def test_choose_resolves_auto(settings: Settings, expected: str) -> None:
    chosen = choose(settings)
    assert chosen.name == expected
    assert chosen.uses_model is (expected == "openai")


def test_the_offline_engine_plans_no_call() -> None:
    assert choose(Settings(engine="offline")).plan("The council met on Monday.") is None


def test_offline_categorize_is_the_offline_category_of_each_text() -> None:
    texts = ["The council met on Monday.", "This is a shameful, reckless decision."]
    assert choose(Settings(engine="offline")).categorize(texts) == [categorize(t) for t in texts]


def test_openai_categorize_labels_each_distinct_text_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[list[str]] = []

    def fake_label_texts(texts: list[str], settings: Any, client: Any = None,
                         **options: Any) -> list[list[Sentence]]:
        assert options == {"whole": True}
        seen.append(texts)
        category = [Category.OPINION, Category.REPORTED_FACT]
        return [[template.model_copy(update={"text": t, "category": category[i % 2]})]
                for i, t in enumerate(texts)]

    template = label_sentences("The council met on Monday.")[0]

    monkeypatch.setattr(llm_batch, "label_texts", fake_label_texts)
    chosen = choose(Settings(engine="openai", **ENDPOINT))
    assert chosen.categorize(["a", "b", "a"]) == [
        Category.OPINION, Category.REPORTED_FACT, Category.OPINION]
    assert seen == [["a", "b"]]


def test_evaluate_engine_names_the_engine_that_ran(tmp_path: Path) -> None:
    path = tmp_path / "dev.tsv"
    path.write_text("sentence_id\tsentence\tlabel\n1\tThe council met on Monday.\tOBJ\n"
                    "2\tThis is a shameful, utterly reckless decision.\tSUBJ\n", encoding="utf-8")
    result = evaluate_engine(path, Settings(engine="auto"))
    assert result.engine == "offline" and result.metrics.total == 2


def test_analyze_runs_the_chosen_engine() -> None:
    report = engine.analyze("The council met on Monday.", Settings(engine="auto"))
    assert report.engine.name == "offline" and report.engine.requested == "auto"
    assert any("engine auto ran offline" in w for w in report.warnings)
