"""Score an engine against sentences labelled OBJ/SUBJ (the CheckThat! format).

The file is tab-separated with a header and the columns `sentence_id`,
`sentence` and `label` (OBJ or SUBJ), with standard CSV quoting. Each sentence
is labelled by the engine; `opinion` maps to SUBJ and everything else to OBJ.
Because an unsupported allegation is arguably subjective too, the result also
reports the scores when `unsupported_allegation` maps to SUBJ, and where the
allegations land in the gold labels.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.errors import InputError
from summarizer.schema import Category

if TYPE_CHECKING:
    from summarizer.settings import Settings

LABELS: tuple[str, str] = ("OBJ", "SUBJ")
REQUIRED_COLUMNS = ("sentence", "label")


@dataclass(frozen=True)
class Example:
    """One gold-labelled sentence."""

    sentence_id: str
    sentence: str
    label: str


@dataclass(frozen=True)
class ClassScores:
    """Precision, recall and F1 of one class, and how many gold examples it has."""

    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Metrics:
    """Scores of predictions against gold labels."""

    per_class: dict[str, ClassScores]
    macro_f1: float
    accuracy: float
    confusion: dict[str, dict[str, int]]  # gold label -> predicted label -> count
    total: int


@dataclass
class EvalResult:
    """The outcome of `evaluate`: main scores, the alternative mapping, allegation counts."""

    path: str
    engine: str
    metrics: Metrics
    metrics_allegation_subj: Metrics
    allegations_by_gold: dict[str, int] = field(default_factory=dict)
    categories: dict[str, int] = field(default_factory=dict)
    contribution: dict[str, Any] | None = None  # what the model contributed (openai engine)


def read_examples(path: str | Path) -> list[Example]:
    """Read a CheckThat!-format TSV file.

    Raises:
        InputError: missing or unreadable file, missing columns, bad labels, no rows.
    """
    name = str(path)
    try:
        with Path(path).open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t")
            columns = reader.fieldnames or []
            missing = [c for c in REQUIRED_COLUMNS if c not in columns]
            if missing:
                raise InputError(
                    f"{name}: missing column(s) {', '.join(missing)}",
                    hint="expected a TSV with a header: sentence_id, sentence, label",
                )
            examples = []
            for row_number, row in enumerate(reader, start=2):
                label = (row.get("label") or "").strip().upper()
                if label not in LABELS:
                    raise InputError(f"{name}: line {row_number}: label must be OBJ or SUBJ, "
                                     f"not {row.get('label')!r}")
                examples.append(Example(row.get("sentence_id") or str(row_number - 1),
                                        row.get("sentence") or "", label))
    except FileNotFoundError:
        raise InputError(f"{name}: no such file", hint="check the path") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory", hint="give a .tsv file") from None
    except UnicodeDecodeError:
        raise InputError(f"{name}: not valid UTF-8") from None
    except OSError as exc:  # permission denied, an I/O error
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    except csv.Error as exc:
        raise InputError(f"{name}: not a readable TSV file ({exc})") from None
    if not examples:
        raise InputError(f"{name}: no rows", hint="the file has a header but no sentences")
    return examples


def compute_metrics(
    gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str] = LABELS
) -> Metrics:
    """Per-class precision/recall/F1, macro-F1, accuracy and the confusion matrix.

    Args:
        gold: the gold label of each example.
        predicted: the predicted label of each example, in the same order.
        labels: the classes to score (each gets a row, even when absent).

    Returns:
        The metrics; a score with a zero denominator is 0.0.
    """
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted must have the same length")
    confusion = {g: {p: 0 for p in labels} for g in labels}
    for g, p in zip(gold, predicted, strict=True):
        confusion.setdefault(g, {q: 0 for q in labels})
        confusion[g][p] = confusion[g].get(p, 0) + 1
    per_class: dict[str, ClassScores] = {}
    for label in labels:
        tp = confusion[label][label]
        predicted_as = sum(row.get(label, 0) for row in confusion.values())
        support = sum(confusion[label].values())
        precision = tp / predicted_as if predicted_as else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = ClassScores(precision, recall, f1, support)
    correct = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p)
    return Metrics(
        per_class=per_class,
        macro_f1=sum(s.f1 for s in per_class.values()) / len(labels),
        accuracy=correct / len(gold) if gold else 0.0,
        confusion=confusion,
        total=len(gold),
    )


def to_subjectivity(category: Category, *, allegation_is_subj: bool = False) -> str:
    """Map a category to OBJ/SUBJ: opinion is SUBJ (and allegation, if asked)."""
    if category is Category.OPINION:
        return "SUBJ"
    if allegation_is_subj and category is Category.UNSUPPORTED_ALLEGATION:
        return "SUBJ"
    return "OBJ"


def evaluate(
    path: str | Path, label: Callable[[str], Category], engine: str = "offline"
) -> EvalResult:
    """Label every sentence of a CheckThat!-format file and score the labels.

    Args:
        path: the TSV file.
        label: returns the category of one sentence (e.g. `summarizer.offline.engine.categorize`).
        engine: the engine's name, for the result.

    Returns:
        Scores under both mappings and where allegations land.
    """
    examples = read_examples(path)
    return _score(path, examples, [label(example.sentence) for example in examples], engine)


def evaluate_engine(
    path: str | Path, settings: Settings, client: Any | None = None
) -> EvalResult:
    """Score the engine the settings choose (see `summarizer.engine.choose`) on a TSV file.

    Each sentence is labelled whole, as one sentence; the openai engine labels the
    file's sentences several per call rather than one call per sentence.

    Args:
        path: the TSV file.
        settings: run settings.
        client: an OpenAI-compatible client to use instead of building one.

    Returns:
        Scores under both mappings and where allegations land.

    Raises:
        InputError: the file cannot be read (see `read_examples`).
        LLMError: a subclass when the endpoint fails (openai engine only).
    """
    from summarizer.engine import choose

    chosen = choose(settings, client)
    examples = read_examples(path)
    texts = [example.sentence for example in examples]
    if not chosen.uses_model:
        return _score(path, examples, chosen.categorize(texts), chosen.name)
    from summarizer.llm.sentences import label_texts_with_contribution

    distinct = list(dict.fromkeys(texts))
    labelled, contribution = label_texts_with_contribution(distinct, settings, client, whole=True)
    found = {t: s[0].category for t, s in zip(distinct, labelled, strict=True)}
    result = _score(path, examples, [found[t] for t in texts], chosen.name)
    result.contribution = {**contribution.model_dump(), "contributed": contribution.contributed}
    return result


def _score(
    path: str | Path, examples: list[Example], categories: list[Category], engine: str
) -> EvalResult:
    gold = [example.label for example in examples]
    main = [to_subjectivity(c) for c in categories]
    alternative = [to_subjectivity(c, allegation_is_subj=True) for c in categories]
    landing = {g: 0 for g in LABELS}
    counts = {c.value: 0 for c in Category}
    for category, g in zip(categories, gold, strict=True):
        counts[category.value] += 1
        if category is Category.UNSUPPORTED_ALLEGATION:
            landing[g] += 1
    return EvalResult(
        path=str(path),
        engine=engine,
        metrics=compute_metrics(gold, main),
        metrics_allegation_subj=compute_metrics(gold, alternative),
        allegations_by_gold=landing,
        categories=counts,
    )
