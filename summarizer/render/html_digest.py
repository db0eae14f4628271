"""The HTML briefing note: combined summary, claims × articles matrix, differences side
by side, allegations, then every article highlighted sentence by sentence."""

from __future__ import annotations

from html import escape

from summarizer.briefing.schema import Claim, Digest
from summarizer.render.html import article_section, confidence_badge, legend, page
from summarizer.render.html_assets import CATEGORY_LOOK
from summarizer.render.words import sentences_count
from summarizer.schema import Report

_KIND_LABEL = {"reporting": "reporting", "allegation": "ALLEGATION", "opinion": "opinion"}


def render_digest_html(digest: Digest, reports: list[Report]) -> str:
    """The briefing note as one self-contained HTML page.

    Args:
        digest: the digest.
        reports: the reports it was built from, in the order of `digest.articles`.
    """
    parts = [
        f"<h1>Briefing note: {len(digest.articles)} articles</h1>",
        _articles(digest),
        _summary(digest),
        legend(),
        _matrix(digest),
        _differences(digest),
        _allegations(digest),
    ]
    for article, report in zip(digest.articles, reports, strict=False):
        name = article.title or article.source or article.id
        parts.append(f'<h2 id="{escape(article.id)}">{escape(article.id)}: {escape(name)}</h2>')
        parts.append(article_section(report, prefix=f"{article.id}-",
                                     heading="Sentence by sentence", level=3))
    notes = "".join(f"<li>{escape(w)}</li>" for w in digest.warnings)
    parts.append(f'<section class="card"><h2>How this was made</h2><p class="meta">'
                 f"{escape(digest.method)}</p><ul>{notes}</ul></section>")
    return page("Briefing note", "\n".join(parts))


def _link(article_id: str, sentence_id: str) -> str:
    anchor = escape(f"{article_id}-{sentence_id}")
    return f'<a href="#{anchor}">{escape(sentence_id)}</a>'


def _articles(digest: Digest) -> str:
    rows = "".join(
        f'<li><a href="#{escape(a.id)}">{escape(a.id)}</a>: '
        f"{escape(a.title or a.source or 'untitled')} "
        f'<span class="meta">({sentences_count(a.sentences)}, '
        f"{escape(a.engine)} engine)</span></li>"
        for a in digest.articles
    )
    return f'<section class="card"><h2>Articles</h2><ul>{rows}</ul></section>'


def _summary(digest: Digest) -> str:
    items = []
    for point in digest.summary:
        badge = "" if point.kind == "overview" else confidence_badge(point.confidence.value)
        kind = {"allegation": "alleged", "difference": "differs"}.get(point.kind, point.kind)
        items.append(f'<li>{badge}<span class="meta">{escape(kind)}:</span> '
                     f"{escape(point.text)}</li>")
    return (f'<section class="card summary"><h2>Combined summary</h2>'
            f"<ul>{''.join(items)}</ul></section>")


def _matrix(digest: Digest) -> str:
    shown = [c for c in digest.claims if len(c.articles) > 1 or c.kind != "opinion"]
    head = "".join(f'<th scope="col">{escape(a.id)}</th>' for a in digest.articles)
    rows = "".join(_matrix_row(c, [a.id for a in digest.articles]) for c in shown)
    hidden = len(digest.claims) - len(shown)
    note = (f'<p class="meta">{hidden} single-article opinion(s) not shown here; they are '
            "highlighted in the articles below.</p>") if hidden else ""
    return (
        '<section class="card"><h2>Claims × articles</h2>'
        '<p class="meta">Which article carries which claim, with its category, confidence and '
        "sentences. ✔ corroborated: reported verifiably by two or more articles.</p>"
        f'<table class="matrix"><thead><tr><th scope="col">Claim</th>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table>{note}</section>"
    )


def _matrix_row(claim: Claim, article_ids: list[str]) -> str:
    flag = ' <span class="corr" title="corroborated">✔ corroborated</span>' \
        if claim.corroborated else ""
    reasons = escape("; ".join(claim.reasons))
    head = (f'<th scope="row"><b>{escape(claim.id)}</b> '
            f"{confidence_badge(claim.confidence.value)}"
            f'<span class="meta">{_KIND_LABEL[claim.kind]}</span>{flag}<br>'
            f'{escape(claim.text)}<br><span class="meta">{reasons}</span></th>')
    by_article = {s.article_id: s for s in claim.articles}
    cells = []
    for article_id in article_ids:
        support = by_article.get(article_id)
        if support is None:
            cells.append('<td class="none"><span aria-label="not carried">—</span></td>')
            continue
        css, icon, _, name, _ = CATEGORY_LOOK[support.category]
        links = " ".join(_link(article_id, sid) for sid in support.sentence_ids)
        source = f"<br>{escape(support.attribution.source)}" if support.attribution.source else ""
        cells.append(
            f'<td class="cell"><span class="{css}"><span class="ic" aria-hidden="true">{icon}'
            f"</span>{escape(name)}</span><br>{confidence_badge(support.confidence.value)}"
            f"{links}{source}</td>"
        )
    return f"<tr>{head}{''.join(cells)}</tr>"


def _differences(digest: Digest) -> str:
    if not digest.contradictions:
        return ('<section class="card"><h2>Stated differently</h2>'
                "<p>No differences found between the articles.</p></section>")
    blocks = []
    for c in digest.contradictions:
        head = "".join(f'<th scope="col">{escape(s.article_id)}</th>' for s in c.sides)
        cells = "".join(
            f"<td>{escape(', '.join(s.values))}<br>"
            + " ".join(_link(s.article_id, sid) for sid in s.sentence_ids) + "</td>"
            for s in c.sides
        )
        about = f" ({escape(c.claim_id)})" if c.claim_id else ""
        blocks.append(
            f"<h3>{escape(c.kind)}{about}: {escape(c.topic)}</h3><p>{escape(c.note)}</p>"
            f'<table class="sides"><thead><tr>{head}</tr></thead><tbody><tr>{cells}</tr>'
            "</tbody></table>"
        )
    return f'<section class="card"><h2>Stated differently, side by side</h2>{"".join(blocks)}' \
        "</section>"


def _allegations(digest: Digest) -> str:
    items = []
    for a in digest.allegations:
        who = {"anonymous": "anonymous source", "none": "no source (author's voice)"}.get(
            a.made_by.value, a.made_by.value.replace("_", " "))
        if a.made_by_source:
            who += f": “{a.made_by_source}”"
        also = f"; also carried by {', '.join(a.repeated_by)}" if a.repeated_by else ""
        items.append(
            f'<li><span class="alleged"><span class="ic" aria-hidden="true">⚠</span>'
            f"alleged</span> {escape(a.article_id)} {_link(a.article_id, a.sentence_id)} "
            f'<span class="meta">[made by {escape(who)}{escape(also)}]</span> '
            f"{escape(a.text)}</li>"
        )
    listing = "".join(items) or "<li>None.</li>"
    return (f'<section class="card"><h2>Allegations without a verifiable source</h2>'
            f"<ul>{listing}</ul></section>")

