"""The page's defences: a strict Content-Security-Policy, CSRF tokens, request size limits.

- CSP: the browser may load nothing from anywhere but this server (no third-party
  request can leave the page), scripts only from our own static file.
- CSRF: every form carries a token tied to a random cookie (SameSite=Strict); a POST
  without the matching pair is refused. Origin is also checked when the browser sends it.
- Size: a request body larger than the limit is refused before it is read whole.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSRF_COOKIE = "summarizer_csrf"
CSRF_FIELD = "csrf_token"
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def report_csp(document: str) -> str:
    """The CSP for a self-contained report page served in a frame of ours.

    Its inline scripts are allowed by hash (the report escapes every article text, so
    the only scripts are the renderer's own); nothing can be fetched.
    """
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in _INLINE_SCRIPT.findall(document)
    )
    return ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            f"script-src {hashes or chr(39) + 'none' + chr(39)}; base-uri 'none'; "
            "form-action 'none'; frame-ancestors 'self'")


class Csrf:
    """Tokens bound to a per-browser cookie, signed with this server's secret."""

    def __init__(self) -> None:
        self._secret = secrets.token_bytes(32)

    @staticmethod
    def new_cookie() -> str:
        """A fresh random cookie value."""
        return secrets.token_urlsafe(24)

    def token(self, cookie: str) -> str:
        """The form token that goes with this cookie."""
        return hmac.new(self._secret, cookie.encode(), hashlib.sha256).hexdigest()

    def valid(self, cookie: str | None, token: object) -> bool:
        """True when the form's token matches the browser's cookie."""
        if not cookie or not isinstance(token, str):
            return False
        return hmac.compare_digest(self.token(cookie), token)


class TooLarge(Exception):
    """The request body is over the limit."""


class BodyLimit:
    """ASGI middleware: refuse request bodies over `max_bytes` (413), read or declared."""

    def __init__(self, app: ASGIApp, max_bytes: int,
                 refuse: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app, self.max_bytes, self.refuse = app, max_bytes, refuse

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self.refuse(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise TooLarge
            return message

        try:
            await self.app(scope, counted, send)
        except TooLarge:
            await self.refuse(scope, receive, send)


class SecurityHeaders:
    """ASGI middleware: the CSP and the usual hardening headers on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                names = {name.lower() for name, _ in headers}
                if b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", PAGE_CSP.encode()))
                headers += [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"cache-control", b"no-store"),
                ]
                if b"x-frame-options" not in names:
                    headers.append((b"x-frame-options", b"DENY"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)
