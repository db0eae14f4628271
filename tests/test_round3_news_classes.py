"""Everyday news genres (transfer gossip, layoffs, election nights, features, obituaries,
fact-checks, interviews, charity releases, editorials, liveblogs): who speaks and what
accuses. Every sentence is written here; none comes from tune/, the probes or heldout/."""

from __future__ import annotations

import pytest
from labelling import label

from summarizer.schema import AttributionType, Category

A = AttributionType
C = Category


@pytest.mark.parametrize(("text", "source"), [
    ("One shopkeeper, Dilys Corran, said the river had reached the bakery by noon.",
     "Dilys Corran"),
    ("A parent, Owen Flatt, said the bus had been late every day this week.", "Owen Flatt"),
    ("Another supporter, Nia Bellamy, said the ground felt empty without him.", "Nia Bellamy"),
])
def test_an_apposed_speaker_before_said_is_the_subject(text: str, source: str) -> None:
    from summarizer.offline.cues import detect
    found = detect(text).source
    assert found is not None and found.text == source
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)


@pytest.mark.parametrize("text", [
    "The Bus Drivers' Union said the new rota was unworkable.",
    "The Allotment Holders' Association said rents would rise in April.",
])
def test_a_capitalised_body_named_for_its_members_is_an_organisation(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.NAMED_ORGANIZATION)


@pytest.mark.parametrize("text", [
    "Trade fell by a fifth, according to the Orlin harbour annual report.",
    "Arrests rose, according to the Kessby police quarterly figures.",
])
def test_a_name_before_modifiers_and_a_record_is_the_record(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.DOCUMENT)


@pytest.mark.parametrize("text", [
    "Local fishermen say the new quotas will finish off the smaller boats.",
    "Tradesmen on the estate say the work has dried up since January.",
    "Stallholders on the market say takings are down by a third.",
])
def test_a_plural_in_men_is_a_class_of_people(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)


@pytest.mark.parametrize("text", [
    "Detectives on the drugs squad planted evidence on men who had done nothing wrong.",
    "The agency's partners billed the council inflated fees for years.",
])
def test_fabricated_evidence_and_inflated_fees_accuse(text: str) -> None:
    assert label(text)[0] is C.UNSUPPORTED_ALLEGATION


@pytest.mark.parametrize("text", [
    "Whether the ferry company can keep its fares down through the winter is another matter.",
    "It remains to be seen whether the new coach can steady the defence.",
    "How long the truce on the council lasts is anyone's guess.",
])
def test_a_doubt_frame_is_the_writers_forecast(text: str) -> None:
    assert label(text) == (C.OPINION, A.NONE)


@pytest.mark.parametrize("text", [
    "What Harrowby needs is a planning inspector with teeth.",
    "The ethics panel has become a rubber stamp for the mayor's office.",
])
def test_idioms_of_enforcing_power_judge_a_body(text: str) -> None:
    assert label(text) == (C.OPINION, A.NONE)


@pytest.mark.parametrize("text", [
    "It is worth asking who will pay for the new bridge once the grant runs out.",
    "It's also worth remembering that the last depot took six years to open.",
])
def test_worth_before_a_gerund_advises_the_reader(text: str) -> None:
    assert label(text) == (C.OPINION, A.NONE)


def test_worth_before_a_sum_is_a_measure() -> None:
    assert label("The stadium contract is worth £14 million over five years.") == (
        C.REPORTED_FACT, A.NONE)


@pytest.mark.parametrize("text", ["Maybe it will.", "Perhaps so.", "Possibly they did."])
def test_a_hedged_ellipsis_concedes(text: str) -> None:
    assert label(text) == (C.OPINION, A.NONE)



@pytest.mark.parametrize(("text", "pieces"), [
    ("The count finished after 2 a.m. Dawson had won by 40 votes.", 2),
    ("Gates close at 6 p.m. “Come early,” the stewards said.", 2),
    ("The polls open at 7 a.m. Thursday and close at 10 p.m. GMT.", 1),
    ("The service starts at 11 a.m. local time.", 1),
])
def test_a_clock_time_ends_a_sentence_before_a_new_one(text: str, pieces: int) -> None:
    from summarizer.text.segment import segment
    assert len(segment(text)) == pieces


def test_a_one_word_name_never_given_in_full_is_a_body() -> None:
    from summarizer.offline.engine import label_sentences
    text = ("10:05 — Corvane says 12,000 homes in the valley have lost power.\n\n"
            "10:40 — Engineer Ruth Adeyemi said the first lines would be back by noon. "
            "“It will be a long day,” Adeyemi said.")
    kinds = [s.attribution.type for s in label_sentences(text)]
    assert kinds == [A.NAMED_ORGANIZATION, A.NAMED_PERSON, A.NAMED_PERSON]


@pytest.mark.parametrize("text", [
    "The club has had many captains, but few were as loyal as Brannagh.",
    "No one on the council worked as tirelessly as she did.",
])
def test_few_or_no_one_as_adjective_as_ranks_without_measure(text: str) -> None:
    assert label(text) == (C.OPINION, A.NONE)


def test_as_many_as_a_number_is_a_measure() -> None:
    assert label("Few ferries carry as many as 300 cars.") == (C.REPORTED_FACT, A.NONE)


def test_a_one_word_name_with_an_aside_stays_a_person() -> None:
    from summarizer.offline.engine import label_sentences
    text = "“We were never told,” Okonjo, a driver for twenty years, said."
    assert label_sentences(text)[0].attribution.type is A.NAMED_PERSON
