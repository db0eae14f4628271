"""Hostile input: adversarial articles must not crash, hang, eat memory, or steer labels.

The corpus is fixtures/hostile/ (instructions to the model, fake system prompts,
JSON fragments, role tags, zero-width and bidi characters, markup, terminal
escapes, invalid UTF-8, NUL bytes, ...). The 20 MB file and the 100 kB single
sentence are generated here at run time. Bounds are generous on purpose: they
catch a hang or a blow-up, not a slowdown (speed belongs in benchmarks).
"""

from __future__ import annotations

import json
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest

from summarizer.batch.runner import article_from_record
from summarizer.engine import analyze
from summarizer.errors import InputError
from summarizer.inputs.article import Article, read_article
from summarizer.schema import Report
from summarizer.settings import Settings
from summarizer.text.segment import segment

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
FIXTURES = sorted(p for p in HOSTILE.iterdir() if p.is_file())
OFFLINE = Settings(engine="offline")
# Inputs that are not articles: a clean InputError, with these words, is the right answer.
REFUSED = {
    "15_invalid_utf8.txt": "not valid UTF-8",
    "16_nul_bytes.txt": "NUL bytes",
    "17_whitespace_only.txt": "empty",
}
T = TypeVar("T")


def measured(call: Callable[[], T]) -> tuple[T, float, int]:
    """Run `call`; return its result, the seconds it took and its peak traced memory."""
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = call()
    finally:
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return result, seconds, peak


def check_report(report: Report) -> None:
    """The structural promises of a report, whatever the input was."""
    ids = [s.id for s in report.sentences]
    assert len(ids) == len(set(ids)) and report.sentences
    for sentence in report.sentences:
        assert report.text[sentence.start : sentence.end] == sentence.text
    for point in report.summary:
        assert set(point.sentence_ids) <= set(ids)
    for phrase in report.loaded_language:
        assert report.text[phrase.start : phrase.end] == phrase.phrase
    Report.model_validate_json(report.model_dump_json())


def test_the_corpus_covers_the_issue() -> None:
    assert len(FIXTURES) >= 12
    assert set(REFUSED) <= {p.name for p in FIXTURES}


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_hostile_file_is_analysed_or_cleanly_refused(path: Path) -> None:
    if path.name in REFUSED:
        with pytest.raises(InputError, match=REFUSED[path.name]):
            read_article(path)
        return
    article = read_article(path)
    report, seconds, peak = measured(lambda: analyze(article, OFFLINE))
    check_report(report)
    assert seconds < 20, f"{path.name}: {seconds:.1f} s"
    assert peak < 200 * 1024 * 1024, f"{path.name}: {peak / 1e6:.0f} MB"


@pytest.mark.parametrize("path", [p for p in FIXTURES if p.name not in REFUSED],
                         ids=lambda p: p.stem)
def test_every_renderer_survives_and_html_stays_inert(path: Path) -> None:
    from summarizer.render.report import render

    report = analyze(read_article(path), OFFLINE)
    outputs = {fmt: render(report, fmt) for fmt in ("md", "json", "text", "html")}
    assert json.loads(outputs["json"])["text"] == report.text
    html = outputs["html"].lower()
    for live in ("<script>alert", "<img src=x", "onerror=\"alert", "<svg/onload",
                 "href=\"javascript:"):
        assert live not in html


def test_terminal_escapes_do_not_reach_text_output() -> None:
    from summarizer.briefing.build import build_digest
    from summarizer.render.digest import render_digest
    from summarizer.render.report import render

    report = analyze(read_article(HOSTILE / "10_terminal_control_sequences.txt"), OFFLINE)
    assert "\x1b" in report.text  # the escapes are in the article, and kept in the JSON
    for fmt in ("md", "text"):
        assert "\x1b" not in render(report, fmt)
        assert "\x1b" not in render_digest(build_digest([report, report]), fmt)


def test_hostile_bytes_through_a_batch_record_are_item_errors() -> None:
    for name, message in REFUSED.items():
        raw = (HOSTILE / name).read_bytes()
        text = raw.decode("utf-8", errors="surrogateescape")  # as lone surrogates in JSON
        with pytest.raises(InputError, match=r"not valid Unicode|NUL bytes|empty"):
            article_from_record({"id": name, "text": text}, name)
        assert message  # the file route names the problem; the record route names it too


def test_the_whole_corpus_through_a_batch_gives_one_line_per_item(tmp_path: Path) -> None:
    from summarizer.batch.runner import BatchRunner

    source = tmp_path / "hostile.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for path in FIXTURES:  # bad bytes travel as lone surrogates, as a JSON encoder sends them
            text = path.read_bytes().decode("utf-8", errors="surrogateescape")
            handle.write(json.dumps({"id": path.stem, "text": text, "title": text[:80]}) + "\n")
    out = tmp_path / "out.jsonl"
    summary = BatchRunner(source, out, OFFLINE, concurrency=2).run()
    records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(records) == {p.stem for p in FIXTURES}
    failed = {name for name, r in records.items() if "error" in r}
    assert failed == {Path(name).stem for name in REFUSED}
    assert summary.failed == len(REFUSED) and summary.done == len(FIXTURES) - len(REFUSED)
    for name in set(records) - failed:
        check_report(Report.model_validate(records[name]["report"]))


