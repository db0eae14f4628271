"""Keeping only what a reader of the page sees: the parsed page, pruned of hidden text.

A page can carry text that a browser never shows: elements marked `hidden`,
`<template>` contents, inline styles that hide (display:none, visibility:hidden,
zero size, zero opacity, zero font size), and white text on a white page. Such
text is not part of what the article tells its readers, and labelling it as
"reporting" would put words in the article's mouth, so it is removed before
extraction. Only inline styles and attributes are read: style sheets are not
evaluated (a class that hides text is invisible to us, a known limit).
"""

from __future__ import annotations

import re
from typing import Any

from summarizer.errors import InputError

# libxml2 stops building the tree at this depth and drops everything below it.
MAX_DEPTH = 255
_ZERO = r"0*\.?0+(?:px|em|rem|pt|%)?"
_HIDING = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)"
    rf"|(?:width|height|max-width|max-height)\s*:\s*{_ZERO}\s*(?:!important)?\s*(?:;|$)"
    rf"|font-size\s*:\s*{_ZERO}\s*(?:!important)?\s*(?:;|$)"
    rf"|opacity\s*:\s*{_ZERO}\s*(?:!important)?\s*(?:;|$))",
    re.I,
)
_WHITE = r"(?:white|#fff(?:fff)?|rgba?\(\s*255\s*,\s*255\s*,\s*255\s*(?:,\s*1(?:\.0*)?\s*)?\))"
_WHITE_TEXT = re.compile(rf"(?:^|;)\s*color\s*:\s*{_WHITE}\s*(?:!important)?\s*(?:;|$)", re.I)
_BACKGROUND = re.compile(r"(?:^|;)\s*background(?:-color)?\s*:\s*([^;]+)", re.I)
_WHITE_VALUE = re.compile(rf"^\s*{_WHITE}\s*(?:!important)?\s*$", re.I)


def parse_page(html: str, source: str) -> Any:
    """Parse a page with lxml, refusing one nested too deep to be read whole.

    Raises:
        InputError: no HTML in it, or elements nested deeper than the parser reads.
    """
    import lxml.etree  # type: ignore[import-untyped]
    import lxml.html  # type: ignore[import-untyped]

    try:
        tree = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        raise InputError(f"{source}: no article text found in the page") from None
    if depth_of(tree) >= MAX_DEPTH:
        raise InputError(
            f"{source}: the page nests its elements {MAX_DEPTH} or more levels deep; the HTML "
            "parser cuts such a page short, so its text cannot be read whole",
            hint="save the article's text as a plain-text file and give that",
        )
    return tree


def depth_of(tree: Any) -> int:
    """The deepest nesting of elements in a parsed tree (the root is at depth 1)."""
    import lxml.etree

    depth = deepest = 0
    for event, _ in lxml.etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def remove_hidden(tree: Any) -> int:
    """Remove every element a browser would not show; return how many were removed."""
    doomed = [element for element in tree.iter() if _hidden(element)]
    for element in doomed:
        parent = element.getparent()
        if parent is None:
            continue
        tail = element.tail  # the text after a hidden element is visible: keep it
        if tail:
            previous = element.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(element)
    return len(doomed)


def _hidden(element: Any) -> bool:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag.lower() == "template":
        return True
    if element.get("hidden") is not None:
        return True
    if tag.lower() == "input" and (element.get("type") or "").lower() == "hidden":
        return True
    style = element.get("style") or ""
    if _HIDING.search(style):
        return True
    return bool(_WHITE_TEXT.search(style)) and _on_white(element)


def _on_white(element: Any) -> bool:
    """True when no element from here up sets a background other than white (inline)."""
    node = element
    while node is not None:
        background = _BACKGROUND.search(node.get("style") or "")
        if background:
            return bool(_WHITE_VALUE.match(background.group(1)))
        for name in ("bgcolor",):
            value = node.get(name)
            if value:
                return bool(_WHITE_VALUE.match(value))
        node = node.getparent()
    return True  # a page's default background is white
