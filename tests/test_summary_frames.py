"""A point's frame says who speaks only when the labeller's source is a speaker.

Sentences here are written for the purpose: each has the shape of a defect seen in
briefing notes (a clause recorded as the source, a verb of saying inside a relative
clause, a headline-like "Name: quote" line), never copied from any article.
"""

from __future__ import annotations

from summarizer.schema import Attribution, AttributionType, Category, Confidence, Sentence
from summarizer.summary.checks import summary_problems
from summarizer.summary.compose import point_for
from summarizer.summary.sourcing import credits_source, source_phrase


def _sentence(text: str, kind: AttributionType, source: str | None,
              category: Category = Category.ATTRIBUTED_STATEMENT) -> Sentence:
    return Sentence(id="S1", paragraph=1, start=0, end=len(text), text=text,
                    category=category, attribution=Attribution(type=kind, source=source),
                    confidence=Confidence.MEDIUM, evidence=[])


def test_a_clause_is_no_source() -> None:
    for clause in ("will give the council the number of buses that Ms. Ruiz",
                   "breaking the regional record", "even as engineers",
                   "where a county judge in Leeds", "the harbour board's report from the"):
        assert source_phrase("The ferry was late.", clause) is None, clause
    assert source_phrase("x", "the Port Authority of Leeds.") == "the Port Authority of Leeds"
    assert source_phrase("x", "a pilot who flew the route") == "a pilot"
    assert source_phrase("x", "people familiar with the talks") == (
        "people familiar with the talks")


def test_said_inside_a_relative_clause_is_not_the_sentences_source() -> None:
    text = ("The new buses add a third to the fleet, and give the council the number "
            "that Ms. Ruiz said in May she needs to cover the whole county.")
    assert source_phrase(text, "Ms. Ruiz") is None
    trailing = "The ferry left two hours late after the storm, the harbour master said."
    assert source_phrase(trailing, "the harbour master") == "the harbour master"


def test_a_point_is_never_framed_with_a_clause() -> None:
    text = ("The new buses add a third to the fleet, and will give the council the "
            "number of buses that Ms. Ruiz said last month she needs to cover the county.")
    sentence = _sentence(text, AttributionType.NAMED_PERSON,
                         "will give the council the number of buses that Ms. Ruiz")
    point = point_for(sentence, [sentence], limit=12)
    assert point is not None
    assert point.text == "The new buses add a third to the fleet."
    assert credits_source(point.text, text, sentence.attribution.source)


def test_a_participle_recorded_as_source_leaves_the_sentence_as_written() -> None:
    text = ("Leeds on Monday counted 4,000 new bus passengers, breaking the regional "
            "record set by any single city last spring.")
    sentence = _sentence(text, AttributionType.DOCUMENT, "breaking the regional record")
    point = point_for(sentence, [sentence], limit=10)
    assert point is not None
    assert point.text == "Leeds on Monday counted 4,000 new bus passengers."


def test_a_real_source_still_frames_the_point() -> None:
    text = "The ferry left two hours late after the storm, the harbour master said."
    sentence = _sentence(text, AttributionType.NAMED_PERSON, "the harbour master")
    point = point_for(sentence, [sentence], limit=10)
    assert point is not None
    assert point.text == (
        "The harbour master said that the ferry left two hours late after the storm.")
    assert not credits_source("The ferry left two hours late.", text, "the harbour master")


def test_the_check_holds_a_clause_source_to_nothing_but_a_real_one_to_its_name() -> None:
    from summarizer.schema import Report, SummaryPoint

    text = "Leeds counted 4,000 new bus passengers, breaking the regional record."
    sentence = _sentence(text, AttributionType.DOCUMENT, "breaking the regional record")
    point = SummaryPoint(text="Leeds counted 4,000 new bus passengers.", kind="reporting",
                         confidence=Confidence.MEDIUM, sentence_ids=["S1"])
    report = Report.model_construct(sentences=[sentence], summary=[point])
    assert summary_problems(report) == []
    named = sentence.model_copy(update={"attribution": Attribution(
        type=AttributionType.DOCUMENT, source="the transport office")})
    report = Report.model_construct(sentences=[named], summary=[point])
    assert summary_problems(report) == [
        "point 'Leeds counted 4,000 new bus passengers.': does not name its source "
        "'the transport office'"]


