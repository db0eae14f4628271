"""Accusation classes, round 3: accusations in the writer's own voice with no crime word
(tabloid and hit-piece style): a cover-up with the particle after a pronoun ('covered it up'),
silence ordered, waste dumped where it does not belong, a duty to declare left undone, a contest
fixed, favour bought ('to keep them sweet'), an act explained by a tie of favour ('only ...
because he is the owner's friend'), and consensus about conduct rather than a judgement. Each
with the contrasts that stay facts or opinions. Sentences written here for the purpose; never
from heldout/ or the probes."""

from __future__ import annotations

import pytest
from labelling import label

from summarizer.offline.classify import classify
from summarizer.offline.cues import detect
from summarizer.schema import AttributionType, Category

A = AttributionType
C = Category


@pytest.mark.parametrize("text", [
    "The hospital trust lost the patient records and covered it up.",
    "Her agent hushed them up before the wedding.",
    "The foreman ordered the night shift to keep quiet about the gas leak.",
    "The treasurer pressured two volunteers to say nothing about the missing float.",
    "The haulier dumped builders’ rubble into the canal behind the depot.",
    "The tannery has been dumping chemicals on the fields by the ring road for years.",
    "The minister took a holiday from the contractor and never declared it.",
    "The councillor sat on the planning panel without declaring an interest.",
    "The committee fixed the vote in favour of the chairman’s nephew.",
    "The promoter fixed the bout.",
    "The developer sends crates of wine to the planning officers to keep them sweet.",
    "The coach only picked Ferris because his father is the club’s biggest donor.",
    "Hallam only landed the harbour contract because he is the mayor’s fishing partner.",
    "The chairman only stayed on because the board is full of his old friends.",
])
def test_accusations_in_the_writers_voice(text: str) -> None:
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.NONE)


def test_consensus_about_conduct_accuses() -> None:
    text = "It is common knowledge that Brandt keeps the pitches wet to slow down visiting sides."
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.NONE)


def test_consensus_about_a_quality_stays_opinion() -> None:
    assert label("Everyone knows the new ring road is a costly mistake.")[0] is C.OPINION


@pytest.mark.parametrize("text", [
    # court outcomes and documented events about the same acts
    "The tannery was fined £90,000 after it dumped chemicals on farmland near Ousby.",
    "Hallam was convicted last year of failing to declare a stake in the harbour firm.",
    # the same words, denied
    "The foreman never told the night shift to keep quiet.",
    "The haulier did not dump rubble into the canal.",
    # lawful or ordinary senses of the same verbs
    "The council dumps household waste at the Brisley landfill site.",
    "Stewards asked the crowd to remain silent for a minute before kick-off.",
    "The striker failed to register a shot on target in the first half.",
    "The company did not disclose the price it paid for the brewery.",
    "The board fixed the date of the vote for 9 May.",
    "Engineers fixed the vote-counting machines before polls opened.",
    # a cause with no tie of favour, or a relative with no 'only'
    "She stepped down because her husband was ill.",
    "The club signed Moss because his old friend recommended him to the scouts.",
])
def test_contrasts_stay_facts(text: str) -> None:
    assert label(text) == (C.REPORTED_FACT, A.NONE)


def test_a_named_source_keeps_the_accusation_attributed() -> None:
    text = "Councillor Ines Tarrow said the haulier had dumped rubble into the canal."
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)


@pytest.mark.parametrize("text", [
    "The developer has spent years wining and dining the inspectors who sign off his flats.",
    "The promoter slipped the referee an envelope before the fight.",
    "The haulier hands out Christmas hampers to the council’s licensing officers.",
    "The club massaged its attendance figures before the sale.",
    "The chief executive fudged the accounts to hit his bonus.",
    "The headteacher shredded the complaints about the trip.",
    "The regulator has been sitting on the inspection report since the spring.",
])
def test_favour_to_deciders_and_records_withheld_accuse(text: str) -> None:
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.NONE)


