"""Output: Markdown, plain text, JSON and self-contained HTML, for reports and briefing notes."""
