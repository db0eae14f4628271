"""HTML files and URLs: main-text extraction, title and source, clean errors.

Pages are served from fixtures/html/ by a local http.server on 127.0.0.1 in a
thread; no other host is reachable (pytest runs with --block-network).
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from summarizer.errors import FetchTimeoutError, InputError
from summarizer.inputs.fetch import (
    article_from_html,
    decode_html,
    fetch_url,
    looks_like_html,
    read_html_file,
)
from summarizer.inputs.load import load_input

HTML_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "html"
LOCAL = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])


class _Handler(BaseHTTPRequestHandler):
    """Serves fixture pages, plus a few routes that fail in known ways."""

    def do_GET(self) -> None:
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path.startswith("/page/"):
            body = (HTML_DIR / self.path.removeprefix("/page/")).read_bytes()
            return self._send(200, "text/html", body)
        if self.path == "/plain":
            return self._send(200, "text/plain; charset=utf-8", b"A plain article. It has text.")
        if self.path == "/image":
            return self._send(200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
        if self.path == "/huge":
            return self._send(200, "text/html", b"<p>" + b"x" * 300_000 + b"</p>")
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/page/article.html")
            self.end_headers()
            return None
        return self._send(404, "text/html", b"<h1>Not found</h1>")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_html_file_keeps_main_text_and_title_and_drops_the_clutter() -> None:
    article = read_html_file(HTML_DIR / "article.html")
    assert article.title == "Harbour council approves ferry budget"
    assert article.source == str(HTML_DIR / "article.html")
    assert "voted 7 to 2 on Tuesday" in article.text
    assert "Miriam Okafor" in article.text
    for clutter in ("Subscribe now", "Sponsored", "Harbourfan77", "Most read", "Cookie"):
        assert clutter not in article.text
    assert "\n\n" in article.text  # paragraphs survive for segmentation


def test_declared_latin1_charset_is_honoured() -> None:
    article = read_html_file(HTML_DIR / "latin1.html")
    assert article.title == "Café owners protest new rules"
    assert "René Marchal" in article.text and "déjà-vu" in article.text


@pytest.mark.parametrize("charset", ["idna", "punycode"])
def test_a_charset_whose_codec_cannot_replace_falls_back_to_utf8(charset: str) -> None:
    page = f'<meta charset="{charset}"><p>Café owners in Lyon protested on Monday.</p>'
    assert decode_html(page.encode("utf-8"), None, "page.html") == page
    assert decode_html(page.encode("utf-8"), charset, "page.html") == page


def test_hidden_text_is_not_part_of_the_article() -> None:
    article = read_html_file(HTML_DIR / "hidden_injection.html")
    assert "Kessel river bridge" in article.text
    assert "ignore previous instructions" not in article.text.lower()


def test_a_page_without_article_text_is_a_clean_input_error() -> None:
    with pytest.raises(InputError, match="no article text"):
        read_html_file(HTML_DIR / "no_text.html")


def test_binary_and_missing_html_files_are_input_errors(tmp_path: Path) -> None:
    binary = tmp_path / "x.html"
    binary.write_bytes(b"<html>\x00\x01</html>")
    with pytest.raises(InputError, match="binary"):
        read_html_file(binary)
    with pytest.raises(InputError, match="no such file"):
        read_html_file(tmp_path / "missing.html")


def test_load_input_dispatches_on_extension_and_on_content(tmp_path: Path) -> None:
    disguised = tmp_path / "page.txt"
    disguised.write_bytes((HTML_DIR / "article.html").read_bytes())
    assert load_input(str(disguised)).title == "Harbour council approves ferry budget"
    plain = tmp_path / "plain.txt"
    plain.write_text("Just text. Nothing else <b>here</b>.", encoding="utf-8")
    assert load_input(str(plain)).text.startswith("Just text.")
    assert looks_like_html("<!-- c -->\n<!doctype html><p>x")
    assert not looks_like_html("The <html> tag is discussed here.")


@LOCAL
def test_url_is_fetched_and_its_main_text_extracted(server: str) -> None:
    url = f"{server}/page/article.html"
    article = load_input(url)
    assert article.source == url
    assert article.title == "Harbour council approves ferry budget"
    assert "4.2 million euros" in article.text and "Harbourfan77" not in article.text


@LOCAL
def test_redirects_and_plain_text_urls(server: str) -> None:
    assert "Miriam Okafor" in fetch_url(f"{server}/redirect").text
    plain = fetch_url(f"{server}/plain")
    assert plain.text == "A plain article. It has text." and plain.title is None


@LOCAL
@pytest.mark.parametrize(
    ("path", "message"),
    [("/missing", "HTTP 404"), ("/image", "not a web page"), ("/huge", "too large")],
)
def test_bad_urls_are_clean_input_errors(server: str, path: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        fetch_url(server + path, max_bytes=100_000)


@LOCAL
def test_unreachable_servers_are_input_errors_and_slow_ones_run_errors(server: str) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    with pytest.raises(InputError, match="cannot reach"):
        fetch_url(f"http://127.0.0.1:{closed_port}/")
    with pytest.raises(FetchTimeoutError, match=r"no complete page within 0.3 s"):
        fetch_url(f"{server}/slow", timeout=0.3)
    with pytest.raises(InputError, match="only http and https"):
        fetch_url("ftp://127.0.0.1/file.html")


def test_extraction_from_a_string_needs_no_network() -> None:
    html = "<html><head><title>T</title></head><body><article>" + "".join(
        f"<p>Paragraph {i} reports that the council met on Monday and voted.</p>"
        for i in range(5)
    ) + "</article></body></html>"
    article = article_from_html(html, source="inline")
    assert article.text.count("\n\n") == 4 and article.source == "inline"


@LOCAL
def test_cli_analyses_a_url_and_keeps_title_and_source(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from summarizer.cli.main import main

    url = f"{server}/page/article.html"
    assert main(["--engine", "offline", "-f", "json", url]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["title"] == "Harbour council approves ferry budget"
    assert report["source"] == url
    assert report["sentences"]
    assert main(["--engine", "offline", f"{server}/missing"]) == 2
    assert "HTTP 404" in capsys.readouterr().err
