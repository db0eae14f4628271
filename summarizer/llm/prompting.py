"""Prompt templates: Jinja2 with StrictUndefined, shipped in the wheel, overridable.

The templates live in the top-level `prompts/` folder, installed as the package
`summarizer.prompts`. A user's `--prompts-dir` is searched first, so a folder
holding only `system.j2` overrides just the system prompt. The prompt version
is the hash of every template rendered with a fixed sample, so it changes when
what would be sent changes, and not when a comment does.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from summarizer.errors import ConfigurationError

TEMPLATES: tuple[str, ...] = (
    "system", "article", "chunk", "sentences", "merge", "repair", "digest")
Message = dict[str, str]

_FAKE_ID = re.compile(r"\[(S\d+)\]")
_DELIMITER = re.compile(r"<<<|>>>")


@dataclass(frozen=True)
class PromptSentence:
    """A sentence as shown to the model: its id, its text, and (for merges) its label."""

    id: str
    text: str
    category: str = ""


def clean_for_prompt(text: str) -> str:
    """The sentence text as sent: one line, no invisible characters, no fake ids or delimiters.

    The article is untrusted: it must not be able to close the article block,
    start a line that looks like another sentence id, or hide text in zero-width
    or bidi control characters.
    """
    visible = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Cc", "Cs"))
    shown = " ".join(visible.split())
    while True:  # until none is left: removing '>>>' from '<<>>><' leaves a new '<<<'
        without = _DELIMITER.sub("", shown)
        if without == shown:
            break
        shown = without
    return _FAKE_ID.sub(r"(\1)", shown)  # after: a removed delimiter can no longer form an id


@lru_cache(maxsize=8)
def _environment(prompts_dir: Path | None) -> Any:
    import jinja2

    loaders: list[Any] = []
    if prompts_dir is not None:
        if not prompts_dir.is_dir():
            raise ConfigurationError(
                f"prompts folder {prompts_dir} does not exist",
                hint="give --prompts-dir a folder holding *.j2 templates",
            )
        loaders.append(jinja2.FileSystemLoader(str(prompts_dir)))
    loaders.append(jinja2.FunctionLoader(_builtin_source))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=False,
    )


def _builtin_source(name: str) -> str | None:
    resource = resources.files("summarizer.prompts").joinpath(name)
    return resource.read_text(encoding="utf-8") if resource.is_file() else None


def render(name: str, prompts_dir: Path | None = None, **context: Any) -> str:
    """Render one template by name ("system", "article", ...).

    Raises:
        ConfigurationError: unknown template, a template that does not parse, or one
            that uses a variable the engine does not give (StrictUndefined).
    """
    import jinja2

    if name not in TEMPLATES:
        raise ConfigurationError(
            f"unknown prompt {name!r}", hint=f"choose one of {', '.join(TEMPLATES)}"
        )
    try:
        template = _environment(prompts_dir).get_template(f"{name}.j2")
        return str(template.render(**context)).strip() + "\n"
    except jinja2.TemplateError as exc:
        raise ConfigurationError(
            f"prompt template {name}.j2 failed: {exc}",
            hint="check the template, or drop --prompts-dir to use the built-in prompts",
        ) from None


def schema_text(schema: dict[str, Any] | None) -> str:
    """A schema as compact JSON for the prompt, or '' for none."""
    return json.dumps(schema, separators=(",", ":"), sort_keys=False) if schema else ""


def build_messages(
    kind: str,
    sentences: list[PromptSentence],
    *,
    schema: dict[str, Any] | None,
    prompts_dir: Path | None = None,
    part: int = 1,
    parts: int = 1,
) -> list[Message]:
    """The chat messages for one call: the fixed system prompt first, then the article.

    Args:
        kind: "article" (one call), "chunk" (part of a long article), "sentences"
            (independent sentences, labels only) or "merge".
        sentences: the sentences to show, already cleaned for the prompt.
        schema: the answer schema to state in the prompt, or None.
        prompts_dir: a user's template folder searched before the built-ins.
        part: the chunk number, for "chunk".
        parts: the number of chunks, for "chunk".
    """
    from summarizer.llm.answers import MAX_POINTS

    system = render("system", prompts_dir, with_summary=kind not in ("chunk", "sentences"),
                    max_points=MAX_POINTS)
    user = render(
        kind, prompts_dir, sentences=sentences, schema=schema_text(schema), part=part, parts=parts
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def repair_message(problem: str, prompts_dir: Path | None = None) -> Message:
    """The user message of the one repair round."""
    return {"role": "user", "content": render("repair", prompts_dir, problem=problem)}


@lru_cache(maxsize=8)
def prompt_version(prompts_dir: Path | None = None) -> str:
    """A short hash of every template rendered with a fixed sample context, and of the schema."""
    from summarizer.llm.answers import answer_schema

    sample = [
        PromptSentence("S1", "A sample sentence.", "reported_fact"),
        PromptSentence("S2", "Another one, with a 'quote'.", "opinion"),
    ]
    digest = hashlib.sha256()
    for kind in ("article", "chunk", "sentences", "merge"):
        messages = build_messages(kind, sample, schema={"type": "object"}, prompts_dir=prompts_dir)
        for message in messages:
            digest.update(message["content"].encode("utf-8"))
    digest.update(repair_message("sample problem", prompts_dir)["content"].encode("utf-8"))
    env = _environment(prompts_dir)  # the digest template takes articles: hash its source
    source = env.loader.get_source(env, "digest.j2")[0] if env.loader else ""
    digest.update(source.encode("utf-8"))
    digest.update(schema_text(answer_schema(["S1", "S2"], with_summary=True)).encode("utf-8"))
    return digest.hexdigest()[:12]
