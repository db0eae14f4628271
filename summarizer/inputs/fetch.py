"""Articles from web pages: fetch a URL or read an HTML file, keep the main text.

Main-text extraction (dropping navigation, ads, comments, footers) is done by
trafilatura, imported only when an HTML input is seen so that plain-text runs
and `summarizer --help` stay fast. Every failure is an InputError that says
what was wrong with the page, never a traceback.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from pathlib import Path

from summarizer.errors import InputError
from summarizer.inputs.article import Article, decode_article, read_file_bytes
from summarizer.version import __version__

MAX_HTML_BYTES = 20 * 1024 * 1024
FETCH_TIMEOUT = 20.0
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
        timeout: seconds to wait for the server.
        max_bytes: refuse pages larger than this.

    Returns:
        The article: main text, the page's title, and the URL as its source.

    Raises:
        InputError: another scheme, unreachable, an HTTP error, not HTML or plain text,
            too large, or a page without article text.
    """
    if not url.lower().startswith(("http://", "https://")):
        raise InputError(f"{url}: only http and https URLs can be fetched")
    request = urllib.request.Request(url, headers={
        "User-Agent": f"balanced-summarizer/{__version__}",
        "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
    })
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
            if content_type not in HTML_TYPES and content_type != "text/plain":
                raise InputError(
                    f"{url}: not a web page (Content-Type {content_type})",
                    hint="give an HTML page or plain text",
                )
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise InputError(f"{url}: too large ({int(declared):,} bytes)")
            data = response.read(max_bytes + 1)
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: the server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise InputError(f"{url}: cannot reach it ({_reason(exc.reason)})") from None
    except TimeoutError:
        raise InputError(f"{url}: no answer within {timeout:g} s") from None
    except (ValueError, OSError) as exc:
        raise InputError(f"{url}: cannot fetch it ({_reason(exc)})") from None
    if len(data) > max_bytes:
        raise InputError(f"{url}: larger than {max_bytes // (1024 * 1024)} MB")
    if content_type == "text/plain":
        text = decode_article(data, url)
        return Article(text=text, source=url)
    return article_from_html(decode_html(data, charset, url), source=url, url=url)


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
    """Decode a page: the declared charset (header, then <meta>), else UTF-8, else cp1252.

    Raises:
        InputError: the bytes contain NUL (a binary file, not a page).
    """
    if b"\x00" in data:
        raise InputError(f"{source}: looks like a binary file (it contains NUL bytes)")
    if charset is None:
        meta = _META_CHARSET.search(data[:4096])
        charset = meta.group(1).decode("ascii") if meta else None
    if charset:
        try:
            return data.decode(charset, errors="replace")
        except (LookupError, UnicodeError):
            pass  # an unknown charset name, or a codec ('idna') that cannot replace: defaults
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def article_from_html(html: str, *, source: str, url: str | None = None) -> Article:
    """Extract the main text and the title of an HTML page.

    Paragraphs come out separated by blank lines, so segmentation sees them.

    Raises:
        InputError: no article text could be found.
    """
    import trafilatura  # slow to import: only when an HTML input is seen

    document = trafilatura.bare_extraction(
        html,
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
