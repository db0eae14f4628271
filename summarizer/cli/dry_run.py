"""Honest dry runs: per article, named, what a run would cost; then the total. Calls nothing.

Used by `summarizer --dry-run`, `summarizer digest --dry-run` (the articles plus
the combined summary's call) and `summarizer batch --dry-run` (every line of a
JSONL file). The plan is the output asked for, so it goes to stdout.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarizer.inputs.article import Article
from summarizer.settings import Settings


@dataclass
class Total:
    """Sums over the planned calls."""

    articles: int = 0
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost: float | None = 0.0

    def add(self, calls: int, prompt: int, completion: int, cost: float | None) -> None:
        """Add one planned article or call."""
        self.calls += calls
        self.prompt_tokens += prompt
        self.completion_tokens += completion
        self.cost = None if self.cost is None or cost is None else self.cost + cost


def describe(articles: list[Article], settings: Settings, *, digest: bool = False) -> str:
    """The plan of every article, each under its name, then the total.

    Args:
        articles: the articles, in input order.
        settings: run settings (engine, model, endpoint).
        digest: add the combined summary's call of a briefing note.
    """
    from summarizer.engine import choose

    engine = choose(settings)
    if not engine.uses_model:
        lines = [f"{_name(a, k)}: 0 calls, 0 tokens (offline engine)"
                 for k, a in enumerate(articles, start=1)]
        lines.append(f"total: {len(articles)} article(s), 0 model calls, 0 tokens, no cost: the "
                     f"{engine.name} engine calls no model (--engine openai plans a model run)")
        return "\n".join(lines) + "\n"
    total = Total(articles=len(articles))
    lines = [f"dry run: nothing is sent to the endpoint; model {settings.model}"]
    for k, article in enumerate(articles, start=1):
        plan = engine.plan(article)
        assert plan is not None  # a model engine always plans
        lines.append(f"== {_name(article, k)}")
        lines.append(plan.describe())
        total.add(plan.calls, plan.prompt_tokens, plan.max_completion_tokens,
                  plan.estimated_cost_usd)
    if digest:
        lines.append(_digest_call(articles, settings, total))
    cost = ("unknown (no price for this model)" if total.cost is None
            else f"at most ${total.cost:.4f}")
    lines.append(f"total: {total.articles} article(s), {total.calls} call(s), "
                 f"{total.prompt_tokens} prompt tokens, at most {total.completion_tokens} "
                 f"completion tokens, estimated cost {cost}")
    return "\n".join(lines) + "\n"


def _name(article: Article, k: int) -> str:
    return article.source or article.id or f"article {k}"


def _digest_call(articles: list[Article], settings: Settings, total: Total) -> str:
    """The combined summary's call, counted on the offline labels (the model's would be
    the same sentences with other label words, so the count is close, not exact)."""
    from summarizer.briefing.llm_summary import digest_call
    from summarizer.llm.pricing import model_info
    from summarizer.llm.tokens import get_counter
    from summarizer.offline.engine import analyze_offline

    call = digest_call([analyze_offline(a) for a in articles])
    prompt = get_counter().count_messages(call.messages(settings, "json_schema"))
    completion = call.max_tokens()
    cost = model_info(settings.model).cost(prompt, completion)
    total.add(1, prompt, completion, cost)
    shown = "unknown" if cost is None else f"at most ${cost:.4f}"
    return (f"== combined summary (digest call)\n  calls 1\n  prompt tokens {prompt} (counted on "
            f"the offline labels)\n  completion tokens at most {completion}\n"
            f"  estimated cost {shown}")
