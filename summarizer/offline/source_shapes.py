"""What a source's noun phrase looks like: the shapes `source_kinds.kind_of` tells apart.

Each test reads the phrase's words (as written, and lower-cased) and answers one question
of shape: an unnamed person or group ("a nurse on the ward", "rival operators"), a role
before a name ("Gala organiser Dee Harlan"), a title before a name ("Council leader Frank
Mulgrew"), someone speaking for a body ("a spokeswoman for Northern Grid"), a document placed
where a reader can find it ("a study published in Nature"), and where the head of the phrase
ends ("a leaked memo seen by this newspaper" is a memo).
"""

from __future__ import annotations

import re

from summarizer.text import lexicon


def unnamed_person(tokens: list[str], lower: list[str], head: list[str]) -> bool:
    """'a nurse on the ward', 'several former staff', 'one ex-manager': after an indefinite
    determiner, common nouns only (no name anywhere) do not identify the speaker. An
    organisation noun ('a company') is not a person, and a phrase that ends in a function word
    ('One version of the') is not a noun phrase at all."""
    if len(tokens) < 2 or not all(t.islower() for t in tokens[1:]):
        return False
    if lower[-1] in lexicon.words("language", "english_function_words"):
        return False
    return lexicon.words("sources", "org_common", "org_words").isdisjoint(head[1:])


_PLACE_PREPOSITIONS = frozenset({"at", "for", "from", "in", "with", "on"})


def unnamed_member(tokens: list[str], lower: list[str]) -> bool:
    """'a former quality manager at its Brackley plant', 'a campaigner for the Civic
    Alliance': an unnamed person placed at a workplace or in a group. The phrase after the
    preposition says where the speaker belongs, not who the speaker is; the head before it is
    an indefinite person, so the source stays anonymous (a spokesperson for a named body, who
    speaks for it, is found before this)."""
    at = next((i for i, w in enumerate(lower) if w in _PLACE_PREPOSITIONS), -1)
    if at < 2 or not unnamed_person(tokens[:at], lower[:at], head_of(lower[:at])):
        return False
    head = lower[at - 1]  # a person: a role noun, or an agent noun ('manager', 'campaigner')
    return head in lexicon.words("sources", "anonymous_heads") or head.endswith(_AGENT_ENDS)


# Agent-noun endings: a word in -er, -or, -ist, -ian or -ant names a person by what they do
# ('manager', 'inspector', 'chemist', 'technician', 'attendant'); 'a jury in Coldwater County'
# is a body, not one unnamed person.
_AGENT_ENDS = ("er", "or", "ist", "ian", "ant")


def unplaced_reports(tokens: list[str], lower: list[str], head: list[str]) -> bool:
    """'Reports suggest', 'Media reports in Spain say': press reports with no outlet, no
    determiner and no name in the head are talk, not a record a reader could find (the
    annotation guide's 'reports suggest' among unnamed sources). 'Court filings' and 'the
    report' stay documents."""
    return head[-1] in lexicon.words("sources", "unplaced_reports") and (
        lower[0] not in lexicon.words("sources", "definite_determiners")) and not any(
        t[0].isupper() for t in tokens[1:len(head)])


def role_then_name(tokens: list[str], lower: list[str]) -> bool:
    """'Former employee Ana Ruiz', 'Gala organiser Dee Harlan', 'Whistleblower Tom Akers': a
    common noun of role before a full personal name, the way news style labels a private person.
    The name is the head of the noun phrase and identifies the speaker, so the role noun (which
    alone would leave the source anonymous) only describes them. The name has two or more
    capitalised words, none of them an organisation's, right after a content word."""
    if len(tokens) < 3:
        return False
    run = len(tokens)
    while run > 1 and tokens[run - 1][:1].isupper() and tokens[run - 1].isalpha():
        run -= 1
    name = lower[run:]
    if len(name) < 2 or (run > 1 and not tokens[run - 1].islower()):
        return False
    if lower[run - 1] in lexicon.words("sources", "head_ends", "np_stop_words", "name_connectors"):
        return False  # "Critics of Harlow Marine", "sources close to Elspeth Varn"
    return lexicon.words("sources", "org_words", "org_common", "outlet_nouns").isdisjoint(name)


def titled_name(tokens: list[str], lower: list[str]) -> bool:
    """'Council leader Frank Mulgrew', 'Harbour Board Chairman Ivo Marsh': a title followed
    by a personal name of two or more words. The head of the noun phrase is the
    name; the organisation before the title only says whose leader or whip it is."""
    for i in range(len(tokens) - 2, 0, -1):
        if lower[i] in lexicon.words("sources", "titles"):
            name = tokens[i + 1:]
            org_words = lexicon.words("sources", "org_words", "org_common")
            return len(name) >= 2 and all(t[0].isupper() and t.lower() not in org_words
                                          for t in name)
    return False


def by_organisation(lower: list[str]) -> bool:
    """'a report published by the state energy regulator': a document with an issuer."""
    if "by" not in lower:
        return False
    issuer = lower[lower.index("by") + 1 :]
    return not lexicon.words("sources", "org_common", "org_words").isdisjoint(issuer)


# The irregular plural of compounds in -man ('fishermen', 'tradesmen', 'firemen', 'postmen',
# 'women'): a class of people named by trade or sex, like a regular plural in -s. The letter
# before 'men' keeps out singulars that merely end so ('specimen', 'abdomen', 'regimen').
_MEN_PLURAL = re.compile(r"^(?:[a-z]{2,}[srety]|w[o])men$")


