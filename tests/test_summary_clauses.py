"""A cut summary point is still a sentence: a main clause with its finite verb.

Fresh sentences of the shapes that came out as fragments on news roundups: a subject cut
off before its verb, a relative clause dropped without its preposition, a leading
subordinate clause left alone, a reported clause without its verb.
"""

from __future__ import annotations

import pytest

from summarizer.summary.budget import shorten
from summarizer.summary.clauses import has_main_clause
from summarizer.summary.compress import complete_part, compress, plain
from summarizer.summary.cuts import drop_asides

SUBJECT_ASIDE = ("A senior Treasury official, in a memo to the committee, withdrew the "
                 "department’s objection to a bill passed last spring, and the committee "
                 "will vote on the bill before the end of the month.")
DASHED_RELATIVE = ("The agency processed more passport applications in June -- a month in "
                   "which record numbers of travellers booked summer flights abroad -- than "
                   "in any month so far this year.")
LEADING_CLAUSE = ("Before Maria Lopez won the mayoral race in 2019 — the first time a "
                  "newcomer had won there in 30 years — few people expected the council to "
                  "change course on housing policy.")
REPORTED = ("Local radio reported that the mayor's deputy, a former teacher named Ana Ruiz, "
            "resigned on Monday after a long dispute over the budget for the schools in the "
            "northern districts.")


@pytest.mark.parametrize("fragment", [
    "A senior Treasury official, in a memo to the committee.",
    "The agency processed more passport applications in June -- a month in.",
    "Before Maria Lopez won the mayoral race in 2019 — the first time in 30 years.",
    "Local radio reported that the mayor's deputy, a former teacher named Ana Ruiz.",
    "Four years after losing the county by ten points.",
    "Using the minister's own emails against her.",
    "The judge ruled that the ministry acted unlawfully when Ms Berg, the deputy minister.",
    "At the centre of the inquiry, which was opened last week.",
    "The Clean Harbour Act, a law that bans most diesel ferries.",
    "A small group of senators, led by Sen. Ana Ruiz, D-Ore.",
    "The fee increases, proposed last year.",
    "The harbour minister said on Monday that.",
    "The audit, when finished and officially released.",
    "Tuesday's photographs, from several piers along the quay and in sheds behind the docks.",
    # "May" inside a sentence is the month; a noun after a number is no verb
    "On May 1, 1921, more than 3,000 dockers in the northern ports.",
    # a fronted time phrase, then only a subordinate clause
    "Two years ago, when the mayor opened the new quay in Velmar.",
    # "that" before an article opens a clause, which needs its verb
    "The pilots have voiced fears that a longer season.",
    # a coordinator and the next clause's fronted phrase, its verb cut off
    "The board said ferries should keep to the north channel, but in light of new soundings.",
    "There are 35 berths up for lease this year, and of those.",
    # a verb of saying whose reported clause was cut off
    "The harbour master said in the recording.",
    "Dockers say the $300 a week supplement to their pay.",
    # an infinitive is no finite verb
    "To have a working majority on the harbour board next year.",
])
def test_fragments_are_not_main_clauses(fragment: str) -> None:
    assert not has_main_clause(fragment)


