"""Speakers as classes, round 2 of issue 10: an unnamed speaker with an apposition, a name taken
up by 'which' (a thing, not a person), the short form of an organisation's name, a body named by
its area or duty or a company by its trade, and the head noun of a record's compound name.
Sentences written here for the purpose; never from heldout/."""

from __future__ import annotations

import pytest
from labelling import label

from summarizer.offline.engine import label_sentences
from summarizer.schema import AttributionType, Category

A = AttributionType
C = Category




@pytest.mark.parametrize("text", [
    "One driver, a woman in her sixties, said the road had been closed since dawn.",
    "A resident, a retired postman who has lived on the street for 40 years, told us the water "
    "had reached the second step.",
])
def test_an_unnamed_speaker_with_an_apposition_is_anonymous(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)


def test_an_apposition_to_a_prepositional_object_leaves_the_subject_alone() -> None:
    # the apposition describes the party, so "Two members of ..." is not made a speaker by it
    text = ("Two members of the Green List, a small opposition group, had said until Monday "
            "that they would abstain.")
    assert label(text)[1] is not A.ANONYMOUS


@pytest.mark.parametrize("text", [
    "Corvane Works, which runs the quarry, said the blasting would stop at 6 p.m.",
    "Halden Marsh, which owns the pier, said repairs would cost $2 million.",
])
def test_a_name_taken_up_by_which_is_an_organisation(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.NAMED_ORGANIZATION)


def test_who_keeps_a_person() -> None:
    assert label("Halden Marsh, who owns the pier, said repairs would cost $2 million.") == (
        C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)


def test_the_short_form_of_an_organisation_name_is_the_organisation() -> None:
    text = ("Dovecote Dairies, the region’s largest milk producer, reported a 9% rise in sales "
            "on Monday.\n\nDovecote said it would hire 40 drivers.")
    kinds = [s.attribution.type for s in label_sentences(text)]
    assert kinds == [A.NAMED_ORGANIZATION, A.NAMED_ORGANIZATION]


def test_which_anywhere_in_the_article_marks_the_name() -> None:
    text = ("Shares in Brightwell fell 4% on Friday.\n\nBrightwell, which makes garden tools, "
            "employs 900 people.\n\nBrightwell said demand had slowed.")
    assert label_sentences(text)[-1].attribution.type is A.NAMED_ORGANIZATION


@pytest.mark.parametrize("text", [
    "The county says the bridge will reopen in May.",
    "The roads were closed for six hours, the coast guard said.",
    "The retailer said it would close 12 stores.",
    "Ostmark Foods, the country’s second-biggest biscuit maker, said sales fell 3% last year.",
])
def test_a_body_or_company_by_its_common_noun_is_an_organisation(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.NAMED_ORGANIZATION)


@pytest.mark.parametrize("text", [
    "The plant employs 300 people, according to Companies Office records.",
    "The club’s annual accounts show that the manager was paid $1.4 million.",
    "Clinical trials by the Marrow Foundation found the drug halved relapses.",
])
def test_a_record_is_a_document_source(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.DOCUMENT)


def test_a_name_in_apposition_to_an_organisation_noun_is_the_organisation() -> None:
    text = ("Ilse Marten’s firm, Marten Stone, has supplied the council since 2015.\n\n"
            "Marten Stone said the contract had been tendered.")
    assert label_sentences(text)[-1].attribution.type is A.NAMED_ORGANIZATION


@pytest.mark.parametrize("text", [
    "The hospice said it would open four more beds in May.",
    "The clinic confirmed that 12 patients had been moved.",
])
def test_an_institution_by_its_common_noun_is_an_organisation(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.NAMED_ORGANIZATION)


def test_a_verb_of_saying_in_a_subordinate_clause_sources_nothing() -> None:
    assert label("The board must resign if the audit confirms the losses.") == (
        C.OPINION, A.NONE)


def test_an_organisation_noun_as_a_classifier_marks_the_name() -> None:
    text = ("Budget carrier Aerolin will cancel 300 flights.\n\n"
            "Aerolin said passengers would be offered refunds.")
    assert label_sentences(text)[-1].attribution.type is A.NAMED_ORGANIZATION


def test_a_title_before_a_name_keeps_a_person() -> None:
    text = "Opposition leader Carys Powell said her party would scrap the levy."
    assert label_sentences(text)[-1].attribution.type is A.NAMED_PERSON


def test_money_found_is_no_finding() -> None:
    assert label("The council found £2 million in March to resurface a car park.") == (
        C.REPORTED_FACT, A.NONE)


def test_the_city_speaks_as_an_organisation() -> None:
    assert label("The city says the change will save £640,000 a year.") == (
        C.ATTRIBUTED_STATEMENT, A.NAMED_ORGANIZATION)
