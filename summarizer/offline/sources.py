"""Who is reporting: find the source a sentence names, and what kind it is.

Patterns, all matched outside quotation marks: "according to X", "X said (that)",
"'...,' said X", "first reported by X", "X, in a statement to OUTLET, ...",
"X, the role, said", "The role, X, said". The source is kept exactly as written; its
kind comes from word lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from summarizer.offline import source_patterns as patterns
from summarizer.offline.group_states import group_state
from summarizer.offline.source_kinds import (
    classified_before,
    classified_by,
    kind_of,
    named_kind,
    trim_np,
)
from summarizer.offline.subjects import closing_first, subject_verb
from summarizer.schema import AttributionType
from summarizer.text import lexicon


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
    colon = patterns.COLON_SPEAKER.match(text) if ":" in text else None
    labelled = kind_of(colon.group("np")) if colon is not None else None
    if colon is not None and labelled is not None and labelled[1] and not labelled[3] and (
            labelled[0] in (AttributionType.NAMED_PERSON, AttributionType.NAMED_ORGANIZATION)):
        return Source(labelled[0], colon.group("np"), ":", True)  # a person or body, no label
    quoted = patterns.QUOTE_HEADLINE.match(text) if headline and ":" in text else None
    for name in patterns.HEADLINE_NAME.findall(quoted.group("rest")) if quoted else ():
        found = kind_of(name)
        if found is not None and found[0] is AttributionType.NAMED_PERSON and found[1]:
            return Source(found[0], name, ":", True)  # the quotation is the named person's
    group = group_state(text)  # "Democrats are worried that ...": the group's view
    if group is not None:
        return Source(group[0], group[1], group[2], group[3], vague=group[4])
    lexical = patterns.lexical()
    if not headline and lexical.triggers.isdisjoint(patterns.LETTERS.findall(text.lower())):
        return None  # no reporting verb, 'according to', 'by' or 'from': nothing to find
    masked = patterns.RELATIVE.sub(lambda m: " " * len(m.group()), _mask(text, spans))
    if "(" in masked:
        masked = patterns.BRACKET_TAG.sub(lambda m: " " * len(m.group()), masked)
    m = patterns.STATEMENT_TO.search(masked)
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
    heard = patterns.HEARD.match(masked)
    if heard is not None:  # the hearing the report is about: a body identified by context
        return Source(AttributionType.NAMED_ORGANIZATION, heard.group("np"), heard.group("verb"),
                      True, vague=True)
    document = _document_source(text, masked)
    if document is not None:
        return document
    order: tuple[re.Pattern[str] | None, ...] = (
        patterns.QUOTED_AS, patterns.ACCORDING, lexical.by, patterns.VERB_SUBJECT,
        patterns.SAID_LAST,
        lexical.appositive, lexical.role_appositive,
        None,  # None: subject-verb clauses
    )
    if headline:
        order = (patterns.HEADLINE, patterns.HEADLINE_NP_FIRST, *order)
    for pattern in order:
        if pattern is patterns.SAID_LAST and _apposed_subject(masked, lexical):
            continue
        for np_start, np_end, verb in _candidates(pattern, masked):
            np_text = text[np_start:np_end]
            if pattern in (patterns.ACCORDING, lexical.by, patterns.QUOTED_AS):
                np_text = trim_np(np_text)
            elif pattern is None:
                np_text = patterns.AFTER_QUOTE.split(np_text)[-1]
                sub = patterns.SUBORDINATE_SPEAKER.search(np_text) if " " in np_text else None
                if sub is not None and sub.start() > 0 and kind_of(np_text[:sub.start()]) is None \
                        and not patterns.LIGHT_MAIN.search(np_text, 0, sub.start()):
                    # "Oil rose after producers signalled ...": what precedes 'after' is a clause,
                    # not a source ("Residents who returned after the flood said" is one)
                    continue
            found = kind_of(np_text.strip())
            # "according to X" names a source whatever X's head; "came from X" does so only when
            # X is a known source noun ("came from behind to win" is motion, not provenance)
            according = pattern is patterns.ACCORDING and verb.lower().startswith("according")
            if found is None and according and patterns.SPECIFIC.search(np_text):
                np_text = text[np_start:np_end].strip(" .")
                definite = patterns.DEFINITE.match(np_text) is not None
                found = ((AttributionType.NAMED_ORGANIZATION, True, False, True) if definite
                         else (AttributionType.ANONYMOUS, False, False, False))
            # a name beats an office
            if (found is None or found[3]) and pattern is patterns.VERB_SUBJECT:
                apposed = patterns.APPOSED_NAME.match(masked, np_end)
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
            if pattern is lexical.role_appositive and kind is AttributionType.NAMED_PERSON:
                kind = classified_before(masked[:np_start]) or kind
            if kind is AttributionType.NAMED_PERSON and patterns.WHICH.match(text, np_end):
                kind = AttributionType.NAMED_ORGANIZATION  # 'which' refers to no person
            if named and _withheld(text, np_text, np_end, verb):
                kind, named, vague = AttributionType.ANONYMOUS, False, False
            return Source(kind, np_text.strip(" ,‘’“”\"'"), verb.lower(), named, pronoun,
                          vague=vague)
    return None


def _apposed_subject(masked: str, lexical: patterns.Lexical) -> bool:
    """Whether the sentence opens "The role, Name, said" or "Name, the role, said": the verb
    already has its subject before it, so the words after it are what was said ("One resident,
    Moira Quinn, said the water rose"), never an inverted closing speaker ("..., said X.")."""
    if masked.count(",") < 2:
        return False
    return any(p.match(masked) is not None
               for p in (lexical.role_appositive, lexical.appositive))


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
    tail = patterns.DOCUMENT_TAIL.search(masked)
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
            "sources", "reporting_verbs").isdisjoint(patterns.LETTERS.findall(masked[tail:]))
        yield from closing_first(list(subject_verb(masked)), masked) if closing else (
            subject_verb(masked))
        return
    for m in pattern.finditer(masked):
        if m.group("np") is None:  # the second form of `patterns.HEADLINE`
            yield m.start("np2"), m.end("np2"), m.group("verb2")
            continue
        # A masked aside (an age, a relative clause) closes the noun phrase it follows: in
        # "said Dalia Ferens, 34, who survived ...", the speaker is "Dalia Ferens".
        gap = masked.find("  ", m.start("np"), m.end("np"))
        yield m.start("np"), gap if gap > m.start("np") else m.end("np"), m.group("verb")


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