def test_a_speaker_line_is_no_allegation_clause() -> None:
    text = "Sen. Ana Ruiz: “Anything short” of a full inquiry will “fall into party camps.”"
    sentence = _sentence(text, AttributionType.NONE, None, Category.UNSUPPORTED_ALLEGATION)
    assert point_for(sentence, [sentence]) is None  # never "alleges ... that Sen. Ana Ruiz:"
    plain = ("The fund was emptied into private accounts by the mayor's office, insiders "
             "claim.")
    alleged = _sentence(plain, AttributionType.ANONYMOUS, "insiders",
                        Category.UNSUPPORTED_ALLEGATION)
    point = point_for(alleged, [alleged])
    assert point is not None and point.text == (
        "Insiders alleged, without evidence given, that the fund was emptied into private "
        "accounts by the mayor's office.")


def test_a_fronted_phrase_joined_by_and_goes_whole() -> None:
    from summarizer.summary.compress import compress

    text = ("In a fashion much like the mayor's radio interviews during the race, and the "
            "first weeks of her term, the public meeting was full of errors about the budget.")
    assert compress(text, attributed=True) == (
        "The public meeting was full of errors about the budget.")


def test_we_and_pronominal_some_name_nobody() -> None:
    from summarizer.summary.pronouns import unresolved_lead

    assert unresolved_lead("We're still checking some of the figures the mayor gave.")
    assert unresolved_lead("Some have been shared by the mayor and her staff.")
    assert not unresolved_lead("Some voters said the queue was too long.")
    assert not unresolved_lead("US officials said the ferry was late.")


def test_a_cut_never_falls_inside_a_list() -> None:
    from summarizer.summary.budget import shorten
    from summarizer.summary.compress import compress
    from summarizer.summary.cuts import holds_together

    text = ("The closure on Sunday followed a week after envoys from Norway, Denmark and "
            "Sweden said they believed the ferry was struck by a drone.")
    assert compress(text, attributed=False, limit=14) is None  # no cut keeps it whole
    assert compress(text, attributed=False) == text
    assert shorten(text, 14) == " ".join(text.split()[:13]) + " …"
    assert holds_together("Canada and Britain said they believed it")
    assert not holds_together("citing cracks in its main span.")


def test_a_hyphenated_loaded_modifier_goes_and_its_noun_stays() -> None:
    from summarizer.summary.compress import compress

    text = "The mayor's high-stakes budget vote was put off until Monday."
    assert compress(text, attributed=False) == "The mayor's budget vote was put off until Monday."


def test_a_pronoun_subject_after_fronted_phrases_names_nobody() -> None:
    from summarizer.summary.pronouns import unresolved_lead

    assert unresolved_lead("Now, in the harbour funding debate, he's dropping his demand.")
    assert unresolved_lead("In a statement on Monday, they said the ferry would run.")
    assert not unresolved_lead("On Monday, the council voted to keep the ferry.")
    assert unresolved_lead("That's not the kind of record a harbour board wants.")
    assert unresolved_lead("It’s the first lawsuit the ferry company has lost.")
    assert not unresolved_lead("There's a second ferry on Sundays.")


def test_a_role_noun_after_a_frame_is_lower_case() -> None:
    from summarizer.summary.sourcing import with_source

    assert with_source("Officials at the port sent ten pilots.", "A harbour report",
                       AttributionType.DOCUMENT) == (
        "A harbour report said that officials at the port sent ten pilots.")
    assert with_source("Leeds sent ten pilots.", "The port", AttributionType.NAMED_ORGANIZATION
                       ) == "The port said that Leeds sent ten pilots."


