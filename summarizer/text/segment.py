"""Split article text into paragraphs and sentences, keeping exact offsets.

Invariants (property-tested): spans are in order, never overlap, never start or
end on white space, and together cover every non-space character of the text,
so `text[span.start:span.end]` is always exactly one sentence as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.text import lexicon
from summarizer.text.normalize import normalize

# A sentence starts with a digit or a capital (Latin, Greek, Cyrillic, Armenian, Georgian
# Mtavruli), or with a letter of a script that has no case (Arabic, Hebrew, the Indic scripts):
# in those scripts a full stop followed by a space and a letter is a sentence end.
_START = (r"0-9A-ZÀ-ÖØ-ÞΆΈ-ΏΑ-ΫЀ-ЯԱ-Ֆ"
          r"\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u10a0-\u10cf")
# Sentence ends of other scripts: the Arabic question mark and full stop, the Devanagari danda,
# the Armenian full stop, the Ethiopic full stop and question mark. The Greek question mark is
# a semicolon in the view (NFKC), so it ends a sentence only after a Greek letter.
_OTHER_ENDS = "\u061f\u06d4\u0964\u0965\u0589\u1362\u1367"
_GREEK_QUESTION = r"(?<=[\u0370-\u03ff\u1f00-\u1fff]);"
_CJK = r"\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef「『"
_TERMINATOR = re.compile(
    r"(?:\.{3}|…|(?<![.!?" + _OTHER_ENDS + r"])[.!?" + _OTHER_ENDS + r"]+|" + _GREEK_QUESTION
    + r")"  # the terminator (a run only from its start: linear)
    r"[\"'”’»)\]]*"  # closing quotes or brackets that belong to the sentence
    r"(?=\s+[\"'“‘«(\[¿¡]*[" + _START + r"])"  # followed by space and a sentence start
    # Chinese and Japanese: 。 (and ！？, which are ! and ? in the view) need no space after
    # them; with any closing quote or bracket they end a sentence before the next CJK text.
    r"|(?:。|(?<![.!?])[!?])+[」』”’\"'）)\]]*(?![」』”’\"'）)\]])(?=\s*[" + _CJK + r"])"
)
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_END_BREAK = re.compile(r"([.!?…][\"'”’»)\]]*)[ \t]*\n(?=[ \t]*[\"'“‘«(\[]*[A-Z0-9À-Þ])")
_FINAL_PUNCT = re.compile(r"[.!?…:;。！？" + _OTHER_ENDS + r"][\"'”’»)\]」』）]*$")
# An opening double quotation mark and a capital after an abbreviation's full stop: a quotation
# inside a sentence follows the word that introduces it ('called it “...”'), not an abbreviation
# that may end a sentence ('3 p.m.', 'U.S.'), so the stop ends the sentence before it.
_QUOTE_OPENS = re.compile(r"[“\"][A-Z]")
_FIRST_WORD = re.compile(r"[\"'“‘«(\[]*([A-Za-z]+)")
_BULLET = re.compile(r"[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+\S")


@dataclass(frozen=True)
class Span:
    """A sentence: `text[start:end]`, in paragraph number `paragraph`."""

    start: int
    end: int
    paragraph: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each paragraph, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        _add_trimmed(text, pos, match.start(), spans)
        pos = match.end()
    _add_trimmed(text, pos, len(text), spans)
    return [piece for start, end in spans for piece in _split_at_line_ends(text, start, end)]


def _split_at_line_ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A single line break after a finished sentence also starts a paragraph."""
    pieces: list[tuple[int, int]] = []
    pos = start
    for match in _LINE_END_BREAK.finditer(text, start, end):
        _add_trimmed(text, pos, match.end(1), pieces)
        pos = match.end()
    _add_trimmed(text, pos, end, pieces)
    return pieces


def segment(text: str) -> list[Span]:
    """Split `text` into sentences with exact offsets.

    Args:
        text: the article, as read.

    Returns:
        The sentences in reading order, with offsets into `text`.
    """
    view = normalize(text)  # a zero-width space in "Mr.", a look-alike letter: same boundaries
    if view.text == text:
        return _segment(text)
    found = _segment(view.text)
    if not found:
        return _segment(text)  # nothing but invisible characters: keep them as written
    mapped = [(*view.original_span(s.start, s.end), s.paragraph) for s in found]
    return _absorb_dropped(text, mapped)


def _absorb_dropped(text: str, mapped: list[tuple[int, int, int]]) -> list[Span]:
    """Give the characters the view dropped (format characters next to a sentence, outside
    it in the view) to the sentence they touch, so every non-space character stays covered."""
    spans: list[Span] = []
    for i, (start, end, paragraph) in enumerate(mapped):
        floor = spans[-1].end if spans else 0
        ceiling = mapped[i + 1][0] if i + 1 < len(mapped) else len(text)
        if not spans and text[:start].strip():  # invisible lines before the first sentence
            start = len(text[:start]) - len(text[:start].lstrip())
        while start > floor and not text[start - 1].isspace():
            start -= 1
        while end < ceiling and not text[end].isspace():
            end += 1
        gap = text[end:ceiling]
        if gap.strip():  # a line holding only invisible characters ("\xad") goes with it
            end += len(gap.rstrip())
        spans.append(Span(start, end, paragraph))
    return spans


