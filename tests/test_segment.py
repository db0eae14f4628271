"""Segmentation: exact offsets, abbreviations, quotes, headlines, broken sentences."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.text.segment import paragraphs, segment

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = (
        "Dr. Smith met Gen. Jones in Jan. 2024 in the U.S. capital. "
        "They spoke for an hour. Mr. Lee of the U.K. Foreign Office agreed."
    )
    assert sentences(text) == [
        "Dr. Smith met Gen. Jones in Jan. 2024 in the U.S. capital.",
        "They spoke for an hour.",
        "Mr. Lee of the U.K. Foreign Office agreed.",
    ]


def test_abbreviation_at_a_real_sentence_end() -> None:
    text = "The aid came from the U.S. The next day it arrived."
    assert sentences(text) == ["The aid came from the U.S.", "The next day it arrived."]


def test_initials_and_numbers() -> None:
    text = "John F. Kennedy spent $1.5 billion. Growth was 2.5 percent."
    assert sentences(text) == ["John F. Kennedy spent $1.5 billion.", "Growth was 2.5 percent."]


def test_quotes_that_close_a_sentence_curly_and_straight() -> None:
    text = '\u2018It is over.\u2019 She left. \u201cReally?\u201d he asked. "Yes." They went.'
    assert sentences(text) == [
        "\u2018It is over.\u2019",
        "She left.",
        "\u201cReally?\u201d he asked.",
        '"Yes."',
        "They went.",
    ]


def test_headline_without_final_punctuation_is_its_own_sentence() -> None:
    text = "Markets Rally as Rates Fall\n\nStocks rose on Monday. Bonds fell."
    assert sentences(text) == [
        "Markets Rally as Rates Fall",
        "Stocks rose on Monday.",
        "Bonds fell.",
    ]


def test_heading_line_inside_a_paragraph() -> None:
    text = "Breaking News\nStocks rose on Monday."
    assert sentences(text) == ["Breaking News", "Stocks rose on Monday."]


def test_wrapped_lines_stay_one_sentence() -> None:
    text = "The committee met on Monday to discuss the budget, which\nhad been delayed twice."
    assert sentences(text) == [text]


def test_sentence_broken_across_a_blank_line_lowercase() -> None:
    text = "The minister said that the plan\n\nwould be delayed until spring."
    assert sentences(text) == [text]


def test_seed_000_us_department_of_defense_is_one_sentence() -> None:
    text = (SEEDS / "000_3803d65d782871d0.txt").read_text(encoding="utf-8")
    found = [s for s in sentences(text) if "Department of Defense" in s]
    assert found == [
        "Adding to the controversy, a recent incident involving the U.S.\n\n"
        "Department of Defense has further complicated the narrative."
    ]


def test_seed_004_quotes_split_and_kept_whole() -> None:
    text = (SEEDS / "004_0e03f83aebca1b10.txt").read_text(encoding="utf-8")
    got = sentences(text)
    assert (
        "\u2018The U.S. needs our systems, and we need their support to end this war.\u2019" in got
    )
    assert got[0].startswith("U.S. Considers Landmark Drone Purchase")
    assert got[0].endswith("Reveals Reuters")


def test_paragraphs_and_paragraph_numbers() -> None:
    text = "One. Two.\n\nThree.\nFour."
    assert [text[s:e] for s, e in paragraphs(text)] == ["One. Two.", "Three.", "Four."]
    assert [s.paragraph for s in segment(text)] == [0, 0, 1, 2]


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab U.S.!?\u2019\u201d\"' \n\n\tAZ1.\u2026")), max_size=200
    )
)
def test_offset_invariants_on_arbitrary_text(text: str) -> None:
    spans = segment(text)
    covered: set[int] = set()
    last_end = 0
    for span in spans:
        piece = text[span.start : span.end]
        assert piece and piece == piece.strip()
        assert span.start >= last_end
        last_end = span.end
        covered.update(range(span.start, span.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_offset_invariants_on_any_unicode(text: str) -> None:
    spans = segment(text)
    assert all(text[s.start : s.end] == text[s.start : s.end].strip() != "" for s in spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    joined = "".join(text[s.start : s.end] for s in spans)
    assert "".join(joined.split()) == "".join(text.split())


def test_each_list_item_is_its_own_sentence() -> None:
    text = (
        "The office listed the worst-hit areas:\n"
        "- Northgate, where about 5,000 homes lost power\n"
        "* the old harbour district\n"
        "• two villages along the Mill River\n"
        "1. Eastfield\n"
        "2) the airport road, which was closed for\n"
        "three hours\n\n"
        "Crews worked through the night.\n"
        "The road reopened at dawn - after\n"
        "- or so the police said - a long wait."
    )
    assert sentences(text) == [
        "The office listed the worst-hit areas:",
        "- Northgate, where about 5,000 homes lost power",
        "* the old harbour district",
        "• two villages along the Mill River",
        "1. Eastfield",
        "2) the airport road, which was closed for\nthree hours",
        "Crews worked through the night.",
        "The road reopened at dawn - after\n- or so the police said - a long wait.",
    ]


def test_a_line_of_invisible_characters_stays_covered() -> None:
    # found by the property test above: a soft hyphen alone on the last line fell between
    # sentences once the normalised view dropped it
    for text in ("0\r\xad", "Hi.\n\u200b\n\nNext one."):
        joined = "".join(text[s.start : s.end] for s in segment(text))
        assert "".join(joined.split()) == "".join(text.split())
    assert [(s.start, s.end) for s in segment("0\r\xad")] == [(0, 3)]
