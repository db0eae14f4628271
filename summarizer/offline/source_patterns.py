"""The surface patterns that find a source's noun phrase next to a verb of saying.

"according to X", "X said (that)", "'...,' said X", "..., said X.", "first reported by X",
"X, in a statement to OUTLET, ...", "X, the role, said", "The role, X, said", a speaker's
label before a colon, headlines ("..., Reveals Reuters"), and the asides masked before a
subject is looked for. `sources.py` tries them in order and classifies what they find.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from summarizer.text import lexicon

# "'...,' said NP"
VERB_SUBJECT = re.compile(
    r"[’”\"]\s*,?\s*(?P<verb>said|says|added|adds|wrote|writes|asked|explained|noted|"
    r"insisted|warned|claimed|argued|told)\s+(?P<np>[^,.;:—–]{1,90})"
)
# "..., said the district attorney's office.": the verb before its subject at the end of the
# sentence, the inversion news style uses for a closing speaker, with or without a quotation.
SAID_LAST = re.compile(
    r",\s+(?P<verb>said|says|added|adds|wrote|writes|explained|noted|insisted|warned|"
    r"claimed|argued|reported|reports|announced|told\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*)*)"
    # a subject pronoun with words after it opens the reported clause ("..., said she wanted
    # answers"), it does not name the speaker
    r"\s+(?!(?:he|she|they|it|we|I|there)\s)(?P<np>[^,;:—–“”\"]{1,90}?)\s*[.!]?$"
)
# A headline: "..., Reveals Reuters", "... 'A Desperate Bargain' Says Analysts", and in sentence
# case "Striker faked injury, say sources", "..., claim insiders": the verb before its subject
# after a comma closes the headline, and the subject is the source of all before it.
HEADLINE = re.compile(
    r"[,’”\"]\s*(?P<verb>Says|Say|Reveals|Reports|Claims|Warns|Finds|Admits|Insists|Argues)"
    r"\s+(?P<np>[A-Z][\w.’'\- ]{1,60})$|,\s*(?P<verb2>says?|claims?|alleges?|reports?)"
    r"\s+(?P<np2>[a-z][\w.’'\- ]{1,40})$"
)
# A headline with the source first: "..., Sources Say", "..., Engineers Warn".
HEADLINE_NP_FIRST = re.compile(
    r",\s*(?P<np>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})\s+"
    r"(?P<verb>Say|Says|Claim|Claims|Allege|Alleges|Warn|Warns|Report|Reports|Find|Finds)$"
)
# Not inside a relative clause: in "the agency, which, according to a Fox News report, provides
# schooling", the source vouches only for what the agency does, not for the main clause.
ACCORDING = re.compile(
    r"(?<!which, )(?<!who, )\b(?P<verb>according to|(?:came|comes|come) from)\s+"
    r"(?P<np>[^,;:—–]{1,90})", re.IGNORECASE
)
STATEMENT_TO = re.compile(
    r"^(?:(?:however|but|meanwhile|yet|and)\b,?\s*)?(?P<np>[^,;]{1,60}),\s+(?P<verb>in\s+(?:a|an)\s+"
    r"(?:statement|interview|op-ed|letter|post|message|call)\s+(?:to|with))\s+"
    r"(?P<to>[^,;]{1,60}),", re.IGNORECASE
)
# "The court heard that ...", "the inquest was told": what a hearing body heard is evidence given
# before it on the record (by the prosecution, a witness), not the author's finding; the body
# whose record holds it is the source.
# (a clause must follow: "the jury heard evidence" is a fact)
HEARD = re.compile(r"^(?P<np>(?i:the)\s+(?:[\w’'-]+\s+){0,2}?"
                   r"(?:court|jury|tribunal|inquiry|inquest|hearing|committee|panel))\s+"
                   r"(?P<verb>(?:has\s+|had\s+)?heard|was\s+told)"
                   r"(?=\s+(?:that\b|[A-Z]|(?:he|she|they|it)\b))")
# group: quote headlines. "‘We can't keep building here’: Q&A with planner Ruth Okonjo", "‘We will
# not back down’: union leader Ada Brill on the strike": a headline that opens with a quotation
# and a colon gives the quotation to the person it then names.
QUOTE_HEADLINE = re.compile(r"^[‘“\"'][^’”\"]{3,}[’”\"']\s*:\s+(?P<rest>.+)$")
# The name opens the rest, or follows 'with', after a few lower-case role words, and ends it or
# comes before 'on' (the topic) or a verb of saying: not a name inside the rest's own clause.
HEADLINE_NAME = re.compile(r"(?:^|\bwith\s+)(?:[a-z][\w’'-]*\s+){0,3}"
                           r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)"
                           r"(?=\s*$|\s*,|\s+(?:on|says|tells|talks)\b)")
# Asides between a subject and its verb: a relative clause (", who asked not to be named,"), an
# age, a participle of speaking or publishing, a medium (", in a report published in May,"),
# followed by the verb, not by a new noun phrase.
RELATIVE = re.compile(r"(?:,\s+(?:(?:who|which|speaking|writing|published|released|issued|dated|"
                       r"filed|signed|in\s+(?:a|an|its|his|her|their)(?!\s+(?:statement|interview|"
                       r"op-ed|letter|post|message|call)\s+(?:to|with)\b))\s(?:[^,;]|(?<=\d),(?=\d{3}))"
                       # the comma of a number ("about 4,000 drivers") does not close the aside
                       r"{1,120}|\d{1,3}|"
                       # counsel named by their side, as British court reports do ("Ann Pell,
                       # prosecuting, said", "Ivo Marsh, defending, told the court"): the
                       # participle is an aside on the speaker, like "speaking"
                       r"(?:defending|prosecuting|mitigating)(?:\s+for\s[^,;]{1,40})?))+,"
                       # A noun phrase after it starts a new clause: the aside closed a relative
                       # clause on an object ("... to Ivo Marsh, who ran the fund, the office said")
                       r"(?!\s+(?:the|a|an|its|his|her|their|this|these|those)\b|\s+[A-Z])")
# "The Herald quoted the mayor as saying ...", "Your report cited the council as saying ...": the
# channel quotes; the speaker is the object of 'quoted' (the speaker, not the channel).
QUOTED_AS = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+"
                       r"(?P<np>[^,;:“”\"]{2,80}?)\s+as\s+(?P<verb>saying|stating|telling|warning|claiming|describing)\b")
# "..., said Lakeport's current mayor, Annette Blume.": the name in apposition to the role.
APPOSED_NAME = re.compile(r"\s*,\s+(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})\s*[.,]")
# "..., photographs show." / "Naps linked to memory, study finds": the source after the claim.
DOCUMENT_TAIL = re.compile(r",\s+(?P<np>[^,;:]{2,50}?)\s+(?P<verb>show|shows|showed|finds|found|"
                            r"suggests|says)[.!]?$", re.IGNORECASE)
# "Marenova Lines, which operates the ship, said": 'which' is the relative pronoun for things, so
# the name it takes up is an organisation, however much it looks like a person's ('who').
WHICH = re.compile(r",\s+which\b")
# group: temporal subordinators. "Shares fell 5% after the company said profits would drop": a
# verb of saying whose subject follows 'after', 'when' ... heads a subordinate clause of time; its
# speaker vouches for that clause only, while the main clause ("shares fell") is the author's.
SUBORDINATE_SPEAKER = re.compile(r"\b(?i:after|before|since|until|once|when|while)\s+"
                                 r"(?P<np>(?:(?!\b(?i:after|before|since|until|once|when|while)\b)"
                                 r"[^,;])+)$")
# ... unless the main clause only sets the time of the report: in "The denial came after the
# Courier reported that ...", 'came' carries no news of its own; the report is the content.
LIGHT_MAIN = re.compile(r"\b(?:came|comes|come|follows|followed|arrived|arrives)\s*$")
AFTER_QUOTE = re.compile(r"[’”\"]\s*,?\s+")
# Words without which no pattern here can match, besides the reporting and 'by' verbs.
TRIGGER_WORDS = frozenset({"according", "by", "from", "statement", "interview", "op-ed",
                            "letter", "post", "message", "call", "heard", "told"})
LETTERS = re.compile(r"[a-z]+")
# group: bracketed tags. "The Department of Transport (DOT) announced", "Mitch Brill (R-Ky.)
# said": an abbreviation or a party tag in brackets names the same subject again; it does not
# open a clause, so it is blanked before clause starts are looked for.
BRACKET_TAG = re.compile(r"\s\([A-Z][\w.–—-]{0,11}\)")
# group: a speaker's label. "Sen. Ada Brill: “Anything short of ...”": a name and a colon before
# a quotation, as in transcripts and lists of reactions, names who is quoted.
COLON_SPEAKER = re.compile(
    r"^(?P<np>(?:[A-Z][\w.’'-]*\s+){1,4}[A-Z][\w’'-]*):\s+[“\"‘]")  # two words: not "Update:"
# "according to the 1999 inquiry commission": what follows 'according to' is a source even when
# the word lists do not know its head; a definite one is identified, an indefinite one is not.
# A digit or a capital after the first word marks a particular body ("the 1999 inquiry
# commission"), not a schedule or a rule ("according to the timetable", which states a fact).
DEFINITE = re.compile(r"(?i:the|its|his|her|their)\s")
SPECIFIC = re.compile(r"\s\S*[A-Z0-9]")
# A time adverbial before the verb ("Halloran, the mayor, on Monday denied") does not end a subject.
# group: party and state tags. "Sen. Ada Brill, D-Vt., said", "Ada Brill, Utah Republican, said":
# up to three capitalised words in apposition, with no determiner, describe the name before them.
TAG = r"[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2}"
WHEN = r"(?:(?:on|last|this|late|early|earlier)\s+[A-Za-z]+\s+)?"
# A possessor of a role: "Kerry's", "Mayor Ana Ruiz's" (a name of up to four words).
OWNER = r"[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}[’']s"


@dataclass(frozen=True)
class Lexical:
    """The patterns built from the lexicon's verb lists."""

    appositive: re.Pattern[str]
    role_appositive: re.Pattern[str]
    by: re.Pattern[str]
    triggers: frozenset[str]


