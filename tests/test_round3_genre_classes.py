"""Round-3 genre classes: counsel named by their side in court reports, the kin and survivors of
an event as unnamed sources, a figure fixed for one party, and an order to lose records. All
sentences written here; none from tune/, the probes or heldout/."""

from __future__ import annotations

import pytest
from labelling import label

from summarizer.schema import AttributionType, Category

A = AttributionType
C = Category


@pytest.mark.parametrize("text", [
    "Petra Hollis, defending, said her client had paid back every penny.",
    "Owen Trask, prosecuting, told the jury the fire had been started with petrol.",
    "Amir Sefton, mitigating, said the defendant had cared for his mother for years.",
])
def test_counsel_named_by_their_side_is_the_speaker(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)


@pytest.mark.parametrize("text", [
    "Relatives of the missing climbers said the search had been called off too early.",
    "Survivors described a wall of water sweeping through the campsite.",
])
def test_kin_and_survivors_are_unnamed_sources(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)


@pytest.mark.parametrize("text", [
    "Relatives of former patients claimed the clinic had stolen from them for years.",
    "“The scores were fixed to favour the mayor's nephew,” said a judge who asked not to be named.",
    "An engineer who declined to be named said the tender was fixed to suit the developer.",
    "Former cleaners say they were told to lose complaint forms before the inspection.",
])
def test_unnamed_sources_accusing_are_allegations(text: str) -> None:
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)


@pytest.mark.parametrize("text", [
    "The rent was fixed to suit tenants on low incomes.",
    "Staff were told to delete customer emails after 30 days.",
])
def test_a_figure_set_for_a_class_or_a_retention_rule_accuses_no_one(text: str) -> None:
    assert label(text) == (C.REPORTED_FACT, A.NONE)


@pytest.mark.parametrize("text", [
    "How are pensioners supposed to reach the surgery now?",
    "Where are the children meant to play once the field is sold?",
])
def test_a_question_about_what_is_expected_argues(text: str) -> None:
    assert label(text) == (C.OPINION, A.NONE)


@pytest.mark.parametrize("text", [
    "The developer did not return our calls on Monday.",
    "Hartwell Foods did not respond to our questions about the recall.",
    "I have walked to the lido every morning for twelve years.",
    "Two climbers died on the ridge in March.",
])
def test_the_outlet_asking_and_a_frequency_are_reported(text: str) -> None:
    assert label(text) == (C.REPORTED_FACT, A.NONE)


def test_calling_time_on_something_is_not_speech() -> None:
    assert label("The two founders have called time on their partnership.") == (
        C.REPORTED_FACT, A.NONE)


@pytest.mark.parametrize("text", [
    "A letter read out at the inquest described years of fear.",
    "A report tabled at the meeting lists 900 objections to the quarry.",
    "The bank's valuation put the farm's worth at £2.3 million.",
])
def test_records_on_a_public_record_and_valuations_are_documents(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.DOCUMENT)


@pytest.mark.parametrize("text", [
    "The Wexley Courier quoted Hana Brodsky as saying the mill would close in spring.",
    "Last week's report cited Councillor Ben Orrin as saying the budget was balanced.",
])
def test_the_speaker_quoted_by_a_channel_is_the_source(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)


def test_the_writers_unveiling_of_a_motive_is_an_allegation() -> None:
    text = "The truth is that the board wants the hall closed so it can lease it to a hotel chain."
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.NONE)


@pytest.mark.parametrize("text", [
    "The truth is that the ferry is faster than the bridge.",
    "The duck was crisp but slightly overcooked.",
    "The second act is overlong.",
    "The risotto was rich but under-seasoned.",
])
def test_excess_against_a_norm_and_a_plain_unveiling_are_opinion(text: str) -> None:
    assert label(text) == (C.OPINION, A.NONE)


@pytest.mark.parametrize("text", [
    "A source close to the singer said he had been seeing another woman for months.",
    "Pals claim she found texts from another man on her husband's tablet.",
])
def test_a_rival_lover_revealed_by_unnamed_sources_is_an_allegation(text: str) -> None:
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)


def test_plain_company_is_no_rival_lover() -> None:
    assert label("She shared the cabin with another woman from Leeds.") == (
        C.REPORTED_FACT, A.NONE)
