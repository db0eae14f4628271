"""Reliability under hostile input, faults and malicious endpoints: the right answer, not just
no crash. Deadlines, the model answer's size, the cache, batch robustness, forged output,
hidden text and honest messages. Servers are loopback and synthetic (see hostile_servers).
"""

from __future__ import annotations

import base64
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx2
import openai
import pytest
from hostile_servers import chat_completion, page, serve, trickle
from test_llm_faults import ARTICLE, BASE, KEY, Server, client_for, completion, valid_answer

from summarizer import errors
from summarizer.batch.lock import OutputBusyError, OutputLock
from summarizer.batch.runner import BatchRunner
from summarizer.inputs import article as article_module
from summarizer.inputs.article import decode_article, read_article
from summarizer.inputs.fetch import article_from_html, decode_html, fetch_url, read_html_file
from summarizer.llm.client import LLMClient
from summarizer.llm.engine import analyze_with_llm
from summarizer.render.report import render
from summarizer.settings import Settings

LOCAL = pytest.mark.block_network(allowed_hosts=[r"127\.0\.0\.1"])
PARAGRAPH = ("The council voted 7 to 2 on Tuesday to keep the ferry running for ten more years, "
             "the city clerk said in a statement published on the council website.")
CLI = [sys.executable, "-m", "summarizer"]


def _cli(*args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env.update(kwargs.pop("env", {}))
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120, env=env,
                          **kwargs)


def _llm_settings(tmp_path: Path, **changes: Any) -> Settings:
    base = Settings(engine="openai", model="synthetic-model", base_url=BASE, api_key=KEY,
                    max_retries=2, timeout=5.0, cache_dir=tmp_path / "cache")
    return base.with_(**changes)


# ---- time: deadlines -----------------------------------------------------------------------

@LOCAL
def test_a_trickling_model_server_ends_at_the_timeout_with_retries_included() -> None:
    with serve(trickle("application/json")) as url:
        settings = Settings(engine="openai", model="m", base_url=url + "/v1", api_key=KEY,
                            timeout=2.0, max_retries=2)
        client = LLMClient(settings)
        started = time.monotonic()
        with pytest.raises(errors.TimeoutError, match=r"within 2 s \(retries included\)"):
            client.chat([{"role": "user", "content": "hi"}],
                        response_format={"type": "json_object"}, max_tokens=10)
        elapsed = time.monotonic() - started
        client.close()
    # The deadline itself is 2 s; the bound leaves room for a loaded CI machine while
    # staying far below the 40 s the trickle would take without a deadline.
    assert elapsed < 8.0, f"a 2 s deadline took {elapsed:.1f} s (the trickle lasts 40 s)"


