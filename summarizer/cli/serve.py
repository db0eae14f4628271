"""`summarizer serve`: the local web page for editors (needs the `web` extra)."""

from __future__ import annotations

import argparse
import ipaddress
import socket
import sys

from summarizer.cli.options import add_engine_options, settings_from_args
from summarizer.errors import ConfigurationError, UsageError

HELP = "a local web page: paste or link articles, read the report, build the briefing note"
INSTALL_HINT = "install the web extra: pip install 'balanced-summarizer[web]'"


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the command's flags."""
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1: this computer only)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000; 0: any free)")
    parser.add_argument("--open", action="store_true", help="open the page in a browser")
    parser.add_argument("--job-timeout", type=float, default=900.0,
                        help="seconds a job may run before it is stopped (default 900)")
    parser.add_argument("--workers", type=int, default=2, help="jobs run at once (default 2)")
    add_engine_options(parser)


def is_loopback(host: str) -> bool:
    """True when `host` names this computer only (127.0.0.0/8, ::1, localhost)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0: a free one), so the URL printed is exact.

    Raises:
        UsageError: the address cannot be used (taken, not local, not an address).
    """
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port} ({exc.strerror or exc})",
                         hint="choose another --port, or --port 0 for any free one") from None
    return sock


def page_url(host: str, port: int) -> str:
    """The page's address as a browser wants it."""
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def run(args: argparse.Namespace) -> int:
    """Serve the page until interrupted."""
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port {args.port}: not a port number", hint="use 0 to 65535")
    if not args.job_timeout > 0 or args.workers < 1:
        raise UsageError("--job-timeout must be positive and --workers at least 1")
    settings = settings_from_args(args)
    try:
        import uvicorn

        from summarizer.web.app import create_app
    except ImportError as exc:
        raise ConfigurationError(f"summarizer serve needs {exc.name or 'the web extra'}",
                                 hint=INSTALL_HINT) from None
    if not is_loopback(args.host):
        print(f"summarizer: warning: listening on {args.host}: the page has no login, so "
              "anyone who can reach this address can use it and its configured model",
              file=sys.stderr)
    app = create_app(settings, deadline_s=args.job_timeout, workers=args.workers)
    sock = bind(args.host, args.port)
    config = uvicorn.Config(app, log_level="warning", access_log=False, server_header=False)
    server = uvicorn.Server(config)
    url = page_url(args.host, sock.getsockname()[1])
    print(f"summarizer: serving on {url} (Ctrl-C to stop)", file=sys.stderr)
    if args.open:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    server.run(sockets=[sock])
    return 0
