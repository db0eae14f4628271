"""The HTML pages on a 390 px phone screen, in a real headless Chromium: nothing wider
than the screen, no badge overlapping other text, no word broken mid-word in the
claims table.

The page's own CSP allows only its two scripts, so the test page is the rendered
page with the CSP meta removed and a measuring script added; the layout (HTML and
CSS) is untouched. The script writes what it measured into the DOM, which
`--dump-dom` returns. A screenshot at the same width is saved next to the pages
(look at it when the test fails). Skips only when no Chromium is installed.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from digest_factory import ALLEGATION, OPINION, make_report, said

from summarizer.briefing.build import build_digest
from summarizer.inputs.article import read_article
from summarizer.offline.engine import analyze_offline
from summarizer.render.digest import render_digest
from summarizer.render.html import render_html, render_html_many

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
WIDTH = 390
# Headless Chromium will not open a window narrower than 500 px, so the page is shown in a
# 390 px wide iframe: its viewport, media queries and layout are those of a 390 px screen.
FRAME = """<!DOCTYPE html><html><body style="margin:0">
<iframe src="{src}" style="width:{width}px;height:2900px;border:0;display:block"></iframe>
</body></html>"""
BROWSER = next(
    (found for name in ("chromium", "chromium-browser", "google-chrome", "chrome")
     if (found := shutil.which(name))),
    None,
)
if BROWSER is None:
    pytest.skip("no headless browser: install Debian's chromium (apt-get install -y chromium)",
                allow_module_level=True)

# Runs after layout: the page's width, every element wider than the screen, and every
# pair of badge / link / note boxes that overlap (neither inside the other).
PROBE = """<script>
addEventListener('load', function () {
  var W = document.documentElement.clientWidth, wide = [], overlaps = [];
  document.querySelectorAll('body *').forEach(function (el) {
    var r = el.getBoundingClientRect();
    if (el.closest('.tip')) return;
    var spills = el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 &&
                 getComputedStyle(el).overflowX === 'visible';
    if (r.width && (r.right > W + 0.5 || r.left < -0.5 || spills))
      wide.push(el.tagName + '.' + el.className + ' ' + Math.round(r.left) + '..' +
                Math.round(r.right) + (spills ? ' content ' + el.scrollWidth : ''));
  });
  var boxes = [];
  document.querySelectorAll('.badge, .corr, .meta, td a, th a, .summary a').forEach(
    function (el) { Array.prototype.forEach.call(el.getClientRects(), function (r) {
      boxes.push([el, r]); }); });
  for (var i = 0; i < boxes.length; i++) for (var j = i + 1; j < boxes.length; j++) {
    var a = boxes[i], b = boxes[j];
    if (a[0].contains(b[0]) || b[0].contains(a[0])) continue;
    var x = Math.min(a[1].right, b[1].right) - Math.max(a[1].left, b[1].left);
    var y = Math.min(a[1].bottom, b[1].bottom) - Math.max(a[1].top, b[1].top);
    if (x > 1 && y > 1) overlaps.push(a[0].textContent.slice(0, 30) + ' / ' +
                                      b[0].textContent.slice(0, 30));
  }
  var out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = JSON.stringify({viewport: W, scroll: document.documentElement.scrollWidth,
                                    wide: wide.slice(0, 10), overlaps: overlaps.slice(0, 10)});
  (window.parent !== window ? parent.document.body : document.body).appendChild(
    window.parent !== window ? parent.document.importNode(out, true) : out);
});
</script>"""


def _measurable(page: str) -> str:
    page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n?', "", page)
    return page.replace("</body>", PROBE + "\n</body>")


def _chromium(page: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    assert BROWSER is not None
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-extensions", "--hide-scrollbars", f"--user-data-dir={profile}",
             "--allow-file-access-from-files", "--virtual-time-budget=3000", *extra,
             page.as_uri()],
            capture_output=True, text=True, timeout=120, check=False,
        )


def _measure(page: Path) -> dict[str, object]:
    done = _chromium(page, "--window-size=500,900", "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    found = re.search(r'<pre id="probe">(.*?)</pre>', done.stdout, re.S)
    assert found, "the measuring script did not run"
    measured: dict[str, object] = json.loads(found.group(1).replace("&quot;", '"')
                                             .replace("&amp;", "&").replace("&lt;", "<")
                                             .replace("&gt;", ">"))
    return measured


def _pages(folder: Path) -> dict[str, str]:
    long_claim = ("Officials counted 120 votes on Monday in the council chamber, according to "
                  "the Intergovernmental Electoral Supervision Commission's provisional tally.")
    hostile = ("The minister resigned on Friday.\n\nCritics say she hid the money.\n\n"
               "A report said the files were found.\n\nThis is outrageous.")
    labels = {2: ALLEGATION, 3: said("a report"), 4: OPINION}
    made = [make_report(long_claim + " " + hostile, labels),
            make_report(long_claim.replace("120", "150"), {}),
            make_report(long_claim + " Supercalifragilisticexpialidocious-sized turnout.", {})]
    pages = {"made-digest": render_digest(build_digest(made), "html", made),
             "made-reports": render_html_many(made)}
    if len(SEEDS) >= 2:
        seeds = [analyze_offline(read_article(p)) for p in SEEDS]
        pages["seed-report"] = render_html(seeds[0])
        pages["seed-digest"] = render_digest(build_digest(seeds), "html", seeds)
    return pages


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mobile")


@pytest.mark.parametrize("name", ["made-digest", "made-reports", "seed-report", "seed-digest"])
def test_page_fits_a_390px_screen(folder: Path, name: str) -> None:
    pages = _pages(folder)
    if name not in pages:
        pytest.skip("the seed articles are missing")
    inner = folder / f"{name}.html"
    inner.write_text(_measurable(pages[name]), encoding="utf-8")
    frame = folder / f"{name}-390.html"
    frame.write_text(FRAME.format(src=inner.name, width=WIDTH), encoding="utf-8")
    shot = folder / f"{name}.png"
    _chromium(frame, "--window-size=500,2900", f"--screenshot={shot}")
    measured = _measure(frame)
    assert measured["viewport"] == WIDTH, measured
    assert measured["scroll"] == WIDTH, f"horizontal overflow ({shot}): {measured}"
    assert measured["wide"] == [], f"wider than the screen ({shot}): {measured['wide']}"
    assert measured["overlaps"] == [], f"overlapping badges ({shot}): {measured['overlaps']}"


def test_claims_table_does_not_break_words_anywhere() -> None:
    from summarizer.render.html_assets import CSS

    assert "overflow-wrap:anywhere" not in CSS  # breaks 'Monday' as 'Mon/day' in a narrow cell
    assert "@media" in CSS and "data-label" in CSS  # cells stack with their article's name
