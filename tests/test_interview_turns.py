"""Question-and-answer interviews (issue 10, annotation guide): answers are the interviewee's
words; the interviewer's neutral questions are reported questions, loaded ones opinion. The
questions are from fixtures/corpus/tune/15 or written here; never from heldout/."""

from __future__ import annotations

import pytest

from summarizer.offline.engine import label_sentences
from summarizer.schema import AttributionType, Category

C = Category


def _interview(question: str) -> Category:
    text = ("Nurses' leader Beatriz Almeida spoke to us on Monday.\n\n"
            f"Q: {question}\n\nA: We will vote next week.")
    sentences = label_sentences(text)
    assert sentences[-1].attribution.type is AttributionType.NAMED_PERSON
    return sentences[1].category


@pytest.mark.parametrize("question", [
    "What happens if members vote no?",  # tune 15: 'no' is an option, not a negation
    "Is that true?",  # tune 15: asking for verification
    "When will the ballot close?",
])
def test_a_neutral_question_is_reported(question: str) -> None:
    assert _interview(question) is C.REPORTED_FACT


@pytest.mark.parametrize("question", [
    "Isn't this strike a betrayal of patients?",
    "Why do you keep defending such a reckless offer?",
])
def test_a_loaded_or_negative_question_stays_opinion(question: str) -> None:
    assert _interview(question) is C.OPINION
