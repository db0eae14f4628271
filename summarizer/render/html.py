"""Render reports as one self-contained HTML file: inline CSS and JS, nothing fetched.

The page comes from Jinja2 templates (`summarizer/render/templates/`, shipped in the
wheel) with autoescape on, so an article that contains `<script>` shows it as
text; only our own constants (style, scripts) are marked safe. A
Content-Security-Policy that allows only those two scripts (by hash) and no
network is a second line of defence. This module turns a report into plain
values for the templates (`view_*`); the markup lives in the templates.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from summarizer.render.html_assets import (
    CATEGORY_LOOK,
    CSS,
    ERROR_TRAP,
    JS,
    content_security_policy,
)
from summarizer.render.words import (
    CONFIDENCE_NAMES,
    SUMMARY_SECTIONS,
    describe_counts,
    describe_engine,
)
from summarizer.schema import LoadedPhrase, Report, Sentence


@lru_cache(maxsize=1)
def environment() -> Any:
    """The Jinja2 environment of the page templates: autoescape on, undefined names fail."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(
        loader=PackageLoader("summarizer.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_page(template: str, *, title: str, lang: str | None, **values: Any) -> str:
    """Render one page template inside the shell, with the style, scripts and CSP."""
    from markupsafe import Markup

    return str(environment().get_template(template).render(
        title=title, lang=lang, csp=content_security_policy(), css=Markup(CSS),
        js=Markup(JS), error_trap=Markup(ERROR_TRAP), look=view_legend(), **values,
    ))


def render_html(report: Report) -> str:
    """One report as a self-contained HTML page: summary on top, then the highlighted text."""
    title = report.title or report.source or "Balanced report"
    view = view_report(report, prefix="")
    view["name"] = title
    return render_page("report.html.j2", title=f"Balanced report: {title}",
                       lang=page_language([report]), reports=[view], several=False)


def render_html_many(reports: list[Report]) -> str:
    """Several reports in one page, one after another, sentence ids prefixed A1-, A2-, ..."""
    views = []
    for k, report in enumerate(reports, start=1):
        view = view_report(report, prefix=f"A{k}-")
        view["name"] = report.title or report.source or f"Article {k}"
        views.append(view)
    return render_page("report.html.j2", title="Balanced reports",
                       lang=page_language(reports), reports=views, several=True)


def page_language(reports: list[Report]) -> str | None:
    """The page's `lang`: the detected language when every article shares it, else none."""
    from summarizer.text.language import language_tag

    tags = {language_tag(report.text) for report in reports}
    return tags.pop() if len(tags) == 1 else None


def view_legend() -> list[dict[str, str]]:
    """Each category's class, icon, underline style, name and meaning."""
    return [{"category": category.value, "css": css, "icon": icon, "style": style,
             "name": name, "meaning": meaning}
            for category, (css, icon, style, name, meaning) in CATEGORY_LOOK.items()]


def view_report(report: Report, *, prefix: str) -> dict[str, Any]:
    """The values the report templates show: meta line, grouped summary, paragraphs."""
    parts = [describe_engine(report), describe_counts(report)]
    if report.source:
        parts.insert(0, f"source: {report.source}")
    return {"meta": " · ".join(parts), "prefix": prefix, "groups": view_summary(report),
            "paragraphs": view_paragraphs(report), "warnings": report.warnings}


def view_summary(report: Report) -> list[dict[str, Any]]:
    """The summary points in the text format's groups: reporting, allegations, opinion, overall."""
    groups = []
    for kind, heading in SUMMARY_SECTIONS:
        points = [{"confidence": p.confidence.value, "text": p.text,
                   "sentence_ids": p.sentence_ids} for p in report.summary if p.kind == kind]
        if points:
            groups.append({"kind": kind, "heading": heading, "points": points})
    return groups


def view_paragraphs(report: Report) -> list[list[dict[str, Any]]]:
    """The sentences paragraph by paragraph, each with its look, tooltip and loaded phrases."""
    loaded: dict[str, list[LoadedPhrase]] = {}
    for phrase in report.loaded_language:
        loaded.setdefault(phrase.sentence_id, []).append(phrase)
    paragraphs: dict[int, list[dict[str, Any]]] = {}
    for sentence in report.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(
            view_sentence(sentence, loaded.get(sentence.id, [])))
    return [parts for _, parts in sorted(paragraphs.items())]


def view_sentence(sentence: Sentence, phrases: list[LoadedPhrase]) -> dict[str, Any]:
    """One sentence: category look, confidence, source, reasons, text cut around phrases."""
    css, icon, _, name, _ = CATEGORY_LOOK[sentence.category]
    attribution = sentence.attribution.type.value.replace("_", " ")
    if sentence.attribution.source:
        attribution += f": {sentence.attribution.source}"
    return {
        "id": sentence.id, "css": css, "icon": icon, "name": name,
        "category": sentence.category.value,
        "confidence": CONFIDENCE_NAMES[sentence.confidence], "attribution": attribution,
        "reasons": sentence.reasons, "pieces": _pieces(sentence, phrases),
        "loaded": [{"phrase": p.phrase, "neutral": p.neutral} for p in phrases],
    }


def _pieces(sentence: Sentence, phrases: list[LoadedPhrase]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    pos = 0
    for phrase in sorted(phrases, key=lambda p: p.start):
        start, end = phrase.start - sentence.start, phrase.end - sentence.start
        if start < pos or end > len(sentence.text) or start < 0:
            continue  # overlapping or out of range: leave the text plain
        out.append({"text": sentence.text[pos:start], "loaded": False})
        out.append({"text": sentence.text[start:end], "loaded": True})
        pos = end
    out.append({"text": sentence.text[pos:], "loaded": False})
    return out