@pytest.mark.parametrize("sentence", [
    "The council approved the harbour plan on Monday.",
    "Fighting flared in the border region overnight.",
    "After the vote, the mayor resigned.",
    "“We will not sign this,” the union said.",
    "Local radio reported that the mayor's deputy resigned on Monday.",
    "The ministry says the figures are final.",
    "In 2019, officials said that the plant was safe.",
    "Ms Berg, who chairs the committee, resigned.",
    "The audit, when it is finished, will be published.",
    "The former mayor died on Friday.",
    "The governor is going all in.",
    "The mayor vetoed the budget, after threatening to do just that.",
    "The mayor said she will raise the levy when the two councils meet in June.",
    # a relative clause on a plural noun, its verb in the plain form
    "The levy rose 4% and falls hardest on tenants who rent flats by the harbour.",
    # an adverb between the subject and its verb
    "They now meet in the old town hall on Fridays.",
    # a noun in "-ment" before the verb of a clause begun by "if": a noun, not an adjective
    "The ferries will stop running if the government raises the harbour levy.",
    # irregular pasts that look like their plain forms, or are rarer
    "The deputy mayor cast the deciding vote.",
    "The board withheld the report.",
    "Berth fees more than doubled in May.",
    "The port may close in May.",
    "More than 300 dockers walk out each year.",
    "Two years ago, when the mayor spoke, the hall was full.",
    "The pilots have voiced fears that a longer season will tire the crews.",
    "The berths will close, the harbour master said on Monday.",
    "The council says no.",
    "The port is expected to have a new master by May.",
    # the second number of a range ends the subject; the verb follows it
    "The vote of 9 to 4 sends the levy back to the harbour board.",
    # a coordinated phrase that holds a clause with its own verb is no cut-off fragment
    "“We mourn, but with confidence that the town will remember her as we knew her.”",
])
def test_sentences_have_main_clauses(sentence: str) -> None:
    assert has_main_clause(sentence)


def test_a_subject_is_never_cut_off_from_its_verb() -> None:
    # The aside between subject and verb goes whole; the cut never stops at its comma.
    assert compress(SUBJECT_ASIDE, attributed=False, limit=20) == (
        "A senior Treasury official withdrew the department’s objection to a bill passed "
        "last spring.")


def test_a_dashed_aside_goes_with_its_relative_clause_and_the_double_hyphen_is_a_dash() -> None:
    expected = ("The agency processed more passport applications in June than in any month "
                "so far this year.")
    assert shorten(DASHED_RELATIVE, 25) == expected
    assert compress(DASHED_RELATIVE, attributed=False, limit=25) == expected


def test_a_leading_subordinate_clause_keeps_its_main_clause() -> None:
    expected = ("Before Maria Lopez won the mayoral race in 2019, few people expected the "
                "council to change course on housing policy.")
    assert shorten(LEADING_CLAUSE, 25) == expected
    assert compress(LEADING_CLAUSE, attributed=False, limit=25) == expected
    # Only the subordinate clause and an aside: nothing is left that could be a point.
    assert compress("After the storm destroyed the old pier in 2018 — the worst storm on "
                    "that coast in 40 years.", attributed=False) is None


def test_a_relative_clause_takes_its_preposition_with_it() -> None:
    assert compress("The court fined the company for polluting the river with waste water "
                    "in which inspectors found high levels of lead and mercury last spring.",
                    attributed=False, limit=15) == (
        "The court fined the company for polluting the river with waste water.")
    assert compress("The mayor opened the new harbour bridge to traffic on Friday, a project "
                    "on which the city has spent nine years and more than 40 million euros.",
                    attributed=False, limit=15) == (
        "The mayor opened the new harbour bridge to traffic on Friday.")


def test_a_restrictive_relative_clause_is_not_cut() -> None:
    # "participants who had the vaccine" says which participants: without it the point
    # would say something else, so no point is made at that length.
    assert compress("The company said that fewer than ten infections were among participants "
                    "who had received two doses of the vaccine in the trial.",
                    attributed=True, limit=12) is None


def test_a_reported_clause_keeps_its_verb() -> None:
    assert compress(REPORTED, attributed=True, limit=20) == (
        "Local radio reported that the mayor's deputy resigned on Monday.")
    assert drop_asides(REPORTED).startswith(
        "Local radio reported that the mayor's deputy resigned on Monday after")


def test_a_cut_off_article_keeps_only_a_main_clause() -> None:
    assert complete_part("Four years after losing the county by ten points, the senator "
                         "has gained ground among older voters, according to") == (
        "Four years after losing the county by ten points, the senator has gained ground "
        "among older voters.")
    assert compress("The council on Monday ended eight disputes over the harbour budget "
                    "including a challenge to the ferry levy brought by the port operators "
                    "last spring.", attributed=False, limit=12) == (
        "The council on Monday ended eight disputes over the harbour budget.")
    assert complete_part("Using the minister's own emails against her, the committee "
                         "laid out") is None


