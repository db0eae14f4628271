"""Our own articles (fixtures/articles/), read as a reader would read their reports.

Each article is a genre: wire reporting, an op-ed, an anonymous-sourced scoop, a
court report. The labels and the summary must make sense for that genre.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.briefing.build import build_digest
from summarizer.engine import analyze
from summarizer.inputs.article import Article
from summarizer.offline.cues import detect, quote_spans
from summarizer.offline.evidence import gather, unsourced_accusation
from summarizer.schema import Category, Report, Sentence
from summarizer.settings import Settings
from summarizer.summary.compose import point_for

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def report(name: str) -> Report:
    path = ARTICLES / name
    article = Article(text=path.read_text("utf-8"), source=str(path))
    return analyze(article, Settings.resolve(engine="offline"))


def sentence(rep: Report, fragment: str) -> Sentence:
    found = [s for s in rep.sentences if fragment in s.text]
    assert len(found) == 1, f"{fragment!r} in {len(found)} sentences"
    return found[0]


def points(rep: Report, kind: str) -> list[str]:
    return [p.text for p in rep.summary if p.kind == kind]


def test_court_verdict_is_reported_not_alleged() -> None:
    rep = report("court_fraud.txt")
    verdict = sentence(rep, "a jury found him guilty")
    assert verdict.category is Category.REPORTED_FACT
    assert points(rep, "allegation") == []
    assert any("jury found him guilty" in text for text in points(rep, "reporting"))


def test_a_named_spokeswoman_denying_is_attributed_not_alleged() -> None:
    rep = report("scoop_ports.txt")
    denial = sentence(rep, "denied any wrongdoing")
    assert denial.category is Category.ATTRIBUTED_STATEMENT
    assert denial.attribution.source == "Lena Marsh"
    assert not any("denied any wrongdoing" in text for text in points(rep, "allegation"))


@pytest.mark.parametrize("name", ["wire_rates.txt", "crlf_bridge.txt", "court_fraud.txt",
                                  "scoop_ports.txt", "markdown_storm.md", "paragraphs.txt"])
def test_headline_is_the_title_not_a_summary_point(name: str) -> None:
    rep = report(name)
    headline = rep.sentences[0]
    assert rep.title == " ".join(headline.text.lstrip("# ").split())
    assert all(headline.id not in p.sentence_ids for p in rep.summary if p.kind != "overview")


@pytest.mark.parametrize("name", ["wire_rates.txt", "crlf_bridge.txt", "court_fraud.txt",
                                  "markdown_storm.md", "paragraphs.txt"])
def test_the_lead_comes_first(name: str) -> None:
    rep = report(name)
    assert rep.summary[0].sentence_ids[0] == "S2"


def test_datelines_and_markup_are_not_part_of_a_point() -> None:
    wire = points(report("wire_rates.txt"), "reporting")[0]
    assert wire.startswith("The Central Bank of Norland raised its main interest rate")
    storm = points(report("markdown_storm.md"), "reporting")[0]
    assert storm.startswith("A storm with winds of up to 110 km/h")
    assert not any("**" in text or text.startswith("#") for text in points(
        report("markdown_storm.md"), "reporting"))


def test_op_ed_is_mostly_opinion_and_hindsight_verdicts_are_opinion() -> None:
    rep = report("oped_cycling.txt")
    body = [s for s in rep.sentences if s.text != rep.title]
    opinion = [s for s in body if s.category is Category.OPINION]
    assert len(opinion) >= 0.7 * len(body)
    assert sentence(rep, "should have built").category is Category.OPINION
    assert all(s.category is not Category.UNSUPPORTED_ALLEGATION for s in body)


def test_a_quote_with_its_speaker_is_not_attributed_twice() -> None:
    rep = report("markdown_storm.md")
    said = next(s for s in rep.sentences if "We expect most customers" in s.text)
    quote = point_for(said, rep.sentences)
    assert quote is not None and quote.text.count(" said") == 1
    assert "Tom Reyes" in quote.text  # the pronoun's referent is named, and cited
    assert said.speaker_id in quote.sentence_ids
    seed = Path(__file__).resolve().parents[1] / "seeds" / "004_0e03f83aebca1b10.txt"
    rep = analyze(Article(text=seed.read_text("utf-8")), Settings.resolve(engine="offline"))
    whistle = next(s for s in rep.sentences if "pattern of exploiting" in s.text)
    worded = point_for(whistle, rep.sentences)
    assert worded is not None and worded.text.lower().count("a whistleblower") == 1, worded


def test_list_items_and_fragments_are_not_points() -> None:
    rep = report("markdown_storm.md")
    assert [s.text for s in rep.sentences if "Mill River" in s.text] == [
        "- two villages along the Mill River"]  # one item, one sentence
    by_id = {s.id: s for s in rep.sentences}
    for point in rep.summary:
        if point.kind == "reporting":
            cited = by_id[point.sentence_ids[0]].text.rstrip()
            assert cited.endswith((".", "?", "!", '"', "”", "’")), cited


@pytest.mark.parametrize(("name", "fragment"), [
    ("scoop_ports.txt", "steered a $40 million dredging contract"),
    ("scoop_ports.txt", "hiding the payments"),
    ("paragraphs.txt", "overcharging the town"),
    ("markdown_storm.md", "ignored warnings"),
])
def test_anonymous_accusations_are_unsupported(name: str, fragment: str) -> None:
    rep = report(name)
    accusation = sentence(rep, fragment)
    assert accusation.category is Category.UNSUPPORTED_ALLEGATION
    assert not any(fragment in text for text in points(rep, "reporting"))
    worded = point_for(accusation, rep.sentences)  # chosen or not, worded as an allegation
    assert worded is not None and worded.kind == "allegation" and fragment in worded.text


def test_sourcing_on_condition_of_anonymity_is_anonymous() -> None:
    rep = report("scoop_ports.txt")
    told = sentence(rep, "who spoke on condition of anonymity")
    assert told.attribution.type.value == "anonymous"
    assert told.confidence.value in ("low", "unsupported")


def test_digest_summary_leads_with_each_article_lead() -> None:
    names = ["wire_rates.txt", "court_fraud.txt", "crlf_bridge.txt"]
    reports = [report(name) for name in names]
    digest = build_digest(reports)
    single = [p for p in digest.summary if p.kind == "reporting"]
    leads = [r.summary[0].text for r in reports]
    # Three unrelated articles: each one's central claim, the articles taking turns.
    assert sorted(p.text.rsplit(" (A", 1)[0] for p in single[:3]) == sorted(leads)


def test_non_english_text_is_flagged_not_silently_labelled() -> None:
    french = ("Le conseil municipal a voté mardi le maintien du ferry du soir jusqu'en mars. "
              "« C'est une décision difficile », a dit la maire devant les habitants.")
    rep = analyze(french, Settings.resolve(engine="offline"))
    assert any("does not look like English" in w for w in rep.warnings)
    for name in ["wire_rates.txt", "markdown_storm.md", "oped_cycling.txt"]:
        assert not any("English" in w for w in report(name).warnings)


ALL = [*sorted(p.name for p in ARTICLES.iterdir()), "../../seeds/000_3803d65d782871d0.txt",
       "../../seeds/004_0e03f83aebca1b10.txt"]


@pytest.mark.parametrize("name", ALL)
def test_points_never_change_words_inside_quotation_marks(name: str) -> None:
    rep = report(name)
    by_id = {s.id: s for s in rep.sentences}
    checked = 0
    for point in rep.summary:
        if point.kind == "overview":
            continue
        cited = by_id[point.sentence_ids[0]].text
        for start, end in quote_spans(cited):
            inner = cited[start:end].strip("\"'“”‘’ ")
            # Whole in the point, or left out with the comment clause holding it: its
            # opening words are then nowhere in the point (never cut inside).
            if inner not in point.text:
                assert " ".join(inner.split()[:3]) not in point.text, (inner, point.text)
            checked += 1
        for start, end in quote_spans(point.text):  # what a point quotes, it quotes exactly
            assert point.text[start:end].strip("\"'“”‘’ ") in cited, (point.text, cited)
    if name.startswith("../../seeds"):
        assert checked >= 1


@pytest.mark.parametrize("name", ALL)
def test_no_duplicate_or_empty_points(name: str) -> None:
    texts = [p.text for p in report(name).summary]
    assert len(texts) == len(set(texts))
    assert all(len(t.split()) >= 4 for t in texts)
    cited = [p.sentence_ids[0] for p in report(name).summary if p.kind != "overview"]
    assert len(cited) == len(set(cited))


def test_digest_claims_leave_out_headlines() -> None:
    reports = [report(name) for name in ["wire_rates.txt", "court_fraud.txt"]]
    digest = build_digest(reports)
    titles = {r.title for r in reports}
    assert not any(claim.text in titles for claim in digest.claims)
    assert [a.title for a in digest.articles] == [r.title for r in reports]


def test_a_speaker_the_article_never_names_is_not_a_named_person() -> None:
    text = '"We will win," she said.\n\n"Nobody can stop us."\n\nThe match is on Sunday.'
    rep = analyze(text, Settings.resolve(engine="offline"))
    first = rep.sentences[0]
    assert first.attribution.type.value == "anonymous"
    assert first.confidence.value == "low"
    named = analyze('Coach Mia Berg spoke on Friday.\n\n"We will win," she said.',
                    Settings.resolve(engine="offline"))
    assert named.sentences[1].attribution.type.value != "anonymous"  # named earlier


def test_flood_report_sources_and_verdicts() -> None:
    rep = report("flood_memo.txt")
    fire = sentence(rep, "the regional fire service said")
    assert fire.attribution.source == "the regional fire service"
    memo = sentence(rep, "According to a leaked memo")
    assert memo.category is Category.ATTRIBUTED_STATEMENT
    assert memo.attribution.type.value == "anonymous" and memo.confidence.value == "low"
    assert sentence(rep, "It is an outrage").category is Category.OPINION
    assert sentence(rep, "covered up the warnings").category is Category.UNSUPPORTED_ALLEGATION


@pytest.mark.parametrize("name", ALL)
def test_no_reporting_point_states_an_allegation_as_fact(name: str) -> None:
    rep = report(name)
    by_id = {s.id: s for s in rep.sentences}
    for point in rep.summary:
        cited = by_id[point.sentence_ids[0]] if point.sentence_ids else None
        if point.kind != "reporting" or cited is None:
            continue
        assert cited.category is not Category.UNSUPPORTED_ALLEGATION
        if cited.attribution.type.value in ("none", "anonymous"):
            anonymous = cited.attribution.type.value == "anonymous"
            fresh = gather(detect(cited.text), None)  # detected again, with no context
            assert unsourced_accusation(fresh, anonymous=anonymous) == [], point.text


def test_everyday_loaded_words_are_listed() -> None:
    flood = {p.phrase.lower() for p in report("flood_memo.txt").loaded_language}
    assert {"furious", "dithered", "outrage"} <= flood
    oped = {p.phrase.lower() for p in report("oped_cycling.txt").loaded_language}
    assert {"timid", "half-measure", "terrifying"} <= oped
