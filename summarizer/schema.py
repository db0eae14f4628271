"""The report schema: the contract between engines, renderers and users.

Every model forbids unknown fields and describes every field, so
`summarizer schema` prints a JSON schema a consumer can rely on.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class Category(str, Enum):
    """What kind of statement a sentence makes."""

    REPORTED_FACT = "reported_fact"
    ATTRIBUTED_STATEMENT = "attributed_statement"
    OPINION = "opinion"
    UNSUPPORTED_ALLEGATION = "unsupported_allegation"


class AttributionType(str, Enum):
    """Who stands behind a sentence."""

    NAMED_PERSON = "named_person"
    NAMED_ORGANIZATION = "named_organization"
    NEWS_OUTLET = "news_outlet"
    DOCUMENT = "document"
    ANONYMOUS = "anonymous"
    NONE = "none"


class Confidence(str, Enum):
    """How far a reader can rely on a statement, per the rubric in DESIGN.md."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"
    UNSUPPORTED = "unsupported"
    NOT_APPLICABLE = "not_applicable"


# Most cautious first: used when two judgements disagree.
CONFIDENCE_ORDER: tuple[Confidence, ...] = (
    Confidence.UNSUPPORTED,
    Confidence.LOW,
    Confidence.MEDIUM,
    Confidence.HIGH,
)

# Most cautious first, for reconciling categories.
CATEGORY_CAUTION: tuple[Category, ...] = (
    Category.UNSUPPORTED_ALLEGATION,
    Category.OPINION,
    Category.ATTRIBUTED_STATEMENT,
    Category.REPORTED_FACT,
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class Attribution(_Model):
    """The source a sentence rests on."""

    type: AttributionType = Field(description="Kind of source behind the sentence.")
    source: str | None = Field(
        default=None,
        description="The source as written in the article (e.g. 'Axios', 'sources close to "
        "the White House'); null when the author speaks in their own voice.",
    )


EvidenceKind = Literal[
    "named_source",
    "anonymous_source",
    "no_source",
    "speaker_pronoun",
    "reporting_verb",
    "accusation",
    "insinuation",
    "target",
    "legal_process",
    "vouching",
    "hedge",
    "date",
    "number",
    "quote",
    "whole_quote",
    "continues_quote",
]


class Evidence(_Model):
    """One fact about the wording of a sentence that the offline label rests on."""

    kind: EvidenceKind = Field(
        description="What the words are. named_source: a source a reader could look up (a "
        "person, organisation, outlet or document); anonymous_source: an unnamed source, or "
        "a phrase marking anonymous sourcing ('sources close to', 'on condition of "
        "anonymity'); no_source: nobody named or unnamed stands behind the sentence (the "
        "author's own voice); speaker_pronoun: a pronoun as the speaker ('she said'), "
        "resolved when speaker_id is set; reporting_verb: the verb or phrase tying a source "
        "to the words ('said', 'according to'); accusation: a word of allegation "
        "('embezzled', 'corrupt'); insinuation: a weak allegation word ('secret', "
        "'opaque'), an accusation only two or more at a time; target: who the sentence "
        "points at (a name, a pronoun, a role such as 'the mayor'); legal_process: an "
        "accusation made through a court ('indicted', 'convicted'); vouching: the author's "
        "own claim that something is verified ('are verified'); hedge: a hedge in the "
        "author's voice ('reportedly', 'may'); date, number: a date or number a reader can "
        "check; quote: a direct quotation making up more than a fifth of the sentence; "
        "whole_quote: the sentence is a quotation and nothing else; continues_quote: a "
        "bare quotation continuing the words of the speaker of sentence speaker_id."
    )
    text: str = Field(
        description="The words as they occur in the sentence; for a source or verb resolved "
        "from context (speaker_id set), as written in that sentence; a short description "
        "where there are no words (no_source, whole_quote, an unnamed speaker)."
    )
    quoted: bool = Field(
        default=False,
        description="True when the words sit inside a quotation: the speaker's words, "
        "not the author's.",
    )


class Sentence(_Model):
    """One sentence of the article with its label and the reasons for it."""

    id: str = Field(description="Stable sentence id, 'S1', 'S2', ... in reading order.")
    paragraph: int = Field(ge=0, description="Index of the paragraph the sentence belongs to.")
    start: int = Field(ge=0, description="Offset of the first character in the report's text.")
    end: int = Field(ge=0, description="Offset one past the last character: text[start:end].")
    text: str = Field(description="The sentence exactly as it stands in the article.")
    category: Category = Field(description="reported_fact, attributed_statement, opinion or "
                               "unsupported_allegation.")
    attribution: Attribution = Field(description="Who stands behind the sentence.")
    confidence: Confidence = Field(description="Confidence label from the rubric.")
    reasons: list[str] = Field(
        default_factory=list,
        description="The cues or model rationale that produced category and confidence.",
    )
    labelled_by: Literal["offline", "model", "model+offline", "offline-fallback"] = Field(
        default="offline",
        description="Who produced the label: the offline cues, the model, the model corrected "
        "by the offline cues, or the offline cues filling a gap the model left (flagged).",
    )
    speaker_id: str | None = Field(
        default=None,
        description="Id of the sentence the speaker was taken from, when context and not "
        "this sentence gave it: the person a pronoun stands for is named there, or this bare "
        "quotation continues its words; null otherwise.",
    )
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="The offline cue evidence behind the label, in the sentence's words; "
        "kept unchanged when a model relabels the sentence.",
    )
    unstable: bool = Field(
        default=False,
        description="True when the model's label for this sentence changed between its "
        "answers (--votes above 1): the model is not sure of it.",
    )


