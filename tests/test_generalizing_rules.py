"""The rules added so the offline engine generalises (issue 10), each on sentences from the
tune half of the corpus (fixtures/corpus/tune/) or written here; never from heldout/."""

from __future__ import annotations

import pytest
from labelling import label

from summarizer.offline.classify import classify
from summarizer.offline.cues import detect
from summarizer.offline.engine import label_sentences
from summarizer.schema import AttributionType, Category

A = AttributionType
C = Category




@pytest.mark.parametrize(("text", "expected"), [
    # passive hearsay that accuses (tune 03, 12)
    ("It is understood that investigators are now examining whether two former members of the "
     "town board knew about the transfers and chose to keep quiet.",
     (C.UNSUPPORTED_ALLEGATION, A.NONE)),
    ("It is said that producers knew about the affair for weeks and hushed it up to protect the "
     "ratings.", (C.UNSUPPORTED_ALLEGATION, A.NONE)),
    # the outlet's say-so and impersonal consensus about someone (tune 08, 07)
    ("We can report that at least one of those contracts went to a firm part-owned by a board "
     "director’s son.", (C.UNSUPPORTED_ALLEGATION, A.NONE)),
    ("It is no secret in Ardmore that this year’s rate rise was agreed long before the board "
     "claimed to have reviewed the figures.", (C.UNSUPPORTED_ALLEGATION, A.NONE)),
    # consensus of unnamed people (tune 19, 01)
    ("Observers at the parliament agree that the five rebels were bought off with road projects.",
     (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)),
    ("Many in town suspect that the railroad has been running heavier trains over the bridge "
     "than it was rated for.", (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)),
    # a concealed act in an unnamed source's words (tune 01)
    ("Several residents said the company had known for years that the curve was unsafe and had "
     "quietly shelved plans to straighten it.", (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)),
    # passive hearsay that accuses no one stays anonymous reporting
    ("It is believed the plant will close in May.", (C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)),
    # an act done quietly is not a concealed act (tune 04)
    ("The team now plans a randomised trial in which 600 volunteers will be assigned either to "
     "nap or to rest quietly without sleeping.", (C.REPORTED_FACT, A.NONE)),
])
def test_claims_no_one_stands_behind(text: str, expected: tuple[Category, AttributionType]) -> None:
    assert label(text) == expected


@pytest.mark.parametrize(("text", "source", "kind"), [
    # records and studies as sources (tune 03, 01, 12, 04)
    ("Court filings show that the money was moved through 214 transfers.", "Court filings",
     A.DOCUMENT),
    ("Inspection records published by the commission show the bridge was last examined in "
     "September.", "Inspection records published by the commission", A.DOCUMENT),
    ("Vance left the ceremony alone shortly before 23:00, photographs show.", "photographs",
     A.DOCUMENT),
    ("A state audit released in 2023 found that Lakeport had not reconciled its bank statements.",
     "A state audit released in 2023", A.DOCUMENT),
    # the speaker, not the channel (tune 10, seed 000)
    ("Solvik, in an interview with the Northline Herald last month, said she had written most "
     "of the album in winter.", "Solvik", A.NAMED_PERSON),
])
def test_named_sources(text: str, source: str, kind: AttributionType) -> None:
    found = detect(text).source
    assert found is not None
    assert (found.text, found.type) == (source, kind)
    assert classify(detect(text)).category is C.ATTRIBUTED_STATEMENT


def test_an_unnamed_subject_of_an_accusing_verb_makes_an_allegation() -> None:
    text = "Rival operators have privately accused Brightwave of leaking details of the talks."
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)


def test_every_sentence_of_an_interview_answer_is_the_interviewees() -> None:
    text = ("Nurses' union chief Mara Lind spoke to us on Friday.\n\n"
            "Q: Is the strike off? A: Nobody has threatened anything yet. Managers there have "
            "been hiding those staffing figures from their own board for a year. Q: And then?")
    sentences = label_sentences(text)
    answer = sentences[2:4]
    assert len(answer) == 2
    for sentence in answer:
        assert sentence.category is C.ATTRIBUTED_STATEMENT
        assert sentence.attribution.type is A.NAMED_PERSON
    for question in (sentences[1], sentences[4]):  # questions are not answers
        assert question.category is not C.ATTRIBUTED_STATEMENT


@pytest.mark.parametrize("text", [
    "The Ardmore water board must open its books",  # prescription (tune 08 headline)
    "Open the books.",  # imperative (tune 08)
    "Don’t hold your breath.",  # imperative (tune 13)
    "Letter: Keep the Elm Street library open",  # imperative after a label (tune 09)
    "Why, then, did the council not start with the buses?",  # negative question (tune 07)
])
def test_prescriptions_imperatives_and_negative_questions_are_opinion(text: str) -> None:
    assert label(text) == (C.OPINION, A.NONE)


