"""Scoring an engine against labelled data."""
