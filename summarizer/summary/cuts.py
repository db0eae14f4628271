"""Where a sentence may be cut, and what may go without a cut, when a point is too long.

What goes whole, as its punctuation says it can:
- a short aside in brackets without a verb (a party tag "(R-Ky.)", an abbreviation);
- an aside between paired dashes;
- an aside between paired commas right before the main verb (an appositive or a
  parenthetical between subject and verb: "Salas' husband, a lawyer, answered").

Where a sentence may stop: before a trailing adverbial or relative clause after the main
clause ("... violated its policies by refusing to release ...", "... was dealt a blow
Tuesday when voters rejected ..."); the main clause is a whole statement, and what follows
adds how, when, why or more about whom (`cut_adjunct`). Every result keeps a main clause
(`summary/clauses.has_main_clause`).

A signpost ("Here's what you need to know.") says only that something follows: it is no
point at all (`signpost`).
"""

from __future__ import annotations

import re
from itertools import islice, pairwise

from summarizer.offline.cues import quote_spans
from summarizer.summary.clauses import (
    DASH,
    SUBORDINATE,
    WORD,
    adverbs,
    has_finite_verb,
    has_main_clause,
    is_finite,
)
from summarizer.text import lexicon

# A presentative "here" or an imperative addressed to the reader.
_SIGNPOST = re.compile(r"(?:Here(?:['’]s| is| are)|(?:Watch|Read|Click|See|Forget|Think|Imagine|"
                       r"Consider|Look|Take a look|Sign up|Subscribe|Meet|Remember)\b)")
# A short aside in brackets: a party tag, an abbreviation, a gloss.
_BRACKETED = re.compile(r"\s\((?P<aside>[^()“”\"]{1,40})\)(?=[\s,.;:])")


def signpost(text: str) -> bool:
    """True when the sentence points at the rest of the article or speaks to the reader
    instead of reporting: "Here's what you need to know.", "Here are the candidates'
    claims.", "Watch the full interview.", "Think about it this way:", "If you disagree,
    here's how to argue." It also holds for a verb of saying with nothing said ("Politico
    reported, citing interviews with aides."). A summary point must say something on its
    own; these say only that something follows, or that something was said."""
    return (bool(_SIGNPOST.match(text.strip(" “‘\"'"))) or _EMPTY_REPORT.match(text) is not None
            or any(not any(s <= m.start() < e for s, e in quote_spans(text))
                   for m in _POINTER.finditer(text)))


# "..., here's how to ...", "here is what we know": after a leading clause the presentative
# still points at what follows in the article, not at anything the sentence reports.
_POINTER = re.compile(r"\b[Hh]ere(?:['’]s| is| are) (?:how|what|why|where|who|when)\b")


# A verb of saying with nothing said ("Politico reported, citing interviews with aides.",
# "Trump tweeted Friday."): the report's content was in another sentence, and alone the
# line says only that someone said something. A quotation or "that" would be its content.
_EMPTY_REPORT = re.compile(
    r"^[A-Z][\w.’'-]*\s(?:[\w.’'-]+\s){0,4}(?:said|says|reported|reports|wrote|writes|added|adds|tweeted|"
    r"posted|announced)(?:\s(?:on\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|today|yesterday))?(?:,\s(?:citing|according|adding|saying)\b[^“”\"]*)?\.$")


# After a comma, a name or a few words and then "and"/"or" ("..., Canada and the United
# Kingdom said ...") continue a list begun before the comma.
_ONE_WORD_ITEM = re.compile(r"^[\w’'-]+\.?,\s")
_LIST_TAIL = re.compile(r"^(?:[A-Z][\w.’'-]*\s+){1,4}(?:and|or)\s|^(?:[\w’'-]+\s+){0,2}"
                        r"[\w’'-]+,\s(?:and|or)\s")


def end_sentence(head: str) -> str:
    """`head` closed with a full stop, unless it already ends on one ("... storm the U.S."):
    an abbreviation's full stop ends the sentence as well."""
    head = head.rstrip()
    return head if head.endswith(".") else head + "."


def holds_together(tail: str, head: str = "") -> bool:
    """True when a comma joins what no cut may part (`head` is the text before it, `tail`
    the text after). The words after it continue a list ("officials from the United
    States, Canada and Britain said ..."): a cut would leave the list's first item alone
    and lose what the list's clause says. A one-word item on either side of the comma
    ("racist, offensive, crude posts") is a series of modifiers or names, never a clause:
    no clause is one word long. "that" after a comma opens the object clause of a verb an
    aside held apart from it ("the minister said in the recording, reported on Sunday,
    that ..."): a relative "that" never follows a comma, and the verb needs its object."""
    if _LIST_TAIL.match(tail) is not None or _ONE_WORD_ITEM.match(tail) is not None:
        return True
    if re.match(r"that\s", tail):
        return True
    # "An officer who raised concerns over the push, | arrived in uniform to testify": the
    # head is a subject and its relative clause (no verb before "who"), so a verb right
    # after the comma is the subject's own. After a main clause a past form there opens a
    # participle phrase (", backed by ...") and may go.
    first, before = WORD.match(tail), WORD.findall(head)[-1:]
    relative = re.search(r"\b(?:who|which|that)\b", head)
    if first is not None and before and relative and first.group()[:1].islower() and (
            is_finite(first.group(), before[0])) and not has_finite_verb(
            head[: relative.start()]) and first.group().lower() not in lexicon.words(
            "sources", "reporting_verbs"):
        return True
    return "," in head and len(WORD.findall(head.rsplit(",", 1)[1])) == 1


