"""What kind of source a noun phrase names: person, organisation, outlet, document
or anonymous, and whether a reader could look it up.

`sources.py` finds the noun phrase next to a reporting verb; this module decides
what it is, from the word lists of `data/sources.txt` and capitalisation.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.offline.subjects import clausal
from summarizer.schema import AttributionType
from summarizer.text import lexicon

_TOKEN = re.compile(r"[^\s]+")


@cache
def _outlet_names() -> re.Pattern[str]:
    """The outlets' names, longest first ("nbc news" before "nbc"), built on first use."""
    names = sorted(lexicon.words("sources", "outlets"), key=lambda n: (-len(n), n))
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def trim_np(np_text: str) -> str:
    """Cut an NP after its name: 'Reuters through exclusive access' -> 'Reuters',
    'the state regulator in March' -> 'the state regulator'."""
    connectors = lexicon.words("sources", "name_connectors")
    stop_words = lexicon.words("sources", "np_stop_words")
    kept: list[str] = []
    seen_name = owned = False  # owned: after a name's possessive ("the Service’s gauge data")
    for token in _TOKEN.findall(np_text):
        bare = token.strip("‘’“”\"'.,")
        if not bare:
            break
        lower = bare.lower()
        is_name = bare[0].isupper() or bare[0].isdigit()
        owned = owned or (seen_name and kept[-1].endswith(("’s", "'s")))
        if owned and not is_name and lower in stop_words:
            break
        if seen_name and not owned and not is_name and lower not in connectors:
            if lower in lexicon.words("sources", "document_nouns"):
                kept.append(token)  # "Land Registry records": the compound's head is the record
            break
        if not seen_name and kept and lower in stop_words and not (
                lower == "with" and kept[-1].lower() == "familiar"):
            break  # ... but 'people familiar with the matter' is one source
        kept.append(token)
        seen_name = seen_name or is_name
        if token.rstrip("’”\"'").endswith(","):
            break
    while seen_name and kept and kept[-1].strip("‘’“”\"'.,").lower() in connectors:
        kept.pop()  # 'Reuters news agency' -> 'Reuters'; with no name, nothing to cut back to
    trimmed = " ".join(kept).strip("‘’“”\"', ")
    if trimmed.endswith(".") and trimmed.count(".") == 1:
        trimmed = trimmed[:-1]  # the sentence's full stop, not an abbreviation's
    return trimmed or np_text.strip()


Kind = tuple[AttributionType, bool, bool, bool]  # type, named, pronoun, vague


