"""Small loopback HTTP servers that misbehave on purpose, for the reliability tests.

Every response here is synthetic (made up for a fault, never recorded). Every
loop is bounded in both time and count: a trickling server sends at most
`TRICKLE_BYTES` bytes, one every `TRICKLE_SECONDS`, and stops as soon as the
client hangs up; each server is shut down when its `with` block ends.
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TRICKLE_SECONDS = 2.0
TRICKLE_BYTES = 20  # 40 s at most, far beyond any deadline under test
Reply = Callable[[BaseHTTPRequestHandler], None]


@contextmanager
def serve(reply: Reply) -> Iterator[str]:
    """Serve `reply` for every GET and POST on 127.0.0.1; yield the base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            reply(self)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(min(length, 10_000_000))
            reply(self)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def trickle(content_type: str) -> Reply:
    """Headers at once, then one byte every TRICKLE_SECONDS (at most TRICKLE_BYTES)."""

    def reply(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        for _ in range(TRICKLE_BYTES):
            try:
                handler.wfile.write(b"{" if "json" in content_type else b"<")
                handler.wfile.flush()
            except OSError:
                return  # the client hung up: stop
            time.sleep(TRICKLE_SECONDS)

    return reply


def page(body: bytes, content_type: str = "text/html; charset=utf-8", *,
         gzipped: bool = False, status: int = 200, location: str | None = None) -> Reply:
    """A fixed page, optionally gzip-encoded, or a redirect to `location`."""

    def reply(handler: BaseHTTPRequestHandler) -> None:
        data = gzip.compress(body) if gzipped else body
        handler.send_response(status)
        if location:
            handler.send_header("Location", location)
        handler.send_header("Content-Type", content_type)
        if gzipped:
            handler.send_header("Content-Encoding", "gzip")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    return reply


def chat_completion(content: str, usage: dict[str, object] | None = None) -> Reply:
    """A synthetic chat completion carrying `content` (and `usage`, when given)."""

    def reply(handler: BaseHTTPRequestHandler) -> None:
        body: dict[str, object] = {
            "id": "chatcmpl-synthetic", "object": "chat.completion", "created": 0,
            "model": "synthetic-model",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": content}}],
        }
        if usage is not None:
            body["usage"] = usage
        data = json.dumps(body).encode("utf-8")
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    return reply
