"""Reading one named input, whatever it is: a URL, an HTML file or a plain-text file.

This sits above `article` (plain text) and `fetch` (web pages) and chooses
between them, so neither needs the other's help to dispatch.
"""

from __future__ import annotations

from summarizer.inputs.article import Article, decode_article, read_file_bytes


def load_input(name: str, *, fetch_timeout: float | None = None) -> Article:
    """Read one named input: a URL (fetched), an HTML file (main text) or a text file.

    A file is read once; it is taken as HTML by its extension or by its first bytes.

    Args:
        name: a path or an http(s) URL.
        fetch_timeout: wall-clock seconds a URL's page may take; the fetcher's default
            when None.

    Raises:
        InputError: the input cannot be read or holds no usable article text.
        FetchTimeoutError: a URL's page did not arrive whole in time.
    """
    from summarizer.inputs import fetch  # imports trafilatura only when a page is seen

    if fetch.is_url(name):
        if fetch_timeout is None:
            return fetch.fetch_url(name)
        return fetch.fetch_url(name, timeout=fetch_timeout)
    return article_from_bytes(read_file_bytes(name), name)


def article_from_bytes(data: bytes, name: str, *, html: bool | None = None) -> Article:
    """The article in a file's bytes: its main text when it is an HTML page, else the text.

    Args:
        data: the bytes, already within the size limit.
        name: the file's name, for messages and to tell HTML by its extension.
        html: True or False to decide; None tells by the extension or the first bytes.

    Raises:
        InputError: binary, not decodable, empty, or a page without article text.
    """
    from summarizer.inputs import fetch

    if html is None:
        html = fetch.is_html_file(name) or fetch.looks_like_html(
            data[:4096].decode("utf-8", "replace"))
    if html:
        return fetch.html_file_article(data, name)
    return Article(text=decode_article(data, name), source=name)
