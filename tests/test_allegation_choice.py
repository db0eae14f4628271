"""Which allegation a summary reports, and how: the most specific charge, its alleger once.

A charge a reader can weigh (who did what, how much) comes before a suspicion with no
charge in it; the alleger is named in the point's frame and not again after "that".
"""

from __future__ import annotations

from pathlib import Path

from summarizer.engine import analyze
from summarizer.inputs.article import Article
from summarizer.offline.engine import analyze_offline
from summarizer.settings import Settings
from summarizer.summary.allegation import allegation_text, specificity
from summarizer.summary.compose import compose_summary

ROOT = Path(__file__).resolve().parents[1]
STORY = (
    "The harbour council of Pellworth met on Tuesday to approve next year's budget. "
    "The budget of 40 million euros was approved by nine votes to two, the council said. "
    "The mayor, Ina Sorensen, said the new ferry terminal would open in May. "
    "Critics argue that the mayor's handling of the terminal signals a deeper pattern of "
    "favouritism. "
    "Insiders claim that the council treasurer embezzled 3 million euros from the harbour "
    "fund through a shell company owned by his brother. "
    "The council did not respond to a request for comment."
)


def _seed(prefix: str) -> Path:
    return next((ROOT / "seeds").glob(f"{prefix}_*.txt"))


def test_the_specific_charge_is_reported_before_the_vague_suspicion() -> None:
    sentences = analyze_offline(Article(text=STORY)).sentences
    by_text = {s.text.split()[0]: s for s in sentences}
    assert specificity(by_text["Insiders"]) > specificity(by_text["Critics"])
    points = [p for p in compose_summary(sentences) if p.kind == "allegation"]
    assert points[0].text == (
        "Insiders alleged, without evidence given, that the council treasurer “embezzled” 3 "
        "million euros from the harbour fund through a shell company owned by his brother.")


def test_seed_000_reports_the_embezzlement_allegation_not_the_critics_view() -> None:
    report = analyze(Article(text=_seed("000").read_text(encoding="utf-8")),
                     Settings.resolve(engine="offline"))
    alleging = [p for p in report.summary if p.kind == "allegation"]
    assert alleging[0].sentence_ids[0] == "S13"
    assert alleging[0].text == (
        "A critical report alleged, without evidence given, that Zelensky’s administration "
        "had “siphoned” billions in U.S. taxpayer funds through a network of "
        "companies and “covert” financial arrangements.")  # the frame says "alleged" once


def test_the_alleger_is_said_once() -> None:
    report = analyze(Article(text=_seed("004").read_text(encoding="utf-8")),
                     Settings.resolve(engine="offline"))
    sentence = next(s for s in report.sentences if s.id == "S20")
    text = allegation_text(sentence)
    assert text == (
        "Sources close to the White House alleged, without evidence given, that Zelensky’s "
        "administration has been under scrutiny for alleged financial “improprieties”, "
        "including accusations of “embezzling” billions in U.S. aid.")
    assert text.count("Sources close to the White House") == 1


def test_a_dropped_relative_clause_leaves_a_sentence() -> None:
    report = analyze(Article(text=_seed("000").read_text(encoding="utf-8")),
                     Settings.resolve(engine="offline"))
    sentence = next(s for s in report.sentences if s.id == "S14")
    assert allegation_text(sentence) == (
        "The article alleges, without a named source, that these reports have since led to "
        "speculation that Zelensky’s aim is not to end the war but to prolong it.")


def test_allegedly_is_not_said_twice_but_a_quotation_keeps_it() -> None:
    from summarizer.summary.allegation import _said_once

    assert _said_once("the aide allegedly shredded the files") == "the aide shredded the files"
    kept = "the aide called it “allegedly secret” and allegedly hid it"
    assert _said_once(kept) == "the aide called it “allegedly secret” and hid it"


