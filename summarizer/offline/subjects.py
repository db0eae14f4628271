"""The subject of a verb: a scan from each reporting verb back to the start of its clause.

`sources.py` asks for the noun phrase before a verb of saying ("Critics have long argued",
"One passenger, a teacher on board, said"); this module knows where clauses start, which
auxiliaries to step over and when a verb is passive or a noun.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from summarizer.text import lexicon

_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_CLAUSE_MARKS = ",;:—–()"
MAX_NP = 90
_DISCOURSE = re.compile(
    r"(?:however|but|meanwhile|still|yet|and|also|instead|now|so|indeed|moreover|nonetheless|"
    r"nevertheless|therefore|thus|personally|frankly)\b,?\s*", re.IGNORECASE,
)


def subject_verb(
    masked: str, verbs: frozenset[str] | None = None
) -> Iterator[tuple[int, int, str]]:
    """'NP (has) said': the first reporting verb of each clause and the words before it.

    A scan from each verb back to the start of its clause: linear, where a regex
    with a lazy noun phrase before a long alternation of verbs is not.
    """
    tried_clause = -1
    verbs = verbs or lexicon.words("sources", "reporting_verbs")
    for m in _LOWER_WORD.finditer(masked):
        if m.group() not in verbs:
            continue
        if m.group() in ("found", "finds", "find") and _AMOUNT.match(masked, m.end()):
            continue  # "The council found £2 million": money found, not a finding
        if m.group() in _ACT_VERBS and _ACT_OBJECT.match(masked, m.end()):
            continue  # "denied an appeal", "added 136,000 jobs": a decision or a count, no speech
        if m.group() in _ANNOUNCE_VERBS and _ANNOUNCED_THING.match(masked, m.end()):
            continue  # "announced a world tour": the act of making a thing public, no speech
        if _PARTICLE.match(masked, m.end()):
            continue  # "called off the wedding", "wrote down the loan": another verb, not speech
        np_end = _skip_back_auxiliaries(masked, m.start())
        if _DETERMINER_BEFORE.search(masked, max(0, m.start() - 8), m.start()):
            continue  # "the lists", "its statement": a noun, so its clause's verb is still ahead
        if _passive(masked[:np_end]):
            continue  # "The figures have been independently confirmed": no one confirms
        clause = _clause_start(masked, np_end)
        if clause < 0 or clause == tried_clause:
            continue  # only the first verb of a clause has its subject before it
        tried_clause = clause
        np_start = clause
        while np_start < np_end and (masked[np_start].isspace() or masked[np_start] == ","):
            np_start += 1
        if np_start == np_end:  # "One passenger, a teacher on board, said": an apposition
            yield from _apposed_subject(masked[:np_end], m.group())
            continue
        lead = _DISCOURSE.match(masked, np_start, np_end)
        if lead is None and np_start > 1 and masked[np_start - 1] == ":" and (
                masked[np_start - 2].isdigit()):
            lead = _CLOCK_END.match(masked, np_start, np_end)  # "23:48 A campaigner told us"
        if lead:
            np_start = lead.end()
        if _SUBORDINATOR.search(masked, np_start, np_end):
            continue  # "The board must resign if the audit confirms ...": a subordinate verb
        words = masked[np_start:np_end]
        if _speech_noun(words, m.group(), verbs) and not masked[np_end:m.start()].strip():
            continue  # "A similar claim appeared": the head noun of the subject, not its verb
        if ("that" in words or "which" in words) and _RELATIVE_THAT.search(words):
            continue  # "the number of doses that Mr. Brill said he needs": a relative clause
        if words[-3:] in _WHEN_ENDS:
            when = _TRAILING_WHEN.search(words)
            if when is not None and when.start() > 0:
                np_end = np_start + when.start()  # "The agency on Monday announced"
        if masked[np_start:np_end].endswith(" to"):
            contact = _CONTACT.search(masked, np_start, np_end)
            np_end = contact.start() if contact else np_end  # "Readers got in touch to say"
        if 0 < np_end - np_start <= MAX_NP and np_end < m.start() and masked[np_end].isspace():
            yield np_start, np_end, m.group()


# group: speech nouns. Many verbs of saying are also count nouns ('claim', 'report', 'charge',
# 'comment'); before the verb, the words of the noun phrase tell which. A singular determiner
# ('a', 'another', 'this', 'each') needs an agreeing verb ("a source claims", "a source
# claimed"), so a bare form after it ("A similar claim appeared") is the noun it introduces. A
# possessive ("the minister's claim") or a determiner with only modifiers of such a noun ("her
# earlier claim", "the latest report"; list `speech_noun_modifiers`) leaves the phrase without
# a head noun, so the word after it is that head, not a verb.
_SINGULAR_DETERMINERS = frozenset({"a", "an", "another", "this", "each", "every"})
_WORD = re.compile(r"[\w’'-]+")


def _speech_noun(words: str, verb: str, verbs: frozenset[str]) -> bool:
    """Whether a word of saying after the noun phrase `words` is a noun heading that phrase."""
    if verb + "s" not in verbs and verb + "es" not in verbs and not (
            verb.endswith("s") and verb[:-1] in verbs):
        return False  # 'claimed', 'said': a form that is only ever a verb
    tokens = [t.lower() for t in _WORD.findall(words)]
    if not tokens or len(tokens) > 3:
        return False
    if tokens[-1].endswith(("’s", "'s")):
        return True  # "Gale's claim", "the board's report"
    determiners = lexicon.words("sources", "definite_determiners", "anonymous_determiners")
    if tokens[0] not in determiners and tokens[0] not in _SINGULAR_DETERMINERS:
        return False
    if tokens[0] in _SINGULAR_DETERMINERS and "of" not in tokens and not verb.endswith("s"):
        return True  # "A separate claim surfaced": no agreement with a singular subject
    modifiers = lexicon.words("sources", "speech_noun_modifiers")
    return len(tokens) > 1 and all(t in modifiers for t in tokens[1:])


# The sentence opens with a noun phrase and a noun phrase in apposition to it, then the verb:
# "One passenger, a teacher travelling with her children, said". The verb's subject is the first
# noun phrase; the apposition only describes it (the capitalised case, "Maria Lopez, the chief
# executive, said", is the appositive pattern of `sources.py`). The first noun phrase has at most
# four words and no preposition: in "Five members of the Rural Party, a junior coalition partner,"
# the apposition describes the party, not the members.
_APPOSED = re.compile(r"[\W_]*(?P<np>(?:[\w’'-]+\s+){0,3}[\w’'-]+),\s+"
                      r"(?P<role>(?i:a|an|the|one|his|her|their|its)\s[^,;:—–()]{2,110}),\s*$")


_PREPOSITION = re.compile(r"\b(?i:of|from|at|in|with|for|on)\b")


def _apposed_subject(before: str, verb: str) -> Iterator[tuple[int, int, str]]:
    m = _APPOSED.match(before)
    if m is not None and _PREPOSITION.search(m.group("np")) is None:
        yield m.start("np"), m.end("np"), verb
        yield m.start("role"), m.end("role"), verb


# A subordinating conjunction between the clause start and the verb: the verb's clause is
# subordinate ("... must resign if the audit confirms the losses"), so its subject does not
# source the sentence's main clause.
_SUBORDINATOR = re.compile(r"\b(?i:if|unless|because|although|though|whereas|whether)\b")
# An amount right after 'found': 'find' means obtain ("found £2 million for a car park"); a
# finding takes a clause or a noun ("found that ...", "found a link").
# group: relative clauses. A verb of saying after "that" and its own subject ("the number that
# Mr. Brill said he needs") sits in a relative or complement clause: its speaker vouches for
# that clause only, and a source is a noun phrase, never the clause around it.
_RELATIVE_THAT = re.compile(r"\b(?i:that|which)\s+(?:[A-Z]|(?:he|she|they|it|we)\b)")
# group: time adverbials. "The agency on Monday announced", "Brill late Friday said": a time
# between a subject and its verb is no part of the subject.
_TRAILING_WHEN = re.compile(
    r"\s+(?:(?:on|late|early|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|week|night|year)(?:\s+(?:night|morning|afternoon|evening))?\s*$")
# group: acts, not speech. 'Deny', 'reject' and 'grant' with a request as object are decisions
# ("The court denied an appeal"); 'add' with an amount or jobs counts ("Employers added 90,000
# jobs"). Neither reports what anyone said.
_ACT_VERBS = frozenset({"denied", "denies", "rejected", "rejects", "granted", "grants", "added",
                        "adds"})
_ACT_OBJECT = re.compile(
    r"\s+(?:(?:an?|the|his|her|its|their)\s+(?:\w+\s+)?(?:appeal|request|motion|petition|"
    r"application|bail|permit|bid|visa)s?\b|(?:\d|fewer\b|more\b|jobs\b|nearly\b|"
    r"almost\b|about\b|roughly\b|some\b))")
# 'Announce' with a noun phrase as its object ("Lorne has announced a 30-date tour", "the firm
# announced the opening of a plant") reports an act: something was made public, and what it is
# can be checked, so the author states it as a fact (annotation guide, "Acme today announced").
# With a clause ("announced that ...", "announced the plant would close") or a quotation it
# reports words, so a finite verb or a modal later in the same clause keeps it a verb of saying.
_ANNOUNCE_VERBS = frozenset({"announce", "announced", "announces"})
_ANNOUNCED_THING = re.compile(
    r"\s+(?:an?|the|his|her|its|their|our|plans|\d[\w,.-]*)\s(?![^.,;:—–“”\"]*?\b(?:would|"
    r"will|was|were|is|are|had|has|have|could|should|must|might|may|can)\b)")
# A verb of getting in touch or turning to a medium, before an infinitive of purpose: "Readers
# have been in touch to say ...", "Lorne took to Instagram to say ...". The infinitive has no
# subject of its own; whoever got in touch is the one who said it, so the subject is before
# this verb. Refusals ("declined to say") are not listed: they report that nothing was said.
# An adjective of readiness before the infinitive ("were quick to complain") works the same way.
_CONTACT = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:(?:been|got|gotten|were|was|get|gets)\s+in\s+touch|"
    r"(?:wrote|written|write|writes)\s+in|(?:took|taken|take|takes)\s+to\s|"
    r"(?:came|come|comes)\s+forward|(?:contacted|emailed|messaged|rang|phoned)\s|"
    # an adjective of readiness takes the same subject: "Fans were quick to complain"
    r"(?:is|are|was|were|have\s+been|has\s+been)\s+(?:quick|swift|eager|keen|first|slow)\s+to$)")
_WHEN_ENDS = frozenset({"day", "eek", "ght", "ear", "ing", "oon"})
_AMOUNT = re.compile(r"\s+(?:[£$€]\s?\d|\d[\d,.]*\s*(?:million|billion|bn|m)\b)")
# A particle that makes a phrasal verb of a verb of saying: 'call off' cancels, 'write off' and
# 'write down' cut a value, 'tell off' scolds, and the idiom 'call time on' ends something ("have
# called time on their marriage"). The phrasal verb is a different word.
_PARTICLE = re.compile(r"\s+(?:off|down|time\s+on)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?i:the|a|an|its|their|his|her|our|this|these)\s+$")
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)(?:\s+[a-z]+ly)*\s*$",
                        re.IGNORECASE)


def _passive(before: str) -> bool:
    """Whether the words before a reporting verb make it passive ("was confirmed")."""
    return _BE_BEFORE.search(before[-60:]) is not None


# group: clock times. A liveblog entry opens with its time ("23:48 A campaigner ... told us"):
# the colon inside the time ends the clause search, and the minutes after it are no part of the
# subject that follows.
_CLOCK_END = re.compile(r"\d{2}\s+")


def _clause_start(text: str, end: int) -> int:
    """Start of the clause ending at `end`: after a clause mark or a closing quotation
    mark; -1 when it starts too far back for a subject."""
    for i in range(end - 1, max(-1, end - MAX_NP - 2), -1):
        char = text[i]
        if char in _CLAUSE_MARKS and not (char == "," and 0 < i < len(text) - 1 and (
                text[i - 1].isdigit() and text[i + 1].isdigit())):
            return i + 1  # a comma between digits groups thousands ("9,000"): no clause mark
        if char in "’”\"" and i + 1 < len(text) and text[i + 1] in " ,":
            return i + 1
    return 0 if end <= MAX_NP + 1 else -1


def _skip_back_auxiliaries(text: str, verb_start: int) -> int:
    """End of the noun phrase before a verb: 'Critics have long argued' -> after 'Critics'."""
    end = verb_start
    auxiliaries = lexicon.words("sources", "auxiliaries")
    while True:
        j = end
        while j > 0 and text[j - 1].isspace():
            j -= 1
        k = j
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        if k < j and text[k:j].lower() in auxiliaries and j < end:
            end = k
            continue
        return j


def clausal(lower: list[str]) -> bool:
    """Whether words hold a finite verb outside a relative: a clause, not a noun phrase (list
    `clause_verbs`), so they cannot be a verb's subject or a sentence's source."""
    return not lexicon.words("sources", "clause_verbs").isdisjoint(lower) and (
        {"who", "that", "which"}.isdisjoint(lower))


# group: a closing speaker. "An inquiry found that the governor harassed staff, the attorney
# general announced Tuesday.": a verb of saying whose clause closes the sentence after a comma,
# followed only by a short time or place, frames everything before it; the earlier verb sits
# inside what the closing speaker said. The closing speaker is tried first.
_CLOSING = re.compile(r"(?:\s+[\w.’'-]+){0,6}\s*[.!?]?[’”\"]?\s*$")


def closing_first(found: list[tuple[int, int, str]], masked: str) -> list[tuple[int, int, str]]:
    """Subject-verb pairs with a closing speaker ("..., the minister said.") moved first."""
    if len(found) < 2:
        return found
    start, _, verb = found[-1]
    verb_end = masked.find(verb, start) + len(verb)
    if masked[:start].rstrip().endswith(",") and _CLOSING.match(masked, verb_end):
        return [found[-1], *found[:-1]]
    return found
