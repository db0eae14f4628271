"""Accusation by implication: a relative's business, a tie of favour and a hidden motive.

Neither uses a word of wrongdoing. "The minister, whose wife owns the catering firm, signed the
contract" implies favour; "the ministry sat on the figures to avoid bad headlines" imputes a
motive the ministry did not state. Rule 1 of the annotation guide counts both as accusations
("a hidden motive", "an undisclosed fact that harms someone") when nothing a reader could check
backs them. `allegation.py` counts a relative's business with the accusation wording; a motive
counts only when the claim comes from an unnamed source or hearsay (`classify.py`), since
reporting the stated purpose of an act in the author's voice is ordinary news. Favour given
to the officials who decide ("wining and dining the councillors") is the shape of bribery
(`favour_to_deciders`, used by `wrong_acts.py`).
"""

from __future__ import annotations

import re
from functools import cache

from summarizer.offline.cues import SentenceCues
from summarizer.offline.targets import roles
from summarizer.text import lexicon

# A relative's business: "whose brother-in-law runs the property firm", "owned by the mayor's
# brother", "his cousin's firm", "the minister's brother-in-law was handed the contract". Who
# owns, runs or wins a business is a fact; said of an office-holder's relative it insinuates
# favour (see the 'kin_nouns' group). 'runs' and 'heads' need a business after them ("whose son
# runs marathons" runs nothing).
_KIN = r"([a-z]+(?:-in-law)?)"
_POSSESSOR = r"((?i:whose|his|her|their)|[A-Za-z]+[’']s)\s+(?:own\s+)?"
_BUSINESS = (r"(?:firm|company|business|contractor|developer|agency|consultancy|group|fund|"
             r"bank|quarry|property|properties|supplier|builder|practice)")
_KIN_INTEREST = re.compile(
    _POSSESSOR + _KIN + r"\s+(?:(?:owns|owned|controls|controlled|chairs|part-owns|co-owns)\b|"
    r"(?:runs|ran|heads|headed|manages|managed)\s+(?:[\w’'-]+\s+){0,3}?" + _BUSINESS + r"\b)|"
    r"\b(?:owned|run|controlled|chaired|part-owned|headed)\s+by\s+(?:(?:a|the)\s+)?(?:[a-z]+\s+)?"
    + _POSSESSOR + _KIN + r"\b|" + _POSSESSOR + _KIN + r"[’']s\s+" + _BUSINESS + r"\b|"
    + _POSSESSOR + _KIN + r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:handed|given|awarded|"
    r"granted)\b")

# A purpose or a cause imputed to the doer of an act: "to avoid bad headlines", "so he can sell
# it", "because it could not stomach a woman in charge", "were timed to make the accounts look
# healthy". Saying why someone acted, or what an act was shaped for, when they did not say so
# themselves, imputes a motive; one whose content is that nobody notices imputes concealment.
# A neutral purpose ("in order to prepare", "meant to use a stun gun", "designed to help") imputes
# one only with a self-serving verb after it ("to avoid", "to hide"); 'timed', 'calculated' and
# 'engineered' say the act was shaped to an end by themselves.
_MOTIVE = re.compile(
    r"\b(?:to\s+(?:avoid|protect|hide|cover|shield|silence|punish|reward|enrich|please|appease|"
    r"placate|fund|bury|dodge)|"
    # a purpose that no one should notice: "to make sure nobody would look too closely"
    r"to\s+(?:make\s+sure|ensure)\s+(?:that\s+)?(?:nobody|no\s+one|no-one|nothing)|"
    r"so\s+(?:that\s+)?(?:he|she|they|it)\s+(?:can|could|would|might)|"
    r"(?:timed|calculated|engineered)\s+to|because\s+(?:he|she|they|it)\s+(?:could\s+not|"
    r"couldn['’]t|wanted|"
    r"did\s+not\s+want|didn['’]t\s+want|feared|needed|wanted))\b", re.IGNORECASE)


