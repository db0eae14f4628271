"""The model's answer, as pydantic models, and the JSON schema sent with each request.

The model never re-quotes the article: it answers with a label per sentence id,
loaded phrases by sentence id and summary points citing ids. The schema sent to
the server is built per request from these models, with the article's own ids
as the only allowed keys and values, so a grammar-constrained server (llama.cpp)
cannot even produce an unknown id. Parsing is lenient on purpose: one bad label
does not throw away the others; grounding decides what survives.
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

CategoryName = Literal["reported_fact", "attributed_statement", "opinion", "unsupported_allegation"]
AttributionName = Literal[
    "named_person", "named_organization", "news_outlet", "document", "anonymous", "none"
]
ConfidenceName = Literal["high", "medium", "low", "unsupported", "not_applicable"]
PhraseKind = Literal["loaded", "intensifier", "hedge", "framing"]
PointKind = Literal["reporting", "allegation", "opinion", "overview"]

MAX_PHRASES = 12
MAX_POINTS = 6
MAX_CITES = 6


class _Answer(BaseModel):
    model_config = ConfigDict(extra="ignore")


class LabelAnswer(_Answer):
    """The model's label for one sentence: the words that led to it, then the label."""

    evidence: str | None = Field(default=None, description="Words copied from the sentence.")
    category: CategoryName
    attribution: AttributionName
    source: str | None = Field(description="The source as written, or null.")
    confidence: ConfidenceName
    reason: str = Field(default="", description="One short reason (capped in code).")


class LoadedAnswer(_Answer):
    """A loaded phrase the model found, by sentence id."""

    sentence_id: str
    phrase: str = Field(description="Copied exactly from that sentence.")
    kind: PhraseKind
    neutral: str | None


class PointAnswer(_Answer):
    """One summary point citing sentence ids."""

    text: str
    kind: PointKind
    sentence_ids: list[str]


class ParsedAnswer(BaseModel):
    """What could be read from the model's answer; `problems` says what could not."""

    labels: dict[str, LabelAnswer] = Field(default_factory=dict)
    loaded: list[LoadedAnswer] = Field(default_factory=list)
    summary: list[PointAnswer] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)


def answer_model(ids: list[str] | None, *, with_summary: bool) -> type[BaseModel]:
    """The pydantic model of an answer for these sentence ids.

    Args:
        ids: the sentence ids sent to the model, in order; None for the generic shape
            (labels keyed by any id), which is what the prompt shows.
        with_summary: whether summary points are asked for (not for chunks).

    Returns:
        A model whose JSON schema constrains keys and cited ids to `ids`.
    """
    id_type: Any = Literal[tuple(ids)] if ids else str
    strict_label = create_model(
        "Label",
        __config__=ConfigDict(extra="forbid"),
        evidence=(str, ...),
        category=(CategoryName, ...),
        attribution=(AttributionName, ...),
        source=(str | None, ...),
        confidence=(ConfidenceName, ...),
        reason=(str, ...),
    )
    labels: Any = (
        dict[str, strict_label]  # type: ignore[valid-type]
        if ids is None
        else create_model(  # type: ignore[call-overload]
            "Labels",
            __config__=ConfigDict(extra="forbid"),
            **{sid: (strict_label, ...) for sid in ids},
        )
    )
    phrase = create_model(
        "LoadedPhrase",
        __config__=ConfigDict(extra="forbid"),
        sentence_id=(id_type, ...),
        phrase=(str, ...),
        kind=(PhraseKind, ...),
        neutral=(str | None, ...),
    )
    fields: dict[str, Any] = {
        "labels": (labels, ...),
        "loaded": (list[phrase], Field(max_length=MAX_PHRASES)),  # type: ignore[valid-type]
    }
    if with_summary:
        point = create_model(
            "SummaryPoint",
            __config__=ConfigDict(extra="forbid"),
            text=(str, ...),
            kind=(PointKind, ...),
            sentence_ids=(list[id_type], Field(min_length=1, max_length=MAX_CITES)),
        )
        fields["summary"] = (
            list[point],  # type: ignore[valid-type]
            Field(min_length=1, max_length=MAX_POINTS),
        )
    return create_model("Answer", __config__=ConfigDict(extra="forbid"), **fields)


