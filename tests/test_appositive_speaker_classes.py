"""Speakers news style names with an apposition, a possessive, an inversion or an office
(issue 10, "named sources missed"): each sentence below reports what a source said, and the
engine must say who. Every sentence is written here; none comes from a news data set."""

from __future__ import annotations

import pytest

from summarizer.offline.engine import label_sentences
from summarizer.schema import AttributionType, Category

A = AttributionType
C = Category


def label(text: str) -> tuple[Category, AttributionType, str | None]:
    sentence = label_sentences(text)[0]
    return sentence.category, sentence.attribution.type, sentence.attribution.source


@pytest.mark.parametrize(("text", "kind", "source"), [
    # after a quotation, the name with its apposition or party tag
    ("“This is serious,” Marsh, a member of the harbour committee, said.", A.NAMED_PERSON,
     "Marsh"),
    ("“Case closed,” Marsh, R-Ky., declared.", A.NAMED_PERSON, "Marsh"),
    ("“It is lawful,” Mr Marsh, now a councillor, said.", A.NAMED_PERSON, "Mr Marsh"),
    # a bare office noun in apposition, as news style writes it
    ("Ana Ruiz, spokeswoman for Velcom Telecom, said that about 300 jobs would go.",
     A.NAMED_PERSON, "Ana Ruiz"),
    ("Dr. Ivo Marsh, previously the director of the port authority, testified on Thursday "
     "that the cranes were unsafe.", A.NAMED_PERSON, "Dr. Ivo Marsh"),
    # a possessive role, after the name or before it
    ("Ivo Marsh, Kerry's harbour chief, said the cranes were unsafe.", A.NAMED_PERSON,
     "Ivo Marsh"),
    ("Mayor Ana Ruiz's lawyer, Ivo Marsh, wrote on Facebook that the claim was false.",
     A.NAMED_PERSON, "Ivo Marsh"),
    # a long title before the name: the person is the head
    ("Kerry Harbour Board Chairman Ivo Dan Marsh, a Green, said the cranes were unsafe.",
     A.NAMED_PERSON, "Kerry Harbour Board Chairman Ivo Dan Marsh"),
    # two speakers sharing one apposition
    ("Ivo Marsh and Ana Ruiz, both councillors from Tralee, said in a statement that the "
     "cranes were unsafe.", A.NAMED_PERSON, "Ivo Marsh and Ana Ruiz"),
    # an office a few words qualify
    ("The council minority leader said she was never asked to the harbour talks.",
     A.NAMED_PERSON, "The council minority leader"),
    ("Ana Ruiz is leaving the race and backing Ivo Marsh, the Kerry congresswoman announced "
     "on Thursday.", A.NAMED_PERSON, "the Kerry congresswoman"),
    # a body named for what it is: a centre is an organisation, not a person
    ("The Centers for Flood Control and Prevention announced new guidance on Friday.",
     A.NAMED_ORGANIZATION, "The Centers for Flood Control and Prevention"),
    # an agency governs unless it is a news or press agency
    ("The Food Standards Agency said the pies were safe.", A.NAMED_ORGANIZATION,
     "The Food Standards Agency"),
    ("The semi-official Kerry news agency said the pies were safe.", A.NEWS_OUTLET,
     "The semi-official Kerry news agency"),
    # an unnamed spokesperson of a named body speaks for the body
    ("A Velcom representative said the claims were false.", A.NAMED_ORGANIZATION,
     "A Velcom representative"),
    # the verb before its subject at the end of the sentence
    ("Two men were charged with fraud on Monday, said the Kerry County district attorney's "
     "office.", A.NAMED_ORGANIZATION, "the Kerry County district attorney's office"),
    # a relative clause on an object, then the closing speaker
    ("The mayor repaid 10,000 euros to Ivo Marsh, who ran the harbour fund, the ethics "
     "office said Wednesday.", A.NAMED_ORGANIZATION, "the ethics office"),
    # unnamed speakers, with what they are familiar with, or with a party before the noun
    ("The council sacked its finance chief on Monday, sources familiar with the vote "
     "said, in a week of turmoil at the town hall.", A.ANONYMOUS,
     "sources familiar with the vote"),
    ("“There is no good answer here,” one Kerry Green party organiser said.", A.ANONYMOUS,
     "one Kerry Green party organiser"),
])
def test_the_speaker_is_found(text: str, kind: AttributionType, source: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, kind, source)


def test_no_speaker_is_invented() -> None:
    # "said to be" is a passive report, not a speaker at the end
    assert label("The cranes were unsafe, said to be the oldest in Kerry.")[1] is A.NONE
    # figures published by a bureau are a record, not senior figures
    assert label("Figures published by the Kerry Statistics Office put the rise in rents at "
                 "8.1%.")[1] is A.DOCUMENT
    # an aside between a subject and its verb is still skipped
    assert label("Some residents, who asked not to be named, said the cranes were unsafe.") == (
        C.ATTRIBUTED_STATEMENT, A.ANONYMOUS, "Some residents")
