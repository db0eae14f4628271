"""Cue detection: each cue family on sentences written for the test."""

from __future__ import annotations

import pytest

from summarizer.offline.cues import detect, quote_spans
from summarizer.offline.phrases import PhraseMatcher, fold
from summarizer.schema import AttributionType


def kinds(text: str, *, quoted: bool | None = None) -> set[str]:
    return {c.kind for c in detect(text).cues if quoted is None or c.quoted is quoted}


def test_cue_offsets_point_at_their_words() -> None:
    text = "Critics say the plan is a shameful, very costly scheme, reportedly worth $4 billion."
    for cue in detect(text).cues:
        assert text[cue.start : cue.end] == cue.text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The minister allegedly siphoned money abroad.", "allegation"),
        ("It is a shameful decision.", "evaluative"),
        ("The results were extremely poor.", "intensifier"),
        ("The firm reportedly cut 300 jobs.", "hedge"),
        ("The government should act now.", "obligation"),
        ("Prices might rise next year.", "speculation"),
        ("Is this really the best we can do?", "question"),
        ("What a disgrace!", "exclamation"),
        ("We owe our children better.", "first_person"),
        ("You will pay for this.", "second_person"),
        ("It was the worst budget in memory.", "superlative"),
        ("The vote took place on March 3, 2024.", "date"),
        ("Turnout reached 61 percent.", "number"),
        ("The report underscores the danger.", "interpretive"),
        ("Insiders said the talks happened behind closed doors.", "allegation_weak"),
        ("He spoke on condition of anonymity.", "anonymous_marker"),
    ],
)
def test_cue_families(text: str, kind: str) -> None:
    assert kind in kinds(text)


def test_words_inside_quotes_are_marked_quoted() -> None:
    cues = detect("“This is a shameful deal,” the senator said.")
    evaluative = [c for c in cues.cues if c.kind == "evaluative"]
    assert evaluative and all(c.quoted for c in evaluative)


def test_scare_quotes_are_short_quoted_phrases_mid_sentence() -> None:
    assert "scare_quote" in kinds("The so-called ‘reform’ changed nothing.")
    assert "scare_quote" not in kinds("‘We will rebuild the city,’ the mayor said.")


def test_quote_spans_ignore_apostrophes() -> None:
    text = "Zelensky’s aide said ‘the talks went well’ and left."
    spans = quote_spans(text)
    assert [text[s:e] for s, e in spans] == ["‘the talks went well’"]


@pytest.mark.parametrize(
    ("text", "source", "kind", "named"),
    [
        ("According to Reuters, the plant closed.", "Reuters", AttributionType.NEWS_OUTLET, True),
        ("Senator Jane Doe said the bill would pass.", "Senator Jane Doe",
         AttributionType.NAMED_PERSON, True),
        ("The Pentagon confirmed the strike.", "The Pentagon",
         AttributionType.NAMED_ORGANIZATION, True),
        ("Sources close to the cabinet claimed the minister lied.",
         "Sources close to the cabinet", AttributionType.ANONYMOUS, False),
        ("Some experts argue the policy failed.", "Some experts", AttributionType.ANONYMOUS,
         False),
        ("‘It will work,’ said a senior official.", "a senior official",
         AttributionType.ANONYMOUS, False),
        ("The figures were first published by the Office for National Statistics.",
         "the Office for National Statistics", AttributionType.NAMED_ORGANIZATION, True),
    ],
)
def test_sources(text: str, source: str, kind: AttributionType, named: bool) -> None:
    found = detect(text).source
    assert found is not None
    assert found.text == source
    assert found.type is kind
    assert found.named is named


def test_statement_to_an_outlet_names_speaker_and_outlet() -> None:
    # The speaker, not the channel (annotation guide): Trump speaks, through the outlet.
    found = detect("Trump, in a statement to the Financial Times, called it fine.").source
    assert found is not None
    assert found.type is AttributionType.NAMED_PERSON
    assert found.text == "Trump"
    assert found.outlet == "the Financial Times"


def test_pronoun_source_is_flagged_for_resolution() -> None:
    found = detect("She insisted that the deal was fair.").source
    assert found is not None and found.pronoun


@pytest.mark.parametrize(
    "text",
    [
        "The United States imposed new tariffs on steel.",
        "This admission hints at a deeper problem.",
        "Prices rose by 3% in May.",
        "The figures have been independently confirmed.",
        "The results were quickly reported.",
    ],
)
def test_no_source_where_none_is_named(text: str) -> None:
    assert detect(text).source is None


def test_phrase_matcher_prefers_longest_and_matches_stems() -> None:
    matcher = PhraseMatcher([("shell companies", "a"), ("web of shell companies", "b"),
                             ("skyrocket*", "c")])
    text = fold("A web of shell companies made prices skyrocket, then they skyrocketed.")
    found = [(text[s:e], v) for s, e, v in matcher.finditer(text)]
    assert found == [("web of shell companies", "b"), ("skyrocket", "c"), ("skyrocketed", "c")]


def test_phrase_matcher_respects_word_ends() -> None:
    matcher = PhraseMatcher([("mob", "x")])
    assert list(matcher.finditer("a mobile phone")) == []
    assert [(s, e) for s, e, _ in matcher.finditer("an angry mob.")] == [(9, 12)]


