"""The offline judgement of one sentence, and the words its reasons quote.

`classify.py` decides; `attributed.py` decides a sourced sentence; both build a `Label` and
cite the cues behind it the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from summarizer.offline.cues import SentenceCues
from summarizer.offline.evidence import checkable
from summarizer.schema import Attribution, Category, Confidence, Evidence

# Annotation guide: a quotation with no speaker anywhere near it that evaluates is opinion.
UNSPOKEN = "an evaluative quotation with no speaker anywhere near it"


@dataclass
class Label:
    """The offline judgement of one sentence."""

    category: Category
    attribution: Attribution
    confidence: Confidence
    reasons: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


def specifics(cues: SentenceCues) -> list[str]:
    """Dates, numbers and direct quotes: what makes a statement checkable."""
    items = checkable(cues)
    found = [f"{item.kind} '{item.text}'" for item in items if item.kind != "quote"]
    if any(item.kind == "quote" for item in items):
        found.append("direct quote")
    return found[:3]


def quoted(words: list[str]) -> str:
    """Up to four distinct cue words, each in single quotes, for a reason."""
    unique = list(dict.fromkeys(words))
    return ", ".join(f"'{w}'" for w in unique[:4])
