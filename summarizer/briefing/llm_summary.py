"""The openai engine's combined summary of a digest: one more call, grounded in code.

After every article has its report, the model sees the labelled sentences of
all articles (ids like 'A1:S3', each with its category, fenced as untrusted
data) and writes the combined summary's points, each citing article:sentence
ids. Code then keeps only what the text bears out: unknown ids are dropped;
every number and capitalised name of a point must occur in the sentences it
cites (`grounding_points.ungrounded_terms`); a point's kind and confidence come
from the cited sentences' labels, never from the model; corroboration counts
only different articles; a point resting on an unsupported allegation is kept
and worded as an allegation. When nothing usable remains, the offline summary
stays, with a warning. The call goes through the single-article engine's session
(cache, remembered response mode, one repair round).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from summarizer.briefing.schema import Digest, DigestPoint
from summarizer.grounding.points import ungrounded_terms
from summarizer.llm.answers import MAX_POINTS, PointAnswer, merge_schema
from summarizer.llm.plan import ANSWER_OVERHEAD, CONTEXT_SHARE, POINT_TOKENS, CallSpec, Mode
from summarizer.llm.prompting import PromptSentence, clean_for_prompt, render, schema_text
from summarizer.llm.tokens import get_counter
from summarizer.schema import (
    CONFIDENCE_ORDER,
    AttributionType,
    Category,
    Confidence,
    Report,
    Sentence,
)
from summarizer.settings import Settings

SHOWN_CHARS = 300  # a sentence is cut to this in the prompt; grounding uses the whole text
_VERIFIABLE = (Category.REPORTED_FACT, Category.ATTRIBUTED_STATEMENT)
_ALLEGATION_WORDING = re.compile(
    r"\b(?:alleg\w*|accus\w*|claim\w*|unnamed|unverified|unsourced|anonymous)\b", re.IGNORECASE
)
_FAKE_ID = re.compile(r"\[(A\d+:S\d+)\]")  # an article must not forge another's ids
ALLEGATION_PREFIX = "Alleged without a verifiable source: "


@dataclass
class Cited:
    """One sentence a point cites: its article id and the sentence."""

    article_id: str
    sentence: Sentence


@dataclass
class DigestCall(CallSpec):
    """The digest call: every article's labelled sentences, summary points asked back."""

    def response_schema(self) -> dict[str, Any]:
        """Summary points whose cited ids must be ids shown in the prompt."""
        return merge_schema(self.ids)

    def prompt_schema(self) -> dict[str, Any]:
        """The generic summary schema, stated in the prompt for json_object servers."""
        return merge_schema(None)

    def messages(self, settings: Settings, mode: Mode) -> list[dict[str, str]]:
        """One user message: the fenced, labelled sentences and the instructions."""
        schema = self.prompt_schema() if mode == "json_object" else None
        content = render("digest", settings.prompts_dir, sentences=self.sentences,
                         schema=schema_text(schema), max_points=MAX_POINTS)
        return [{"role": "user", "content": content}]

    def max_tokens(self) -> int:
        """The completion budget: summary points only."""
        return ANSWER_OVERHEAD + MAX_POINTS * POINT_TOKENS


def digest_call(reports: list[Report]) -> DigestCall:
    """The call showing every article's sentences as 'A<k>:S<n>' with their labels."""
    shown = []
    for k, report in enumerate(reports, start=1):
        for s in report.sentences:
            text = _FAKE_ID.sub(r"(\1)", clean_for_prompt(s.text))
            if len(text) > SHOWN_CHARS:
                text = text[:SHOWN_CHARS] + " [...]"
            shown.append(PromptSentence(f"A{k}:{s.id}", text, s.category.value))
    return DigestCall("digest", shown)


