"""Shell conventions: stdout carries only the output asked for, diagnostics go to stderr,
colour follows NO_COLOR and --color, dry runs name each file and add up, pipes work."""

from __future__ import annotations

import io
import json
import re
import subprocess
from pathlib import Path

import pytest
from test_cli import _no_endpoint, run_cli  # noqa: F401  (the same CLI harness, and no endpoint)

from summarizer.cli.main import main
from summarizer.cli.notices import AUTO_OFFLINE_PREFIX, engine_line
from summarizer.engine import analyze
from summarizer.inputs.load import load_input
from summarizer.render.report import render_many
from summarizer.schema import Usage
from summarizer.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
ANSI = re.compile(r"\x1b\[[0-9;]*m")


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)

    def isatty(self) -> bool:
        return False


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True




def _jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": f"a{k}", "text": Path(s).read_text(encoding="utf-8")})
             for k, s in enumerate(SEEDS, start=1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["md", "text", "json", "html"])
def test_stdout_is_exactly_the_report(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    code, out, err = run_cli(capsys, "-f", fmt, *SEEDS)
    assert code == 0
    expected = render_many([analyze(load_input(s), Settings.resolve()) for s in SEEDS], fmt)
    assert out == expected  # nothing else: no warning, no engine line, no colour in a pipe
    assert AUTO_OFFLINE_PREFIX not in out or fmt in ("json", "html")  # data, not diagnostics
    assert err == ""  # offline: nothing about models on stderr


def test_verbose_says_the_run_was_offline_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "-v", "-f", "text", SEEDS[0])
    assert code == 0
    assert AUTO_OFFLINE_PREFIX in err and "engine offline: no model was called" in err
    assert AUTO_OFFLINE_PREFIX not in out and "summarizer:" not in out


@pytest.mark.parametrize("fmt", ["md", "text", "json", "html"])
def test_digest_stdout_is_only_the_briefing_note(capsys: pytest.CaptureFixture[str],
                                                 fmt: str) -> None:
    from summarizer.briefing.build import build_digest
    from summarizer.render.digest import render_digest

    code, out, err = run_cli(capsys, "digest", "-f", fmt, *SEEDS)
    assert code == 0
    settings = Settings.resolve()
    reports = [analyze(load_input(s), settings) for s in SEEDS]
    digest = build_digest(reports, settings)
    assert out == render_digest(digest, fmt, reports)
    if fmt in ("md", "text"):
        assert not any(w in out for w in digest.warnings)
    for warning in digest.warnings:
        assert warning in err


@pytest.mark.parametrize(
    "argv",
    [["schema"], ["prompts", "list"], ["prompts", "render", "article", SEEDS[0]],
     ["completion", "bash"], ["config", "path"], ["--dry-run", *SEEDS]],
)
def test_other_commands_write_only_their_output(capsys: pytest.CaptureFixture[str],
                                                argv: list[str]) -> None:
    code, out, err = run_cli(capsys, *argv)
    assert code == 0 and out and err == ""
    assert not re.search(r"^\s*(summarizer: |warning:|note:)", out, re.MULTILINE)


def test_batch_to_stdout_writes_only_json_lines(capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path) -> None:
    code, out, err = run_cli(capsys, "batch", str(_jsonl(tmp_path)), "-o", "-", "-j", "1")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert sorted(r["id"] for r in records) == ["a1", "a2"]
    assert all(r["report"]["sentences"] for r in records)
    assert "batch: 2 done" in err


