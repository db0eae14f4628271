"""Helpers shared by the web page's tests: a TestClient app, form tokens, waiting on jobs."""

from __future__ import annotations

import re
import time
from html.parser import HTMLParser
from typing import Any

REPO_SEEDS = sorted(__import__("pathlib").Path(__file__).resolve().parents[1].joinpath(
    "seeds").glob("*.txt"))


def token(page: str) -> str:
    """The CSRF token of the first form on a page."""
    found = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert found, "the page has no CSRF field"
    return found.group(1)


def wait(client: Any, location: str, timeout: float = 60.0) -> dict[str, Any]:
    """Poll a job's status until it has finished; return the last status."""
    end = time.monotonic() + timeout
    while True:
        status: dict[str, Any] = client.get(location + "/status").json()
        if status["finished"] or time.monotonic() > end:
            return status
        time.sleep(0.05)


class _Labels(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.labels: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        ident, category = found.get("id"), found.get("data-category")
        if ident and category and re.fullmatch(r"S\d+", ident):
            self.labels[ident] = category


def labels_in(page: str) -> dict[str, str]:
    """Sentence id -> category, read from the highlighted sentences of a report page."""
    parser = _Labels()
    parser.feed(page)
    return parser.labels
