"""`python -m summarizer`."""

from .cli import entry

entry()
