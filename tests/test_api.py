"""The library API: `from summarizer import analyze, digest, Report` and its errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import summarizer
from summarizer import (
    Article,
    ConfigurationError,
    Digest,
    InputError,
    Report,
    Settings,
    SummarizerError,
    UsageError,
    analyze,
    digest,
)

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def test_analyze_text_gives_a_report_from_the_offline_engine() -> None:
    report = analyze(SEEDS[0].read_text(encoding="utf-8"), engine="offline")
    assert isinstance(report, Report)
    assert report.engine.name == "offline"
    assert any(s.category.value == "unsupported_allegation" for s in report.sentences)


def test_analyze_takes_an_article_and_keeps_its_source() -> None:
    article = Article(text="The council met on Monday.", source="minutes.txt")
    assert analyze(article, engine="offline").source == "minutes.txt"


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_analyze_refuses_empty_text(text: str) -> None:
    with pytest.raises(InputError, match="empty"):
        analyze(text, engine="offline")


def test_analyze_refuses_what_is_not_text() -> None:
    with pytest.raises(InputError, match="expected text"):
        analyze(b"bytes", engine="offline")  # type: ignore[arg-type]


def test_engine_argument_overrides_settings_and_is_validated() -> None:
    settings = Settings(engine="openai", base_url="http://127.0.0.1:9/v1")
    assert analyze("The bridge opened in 1998.", engine="offline",
                   settings=settings).engine.name == "offline"
    with pytest.raises(ConfigurationError):
        analyze("The bridge opened in 1998.", engine="gpt")  # type: ignore[arg-type]


def test_settings_of_the_wrong_type_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="Settings"):
        analyze("The bridge opened.", settings={"engine": "offline"})  # type: ignore[arg-type]


def test_digest_of_the_seeds() -> None:
    note = digest([p.read_text(encoding="utf-8") for p in SEEDS], engine="offline")
    assert isinstance(note, Digest)
    assert [a.id for a in note.articles] == ["A1", "A2"]
    assert note.summary[0].kind == "overview" and note.allegations
    assert any(len(c.articles) == 2 for c in note.claims)  # the seeds share a story
    with pytest.raises(InputError):
        digest([], engine="offline")
    with pytest.raises(InputError, match="article 2"):
        digest(["The bridge opened.", ""], engine="offline")


def test_errors_share_one_root() -> None:
    assert issubclass(InputError, SummarizerError)
    with pytest.raises(AttributeError):
        summarizer.no_such_name  # noqa: B018


def test_importing_summarizer_stays_light() -> None:
    code = ("import sys, summarizer; "
            "print(sorted(m for m in ('pydantic', 'openai', 'jinja2') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.strip()
    assert out == "[]"


def test_the_api_names_survive_the_engines_being_imported() -> None:
    """No submodule is named like an API function, so importing one never hides it."""
    import summarizer.briefing.build
    import summarizer.engine

    assert callable(summarizer.digest) and callable(summarizer.analyze)
    assert summarizer.digest.__module__ == "summarizer.api"
