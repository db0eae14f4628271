"""The briefing note across several articles: claims matched, compared and corroborated, and
its summary.
"""