def kind_of(np_text: str) -> Kind | None:
    """Classify a noun phrase as a source: (type, named, pronoun, vague), or None.

    `vague` marks a source a reader can identify only roughly ("the utility").
    """
    tokens = [t.strip("‘’“”\"'.,()") for t in np_text.split()]
    tokens = [t for t in tokens if t]
    if not tokens or len(tokens) > 12:
        return None
    lower = [t.lower() for t in tokens]
    joined = " ".join(lower)
    if len(tokens) == 1 and lower[0] in lexicon.words("sources", "pronouns"):
        return AttributionType.NAMED_PERSON, False, True, False
    if lower[0] in lexicon.words("sources", "people_plurals", "anonymous_heads") and (
            len(tokens) == 1 or lower[1] in lexicon.words("sources", "head_ends")) and (
            lower[0] not in lexicon.words("sources", "document_nouns")):
        # "Economists said", "sources familiar with the talks said": a bare plural, even with
        # what it is close to or familiar with, names a class of people, not anyone ("figures
        # published by the bureau" are a record, not senior figures)
        return AttributionType.ANONYMOUS, False, False, False
    if len(tokens) > 2 and lower[1] in ("from", "at", "in", "with") and lower[0].endswith(
            ("ers", "ists", "ians", "ors", "ants", "ents")):
        return AttributionType.ANONYMOUS, False, False, False  # "Divers from the museum"
    rejected = lexicon.words("sources", "rejected_heads")
    if lower[0] in rejected or lower[-1] in rejected or clausal(lower):
        return None
    owner = next((i for i, t in enumerate(lower) if t[-2:] in ("'s", "’s")), -1)  # possessor
    if 0 <= owner < len(tokens) - 1 <= owner + 3 and tokens[owner][0].isupper() \
            and lower[-1] in lexicon.words("sources", "titles", "spokespeople"):
        return AttributionType.NAMED_PERSON, True, False, True  # "Norland's defence minister"
    if any(phrase in joined for phrase in lexicon.entries("sources", "anonymous_phrases")):
        return AttributionType.ANONYMOUS, False, False, False
    original_joined = " ".join(tokens)
    for m in _outlet_names().finditer(joined):
        written = original_joined[m.start():m.end()].split()
        if all(w[0].isupper() or w.lower() in ("the", "of", "and") for w in written) and \
                written[0][0].isupper():  # "The Independent", not "The independent Fiscal ..."
            return AttributionType.NEWS_OUTLET, True, False, False
    head_words = _head(lower)
    # Capitalised words that name something: not a capitalised determiner or a
    # sentence-initial common noun ("The ministry", "Police").
    not_name = lexicon.words(
        "sources", "definite_determiners", "anonymous_determiners", "org_common")
    capitals = [
        t for i, t in enumerate(tokens) if t[0].isupper() and not (i == 0 and lower[0] in not_name)
    ]
    anonymous_det = lower[0] in lexicon.words("sources", "anonymous_determiners")
    documents = lexicon.words("sources", "document_nouns")
    outlets = lexicon.words("sources", "outlet_nouns").intersection(head_words)
    if outlets == {"agency"} and "news" not in head_words and "press" not in head_words:
        outlets = set()  # "the Food Standards Agency" governs; "the Tasnim news agency" reports
    if outlets and head_words[-1] not in documents:  # "Environment Agency figures" are figures
        named = bool(capitals) and not anonymous_det
        return AttributionType.NEWS_OUTLET, named, False, not named
    definite = lower[0] in ("the", "its", "his", "her", "their")
    if len(capitals) >= 2 and tokens[-1][0].isupper() and lower[-1] in documents:
        return AttributionType.NAMED_ORGANIZATION, True, False, False  # "Driftwood Records"
    if not documents.isdisjoint(head_words):
        # A record is a source a reader can look for ("court filings show", "the minutes"),
        # unless an indefinite determiner leaves it unplaced ("a leaked memo", "some posts").
        placed = _by_organisation(lower) or _placed(lower)
        named = not anonymous_det or bool(capitals) or placed
        if named and not placed and _unplaced_reports(tokens, lower, head_words):
            named = False  # "Reports suggest", "Media reports in Spain say": whose reports?
        kind = AttributionType.DOCUMENT if named else AttributionType.ANONYMOUS
        return kind, named, False, named and not capitals
    if anonymous_det and capitals and _on_behalf_of(lower, tokens):
        return AttributionType.NAMED_ORGANIZATION, True, False, False  # "a spokeswoman for Acme"
    spokespeople = lexicon.words("sources", "spokespeople")
    if anonymous_det and lower[1:2] and lower[1] in spokespeople and _for_the_role(lower):
        return AttributionType.NAMED_ORGANIZATION, True, False, True  # "a spokesman for the mayor"
    if anonymous_det and len(lower) == 3 and lower[2] in spokespeople and (
            lower[1] in lexicon.words("sources", "org_common", "titles")
            or tokens[1][0].isupper()):
        # "a council spokeswoman", "a Velcom representative": the body it speaks for is
        # named (a name before the noun says whose representative), so it is the source
        return AttributionType.NAMED_ORGANIZATION, True, False, True
    if not anonymous_det and _role_then_name(tokens, lower):
        return AttributionType.NAMED_PERSON, True, False, False  # "Former employee Ana Ruiz"
    if not lexicon.words("sources", "anonymous_heads").isdisjoint(head_words):
        return AttributionType.ANONYMOUS, False, False, False
    org_words = lexicon.words("sources", "org_words")
    if definite and len(tokens) <= 4 and lower[-1] in lexicon.words("sources", "org_common"):
        return AttributionType.NAMED_ORGANIZATION, True, False, True  # "the companies"
    if _unnamed_group(tokens, head_words):
        return AttributionType.ANONYMOUS, False, False, False
    if anonymous_det and tokens[-1][0].isupper() and len(capitals) == 1 and (
            lower[-1] not in org_words):
        return AttributionType.ANONYMOUS, False, False, False  # "one senior Democrat"
    if anonymous_det and _unnamed_person(tokens, lower, head_words):
        return AttributionType.ANONYMOUS, False, False, False
    if anonymous_det and len(tokens) >= 3 and tokens[-1].isalpha() and tokens[-1].islower() and (
            lower[-1] in lexicon.words("sources", "titles", "spokespeople")
            or f"{lower[-1]}s" in lexicon.words("sources", "people_plurals")):
        # "one Kerry Green party organiser": names before the person noun say which party or
        # place, not who; the indefinite determiner leaves the person unnamed
        return AttributionType.ANONYMOUS, False, False, False
    if anonymous_det and _unnamed_member(tokens, lower):
        return AttributionType.ANONYMOUS, False, False, False
    if anonymous_det:
        return None
    if capitals and (tokens[-1][0].isupper() or lower[-1] in org_words):
        is_org = not org_words.isdisjoint(lower) or any(
            t.isupper() and len(t) > 1 for t in tokens
        )
        if is_org and _titled_name(tokens, lower):
            is_org = False  # "Rural Party leader Halvard Moen": the party qualifies his title
        kind = AttributionType.NAMED_ORGANIZATION if is_org else AttributionType.NAMED_PERSON
        return kind, True, False, False
    org_common = lexicon.words("sources", "org_common")
    if (definite or len(tokens) == 1) and len(tokens) <= 4 and lower[-1] in org_common:
        return AttributionType.NAMED_ORGANIZATION, True, False, True  # "the regional utility"
    if definite and len(tokens) <= 5 and lower[-1] in org_words and not capitals:
        return AttributionType.NAMED_ORGANIZATION, True, False, True  # "the seismology institute"
    # "the mayor", "the airline's chief executive", "the Senate minority leader": a definite
    # office (a few words may say whose office it is) picks out one person.
    if definite and len(tokens) <= 5 and lower[-1] in lexicon.words("sources", "titles"):
        return AttributionType.NAMED_PERSON, True, False, True
    if lower[0] in ("his", "her", "their") and 2 <= len(tokens) <= 3 and all(
            t.islower() for t in tokens[1:]):
        # "Her publisher", "his lawyer": someone identified by their relation to a person
        # already named, like a role; named, if vaguely
        return AttributionType.NAMED_PERSON, True, False, True
    return None


