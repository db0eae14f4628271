"""Combining cues into category, attribution and confidence (the rubric in DESIGN.md)."""

from __future__ import annotations

import pytest

from summarizer.offline.classify import classify, opinion_score
from summarizer.offline.cues import detect
from summarizer.offline.label import Label
from summarizer.schema import AttributionType, Category, Confidence


def label(text: str) -> Label:
    return classify(detect(text))


def test_named_source_with_specifics_is_high() -> None:
    result = label("On March 3, Health Minister Ana Silva said 42 hospitals had reopened.")
    assert result.category is Category.ATTRIBUTED_STATEMENT
    assert result.attribution.type is AttributionType.NAMED_PERSON
    assert result.attribution.source == "Health Minister Ana Silva"
    assert result.confidence is Confidence.HIGH
    assert any(r.startswith("named person: 'Health Minister Ana Silva'") for r in result.reasons)


def test_named_source_without_specifics_is_medium() -> None:
    result = label("Mayor Tom Lee said the project was on track.")
    assert result.category is Category.ATTRIBUTED_STATEMENT
    assert result.confidence is Confidence.MEDIUM


def test_outlet_citing_others_is_medium() -> None:
    result = label("According to Bloomberg, the bank plans 2,000 job cuts in 2025.")
    assert result.attribution.type is AttributionType.NEWS_OUTLET
    assert result.attribution.source == "Bloomberg"
    assert result.category is Category.ATTRIBUTED_STATEMENT
    assert "named outlet: 'Bloomberg' (reporting verb 'according to')" in result.reasons


def test_anonymous_accusation_is_unsupported() -> None:
    result = label("Insiders claim the governor embezzled relief funds.")
    assert result.category is Category.UNSUPPORTED_ALLEGATION
    assert result.confidence is Confidence.UNSUPPORTED
    assert result.attribution.type is AttributionType.ANONYMOUS
    assert "allegation wording: 'embezzled'" in result.reasons


def test_anonymous_non_accusation_is_attributed_low() -> None:
    result = label("Some analysts say the talks could resume next month.")
    assert result.category is Category.ATTRIBUTED_STATEMENT
    assert result.confidence is Confidence.LOW
    assert result.attribution.source == "Some analysts"


def test_accusation_in_the_authors_voice_is_unsupported() -> None:
    result = label("The funds were funneled into offshore accounts by the mayor's cronies.")
    assert result.category is Category.UNSUPPORTED_ALLEGATION
    assert result.attribution.type is AttributionType.NONE
    assert "no source named for the accusation" in result.reasons


def test_named_source_making_an_accusation_stays_attributed() -> None:
    result = label("Prosecutor Maria Gomez said the firm laundered money through shell companies.")
    assert result.category is Category.ATTRIBUTED_STATEMENT
    assert result.confidence is Confidence.MEDIUM
    assert any("accusation made by a named source" in r for r in result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "This is a shameful and utterly reckless policy.",
        "We must stop pretending that the system works.",
        "Is anyone surprised that the plan failed?",
        "The implications of this decision extend far beyond the region.",
    ],
)
def test_authors_evaluation_is_opinion(text: str) -> None:
    result = label(text)
    assert result.category is Category.OPINION
    assert result.confidence is Confidence.NOT_APPLICABLE
    assert result.attribution.type is AttributionType.NONE
    assert result.reasons[0] == "the author's own evaluation"


def test_plain_event_is_reported_fact() -> None:
    result = label("The council approved the budget on Tuesday by 7 votes to 2.")
    assert result.category is Category.REPORTED_FACT
    assert result.confidence is Confidence.MEDIUM
    assert any(r.startswith("specifics:") for r in result.reasons)


def test_heavily_hedged_fact_is_low() -> None:
    result = label("The ship was reportedly and apparently carrying weapons.")
    assert result.category is Category.REPORTED_FACT
    assert result.confidence is Confidence.LOW


def test_quoted_evaluation_does_not_make_the_author_opinionated() -> None:
    inside, _ = opinion_score(detect("“This is a shameful, disgraceful betrayal,” Smith said."))
    outside, _ = opinion_score(detect("This is a shameful, disgraceful betrayal, Smith said."))
    assert inside < outside


def test_specifics_lower_the_opinion_score() -> None:
    vague, _ = opinion_score(detect("The economy grew strongly."))
    specific, _ = opinion_score(detect("The economy grew 2.1% in 2023."))
    assert specific < vague


def test_call_to_action_is_opinion() -> None:
    result = label("It is time the company stopped treating its customers as an afterthought.")
    assert result.category is Category.OPINION
    assert "call to action: 'It is time'" in result.reasons


def test_vague_source_is_medium_even_with_specifics() -> None:
    result = label("More than 40,000 homes lost power on Tuesday, the regional utility said.")
    assert result.category is Category.ATTRIBUTED_STATEMENT
    assert result.confidence is Confidence.MEDIUM
    assert "source identified only as 'the regional utility'" in result.reasons


def test_accusation_through_a_court_is_reported_fact() -> None:
    result = label("The attorney general has filed a lawsuit against the developer for fraud.")
    assert result.category is Category.REPORTED_FACT
    assert result.reasons[0] == "accusation made through a public legal process: 'lawsuit'"


def test_accusation_needs_someone_accused() -> None:
    assert label("Corrupt government tends to defeat itself.").category is not (
        Category.UNSUPPORTED_ALLEGATION
    )
    assert label("The mayor's aides embezzled the fund.").category is (
        Category.UNSUPPORTED_ALLEGATION
    )


def test_quoted_words_in_the_authors_voice_are_mentions() -> None:
    result = label("The rules list “fraud” and “bribery” as grounds for removal.")
    assert result.category is not Category.UNSUPPORTED_ALLEGATION


