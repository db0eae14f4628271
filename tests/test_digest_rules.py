"""The briefing note does not over-claim: no false matches, no false corroboration, no
denial read as an allegation, and a combined summary held to the summary rules."""

from __future__ import annotations

from pathlib import Path

from digest_factory import FACT, Label, make_report, said

from summarizer.briefing.build import build_digest
from summarizer.briefing.match import features, similarity
from summarizer.schema import AttributionType, Category, Confidence, Evidence, Report
from summarizer.settings import Settings
from summarizer.summary.budget import restated_words, word_budget, words
from summarizer.summary.compress import loaded_outside_quotes

ROOT = Path(__file__).resolve().parents[1]
ANONYMOUS_OFFICIALS = said("officials familiar with the talks", AttributionType.ANONYMOUS)


def _claims_of(reports: list[Report]):  # type: ignore[no-untyped-def]
    return build_digest(reports).claims


def test_near_miss_pairs_are_not_merged() -> None:
    near_misses = [
        ("Police in Springfield arrested two men on Monday after a robbery at a jewellery shop.",
         "Police in Shelbyville arrested two men on Monday after a robbery at a jewellery shop."),
        ("Mayor Ann Reyes approved the new harbour budget at the council meeting.",
         "Governor Tom Blake approved the new harbour budget at the council meeting."),
        ("The Riverton council approved a new bridge budget after a long meeting.",
         "The Oakdale council approved a new bridge budget after a long meeting."),
    ]
    for one, two in near_misses:
        assert similarity(features(one), features(two)) == 0.0, (one, two)
        claims = _claims_of([make_report(one), make_report(two)])
        assert all(len(c.articles) == 1 for c in claims), (one, two)
    same = ("Police in Springfield arrested two men on Monday after a jewellery shop robbery.",
            "Two men were arrested by Springfield police on Monday over the jewellery shop "
            "robbery.")
    claims = _claims_of([make_report(same[0]), make_report(same[1])])
    assert any(len(c.articles) == 2 for c in claims)  # the same event still matches


def test_a_hedged_claim_is_never_above_medium() -> None:
    one = make_report("The minister reportedly resigned on Monday after the budget vote.")
    one.sentences[0].evidence.append(Evidence(kind="hedge", text="reportedly"))
    one.sentences[0].confidence = Confidence.MEDIUM
    two = make_report("The minister resigned on Monday after the budget vote, aides said.",
                      {1: said("Tom Aide", AttributionType.NAMED_PERSON)})
    two.sentences[0].confidence = Confidence.HIGH
    claim = next(c for c in _claims_of([one, two]) if len(c.articles) == 2)
    assert claim.corroborated
    assert claim.confidence is Confidence.MEDIUM
    assert any("hedged" in r for r in claim.reasons)


def test_the_same_anonymous_source_is_not_corroboration() -> None:
    text = "Officials familiar with the talks said the harbour tunnel deal was signed on Friday."
    reports = [make_report(text, {1: ANONYMOUS_OFFICIALS}),
               make_report(text.replace("was signed", "had been signed"),
                           {1: ANONYMOUS_OFFICIALS})]
    claim = next(c for c in _claims_of(reports) if len(c.articles) == 2)
    assert not claim.corroborated and claim.confidence is Confidence.MEDIUM


def test_two_articles_crediting_one_named_source_are_one_report() -> None:
    reuters = said("Reuters", AttributionType.NEWS_OUTLET)
    reports = [make_report("Reuters reported that the harbour tunnel deal was signed on Friday.",
                           {1: reuters}),
               make_report("The harbour tunnel deal was signed on Friday, Reuters reported.",
                           {1: reuters})]
    claim = next(c for c in _claims_of(reports) if len(c.articles) == 2)
    assert not claim.corroborated and claim.confidence is Confidence.MEDIUM
    assert any("same source" in r for r in claim.reasons)
    own = [make_report("The harbour tunnel deal was signed on Friday in Oslovik."),
           make_report("The harbour tunnel deal was signed in Oslovik on Friday.")]
    claim = next(c for c in _claims_of(own) if len(c.articles) == 2)
    assert claim.corroborated and claim.confidence is Confidence.HIGH  # two reports


