"""What kind of source a noun phrase names: person, organisation, outlet, document
or anonymous, and whether a reader could look it up.

`sources.py` finds the noun phrase next to a reporting verb; this module decides
what it is, from the word lists of `data/sources.txt` and capitalisation.
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.offline import source_shapes as shapes
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
    tokens = _TOKEN.findall(np_text)
    for i, token in enumerate(tokens):
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
            else:  # "the Harlow annual report": a name, modifiers, then the record they qualify
                kept.extend(_record_after_modifiers(tokens[i:i + 3], stop_words))
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


def _record_after_modifiers(tokens: list[str], stop_words: frozenset[str]) -> list[str]:
    """The words up to a record noun a few lower-case modifiers on ("annual report" in "the
    Harlow annual report"), or nothing when no record noun heads the phrase: in English the
    head of a noun phrase comes last, after its adjectives, so the name only modifies it."""
    for j, token in enumerate(tokens):
        bare = token.strip("‘’“”\"'.,").lower()
        if not bare or bare in stop_words or token[0].isupper() or (
                j and tokens[j - 1][-1] in ",;"):
            return []
        if bare in lexicon.words("sources", "document_nouns"):
            return tokens[:j + 1]
    return []


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
    if (lower[0] in lexicon.words("sources", "people_plurals", "anonymous_heads")
            or shapes.men_plural(lower[0])) and (
            len(tokens) == 1 or lower[1] in lexicon.words("sources", "head_ends")) and (
            lower[0] not in lexicon.words("sources", "document_nouns")):
        # "Economists said", "sources familiar with the talks said": a bare plural, even with
        # what it is close to or familiar with, names a class of people, not anyone ("figures
        # published by the bureau" are a record, not senior figures)
        return AttributionType.ANONYMOUS, False, False, False
    if len(tokens) > 2 and lower[1] in ("from", "at", "in", "with", "on") and (lower[0].endswith(
            ("ers", "ists", "ians", "ors", "ants", "ents")) or shapes.men_plural(lower[0])):
        # "Divers from the museum", "Traders on the high street": a class of people and where
        # they are, no one in particular
        return AttributionType.ANONYMOUS, False, False, False
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
    head_words = shapes.head_of(lower)
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
        outlets = frozenset()  # "the Food Standards Agency" governs; "the news agency" reports
    if outlets and head_words[-1] not in documents:  # "Environment Agency figures" are figures
        named = bool(capitals) and not anonymous_det
        return AttributionType.NEWS_OUTLET, named, False, not named
    definite = lower[0] in ("the", "its", "his", "her", "their")
    if len(capitals) >= 2 and tokens[-1][0].isupper() and lower[-1] in documents:
        return AttributionType.NAMED_ORGANIZATION, True, False, False  # "Driftwood Records"
    if not documents.isdisjoint(head_words):
        # A record is a source a reader can look for ("court filings show", "the minutes"),
        # unless an indefinite determiner leaves it unplaced ("a leaked memo", "some posts").
        placed = shapes.by_organisation(lower) or shapes.placed(lower)
        named = not anonymous_det or bool(capitals) or placed
        if named and not placed and shapes.unplaced_reports(tokens, lower, head_words):
            named = False  # "Reports suggest", "Media reports in Spain say": whose reports?
        kind = AttributionType.DOCUMENT if named else AttributionType.ANONYMOUS
        return kind, named, False, named and not capitals
    if anonymous_det and capitals and shapes.on_behalf_of(lower, tokens):
        return AttributionType.NAMED_ORGANIZATION, True, False, False  # "a spokeswoman for Acme"
    spokespeople = lexicon.words("sources", "spokespeople")
    if anonymous_det and lower[1:2] and lower[1] in spokespeople and shapes.for_the_role(lower):
        return AttributionType.NAMED_ORGANIZATION, True, False, True  # "a spokesman for the mayor"
    if anonymous_det and len(lower) == 3 and lower[2] in spokespeople and (
            lower[1] in lexicon.words("sources", "org_common", "titles")
            or tokens[1][0].isupper()):
        # "a council spokeswoman", "a Velcom representative": the body it speaks for is
        # named (a name before the noun says whose representative), so it is the source
        return AttributionType.NAMED_ORGANIZATION, True, False, True
    if not anonymous_det and shapes.role_then_name(tokens, lower):
        return AttributionType.NAMED_PERSON, True, False, False  # "Former employee Ana Ruiz"
    org_words = lexicon.words("sources", "org_words")
    if not anonymous_det and len(capitals) >= 2 and tokens[-1][0].isupper() and (
            lower[-1] in org_words):
        # "The Transport Workers' Union", "the Tenants' Association": a capitalised name headed
        # by an organisation word names that body, whatever people noun it contains
        return AttributionType.NAMED_ORGANIZATION, True, False, False
    if not lexicon.words("sources", "anonymous_heads").isdisjoint(head_words) and not (
            definite and len(tokens) == 2 and tokens[1][0].isupper()):
        # ("The Post", "the Observer": a capitalised noun after 'the' is a title, not the
        # common noun 'a post' or 'observers')
        return AttributionType.ANONYMOUS, False, False, False
    if definite and len(tokens) <= 4 and lower[-1] in lexicon.words("sources", "org_common"):
        return AttributionType.NAMED_ORGANIZATION, True, False, True  # "the companies"
    if shapes.unnamed_group(tokens, head_words):
        return AttributionType.ANONYMOUS, False, False, False
    if anonymous_det and tokens[-1][0].isupper() and len(capitals) == 1 and (
            lower[-1] not in org_words):
        return AttributionType.ANONYMOUS, False, False, False  # "one senior Democrat"
    if anonymous_det and shapes.unnamed_person(tokens, lower, head_words):
        return AttributionType.ANONYMOUS, False, False, False
    if anonymous_det and len(tokens) >= 3 and tokens[-1].isalpha() and tokens[-1].islower() and (
            lower[-1] in lexicon.words("sources", "titles", "spokespeople")
            or f"{lower[-1]}s" in lexicon.words("sources", "people_plurals")):
        # "one Kerry Green party organiser": names before the person noun say which party or
        # place, not who; the indefinite determiner leaves the person unnamed
        return AttributionType.ANONYMOUS, False, False, False
    if anonymous_det and len(tokens) >= 3 and lower[-1] in lexicon.words(
            "sources", "people_plurals", "anonymous_heads"):
        # "Several Centre Party MPs", "three Labour councillors": a quantifier picks some members
        # of the body the capitals name; none of them is identified
        return AttributionType.ANONYMOUS, False, False, False
    if anonymous_det and shapes.unnamed_member(tokens, lower):
        return AttributionType.ANONYMOUS, False, False, False
    if anonymous_det:
        return None
    if capitals and (tokens[-1][0].isupper() or lower[-1] in org_words):
        is_org = not org_words.isdisjoint(lower) or any(
            t.isupper() and len(t) > 1 for t in tokens
        )
        if is_org and shapes.titled_name(tokens, lower):
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
    head = next((words[:i] for i, w in enumerate(words) if w in ends or w == "for"), words)
    if head and head[-1] in lexicon.words("sources", "org_common", "org_words"):
        return AttributionType.NAMED_ORGANIZATION
    return None


def classified_before(role: str) -> AttributionType | None:
    """The kind a role written before its name gives it: in "The promoter, Starline Live,
    said" the role's head noun says what the name is, as an apposition after it would."""
    words = [w.lower().strip("’'") for w in role.rstrip(", ").split()]
    ends = lexicon.words("sources", "head_ends")  # "A spokeswoman for the port authority"
    head = next((words[:i] for i, w in enumerate(words) if w in ends or w == "for"), words)
    if head and head[-1] in lexicon.words("sources", "org_common", "org_words"):
        return AttributionType.NAMED_ORGANIZATION
    return None
