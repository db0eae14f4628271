"""`python -m summarizer`."""

from summarizer.cli.main import entry

entry()
