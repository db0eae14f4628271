"""Labelling many short texts with few calls (for `summarizer eval` and similar).

Each text keeps its own offline labels and sentence ids; for the model, the
texts are numbered one after another and sent as paragraphs of labelling-only
calls (no summary), several texts a call, so 200 one-sentence items cost about
a dozen calls instead of 200. The answers are then reconciled text by text,
exactly as in a full report: the model's label stands unless hard offline
evidence refutes it, and gaps stay offline, flagged (see `grounding/labels.py`).
"""

from __future__ import annotations

from typing import Any

from summarizer.grounding.labels import arbitrate, distrust
from summarizer.grounding.trust import cohen_kappa
from summarizer.llm.answers import LabelAnswer
from summarizer.llm.plan import CallSpec, prompt_sentences
from summarizer.llm.session import open_session
from summarizer.llm.votes import mark_unstable
from summarizer.schema import Contribution, Sentence
from summarizer.settings import Settings

SENTENCES_PER_CALL = 16


def label_texts(
    texts: list[str],
    settings: Settings,
    client: Any | None = None,
    *,
    per_call: int | None = None,
    whole: bool = False,
) -> list[list[Sentence]]:
    """Label the sentences of each text (see `label_texts_with_contribution`)."""
    return label_texts_with_contribution(texts, settings, client, per_call=per_call,
                                         whole=whole)[0]


def label_texts_with_contribution(
    texts: list[str],
    settings: Settings,
    client: Any | None = None,
    *,
    per_call: int | None = None,
    whole: bool = False,
) -> tuple[list[list[Sentence]], Contribution]:
    """Label the sentences of each text with the model, arbitrated with the offline evidence.

    Args:
        texts: short texts (sentences, paragraphs), labelled independently.
        settings: run settings for the openai engine.
        client: an OpenAI-compatible client to use instead of building one.
        per_call: about how many sentences one call labels (texts are never split); by
            default SENTENCES_PER_CALL, or 1 in the per-sentence label mode.
        whole: take each text as one sentence, not re-segmented (as labelled data sets
            are, and as `offline.categorize` does).

    Returns:
        For each text, its sentences ("S1".. within the text), arbitrated; and what the
        model contributed over all texts.

    Raises:
        LLMError: a subclass when the endpoint fails.
    """
    from summarizer.offline.engine import label_sentences

    offline = [_as_one_sentence(t) if whole else label_sentences(t) for t in texts]
    if per_call is None:
        per_call = 1 if settings.label_mode == "sentence" else SENTENCES_PER_CALL
    numbered: list[tuple[int, Sentence]] = []  # (text index, sentence with a global id)
    for index, sentences in enumerate(offline):
        for s in sentences:
            numbered.append((index, s.model_copy(update={"id": f"S{len(numbered) + 1}"})))
    batches: list[list[tuple[int, Sentence]]] = []
    for item in numbered:
        if batches and (len(batches[-1]) < per_call or batches[-1][-1][0] == item[0]):
            batches[-1].append(item)
        else:
            batches.append([item])
    session = open_session(settings, client)
    answers: dict[str, LabelAnswer] = {}
    try:
        for number, batch in enumerate(batches, start=1):
            call = CallSpec("sentences", prompt_sentences([s for _, s in batch]),
                            part=number, parts=len(batches))
            answer = session.ask_votes(call)
            if answer is not None:
                answers.update({k: v for k, v in answer.labels.items() if k in call.ids})
    finally:
        session.close()
    categories = {f"S{n}": s.category for n, (_, s) in enumerate(numbered, start=1)}
    untrusted = distrust(answers, categories)
    results: list[list[Sentence]] = []
    ids = [k for k in categories if k in answers]
    kappa = cohen_kappa([answers[k].category for k in ids], [categories[k].value for k in ids])
    total = Contribution(set_aside_reason=untrusted, kappa=round(kappa, 3) if ids else None)
    position = 0
    for sentences in offline:
        start = position
        local = {}
        for s in sentences:
            position += 1
            if f"S{position}" in answers:
                local[s.id] = answers[f"S{position}"]
        done = arbitrate(sentences, local, untrusted=untrusted)
        flipped = {s.id: session.unstable[f"S{start + n}"]
                   for n, s in enumerate(sentences, start=1)
                   if f"S{start + n}" in session.unstable}
        results.append(mark_unstable(done.sentences, flipped))
        total.unstable += len(flipped)
        total.labels_used += done.used
        total.labels_overruled += done.overruled
        total.labels_unverified += done.unverified
        total.labels_missing += done.missing
        total.labels_set_aside += done.set_aside
    return results, total


def _as_one_sentence(text: str) -> list[Sentence]:
    from summarizer.offline.classify import classify
    from summarizer.offline.cues import detect

    label = classify(detect(text.strip()))
    return [Sentence(id="S1", paragraph=0, start=0, end=len(text), text=text,
                     category=label.category, attribution=label.attribution,
                     confidence=label.confidence, reasons=label.reasons,
                     evidence=label.evidence)]
