"""Author-voice opinion that read as reported fact: an attitude disjunct ("Sadly, ..."), the
impersonal 'one' that thinks ("one suspects"), an epistemic modal weighed by 'still' or 'well',
a work described by a verb it cannot literally do ("the second act sags"), the "nobody asked
for" relative, a question about what something is worth, conventional verdict idioms, stance
openers of inference; and the guards: a dated or measured report behind a disjunct, a numeral
'one', an object after "asked for", a chart position, a sum after 'worth', a group's feeling
after a capitalised name. Sentences written here for the purpose; never from heldout/."""

from __future__ import annotations

import pytest
from labelling import label

from summarizer.schema import AttributionType, Category

A = AttributionType
C = Category


@pytest.mark.parametrize("text", [
    # attitude disjuncts: an opening comment on the whole claim
    "Sadly, the trust has again put the car park before the children's ward.",
    "Unfortunately for commuters, the new timetable was drawn up by people who never ride it.",
    "Mercifully, the speeches were short.",
    # the impersonal 'one' as the writer
    "One suspects the mayor has already chosen his successor.",
    "The board, one imagines, will not be sorry to see him go.",
    "One can only hope the inquiry reads the letters this time.",
    # speculation weighed by 'still', 'yet', 'well'
    "The takeover could still fall apart over the pension fund.",
    "The league title may yet slip through their fingers.",
    "This might well be the last summer the lido opens.",
    # a work or its part described by a figure of judgement
    "The third act drags badly, and the ending arrives with a shrug.",
    "The brown butter sauce sings.",
    "The plot meanders for forty minutes before anything happens.",
    "‘Salt Roads’ sags under its own good intentions",
    "The closing section plods from one funeral to the next.",
    "After a bright start, the memoir loses its way in family feuds.",
    # the "nobody asked for" relative
    "The town now has a second roundabout that nobody asked for.",
    "The ministry has launched a rebrand no one wanted.",
    # a question about what something is worth
    "Was the four-year wait worth it?",
    # verdict idioms and stance openers of inference
    "The trust is selling off the family silver to balance one year's books.",
    "Not one of the directors had the decency to resign.",
    "On this showing, the club will be lucky to stay up.",
    "In theory, the new rota gives every nurse a weekend off.",
    # feelings of the writer
    "I am weary of hearing that the bypass will fix everything.",
    # aesthetic appraisal
    "The middle chapters are leaden and overlong.",
    # a simile in the writer's voice, and a recommendation in the imperative
    "The chairman ducked every question like a boxer on the ropes.",
    "Go for the lamb and skip the pudding.",
    # a ranking above everyone, with no measure
    "Nobody has done more to keep the chapel roof on than its caretaker.",
    # a conditional forecast in the writer's voice
    "If the ferry company folds, the island could lose its only link to the mainland.",
])
def test_author_voice_opinion(text: str) -> None:
    assert label(text) == (C.OPINION, A.NONE)


@pytest.mark.parametrize("text", [
    # a disjunct before a dated or measured report only colours it
    "Sadly, the bakery on Mill Lane closed in March after 62 years.",
    # 'Importantly' points at a detail; it does not comment on it
    "Importantly, the new rules apply to flats built after the fire.",
    # the numeral 'one' and a noun
    "One suspect was held overnight and released without charge.",
    # 'asked for' with its object reports a request
    "No one asked for a recount after the result was declared.",
    # a chart position and a sum are measures
    "The single soared to the top of the download chart.",
    "Is the farmhouse worth £900,000?",
    # the terms of a proposal, and a measured legal consequence
    "If approved, the scheme would add a cycle lane to Harbour Road.",
    "If convicted, she could face up to five years in prison.",
    "No one at the depot worked more than 48 hours a week in 2023.",
    # an estimate is not a simile
    "Something like a third of the 400 stalls were taken by 9 a.m.",
    # the judging words belong to a title
    "The band’s single ‘Summer Drags’ opens the record.",
    "The play ‘Nobody Asked For This’ closes on Saturday.",
    # refuse, not a judgement
    "Household waste collections will move to Tuesdays from next month.",
    # frequency adverbs are not stance adverbs
    "The ferry sails fortnightly from Port Ellery to the outer islands.",
])
def test_reported_not_opinion(text: str) -> None:
    assert label(text) == (C.REPORTED_FACT, A.NONE)


@pytest.mark.parametrize("text", [
    "Kellow supporters are angry that the club sold its captain in August.",
    "Dairy farmers were worried about the new water rules.",
    "Tenants on the Maple Court estate are worried that the lifts will not be fixed.",
])
def test_named_group_feeling_is_reported(text: str) -> None:
    """A group's feeling with its complement is the group's view, reported, even when the
    group is a common noun after a capitalised name ("Kellow supporters")."""
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)


@pytest.mark.parametrize("text", [
    "“The second act sags, and everyone in the room knew it,” said the director, Ola Brandt.",
    "Councillor Ines Hart said the deal could still fall apart.",
])
def test_evaluation_inside_a_source_stays_attributed(text: str) -> None:
    assert label(text) == (C.ATTRIBUTED_STATEMENT, A.NAMED_PERSON)


def test_unnamed_critics_judging_a_work_stay_attributed() -> None:
    assert label("Critics said the second act sags.") == (C.ATTRIBUTED_STATEMENT, A.ANONYMOUS)
