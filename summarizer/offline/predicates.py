"""What a copula says of its subject, in the author's voice: an evaluative predicate ("The plan
is a costly mistake"), a noun that makes the subject an example ("was a lesson in how to ..."),
a comparison with no measure ("is far more than a place to swim").

Only the main clause counts (annotation guide: judge the claim the main clause makes): a
predicate inside a clause opened by 'when', 'because', 'if' ... describes the circumstances.
`opinion.decisive_opinion` asks these before the score.
"""

from __future__ import annotations

import re

from summarizer.offline.cues import SentenceCues
from summarizer.text import lexicon

# A copula or a verb of appearance, then the predicate: "is unworkable", "looks overdone",
# "was a charade", "is a handsome exit", through a partitive ("is one of the lucky ones"). An
# evaluative adjective or noun as the predicate ascribes a judgement to the subject: the sentence
# exists to evaluate, which is opinion (appraisal theory), however few other cues it has.
_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|’s|'s|(?:has|have|had)\s+been|looks?|looked|seems?|seemed|appears?|"
    r"appeared|remains?|"
    r"remained|sounds?|feels?|proved|proves)\s+(?:not\s+|just\s+|simply\s+)?"
    r"(?:(?:a|an)\s+|(?:one|some|none|each)\s+of\s+(?:the|its|their|his|her|our)\s+)?"
    r"(?:(?:[a-z]+ly|so|too|very|rather|quite|more|less)\s+)?"
    r"(?P<first>[\w’'-]+)(?:\s+(?P<second>[\w’'-]+))?"
    # a coordinated predicate shares the copula: "was tender but badly over-salted"
    r"(?:(?<=\s(?:but|and|yet))\s+(?:[a-z]+ly\s+)?(?P<third>[\w’'-]+))?")


def evaluative_predicate(cues: SentenceCues) -> str | None:
    """The predicate of a copula that is an evaluative word, outside quotations ("The plan
    is a costly mistake"); None when the sentence has none or names a source."""
    if cues.source is not None or cues.whole_quote:
        return None
    # a superlative predicate ("was a personal best") is a ranking: the superlative rule,
    # which asks for a measure behind it, decides those
    ranked = {c.start for c in cues.find("superlative", quoted=False)}
    evaluative = {c.start: c for c in cues.find("evaluative", quoted=False)
                  if c.start not in ranked}
    examples = lexicon.words("stance", "exemplifying_nouns")
    lower = cues.text.lower()
    if not evaluative and not any(word in lower for word in examples):
        return None
    for m in _PREDICATE.finditer(cues.text):
        if m.group()[0] in "’'" and _CONTRACTED.search(cues.text, 0, m.start()) is None:
            continue  # "the island's communist government": a possessive, not 'is'
        if subordinate(cues.text, m.start()):
            continue  # "... on a night when the dining room was half empty": a circumstance
        for group in ("first", "second", "third"):
            cue = evaluative.get(m.start(group))
            if cue is not None:
                return cues.text[m.start():m.end(group)]
        if (m.group("first").lower() in examples and _INDEFINITE.search(m.group())
                and not any(s <= m.start() < e for s, e in cues.quote_spans)):
            return cues.text[m.start():m.end("first")]  # "was a lesson in how to ..."
    return None


# 's is 'is' only after a pronoun or 'that', 'what', 'there', 'here': after a noun it is possessive.
_CONTRACTED = re.compile(r"\b(?i:it|he|she|that|what|there|here|who|this|where)$")
# The article before the predicate noun: "is a reminder of", not "is the reminder sent in May".
_INDEFINITE = re.compile(r"\s(?:a|an)\s", re.IGNORECASE)
# Subordinators: a copula after one of them, in the same clause, is not the main predicate.
_SUBORDINATOR = re.compile(r"\b(?:when|whenever|while|whereas|although|though|because|since|"
                           r"after|before|until|unless|if|once|so\s+that)\b", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:—–]")


