"""The self-contained HTML report: escaping, structure, accessibility, no network."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from digest_factory import ALLEGATION, OPINION, make_report, said

from summarizer.briefing.build import build_digest
from summarizer.render.digest import render_digest
from summarizer.render.html import render_html, render_html_many
from summarizer.render.html_assets import CATEGORY_LOOK, script_hash
from summarizer.render.report import render

HOSTILE = (
    "The minister resigned on Friday.\n\n"
    "<script>document.title='pwned'</script> Critics say she hid the money.\n\n"
    'A report said "</span><img src=x onerror=alert(1)>" was found in the files.\n\n'
    "This is outrageous."
)
LABELS = {2: ALLEGATION, 3: said("a report"), 4: OPINION}


class _Collect(HTMLParser):
    """Every start tag with its attributes, and the text inside <script> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def _parse(page: str) -> _Collect:
    parser = _Collect()
    parser.feed(page)
    return parser


def test_article_markup_is_escaped_and_inert() -> None:
    page = render_html(make_report(HOSTILE, LABELS, title="<u>title</u>"))
    parsed = _parse(page)
    assert [t for t, _ in parsed.tags].count("script") == 2  # ours only
    assert not [t for t, _ in parsed.tags if t in ("img", "u")]
    # Jinja2's autoescape (markupsafe) writes ' as &#39;
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in page
    assert "&lt;/span&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert "pwned" not in "".join(parsed.scripts)


def test_csp_allows_only_our_scripts_and_no_network() -> None:
    page = render_html(make_report(HOSTILE, LABELS))
    parsed = _parse(page)
    csp = next(a["content"] for t, a in parsed.tags
               if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None and "default-src 'none'" in csp
    for script in parsed.scripts:
        assert script_hash(script) in csp
    for _, attrs in parsed.tags:
        for name in ("src", "href"):
            value = attrs.get(name)
            assert value is None or value.startswith("#"), f"external {name}={value}"


def test_every_sentence_is_highlighted_focusable_and_described() -> None:
    report = make_report(HOSTILE, LABELS, loaded=[(4, "outrageous", "notable")])
    parsed = _parse(render_html(report))
    spans = {a["id"]: a for t, a in parsed.tags if t == "span" and a.get("tabindex") == "0"}
    assert set(spans) == {s.id for s in report.sentences}
    tips = {a["id"] for t, a in parsed.tags if a.get("role") == "tooltip"}
    for sentence in report.sentences:
        attrs = spans[sentence.id]
        css = CATEGORY_LOOK[sentence.category][0]
        assert css in (attrs["class"] or "").split()
        assert attrs["data-category"] == sentence.category.value
        assert attrs["aria-describedby"] in tips
    page = render_html(report)
    assert '<mark class="loaded">outrageous</mark>' in page
    assert "“outrageous” → “notable”" in page


def test_legend_gives_each_category_colour_underline_and_icon() -> None:
    page = render_html(make_report(HOSTILE, LABELS))
    legend = page[page.index('id="legend"'):]
    styles = set()
    for category, (css, icon, style, name, _) in CATEGORY_LOOK.items():
        assert f'data-category="{category.value}"' in legend and icon in legend
        assert name in legend
        assert re.search(rf"\.{css}\{{[^}}]*text-decoration-style:{style}", page)
        styles.add(style)
    assert len(styles) == len(CATEGORY_LOOK)  # a second cue besides colour, all different
    assert ".s:focus>.tip" in page and ".s:hover>.tip" in page


def test_summary_comes_first_and_links_to_sentences() -> None:
    report = make_report(HOSTILE, LABELS)
    page = render(report, "html")
    assert page.index("Neutral summary") < page.index("sentence by sentence")
    assert 'href="#S1"' in page


def test_many_reports_prefix_ids() -> None:
    page = render_html_many([make_report(HOSTILE, LABELS), make_report(HOSTILE, LABELS)])
    assert 'id="A1-S1"' in page and 'id="A2-S1"' in page


def test_digest_html_has_matrix_and_side_by_side() -> None:
    one = "Officials counted 120 votes on Monday in the council chamber vote count."
    two = "Officials counted 150 votes on Monday in the council chamber vote count."
    reports = [make_report(one + " " + HOSTILE, LABELS), make_report(two, {})]
    digest = build_digest(reports)
    page = render_digest(digest, "html", reports)
    parsed = _parse(page)
    rows = page[page.index('class="matrix"'):].split("</table>")[0].count("<tr>") - 1
    shown = [c for c in digest.claims if len(c.articles) > 1 or c.kind != "opinion"]
    assert rows == len(shown)
    ids = {a["id"] for _, a in parsed.tags if "id" in a}
    for _, attrs in parsed.tags:
        href = attrs.get("href")
        if href:
            assert href[1:] in ids, f"dangling link {href}"
    assert "120" in page and "150" in page and 'class="sides"' in page
    assert page.index("Combined summary") < page.index("Claims × articles")
    assert [t for t, _ in parsed.tags].count("script") == 2
