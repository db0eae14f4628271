"""Building the web application: state, middleware, routes, and the friendly error page.

`create_app` is what `summarizer serve` hands to uvicorn and what the tests
drive with Starlette's TestClient. Settings (engine, endpoint, key) are resolved
once by the caller; the key stays on the server and never reaches a page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import jinja2
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from summarizer.inputs.article import MAX_BYTES
from summarizer.settings import Settings
from summarizer.web import routes
from summarizer.web.jobs import JobManager
from summarizer.web.security import BodyLimit, Csrf, Receive, Scope, SecurityHeaders, Send

FORM_OVERHEAD = 256 * 1024  # field names, boundaries, the other fields of a form
DEFAULT_DEADLINE = 15 * 60.0  # seconds; the model path can take minutes on a CPU server


def create_app(
    settings: Settings | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    deadline_s: float = DEFAULT_DEADLINE,
    workers: int = 2,
) -> Starlette:
    """The web application.

    Args:
        settings: engine settings for every job (the form only picks the engine);
            resolved from the environment when None.
        max_bytes: the largest article accepted, as on the command line; a request
            body may carry this much plus a little for the form itself.
        deadline_s: a job still unfinished after this many seconds is stopped.
        workers: threads running jobs at once.

    Returns:
        The ASGI application.
    """
    templates = Jinja2Templates(env=jinja2.Environment(
        loader=jinja2.PackageLoader("summarizer.web", "templates"),
        autoescape=True, undefined=jinja2.StrictUndefined,
    ))
    jobs = JobManager(workers=workers)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        jobs.shutdown()

    app = Starlette(
        routes=[
            Route("/", routes.analyse_form, methods=["GET"]),
            Route("/analyse", routes.analyse_submit, methods=["POST"]),
            Route("/digest", routes.digest_form, methods=["GET"]),
            Route("/digest", routes.digest_submit, methods=["POST"]),
            Route("/history", routes.history, methods=["GET"]),
            Route("/jobs/{job_id}", routes.job_page, methods=["GET"]),
            Route("/jobs/{job_id}/status", routes.job_status, methods=["GET"]),
            Route("/jobs/{job_id}/cancel", routes.job_cancel, methods=["POST"]),
            Route("/jobs/{job_id}/view", routes.job_view, methods=["GET"]),
            Route("/jobs/{job_id}/download/{fmt}", routes.job_download, methods=["GET"]),
            Mount("/static", StaticFiles(packages=[("summarizer.web", "static")]),
                  name="static"),
        ],
        exception_handlers={404: routes.not_found, 405: routes.not_allowed},
        lifespan=lifespan,
    )
    state: dict[str, Any] = {
        "settings": settings or Settings.resolve(),
        "jobs": jobs,
        "csrf": Csrf(),
        "templates": templates,
        "max_bytes": max_bytes,
        "body_limit": max_bytes + FORM_OVERHEAD,
        "deadline_s": deadline_s,
    }
    for name, value in state.items():
        setattr(app.state, name, value)

    async def refuse(scope: Scope, receive: Receive, send: Send) -> None:
        response = routes.too_large_page(Request(scope, receive), max_bytes)
        await response(scope, receive, send)

    app.add_middleware(BodyLimit, max_bytes=state["body_limit"], refuse=refuse)
    app.add_middleware(SecurityHeaders)
    return app