@pytest.mark.parametrize("text", ["It is believed the plant will close in May.",
                                  "The plant will close in May, it has been reported."])
def test_anonymous_sourcing_without_a_named_speaker_is_low(text: str) -> None:
    result = label(text)
    assert result.category is Category.ATTRIBUTED_STATEMENT
    assert result.attribution.type is AttributionType.ANONYMOUS
    assert result.confidence is Confidence.LOW


def test_specifics_show_numbers_as_written() -> None:
    result = label("The bank said on Jan. 5 it would buy $1.5bn of bonds, up 3.2%, from 17 banks.")
    shown = next(r for r in result.reasons if r.startswith("specifics: "))
    assert "date 'Jan. 5'" in shown and "number '5'" not in shown
    more = label("The bank said it would buy $1.5bn of bonds from 17, or 14.")
    shown = next(r for r in more.reasons if r.startswith("specifics: "))
    assert shown == "specifics: number '$1.5bn', number '17', number '14'"


@pytest.mark.parametrize(("text", "category"), [
    ("Corrupt government defeats itself.", Category.OPINION),
    ("The next chapter will reveal whether this is a bridge to peace or a new layer of "
     "corruption.", Category.OPINION),
    ("Corruption cases rose 12% in 2023.", Category.REPORTED_FACT),
])
def test_accusing_words_that_accuse_no_one(text: str, category: Category) -> None:
    result = label(text)
    assert result.category is category
    if category is Category.OPINION:
        assert any("no one accused" in r for r in result.reasons)


@pytest.mark.parametrize("text", [
    "It is an outrage that families were left to fend for themselves while officials dithered.",
    "This was a disgrace from start to finish for the whole town council.",
])
def test_a_sentence_opening_with_a_verdict_is_opinion(text: str) -> None:
    result = label(text)
    assert result.category is Category.OPINION
    assert any(r.startswith("a verdict on what follows") for r in result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Insiders claim she has been hiding millions from the pension fund.",
        "Insiders say the minister has been embezzling money from the charity.",
        "Critics claim he has been hiding money from the tax office.",
    ],
)
def test_anonymous_accusation_of_hiding_money_is_unsupported(text: str) -> None:
    result = label(text)
    assert result.category is Category.UNSUPPORTED_ALLEGATION
    assert result.confidence is Confidence.UNSUPPORTED
    assert result.attribution.type is AttributionType.ANONYMOUS


@pytest.mark.parametrize(
    "text",
    [
        "These allegations are verified.",
        "The accusations against him have been confirmed.",
        "The claims are proven beyond doubt.",
    ],
)
def test_bare_vouching_for_allegations_is_unsupported(text: str) -> None:
    result = label(text)
    assert result.category is Category.UNSUPPORTED_ALLEGATION
    assert result.confidence is Confidence.UNSUPPORTED
    assert any("vouches" in r for r in result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "The results are verified.",
        "The results have been fully confirmed.",
        "The figures have been independently confirmed.",
    ],
)
def test_bare_claim_of_verification_is_at_most_low(text: str) -> None:
    result = label(text)
    assert result.confidence in {Confidence.LOW, Confidence.NOT_APPLICABLE}
    if result.category is Category.REPORTED_FACT:
        assert any("who verified" in r for r in result.reasons)


def test_verification_with_specifics_or_a_named_source_keeps_its_confidence() -> None:
    dated = label("The figures were confirmed on March 3 by 42 inspectors.")
    assert dated.confidence is Confidence.MEDIUM
    named = label("Police Chief Ana Silva said the reports were verified.")
    assert named.category is Category.ATTRIBUTED_STATEMENT
    assert named.confidence is Confidence.MEDIUM


@pytest.mark.parametrize(
    "text",
    [
        "In a move that has sent shockwaves through Washington and Kyiv, the United States is "
        "reportedly considering a landmark agreement to purchase a large batch of Ukrainian "
        "drones as part of a broader investment in domestic manufacturing.",
        "In a stunning reversal, the European Commission is reportedly preparing to fine "
        "Google over its advertising business.",
    ],
)
def test_loaded_framing_around_a_reported_event_is_a_low_fact(text: str) -> None:
    result = label(text)
    assert result.category is Category.REPORTED_FACT
    assert result.confidence in {Confidence.MEDIUM, Confidence.LOW}
    assert any("loaded framing" in r for r in result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "We should reportedly be ashamed of this disgraceful, shameful deal.",
        "The shameful, disgraceful, appalling plan is reportedly backed by Moscow.",
    ],
)
def test_reporting_hedge_does_not_rescue_an_argument_or_a_tirade(text: str) -> None:
    assert label(text).category is Category.OPINION


@pytest.mark.parametrize(
    "text",
    [
        # an event on a day, its noun phrases coloured by the writer
        "The harbour chair embraced a politically explosive and legally dubious attempt to "
        "close the north quay on Tuesday.",
        "The ferry union will keep its seats on the board after a divisive vote plagued by "
        "scandal on Monday.",
        "The port authority on Friday signed an order meant to protect the quays after a "
        "storm caused massive damage to the north pier.",
    ],
)
def test_a_dated_event_with_coloured_noun_phrases_is_a_low_fact(text: str) -> None:
    result = label(text)
    assert result.category is Category.REPORTED_FACT, result.reasons
    assert any("loaded framing" in r for r in result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday we saw the most disgraceful, shameful and appalling vote in years.",
        "The board should never have signed that disgraceful deal on Friday.",
    ],
)
def test_a_date_does_not_rescue_an_argument_or_a_tirade(text: str) -> None:
    assert label(text).category is Category.OPINION