def test_fold_keeps_offsets() -> None:
    text = "İstanbul Officials"
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "source", "kind", "vague"),
    [
        ("Power returns by Friday, the regional utility said.", "the regional utility",
         AttributionType.NAMED_ORGANIZATION, True),
        ("“We are working on it,” said Karen Holt, a spokeswoman for Northern Grid.",
         "Karen Holt", AttributionType.NAMED_PERSON, False),
        ("A spokeswoman for Northern Grid said crews were on site.",
         "A spokeswoman for Northern Grid", AttributionType.NAMED_ORGANIZATION, False),
        ("A report published by the state regulator found 12% of lines overdue.",
         "A report published by the state regulator", AttributionType.DOCUMENT, True),
        ("Critics have long argued the regulator is weak.", "Critics",
         AttributionType.ANONYMOUS, False),
    ],
)
def test_more_source_shapes(text: str, source: str, kind: AttributionType, vague: bool) -> None:
    found = detect(text).source
    assert found is not None
    assert found.text == source
    assert found.type is kind
    assert found.vague is vague


def test_relative_clause_between_subject_and_verb() -> None:
    found = detect("One resident, who asked not to be named, claimed the plant leaked.").source
    assert found is not None
    assert found.text == "One resident"
    assert found.type is AttributionType.ANONYMOUS


@pytest.mark.parametrize(
    ("headline", "source", "kind"),
    [
        ("Mill Closes After 90 Years, Reveals Reuters", "Reuters", AttributionType.NEWS_OUTLET),
        ("Rates Will Rise ‘Sooner Than Expected’ Says Analysts", "Analysts",
         AttributionType.ANONYMOUS),
        ("Port Chief Under Scrutiny Over Contract, Sources Say", "Sources",
         AttributionType.ANONYMOUS),
        ("Council Hid the Costs, Residents Claim", "Residents", AttributionType.ANONYMOUS),
    ],
)
def test_headline_sources(headline: str, source: str, kind: AttributionType) -> None:
    found = detect(headline).source
    assert found is not None
    assert (found.text, found.type) == (source, kind)


@pytest.mark.parametrize(
    ("text", "source", "kind", "vague"),
    [
        ("Maria Lopez, the chief executive of Acme Corp, said 500 jobs would go.", "Maria Lopez",
         AttributionType.NAMED_PERSON, False),
        ("Mayor Ines Duarte replied that the figures were out of date.", "Mayor Ines Duarte",
         AttributionType.NAMED_PERSON, False),
        ("The deal was signed, according to three people familiar with the matter.",
         "three people familiar with the matter", AttributionType.ANONYMOUS, False),
        ("\"I have never seen this,\" said one prominent centrist Democrat.",
         "one prominent centrist Democrat", AttributionType.ANONYMOUS, False),
        ("A senior Republican said the bill would fail.", "A senior Republican",
         AttributionType.ANONYMOUS, False),
        ("His lawyer, Ahmed Rahman, said his client would appeal.", "Ahmed Rahman",
         AttributionType.NAMED_PERSON, False),
        ("A spokeswoman for the port authority, Lena Marsh, flatly denied any wrongdoing.",
         "Lena Marsh", AttributionType.NAMED_PERSON, False),
        ("The move is a betrayal, according to opposition leader Kemi Badenoch.",
         "opposition leader Kemi Badenoch", AttributionType.NAMED_PERSON, False),
        ("The ministry said in a statement that the outbreak was contained.", "The ministry",
         AttributionType.NAMED_ORGANIZATION, True),
        ("Police said three people were arrested.", "Police",
         AttributionType.NAMED_ORGANIZATION, True),
        ("Prices rose 3.2%, the Office for National Statistics said.",
         "the Office for National Statistics", AttributionType.NAMED_ORGANIZATION, False),
    ],
)
def test_everyday_reporting_shapes(
    text: str, source: str, kind: AttributionType, vague: bool
) -> None:
    found = detect(text).source
    assert found is not None
    assert (found.text, found.type, found.vague) == (source, kind, vague)


def test_names_are_not_judgements() -> None:
    cues = detect("The ban on EuroPride angered the Conservatives in Vučić's party.")
    assert not cues.has("evaluative")
    assert not cues.has("first_person")  # the 'i' of Vučić is part of the name


def test_superlatives_need_an_adjective() -> None:
    assert detect("It is the most dangerous plan yet.").has("superlative")
    assert not detect("Most people voted, at least in the north.").has("superlative")


def test_framing_subject() -> None:
    assert detect("The implications of this deal extend beyond Europe.").has("framing_subject")
    assert not detect("The deal was signed in Geneva.").has("framing_subject")


def test_a_straight_quotation_closed_in_a_later_sentence_is_the_speaker_s() -> None:
    tail = 'It is a shocking waste and a landmark failure," Reyes said.'
    assert quote_spans(tail)[0] == (0, tail.index('"') + 1)
    assert not detect(tail).find("evaluative", quoted=False)
    assert detect(tail).source is not None
    opening = 'The word, "fine," was used twice.'
    assert quote_spans(opening) == [(opening.index('"'), opening.rindex('"') + 1)]
