"""Compress one sentence into a summary point's words: the news, not the scene.

A summary point restates its sentence shorter, never adds to it. What goes, and why
each is safe to leave out:
- a fronted scene-setting clause ("In a move that stunned Kyiv, ...", "Amid growing
  fears, ..."): a fronted adverbial sets the scene, the main clause after it carries the
  news; kept when it holds a number or a date (then it is itself reporting);
- a trailing comment clause (", raising questions about ...", ", amid ...", ", a notable
  occasion that ..."): a participle or appositive tacked on after the main clause comments
  on it or elaborates it (any free "-ing" adjunct: ", saying ...", ", sending ..."); the
  main clause stands without it; kept when it holds a number or a date;
- a short bracketed aside without a verb (a party tag "(R-Ky.)", an abbreviation
  "(DOJ)"): a gloss on a name, not news;
- intensifiers ("very", "utterly"): they grade, they do not inform;
- loaded words outside quotation marks: swapped for the lexicon's neutral alternative,
  or dropped when they only modify the next word; where a source's own loaded word cannot
  go, it is shown in quotation marks as that source's word.
Hedges ("reportedly") stay: they carry how sure the report is. Quotations are never
changed inside.
"""

from __future__ import annotations

import re

from summarizer.offline.cues import quote_spans
from summarizer.offline.loaded import drop_loaded_aside, loaded_lexicon, neutralize
from summarizer.offline.phrases import fold
from summarizer.summary.clauses import DASH, has_main_clause
from summarizer.summary.cuts import (
    DETERMINER,
    cut_adjunct,
    drop_asides,
    drop_brackets,
    end_sentence,
    holds_together,
    speech_tag,
)
from summarizer.text.headline import without_dateline

MAX_POINT_WORDS = 35
LOADED_KINDS = ("loaded", "intensifier", "framing")
_MARKUP = re.compile(r"^(?:#{1,6}|[-*•])\s+|\*\*|__")
_OPENER = re.compile(r"^(?:However|But|Meanwhile|Still|Yet|And|Notably|Indeed|Moreover|"
                     r"Furthermore|Additionally|Interestingly|Ironically|Instead|Nevertheless|"
                     r"Nonetheless|Of course|In fact|Clearly|Obviously|For instance|For example|"
                     r"In addition|Separately|Likewise|Similarly|Also|By contrast|In contrast|"
                     r"On the other hand|In other words|After all|To be sure),\s+"
                     r"|^(?:Instead(?! of\b)|And|But|Then)\s+")
_SCENE = re.compile(r"^(?:In|Amid|Amidst|With|As|While|Against|Despite|Though|Although|Even as|"
                    r"At a time when|In the latest|In a)\b")
_COMMENT = re.compile(r"^(?:amid|amidst|even as|as|while|which|who|whose|"
                      r"a (?:move|step|decision|development|notable|rare|clear)|marking|"
                      r"underscoring|highlighting|signalling|signaling|raising|sparking|fueling|fuelling|prompting|"
                      r"reigniting|deepening|adding to|leaving|reflecting|suggesting|"
                      # not the prepositions in "-ing": they name members or a source
                      r"(?!during|including|according|regarding|concerning|following|"
                      r"excluding|nothing|something|anything|everything|morning|evening|"
                      r"spring|thing|king|bring|string)[a-z]+ing)\b", re.IGNORECASE)
_FRONTED = re.compile(r"^(?:(?:And|But|So)\s+)?(?:Now|Then|Today|Yesterday|Later|Earlier|On|In|"
                      r"At|After|Before|When|Whenever|If|Since|Until|Once|For|Following|"
                      r"Ahead of|Under|During|From|Over|Hours|Days|Weeks|Months|Years|Amid|"
                      r"Amidst|With|As|While|Against|Despite|Though|Although|Even as|By|"
                      r"Instead of|Rather than)\b")
_SPECIFIC = re.compile(r"\d|\b(?:January|February|March|April|May|June|July|August|September|"
                       r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday)\b")
