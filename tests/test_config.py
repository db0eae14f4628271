"""The config file: flag > environment > config file > default, the key only in a 0600 file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from summarizer.cli.main import main
from summarizer.config import _read_flat, config_path, read_config, set_value, write_config
from summarizer.errors import ConfigurationError
from summarizer.settings import DEFAULT_MODEL, LOOPBACK_TIMEOUT, Settings


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return tmp_path / "config.toml"


def _env(config: Path, **extra: str) -> dict[str, str]:
    return {"SUMMARIZER_CONFIG": str(config), **extra}


def test_precedence_flag_then_env_then_config_then_default(config: Path) -> None:
    write_config(config, {"model": "from-config", "timeout": 300.0, "engine": "offline"})
    env = _env(config, SUMMARIZER_MODEL="from-env")
    assert Settings.resolve(env=env, model="from-flag").model == "from-flag"
    assert Settings.resolve(env=env).model == "from-env"
    assert Settings.resolve(env=_env(config)).model == "from-config"
    assert Settings.resolve(env=_env(config)).timeout == 300.0
    assert Settings.resolve(env=_env(config), timeout=5.0).timeout == 5.0
    assert Settings.resolve(env=_env(config, SUMMARIZER_TIMEOUT="7")).timeout == 7.0
    assert Settings.resolve(env=_env(config)).engine == "offline"
    config.unlink()
    assert Settings.resolve(env=_env(config)).model == DEFAULT_MODEL


def test_config_file_is_read_when_called_not_at_import(config: Path) -> None:
    env = _env(config)
    assert Settings.resolve(env=env).model == DEFAULT_MODEL
    write_config(config, {"model": "written-later"})
    assert Settings.resolve(env=env).model == "written-later"


def test_cache_dir_from_config_is_a_path(config: Path, tmp_path: Path) -> None:
    write_config(config, {"cache_dir": str(tmp_path / "cache")})
    assert Settings.resolve(env=_env(config)).cache_dir == tmp_path / "cache"


def test_the_key_is_stored_only_in_a_file_others_cannot_read(config: Path) -> None:
    set_value(config, "api_key", "sk-secret-value")
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert Settings.resolve(env=_env(config)).api_key == "sk-secret-value"
    os.chmod(config, 0o644)
    with pytest.raises(ConfigurationError, match="chmod 600"):
        Settings.resolve(env=_env(config))


def test_the_key_is_never_written_into_a_readable_stale_temp_file(
        config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config.parent.mkdir(parents=True, exist_ok=True)
    stale = config.with_name(f".{config.name}.tmp")
    stale.write_text("left by a crash\n")
    os.chmod(stale, 0o644)
    modes: list[int] = []
    real_fdopen = os.fdopen

    def fdopen(fd: int, *args: object, **kwargs: object) -> object:
        modes.append(stat.S_IMODE(os.fstat(fd).st_mode))  # the mode when the key is written
        return real_fdopen(fd, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "fdopen", fdopen)
    set_value(config, "api_key", "sk-secret-value")
    assert modes == [0o600]
    assert stat.S_IMODE(config.stat().st_mode) == 0o600


def test_a_file_without_the_key_gets_the_usual_mode(config: Path) -> None:
    set_value(config, "model", "m")
    assert stat.S_IMODE(config.stat().st_mode) == 0o644


@pytest.mark.parametrize(
    ("text", "needle"),
    [('colour = "red"\n', "unknown key"), ("timeout = -3\n", "positive"),
     ('timeout = "soon"\n', "positive"), ("votes = 2.5\n", "whole number"),
     ("model = \n", "not valid TOML")],
)
def test_bad_config_files_are_named_errors(config: Path, text: str, needle: str) -> None:
    config.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigurationError, match=needle) as caught:
        read_config(config)
    assert str(config) in str(caught.value)


def test_written_file_reads_back_with_the_flat_reader_too(config: Path) -> None:
    values = {"model": 'qu"oted\\name', "timeout": 12.5, "votes": 3, "base_url": "http://h/v1"}
    write_config(config, values)
    assert read_config(config) == values
    assert _read_flat(config.read_text(encoding="utf-8"), config) == values  # Python 3.10 path


def test_loopback_endpoint_gets_a_longer_default_timeout(config: Path) -> None:
    for url in ("http://127.0.0.1:8080/v1", "http://localhost:11434/v1", "http://[::1]:8000/v1"):
        assert Settings.resolve(env=_env(config), base_url=url).timeout == LOOPBACK_TIMEOUT
    assert Settings.resolve(env=_env(config), base_url="https://api.example.com/v1").timeout == 60
    assert Settings.resolve(env=_env(config), base_url="http://127.0.0.1/v1",
                            timeout=9.0).timeout == 9.0


def test_config_commands(config: Path, monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SUMMARIZER_CONFIG", str(config))
    monkeypatch.delenv("SUMMARIZER_MODEL", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    assert main(["config", "path"]) == 0
    assert capsys.readouterr().out == f"{config}\n"
    assert main(["config", "set", "model", "llama3.2"]) == 0
    assert main(["config", "set", "api_key", "sk-do-not-print"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and "sk-do-not-print" not in err
    assert main(["config", "show"]) == 0
    out, _ = capsys.readouterr()
    assert "model = llama3.2  # config file" in out
    assert "api_key = (set)  # config file" in out and "sk-do-not-print" not in out
    monkeypatch.setenv("SUMMARIZER_MODEL", "from-env")
    assert main(["config", "show"]) == 0
    assert "model = from-env  # environment SUMMARIZER_MODEL" in capsys.readouterr().out
    assert main(["config", "set", "engine", "gpt"]) == 2
    assert "unknown engine 'gpt'" in capsys.readouterr().err
    assert main(["config", "set", "timeout", "never"]) == 2
    assert capsys.readouterr().err.startswith("summarizer: error: config: timeout must be")
    assert main(["config", "unset", "api_key"]) == 0
    assert "api_key" not in config.read_text(encoding="utf-8")


def test_default_config_path_is_in_the_user_config_folder(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert config_path({}) == tmp_path / "balanced-summarizer" / "config.toml"