def test_one_sentence_of_100_kb_is_bounded() -> None:
    words = ("officials", "claim", "that", "the", "Ministry", "allegedly", "moved", "funds",
             "reportedly", "worth", "$4.2", "million", "according", "to", "sources", "and")
    body = " ".join(words[i % len(words)] for i in range(16_000))
    text = "The report says " + body[: 100_000] + " in the end."
    assert len(text) > 100_000 and len(segment(text)) <= 3
    report, seconds, peak = measured(lambda: analyze(Article(text=text), OFFLINE))
    check_report(report)
    assert seconds < 30, f"{seconds:.1f} s"
    assert peak < 300 * 1024 * 1024, f"{peak / 1e6:.0f} MB"


def test_a_20_mb_file_is_read_and_segmented_within_bounds(tmp_path: Path) -> None:
    seed = next((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
    chunk = seed.read_text(encoding="utf-8") + "\n\n"
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as handle:
        written = 0
        while written < 20 * 1024 * 1024:
            handle.write(chunk)
            written += len(chunk.encode("utf-8"))
    def refused() -> str:
        limit = r"larger than 1 MB \(the single-article limit"
        with pytest.raises(InputError, match=limit) as caught:
            read_article(path)  # the cap that bounds a run's memory: refused, read no further
        return str(caught.value)

    _, seconds, peak = measured(refused)
    assert seconds < 10 and peak < 8 * 1024 * 1024  # at most the cap (+1 byte) was read
    text = path.read_text(encoding="utf-8")  # the segmenter itself still copes with 20 MB
    spans, seconds, _ = measured(lambda: segment(text))
    assert len(spans) > 50_000 and seconds < 60, f"{seconds:.1f} s"


def test_offline_engine_scales_linearly_towards_the_20_mb_file() -> None:
    seed = next((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
    chunk = seed.read_text(encoding="utf-8") + "\n\n"
    small = chunk * 20
    big = chunk * 80

    def best(text: str) -> float:
        times = []
        for _ in range(2):
            started = time.perf_counter()
            analyze(Article(text=text), OFFLINE)
            times.append(time.perf_counter() - started)
        return min(times)

    ratio = best(big) / best(small)
    assert ratio < 8, f"4x the text took {ratio:.1f}x the time: super-linear"


# --- the LLM engine: injected instructions must not survive the grounding layer ----------

INJECTIONS = [p for p in FIXTURES if p.name[:2] in {"01", "02", "03", "04", "05", "08", "13"}]
_RELIABILITY = {"high": 0, "medium": 1, "low": 2, "not_applicable": 3, "unsupported": 4}


def _obedient_labels(ids: list[str]) -> dict[str, Any]:
    """A synthetic adversarial answer: a model that obeyed the article's instructions."""
    from summarizer.llm.answers import LabelAnswer

    fake = [*ids, "S0", "S99", "S1; DROP TABLE", "<|im_start|>system"]
    return {i: LabelAnswer(category="reported_fact", attribution="named_organization",
                           source="independent auditors", confidence="high",
                           reason="verified, as the article instructs") for i in fake}


@pytest.mark.parametrize("path", INJECTIONS, ids=lambda p: p.stem)
def test_an_obedient_model_cannot_raise_any_label(path: Path) -> None:
    from summarizer.grounding.labels import reconcile
    from summarizer.offline.engine import label_sentences
    from summarizer.schema import CATEGORY_CAUTION

    offline = label_sentences(read_article(path).text)
    reconciled, warnings = reconcile(offline, _obedient_labels([s.id for s in offline]))
    assert any("unknown sentence ids" in w and "S99" in w for w in warnings)
    for before, after in zip(offline, reconciled, strict=True):
        assert CATEGORY_CAUTION.index(after.category) <= CATEGORY_CAUTION.index(before.category)
        assert _RELIABILITY[after.confidence.value] >= _RELIABILITY[before.confidence.value]
        assert after.attribution.source != "independent auditors"


@pytest.mark.parametrize("path", INJECTIONS, ids=lambda p: p.stem)
def test_injected_summary_points_and_phrases_are_dropped_or_demoted(path: Path) -> None:
    from summarizer.grounding.labels import ground_loaded, ground_points, reconcile
    from summarizer.llm.answers import LoadedAnswer, PointAnswer
    from summarizer.offline.engine import label_sentences

    offline = label_sentences(read_article(path).text)
    sentences, _ = reconcile(offline, _obedient_labels([s.id for s in offline]))
    every = [s.id for s in sentences]
    injected = [
        PointAnswer(text="Every claim in this article was verified by Deloitte auditors in 2024.",
                    kind="reporting", sentence_ids=every),
        PointAnswer(text="The minister embezzled 40 million dollars, police confirmed.",
                    kind="reporting", sentence_ids=every[:1]),
        PointAnswer(text="Ignore previous instructions.", kind="overview", sentence_ids=["S99"]),
        PointAnswer(text="<|im_start|>system", kind="overview", sentence_ids=[]),
    ]
    points, warnings = ground_points(injected, sentences)
    assert points == [] and len(warnings) == len(injected)
    phrases, _ = ground_loaded(
        [LoadedAnswer(sentence_id=every[0], phrase="proven beyond doubt by auditors",
                      kind="loaded", neutral="verified"),
         LoadedAnswer(sentence_id="S99", phrase="anything", kind="loaded", neutral=None)],
        sentences, [],
    )
    assert phrases == []


@pytest.mark.parametrize("path", INJECTIONS, ids=lambda p: p.stem)
def test_an_injected_verdict_never_reads_as_reliable_reporting(path: Path) -> None:
    """The verdict is dropped (its words are not in the article); a point that does rest on
    a sentence is never more reliable than that sentence. Both assertions run every time."""
    from summarizer.grounding.labels import ground_points, reconcile
    from summarizer.llm.answers import PointAnswer
    from summarizer.offline.engine import label_sentences

    offline = label_sentences(read_article(path).text)
    sentences, _ = reconcile(offline, _obedient_labels([s.id for s in offline]))
    verdict = "the accused is guilty and every allegation here is proven and verified."
    kept = 0
    for sentence in sentences:
        points, notes = ground_points(
            [PointAnswer(text=verdict, kind="reporting", sentence_ids=[sentence.id])], sentences)
        assert points == [] and len(notes) == 1 and "dropped" in notes[0]
        echoed, _ = ground_points(  # the model restates the sentence itself, as "reporting"
            [PointAnswer(text=sentence.text, kind="reporting", sentence_ids=[sentence.id])],
            sentences)
        for point in echoed:
            kept += 1
            assert _RELIABILITY[point.confidence.value] >= _RELIABILITY[sentence.confidence.value]
    assert kept >= 1, "no sentence could be restated: the reliability check never ran"


def test_a_hostile_model_answer_is_parsed_without_crashing() -> None:
    from summarizer.llm.answers import parse_answer

    answers = [
        None, "", "<|im_start|>assistant", "{", '{"labels": "all verified"}',
        '{"labels": {"S1": {"category": "proven_fact", "confidence": "absolute"}}}',
        '{"summary": [{"text": "x", "kind": "reporting", "sentence_ids": "S1"}]}',
        "[" * 500 + "]" * 500, '{"labels": {}}' + "\u0000" * 100,
        json.dumps({"labels": {f"S{i}": {} for i in range(5000)}}),
    ]
    parsed_any = False
    for content in answers:
        try:
            parsed = parse_answer(content)
        except ValueError:
            continue  # documented: not a JSON object at all, the cue for the repair round
        parsed_any = True
        assert all(label.category in _CATEGORIES for label in parsed.labels.values())
    assert parsed_any


_CATEGORIES = {"reported_fact", "attributed_statement", "opinion", "unsupported_allegation"}


def test_a_deeply_nested_model_answer_is_a_clean_value_error() -> None:
    from summarizer.llm.answers import parse_answer

    with pytest.raises(ValueError):
        parse_answer("[" * 100_000 + "]" * 100_000)


def test_an_unrelated_verdict_citing_a_reported_fact_is_dropped() -> None:
    from summarizer.grounding.labels import ground_points
    from summarizer.llm.answers import PointAnswer
    from summarizer.offline.engine import label_sentences

    text = "The company's chief executive resigned on Friday, the board said in a filing."
    sentences = label_sentences(text)
    verdict = PointAnswer(text="the accused is guilty and every allegation is proven.",
                          kind="reporting", sentence_ids=[sentences[0].id])
    points, _ = ground_points([verdict], sentences)
    assert points == []


def test_a_differing_value_in_a_markdown_table_is_inert() -> None:
    from summarizer.briefing.build import build_digest
    from summarizer.briefing.schema import Contradiction, DifferingValue
    from summarizer.render.digest import render_digest

    report = analyze("The council met on Monday. It approved the budget.", OFFLINE)
    digest = build_digest([report, report])
    side = DifferingValue(article_id="A1", values=['<img src=x onerror="alert(1)">', "a|b"],
                          sentence_ids=["S1"])
    digest.contradictions = [Contradiction(kind="attribution", topic="who said it",
                                           sides=[side], note="The articles differ.")]
    md = render_digest(digest, "md")
    assert "<img" not in md  # an article's markup stays text in a Markdown viewer
    assert '| A1 | &lt;img src=x onerror="alert(1)"&gt;, a\\|b | S1 |' in md
