"""Who is reporting: find the source a sentence names, and what kind it is.

Patterns, all matched outside quotation marks: "according to X", "X said (that)",
"'...,' said X", "first reported by X", "X, in a statement to OUTLET, ...".
The source is kept exactly as written; its kind comes from word lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import cue_words as W
from .schema import AttributionType

_VERBS = "|".join(sorted(W.REPORTING_VERBS, key=len, reverse=True))
_AUX = r"(?:(?:has|have|had|also|repeatedly|later|previously|publicly|recently|once|further|"
_AUX += r"then|long|would|will|privately|reportedly|first|since|now|quickly|flatly)\s+)*"
_AUX_WORDS = W.words(
    """has have had also repeatedly later previously publicly recently once further then long
    would will privately reportedly first since now quickly flatly"""
)
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_CLAUSE_MARKS = ",;:—–()"
_MAX_NP = 90
_DISCOURSE = re.compile(
    r"(?:however|but|meanwhile|still|yet|and|also|instead|now|so|indeed|moreover)\b,?\s*",
    re.IGNORECASE,
)
# "'...,' said NP"
_VERB_SUBJECT = re.compile(
    r"[’”\"]\s*,?\s*(?P<verb>said|says|added|adds|wrote|writes|asked|explained|noted|"
    r"insisted|warned|claimed|argued|told)\s+(?P<np>[^,.;:—–]{1,90})"
)
# "Maria Lopez, the chief executive of Acme, said": the name before the apposition.
_APPOSITIVE = re.compile(
    r"(?:^|[,;]\s+)(?P<np>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,4}),\s+(?:the|a|an|its|his|"
    r"her|their)\s+[^,;]{1,70},\s+" + _AUX + r"(?P<verb>" + _VERBS + r")\b"
)
# A headline: "..., Reveals Reuters", "... 'A Desperate Bargain' Says Analysts".
_HEADLINE = re.compile(
    r"[,’”\"]\s*(?P<verb>Says|Say|Reveals|Reports|Claims|Warns|Finds|Admits|Insists|Argues)"
    r"\s+(?P<np>[A-Z][\w.’'\- ]{1,60})$"
)
_ACCORDING = re.compile(
    r"\b(?P<verb>according to|(?:came|comes|come) from)\s+(?P<np>[^,;:—–]{1,90})", re.IGNORECASE
)
_BY = re.compile(
    r"\b(?:first\s+|originally\s+)?(?P<verb>(?:" + "|".join(sorted(W.SOURCE_BY_VERBS))
    + r")\s+by)\s+(?P<np>[^,;:—–]{1,90})"
)
_STATEMENT_TO = re.compile(
    r"^(?:(?:however|but|meanwhile|yet|and)\b,?\s*)?(?P<np>[^,;]{1,60}),\s+(?P<verb>in\s+(?:a|an)\s+"
    r"(?:statement|interview|op-ed|letter|post|message|call)\s+(?:to|with))\s+"
    r"(?P<to>[^,;]{1,60}),", re.IGNORECASE
)
# ", who asked not to be named," between a subject and its verb.
_RELATIVE = re.compile(r",\s+(?:who|which)\s[^,;]{1,60},")
_OUTLET_NAMES = re.compile(
    r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in sorted(W.OUTLETS, key=len, reverse=True))
    + r")(?!\w)"
)
_AFTER_QUOTE = re.compile(r"[’”\"]\s*,?\s+")
_TOKEN = re.compile(r"[^\s]+")
_PRONOUNS = W.words("he she they it i we")
_CONNECTORS = W.words(
    "of the for and de del la le news outlet agency newspaper magazine broadcaster state-run "
    "state daily"
)
_DETERMINERS = W.ANONYMOUS_DETERMINERS | W.words("the this that these those its his her their")
# Words without which no pattern below can match.
_TRIGGERS = W.REPORTING_VERBS | W.SOURCE_BY_VERBS | W.words(
    "according by from statement interview op-ed letter post message call"
)
_LETTERS = re.compile(r"[a-z]+")
_STOP_WORDS = W.words(
    "in on at through with after before during over since that who which when while as because"
)
_REJECT_HEADS = W.words(
    "who which that this these those it what there here move deal admission decision "
    "revelation refusal with without by to for in on at from as while when if"
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
    if not headline and _TRIGGERS.isdisjoint(_LETTERS.findall(text.lower())):
        return None  # no reporting verb, 'according to', 'by' or 'from': nothing to find
    masked = _RELATIVE.sub(lambda m: " " * len(m.group()), _mask(text, spans))
    m = _STATEMENT_TO.search(masked)
    if m:
        speaker = kind_of(text[m.start("np") : m.end("np")])
        outlet = _trim_np(text[m.start("to") : m.end("to")])
        if speaker is not None and outlet:
            whole = text[m.start("np") : m.end("to")]
            return Source(AttributionType.NEWS_OUTLET, whole, m.group("verb"), True,
                          outlet=outlet)
    patterns: tuple[re.Pattern[str] | None, ...] = (
        _ACCORDING, _BY, _VERB_SUBJECT, _APPOSITIVE, None  # None: subject-verb clauses
    )
    if headline:
        patterns = (_HEADLINE, *patterns)
    for pattern in patterns:
        for np_start, np_end, verb in _candidates(pattern, masked):
            np_text = text[np_start:np_end]
            if pattern in (_ACCORDING, _BY):
                np_text = _trim_np(np_text)
            elif pattern is None:
                np_text = _AFTER_QUOTE.split(np_text)[-1]
            found = kind_of(np_text.strip())
            if found is None:
                continue
            kind, named, pronoun, vague = found
            return Source(kind, np_text.strip(" ,‘’“”\"'"), verb.lower(), named, pronoun,
                          vague=vague)
    return None


def _candidates(
    pattern: re.Pattern[str] | None, masked: str
) -> Iterator[tuple[int, int, str]]:
    """(NP start, NP end, verb) for each match of `pattern`; None: subject-verb clauses."""
    if pattern is None:
        yield from _subject_verb(masked)
        return
    for m in pattern.finditer(masked):
        yield m.start("np"), m.end("np"), m.group("verb")


def _subject_verb(masked: str) -> Iterator[tuple[int, int, str]]:
    """'NP (has) said': the first reporting verb of each clause and the words before it.

    A scan from each verb back to the start of its clause: linear, where a regex
    with a lazy noun phrase before a long alternation of verbs is not.
    """
    tried_clause = -1
    for m in _LOWER_WORD.finditer(masked):
        if m.group() not in W.REPORTING_VERBS:
            continue
        np_end = _skip_back_auxiliaries(masked, m.start())
        clause = _clause_start(masked, np_end)
        if clause < 0 or clause == tried_clause:
            continue  # only the first verb of a clause has its subject before it
        tried_clause = clause
        np_start = clause
        while np_start < np_end and (masked[np_start].isspace() or masked[np_start] == ","):
            np_start += 1
        lead = _DISCOURSE.match(masked, np_start, np_end)
        if lead:
            np_start = lead.end()
        if 0 < np_end - np_start <= _MAX_NP and np_end < m.start() and masked[np_end].isspace():
            yield np_start, np_end, m.group()


def _clause_start(text: str, end: int) -> int:
    """Start of the clause ending at `end`: after a clause mark or a closing quotation
    mark; -1 when it starts too far back for a subject."""
    for i in range(end - 1, max(-1, end - _MAX_NP - 2), -1):
        char = text[i]
        if char in _CLAUSE_MARKS:
            return i + 1
        if char in "’”\"" and i + 1 < len(text) and text[i + 1] in " ,":
            return i + 1
    return 0 if end <= _MAX_NP + 1 else -1


def _skip_back_auxiliaries(text: str, verb_start: int) -> int:
    """End of the noun phrase before a verb: 'Critics have long argued' -> after 'Critics'."""
    end = verb_start
    while True:
        j = end
        while j > 0 and text[j - 1].isspace():
            j -= 1
        k = j
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        if k < j and text[k:j].lower() in _AUX_WORDS and j < end:
            end = k
            continue
        return j


def _trim_np(np_text: str) -> str:
    """Cut an NP after its name: 'Reuters through exclusive access' -> 'Reuters',
    'the state regulator in March' -> 'the state regulator'."""
    kept: list[str] = []
    seen_name = False
    for token in _TOKEN.findall(np_text):
        bare = token.strip("‘’“”\"'.,")
        if not bare:
            break
        lower = bare.lower()
        is_name = bare[0].isupper() or bare[0].isdigit()
        if seen_name and not is_name and lower not in _CONNECTORS:
            break
        if not seen_name and kept and lower in _STOP_WORDS:
            break
        kept.append(token)
        seen_name = seen_name or is_name
        if token.rstrip("’”\"'").endswith(","):
            break
    while kept and kept[-1].strip("‘’“”\"'.,").lower() in _CONNECTORS:
        kept.pop()
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
    if len(tokens) == 1 and lower[0] in _PRONOUNS:
        return AttributionType.NAMED_PERSON, False, True, False
    if lower[0] in _REJECT_HEADS or lower[-1] in _REJECT_HEADS:
        return None
    if any(phrase in joined for phrase in W.ANONYMOUS_PHRASES):
        return AttributionType.ANONYMOUS, False, False, False
    original_joined = " ".join(tokens)
    for m in _OUTLET_NAMES.finditer(joined):
        if original_joined[m.start() : m.start() + 1].isupper():
            return AttributionType.NEWS_OUTLET, True, False, False
    head_words = _head(lower)
    # Capitalised words that name something: not a capitalised determiner or a
    # sentence-initial common noun ("The ministry", "Police").
    capitals = [
        t for i, t in enumerate(tokens)
        if t[0].isupper() and not (i == 0 and lower[0] in _DETERMINERS | W.ORG_COMMON)
    ]
    anonymous_det = lower[0] in W.ANONYMOUS_DETERMINERS
    if any(w in W.OUTLET_NOUNS for w in head_words):
        named = bool(capitals) and not anonymous_det
        return AttributionType.NEWS_OUTLET, named, False, not named
    definite = lower[0] in ("the", "its", "his", "her", "their")
    if any(w in W.DOCUMENT_NOUNS for w in head_words):
        named = (bool(capitals) or definite or _by_organisation(lower)) and not (
            anonymous_det and not capitals and not _by_organisation(lower))
        kind = AttributionType.DOCUMENT if named else AttributionType.ANONYMOUS
        return kind, named, False, named and not capitals
    if anonymous_det and capitals and _on_behalf_of(lower, tokens):
        return AttributionType.NAMED_ORGANIZATION, True, False, False  # "a spokeswoman for Acme"
    if any(w in W.ANONYMOUS_HEADS for w in head_words):
        return AttributionType.ANONYMOUS, False, False, False
    if anonymous_det:
        return None
    if capitals and (tokens[-1][0].isupper() or lower[-1] in W.ORG_WORDS):
        is_org = any(w in W.ORG_WORDS for w in lower) or any(
            t.isupper() and len(t) > 1 for t in tokens
        )
        kind = AttributionType.NAMED_ORGANIZATION if is_org else AttributionType.NAMED_PERSON
        return kind, True, False, False
    if (definite or len(tokens) == 1) and len(tokens) <= 4 and lower[-1] in W.ORG_COMMON:
        return AttributionType.NAMED_ORGANIZATION, True, False, True  # "the regional utility"
    if definite and len(tokens) <= 3 and lower[-1] in W.TITLES:
        return AttributionType.NAMED_PERSON, True, False, True  # "the mayor"
    return None


def _by_organisation(lower: list[str]) -> bool:
    """'a report published by the state energy regulator': a document with an issuer."""
    if "by" not in lower:
        return False
    issuer = lower[lower.index("by") + 1 :]
    return any(w in W.ORG_COMMON or w in W.ORG_WORDS for w in issuer)


def _on_behalf_of(lower: list[str], tokens: list[str]) -> bool:
    """'a spokeswoman for Northern Grid': someone speaking for a named organisation."""
    for i, word in enumerate(lower[:-1]):
        if word in ("for", "of", "at") and tokens[i + 1][:1].isupper():
            return True
    return False


def _head(lower: list[str]) -> list[str]:
    """The head region of a noun phrase: words before 'who', 'close to', 'of', 'with'."""
    head: list[str] = []
    for word in lower:
        if word in ("who", "that", "which", "close", "familiar", "with", "of", "at", "from", "in"):
            break
        head.append(word)
    return head or lower
