"""Who stands behind an accusation (issue 10): a noun of saying is not a verb of saying, a
liveblog time is no part of a speaker, a speaker who withholds a name is anonymous, rumour and
'it is claimed' about someone named are unsupported allegations, and a record buried or ordered
destroyed is a cover-up. Every sentence is written here; none comes from the corpus."""

from __future__ import annotations

import pytest
from labelling import label

from summarizer.offline.classify import classify
from summarizer.offline.cues import detect
from summarizer.schema import AttributionType, Category

A = AttributionType
C = Category


@pytest.mark.parametrize("text", [
    "A similar claim appeared in the Tarnby Courier in April.",
    "A separate report surfaced on Thursday about the harbour dredging.",
    "Her earlier claim drew a sharp reply from the board.",
    "Another claim circulated on a fans' forum over the weekend.",
    "The latest report ran to 212 pages.",
    "Brenner’s claim was dismissed by the tribunal in 2023.",
])
def test_a_noun_of_saying_after_a_determiner_or_possessive_is_no_speaker(text: str) -> None:
    assert label(text) == (C.REPORTED_FACT, A.NONE)


@pytest.mark.parametrize(("text", "expected"), [
    ("A steward at the ground claims the gates opened late.", A.ANONYMOUS),
    ("Residents claim the gates opened late.", A.ANONYMOUS),
    ("Ilse Brenner claims the gates opened late.", A.NAMED_PERSON),
    ("The club’s supporters claim the gates opened late.", A.ANONYMOUS),
])
def test_the_verb_of_saying_itself_keeps_its_speaker(
        text: str, expected: AttributionType) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, expected)


def test_a_liveblog_time_is_no_part_of_the_speaker() -> None:
    result = classify(detect("19:35 Two stewards told us the gates had opened twenty minutes "
                             "late."))
    assert result.attribution.source is not None
    assert not result.attribution.source[:1].isdigit()


@pytest.mark.parametrize("text", [
    "An engineer at Talbot Rail, who would not give his name, said the viaduct had been "
    "patched with the wrong concrete.",
    "A nurse at St Aldric’s, who declined to give her name, told us the ward was short of "
    "four staff.",
])
def test_a_speaker_who_withholds_a_name_is_anonymous(text: str) -> None:
    assert label(text)[1] is A.ANONYMOUS


def test_an_unnamed_spokesperson_still_speaks_for_the_body() -> None:
    assert label("A spokesman for Talbot Rail, who asked not to be named, said the line would "
                 "reopen on Monday.") == (C.ATTRIBUTED_STATEMENT, A.NAMED_ORGANIZATION)


@pytest.mark.parametrize("text", [
    "It is claimed that Councillor Imre Vost kept the raffle money.",
    "It is rumoured that Vost’s driver was paid from the parish fund.",
    "Rumours have swept Oakmere for weeks that Imre Vost rigged the allotment draw.",
    "There are rumours that Vost had the tender papers before anyone else.",
    "08:10 Rumours are going round the count that ballots from the Tarnby ward went missing.",
])
def test_rumour_and_it_is_claimed_about_someone_named_are_allegations(text: str) -> None:
    assert label(text) == (C.UNSUPPORTED_ALLEGATION, A.NONE)


@pytest.mark.parametrize(("text", "expected"), [
    ("It is claimed that the ferry will sail an hour late on Friday.",
     (C.REPORTED_FACT, A.NONE)),
    ("Imre Vost denied rumours that he had kept the raffle money.",
     (C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)),
])
def test_hearsay_about_no_one_or_a_denial_is_no_allegation(
        text: str, expected: tuple[Category, AttributionType]) -> None:
    assert label(text) == expected


@pytest.mark.parametrize("text", [
    "It is rumoured that Dana Pell will join the Wexmoor board in June.",
    "Rumours are swirling that Pell is set to sign for Oakmere Rovers.",
])
def test_a_rumoured_forecast_about_someone_named_reveals_no_deed(text: str) -> None:
    assert label(text)[0] is not C.UNSUPPORTED_ALLEGATION


@pytest.mark.parametrize("text", [
    "It is understood that the site manager was told to shred the inspection logs.",
    "We understand the depot’s own safety review was quietly shelved in March.",
    "The review of the depot’s accounts was buried after the treasurer saw it.",
])
def test_a_record_buried_or_ordered_destroyed_is_a_cover_up(text: str) -> None:
    assert label(text)[0] is C.UNSUPPORTED_ALLEGATION


def test_an_ordinary_retention_rule_accuses_no_one() -> None:
    assert label("Clinics were told to delete patient data after 30 days.")[0] is (
        C.REPORTED_FACT)


@pytest.mark.parametrize("text", [
    "A former shift supervisor at the Tarnby depot said the night bus would be cut in May.",
    "A volunteer for the Oakmere Food Bank told us the shelves were half empty by noon.",
])
def test_an_unnamed_person_placed_at_a_workplace_or_group_is_anonymous(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)


def test_a_jury_placed_in_a_county_is_no_unnamed_person() -> None:
    assert label("A jury in Wexmoor County found Orla Tighe guilty on Monday of forging "
                 "three wills.") == (C.REPORTED_FACT, A.NONE)


