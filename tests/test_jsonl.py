"""One JSONL reader (`summarizer.inputs.jsonl`) behind `summarizer batch` and `summarizer digest`.

Both commands read JSON Lines through it, so a bad line is refused by the same
rules, with the same words and its line number, whichever command reads it.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from summarizer.batch.runner import BatchRunner
from summarizer.cli.main import main
from summarizer.errors import InputError
from summarizer.inputs import jsonl
from summarizer.inputs.jsonl import parse_record, read_articles, read_lines
from summarizer.settings import Settings

LIMIT = 1024 * 1024  # the size rule, lowered for the tests
GOOD = json.dumps({"id": "a", "text": "The council met on Monday."})
# (the bad second line, words both commands use to refuse it)
BAD_LINES = [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "not a JSON object"),
    ('{"id": "b"}', "'text' is missing"),
    ('{"id": "b", "text": "   "}', "empty"),
    ('{"id": "b", "text": "bad \\u0000 byte"}', "NUL bytes"),
    ('{"id": "b", "text": "a lone \\ud800 surrogate"}', "not valid Unicode"),
    pytest.param(json.dumps({"id": "b", "text": "x" * (LIMIT + 1)}), "larger than 1 MB",
                 id="too-large"),
]


@pytest.fixture(autouse=True)
def small_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jsonl, "MAX_BYTES", LIMIT)


def test_lines_are_numbered_from_one_and_blank_lines_skipped() -> None:
    parsed = list(read_lines([b'{"id": 1}\n', b"\n", b"   \n", b"nope\n", '{"id": 2}\n']))
    assert [p.line for p in parsed] == [1, 4, 5]
    assert parsed[0].record == {"id": 1} and parsed[2].record == {"id": 2}
    assert parsed[1].record is None and parsed[1].problem is not None


def test_bytes_that_are_not_utf8_are_a_problem_of_their_line() -> None:
    parsed = parse_record(b'{"text": "caf\xe9"}', 3)
    assert parsed.record is None and parsed.problem is not None
    assert parsed.problem.startswith("not valid JSON")


@pytest.mark.parametrize(("line", "words"), BAD_LINES)
def test_batch_refuses_a_bad_line_by_the_shared_rules(
    line: str, words: str, tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(GOOD + "\n" + line + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    BatchRunner(source, out, Settings(engine="offline"), concurrency=1).run()
    records = {r["line"]: r for r in map(json.loads, out.read_text("utf-8").splitlines())}
    assert "report" in records[1]
    assert words in records[2]["error"]["message"]


@pytest.mark.parametrize(("line", "words"), BAD_LINES)
def test_digest_refuses_a_bad_line_by_the_shared_rules(
    line: str, words: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = (GOOD + "\n" + line + "\n").encode("utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["digest", "--engine", "offline", "-f", "json"]) == 2
    err = capsys.readouterr().err
    assert "<stdin> line 2" in err and words in err and "internal error" not in err


def test_digest_reads_stdin_as_bytes_like_batch(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = b"\xef\xbb\xbf" + GOOD.encode() + b'\n{"id": "b", "text": "caf\xe9"}\n'
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["digest", "--engine", "offline", "-f", "json"]) == 2
    err = capsys.readouterr().err
    assert "<stdin> line 2: not valid JSON" in err and "internal error" not in err


def test_both_commands_read_through_the_one_reader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[int] = []
    original = jsonl.parse_record

    def spy(raw: bytes | str, line: int) -> jsonl.JsonLine:
        seen.append(line)
        return original(raw, line)

    monkeypatch.setattr(jsonl, "parse_record", spy)
    two = GOOD + "\n" + json.dumps({"id": "b", "text": "The mayor said no."}) + "\n"
    source = tmp_path / "in.jsonl"
    source.write_text(two, encoding="utf-8")
    BatchRunner(source, tmp_path / "out.jsonl", Settings(engine="offline"), concurrency=1).run()
    assert seen == [1, 2]
    monkeypatch.setattr("sys.stdin", io.StringIO(two))
    assert main(["digest", "--engine", "offline", "-f", "json"]) == 0
    capsys.readouterr()
    assert seen == [1, 2, 1, 2]


def test_digest_ids_are_optional_and_name_the_article() -> None:
    articles = read_articles([GOOD, '{"text": "No id here."}'])
    assert [(a.id, a.source) for a in articles] == [("a", "a"), ("line 2", "line 2")]
    with pytest.raises(InputError, match="no articles"):
        read_articles(["", "  "])
