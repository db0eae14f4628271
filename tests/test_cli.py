"""The CLI: formats, outputs and every error path (one line, right exit code, no traceback)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.cli.main import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_3803d65d782871d0.txt"


class _Stdin:
    def __init__(self, data: bytes, tty: bool = False) -> None:
        self.buffer = io.BytesIO(data)
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.fixture(autouse=True)
def _no_endpoint(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "SUMMARIZER_ENGINE", "SUMMARIZER_MODEL"):
        monkeypatch.delenv(name, raising=False)


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_clean_error(err: str, *needles: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("summarizer: error:")
    assert "Traceback" not in err
    for needle in needles:
        assert needle in lines[0]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"", "empty"),
        (b"  \n\t \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("caf\u00e9 au lait".encode("latin-1"), "UTF-8"),
    ],
    ids=["empty", "whitespace", "binary", "latin1"],
)
def test_bad_file_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, needle: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    code, out, err = run_cli(capsys, str(path))
    assert code == 2
    assert out == ""
    assert_one_clean_error(err, str(path), needle)


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run_cli(capsys, str(tmp_path / "nope.txt"))
    assert code == 2
    assert_one_clean_error(err, "no such file")


def test_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run_cli(capsys, str(tmp_path))
    assert code == 2
    assert_one_clean_error(err, "is a directory")


def test_empty_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b""))
    code, _, err = run_cli(capsys)
    assert code == 2
    assert_one_clean_error(err, "<stdin>", "empty")


def test_stdin_terminal_says_how_to_give_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(b"", tty=True))
    code, _, err = run_cli(capsys, "-")
    assert code == 2
    assert_one_clean_error(err, "cat article.txt | summarizer")


def test_bad_flag_and_bad_engine(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--no-such-flag", str(SEED)])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["--engine", "gpt", str(SEED)])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice" in err and "Traceback" not in err


def test_output_into_missing_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run_cli(capsys, str(SEED), "-o", str(tmp_path / "no" / "such" / "r.md"))
    assert code == 2
    assert out == ""
    assert_one_clean_error(err, "does not exist")


def test_good_and_bad_inputs_keep_the_good_work(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run_cli(capsys, "-f", "json", str(SEED), str(tmp_path / "missing.txt"))
    assert code == 2
    assert json.loads(out)["source"] == str(SEED)
    assert_one_clean_error(err, "missing.txt")


def test_output_file_format_from_extension(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "report.json"
    code, out, _ = run_cli(capsys, str(SEED), "-o", str(target))
    assert code == 0 and out == ""
    report = json.loads(target.read_text(encoding="utf-8"))
    assert report["engine"]["name"] == "offline"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temp file left behind


def test_several_files_as_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    code, out, _ = run_cli(capsys, "-f", "json", *seeds)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(seeds)  # one report a line, as `jq -c` or a batch reader expects
    assert [json.loads(line)["source"] for line in lines] == seeds


def test_markdown_and_text_show_summary_and_labels(capsys: pytest.CaptureFixture[str]) -> None:
    code, md, _ = run_cli(capsys, "-f", "md", str(SEED))
    assert code == 0
    assert "## Neutral summary" in md and "## Sentence by sentence" in md
    assert "unsupported allegation" in md
    code, text, _ = run_cli(capsys, "-f", "text", str(SEED))
    assert code == 0
    assert "SENTENCES" in text and "##" not in text


def test_schema_command_prints_report_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "schema")
    schema = json.loads(out)
    assert code == 0
    assert schema["title"] == "Report"
    assert schema["additionalProperties"] is False
    assert "sentences" in schema["required"]


def test_pipe_through_a_real_process() -> None:
    """`cat article.txt | summarizer`: plain text out, diagnostics only on stderr."""
    done = subprocess.run(
        [sys.executable, "-m", "summarizer"],
        input=SEED.read_bytes(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("utf-8")
    assert out.startswith("<stdin>") or "Engine: offline" in out
    assert "VERIFIABLE REPORTING" in out or "ALLEGED WITHOUT SUPPORT" in out


def test_output_file_gets_the_usual_permissions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import os

    mask = os.umask(0o022)
    try:
        target = tmp_path / "report.md"
        code, _, _ = run_cli(capsys, str(SEED), "-o", str(target))
    finally:
        os.umask(mask)
    assert code == 0
    assert target.stat().st_mode & 0o777 == 0o644


def test_headline_becomes_the_title(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Markets Rally as Rates Fall\n\nStocks rose on Monday, the exchange said.\n")
    code, out, _ = run_cli(capsys, "-f", "json", str(path))
    assert code == 0
    assert json.loads(out)["title"] == "Markets Rally as Rates Fall"
    path.write_text("Stocks rose on Monday, the exchange said. Bonds fell.\n")
    code, out, _ = run_cli(capsys, "-f", "json", str(path))
    assert json.loads(out)["title"] is None
    path.write_text("\u2018We won,\u2019 he said\n\nThe vote ended.\n")  # quote ending a line
    code, out, _ = run_cli(capsys, "-f", "json", str(path))
    assert json.loads(out)["title"] == "\u2018We won,\u2019 he said"


def test_output_with_an_unknown_extension_asks_for_a_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run_cli(capsys, str(SEED), "-o", str(tmp_path / "report.pdf"))
    assert code == 2 and out == ""
    assert_one_clean_error(err, "--format")
    assert list(tmp_path.iterdir()) == []  # nothing written under a misleading name
    code, _, _ = run_cli(capsys, "-f", "text", str(SEED), "-o", str(tmp_path / "report.log"))
    assert code == 0 and (tmp_path / "report.log").read_text(encoding="utf-8").strip()


def test_openai_engine_without_endpoint_says_how_to_configure(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_cli(capsys, "--engine", "openai", "--no-cache", str(SEED))
    assert code == 2
    assert out == ""
    assert_one_clean_error(err, "needs an endpoint", "OPENAI_API_KEY", "--engine offline")


def test_help_imports_no_pydantic() -> None:
    code = (
        "import sys, summarizer.cli.main as c; c.build_parser([]); c.build_parser(['eval']); "
        "print(sorted(m for m in sys.modules if m.startswith('pydantic')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_cli_formats_are_the_renderers_formats() -> None:
    from summarizer.cli.output import FORMATS
    from summarizer.render.report import FORMATS as RENDERED

    assert FORMATS == RENDERED


def test_failed_write_leaves_no_temp_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    def full_disk(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    article = tmp_path / "a.txt"
    article.write_text("The council met on Monday.\n", encoding="utf-8")
    code = main([str(article), "--engine", "offline", "-o", str(tmp_path / "out.md")])
    assert code == 1
    assert "No space left on device" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.parametrize("flag", [["--timeout", "nan"], ["--timeout", "0"], ["--retries", "-1"],
                                  ["--temperature", "nan"]])
def test_impossible_engine_settings_are_usage_errors(
    capsys: pytest.CaptureFixture[str], flag: list[str]
) -> None:
    assert main([*flag, "--engine", "offline", str(SEED)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("summarizer: error:") and flag[0].lstrip("-") in err


def test_unexpected_os_error_names_the_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import summarizer.cli.output as output_module

    def broken_disk(content: str, output: object) -> None:
        raise OSError(5, "Input/output error", "/mnt/out.md")

    monkeypatch.setattr(output_module, "write_output", broken_disk)
    assert main(["--engine", "offline", str(SEED)]) == 1
    assert capsys.readouterr().err == "summarizer: error: /mnt/out.md: Input/output error\n"


def test_dry_run_with_the_offline_engine_says_it_calls_nothing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_cli(capsys, "--dry-run", "--engine", "offline", str(SEED))
    assert code == 0 and err == ""
    assert f"{SEED}: 0 calls" in out and "offline engine calls no model" in out


def test_dry_run_with_the_openai_engine_plans_without_calling(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run_cli(
        capsys, "--dry-run", "--engine", "openai", "--base-url", "http://127.0.0.1:9/v1",
        "--no-cache", str(SEED),
    )
    assert code == 0
    assert "nothing was sent" in out and "prompt tokens" in out
