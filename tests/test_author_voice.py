"""Author-voice opinion as classes (issue 10): puffery, stance openers, the writer's feelings
and acts of stance, predictions stated as certain, prescriptions with 'need to' and 'would do
well to', and the writer's own narrated experience kept as fact. Sentences from
fixtures/corpus/tune/ (named) or written here; never from heldout/."""

from __future__ import annotations

import pytest

from summarizer.offline.classify import classify
from summarizer.offline.cues import detect
from summarizer.offline.engine import label_sentences
from summarizer.schema import AttributionType, Category

A = AttributionType
C = Category


def category(text: str) -> Category:
    return classify(detect(text)).category


@pytest.mark.parametrize("text", [
    # puffery (tune 11, and written here)
    "The Halo X2 redefines what homeowners can expect from energy storage, delivering unmatched "
    "performance in a sleek, whisper-quiet design.",
    "No other home battery comes close to matching the Halo X2 for power, reliability or value.",
    "The new app delivers unrivalled speed in a sleek package.",
    # stance openers (tune 05, 07; written)
    "On this evidence, the Olympic title next summer is hers to lose.",
    "In practice, the council is throwing money at paint while the buses themselves fall apart.",
    "Frankly, the stadium plan deserves to fail.",
    # the writer's feeling or act of stance (tune 09, 14; written)
    "I was dismayed to read (“Council weighs closing two branch libraries,” March 3) that it may "
    "soon be shut.",
    "I urge every councillor to visit the branch on a Tuesday afternoon before deciding its fate.",
    "We rate this claim False.",
    "We fear the worst for the harbour.",
    # predictions stated as certain (tune 09, 11, 20; written)
    "They will find it full.",
    "Customers will wonder how they ever lived without it.",
    "Customers, as usual in these tie-ups, are likely to be the last to see any benefit.",
    "The merger is likely to hurt small shops most.",
    # prescriptions (tune 05, 13; written)
    "Ochieng’s rivals would be better served studying her final lap than repeating gossip.",
    "It is long past time someone asked Conrad Ashby the hard questions he has spent twenty years "
    "dodging.",
    "The council needs to publish the contract.",
])
def test_author_voice_classes_are_opinion(text: str) -> None:
    assert category(text) is C.OPINION


@pytest.mark.parametrize("text", [
    # the writer's own experience (tune 09; written)
    "I have lived on Elm Street in Corran for thirty-one years, and for most of them I have "
    "walked to the branch library twice a week.",
    "My late husband and I taught our three children to read there.",
    "I asked the clerk for the minutes, and she sent them in an hour.",
    # an announced plan: a date, a number, a schedule word, or plainly put (tune 05, 11; written)
    "The time will go to the International Track Federation for ratification once routine "
    "doping-control procedures are completed.",
    "It weighs 96 kilograms, carries a 15-year warranty and will retail at $9,400 before "
    "installation.",
    "The council will vote on the plan next week.",
    "The new line will open in May.",
    "The museum will close its east wing for repairs.",
    # 'will' as a noun, and a forecast asked about rather than made
    "The board lacked the will to act on the audit in 2019.",
])
def test_narrated_experience_and_announced_plans_stay_facts(text: str) -> None:
    assert category(text) is C.REPORTED_FACT


def test_a_forecast_with_a_named_source_is_attributed() -> None:
    assert category("Ruiz said voters will punish the party for this.") is (
        C.ATTRIBUTED_STATEMENT)


def test_relayed_hearsay_is_no_author_forecast() -> None:
    result = classify(detect("It is believed the plant will close in May."))
    assert (result.category, result.attribution.type) == (C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)


@pytest.mark.parametrize("text", [
    # conventional idioms of judgement (tune 09, 19; written)
    "That is a rounding error in a city budget of $640 million.",
    "A government that has to hand out favours to pass its central bill every year is living "
    "on borrowed time.",
    "The new parking levy is a drop in the ocean next to the deficit.",
    "Raising the fee again just kicks the can down the road.",
    # 'most' before an evaluative word ranks without a measure (tune 10)
    "Review: ‘Perfect Little Heartbreak’ is Maren Solvik’s most uneven record yet",
])
def test_idioms_rankings_and_unspoken_verdicts_are_opinion(text: str) -> None:
    assert category(text) is C.OPINION


@pytest.mark.parametrize(("quotation", "expected"), [
    # tune 12: an evaluative quotation with no speaker anywhere near it is opinion
    ("“Serena looked absolutely heartbroken.”", (C.OPINION, A.NONE)),
    # one that does not evaluate is reporting by someone unnamed
    ("“The ferry leaves at six.”", (C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)),
])
def test_a_quotation_with_no_speaker(quotation: str,
                                     expected: tuple[Category, AttributionType]) -> None:
    text = f"The harbour was quiet on Sunday.\n\n{quotation}"
    last = label_sentences(text)[-1]
    assert (last.category, last.attribution.type) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the writer's 'I' or 'we' before a verb of belief is the writer's stance, not a source
    ("Nonetheless I believe the plan falls short for legal reasons.", C.OPINION),
    ("We believe the council acted too late.", C.OPINION),
    # the writer telling what they did is the writer's experience, reported
    ("I told the clerk that the form was missing.", C.REPORTED_FACT),
])
def test_the_writers_own_pronoun_is_no_source(text: str, expected: Category) -> None:
    assert category(text) is expected


def test_a_dated_report_is_only_coloured_by_a_puffed_word() -> None:
    assert category("The world-class novelist died on Tuesday at her home in Lisbon, aged 88.") \
        is C.REPORTED_FACT


def test_a_perfect_copula_takes_an_evaluative_predicate() -> None:
    assert category("The council's response has been shameful.") is C.OPINION


@pytest.mark.parametrize("text", [
    "Their lawyers will appeal.",  # 'their' points at people, it sweeps over no group
    "Passengers will be offered refunds.",  # a passive future announces an arrangement
    "The money will go to flood defences in the north.",
])
def test_announced_plans_with_will_stay_facts(text: str) -> None:
    assert category(text) is C.REPORTED_FACT


@pytest.mark.parametrize("text", [
    # an explanatory opener or a requirement with a date or a figure reports a rule
    "In practice, the rule applies only to buildings completed after 2015.",
    "Applicants need to register by March 1.",
])
def test_dated_or_measured_rules_stay_facts(text: str) -> None:
    assert category(text) is C.REPORTED_FACT