def test_a_quotation_is_cut_away_only_with_its_comment_clause() -> None:
    # The speaker's words stay whole in the point (tests/test_articles.py holds it for
    # every fixture): a trailing cut that is not a comment clause never drops them, so
    # at 20 words there is no point.
    assert compress("The mayor said on Monday that the council was so worried about the "
                    "harbour budget, it was asking for “a full audit of every contract” "
                    "before the vote.", attributed=True, limit=20) is None
    # A participle clause commenting on the main clause goes whole, its quotation with it.
    assert compress("The mayor defended the ferry levy on Monday, describing it as “the "
                    "only way to pay for the berths”.", attributed=True) == (
        "The mayor defended the ferry levy on Monday.")
    assert compress("The port authority on Friday named Ilse Baro as its new director, "
                    "saying she had earned a name as “the fixer of the eastern docks”.",
                    attributed=True) == (
        "The port authority on Friday named Ilse Baro as its new director.")
    # Not a comment clause: the quotation is what the speaker said, and stays.
    assert compress("The harbour master put it plainly, “the berths will not reopen this "
                    "year”.", attributed=True) == (
        "The harbour master put it plainly, “the berths will not reopen this year”.")
    assert compress("Local officials told reporters on Monday, “We will not sign this "
                    "contract until the audit is done and every berth is paid for in full.”",
                    attributed=True, limit=10) is None


def test_a_trailing_dash_clause_and_a_when_clause_go_when_over_the_limit() -> None:
    assert compress("The county is expected on Friday to repeal a decades-old rule that lets "
                    "the port set its own fees for cargo ships — putting the port and the "
                    "county on a path to a long court fight over the harbour.",
                    attributed=False, limit=30) == (
        "The county is expected on Friday to repeal a decades-old rule that lets the port "
        "set its own fees for cargo ships.")
    assert compress("The plan to close the old harbour was dealt a setback on Tuesday when "
                    "voters in the northern districts rejected a levy that would have paid "
                    "for the new berths and the ferry terminal.", attributed=False,
                    limit=20) == "The plan to close the old harbour was dealt a setback on Tuesday."


def test_a_relative_clause_on_an_indefinite_noun_may_go_unless_the_clause_is_negated() -> None:
    # "a race that became a test" entails "a race"; "did not find a document that showed"
    # does not entail "did not find a document".
    assert compress("Voters in the county will choose a harbour commissioner on Tuesday in a "
                    "two-way race that has become a test of the mayor’s ferry plan and of her "
                    "budget.", attributed=False, limit=18) == (
        "Voters in the county will choose a harbour commissioner on Tuesday in a two-way race.")
    assert compress("Inspectors did not find a single document on the ferry contracts that "
                    "showed the levy had been paid to the port on time.", attributed=False,
                    limit=12) is None


def test_a_short_bracketed_aside_goes_when_a_point_is_too_long() -> None:
    assert drop_asides("Council leader Ana Ruiz (Lab.) said the ferry levy (the second in "
                       "two years) would pay for new berths (as she said) by May.") == (
        "Council leader Ana Ruiz said the ferry levy would pay for new berths (as she said) "
        "by May.")


