"""Articles from web pages: fetch a URL or read an HTML file, keep the main text.

Main-text extraction (dropping navigation, ads, comments, footers) is done by
trafilatura, imported only when an HTML input is seen so that plain-text runs
and `summarizer --help` stay fast. Every failure is an InputError that says
what was wrong with the page, never a traceback.
"""

from __future__ import annotations

import http.client
import re
import threading
import time
import urllib.error
import urllib.request
import zlib
from pathlib import Path
from typing import Any

from summarizer.errors import FetchTimeoutError, InputError
from summarizer.inputs.article import (
    MAX_BYTES,
    SIZE_REASON,
    Article,
    decode_article,
    read_file_bytes,
    utf16_text,
)
from summarizer.version import __version__

MAX_HTML_BYTES = 20 * 1024 * 1024
FETCH_TIMEOUT = 20.0
_CHUNK = 64 * 1024
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)


def is_url(name: str) -> bool:
    """True when `name` looks like a URL (any scheme) rather than a path."""
    return bool(_SCHEME.match(name))


def is_html_file(name: str) -> bool:
    """True when `name` is a path with an HTML extension."""
    return Path(name).suffix.lower() in HTML_SUFFIXES


def looks_like_html(text: str) -> bool:
    """True when a text starts like an HTML document."""
    return bool(_HTML_START.match(text[:4096]))


