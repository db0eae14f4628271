"""Balanced Summarizer: separate reporting, opinion and unsupported allegation."""

__version__ = "0.1.0"
