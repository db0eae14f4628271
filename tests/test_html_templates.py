"""The HTML pages come from Jinja2 templates shipped in the wheel; the summary keeps the
text format's groups; the page's `lang` follows the article's language."""

from __future__ import annotations

import fnmatch
import re
import sys
from pathlib import Path

import pytest
from digest_factory import ALLEGATION, OPINION, make_report

from summarizer.render.html import render_html, render_html_many
from summarizer.render.report import render
from summarizer.schema import Confidence, SummaryPoint
from summarizer.text.language import language_tag

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("The minister resigned on Friday.\n\nCritics say she hid the money.\n\n"
        "A report said files were found.\n\nThis is outrageous.")
FRENCH = ("Le gouvernement a annoncé vendredi une nouvelle loi sur les retraites, et les "
          "syndicats ont appelé à la grève dans tout le pays pour protester contre le texte.")


def test_templates_ship_as_package_data() -> None:
    if sys.version_info < (3, 11):
        pytest.skip("tomllib is needed to read pyproject.toml")
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["summarizer.render.templates"]
    templates = sorted((ROOT / "summarizer" / "render" / "templates").glob("*"))
    assert templates
    for path in templates:
        name = path.name
        assert any(fnmatch.fnmatch(name, g) for g in globs), f"{name} would not ship"


def test_no_html_is_written_in_python() -> None:
    for name in ("html.py", "html_digest.py"):
        source = (ROOT / "summarizer" / "render" / name).read_text(encoding="utf-8")
        assert not re.search(r"f[\"'][^\"']*<(?:li|span|section|td|th|h\d|p)\b", source), name


def test_summary_shows_the_text_formats_groups_in_order() -> None:
    report = make_report(TEXT, {2: ALLEGATION, 4: OPINION})
    report.summary = [
        SummaryPoint(text="The minister resigned on Friday.", kind="reporting",
                     confidence=Confidence.MEDIUM, sentence_ids=["S1"]),
        SummaryPoint(text="Unnamed critics alleged that she hid the money.", kind="allegation",
                     confidence=Confidence.UNSUPPORTED, sentence_ids=["S2"]),
        SummaryPoint(text="One article, one view.", kind="overview",
                     confidence=Confidence.NOT_APPLICABLE),
    ]
    page = render_html(report)
    text = render(report, "text")
    headings = re.findall(r'<h3 class="group group-(\w+)">([^<]+)</h3>', page)
    assert [h for _, h in headings] == ["Verifiable reporting", "Alleged without support",
                                        "Overall"]
    for _, heading in headings:
        assert heading.upper() in text  # the same groups as the text format
    summary = page[page.index("Neutral summary"):page.index('id="legend"')]
    assert summary.index("resigned") < summary.index("hid the money") < summary.index(
        "one view")


def test_page_language_follows_the_article() -> None:
    assert '<html lang="en">' in render_html(make_report(TEXT))
    assert '<html lang="fr">' in render_html(make_report(FRENCH))
    assert "<html>" in render_html_many([make_report(TEXT), make_report(FRENCH)])  # mixed
    finnish = ("Hallitus ilmoitti perjantaina uudesta eläkelaista, ja ammattiliitot kutsuivat "
               "lakkoon koko maassa vastustaakseen uudistusta nopeasti tänään.")
    assert language_tag(finnish) is None  # not a listed language: lang left out, not guessed
    assert "<html>" in render_html(make_report(finnish))
