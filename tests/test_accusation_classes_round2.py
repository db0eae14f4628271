"""Accusation classes, round 2 of issue 10: a secret denied in either word order is consensus,
a motive read into how an act was shaped ('timed to'), dissent punished, and crime words that
accuse no one: a charge's counts, a crime's penalty, a crime as the modifier of a noun that deals
with it ('a fraud hotline'). Sentences written here for the purpose; never from heldout/."""

from __future__ import annotations

import pytest
from labelling import label

from summarizer.schema import AttributionType, Category

A = AttributionType
C = Category




@pytest.mark.parametrize("text", [
    "Nor is it any secret that the harbour board keeps the fees high to protect its own pensions.",
    "It's hardly a secret that the coach’s nephew was given the kit contract.",
    "It is no secret that the mayor's brother won the paving contract.",
])
def test_a_secret_denied_is_consensus_and_accuses(text: str) -> None:
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.NONE)


def test_a_shared_judgement_stays_opinion() -> None:
    assert label("It is no secret that the new timetable is a costly mistake.")[0] is C.OPINION


def test_a_motive_read_into_timing_under_hearsay_accuses() -> None:
    text = "The layoffs, it is said, were timed to land after the directors had sold their shares."
    assert label(text)[0] is C.UNSUPPORTED_ALLEGATION


def test_a_stated_design_in_the_author_voice_is_reporting() -> None:
    assert label("The pump was designed to run for 20 years without a refit.")[0] is (
        C.REPORTED_FACT)


@pytest.mark.parametrize("text", [
    "Several former players describe a manager who silenced critics and froze out anyone who "
    "complained.",
    "The director punishes dissent, according to people who worked for her.",
])
def test_punishing_dissent_accuses(text: str) -> None:
    assert label(text)[0] is C.UNSUPPORTED_ALLEGATION


@pytest.mark.parametrize("text", [
    "Osman Reed, 44, admitted three counts of theft and one of fraud.",
    "Counterfeiting of banknotes carries a maximum sentence of twelve years.",
    "Bribery of a public official is punishable by up to ten years in prison.",
    "The bank set up a fraud hotline in 2021 and handles 300 calls a day.",
    "The council’s harassment training is compulsory for all staff.",
    "The bribery trial of three port officials opens on Monday.",
])
def test_crime_words_that_accuse_no_one_are_facts(text: str) -> None:
    assert label(text) == (C.REPORTED_FACT, A.NONE)


def test_a_crime_word_heading_its_own_compound_still_accuses() -> None:
    assert label("The mayor has been running a fraud scheme out of his office.")[0] is (
        C.UNSUPPORTED_ALLEGATION)


@pytest.mark.parametrize("text", [
    "The band has called off its autumn tour.",
    "Harrow Bank wrote down the loan by $40 million in March.",
])
def test_a_phrasal_verb_of_saying_is_no_speech(text: str) -> None:
    assert label(text) == (C.REPORTED_FACT, A.NONE)


@pytest.mark.parametrize("text", [
    "A neighbour claimed she had been seen loading furniture into a van at midnight.",
    "Posts on a local forum claim that Councillor Orla Finch never lived in the ward.",
])
def test_an_unnamed_source_claiming_something_about_someone_alleges(text: str) -> None:
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)


def test_an_unnamed_claim_about_no_one_stays_reporting() -> None:
    assert label("A source claimed the vote would be delayed until March.") == (
        C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)


def test_a_named_claim_stays_attributed() -> None:
    assert label("Councillor Orla Finch claimed the ward boundary had been drawn in 1998.") == (
        C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)


def test_an_adverse_act_tied_to_dissent_is_retaliation() -> None:
    text = ("A nurse, who asked not to be named, said she was moved to night shifts after "
            "raising concerns about staffing.")
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)


def test_leaving_after_dissent_accuses_no_one() -> None:
    text = "Marta Ruiz, a nurse, said she resigned in June after raising concerns about staffing."
    assert label(text)[0] is C.ATTRIBUTED_STATEMENT
