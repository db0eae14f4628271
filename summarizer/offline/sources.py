"""Who is reporting: find the source a sentence names, and what kind it is.

Patterns, all matched outside quotation marks: "according to X", "X said (that)",
"'...,' said X", "first reported by X", "X, in a statement to OUTLET, ...",
"X, the role, said", "The role, X, said". The source is kept exactly as written; its
kind comes from word lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from summarizer.offline.group_states import group_state
from summarizer.offline.source_kinds import classified_by, kind_of, named_kind, trim_np
from summarizer.offline.subjects import closing_first, subject_verb
from summarizer.schema import AttributionType
from summarizer.text import lexicon

# "'...,' said NP"
_VERB_SUBJECT = re.compile(
    r"[’”\"]\s*,?\s*(?P<verb>said|says|added|adds|wrote|writes|asked|explained|noted|"
    r"insisted|warned|claimed|argued|told)\s+(?P<np>[^,.;:—–]{1,90})"
)
# "..., said the district attorney's office.": the verb before its subject at the end of the
# sentence, the inversion news style uses for a closing speaker, with or without a quotation.
_SAID_LAST = re.compile(
    r",\s+(?P<verb>said|says|added|adds|wrote|writes|explained|noted|insisted|warned|"
    r"claimed|argued|reported|reports|announced|told\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)*)"
    r"\s+(?P<np>[^,;:—–“”\"]{1,90}?)\s*[.!]?$"
)
# A headline: "..., Reveals Reuters", "... 'A Desperate Bargain' Says Analysts", and in sentence
# case "Striker faked injury, say sources", "..., claim insiders": the verb before its subject
# after a comma closes the headline, and the subject is the source of all before it.
_HEADLINE = re.compile(
    r"[,’”\"]\s*(?P<verb>Says|Say|Reveals|Reports|Claims|Warns|Finds|Admits|Insists|Argues)"
    r"\s+(?P<np>[A-Z][\w.’'\- ]{1,60})$|,\s*(?P<verb2>says?|claims?|alleges?|reports?)"
    r"\s+(?P<np2>[a-z][\w.’'\- ]{1,40})$"
)
# A headline with the source first: "..., Sources Say", "..., Engineers Warn".
_HEADLINE_NP_FIRST = re.compile(
    r",\s*(?P<np>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})\s+"
    r"(?P<verb>Say|Says|Claim|Claims|Allege|Alleges|Warn|Warns|Report|Reports|Find|Finds)$"
)
# Not inside a relative clause: in "the agency, which, according to a Fox News report, provides
# schooling", the source vouches only for what the agency does, not for the main clause.
_ACCORDING = re.compile(
    r"(?<!which, )(?<!who, )\b(?P<verb>according to|(?:came|comes|come) from)\s+"
    r"(?P<np>[^,;:—–]{1,90})", re.IGNORECASE
)
_STATEMENT_TO = re.compile(
    r"^(?:(?:however|but|meanwhile|yet|and)\b,?\s*)?(?P<np>[^,;]{1,60}),\s+(?P<verb>in\s+(?:a|an)\s+"
    r"(?:statement|interview|op-ed|letter|post|message|call)\s+(?:to|with))\s+"
    r"(?P<to>[^,;]{1,60}),", re.IGNORECASE
)
# Asides between a subject and its verb: a relative clause (", who asked not to be named,"), an
# age, a participle of speaking or publishing, a medium (", in a report published in May,"),
# followed by the verb, not by a new noun phrase.
_RELATIVE = re.compile(r"(?:,\s+(?:(?:who|which|speaking|writing|published|released|issued|dated|"
                       r"filed|signed|in\s+(?:a|an|its|his|her|their)(?!\s+(?:statement|interview|"
                       r"op-ed|letter|post|message|call)\s+(?:to|with)\b))\s[^,;]{1,120}|\d{1,3}))+,"
                       # A noun phrase after it starts a new clause: the aside closed a relative
                       # clause on an object ("... to Ivo Marsh, who ran the fund, the office said")
                       r"(?!\s+(?:the|a|an|its|his|her|their|this|these|those)\b|\s+[A-Z])")
# "..., said Lakeport's current mayor, Annette Blume.": the name in apposition to the role.
_APPOSED_NAME = re.compile(r"\s*,\s+(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})\s*[.,]")
# "..., photographs show." / "Naps linked to memory, study finds": the source after the claim.
_DOCUMENT_TAIL = re.compile(r",\s+(?P<np>[^,;:]{2,50}?)\s+(?P<verb>show|shows|showed|finds|found|"
                            r"suggests|says)[.!]?$", re.IGNORECASE)
# "Marenova Lines, which operates the ship, said": 'which' is the relative pronoun for things, so
# the name it takes up is an organisation, however much it looks like a person's ('who').
_WHICH = re.compile(r",\s+which\b")
_AFTER_QUOTE = re.compile(r"[’”\"]\s*,?\s+")
# Words without which no pattern here can match, besides the reporting and 'by' verbs.
_TRIGGER_WORDS = frozenset({"according", "by", "from", "statement", "interview", "op-ed",
                            "letter", "post", "message", "call"})
_LETTERS = re.compile(r"[a-z]+")
# group: bracketed tags. "The Department of Transport (DOT) announced", "Mitch Brill (R-Ky.)
# said": an abbreviation or a party tag in brackets names the same subject again; it does not
# open a clause, so it is blanked before clause starts are looked for.
_BRACKET_TAG = re.compile(r"\s\([A-Z][\w.–—-]{0,11}\)")
# group: a speaker's label. "Sen. Ada Brill: “Anything short of ...”": a name and a colon before
# a quotation, as in transcripts and lists of reactions, names who is quoted.
_COLON_SPEAKER = re.compile(
    r"^(?P<np>(?:[A-Z][\w.’'-]*\s+){1,4}[A-Z][\w’'-]*):\s+[“\"‘]")  # two words: not "Update:"
# "according to the 1999 inquiry commission": what follows 'according to' is a source even when
# the word lists do not know its head; a definite one is identified, an indefinite one is not.
# A digit or a capital after the first word marks a particular body ("the 1999 inquiry
# commission"), not a schedule or a rule ("according to the timetable", which states a fact).
_DEFINITE = re.compile(r"(?i:the|its|his|her|their)\s")
_SPECIFIC = re.compile(r"\s\S*[A-Z0-9]")
# A time adverbial before the verb ("Halloran, the mayor, on Monday denied") does not end a subject.
# group: party and state tags. "Sen. Ada Brill, D-Vt., said", "Ada Brill, Utah Republican, said":
# up to three capitalised words in apposition, with no determiner, describe the name before them.
_TAG = r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2}"
_WHEN = r"(?:(?:on|last|this|late|early|earlier)\s+[A-Za-z]+\s+)?"
# A possessor of a role: "Kerry's", "Mayor Ana Ruiz's" (a name of up to four words).
_OWNER = r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}[’']s"


@dataclass(frozen=True)
class _Lexical:
    """The patterns built from the lexicon's verb lists."""

    appositive: re.Pattern[str]
    role_appositive: re.Pattern[str]
    by: re.Pattern[str]
    triggers: frozenset[str]


