"""Classes behind false opinion and allegation calls on real news leads (issue 10): bracketed
party tags and abbreviations, superlatives bounded by a record, epithets in an appositive, acts
of speech that rule, threaten or demand, a speaker named at the end or before a colon, 'according
to' with an unlisted head, a time between a subject and its verb, and a verb of saying inside a
relative clause. Every sentence is written here; none comes from a news data set."""

from __future__ import annotations

import pytest

from summarizer.offline.engine import label_sentences
from summarizer.schema import AttributionType, Category

A = AttributionType
C = Category


def label(text: str) -> tuple[Category, AttributionType, str | None]:
    sentence = label_sentences(text)[0]
    return sentence.category, sentence.attribution.type, sentence.attribution.source


@pytest.mark.parametrize("text", [
    # a superlative bounded by a record is a checkable ranking
    "The dock strike was the longest in Norland history.",
    "Growth in the county slowed to the lowest rate since the 1930s.",
    "Last month was the wettest on record for the valley.",
    # an epithet in an appositive describes the name; the main clause says where they are
    "Tarn and Odle, the region's two oldest towns, are both located in the valley.",
])
def test_measured_or_descriptive_words_are_fact(text: str) -> None:
    assert label(text)[0] is C.REPORTED_FACT


def test_a_party_tag_is_not_the_writer() -> None:
    # "(I-Vt.)" is not the pronoun 'I': the supporters' belief is reported, not the writer's
    assert label("Supporters of Sen. Ada Brill (I-Vt.) have long believed she was shut out of "
                 "the race.")[:2] == (C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)
    assert label("Sen. Ada Brill (I-Vt.) voted against the bill on Tuesday.")[0] is (
        C.REPORTED_FACT)


def test_an_unmeasured_superlative_is_still_opinion() -> None:
    assert label("It is the world's most trusted name in home insurance.")[0] is C.OPINION


@pytest.mark.parametrize(("text", "kind", "source"), [
    # the speaker at the end owns the modal
    ("Norland must brace itself for a long winter, Norland's defence minister said.",
     A.NAMED_PERSON, "Norland's defence minister"),
    # a court's ruling owns its 'must'
    ("A federal judge ruled Monday that the agency must weigh each case on its merits.",
     A.ANONYMOUS, "A federal judge"),
    # an abbreviation or a party tag in brackets does not open a clause
    ("The Department of Transport (DOT) on Monday announced that it would appeal the ruling.",
     A.NAMED_ORGANIZATION, "The Department of Transport"),
    ("Senate leader Mitch Brill (R-Ky.) said on Wednesday that he had barely spoken to the mayor.",
     A.NAMED_PERSON, "Senate leader Mitch Brill"),
    # a time between the subject and the verb; an act of speech that threatens
    ("President Brill on Monday threatened to halt funding for the agency.",
     A.NAMED_PERSON, "President Brill"),
    # 'according to' names a source even when its head is not in the word lists
    ("Norland facilitated the movement of the militia, according to the 1999 inquiry commission.",
     A.NAMED_ORGANIZATION, "the 1999 inquiry commission"),
    # a name and a colon before a quotation names who is quoted
    ("Sen. Ada Brill: “Anything short” of a full audit will probably “fall into partisan camps.”",
     A.NAMED_PERSON, "Sen. Ada Brill"),
])
def test_reported_words_belong_to_their_speaker(text: str, kind: AttributionType,
                                                source: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, kind, source)


def test_a_verb_of_saying_in_a_relative_clause_sources_nothing() -> None:
    category, kind, source = label(
        "The extra doses will give the agency the number of doses that Mr. Brill said last "
        "month he needs.")
    assert (category, kind, source) == (C.REPORTED_FACT, A.NONE, None)


def test_a_label_before_a_colon_is_no_speaker() -> None:
    assert label("Update: “The Quiet Year” is the band's weakest record yet.")[0] is C.OPINION


def test_physical_attack_is_no_speech() -> None:
    assert label("Gunmen attacked a convoy on Monday.")[0] is C.REPORTED_FACT


@pytest.mark.parametrize(("text", "source"), [
    # a party or state tag in apposition, with no determiner
    ("Sen. Jo Marsh, Idaho Republican, said Friday that he was appalled by the report.",
     "Sen. Jo Marsh"),
    ("As the council debates her bill, Sen. Ada Brill, D-Vt., said Monday the bill represents "
     "a chance to act.", "Sen. Ada Brill"),
    # a possessor before the office, and a time before the verb
    ("Ada Brill's lawyer on Tuesday night said his client would testify.", "Ada Brill's lawyer"),
])
def test_tags_and_offices_name_the_speaker(text: str, source: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON, source)


