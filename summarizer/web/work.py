"""What a job does: analyse one article or build a briefing note, through the public API.

Both run inside the job's worker thread, check for cancellation between steps,
and return a `Result` from which the page and every download are rendered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from summarizer.engine import choose
from summarizer.errors import SummarizerError, UsageError
from summarizer.settings import Settings
from summarizer.web.forms import Source
from summarizer.web.jobs import Job

if TYPE_CHECKING:
    from summarizer.briefing.schema import Digest
    from summarizer.schema import Report

DOWNLOADS = {"json": "application/json", "md": "text/markdown", "html": "text/html"}


@dataclass
class Result:
    """A finished job's output: one report, or a digest with the reports it was built from."""

    reports: list[Report] = field(default_factory=list)
    digest: Digest | None = None

    def render(self, fmt: str) -> str:
        """The result as a downloadable document: json, md or html.

        Raises:
            UsageError: an unknown format.
        """
        if fmt not in DOWNLOADS:
            raise UsageError(f"unknown format {fmt!r}", hint="choose json, md or html")
        if self.digest is not None:
            from summarizer.render.digest import render_digest

            return render_digest(self.digest, fmt, self.reports)
        if fmt == "html":
            from summarizer.render.html import render_html

            return render_html(self.reports[0])
        from summarizer.render.report import render

        return render(self.reports[0], fmt)


def analyse(source: Source, settings: Settings, points: int | None) -> Any:
    """The work of an analysis job: fetch if needed, then analyse; `points` (when given)
    is the summary's length, applied by the library like `--points` on the command line."""
    import summarizer

    if points is not None:
        settings = settings.with_(points=points)

    def work(job: Job) -> Result:
        if source.url:
            job.set_progress(f"fetching {source.url}")
        article = source.load()
        job.check()
        job.set_progress(f"analysing with the {choose(settings).name} engine")
        report = summarizer.analyze(article, settings=settings)
        job.title = report.title or article.title or job.title  # the history names it
        return Result(reports=[report])

    return work


def briefing(sources: list[Source], settings: Settings) -> Any:
    """The work of a briefing-note job: analyse each article in turn, then compare them."""
    import summarizer
    from summarizer.briefing.build import build_digest

    def work(job: Job) -> Result:
        reports: list[Report] = []
        for k, source in enumerate(sources, start=1):
            job.set_progress(f"article {k} of {len(sources)}: {source.label}")
            try:
                article = source.load()
                job.check()
                reports.append(summarizer.analyze(article, settings=settings))
            except SummarizerError as exc:  # say which article failed, as the CLI does
                name = source.label
                if exc.message.startswith(name):
                    raise
                raise type(exc)(f"{name}: {exc.message}", hint=exc.hint) from exc
            job.check()
        job.set_progress("matching claims across the articles")
        return Result(reports=reports, digest=build_digest(reports, settings))

    return work