def test_a_span_of_time_before_after_is_never_cut_off() -> None:
    from summarizer.summary.cuts import cut_adjunct

    text = ("Funds set aside for the harbour repairs remain unspent months after the council "
            "made the money available in the spring.")
    assert cut_adjunct(text, 14) is None  # not "... remain unspent months."
    closed = ("The council closed the harbour bridge to all lorries on Monday after engineers "
              "found cracks in the main span.")
    assert cut_adjunct(closed, 14) == (
        "The council closed the harbour bridge to all lorries on Monday.")


def test_a_source_cut_off_inside_a_name_is_completed_from_the_sentence() -> None:
    text = ("The ferry ran late on most days, according to a long-awaited report from the "
            "North Sea Port authority board, released on Tuesday.")
    assert source_phrase(text, "a long-awaited report from the North Sea") == (
        "a long-awaited report from the North Sea Port authority board")
    tracker = "Ferry delays rose by a third, according to a Harbour Gazette tracker."
    assert source_phrase(tracker, "a Harbour Gazette") == "a Harbour Gazette tracker"
    named = "The Harbour Gazette reported that ferry delays rose by a third."
    assert source_phrase(named, "The Harbour Gazette") == "The Harbour Gazette"


def test_an_allegation_is_not_made_from_an_object_verb_or_a_bare_pronoun() -> None:
    accused = ("Many harbour workers have accused Ms. Ruiz of hiding the repair costs and "
               "have filed complaints.")
    sentence = _sentence(accused, AttributionType.ANONYMOUS, "Many harbour workers",
                         Category.UNSUPPORTED_ALLEGATION)
    assert point_for(sentence, [sentence]) is None  # never "alleged that Ms. Ruiz of hiding"
    pronoun = _sentence("It’s the first lawsuit the ferry company has lost to a rival.",
                        AttributionType.NONE, None, Category.UNSUPPORTED_ALLEGATION)
    assert point_for(pronoun, [pronoun]) is None


def test_a_loaded_verb_after_a_copula_is_never_dropped_from_its_clause() -> None:
    from summarizer.summary.compress import compress

    text = "Calls are growing for the harbour master to resign over the ferry delays."
    assert compress(text, attributed=False) is None  # never "Calls are for the ..."
    assert compress(text, attributed=True) == (
        "Calls are “growing” for the harbour master to resign over the ferry delays.")
    assert compress("The ferry was very late.", attributed=False) == "The ferry was late."


def test_a_first_person_account_outside_quotes_is_no_point() -> None:
    mine = _sentence("Two of my ancestors sailed from this harbour in 1780.",
                     AttributionType.NONE, None, Category.REPORTED_FACT)
    assert point_for(mine, [mine]) is None
    quoted = _sentence("“We will reopen the ferry in May,” the harbour master said.",
                       AttributionType.NAMED_PERSON, "the harbour master")
    point = point_for(quoted, [quoted])
    assert point is not None
    assert point.text == "“We will reopen the ferry in May,” the harbour master said."
    us = _sentence("US officials said the ferry would reopen in May.",
                   AttributionType.ANONYMOUS, "US officials")
    assert point_for(us, [us]) is not None
    initial = _sentence("The governor pardoned I. Lewis Grant, the former harbour master.",
                        AttributionType.NONE, None, Category.REPORTED_FACT)
    assert point_for(initial, [initial]) is not None


