"""The neutral summary: reporting first, allegations worded as allegations, overview last."""

from __future__ import annotations

import pytest

from summarizer.offline.engine import label_sentences
from summarizer.offline.loaded import find_loaded, neutralize
from summarizer.schema import Category, Confidence
from summarizer.summary.compose import compose_summary, point_for


def _point(text: str, sentence_id: str) -> str:
    """The wording one sentence gets as a point (before the budget chooses points)."""
    sentences = label_sentences(text)
    point = point_for(next(s for s in sentences if s.id == sentence_id), sentences)
    assert point is not None, sentence_id
    return point.text

ARTICLE = """City Council Approves Budget

The city council approved a $2.1 billion budget on Monday, Mayor Ann Reyes said.

According to the Daily Ledger, 40 new teachers will be hired in 2025.

Critics argue the mayor secretly funneled contracts to her cronies.

Sources close to the council claim the treasurer embezzled pension funds.

This is a shameful and utterly reckless budget.

Is anyone really surprised by such a reckless plan?
"""


def test_summary_order_and_kinds() -> None:
    points = compose_summary(label_sentences(ARTICLE))
    kinds = [p.kind for p in points]
    assert kinds == sorted(kinds, key=["reporting", "allegation", "overview"].index)
    assert kinds.count("overview") == 1
    assert kinds.count("allegation") >= 1


def test_reporting_points_rest_on_verifiable_sentences() -> None:
    sentences = label_sentences(ARTICLE)
    by_id = {s.id: s for s in sentences}
    for point in compose_summary(sentences):
        if point.kind == "reporting":
            cited = by_id[point.sentence_ids[0]]
            assert cited.category in (Category.REPORTED_FACT, Category.ATTRIBUTED_STATEMENT)
            assert point.confidence is cited.confidence


def test_allegations_are_worded_as_allegations() -> None:
    sentences = label_sentences(ARTICLE)
    points = [p for s in sentences if (p := point_for(s, sentences)) and p.kind == "allegation"]
    texts = [p.text for p in points]
    assert texts[0].startswith("Critics alleged, without evidence given, that the mayor ")
    assert texts[1].startswith("Sources close to the council alleged, without evidence given, "
                               "that the treasurer")
    assert "cronies" not in texts[0].replace("“cronies”", "")  # the critics' word, quoted
    assert all(p.confidence is Confidence.UNSUPPORTED for p in points)


def test_overview_counts_opinion() -> None:
    sentences = label_sentences(ARTICLE)
    overview = compose_summary(sentences)[-1]
    opinion = [s.id for s in sentences if s.category is Category.OPINION]
    assert len(opinion) == 2
    assert overview.sentence_ids == opinion
    assert overview.text.startswith(f"Of {len(sentences)} sentences: ")
    assert "2 opinion" in overview.text


def test_empty_input_gives_only_an_overview() -> None:
    points = compose_summary([])
    assert [p.kind for p in points] == ["overview"]


def test_loaded_phrases_have_exact_offsets_and_alternatives() -> None:
    sentences = label_sentences(ARTICLE)
    found = find_loaded(ARTICLE, sentences)
    phrases = {p.phrase.lower(): p for p in found}
    assert "cronies" in phrases and phrases["cronies"].neutral == "associates"
    for phrase in found:
        assert ARTICLE[phrase.start : phrase.end] == phrase.phrase
        sentence = next(s for s in sentences if s.id == phrase.sentence_id)
        assert sentence.start <= phrase.start < phrase.end <= sentence.end


def test_neutralize_swaps_only_phrases_with_alternatives() -> None:
    assert neutralize("The regime slammed the landmark ruling.") == (
        "The government criticised the major ruling."
    )
    assert neutralize("Nothing loaded here.") == "Nothing loaded here."


def test_neutralize_never_changes_a_quotation() -> None:
    text = "The regime, he said, was ‘a brutal regime’ and “a disaster”."
    assert neutralize(text) == "The government, he said, was ‘a brutal regime’ and “a disaster”."


def test_a_mislabelled_accusation_is_still_worded_as_an_allegation() -> None:
    sentences = label_sentences("The minister embezzled the fund in 2023.\n\nTurnout was 61%.\n")
    # As another engine might label it: reported fact, no source.
    forged = [sentences[0].model_copy(update={"category": Category.REPORTED_FACT}),
              *sentences[1:]]
    points = compose_summary(forged)
    reporting = [p for p in points if p.kind == "reporting"]
    assert all("S1" not in p.sentence_ids for p in reporting)
    allegation = next(p for p in points if p.kind == "allegation")
    assert allegation.sentence_ids == ["S1"]
    assert allegation.text.startswith("The article alleges, without a named source, that ")
    assert "accuses with no named source: 'embezzled'" in allegation.reasons[0]


def test_neutralize_keeps_the_verb_of_a_reported_accusation() -> None:
    assert neutralize("Prosecutor Ann Lee said the firm exploited workers.") == (
        "Prosecutor Ann Lee said the firm exploited workers."
    )