_FINAL = (".", "?", "!", "’", "”", '"', "'")
# Endings of English adjectives and participles: such a word before a noun only modifies
# it, and the noun phrase stands without it; a noun ('scheme', 'regime') cannot go.
_ADJECTIVE = re.compile(r"(?:ous|ful|ive|ic|al|ing|ed|ible|able|ant|ent|less|ish|ary|ory)$",
                        re.IGNORECASE)
# A hyphenated compound before a noun ("high-stakes race", "razor-thin margin") is an
# attributive modifier, like an adjective: the noun phrase stands without it.
_COMPOUND = re.compile(r"^[a-z]+-[a-z]+$")
_SPACES = re.compile(r"\s{2,}")
_COPULA = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|am)|['’](?:re|m))\s+$",
                     re.IGNORECASE)
# "(CNN) - The administration ...", "Washington (CNN)Republicans ...": the place and the
# outlet's credit before the lead, not part of it.
_CREDIT = re.compile(r"^(?:[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?,? ?)?\((?:[A-Z][\w.&' ]{0,30})\)"
                     r"\s*(?:[-—–]+\s*)?(?=[A-Z“\"])")
_ORPHAN_COMMA = re.compile(r"\s+,|,\s*,|\(\s*\)")


def plain(text: str) -> str:
    """The sentence without dateline, an outlet's credit line ("(CNN) - ") or Markdown
    marks (headings, bullets, bold)."""
    return _CREDIT.sub("", without_dateline(_MARKUP.sub("", text.strip())))


def compress(text: str, *, attributed: bool, limit: int = MAX_POINT_WORDS) -> str | None:
    """The sentence shortened to a summary point's words, or None when it cannot be.

    Args:
        text: the sentence as written.
        attributed: True when a source (named, unnamed or an alleger) speaks in the
            sentence: its loaded words that cannot go are shown quoted, as its words.

    Returns:
        The compressed sentence (capitalised, closed with a full stop), or None when
        loaded wording in the author's own voice cannot be removed without breaking
        the sentence, or no clause boundary brings it within `MAX_POINT_WORDS`.
    """
    text = _OPENER.sub("", drop_loaded_aside(plain(text)))
    text = drop_brackets(text)
    text = _drop_scene(text)
    text = _drop_comments(text, limit, keep_tags=not attributed)
    text = neutralize(text)
    cleaned = _remove_loaded(text, attributed=attributed)
    if cleaned is None:
        return None
    text = _tidy(cleaned)
    if len(text.split()) > limit:
        text = cut_adjunct(text, limit) or text
    if len(text.split()) > limit or not has_main_clause(text):
        return None  # too long, or no sentence left: a point is never a fragment
    text = text[:1].upper() + text[1:]
    text = text.rstrip(" :;,")  # a line that led into a list ends here
    return whole_quotes(text if text.endswith(_FINAL) else text + ".")


def complete_part(text: str, least: int = 8) -> str | None:
    """The sentence as far as it is complete: whole when it ends like a sentence; else (an
    article cut off mid-sentence, a paywall's teaser) up to its last clause boundary
    outside quotation marks, closed with a full stop, when `least` words or more are left,
    since the clauses before the cut were written whole; else None."""
    text = text.strip()
    if text.endswith(_FINAL):
        return text
    quoted = quote_spans(text)
    cuts = [m.start() for m in re.finditer(rf"[,;:] |\s{DASH}\s", text)
            if not any(s <= m.start() < e for s, e in quoted)
            and not holds_together(text[m.end():], text[: m.start()])]
    if any(e == len(text) for _, e in quoted):
        return None  # an unclosed quotation
    head = next((h for cut in reversed(cuts) if has_main_clause(h := text[:cut].rstrip())),
                "")
    # The cut may have broken an adjunct after the main clause ("... told the clerk to
    # destroy the ledgers by hiding them inside the"): the clause before it was written
    # whole, and stops there as a long sentence may (`cuts.cut_adjunct`), or before "as".
    adjunct = (cut_adjunct(text, len(text.split())) or "").removesuffix(".")
    broken_as = [m.start() for m in _AS.finditer(text)
                 if not any(s <= m.start() < e for s, e in quoted)]
    as_head = next((h for cut in reversed(broken_as)
                    if not DETERMINER.search(h := text[:cut].rstrip(" ,;:"))
                    and has_main_clause(h)), "")
    head = max((head, adjunct, as_head), key=len)
    return end_sentence(head) if len(head.split()) >= least else None