def test_batch_reads_stdin(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", _Stdin(_jsonl(tmp_path).read_bytes()))
    target = tmp_path / "out.jsonl"
    code, out, err = run_cli(capsys, "batch", "-", "-o", str(target), "-j", "1", "-q")
    assert code == 0 and out == "" and err == ""  # -q: not even the closing summary
    ids = [json.loads(line)["id"] for line in target.read_text(encoding="utf-8").splitlines()]
    assert sorted(ids) == ["a1", "a2"]


def test_batch_without_output_says_how(capsys: pytest.CaptureFixture[str],
                                       tmp_path: Path) -> None:
    code, _, err = run_cli(capsys, "batch", str(_jsonl(tmp_path)))
    assert code == 2 and "-o -" in err


def test_output_dash_is_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "-f", "json", "-o", "-", SEEDS[0])
    assert code == 0 and json.loads(out)["source"] == SEEDS[0]


def test_offline_dry_run_names_each_file_then_the_total(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "--dry-run", "--engine", "offline", *SEEDS)
    lines = out.splitlines()
    assert code == 0 and lines[:2] == [f"{s}: 0 calls, 0 tokens (offline engine)" for s in SEEDS]
    assert lines[2].startswith("total: 2 article(s), 0 model calls")


def _numbers(block: str, label: str) -> list[int]:
    return [int(m) for m in re.findall(rf"{label} (?:at most )?(\d+)", block)]


@pytest.mark.parametrize("command", ["analyze", "digest", "batch"])
def test_model_dry_runs_add_up(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                               command: str) -> None:
    endpoint = ["--engine", "openai", "--base-url", "http://127.0.0.1:9/v1", "--no-cache"]
    argv = {"analyze": ["--dry-run", *endpoint, *SEEDS],
            "digest": ["digest", "--dry-run", *endpoint, *SEEDS],
            "batch": ["batch", str(_jsonl(tmp_path)), "--dry-run", *endpoint]}[command]
    code, out, err = run_cli(capsys, *argv)
    assert code == 0 and err == ""
    blocks = out.split("\n== ")[1:]
    names = [b.splitlines()[0] for b in blocks]
    expected = SEEDS if command != "batch" else ["a1", "a2"]
    if command == "digest":
        expected = [*expected, "combined summary (digest call)"]
    assert names == expected
    total = out.splitlines()[-1]
    per_block = [_numbers(b.rsplit("\ntotal:", 1)[0], "prompt tokens")[0] for b in blocks]
    calls = [_numbers(b, "calls")[0] for b in blocks]
    assert f"{sum(per_block)} prompt tokens" in total
    assert f"{sum(calls)} call(s)" in total
    assert total.startswith(f"total: {len(SEEDS)} article(s)")


def test_engine_line_with_only_an_api_key_set() -> None:
    settings = Settings.resolve(env={"OPENAI_API_KEY": "sk-only-this-is-set"})
    usage = Usage(calls=1, prompt_tokens=1000, completion_tokens=200, estimated_cost_usd=0.0003)
    line = engine_line(settings, [usage])
    assert line is not None
    assert line.startswith("engine openai, model gpt-4o-mini (the default model")
    assert "endpoint api.openai.com" in line and "1 call(s)" in line
    assert "cost $0.0003 estimated" in line and "--engine offline" in line
    assert "auto chose it because an API key is configured (OPENAI_API_KEY" in line
    assert "sk-only" not in line


def test_no_engine_line_for_the_offline_engine() -> None:
    assert engine_line(Settings.resolve(env={}), [Usage()]) is None
    assert engine_line(Settings.resolve(env={"OPENAI_API_KEY": "k"}, engine="offline"), []) is None


def test_engine_line_says_when_the_price_is_unknown() -> None:
    settings = Settings.resolve(env={}, engine="openai", base_url="http://127.0.0.1:8080/v1",
                                model="qwen2.5:0.5b")
    line = engine_line(settings, [Usage(calls=2, prompt_tokens=9, completion_tokens=3)])
    assert line is not None and "endpoint 127.0.0.1:8080" in line
    assert "cost unknown" in line and "default model" not in line


