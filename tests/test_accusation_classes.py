"""Accusation as a class, not a word list (issue 10): every inflection of a wrongdoing
predicate, a relative's business as a conflict of interest, a definite subject as the accused,
and the public acts of police and courts as facts. Sentences from fixtures/corpus/tune/ (named)
or written here; never from heldout/."""

from __future__ import annotations

import pytest
from labelling import label

from summarizer.schema import AttributionType, Category

A = AttributionType
C = Category




@pytest.mark.parametrize("text", [
    # one stem, every form: 'brib*', 'embezzl*', 'falsif*', 'swindl*', 'whitewash*'
    "The director has been bribing inspectors for a decade.",
    "Halvorsen embezzles from the pension fund every quarter.",
    "The minister falsified the emissions figures before the election.",
    "The contractor swindled pensioners out of their savings.",
    "The agency whitewashed the report on the prison deaths.",
    # the other forms listed word by word, and negligence
    "Her deputy doctored the minutes to hide the vote.",
    "The owner has been pocketing the tips of his waiters.",
    "The firm's negligence killed three workers, and its owners walked away.",
])
def test_every_form_of_a_wrongdoing_predicate_accuses(text: str) -> None:
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.NONE)


@pytest.mark.parametrize("text", [
    "The councillor misled the public about the cost of the stadium.",
    "The landlord intimidated tenants who complained about the damp.",
    "The club's treasurer fiddled the books for years.",
])
def test_a_definite_subject_of_an_accusing_verb_is_the_accused(text: str) -> None:
    # the role is in no list, but 'The X' refers to someone in particular
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.NONE)


def test_an_accusing_noun_after_a_subject_and_a_verb_accuses_no_one() -> None:
    assert label("The bill makes bribery of a foreign official a crime.")[0] is not (
        C.UNSUPPORTED_ALLEGATION)


@pytest.mark.parametrize(("text", "expected"), [
    # tune 09 and 14: an office-holder's relative with a business interest
    ("Mr Tremaine, whose brother-in-law runs the property firm that has already measured up "
     "the building, did not mention what would happen to the site.",
     (C.UNSUPPORTED_ALLEGATION, A.NONE)),
    ("Some of the posts add that the developer is owned by the mayor’s brother.",
     (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)),
    ("The mayor's nephew runs the company that won the contract.",
     (C.UNSUPPORTED_ALLEGATION, A.NONE)),
    ("The governor, whose cousin owns the quarry, approved the permit.",
     (C.UNSUPPORTED_ALLEGATION, A.NONE)),
    # anyone else's relative only hints; a relative who runs no business hints at nothing
    ("Her brother owns the bakery on Mill Lane, which opened in 1990.",
     (C.REPORTED_FACT, A.NONE)),
    ("The pilot, whose son runs marathons, retired in 1994.", (C.REPORTED_FACT, A.NONE)),
])
def test_a_relatives_business_is_a_conflict_of_interest(
        text: str, expected: tuple[Category, AttributionType]) -> None:
    assert label(text) == expected


@pytest.mark.parametrize("text", [
    "Police arrested two men on suspicion of theft on Tuesday.",
    "Halvorsen was charged with embezzlement in March.",
    "The museum reopened its gallery of forged paintings.",
])
def test_public_legal_acts_and_everyday_words_stay_facts(text: str) -> None:
    assert label(text) == (C.REPORTED_FACT, A.NONE)


def test_an_anonymous_source_repeating_an_accusation_idiom() -> None:
    assert label("Insiders say the CEO has been cooking the books.") == (
        C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)


@pytest.mark.parametrize(("text", "expected"), [
    # tune 13: a binding rule broken or flouted, in an unnamed source's words or the author's
    ("“He treats the safety rules like suggestions, and the regulators let him,” said one "
     "ex-manager who asked not to be identified.", (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)),
    ("He poses with rescue dogs for the cameras while his drivers sleep in their cabs to meet "
     "delivery targets that break the legal limits on driving hours.",
     (C.UNSUPPORTED_ALLEGATION, A.NONE)),
    ("The haulier has flouted safety regulations at its depots for years.",
     (C.UNSUPPORTED_ALLEGATION, A.NONE)),
    # a record broken is no rule broken
    ("Ochieng broke the national record by two seconds.", (C.REPORTED_FACT, A.NONE)),
])
def test_a_broken_rule_is_an_accusation(
        text: str, expected: tuple[Category, AttributionType]) -> None:
    assert label(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # tune 18: a conventional metaphor of self-enrichment, from a speaker who is not named
    ("A person who has worked with the company, and who declined to be named, said Halloran had "
     "“treated the harbour budget like her family’s piggy bank.”",
     (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)),
    ("The chairman has run the trust like a personal fiefdom for a decade.",
     (C.UNSUPPORTED_ALLEGATION, A.NONE)),
    # the same figure from a named councillor is her statement, on the record
    ("Councillor Ada Pym said the mayor treated the harbour budget like a piggy bank.",
     (C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)),
])
def test_metaphors_of_self_enrichment_accuse(
        text: str, expected: tuple[Category, AttributionType]) -> None:
    assert label(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # unattributed consensus in more persons, tenses and verbs of shared belief or doubt
    ("Few doubt that the chairman knew about the payments and kept quiet.",
     (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)),
    ("Word has it that the coach was paid off by the bookmakers.",
     (C.UNSUPPORTED_ALLEGATION, A.NONE)),
    ("It is widely known that the minister takes kickbacks.", (C.UNSUPPORTED_ALLEGATION, A.NONE)),
])
def test_unsourced_consensus_that_accuses(
        text: str, expected: tuple[Category, AttributionType]) -> None:
    assert label(text) == expected