def test_an_aside_between_closed_up_em_dashes_goes_like_a_spaced_one() -> None:
    assert drop_asides("Ferry traffic will shift further to the southern ports—with Velmar "
                       "gaining two berths and Oskel losing one—as the northern quays "
                       "silt up.") == (
        "Ferry traffic will shift further to the southern ports as the northern quays silt up.")
    assert drop_asides("The harbour master—who took the post in May—resigned on Friday.") == (
        "The harbour master resigned on Friday.")
    # The closing dash stood for the comma before a speech tag: the comma comes back.
    assert drop_asides("Berth fees rose 7% in 2019 — the steepest rise in a decade — the "
                       "port said.") == "Berth fees rose 7% in 2019, the port said."
    assert drop_asides("Berth fees rose 7% — the steepest rise in a decade — said the port "
                       "on Monday.") == "Berth fees rose 7%, said the port on Monday."
    assert drop_asides("The harbour master — who took the post in May — said the berths "
                       "would close.") == "The harbour master said the berths would close."
    # A closed-up en dash joins a range: no aside there.
    range_ = "Berth fees rose in 2019–2021 and again in 2023–2024, the port said."
    assert drop_asides(range_) == range_


def test_existential_there_and_a_fronted_time_clause() -> None:
    from summarizer.summary.pronouns import unresolved_lead

    assert not unresolved_lead("There are 30 million renters in the country.")
    assert unresolved_lead("There, officials found the missing ferry.")
    assert not has_main_clause("Hours after the council voted to close the harbour.")
    assert has_main_clause("Two weeks after the vote, the mayor resigned.")
    assert compress("The council and the port made some claims about the levy at a hearing "
                    "on harbour fees:", attributed=False) == (
        "The council and the port made some claims about the levy at a hearing on harbour "
        "fees.")


def test_compression_drops_a_party_tag_and_an_abbreviation_in_brackets() -> None:
    assert plain("Riverton (Harbour News)The council met.") == "The council met."
    assert compress("Senate leader Ana Ruiz (D-Ore.) said the Department of Harbours (DOH) "
                    "would pay for the berths.", attributed=False) == (
        "Senate leader Ana Ruiz said the Department of Harbours would pay for the berths.")


def test_a_second_verb_phrase_and_an_infinitive_on_an_indefinite_noun_may_go() -> None:
    # "A and will B" entails A; "a bill to do X" entails "a bill".
    assert compress("The port authority plans to open the new ferry terminal in May and will "
                    "later add a second berth for cargo ships from the northern islands.",
                    attributed=False, limit=14) == (
        "The port authority plans to open the new ferry terminal in May.")
    assert compress("The council will decide next week on a larger form of a levy to pay "
                    "for new berths at the harbour in the northern district.", attributed=False,
                    limit=14) == "The council will decide next week on a larger form of a levy."
    # "set to vote": the infinitive completes the verb, not an indefinite noun.
    assert compress("The council is set to vote this week on the levy plan for the harbour in "
                    "the north.", attributed=False, limit=8) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Here’s what you need to know.", True),
    ("Here are the candidates' claims about the harbour.", True),
    ("Watch the full interview with the mayor.", True),
    ("Think about it this way: the levy pays for itself.", True),
    ("Hereford council approved the levy.", False),
    ("The council approved the levy on Monday.", False),
    ("If you object to the harbour levy, here’s how to file a complaint.", True),
    ("The Harbour Gazette reported, citing interviews with nine pilots.", True),
    ("The port authority tweeted Friday.", True),
    ("The port authority said Friday that the levy would rise.", False),
    ("The Harbour Gazette reported the levy rise.", False),
    ("The mayor said: “Here is what we know about the levy.”", False),
])
def test_a_signpost_is_no_point(text: str, expected: bool) -> None:
    from summarizer.summary.cuts import signpost

    assert signpost(text) is expected


def test_a_free_ing_adjunct_goes_but_including_and_according_to_stay() -> None:
    assert compress("The mayor defended the ferry levy on Monday, saying the harbour could "
                    "not pay for new berths without it.", attributed=False) == (
        "The mayor defended the ferry levy on Monday.")
    assert compress("The audit found gaps in the harbour accounts, including payments to a "
                    "firm owned by the treasurer.", attributed=False) == (
        "The audit found gaps in the harbour accounts, including payments to a firm owned "
        "by the treasurer.")
    assert compress("The levy passed by seven votes to two, according to the council clerk.",
                    attributed=True) == (
        "The levy passed by seven votes to two, according to the council clerk.")


