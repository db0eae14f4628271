"""Word lists behind the offline cues, written for this project.

Kept apart from the matching code in `cues.py` so the lists can grow without
drowning the logic. Every entry is lower case; multi-word entries are phrases.
"""

from __future__ import annotations


def words(block: str) -> frozenset[str]:
    """The white-space separated words of `block`, as a set."""
    return frozenset(block.split())


def _phrases(block: str) -> frozenset[str]:
    return frozenset(" ".join(part.split()) for part in block.split("|"))


# Verbs that introduce what someone said, wrote or reported.
REPORTING_VERBS = words(
    """say says said saying tell tells told stated claim claims claimed
    argue argues argued note notes noted add adds added explain explains explained
    write writes wrote reports reported announce announces announced confirm
    confirms confirmed insist insists insisted emphasize emphasizes emphasized emphasise
    emphasised stress stresses stressed warn warns warned suggest suggests suggested
    speculate speculates speculated contend contends contended allege alleges alleged
    reveal reveals revealed acknowledge acknowledges acknowledged admit admits admitted
    deny denies denied clarify clarifies clarified hint hints hinted describe describes
    described assert asserts asserted maintain maintains maintained predict predicts
    predicted testify testifies testified questioned believe believes
    believed estimated recall recalls recalled urge urges urged
    told tweeted posted quipped conceded found finds concluded concludes concede concedes
    observe observes observed replied replies responded responds
    complain complains complained accuse accuses accused charged called"""
)

# Passive or prepositional forms that name a source after them: "first shared by X".
SOURCE_BY_VERBS = words(
    """shared reported uncovered revealed published disclosed released obtained
    leaked broken confirmed announced"""
)

# News organisations the cues recognise by name (lower case, as phrases).
OUTLETS = _phrases(
    """axios|reuters|associated press|ap|afp|agence france-presse|bloomberg
    |financial times|ft|wall street journal|new york times|washington post
    |the guardian|guardian|bbc|cnn
    |fox news|nbc|nbc news|abc news|cbs|cbs news|npr|politico|the economist|economist
    |al jazeera|der spiegel|le monde|the times|times of london|the telegraph|telegraph
    |the independent|daily mail|sky news|cnbc|msnbc|usa today|los angeles times|la times
    |the hill|newsweek|time magazine|the atlantic|vox|buzzfeed news|huffpost|lenta.ru
    |lenta|tass|ria novosti|interfax|rt|sputnik|xinhua|kyiv independent|kyiv post
    |ukrainska pravda|the new yorker|propublica|the intercept|semafor|punchbowl news
    |dw|deutsche welle|euronews|haaretz|times of israel|the hindu|nikkei|yonhap|kyodo"""
)
OUTLET_NOUNS = words(
    """outlet newspaper paper magazine broadcaster tabloid daily weekly network channel
    website agency wire journal"""
)

# Nouns for documents and records that can stand behind a statement.
DOCUMENT_NOUNS = words(
    """report reports statement statements filing filings study studies survey surveys
    poll polls data document documents records record memo memorandum letter indictment
    lawsuit ruling figures census transcript audit review investigation exposé expose
    analysis assessment paper dossier release bulletin testimony minutes"""
)

# Heads of organisation names: "the Pentagon", "the Ministry of Defence".
ORG_WORDS = words(
    """pentagon kremlin white house ministry department agency commission council
    government congress senate parliament court company inc corp corporation ltd
    university bank institute party union police army navy military administration
    office bureau committee foundation fund organization organisation association
    federation authority service board embassy cabinet nato un eu imf who cdc fbi cia
    nsa sec fda treasury"""
)