def _alternation(entries: Iterable[str]) -> str:
    return "|".join(re.escape(entry) for entry in entries)


@cache
def _lexical() -> _Lexical:
    """Build the patterns from the lexicon on first use (longest verb first)."""
    verbs = lexicon.words("sources", "reporting_verbs")
    by_verbs = lexicon.words("sources", "source_by_verbs")
    aux = r"(?:(?:" + _alternation(lexicon.entries("sources", "auxiliaries")) + r")\s+)*"
    roles = _alternation(sorted(lexicon.words("sources", "titles", "spokespeople"),
                                key=lambda r: (-len(r), r)))
    verb = aux + r"(?P<verb>" + _alternation(sorted(verbs, key=lambda v: (-len(v), v))) + r")\b"
    return _Lexical(
        # "Maria Lopez, the chief executive of Acme, said": the name before the apposition,
        # also after a quotation ("“...,” Lopez, now a councillor, said"); the role may be a
        # bare office noun, as news style writes it ("Ana Ruiz, spokeswoman for Acme, said").
        appositive=re.compile(
            r"(?:^|[,;—–]\s+|[’”\"]\s+)(?P<np>[A-Z][\w.’'\-]*(?:\s+(?:and\s+)?[A-Z][\w.’'\-]*)"
            r"{0,6}),\s+(?P<role>(?:(?:now|then|previously|formerly|also)\s+)?"
            # "Ivo Marsh and Ana Ruiz, both councillors, said": two speakers, one role
            r"(?:(?:the|a|an|its|his|her|their|both)\s+[^,;]{1,110}|(?:" + roles + r")\b[^,;]{0,80}"
            # a possessive role: "Ivo Marsh, Kerry's harbour chief, said"
            + r"|" + _OWNER + r"\s+[^,;]{1,80})|" + _TAG + r"),\s+" + _WHEN + verb
        ),
        # "His lawyer, Ahmed Rahman, said": a role first, then the name between commas.
        # A possessive may stand for the determiner: "Pennick's lawyer, Victor Amsel, argued".
        role_appositive=re.compile(
            r"^(?:(?i:the|a|an|its|his|her|their|our)|" + _OWNER + r")\s+[^,;]{1,70},\s+"
            r"(?P<np>[A-Z][\w.’'\-]*"
            r"(?:\s+[A-Z][\w.’'\-]*){0,4}),\s+" + _WHEN + verb
        ),
        # "first reported by X", "a memo obtained by X"
        by=re.compile(
            r"\b(?:first\s+|originally\s+)?(?P<verb>(?:" + _alternation(sorted(by_verbs))
            + r")(?:\s+on\s+[A-Z][a-z]+)?\s+by)\s+(?P<np>[^,;:—–]{1,90})"
        ),
        triggers=verbs | by_verbs | _TRIGGER_WORDS | lexicon.words("sources", "document_verbs"),
    )


