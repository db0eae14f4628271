"""Sentences of other scripts are split at their own sentence ends, and flagged not English;
English segmentation is unchanged (the corpus's tune half segments exactly as annotated)."""

from __future__ import annotations

import pytest

from summarizer.inputs.article import Article
from summarizer.offline.engine import NOT_ENGLISH, analyze_offline
from summarizer.text.language import looks_english
from summarizer.text.segment import segment


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("北京今天下雨。明天会晴天！你去吗？我不去。",
     ["北京今天下雨。", "明天会晴天！", "你去吗？", "我不去。"]),
    ("「行くよ」と彼は言った。「本当？」そう。",
     ["「行くよ」と彼は言った。", "「本当？」", "そう。"]),
    ("«Привет», сказал он. Это было вчера. Почему? Потому что.",
     ["«Привет», сказал он.", "Это было вчера.", "Почему?", "Потому что."]),
    ("Η κυβέρνηση ανακοίνωσε τα μέτρα. Οι πολίτες αντέδρασαν\u037e Ναι.",
     ["Η κυβέρνηση ανακοίνωσε τα μέτρα.", "Οι πολίτες αντέδρασαν\u037e", "Ναι."]),
    ("قال الوزير إن الخطة جاهزة. هل هذا صحيح؟ لا أحد يعرف.",
     ["قال الوزير إن الخطة جاهزة.", "هل هذا صحيح؟", "لا أحد يعرف."]),
    ("सरकार ने योजना की घोषणा की। लोग खुश हैं।", ["सरकार ने योजना की घोषणा की।", "लोग खुश हैं।"]),
    ("¿Vienes mañana? ¡Claro que sí! Nos vemos.",
     ["¿Vienes mañana?", "¡Claro que sí!", "Nos vemos."]),
])
def test_other_scripts_split_at_their_sentence_ends(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a semicolon after Latin letters is no Greek question mark
    ("He paused; Then he spoke.", ["He paused; Then he spoke."]),
    ("The vote (10–2!) passed. Next came the budget.",
     ["The vote (10–2!) passed.", "Next came the budget."]),
    ("She said “wait!” and left. It rained.", ["She said “wait!” and left.", "It rained."]),
])
def test_english_boundaries_are_unchanged(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@pytest.mark.parametrize("text", [
    "北京今天下雨。明天会晴天！你去吗？我不去。他说这个计划已经准备好了，但是很多人不同意。",
    "Правительство объявило о новых мерах. Граждане отреагировали спокойно. Министр доволен.",
])
def test_a_paragraph_in_another_script_gets_the_english_only_warning(text: str) -> None:
    assert not looks_english(text)
    report = analyze_offline(Article(text=text))
    assert NOT_ENGLISH in report.warnings
    assert len(report.sentences) >= 3