class LoadedPhrase(_Model):
    """A loaded or intensifying phrase and a more neutral way to say it."""

    sentence_id: str = Field(description="Id of the sentence the phrase occurs in.")
    start: int = Field(ge=0, description="Offset of the phrase in the report's text.")
    end: int = Field(ge=0, description="Offset one past the phrase in the report's text.")
    phrase: str = Field(description="The phrase exactly as written.")
    kind: Literal["loaded", "intensifier", "hedge", "framing"] = Field(
        description="Why it is flagged: loaded wording, intensifier, vague hedge or framing."
    )
    neutral: str | None = Field(
        default=None, description="A neutral alternative, when one exists; null otherwise."
    )


class SummaryPoint(_Model):
    """One point of the neutral summary, tied to the sentences it rests on."""

    text: str = Field(description="The point, worded neutrally.")
    kind: Literal["reporting", "allegation", "opinion", "overview"] = Field(
        description="reporting: verifiable reporting; allegation: what the article alleges "
        "without support, worded as an allegation; opinion: whose opinion; overview: a line "
        "about the article as a whole."
    )
    confidence: Confidence = Field(description="Confidence label of the point.")
    sentence_ids: list[str] = Field(
        default_factory=list, description="Ids of the sentences the point rests on."
    )
    reasons: list[str] = Field(
        default_factory=list, description="Why the point carries its label, or was relabelled."
    )


class Usage(_Model):
    """What producing the report cost."""

    calls: int = Field(default=0, ge=0, description="HTTP calls made to the model endpoint.")
    cache_hits: int = Field(default=0, ge=0, description="Model answers served from the cache.")
    prompt_tokens: int = Field(default=0, ge=0, description="Prompt tokens, as reported.")
    completion_tokens: int = Field(default=0, ge=0, description="Completion tokens, as reported.")
    tokens_estimated: bool = Field(
        default=False,
        description="True when the server reported no usable usage for some call and its "
        "tokens were counted with the tokenizer instead.",
    )
    estimated_cost_usd: float | None = Field(
        default=None, description="Estimated cost in US dollars; null when no price is known."
    )