def subordinate(text: str, at: int) -> bool:
    """Whether the copula at `at` stands in a subordinate clause opened in its own clause."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, at)]
    return _SUBORDINATOR.search(text, marks[-1] if marks else 0, at) is not None


# "is far more than a place to swim", "was little more than a photo opportunity": a copula,
# then more or less than a kind of thing. With no quantity to compare, the comparison re-ranks
# what the subject is worth, which is a judgement (a figure, "more than 40%", is a measure).
_MORE_THAN = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been|remains?)\s+(?:far|much|so|even|little|nothing|"
    r"no)?\s*(?:more|less|better|worse)\s+than\s+(?:a|an|just|merely|simply|mere)\b")


# "Few people did more to open the port's doors", "No one has done more for the club": the
# subject ranked above everyone by a comparison with nobody in particular. With no measure it is
# an unmeasured superlative in other words, the writer's tribute or verdict.
_NONE_MORE = re.compile(r"\b(?:few(?:\s+people)?|no\s+one|nobody|no-one)\s+(?:(?:has|have|had|"
                        r"could\s+have|ever)\s+)*(?:did|done|do|does|gave|given|cared|worked)\s+"
                        r"(?:more|less|harder)\b", re.IGNORECASE)


# The equative of the same ranking: "few left a mark as lasting as hers", "no one was as loved
# as she was": nearly nobody matches the subject, which ranks it first with no measure.
_NONE_AS = re.compile(r"\b(?:few|no\s+one|nobody|no-one|none)\b[^,;:.]{0,40}?\bas\s+[a-z]+\s+as\b",
                      re.IGNORECASE)


def unmeasured_comparison(cues: SentenceCues) -> str | None:
    """The words of a comparison with no measure outside quotations, in a sentence that names
    no source; None when there is none."""
    if cues.source is not None:
        return None
    if (" more" in cues.text or " less" in cues.text or " harder" in cues.text) \
            and not cues.has("number"):
        ranked = _NONE_MORE.search(cues.text)
        if ranked is not None and not any(s <= ranked.start() < e for s, e in cues.quote_spans):
            return ranked.group()
    if " as " in cues.text and not cues.has("number"):
        equal = _NONE_AS.search(cues.text)
        if equal is not None and not any(s <= equal.start() < e for s, e in cues.quote_spans):
            return equal.group()
    more = _MORE_THAN.search(cues.text)
    if more is None or any(s <= more.start() < e for s, e in cues.quote_spans):
        return None
    return more.group()


# "What a move from Demir", "What an evening": an exclamative, after an optional time or label
# ("09:15 What a move"). It exclaims at how much something is what it is: an evaluation, with or
# without the exclamation mark. "What a ...?" asks.
_EXCLAMATIVE = re.compile(r"^(?:[\d:.]+\s+|[A-Z][a-z]+:\s+)?[\"“‘']?What\s+an?\s+\w")
# "bellows his lines as if the audience were at sea": a comparison with what is not so, a figure
# of the writer's (a simile), which describes by judging.
_AS_IF = re.compile(r"\bas\s+(?:if|though)\b", re.IGNORECASE)
# "sailed past the question like a ferry ignoring a swimmer": 'like a' or 'like an' after a word
# that is not the verb 'like' ("I would like a refund", "they like a bargain") nor an estimate
# ("something like a third"): a comparison with a thing of another kind, the same simile.
_LIKE_A = re.compile(r"\b(?P<before>[\w’']+)\s+like\s+an?\s+[a-z]", re.IGNORECASE)
_NOT_SIMILE = frozenset({"would", "i’d", "i'd", "we’d", "we'd", "i", "we", "you", "they",
                         "to", "not", "also", "something", "anything", "nothing", "really"})


def figure(cues: SentenceCues) -> str | None:
    """An exclamative or a simile ('as if', 'like a') in the author's voice; None when there is
    none or the sentence names a source."""
    if cues.source is not None or cues.whole_quote:
        return None
    if _EXCLAMATIVE.match(cues.text) and not cues.text.rstrip().endswith("?"):
        return "exclamative 'What a ...'"
    m = _AS_IF.search(cues.text)
    if m is not None and not any(s <= m.start() < e for s, e in cues.quote_spans):
        return f"simile: '{m.group()}'"
    if " like a" in cues.text:
        for m in _LIKE_A.finditer(cues.text):
            if (m.group("before").lower() not in _NOT_SIMILE
                    and not any(s <= m.start() < e for s, e in cues.quote_spans)):
                return f"simile: '{m.group()[len(m.group('before')):].strip()[:-2]}'"
    return None


# group: epithets. "Mecca and Medina, Islam's two holiest cities, are ...": a superlative in an
# appositive after a name describes what the name refers to by its conventional standing; the
# main clause says something else. The appositive runs from a comma after a capitalised word to
# the next comma.
_APPOSITIVE_OPEN = re.compile(r"[A-Z][\w.’'-]*,\s+(?:[\w’'-]+\s+){0,4}$")


def epithet(text: str, start: int) -> bool:
    """Whether the word at `start` sits in an appositive after a name, closed by a comma."""
    opening = _APPOSITIVE_OPEN.search(text, max(0, start - 60), start)
    return opening is not None and "," in text[start : start + 60]


# What stands before an appraisal verb: a noun, or a closing quotation mark after a title, with
# at most one adverb between ("the second act then sags", "‘The Lantern Keeper’ drifts").
_BEFORE_VERB = re.compile(r"(?P<subject>[A-Za-z]+|[’”'\"])\s+(?:[a-z]+ly\s+|then\s+|soon\s+|"
                          r"never\s+|rarely\s+|only\s+)?$")
_DESTINATION = re.compile(r"\s+(?:to|into|onto)\b")


def appraisal_metaphor(cues: SentenceCues) -> str | None:
    """A work or its part as the subject of a verb it cannot literally do ("the second act
    sags", "the sauce sings", "‘The Lantern Keeper’ drifts"): a review's figure of judgement.
    None when a source is named, or the sentence is measured ("the album soared to number one
    in May" reports a chart position)."""
    found = cues.find("appraisal_verb", quoted=False)
    if not found or cues.source is not None or cues.whole_quote or cues.has("number") \
            or cues.has("date"):
        return None
    works = lexicon.words("stance", "work_parts")
    for verb in found:
        if _DESTINATION.match(cues.text, verb.end):
            continue  # "soared to number one", "sank to the bottom of the chart": a position
        m = _BEFORE_VERB.search(cues.text, max(0, verb.start - 30), verb.start)
        if m is None:
            continue
        subject = m.group("subject")
        if subject.lower() in works or (subject in "’”'\"" and any(
                e == m.end("subject") for _, e in cues.quote_spans)):
            return cues.text[m.start():verb.end]
    return None


# "the app nobody asked for", "a car park that few people asked for", "a rebrand no one wanted": a
# relative clause whose stranded preposition or object gap ends the clause says that no one wanted
# the thing. With no count or source
# behind 'nobody', it is sarcasm as framing (annotation guide, rule 3), not a report; "No one
# asked for a refund" has its object and reports.
_UNWANTED = re.compile(r"\b(?:nobody|no\s+one|no-one|few\s+people|few|hardly\s+anyone)\s+"
                       r"(?:(?:had|has|ever|really|actually)\s+)*(?:(?:asked|wished|voted|called)\s+"
                       r"for|wanted|needed)(?=\s*(?:[.,;:!?—–)]|$|(?:and|but|or)\b))",
                       re.IGNORECASE)


def unwanted(cues: SentenceCues) -> str | None:
    """The words of a "that nobody asked for" clause outside quotations, in a sentence that
    names no source; None when there is none."""
    lower = cues.text.lower()
    if cues.source is not None or not any(w in lower for w in ("nobody", "one", "few", "anyone")):
        return None  # the cheap test first: none of the words that say nobody wanted it
    m = _UNWANTED.search(cues.text)
    if m is None or any(s <= m.start() < e for s, e in cues.quote_spans):
        return None
    return m.group()


def appraising_rank(superlative: str) -> bool:
    """Whether a superlative ranks by the effect a work has on its audience: 'most affecting',
    'most gripping', 'least convincing' ('most' before a participle of effect). A record scope
    ("in years", "since 1987") makes a measured ranking checkable ("the lowest rate in years");
    it does not make "the most affecting drama in years" any less the critic's verdict. 'Best'
    and 'worst' are left to the scope: "its best quarter since 2019" measures sales."""
    words = superlative.lower().split()
    return len(words) == 2 and words[0] in ("most", "least") and words[1].endswith("ing")


# A critic's rating standing alone: "Four stars.", "Three and a half stars out of five.",
# "Rating: 4/5", "★★★☆☆". It is the review's verdict, like a fact-check's "We rate this False"
# (annotation guide: verdicts are opinion), and reports nothing a reader could check.
_RATING = re.compile(
    r"^\W*(?:(?:rating|verdict|score):\s*)?(?:(?:one|two|three|four|five|\d(?:\.\d)?)"
    r"(?:\s+and\s+a\s+half)?\s+(?:stars?(?:\s+out\s+of\s+(?:five|ten|\d+))?|out\s+of\s+(?:five|"
    r"ten|\d+))|\d(?:\.\d)?\s*/\s*(?:5|10)|[★☆]{3,})\W*$", re.IGNORECASE)


def rating(text: str) -> str | None:
    """The words of a rating that is the whole sentence; None when it is not one."""
    return text.strip() if len(text) < 50 and _RATING.match(text) else None
