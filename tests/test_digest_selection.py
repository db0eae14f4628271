"""The combined summary reports the shared story first and uses its words: what a
neutral roundup does. Compression keeps the main clause, never only a fronted phrase."""

from __future__ import annotations

import pytest
from digest_factory import ALLEGATION, make_report

from summarizer.briefing import select
from summarizer.briefing.build import build_digest
from summarizer.inputs.article import Article
from summarizer.offline.engine import analyze_offline
from summarizer.summary.budget import restated_words, word_budget, words
from summarizer.summary.compress import complete_part, compress


def test_a_sentence_cut_off_mid_way_keeps_only_its_whole_clauses() -> None:
    cut = "The council approved the harbour plan on Monday, officials said, in a move that"
    assert complete_part(cut) == "The council approved the harbour plan on Monday, officials said."
    assert complete_part("As the Herald's Ana Ruiz, Ivo Marsh and") is None
    assert complete_part("The mayor said “we will not") is None  # an unclosed quotation
    whole = "The council approved the plan."
    assert complete_part(whole) == whole


def test_a_sentence_cut_off_inside_an_adjunct_keeps_its_main_clause() -> None:
    # A feed that stops mid-sentence: the main clause before the broken adjunct is whole.
    cut = ("The harbour pilot told the inquiry on Friday that the captain had ordered her to "
           "leave port early by skipping the safety checks before the 2019 winter")
    assert complete_part(cut) == (
        "The harbour pilot told the inquiry on Friday that the captain had ordered her to "
        "leave port early by skipping the safety checks.")
    broken_as = ("The council voted on Monday to close the old bridge to lorries as engineers "
                 "warned that its")
    assert complete_part(broken_as) == (
        "The council voted on Monday to close the old bridge to lorries.")
    assert complete_part("The ministry said the ferries would run as many as") is None


def test_compression_drops_a_trailing_adjunct_not_the_main_clause() -> None:
    long = ("A harbour tribunal found on Tuesday that the ferry board broke its own rules "
            "by refusing to refund most season-ticket holders after the strike even if they "
            "had asked within the deadline.")
    assert compress(long, attributed=False, limit=20) == (
        "A harbour tribunal found on Tuesday that the ferry board broke its own rules.")
    fronted = ("Now, in the government funding debate, the president is backing off his "
               "demand that Congress approve money for the wall.")
    short = compress(fronted, attributed=False, limit=12)
    assert short is None or "president" in short  # never "Now, in the ... debate."


def _story() -> list[Article]:
    return [
        Article(title="Council passes harbour budget", text=(
            "The Riverton council approved a 12 million dollar harbour budget on Monday. "
            "The budget pays for new cranes and a larger ferry terminal, the harbour "
            "authority said in a statement. Dock workers welcomed the cranes. "
            "Council member Ann Reyes voted against the budget because the ferry "
            "terminal costs more than the council had planned in its spring review.")),
        Article(title="Harbour budget approved", text=(
            "Riverton's council on Monday approved the 12 million dollar harbour budget "
            "after a long debate. The harbour authority said the cranes will arrive in "
            "March. Local shops expect more visitors once the larger ferry terminal "
            "opens next year, the chamber of commerce said.")),
        Article(title="Riverton spends on its harbour", text=(
            "The council of Riverton approved a harbour budget of 12 million dollars on "
            "Monday. Ann Reyes, who voted against it, said the ferry terminal costs too "
            "much. The harbour authority expects the new cranes to halve the time ships "
            "wait at the docks, it said on Tuesday.")),
    ]


def test_the_shared_claim_comes_first_and_the_budget_is_used() -> None:
    reports = [analyze_offline(article) for article in _story()]
    digest = build_digest(reports)
    restating = [p for p in digest.summary if p.kind != "overview"]
    assert len(restating[0].article_ids) == 3, restating[0].text  # all three report it
    assert "12 million" in restating[0].text
    budget = word_budget(sum(words(s.text) for r in reports for s in r.sentences))
    used = sum(restated_words(p.text) for p in restating)
    assert used <= budget
    assert len(restating) >= 2 and budget - used < 15, [p.text for p in restating]


def test_a_lone_line_cut_off_before_its_full_stop_is_the_body_when_the_title_is_known() -> None:
    # A feed that truncates its articles: the only sentence has no full stop. With the
    # title given apart, the line is the article's body, not its headline.
    reports = [analyze_offline(Article(title="Harbour vote", text=(
        "Riverton voters on Tuesday approved a harbour levy that will fund 40 new berths "
        "for the ferry terminal, ending a dispute that officials said"))),
        analyze_offline(Article(title="Levy passes", text=(
            "The levy passed with 61 percent of the vote. The council will start work on "
            "the berths in May, the mayor said.")))]
    digest = build_digest(reports)
    points = [p.text for p in digest.summary if p.kind == "reporting"]
    assert ("Riverton voters on Tuesday approved a harbour levy that will fund 40 new berths "
            "for the ferry terminal. (A1 only)") in points, points
    # Without a title the same kind of line is the headline, and a headline is no claim.
    untitled = analyze_offline(Article(text="Riverton approves harbour levy"))
    claims = build_digest([untitled, reports[1]]).claims
    assert claims and all(s.article_id == "A2" for c in claims for s in c.articles)


