"""Render a Report as Markdown (briefing-note style), JSON or plain text; HTML in `render_html`."""

from __future__ import annotations

from collections.abc import Callable

from summarizer.errors import UsageError
from summarizer.render.words import (
    CATEGORY_NAMES,
    CONFIDENCE_NAMES,
    SUMMARY_SECTIONS,
    describe_counts,
    describe_engine,
    display_title,
    md_inline,
    one_line,
    printable,
)
from summarizer.schema import Report, Sentence, SummaryPoint

FORMATS = ("md", "json", "text", "html")

_SECTIONS = SUMMARY_SECTIONS


def render(report: Report, fmt: str) -> str:
    """Render one report.

    Args:
        report: the report.
        fmt: one of md, json, text, html.

    Returns:
        The rendered document, ending with a newline.

    Raises:
        UsageError: an unknown format.
    """
    return _renderer(fmt)(report)


def render_many(reports: list[Report], fmt: str) -> str:
    """Render several reports into one document (JSON Lines for json: one report a line)."""
    if len(reports) == 1:
        return render(reports[0], fmt)
    if fmt == "json":
        return "".join(r.model_dump_json() + "\n" for r in reports)
    if fmt == "html":
        from summarizer.render.html import render_html_many

        return render_html_many(reports)
    separator = "\n---\n\n" if fmt == "md" else "\n" + "=" * 72 + "\n\n"
    return separator.join(render(r, fmt) for r in reports)


def _renderer(fmt: str) -> Callable[[Report], str]:
    if fmt == "md":
        return render_markdown
    if fmt == "text":
        return render_text
    if fmt == "json":
        return lambda report: report.model_dump_json(indent=2) + "\n"
    if fmt == "html":
        from summarizer.render.html import render_html

        return render_html
    raise UsageError(f"unknown format {fmt!r}", hint=f"choose one of {', '.join(FORMATS)}")


def _cite(point: SummaryPoint) -> str:
    return ", ".join(point.sentence_ids)


def _attribution(sentence: Sentence) -> str:
    kind = sentence.attribution.type.value.replace("_", " ")
    if sentence.attribution.source:
        return f"{kind}: {sentence.attribution.source}"
    return "author's own voice" if kind == "none" else kind


def render_markdown(report: Report) -> str:
    """Briefing-note style Markdown."""
    out = [f"# {md_inline(display_title(report))}", ""]
    if report.source:
        out.append(f"- **Source:** {md_inline(report.source)}")
    out.append(f"- **Engine:** {describe_engine(report)}")
    out.append(f"- **Sentences:** {describe_counts(report)}")
    out += ["", "## Neutral summary", ""]
    for kind, heading in _SECTIONS:
        points = [p for p in report.summary if p.kind == kind]
        if not points:
            continue
        out += [f"### {heading}", ""]
        for p in points:
            label = CONFIDENCE_NAMES[p.confidence]
            cite = f" _({_cite(p)})_" if p.sentence_ids else ""
            out.append(f"- **[{label}]** {md_inline(p.text)}{cite}")
        out.append("")
    if report.loaded_language:
        out += [
            "## Loaded language",
            "",
            "| Sentence | Phrase | Kind | Neutral alternative |",
            "|---|---|---|---|",
        ]
        for phrase in report.loaded_language:
            neutral = phrase.neutral or "—"
            out.append(
                f"| {phrase.sentence_id} | {md_inline(phrase.phrase)} | {phrase.kind} "
                f"| {md_inline(neutral)} |"
            )
        out.append("")
    out += ["## Sentence by sentence", ""]
    for s in report.sentences:
        out.append(
            f"- **{s.id}** · {CATEGORY_NAMES[s.category]} · "
            f"{CONFIDENCE_NAMES[s.confidence]} · {md_inline(_attribution(s))}  "
        )
        out.append(f"  {md_inline(s.text)}  ")
        if s.reasons:
            out.append(f"  _Why: {'; '.join(md_inline(r) for r in s.reasons)}_")
    out.append("")  # warnings and usage go to stderr (cli/notices.py); JSON keeps them
    return printable("\n".join(out).rstrip() + "\n")


def render_text(report: Report) -> str:
    """Plain text for terminals and pipes, no markup."""
    title = one_line(display_title(report))
    out = [title, "=" * min(len(title), 72)]
    if report.source:
        out.append(f"Source: {one_line(report.source)}")
    out += [f"Engine: {describe_engine(report)}", describe_counts(report), ""]
    for kind, heading in _SECTIONS:
        points = [p for p in report.summary if p.kind == kind]
        if not points:
            continue
        out.append(heading.upper())
        for p in points:
            cite = f" ({_cite(p)})" if p.sentence_ids else ""
            out.append(f"  [{CONFIDENCE_NAMES[p.confidence]}] {one_line(p.text)}{cite}")
        out.append("")
    if report.loaded_language:
        out.append("LOADED LANGUAGE")
        for phrase in report.loaded_language:
            neutral = f" -> {one_line(phrase.neutral)}" if phrase.neutral else ""
            out.append(f'  {phrase.sentence_id}: "{one_line(phrase.phrase)}" '
                       f'({phrase.kind}){neutral}')
        out.append("")
    out.append("SENTENCES")
    for s in report.sentences:
        out.append(
            f"  {s.id} [{CATEGORY_NAMES[s.category]} | "
            f"{CONFIDENCE_NAMES[s.confidence]} | {one_line(_attribution(s))}]"
        )
        out.append(f"      {one_line(s.text)}")
        if s.reasons:
            out.append(f"      why: {'; '.join(one_line(r) for r in s.reasons)}")
    out.append("")  # warnings and usage go to stderr (cli/notices.py); JSON keeps them
    return printable("\n".join(out).rstrip() + "\n")