# "as" opening a clause or a role ("... rose as markets fell", "... as chair"); not the
# degree and compound uses ("as many as", "as well as", "such as"), which stay inside.
_AS = re.compile(r"(?<!\bsuch)\s(?=as\s(?!(?:many|much|well|far|long|soon|few|little|"
                 r"of|if|though|to|a result)\b))")


_PAIRS = {"”": "“", "’": "‘", '"': '"'}
_QUOTE_OPEN = "‘“\"'"


def whole_quotes(text: str) -> str:
    """Close a quotation the next sentence closes, open one an earlier sentence opened:
    a point shows the marks a reader expects, the quoted words unchanged."""
    spans = quote_spans(text)
    if not spans:
        return text
    start, end = spans[0]
    if start == 0 and text[0] not in _QUOTE_OPEN and text[end - 1] in _PAIRS:
        text = _PAIRS[text[end - 1]] + text  # the tail of a quotation begun earlier
        spans = quote_spans(text)
        if not spans:
            return text
    start, end = spans[-1]
    opener = text[start]
    closer = {"“": "”", "‘": "’"}.get(opener, opener)
    if end == len(text) and opener in _QUOTE_OPEN and (end - start < 2
                                                      or text[end - 1] != closer):
        text += closer
    return text


def loaded_outside_quotes(text: str) -> list[str]:
    """Loaded, intensifying or framing lexicon phrases in `text` outside quotation marks."""
    quoted = quote_spans(text)
    return [text[s:e] for s, e, entry in loaded_lexicon().matcher.finditer(fold(text))
            if entry.kind in LOADED_KINDS and not any(a <= s < b for a, b in quoted)]


def _clauses_outside_quotes(text: str) -> list[int]:
    quoted = quote_spans(text)
    return [m.start() for m in re.finditer(r", ", text)
            if not any(s <= m.start() < e for s, e in quoted)]


def _drop_scene(text: str) -> str:
    # A comma before "and" or "or" joins a second part of the fronted phrase ("In a
    # fashion like X, and the first days of Y, the event ..."): the scene ends at the
    # first comma after which no coordinator continues it.
    # A comma beside a one-word item ("In tiny Sellersburg, Ind., just across ...") is
    # inside a name or a list (`cuts.holds_together`): the scene goes on past it.
    cuts = [c for c in _clauses_outside_quotes(text)
            if not re.match(r"(?:and|or|nor|but)\b", text[c + 2:])
            and not holds_together(text[c + 2:], text[:c])]
    if not cuts or not _SCENE.match(text):
        return text
    head, rest = text[: cuts[0]], text[cuts[0] + 2:]
    if _SPECIFIC.search(head) or len(rest.split()) < 5 or not rest[:1].isalpha():
        return text
    return rest[:1].upper() + rest[1:]


def _drop_comments(text: str, limit: int, *, keep_tags: bool = False) -> str:
    """Drop trailing comment clauses; then, while over `limit`, the asides between paired
    dashes or between subject and verb (`clauses.drop_asides`), and then any trailing
    clause. Every cut keeps a main clause with its verb (`clauses.has_main_clause`): a
    sentence opening with a fronted adverbial ("Now, in the debate, he ...", "On a night
    when ..., X stole the show") has its main clause after the first boundary, so that
    clause is never dropped."""
    text = _cut_trailing(text, None, keep_tags)
    if len(text.split()) > limit:
        text = _cut_trailing(drop_asides(text), None, keep_tags)
    return _cut_trailing(text, limit, keep_tags)


