"""Free text from a model, made safe to show: no control characters, a length cap at a word.

A model's reason, a loaded phrase's neutral alternative or an attribution source is
shown to readers as written, so it is cleaned here before anyone stores it. A grammar
`maxLength` would cut a word in half; the cap is applied in code, at a word boundary.
"""

from __future__ import annotations

import unicodedata

REASON_CHARS = 160
NEUTRAL_CHARS = 60
SOURCE_CHARS = 80
SPAN_CHARS = 160


def clean(text: str | None, limit: int) -> str:
    """The text on one line, without control or invisible characters, at most `limit` long.

    A longer text is cut at the last space that fits and marked with an ellipsis; a
    single word longer than the limit is cut at the limit.
    """
    if not text:
        return ""
    visible = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
    shown = " ".join(visible.split())
    if len(shown) <= limit:
        return shown
    head = shown[: max(1, limit - 1)]
    cut = head.rsplit(" ", 1)[0] if " " in head else head
    return cut.rstrip(" ,;:-") + "…"


def normalise(text: str) -> str:
    """Lower case, curly quotes straightened, one space: how spans and sources are compared."""
    table = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
    return " ".join(clean(text, 10_000).translate(table).lower().split())


def occurs_in(span: str, sentence: str) -> bool:
    """True when `span` (a few words copied by the model) occurs in `sentence`.

    Compared after `normalise`, and with surrounding quotes and end punctuation
    stripped, since models often add or drop them.
    """
    wanted = normalise(span).strip(" \"'.,;:!?")
    return bool(wanted) and wanted in normalise(sentence)
