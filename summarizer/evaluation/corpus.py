"""Read the team's labelled corpus (`fixtures/corpus/`) and score an engine on it.

The file format and the labels are described in `docs/annotation.md`. Each
article is rebuilt as the guide says (the sentences of a paragraph joined by one
space, paragraphs separated by a blank line), so each gold sentence has exact
character offsets in the rebuilt text. The engine analyses the rebuilt article
whole, as a user's article, and each gold sentence is matched to the predicted
sentence that overlaps it most: a segmentation mistake costs the sentences it
merges or splits, never the alignment of the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.errors import InputError
from summarizer.evaluation.checkthat import Metrics, compute_metrics
from summarizer.schema import AttributionType, Category, Sentence

if TYPE_CHECKING:
    from summarizer.settings import Settings

CATEGORIES = tuple(c.value for c in Category)
ATTRIBUTIONS = tuple(a.value for a in AttributionType)
SUBJ_LABELS = ("OBJ", "SUBJ")


@dataclass(frozen=True)
class GoldSentence:
    """One hand-labelled sentence and where it stands in the rebuilt article."""

    category: str
    attribution: str
    source: str | None
    text: str
    paragraph: int
    start: int
    end: int
    line: int  # line number in the file, for messages


@dataclass(frozen=True)
class CorpusArticle:
    """One labelled article: its header, its rebuilt text and its gold sentences."""

    path: str
    genre: str
    title: str
    text: str
    sentences: tuple[GoldSentence, ...]


@dataclass(frozen=True)
class Mismatch:
    """A gold sentence whose predicted label differs (category or attribution)."""

    article: str
    line: int
    text: str
    gold: str  # "category/attribution"
    predicted: str
    predicted_text: str  # the predicted sentence it was matched to


@dataclass
class CorpusResult:
    """Scores of one engine on a corpus folder."""

    path: str
    engine: str
    articles: int
    categories: Metrics  # 4-way
    attribution_accuracy: float
    attributions: Metrics  # 6-way, for the confusion matrix
    subjectivity: Metrics  # opinion -> SUBJ, everything else -> OBJ (as CheckThat!)
    split_mismatches: int  # gold sentences not matched one-to-one by the segmenter
    errors: list[Mismatch] = field(default_factory=list)


def read_article(path: str | Path) -> CorpusArticle:
    """Read one corpus file and rebuild its article text.

    Raises:
        InputError: unreadable file, missing header, bad field count or label.
    """
    name = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{name}: cannot read ({exc})") from None
    header: dict[str, str] = {}
    paragraphs: list[list[tuple[int, list[str]]]] = [[]]
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r")
        if line.startswith("#") and not any(paragraphs):
            key, _, value = line[1:].partition(":")
            header[key.strip()] = value.strip()
            continue
        if not line.strip():
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        fields = line.split("\t")
        if len(fields) != 4 or not fields[3].strip():
            raise InputError(f"{name}: line {number}: expected 4 TAB-separated fields")
        if fields[0] not in CATEGORIES or fields[1] not in ATTRIBUTIONS:
            raise InputError(f"{name}: line {number}: unknown label {fields[0]}/{fields[1]}")
        paragraphs[-1].append((number, fields))
    if "genre" not in header or "title" not in header:
        raise InputError(f"{name}: missing '# genre:' or '# title:' header")
    return _rebuild(name, header, [p for p in paragraphs if p])


def _rebuild(name: str, header: dict[str, str],
             paragraphs: list[list[tuple[int, list[str]]]]) -> CorpusArticle:
    text = ""
    gold: list[GoldSentence] = []
    for index, paragraph in enumerate(paragraphs):
        if index:
            text += "\n\n"
        for position, (number, (category, attribution, source, sentence)) in enumerate(
                paragraph):
            if position:
                text += " "
            start = len(text)
            text += sentence
            gold.append(GoldSentence(category, attribution, None if source == "-" else source,
                                     sentence, index, start, len(text), number))
    if not gold:
        raise InputError(f"{name}: no sentences")
    return CorpusArticle(name, header["genre"], header["title"], text, tuple(gold))


def read_corpus(folder: str | Path) -> list[CorpusArticle]:
    """Every `*.tsv` article of a corpus folder, in file-name order.

    Raises:
        InputError: not a folder, no articles, or a malformed file.
    """
    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"{folder}: not a folder", hint="give a corpus folder of .tsv files")
    files = sorted(root.glob("*.tsv"))
    if not files:
        raise InputError(f"{folder}: no .tsv articles in this folder")
    return [read_article(path) for path in files]


def align(gold: Sequence[GoldSentence], predicted: Sequence[Sentence]) -> list[int | None]:
    """For each gold sentence, the index of the predicted sentence overlapping it most.

    Both lists are in reading order, so one forward sweep is enough (linear time).
    """
    matched: list[int | None] = []
    first = 0
    for sentence in gold:
        while first < len(predicted) and predicted[first].end <= sentence.start:
            first += 1
        best, best_overlap = None, 0
        k = first
        while k < len(predicted) and predicted[k].start < sentence.end:
            overlap = min(sentence.end, predicted[k].end) - max(sentence.start, predicted[k].start)
            if overlap > best_overlap:
                best, best_overlap = k, overlap
            k += 1
        matched.append(best)
    return matched


def to_subjectivity(category: str) -> str:
    """Opinion is SUBJ, everything else OBJ (the CheckThat! mapping)."""
    return "SUBJ" if category == Category.OPINION.value else "OBJ"


def score_corpus(
    articles: Sequence[CorpusArticle],
    label: Callable[[CorpusArticle], list[Sentence]],
    *,
    path: str = "",
    engine: str = "offline",
) -> CorpusResult:
    """Label every article with `label` and score the aligned sentences.

    Args:
        articles: the corpus.
        label: returns the labelled sentences of an article's rebuilt text.
        path: the corpus folder, for the result.
        engine: the engine's name, for the result.
    """
    gold_cat: list[str] = []
    pred_cat: list[str] = []
    gold_att: list[str] = []
    pred_att: list[str] = []
    errors: list[Mismatch] = []
    split = 0
    for article in articles:
        predicted = label(article)
        matches = align(article.sentences, predicted)
        for gold, index in zip(article.sentences, matches, strict=True):
            got = predicted[index] if index is not None else None
            if got is None or (got.start, got.end) != (gold.start, gold.end):
                split += 1
            category = got.category.value if got else Category.REPORTED_FACT.value
            attribution = got.attribution.type.value if got else AttributionType.NONE.value
            gold_cat.append(gold.category)
            pred_cat.append(category)
            gold_att.append(gold.attribution)
            pred_att.append(attribution)
            if (category, attribution) != (gold.category, gold.attribution):
                errors.append(Mismatch(Path(article.path).name, gold.line, gold.text,
                                       f"{gold.category}/{gold.attribution}",
                                       f"{category}/{attribution}", got.text if got else ""))
    attributions = compute_metrics(gold_att, pred_att, ATTRIBUTIONS)
    return CorpusResult(
        path=path,
        engine=engine,
        articles=len(articles),
        categories=compute_metrics(gold_cat, pred_cat, CATEGORIES),
        attribution_accuracy=attributions.accuracy,
        attributions=attributions,
        subjectivity=compute_metrics([to_subjectivity(c) for c in gold_cat],
                                     [to_subjectivity(c) for c in pred_cat], SUBJ_LABELS),
        split_mismatches=split,
        errors=errors,
    )


def evaluate_corpus(
    folder: str | Path, settings: Settings, client: Any | None = None
) -> CorpusResult:
    """Score the engine the settings choose on a corpus folder.

    Raises:
        InputError: the folder or a file cannot be read (see `read_corpus`).
        LLMError: a subclass when the endpoint fails (openai engine only).
    """
    from summarizer.engine import choose
    from summarizer.inputs.article import Article

    chosen = choose(settings, client)
    articles = read_corpus(folder)

    def label(article: CorpusArticle) -> list[Sentence]:
        return chosen.analyze(Article(text=article.text, source=article.path)).sentences

    return score_corpus(articles, label, path=str(folder), engine=chosen.name)
