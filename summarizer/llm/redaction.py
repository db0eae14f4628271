"""Removing the API key, in every form a server or a library could echo it, from any text.

A server that echoes the key rarely echoes it byte for byte: it may upper-case
it, URL-encode it, or send it back base64-encoded (an HTTP Basic header, a
token in a log line). A base URL may also carry credentials as userinfo
(`https://user:secret@host/v1`). Every such form is replaced, case-insensitively,
wherever text leaves the program: messages, warnings, reports, batch records
and the cache. No heavy imports: the CLI uses this on its error path.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from urllib.parse import quote, quote_plus, unquote, urlsplit, urlunsplit

REDACTED = "[redacted]"
_MIN_SECRET = 4  # shorter strings would blot out ordinary words


def userinfo_secrets(base_url: str | None) -> list[str]:
    """The credentials a base URL carries in its userinfo (`user:password@`), if any."""
    if not base_url or "@" not in base_url:
        return []
    try:
        parts = urlsplit(base_url)
    except ValueError:
        head = base_url.split("://", 1)[-1].split("/", 1)[0]
        return [head.rsplit("@", 1)[0]] if "@" in head else []
    found: list[str] = []
    userinfo = parts.netloc.rsplit("@", 1)[0] if "@" in parts.netloc else ""
    for value in (userinfo, parts.password, parts.username):
        if value:
            found.extend({value, unquote(value)})
    return found


def without_userinfo(base_url: str) -> str:
    """The base URL with any `user:password@` removed (what reports and cache keys show)."""
    try:
        parts = urlsplit(base_url)
    except ValueError:
        return base_url
    if "@" not in parts.netloc:
        return base_url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def _forms(secret: str) -> set[str]:
    """The transformed forms of one secret a server or library could echo."""
    raw = secret.encode("utf-8")
    forms = {secret, quote(secret, safe=""), quote_plus(secret), quote(secret)}
    for encode in (base64.b64encode, base64.urlsafe_b64encode):
        encoded = encode(raw).decode("ascii")
        forms |= {encoded, encoded.rstrip("=")}
    return {form for form in forms if len(form) >= _MIN_SECRET}


@lru_cache(maxsize=32)
def _pattern(secrets: tuple[str, ...]) -> re.Pattern[str] | None:
    forms: set[str] = set()
    for secret in secrets:
        if secret and len(secret) >= _MIN_SECRET:
            forms |= _forms(secret)
    if not forms:
        return None
    ordered = sorted(forms, key=len, reverse=True)  # the longest form wins an overlap
    return re.compile("|".join(re.escape(form) for form in ordered), re.IGNORECASE)


def redact_secrets(text: str, api_key: str | None, base_url: str | None = None) -> str:
    """The text with the key, the base URL's userinfo and their transformed forms replaced.

    Args:
        text: any text that may leave the program.
        api_key: the API key, if any.
        base_url: the configured base URL, whose userinfo is a secret too.

    Returns:
        The text, each form of each secret replaced by "[redacted]" (case ignored).
    """
    secrets = tuple(sorted({s for s in [api_key or "", *userinfo_secrets(base_url)] if s}))
    pattern = _pattern(secrets)
    if pattern is None or not text:
        return text
    return pattern.sub(REDACTED, text)
