"""Accusations: allegation wording, and whether a sentence points at someone.

Used by `classify.py` to tell an unsupported allegation from a view (with
`targets.py`, which finds who is accused), and by `evidence.py` to record the
words, so that `compose.py` keeps any accusation out of the reporting part of a
summary, whoever labelled it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from summarizer.offline.cues import Cue, SentenceCues
from summarizer.offline.insinuation import favour_cause, kin_interest
from summarizer.offline.legal import mentioned
from summarizer.offline.targets import definite_subject
from summarizer.text import lexicon

# "are verified", "has been independently confirmed", "is proven beyond doubt": the
# sentence itself vouches that something is established.
_VOUCHING = re.compile(
    r"\b(?:is|are|was|were|been|be)\s+(?:now\s+|fully\s+|independently\s+|all\s+|"
    r"thoroughly\s+|already\s+)?(?:verified|confirmed|proven|proved|substantiated|"
    r"corroborated|undisputed|indisputable|beyond\s+(?:doubt|dispute))\b(?!\s+as\b)",
    re.IGNORECASE,
)
# What an accusation is called: vouching for one is itself an accusation.
_CLAIM_NOUNS = re.compile(
    r"\b(?:allegations?|accusations?|claims?|charges|rumou?rs|suspicions|revelations)\b",
    re.IGNORECASE,
)


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
    r"suppressed|hushed\s+up)\b|\b(?:told|ordered|instructed|asked)\s+to\s+(?:lose|shred|destroy|"
    r"delete|wipe|burn|doctor|backdate)\s+(?:the|its|his|her|their|that)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:file|files|list|records?|emails?|minutes|logs?|documents?|evidence|"
    r"receipts?|notes|data|tapes?|footage|report|accounts)\b", re.IGNORECASE)
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
    r"on|with|against|because|before|after)\b)", re.IGNORECASE)
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


# A record tampered with: "fiddled its emissions figures", "massaged the numbers", "fudged the
# accounts". These verbs with a record as object mean falsifying it, however homely the verb;
# 'fiddle' or 'massage' with anything else ("fiddled with the radio") is not counted.
_TAMPERED_RECORD = re.compile(
    r"\b(?:fiddl|massag|fudg|juic)(?:e|es|ed|ing)?\s+(?:with\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:figures|numbers|books|accounts|expenses|results|data|records|statistics|stats|returns|"
    r"minutes|logs|readings|timesheets)\b", re.IGNORECASE)


@cache
def _favour_to_deciders() -> re.Pattern[str]:
    """Favour lavished on those who decide: "wining and dining the councillors who approve his
    plans", "hands out free tickets to the planning officers", "slipped the inspector an
    envelope". A benefit given to the officials who rule on the giver's affairs is the shape of
    bribery (undue influence), imputed without the word. Paying officials is left out: paying a
    referee or an inspector their fee is ordinary."""
    deciders = "|".join(sorted(lexicon.entries("allegation", "deciders"), key=len, reverse=True))
    gifts = "|".join(sorted(lexicon.entries("allegation", "favours"), key=len, reverse=True))
    return re.compile(
        r"\b(?:(?:wining\s+and\s+dining|wined\s+and\s+dined|wines\s+and\s+dines|showered|showers|"
        r"showering|lavished|lavishes|lavishing|plied|plies|plying|slipped|slips|slipping)\s+"
        r"(?:[\w’'-]+\s+){0,3}?|(?:" + gifts + r")\s+(?:to|for)\s+(?:[\w’'-]+\s+){0,3}?)"
        r"(?:" + deciders + r")\b(?![’'])", re.IGNORECASE)


# A negator just before an accusing word or act ("did not take bribes", "has never lied",
# "there were no kickbacks") denies it: the sentence clears someone, it does not accuse them. Up
# to two words may come between ("did not take bribes"), none of them a verb whose negation
# leaves the wrong asserted ("did not stop the bullying", the 'negation_blockers' group).
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:not|never|no|no\s+one|nobody)|n['’]t)\s+(?P<between>(?:[\w’'-]+\s+){0,2})$",
    re.IGNORECASE)
# "There is no evidence that ...", "nothing to suggest ...": the sentence says the accusation
# has no support, which asserts nothing against anyone.
_NO_SUPPORT = re.compile(r"\b(?:no|little|scant)\s+(?:evidence|sign|proof|suggestion|indication)"
                         r"\s+(?:that|of)\b|\bnothing\s+to\s+(?:suggest|show|indicate)\b",
                         re.IGNORECASE)
# "Everyone at City Hall knows ...", "Observers at the parliament agree ...": a claim given as
# what people share, with no one who says it. Up to 60 characters may qualify the subject.
_CONSENSUS = re.compile(r"^[\W_]*(?:(?:and|but|yet|so)\s+)?(?P<who>[a-z]+)\b(?P<rest>[^.;:]{0,60})",
                        re.IGNORECASE)
# A secret denied or declared open: "it is no secret that", "Nor is it any secret that", "it's
# hardly a secret", "it is an open secret". Saying that something is not secret asserts that it is
# known to all, which is unattributed consensus (rule 1), in either word order.
_OPEN_SECRET = re.compile(r"\b(?:it\s+is|it['’]s|it\s+was|is\s+it|was\s+it)\s+(?:no|any|hardly\s+a|"
                          r"not\s+a|an\s+open)\s+secret\b")
_IMPERSONAL = frozenset({"everyone", "everybody", "anyone", "anybody"})


# A non-restrictive relative clause about a person: ", who has been steering contracts to
# donors," or ", whose accounts ...,". What it says is presupposed background, not the claim
# the sentence is about, so a reader does not weigh it; a hint of wrongdoing there is asserted
# as settled. Only 'who'/'whose': an accusation is aimed at people, and "negotiations, which
# have been shrouded in secrecy" describes a thing.
_ASIDE_RELATIVE = re.compile(r",\s+(?:who|whose)\s[^,;:]{3,160}(?:,|$)")


# Money or work directed to a chosen party: "steering contracts toward donors", "diverting
# grant money to a club he chairs". The goal phrase makes 'steer' a transfer (not 'steering
# the committee'); a hint of favour, weak on its own like 'secret'.
_DIRECTED_TRANSFER = re.compile(
    r"\b(?:steer|divert|channel|channell|funnel|funnell)(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:contracts?|funds?|money|grants?|business|work|cash|payments?|jobs|deals?)\s+"
    r"(?:to|toward|towards|into)\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _shapes(text: str) -> tuple[tuple[tuple[int, int, str], ...],
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
        if _any_in(lower, _GATES[_TO_OWN_CIRCLE]):
            ties = lexicon.words("allegation", "kin_nouns", "favour_ties")
            acts += tuple((m.start(), m.group()) for m in _TO_OWN_CIRCLE.finditer(text)
                          if m.group("tie").lower() in ties and not negated(text, m.start()))
        if _any_in(lower, _FAVOUR_VERBS) or _any_in(lower, _favour_nouns()):
            acts += tuple((m.start(), m.group()) for m in _favour_to_deciders().finditer(text)
                          if not negated(text, m.start()))
    return directed, kin_interest(text) + favour_cause(text), acts


def negated(text: str, start: int) -> bool:
    """Whether the accusing word or act at `start` is denied: a negator just before it in its
    clause, or a "no evidence that" frame before it."""
    head = text[max(0, start - 40):start]
    m = _NEGATED_BEFORE.search(head)
    if m is not None and not any(
            w in lexicon.words("allegation", "negation_blockers")
            for w in m.group("between").lower().split()):
        return True
    return "no" in text[:start].lower() and _NO_SUPPORT.search(text, 0, start) is not None


# Words without which the favour pattern cannot match: its verbs, or one of its gifts.
_FAVOUR_VERBS = ("dining", "dined", "dines", "shower", "lavish", "plied", "plies", "plying",
                 "slip")


@cache
def _favour_nouns() -> tuple[str, ...]:
    return lexicon.entries("allegation", "favours")


@cache
def _later_gate() -> re.Pattern[str]:
    """Any word the silencing, dumping, declaring, fixing, tampering or favour patterns need."""
    words = {w for p in (_SILENCING, _DUMPED_WASTE, _UNDECLARED, _FIXED_CONTEST,
                         _TAMPERED_RECORD, _DESTROYED_RECORD, _KNEW_AND_SILENT, _PASSED_OFF,
                         _TO_OWN_CIRCLE) for w in _GATES[p]}
    words |= {*_FAVOUR_VERBS, *_favour_nouns()}
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
    _RETALIATION: ("raising", "voicing", "flagging", "reporting", "questioning", "complaining",
                   "speaking", "blowing", "objecting", "refusing"),
}


def accusation(cues: SentenceCues, *, quoted: bool | None = None) -> list[str]:
    """The allegation wording in the sentence; empty when none accuses.

    Args:
        cues: the sentence's cues.
        quoted: False to count only words outside quotations (the author's own).
    """
    weak = cues.find("allegation_weak", quoted=quoted)
    directed, kin, acts = _shapes(cues.text)
    for start, end, words in directed:
        inside = any(s <= start < e for s, e in cues.quote_spans)
        if quoted is None or inside is quoted:
            weak = [*weak, Cue("allegation_weak", words, start, end, inside)]
    strong = [c.text for c in cues.find("allegation", quoted=quoted)
              if not mentioned(cues.text, c.start, c.end) and not negated(cues.text, c.start)]
    for words, office, start in kin:
        inside = any(s <= start < e for s, e in cues.quote_spans)
        if quoted is None or inside is quoted:
            if office:
                strong.append(words)
            else:
                weak = [*weak, Cue("allegation_weak", words, start, start + len(words), inside)]
    found = accusing(strong + _presupposed(cues, weak), [c.text for c in weak])
    for start, words in acts:
        inside = any(s <= start < e for s, e in cues.quote_spans)
        if quoted is None or inside is quoted:
            found = [*found, words]
    return found


def pattern_acts(cues: SentenceCues) -> list[tuple[str, bool]]:
    """The wrongful acts found by pattern rather than by a word ("dumped waste in the river",
    "told staff to keep quiet"), each with whether it is inside a quotation: `evidence.py`
    records them beside the accusing words, so that whoever reads the label later (arbitration,
    the summary) weighs the same accusation the offline rule saw."""
    return [(words, any(s <= start < e for s, e in cues.quote_spans))
            for start, words in _shapes(cues.text)[2]]


def denied(cues: SentenceCues, start: int) -> bool:
    """Whether the accusing word at `start` is denied ("did not take bribes"): see `negated`."""
    return negated(cues.text, start)


def act_subject(cues: SentenceCues) -> str | None:
    """The definite subject of a wrongful act found by pattern ("The haulier dumped rubble into
    the canal", "The promoter fixed the bout"), outside quotations; None when there is none.
    The patterns begin at the verb, so the subject is what opens the sentence before it."""
    for start, _words in _shapes(cues.text)[2]:
        if any(s <= start < e for s, e in cues.quote_spans):
            continue
        subject = definite_subject(cues, start)
        if subject:
            return subject
    return None


def _presupposed(cues: SentenceCues, weak: list[Cue]) -> list[str]:
    """Weak allegation words inside a non-restrictive relative clause: one is enough there,
    since the clause slips the hint in as background ("The minister, who has been steering
    contracts toward donors, opened the bridge")."""
    if not weak:
        return []
    spans = [(m.start(), m.end()) for m in _ASIDE_RELATIVE.finditer(cues.text)]
    return [c.text for c in weak if any(s <= c.start < e for s, e in spans)]


def accusing_verb(verb: str, cues: SentenceCues | None = None) -> bool:
    """Whether a reporting verb itself imputes wrongdoing ('accused', 'suspect'), or, given the
    sentence, distances the writer from a claim about someone it names or points at by a pronoun
    ("An insider claimed he had been spotted ...", "Posts claim that Mayor Okafor sold the
    park"); a role ("the school") is too often a mere place to count."""
    lower = verb.lower()
    if lower in lexicon.words("allegation", "accusing_verbs"):
        return True
    if cues is None or lower not in lexicon.words("allegation", "distancing_verbs"):
        return False
    # who the claim is about: not the claimant ("Parents have long claimed ..."), not a date
    speaker = cues.source.text if cues.source is not None else ""
    at = cues.text.find(speaker) if speaker else -1
    skip = {c.start for k in ("date", "schedule") for c in cues.find(k)}  # "until March"
    names = [c for c in cues.find("proper_noun") if c.start not in skip
             and not at <= c.start < at + len(speaker)]
    return bool(names) or cues.has("target_pronoun", quoted=False) or _office_holder(
        cues.text, lower)


# "Insiders claim the chairman has been ...", "Some fans claim their manager ...": an office
# held by one person ('titles': mayor, chairman, treasurer) after a definite determiner picks
# out someone as surely as a name. Only offices: 'the school' or 'the council' are as often a
# place or a setting.
_DEFINITE_OFFICE = re.compile(r"\b(?:the|his|her|their|its)\s+([a-z]+)(?:\s+([a-z]+))?")


# Title words that are as often plain adjectives or common nouns ('the general public', 'the
# chief reason', 'the prime site', 'the justice system'): they pick out no office holder alone.
_TITLE_ADJECTIVES = frozenset({"general", "chief", "deputy", "prime", "executive", "principal",
                               "chair", "speaker", "justice"})


def _office_holder(text: str, verb: str) -> bool:
    """Whether a definite office holder ('the chairman') follows the verb `verb`."""
    at = text.lower().find(verb)
    if at < 0:
        return False
    titles = lexicon.words("sources", "titles") - _TITLE_ADJECTIVES
    return any(word in titles for m in _DEFINITE_OFFICE.finditer(text, at + len(verb))
               for word in m.groups() if word)


def hearsay(cues: SentenceCues) -> tuple[str, bool, bool] | None:
    """A claim in the author's voice that no one stands behind: (the words, whether they
    point at unnamed people such as 'observers', whether they present the claim as revealed
    or shared knowledge rather than relay it); None when there is none.

    Passive hearsay ('it is said') relays; the outlet's say-so ('we can report'), 'it is
    alleged' and unattributed consensus ('everyone knows', 'observers agree') reveal.
    """
    text = cues.text
    lower = text.lower()
    for pattern, reveals in ((_revelations(), True), (_OPEN_SECRET, True),
                             (_passive_hearsay(), False)):
        if pattern is _OPEN_SECRET and "secret" not in lower:
            continue
        for found in pattern.finditer(lower):
            if not any(s <= found.start() < e for s, e in cues.quote_spans):
                return text[found.start():found.end()], False, reveals
    if "rumo" in lower:
        rumour = _RUMOUR_SUBJECT.match(lower)
        if rumour is not None:
            return text[rumour.start("frame"):rumour.end()], False, False
    m = _CONSENSUS.match(text)
    if m is not None and any(s <= m.start("who") < e for s, e in cues.quote_spans):
        return None  # "“Everyone on set knows ...,” a source said": the speaker's words
    if m is None or m.group("who").lower() not in lexicon.words("allegation",
                                                               "consensus_subjects"):
        return None
    verbs = lexicon.words("allegation", "consensus_verbs")
    # the verb may follow a qualifier: "Many in town suspect", "Everyone at City Hall knows"
    verb = next((v for v in re.finditer(r"[a-z]+", m.group("rest").lower())
                 if v.group() in verbs), None)
    if verb is None:
        return None
    who = m.group("who").lower()
    return text[m.start("who"):m.start("rest") + verb.end()], who not in _IMPERSONAL, True


# Rumour as the subject of the sentence: "Rumours have circulated for months that ...", "There
# are rumours that ...", "23:15 Rumours are sweeping the hall that ...". Talk with no speaker, the
# same hearsay as 'it is rumoured' or 'rumour has it' in another word order; impersonal, so the
# attribution is none. Only at the start of the sentence (after a liveblog time): "Gale denied
# rumours that ..." reports a denial, and its speaker is the source.
_RUMOUR_SUBJECT = re.compile(
    r"^[\W\d_]*(?:(?:but|and|meanwhile),?\s+)?(?P<frame>(?:there\s+(?:are|were|have\s+been)\s+)?"
    r"(?:[a-z]+\s+)?rumou?rs\s+(?:(?:[a-z]+\s+){0,6}?that\b|(?:suggest|say|claim|allege)\b))")


@cache
def _revelations() -> re.Pattern[str]:
    return _alternation(lexicon.entries("allegation", "revelation_phrases"))


@cache
def _passive_hearsay() -> re.Pattern[str]:
    return _alternation(lexicon.entries("allegation", "hearsay_phrases"))


def _alternation(phrases: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in ordered) + r")\b")


def accusing(strong: list[str], weak: list[str]) -> list[str]:
    """The rule for allegation wording: any strong allegation word, or two weak ones
    ("secret", "opaque"); empty when the words accuse no one."""
    if strong:
        return strong
    return weak if len(weak) >= 2 else []


def vouching(cues: SentenceCues) -> tuple[str, bool] | None:
    """The author's own claim that something is verified ("These allegations are
    verified"), outside quotations, with whether it vouches for an allegation; else None.
    Who verified it, and how, is what a reader would need to check it."""
    for m in _VOUCHING.finditer(cues.text):
        if any(s <= m.start() < e for s, e in cues.quote_spans):
            continue
        return m.group(), bool(_CLAIM_NOUNS.search(cues.text, 0, m.start()))
    return None


# ", and the company's founder has ...": a coordinated main clause with its own subject.
_AND_CLAUSE = re.compile(r",\s+and\s+(?=(?:the|a|an|his|her|its|their|[A-Z])\w*)")


def glued_accusation(cues: SentenceCues) -> list[str]:
    """The accusation in a main clause joined to a sourced sentence by ", and": "Osei said
    the board backed the offer, and the founder has quietly moved his stake offshore". The
    second clause has its own subject and is outside the scope of 'said' (annotation guide)."""
    if cues.source is None:
        return []
    for m in _AND_CLAUSE.finditer(cues.text):
        if m.start() < _source_end(cues) or any(s <= m.start() < e for s, e in cues.quote_spans):
            continue
        tail = [c.text for c in cues.find("allegation", quoted=False) if c.start >= m.end()]
        tail += [c for c in accusation(cues, quoted=False)
                 if cues.text.find(c, m.end()) >= 0 and c not in tail]
        return tail
    return []


def _source_end(cues: SentenceCues) -> int:
    """Where the source's reporting verb ends (or 0 when it cannot be found)."""
    assert cues.source is not None
    at = cues.text.find(cues.source.verb) if cues.source.verb else -1
    return at + len(cues.source.verb) if at >= 0 else 0