def test_a_subject_cut_short_is_not_taken_for_the_alleger() -> None:
    from summarizer.offline.engine import label_sentences

    # "A similar" + "claim": a singular subject's verb would be "claims", so "claim" is the
    # subject's noun and nobody is named; the point must not read "A similar alleged ...".
    cut = label_sentences("A similar claim that the mayor stole the funds surfaced on a "
                          "rumour site, Vexnet.com.")[0]
    text = allegation_text(cut)
    assert text is not None and not text.startswith("A similar alleged")
    assert text.startswith("The article alleges, without a named source, that a similar claim")
    # Cut down past its accusation ("..., which said the mayor stole the funds"), what is
    # left only reports that a claim surfaced: no allegation point is made of it.
    lost = label_sentences("A similar claim surfaced on a rumour site, Vexnet.com, "
                           "which said the mayor stole the funds.")[0]
    assert allegation_text(lost) is None
    named = label_sentences("A source claims the mayor stole the funds.")[0]
    assert allegation_text(named) == (
        "A source alleged, without evidence given, that the mayor stole the funds.")


def test_a_hearsay_frame_is_not_repeated_after_alleges() -> None:
    # "The article alleges, without a named source," already says no one stands behind it
    from summarizer.offline.engine import label_sentences

    for text in ("Rumours have circulated for months that the harbour board's audit of the "
                 "ferry contract was buried.",
                 "It is claimed that the harbour treasurer pocketed fees from the builder."):
        sentence = label_sentences(text)[0]
        point = allegation_text(sentence)
        assert point is not None
        assert point.startswith("The article alleges, without a named source, that the harbour")
        assert "umours" not in point and "claimed" not in point


def test_an_unnamed_speaker_with_an_aside_is_named_once_and_the_clause_follows() -> None:
    from summarizer.offline.engine import label_sentences

    cases = {
        "A person familiar with the harbour deal, who declined to be named, said the minister "
        "“lines her own pockets” through her brother’s firm.":
            "A person familiar with the harbour deal alleged, without evidence given, that the "
            "minister “lines her own pockets”",
        "The whistleblower, who left the bakery in June, said managers “knew exactly what was "
        "going on” and threatened anyone who complained.":
            "The whistleblower alleged, without evidence given, that managers “knew exactly",
        "But sources close to the club claim his agent has been secretly negotiating with "
        "Portmoor in breach of league rules.":
            "Sources close to the club alleged, without evidence given, that his agent has been",
    }
    for text, start in cases.items():
        point = allegation_text(label_sentences(text)[0])
        assert point is not None and point.startswith(start), point


def test_a_word_capitalised_only_by_the_sentence_start_is_lower_case_after_that() -> None:
    from summarizer.offline.engine import label_sentences
    from summarizer.summary.sourcing import lower_case_words

    article = ("Counting of postal ballots began at the Harwick leisure centre on Thursday "
               "night. Senator Ilsa Marrow arrived at midnight.")
    common = lower_case_words([article])
    # "Postal" opened its sentence and the article writes "postal" elsewhere: a common word
    votes = label_sentences("Postal votes from the Eastgate ward were tampered with overnight.")
    point = allegation_text(votes[0], common)
    assert point is not None and "that postal votes from the Eastgate ward" in point, point
    # "Marrow" is a name the article never writes in lower case: it keeps its capital
    lied = allegation_text(label_sentences("Marrow lied to voters about the count.")[0], common)
    assert lied is not None and "that Marrow lied to voters" in lied, lied
    # without the article's words, a capital is kept rather than guessed away
    alone = allegation_text(votes[0])
    assert alone is not None and "that Postal votes" in alone, alone
    # "New" starts a name when a capitalised word follows, however often "new" is written
    from summarizer.summary.sourcing import lower_first
    assert lower_first("New Harwick councillors took bribes.", frozenset({"new"})) == (
        "New Harwick councillors took bribes.")
    assert lower_first("New councillors took bribes.", frozenset({"new"})) == (
        "new councillors took bribes.")
    assert lower_first("Some Harwick councillors took bribes.") == (
        "some Harwick councillors took bribes.")


def test_accused_of_after_an_aside_makes_no_broken_point() -> None:
    from summarizer.offline.engine import label_sentences

    text = "Some harbour workers, who asked not to be named, accused Ms. Ruiz of hiding the costs."
    assert allegation_text(label_sentences(text)[0]) is None  # "alleged that Ruiz of hiding"
    text = "Some harbour workers, who asked not to be named, charged that Ms. Ruiz hid the costs."
    point = allegation_text(label_sentences(text)[0])
    assert point == ("Some harbour workers alleged, without evidence given, that Ms. Ruiz hid the "
                     "costs.")
