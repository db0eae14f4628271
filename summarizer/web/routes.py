"""The pages: analyse, briefing note, job, history, downloads; and the error page.

Forms post back here; a valid post queues a job and redirects (303) to the job's
page at once. Every error a user can cause is shown with the CLI's wording and
a 4xx status; the server keeps serving.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from summarizer.engine import choose
from summarizer.errors import SummarizerError, UsageError
from summarizer.inputs.article import size_words
from summarizer.settings import MAX_POINTS
from summarizer.web import forms, work
from summarizer.web.jobs import DONE, FINISHED, Job
from summarizer.web.security import CSRF_COOKIE, CSRF_FIELD, TooLarge, report_csp


def _state(request: Request) -> Any:
    return request.app.state


def _cookie(request: Request) -> tuple[str, bool]:
    """The browser's CSRF cookie, or a new one (True: it must be set)."""
    found = request.cookies.get(CSRF_COOKIE)
    if found and len(found) < 100:
        return found, False
    return _state(request).csrf.new_cookie(), True


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page from the templates, with the form token and the engine choices."""
    state = _state(request)
    cookie, fresh = _cookie(request)
    settings = state.settings
    context.setdefault("error", None)
    context.setdefault("page", "")
    response: HTMLResponse = state.templates.TemplateResponse(request, name, {
        "csrf_field": CSRF_FIELD,
        "csrf_token": state.csrf.token(cookie),
        "default_engine": choose(settings).name,
        "model_name": settings.model if settings.endpoint_configured else None,
        "max_size": size_words(state.max_bytes),
        "max_points": MAX_POINTS,
        **context,
    }, status_code=status)
    if fresh:
        response.set_cookie(CSRF_COOKIE, cookie, httponly=True, samesite="strict", path="/")
    return response


def error_page(request: Request, message: str, *, hint: str | None = None,
               status: int = 400) -> HTMLResponse:
    """The friendly error page: the CLI's message, then what to do."""
    return render(request, "error.html", status=status, message=message, hint=hint)


def too_large_page(request: Request, max_bytes: int) -> HTMLResponse:
    """The 413 page, worded as the CLI words an oversized file."""
    return error_page(request, f"the request: larger than {size_words(max_bytes)}",
                      hint="split it into articles, or use `summarizer batch`", status=413)


async def _read_form(request: Request) -> Any:
    """The posted form, after the CSRF and origin checks.

    Raises:
        UsageError: a missing or wrong token, another origin, a malformed form.
        TooLarge: the body is over the limit.
    """
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host"):
        raise UsageError("this form was sent from another site and was refused")
    state = _state(request)
    try:
        form = await request.form(max_files=50, max_fields=200,
                                  max_part_size=state.body_limit)
    except HTTPException as exc:
        raise UsageError(f"the form could not be read: {exc.detail}") from None
    if not state.csrf.valid(request.cookies.get(CSRF_COOKIE), form.get(CSRF_FIELD)):
        raise UsageError("the form has expired or was not sent from this page",
                         hint="reload the page and send it again")
    return form


async def analyse_form(request: Request) -> Response:
    """GET /: the analyse page."""
    return render(request, "analyse.html", form={})


async def digest_form(request: Request) -> Response:
    """GET /digest: the briefing-note page."""
    return render(request, "digest.html", form={})


async def analyse_submit(request: Request) -> Response:
    """POST /analyse: queue one analysis, go to its job page."""
    return await _submit(request, several=False)


async def digest_submit(request: Request) -> Response:
    """POST /digest: queue a briefing note, go to its job page."""
    return await _submit(request, several=True)


async def _submit(request: Request, *, several: bool) -> Response:
    state = _state(request)
    page = "digest.html" if several else "analyse.html"
    form: Any = {}
    try:
        form = await _read_form(request)
        settings = forms.chosen_settings(state.settings, str(form.get("engine", "")))
        points = None if several else forms.chosen_points(str(form.get("points", "")))
        sources = forms.sources_from(form, several=several, max_bytes=state.max_bytes)
    except TooLarge:
        return too_large_page(request, state.max_bytes)
    except SummarizerError as exc:
        kept = {k: v for k, v in form.items() if isinstance(v, str) and k != CSRF_FIELD}
        return render(request, page, status=400 if exc.exit_code == 2 else 500,
                      error=str(exc), form=kept)
    engine = choose(settings).name
    if several:
        title = f"Briefing note: {len(sources)} article(s)"
        job = state.jobs.submit("digest", title, engine, state.deadline_s,
                                work.briefing(sources, settings))
    else:
        job = state.jobs.submit("analyse", sources[0].label, engine, state.deadline_s,
                                work.analyse(sources[0], settings, points))
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


def _job(request: Request) -> Job:
    job: Job | None = _state(request).jobs.get(request.path_params["job_id"])
    if job is None:
        raise HTTPException(404)
    return job


async def job_page(request: Request) -> Response:
    """GET /jobs/ID: progress while it runs; the result, or what went wrong, after."""
    job = _job(request)
    result = job.result if job.status == DONE else None
    return render(request, "job.html", job=job, result=result,
                  finished=job.status in FINISHED, downloads=list(work.DOWNLOADS))


async def job_status(request: Request) -> Response:
    """GET /jobs/ID/status: the job's state as JSON, for the page's script."""
    job = _job(request)
    return JSONResponse({"status": job.status, "progress": job.progress,
                         "elapsed": round(job.elapsed, 1),
                         "finished": job.status in FINISHED})


async def job_cancel(request: Request) -> Response:
    """POST /jobs/ID/cancel: stop the job (its result, if any comes, is dropped)."""
    job = _job(request)
    try:
        await _read_form(request)
    except (SummarizerError, TooLarge) as exc:
        return error_page(request, str(exc) or "the request is too large")
    _state(request).jobs.cancel(job)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


def _result(request: Request) -> work.Result:
    job = _job(request)
    if job.status != DONE:
        raise HTTPException(404)
    result: work.Result = job.result
    return result


async def job_view(request: Request) -> Response:
    """GET /jobs/ID/view: the self-contained report page, shown in the job page's frame."""
    document = _result(request).render("html")
    return HTMLResponse(document, headers={
        "content-security-policy": report_csp(document),
        "x-frame-options": "SAMEORIGIN",
    })


async def job_download(request: Request) -> Response:
    """GET /jobs/ID/download/FMT: the result as a file (json, md or html)."""
    fmt = request.path_params["fmt"]
    result = _result(request)
    if fmt not in work.DOWNLOADS:
        return error_page(request, f"unknown format {fmt!r}", hint="choose json, md or html",
                          status=404)
    document = result.render(fmt)
    stem = "briefing-note" if result.digest is not None else "report"
    headers = {"content-disposition": f'attachment; filename="{stem}.{fmt}"'}
    if fmt == "html":
        headers["content-security-policy"] = report_csp(document)
    return Response(document, media_type=f"{work.DOWNLOADS[fmt]}; charset=utf-8",
                    headers=headers)


async def history(request: Request) -> Response:
    """GET /history: this server's recent jobs, kept in memory only."""
    return render(request, "history.html", jobs=_state(request).jobs.history())


async def not_found(request: Request, exc: Exception) -> Response:
    """Any unknown page, or a job this server no longer remembers."""
    return error_page(request, "no such page, or a job this server no longer remembers",
                      hint="the history is kept in memory and cleared on restart", status=404)


async def not_allowed(request: Request, exc: Exception) -> Response:
    """A GET where a form post was expected, or the reverse."""
    return error_page(request, f"{request.method} is not allowed here", status=405)