def test_a_purpose_clause_after_so_goes_when_the_point_is_over_its_words() -> None:
    """"so (that)" before a subject opens a purpose or result clause: it says why, and the
    main clause before it is a whole statement; "so far" and "so many" open no clause."""
    from summarizer.summary.cuts import cut_adjunct

    text = ("The port authority and the ferry union agreed that crews would pause the strike "
            "so the harbour could clear the backlog of lorries.")
    assert cut_adjunct(text, 16) == (
        "The port authority and the ferry union agreed that crews would pause the strike.")
    purpose = ("The council moved the Saturday market to the old quay so that lorries could "
               "reach the bridge works.")
    assert cut_adjunct(purpose, 12) == "The council moved the Saturday market to the old quay."
    so_far = ("The harbour has so far received nine of the twelve pilot boats ordered from the "
              "yard in Leith last spring.")
    assert cut_adjunct(so_far, 12) is None or "so far" in cut_adjunct(so_far, 12)


def test_an_infinitive_completing_a_participle_is_not_cut_off() -> None:
    """"intended to", "forced to", "likely to": the infinitive completes the word before
    it, so a cut there leaves half a phrase ("... a levy intended.")."""
    from summarizer.summary.cuts import cut_adjunct

    for text in ("The harbour board quickly approved a temporary levy intended to pay for "
                 "the new berths in the northern district.",
                 "The ferry operator announced a new timetable likely to cut crossings on the "
                 "northern route in winter."):
        cut = cut_adjunct(text, 12)
        assert cut is None or not cut.rstrip(".").endswith(("intended", "likely"))


def test_a_series_of_one_word_items_is_a_list_too() -> None:
    from summarizer.summary.compress import compress
    from summarizer.summary.cuts import holds_together

    # No "and" closes this series: a cut at its commas would leave "... over the discovery
    # of crude, careless." (modifiers without their noun); the cut falls at "when" instead.
    text = ("On Monday the harbour pilot Ivo Marsh said that the port board had withdrawn his "
            "licence from the service over the discovery of crude, careless, reckless logbook "
            "entries written on a private tablet with friends when he was a trainee.")
    assert compress(text, attributed=True) == text.replace(" when he was a trainee", "")
    assert holds_together("careless, reckless logbook entries")  # an item, then its comma
    assert holds_together("reckless logbook entries", "the discovery of crude, careless")
    assert not holds_together("citing cracks in its main span.", "The ferry was halted")


def test_both_keeps_its_and() -> None:
    from summarizer.summary.cuts import cut_adjunct

    both = ("By noon the harbour master had both closed the north quay to the ferries and "
            "announced that the pilots would be paid for the lost days of the strike.")
    assert cut_adjunct(both, 20) is None  # "had both closed ... ." would be broken English
    plain = both.replace("had both closed", "had closed")
    assert cut_adjunct(plain, 20) == (
        "By noon the harbour master had closed the north quay to the ferries.")


def test_a_bare_pronoun_recorded_as_source_frames_nothing() -> None:
    # "it said" with no antecedent found: "An unnamed source (it) said that ..." names
    # nobody; the point restates the main clause in the article's voice instead.
    text = ("The port board sought to blame the ministry for the new berth fees, and it said "
            "only the minister could change them.")
    assert source_phrase(text, "it") is None
    point = point_for(_sentence(text, AttributionType.ANONYMOUS, "it"), [])
    assert point is not None and "(it)" not in point.text and "unnamed" not in point.text
    assert point.text.startswith("The port board sought to blame the ministry")


def test_a_verb_is_never_cut_off_from_its_delayed_object_clause() -> None:
    from summarizer.summary.budget import shorten
    from summarizer.summary.cuts import holds_together

    # "that" after a comma is the object of "said", held apart by an aside: cut before it
    # and the point says "The pilot said in the hearing, reported on Sunday." (said what?)
    text = ("The harbour pilot said in the hearing, reported by the Coast Courier on Sunday, "
            "that the captain had ordered her to skip the checks before the ferry left.")
    assert holds_together("that the captain had ordered her", "The harbour pilot said")
    assert not shorten(text, 20).startswith(
        "The harbour pilot said in the hearing, reported by the Coast Courier on Sunday.")