def _segment(text: str) -> list[Span]:
    sentences: list[Span] = []
    merged = _merge_broken_paragraphs(text, paragraphs(text))
    for number, (start, end) in enumerate(merged):
        for line_start, line_end in _hard_lines(text, start, end):
            for s, e in _split_block(text, line_start, line_end):
                sentences.append(Span(s, e, number))
    return sentences


def _add_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))


def _merge_broken_paragraphs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join paragraphs that are one sentence split by a stray blank line."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _continues(text[merged[-1][0] : merged[-1][1]], text[start:end]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _continues(previous: str, following: str) -> bool:
    first = _FIRST_WORD.match(following)
    if first is None:
        return False
    word = first.group(1)
    if not _FINAL_PUNCT.search(previous):
        # No final punctuation: a headline, unless the text goes on in lower case.
        return word[0].islower()
    last = _WORD_BEFORE.search(previous, max(0, len(previous) - 40))  # bounded: linear
    if last is None or last.group(1).lower() not in lexicon.words("segment", "maybe_final"):
        return False
    return word.lower() in lexicon.words("segment", "institution_heads")


def _hard_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a paragraph at line breaks that end a heading or byline line, and before
    each item of a list ("- ", "* ", "• ", "1. ", "2) ")."""
    lines: list[tuple[int, int]] = []
    pos = line_start = start
    heading = True  # still in the lines that open the paragraph
    in_list = _BULLET.match(text, start, end) is not None
    while True:
        newline = text.find("\n", line_start, end)
        if newline < 0:
            break
        line = text[line_start:newline].strip()
        after = _skip_space(text, newline + 1) + newline + 1
        bullet = _BULLET.match(text, newline + 1, end) is not None
        starts_list = bullet and (in_list or _FINAL_PUNCT.search(line) is not None)
        if starts_list or (heading and line and len(line) < 50
                           and not _FINAL_PUNCT.search(line)
                           and after < end and text[after].isupper()):
            lines.append((pos, newline))
            pos = newline + 1
            in_list = in_list or starts_list
        heading = heading and not in_list and pos == newline + 1
        line_start = newline + 1
    lines.append((pos, end))
    return [(s, e) for s, e in (_trim(text, s, e) for s, e in lines) if s < e]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    out: list[tuple[int, int]] = []
    _add_trimmed(text, start, end, out)
    return out[0] if out else (start, start)


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    block = text[start:end]
    pieces: list[tuple[int, int]] = []
    pos = 0
    marker = _BULLET.match(block)
    for match in _TERMINATOR.finditer(block):
        if marker and match.start() < marker.end() - 1:
            continue  # "1. Eastfield": a list number, not the end of a sentence
        if not _is_boundary(block, match):
            continue
        _add_trimmed(block, pos, match.end(), pieces)
        pos = match.end()
    _add_trimmed(block, pos, len(block), pieces)
    return [(start + s, start + e) for s, e in pieces]


def _is_boundary(block: str, match: re.Match[str]) -> bool:
    if not match.group().startswith("."):
        return True
    if match.group().startswith("..."):
        return True
    before = _WORD_BEFORE.search(block, max(0, match.start() - 40), match.start() + 1)
    if before is None:
        return True
    word = before.group(1).lower()
    if word in lexicon.words("segment", "never_final"):
        return False
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "John F. Kennedy"
    if word in lexicon.words("segment", "maybe_final") or "." in word:
        at = match.end() + _skip_space(block, match.end())
        if _QUOTE_OPENS.match(block, at) and at > match.end():
            return True  # "... until 3 p.m. “Do not travel,” ...": a quotation opens a sentence
        following = _FIRST_WORD.match(block, at)
        if following is not None and word in ("a.m", "p.m") and _clock_ends(following.group(1)):
            return True
        return following is not None and following.group(1).lower() in lexicon.words(
            "segment", "sentence_openers")
    return True


# A clock time ends its sentence when a capitalised word follows that cannot go on the time: a
# weekday ("3 p.m. Friday") or an all-capitals zone ("9 a.m. GMT") extends it; any other
# capital ("past 3 a.m. Turnout was ...") opens the next sentence, as no name follows a time.
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")


def _clock_ends(word: str) -> bool:
    return word[0].isupper() and not word.isupper() and _WEEKDAY.match(word) is None


def _skip_space(block: str, pos: int) -> int:
    n = 0
    while pos + n < len(block) and block[pos + n].isspace():
        n += 1
    return n
