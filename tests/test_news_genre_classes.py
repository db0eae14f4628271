"""Ordinary news genres (wire story, court report, fact-check, council news): speakers and
records that a news sentence names in its everyday shapes. Sentences written here for these
tests; none comes from the corpus or a probe."""

from __future__ import annotations

import pytest
from labelling import label

from summarizer.schema import AttributionType, Category

A = AttributionType
C = Category


@pytest.mark.parametrize(("text", "kind"), [
    # an aside after an inverted speaker closes the name: an age, then a relative clause
    ("“The roof just folded,” said Marta Quell, 61, who had lived on the street for decades.",
     A.NAMED_PERSON),
    ("“We ran for the hills,” said Bram Tolley, 19, whose family runs the campsite.",
     A.NAMED_PERSON),
    # a participle right after the determiner premodifies the record
    ("The school was closed for two days, according to the published minutes of the board.",
     A.DOCUMENT),
    ("The fee rose to 40 crowns in May, according to the released figures.", A.DOCUMENT),
])
def test_named_source_after_its_verb(text: str, kind: AttributionType) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, kind)


@pytest.mark.parametrize("text", [
    # 'came from' is motion here, not provenance: no source
    "Dunlow came from two goals down to beat Parrin Athletic 3-2 on Sunday.",
    "The rally came from nowhere in the final hour of trading, lifting the index 1.2%.",
])
def test_came_from_without_a_source_noun(text: str) -> None:
    assert label(text) == (C.REPORTED_FACT, A.NONE)


@pytest.mark.parametrize("text", [
    # a market move is the author's fact; the speaker after 'after' vouches for the time clause
    "Shares in Corrow Foods dropped 7% after the company said it would close two bakeries.",
    "Wheat futures climbed on Tuesday after exporters warned of a poor harvest.",
    "The krona slid 0.4% when the central bank announced a surprise rate cut.",
])
def test_speaker_inside_a_clause_of_time(text: str) -> None:
    assert label(text) == (C.REPORTED_FACT, A.NONE)


@pytest.mark.parametrize(("text", "kind"), [
    # the subject itself holds 'after': still the source
    ("Drivers who waited after the crash said the ambulance took an hour.", A.ANONYMOUS),
    # 'came after' only times the report: the report is the content
    ("The resignation came after the Talby Gazette reported that the fund was short.",
     A.NEWS_OUTLET),
])
def test_time_clause_that_stays_a_source(text: str, kind: AttributionType) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, kind)


@pytest.mark.parametrize("text", [
    # a named person's reported feeling with its complement is that person's view
    "Harbour master Ulla Brenn was worried that the storm wall would not hold.",
    "Coach Dario Pelt was furious about the second red card.",
])
def test_named_person_state_of_mind(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)


def test_pronoun_feeling_stays_with_context() -> None:
    # no name in the sentence: not turned into a source here
    assert label("I was furious that the library closed.")[0] is C.OPINION


@pytest.mark.parametrize("text", [
    # a single social-media post is as unnamed as many, and its figures do not end the subject
    "A post viewed 12,500 times claims the sheriff took bribes from a casino.",
    "The post says the councillor pocketed the grant money.",
])
def test_unnamed_post_that_accuses(text: str) -> None:
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)


def test_thousands_comma_is_not_a_clause_mark() -> None:
    assert label("The census of 2,400 households found that rents rose 9% in a year.") == (
        C.ATTRIBUTED_STATEMENT, A.DOCUMENT)


@pytest.mark.parametrize("text", [
    # a quantifier picks some members of a named body; none is identified
    "Two Harbour Party MPs said the minister had lost the room.",
    "Several Greenfield teachers said the new timetable was unworkable.",
])
def test_some_members_of_a_named_body(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)


@pytest.mark.parametrize("text", [
    # an opening adverbial sets the scene; the role and the name follow it
    "Outside the courthouse, her brother, Tomas Rell, said the family would appeal.",
    "In a letter read to the inquiry, the pilot's widow, Marit Ose, said she wanted answers.",
])
def test_role_and_name_after_an_opening_phrase(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)


def test_pronoun_after_said_opens_the_reported_clause() -> None:
    assert label("The ferry's captain, Jon Strand, said he had turned back twice.") == (
        C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)


@pytest.mark.parametrize("text", [
    # what a hearing heard is evidence given before it, on the record
    "The court heard that Pallot had forged his employer's signature on 14 cheques.",
    "The inquest was told that the lift had failed its last two safety checks.",
    "The tribunal heard Ms Varga had been dismissed by text message.",
])
def test_what_a_hearing_heard(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.NAMED_ORGANIZATION)


def test_hearing_evidence_is_a_fact() -> None:
    assert label("The jury heard evidence for nine days.") == (C.REPORTED_FACT, A.NONE)


@pytest.mark.parametrize("text", [
    # an interviewer pressing for the facts asks; 'actually', 'really' judge nothing here
    "Q: What will the new rota actually mean for night staff?",
    "Q: Does the levy really cover the cost of the new depot?",
])
def test_interviewer_presses_for_the_facts(text: str) -> None:
    from summarizer.offline.engine import label_sentences
    article = f"{text}\n\nA: It means fewer double shifts."
    first = label_sentences(article)[0]
    assert first.category is C.REPORTED_FACT


@pytest.mark.parametrize("text", [
    # a quote headline gives the quotation to the person named after the colon
    "‘The river always wins’: Q&A with hydrologist Pia Lund",
    "‘I would do it all again’: retired keeper Olle Brandt on fifty years at sea",
])
def test_quote_headline_names_its_speaker(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)


def test_quote_headline_with_no_speaker_named() -> None:
    assert label("“Utter shambles”: Fans turn on Dunmere Rovers board")[1] is A.NONE


def test_fact_check_headline_question() -> None:
    # under a fact-check label the question names the claim the article checks
    assert label("Fact check: Did the sheriff take a bribe to drop the case?") == (
        C.REPORTED_FACT, A.NONE)


def test_labelled_yes_no_question_is_still_a_question() -> None:
    # the label before the colon is not part of the question: still a loaded question
    assert label("Analysis: Did the sheriff take a bribe to drop the case?")[0] is C.OPINION


@pytest.mark.parametrize(("text", "count"), [
    # 'No.' as an answer ends its sentence; before a number it is the abbreviation
    ("A: No. The levy stays where it is.", 2),
    ("The No. 9 tram was cancelled. Staff were told on Friday.", 2),
])
def test_answer_no_ends_a_sentence(text: str, count: int) -> None:
    from summarizer.offline.engine import label_sentences
    assert len(label_sentences(text)) == count