@pytest.mark.parametrize("text", [
    "The charity handed out free tickets to children from the estate.",
    "The league pays referees £700 a match.",
    "She sat on the audit committee for nine years.",
    "The violinist fiddled with her tuning pegs between movements.",
])
def test_ordinary_gifts_fees_and_seats_stay_facts(text: str) -> None:
    assert label(text) == (C.REPORTED_FACT, A.NONE)


@pytest.mark.parametrize("text", [
    "The treasurer did not take bribes.",
    "Ms Aldane has never lied to the committee.",
    "There is no evidence that the coach fixed the match.",
    "The auditors found no kickbacks in the ledgers of 2022.",
])
def test_an_accusation_denied_accuses_no_one(text: str) -> None:
    assert label(text)[0] is not C.UNSUPPORTED_ALLEGATION


@pytest.mark.parametrize("text", [
    "The school did not stop the bullying of younger pupils.",
    "The star is not even hiding the affair any more.",
    "He not only lied to the board but destroyed the minutes.",
])
def test_a_negation_that_leaves_the_wrong_asserted_still_accuses(text: str) -> None:
    assert label(text)[0] is C.UNSUPPORTED_ALLEGATION


@pytest.mark.parametrize("text", [
    "The council leader gave the catering contract to his brother-in-law.",
    "The chief constable handed the top job to her old friend.",
    "The board chair sacks anyone who questions the accounts.",
    "The agency keeps two sets of books.",
    "The inspector looked the other way while the lorries were loaded.",
    "The director destroyed the evidence before the auditors arrived.",
])
def test_own_circle_dissent_and_idioms_of_fraud_accuse(text: str) -> None:
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.NONE)


@pytest.mark.parametrize("text", [
    "The captain handed the armband to his deputy for the second half.",
    "The founder handed the bakery to her daughter in 2019.",
    "The bank shreds old statements after seven years.",
    "The app deletes user data after thirty days.",
])
def test_handovers_and_routine_deletion_stay_facts(text: str) -> None:
    assert label(text) == (C.REPORTED_FACT, A.NONE)


@pytest.mark.parametrize("text", [
    "Did the chairman hide the losses from the members?",
    "Has the agency been fiddling its waiting-list figures?",
])
def test_a_yes_no_question_raises_but_does_not_assert(text: str) -> None:
    assert label(text) == (C.OPINION, A.NONE)


def test_a_wh_question_presupposes_the_wrong_and_accuses() -> None:
    assert label("Why did the committee fix the ballot?")[0] is C.UNSUPPORTED_ALLEGATION


def test_cleared_of_an_accusation_is_a_legal_outcome() -> None:
    assert label("Ms Orrin was cleared of fixing the tender in 2021.") == (
        C.REPORTED_FACT, A.NONE)


def test_a_wrong_found_by_pattern_is_recorded_as_accusation_evidence() -> None:
    result = classify(detect("The bottling plant dumped its waste into the estuary."))
    assert result.category is C.UNSUPPORTED_ALLEGATION
    assert any(e.kind == "accusation" and "estuary" in e.text for e in result.evidence)


def test_a_denied_accusing_word_is_not_recorded_as_accusation_evidence() -> None:
    result = classify(detect("The harbour master did not take bribes."))
    assert not any(e.kind == "accusation" for e in result.evidence)


@pytest.mark.parametrize("text", [
    "The referee was paid to look the other way.",
    "The jockey has been betting on his own races.",
    "The club has been tapping up teenagers from the academy next door.",
    "The headmaster knew about the beatings and did nothing.",
    "The bakery passes off supermarket bread as its own.",
    "The charity’s gala is a front for the owner’s property deals.",
])
def test_people_by_trade_and_idioms_of_deceit_accuse(text: str) -> None:
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.NONE)


@pytest.mark.parametrize("text", [
    "The referee was taken off injured after 20 minutes.",
    "The quizmaster knew the answer and said nothing until the round ended.",
    "The winger passed the ball off the post as the keeper dived.",
])
def test_the_same_people_and_verbs_in_plain_facts(text: str) -> None:
    assert label(text) == (C.REPORTED_FACT, A.NONE)
