"""Planning LLM calls: which calls an article needs, their prompts, token budgets and cost.

One call per article when it fits the model's context window; otherwise the
sentences are split on paragraph boundaries into chunks (labels and loaded
language per chunk), then one merge call writes the summary from the labels.
`plan()` is the dry run: it counts and prices those calls and calls nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from summarizer.inputs.article import Article
from summarizer.llm.answers import MAX_PHRASES, MAX_POINTS, answer_schema, merge_schema
from summarizer.llm.client import endpoint_of
from summarizer.llm.pricing import ModelInfo, model_info
from summarizer.llm.prompting import PromptSentence, build_messages, clean_for_prompt
from summarizer.llm.tokens import TokenCounter, get_counter, split_on_paragraphs
from summarizer.schema import Sentence
from summarizer.settings import Settings

MAX_SENTENCE_CHARS = 1500  # a longer sentence is cut in the prompt (its label still counts)
LABEL_TOKENS = 60  # completion tokens per sentence label
PHRASE_TOKENS = 30
POINT_TOKENS = 70
ANSWER_OVERHEAD = 40
CONTEXT_SHARE = 0.9  # leave room for the server's chat template

Mode = str  # "json_schema" or "json_object"


@dataclass
class CallSpec:
    """One planned call: what it shows the model and what it asks back."""

    kind: str  # "article", "chunk", "sentences" (independent, labels only) or "merge"
    sentences: list[PromptSentence]
    part: int = 1
    parts: int = 1

    @property
    def ids(self) -> list[str]:
        """The sentence ids the call covers."""
        return [s.id for s in self.sentences]

    def response_schema(self) -> dict[str, Any]:
        """The per-request schema: only this call's ids are allowed."""
        if self.kind == "merge":
            return merge_schema(self.ids)
        return answer_schema(self.ids, with_summary=self.kind == "article")

    def prompt_schema(self) -> dict[str, Any]:
        """The generic schema stated in the prompt when the server needs it there."""
        if self.kind == "merge":
            return merge_schema(None)
        return answer_schema(None, with_summary=self.kind == "article")

    def messages(self, settings: Settings, mode: Mode) -> list[dict[str, str]]:
        """The chat messages for this call in the given structured-output mode."""
        schema = self.prompt_schema() if mode == "json_object" else None
        return build_messages(self.kind, self.sentences, schema=schema,
                              prompts_dir=settings.prompts_dir, part=self.part, parts=self.parts)

    def max_tokens(self) -> int:
        """The completion budget: proportional to sentences, not to article length."""
        if self.kind == "merge":
            return ANSWER_OVERHEAD + MAX_POINTS * POINT_TOKENS
        phrases = MAX_PHRASES if self.kind != "sentences" or len(self.sentences) > 1 else 2
        tokens = ANSWER_OVERHEAD + len(self.sentences) * LABEL_TOKENS + phrases * PHRASE_TOKENS
        return tokens + (MAX_POINTS * POINT_TOKENS if self.kind == "article" else 0)


def response_format(mode: Mode, schema: dict[str, Any]) -> dict[str, Any]:
    """The request's `response_format` field: the schema strict in json_schema mode."""
    if mode == "json_schema":
        return {"type": "json_schema",
                "json_schema": {"name": "balanced_report", "schema": schema, "strict": True}}
    return {"type": "json_object", "schema": schema}


def prompt_sentences(sentences: list[Sentence], with_labels: bool = False) -> list[PromptSentence]:
    """The sentences as shown to the model: cleaned, long ones cut."""
    shown = []
    for s in sentences:
        text = clean_for_prompt(s.text)
        if len(text) > MAX_SENTENCE_CHARS:
            text = text[:MAX_SENTENCE_CHARS] + " [...]"
        shown.append(PromptSentence(s.id, text, s.category.value if with_labels else ""))
    return shown


def label_calls(
    sentences: list[Sentence], settings: Settings,
    counter: TokenCounter | None = None, info: ModelInfo | None = None,
) -> list[CallSpec]:
    """The labelling calls for an article: one, or one per chunk when it does not fit.

    Budgets assume the schema is stated in the prompt (json_object), the larger case,
    so a server that rejects json_schema mid-run never gets an overflowing chunk.
    """
    mode = "json_object"  # the split must not depend on a mode that may change mid-run
    counter = counter or get_counter()
    info = info or model_info(settings.model)
    shown = prompt_sentences(sentences)
    if settings.label_mode == "sentence":  # one short call each, behind the same prefix
        return [CallSpec("sentences", [s], part=i, parts=len(shown))
                for i, s in enumerate(shown, start=1)]
    whole = CallSpec("article", shown)
    limit = int(info.context_window * CONTEXT_SHARE)
    if _cost(whole, settings, mode, counter) <= limit:
        return [whole]
    empty = CallSpec("chunk", [], part=1, parts=1)
    fixed = counter.count_messages(empty.messages(settings, mode)) + empty.max_tokens()
    paragraph = {s.id: s.paragraph for s in sentences}
    chunks = split_on_paragraphs(
        shown,
        paragraph_of=lambda p: paragraph[p.id],
        tokens_of=lambda p: counter.count(f"[{p.id}] {p.text}\n") + LABEL_TOKENS,
        budget=limit - fixed,
    )
    return [CallSpec("chunk", chunk, part=i, parts=len(chunks))
            for i, chunk in enumerate(chunks, start=1)]