def summarize_with_llm(
    digest: Digest, reports: list[Report], settings: Settings, client: Any | None = None
) -> None:
    """Replace the digest's combined summary with grounded model points, when any survive.

    The offline overview and difference lines stay around the model's points; the
    digest's `summary_engine` says who wrote the summary, and its warnings say
    what was dropped and why.

    Args:
        digest: a digest built offline from `reports` (its summary is the fallback).
        reports: the per-article reports, in the order of `digest.articles`.
        settings: run settings (model, endpoint, cache, prompts).
        client: an OpenAI-compatible client to use instead of building one.

    Raises:
        LLMError: a subclass when the endpoint fails.
        CacheError: the cache cannot be used.
    """
    from summarizer.llm.session import open_session

    call = digest_call(reports)
    session = open_session(settings, client)
    try:
        limit = int(session.context_window * CONTEXT_SHARE)
        needed = get_counter().count_messages(call.messages(settings, "json_object"))
        if needed + call.max_tokens() > limit:
            digest.warnings.append(
                f"combined summary composed offline: the articles' {needed} prompt tokens do not "
                f"fit the model's context window ({session.context_window})")
            return
        answer = session.ask(call)
    finally:
        session.close()
    usage = session.usage
    digest.warnings += [w if w.startswith("digest call") else f"digest call: {w}"
                        for w in session.warnings]
    digest.warnings.append(
        f"digest call: {usage.calls} call(s), {usage.cache_hits} from cache, "
        f"{usage.prompt_tokens} prompt + {usage.completion_tokens} completion tokens")
    points, notes = ground_digest_points(answer.summary if answer else [], digest, reports)
    digest.warnings += notes
    if not points:
        digest.warnings.append("no model point of the combined summary survived grounding: "
                               "the combined summary was composed offline")
        return
    overview = [p for p in digest.summary if p.kind == "overview"]
    differences = [p for p in digest.summary if p.kind == "difference"]
    digest.summary = [*overview, *points, *differences]
    digest.summary_engine = "openai"


def ground_digest_points(
    answers: list[PointAnswer], digest: Digest, reports: list[Report]
) -> tuple[list[DigestPoint], list[str]]:
    """Keep the points the cited sentences bear out, labelled from those sentences.

    Returns:
        The grounded points, and one warning per dropped id or point.
    """
    sentences = {
        f"{article.id}:{s.id}": Cited(article.id, s)
        for article, report in zip(digest.articles, reports, strict=True)
        for s in report.sentences
    }
    claims = {(support.article_id, sid): claim.id for claim in digest.claims
              for support in claim.articles for sid in support.sentence_ids}
    points: list[DigestPoint] = []
    warnings: list[str] = []
    for answer in answers:
        text = " ".join(answer.text.split())
        short = text[:60] + ("..." if len(text) > 60 else "")
        unknown = [i for i in answer.sentence_ids if i not in sentences]
        if unknown:
            warnings.append(f"combined summary: unknown sentence id(s) {', '.join(unknown[:5])} "
                            f"dropped from '{short}'")
        cited = [sentences[i] for i in dict.fromkeys(answer.sentence_ids) if i in sentences]
        if not text or not cited:
            warnings.append(f"combined summary point dropped: cites no known sentence: '{short}'")
            continue
        missing = ungrounded_terms(text, [c.sentence for c in cited])
        if missing:
            warnings.append(f"combined summary point dropped: {', '.join(missing[:5])} not found "
                            f"in the sentences it cites: '{short}'")
            continue
        point = label_digest_point(text, answer.kind, cited)
        point.claim_ids = list(dict.fromkeys(
            claims[(c.article_id, c.sentence.id)] for c in cited
            if (c.article_id, c.sentence.id) in claims))
        points.append(point)
    return points, warnings


def label_digest_point(text: str, proposed: str, cited: list[Cited]) -> DigestPoint:
    """Kind and confidence from the cited sentences' labels; the model's `proposed` kind is
    only kept for an overview line of reporting."""
    categories = {c.sentence.category for c in cited}
    ids = [f"{c.article_id}:{c.sentence.id}" for c in cited]
    articles = list(dict.fromkeys(c.article_id for c in cited))
    if Category.UNSUPPORTED_ALLEGATION in categories:
        if not _ALLEGATION_WORDING.search(text):
            text = ALLEGATION_PREFIX + text
        return DigestPoint(text=text, kind="allegation", confidence=Confidence.UNSUPPORTED,
                           article_ids=articles, sentence_ids=ids)
    if categories == {Category.OPINION}:
        return DigestPoint(text=text, kind="opinion", confidence=Confidence.NOT_APPLICABLE,
                           article_ids=articles, sentence_ids=ids)
    reporting = [c.sentence.confidence for c in cited if c.sentence.confidence in CONFIDENCE_ORDER]
    confidence = min(reporting, key=CONFIDENCE_ORDER.index, default=Confidence.LOW)
    verifiable = {c.article_id for c in cited if c.sentence.category in _VERIFIABLE
                  and c.sentence.attribution.type != AttributionType.ANONYMOUS}
    if len(verifiable) >= 2 and confidence in CONFIDENCE_ORDER[1:]:
        confidence = CONFIDENCE_ORDER[min(len(CONFIDENCE_ORDER) - 1,
                                          CONFIDENCE_ORDER.index(confidence) + 1)]
    kind = "overview" if proposed == "overview" else "reporting"
    return DigestPoint(text=text, kind=kind, confidence=confidence,  # type: ignore[arg-type]
                       article_ids=articles, sentence_ids=ids)
