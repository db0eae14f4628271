"""Render a Digest (briefing note) as Markdown, JSON, plain text or HTML."""

from __future__ import annotations

from summarizer.briefing.schema import Claim, Contradiction, Digest
from summarizer.errors import UsageError
from summarizer.render.words import md_inline, one_line, printable, sentences_count
from summarizer.schema import Confidence, Report

DIGEST_FORMATS = ("md", "json", "text", "html")

_CATEGORY = {
    "reported_fact": "fact",
    "attributed_statement": "attributed",
    "opinion": "opinion",
    "unsupported_allegation": "ALLEGATION",
}
_CONFIDENCE = {c: c.value.replace("not_applicable", "n/a") for c in Confidence}


def render_digest(digest: Digest, fmt: str, reports: list[Report] | None = None) -> str:
    """Render a briefing note.

    Args:
        digest: the digest.
        fmt: md, json, text or html.
        reports: the reports it was built from; html needs them to show the articles.

    Returns:
        The document, ending with a newline.

    Raises:
        UsageError: an unknown format, or html without the reports.
    """
    if fmt == "json":
        return digest.model_dump_json(indent=2) + "\n"
    if fmt == "html":
        if reports is None:
            raise UsageError("the html briefing note needs the article reports")
        from summarizer.render.html_digest import render_digest_html

        return render_digest_html(digest, reports)
    if fmt in ("md", "text"):
        return _render_lines(digest, markdown=fmt == "md")
    raise UsageError(f"unknown format {fmt!r}", hint=f"choose one of {', '.join(DIGEST_FORMATS)}")


def _render_lines(digest: Digest, *, markdown: bool) -> str:
    h1, h2 = ("# ", "## ") if markdown else ("", "")
    out = [f"{h1}Briefing note: {len(digest.articles)} article(s)", ""]
    if not markdown:
        out.insert(1, "=" * 40)
    out += _section("Articles", h2, markdown)
    for article in digest.articles:
        name = _text(article.title or article.source or "untitled", markdown)
        out.append(f"- {_b(article.id, markdown)} {name} ({sentences_count(article.sentences)}, "
                   f"{article.engine} engine)")
    out += ["", *_section("Combined summary", h2, markdown)]
    for p in digest.summary:
        tag = "" if p.kind == "overview" else f"[{_CONFIDENCE[p.confidence]}] "
        kind = {"allegation": "ALLEGED: ", "difference": "DIFFERS: "}.get(p.kind, "")
        cites = f" ({', '.join(p.sentence_ids)})" if p.sentence_ids else ""
        out.append(f"- {tag}{kind}{_text(p.text, markdown)}{cites}")
    corroborated = [c for c in digest.claims if c.corroborated]
    repeated = [c for c in digest.claims if len(c.articles) > 1 and not c.corroborated]
    out += ["", *_section("Corroborated: reported verifiably by two or more articles", h2,
                                 markdown)]
    out += _claims(corroborated, markdown) or ["- none"]
    out += ["", *_section("Carried by several articles, not corroborated", h2, markdown)]
    out += _claims(repeated, markdown) or ["- none"]
    out += ["", *_section("Stated differently (side by side)", h2, markdown)]
    out += _contradictions(digest.contradictions, markdown) or ["- none found"]
    out += ["", *_section("Allegations (no verifiable source)", h2, markdown)]
    for a in digest.allegations:
        who = "anonymous" if a.made_by.value == "anonymous" else (
            "no source: the author's own voice" if a.made_by.value == "none" else a.made_by.value)
        if a.made_by_source:
            who += f" ('{_text(a.made_by_source, markdown)}')"
        also = f"; also carried by {', '.join(a.repeated_by)}" if a.repeated_by else ""
        out.append(f"- {_b('ALLEGED', markdown)} {a.article_id} {a.sentence_id} "
                   f"[made by: {who}{also}] {_text(a.text, markdown)}")
    if not digest.allegations:
        out.append("- none")
    single = [c for c in digest.claims if c.id in set(digest.single_source)]
    out += ["", *_section("Single-source claims (only one article makes them)", h2, markdown)]
    out += _claims(single, markdown) or ["- none"]
    out += ["", f"Method: {digest.method}",
            f"Combined summary written by: the {digest.summary_engine} engine"]
    # the digest's warnings go to stderr (cli/notices.py); JSON keeps them as data
    return printable("\n".join(out).rstrip() + "\n")


def _section(title: str, h2: str, markdown: bool) -> list[str]:
    return [f"{h2}{title}", ""] if markdown else [title.upper()]


def _claims(claims: list[Claim], markdown: bool) -> list[str]:
    out: list[str] = []
    for c in claims:
        flag = " CORROBORATED" if c.corroborated else ""
        out.append(f"- {_b(c.id, markdown)} [{c.kind}, {_CONFIDENCE[c.confidence]}{flag}] "
                   f"{_text(c.text, markdown)}")
        for s in c.articles:
            source = f", {_text(s.attribution.source, markdown)}" if s.attribution.source else ""
            out.append(f"    - {s.article_id} {'+'.join(s.sentence_ids)} "
                       f"({_CATEGORY[s.category.value]}, {_CONFIDENCE[s.confidence]}"
                       f"{source})" + ("" if s.text == c.text else f": {_text(s.text, markdown)}"))
        if c.reasons:
            out.append(f"    - why: {'; '.join(c.reasons)}")
    return out


def _contradictions(items: list[Contradiction], markdown: bool) -> list[str]:
    out: list[str] = []
    for c in items:
        about = f" ({c.claim_id})" if c.claim_id else ""
        out.append(f"- {_b(c.kind.upper(), markdown)}{about} {c.note}")
        if markdown:
            out += ["", "    | article | says | sentences |", "    |---|---|---|"]
            out += [f"    | {s.article_id} | {md_inline(', '.join(s.values))} | "
                    f"{', '.join(s.sentence_ids)} |" for s in c.sides]
            out.append("")
        else:
            out += [f"    {s.article_id}: {', '.join(s.values)}  ({', '.join(s.sentence_ids)})"
                    for s in c.sides]
    return out


def _b(text: str, markdown: bool) -> str:
    return f"**{text}**" if markdown else text


def _text(text: str, markdown: bool) -> str:
    """Article text on one line, made inert in Markdown (no raw HTML, no image links)."""
    return md_inline(text) if markdown else one_line(text)
