"""A sentence with a source: an attributed statement, or an allegation no one stands behind.

The rubric of DESIGN.md for a sourced sentence: a named source saying something is an
attributed statement (high with specifics or a direct quote; medium when hedged, second-hand
or vague); an unnamed source is low, and an accusation from one (in its words, its verb, its
role as accuser, or glued on after ", and") is an unsupported allegation.
"""

from __future__ import annotations

import re

from summarizer.offline.allegation import accusing_verb, glued_accusation, vouching
from summarizer.offline.cues import SentenceCues
from summarizer.offline.insinuation import imputed_motive
from summarizer.offline.label import UNSPOKEN, Label, quoted, specifics
from summarizer.offline.opinion import threshold
from summarizer.offline.sources import Source, describe
from summarizer.offline.targets import has_target, target
from summarizer.schema import Attribution, AttributionType, Category, Confidence
from summarizer.text import lexicon

_LETTERS = re.compile(r"[a-z]+")


def attributed(
    cues: SentenceCues,
    source: Source,
    accused: list[str],
    score: float,
    opinion_reasons: list[str],
    hedges: list[str],
) -> Label:
    attribution = Attribution(type=source.type, source=source.text or None)
    reasons = [describe(source)] if source.text else []
    if not source.named or source.type is AttributionType.ANONYMOUS:
        glued = glued_accusation(cues) if source.text else []
        if glued:  # "Analysts said X, and the board has been hiding losses": no one's words
            return Label(Category.UNSUPPORTED_ALLEGATION, Attribution(type=AttributionType.NONE),
                         Confidence.UNSUPPORTED, [*reasons, "an accusation added after ', and', "
                         f"outside what the source said: {quoted(glued)}"])
        vouched = vouching(cues)
        if vouched and vouched[1] and not accused:
            reasons.append(f"vouches for allegations: '{vouched[0]}'")
            return Label(Category.UNSUPPORTED_ALLEGATION, attribution, Confidence.UNSUPPORTED,
                         reasons)
        motive = imputed_motive(cues) if has_target(cues) else None
        if accused or motive:  # "nurses said the ministry sat on the figures to avoid ..."
            reasons.append(f"allegation wording: {quoted(accused)}" if accused
                           else f"imputes a motive: '{motive}'")
            return Label(Category.UNSUPPORTED_ALLEGATION, attribution, Confidence.UNSUPPORTED,
                         reasons)
        if source.type is AttributionType.ANONYMOUS and accusing_verb(source.verb, cues):
            reasons.append(f"the verb accuses: '{source.verb}'")
            return Label(Category.UNSUPPORTED_ALLEGATION, attribution, Confidence.UNSUPPORTED,
                         reasons)
        if source.type is AttributionType.ANONYMOUS and _accuser(source) and _named_party(cues):
            reasons.append(f"an unnamed source whose role is to disclose wrongdoing: "
                           f"'{source.text}'")
            return Label(Category.UNSUPPORTED_ALLEGATION, attribution, Confidence.UNSUPPORTED,
                         reasons)
        if not source.text and cues.has("evaluative", quoted=True):  # "“She looked heartbroken.”"
            return Label(Category.OPINION, Attribution(type=AttributionType.NONE),
                         Confidence.NOT_APPLICABLE, [*reasons, UNSPOKEN])
        reasons.append("no name a reader could check")
        return Label(Category.ATTRIBUTED_STATEMENT, attribution, Confidence.LOW, reasons)
    if source.verb.endswith(" by") and score >= threshold() + 1:
        reasons = ["the author's interpretation of a source's report", *opinion_reasons]
        return Label(Category.OPINION, Attribution(type=AttributionType.NONE),
                     Confidence.NOT_APPLICABLE, reasons)
    found = specifics(cues)
    confidence = Confidence.HIGH if found else Confidence.MEDIUM
    if found:
        reasons.append("specifics: " + ", ".join(found))
    else:
        reasons.append("no date, number or direct quote to check")
    if hedges:
        reasons.append(f"hedge: {quoted(hedges)}")
        confidence = Confidence.MEDIUM
    if source.vague:
        reasons.append(f"source identified only as '{source.text}'")
        confidence = Confidence.MEDIUM
    if source.outlet:
        reasons.append(f"on the record, speaking through '{source.outlet}'")
    if source.verb.endswith(" by"):
        reasons.append("second-hand: an outlet reporting what others said")
        confidence = Confidence.MEDIUM
    glued = glued_accusation(cues)
    if glued:
        reasons = [describe(source), "an accusation added after ', and', outside what the "
                   f"source said, with no source of its own: {quoted(glued)}"]
        return Label(Category.UNSUPPORTED_ALLEGATION, Attribution(type=AttributionType.NONE),
                     Confidence.UNSUPPORTED, reasons)
    if accused:
        reasons.append(f"accusation made by a named source: {quoted(accused)}")
        confidence = Confidence.MEDIUM if confidence is Confidence.HIGH else confidence
    return Label(Category.ATTRIBUTED_STATEMENT, attribution, confidence, reasons)


def _accuser(source: Source) -> bool:
    """Whether the source is named by a role whose meaning is to allege wrongdoing ('a
    whistleblower', 'her accuser'): what such a source says about someone is an accusation by
    definition, so unnamed it is rule 1 (DESIGN.md lists 'a whistleblower' among the
    anonymous sources of unsupported allegations)."""
    return not lexicon.words("sources", "accuser_heads").isdisjoint(
        _LETTERS.findall(source.text.lower().replace("whistle-blower", "whistleblower")))


def _named_party(cues: SentenceCues) -> bool:
    """Whether the sentence points at a party by a name or a role ('Pellworth Foods', 'the
    board'); a pronoun may be the speaker's own ("The whistleblower said she had worked ...")."""
    found = target(cues)
    return found is not None and found.lower() not in lexicon.words("allegation",
                                                                    "target_pronouns")
