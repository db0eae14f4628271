"""Crime words that accuse no one: a public legal act and a crime named as a topic.

"Ruiz was charged with fraud", "Reed admitted three counts of theft", "Forgery carries a maximum
sentence of ten years" report what a court, the police or the law did or says: public record,
rule 4 of the annotation guide. "Reports of harassment rose", "a fraud hotline" name a kind of
act with no doer. `allegation.py` asks `mentioned` before it counts a crime word as an
accusation; `classify.py` asks `through_court` and `legal_act`.
"""

from __future__ import annotations

import re

from summarizer.offline.cues import SentenceCues
from summarizer.offline.sources import Source
from summarizer.text import lexicon

# A crime named as a topic, not imputed to anyone: "reports of harassment", "victims of domestic
# abuse", "a unit to tackle fly-tipping and fraud", "lost $40 million to fraudsters", "makes
# coercive control a crime". The noun names a kind of act with no doer, so nobody is accused.
# group: hypotheticals. After "if", "whether" or "unless" ("asked what she would do if Norland
# cheated on the deal") the act is supposed, not asserted: nobody is accused of it.
_MENTION = re.compile(
    r"\b(?:(?:victims?|reports?|cases?|rates?|levels?|history|crimes?|offences?|offenses?)\s+of|"
    r"tackle|tackling|combat|combating|prevent|preventing|curb|curbing|fight|fighting|"
    r"crackdown\s+on|makes|lost\s+\S+(?:\s+\S+)?\s+to|if|whether|unless)\s+(?:[a-z-]+\s+(?:and\s+)?){0,2}$",
    re.IGNORECASE)


def _topic_head(text: str, end: int) -> bool:
    """Whether the crime word ending at `end` modifies a noun that deals with the crime: "a
    fraud hotline", "the bribery trial", "harassment training". In a noun compound the last
    noun is the head; the crime only says what the hotline or the trial is about."""
    m = _NEXT_NOUN.match(text, end)
    return m is not None and m.group(1).lower() in lexicon.words("allegation", "topic_heads")


_NEXT_NOUN = re.compile(r"[\s-]+([a-z]+)")


def mentioned(text: str, start: int, end: int) -> bool:
    """Whether the crime word at `start`..`end` is named as a topic, not imputed: after "reports
    of", "to tackle" and the like, or as the modifier of a noun that deals with it."""
    return bool(_MENTION.search(text, max(0, start - 40), start)) or _topic_head(text, end)


def through_court(cues: SentenceCues) -> str | None:
    """The legal-process word when an accusation is made through a court, not by the
    author or an anonymous source ("was convicted of fraud"); else None."""
    legal = cues.find("legal_process")
    if not legal or cues.find("anonymous_marker"):
        return None
    return legal[0].text


# A plea to a charge: "admitted three counts of theft". In court, admitting counts is a guilty
# plea, a legal act on the record, not a statement. (A denial stays a statement: the annotation
# guide labels "Marsh denied the claims" attributed.)
_PLEA = re.compile(r"\s+(?:(?:a|an|the|all|both|one|two|three|four|five|six|\d+)\s+)?"
                   r"(?:counts?|charges?)\s+of\b", re.IGNORECASE)


def legal_act(cues: SentenceCues, source: Source) -> bool:
    """Whether the source's verb is a legal act rather than speech: "Police charged a man with
    theft", "Reed admitted three counts of theft"."""
    if source.verb in lexicon.words("allegation", "legal_process"):
        # "charged that ...", "charges that ...": a clause after the verb is what was said;
        # a legal charge takes a person and "with" ("charged a man with theft")
        at = cues.text.find(source.verb)
        return at < 0 or _SAID_CLAUSE.match(cues.text, at + len(source.verb)) is None
    at = cues.text.find(source.verb)
    if not source.verb.startswith("admit") or at < 0:
        return False
    return _PLEA.match(cues.text, at + len(source.verb)) is not None


_SAID_CLAUSE = re.compile(r"\s+that\b")