def merge_call(sentences: list[Sentence]) -> CallSpec:
    """The merge call that writes the summary of a chunked article from its labels."""
    shown = prompt_sentences(sentences, with_labels=True)
    return CallSpec("merge", [PromptSentence(p.id, p.text[:300], p.category) for p in shown])


def _cost(call: CallSpec, settings: Settings, mode: Mode, counter: TokenCounter) -> int:
    return counter.count_messages(call.messages(settings, mode)) + call.max_tokens()


@dataclass
class DryRunPlan:
    """What analysing an article would cost, computed without calling anything."""

    model: str
    endpoint: str
    mode: Mode
    calls: int
    chunks: int
    prompt_tokens: int
    max_completion_tokens: int
    context_window: int
    token_counter: str
    estimated_cost_usd: float | None
    warnings: list[str] = field(default_factory=list)

    def describe(self) -> str:
        """A few lines for `summarizer --dry-run`: calls, tokens, cost; nothing was called."""
        cost = ("unknown (no price for this model)" if self.estimated_cost_usd is None
                else f"at most ${self.estimated_cost_usd:.4f}")
        chunked = f" ({self.chunks} chunks + 1 merge)" if self.chunks else ""
        lines = [
            f"dry run: nothing was sent to {self.endpoint}",
            f"  model {self.model}, context window {self.context_window} tokens, "
            f"response_format {self.mode}",
            f"  calls {self.calls}{chunked}",
            f"  prompt tokens {self.prompt_tokens} (counted with {self.token_counter}; "
            "the server's tokenizer may differ)",
            f"  completion tokens at most {self.max_completion_tokens}",
            f"  estimated cost {cost}",
        ]
        return "\n".join(lines + [f"  warning: {w}" for w in self.warnings])


def plan(article: Article | str, settings: Settings, *, mode: Mode | None = None) -> DryRunPlan:
    """Plan the LLM calls for an article and price them; make no call.

    Args:
        article: the article, or its text.
        settings: run settings (model, endpoint, prompts folder, cache folder).
        mode: the structured-output mode to plan for; by default the one remembered
            for the endpoint in the cache, else json_schema.

    Returns:
        Calls, prompt tokens (counted before any call), the completion budget, and the
        estimated cost at the completion budget (an upper bound), when a price is known.
    """
    from summarizer.llm.cache import remembered_mode
    from summarizer.offline.engine import label_sentences

    text = article.text if isinstance(article, Article) else article
    counter = get_counter()
    info = model_info(settings.model)
    endpoint = endpoint_of(settings)
    warnings = [w for w in [counter.warning] if w]
    if mode is None:
        from summarizer.llm import modes

        remembered = modes.remembered(settings.cache_dir, endpoint) or remembered_mode(
            settings.cache_dir, settings.use_cache, endpoint)
        mode = remembered or "json_schema"
        if remembered is None:
            warnings.append("not yet known whether the endpoint accepts response_format "
                            "json_schema: if it rejects it, add one failed call, and the "
                            "schema goes into the prompt (see --dry-run after a first run)")
    sentences = label_sentences(text)
    calls = label_calls(sentences, settings, counter, info)
    if calls[0].kind == "chunk":
        calls.append(merge_call(sentences))
    votes = [settings.votes if c.kind != "merge" else 1 for c in calls]
    prompt = sum(v * counter.count_messages(c.messages(settings, mode))
                 for c, v in zip(calls, votes, strict=True))
    completion = sum(v * c.max_tokens() for c, v in zip(calls, votes, strict=True))
    if info.input_per_mtok is None:
        warnings.append(f"no price known for model {settings.model}: cost not estimated "
                        "(add it to a file named by SUMMARIZER_PRICES_FILE)")
    return DryRunPlan(
        model=settings.model, endpoint=endpoint, mode=mode, calls=sum(votes),
        chunks=sum(1 for c in calls if c.kind == "chunk"), prompt_tokens=prompt,
        max_completion_tokens=completion, context_window=info.context_window,
        token_counter=counter.name, estimated_cost_usd=info.cost(prompt, completion),
        warnings=warnings,
    )