def test_a_cut_after_an_abbreviation_ends_on_one_full_stop() -> None:
    from summarizer.summary.compress import compress

    point = compress("The harbour board sent two tugs to meet ferries bound for the U.S., "
                     "telling their captains in a radio call to wait off the north buoy.",
                     attributed=False)
    assert point == "The harbour board sent two tugs to meet ferries bound for the U.S."


def test_a_light_noun_goes_with_the_clause_that_gave_it_content() -> None:
    from summarizer.summary.compress import compress

    point = compress("The council voted 9-4 on Monday night to sell the north quay to Velcom "
                     "in a move that makes the ferry company the largest landowner in the "
                     "harbour for the first time since the port was founded, ending a "
                     "decade of talks.", attributed=False, limit=20)
    assert point == "The council voted 9-4 on Monday night to sell the north quay to Velcom."


def test_a_source_speaking_only_in_a_second_clause_is_not_the_first_clauses_source() -> None:
    # "his aides say" belongs to the second clause; cut that clause and the first is the
    # writer's report: framing it "His aides said that ..." would misattribute it.
    text = ("The mayor did not wait for the vote to stop the ferry company from leaving the "
            "harbour, and his aides say he will turn up the pressure on other firms planning "
            "to move their berths down the coast to Velmar in the spring.")
    assert source_phrase(text, "his aides") is None
    point = point_for(_sentence(text, AttributionType.ANONYMOUS, "his aides"), [], 20)
    assert point is not None and "aides" not in point.text
    assert point.text.startswith("The mayor did not wait for the vote")
    # A closing tag still names the source of the whole sentence.
    assert source_phrase("The ferry was late again on Monday, officials said.",
                         "officials") == "officials"


def test_a_clause_with_its_own_speaker_keeps_its_source_after_it() -> None:
    text = ("Harbour Master Ana Ruiz announced Thursday that pilots guided 2,100 ships into "
            "port in July, breaking the 2,000 mark for the first time, according to port "
            "authority data.")
    # Cut to 20 words, the "according to" phrase goes and the source is named again.
    point = point_for(_sentence(text, AttributionType.DOCUMENT, "port authority data"), [], 20)
    assert point is not None
    assert point.text == ("Harbour Master Ana Ruiz announced Thursday that pilots guided "
                          "2,100 ships into port in July, according to port authority data.")


def test_a_speech_tag_the_labeller_missed_is_never_cut_away() -> None:
    from summarizer.summary.compress import compress

    # Labelled as the writer's own report, the sentence still ends on who says it: cut
    # that tag and the accusation would stand in the writer's voice. The tag stays, and
    # when the point cannot fit with it, no point is made.
    text = ("The harbour chair knew the dredging contract was rigged but failed to stop it, "
            "the council's lawyers argued on Wednesday as they opened the case against him "
            "in the port tribunal, a hearing that included new minutes of the board.")
    assert compress(text, attributed=False) == text.replace(
        ", a hearing that included new minutes of the board", "")
    assert compress(text, attributed=False, limit=20) is None
    # Marked attributed, the tag may go: the frame names the source again.
    assert compress(text, attributed=True, limit=20) == (
        "The harbour chair knew the dredging contract was rigged but failed to stop it.")


def test_a_fronted_word_is_lower_case_after_the_frame_when_the_article_writes_it_so() -> None:
    text = ("Last month, two dozen pilots at the harbour warned about the state of the north "
            "quay, according to a source familiar with the situation.")
    earlier = Sentence(id="S0", paragraph=1, start=0, end=40,
                       text="The board met last week to discuss the quay.",
                       category=Category.REPORTED_FACT,
                       attribution=Attribution(type=AttributionType.NONE, source=None),
                       confidence=Confidence.MEDIUM, evidence=[])
    sentence = _sentence(text, AttributionType.ANONYMOUS, "a source familiar with the situation")
    point = point_for(sentence, [earlier, sentence], 20)  # the tag goes; the frame names it
    assert point is not None and "said that last month, two dozen pilots" in point.text, point