def drop_brackets(text: str) -> str:
    """`text` without its short bracketed asides that have no verb of their own: a party
    tag or an abbreviation ("McConnell (R-Ky.)", "the Department of Justice (DOJ)")."""
    return _BRACKETED.sub(lambda m: "" if not has_finite_verb(m["aside"]) else m.group(), text)


def drop_asides(text: str) -> str:
    """`text` without its asides: short ones in brackets ("McConnell (R-Ky.) said"), those
    between paired dashes, and a comma-enclosed one standing between the subject and its
    verb; quotations are never touched."""
    text = drop_brackets(text)
    quoted = quote_spans(text)

    def outside(start: int) -> bool:
        return not any(s <= start < e for s, e in quoted)

    # Spaced dashes of any kind, or em dashes set closed up ("Mountain West—with Texas
    # gaining two seats—as growth slowed"), as US style sets them; a closed-up en dash
    # joins a range ("2010–2020"), not an aside.
    dashed = re.compile(rf"(?:\s{DASH}\s|(?<=\S)—(?=\w))(?P<aside>[^—–]+?)"
                        rf"(?:\s{DASH}\s|(?<=\w)—(?=\w))")
    for found in reversed(list(dashed.finditer(text))):
        if outside(found.start()) and outside(found.end() - 1) and "--" not in found["aside"]:
            # After a leading subordinate clause the aside closed it: a comma still must.
            join = ", " if SUBORDINATE.match(text) and "," not in text[: found.start()] else " "
            if speech_tag(text[found.end():], closing=True):
                join = ", "  # "... in 2010-2020 — the slowest since 1930 — the bureau said."
            text = text[: found.start()] + join + text[found.end():]
    quoted = quote_spans(text)
    commas = [m.start() for m in re.finditer(r",\s", text) if outside(m.start())]
    for first, second in pairwise(commas):
        words = WORD.findall(text[second + 2:])
        before = WORD.findall(text[:first])
        aside = text[first + 2:second]
        if not words or not before or re.match(r"(?:and|or|but|nor)\b", words[0]):
            continue
        own = re.sub(r"\b(?:who|whom|whose|which|that)\b.*", "", aside)  # its own verb, if any
        if any(s < second and e > first for s, e in quoted) or has_finite_verb(own):
            continue
        if words[0].lower() in adverbs() or words[0].endswith("ly"):
            words = words[1:]  # "..., a doctor, first came under fire": the verb is next
        if words and is_finite(words[0], before[-1]) and not SUBORDINATE.match(text):
            return text[:first] + text[second + 1:]
    return text


# A noun phrase begun and not ended: a cut may not stop there.
DETERMINER = re.compile(r"\b(?:the|a|an|this|that|these|those|his|her|its|their|our|such)\s*$",
                         re.IGNORECASE)

# Words that open an adverbial clause or phrase after the main clause: "... violated its
# policies by refusing ...", "... resigned after the vote ...", "... was dealt a blow
# Tuesday when voters rejected ...", a second verb phrase ("A and will B" states A), or a
# relative or infinitive clause that adds to its noun ("..., which ...", "... in which
# ..."; a restrictive one, "participants who had the vaccine", says which ones and stays
# unless the noun is indefinite: "a bill to address X" is still a bill), or a purpose or
# result clause ("... suspended its strikes so that talks could begin", "... so the ferries
# could sail": "so" before a subject opens a clause; "so far", "so many" do not). What
# follows adds how, when, why or more about whom; the main clause before it is a whole
# statement.
_ADJUNCT = re.compile(r"\s(?=(?:by \w+ing|even if|even though|because|after|before|while|"
                      r"when|since|although|though|until|unless|despite|amid|following|"
                      r"in order to|in an effort to|in a bid to|as part of|ahead of|"
                      r"including|in a move to|in the latest|in return for|so that|"
                      r"so (?=(?:the|a|an|they|he|she|it|[A-Z][a-z]+)\b)|"
                      r"which|whereas|who|whose|that|to (?=[a-z]+\b)|"
                      r"and (?=(?:will|would|has|have|had|is|was|are|were|can|could|also|"
                      r"then|later)\b|[a-z]+ed\b))\b)")