def _unnamed_person(tokens: list[str], lower: list[str], head: list[str]) -> bool:
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


def _unnamed_member(tokens: list[str], lower: list[str]) -> bool:
    """'a former quality manager at its Brackley plant', 'a campaigner for the Civic
    Alliance': an unnamed person placed at a workplace or in a group. The phrase after the
    preposition says where the speaker belongs, not who the speaker is; the head before it is
    an indefinite person, so the source stays anonymous (a spokesperson for a named body, who
    speaks for it, is found before this)."""
    at = next((i for i, w in enumerate(lower) if w in _PLACE_PREPOSITIONS), -1)
    if at < 2 or not _unnamed_person(tokens[:at], lower[:at], _head(lower[:at])):
        return False
    head = lower[at - 1]  # a person: a role noun, or an agent noun ('manager', 'campaigner')
    return head in lexicon.words("sources", "anonymous_heads") or head.endswith(_AGENT_ENDS)


# Agent-noun endings: a word in -er, -or, -ist, -ian or -ant names a person by what they do
# ('manager', 'inspector', 'chemist', 'technician', 'attendant'); 'a jury in Coldwater County'
# is a body, not one unnamed person.
_AGENT_ENDS = ("er", "or", "ist", "ian", "ant")


def _unplaced_reports(tokens: list[str], lower: list[str], head: list[str]) -> bool:
    """'Reports suggest', 'Media reports in Spain say': press reports with no outlet, no
    determiner and no name in the head are talk, not a record a reader could find (the
    annotation guide's 'reports suggest' among unnamed sources). 'Court filings' and 'the
    report' stay documents."""
    return head[-1] in lexicon.words("sources", "unplaced_reports") and (
        lower[0] not in lexicon.words("sources", "definite_determiners")) and not any(
        t[0].isupper() for t in tokens[1:len(head)])


def _role_then_name(tokens: list[str], lower: list[str]) -> bool:
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


def _titled_name(tokens: list[str], lower: list[str]) -> bool:
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


def _by_organisation(lower: list[str]) -> bool:
    """'a report published by the state energy regulator': a document with an issuer."""
    if "by" not in lower:
        return False
    issuer = lower[lower.index("by") + 1 :]
    return not lexicon.words("sources", "org_common", "org_words").isdisjoint(issuer)


def _unnamed_group(tokens: list[str], head: list[str]) -> bool:
    """'Rival operators', 'Fans online', 'Former staff members': a bare plural common noun
    names a class of people, not anyone a reader could identify. Only the first word may be
    capitalised (it starts the sentence), and the head ends in a lower-case plural."""
    words = tokens[: len(head)]
    return (len(words) >= 2 and all(not w[0].isupper() for w in words[1:])
            and words[-1].endswith("s") and not words[-1].endswith("ss")
            and words[-1].isalpha())


