"""Opinion-genre and entertainment text (columns, letters, reviews, releases, tabloids,
liveblogs, celebrity news, analysis): who speaks, what an announcement is, and what the
author judges. Every sentence is written here; none comes from tune/, the probes or heldout/."""

from __future__ import annotations

import pytest
from labelling import label

from summarizer.offline.engine import label_sentences
from summarizer.schema import AttributionType, Category

A = AttributionType
C = Category


@pytest.mark.parametrize("text", [
    "The singer Odile Marsh has announced a farewell tour of eleven cities.",
    "Kestrel Games announced the release date of its next title on Friday.",
    "Comedian Rafe Dunne announces 12-night run at the Albion",
])
def test_announcing_a_thing_is_an_act_reported_as_fact(text: str) -> None:
    assert label(text) == (C.REPORTED_FACT, A.NONE)


@pytest.mark.parametrize(("text", "kind"), [
    ("The studio announced that filming would resume in April.", A.NAMED_ORGANIZATION),
    ("Odile Marsh announced the tour would be her last.", A.NAMED_PERSON),
])
def test_announcing_a_clause_reports_words(text: str, kind: AttributionType) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, kind)


def test_a_number_inside_an_aside_does_not_end_it() -> None:
    assert label("The Ferrymen's Guild, which has about 1,200 members, says crossings will stop "
                 "at noon.") == (C.ATTRIBUTED_STATEMENT, A.NAMED_ORGANIZATION)


@pytest.mark.parametrize(("text", "kind"), [
    ("Many listeners got in touch to say the signal had dropped.", A.ANONYMOUS),
    ("Several shoppers have been in touch to say the car park is full.", A.ANONYMOUS),
    ("Talia Brook took to Instagram to say she was recovering well.", A.NAMED_PERSON),
])
def test_getting_in_touch_to_say_makes_the_subject_the_speaker(
        text: str, kind: AttributionType) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, kind)


def test_declining_to_say_is_no_statement() -> None:
    assert label("The theatre declined to say how many tickets were sold.")[0] is (
        C.REPORTED_FACT)


def test_a_person_at_a_street_is_not_a_body_speaking() -> None:
    assert label("A stallholder at Fennick Market told us trade had halved since June.") == (
        C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)


def test_a_name_before_an_organisation_noun_names_an_organisation() -> None:
    text = ("The Blue Kettles children’s charity runs four kitchens in Dunmore. Blue Kettles said "
            "demand had doubled since January.")
    kinds = [s.attribution.type for s in label_sentences(text)]
    assert kinds == [A.NONE, A.NAMED_ORGANIZATION]


def test_an_entertainment_firm_named_by_its_trade_is_an_organisation() -> None:
    assert label("The promoter, Halcyon Nights, said the show would go ahead.") == (
        C.ATTRIBUTED_STATEMENT, A.NAMED_ORGANIZATION)


@pytest.mark.parametrize(("text", "category"), [
    ("It is the most gripping thriller the studio has released in a decade.", C.OPINION),
    ("This was the least convincing performance the orchestra has given in years.", C.OPINION),
    ("The firm had its best quarter since 2019.", C.REPORTED_FACT),
    ("March was the driest month in years.", C.REPORTED_FACT),
    ("It was the busiest weekend since 2019 at the airport.", C.REPORTED_FACT),
])
def test_a_record_scope_checks_a_measure_not_a_judgement(text: str, category: Category) -> None:
    assert label(text)[0] is category


@pytest.mark.parametrize("text", [
    "Three stars.",
    "Four and a half stars out of five.",
    "Rating: 3/5",
])
def test_a_critics_rating_alone_is_a_verdict(text: str) -> None:
    assert label(text) == (C.OPINION, A.NONE)


def test_a_star_count_inside_a_report_is_no_rating() -> None:
    assert label("The hotel was awarded five stars by the tourism board in 2021.")[0] is (
        C.REPORTED_FACT)


@pytest.mark.parametrize("text", [
    "I learned with dismay that the swimming pool will close in April.",
    "We watched in horror as the old pier was pulled down.",
    "Success has clearly gone to his head.",
    "Cutting the cleaners first is no way to run a hospital.",
])
def test_the_writers_feelings_and_judging_idioms_are_opinion(text: str) -> None:
    assert label(text) == (C.OPINION, A.NONE)


def test_an_open_secret_with_a_purpose_of_concealment_accuses() -> None:
    assert label("It is no secret at the club that the accounts were kept by the owner's nephew "
                 "to make sure no one would ask about the transfers.") == (
        C.UNSUPPORTED_ALLEGATION, A.NONE)


def test_an_open_secret_that_judges_a_thing_is_opinion() -> None:
    assert label("It is no secret that the new stand looks awful.")[0] is C.OPINION


def test_a_group_quick_to_complain_is_the_speaker() -> None:
    assert label("Parents were quick to complain about the new term dates.") == (
        C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)


def test_a_liveblog_greeting_is_no_judgement() -> None:
    assert label("06:30 — Good morning and welcome to our coverage of the Harnley half "
                 "marathon.") == (C.REPORTED_FACT, A.NONE)


def test_welcome_as_a_judgement_still_judges() -> None:
    assert label("The new crossing is a welcome change for parents.")[0] is C.OPINION


@pytest.mark.parametrize("text", [
    "Scrapping the 9.40 ferry will cut the island off for half the day.",
    "Tenants renewing next spring will pay for this decision.",
])
def test_a_time_inside_a_forecasts_subject_does_not_make_it_a_plan(text: str) -> None:
    assert label(text) == (C.OPINION, A.NONE)


def test_a_time_after_will_still_dates_a_plan() -> None:
    assert label("The ferry will stop calling at Holm from 4 May.")[0] is C.REPORTED_FACT


@pytest.mark.parametrize("text", [
    "It is hard to see why anyone would book a table here twice.",
    "The annual consultation has become an exercise in futility.",
])
def test_the_writers_doubt_and_judging_idioms(text: str) -> None:
    assert label(text) == (C.OPINION, A.NONE)


def test_seeing_something_literally_is_no_stance() -> None:
    assert label("It is hard to see the lighthouse from the harbour in fog.")[0] is (
        C.REPORTED_FACT)


@pytest.mark.parametrize("text", [
    "Harrow Coaches said the timetable would change in June.",
    "Pellmore Breweries said it would close the Kirkby site.",
])
def test_a_trading_name_ending_in_what_the_firm_runs_is_an_organisation(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.NAMED_ORGANIZATION)


def test_a_liveblog_time_before_a_role_and_name_keeps_the_speaker() -> None:
    assert label("11:05 — Dunmore’s harbour master, Piet Vael, has announced that the quay will "
                 "reopen at noon.") == (C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)