def fetch_url(
    url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_HTML_BYTES
) -> Article:
    """Download a web page and return its main text as an Article.

    Args:
        url: an http or https URL.
        timeout: a wall-clock deadline in seconds for the whole fetch (redirects,
            headers and body): a server that trickles bytes cannot stretch it.
        max_bytes: refuse pages larger than this.

    Returns:
        The article: main text, the page's title, and the URL as its source.

    Raises:
        InputError: another scheme (also as a redirect target), unreachable, an HTTP
            error, not HTML or plain text, too large, or a page without article text.
        FetchTimeoutError: the page did not arrive whole within `timeout` seconds.
    """
    if not url.lower().startswith(("http://", "https://")):
        raise InputError(f"{url}: only http and https URLs can be fetched")
    deadline = time.monotonic() + timeout
    outcome: dict[str, Any] = {}
    finished = threading.Event()

    def target() -> None:
        try:
            outcome["page"] = _download(url, timeout, max_bytes, deadline)
        except BaseException as exc:  # handed to the waiting caller
            outcome["error"] = exc
        finally:
            finished.set()

    threading.Thread(target=target, name="summarizer-fetch", daemon=True).start()
    if not finished.wait(timeout):
        raise FetchTimeoutError(f"{url}: no complete page within {timeout:g} s",
                                hint="raise --timeout, or try again later")
    if "error" in outcome:
        raise outcome["error"]
    content_type, charset, data = outcome["page"]
    if content_type == "text/plain":
        return Article(text=decode_article(data, url), source=url)
    return article_from_html(decode_html(data, charset, url), source=url, url=url)


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to http and https URLs (never ftp:, file:, data:)."""

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> Any:
        if not newurl.lower().startswith(("http://", "https://")):
            raise InputError(f"{req.full_url}: redirects to {newurl.split(':', 1)[0]}:, "
                             "not http or https; not followed")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _download(
    url: str, timeout: float, max_bytes: int, deadline: float
) -> tuple[str, str | None, bytes]:
    """The content type, charset and (decompressed) body of a page, read before `deadline`."""
    request = urllib.request.Request(url, headers={
        "User-Agent": f"balanced-summarizer/{__version__}",
        "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
        "Accept-Encoding": "gzip, deflate, identity;q=0.5",
    })
    opener = urllib.request.build_opener(_HttpOnlyRedirects())
    try:
        with opener.open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            encoding = (response.headers.get("Content-Encoding") or "identity").strip().lower()
            if content_type not in HTML_TYPES and content_type != "text/plain":
                raise InputError(
                    f"{url}: not a web page (Content-Type {content_type})",
                    hint="give an HTML page or plain text",
                )
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise InputError(f"{url}: too large ({int(declared):,} bytes)")
            data = _read_until(response, max_bytes, deadline, url, timeout)
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: the server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise InputError(f"{url}: cannot reach it ({_reason(exc.reason)})") from None
    except TimeoutError:
        raise FetchTimeoutError(f"{url}: no complete page within {timeout:g} s",
                                hint="raise --timeout, or try again later") from None
    except (ValueError, OSError, http.client.HTTPException) as exc:
        raise InputError(f"{url}: cannot fetch it ({_reason(exc)})") from None
    return content_type, charset, _decompress(data, encoding, max_bytes, url)


def _read_until(response: Any, max_bytes: int, deadline: float, url: str,
                timeout: float) -> bytes:
    """Read a body in chunks, stopping at the deadline or past `max_bytes`."""
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() >= deadline:
            raise FetchTimeoutError(f"{url}: no complete page within {timeout:g} s",
                                    hint="raise --timeout, or try again later")
        chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"{url}: larger than {max_bytes // (1024 * 1024)} MB")
        chunks.append(chunk)


def _decompress(data: bytes, encoding: str, max_bytes: int, url: str) -> bytes:
    """The body with its Content-Encoding (gzip, deflate) undone, within `max_bytes`."""
    if encoding in ("identity", ""):
        return data
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise InputError(f"{url}: the page is sent with Content-Encoding {encoding}, "
                         "which cannot be decoded here")
    wbits = 16 + zlib.MAX_WBITS if "gzip" in encoding else zlib.MAX_WBITS
    try:
        try:
            inflater = zlib.decompressobj(wbits)
            body = inflater.decompress(data, max_bytes + 1)
        except zlib.error:
            if encoding != "deflate":
                raise
            inflater = zlib.decompressobj(-zlib.MAX_WBITS)  # raw deflate, as some servers send
            body = inflater.decompress(data, max_bytes + 1)
    except zlib.error:
        raise InputError(f"{url}: the page claims {encoding} encoding but does not "
                         "decompress") from None
    if len(body) > max_bytes:
        raise InputError(f"{url}: larger than {max_bytes // (1024 * 1024)} MB once decompressed")
    return body


def read_html_file(path: str | Path, *, max_bytes: int = MAX_HTML_BYTES) -> Article:
    """Read an HTML file and return its main text as an Article.

    Raises:
        InputError: missing, unreadable, too large, binary, or without article text.
    """
    return html_file_article(read_file_bytes(path, max_bytes), str(path))


def html_file_article(data: bytes, name: str) -> Article:
    """The main text of an HTML file already read, as an Article.

    Raises:
        InputError: binary, or without article text.
    """
    if len(data) > MAX_HTML_BYTES:
        raise InputError(f"{name}: larger than {MAX_HTML_BYTES // (1024 * 1024)} MB")
    return article_from_html(decode_html(data, None, name), source=name)


def decode_html(data: bytes, charset: str | None, source: str) -> str:
    """Decode a page: UTF-16/32 by its byte-order mark, else the declared charset, else UTF-8.

    A declared charset (header, then <meta>) is trusted only when it fits the bytes:
    bytes that are valid UTF-8 and not plain ASCII are UTF-8 whatever the page
    claims (a single-byte text is almost never valid UTF-8 by chance, so a page
    that declares cp1252 but holds UTF-8 is lying, not rare), and a UTF-16/32 claim
    on bytes without NULs cannot be true. Otherwise the declared charset, else
    UTF-8, else cp1252.

    Raises:
        InputError: the bytes contain NUL outside UTF-16/32 (a binary file, not a page).
    """
    wide = utf16_text(data)
    if wide is not None:
        return wide
    if b"\x00" in data:
        raise InputError(f"{source}: looks like a binary file (it contains NUL bytes)")
    try:
        utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    if utf8 is not None and not data.isascii():
        return utf8
    if charset is None:
        meta = _META_CHARSET.search(data[:4096])
        charset = meta.group(1).decode("ascii") if meta else None
    if charset and not charset.lower().replace("-", "").startswith(("utf16", "utf32", "ucs")):
        try:
            return data.decode(charset, errors="replace")
        except (LookupError, UnicodeError):
            pass  # an unknown charset name, or a codec ('idna') that cannot replace: defaults
    if utf8 is not None:
        return utf8
    return data.decode("cp1252", errors="replace")


def article_from_html(html: str, *, source: str, url: str | None = None) -> Article:
    """Extract the main text and the title of an HTML page.

    Paragraphs come out separated by blank lines, so segmentation sees them.

    Raises:
        InputError: no article text could be found.
    """
    import trafilatura  # slow to import: only when an HTML input is seen

    from summarizer.inputs.visible import parse_page, remove_hidden

    tree = parse_page(html, source)
    remove_hidden(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise InputError(
            f"{source}: no article text found in the page",
            hint="is it an article? a page built by scripts has no text to extract",
        )
    if len(text) > MAX_BYTES:  # characters: at least as many bytes
        raise InputError(f"{source}: its text is larger than {MAX_BYTES // (1024 * 1024)} MB "
                         f"({SIZE_REASON})", hint="split it into articles")
    title = getattr(document, "title", None)
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    body = decode_article("\n\n".join(paragraphs).encode("utf-8"), source)
    return Article(text=body, title=title.strip() if isinstance(title, str) else None,
                   source=source)


def _reason(reason: object) -> str:
    if isinstance(reason, TimeoutError):
        return "timed out"
    if isinstance(reason, OSError) and reason.strerror:
        return str(reason.strerror)
    return str(reason) or type(reason).__name__