def imputed_motive(cues: SentenceCues) -> str | None:
    """The words that impute a motive, outside quotations; None when there are none. A
    purpose after a noun of plan or measure ("a deal to avoid a shutdown", "funding to
    protect jobs") says what the thing is for, which its makers state; only a purpose after
    an act ("delayed the report to avoid ...") is imputed to a doer."""
    for m in _MOTIVE.finditer(cues.text):
        if any(s <= m.start() < e for s, e in cues.quote_spans):
            continue
        before = _LAST_WORD.search(cues.text, 0, m.start())
        if before is not None and before.group(1).lower() in lexicon.words(
                "allegation", "purpose_nouns") and not _IN_ORDER.search(cues.text, 0, m.start()):
            continue
        return m.group()
    return None


_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
_IN_ORDER = re.compile(r"\bin\s+order\s*$", re.IGNORECASE)  # the idiom, not a noun 'order'


def kin_interest(text: str) -> tuple[tuple[str, bool, int], ...]:
    """Each relative's business the sentence mentions: (words, whether the relative is an
    office-holder's or presupposed by 'whose', start). Those are an accusation on their own;
    any other relative's business ("her brother owns the bakery") only hints, like 'secret'."""
    if _kin_word().search(text) is None:
        return ()  # no relative named: the long pattern below need not run
    found = []
    kin = lexicon.words("allegation", "kin_nouns")
    for m in _KIN_INTEREST.finditer(text):
        group = next(g for g in (1, 3, 5, 7) if m.group(g) is not None)
        owner, relative = m.group(group).lower(), m.group(group + 1).lower()
        if relative not in kin:
            continue
        owner_word = owner.removesuffix("’s").removesuffix("'s")
        strong = owner == "whose" or owner_word in roles()
        found.append((m.group(), strong, m.start()))
    return tuple(found)


# A cause clause: "because he is Salk's golf partner", "because its owner funds his campaigns".
# Up to the next comma or stop: the clause, not the rest of the sentence. 'because of' is a cause
# by noun phrase ("because of the rain") and names no tie.
_CAUSE = re.compile(r"\bbecause\s+(?!of\b)(?P<clause>[^.;,:]{3,90})", re.IGNORECASE)
_ONLY = re.compile(r"\bonly\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+(?:-in-law)?")


def favour_cause(text: str) -> tuple[tuple[str, bool, int], ...]:
    """Each cause clause that explains an act by a tie of favour or interest: (words, whether
    'only' makes it the sole cause, start). "He only kept his job because he is the owner's golf
    partner" says the job was kept as a favour, not on merit: a hidden motive imputed to those
    who acted (rule 1), and with 'only' an accusation on its own. Without 'only' ("because its
    owner funds his campaigns") the clause may be one reason among several, so it only hints,
    like 'secret'; a relative in the clause counts only with 'only' ("she resigned because her
    husband was ill" explains, it does not accuse)."""
    if "because" not in text.lower():
        return ()
    ties = lexicon.words("allegation", "favour_ties")
    kin = lexicon.words("allegation", "kin_nouns")
    found = []
    for m in _CAUSE.finditer(text):
        head = text[:m.start()]
        clause_start = max(head.rfind(","), head.rfind(";"), head.rfind(":"))
        only = _ONLY.search(head, clause_start + 1) is not None
        words = set(_WORD.findall(m.group("clause").lower()))
        if words & ties or (only and words & kin):
            found.append((m.group(), only, m.start()))
    return tuple(found)


@cache
def _kin_word() -> re.Pattern[str]:
    words = sorted(lexicon.entries("allegation", "kin_nouns"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


@cache
def favour_to_deciders() -> re.Pattern[str]:
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


# Words without which the favour pattern cannot match: its verbs, or one of its gifts.
FAVOUR_VERBS = ("dining", "dined", "dines", "shower", "lavish", "plied", "plies", "plying",
                 "slip")


@cache
def favour_nouns() -> tuple[str, ...]:
    return lexicon.entries("allegation", "favours")
