"""The CLI only parses, calls and prints: library logic lives outside `summarizer.cli`.

A command that reaches for a library module's private name (as `prompts` once did
with `llm_engine._response_format`) is rebuilding library logic; these tests
keep that from coming back.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

from package_sources import package_sources

from summarizer.inputs.article import read_article
from summarizer.llm import plan as llm_plan
from summarizer.llm import session as llm_session
from summarizer.llm.plan import label_calls
from summarizer.llm.preview import PREVIEWS, preview, request_body
from summarizer.offline.engine import label_sentences
from summarizer.settings import Settings

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_3803d65d782871d0.txt"


def _command_trees() -> dict[str, ast.Module]:
    return {name: ast.parse(path.read_text(encoding="utf-8"))
            for name, path in package_sources().items() if ".commands." in name}


def test_commands_import_no_private_names() -> None:
    private = []
    for name, tree in _command_trees().items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                private += [f"{name}: {a.name}" for a in node.names
                            if a.name.startswith("_") and not a.name.startswith("__")]
            elif isinstance(node, ast.Attribute) and node.attr.startswith("_") \
                    and not node.attr.startswith("__") and isinstance(node.value, ast.Name) \
                    and node.value.id not in ("self", "args", "sys"):
                private.append(f"{name}: {node.value.id}.{node.attr}")
    assert private == []


def test_the_engine_and_the_preview_share_one_response_format() -> None:
    assert llm_session.response_format is llm_plan.response_format
    schema = {"type": "object"}
    assert llm_plan.response_format("json_object", schema) == {"type": "json_object",
                                                               "schema": schema}
    strict = llm_plan.response_format("json_schema", schema)
    assert strict["type"] == "json_schema" and strict["json_schema"]["strict"] is True


def test_preview_request_is_the_body_of_each_labelling_call(tmp_path: Path) -> None:
    settings = Settings(engine="openai", base_url="http://127.0.0.1:9/v1", cache_dir=tmp_path)
    article = read_article(SEED)
    body = json.loads(preview("request", article, settings, "json_object"))
    [call] = label_calls(label_sentences(article.text), settings)
    assert body == request_body(call, settings, "json_object")
    assert body["response_format"]["type"] == "json_object"
    assert body["max_tokens"] == call.max_tokens() and body["model"] == settings.model


def test_every_preview_renders_without_a_call(tmp_path: Path) -> None:
    settings = Settings(engine="openai", base_url="http://127.0.0.1:9/v1", cache_dir=tmp_path)
    article = read_article(SEED)
    for name in PREVIEWS:
        assert preview(name, article, settings).strip(), name
