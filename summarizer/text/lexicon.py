"""The word lists of the offline engine, read from `summarizer/data/*.txt` once.

Each file holds the lists for one idea (`sources.txt`, `stance.txt` ...), in a
format a linguist can edit without touching code:

    # group: reporting_verbs
    # Verbs that introduce what someone said or wrote ...
    say
    says

A `# group: NAME` line opens a group; it runs to the next one or the end of the
file. Every other line starting with `#` is a comment, blank lines are ignored, and
every remaining line is one entry (a word or a phrase), without surrounding spaces.
Files are read on first use, never at import, and kept for the life of the process.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from summarizer.errors import ConfigurationError

_HEADER = re.compile(r"#\s*group:\s*(?P<name>\S*)\s*$")

Groups = dict[str, tuple[str, ...]]


def parse(text: str, file: str) -> Groups:
    """The groups of one lexicon file, each entry in the order written.

    Args:
        text: the file's content.
        file: the file's name, for error messages.

    Raises:
        ConfigurationError: an entry outside any group, a group named twice or a group
            without entries.
    """
    groups: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        entry = line.strip()
        header = _HEADER.match(entry)
        if header:
            name = header.group("name")
            if not name or name in groups:
                raise ConfigurationError(
                    f"lexicon {file}, line {number}: group name missing or used twice: {name!r}")
            current = groups[name] = []
        elif entry and not entry.startswith("#"):
            if current is None:
                raise ConfigurationError(
                    f"lexicon {file}, line {number}: entry {entry!r} before any '# group:' line")
            current.append(entry)
    empty = [name for name, entries in groups.items() if not entries]
    if empty:
        raise ConfigurationError(f"lexicon {file}: group without entries: {', '.join(empty)}")
    return {name: tuple(entries) for name, entries in groups.items()}


@cache
def groups(file: str) -> Groups:
    """Every group of `summarizer/data/<file>.txt`, read once.

    Raises:
        ConfigurationError: the file is missing from the installation or malformed.
    """
    name = f"{file}.txt"
    try:
        text = resources.files("summarizer").joinpath(f"data/{name}").read_text("utf-8")
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise ConfigurationError(
            f"lexicon data/{name} is missing from the summarizer package") from exc
    return parse(text, name)


@cache
def entries(file: str, group: str) -> tuple[str, ...]:
    """The entries of one group, in the order written (for lists whose order matters).

    Raises:
        ConfigurationError: the file or the group is missing.
    """
    found = groups(file).get(group)
    if found is None:
        raise ConfigurationError(f"lexicon data/{file}.txt has no group {group!r}")
    return found


@cache
def words(file: str, *group_names: str) -> frozenset[str]:
    """The entries of one or more groups of a file, as one set.

    Raises:
        ConfigurationError: the file or a group is missing.
    """
    return frozenset(entry for group in group_names for entry in entries(file, group))
