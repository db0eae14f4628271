"""Evaluation on CheckThat!-format files: metrics against a hand-computed case."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.evaluation.checkthat import (
    compute_metrics,
    evaluate,
    read_examples,
    to_subjectivity,
)
from summarizer.offline.engine import categorize
from summarizer.schema import Category

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = SHARED / "data" / "subjectivity" / "dev_en.tsv"


def test_metrics_against_a_hand_computed_case() -> None:
    gold = ["OBJ", "OBJ", "OBJ", "SUBJ", "SUBJ", "SUBJ", "SUBJ", "OBJ"]
    pred = ["OBJ", "SUBJ", "OBJ", "SUBJ", "SUBJ", "OBJ", "SUBJ", "OBJ"]
    # OBJ: tp 3, predicted 4, gold 4 -> P 3/4, R 3/4, F1 0.75
    # SUBJ: tp 3, predicted 4, gold 4 -> P 3/4, R 3/4, F1 0.75
    m = compute_metrics(gold, pred)
    assert m.per_class["OBJ"].precision == pytest.approx(0.75)
    assert m.per_class["SUBJ"].recall == pytest.approx(0.75)
    assert m.macro_f1 == pytest.approx(0.75)
    assert m.accuracy == pytest.approx(6 / 8)
    assert m.confusion == {"OBJ": {"OBJ": 3, "SUBJ": 1}, "SUBJ": {"OBJ": 1, "SUBJ": 3}}


def test_metrics_unbalanced_case() -> None:
    gold = ["OBJ", "OBJ", "OBJ", "OBJ", "SUBJ", "SUBJ"]
    pred = ["SUBJ", "SUBJ", "OBJ", "OBJ", "SUBJ", "OBJ"]
    # OBJ: tp 2, predicted 3, gold 4 -> P 2/3, R 1/2, F1 4/7
    # SUBJ: tp 1, predicted 3, gold 2 -> P 1/3, R 1/2, F1 2/5
    m = compute_metrics(gold, pred)
    assert m.per_class["OBJ"].f1 == pytest.approx(4 / 7)
    assert m.per_class["SUBJ"].f1 == pytest.approx(2 / 5)
    assert m.macro_f1 == pytest.approx((4 / 7 + 2 / 5) / 2)
    assert m.per_class["SUBJ"].support == 2


def test_metrics_with_a_class_never_predicted() -> None:
    m = compute_metrics(["OBJ", "SUBJ"], ["OBJ", "OBJ"])
    assert m.per_class["SUBJ"].precision == 0.0
    assert m.per_class["SUBJ"].f1 == 0.0


def test_mappings() -> None:
    assert to_subjectivity(Category.OPINION) == "SUBJ"
    assert to_subjectivity(Category.UNSUPPORTED_ALLEGATION) == "OBJ"
    assert to_subjectivity(Category.UNSUPPORTED_ALLEGATION, allegation_is_subj=True) == "SUBJ"
    assert to_subjectivity(Category.REPORTED_FACT, allegation_is_subj=True) == "OBJ"


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "data.tsv"
    path.write_text(body, encoding="utf-8")
    return path


def test_reads_quoted_fields(tmp_path: Path) -> None:
    path = write(tmp_path, 'sentence_id\tsentence\tlabel\n1\t"He said ""no"", twice."\tOBJ\n'
                 "2\tThis is a disgrace.\tSUBJ\n")
    examples = read_examples(path)
    assert [e.sentence for e in examples] == ['He said "no", twice.', "This is a disgrace."]
    assert [e.label for e in examples] == ["OBJ", "SUBJ"]


def test_evaluate_with_the_offline_engine(tmp_path: Path) -> None:
    path = write(tmp_path, "sentence_id\tsentence\tlabel\n"
                 "1\tThe council met on Monday and approved 3 motions.\tOBJ\n"
                 "2\tThis is a shameful, utterly reckless decision.\tSUBJ\n"
                 "3\tInsiders claim the mayor embezzled funds.\tSUBJ\n")
    result = evaluate(path, categorize)
    assert result.metrics.total == 3
    assert result.metrics.confusion["OBJ"]["OBJ"] == 1
    assert result.metrics.confusion["SUBJ"]["SUBJ"] == 1
    assert result.allegations_by_gold == {"OBJ": 0, "SUBJ": 1}
    assert result.metrics_allegation_subj.confusion["SUBJ"]["SUBJ"] == 2


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("id\ttext\n1\thello\n", "missing column"),
        ("sentence_id\tsentence\tlabel\n1\thello\tMAYBE\n", "label must be OBJ or SUBJ"),
        ("sentence_id\tsentence\tlabel\n", "no rows"),
    ],
)
def test_bad_files_raise_input_error(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_examples(write(tmp_path, body))


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_examples(tmp_path / "absent.tsv")
    with pytest.raises(InputError, match="is a directory"):
        read_examples(tmp_path)


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.tsv"
    path.write_bytes("sentence_id\tsentence\tlabel\n1\tcaf\xe9\tOBJ\n".encode("latin-1"))
    with pytest.raises(InputError, match="UTF-8"):
        read_examples(path)


@pytest.mark.shared_data
@pytest.mark.skipif(not DEV.exists(), reason="../shared/data is not available")
def test_offline_engine_reaches_the_dev_target() -> None:
    result = evaluate(DEV, categorize)
    assert result.metrics.macro_f1 >= 0.68


def test_eval_command_prints_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from summarizer.cli.main import main

    path = write(tmp_path, "sentence_id\tsentence\tlabel\n"
                 "1\tThe council met on Monday and approved 3 motions.\tOBJ\n"
                 "2\tThis is a shameful, utterly reckless decision.\tSUBJ\n")
    assert main(["eval", str(path), "--engine", "offline"]) == 0
    out = capsys.readouterr().out
    assert "macro-F1 1.000" in out
    assert "confusion (rows gold, columns predicted)" in out


def test_eval_command_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from summarizer.cli.main import main

    path = write(tmp_path, "sentence_id\tsentence\tlabel\n"
                 "1\tThe council met on Monday and approved 3 motions.\tOBJ\n"
                 "2\tThe council met on Tuesday and rejected 2 motions.\tSUBJ\n")
    assert main(["eval", str(path), "--engine", "offline", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["engine"] == "offline"
    assert data["metrics"]["confusion"] == {"OBJ": {"OBJ": 1, "SUBJ": 0},
                                            "SUBJ": {"OBJ": 1, "SUBJ": 0}}
    assert data["metrics"]["macro_f1"] == pytest.approx((2 / 3 + 0.0) / 2)


def test_eval_command_bad_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from summarizer.cli.main import main

    path = write(tmp_path, "id\ttext\n1\thello\n")
    assert main(["eval", str(path), "--engine", "offline"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing column" in err


def test_unreadable_file_is_an_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "locked.tsv"
    path.write_text("sentence_id\tsentence\tlabel\n1\tIt rained.\tOBJ\n", encoding="utf-8")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError, match=r"locked\.tsv: cannot read \(Permission denied\)"):
        read_examples(path)