# Common nouns for an organisation that "the" makes identifiable: "the utility said".
ORG_COMMON = words(
    """utility company firm ministry department agency police council government regulator
    court prosecutors prosecution committee board authority authorities bank union hospital
    school university army military watchdog commission parliament administration
    municipality operator airline manufacturer carrier employer insurer charity group
    campaign office embassy consulate cabinet presidency kremlin pentagon service brigade
    coastguard"""
)
# Role nouns that, without a name, make a source anonymous.
ANONYMOUS_HEADS = words(
    """source sources insider insiders official officials whistleblower whistle-blower
    critic critics expert experts analyst analysts observer observers aide aides
    diplomat diplomats lawmaker lawmakers people person someone some many others
    commentators commentator skeptics sceptics detractors supporters residents
    witnesses witness employee employees staffer staffers figure figures individuals resident
    neighbour neighbor worker workers activist activists member members"""
)
ANONYMOUS_DETERMINERS = words(
    """a an some many several one two three few various unnamed anonymous certain
    numerous other others"""
)
ANONYMOUS_PHRASES = (
    "sources close to",
    "people familiar with",
    "person familiar with",
    "familiar with the matter",
    "on condition of anonymity",
    "speaking anonymously",
    "who asked not to be named",
    "who declined to be named",
    "it is said",
    "it is believed",
    "it has been reported",
    "rumours",
    "rumors",
)

# Titles that precede a person's name.
TITLES = words(
    """president prime minister secretary senator sen rep representative governor gov
    mayor general gen colonel col ambassador chancellor minister spokesman spokeswoman
    spokesperson director chairman chairwoman chair ceo chief judge justice dr mr mrs ms
    professor prof king queen prince pope commissioner deputy leader speaker adviser
    advisor envoy attorney lt sgt captain admiral"""
)

# Words that hedge a statement.
HEDGES = words(
    """reportedly allegedly apparently seemingly purportedly supposedly possibly
    perhaps likely unlikely probably presumably arguably rumored rumoured"""
)
HEDGE_PHRASES = (
    "it is believed",
    "it is thought",
    "it appears",
    "is said to",
    "are said to",
    "is thought to",
    "are thought to",
    "may have",
    "might have",
    "could have",
    "is believed to",
    "are believed to",
)

# Words of accusation: wrongdoing, hidden motive, concealment.
ALLEGATION_WORDS = words(
    """siphon siphoned siphoning siphons embezzle embezzled embezzling embezzlement
    funnel funneled funnelled funneling funnelling launder laundered laundering
    exploit exploits exploited exploiting exploitation corruption corrupt bribe bribes
    bribery bribed kickback kickbacks fraud fraudulent defraud defrauded cover-up
    coverup covered-up suppress suppressed suppressing suppression conceal concealed
    concealing misappropriate misappropriated misappropriation graft racketeering
    collusion colluded colluding scheme schemes scheming plot plotted conspiracy
    conspired skim skimmed pocketed stole stolen steal stealing theft looting looted
    rigged rigging smuggle smuggled smuggling improprieties impropriety malfeasance
    wrongdoing illicit illegal illegally crooked treason treasonous cronyism nepotism
    profiteering shell opaque covert covertly secretly secret undisclosed hidden
    manipulate manipulated manipulating manipulation deceive deceived deceiving
    deception lie lied lying lies propaganda extort extorted extortion blackmail
    abuse abused sabotage sabotaged hide hides hid hiding favouritism favoritism cronies
    steered overcharge overcharged overcharging overbilled overbilling"""
)
ALLEGATION_PHRASES = (
    "personal accounts",
    "personal gain",
    "boost profits",
    "line their pockets",
    "enrich themselves",
    "enrich himself",
    "enrich herself",
    "own gain",
    "political gain",
    "for profit",
    "shell companies",
    "prolong the war",
    "prolong the conflict",
    "prolong it",
    "taxpayer funds",
    "real motive",
    "true motive",
    "hidden agenda",
    "primary objective",
    "lining their pockets",
    "lining his pockets",
    "in bed with",
    "ignored warnings",
    "covered up",
    "cover up",
    "covering up",
    "covers up",
    "ignored the warnings",
    "ignored repeated warnings",
)
# Insinuating phrases: they hint at something hidden without accusing outright.
WEAK_ALLEGATION_PHRASES = (
    "behind closed doors",
    "behind the scenes",
    "shrouded in secrecy",
    "under the radar",
    "beneath the surface",
    "quietly scrutinized",
    "pattern of",
    "a close friend",
    "close friends",
)
# Allegation words that are too common to accuse on their own.
WEAK_ALLEGATION = words(
    """secret secretly hidden shell opaque scheme schemes abuse abused lie lies plot
    illegal illegally propaganda hide hides steered"""
)
