"""The HTML briefing note: combined summary, claims × articles matrix, differences side
by side, allegations, then every article highlighted sentence by sentence.

The markup is `summarizer/render/templates/digest.html.j2` (autoescape on); this module
turns the digest into plain values for it.
"""

from __future__ import annotations

from typing import Any

from summarizer.briefing.schema import Allegation, Claim, Digest
from summarizer.render.html import page_language, render_page, view_paragraphs
from summarizer.render.html_assets import CATEGORY_LOOK
from summarizer.render.words import sentences_count
from summarizer.schema import Report

_KIND_LABEL = {"reporting": "reporting", "allegation": "ALLEGATION", "opinion": "opinion"}
_SUMMARY_LABEL = {"allegation": "alleged", "difference": "differs"}
_MADE_BY = {"anonymous": "anonymous source", "none": "no source (author's voice)"}


def render_digest_html(digest: Digest, reports: list[Report]) -> str:
    """The briefing note as one self-contained HTML page.

    Args:
        digest: the digest.
        reports: the reports it was built from, in the order of `digest.articles`.
    """
    article_ids = [a.id for a in digest.articles]
    shown = [c for c in digest.claims if len(c.articles) > 1 or c.kind != "opinion"]
    return render_page(
        "digest.html.j2", title="Briefing note", lang=page_language(reports),
        articles=[{"id": a.id, "name": a.title or a.source or "untitled",
                   "sentences": sentences_count(a.sentences), "engine": a.engine}
                  for a in digest.articles],
        summary=[{"kind": p.kind, "label": _SUMMARY_LABEL.get(p.kind, p.kind),
                  "confidence": p.confidence.value, "text": p.text} for p in digest.summary],
        claims=[_claim(c, article_ids) for c in shown],
        hidden=len(digest.claims) - len(shown),
        contradictions=[{
            "kind": c.kind, "claim_id": c.claim_id, "topic": c.topic, "note": c.note,
            "sides": [{"article_id": s.article_id, "sides_values": ", ".join(s.values),
                       "sentence_ids": s.sentence_ids} for s in c.sides],
        } for c in digest.contradictions],
        allegations=[_allegation(a) for a in digest.allegations],
        reports=[{"id": article.id, "name": article.title or article.source or article.id,
                  "paragraphs": view_paragraphs(report)}
                 for article, report in zip(digest.articles, reports, strict=False)],
        method=digest.method, warnings=digest.warnings,
    )


def _claim(claim: Claim, article_ids: list[str]) -> dict[str, Any]:
    by_article = {s.article_id: s for s in claim.articles}
    cells: list[dict[str, Any] | None] = []
    for article_id in article_ids:
        support = by_article.get(article_id)
        if support is None:
            cells.append(None)
            continue
        css, icon, _, name, _ = CATEGORY_LOOK[support.category]
        cells.append({"article_id": article_id, "css": css, "icon": icon, "name": name,
                      "confidence": support.confidence.value,
                      "sentence_ids": support.sentence_ids,
                      "source": support.attribution.source})
    return {"id": claim.id, "confidence": claim.confidence.value,
            "kind": _KIND_LABEL[claim.kind], "corroborated": claim.corroborated,
            "text": claim.text, "reasons": "; ".join(claim.reasons), "cells": cells}


def _allegation(allegation: Allegation) -> dict[str, str]:
    who = _MADE_BY.get(allegation.made_by.value, allegation.made_by.value.replace("_", " "))
    if allegation.made_by_source:
        who += f": “{allegation.made_by_source}”"
    if allegation.repeated_by:
        who += f"; also carried by {', '.join(allegation.repeated_by)}"
    return {"article_id": allegation.article_id, "sentence_id": allegation.sentence_id,
            "who": who, "text": allegation.text}
