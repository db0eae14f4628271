"""Every point of every briefing note we build obeys the attribution rule.

Attributed points name their source; allegation points are worded as allegations and
say who alleges them (`summarizer/briefing/checks.py`). The digests: the seeds together,
the hand-labelled two-article story of tests/test_digest.py, every sample article
together, the tuning corpus in threes, and fresh stories with named, unnamed and
alleging sources, at 5 and 3 points.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from digest_factory import ALLEGATION, OPINION, make_report, said

from summarizer.briefing.build import build_digest
from summarizer.briefing.checks import digest_problems
from summarizer.inputs.article import Article
from summarizer.offline.engine import analyze_offline
from summarizer.schema import AttributionType, Report
from summarizer.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))
from eval_summaries import corpus_text  # noqa: E402
from test_digest import LABELS_ONE, LABELS_TWO, ONE, TWO  # noqa: E402

FRESH = [
    "The Pellworth council approved a 40 million euro harbour budget on Tuesday, the "
    "council said. Insiders claim that the council treasurer embezzled 3 million euros "
    "through a shell company. Critics argue the vote signals a pattern of favouritism.",
    "Pellworth's council passed its harbour budget of 40 million euros on Tuesday, "
    "according to Mayor Ina Sorensen. People familiar with the talks said the ferry "
    "terminal would open in May. The treasurer did not respond to a request for comment.",
    "The harbour budget of Pellworth, 40 million euros, was approved on Tuesday. Sources "
    "close to the mayor said the treasurer secretly moved funds to his brother's firm.",
]


def _offline(texts: list[str]) -> list[Report]:
    return [analyze_offline(Article(text=t)) for t in texts]


def _sets() -> dict[str, list[Report]]:
    tune = sorted((ROOT / "fixtures" / "corpus" / "tune").glob("*.tsv"))
    sets = {
        "seeds": _offline([p.read_text(encoding="utf-8")
                           for p in sorted((ROOT / "seeds").glob("*.txt"))]),
        "factory": [make_report(ONE, LABELS_ONE, title="one"),
                    make_report(TWO, LABELS_TWO, title="two"),
                    make_report(ONE.replace("Anna", "Ann"),
                                {1: said("the council", AttributionType.NAMED_ORGANIZATION),
                                 3: ALLEGATION, 4: OPINION}, title="three")],
        "articles": _offline([p.read_text(encoding="utf-8")
                              for p in sorted((ROOT / "fixtures" / "articles").iterdir())]),
        "fresh": _offline(FRESH),
    }
    for start in range(0, len(tune), 3):
        sets[f"tune{start}"] = _offline([corpus_text(p) for p in tune[start:start + 3]])
    return sets


SETS = _sets()


@pytest.mark.parametrize("name", sorted(SETS))
@pytest.mark.parametrize("points", [5, 3])
def test_every_digest_point_names_its_source_or_is_worded_as_an_allegation(
        name: str, points: int) -> None:
    reports = SETS[name]
    digest = build_digest(reports, Settings.resolve(engine="offline", points=points))
    assert any(p.kind in ("reporting", "allegation") for p in digest.summary), name
    assert digest_problems(digest, reports) == []


def test_the_check_finds_a_point_that_drops_its_source_or_its_allegation_wording() -> None:
    reports = SETS["fresh"]
    digest = build_digest(reports)
    named = next(p for p in digest.summary if "Sorensen" in p.text)
    named.text = named.text.replace(", according to Mayor Ina Sorensen", "")
    alleging = next(p for p in digest.summary if p.kind == "allegation")
    alleging.text = alleging.text.replace("alleged", "said").replace("alleges", "says")
    problems = digest_problems(digest, reports)
    assert any("does not name its source" in p for p in problems), problems
    assert any("not worded as an allegation" in p for p in problems), problems


def test_an_unnamed_source_is_said_to_be_unnamed_in_words_no_cut_removes() -> None:
    from summarizer.summary.sourcing import with_source

    assert with_source("the ferry was late.", "senior port officials",
                       AttributionType.ANONYMOUS) == (
        "Unnamed senior port officials said that the ferry was late.")
    assert with_source("the ferry was late.", "people familiar with the talks",
                       AttributionType.ANONYMOUS) == (
        "People familiar with the talks said that the ferry was late.")
    assert with_source("the ferry was late.", "the aide", AttributionType.ANONYMOUS) == (
        "An unnamed source (the aide) said that the ferry was late.")


def test_a_number_word_after_the_frame_is_lower_case() -> None:
    from summarizer.summary.sourcing import with_source

    assert with_source("Four years after the vote, the council changed course.",
                       "a survey by Civic Data", AttributionType.DOCUMENT) == (
        "A survey by Civic Data said that four years after the vote, the council changed "
        "course.")


def test_the_digest_reports_the_most_specific_shared_charge_first() -> None:
    # Both seeds carry two allegations between them: "this refusal has left Kyiv
    # scrambling" (no charge) and the siphoning of billions (a charge with an amount).
    seeds = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
    reports = [analyze_offline(Article(text=p.read_text(encoding="utf-8"))) for p in seeds]
    alleging = [p for p in build_digest(reports).summary if p.kind == "allegation"]
    assert alleging and "“siphoned” billions" in alleging[0].text
    assert alleging[0].text.startswith("A critical report alleged, without evidence given,")
