"""The briefing-note schema: claims matched across several articles.

A `Digest` is built from the per-article `Report`s (see `summarizer.briefing.build`).
It refers to articles by id ('A1', 'A2', ...) and to sentences by the ids of
each article's report, so every claim can be traced back to the text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from summarizer.schema import (
    Attribution,
    AttributionType,
    Category,
    Confidence,
    Report,
    Sentence,
    Usage,
)

DIGEST_SCHEMA_VERSION = "1.0"

ClaimKind = Literal["reporting", "allegation", "opinion"]
DifferenceKind = Literal["number", "date", "name", "attribution"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class DigestArticle(_Model):
    """One input article of the briefing note."""

    id: str = Field(description="Article id in the digest: 'A1', 'A2', ... in input order.")
    title: str | None = Field(default=None, description="Title of the article, when known.")
    source: str | None = Field(
        default=None, description="Where the article came from: a path, a URL, an id or '<stdin>'."
    )
    engine: str = Field(description="The engine that analysed the article: offline or openai.")
    sentences: int = Field(ge=0, description="Number of sentences in the article.")


class ClaimSupport(_Model):
    """How one article carries a claim."""

    article_id: str = Field(description="Id of the article carrying the claim.")
    sentence_ids: list[str] = Field(
        description="Ids of the sentences (in that article's report) that carry the claim."
    )
    text: str = Field(description="The first of those sentences, exactly as written.")
    category: Category = Field(description="Category of that sentence in the article's report.")
    attribution: Attribution = Field(description="Who stands behind it in that article.")
    confidence: Confidence = Field(description="Its confidence label in that article's report.")


class Claim(_Model):
    """A statement matched across articles."""

    id: str = Field(description="Claim id in the digest: 'C1', 'C2', ...")
    text: str = Field(description="The claim, as worded by the most reliable article carrying it.")
    kind: ClaimKind = Field(
        description="reporting: verifiable reporting; allegation: an accusation no article "
        "sources; opinion: evaluation or interpretation."
    )
    confidence: Confidence = Field(
        description="Confidence across articles: the best single-article label, raised one step "
        "when two or more articles report it verifiably."
    )
    articles: list[ClaimSupport] = Field(description="Every article carrying the claim.")
    corroborated: bool = Field(
        description="True when two or more articles carry it as verifiable reporting "
        "(fact or attributed statement). Repeating an unsourced allegation is not corroboration."
    )
    reasons: list[str] = Field(
        default_factory=list, description="Why the claim has its kind, confidence and flag."
    )


class DifferingValue(_Model):
    """What one article says about a detail that articles state differently."""

    article_id: str = Field(description="Id of the article.")
    values: list[str] = Field(description="The values as written in that article.")
    sentence_ids: list[str] = Field(description="Sentences of that article stating them.")


class Contradiction(_Model):
    """One detail of the same event that the articles state differently, side by side."""

    kind: DifferenceKind = Field(
        description="number, date, name (the same person spelled or named differently) or "
        "attribution (who said or reported it)."
    )
    topic: str = Field(description="What the detail is about: a claim or a person.")
    claim_id: str | None = Field(
        default=None, description="Id of the matched claim the detail belongs to, if any."
    )
    sides: list[DifferingValue] = Field(description="What each article says, one entry each.")
    note: str = Field(description="A neutral line describing the difference.")


class Allegation(_Model):
    """An accusation made without a verifiable source, flagged as such."""

    claim_id: str = Field(description="Id of the claim the allegation belongs to.")
    article_id: str = Field(description="Id of the article making it.")
    sentence_id: str = Field(description="Id of the sentence making it.")
    text: str = Field(description="The sentence exactly as written.")
    made_by: AttributionType = Field(
        description="Who makes it: anonymous (unnamed sources, critics, insiders) or none "
        "(the author's own voice); rarely a named source whose claim is unsupported."
    )
    made_by_source: str | None = Field(
        default=None, description="The unnamed source as written ('sources close to ...'), if any."
    )
    repeated_by: list[str] = Field(
        default_factory=list,
        description="Other articles carrying the same claim: repetition, not corroboration.",
    )


class DigestPoint(_Model):
    """One point of the neutral combined summary."""

    text: str = Field(description="The point, worded neutrally.")
    kind: Literal["reporting", "allegation", "opinion", "overview", "difference"] = Field(
        description="What the point reports: verifiable reporting, an allegation worded as "
        "one, an opinion with its holder, a line about the set, or a difference between articles."
    )
    confidence: Confidence = Field(description="Confidence label of the point.")
    claim_ids: list[str] = Field(default_factory=list, description="Claims the point rests on.")
    article_ids: list[str] = Field(
        default_factory=list, description="Articles the point rests on."
    )
    sentence_ids: list[str] = Field(
        default_factory=list,
        description="Sentences the point cites, as 'A1:S3' (article:sentence); set on points "
        "the model wrote, which are grounded in exactly these sentences.",
    )


class Digest(_Model):
    """The briefing note across several articles on one story."""

    schema_version: str = Field(
        default=DIGEST_SCHEMA_VERSION, description="Version of the digest schema."
    )
    summary: list[DigestPoint] = Field(description="The neutral combined summary, on top.")
    summary_engine: Literal["offline", "openai"] = Field(
        default="offline",
        description="Who wrote the combined summary's points: offline (composed from the "
        "claims) or openai (a model, grounded in the cited sentences).",
    )
    usage: Usage = Field(
        default_factory=Usage,
        description="Model calls, tokens and cost of the articles' reports, added up (all "
        "zero offline); the overview line states it with the summary's engine.",
    )
    articles: list[DigestArticle] = Field(description="The input articles, in input order.")
    claims: list[Claim] = Field(
        description="Every claim, corroborated and most reliable first."
    )
    contradictions: list[Contradiction] = Field(
        default_factory=list, description="Details the articles state differently."
    )
    single_source: list[str] = Field(
        default_factory=list,
        description="Ids of claims (not opinions) that only one article makes.",
    )
    allegations: list[Allegation] = Field(
        default_factory=list, description="Every unsupported allegation in every article."
    )
    method: str = Field(description="How claims were matched (e.g. 'offline: ...').")
    warnings: list[str] = Field(
        default_factory=list, description="What the reader should know about how it was made."
    )


def article_index(digest: Digest) -> dict[str, int]:
    """Article id -> its place in `digest.articles` (and in the reports it was built from)."""
    return {article.id: k for k, article in enumerate(digest.articles)}


def cited_sentence(support: ClaimSupport, reports: Sequence[Report],
                   index: Mapping[str, int]) -> tuple[Report, Sentence | None]:
    """The report of the article carrying a claim and the first sentence carrying it there
    (None when the report has no such sentence)."""
    report = reports[index[support.article_id]]
    first = support.sentence_ids[0] if support.sentence_ids else None
    return report, next((s for s in report.sentences if s.id == first), None)