def alternation(entries: Iterable[str]) -> str:
    return "|".join(re.escape(entry) for entry in entries)


@cache
def lexical() -> Lexical:
    """Build the patterns from the lexicon on first use (longest verb first)."""
    verbs = lexicon.words("sources", "reporting_verbs")
    by_verbs = lexicon.words("sources", "source_by_verbs")
    aux = r"(?:(?:" + alternation(lexicon.entries("sources", "auxiliaries")) + r")\s+)*"
    roles = alternation(sorted(lexicon.words("sources", "titles", "spokespeople"),
                                key=lambda r: (-len(r), r)))
    verb = aux + r"(?P<verb>" + alternation(sorted(verbs, key=lambda v: (-len(v), v))) + r")\b"
    return Lexical(
        # "Maria Lopez, the chief executive of Acme, said": the name before the apposition,
        # also after a quotation ("“...,” Lopez, now a councillor, said"); the role may be a
        # bare office noun, as news style writes it ("Ana Ruiz, spokeswoman for Acme, said").
        appositive=re.compile(
            r"(?:^|[,;—–]\s+|[’”\"]\s+)(?P<np>[A-Z][\w.’'\-]*(?:\s+(?:and\s+)?[A-Z][\w.’'\-]*)"
            r"{0,6}),\s+(?P<role>(?:(?:now|then|previously|formerly|also)\s+)?"
            # "Ivo Marsh and Ana Ruiz, both councillors, said": two speakers, one role
            r"(?:(?:the|a|an|its|his|her|their|both)\s+[^,;]{1,110}|(?:" + roles + r")\b[^,;]{0,80}"
            # a possessive role: "Ivo Marsh, Kerry's harbour chief, said"
            + r"|" + OWNER + r"\s+[^,;]{1,80})|" + TAG + r"),\s+" + WHEN + verb
        ),
        # "His lawyer, Ahmed Rahman, said": a role first, then the name between commas.
        # A possessive may stand for the determiner: "Pennick's lawyer, Victor Amsel, argued".
        # An opening adverbial may come first: "In a statement read to the court, the
        # daughter, Claire Dunmore, said": the phrase sets the scene; the subject follows it.
        role_appositive=re.compile(
            # after a liveblog entry's time, if any ("15:50 — Harnley's mayor, Tom Ashby, ...")
            r"^(?:\d{1,2}[:.]\d{2}\s*[—–-]?\s*)?"
            r"(?:(?:In|At|On|Outside|After|Speaking|Later|Earlier)\b[^,;]{0,70},\s+)?"
            # 'one', 'another': a numeral picks one of a class as an article does ("One
            # resident, Moira Quinn, said")
            r"(?:(?i:the|a|an|its|his|her|their|our|one|another)|" + OWNER + r")\s+[^,;]{1,70},\s+"
            r"(?P<np>[A-Z][\w.’'\-]*"
            r"(?:\s+[A-Z][\w.’'\-]*){0,4}),\s+" + WHEN + verb
        ),
        # "first reported by X", "a memo obtained by X"
        by=re.compile(
            r"\b(?:first\s+|originally\s+)?(?P<verb>(?:" + alternation(sorted(by_verbs))
            + r")(?:\s+on\s+[A-Z][a-z]+)?\s+by)\s+(?P<np>[^,;:—–]{1,90})"
        ),
        triggers=verbs | by_verbs | TRIGGER_WORDS | lexicon.words("sources", "document_verbs"),
    )
