"""Question-and-answer interviews: the layout itself says who speaks.

Every sentence of an answer (from "A:" to the next "Q:" or the end of the paragraph) is the
interviewee's, on the record, whatever it says, as a quotation's marks make words a
speaker's. A question of the interviewer's turn asks for information from someone present:
it is reported as asked unless its own wording is loaded (annotation guide, interview
conventions).
"""

from __future__ import annotations

import re

from summarizer.offline.cues import SentenceCues
from summarizer.offline.label import Label
from summarizer.offline.sources import Source
from summarizer.schema import Attribution, AttributionType, Category, Confidence
from summarizer.text.segment import Span

_ANSWER = re.compile(r"A\s?:\s")  # an interview answer: "A: Because it is their pay."
_QUESTION = re.compile(r"Q\s?:\s")
# Cues that make an interviewer's question loaded rather than neutral.
_LOADED = ("evaluative", "intensifier", "allegation", "allegation_weak", "scare_quote",
           "superlative", "idiom", "puffery")
# Asking whether something is true asks for verification: not a judgement of the question's own.
# So does asking what is really the case: "What does the plan actually change?", "Does it really
# work?" press for the facts; the adverb judges nothing.
_TRUTH = frozenset({"true", "false", "accurate", "correct", "right", "wrong", "fair", "actually",
                    "really"})
# A negative question presupposes its answer ("Isn't that a betrayal?"); 'vote no' does not.
_NEGATIVE_QUESTION = re.compile(r"^(?:Q\s?:\s)?\W*\w+(?:n[’']t|\s+not)\b", re.IGNORECASE)


def interview_turns(
    text: str, spans: list[Span], all_cues: list[SentenceCues], labels: list[Label],
    speakers: list[Source | None], speaker_ids: list[str | None],
) -> None:
    """Relabel, in place, the answers of a question-and-answer interview as the
    interviewee's words, and its neutral questions as reported questions.

    Args:
        text: the article.
        spans: its sentences.
        all_cues: each sentence's cues.
        labels: each sentence's label, replaced where a turn decides it.
        speakers: each sentence's speaker, to find the interviewee's name.
        speaker_ids: each sentence's speaker id, set for answers.
    """
    turns: list[str] = []  # "A", "Q" or "" for each sentence
    turn, paragraph = "", -1
    for span in spans:
        if span.paragraph != paragraph:
            turn, paragraph = "", span.paragraph
        if _ANSWER.match(text, span.start):
            turn = "A"
        elif _QUESTION.match(text, span.start):
            turn = "Q"
        turns.append(turn)
    if "A" not in turns:
        return
    named = next(((i, s) for i, s in enumerate(speakers) if s is not None and s.named
                  and s.type is AttributionType.NAMED_PERSON), None)
    name = named[1].text if named else "the interviewee"
    for index, turn in enumerate(turns):
        old = labels[index]
        if turn == "Q" and old.category is Category.OPINION and _neutral(all_cues[index]):
            labels[index] = Label(
                Category.REPORTED_FACT, Attribution(type=AttributionType.NONE), Confidence.MEDIUM,
                ["the interviewer's question: it asks, in neutral words"], old.evidence)
        if turn != "A":
            continue
        confidence = old.confidence if old.confidence in (Confidence.HIGH, Confidence.MEDIUM) \
            else Confidence.MEDIUM
        labels[index] = Label(
            Category.ATTRIBUTED_STATEMENT,
            Attribution(type=AttributionType.NAMED_PERSON, source=name), confidence,
            [f"an answer in a question-and-answer interview: the words of '{name}'"],
            old.evidence)
        if named is not None and named[0] != index:
            speaker_ids[index] = f"S{named[0] + 1}"


def _neutral(cues: SentenceCues) -> bool:
    """A question with no loaded word of its own outside quotations."""
    if not cues.has("question", quoted=False) or _NEGATIVE_QUESTION.match(cues.text):
        return False
    return not any(c.text.lower() not in _TRUTH for kind in _LOADED
                   for c in cues.find(kind, quoted=False))