@pytest.mark.parametrize("text", [
    "Now the formal charges against 23 harbour workers are in.",
    "During the strike of late 2021, workers at two companies voted down contracts.",
    "Half the total cost of government is the cost of local government.",
    "Is the strike off?",  # a neutral question
])
def test_openers_that_are_not_imperatives_stay_facts(text: str) -> None:
    assert label(text)[0] is C.REPORTED_FACT


@pytest.mark.parametrize(("text", "source", "kind"), [
    # possessive role, then the name in apposition (tune 03, 12)
    ("Pennick’s lawyer, Victor Amsel, argued that his client had been a scapegoat.",
     "Victor Amsel", A.NAMED_PERSON),
    ("“We will never get all of it back,” said Lakeport’s current mayor, Annette Blume.",
     "Annette Blume", A.NAMED_PERSON),
    # an age or a participle of speaking between the name and the verb (tune 01, 02)
    ("Dale Okonjo, 62, who lives two streets from the tracks, said he heard a sound.",
     "Dale Okonjo", A.NAMED_PERSON),
    ("Chief executive Henrik Falla, speaking on a call with analysts, said volumes had fallen.",
     "Chief executive Henrik Falla", A.NAMED_PERSON),
    # organisations by the head of their name (tune 13, 10)
    ("Ravel Holdings said in a statement that its accident rate is below the national average.",
     "Ravel Holdings", A.NAMED_ORGANIZATION),
    ("Driftwood Records said in a statement that no deluxe edition was planned.",
     "Driftwood Records", A.NAMED_ORGANIZATION),
])
def test_appositions_asides_and_organisations(text: str, source: str,
                                               kind: AttributionType) -> None:
    found = detect(text).source
    assert found is not None
    assert (found.text, found.type) == (source, kind)


def test_shared_judgement_is_opinion_not_allegation() -> None:
    # "a judgement is opinion" (annotation guide): consensus that evaluates accuses no one
    text = "Anyone who has cycled down Market Street at rush hour knows how terrifying it is."
    assert label(text) == (C.OPINION, A.NONE)


@pytest.mark.parametrize(("text", "expected"), [
    # public legal acts are facts (tune 03)
    ("Former Lakeport treasurer found guilty of embezzling $1.2 million",
     (C.REPORTED_FACT, A.NONE)),
    ("He was acquitted on a single count of money laundering.", (C.REPORTED_FACT, A.NONE)),
    # a masthead names an outlet (tune 05)
    ("Northline Radio reported that her shoe sponsor would pay her a bonus of $100,000.",
     (C.ATTRIBUTED_STATEMENT, A.NEWS_OUTLET)),
    # an apposition that classifies the name (tune 16)
    ("Grid North, the regional network operator, said engineers could not reach a substation.",
     (C.ATTRIBUTED_STATEMENT, A.NAMED_ORGANIZATION)),
])
def test_legal_acts_mastheads_and_classifying_appositions(
        text: str, expected: tuple[Category, AttributionType]) -> None:
    assert label(text) == expected


def test_an_accusation_glued_on_with_and_is_outside_the_source() -> None:
    # tune 20; the guide's hard case "Mora said ..., and the plant manager has been ..."
    text = ("Kelso’s chairman, Graham Osei, said the board had backed the offer unanimously, "
            "and the company’s founder has quietly moved much of his own stake offshore.")
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.NONE)
    plain = "Graham Osei said the board had backed the offer, and that it would vote in May."
    assert label(plain) == (C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)


def test_a_bare_quotation_after_a_named_speaker_is_theirs() -> None:
    # tune 17: the speaker is named in a sentence without quotation marks
    text = ("Hamid Farouk trained under her in the 1980s. He said she was known for bringing "
            "tankers in through fog. “She never once lost her temper on the radio. "
            "Not once, in thirty years.”")
    sentences = label_sentences(text)
    for sentence in sentences[2:]:
        assert sentence.category is C.ATTRIBUTED_STATEMENT
        assert sentence.attribution.type is A.NAMED_PERSON


def test_a_name_keeps_its_kind_through_the_article() -> None:
    # tune 16: the apposition shows Grid North is an organisation; the bare mention follows
    text = ("Grid North, the regional network operator, said engineers could not reach the "
            "substation. Grid North said it would respond in full once power was restored.")
    kinds = [s.attribution.type for s in label_sentences(text)]
    assert kinds == [A.NAMED_ORGANIZATION, A.NAMED_ORGANIZATION]


@pytest.mark.parametrize("text", [
    "Fans online have accused her label of shelving two finished songs to sell them later.",
    "Backbenchers in the governing party have privately accused the minister's advisers of "
    "feeding the figure to journalists.",
])
def test_unnamed_groups_who_accuse(text: str) -> None:
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)


@pytest.mark.parametrize(("text", "category"), [
    ("Corvane is the world’s most trusted name in home energy.", C.OPINION),  # tune 11
    ("The river has reached 4.21 metres, the highest reading since 1987.", C.REPORTED_FACT),
])
def test_unmeasured_superlatives_are_opinion(text: str, category: Category) -> None:
    assert label(text)[0] is category
