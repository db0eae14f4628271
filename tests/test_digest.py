"""The briefing note: matching, corroboration, allegations, differences, CLI."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from digest_factory import ALLEGATION, OPINION, make_report, said

from summarizer.briefing.build import build_digest
from summarizer.briefing.match import features, stem
from summarizer.briefing.schema import Digest
from summarizer.cli.main import main
from summarizer.errors import UsageError
from summarizer.schema import AttributionType, Confidence

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))

ONE = (
    "The city council approved a budget of 45 million dollars for the new bridge on Monday. "
    "Mayor Anna Kowalski said the bridge construction would start in March 2024. "
    "Sources say the contractor secretly bribed council members to win the bridge contract. "
    "This is a shameful day for the city."
)
TWO = (
    "Council members approved a 52 million dollar budget for the new bridge on Monday. "
    "Mayor Ana Kowalski told reporters that bridge construction would start in March 2024. "
    "Insiders claim the contractor bribed council members to win the bridge contract. "
    "Residents of the north district will face months of traffic detours."
)
LABELS_ONE = {2: said("Mayor Anna Kowalski"), 3: ALLEGATION, 4: OPINION}
LABELS_TWO = {2: said("Mayor Ana Kowalski"), 3: ALLEGATION}


def _digest() -> Digest:
    return build_digest([
        make_report(ONE, LABELS_ONE, title="one"),
        make_report(TWO, LABELS_TWO, title="two"),
    ])


def _claim_with(digest: Digest, article: str, sentence: str):  # type: ignore[no-untyped-def]
    for claim in digest.claims:
        for support in claim.articles:
            if support.article_id == article and sentence in support.sentence_ids:
                return claim
    raise AssertionError(f"no claim carries {article} {sentence}")


def test_stem_and_features_catch_plurals_names_numbers_dates() -> None:
    assert stem("drones") == stem("drone")
    f = features("Ukrainian President Volodymyr Zelensky met them on July 17 over $45 million.")
    assert "Volodymyr Zelensky" in f.full_names
    assert "July 17" in f.dates
    assert any("45" in n for n in f.numbers)


def test_shared_reporting_is_corroborated_and_rises_one_step() -> None:
    digest = _digest()
    claim = _claim_with(digest, "A1", "S2")
    assert {s.article_id for s in claim.articles} == {"A1", "A2"}
    assert claim.corroborated and claim.kind == "reporting"
    assert claim.confidence == Confidence.HIGH  # medium in each article, raised by two
    assert any("raised medium -> high" in r for r in claim.reasons)


def test_repeated_allegation_is_flagged_not_corroborated() -> None:
    digest = _digest()
    claim = _claim_with(digest, "A1", "S3")
    assert claim.kind == "allegation" and not claim.corroborated
    assert claim.confidence == Confidence.UNSUPPORTED
    assert {s.article_id for s in claim.articles} == {"A1", "A2"}
    flagged = {(a.article_id, a.sentence_id): a for a in digest.allegations}
    assert set(flagged) == {("A1", "S3"), ("A2", "S3")}
    assert flagged["A1", "S3"].made_by == AttributionType.ANONYMOUS
    assert flagged["A1", "S3"].repeated_by == ["A2"]
    alleged_points = [p for p in digest.summary if p.kind == "allegation"]
    assert alleged_points and claim.id in alleged_points[0].claim_ids


def test_differences_are_side_by_side() -> None:
    digest = _digest()
    by_kind = {c.kind: c for c in digest.contradictions}
    numbers = by_kind["number"]
    assert {s.article_id: s.values for s in numbers.sides} == {
        "A1": ["45 million"], "A2": ["52 million"]}
    names = by_kind["name"]
    assert {v for s in names.sides for v in s.values} == {"Anna Kowalski", "Ana Kowalski"}
    assert names.topic == "Kowalski"


def test_single_source_lists_claims_one_article_makes_not_opinions() -> None:
    digest = _digest()
    only_two = _claim_with(digest, "A2", "S4")
    opinion = _claim_with(digest, "A1", "S4")
    assert only_two.id in digest.single_source
    assert opinion.kind == "opinion" and opinion.id not in digest.single_source


def test_reports_from_either_engine_and_one_article() -> None:
    digest = build_digest([make_report(ONE, LABELS_ONE, engine="openai")])
    assert digest.articles[0].engine == "openai"
    assert not any(c.corroborated for c in digest.claims)
    assert any("only one article" in w for w in digest.warnings)
    with pytest.raises(UsageError):
        build_digest([])


def test_every_digest_field_is_described() -> None:
    def walk(schema: dict[str, object]) -> None:
        for name, prop in schema.get("properties", {}).items():  # type: ignore[attr-defined]
            assert prop.get("description"), f"{schema.get('title')}.{name} has no description"
    full = Digest.model_json_schema()
    defs = full.get("$defs", {})
    walk(full)
    for sub in defs.values():
        if "properties" in sub:
            walk(sub)
            assert sub.get("additionalProperties") is False


@pytest.mark.skipif(len(SEEDS) < 2, reason="the seed articles are missing")
def test_seeds_briefing_note() -> None:
    from summarizer.inputs.article import read_article
    from summarizer.offline.engine import analyze_offline

    digest = build_digest([analyze_offline(read_article(p)) for p in SEEDS])
    corroborated = [c for c in digest.claims if c.corroborated]
    assert any("drone" in c.text.lower() for c in corroborated)
    embezzle = [a for a in digest.allegations
                if "siphoned" in a.text or "embezzling" in a.text]
    assert {a.article_id for a in embezzle} == {"A1", "A2"}
    assert all(a.made_by in (AttributionType.ANONYMOUS, AttributionType.NONE) for a in embezzle)
    kinds = {c.kind: c for c in digest.contradictions}
    spelled = {v for s in kinds["name"].sides for v in s.values}
    assert {"Volodymyr Zelensky", "Vladimir Zelensky"} <= spelled
    assert "date" in kinds and "attribution" in kinds


def test_cli_digest_files_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ONE, encoding="utf-8")
    b.write_text(TWO, encoding="utf-8")
    assert main(["digest", str(a), str(b), "--engine", "offline", "-f", "json"]) == 0
    digest = Digest.model_validate_json(capsys.readouterr().out)
    assert [x.source for x in digest.articles] == [str(a), str(b)]


def test_cli_digest_jsonl_stdin(monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    lines = [json.dumps({"id": "x1", "text": ONE, "title": "One"}),
             json.dumps({"id": "x2", "text": TWO, "url": "https://example.org/2"})]
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert main(["digest", "--engine", "offline", "-f", "md"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Briefing note: 2 article(s)")
    assert "One" in out and "https://example.org/2" in out


def test_cli_digest_bad_jsonl_is_a_usage_error(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO('{"id": 1, "text": "ok."}\nnot json\n'))
    assert main(["digest", "-", "--engine", "offline"]) == 2
    assert "line 2" in capsys.readouterr().err


@pytest.mark.parametrize("text", ["A lone \\ud800 surrogate.", "A NUL \\u0000 byte.", "   "])
def test_cli_digest_jsonl_text_follows_the_input_rules(
    text: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    good = json.dumps({"id": 1, "text": "The council met."})
    monkeypatch.setattr("sys.stdin", io.StringIO(good + '\n{"id": 2, "text": "' + text + '"}\n'))
    assert main(["digest", "-", "--engine", "offline", "-f", "json"]) == 2
    err = capsys.readouterr().err
    assert "<stdin> line 2" in err and "internal error" not in err


def test_unnamed_sources_never_corroborate() -> None:
    text_one = "Officials say the harbour tunnel project will cost far more than planned budgets."
    text_two = "Insiders say the harbour tunnel project will cost more than the planned budgets."
    unnamed = said("officials", AttributionType.ANONYMOUS)
    digest = build_digest([make_report(text_one, {1: unnamed}),
                           make_report(text_two, {1: said("insiders", AttributionType.ANONYMOUS)})])
    claim = _claim_with(digest, "A1", "S1")
    assert len(claim.articles) == 2
    assert not claim.corroborated and claim.confidence == Confidence.MEDIUM
    assert any("unnamed sources" in r for r in claim.reasons)


def test_next_sentence_credits_its_source() -> None:
    one = ("The port authority will sell the old ferry terminal to a private operator. "
           "This report, first published by the Harbour Gazette, cites two board members.")
    two = "Officials confirmed the port authority will sell the old ferry terminal soon."
    officials = said("Officials", AttributionType.NAMED_ORGANIZATION)
    digest = build_digest([make_report(one), make_report(two, {1: officials})])
    claim = _claim_with(digest, "A1", "S1")
    first = next(s for s in claim.articles if s.article_id == "A1")
    assert first.sentence_ids == ["S1", "S2"]
    assert first.attribution.source == "Harbour Gazette"
    assert any(c.kind == "attribution" and c.claim_id == claim.id for c in digest.contradictions)


def test_one_sentence_articles_are_counted_in_the_singular(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [json.dumps({"text": "The mayor resigned on Monday, the council said."}),
             json.dumps({"text": "The mayor resigned on Monday, officials said."})]
    for fmt in ("text", "html"):
        monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
        assert main(["digest", "-f", fmt, "--engine", "offline"]) == 0
        out = capsys.readouterr().out
        assert "(1 sentence, offline engine)" in out and "1 sentences" not in out


def test_a_word_opening_the_sentence_is_no_first_name() -> None:
    from summarizer.briefing.compare import name_variants
    from summarizer.briefing.match import Unit, features

    def unit(sid: str, text: str) -> Unit:
        return Unit(article=0, sentence_id=sid, text=text, features=features(text))

    a1 = [unit("S1", "Would Father Frost visit the harbour town this winter?")]
    a2 = [unit("S1", "Children in the harbour town wrote letters to Father Frost.")]
    assert name_variants([("A1", a1), ("A2", a2)]) == []
    a3 = [unit("S1", "Children wrote letters to Grandfather Frost.")]
    assert [c.note for c in name_variants([("A2", a2), ("A3", a3)])] == [
        "The articles name Frost differently: Father Frost vs Grandfather Frost."]


def _name_notes(*articles: list[str]) -> list[str]:
    from summarizer.briefing.compare import name_variants
    from summarizer.briefing.match import Unit, features

    return [c.note for c in name_variants([
        (f"A{k}", [Unit(article=k, sentence_id=f"S{n}", text=t, features=features(t))
                   for n, t in enumerate(texts, 1)])
        for k, texts in enumerate(articles, 1)])]


def test_a_name_spelled_two_ways_is_a_difference() -> None:
    assert _name_notes(["The talks were led by Volodymyr Halyk on Monday."],
                       ["Vladimir Halyk led the talks on Monday."]) == [
        "The articles name Halyk differently: Volodymyr Halyk vs Vladimir Halyk."]
    assert _name_notes(["The envoy, Pak Jung Soo, arrived in Seoul."],
                       ["The envoy, Pak Jong Soo, arrived in Seoul."],
                       ["Pak Jong Soo arrived in Seoul on Friday."]) == [
        "The articles name Soo differently: Pak Jung Soo vs Pak Jong Soo."]


def test_different_people_or_places_sharing_a_last_word_are_no_difference() -> None:
    # A relative, another department, the other half of a country: different words,
    # not the same word spelled two ways.
    assert _name_notes(["Donald Marsh opened the bakery in 1990."],
                       ["Melania Marsh runs the bakery today."]) == []
    assert _name_notes(["The Labor Department published the figures."],
                       ["The Treasury Department disputed the figures."]) == []
    assert _name_notes(["North Korea fired a missile on Sunday."],
                       ["South Korea tracked the missile on Sunday."]) == []
    # An article writing both forms tells its reader they are two people.
    assert _name_notes(["Hana Loft and her son Petr Loft spoke at the hearing."],
                       ["Petr Loft spoke at the hearing."]) == []


def test_a_name_given_more_or_less_fully_is_no_difference() -> None:
    assert _name_notes(["Democrat Ivo Brandt won the seat."],
                       ["Ivo Brandt won the seat on Tuesday."]) == []
    assert _name_notes(["Recep Anil Soyer spoke first."], ["Anil Soyer spoke first."]) == []
    assert _name_notes(["South Dakota Gov. Ana Ruiz signed it."],
                       ["Georgia Gov. Ben Cole signed it too."]) == []