def _placed(lower: list[str]) -> bool:
    """'a study published in Nature', 'a state audit released in 2023': a document placed
    where a reader can find it, by its publication or a year."""
    return not lexicon.words("sources", "document_placers").isdisjoint(lower) or any(
        len(w) == 4 and w.isdigit() for w in lower)


def _on_behalf_of(lower: list[str], tokens: list[str]) -> bool:
    """'a spokeswoman for Northern Grid': someone speaking for a named organisation."""
    for i, word in enumerate(lower[:-1]):
        if word in ("for", "of", "at") and tokens[i + 1][:1].isupper():
            return True
    return False


def _for_the_role(lower: list[str]) -> bool:
    """'... for the mayor', '... of the regional council': a role or body a reader can
    identify (one modifier may stand before it)."""
    roles = lexicon.words("sources", "titles", "org_common")
    return any(
        word in ("for", "of", "at")
        and lower[i + 1] in ("the", "his", "her", "their", "its")
        and (lower[i + 2] in roles or (lower[i + 3: i + 4] and lower[i + 3] in roles))
        for i, word in enumerate(lower[:-2])
    )


def _head(lower: list[str]) -> list[str]:
    """The head region of a noun phrase: words before 'who', 'close to', 'of', 'with',
    'seen by' ('a leaked memo seen by this newspaper' is a memo, not an outlet)."""
    ends = lexicon.words("sources", "head_ends")
    head: list[str] = []
    for word in lower:
        if word in ends:
            break
        head.append(word)
    return head or lower


_PLURAL_AUXILIARY = re.compile(r"\s+(?:have|are|were|do)\b")


# "Brennock General says it publishes its figures": 'it' as the subject of the reported clause
# refers back to the speaker as a thing; people are 'he', 'she' or 'they'. 'It' before a form of
# 'be', a modal or 'seem' is left out: "said it would take years" is as often expletive.
_IT_REFERS = re.compile(
    r"\s+(?:that\s+)?it\s+(?!(?:is|was|’s|'s|has\s+been|had\s+been|would|will|could|might|may|"
    r"can|should|must|seems|seemed|appears|appeared|remains|looks|took|takes|became|rained|"
    r"snowed)\b)(?:had|has|did|does|[a-z]+(?:s|ed))\b")  # a verb: not "called it fine"


def named_kind(np_text: str, masked: str, np_end: int, verb: str) -> tuple[AttributionType, bool]:
    """The kind of a name that looks like a person's, by how the sentence treats it: a bare
    plural is a group of unnamed people (anonymous), a name taken up by 'it' or 'its' is an
    organisation; else a person. Returns the kind and whether it is named."""
    if bare_plural(np_text, masked, np_end, verb):
        return AttributionType.ANONYMOUS, False
    at = masked.find(verb, np_end)
    if at >= 0 and _IT_REFERS.match(masked, at + len(verb)):
        return AttributionType.NAMED_ORGANIZATION, True
    return AttributionType.NAMED_PERSON, True


def bare_plural(np_text: str, masked: str, np_end: int, verb: str) -> bool:
    """'Parents have long claimed', 'Farmers say': one capitalised word ending in -s whose
    verb agrees in the plural is a bare plural, a class of people, not a surname ('Sanders
    says', 'Adams has argued' agree in the singular)."""
    if " " in np_text or not np_text.endswith("s") or np_text.endswith(("ss", "’s", "'s")):
        return False
    if _PLURAL_AUXILIARY.match(masked, np_end):
        return True
    verbs = lexicon.words("sources", "reporting_verbs")
    lower = verb.lower()
    bare = lower + "s" in verbs or lower + "es" in verbs  # 'say' beside 'says'
    return bare and masked[np_end:].lstrip().lower().startswith(lower)


def classified_by(masked: str, np_end: int) -> AttributionType | None:
    """The kind an apposition gives its name: "Grid North, the regional network operator,
    said" names an organisation, whatever the name looks like."""
    m = re.match(r",\s+(?:the|a|an|its|his|her|their)\s+(?P<role>[^,;]{1,70}),", masked[np_end:])
    if m is None:
        return None
    words = [w.lower().strip("’'") for w in m.group("role").split()]
    ends = lexicon.words("sources", "head_ends")  # the head: "the chief executive of Acme"
    head = next((words[:i] for i, w in enumerate(words) if w in ends), words)
    if head and head[-1] in lexicon.words("sources", "org_common", "org_words"):
        return AttributionType.NAMED_ORGANIZATION
    return None
