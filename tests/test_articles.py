"""Our own articles (fixtures/articles/), read as a reader would read their reports.

Each article is a genre: wire reporting, an op-ed, an anonymous-sourced scoop, a
court report. The labels and the summary must make sense for that genre.
"""

from __future__ import annotations

from pathlib import Path

from summarizer.article import Article
from summarizer.offline import analyze_offline
from summarizer.schema import Category, Report, Sentence

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def report(name: str) -> Report:
    path = ARTICLES / name
    return analyze_offline(Article(text=path.read_text("utf-8"), source=str(path)))


def sentence(rep: Report, fragment: str) -> Sentence:
    found = [s for s in rep.sentences if fragment in s.text]
    assert len(found) == 1, f"{fragment!r} in {len(found)} sentences"
    return found[0]


def points(rep: Report, kind: str) -> list[str]:
    return [p.text for p in rep.summary if p.kind == kind]


def test_court_verdict_is_reported_not_alleged() -> None:
    rep = report("court_fraud.txt")
    verdict = sentence(rep, "a jury found him guilty")
    assert verdict.category is Category.REPORTED_FACT
    assert points(rep, "allegation") == []
    assert any("jury found him guilty" in text for text in points(rep, "reporting"))


def test_a_named_spokeswoman_denying_is_attributed_not_alleged() -> None:
    rep = report("scoop_ports.txt")
    denial = sentence(rep, "denied any wrongdoing")
    assert denial.category is Category.ATTRIBUTED_STATEMENT
    assert denial.attribution.source == "Lena Marsh"
    assert not any("denied any wrongdoing" in text for text in points(rep, "allegation"))
