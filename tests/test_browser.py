"""The HTML reports in a real headless Chromium: they render, their script runs, no errors.

Uses Chromium's own `--dump-dom` (the DOM after scripts ran) with console logging
on stderr. The page's script writes `data-report-ready` when it has run and an
error trap writes `data-script-errors`; a CSP violation or an uncaught error also
shows up as a console line. Skips only when no Chromium is installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from digest_factory import ALLEGATION, make_report

from summarizer.briefing.build import build_digest
from summarizer.inputs.article import read_article
from summarizer.offline.engine import analyze_offline
from summarizer.render.digest import render_digest
from summarizer.render.html import render_html

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
BROWSER = next(
    (found for name in ("chromium", "chromium-browser", "google-chrome", "chrome")
     if (found := shutil.which(name))),
    None,
)
if BROWSER is None:
    pytest.skip(
        "no headless browser: install Debian's chromium (apt-get install -y chromium); "
        ".ci/run does this",
        allow_module_level=True,
    )

_CONSOLE_PROBLEM = re.compile(
    r"CONSOLE.*(Uncaught|Error|Refused|violates)|Refused to|Content Security Policy", re.I
)


def _dump_dom(page: Path, fragment: str = "") -> tuple[str, str]:
    """Load `page` headless; return (DOM after scripts, browser stderr)."""
    assert BROWSER is not None
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run(
            [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--disable-extensions", f"--user-data-dir={profile}",
             "--enable-logging=stderr", "--v=0", "--virtual-time-budget=2000",
             "--dump-dom", page.as_uri() + fragment],
            capture_output=True, text=True, timeout=90, check=False,
        )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout, done.stderr


def _root(dom: str) -> str:
    """The <html> start tag, where the page's markers live."""
    found = re.search(r"<html[^>]*>", dom)
    assert found, "no <html> element in the DOM"
    return found.group(0)


def _console_problems(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if _CONSOLE_PROBLEM.search(line)]


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("html")
    out: dict[str, Path] = {}
    reports = [analyze_offline(read_article(p)) for p in SEEDS]
    for path, report in zip(SEEDS, reports, strict=True):
        out[path.stem] = folder / f"{path.stem}.html"
        out[path.stem].write_text(render_html(report), encoding="utf-8")
    hostile = make_report(
        "Officials met on Monday.\n\n<script>document.documentElement.setAttribute("
        "'data-pwned','1')</script> Sources say the deal was rigged.\n\n"
        '<img src=x onerror="document.title=\'pwned\'"> The vote follows.',
        {2: ALLEGATION},
    )
    out["hostile"] = folder / "hostile.html"
    out["hostile"].write_text(render_html(hostile), encoding="utf-8")
    out["digest"] = folder / "digest.html"
    out["digest"].write_text(render_digest(build_digest(reports), "html", reports),
                             encoding="utf-8")
    return out


@pytest.mark.skipif(len(SEEDS) < 2, reason="the seed articles are missing")
def test_seed_reports_render_without_script_errors(pages: dict[str, Path]) -> None:
    for path in SEEDS:
        report = analyze_offline(read_article(path))
        dom, stderr = _dump_dom(pages[path.stem])
        root = _root(dom)
        assert f'data-report-ready="{len(report.sentences)}"' in root, "the script did not run"
        assert "data-script-errors" not in root
        assert not _console_problems(stderr), _console_problems(stderr)
        assert dom.count('role="tooltip"') == len(report.sentences)
        assert 'id="legend"' in dom
        for category in ("reported_fact", "opinion", "unsupported_allegation"):
            assert f'data-category="{category}" tabindex="0" role="button"' in dom


@pytest.mark.skipif(len(SEEDS) < 2, reason="the seed articles are missing")
def test_digest_renders_and_a_link_opens_its_tooltip(pages: dict[str, Path]) -> None:
    dom, stderr = _dump_dom(pages["digest"], "#A2-S3")
    root = _root(dom)
    assert "data-report-ready=" in root and "data-script-errors" not in root
    assert not _console_problems(stderr), _console_problems(stderr)
    assert 'class="matrix"' in dom and "Combined summary" in dom
    opened = re.search(r'<span class="s [a-z]+" id="A2-S3"[^>]*>', dom)
    assert opened and 'aria-expanded="true"' in opened.group(0)


def test_script_inside_an_article_stays_inert(pages: dict[str, Path]) -> None:
    dom, stderr = _dump_dom(pages["hostile"])
    root = _root(dom)
    assert "data-report-ready=" in root and "data-script-errors" not in root
    assert "data-pwned" not in root  # the injected script did not run
    assert "<title>pwned</title>" not in dom
    assert "&lt;script&gt;" in dom and "&lt;img src=x" in dom
    assert not _console_problems(stderr), _console_problems(stderr)