@LOCAL
def test_the_cli_against_a_trickling_model_server_exits_1_with_one_line(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(PARAGRAPH + "\n")
    with serve(trickle("application/json")) as url:
        started = time.monotonic()
        done = _cli("--engine", "openai", "--base-url", url + "/v1", "--api-key", KEY,
                    "--timeout", "2", "--no-cache", str(article))
        elapsed = time.monotonic() - started
    assert done.returncode == 1
    errors_said = [line for line in done.stderr.splitlines() if ": error:" in line]
    assert len(errors_said) == 1 and "within 2 s" in errors_said[0]
    assert "Traceback" not in done.stderr
    assert elapsed < 15, f"took {elapsed:.1f} s; the trickle alone would last 40 s"


@LOCAL
def test_a_trickling_web_page_ends_at_the_timeout() -> None:
    with serve(trickle("text/html")) as url:
        started = time.monotonic()
        with pytest.raises(errors.FetchTimeoutError, match="no complete page within 2 s"):
            fetch_url(url + "/slow", timeout=2.0)
        elapsed = time.monotonic() - started
    assert elapsed < 8.0, f"a 2 s deadline took {elapsed:.1f} s (the trickle lasts 40 s)"


@LOCAL
def test_the_cli_fetching_a_trickling_page_obeys_timeout_and_exits_1() -> None:
    """--timeout bounds a page fetch too; a page that never arrives is a run-time failure
    (exit 1, one error line), not bad input."""
    with serve(trickle("text/html")) as url:
        started = time.monotonic()
        done = _cli("--engine", "offline", "--timeout", "2", url + "/page.html")
        elapsed = time.monotonic() - started
    assert done.returncode == 1, done.stderr
    errors_said = [line for line in done.stderr.splitlines() if ": error:" in line]
    assert len(errors_said) == 1 and "no complete page within 2 s" in errors_said[0]
    assert "Traceback" not in done.stderr
    assert elapsed < 15, f"took {elapsed:.1f} s; the page's default 20 s was not replaced"


def test_a_named_pipe_without_writer_ends_with_a_message(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    monkeypatch.setattr(article_module, "FIFO_WAIT", 0.5)
    started = time.monotonic()
    with pytest.raises(errors.InputError, match=r"named pipe .* within 0.5 s"):
        read_article(fifo)
    assert time.monotonic() - started < 5


def test_a_named_pipe_with_a_writer_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    monkeypatch.setattr(article_module, "FIFO_WAIT", 10.0)

    def write() -> None:
        with fifo.open("w") as handle:
            handle.write(PARAGRAPH)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    assert read_article(fifo).text == PARAGRAPH
    writer.join(5)


# ---- the model's answer: size cap, usage, redaction ---------------------------------------

def test_an_answer_far_beyond_max_tokens_is_an_invalid_response(tmp_path: Path) -> None:
    huge = "x" * 200_000
    server = Server(default=lambda r: httpx2.Response(200, json=completion(huge)))
    client = LLMClient(_llm_settings(tmp_path), client_for(server))
    with pytest.raises(errors.InvalidResponseError, match="200,000 characters for a budget of"):
        client.chat([{"role": "user", "content": "hi"}],
                    response_format={"type": "json_object"}, max_tokens=100)


@LOCAL
def test_a_huge_body_is_refused_unread() -> None:
    body = json.dumps(completion("y" * 3_000_000))
    with serve(chat_completion("y" * 3_000_000)) as url:
        settings = Settings(engine="openai", model="m", base_url=url + "/v1", api_key=KEY,
                            timeout=20.0, max_retries=0)
        client = LLMClient(settings)
        with pytest.raises(errors.InvalidResponseError, match=r"larger than .* bytes; not read"):
            client.chat([{"role": "user", "content": "hi"}],
                        response_format={"type": "json_object"}, max_tokens=100)
        client.close()
    assert len(body) > 3_000_000


@pytest.mark.parametrize("usage", [None, {"prompt_tokens": -1_000_000, "completion_tokens": -5},
                                   {"prompt_tokens": "lots"}])
def test_missing_or_negative_usage_is_estimated_and_flagged(
        tmp_path: Path, usage: dict[str, Any] | None) -> None:
    def answer(request: httpx2.Request) -> httpx2.Response:
        body = json.loads(valid_answer(request).content)
        if usage is None:
            body.pop("usage")
        else:
            body["usage"] = usage
        return httpx2.Response(200, json=body)

    report = analyze_with_llm(ARTICLE, _llm_settings(tmp_path), client_for(Server(default=answer)))
    assert report.usage.tokens_estimated
    assert report.usage.prompt_tokens > 100 and report.usage.completion_tokens > 10
    assert any("estimated with the tokenizer" in w for w in report.warnings)


def _key_forms(key: str) -> list[str]:
    return [key, key.upper(), key.swapcase(), quote(key, safe=""),
            base64.b64encode(key.encode()).decode(), base64.b64encode(key.encode()).decode()
            .rstrip("=")]


def test_every_transformed_form_of_the_key_is_redacted_everywhere(tmp_path: Path) -> None:
    key = "sk-Live+Key/with=odd.chars-1234"
    forms = _key_forms(key)
    echo = " ".join(forms)

    def answer(request: httpx2.Request) -> httpx2.Response:
        ids = json.loads(valid_answer(request).content)
        content = json.loads(ids["choices"][0]["message"]["content"])
        for label in content["labels"].values():
            label["reason"] = f"echo {echo}"
        content["summary"][0]["text"] = f"echo {echo}"
        return httpx2.Response(200, json=completion(json.dumps(content)))

    settings = _llm_settings(tmp_path, api_key=key,
                             base_url=f"http://user:{quote(key, safe='')}@fault.invalid/v1")
    http = httpx2.Client(transport=httpx2.MockTransport(Server(default=answer)))
    client = openai.OpenAI(api_key=key, base_url=BASE, max_retries=0, http_client=http)
    report = analyze_with_llm(ARTICLE, settings, client)
    written = [report.model_dump_json(), render(report, "md"), render(report, "text")]
    written += [p.read_bytes().decode("utf-8", "replace") for p in (tmp_path / "cache").iterdir()]
    assert report.engine.endpoint == "http://fault.invalid/v1"
    for text in written:
        for form in forms:
            assert form.lower() not in text.lower(), f"{form!r} leaked"


def test_a_key_echoed_in_an_error_is_redacted_in_every_form(tmp_path: Path) -> None:
    key = "sk-Echo+Key/9876543210"
    echo = " ".join(_key_forms(key))
    server = Server(default=lambda r: httpx2.Response(
        400, json={"error": {"message": f"bad key {echo}", "type": "synthetic"}}))
    http = httpx2.Client(transport=httpx2.MockTransport(server))
    client = openai.OpenAI(api_key=key, base_url=BASE, max_retries=0, http_client=http)
    with pytest.raises(errors.LLMError) as caught:
        LLMClient(_llm_settings(tmp_path, api_key=key), client).chat(
            [{"role": "user", "content": "x"}], response_format={"type": "json_object"},
            max_tokens=10)
    for form in _key_forms(key):
        assert form.lower() not in str(caught.value).lower()


def test_a_malformed_base_url_is_a_configuration_error_without_the_key(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(PARAGRAPH + "\n")
    key = "sk-Malformed+Url/Key55"
    done = _cli("--engine", "openai", "--api-key", key, "--base-url",
                f"http://user:{key}@[::1", str(article))
    assert done.returncode == 2 and "internal error" not in done.stderr
    for form in _key_forms(key):
        assert form.lower() not in done.stderr.lower()


# ---- the cache: any fault runs uncached, once said, answer kept --------------------------

def _faulty_cache(kind: str, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "responses.sqlite3"
    if kind == "directory-shaped":
        target.mkdir()
    elif kind == "corrupt":
        target.write_bytes(b"this is not a database" * 100)
    elif kind == "read-only":
        sqlite3.connect(target).executescript("CREATE TABLE t (x);")
        target.chmod(0o444)
        folder.chmod(0o555)


@pytest.mark.parametrize("kind", ["directory-shaped", "corrupt", "read-only", "locked"])
def test_a_faulty_cache_runs_uncached_says_so_once_and_keeps_the_answer(
        tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cache"
    _faulty_cache(kind, folder)
    if kind == "read-only" and os.geteuid() == 0:  # root writes through permissions:
        from summarizer.llm import cache as cache_module  # open read-only as SQLite does then

        connect = sqlite3.connect

        def read_only(path: Path, **kwargs: Any) -> sqlite3.Connection:
            return connect(f"file:{path}?mode=ro", uri=True, **kwargs)

        monkeypatch.setattr(cache_module.sqlite3, "connect", read_only)
    holder = None
    if kind == "locked":
        holder = sqlite3.connect(folder / "responses.sqlite3", isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
    server = Server()
    try:
        report = analyze_with_llm(ARTICLE, _llm_settings(tmp_path), client_for(server))
    finally:
        if holder is not None:
            holder.close()
        folder.chmod(0o755)
    assert report.engine.name == "openai" and server.requests
    assert all(s.labelled_by != "offline-fallback" for s in report.sentences)
    assert sum("ran uncached" in w for w in report.warnings) == 1


def test_a_cache_that_fails_on_write_keeps_the_paid_answer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from summarizer.llm import cache as cache_module

    real = cache_module.ResponseCache._run

    def failing(self: Any, sql: str, params: Any, *, commit: bool = False) -> Any:
        if commit and sql.startswith("INSERT OR REPLACE INTO responses"):
            self._disable(sqlite3.OperationalError("disk I/O error"))
            return None
        return real(self, sql, params, commit=commit)

    monkeypatch.setattr(cache_module.ResponseCache, "_run", failing)
    report = analyze_with_llm(ARTICLE, _llm_settings(tmp_path), client_for(Server()))
    assert all(s.labelled_by != "offline-fallback" for s in report.sentences)
    assert [w for w in report.warnings if "disk I/O error" in w and "ran uncached" in w]


# ---- batch: per-item errors, one writer, workers die with the parent, -o != input --------

@pytest.mark.parametrize("depth", [100, 100_000])
def test_a_deeply_nested_json_line_is_one_error_record_and_the_batch_completes(
        tmp_path: Path, depth: int) -> None:
    source = tmp_path / "in.jsonl"
    nested = '{"id": "deep", "text": ' + "[" * depth + "]" * depth + "}"
    good = [json.dumps({"id": f"ok{i}", "text": PARAGRAPH}) for i in range(3)]
    source.write_text("\n".join([good[0], nested, *good[1:]]) + "\n")
    output = tmp_path / "out.jsonl"
    for concurrency in (1, 2):
        output.unlink(missing_ok=True)
        summary = BatchRunner(source, output, Settings(engine="offline"),
                              concurrency=concurrency).run()
        records = [json.loads(line) for line in output.read_text().splitlines()]
        errors_ = [r for r in records if "error" in r]
        assert summary.done == 3 and summary.failed == 1 and len(records) == 4
        assert len(errors_) == 1 and errors_[0]["line"] == 2


def test_a_second_writer_on_the_same_output_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": 1, "text": PARAGRAPH}) + "\n")
    output = tmp_path / "out.jsonl"
    with OutputLock(output), pytest.raises(OutputBusyError, match="another summarizer batch"):
        BatchRunner(source, output, Settings(engine="offline"), concurrency=1).run()
    assert output.read_text() == ""
    BatchRunner(source, output, Settings(engine="offline"), concurrency=1).run()
    assert len(output.read_text().splitlines()) == 1


def test_the_output_lock_dies_with_its_holder(tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; "
         "from summarizer.batch.lock import OutputLock; "
         f"lock = OutputLock(Path({str(output)!r})).acquire(); print('locked', flush=True); "
         "time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(OutputBusyError):
            OutputLock(output).acquire()
    finally:
        holder.kill()
        holder.wait(10)
    OutputLock(output).acquire().release()  # no stale lock after kill -9


_POOL_PARENT = """
import os, sys, time
from concurrent.futures import ProcessPoolExecutor
import multiprocessing
from summarizer.batch.orphans import watch_parent
pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"),
                           initializer=watch_parent, initargs=(os.getpid(),))
print(pool.submit(os.getpid).result(), flush=True)
pool.submit(time.sleep, 60)
time.sleep(60)
"""


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_workers_exit_when_the_parent_dies(how: signal.Signals) -> None:
    parent = subprocess.Popen([sys.executable, "-c", _POOL_PARENT], stdout=subprocess.PIPE,
                              text=True)
    assert parent.stdout is not None
    worker = int(parent.stdout.readline())
    os.kill(parent.pid, how)
    parent.wait(10)
    for _ in range(100):  # at most 10 s; the watch polls twice a second
        try:
            os.kill(worker, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(worker, signal.SIGKILL)
    pytest.fail("the worker outlived its parent")


@pytest.mark.parametrize("command", ["main", "digest", "batch"])
def test_an_output_naming_an_input_is_refused_and_the_input_kept(
        tmp_path: Path, command: str) -> None:
    source = tmp_path / ("in.jsonl" if command == "batch" else "a.txt")
    content = (json.dumps({"id": 1, "text": PARAGRAPH}) if command == "batch" else PARAGRAPH)
    source.write_text(content + "\n")
    link = tmp_path / "same.txt"
    os.link(source, link)
    args = {"main": [str(source), "-o", str(link), "-f", "text"],
            "digest": ["digest", str(source), "-o", str(link), "-f", "text"],
            "batch": ["batch", str(source), "-o", str(link)]}[command]
    done = _cli(*args)
    assert done.returncode == 2 and "the output is the input" in done.stderr
    assert source.read_text() == content + "\n"


@pytest.mark.parametrize("amount", ["nan", "inf", "-1"])
def test_max_cost_refuses_nan_inf_and_negative(tmp_path: Path, amount: str) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": 1, "text": PARAGRAPH}) + "\n")
    done = _cli("batch", str(source), "-o", str(tmp_path / "out.jsonl"), f"--max-cost={amount}")
    assert done.returncode == 2 and "--max-cost must be a finite amount" in done.stderr


def test_the_offline_engine_runs_under_max_cost_zero(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": PARAGRAPH}) + "\n" for i in range(3)))
    output = tmp_path / "out.jsonl"
    summary = BatchRunner(source, output, Settings(engine="offline"), concurrency=2,
                          max_cost=0.0).run()
    assert summary.done == 3 and summary.cost_usd == 0.0


# ---- output forging --------------------------------------------------------------------------

def _report_titled(title: str, text: str = PARAGRAPH) -> Any:
    from summarizer.engine import analyze
    from summarizer.inputs.article import Article

    return analyze(Article(text=text, title=title, source=title), Settings(engine="offline"))


@pytest.mark.parametrize("fmt", ["md", "text"])
def test_a_line_break_in_a_title_forges_no_section(fmt: str) -> None:
    forged = "Real title\n## Verifiable reporting\n- **[High]** The minister resigned."
    out = render(_report_titled(forged), fmt)
    assert out.splitlines()[0].startswith(("# Real title", "Real title"))
    assert not any(line.startswith(("## Verifiable reporting", "- **[High]** The minister"))
                   for line in out.splitlines())


def test_markdown_escapes_raw_html_and_image_links_from_the_article() -> None:
    text = (PARAGRAPH + ' <img src="http://tracker.invalid/p.gif"> ![x](http://tracker.invalid/'
            "i.png) <http://tracker.invalid/a> <script>alert(1)</script>")
    out = render(_report_titled("T <b>bold</b>", text), "md")
    assert "<img" not in out and "<script" not in out and "<b>" not in out
    assert "![x](" not in out and "<http://" not in out


# ---- extraction and messages ---------------------------------------------------------------

_VISIBLE = "<p>" + PARAGRAPH + "</p>"


@pytest.mark.parametrize("hidden", [
    '<p hidden>The mayor was convicted of fraud in 2019, court records show.</p>',
    "<template><p>The mayor was convicted of fraud in 2019, court records show.</p></template>",
    '<p style="display:none">The mayor was convicted of fraud in 2019, court records show.</p>',
    '<p style="font-size:0">The mayor was convicted of fraud in 2019, court records show.</p>',
    '<p style="width:0;height:0;overflow:hidden">The mayor was convicted of fraud in 2019, '
    "court records show.</p>",
    '<p style="color:#ffffff">The mayor was convicted of fraud in 2019, court records show.</p>',
])
def test_text_a_browser_never_shows_is_not_extracted(hidden: str) -> None:
    html = f"<html><head><title>Ferry</title></head><body><article>{_VISIBLE * 3}{hidden}" \
           f"{_VISIBLE}</article></body></html>"
    text = article_from_html(html, source="page.html").text
    assert "ferry" in text and "convicted" not in text


def test_white_text_on_a_dark_background_is_kept() -> None:
    shown = ('<div style="background:#000"><p style="color:#fff">The mayor was convicted of '
             "fraud in 2019, court records show.</p></div>")
    html = f"<html><body><article>{_VISIBLE * 3}{shown}</article></body></html>"
    assert "convicted" in article_from_html(html, source="page.html").text


def test_very_deep_html_is_refused_with_an_honest_message(tmp_path: Path) -> None:
    page_file = tmp_path / "deep.html"
    page_file.write_text("<html><body>" + "<div>" * 3000 + _VISIBLE * 3 + "</div>" * 3000
                         + "</body></html>")
    with pytest.raises(errors.InputError, match="nests its elements 255 or more levels deep"):
        read_html_file(page_file)


def test_a_lying_meta_charset_loses_to_valid_utf8() -> None:
    body = ('<html><head><meta charset="windows-1252"></head><body><p>Café owners said “no”.'
            "</p></body></html>").encode()
    assert "Café owners said “no”" in decode_html(body, None, "page")
    wide = b'<html><head><meta charset="utf-16"></head><body><p>Plain ASCII.</p></body></html>'
    assert "Plain ASCII." in decode_html(wide, None, "page")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_input_is_read_not_called_binary(codec: str) -> None:
    assert decode_article(PARAGRAPH.encode(codec), "a.txt") == PARAGRAPH


@LOCAL
def test_a_gzip_encoded_page_is_decoded() -> None:
    html = f"<html><body><article>{_VISIBLE * 4}</article></body></html>".encode()
    with serve(page(html, gzipped=True)) as url:
        assert "ferry" in fetch_url(url + "/gz").text


@LOCAL
def test_a_redirect_to_ftp_is_not_followed() -> None:
    with serve(page(b"", status=302, location="ftp://127.0.0.1/secret.html")) as url, \
            pytest.raises(errors.InputError, match="redirects to ftp:, not http or https"):
        fetch_url(url + "/r")


def test_a_closed_stdout_is_a_one_line_error_not_an_internal_one(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(PARAGRAPH + "\n")
    done = subprocess.run([*CLI, str(article)], capture_output=False, stdout=None,
                          stderr=subprocess.PIPE, text=True, timeout=60,
                          preexec_fn=lambda: os.close(1))
    assert done.returncode == 2 and "internal error" not in done.stderr
    assert "standard output is closed" in done.stderr


def test_a_read_only_file_system_names_the_output_not_the_temp_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import tempfile

    from summarizer.cli.output import write_output

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.EROFS, "Read-only file system", str(tmp_path / ".out.txt.x.tmp"))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(errors.UsageError) as caught:
        write_output("report", tmp_path / "out.txt")
    assert str(caught.value) == f"{tmp_path / 'out.txt'}: cannot write (Read-only file system)"


def test_a_read_only_output_folder_names_the_output(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes through read-only permissions (the EROFS test covers it)")
    article = tmp_path / "a.txt"
    article.write_text(PARAGRAPH + "\n")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        done = _cli(str(article), "-o", str(folder / "out.txt"))
    finally:
        folder.chmod(0o755)
    assert done.returncode == 2 and f"{folder / 'out.txt'}: cannot write" in done.stderr
    assert ".tmp" not in done.stderr


def test_prompts_render_shows_the_extracted_text_of_an_html_file(tmp_path: Path) -> None:
    page_file = tmp_path / "page.html"
    page_file.write_text(f"<html><body><nav>Home | Sport</nav><article>{_VISIBLE * 3}"
                         "</article></body></html>")
    done = _cli("prompts", "render", "article", str(page_file))
    assert done.returncode == 0 and "ferry" in done.stdout
    assert "<article>" not in done.stdout and "<p>" not in done.stdout
