"""Meaning-preserving grounding of summary points: restate the cited sentences or be dropped."""

from __future__ import annotations

import pytest

from summarizer.grounding.points import ground_points, misworded, ungrounded_terms
from summarizer.llm.answers import PointAnswer
from summarizer.offline.engine import label_sentences
from summarizer.schema import Category, Sentence
from summarizer.summary.compose import compose_summary

TEXT = (
    "The council voted 7 to 2 on Tuesday to keep the ferry.\n\n"
    "Mayor Ellen Sorby said the ferry \"carries nurses home.\"\n\n"
    "The mayor secretly funnelled the ferry money into personal accounts.\n\n"
    "It is a reckless and shameful decision.\n\n"
    "The port authority said the ferry will not run in winter."
)


@pytest.fixture(scope="module")
def sentences() -> list[Sentence]:
    found = label_sentences(TEXT)
    assert [s.category for s in found[:3]] == [
        Category.REPORTED_FACT, Category.ATTRIBUTED_STATEMENT, Category.UNSUPPORTED_ALLEGATION]
    return found


@pytest.mark.parametrize(("point", "cites", "rule"), [
    ("The council did not vote to keep the ferry.", ["S1"], "negation"),
    ("The article alleges, without evidence given, that the mayor did not funnel the ferry "
     "money.", ["S3"], "negation"),
    ("The council voted 2 to 7 to keep the ferry.", ["S1"], "numbers: 7 out of order"),
    ("The council voted 7 to 2 to keep the ferry; the mayor resigned.", ["S1"],
     "new words: mayor, resigned"),
    ("The council voted 7 to 2 to scrap the ferry.", ["S1"], "new words: scrap"),
    ("Совет проголосовал 7 против 2 за паром.", ["S1"], "new words: совет"),
    ("The mayor funnelled the ferry money into personal accounts.", ["S3"],
     "allegation worded as fact"),
    ("The ferry carries nurses home.", ["S2"], "source not named"),
    ("The port authority said the ferry will run in winter.", ["S5"], "negation"),
    ("The council voted 7 to 2 on Tuesday to keep the ferry, verified.", ["S1"],
     "new words: verified"),
    ("The council voted 7 to 2 million on Tuesday to keep the ferry.", ["S1"],
     "new words: million"),
])
def test_a_point_that_changes_the_meaning_is_dropped(
    sentences: list[Sentence], point: str, cites: list[str], rule: str
) -> None:
    cited = [s for s in sentences if s.id in cites]
    problems = ungrounded_terms(point, cited) or misworded(point, cited)
    assert problems and problems[0].startswith(rule), problems
    kept, warnings = ground_points([PointAnswer(text=point, kind="reporting",
                                                sentence_ids=cites)], sentences)
    assert kept == [] and rule in warnings[0]


@pytest.mark.parametrize(("point", "cites"), [
    ("The council voted 7 to 2 to keep the ferry.", ["S1"]),
    ("On Tuesday the council voted to keep the ferry.", ["S1"]),
    ("Mayor Ellen Sorby said the ferry carries nurses home.", ["S2"]),
    ("Sorby said the ferry carries nurses home.", ["S2"]),
    ("The article alleges the mayor secretly funnelled the ferry money.", ["S3"]),
    # The summary's allegation frames say what backs a claim; they negate nothing in it.
    ("The article alleges, without a named source, that the mayor funnelled the ferry money.",
     ["S3"]),
    ("The article alleges, without evidence given, that the mayor funnelled the ferry money.",
     ["S3"]),
    ("The port authority said the ferry will not run in winter.", ["S5"]),
])
def test_a_faithful_compression_is_kept(
    sentences: list[Sentence], point: str, cites: list[str]
) -> None:
    cited = [s for s in sentences if s.id in cites]
    assert ungrounded_terms(point, cited) == [] and misworded(point, cited) == []


def test_a_dropped_point_gives_way_to_the_offline_point_and_repeats_are_kept_once(
    sentences: list[Sentence],
) -> None:
    answers = [
        PointAnswer(text="The council voted 7 to 2 to keep the ferry.", kind="reporting",
                    sentence_ids=["S1"]),
        PointAnswer(text="The council voted 7 to 2 to keep the ferry!", kind="reporting",
                    sentence_ids=["S1"]),
        PointAnswer(text="The mayor funnelled the ferry money.", kind="reporting",
                    sentence_ids=["S3"]),
    ]
    offline = compose_summary(sentences)
    points, warnings = ground_points(answers, sentences, fallback=lambda: offline)
    assert "repeats an earlier point" in warnings[0]
    assert "allegation worded as fact" in warnings[1] and "offline point" in warnings[1]
    replacement = next(p for p in offline if "S3" in p.sentence_ids)
    assert [p.text for p in points].count("The council voted 7 to 2 to keep the ferry.") == 1
    assert replacement in points and replacement.kind == "allegation"


def test_a_long_point_is_cut_at_a_word(sentences: list[Sentence]) -> None:
    long = "The council voted 7 to 2 to keep the ferry " + "and keep the ferry " * 30
    points, _ = ground_points([PointAnswer(text=long, kind="reporting", sentence_ids=["S1"])],
                              sentences)
    text = points[0].text
    assert len(text) <= 240 and text.endswith("…")
    assert long.startswith(text[:-1]) and long[len(text) - 1] == " "  # cut between words
