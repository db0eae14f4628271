"""A local web page for editors: paste or link articles, read the report, build the briefing note.

`summarizer serve` runs it (the optional extra `balanced-summarizer[web]`:
Starlette served by uvicorn). Nothing here is imported by the library or by
`summarizer --help`; `create_app` in `app.py` builds the application.
"""