def test_a_subject_is_never_cut_off_from_a_verb_after_its_comma() -> None:
    from summarizer.summary.compress import compress
    from summarizer.summary.cuts import holds_together

    # The comma closes the subject's relative clause; the verb after it is the subject's.
    text = ("A harbour pilot at the port authority who twice raised concerns over the board's "
            "push to have the ferry company inspect its own berths and its cranes, arrived in "
            "uniform at the tribunal to testify on Tuesday in the inquiry into the collapse.")
    assert compress(text, attributed=False) is None  # "A pilot ... who raised concerns." no
    assert holds_together("arrived in uniform at the tribunal",
                          "A pilot who raised concerns over the cranes")
    assert not holds_together("citing the berths", "The pilot resigned on Monday")
    # after a main clause a past form opens a participle phrase, which may go
    assert not holds_together("passed by the council in May", "The board approved the levy")
    assert not holds_together("said the harbour master.", "The berths will close")


def test_a_pronoun_subject_keeps_the_frame_that_names_it() -> None:
    # "It found that ...": the clause opens with a verb of saying, but its speaker is a
    # pronoun; the source goes in front ("Drugmaker Velcom said that it found ..."), not
    # after it, or the point would open with an unresolved "It".
    from summarizer.summary.sourcing import with_source

    framed = with_source("It found that fewer than 10% of the cranes had cracks.",
                         "Drugmaker Velcom", AttributionType.NAMED_ORGANIZATION)
    assert framed == ("Drugmaker Velcom said that it found that fewer than 10% of the cranes "
                      "had cracks.")


def test_the_writers_framing_words_leave_a_reporting_point() -> None:
    from summarizer.offline.engine import label_sentences
    from summarizer.summary.framing import drop_modifiers, framing_words

    assert framing_words(["x", "loaded framing around a reported event: 'dubious', 'divisive'"]
                         ) == ["dubious", "divisive"]
    assert drop_modifiers("The union kept its seats after a divisive vote on Monday.",
                          ["divisive"]) == "The union kept its seats after a vote on Monday."
    assert drop_modifiers("The chair took a legally dubious step on Monday.", ["dubious"]) == (
        "The chair took a step on Monday.")
    assert drop_modifiers("The chair named an able and dubious deputy.", ["dubious"]) is None
    assert drop_modifiers("The union blamed white nationalists.", ["nationalists"]) == (
        "The union blamed white nationalists.")  # the head of its phrase, no modifier
    assert drop_modifiers("It is not the only critical vote.", ["critical"]) == (
        "It is not the only vote.")
    # In a point: the event stays, the writer's adjective goes.
    sentence = label_sentences("The ferry union will keep its seats on the board after a "
                               "divisive vote plagued by scandal on Monday.")[0]
    point = point_for(sentence, [sentence])
    assert point is not None and "divisive" not in point.text and "keep its seats" in point.text


def test_a_noun_in_a_compound_is_no_framing_adjective_to_drop() -> None:
    from summarizer.summary.framing import drop_modifiers

    # "a victory lap" without "victory" is "a lap": an idiom broken, not a view removed
    assert drop_modifiers("The mayor will take a victory lap on Thursday.", ["victory"]) == (
        "The mayor will take a victory lap on Thursday.")


def test_as_credits_the_first_clause_to_its_speaker() -> None:
    # "..., as the harbour master said ...": the speaker stands behind the first clause too
    text = ("The north quay will close for the winter, as the harbour master said on Monday "
            "it would after the storm.")
    assert source_phrase(text, "the harbour master") == "the harbour master"
    from summarizer.summary.sourcing import with_source

    framed = with_source("Harbour Master Ana Ruiz announced that the quay will close.",
                         "The Harbour Board", AttributionType.NAMED_ORGANIZATION)
    assert framed.endswith(", according to the Harbour Board.")
