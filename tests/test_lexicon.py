"""The word lists live in summarizer/data/*.txt: they parse, every group the code asks
for exists, entries are clean, and no module reads them at import."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from summarizer.errors import ConfigurationError
from summarizer.offline import cue_kinds
from summarizer.text import lexicon

PACKAGE = Path(lexicon.__file__).parents[1]
DATA = PACKAGE / "data"
FILES = sorted(p.stem for p in DATA.glob("*.txt"))
_LOWER_WORD = re.compile(r"[a-z][a-z'’.-]*")
# A Python literal with this many lower-case words is a word list: it belongs in data/.
_MAX_INLINE_WORDS = 20


def _lexicon_calls() -> tuple[set[tuple[str, str]], set[str]]:
    """(file, group) pairs asked for with constant arguments, and the modules that
    call the loader with anything else."""
    asked: set[tuple[str, str]] = set()
    dynamic: set[str] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "lexicon"
                    and node.func.attr in ("words", "entries", "groups")):
                continue
            args = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
            if None in args or len(args) < 2:
                dynamic.add(path.stem)
                continue
            asked.update((str(args[0]), str(group)) for group in args[1:])
    return asked, dynamic


def _asked() -> set[tuple[str, str]]:
    asked, _ = _lexicon_calls()
    asked.update((file, group) for _, file, groups in cue_kinds.WORD_GROUPS for group in groups)
    asked.update((file, group) for _, file, group in cue_kinds.PHRASE_GROUPS)
    return asked


def test_every_data_file_parses() -> None:
    assert FILES, "no lexicon files found"
    for file in FILES:
        assert lexicon.groups(file), file


def test_the_loader_is_only_called_with_names_the_scan_can_read() -> None:
    # cue_kinds.py walks its tables (WORD_GROUPS, PHRASE_GROUPS), which _asked() reads.
    _, dynamic = _lexicon_calls()
    assert dynamic == {"cue_kinds"}


def test_every_group_the_code_asks_for_exists_and_every_group_is_used() -> None:
    asked = _asked()
    for file, group in sorted(asked):
        assert lexicon.entries(file, group), (file, group)
    present = {(file, group) for file in FILES for group in lexicon.groups(file)}
    assert present - asked == set(), "groups no code reads"


@pytest.mark.parametrize("file", FILES)
def test_entries_are_lower_case_single_spaced_and_unique(file: str) -> None:
    for group, entries in lexicon.groups(file).items():
        assert len(set(entries)) == len(entries), (file, group, "duplicate entry")
        for entry in entries:
            assert entry == " ".join(entry.lower().split()), (file, group, entry)


@pytest.mark.parametrize(
    ("file", "first", "second"),
    [
        ("stance", "evaluative", "stance"),  # read only as one union
        ("allegation", "allegation_words", "weak_allegation_words"),  # strong xor weak
    ],
)
def test_groups_read_together_do_not_repeat_each_other(file: str, first: str, second: str) -> None:
    assert lexicon.words(file, first).isdisjoint(lexicon.words(file, second))


def test_reporting_hedges_are_hedges() -> None:
    hedges = lexicon.words("stance", "hedges", "hedge_phrases")
    assert lexicon.words("stance", "reporting_hedges") <= hedges


def test_order_is_kept_and_words_are_cached() -> None:
    assert lexicon.entries("sources", "auxiliaries")[:3] == ("has", "have", "had")
    assert lexicon.words("stance", "hedges") is lexicon.words("stance", "hedges")


def test_a_missing_file_or_group_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="no_such_file"):
        lexicon.groups("no_such_file")
    with pytest.raises(ConfigurationError, match="no_such_group"):
        lexicon.entries("stance", "no_such_group")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("say\n# group: verbs\nsays\n", "before any"),
        ("# group: verbs\nsay\n# group: verbs\nsays\n", "used twice"),
        ("# group: verbs\n# a comment only\n\n# group: nouns\nhouse\n", "without entries"),
        ("# group:\nsay\n", "name missing"),
    ],
)
def test_malformed_files_are_refused(text: str, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        lexicon.parse(text, "test.txt")


def test_parse_keeps_phrases_and_skips_comments() -> None:
    text = "# about the file\n\n# group: g\n# what g means\n  of course \nsay\n\n# group: h\nx\n"
    assert lexicon.parse(text, "t.txt") == {"g": ("of course", "say"), "h": ("x",)}


def test_the_files_ship_as_package_data() -> None:
    shipped = resources.files("summarizer").joinpath("data")
    assert {f"{name}.txt" for name in FILES} <= {p.name for p in shipped.iterdir()}


def test_no_module_reads_a_lexicon_when_imported() -> None:
    code = (
        "import importlib, pkgutil, summarizer\n"
        "from summarizer.text import lexicon\n"
        "for m in pkgutil.walk_packages(summarizer.__path__, 'summarizer.'):\n"
        "    if not m.name.endswith('__main__'):\n"
        "        importlib.import_module(m.name)\n"
        "print(lexicon.groups.cache_info().currsize)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "0"


def _inline_word_lists(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[int] = []
    exports = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Assign)
               and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)}
    for node in ast.walk(tree):
        if id(node) in exports:  # a module's list of public names is not a word list
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            tokens = node.value.split()
            if len(tokens) >= _MAX_INLINE_WORDS and all(_LOWER_WORD.fullmatch(t) for t in tokens):
                found.append(node.lineno)
        elif isinstance(node, (ast.Tuple, ast.Set, ast.List)):
            strings = [e for e in node.elts if isinstance(e, ast.Constant)
                       and isinstance(e.value, str)]
            if len(strings) >= _MAX_INLINE_WORDS:
                found.append(node.lineno)
    return found


def test_no_word_list_is_back_in_python() -> None:
    found = {p.name: lines for p in sorted(PACKAGE.rglob("*.py"))
             if (lines := _inline_word_lists(p))}
    assert found == {}, "move these word lists to summarizer/data/*.txt"
    for gone in ("cue_words", "stance_words"):
        assert not (PACKAGE / f"{gone}.py").exists()
