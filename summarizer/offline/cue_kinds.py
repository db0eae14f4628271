"""Which words and phrases are which cue: the cue kinds mapped to lexicon groups.

The words themselves are in `summarizer/data/*.txt` (see `lexicon.py`); `cues.py`
looks each word of a sentence up in `word_kinds()` and runs `phrase_matcher()` over
it. Both are built once, on first use.
"""

from __future__ import annotations

from functools import cache

from summarizer.offline.phrases import PhraseMatcher
from summarizer.text import lexicon

# Cue kinds found by looking a word up, with their lexicon groups (file, groups).
WORD_GROUPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("allegation", "allegation", ("allegation_words",)),
    ("allegation_weak", "allegation", ("weak_allegation_words",)),
    ("evaluative", "stance", ("evaluative", "stance")),
    ("intensifier", "stance", ("intensifiers",)),
    ("hedge", "stance", ("hedges",)),
    ("interpretive", "stance", ("interpretive_verbs",)),
    ("interpretive_noun", "stance", ("interpretive_nouns",)),
    ("obligation", "stance", ("obligation_modals",)),
    ("speculation", "stance", ("speculative_modals",)),
    ("first_person", "stance", ("first_person",)),
    ("second_person", "stance", ("second_person",)),
    ("negation", "stance", ("negations",)),
    ("contrast", "stance", ("contrasts",)),
    ("generalizer", "stance", ("generalizers",)),
    ("future", "stance", ("future",)),
    ("third_plural", "stance", ("third_plural",)),
    ("comparative", "stance", ("comparatives",)),
    ("ability", "stance", ("ability",)),
    ("target_pronoun", "allegation", ("target_pronouns",)),
    ("legal_process", "allegation", ("legal_process",)),
    ("reporting_verb", "stance", ("reporting_cues",)),
    ("puffery", "stance", ("puffery",)),
    ("feeling", "stance", ("feelings", "performatives")),
    ("schedule", "stance", ("future_schedule",)),
    ("appraisal_verb", "stance", ("appraisal_verbs",)),
)
# Cue kinds found by phrase, with their lexicon groups.
PHRASE_GROUPS: tuple[tuple[str, str, str], ...] = (
    ("allegation", "allegation", "allegation_phrases"),
    ("allegation", "allegation", "allegation_stems"),
    ("allegation", "allegation", "accusation_metaphors"),
    ("allegation", "allegation", "mistreatment_phrases"),
    ("allegation_weak", "allegation", "weak_allegation_phrases"),
    ("hedge", "stance", "hedge_phrases"),
    ("opinion_phrase", "stance", "opinion_phrases"),
    ("anonymous_marker", "sources", "anonymous_phrases"),
    ("argument", "stance", "argument_markers"),
    ("prescriptive", "stance", "prescriptive_phrases"),
    ("puffery", "stance", "puffery_phrases"),
    ("prediction", "stance", "prediction_phrases"),
    ("stance_opener", "stance", "stance_openers"),
    ("idiom", "stance", "evaluative_idioms"),
)


@cache
def word_kinds() -> dict[str, tuple[str, ...]]:
    """The cue kinds of each word (most words have one), built on first use."""
    hedges = lexicon.words("stance", "hedges")
    table: dict[str, list[str]] = {}
    for kind, file, groups in WORD_GROUPS:
        members = lexicon.words(file, *groups)
        if kind == "evaluative":
            members = members - hedges  # 'allegedly' hedges, it does not judge
        for word in members:
            table.setdefault(word, []).append(kind)
    return {word: tuple(kinds) for word, kinds in table.items()}


@cache
def phrase_matcher() -> PhraseMatcher[tuple[str, ...]]:
    """A matcher of the phrase cues, each with its cue kinds, built on first use.

    It finds phrases in lower-cased text (see `phrases.fold`).
    """
    kinds: dict[str, list[str]] = {}
    for kind, file, group in PHRASE_GROUPS:
        for phrase in lexicon.entries(file, group):
            kinds.setdefault(phrase, []).append(kind)
    return PhraseMatcher((phrase, tuple(k)) for phrase, k in kinds.items())
