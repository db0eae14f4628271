"""The words every renderer shares: category and confidence names, counts, the engine line.

Markdown, text, HTML and the briefing note all describe a report the same way;
they import these from here, so no renderer imports another for its words.
"""

from __future__ import annotations

import re

from summarizer.schema import Category, Confidence, Report

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

CATEGORY_NAMES = {
    Category.REPORTED_FACT: "reported fact",
    Category.ATTRIBUTED_STATEMENT: "attributed statement",
    Category.OPINION: "opinion",
    Category.UNSUPPORTED_ALLEGATION: "unsupported allegation",
}
CONFIDENCE_NAMES = {
    Confidence.HIGH: "high",
    Confidence.MEDIUM: "medium",
    Confidence.LOW: "low",
    Confidence.UNSUPPORTED: "unsupported",
    Confidence.NOT_APPLICABLE: "n/a (opinion)",
}


def display_title(report: Report) -> str:
    """The article's title, or its source, or a placeholder."""
    return report.title or report.source or "Untitled article"


def describe_counts(report: Report) -> str:
    """'23 sentences: 5 reported fact, 6 attributed statement, ...'."""
    counts = report.counts.model_dump()
    parts = [f"{counts[c.value]} {CATEGORY_NAMES[c]}" for c in Category if counts[c.value]]
    return f"{sentences_count(len(report.sentences))}: " + ", ".join(parts)


def sentences_count(count: int) -> str:
    """'1 sentence', '23 sentences'."""
    return f"{count} sentence" if count == 1 else f"{count} sentences"


def describe_engine(report: Report) -> str:
    """'offline' or 'openai (model, prompt abc123)'."""
    info = report.engine
    if info.name == "offline":
        return "offline (deterministic cues, no model)"
    details = [
        d for d in (info.model, info.prompt_version and f"prompt {info.prompt_version}") if d
    ]
    if info.contribution is not None:  # what the model gave, e.g. "labels set aside: ..."
        details.append(info.contribution.describe())
    return f"{info.name} ({'; '.join(details)})" if details else info.name


def printable(document: str) -> str:
    """Replace control characters (terminal escape sequences) an article may carry."""
    return _CONTROL.sub("\ufffd", document)


# The summary's groups, in order, with their headings: every format shows the same groups.
SUMMARY_SECTIONS = (
    ("reporting", "Verifiable reporting"),
    ("allegation", "Alleged without support"),
    ("opinion", "Opinion"),
    ("overview", "Overall"),
)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]!<>|#~])")


def one_line(text: str) -> str:
    """The text on one line: every run of whitespace (line breaks included) as one space.

    A title or a file name with a line break in it would otherwise start a line of
    its own in a report, and could forge a section heading there.
    """
    return " ".join(text.split())


def md_inline(text: str) -> str:
    """Article text made inert in Markdown: one line, raw HTML and link syntax escaped.

    `<` and `>` are escaped, so an article's `<img src=...>`, `<script>` or
    `<http://...>` autolink stays text; `[`, `]` and `!` are escaped, so
    `![](http://tracker/...)` is no image for a Markdown viewer to fetch.
    """
    escaped = _MD_SPECIAL.sub(r"\\\1", one_line(text))
    return escaped.replace("&", "&amp;").replace("\\<", "&lt;").replace("\\>", "&gt;")
