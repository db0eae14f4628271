"""The web page in a real headless Chromium (Playwright driving Debian's chromium).

A uvicorn server is started on a free loopback port; the browser pastes seed 000,
checks the allegations are highlighted as allegations, opens a reason with the
keyboard, downloads the JSON and validates it against `summarizer schema`, and
builds a briefing note from both seeds. Every request the page makes is watched:
any that would leave loopback is aborted and fails the test, and so does any
console error. No browser is ever downloaded: only a system Chromium is used.

Set WEB_SCREENSHOTS=DIR to also save the screenshots shown in the README.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

pytest.importorskip("uvicorn", reason="the web extra is not installed: pip install -e '.[web]'")
pytest.importorskip("starlette", reason="the web extra is not installed: pip install -e '.[web]'")
jsonschema = pytest.importorskip("jsonschema", reason="pip install -e '.[test]'")
sync_api = pytest.importorskip("playwright.sync_api", reason="pip install -e '.[test]'")
BROWSER = next((found for name in ("chromium", "chromium-browser")
                if (found := shutil.which(name) or (f"/usr/bin/{name}"
                                                     if Path(f"/usr/bin/{name}").exists()
                                                     else None))), None)
if BROWSER is None:
    pytest.skip("no headless browser: install Debian's chromium (apt-get install -y chromium); "
                ".ci/run does this", allow_module_level=True)

import uvicorn  # noqa: E402

from summarizer.cli.serve import bind  # noqa: E402
from summarizer.settings import Settings  # noqa: E402
from summarizer.web.app import create_app  # noqa: E402

pytestmark = [pytest.mark.browser,
              pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])]
REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
        "--disable-extensions"]
SHOTS = os.environ.get("WEB_SCREENSHOTS")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    sock = bind("127.0.0.1", 0)
    app = create_app(Settings.resolve(env={}, engine="offline"))
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    end = time.monotonic() + 20
    while not running.started and time.monotonic() < end:
        time.sleep(0.05)
    assert running.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    running.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=BROWSER, args=ARGS)
        yield launched
        launched.close()


class Watch:
    """What a page did: console errors, page errors, requests that tried to leave loopback."""

    def __init__(self, page: Any, origin: str) -> None:
        self.problems: list[str] = []
        self.requests: list[str] = []
        host = urlsplit(origin).hostname
        page.on("console", lambda m: m.type in ("error", "warning") and
                self.problems.append(f"console {m.type}: {m.text}"))
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))

        def route(handle: Any) -> None:
            url = handle.request.url
            self.requests.append(url)
            if urlsplit(url).scheme in ("http", "https", "ws", "wss") and \
                    urlsplit(url).hostname != host:
                self.problems.append(f"request left loopback: {url}")
                handle.abort()
            else:
                handle.continue_()

        page.route("**/*", route)


@pytest.fixture()
def page(browser: Any, server: str) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    # Generous waits: a loaded CI machine can take seconds to run a job and draw the page;
    # a wait only ends early when its condition holds, so this never slows a passing run.
    context.set_default_timeout(60_000)
    sync_api.expect.set_options(timeout=30_000)
    tab = context.new_page()
    watch = Watch(tab, server)
    yield tab, watch
    context.close()
    assert not watch.problems, watch.problems
    assert watch.requests and all(urlsplit(u).hostname == "127.0.0.1" for u in watch.requests
                                  if urlsplit(u).scheme.startswith("http"))


def _shoot(tab: Any, name: str, *, full: bool = False) -> None:
    if not SHOTS:
        return
    for width in (1280, 390):
        tab.set_viewport_size({"width": width, "height": 900 if width > 400 else 844})
        tab.wait_for_timeout(400)
        tab.screenshot(path=str(Path(SHOTS) / f"web-{name}-{width}.png"), full_page=full)
    tab.set_viewport_size({"width": 1280, "height": 900})


def _open_report(tab: Any) -> None:
    """Wait for the job page to show the report; if it has not after a while, reload it,
    as the page's no-script refresh would, and say what the page showed when it never does."""
    for _ in range(6):
        try:
            tab.wait_for_selector("#report", timeout=10_000)
            return
        except sync_api.Error:
            tab.reload()
    raise AssertionError(f"no report on {tab.url}: {tab.inner_text('main')[:500]!r}")


def _cli(*args: str) -> Any:
    done = subprocess.run([sys.executable, "-m", "summarizer", *args], capture_output=True,
                          text=True, check=True, env={"PATH": ""})
    return json.loads(done.stdout)


@pytest.mark.skipif(not SEEDS, reason="the seed articles are missing")
def test_paste_seed_000_read_the_report_and_download_json(
        page: tuple[Any, Watch], server: str, tmp_path: Path) -> None:
    tab, _ = page
    seed = SEEDS[0]
    expected = _cli("-f", "json", "--engine", "offline", str(seed))
    allegations = [s["id"] for s in expected["sentences"]
                   if s["category"] == "unsupported_allegation"]
    assert allegations
    tab.goto(server + "/")
    _shoot(tab, "analyse", full=True)
    tab.fill("#text", seed.read_text(encoding="utf-8"))
    tab.check("input[name=engine][value=offline]")
    tab.click("button[type=submit]")
    _open_report(tab)
    report = tab.frame_locator("#report")
    shown = report.locator('[id^="S"][data-category="unsupported_allegation"]')
    sync_api.expect(shown).to_have_count(len(allegations))
    assert [shown.nth(k).get_attribute("id") for k in range(len(allegations))] == allegations
    first = report.locator(f"#{allegations[0]}")
    first.focus()
    tab.keyboard.press("Enter")
    sync_api.expect(first).to_have_attribute("aria-expanded", "true")
    tip = report.locator(f"#tip-{allegations[0]}")
    sync_api.expect(tip).to_be_visible()
    assert "anonymous" in tip.inner_text() or "no source" in tip.inner_text()
    _shoot(tab, "report")
    with tab.expect_download() as info:
        tab.click("a.download[href$='/download/json']")
    saved = tmp_path / "report.json"
    info.value.save_as(saved)
    downloaded = json.loads(saved.read_text(encoding="utf-8"))
    jsonschema.validate(downloaded, _cli("schema"))
    assert [s["category"] for s in downloaded["sentences"]] == \
        [s["category"] for s in expected["sentences"]]


@pytest.mark.skipif(len(SEEDS) < 2, reason="the seed articles are missing")
def test_briefing_note_from_both_seeds(page: tuple[Any, Watch], server: str) -> None:
    tab, _ = page
    tab.goto(server + "/digest")
    tab.click("#add-article")  # the script adds a fourth paste box
    sync_api.expect(tab.locator("#pasted textarea")).to_have_count(4)
    _shoot(tab, "digest", full=True)
    tab.fill("#text1", SEEDS[0].read_text(encoding="utf-8"))
    tab.fill("#text2", SEEDS[1].read_text(encoding="utf-8"))
    tab.click("button[type=submit]")
    _open_report(tab)
    note = tab.frame_locator("#report")
    sync_api.expect(note.locator("text=Combined summary")).to_be_visible()
    sync_api.expect(note.locator(".matrix")).to_be_visible()
    _shoot(tab, "briefing")
    tab.goto(server + "/history")
    sync_api.expect(tab.locator("table.history tbody tr")).not_to_have_count(0)
    _shoot(tab, "history", full=True)
