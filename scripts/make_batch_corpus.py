"""Generate a large JSONL batch corpus from the seeds and ../shared/data.

    python scripts/make_batch_corpus.py /tmp/batch10k.jsonl --count 10000

Each line is {"id", "text", "title", "source"}. Articles are the seed articles
and the NeuS articles, varied (paragraphs reordered, opinion and fact sentences
from the CheckThat! data added) so that no two texts are the same. With
--faults, about one item in a hundred is bad on purpose (empty text, missing
text, a duplicate id). The data is for evaluation only: the output must live
outside the repository, and this script refuses to write inside it.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def seed_articles() -> list[tuple[str, str]]:
    """(title, text) of the seed articles."""
    out = []
    for path in sorted((REPO / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out.append((text.strip().splitlines()[0][:120], text))
    return out


def neus_articles() -> list[tuple[str, str]]:
    """(title, text) of every article in the NeuS validation sources."""
    path = SHARED / "data" / "neus" / "val.source"
    if not path.exists():
        return []
    out = []
    for story in path.read_text(encoding="utf-8").splitlines():
        for part in story.split(" [SEP] "):
            title, _, body = part.partition(" ARTICLE=> ")
            title = title.removeprefix("TITLE=> ").strip()
            if body.strip():
                out.append((title, _paragraphs(body.strip())))
    return out


def _paragraphs(body: str) -> str:
    """NeuS bodies are one line: break them into paragraphs of three sentences."""
    sentences = body.replace(". ", ".\u0000").split("\u0000")
    groups = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    return "\n\n".join(groups)


def checkthat_sentences() -> list[str]:
    """Sentences of the CheckThat! subjectivity data (opinion and fact)."""
    out = []
    for name in ("train_en.tsv", "dev_en.tsv"):
        path = SHARED / "data" / "subjectivity" / name
        if path.exists():
            with path.open(encoding="utf-8", newline="") as handle:
                out.extend(row["sentence"] for row in csv.DictReader(handle, delimiter="\t"))
    return out


def vary(text: str, extra: list[str], rng: random.Random) -> str:
    """A variant of `text`: paragraphs shuffled after the first, a few sentences added."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    head, rest = paragraphs[:1], paragraphs[1:]
    rng.shuffle(rest)
    if extra:
        added = " ".join(rng.sample(extra, k=min(len(extra), rng.randint(1, 4))))
        rest.insert(rng.randint(0, len(rest)), added)
    return "\n\n".join(head + rest)


def main(argv: list[str] | None = None) -> int:
    """Write the corpus; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path, help="the JSONL file to write (outside the repo)")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--faults", action="store_true", help="add about 1%% bad items")
    args = parser.parse_args(argv)
    if args.output.resolve().is_relative_to(REPO):
        parser.error("write the corpus outside the repository: it holds evaluation data")
    base = seed_articles() + neus_articles()
    extra = checkthat_sentences()
    if not neus_articles():
        print("note: ../shared/data not found; using the seeds only", file=sys.stderr)
    rng = random.Random(args.seed)
    written = 0
    with args.output.open("w", encoding="utf-8") as handle:
        for i in range(args.count):
            title, text = base[i % len(base)]
            record: dict[str, object] = {
                "id": f"art-{i:06d}",
                "title": title,
                "text": vary(text, extra, rng),
                "source": f"corpus:{i % len(base)}",
            }
            if args.faults and rng.random() < 0.01:
                fault = rng.choice(("empty", "missing", "duplicate"))
                if fault == "empty":
                    record["text"] = "  \n "
                elif fault == "missing":
                    del record["text"]
                else:
                    record["id"] = f"art-{max(0, i - 1):06d}"
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    size = args.output.stat().st_size
    print(f"wrote {written} articles, {size / 1e6:.1f} MB, to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