@dataclass(frozen=True)
class Source:
    """A source named in a sentence.

    Attributes:
        type: kind of source.
        text: the source as written.
        verb: the reporting verb or phrase that introduced it.
        named: True when a reader could look the source up (a name, an outlet).
        pronoun: True when the source is a pronoun to resolve from context.
        outlet: the outlet a named speaker spoke to ("in a statement to X"), if any.
        vague: True when the source is identifiable only roughly ("the utility").
    """

    type: AttributionType
    text: str
    verb: str
    named: bool
    pronoun: bool = False
    outlet: str | None = None
    vague: bool = False


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for i in range(s + 1, max(s + 1, e - 1)):
            chars[i] = "x"
    return "".join(chars)


def find_source(text: str, spans: list[tuple[int, int]]) -> Source | None:
    """The source the sentence names for what it says, if any.

    Args:
        text: the sentence.
        spans: its quoted passages, whose words are never taken as the source.

    Returns:
        The source, or None when the sentence names no one.
    """
    headline = not text.rstrip().endswith((".", "!", "?", "…", "’", "”", '"'))
    colon = _COLON_SPEAKER.match(text) if ":" in text else None
    labelled = kind_of(colon.group("np")) if colon is not None else None
    if colon is not None and labelled is not None and labelled[1] and not labelled[3] and (
            labelled[0] in (AttributionType.NAMED_PERSON, AttributionType.NAMED_ORGANIZATION)):
        return Source(labelled[0], colon.group("np"), ":", True)  # a person or body, no label
    group = group_state(text)  # "Democrats are worried that ...": the group's view
    if group is not None:
        return Source(group[0], group[1], group[2], group[3], vague=group[4])
    lexical = _lexical()
    if not headline and lexical.triggers.isdisjoint(_LETTERS.findall(text.lower())):
        return None  # no reporting verb, 'according to', 'by' or 'from': nothing to find
    masked = _RELATIVE.sub(lambda m: " " * len(m.group()), _mask(text, spans))
    if "(" in masked:
        masked = _BRACKET_TAG.sub(lambda m: " " * len(m.group()), masked)
    m = _STATEMENT_TO.search(masked)
    if m:
        # The speaker, not the channel: "Trump, in a statement to the Financial Times, called
        # ..." is Trump on the record, speaking through the outlet.
        np_text = text[m.start("np") : m.end("np")].strip()
        speaker = kind_of(np_text)
        outlet = trim_np(text[m.start("to") : m.end("to")])
        if speaker is not None and outlet:
            kind, named, pronoun, vague = speaker
            return Source(kind, np_text, m.group("verb"), named, pronoun, outlet=outlet,
                          vague=vague)
    document = _document_source(text, masked)
    if document is not None:
        return document
    patterns: tuple[re.Pattern[str] | None, ...] = (
        _ACCORDING, lexical.by, _VERB_SUBJECT, _SAID_LAST, lexical.appositive,
        lexical.role_appositive,
        None,  # None: subject-verb clauses
    )
    if headline:
        patterns = (_HEADLINE, _HEADLINE_NP_FIRST, *patterns)
    for pattern in patterns:
        for np_start, np_end, verb in _candidates(pattern, masked):
            np_text = text[np_start:np_end]
            if pattern in (_ACCORDING, lexical.by):
                np_text = trim_np(np_text)
            elif pattern is None:
                np_text = _AFTER_QUOTE.split(np_text)[-1]
            found = kind_of(np_text.strip())
            if found is None and pattern is _ACCORDING and _SPECIFIC.search(np_text):
                np_text = text[np_start:np_end].strip(" .")
                definite = _DEFINITE.match(np_text) is not None
                found = ((AttributionType.NAMED_ORGANIZATION, True, False, True) if definite
                         else (AttributionType.ANONYMOUS, False, False, False))
            if (found is None or found[3]) and pattern is _VERB_SUBJECT:  # a name beats an office
                apposed = _APPOSED_NAME.match(masked, np_end)
                if apposed:
                    np_text = apposed.group("name")
                    found = kind_of(np_text)
            if found is None:
                continue
            kind, named, pronoun, vague = found
            if pattern is None and kind is AttributionType.NAMED_PERSON:
                kind, named = named_kind(np_text.strip(), masked, np_end, verb)
            if pattern is lexical.appositive and kind is AttributionType.NAMED_PERSON:
                kind = classified_by(masked, np_end) or kind
            if kind is AttributionType.NAMED_PERSON and _WHICH.match(text, np_end):
                kind = AttributionType.NAMED_ORGANIZATION  # 'which' refers to no person
            if named and _withheld(text, np_text, np_end, verb):
                kind, named, vague = AttributionType.ANONYMOUS, False, False
            return Source(kind, np_text.strip(" ,‘’“”\"'"), verb.lower(), named, pronoun,
                          vague=vague)
    return None