def test_overview_and_counts_agree_in_number() -> None:
    from summarizer.engine import analyze
    from summarizer.render.report import describe_counts
    from summarizer.settings import Settings

    one = analyze("Critics say the mayor secretly took bribes from the builder.",
                  Settings.resolve(engine="offline"))
    assert describe_counts(one).startswith("1 sentence: ")
    overview = one.summary[-1].text
    assert overview == "Of 1 sentence: 0 reporting, 1 unsourced allegation, 0 opinion."


def test_a_loaded_aside_after_the_speaker_is_left_out() -> None:
    text = ("Mayor Ann Reyes spoke on Monday.\n\n"
            "\"This budget is balanced,\" Reyes said, her voice tinged with theatrical pride.\n\n"
            "The council met for three hours, a slog that ended in a shocking vote.")
    points = {sid: _point(text, sid) for sid in ("S2", "S3")}
    assert points["S2"] == "\"This budget is balanced,\" Reyes said."
    assert "tinged" not in " ".join(points.values())
    assert "an unexpected vote" in points["S3"]  # the article agrees with the swapped word


def test_a_quotation_split_across_sentences_is_shown_whole_in_each_point() -> None:
    text = ("Mayor Ann Reyes spoke on Monday.\n\n"
            "\"The plan is a disaster. It is a waste of 40 million euros,\" Reyes said.\n\n"
            "She added: “This is a betrayal. Nobody asked us.” The vote is on Friday.")
    texts = [_point(text, f"S{k}") for k in range(2, 6)]
    for point in texts:
        assert point.count('"') % 2 == 0, point
        assert point.count("“") == point.count("”"), point
    assert 'Reyes said: "The plan is a disaster."' in texts
    assert '"It is a waste of 40 million euros," Reyes said.' in texts


def test_stray_closing_marks_do_not_break_the_summary() -> None:
    for text in ["’ U.S. ’ U.S.", "” A said. ” B.", "It ended.” ‘"]:
        assert compose_summary(label_sentences(text))[-1].kind == "overview"


def test_one_ordinary_word_does_not_make_reporting_an_allegation() -> None:
    text = ("The pension scheme paid out 2 billion euros in 2023.\n\n"
            "The captain steered the ferry into port on Monday.\n\n"
            "The mayor secretly funneled the pension money to her brother.")
    sentences = label_sentences(text)
    alleged = [s.id for s in sentences if (p := point_for(s, sentences)) and p.kind == "allegation"]
    assert alleged == ["S3"]


def test_the_lead_is_the_first_whole_sentence_after_headline_and_byline() -> None:
    text = ("Port Strike Ends After Nine Days\n\nBy Lena Hart\n\n"
            "LONDON (AP) — Dock workers at three ports ended a nine-day strike on Monday.\n\n"
            "Union leader Sam Okoro said on Tuesday that 4,000 members had backed the 6% offer "
            "in a vote in Leeds, Hull and Dover.")
    points = compose_summary(label_sentences(text))
    assert points[0].text == "Dock workers at three ports ended a nine-day strike on Monday."


def test_a_phrase_alternative_needs_a_copula_before_it() -> None:
    assert neutralize("The figures were alarming.") == "The figures were of concern."
    kept = "The ruling shifted policy, alarming Democrats who vowed to oppose it."
    assert neutralize(kept) == kept


@pytest.mark.parametrize(("loaded", "neutral"), [
    ("Sales soared to a record.", "Sales rose to a record."),
    ("Prices are soaring again.", "Prices are rising again."),
    ("The rent skyrockets each year.", "The rent rises sharply each year."),
    ("The firm slashed 300 jobs.", "The firm cut 300 jobs."),
    ("Shares plummeted on Monday.", "Shares fell sharply on Monday."),
    ("They slash budgets.", "They cut budgets."),
    ("It was a half-measures plan.", "It was a partial measures plan."),
])
def test_swapped_verbs_keep_their_tense(loaded: str, neutral: str) -> None:
    assert neutralize(loaded) == neutral


def test_the_middle_sentence_of_a_quotation_is_the_speaker_s_and_shown_quoted() -> None:
    text = ('Mayor Ann Reyes wrote on Monday: "We have news for the council. We have news '
            'for the board. They cannot stop us."')
    sentences = label_sentences(text)
    middle = next(s for s in sentences if s.text.startswith("We have news for the board"))
    assert middle.category is Category.ATTRIBUTED_STATEMENT
    assert middle.attribution.source == "Mayor Ann Reyes"
    point = point_for(middle, sentences)
    assert point is not None and point.text == "Mayor Ann Reyes said: “We have news for the board.”"


def test_a_loaded_opening_clause_is_left_out_of_the_reporting() -> None:
    text = ("In a move that has sent shockwaves through Washington and Kyiv, the United States "
            "is reportedly considering an agreement to buy Ukrainian drones.\n\n"
            "In a statement on Monday, the ministry said 40 drones had been delivered.")
    points = {sid: _point(text, sid) for sid in ("S1", "S2")}
    assert points["S1"].startswith("The United States is reportedly considering")
    assert "shockwaves" not in points["S1"]
    assert points["S2"].startswith("In a statement on Monday")  # nothing loaded: kept
