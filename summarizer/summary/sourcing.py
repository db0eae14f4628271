"""Say whose words a point restates: "The union said that ...", "An unnamed official ...".

A point read alone must carry its source, as a news summary does ("Reuters reported
that ..."). The source is the one the labeller recorded (`Sentence.attribution`), in the
article's own words, so the frame adds no name the article does not give; and only when
what it recorded is a noun phrase (`source_phrase`): a clause taken for a speaker ("will
give the administration the number that Mr. Biden") frames nothing, and the point then
restates its sentence as written. The checks read the same rule (`credits_source`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from summarizer.offline.cues import quote_spans
from summarizer.schema import AttributionType
from summarizer.summary.clauses import is_finite
from summarizer.summary.pronouns import surname
from summarizer.text import lexicon

_QUOTE_OPEN = "‘“\"'"


def names_source(text: str, source: str) -> bool:
    """True when the point already names its source (whole, or a person's surname)."""
    lowered = text.lower()
    return source.lower() in lowered or (
        len(source.split()) > 1 and re.search(rf"\b{re.escape(surname(source).lower())}\b",
                                              lowered) is not None)


# What a noun phrase cannot open: a subordinating or relative word ("where a state judge",
# "even as officials"), a coordinator, "to", or an auxiliary or modal ("will give the
# administration ..."): such a "source" is a clause the labeller took for a speaker.
_NOT_NOUN_PHRASE = re.compile(
    r"(?:where|when|whenever|while|whilst|as|even|if|because|since|after|before|until|"
    r"unless|although|though|that|which|who|whom|whose|and|or|but|nor|so|to|"
    r"(?:is|are|was|were|has|have|had|do|does|did|could|should|would|must)(?:n't)?|"
    r"be|been|being|will|won't|can|can't|cannot|may|might|shall)", re.IGNORECASE)
# A participle taking an object ("smashing the daily record"): a verb phrase, no speaker.
_VERB_PHRASE = re.compile(r"[a-z]+(?:ing|ed)\s+(?:the|a|an|his|her|its|their|this|that|"
                          r"these|those|our|my|your)\b")
# A relative clause inside the phrase ("a whistleblower who worked on the aid package"):
# it says more about the speaker, and the head before it names them.
_RELATIVE = re.compile(r"\s(?:that|which|who|whom|whose|where)\s")
# A head cut off before its noun ("the number of", "a report from the") names nobody.
_OPEN_END = re.compile(r"\b(?:the|a|an|of|from|for|in|on|at|by|with|to|and|or|his|her|its|"
                       r"their)$", re.IGNORECASE)
# A trailing full stop the sentence lent the phrase ("Human Services."), not an abbreviation.
_LENT_STOP = re.compile(r"(?<=[a-z]{3})\.$")
# A subordinating or relative word right before the source: its verb of saying belongs to
# that clause ("the number of beds that the mayor said she needs", "a day after officials
# said ..."), so the sentence as a whole is not the source's statement.
_EMBEDDING = re.compile(r"\b(?:that|which|who|whom|where|when|after|before|because|since|"
                        r"while|until|once|unless)\s+$", re.IGNORECASE)
# "..., and his top aides say he will ...": the source speaks in a second clause of its
# own; the clause before it is the writer's, not the source's.
# ("..., as the mayor said it would": "as" credits the first clause to the speaker.)
_SECOND_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while|yet)\s+(?:[\w’'-]+\s+){0,3}$",
                            re.IGNORECASE)
MAX_SOURCE_WORDS = 12


def source_phrase(sentence: str, source: str | None) -> str | None:
    """The source as a noun phrase a frame can name ("X said that ..."), or None when what
    the labeller recorded is not one: it opens like a clause (a subordinating word, a
    modal, a participle with its object), ends before its noun, runs long, or speaks
    only inside a subordinate clause of the sentence. A frame with such a "source" would
    make the point ungrammatical or credit the sentence to someone it only mentions; the
    point then restates the sentence as written, in the article's voice. A relative clause
    after the head goes ("a whistleblower who worked there" -> "a whistleblower")."""
    if not source or not source.split():
        return None
    phrase = _LENT_STOP.sub("", " ".join(source.split()))
    phrase = _RELATIVE.split(f"{phrase} ", maxsplit=1)[0].strip()
    first = phrase.split()[0] if phrase else ""
    if phrase.lower() in lexicon.words("sources", "pronouns"):
        return None  # "it said", its antecedent not found: a pronoun names nobody
    if (not first or _NOT_NOUN_PHRASE.fullmatch(first) or _VERB_PHRASE.match(phrase)
            or _OPEN_END.search(phrase) or len(phrase.split()) > MAX_SOURCE_WORDS):
        return None
    at = sentence.find(source)
    if at > 0 and _EMBEDDING.search(sentence[:at]):
        return None
    if at > 0 and sentence[:at].endswith(" ") and _SECOND_CLAUSE.search(sentence[:at]) and (
            _speaks_on(sentence[at + len(source):])):
        return None  # it says only the second clause, which a cut may drop
    if at >= 0 and phrase == source.strip():
        phrase += _rest_of_name(sentence[at + len(source):], phrase)
    return phrase if len(phrase.split()) <= MAX_SOURCE_WORDS else None


def _speaks_on(rest: str) -> bool:
    """`rest` (what follows a source) is a verb of saying with a clause of its own after it
    ("say he'll turn up the heat on ..."), not a closing tag ("said.", "said on Monday.")."""
    words = rest.split()
    return len(words) >= 4 and words[0].lower().strip(",.") in lexicon.words(
        "sources", "reporting_verbs") and not re.search(r"[.!?]", words[0])


_NEXT_WORD = re.compile(r" (?P<word>[A-Za-z][\w’'.-]*?)(?P<stop>[,;:.]?)(?=\s|$)")


def _rest_of_name(after: str, phrase: str) -> str:
    """The words the labeller left off a source that ends on a name: the name goes on
    ("the New York" + " State attorney general") or names what it modifies ("a New York
    Times" + " tracker", "new Border Protection" + " figures": an organisation takes no
    "a" or "new", so the noun after it is the head). Stops at punctuation, a function
    word, a verb of saying, a verb or a participle ("... figures released Friday")."""
    added = ""
    previous = phrase.split()[-1]
    first = phrase.split()[0]
    modifier = first.lower() in ("a", "an") or (first[:1].islower() and first.lower() not in
                                                 lexicon.words("sources", "definite_determiners"))
    common = 0  # a name modifies a noun of one or two words ("attorney general")
    while phrase.split()[-1][:1].isupper() and len(added.split()) < 4 and common < 2:
        found = _NEXT_WORD.match(after)
        if found is None:
            break
        word = found["word"]
        if word[:1].islower() and (
                word.lower() in _function_words() | lexicon.words("sources", "reporting_verbs")
                or word.endswith(("ly", "ing", "ed"))
                or (is_finite(word, previous) and not modifier)):
            break
        added += f" {word}"
        common += word[:1].islower()
        after, previous = after[found.end():], word
        if found["stop"]:
            break
    return added


@cache
def _function_words() -> frozenset[str]:
    return lexicon.words("stop_words", "claim_stop_words")


def credits_source(point: str, sentence: str, source: str | None) -> bool:
    """True when a point restating an attributed `sentence` says whose words these are: it
    names the recorded source, or the head a frame names; or the labeller's "source" is no
    noun phrase (`source_phrase`), so there is nobody to name. False without a source."""
    if not source:
        return False
    phrase = source_phrase(sentence, source)
    # The phrase whole: its last word may be a common noun ("a Gazette tracker"), not a
    # surname that names a person alone.
    return phrase is None or names_source(point, source) or phrase.lower() in point.lower()


def with_source(text: str, source: str, kind: AttributionType,
                common: frozenset[str] | None = None) -> str:
    """The point framed with its source: "X said: “...”" for a bare quotation, else
    "X said that ..."; an unnamed source is said to be unnamed, in its own words when they
    say so ("People familiar with the talks said that ..."). `common` (the article's
    lower-case words, `lower_case_words`) tells a word capitalised only because it opened
    the sentence ("Last month, ...") from a name."""
    who = source[:1].upper() + source[1:]
    if kind is AttributionType.ANONYMOUS and not says_unnamed(source):
        first = source.split()[0].lower() if source.split() else ""
        definite = first in lexicon.words("sources", "definite_determiners", "pronouns")
        # "senior officials" -> "Unnamed senior officials"; "he", "the aide" cannot take it.
        who = f"An unnamed source ({source})" if definite or not source[:1].islower() else (
            f"Unnamed {source}")
    if _bare_quote(text):
        return f"{who} said: {text}"
    if kind is not AttributionType.ANONYMOUS and _own_speaker(text):
        # "Mayorkas announced that ..., according to CBP data": the clause has its own
        # speaker, so "CBP data said that Mayorkas announced ..." would put words in the
        # data's mouth; the source keeps its place after the clause.
        return f"{text.rstrip().rstrip('.')}, according to {lower_first(source)}."
    return f"{who} said that {lower_first(text, common)}"


def _own_speaker(text: str) -> bool:
    """The clause opens with a named speaker and a verb of saying ("Homeland Security
    Secretary Alejandro Mayorkas announced Thursday that ...")."""
    found = re.match(r"(?:[A-Z][\w.’'-]*\s+){1,7}(?P<verb>[a-z]+)\b", text)
    pronoun = text.split(" ", 1)[0].lower() in lexicon.words("sources", "pronouns")
    return found is not None and not pronoun and found["verb"] in lexicon.words(
        "sources", "reporting_verbs")  # "It found that ...": the frame still names "it"


def says_unnamed(source: str) -> bool:
    """True when the source's own words already say nobody is named: an indefinite or
    plural role ("people familiar with the talks", "a senior official", "critics"); the
    article's phrase then says it best. "He" or "the official" does not say it."""
    first = source.split()[0].lower() if source.split() else ""
    determiners = lexicon.words("sources", "anonymous_determiners")
    heads = lexicon.words("sources", "anonymous_heads")
    return first in determiners or (first in heads and (first.endswith("s")
                                                        or first in ("people", "others")))


def lower_first(text: str, common: frozenset[str] | None = None) -> str:
    """Lower-case the first word when it is a common word ('The', 'A'), never a name. With
    `common` (the words its article writes in lower case, `lower_case_words`), a word
    capitalised only because it opened its sentence ("Postal votes were ...") is common too:
    the article writes it in lower case elsewhere, which a name it would not."""
    first = re.sub(r"['’](?:s|re|ll|d|ve)$", "", text.split(" ", 1)[0])  # "It’s" -> "It"
    stop = lexicon.words("stop_words", "claim_stop_words")
    number = _NUMBER_WORD.fullmatch(first) is not None  # "Four years after ..."
    # A role noun ("Officials at the agency ...", "Critics say ...") is no name either.
    role = first.lower() in lexicon.words("sources", "anonymous_heads")
    written = common is not None and first[1:].islower() and first.lower() in common
    # A capitalised word after it makes it part of a name ("New York", "White House"),
    # however often the article writes "new" or "white"; a function word, a number or a
    # role before a name ("Some Democrats", "Four Republicans") is not.
    following = text.split(" ", 2)[1:2]
    if following and following[0][:1].isupper() and not (number or role) and (
            first.lower() not in stop or first.lower() in ("new", "white", "north", "south",
                                                           "east", "west", "united")):
        return text
    if first.lower() in stop or number or role or written:
        return text[:1].lower() + text[1:]
    return text


def lower_case_words(texts: list[str]) -> frozenset[str]:
    """The words an article writes in lower case somewhere: common words, not names."""
    return _lower_case_words(tuple(texts))


@lru_cache(maxsize=8)
def _lower_case_words(texts: tuple[str, ...]) -> frozenset[str]:
    # one article's summary asks for each framed point: found once per article
    return frozenset(_LOWER_WORD.findall("\n".join(texts)))


_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*")


_NUMBER_WORD = re.compile(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|"
                          r"Dozens|Hundreds|Thousands|Millions|Billions)")


def _bare_quote(text: str) -> bool:
    """A quotation with nothing after it ("'...,' he said" is not bare)."""
    if text[:1] not in _QUOTE_OPEN:
        return False
    spans = quote_spans(text)
    end = spans[0][1] if spans else len(text)
    return not any(c.isalpha() for c in text[end:])
