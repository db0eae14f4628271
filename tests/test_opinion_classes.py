"""Author-voice classes, round 2 of issue 10: the hortative 'let's', a partitive evaluative
predicate, a comparison with no measure, a gerund clause's forecast, a firm's declared values;
and what does not judge: 'my' that only says whose, 'only' before a number, a degree adverb
grading harm. Sentences written here for the purpose; never from heldout/."""

from __future__ import annotations

import pytest
from labelling import label

from summarizer.schema import AttributionType, Category

A = AttributionType
C = Category




@pytest.mark.parametrize("text", [
    "Let’s hope the new coach gets more time than the last one.",
    "Let us be clear about who pays for this.",
    "He is one of the lucky ones.",
    "The festival was one of the most tedious evenings of the year.",
    "The orchard is far more than a car park waiting to happen.",
    "The launch was little more than a photo opportunity.",
    "Raising the fare will drive commuters back into their cars.",
    "Cutting the grant will leave small theatres with nothing to stage.",
    "The firm remains committed to serving its customers with care.",
    "We are proud to lead the industry in safety.",
])
def test_author_voice_opinion(text: str) -> None:
    assert label(text) == (C.OPINION, A.NONE)


@pytest.mark.parametrize("text", [
    "My son is in year nine at Harlow Academy.",
    "My father worked at the mill until it closed in 1998.",
    "Only three ferries still sail from the island.",
    "Two people were seriously injured and a third was badly burned.",
    "The revenue was more than 40% higher than a year earlier.",
    "According to the timetable, the ferry will sail at 9 a.m.",
    "Following the storm, the council will reopen the coast road.",
])
def test_measures_and_the_writers_world_are_facts(text: str) -> None:
    assert label(text) == (C.REPORTED_FACT, A.NONE)


def test_a_communal_our_still_argues() -> None:
    assert label("Our town deserves a council that listens.")[0] is C.OPINION


def test_according_to_inside_a_relative_clause_sources_only_that_clause() -> None:
    text = ("This reckless, arrogant board runs the Tarn Valley Trust, which, according to a "
            "council report, manages 12 parks.")
    assert label(text)[0] is C.OPINION


@pytest.mark.parametrize("text", [
    "Commuters will pay more for a slower train.",
    "Older residents will struggle to reach the new surgery.",
    "Shoppers who rely on the market will simply go elsewhere.",
])
def test_a_forecast_about_a_generic_group_is_opinion(text: str) -> None:
    assert label(text) == (C.OPINION, A.NONE)


@pytest.mark.parametrize("text", [
    "The council will refund passengers.",
    "The passengers will be taken to the mainland by bus.",
    "Residents will vote on the plan next month.",
])
def test_an_arrangement_for_particular_people_is_reported(text: str) -> None:
    assert label(text) == (C.REPORTED_FACT, A.NONE)


def test_a_bare_plural_of_people_speaking_is_anonymous() -> None:
    assert label("Residents said the water had been brown for a week.") == (
        C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)


@pytest.mark.parametrize("text", [
    "The second half was a lesson in how to waste a lead.",
    "The finale is a reminder of what the series could have been.",
    "Her debut is a testament to stubbornness.",
])
def test_a_predicate_noun_of_exemplification_is_opinion(text: str) -> None:
    assert label(text) == (C.OPINION, A.NONE)


@pytest.mark.parametrize("text", [
    "We queued for 40 minutes on a Friday night when the hall was half empty.",
    "The trial was a study of 400 patients over two years.",
    "The reminder was sent to 3,000 households in May.",
])
def test_a_circumstance_or_a_literal_noun_is_reported(text: str) -> None:
    assert label(text) == (C.REPORTED_FACT, A.NONE)


@pytest.mark.parametrize("text", [
    "What a finish from the home side, who scored twice in the last five minutes.",
    "14:20 What an afternoon for the visitors.",
    "The lead sings the ballad as if he were reading a bus timetable.",
])
def test_exclamatives_and_similes_are_opinion(text: str) -> None:
    assert label(text) == (C.OPINION, A.NONE)


def test_what_a_question_asks() -> None:
    assert label("What a council can do about noise is set out in the 1990 Act?")[0] is not (
        C.OPINION)


def test_an_obligation_in_a_purpose_clause_is_no_prescription() -> None:
    text = "The club changed its rules in March so that two officers must sign every cheque."
    assert label(text) == (C.REPORTED_FACT, A.NONE)


def test_an_obligation_in_the_main_clause_still_prescribes() -> None:
    assert label("The board must resign if the audit confirms the losses.")[0] is C.OPINION
