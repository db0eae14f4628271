"""The offline engine on the two seed articles: the issue's done-when checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.inputs.article import Article
from summarizer.offline.engine import analyze_offline, label_sentences
from summarizer.schema import AttributionType, Category, Confidence, Report, Sentence

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_000 = SEEDS / "000_3803d65d782871d0.txt"
SEED_004 = SEEDS / "004_0e03f83aebca1b10.txt"


@pytest.fixture(scope="module")
def report_000() -> Report:
    return analyze_offline(Article(text=SEED_000.read_text("utf-8"), source=str(SEED_000)))


@pytest.fixture(scope="module")
def report_004() -> Report:
    return analyze_offline(Article(text=SEED_004.read_text("utf-8"), source=str(SEED_004)))


def containing(report: Report, fragment: str) -> Sentence:
    found = [s for s in report.sentences if fragment in s.text]
    assert len(found) == 1, f"{fragment!r} is in {len(found)} sentences"
    return found[0]


@pytest.mark.parametrize(
    "fragment",
    ["siphoned billions", "funneled into personal accounts"],
)
def test_seed_000_corruption_accusations_are_unsupported(report_000: Report, fragment: str) -> None:
    sentence = containing(report_000, fragment)
    assert sentence.category is Category.UNSUPPORTED_ALLEGATION
    assert sentence.confidence is Confidence.UNSUPPORTED
    assert any("allegation wording" in r for r in sentence.reasons)


@pytest.mark.parametrize(
    "fragment",
    [
        "Sources close to the White House have confirmed",
        "Zelensky has shown a pattern of exploiting the war",
    ],
)
def test_seed_004_anonymous_accusations_are_unsupported(report_004: Report, fragment: str) -> None:
    sentence = containing(report_004, fragment)
    assert sentence.category is Category.UNSUPPORTED_ALLEGATION
    assert sentence.attribution.type is AttributionType.ANONYMOUS
    assert any(r.startswith("anonymous source:") for r in sentence.reasons)


def test_whistleblower_is_the_anonymous_source(report_004: Report) -> None:
    sentence = containing(report_004, "Zelensky has shown a pattern")
    assert sentence.attribution.source is not None
    assert "whistleblower" in sentence.attribution.source


@pytest.mark.parametrize(
    ("seed", "fragment", "source", "kind"),
    [
        ("000", "According to Axios", "Axios", AttributionType.NEWS_OUTLET),
        # the speaker, not the channel: Trump speaking through the Financial Times (issue 10)
        ("000", "in a statement to the Financial Times", "Trump",
         AttributionType.NAMED_PERSON),
        ("004", "According to Prime Minister Julia Svyridenko", "Svyridenko",
         AttributionType.NAMED_PERSON),
        ("004", "Svyridenko clarified", "Svyridenko", AttributionType.NAMED_PERSON),
    ],
)
def test_named_sources_are_attributed(
    report_000: Report, report_004: Report, seed: str, fragment: str, source: str,
    kind: AttributionType,
) -> None:
    report = report_000 if seed == "000" else report_004
    sentence = containing(report, fragment)
    assert sentence.category is Category.ATTRIBUTED_STATEMENT
    assert sentence.attribution.type is kind
    assert sentence.attribution.source is not None and source in sentence.attribution.source
    assert sentence.confidence in (Confidence.HIGH, Confidence.MEDIUM)


def test_implications_sentence_is_opinion(report_000: Report) -> None:
    sentence = containing(report_000, "The implications of this exchange extend far beyond")
    assert sentence.category is Category.OPINION
    assert sentence.confidence is Confidence.NOT_APPLICABLE
    assert sentence.attribution.type is AttributionType.NONE


def test_bare_quotation_inherits_its_speaker(report_004: Report) -> None:
    quote = containing(report_004, "The U.S. needs our systems")
    assert quote.category is Category.ATTRIBUTED_STATEMENT
    assert quote.attribution.type is AttributionType.NAMED_PERSON
    assert quote.attribution.source == "Zelensky"
    assert any("quotation continues" in r for r in quote.reasons)


def test_pronoun_speaker_is_resolved(report_004: Report) -> None:
    sentence = containing(report_004, "she emphasized")
    assert sentence.attribution.source == "Svyridenko"


def test_anonymous_non_accusation_is_low_confidence(report_004: Report) -> None:
    sentence = containing(report_004, "speaking on condition of anonymity")
    assert sentence.category is Category.ATTRIBUTED_STATEMENT
    assert sentence.attribution.type is AttributionType.ANONYMOUS
    assert sentence.confidence is Confidence.LOW


@pytest.mark.parametrize("seed", [SEED_000, SEED_004])
def test_report_is_consistent(seed: Path) -> None:
    text = seed.read_text("utf-8")
    report = analyze_offline(Article(text=text))
    assert report.engine.name == "offline"
    ids = [s.id for s in report.sentences]
    assert ids == [f"S{i}" for i in range(1, len(ids) + 1)]
    for sentence in report.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.reasons, f"{sentence.id} has no reasons"
    counts = report.counts.model_dump()
    assert sum(counts.values()) == len(report.sentences)
    assert counts["unsupported_allegation"] >= 4
    for phrase in report.loaded_language:
        assert report.text[phrase.start : phrase.end] == phrase.phrase


@pytest.mark.parametrize("seed", [SEED_000, SEED_004])
def test_no_summary_point_states_an_allegation_as_fact(seed: Path) -> None:
    report = analyze_offline(Article(text=seed.read_text("utf-8")))
    by_id = {s.id: s for s in report.sentences}
    kinds = [p.kind for p in report.summary]
    assert "reporting" in kinds and "allegation" in kinds and kinds[-1] == "overview"
    for point in report.summary:
        assert point.sentence_ids, point.text
        assert all(i in by_id for i in point.sentence_ids)
        if point.kind == "reporting":
            assert all(
                by_id[i].category is not Category.UNSUPPORTED_ALLEGATION for i in point.sentence_ids
            ), point.text
        if point.kind == "allegation":
            assert " alleged" in point.text or point.text.startswith("The article alleges")
            assert point.confidence is Confidence.UNSUPPORTED


def test_label_sentences_matches_the_report() -> None:
    text = SEED_004.read_text("utf-8")
    report = analyze_offline(Article(text=text))
    assert label_sentences(text) == report.sentences


def test_engine_is_deterministic() -> None:
    text = SEED_000.read_text("utf-8")
    first = analyze_offline(Article(text=text)).model_dump()
    assert analyze_offline(Article(text=text)).model_dump() == first


CONTEXT_ARTICLE = (
    "Health Minister Ana Silva defended the plan on Monday. “We have hired 400 nurses. "
    "The waiting lists are falling,” Silva told reporters.\n\n"
    "“This is the worst crisis in a generation.” The warning came from Dr. Paul Meyer, "
    "head of the doctors' union.\n\n"
    "He added that the government had ignored repeated warnings.\n\n"
    "“Nobody listens.”\n\nThe hospital has 300 beds.\n"
)


def test_context_resolves_speakers_across_sentences() -> None:
    sentences = {s.text[:20]: s for s in label_sentences(CONTEXT_ARTICLE)}
    opening = sentences["“We have hired 400 n"]
    assert opening.attribution.source == "Silva"  # quotation closed in the next sentence
    closing = sentences["The waiting lists ar"]
    assert any("direct quote" in r for r in closing.reasons)
    warning = sentences["“This is the worst c"]
    assert warning.attribution.source == "Dr. Paul Meyer"  # "The warning came from ..."
    added = sentences["He added that the go"]
    assert added.attribution.source == "Dr. Paul Meyer"


def test_quotation_with_no_speaker_is_anonymous_and_low() -> None:
    orphan = next(s for s in label_sentences(CONTEXT_ARTICLE) if s.text == "“Nobody listens.”")
    assert orphan.category is Category.ATTRIBUTED_STATEMENT
    assert orphan.attribution.type is AttributionType.ANONYMOUS
    assert orphan.attribution.source is None
    assert orphan.confidence is Confidence.LOW


WORDS = ["said", "who", "According", "to", "Reuters", ",", ".", "‘", "’", "“", "”", "He",
         "she", "Critics", "argue", "siphoned", "\n\n", "the", "U.S.", "12", "?", "!", "Mr.",
         "Smith", "a", "whistleblower", "must", "shameful", "in", "a", "statement", "—", "'"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join))
def test_any_text_gives_a_valid_report(text: str) -> None:
    if not text.strip():
        return
    report = analyze_offline(Article(text=text))
    for sentence in report.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    for phrase in report.loaded_language:
        assert text[phrase.start : phrase.end] == phrase.phrase
    assert report.summary[-1].kind == "overview"


@pytest.mark.parametrize("seed", [SEED_000, SEED_004])
def test_offline_summary_points_pass_the_grounding_check(seed: Path) -> None:
    from summarizer.grounding import points as grounding

    report = analyze_offline(Article(text=seed.read_text("utf-8")))
    by_id = {s.id: s for s in report.sentences}
    for point in report.summary:
        if point.kind != "overview":  # the overview counts labels; it quotes nothing
            cited = [by_id[i] for i in point.sentence_ids]
            assert grounding.ungrounded_terms(point.text, cited, report.loaded_language) == [], \
                point.text


DISPUTED = (
    "The mayor met lobbyists from Northgate Developments in March, according to the "
    "Daily Ledger.\n\nSeveral council members called the meeting a disgrace.\n\n"
    "A spokesman for the mayor denied that the mayor met anyone from Northgate Developments.\n\n"
    "The council budget was approved on Tuesday.\n"
)


def test_a_denial_lowers_the_claim_it_answers() -> None:
    first, members, denial, budget = label_sentences(DISPUTED)
    assert first.category is Category.ATTRIBUTED_STATEMENT
    assert first.confidence is Confidence.LOW
    assert first.reasons[-1] == "disputed in S3: 'denied'"
    assert members.attribution.type is AttributionType.ANONYMOUS
    assert denial.attribution.source == "A spokesman for the mayor"
    assert not any("disputed" in r for r in budget.reasons)
    assert budget.confidence is Confidence.MEDIUM


def test_seed_004_lead_is_reported_with_its_loaded_framing_listed(report_004: Report) -> None:
    lead = containing(report_004, "reportedly considering a landmark agreement")
    assert lead.category is Category.REPORTED_FACT
    assert lead.confidence in {Confidence.MEDIUM, Confidence.LOW}
    flagged = {p.phrase for p in report_004.loaded_language if p.sentence_id == lead.id}
    assert {"sent shockwaves", "landmark"} <= flagged
    assert any(p.kind == "reporting" and lead.id in p.sentence_ids for p in report_004.summary)