def _cut_trailing(text: str, limit: int | None, keep_tags: bool = False) -> str:
    """Cut trailing comment clauses, and (with a `limit`) any trailing clause while over it,
    at a comma or a dash ("... emission rules — putting the state on a path ...")."""
    fronted = bool(_FRONTED.match(text))
    quoted = quote_spans(text)
    bounds = [(m.start(), m.end()) for m in re.finditer(rf", |\s{DASH}\s", text)
              if not any(s <= m.start() < e for s, e in quoted)]
    for cut, after in reversed(bounds):
        head, tail = text[:cut], text[after:]
        comment = _COMMENT.match(tail) and not _SPECIFIC.search(tail)
        if len(head.split()) < 6 or _SAYS.search(head) or (
                any(q[0] > cut for q in quoted) and not comment):
            # A quotation is never cut away on its own: the speaker's words stay whole.
            # Inside a comment clause ("..., saying he had earned “a reputation”") it
            # goes with the clause: the main clause before it is the news.
            break
        if fronted and all(_FRONTED.match(piece[:1].upper() + piece[1:])
                           for piece in re.split(rf", |\s{DASH}\s", head)):
            break  # the head is fronted phrases only: the main clause is in the tail
        if holds_together(tail, head):
            continue  # the comma is inside a list: no clause ends there
        if keep_tags and speech_tag(tail):
            # "..., House managers argued Wednesday as they opened ...": the labeller found
            # no source, but the sentence names one; cut it and the claim loses its speaker.
            break
        if (comment or (limit is not None and len(text.split()) > limit)) and (
                has_main_clause(head)):
            text = end_sentence(head)
        else:
            break
    return text


_SAYS = re.compile(r"\b(?:said|says|say|told|wrote|added|asked|declared|stated|tweeted)\W*$")


def _remove_loaded(text: str, *, attributed: bool) -> str | None:
    quoted = quote_spans(text)
    pieces: list[str] = []
    pos = 0
    for start, end, entry in loaded_lexicon().matcher.finditer(fold(text)):
        if entry.kind not in LOADED_KINDS or start < pos:
            continue
        if any(s <= start < e for s, e in quoted):
            continue
        word = text[start:end]
        following = text[end:].lstrip()
        modifies = bool(following[:1].isalpha()) and not DETERMINER.search(word)
        # After "is", "are", "has been" an "-ing" word is the verb ("Calls are growing
        # for ..."): dropping it leaves no predicate, so it is kept as the source's word.
        predicate = bool(_COPULA.search(text[pos:start])) and word.lower().endswith("ing")
        if not predicate and (entry.kind == "intensifier" or (
                modifies and word.lower().endswith("ly"))):
            pieces.append(_before_dropped(text[pos:start], following))  # it only grades
        elif attributed:
            pieces.append(text[pos:start] + f"“{word}”")  # the source's word, shown as such
        elif not predicate and modifies and (
                _ADJECTIVE.search(word) or _COMPOUND.search(word)) and not word[:1].isupper():
            pieces.append(_before_dropped(text[pos:start], following))  # the noun stays
        else:
            return None
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _tidy(text: str) -> str:
    text = _ORPHAN_COMMA.sub(lambda m: "" if "(" in m.group() else ",", text)
    text = re.sub(r"\s+([.;:!?])(?=\s|$)", r"\1", text)  # "prolong it ." less a dropped word
    return _SPACES.sub(" ", text).strip()


def _before_dropped(before: str, following: str) -> str:
    """'an outrageous plan' less 'outrageous': the article agrees with the next word."""
    found = re.search(r"\b([Aa]n?)\s+$", before)
    if found is None:
        return before
    article = "an" if following[:1].lower() in "aeiou" else "a"
    article = article.capitalize() if found.group(1)[0].isupper() else article
    return before[: found.start(1)] + article + " "
