"""The cue evidence behind an offline label, as data: gathered here, read by anyone.

`classify.py` turns a sentence's cues into a label and readable reasons; this
module keeps the facts those reasons rest on as `schema.Evidence` items (the
source and its verb, accusation words, hedges, dates, quotations), so that
whoever reads a labelled sentence later (the summary, arbitration against a
model) weighs the same facts without detecting cues again or parsing prose.
"""

from __future__ import annotations

from collections.abc import Iterable

from summarizer.offline.allegation import accusing, denied, pattern_acts, vouching
from summarizer.offline.cues import SentenceCues
from summarizer.offline.legal import through_court
from summarizer.offline.sources import Source
from summarizer.offline.targets import target
from summarizer.schema import AttributionType, Evidence, EvidenceKind

DIRECT_QUOTE_SHARE = 0.2  # quoted share of a sentence above which it quotes directly
NO_SOURCE = "no source named"
UNNAMED_SPEAKER = "an unnamed speaker"  # a quotation whose speaker nobody names
WHOLE_QUOTE = "the whole sentence is a quotation"


def checkable(cues: SentenceCues) -> list[Evidence]:
    """Dates, numbers and direct quotations: what makes a statement checkable.

    A number inside a date ("5" of "Jan. 5") and a bare four-digit number (a year)
    are not numbers of their own.
    """
    dates = cues.find("date")
    found = [Evidence(kind="date", text=c.text, quoted=c.quoted) for c in dates]
    found += [Evidence(kind="number", text=c.text, quoted=c.quoted) for c in cues.find("number")
              if (not c.text.isdigit() or len(c.text) != 4)
              and not any(d.start <= c.start < d.end for d in dates)]
    if cues.quoted_share > DIRECT_QUOTE_SHARE:
        found += [Evidence(kind="quote", text=cues.text[s:e], quoted=True)
                  for s, e in cues.quote_spans]
    return found


def gather(cues: SentenceCues, source: Source | None) -> list[Evidence]:
    """The evidence in one sentence's cues, for the source the label rests on.

    Args:
        cues: the sentence's cues.
        source: the source the label rests on (resolved from context, or the one the
            sentence names), or None.

    Returns:
        Source evidence first, then accusation, hedge and checkable evidence, each
        in the order the words occur.
    """
    found = _source_evidence(cues, source)
    found += [Evidence(kind="accusation", text=c.text, quoted=c.quoted)
              for c in cues.find("allegation") if not denied(cues, c.start)]
    found += [Evidence(kind="accusation", text=words, quoted=quoted)
              for words, quoted in pattern_acts(cues)]
    found += _cue_items("insinuation", cues, "allegation_weak")
    aimed = target(cues)
    if aimed is not None:
        found.append(Evidence(kind="target", text=aimed))
    legal = through_court(cues)
    if legal is not None:
        found.append(Evidence(kind="legal_process", text=legal))
    vouched = vouching(cues)
    if vouched is not None:
        found.append(Evidence(kind="vouching", text=vouched[0]))
    found += [Evidence(kind="hedge", text=c.text) for c in cues.find("hedge", quoted=False)]
    found += checkable(cues)
    if cues.whole_quote:
        found.append(Evidence(kind="whole_quote", text=WHOLE_QUOTE, quoted=True))
    return found


def _source_evidence(cues: SentenceCues, source: Source | None) -> list[Evidence]:
    found: list[Evidence] = []
    if source is not None and source.pronoun:
        found.append(Evidence(kind="speaker_pronoun", text=source.text))
    elif source is not None and not source.text:
        found.append(Evidence(kind="anonymous_source", text=UNNAMED_SPEAKER))
    elif source is not None:
        named = source.named and source.type is not AttributionType.ANONYMOUS
        found.append(Evidence(kind="named_source" if named else "anonymous_source",
                              text=source.text))
    if source is not None and source.text:
        found.append(Evidence(kind="reporting_verb", text=source.verb))
    found += _cue_items("anonymous_source", cues, "anonymous_marker")
    if source is None and not found:
        found.append(Evidence(kind="no_source", text=NO_SOURCE))
    return found


def _cue_items(kind: EvidenceKind, cues: SentenceCues, cue_kind: str) -> list[Evidence]:
    return [Evidence(kind=kind, text=c.text, quoted=c.quoted) for c in cues.find(cue_kind)]


def words(evidence: Iterable[Evidence], kind: EvidenceKind, *,
          quoted: bool | None = None) -> list[str]:
    """The words of every item of one kind; `quoted` filters on being inside a quotation."""
    return [e.text for e in evidence if e.kind == kind and quoted in (None, e.quoted)]


def has(evidence: Iterable[Evidence], kind: EvidenceKind) -> bool:
    """True when at least one item of this kind is present."""
    return any(e.kind == kind for e in evidence)


def unsourced_accusation(evidence: list[Evidence], *, anonymous: bool) -> list[str]:
    """The accusing words of a sentence no named source stands behind; empty when it
    accuses no one.

    Args:
        evidence: the sentence's evidence.
        anonymous: True when an unnamed source makes the claim (its quoted words count);
            False for the author's own voice (only unquoted words, and someone accused).
    """
    if has(evidence, "legal_process"):
        return []
    if anonymous:
        return accusing(words(evidence, "accusation"), words(evidence, "insinuation"))
    found = accusing(words(evidence, "accusation", quoted=False),
                     words(evidence, "insinuation", quoted=False))
    return found if found and has(evidence, "target") else []
