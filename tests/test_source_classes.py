"""Sources as classes (issue 10): an indefinite noun phrase of common nouns is an unnamed
speaker, the ways of asking for anonymity, a bare plural told from a surname by verb agreement,
and consensus words inside someone's quotation. Sentences from fixtures/corpus/tune/ (named)
or written here; never from heldout/."""

from __future__ import annotations

import pytest

from summarizer.offline.classify import classify
from summarizer.offline.cues import detect
from summarizer.schema import AttributionType, Category

A = AttributionType
C = Category


def label(text: str) -> tuple[Category, AttributionType]:
    result = classify(detect(text))
    return result.category, result.attribution.type


@pytest.mark.parametrize("text", [
    "Several former staff said the depot would close in June.",
    "A nurse on the ward said the shifts had been cut to eight hours.",
    "One ex-manager who asked not to be identified said the depot would close in June.",
    "An engineer who was not authorised to speak publicly said the line would reopen on Monday.",
    # tune 16
    "A police officer at the bridge, who did not give his name, told our reporter that two "
    "people had been rescued from a car shortly before the closure.",
])
def test_an_indefinite_speaker_of_common_nouns_is_anonymous(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)


@pytest.mark.parametrize(("text", "expected"), [
    # an institution placed by a name, an organisation noun, a noun phrase cut at 'the'
    ("A jury in Coldwater County found former Lakeport town treasurer Gerald Pennick guilty on "
     "Friday of embezzling $1.2 million from municipal accounts over six years.",
     (C.REPORTED_FACT, A.NONE)),
    ("One version of the claim had been shared more than 12,000 times by Wednesday afternoon.",
     (C.REPORTED_FACT, A.NONE)),
    ("A spokeswoman for Norvik Energy said the plant would reopen.",
     (C.ATTRIBUTED_STATEMENT, A.NAMED_ORGANIZATION)),
])
def test_a_name_or_a_non_person_keeps_its_kind(
        text: str, expected: tuple[Category, AttributionType]) -> None:
    assert label(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Parents have long claimed that the crossing is too short for the school run.",
     A.ANONYMOUS),
    ("Farmers say the new rules arrived too late for this year's harvest.", A.ANONYMOUS),
    ("Sanders says the rules arrived too late.", A.NAMED_PERSON),
    ("Adams has argued that the rules arrived too late.", A.NAMED_PERSON),
])
def test_verb_agreement_tells_a_bare_plural_from_a_surname(
        text: str, expected: AttributionType) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, expected)


def test_consensus_words_inside_a_quotation_are_the_speakers() -> None:
    # tune 12: the source is the unnamed speaker, not impersonal consensus
    text = ("“Everyone on set knows what’s going on — they’re not even hiding it any more,” a "
            "source close to the show said.")
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)
