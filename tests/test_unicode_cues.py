"""Cue matching runs on a normalised view: invisible characters and look-alike letters
never change a label (issue: one zero-width space inside 'sources' made an allegation
'verifiable reporting').

Sentences come from the tune half of the corpus and from this file; never from heldout/.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.evaluation.corpus import read_corpus
from summarizer.offline.engine import categorize, label_sentences
from summarizer.schema import Category
from summarizer.text import lexicon
from summarizer.text.normalize import normalize

TUNE = Path(__file__).resolve().parent.parent / "fixtures" / "corpus" / "tune"
_ARTICLES = read_corpus(TUNE)
SENTENCES = [g.text for a in _ARTICLES for g in a.sentences]
# Format characters (category Cf) a writer or a hostile page can slip into a word.
FORMAT = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u200e", "\u200f",
          "\u202a", "\u202c", "\u202e", "\u2066", "\u2069", "\u180e"]
_TO_LATIN = {pair.split()[0]: pair.split()[1]
             for pair in lexicon.entries("confusables", "latin_lookalikes")}
LOOKALIKE = {latin: other for other, latin in sorted(_TO_LATIN.items(), reverse=True)}


def _word_positions(text: str) -> list[int]:
    """Offsets between two letters: inside a word, where a cue could be hidden."""
    return [i for i in range(1, len(text)) if text[i - 1].isalpha() and text[i].isalpha()]


def _swap(text: str, index: int) -> str:
    char = text[index]
    other = LOOKALIKE[char.lower()]
    return text[:index] + (other.upper() if char.isupper() else other) + text[index + 1:]


def test_the_view_drops_format_characters_and_maps_lookalikes() -> None:
    text = "The s\u200bour\u0441es said he is c\u043erru\u00adpt."
    view = normalize(text)
    assert view.text == "The sources said he is corrupt."
    start = view.text.index("sources")
    assert view.original_span(start, start + len("sources")) == (4, 12)
    assert text[4:12].replace("\u200b", "") == "sour\u0441es"


def test_plain_text_is_its_own_view() -> None:
    text = "“It’s over,” said Ana Ruiz — the café’s owner… on Monday."
    assert normalize(text).text == text


def test_a_hidden_character_no_longer_launders_an_allegation() -> None:
    base = "Sources say the minister took bribes."
    assert categorize(base) is Category.UNSUPPORTED_ALLEGATION
    assert categorize("Sour\u200bces say the minister took bri\u00adbes.") is categorize(base)
    assert categorize("S\u043eurces say the minister t\u043eok bribes.") is categorize(base)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_inserting_a_format_character_never_changes_a_label(data: st.DataObject) -> None:
    sentence = data.draw(st.sampled_from(SENTENCES))
    positions = _word_positions(sentence)
    index = data.draw(st.sampled_from(positions))
    char = data.draw(st.sampled_from(FORMAT))
    changed = sentence[:index] + char + sentence[index:]
    assert categorize(changed) is categorize(sentence)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_a_lookalike_letter_never_changes_a_label(data: st.DataObject) -> None:
    sentence = data.draw(st.sampled_from(SENTENCES))
    letters = [i for i, c in enumerate(sentence) if c.lower() in LOOKALIKE]
    index = data.draw(st.sampled_from(letters))
    assert categorize(_swap(sentence, index)) is categorize(sentence)


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_a_whole_article_keeps_its_labels(data: st.DataObject) -> None:
    article = data.draw(st.sampled_from(_ARTICLES)).text
    before = [(s.start, s.category, s.attribution.type) for s in label_sentences(article)]
    chosen = sorted(set(data.draw(st.lists(st.sampled_from(_word_positions(article)),
                                           min_size=1, max_size=8))), reverse=True)
    changed = article
    shift = len(chosen)
    for index in chosen:  # from the end, so earlier offsets stay put
        changed = changed[:index] + "\u200b" + changed[index:]
    after = label_sentences(changed)
    assert [(s.category, s.attribution.type) for s in after] == [b[1:] for b in before]
    assert len(changed) == len(article) + shift
    assert all(changed[s.start:s.end].replace("\u200b", "") == changed[s.start:s.end]
               .replace("\u200b", "") for s in after)


def test_the_quick_format_test_knows_every_format_character() -> None:
    import sys
    import unicodedata

    from summarizer.text.normalize import _FORMAT

    missing = [hex(i) for i in range(sys.maxunicode + 1)
               if unicodedata.category(chr(i)) == "Cf" and not _FORMAT.match(chr(i))]
    assert missing == []


def test_ordinary_articles_take_the_quick_path() -> None:
    # a seed with curly quotes and dashes is its own view: no offset table is built
    seeds = Path(__file__).resolve().parent.parent / "seeds"
    for seed in sorted(seeds.glob("*.txt")):
        assert normalize(seed.read_text(encoding="utf-8")).origin is None
    assert normalize("I said Ivy.").origin is None  # 'ı'.upper() is an ASCII 'I'


def test_a_lookalike_after_an_inner_apostrophe_is_read_in_its_latin_word() -> None:
    # found by the property above: a Greek tau in "Don’t" hid the imperative
    assert categorize("Don’\u03c4 hold your breath.") is categorize("Don’t hold your breath.")


def test_a_lone_lookalike_letter_before_a_latin_word_is_read_as_latin() -> None:
    # hypothesis found it (it fails on main too): 'Ɑ' (Latin alpha, upper case) as the article
    # "A" hid the indefinite determiner, so "Ɑ jury in Coldwater County" became a named person
    text = ("A jury in Coldwater County found former Lakeport town treasurer Gerald Pennick "
            "guilty on Friday of embezzling $1.2 million from municipal accounts over six years.")
    assert normalize("\u2c6d jury found").text == "A jury found"
    assert categorize("\u2c6d" + text[1:]) is categorize(text)
    assert normalize("Это а вот").text == "Это а вот"  # a Russian word keeps its letter