@pytest.mark.parametrize(("text", "expected"), [
    ("Reports suggest the Tarnby coach took bribes to pick certain players.",
     (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)),
    ("Reports in Portugal say the midfielder will sign on Friday.",
     (C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)),
    ("The report says the coach took cash to pick certain players.",
     (C.ATTRIBUTED_STATEMENT, A.DOCUMENT)),
])
def test_press_reports_with_no_outlet_are_unnamed_talk(
        text: str, expected: tuple[Category, AttributionType]) -> None:
    assert label(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A whistleblower says Harrow Dairies diluted its organic milk.",
     (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)),
    ("A complainant told the paper that Councillor Vost sent the threats.",
     (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)),
    ("The whistleblower said she had worked on the packing line for nine years.",
     (C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)),
])
def test_an_unnamed_whistleblower_about_someone_named_alleges(
        text: str, expected: tuple[Category, AttributionType]) -> None:
    assert label(text) == expected


def test_a_scare_quoted_headline_with_no_speaker_is_an_allegation() -> None:
    assert label("Quiz host Dana Pell ‘embezzled prize fund’") == (
        C.UNSUPPORTED_ALLEGATION, A.NONE)


def test_a_title_in_quotation_marks_is_no_claim() -> None:
    assert label("Her memoir ‘The Swindler’s Daughter’ sold 30,000 copies.") == (
        C.REPORTED_FACT, A.NONE)


def test_an_accusation_glued_onto_an_unnamed_speaker_is_no_ones() -> None:
    assert label("Two drivers said the depot closed early on Friday, and the depot manager "
                 "has been falsifying the overtime sheets.") == (
        C.UNSUPPORTED_ALLEGATION, A.NONE)


@pytest.mark.parametrize(("text", "expected"), [
    ("Some parents claim the headteacher kept the trip money back.",
     (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)),
    ("Some parents claim the chief reason is the bus timetable.",
     (C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)),
])
def test_claim_about_an_office_holder_is_pointed(
        text: str, expected: tuple[Category, AttributionType]) -> None:
    assert label(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two detectives say the commissioner leaned on them to drop the fraud inquiry.",
     C.UNSUPPORTED_ALLEGATION),
    ("It is understood that the chairman pressured the auditors to drop their review.",
     C.UNSUPPORTED_ALLEGATION),
    ("The committee voted on Tuesday to drop the inquiry.", C.REPORTED_FACT),
    ("Tenants pressured the housing board to open an inquiry.", C.REPORTED_FACT),
])
def test_pressure_to_drop_an_inquiry_is_obstruction(text: str, expected: Category) -> None:
    assert label(text)[0] is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Wexmoor keeper ready to quit, say sources", (C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)),
    ("Mayor Ilse Brenner took cash from builders, claim insiders",
     (C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)),
])
def test_a_sentence_case_headline_ending_in_verb_and_source_is_sourced(
        text: str, expected: tuple[Category, AttributionType]) -> None:
    assert label(text) == expected


@pytest.mark.parametrize("text", [
    "Former cashier Lena Oyelaran said the manager had falsified the till records.",
    "Whistleblower Pavel Grint told the inquiry that the depot forged its safety logs.",
    "Raffle organiser Bea Tandy claimed the treasurer pocketed the proceeds.",
])
def test_a_role_noun_before_a_full_name_names_the_accuser(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)


def test_a_name_after_a_preposition_is_not_the_speaker() -> None:
    assert label("Critics of Councillor Bea Tandy say she falsified the minutes.") == (
        C.UNSUPPORTED_ALLEGATION, A.ANONYMOUS)


def test_a_purpose_after_a_noun_of_plan_imputes_no_motive() -> None:
    # what a deal or a fund is for is stated by its makers; a purpose after an act is imputed
    plan = ("Ivo Marsh is open to waiting until spring for the harbour money, council officials "
            "said Monday, in a shift that could let the board strike a deal to avoid a strike.")
    assert label(plan)[0] is Category.ATTRIBUTED_STATEMENT
    act = "Council officials said the mayor delayed the audit to avoid bad headlines."
    assert label(act)[0] is Category.UNSUPPORTED_ALLEGATION


def test_charged_that_is_speech_and_charged_with_is_a_legal_act() -> None:
    said = "Some harbour workers, who asked not to be named, charged that Ms. Ruiz hid the costs."
    assert label(said) == (Category.UNSUPPORTED_ALLEGATION, AttributionType.ANONYMOUS)
    assert label("Police charged a harbour worker with theft on Monday.") == (
        Category.REPORTED_FACT, AttributionType.NONE)


@pytest.mark.parametrize(("text", "category"), [
    # retaliation against people punishes them; against a policy it is a state's act
    ("Officials said the governor retaliated against some of the harbour staff.",
     Category.UNSUPPORTED_ALLEGATION),
    ("Exports fell as the region's farms were hit by retaliation against Kerry's trade policy.",
     Category.REPORTED_FACT),
    # a neutral purpose imputes no motive; a self-serving one does, with or without 'in order'
    ("Kerry officials said the guard fired by mistake and had meant to use a stun gun.",
     Category.ATTRIBUTED_STATEMENT),
    ("Council officials said the mayor delayed the audit in order to avoid bad headlines.",
     Category.UNSUPPORTED_ALLEGATION),
    ("Council officials said the cuts were timed to make the accounts look healthy.",
     Category.UNSUPPORTED_ALLEGATION),
])
def test_retaliation_and_purpose(text: str, category: Category) -> None:
    assert label(text)[0] is category
