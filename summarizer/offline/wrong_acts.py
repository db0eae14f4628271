"""Wrongs stated without a crime word: the acts an accusation describes instead of naming.

"told staff to keep quiet", "dumped waste in the river", "never declared his stake", "fixed
the tender", "buried the audit", "steering contracts to donors", "wining and dining the
councillors": each is the shape of a wrong (a cover-up, pollution, an undeclared interest, a
rigged contest, concealment, favour, bribery), imputed to whoever did it. `allegation.py` counts
them with the accusing words; `negation.negated` keeps a denied one ("did not take bribes") from
counting. Every pattern runs only when a word it needs is in the sentence (`GATES`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from summarizer.offline.insinuation import (
    FAVOUR_VERBS,
    favour_cause,
    favour_nouns,
    favour_to_deciders,
    kin_interest,
)
from summarizer.offline.negation import negated
from summarizer.text import lexicon

# A concealed act: "quietly shelved", "secretly romancing", "has quietly moved". The adverb
# before a verb says the doer hid the act, which imputes a cover-up or a hidden motive; after
# the verb ("rest quietly") it only describes a manner.
_CONCEALED_ACT = re.compile(
    r"\b(?:quietly|secretly|covertly)\s+(?:been\s+)?(?:[a-z]+(?:ed|ing)|sold|paid|kept|"
    r"made|took|gave|sent|held|put|let|met|told)\b", re.IGNORECASE)


# A record kept from view or a warning disregarded: "buried an earlier audit", "spiked the
# report", "ignored a 2021 warning". Burying or ignoring a document, unlike burying a person, is
# concealment or negligence imputed to whoever did it: a cover-up (rule 1).
_SUPPRESSED_RECORD = re.compile(
    r"\b(?:buried|bury|burying|buries|shelved|spiked|ignored|ignoring|"
    r"ignores|disregarded)\s+(?:(?:a|an|the|its|his|her|their|two|three|several|repeated)\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:audit|audits|report|reports|warning|warnings|findings|evidence|"
    r"complaints?|stories|study|inquiry|review|memo|data)\b", re.IGNORECASE)


# The same cover-up told from the record's side, and ordered: "the council's own audit of the
# committee was buried", "staff were told to shred the guest list", "the auditor was told to lose
# the file". A record kept from view in the passive, or an order to destroy a particular one (a
# definite object: not "told to delete patient data after 30 days", a retention rule), imputes
# the concealment to whoever buried it or gave the order (rule 1: a cover-up), even unnamed.
_HIDDEN_RECORD = re.compile(
    r"\b(?:audit|audits|report|reports|warning|warnings|findings|evidence|complaints?|inquiry|"
    r"review|memo|file|files)(?:\s+(?:of|into|on|about)\s+(?:[\w’'-]+\s+){1,3}?)?\s*(?:was|were|"
    r"has\s+been|have\s+been|had\s+been)\s+(?:quietly\s+|then\s+)?(?:buried|shelved|spiked|"
    r"suppressed|hushed\s+up)\b|\b(?:told|ordered|instructed|asked)\s+to\s+(?:(?:lose|shred|destroy|"
    r"delete|wipe|burn|doctor|backdate)\s+(?:the|its|his|her|their|that)|"
    # 'lose' and 'doctor' a record are never routine, so a bare plural object accuses too
    # ("told to lose complaint letters"), unlike "told to delete emails after 30 days"
    r"(?:lose|doctor|backdate))\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:file|files|list|records?|emails?|minutes|logs?|documents?|evidence|"
    r"receipts?|notes|data|tapes?|footage|report|accounts|letters|complaints?)\b", re.IGNORECASE)


# An inquiry stopped under pressure: "pressured a junior minister to drop an inquiry into the
# deal", "leaned on investigators to drop the case". Pressing someone to end an inquiry, a case
# or a complaint is obstruction imputed to whoever applied the pressure (rule 1), however plain
# the verbs; a body that votes or decides to drop an inquiry itself pressures no one.
_OBSTRUCTION = re.compile(
    r"\b(?:pressur(?:ed|es|ing|e)|le(?:a|)n(?:ed|t|s|ing)?\s+on|bull(?:ied|ies|ying|y)|"
    r"strong-arm(?:ed|s|ing)?)\s+(?:[\w’'-]+\s+){0,4}?to\s+(?:drop|abandon|shelve|halt|end|quash|"
    r"close|withdraw|water\s+down)\s+(?:the|an|a|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:inquiry|investigation|case|probe|charges?|complaints?|prosecution|audit|review)\b",
    re.IGNORECASE)


# A rule broken or flouted: "break the legal limits on driving hours", "flouted safety
# regulations", "treats the safety rules like suggestions". Disregard of a binding rule is
# wrongdoing imputed to whoever does it, whatever the verb's register.
_BROKEN_RULE = re.compile(
    r"\b(?:break|breaks|broke|breaking|breached?|breaching|flout(?:s|ed|ing)?|"
    r"skirt(?:s|ed|ing)?|circumvent(?:s|ed|ing)?|bend(?:s|ing)?|bent|ignor(?:e|es|ed|ing)|"
    r"treat(?:s|ed|ing)?)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:rules|law|laws|limits|regulations|code|licen[cs]e|safety\s+standards)\b"
    r"(?!\s+(?:of\s+physics|of\s+the\s+game))", re.IGNORECASE)


# Dissent punished or silenced: "punishes dissent", "silenced critics", "froze out anyone who
# objected", "sacks anyone who joins the union". Using power against those who disagree or
# report wrongdoing is abuse of office imputed to whoever does it, like retaliation (the
# 'mistreatment_phrases' group).
_SUPPRESSED_DISSENT = re.compile(
    r"\b(?:punish|silenc|muzzl|gag|crush|stifl|sidelin|purg|froze\s+out|freez\w*\s+out|"
    r"victimi[sz]|sack|blacklist|demot)\w*\s+(?:(?:any|all|internal|the)\s+)?(?:dissent|"
    r"dissenters|critics|"
    r"whistle-?blowers|objectors|anyone\s+who)\b", re.IGNORECASE)


# An adverse act against someone tied to their dissent: "was moved off the file after raising
# concerns", "were sacked for complaining", "was suspended after blowing the whistle". The 'after'
# or 'for' links the punishment to the dissent, which imputes retaliation (an abuse of power),
# however plain the verbs; 'she resigned after raising concerns' punishes no one.
_RETALIATION = re.compile(
    r"\b(?:was|were|been|got|being)\s+(?:\w+\s+)?(?:moved|sacked|fired|dismissed|removed|demoted|"
    r"suspended|transferred|sidelined|disciplined|pushed|forced|taken|frozen|dropped|reassigned)"
    r"\b[^.;]{0,60}?\b(?:after|for)\s+(?:raising|voicing|flagging|reporting|questioning|"
    r"complaining|speaking|blowing|objecting|refusing)\b", re.IGNORECASE)


# Silence ordered: "told staff to keep quiet", "pressured the auditor to say nothing", "asked
# them to keep it under wraps". Getting others to stay silent about something is concealment
# imputed to whoever asks: a cover-up (rule 1). 'Remain silent' and 'fall silent' are left out:
# they are also the words of a minute's silence and of the right to silence.
_SILENCING = re.compile(
    r"\b(?:told|tells|tell|telling|ordered|orders|ordering|instructed|instructs|instructing|"
    r"pressured|pressuring|pressed|pressing|urged|urging|warned|warning|begged|paid|pays|paying)"
    r"\s+(?:[\w’'-]+\s+){1,3}?to\s+(?:keep\s+(?:quiet|schtum|mum|(?:it|this|that|things|the\s+"
    r"[\w’'-]+)\s+(?:quiet|secret|under\s+wraps|hush-hush))|stay\s+(?:quiet|schtum|mum)|"
    r"say\s+nothing|cover\s+(?:it|this|that)\s+up)\b", re.IGNORECASE)


# Waste got rid of where it does not belong: "dumped waste in the river", "dumps rubbish from his
# sites on the common land". 'Dump' with a waste noun and a river, a field or common land as
# the place is pollution or fly-tipping imputed to the doer, a wrong without a crime word.
_DUMPED_WASTE = re.compile(
    r"\b(?:dump|dumps|dumped|dumping|tipped|tipping)\s+(?:[\w’'-]+\s+){0,3}?(?:waste|rubbish|"
    r"sewage|effluent|chemicals|slurry|rubble|toxins|asbestos|spoil)\b[^.;]{0,60}?\b(?:in|into|"
    r"on|onto)\s+(?:[\w’'-]+\s+){0,3}?(?:river|rivers|sea|lake|stream|streams|canal|brook|"
    r"estuary|bay|harbour|land|field|fields|woods|woodland|verge|verges|moor|beach|countryside|"
    r"creek|marsh)\b", re.IGNORECASE)


# A duty to declare left undone: "took the money and never declared it", "failed to disclose
# his shares", "sat on the panel without declaring an interest". Declaring and disclosing are
# duties, so their omission, asserted, imputes concealment. A plain "did not disclose the terms"
# is left out: business news says it of every private deal; so are 'report' and 'register',
# which also mean scoring ("failed to register a shot").
_UNDECLARED = re.compile(
    r"\b(?:never\s+(?:declared|disclosed)|(?:failed|fails|failing)\s+to\s+(?:declare|disclose)|"
    r"without\s+declaring)\b", re.IGNORECASE)


# A contest or an award fixed: "fixed the tender", "fixing the match", "fixed the vote in his
# favour". 'Fix' with a contest as its whole object (not "fixed the vote-counting machines",
# which the look-ahead rules out) is rigging imputed to the doer.
_FIXED_CONTEST = re.compile(
    r"\bfix(?:es|ed|ing)?\s+(?:the|a|an|his|her|their|its|this|that)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:tender|tenders|match|matches|game|games|vote|votes|ballot|election|result|results|race|"
    r"bout|fight|contest|draw|bidding|auction)(?=\s*(?:[.,;:!?]|$)|\s+(?:in|for|so|to|and|by|at|"
    r"on|with|against|because|before|after)\b)|"
    # anything fixed for one party ("the valuation was fixed to suit the buyer", "fixed the
    # scores in his favour"): favouring a party to a deal turns setting a figure into rigging it;
    # fixed "to suit tenants on low incomes" or "most budgets" serves a class, not a party
    r"\bfix(?:es|ed|ing)?\s+(?:[\w’'-]+\s+){0,3}?(?:to\s+favou?r\b|in\s+(?:his|her|their|its|"
    r"[\w’'-]+[’']s)\s+favou?r\b|to\s+(?:suit|benefit|help)\s+(?:the|a|his|her|their)\s+"
    r"(?:[\w’'-]+\s+)?(?:buyers?|bidders?|developers?|purchasers?|friends?|donors?|allies|ally)\b)",
    re.IGNORECASE)


# Shredding or destroying a finding, a warning or a complaint, or sitting on it ("shreds any
# complaint", "destroyed the evidence", "has been sitting on the report"), withholds it the same
# way. Files, records and data are left out: shredding or deleting them on a schedule is routine
# retention. The noun must head its phrase ("sat on the audit committee" is a seat on a body).
_DESTROYED_RECORD = re.compile(
    r"\b(?:shred|shreds|shredded|shredding|destroyed|destroys|destroying|deleted|deletes|"
    r"deleting|sat\s+on|sits\s+on|sitting\s+on)\s+(?:(?:a|an|any|every|the|its|his|her|their)"
    r"\s+)?(?:[\w’'-]+\s+){0,2}?(?:audit|report|reports|warning|warnings|findings|evidence|"
    r"complaints?|inquiry|review|memo|minutes)\b"
    r"(?!\s+(?:committee|board|panel|commission|council|team|office)\b)", re.IGNORECASE)


# Knowing of a wrong and keeping silent: "knew about the abuse and said nothing", "knew of the
# leaks for months and did nothing". Knowledge of a state of affairs ('about', 'of', 'that'; not
# "knew the answer") joined to inaction imputes complicity or a cover-up to whoever knew.
_KNEW_AND_SILENT = re.compile(
    r"\b(?:knew|had\s+known|has\s+known|have\s+known)\s+(?:about|of|that)\b[^.;]{0,80}?\band\s+"
    r"(?:yet\s+)?"
    r"(?:said|did)\s+nothing\b", re.IGNORECASE)


# A thing presented as what it is not: "passes off frozen food as fresh", "passed the old
# figures off as new". 'Pass off ... as' is misrepresentation, deceit imputed to the doer.
_PASSED_OFF = re.compile(
    r"\bpass(?:es|ed|ing)?\s+(?:off\s+(?:[\w’'-]+\s+){1,4}?as|(?:[\w’'-]+\s+){1,4}?off\s+as)\b",
    re.IGNORECASE)


# A contract or a post given to the giver's own relative or friend: "gave the job to his
# nephew", "handed the parking contract to his golfing buddy". Public work going to one's own
# circle is nepotism or cronyism imputed to the giver (a 'kin_nouns' or 'favour_ties' word must
# follow the possessive; "handed the role to his deputy" names no tie).
_TO_OWN_CIRCLE = re.compile(
    r"\b(?:gave|give|gives|giving|handed|hands|handing|awarded|awards|awarding|steered|passed|"
    r"offered)\s+(?:the|a|an|this|that)\s+(?:[\w’'-]+\s+){0,2}?(?:contract|contracts|job|jobs|"
    r"post|posts|tender|deal|licen[cs]e|lease|franchise|concession)\s+to\s+(?:his|her|their)\s+"
    r"(?:own\s+)?(?:[\w’'-]+\s+)?(?P<tie>[a-z]+(?:-in-law)?)\b", re.IGNORECASE)


# Retaliation against people: "retaliated against staff who spoke up", "retaliation against
# some of the victims". Punishing people for what they did is an abuse of power imputed to
# whoever retaliated; retaliation against a policy or a tariff ("retaliation against U.S. trade
# policies") is a state's reported act, so the object must be people (a person noun).
_RETALIATED_AGAINST = re.compile(
    r"\bretaliat\w*\s+against\s+(?:[\w’'-]+\s+){0,4}?(?P<who>[a-z]+)\b", re.IGNORECASE)


# A record tampered with: "fiddled its emissions figures", "massaged the numbers", "fudged the
# accounts". These verbs with a record as object mean falsifying it, however homely the verb;
# 'fiddle' or 'massage' with anything else ("fiddled with the radio") is not counted.
_TAMPERED_RECORD = re.compile(
    r"\b(?:fiddl|massag|fudg|juic)(?:e|es|ed|ing)?\s+(?:with\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:figures|numbers|books|accounts|expenses|results|data|records|statistics|stats|returns|"
    r"minutes|logs|readings|timesheets)\b", re.IGNORECASE)


# Money or work directed to a chosen party: "steering contracts toward donors", "diverting
# grant money to a club he chairs". The goal phrase makes 'steer' a transfer (not 'steering
# the committee'); a hint of favour, weak on its own like 'secret'.
_DIRECTED_TRANSFER = re.compile(
    r"\b(?:steer|divert|channel|channell|funnel|funnell)(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:contracts?|funds?|money|grants?|business|work|cash|payments?|jobs|deals?)\s+"
    r"(?:to|toward|towards|into)\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def shapes(text: str) -> tuple[tuple[tuple[int, int, str], ...],
                                 tuple[tuple[str, bool, int], ...], tuple[tuple[int, str], ...]]:
    """The pattern-found accusation wording of a sentence, found once (`accusation` is asked
    for quoted and unquoted words): directed transfers (start, end, words), relatives'
    businesses, and concealed acts, suppressed records and broken rules (start, words)."""
    lower = text.lower()  # each pattern runs only if a word it needs is there (C-speed test)
    directed = tuple((m.start(), m.end(), m.group()) for m in _DIRECTED_TRANSFER.finditer(text)
                     ) if _any_in(lower, _GATES[_DIRECTED_TRANSFER]) else ()
    acts = tuple((m.start(), m.group()) for pattern in (_CONCEALED_ACT, _SUPPRESSED_RECORD,
                                                         _BROKEN_RULE, _SUPPRESSED_DISSENT,
                                                         _RETALIATION, _HIDDEN_RECORD,
                                                         _OBSTRUCTION)
                 if _any_in(lower, _GATES[pattern]) for m in pattern.finditer(text))
    if _later_gate().search(lower) is not None:  # one C-speed test for the five below
        acts += tuple((m.start(), m.group()) for pattern in (_SILENCING, _DUMPED_WASTE,
                                                              _UNDECLARED, _FIXED_CONTEST,
                                                              _TAMPERED_RECORD, _DESTROYED_RECORD,
                                                              _KNEW_AND_SILENT, _PASSED_OFF)
                      if _any_in(lower, _GATES[pattern]) for m in pattern.finditer(text)
                      if not negated(text, m.start()))
        if _any_in(lower, _GATES[_RETALIATED_AGAINST]):
            people = lexicon.words("sources", "people_plurals", "anonymous_heads", "accuser_heads")
            acts += tuple((m.start(), m.group()) for m in _RETALIATED_AGAINST.finditer(text)
                          if m.group("who").lower() in people and not negated(text, m.start()))
        if _any_in(lower, _GATES[_TO_OWN_CIRCLE]):
            ties = lexicon.words("allegation", "kin_nouns", "favour_ties")
            acts += tuple((m.start(), m.group()) for m in _TO_OWN_CIRCLE.finditer(text)
                          if m.group("tie").lower() in ties and not negated(text, m.start()))
        if _any_in(lower, FAVOUR_VERBS) or _any_in(lower, favour_nouns()):
            acts += tuple((m.start(), m.group()) for m in favour_to_deciders().finditer(text)
                          if not negated(text, m.start()))
    return directed, kin_interest(text) + favour_cause(text), acts


@cache
def _later_gate() -> re.Pattern[str]:
    """Any word the silencing, dumping, declaring, fixing, tampering or favour patterns need."""
    words = {w for p in (_SILENCING, _DUMPED_WASTE, _UNDECLARED, _FIXED_CONTEST,
                         _TAMPERED_RECORD, _DESTROYED_RECORD, _KNEW_AND_SILENT, _PASSED_OFF,
                         _TO_OWN_CIRCLE, _RETALIATED_AGAINST) for w in _GATES[p]}
    words |= {*FAVOUR_VERBS, *favour_nouns()}
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ordered) + ")")


def _any_in(lower: str, words: tuple[str, ...]) -> bool:
    return any(word in lower for word in words)


# Word parts without which each pattern cannot match.
_GATES: dict[re.Pattern[str], tuple[str, ...]] = {
    _DIRECTED_TRANSFER: ("steer", "divert", "channel", "funnel"),
    _CONCEALED_ACT: ("quietly", "secretly", "covertly"),
    _SUPPRESSED_RECORD: ("buri", "bury", "shelved", "spiked", "ignor", "disregard"),
    _OBSTRUCTION: ("pressur", "leaned on", "lent on", "leant on", "lean on", "leaning on",
                   "bull", "strong-arm"),
    _HIDDEN_RECORD: ("buried", "shelved", "spiked", "suppressed", "hushed", "lose", "shred",
                     "destroy", "delete", "wipe", "burn", "doctor", "backdate"),
    _BROKEN_RULE: ("rule", "law", "limit", "regulation", "code", "licen", "standard"),
    _SUPPRESSED_DISSENT: ("dissent", "critics", "blower", "objector", "anyone who"),
    _SILENCING: ("quiet", "schtum", "mum", "wraps", "hush", "say nothing", "cover it",
                 "cover this", "cover that"),
    _DUMPED_WASTE: ("dump", "tipp"),
    _UNDECLARED: ("declar", "disclos", "failed to", "fails to", "failing to"),
    _FIXED_CONTEST: ("fix",),
    _TAMPERED_RECORD: ("fiddl", "massag", "fudg", "juic"),
    _DESTROYED_RECORD: ("shred", "destroy", "delet", "sat on", "sits on", "sitting on"),
    _KNEW_AND_SILENT: ("said nothing", "did nothing"),
    _PASSED_OFF: ("pass",),
    _TO_OWN_CIRCLE: ("to his", "to her", "to their"),
    _RETALIATED_AGAINST: ("retaliat",),
    _RETALIATION: ("raising", "voicing", "flagging", "reporting", "questioning", "complaining",
                   "speaking", "blowing", "objecting", "refusing"),
}