def test_colour_follows_no_color_and_the_flag(capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdout", _Tty())
    main(["-f", "md", SEEDS[0]])
    coloured = main.__globals__["sys"].stdout.getvalue()
    assert ANSI.search(coloured)
    plain = render_many([analyze(load_input(SEEDS[0]), Settings.resolve())], "md")
    assert ANSI.sub("", coloured) == plain  # colour only adds escapes, never changes words
    for setup, flag in ((lambda: monkeypatch.setenv("NO_COLOR", "1"), []),
                        (lambda: None, ["--color", "never"])):
        setup()
        monkeypatch.setattr("sys.stdout", _Tty())
        main(["-f", "md", *flag, SEEDS[0]])
        assert not ANSI.search(main.__globals__["sys"].stdout.getvalue())
    monkeypatch.setattr("sys.stdout", _Tty())
    main(["-f", "text", "--color", "always", SEEDS[0]])  # NO_COLOR is set; always wins
    assert ANSI.search(main.__globals__["sys"].stdout.getvalue())


def test_no_colour_in_a_file_even_when_always(tmp_path: Path) -> None:
    target = tmp_path / "out.md"
    assert main(["--color", "always", "-o", str(target), SEEDS[0]]) == 0
    assert not ANSI.search(target.read_text(encoding="utf-8"))


def test_prompts_render_accepts_every_listed_template(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["prompts", "list"]) == 0
    listed = re.findall(r"^  (\w+)\.j2$", capsys.readouterr().out, re.MULTILINE)
    assert "digest" in listed
    for name in listed:
        files = SEEDS if name == "digest" else SEEDS[:1]
        code, out, err = run_cli(capsys, "prompts", "render", name, *files)
        assert code == 0 and out.strip() and err == "", name
    _, digest_prompt, _ = run_cli(capsys, "prompts", "render", "digest", *SEEDS)
    assert "[A1:S1]" in digest_prompt and "[A2:S1]" in digest_prompt


def test_bash_completion_completes_commands_options_and_choices(tmp_path: Path) -> None:
    from summarizer.cli.completion import script

    path = tmp_path / "summarizer.bash"
    path.write_text(script("bash"), encoding="utf-8")

    def complete(*words: str) -> set[str]:
        line = " ".join(f"'{w}'" for w in words)
        shell = (f"source {path}; COMP_WORDS=({line}); COMP_CWORD={len(words) - 1}; "
                 'cd /; _summarizer; printf "%s\\n" "${COMPREPLY[@]}"')
        done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, check=True)
        return set(done.stdout.split())

    assert {"digest", "batch", "config", "completion"} <= complete("summarizer", "")
    assert complete("summarizer", "--form") == {"--format"}
    assert complete("summarizer", "digest", "--format", "") == {"md", "json", "text", "html"}
    assert {"--dry-run", "--color"} <= complete("summarizer", "batch", "--")
    assert "digest" in complete("summarizer", "prompts", "render", "")
    assert {"model", "api_key"} <= complete("summarizer", "config", "set", "")


@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_zsh_and_fish_scripts_name_every_subcommand(shell: str) -> None:
    from summarizer.cli.completion import script
    from summarizer.cli.main import SUBCOMMANDS

    text = script(shell)
    for name in SUBCOMMANDS:
        assert name in text
    if shell == "fish":
        assert "-l format -x -a 'md json text html'" in text
        for line in text.splitlines()[1:]:
            assert line.startswith("complete -c summarizer ")
    else:
        assert text.startswith("#compdef summarizer") and "complete -o filenames" in text


def test_eval_writes_only_its_scores(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "tiny.tsv"
    data.write_text("sentence_id\tsentence\tlabel\n"
                    "1\tThe council approved the budget on Monday.\tOBJ\n"
                    "2\tThis is a disgraceful and cowardly decision.\tSUBJ\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "eval", str(data))
    assert code == 0 and err == ""  # offline: nothing about models
    assert out.startswith(f"{data}: engine offline") and "macro-F1" in out
    code, out, _ = run_cli(capsys, "eval", "--json", str(data))
    assert code == 0 and json.loads(out)["engine"] == "offline"