def test_a_concealed_act_after_a_definite_subject_accuses_it() -> None:
    assert label("The harbour master has been quietly taking cash from ship owners to skip "
                 "inspections.") == (C.UNSUPPORTED_ALLEGATION, A.NONE)


@pytest.mark.parametrize(("text", "expected"), [
    # tune 13: retaliation against staff who spoke up, from unnamed former staff
    ("Former employees describe a culture of fear in which staff who raised safety concerns "
     "were shown the door within weeks.", (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)),
    # a fixed process and a private life revealed, with no one named behind them
    ("Insiders say the consultation was a stitch-up from the start.",
     (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)),
    ("Friends say the presenter has been having an affair with his producer.",
     (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)),
    # a named union making the same charge is on the record
    ("The Nurses' Union said staff who complained were victimised.",
     (C.ATTRIBUTED_STATEMENT, A.NAMED_ORGANIZATION)),
])
def test_mistreatment_fixed_processes_and_private_lives(
        text: str, expected: tuple[Category, AttributionType]) -> None:
    assert label(text) == expected


def test_billing_fraud_idioms_accuse() -> None:
    assert label("Staff who asked not to be named said the director had been fiddling his "
                 "expenses.") == (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)


@pytest.mark.parametrize(("text", "expected"), [
    ("Sources say the minister's brother-in-law was handed the camp catering contract without "
     "a tender.", (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)),
    ("Everyone in the village knows the inspector turns a blind eye in return for free meals.",
     (C.UNSUPPORTED_ALLEGATION, A.NONE)),
])
def test_a_relative_handed_a_contract_and_a_blind_eye(
        text: str, expected: tuple[Category, AttributionType]) -> None:
    assert label(text) == expected


@pytest.mark.parametrize("text", [
    # a crime named as a topic, with no doer: nobody is accused
    "Reports of harassment on the underground doubled in 2023.",
    "The council has set up a unit to tackle fly-tipping and fraud.",
    "The bank lost $40 million to fraudsters in 2022.",
])
def test_a_crime_named_as_a_topic_accuses_no_one(text: str) -> None:
    assert label(text) == (C.REPORTED_FACT, A.NONE)


def test_keeping_quiet_about_something_is_still_a_concealment() -> None:
    # tune 03: 'about the transfers and chose to keep quiet' is no topic frame
    assert label("It is understood that investigators are now examining whether two former "
                 "members of the town board knew about the transfers and chose to keep quiet.") \
        == (C.UNSUPPORTED_ALLEGATION, A.NONE)


def test_black_market_trade_accuses() -> None:
    assert label("A former employee said the museum’s director had sold artefacts on the black "
                 "market.") == (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)


@pytest.mark.parametrize(("text", "expected"), [
    # a motive imputed by unnamed sources or hearsay is a hidden-motive accusation (rule 1)
    ("Several nurses said the ministry had been sitting on the figures for weeks to avoid bad "
     "headlines.", (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)),
    ("Neighbours claim the landlord wants the building empty so he can sell it to a hotel "
     "chain.", (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)),
    # tune 17
    ("It was said on the docks that the harbour board blocked her promotion to harbour master "
     "in 1980 because it could not stomach a woman in charge.",
     (C.UNSUPPORTED_ALLEGATION, A.NONE)),
    # the stated purpose of an act, in the author's voice or from a named source, is reported
    ("The council closed the road to protect nesting birds.", (C.REPORTED_FACT, A.NONE)),
    ("Ruiz said the ministry delayed the figures to avoid confusion.",
     (C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)),
])
def test_an_imputed_motive_from_no_one_checkable_accuses(
        text: str, expected: tuple[Category, AttributionType]) -> None:
    assert label(text) == expected