def _withheld(text: str, np_text: str, np_end: int, verb: str) -> bool:
    """Whether an aside between the source and its verb withholds the speaker's name: "An
    engineer at Harlow Marine, who would not give her name, told us". The phrase names only the
    group the speaker belongs to; the speaker asked to stay unknown, so no reader could check who
    stands behind the words (anonymous, annotation guide). A spokesperson is the exception: an
    unnamed spokesperson still speaks for the body on the record ("a spokeswoman for Acme")."""
    if not lexicon.words("sources", "spokespeople").isdisjoint(np_text.lower().split()):
        return False
    at = text.find(verb, np_end)
    aside = text[np_end:at].lower() if at > np_end else ""
    return "," in aside and any(
        phrase in aside for phrase in lexicon.entries("sources", "anonymous_phrases"))


def _document_source(text: str, masked: str) -> Source | None:
    """A record or study as the subject of a verb of stating: "Court filings show that ...",
    "Inspection records published by the commission show ...", "..., photographs show."
    Tried before the 'by' pattern, whose agent here only modifies the document."""
    tail = _DOCUMENT_TAIL.search(masked)
    candidates = [(tail.start("np"), tail.end("np"), tail.group("verb"))] if tail else []
    # document verbs first: in "records published by the commission show", 'published' is
    # a reporting verb inside the subject
    candidates += subject_verb(masked, lexicon.words("sources", "document_verbs"))
    candidates += subject_verb(masked, lexicon.words("sources", "reporting_verbs"))
    for np_start, np_end, verb in candidates:
        np_text = text[np_start:np_end].strip(" ,")
        found = kind_of(np_text)
        if found is not None and found[0] is AttributionType.DOCUMENT:
            return Source(found[0], np_text, verb.lower(), found[1], vague=found[3])
    return None


def _candidates(
    pattern: re.Pattern[str] | None, masked: str
) -> Iterator[tuple[int, int, str]]:
    """(NP start, NP end, verb) for each match of `pattern`; None: subject-verb clauses."""
    if pattern is None:
        tail = masked.rfind(",")  # only a short last clause can hold a closing speaker
        closing = tail > 0 and masked.count(" ", tail) <= 10 and not lexicon.words(
            "sources", "reporting_verbs").isdisjoint(_LETTERS.findall(masked[tail:]))
        yield from closing_first(list(subject_verb(masked)), masked) if closing else (
            subject_verb(masked))
        return
    for m in pattern.finditer(masked):
        if m.group("np") is None:  # the second form of `_HEADLINE`
            yield m.start("np2"), m.end("np2"), m.group("verb2")
            continue
        yield m.start("np"), m.end("np"), m.group("verb")


_TYPE_NAMES = {
    AttributionType.NAMED_PERSON: "named person",
    AttributionType.NAMED_ORGANIZATION: "named organisation",
    AttributionType.NEWS_OUTLET: "named outlet",
    AttributionType.DOCUMENT: "named document",
    AttributionType.ANONYMOUS: "anonymous source",
}
_DOCUMENT_HEAD = re.compile(
    r"\b(?:report|study|survey|exposé|expose|investigation|analysis|document|documents|memo|"
    r"dossier|leak|leaks|audit|review|poll)\b", re.IGNORECASE
)


def describe(source: Source) -> str:
    """A reader-facing description of a source, e.g. "named outlet: 'Axios' (...)"."""
    kind = _TYPE_NAMES.get(source.type, "source")
    if source.type is AttributionType.ANONYMOUS and _DOCUMENT_HEAD.search(source.text):
        kind = "unnamed document"
    text = f"{kind}: '{source.text}'"
    if source.outlet:
        text += f" (speaking to '{source.outlet}')"
    return f"{text} (reporting verb '{source.verb}')" if source.verb else text
