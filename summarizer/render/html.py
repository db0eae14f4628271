"""Render reports as one self-contained HTML file: inline CSS and JS, nothing fetched.

Every piece of article text goes through `html.escape`, so an article that
contains `<script>` shows it as text; a Content-Security-Policy that allows
only our own two scripts (by hash) and no network is a second line of defence.
"""

from __future__ import annotations

from html import escape

from summarizer.render.html_assets import (
    CATEGORY_LOOK,
    CSS,
    ERROR_TRAP,
    JS,
    content_security_policy,
)
from summarizer.render.words import CONFIDENCE_NAMES, describe_counts, describe_engine
from summarizer.schema import LoadedPhrase, Report, Sentence


def render_html(report: Report) -> str:
    """One report as a self-contained HTML page: summary on top, then the highlighted text."""
    title = report.title or report.source or "Balanced report"
    body = [
        f"<h1>{escape(title)}</h1>",
        _meta(report),
        summary_section(report),
        legend(),
        article_section(report, prefix="", heading="The article, sentence by sentence"),
        _warnings(report.warnings),
    ]
    return page(f"Balanced report: {title}", "\n".join(body))


def render_html_many(reports: list[Report]) -> str:
    """Several reports in one page, one after another, sentence ids prefixed A1-, A2-, ..."""
    parts = [f"<h1>Balanced reports: {len(reports)} articles</h1>", legend()]
    for k, report in enumerate(reports, start=1):
        prefix = f"A{k}-"
        name = report.title or report.source or f"Article {k}"
        parts += [
            f'<h2 id="A{k}">A{k}: {escape(name)}</h2>', _meta(report),
            summary_section(report, prefix=prefix, level=3),
            article_section(report, prefix=prefix, heading="Sentence by sentence", level=3),
            _warnings(report.warnings),
        ]
    return page("Balanced reports", "\n".join(parts))


def page(title: str, body: str) -> str:
    """Wrap `body` in the page shell with the inline style, scripts and a strict CSP."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy()}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<script>{ERROR_TRAP}</script>\n"
        f"<style>{CSS}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n"
        f"<script>{JS}</script>\n</body>\n</html>\n"
    )


def legend() -> str:
    """The legend: colour, underline style and icon of each category, and what it means."""
    items = []
    for category, (css, icon, style, name, meaning) in CATEGORY_LOOK.items():
        items.append(
            f'<li><span class="s {css}" data-category="{category.value}">'
            f'<span class="ic" aria-hidden="true">{icon}</span>{escape(name)}</span>'
            f"<small>{style} underline · {escape(meaning)}</small></li>"
        )
    items.append('<li><mark class="loaded">loaded phrase</mark><small>purple italic · '
                 "wording with a neutral alternative (see the tooltip)</small></li>")
    return (
        '<section class="card" aria-labelledby="legend-h"><h2 id="legend-h">Legend</h2>'
        f'<ul class="legend" id="legend">{"".join(items)}</ul>'
        '<p class="meta">Hover over a sentence, or move to it with Tab, to see its confidence '
        "and the reasons; Enter keeps it open, Escape closes it.</p></section>"
    )


def summary_section(report: Report, *, prefix: str = "", level: int = 2) -> str:
    """The neutral summary, each point with its confidence and links to its sentences."""
    items = []
    for point in report.summary:
        links = ", ".join(
            f'<a href="#{escape(prefix + sid)}">{escape(sid)}</a>' for sid in point.sentence_ids
        )
        cite = f' <span class="meta">({links})</span>' if links else ""
        items.append(
            f"<li>{confidence_badge(point.confidence.value)}"
            f'<span class="meta">{escape(point.kind)}:</span> {escape(point.text)}{cite}</li>'
        )
    listing = "".join(items) or "<li>No summary points.</li>"
    return (f'<section class="card summary"><h{level}>Neutral summary</h{level}>'
            f"<ul>{listing}</ul></section>")


def confidence_badge(value: str) -> str:
    """A small labelled badge for a confidence value."""
    label = value.replace("not_applicable", "n/a (opinion)")
    return f'<span class="badge conf-{escape(value)}">{escape(label)}</span>'


def article_section(report: Report, *, prefix: str, heading: str, level: int = 2) -> str:
    """The article text, paragraph by paragraph, every sentence highlighted by category."""
    loaded: dict[str, list[LoadedPhrase]] = {}
    for phrase in report.loaded_language:
        loaded.setdefault(phrase.sentence_id, []).append(phrase)
    paragraphs: dict[int, list[str]] = {}
    for sentence in report.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(
            sentence_html(sentence, prefix, loaded.get(sentence.id, []))
        )
    body = "".join(f"<p>{' '.join(parts)}</p>" for _, parts in sorted(paragraphs.items()))
    return (f'<section class="card article"><h{level}>{escape(heading)}</h{level}>'
            f"{body}</section>")


def sentence_html(sentence: Sentence, prefix: str, phrases: list[LoadedPhrase]) -> str:
    """One sentence: highlighted, focusable, with its tooltip of confidence and reasons."""
    css, icon, _, name, _ = CATEGORY_LOOK[sentence.category]
    anchor = escape(prefix + sentence.id)
    tip_id = f"tip-{anchor}"
    attribution = sentence.attribution.type.value.replace("_", " ")
    if sentence.attribution.source:
        attribution += f": {sentence.attribution.source}"
    reasons = "".join(f'<span class="r">· {escape(r)}</span>' for r in sentence.reasons)
    loaded_notes = "".join(
        f'<span class="r">· loaded: “{escape(p.phrase)}”'
        + (f" → “{escape(p.neutral)}”" if p.neutral else "") + "</span>"
        for p in phrases
    )
    tip = (
        f'<span class="tip" role="tooltip" id="{tip_id}"><b>{escape(sentence.id)} · '
        f"{escape(name)}</b><span class=\"r\">confidence: "
        f"{escape(CONFIDENCE_NAMES[sentence.confidence])}</span>"
        f'<span class="r">source: {escape(attribution)}</span>{reasons}{loaded_notes}</span>'
    )
    return (
        f'<span class="s {css}" id="{anchor}" data-category="{sentence.category.value}" '
        f'tabindex="0" role="button" aria-expanded="false" '
        f'aria-describedby="{tip_id}"><span class="ic" aria-hidden="true">{icon}</span>'
        f"{_text_with_phrases(sentence, phrases)}{tip}</span>"
    )


def _text_with_phrases(sentence: Sentence, phrases: list[LoadedPhrase]) -> str:
    out: list[str] = []
    pos = 0
    for phrase in sorted(phrases, key=lambda p: p.start):
        start, end = phrase.start - sentence.start, phrase.end - sentence.start
        if start < pos or end > len(sentence.text) or start < 0:
            continue  # overlapping or out of range: leave the text plain
        out.append(escape(sentence.text[pos:start]))
        out.append(f'<mark class="loaded">{escape(sentence.text[start:end])}</mark>')
        pos = end
    out.append(escape(sentence.text[pos:]))
    return "".join(out)


def _meta(report: Report) -> str:
    parts = [describe_engine(report), describe_counts(report)]
    if report.source:
        parts.insert(0, f"source: {report.source}")
    return f'<p class="meta">{escape(" · ".join(parts))}</p>'


def _warnings(warnings: list[str]) -> str:
    if not warnings:
        return ""
    items = "".join(f"<li>{escape(w)}</li>" for w in warnings)
    return f'<section class="card"><h3>How this was made</h3><ul>{items}</ul></section>'