def cut_adjunct(text: str, limit: int) -> str | None:
    """The main clause without the trailing adverbial or relative clause that takes it over
    `limit`, cut at the last such opener outside quotation marks that leaves a main clause
    within `limit` and at least eight words long; None when there is none. A relative
    clause takes its preposition with it ("a month in which ..." goes from "in"), and an
    appositive after a dash that only the relative clause gave content to goes as well
    ("in March -- a month in which ...", "on Friday, a project on which ..."): neither
    stands without what follows."""
    quoted = quote_spans(text)
    # Only an opener within the first `limit` words (and a few to strip) can leave a head
    # that short: the rest are not tried, so a very long sentence costs linear time.
    gaps = [m.start() for m in islice(re.finditer(r"\s+", text), limit + 8)]
    cutoff = gaps[-1] if len(gaps) == limit + 8 else len(text)
    for found in reversed([f for f in _ADJUNCT.finditer(text, 0, cutoff + 1)]):
        if any(s <= found.start() < e for s, e in quoted) or _MEASURED.search(
                text[: found.start()]):
            continue
        head = text[: found.start()].rstrip(" ,;:—–-")
        while (last := _TRAILING.search(head)) is not None:
            head = head[: last.start()].rstrip(" ,;:—–-")
        if text[found.start():].startswith(" to ") and _TAKES_INFINITIVE.search(head):
            continue  # "a resolution intended | to fund ...": the infinitive completes it
        if text[found.start():].startswith(" and ") and re.search(r"\bboth\b(?!.*\band\b)",
                                                                   head, re.IGNORECASE):
            continue  # "had both unveiled X | and announced Y": "both" needs its "and"
        relative = re.match(r"\s(?:which|who|whose|that|to)\b", text[found.start():])
        between = text[len(head): found.start()]
        if relative and not between.strip() and not _loosens(head):
            continue  # a restrictive relative clause says which ones: it cannot go
        if relative:
            # "... to confirm Barrett in a move | that makes her ...": a light noun says
            # nothing without its clause, so its phrase goes with it
            head = _LIGHT_PHRASE.sub("", head).rstrip(" ,;:—–-")
        appositive = re.search(rf"(?:,|\s{DASH})\s(?P<rest>[^,—–-]+)$", head)
        if appositive and len(appositive["rest"].split()) <= 4:
            head = head[: appositive.start()].rstrip(" ,;:")
        if (8 <= len(head.split()) <= limit and not DETERMINER.search(head)
                and has_main_clause(head)):
            return end_sentence(head)
    return None


_LIGHT_PHRASE = re.compile(r"\s+(?:in|as)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:move|step|bid|effort|way|"
                           r"decision|development|sign)$")


def _loosens(head: str) -> bool:
    """True when dropping a restrictive relative clause after `head` keeps the statement
    true: the noun is indefinite ("in a faceoff that became a proxy battle": there was a
    faceoff) and nothing before it turns the entailment round ("fewer than ten infections
    were in participants who ...", "did not find a document that ...")."""
    indefinite = re.search(r"\b(?:a|an)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+$", head,
                           re.IGNORECASE)
    return bool(indefinite) and not _DOWNWARD.search(head)


# A participle or adjective that takes an infinitive ("intended to", "forced to", "set to",
# "likely to"): cut before "to" and it is left with half its phrase ("a resolution intended.").
_TAKES_INFINITIVE = re.compile(r"(?:\w+ed|set|able|unable|likely|unlikely|poised|due|ready|"
                               r"eager|willing|about|going|meant|bound)$", re.IGNORECASE)


# "three days after Election Day", "months after Congress acted": a span of time measured
# from an event is one phrase; cut before "after" and the span points at nothing.
_MEASURED = re.compile(r"\b(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|"
                       r"moments?|shortly|soon|long|right|just)$", re.IGNORECASE)
_DOWNWARD = re.compile(r"\b(?:not|no|never|without|fewer|less|few|only|neither|nor|none|"
                       r"at most|hardly|rarely)\b|n't\b", re.IGNORECASE)
_TRAILING = re.compile(r"\s+(?:and|or|but|in|on|at|by|for|with|from|to|into|of|under|"
                       r"through|during|over|about|against|among|upon|within)$", re.IGNORECASE)


def speech_tag(rest: str, *, closing: bool = False) -> bool:
    """`rest` opens with a speech tag: a speaker and a verb of saying ("the bureau said.",
    "said Ana Ruiz on Monday.", "House managers argued Wednesday as they opened ...");
    with `closing`, the tag also ends the sentence (after an aside it still needs the
    comma the dash stood for)."""
    words = WORD.findall(rest)
    said = lexicon.words("sources", "reporting_verbs")
    verb = next((n for n, w in enumerate(words[:6]) if w.lower() in said), None)
    if verb is None or (closing and (len(words) > 8 or re.search(r"[,;:]", rest))):
        return False
    if not closing:  # a speaker before the verb: a name, or a noun phrase begun by its article
        return verb > 0 and (words[0][:1].isupper() or words[0].lower() in (
            "the", "a", "an", "his", "her", "its", "their", "officials", "sources", "he", "she",
            "they", "it"))
    after = words[verb + 1:]
    # Inverted ("said the bureau"), the speaker follows: a name or a determiner.
    speaker = verb > 0 or bool(after and (after[0][:1].isupper() or after[0].lower() in (
        "the", "a", "an", "his", "her", "its", "their")))
    return speaker and not has_finite_verb(" ".join(after))  # not "said the port would"