def answer_schema(
    ids: list[str] | None, *, with_summary: bool, inline: bool = False
) -> dict[str, Any]:
    """The JSON schema of `answer_model(ids, with_summary=...)`.

    Args:
        ids: as for `answer_model`.
        with_summary: as for `answer_model`.
        inline: replace every $ref by its definition (for servers without $ref support).
    """
    schema: dict[str, Any] = _untitled(
        answer_model(ids, with_summary=with_summary).model_json_schema()
    )
    if inline:
        inlined: dict[str, Any] = _inline(schema, schema.get("$defs", {}))
        return inlined
    return schema


def merge_schema(ids: list[str] | None) -> dict[str, Any]:
    """The JSON schema of a merge answer: summary points only, inlined."""
    full = answer_schema(ids, with_summary=True, inline=True)
    return {
        "type": "object",
        "title": "Summary",
        "properties": {"summary": full["properties"]["summary"]},
        "required": ["summary"],
        "additionalProperties": False,
    }


def _untitled(node: Any) -> Any:
    """Drop pydantic's generated titles: they cost prompt tokens and say nothing."""
    if isinstance(node, dict):
        return {
            k: _untitled(v) for k, v in node.items() if not (k == "title" and isinstance(v, str))
        }
    if isinstance(node, list):
        return [_untitled(v) for v in node]
    return node


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        if "$ref" in node:
            return _inline(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
        return {k: _inline(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


def parse_answer(content: str | None) -> ParsedAnswer:
    """Read the model's answer leniently: keep every part that validates.

    Raises:
        ValueError: the answer is not a JSON object at all (the repair round's cue).
    """
    if not content or not content.strip():
        raise ValueError("the answer was empty")
    if "\ufffd" in content or any(0xD800 <= ord(ch) <= 0xDFFF for ch in content):
        raise ValueError("the answer is not valid UTF-8 text")
    try:
        data = _unwrapped_json(content)
    except json.JSONDecodeError as exc:
        raise ValueError(f"the answer is not valid JSON ({exc.msg} at char {exc.pos})") from None
    except RecursionError:
        raise ValueError("the answer is nested too deeply to be an answer") from None
    if not isinstance(data, dict):
        raise ValueError("the answer is not a JSON object")
    parsed = ParsedAnswer()
    raw_labels = data.get("labels", {})
    if isinstance(raw_labels, list):  # tolerate [{"id": ...}, ...]
        raw_labels = {str(x.get("id")): x for x in raw_labels if isinstance(x, dict)}
    if isinstance(raw_labels, dict):
        for key, value in raw_labels.items():
            _keep(parsed.labels, str(key), LabelAnswer, value, parsed.problems)
    for name, model in (("loaded", LoadedAnswer), ("summary", PointAnswer)):
        items = data.get(name, [])
        for index, value in enumerate(items if isinstance(items, list) else []):
            bucket: dict[str, Any] = {}
            _keep(bucket, f"{name}[{index}]", model, value, parsed.problems)
            getattr(parsed, name).extend(bucket.values())
    return parsed


_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.DOTALL)


def _unwrapped_json(content: str) -> Any:
    """The JSON value of an answer, also when fenced (```json ... ```) or after some prose.

    Raises:
        json.JSONDecodeError: no JSON object can be read.
    """
    text = content.strip()
    fenced = _FENCE.search(text)
    if fenced and not text.startswith("{"):
        text = fenced.group(1).strip()
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        start = text.find("{")
        if start <= 0:
            raise
        return json.JSONDecoder().raw_decode(text[start:])[0]


def _keep(
    out: dict[str, Any], key: str, model: type[_Answer], value: Any, problems: list[str]
) -> None:
    try:
        out[key] = model.model_validate(value)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        problems.append(f"{key}: {first['msg']}" + (f" ({where})" if where else ""))