def test_a_stop_word_or_a_noun_after_a_possessive_is_no_verb() -> None:
    # "as" is no present-tense verb; "the mayor's tweets" is a noun phrase.
    assert not has_main_clause("The town, also known as Old Harbour.")
    assert not has_main_clause("Using the mayor’s tweets and public speeches against her.")
    assert has_main_clause("The mayor’s plans changed.")
    assert has_main_clause("The council says no.")


INSTEAD_OF = ("Instead of hanging lanterns on the bridge or singing carols around the old "
              "harbour fountain, some towns keep stranger winter customs.")


def test_instead_of_is_a_fronted_phrase_not_an_opener() -> None:
    """"Instead of ..." is a preposition heading a fronted phrase, not the adverb "Instead,":
    it never loses its "Instead" ("Of hanging ..."), and a cut never keeps the fronted
    phrase without the main clause after it."""
    for limit in (35, 20):
        point = compress(INSTEAD_OF, attributed=False, limit=limit)
        assert point is None or (point.startswith("Instead of") and "some towns keep" in point)
    plain_opener = "Instead, the council voted to delay the ferry contract until spring."
    assert compress(plain_opener, attributed=False) == (
        "The council voted to delay the ferry contract until spring.")


@pytest.mark.parametrize("opener", ["For instance", "For example", "In addition", "Separately",
                                    "Likewise", "Similarly", "Also", "By contrast",
                                    "On the other hand"])
def test_a_connective_to_the_sentence_before_goes(opener: str) -> None:
    """A connective points back to the sentence before it, which a point does not follow."""
    text = f"{opener}, ferry fares on the northern routes rose by a fifth in the spring."
    assert compress(text, attributed=False) == (
        "Ferry fares on the northern routes rose by a fifth in the spring.")


@pytest.mark.parametrize("sentence", [
    "The council, in a vote on Monday, approved the harbour levy.",
    "Ferry fares rose, in a sign of strain on the northern routes.",
    "The pilots met, on Friday, with the port's owners.",
])
def test_a_prepositional_aside_leaves_the_main_clause_standing(sentence: str) -> None:
    """A comma-set prepositional phrase is no clause, but the clause around it still is."""
    assert has_main_clause(sentence)


def test_one_such_points_back_like_such() -> None:
    from summarizer.summary.pronouns import unresolved_lead

    assert unresolved_lead("One such dispute is playing out at the northern ferry port.")
    assert unresolved_lead("Another such levy was approved by the council in March.")
    assert not unresolved_lead("One ferry pilot was injured in the storm on Monday.")


def test_an_admission_to_a_school_is_no_confession() -> None:
    # "admission" frames a statement as a confession only as "admission that/of".
    assert compress("The academy withdrew her admission to the pilot school on Friday.",
                    attributed=False) == (
        "The academy withdrew her admission to the pilot school on Friday.")
    assert compress("The harbour master made an admission that the log was wrong.",
                    attributed=False) == (
        "The harbour master made a statement that the log was wrong.")


def test_a_place_name_with_its_state_is_one_scene() -> None:
    # "Velmar, Ore." holds a comma: the fronted scene runs to the comma after it, never
    # leaving "Ore., just across the river, ..." as a point's start.
    text = ("In tiny Velmar, Ore., just across the river from Washington, the harbour board "
            "is in the last stages of closing its ferry terminal.")
    assert compress(text, attributed=False) == (
        "The harbour board is in the last stages of closing its ferry terminal.")


def test_an_ing_verb_after_a_contracted_copula_is_no_modifier() -> None:
    # "they're growing louder": "growing" is the verb here; dropping it as an intensifier
    # would say "they're louder", which the article does not say. No point is made.
    assert compress("Some dockers see a threat in the new rules, and they're growing "
                    "louder.", attributed=False) is None
    assert compress("The chair's growing influence worries the harbour board.",
                    attributed=False) == "The chair's influence worries the harbour board."