def men_plural(word: str) -> bool:
    """Whether a lower-case word is a plural of people in -men ('fishermen', 'women')."""
    return _MEN_PLURAL.match(word) is not None


def unnamed_group(tokens: list[str], head: list[str]) -> bool:
    """'Rival operators', 'Fans online', 'Former staff members': a bare plural common noun
    names a class of people, not anyone a reader could identify. Only the first word may be
    capitalised (it starts the sentence), and the head ends in a lower-case plural."""
    words = tokens[: len(head)]
    return (len(words) >= 2 and all(not w[0].isupper() for w in words[1:])
            and ((words[-1].endswith("s") and not words[-1].endswith("ss"))
                 or men_plural(words[-1].lower()))
            and words[-1].isalpha())


def placed(lower: list[str]) -> bool:
    """'a study published in Nature', 'a state audit released in 2023': a document placed
    where a reader can find it, by its publication or a year."""
    return not lexicon.words("sources", "document_placers").isdisjoint(lower) or any(
        len(w) == 4 and w.isdigit() for w in lower)


def on_behalf_of(lower: list[str], tokens: list[str]) -> bool:
    """'a spokeswoman for Northern Grid': someone speaking for a named organisation."""
    places = lexicon.words("sources", "place_heads")
    for i, word in enumerate(lower[:-1]):
        if word in ("for", "of", "at") and tokens[i + 1][:1].isupper():
            # "a commuter at Hallam Road": a street or a station is where the speaker stood,
            # not a body anyone speaks for
            return lower[-1] not in places
    return False


def for_the_role(lower: list[str]) -> bool:
    """'... for the mayor', '... of the regional council': a role or body a reader can
    identify (one modifier may stand before it)."""
    roles = lexicon.words("sources", "titles", "org_common")
    return any(
        word in ("for", "of", "at")
        and lower[i + 1] in ("the", "his", "her", "their", "its")
        and (lower[i + 2] in roles or (lower[i + 3: i + 4] and lower[i + 3] in roles))
        for i, word in enumerate(lower[:-2])
    )


def head_of(lower: list[str]) -> list[str]:
    """The head region of a noun phrase: words before 'who', 'close to', 'of', 'with',
    'seen by' ('a leaked memo seen by this newspaper' is a memo, not an outlet)."""
    ends = lexicon.words("sources", "head_ends")
    determiners = lexicon.words("sources", "definite_determiners", "anonymous_determiners")
    head: list[str] = []
    for word in lower:
        # a participle right after the determiner premodifies the head ("the published
        # minutes", "a released memo"); only after the head does it start a modifier
        if word in ends and not (head and all(w in determiners for w in head)):
            break
        head.append(word)
    return head or lower


_MORE_NAME = re.compile(r"(?:\s+[A-Z][\w&-]+){0,2}")
_LAST_WORD = re.compile(r"([a-z]+)[,\s]*$")
# An organisation noun after a name and a possessive of whom it serves: "the Harbour Hearts
# children’s charity", "the Coastline workers’ union". The name heads a body for those people, so
# it names an organisation. Without the possessive the name may be a person's that classifies
# their office ("the Trump administration", "the Brill campaign"), so it says nothing.
_CLASSIFIED = re.compile(r"\s+([a-z]+)(?:’s|'s|s’|s')\s+([a-z]+)\b")


def thing_named(text: str, name: str) -> bool:
    """Whether the article writes `name` (or a longer name it starts) before ", which", after
    an organisation noun, or before one as its classifier."""
    org_common = lexicon.words("sources", "org_common")
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        more = _MORE_NAME.match(text, end)
        if text.startswith(", which", more.end() if more else end):
            return True
        before = _LAST_WORD.search(text, max(0, at - 20), at)
        if before is not None and before.group(1) in org_common:
            return True
        after = _CLASSIFIED.match(text, end)
        if after is not None and after.group(2) in org_common and after.group(
                1) not in lexicon.words("allegation", "kin_nouns"):  # "the Brill family's firm"
            return True
        at = text.find(name, end)
    return False


def bare_name_only(text: str, name: str) -> bool:
    """Whether `name` is one capitalised word the article never writes after another name word
    or a title ("Pieter Haas", "Mr Haas", "Dr Haas"). News style introduces a person by full
    name and only then by surname; a one-word name never so introduced is the name of a body
    ("Westgrid says 38,000 homes are without power")."""
    if " " in name or not name[:1].isupper() or not name.isalpha() or name.isupper():
        return False
    if name.lower() in lexicon.words("language", "english_function_words") or name.lower() in (
            lexicon.words("stance", "negations", "generalizers")):
        return False  # "Nobody", "Everyone": a capitalised word that names no one
    if re.search(r"\b[A-Z][\w’'.-]*\s+" + re.escape(name) + r"\b", text):
        return False
    roles = lexicon.words("sources", "titles", "spokespeople")
    for m in re.finditer(r"(?:\b(?P<role>[a-z]+)\s+)?" + re.escape(name) + r"\b", text):
        if m.group("role") in roles or _PERSON_APPOSED.match(text, m.end()):
            return False  # "chairman Brill"; any aside ("Marsh, a member of ...", "Marsh (R)")
    return True


_PERSON_APPOSED = re.compile(r"\s*[,(]")
