"""Whether a sentence, or what is left of one after a cut, still has a main clause.

A summary point shortened at a clause boundary must still be a sentence: a subject and a
finite verb that are not inside a subordinate clause. The cuts that break this, and why:
- a leading subordinate clause ("After X won the race in 2017, ...") is only the scene:
  the main clause is after its comma, so the part before it is no sentence;
- a fronted participle or prepositional phrase ("Using his tweets against him, ...",
  "Four years after losing there, ...") has no finite verb of its own;
- a subject cut off before its verb ("A senior counsel, in a note to the judge, ...") leaves
  a noun phrase;
- "X reported that Y" is whole only when the clause after "that" has its own verb, and a
  trailing clause ("... when Y", "... who Y") only when Y has its verb.

The finite-verb test is a heuristic without a tagger: auxiliaries and modals, verbs of
saying, common irregular past forms, an "-ed" form not introduced by a determiner or a
participle-taking word, an "-s" form after a name or a pronoun, and any verb-like word
right after a personal pronoun subject. It errs towards finding a verb, so it rejects only
what plainly has none.

Where a sentence may be cut, and what may go without a cut, is `summary/cuts.py`.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.offline.cues import quote_spans
from summarizer.text import lexicon

# Words that open an adverbial clause: what follows up to its comma or dash is subordinate.
SUBORDINATE = re.compile(
    r"^(?:(?:And|But|So)\s+)?(?:After|When|Whenever|Although|Though|Even though|Even if|If|"
    r"Because|While|Whilst|As|Since|Before|Until|Unless|Once|Whereas|Whether|Now that|"
    r"So that|In order to|Despite|Following|Amid|Like|"
    r"(?:\w+ )?(?:[Yy]ears?|[Mm]onths?|[Ww]eeks?|[Dd]ays?|[Hh]ours?) "
    r"(?:after|before|since|later))\b")


def adverbs() -> frozenset[str]:
    """Adverbs that may stand between a subject and its verb ('The mayor later said')."""
    return lexicon.words("clauses", "clause_adverbs")


# A clause cut off before its object or its relative clause ends on a function word.
_DANGLING = re.compile(r"(?<!\ball )\b(?:in|of|on|at|by|for|with|from|to|into|about|than|which|"
                       r"who|whose|and|or|but|not|the|a|an)\W*$", re.IGNORECASE)
# "... the minister said that.": a reported clause begun and never written.
_SAID_THAT = re.compile(r"\b(?P<verb>\w+)\s+(?:[a-z]+ly\s+|(?:on\s+)?[A-Z][a-z]+day\s+)?"
                        r"that\W*$")
# Conjunctions and relative pronouns that open a clause after the main one; what follows
# one needs its own verb. ("after", "before", "since" are prepositions as often: left out.)
_CLAUSE_OPENER = re.compile(r"\b(?:when|whenever|because(?! of)|although|though|unless|whereas|"
                            r"if(?! (?:any|ever|so|not|necessary)\b)|who|whom|which|"
                            # "concerns that a deal ...": before an article "that" is no
                            # demonstrative, it opens a clause
                            r"that(?=\s+(?:a|an|the)\s))\s",
                            re.IGNORECASE)
# Verbs that need what is said after them ("Republicans say the supplement ..."): with no
# verb of its own after it, the reported clause was cut off.
_SAYS_WHAT = re.compile(r"\b(?:said|says|say|added|noted|argued|claimed|insisted|stated)\b")
_SAID_WHOLE = ("no", "yes", "so", "nothing", "otherwise")  # "The council says no."
# ", but in light of new data" at the end: a coordinator and a fronted phrase of the next
# clause, its verb cut off.
_CUT_COORDINATION = re.compile(r",\s(?:and|but|or|yet)\s+(?:in|of|on|at|for|with|from|by|to|"
                               r"after|before|under|over|amid|among|despite)\b[^,]*$",
                               re.IGNORECASE)
# A relative clause after a comma, on the noun right there ("..., which was opened",
# "..., a law that bans ..."): its verb is not the main clause's.
_RELATIVE = re.compile(r",\s(?P<noun>[^,]*?)\b(?:that|which|who|whom|whose)\b[^,]*,?")
# An adverbial clause set off by commas ("The report, when finished and released, ..."):
# its verb is not the main clause's either.
_ADVERBIAL = re.compile(r",\s(?:when|whenever|if|once|while|although|though|unless|because|"
                        r"after|before|as soon as|until)\b[^,]*,?")
# A prepositional phrase set off by commas ("The photographs, from two cameras near the
# quay, showed ..."): a preposition's object is a noun phrase, so a plural noun in it
# ("cameras", "offices") is no verb of the main clause.
_PREPOSITIONAL = re.compile(r",\s(?:from|in|at|on|with|by|for|of|under|over|during|near|outside|"
                            r"inside|across|between|among)\s(?![^,]*\b(?:that|which|who|whom|"
                            r"whose)\b)[^,]*(?:,|$)")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_NUMBER = re.compile(r"\d[\d,.]*")
_RANGE_END = re.compile(r"\d[\d,.]*\s*(?:to|-|–)\s*$")
_THAT = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:[a-z]+ly\s+|(?:on\s+)?[A-Z][a-z]+day\s+)?"
                   r"that\s+(?=\S)")
DASH = r"(?:—|–|--?)"


@cache
def _stop() -> frozenset[str]:
    return lexicon.words("stop_words", "claim_stop_words") | lexicon.words("clauses",
                                                                           "number_words")


@cache
def _saying() -> frozenset[str]:
    return lexicon.words("sources", "reporting_verbs")


def is_finite(word: str, before: str | None) -> bool:
    """True when `word` reads as a finite verb given the word `before` it (None at the start)."""
    lower = word.lower().replace("’", "'")
    prev = (before or "").lower().replace("’", "'")
    auxiliaries = lexicon.words("clauses", "auxiliaries")
    not_finite_before = lexicon.words("clauses", "not_finite_before")
    pronouns = lexicon.words("clauses", "subject_pronouns")
    if not word[:1].islower() and before is not None:
        return False  # inside a sentence a capital starts a name or a month ("in May")
    if lower in auxiliaries or lower.endswith("n't"):
        return prev != "to"  # "to have", "to be": an infinitive
    if not word[:1].islower():
        return False
    if lower in lexicon.words("clauses", "irregular_pasts") or lower in _saying():
        return prev not in not_finite_before or prev in ("that", "who")
    if (lower in lexicon.words("clauses", "naming_participles") and not (before or "")[:1].isupper()
            and prev not in pronouns):
        return False  # "a teacher named Ana Ruiz": a participle naming the noun before it
    if lower.endswith("ed") and len(lower) > 3:
        return prev not in not_finite_before
    if lower in _stop() or (prev.endswith("'s") and prev not in auxiliaries):
        return False  # "as", "its" ...; after a possessive ("Trump's tweets") a noun
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is", "ous")) and before:
        if before[:1].isupper():
            return prev not in _stop() or prev in pronouns
        return (prev not in not_finite_before
                and prev not in lexicon.words("clauses", "number_words")
                and not re.search(r"(?:al|ic|ive|ous|ful|(?<!m)ent|ant|ern|ed|[0-9])$", prev))
    if lower.endswith(("ing", "ly")) or lower in _stop() or lower in not_finite_before:
        return False
    # A plain present after a plural subject: "the two leaders meet", "states hold".
    plural = prev.endswith("s") and not prev.endswith(("ss", "us", "is", "'s")) and (
        prev not in _stop())
    # After "who" a plain form is the verb of a relative clause on a plural noun ("voters
    # who earn less"); after "it" a plain form is no verb ("it cost" is past, found above).
    return prev in pronouns - {"it"} or plural


def has_finite_verb(text: str) -> bool:
    """True when some word of `text` reads as a finite verb: outside quotation marks first,
    else inside one (a quoted sentence is a sentence: "“We will sign,” she said")."""
    quoted = quote_spans(text)
    found = list(WORD.finditer(text))
    inside = [any(s <= m.start() < e for s, e in quoted) for m in found]
    for quotes in (False, True):
        previous: str | None = None
        end = 0
        for match, within in zip(found, inside, strict=True):
            number = _NUMBER.search(text, end, match.start())
            if number is not None:
                # "more than 300,000 workers", "in 30 years": a quantity of the noun after
                # it; the second number of a range ends a subject ("The vote of 220 to 211
                # sends"), and a verb may follow.
                ranged = _RANGE_END.search(text, 0, number.start()) is not None
                previous = "it" if ranged else number.group()
            if within == quotes and is_finite(match.group(), previous) and not _participle(
                    text, match):
                return True
            if match.group().lower() not in adverbs():
                previous = match.group()  # "They now go": the verb follows the subject
            end = match.end()
    return False


def _participle(text: str, word: re.Match[str]) -> bool:
    """A past form opening a comma phrase ("..., led by Bass", "..., proposed last year") is
    a participle ("The levy passed by seven votes" is not: no comma); a plural noun before a
    comma ("The fee increases, ...") is no verb."""
    lower = word.group().lower()
    before = text[: word.start()].rstrip()
    after = text[word.end():]
    past = lower.endswith("ed") or lower in lexicon.words("clauses", "irregular_pasts")
    if past and before.endswith(",") and before.count(",") == 1:
        return True  # after the first comma: it opens a phrase; a later comma may close one
    return (lower.endswith("s") and lower not in lexicon.words("clauses", "auxiliaries")
            and lower not in _saying()
            and re.match(r"\s*,", after) is not None)


def main_clause(text: str) -> str | None:
    """The part of `text` after a leading subordinate clause or fronted phrase, or `text`
    itself when it opens with its main clause; None when nothing follows the subordinate
    part (the text is only a subordinate clause)."""
    if text[:1] in "“‘\"'":
        return text  # a quotation first: the frame after it ("..., X said") is the clause
    head = text
    fronted = SUBORDINATE.match(head) or re.match(r"^[A-Z][a-z]+ing\b", head)
    if not fronted:
        return text
    quoted = quote_spans(head)
    for found in re.finditer(rf",\s|\s{DASH}\s", head):
        if not any(s <= found.start() < e for s, e in quoted):
            rest = head[found.end():]
            if not rest.strip(" .") or main_clause(rest[:1].upper() + rest[1:]) is None:
                return None  # "Four years ago, when he spoke in Philadelphia.": no main clause
            return rest
    return None if SUBORDINATE.match(head) else text  # else a gerund subject: "Fighting flared"


def _unless_verb(found: re.Match[str]) -> str:
    """The relative clause dropped, unless a verb comes before it ("..., officials said that")."""
    return found.group() if has_finite_verb(found["noun"]) else ""


def has_main_clause(text: str) -> bool:
    """True when `text` holds a main clause with its finite verb (see the module notes);
    a reported clause ("X said that Y") must have a verb in Y as well."""
    clause = main_clause(text.strip())
    said = _SAID_THAT.search(text)
    if _DANGLING.search(text.strip().rstrip(".")) or (said and said["verb"].lower() in _saying()):
        return False
    cut = _CUT_COORDINATION.search(text.strip().rstrip("."))
    auxiliaries = lexicon.words("clauses", "auxiliaries")
    if cut is not None and not any(w.lower() in auxiliaries for w in WORD.findall(cut.group())):
        return False  # (", but with confidence that we will ..." has its verb)
    own = _PREPOSITIONAL.sub("", _ADVERBIAL.sub("", _RELATIVE.sub(_unless_verb, clause or "")))
    if clause is None or not has_finite_verb(own):
        return False
    quoted = quote_spans(clause)
    opened = [m for m in _CLAUSE_OPENER.finditer(clause)
              if not any(s <= m.start() < e for s, e in quoted)]
    if opened and not has_finite_verb(clause[opened[-1].start():]):
        return False  # "... when Cuccinelli, the deputy secretary": a clause begun, never ended
    for found in _THAT.finditer(clause):
        if found.group("verb") in _saying() and not any(s <= found.start() < e
                                                        for s, e in quoted):
            return has_main_clause(clause[found.end():])
    # "The minister said in the recording.": said what? The reported clause was cut off.
    said = _SAYS_WHAT.search(clause)
    if said is None or "," in clause[: said.start()] or quoted:
        return True
    rest = clause[said.end():]
    return has_finite_verb(rest) or rest.strip(" .").lower() in _SAID_WHOLE