class Contribution(_Model):
    """What a model contributed to a report, after grounding and arbitration."""

    labels_used: int = Field(default=0, ge=0, description="Sentences whose label is the model's.")
    labels_overruled: int = Field(
        default=0, ge=0, description="Model labels changed by hard offline evidence.")
    labels_unverified: int = Field(
        default=0, ge=0, description="Model labels whose evidence span is not in the sentence: "
        "the offline label stands.")
    labels_missing: int = Field(
        default=0, ge=0, description="Sentences the model gave no usable label for.")
    labels_set_aside: int = Field(
        default=0, ge=0, description="Model labels set aside as uninformative.")
    set_aside_reason: str | None = Field(
        default=None, description="Why the model's labels were set aside, when they were.")
    kappa: float | None = Field(
        default=None, description="Cohen's kappa between the model's and the offline labels "
        "(chance-corrected agreement), over the labelled sentences.")
    unstable: int = Field(
        default=0, ge=0, description="Sentences whose label changed between the model's answers "
        "(with --votes above 1).")
    points_kept: int = Field(default=0, ge=0, description="Model summary points kept.")
    points_dropped: int = Field(
        default=0, ge=0, description="Model summary points dropped by grounding or trust.")
    summary_by: Literal["model", "offline", "none"] = Field(
        default="none", description="Who wrote the summary: the model, the offline composer, "
        "or nobody (labelling only).")

    @property
    def contributed(self) -> bool:
        """True when at least one model label or summary point reached the report."""
        return self.labels_used + self.labels_overruled + self.points_kept > 0

    def describe(self) -> str:
        """One line: what the model contributed, or why nothing."""
        if self.labels_set_aside:
            labels = f"labels set aside: {self.set_aside_reason}"
        else:
            labels = (f"labels used {self.labels_used}, overruled {self.labels_overruled}, "
                      f"unverified {self.labels_unverified}, missing {self.labels_missing}")
        points = (f"; points kept {self.points_kept}, dropped {self.points_dropped}"
                  if self.summary_by != "none" else "")
        unstable = f"; unstable {self.unstable}" if self.unstable else ""
        return labels + points + unstable


class EngineInfo(_Model):
    """Which engine produced the report, and with what."""

    name: Literal["offline", "openai"] = Field(description="The engine that ran.")
    requested: Literal["auto", "offline", "openai"] = Field(
        default="auto", description="The engine the user asked for."
    )
    model: str | None = Field(default=None, description="Model name, for the openai engine.")
    endpoint: str | None = Field(
        default=None, description="Base URL of the endpoint (never a key), for the openai engine."
    )
    prompt_version: str | None = Field(
        default=None, description="Hash of the rendered prompt templates, for the openai engine."
    )
    version: str = Field(description="Version of balanced-summarizer that wrote the report.")
    contribution: Contribution | None = Field(
        default=None, description="What the model contributed, for the openai engine.")


class CategoryCounts(_Model):
    """How many sentences fell in each category."""

    reported_fact: int = Field(default=0, ge=0, description="Sentences of reported fact.")
    attributed_statement: int = Field(default=0, ge=0, description="Attributed statements.")
    opinion: int = Field(default=0, ge=0, description="Sentences of opinion.")
    unsupported_allegation: int = Field(default=0, ge=0, description="Unsupported allegations.")


class Report(_Model):
    """The balanced report of one article."""

    schema_version: str = Field(default=SCHEMA_VERSION, description="Version of this schema.")
    title: str | None = Field(default=None, description="Title of the article, when known.")
    source: str | None = Field(
        default=None, description="Where the article came from: a path, a URL or '<stdin>'."
    )
    text: str = Field(description="The article text the offsets refer to.")
    sentences: list[Sentence] = Field(description="Every sentence, labelled, in reading order.")
    summary: list[SummaryPoint] = Field(description="The neutral summary, most reliable first.")
    loaded_language: list[LoadedPhrase] = Field(
        default_factory=list, description="Loaded language found in the article."
    )
    counts: CategoryCounts = Field(description="Sentences per category.")
    engine: EngineInfo = Field(description="Engine metadata.")
    usage: Usage = Field(default_factory=Usage, description="Calls, tokens and cost.")
    warnings: list[str] = Field(
        default_factory=list,
        description="Everything the reader should know about how the report was made.",
    )


def count_categories(sentences: list[Sentence]) -> CategoryCounts:
    """Count sentences per category."""
    counts = {c.value: 0 for c in Category}
    for sentence in sentences:
        counts[sentence.category.value] += 1
    return CategoryCounts(**counts)