def test_words_left_go_to_another_account_only_when_it_tells_something_new() -> None:
    reports = [analyze_offline(a) for a in [
        Article(title="Levy", text="The Riverton council approved a harbour levy of 12 "
                "million dollars on Monday."),
        Article(title="Levy passes", text="Riverton's council approved the harbour levy on "
                "Monday by seven votes to two after a four-hour debate in which north "
                "district residents protested against higher ferry fees."),
        Article(title="Vote", text="The council of Riverton approved a harbour levy of 12 "
                "million dollars on Monday.")]]
    points = [(p.text, p.article_ids) for p in build_digest(reports).summary
              if p.kind == "reporting"]
    assert points == [
        ("The Riverton council approved a harbour levy of 12 million dollars on Monday. "
         "(A1, A2, A3)", ["A1", "A2", "A3"]),
        ("Riverton's council approved the harbour levy on Monday by seven votes to two after "
         "a four-hour debate in which north district residents protested against higher "
         "ferry fees. (A2)", ["A2"]),
    ]  # A3's account says nothing A1's did not: it is left out


def test_articles_take_turns_but_the_stronger_claim_opens_each_turn() -> None:
    from summarizer.briefing.schema import Claim, ClaimSupport
    from summarizer.briefing.select import in_order
    from summarizer.schema import Attribution, AttributionType, Category, Confidence

    def claim(cid: str, article: str, text: str) -> Claim:
        support = ClaimSupport(article_id=article, sentence_ids=["S1"], text=text,
                               category=Category.REPORTED_FACT,
                               attribution=Attribution(type=AttributionType.NONE),
                               confidence=Confidence.MEDIUM)
        return Claim.model_construct(id=cid, text=text, kind="reporting",
                                     confidence=Confidence.MEDIUM, articles=[support])

    claims = [claim("C1", "A1", "Ferry timetable seen as a test; bus fares split council."),
              claim("C2", "A2", "The harbour ferry vote stayed too close to call on Monday."),
              claim("C3", "A1", "Pilots on the harbour route went on strike in March.")]
    ordered = in_order(claims, {"C1": 1.0, "C2": 3.0, "C3": 2.0})
    # A1 turn: C3 (its best), A2 turn: C2; C2 is stronger, so it opens; then A1 again.
    assert [c.id for c in ordered] == ["C2", "C3", "C1"]


def test_two_word_phrases_hold_a_content_word() -> None:
    from summarizer.briefing.select import phrases

    found = phrases("The council confirmed the harbour plan on Monday.")
    assert "confi the" in found and "harbo plan" in found and "counc confi" in found
    assert "on the" not in found and "the counc" in found
    assert phrases("It is on the.") == set()


def test_allegations_take_the_room_reporting_leaves() -> None:
    # Each outlet tells the story mostly through accusations no one puts a name to: after
    # the one reporting point there is room, and the allegations fill it (not only the one
    # point kept for them), each worded as an allegation and tagged as unsourced.
    texts = [
        "The harbour board met on Monday. The chair "
        "took payments from a dredging firm. The tender papers were rewritten overnight "
        "before the vote on the new berths.",
        "The harbour chair hid invoices from the auditors in a locked cabinet. The dredging "
        "contract was promised to a friend of the chair long before any tender opened. "
        "Two board members were told to stay away from the vote.",
    ]
    reports = [make_report(texts[0], {2: ALLEGATION, 3: ALLEGATION}, title="one"),
               make_report(texts[1], {1: ALLEGATION, 2: ALLEGATION, 3: ALLEGATION},
                           title="two")]
    summary = build_digest(reports).summary
    alleging = [p for p in summary if p.kind == "allegation"]
    assert [p.kind for p in summary][:2] == ["overview", "reporting"]
    assert len(alleging) >= 2 and {p.article_ids[0] for p in alleging} == {"A1", "A2"}
    assert all("alleg" in p.text and "no named source" in p.text for p in alleging)
    budget = word_budget(sum(words(t) for t in texts))
    assert sum(restated_words(p.text) for p in summary if p.kind != "overview") <= budget


def test_a_shared_claim_is_worded_by_the_fuller_common_account(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Three outlets tell one event; the second also gives the reason the third gives.
    # Without the credit for words other outlets use, the short first account would word
    # the claim; with it, the account that also says why.
    texts = ["The board closed the north quay on Monday.",
             "The harbour board on Monday closed the north quay after divers found cracks in "
             "its old pilings, the port said.",
             "The north quay is shut after divers found cracks."]
    reports = [make_report(text, title=f"t{n}") for n, text in enumerate(texts)]
    digest = build_digest(reports)
    shared = next(c for c in digest.claims if len(c.articles) == 3)
    assert select.scored(digest, reports)[shared.id][1] == 1
    assert "after divers found cracks" in digest.summary[1].text
    monkeypatch.setattr(select, "COVER_WEIGHT", 0.0)
    assert select.scored(digest, reports)[shared.id][1] == 0


def test_a_reporting_point_is_never_worded_as_an_accusation() -> None:
    # The second sentence is labelled reported fact but accuses with no named source, so
    # its article summary words it as an allegation: the digest's reporting points must
    # not carry that wording under a reporting label.
    reports = [analyze_offline(Article(title=f"t{n}", text=(
        "The harbour fund paid for the new cranes in May. A similar claim about the harbour "
        "fund appeared on the conspiracy theory website PortWatch.com last week.")))
        for n in range(2)]
    summary = build_digest(reports).summary
    assert any("cranes" in p.text for p in summary)
    for point in summary:
        if point.kind == "reporting":
            assert "alleges" not in point.text, point.text