def test_a_headline_reporting_a_denial_is_not_an_allegation() -> None:
    alleged = (Category.UNSUPPORTED_ALLEGATION, AttributionType.NONE, None,
               Confidence.UNSUPPORTED)  # what a cue labeller may say of the headline
    one = make_report("Minister denies taking bribes from harbour builders\n\n"
                      "Minister Carl Osei denied on Monday that he took money from builders.",
                      {1: alleged, 2: said("Minister Carl Osei")})
    two = make_report("Runner breaks steeplechase world record\n\n"
                      "Harriet Ochieng broke the world record on Saturday in Valden.",
                      {1: alleged, 2: FACT})
    digest = build_digest([one, two])
    assert digest.allegations == []
    assert all("S1" not in s.sentence_ids for c in digest.claims for s in c.articles)
    assert not any(p.kind == "allegation" for p in digest.summary)


def test_the_digest_summary_keeps_the_summary_rules_and_says_who_wrote_it() -> None:
    from summarizer.inputs.article import Article
    from summarizer.offline.engine import analyze_offline

    reports = [analyze_offline(Article(text=p.read_text(encoding="utf-8")))
               for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for points in (5, 3):
        digest = build_digest(reports, Settings.resolve(engine="offline", points=points))
        assert len(digest.summary) <= points and digest.summary[0].kind == "overview"
        restating = [p for p in digest.summary if p.kind != "overview"]
        article_words = sum(words(s.text) for r in reports for s in r.sentences)
        assert sum(restated_words(p.text) for p in restating) <= word_budget(article_words)
        for point in digest.summary:
            assert restated_words(point.text) <= 35, point.text
            assert loaded_outside_quotes(point.text) == [], point.text
            if point.kind == "allegation":
                assert "alleg" in point.text, point.text
        assert "Summary by the offline engine; 0 model call(s), 0 tokens." in (
            digest.summary[0].text)
        assert digest.usage.calls == 0 and digest.summary_engine == "offline"


def _differences(one: str, two: str,
                 labels: tuple[dict[int, Label] | None, dict[int, Label] | None] = (None, None)
                 ) -> dict[str, list[str]]:
    digest = build_digest([make_report(one, labels[0]), make_report(two, labels[1])])
    assert any(len(c.articles) == 2 for c in digest.claims)  # the claim was matched
    out: dict[str, list[str]] = {}
    for found in digest.contradictions:
        out.setdefault(found.kind, []).append(found.note)
    return out


def test_a_detail_one_article_adds_is_no_difference() -> None:
    # One article adds a date or a figure the other leaves out: nothing clashes.
    assert "date" not in _differences(
        "The harbour board approved the tunnel on Wednesday, a year after the Jan. 9 flood.",
        "The harbour board approved the tunnel on Wednesday.")
    assert "number" not in _differences(
        "The harbour board approved the tunnel by 7 votes to 2 after a 3-hour debate.",
        "The harbour board approved the tunnel by 7 votes to 2.")


def test_one_value_written_two_ways_is_no_difference() -> None:
    assert "date" not in _differences(
        "The harbour tunnel opened to traffic on Sept. 12 in Oslovik.",
        "The harbour tunnel opened to traffic on September 12 in Oslovik.")
    # A rounded figure is the same figure.
    assert "number" not in _differences(
        "The harbour tunnel in Oslovik cost 1.37 billion crowns to build.",
        "The harbour tunnel in Oslovik cost 1.4 billion crowns to build.")
    assert "attribution" not in _differences(
        "The harbour tunnel in Oslovik will open in May, the Transport Department said.",
        "The harbour tunnel in Oslovik will open in May, the Department of Transport said.",
        ({1: said("the Transport Department", AttributionType.NAMED_ORGANIZATION)},
         {1: said("the Department of Transport", AttributionType.NAMED_ORGANIZATION)}))
    assert "attribution" not in _differences(
        "The harbour tunnel in Oslovik will open in May, Mayor Ana Ruiz said.",
        "The harbour tunnel in Oslovik will open in May, Ruiz said.",
        ({1: said("Mayor Ana Ruiz")}, {1: said("Ruiz")}))


def test_values_that_clash_are_a_difference() -> None:
    assert "date" in _differences(
        "The harbour tunnel in Oslovik opened to traffic on Tuesday.",
        "The harbour tunnel in Oslovik opened to traffic on Thursday.")
    assert "number" in _differences(
        "The harbour tunnel in Oslovik cost 1.37 billion crowns to build.",
        "The harbour tunnel in Oslovik cost 1.9 billion crowns to build.")
    assert "attribution" in _differences(
        "The harbour tunnel in Oslovik will open in May, Mayor Ana Ruiz said.",
        "The harbour tunnel in Oslovik will open in May, Ivo Marsh said.",
        ({1: said("Mayor Ana Ruiz")}, {1: said("Ivo Marsh")}))
