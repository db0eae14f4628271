"""Word classes and constructions added in round 2 of issue 10 so the offline engine
generalises. Every sentence here is written for this file (invented names), not copied from
the corpus; each case says which linguistic class it stands for."""

from __future__ import annotations

import pytest

from summarizer.offline.classify import classify
from summarizer.offline.cues import detect
from summarizer.offline.engine import label_sentences
from summarizer.schema import AttributionType, Category

A = AttributionType
C = Category


def label(text: str) -> tuple[Category, AttributionType, str | None]:
    result = classify(detect(text))
    return result.category, result.attribution.type, result.attribution.source


@pytest.mark.parametrize(("text", "source"), [
    # verbs of responding are speech acts: a denial, a rebuttal, a welcome, a blame
    ("Ilse Varga rejected the claim, saying the tender had been open to every bidder.",
     "Ilse Varga"),
    ("Rosalind Achebe disputed that account on Wednesday.", "Rosalind Achebe"),
    # a time adverbial between an apposition and its verb, after a dateline
    ("MARLOW — Pieter Osk, the harbour master of Marlow, on Tuesday denied taking any fee.",
     "Pieter Osk"),
])
def test_responses_are_speech_acts(text: str, source: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON, source)


def test_an_organisation_blaming_or_welcoming_is_on_the_record() -> None:
    category, kind, source = label("The Tanners’ Guild welcomed the ruling but warned that "
                                   "hide prices would keep rising.")
    assert (category, kind) == (C.ATTRIBUTED_STATEMENT, A.NAMED_ORGANIZATION)
    assert source is not None and source.endswith("Guild")


@pytest.mark.parametrize(("text", "name"), [
    ("Opposition whip Cal Denny dismissed the figures as “creative accounting.”", "Cal Denny"),
    ("Harbour Party leader Agnes Ruud said the vote was lost.", "Agnes Ruud"),
])
def test_a_title_after_an_organisation_heads_a_person(text: str, name: str) -> None:
    # the organisation only says whose whip or leader; the name is the head
    category, kind, source = label(text)
    assert (category, kind) == (C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)
    assert source is not None and source.endswith(name)


def test_a_passive_dismissal_is_not_a_speech_act() -> None:
    # "was dismissed" (fired): no one is speaking
    assert label("The goalkeeper was dismissed after the match.")[:2] == (C.REPORTED_FACT, A.NONE)


@pytest.mark.parametrize("text", [
    # a non-restrictive relative clause presupposes its content: one hint of wrongdoing there
    # is asserted as settled background
    "The commissioner, who has been steering harbour contracts to his golf partners, cut the "
    "ribbon on Friday.",
    "The treasurer, whose accounts have been kept secret from the auditors, resigned in June.",
    "Councillor Tove Brisk, who had been diverting grant money into a club she chairs, "
    "voted against the motion.",
])
def test_accusation_presupposed_in_a_relative_clause(text: str) -> None:
    assert label(text)[:2] == (C.UNSUPPORTED_ALLEGATION, A.NONE)


@pytest.mark.parametrize("text", [
    # 'steer' without a goal phrase is leading, not favouring
    "The commissioner, who has been steering the committee since 2019, cut the ribbon on Friday.",
    # a directed transfer in a main clause, with nothing else, is a fact
    "The agency diverted funds to flood relief in March.",
    # a relative clause with no hint of wrongdoing
    "The coach, who has led the side since 2021, resigned on Sunday.",
])
def test_relative_clauses_that_accuse_no_one(text: str) -> None:
    assert label(text)[:2] == (C.REPORTED_FACT, A.NONE)


def test_cheating_claimed_by_unnamed_people_is_an_allegation() -> None:
    assert label("The referee cheated in the final, fans claim.")[:2] == (
        C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)


@pytest.mark.parametrize("text", [
    # an evaluative word as the predicate of a copula or a verb of appearance
    "The new timetable is unworkable for anyone who starts before seven.",
    "The ferry levy looks overblown for a crossing that takes ten minutes.",
    "The hearing was a travesty from start to finish.",
    "For the club’s creditors, it is a costly way to wait.",
])
def test_evaluative_predicates_are_opinion(text: str) -> None:
    assert label(text)[:2] == (C.OPINION, A.NONE)


@pytest.mark.parametrize("text", [
    # a ranking with a measure behind it is a record, not a verdict
    "Her 2:21.40 was a personal best by three seconds.",
    # the evaluative word is the speaker's, inside a named source's statement
    "Minister Ada Lusk said the timetable was unworkable.",
    # an evaluative word that is not the predicate: a title
    "The Costly Summer sold 12,000 copies in its first month.",
])
def test_not_an_evaluative_predicate(text: str) -> None:
    assert label(text)[0] is not C.OPINION


@pytest.mark.parametrize(("text", "kind"), [
    # a record kept from view, or a warning disregarded, imputes a cover-up or negligence
    ("Some parents have long claimed that the governors buried a damning fire inspection "
     "report.", A.ANONYMOUS),
    ("The port authority ignored three flood warnings before the quay collapsed.", A.NONE),
])
def test_suppressed_records_accuse(text: str, kind: AttributionType) -> None:
    assert label(text)[:2] == (C.UNSUPPORTED_ALLEGATION, kind)


def test_burying_a_person_accuses_no_one() -> None:
    assert label("The pilot was buried at Saint Ives on Tuesday.")[:2] == (
        C.REPORTED_FACT, A.NONE)


def test_the_writers_own_i_is_not_an_earlier_speaker() -> None:
    # 'I' outside quotation marks is the writer: never resolved to a person quoted before
    text = ("The branch will close in May, librarian Orla Finch said.\n\n"
            "I urge the council to keep it open on Saturdays.")
    _, urge = label_sentences(text)
    assert (urge.category, urge.attribution.type) == (C.OPINION, A.NONE)