@pytest.mark.parametrize("text", [
    # a day after 'by' is a deadline, not an agent
    "The ceasefire had already collapsed by Sunday evening as gunfire was reported.",
    # a decision on a request, and a count, are acts, not speech
    "The appeals court on Tuesday denied a request from the port authority.",
    "Employers added 90,000 jobs in May.",
    # a capitalised title before a name is not an evaluation
    "Justice Clara Voss issued a dissent on Monday.",
    # a possessive 's is not 'is'
    "The ministry on Tuesday ended the island's communist government subsidy.",
])
def test_acts_times_titles_and_possessives_are_fact(text: str) -> None:
    assert label(text)[:2] == (C.REPORTED_FACT, A.NONE)


def test_a_contracted_is_still_judges() -> None:
    assert label("That's a disgrace, and the council knows it.")[0] is C.OPINION


def test_a_denial_is_still_attributed() -> None:
    assert label("Mayor Ada Brill denied the claims on Monday.")[:2] == (
        C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)


@pytest.mark.parametrize("text", [
    "Democrats are worried that the mayor's lagging support will cost them the seat.",
    "Farmers were furious at the new levy, which they say will close small dairies.",
])
def test_a_groups_state_of_mind_is_reported(text: str) -> None:
    # the group's feeling and what it fears are the group's, not the writer's judgement
    assert label(text)[0] is C.ATTRIBUTED_STATEMENT


def test_a_state_of_mind_without_a_group_is_still_the_writers() -> None:
    assert label("It is worrying that the council will close the library.")[0] is C.OPINION


@pytest.mark.parametrize("text", [
    # a crime word after 'if' or 'whether' is supposed, not asserted
    "The host asked the senator whether she would impose sanctions if Norland cheated on the "
    "treaty.",
    # 'conspiracy theory' names a belief as a topic
    "The assembly passed a motion condemning the conspiracy theory known as BlueDawn, but 12 "
    "members voted against it.",
    # a capitalised word ending in -est is a name, not a superlative
    "Ken Oda lives in Tarn, but he's trying to save dairy farmers in the Midwest from a levy.",
    # 'historic highs' is a record
    "Claims for benefits continue to soar to historic highs.",
    # a clause is never a source
    "Senator Ada Brill has had enough of rivals accusing her party of favouring “the rich.”",
])
def test_supposed_named_and_measured_are_fact(text: str) -> None:
    assert label(text)[:2] == (C.REPORTED_FACT, A.NONE)


def test_an_asserted_crime_still_accuses() -> None:
    assert label("The treasurer cheated the pension fund out of millions.")[0] is (
        C.UNSUPPORTED_ALLEGATION)


@pytest.mark.parametrize(("text", "source"), [
    ("Council leader Ada Brill has signaled that she does not plan to run and will instead "
     "back her deputy.", "Council leader Ada Brill"),
    ("The press secretary, Jo Lane, on Monday said the mayor's post meant no harm.", "Jo Lane"),
])
def test_signals_and_tagged_speakers_are_on_the_record(text: str, source: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON, source)


def test_a_bare_feeling_with_no_complement_stays_the_writers() -> None:
    assert label("Residents are furious.")[0] is C.OPINION


def test_the_name_of_a_political_camp_is_no_judgement() -> None:
    assert label("Conservatives in the assembly voted against the levy on Tuesday, and liberals "
                 "abstained.")[0] is C.REPORTED_FACT


def test_most_likely_is_a_hedge_not_a_superlative() -> None:
    sentence = label_sentences("Ada Brill plans a fresh push on Monday, most likely setting up "
                               "another showdown with the council.")[0]
    assert sentence.category is C.REPORTED_FACT
    assert not any("superlative" in reason for reason in sentence.reasons)


def test_a_closing_named_speaker_frames_an_earlier_finding() -> None:
    assert label("An inquiry found that the governor harassed three aides, Norland's attorney "
                 "general announced on Tuesday.") == (
        C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON, "Norland's attorney general")


def test_a_closing_anonymous_speaker_still_leaves_an_accusation_unsupported() -> None:
    assert label("The mayor took bribes from the contractor, a person familiar with the matter "
                 "said.")[0] is C.UNSUPPORTED_ALLEGATION
