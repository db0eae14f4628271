"""`summarizer completion bash|zsh|fish`: a shell completion script, made from the parsers.

Written here rather than pulled in (argcomplete runs Python on every Tab press and
asks for a global hook): the parsers are walked once, when the script is made,
and the script the shell loads is static, so completing costs no Python start and
the CLI keeps no extra dependency. Rerun it after an upgrade.

  summarizer completion bash > ~/.local/share/bash-completion/completions/summarizer
  summarizer completion zsh  > ~/.zfunc/_summarizer   (with fpath+=~/.zfunc)
  summarizer completion fish > ~/.config/fish/completions/summarizer.fish
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field

HELP = ("print a shell completion script for bash, zsh or fish: "
        "eval \"$(summarizer completion bash)\", or save it where your shell loads completions")
SHELLS = ("bash", "zsh", "fish")


@dataclass
class Command:
    """What can follow one command word: its options, the choices of some, its actions."""

    options: list[str] = field(default_factory=list)
    choices: dict[str, list[str]] = field(default_factory=dict)
    actions: list[str] = field(default_factory=list)


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the shell argument."""
    parser.add_argument("shell", choices=SHELLS, help="the shell to complete for")


def run(args: argparse.Namespace) -> int:
    """Print the script on stdout."""
    sys.stdout.write(script(args.shell))
    return 0


def commands() -> dict[str, Command]:
    """Every command word ('' for the main job, 'prompts render' for an action) and its words."""
    from summarizer.cli.main import SUBCOMMANDS, build_parser

    found: dict[str, Command] = {}
    main = _walk(build_parser([]), "", found)
    main.actions = list(SUBCOMMANDS)
    for name in SUBCOMMANDS:
        _walk(build_parser([name]), name, found)
    return found


def _walk(parser: argparse.ArgumentParser, name: str, found: dict[str, Command]) -> Command:
    command = Command()
    found[name] = command
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub_parser in action.choices.items():
                command.actions.append(sub_name)
                _walk(sub_parser, f"{name} {sub_name}".strip(), found)
            continue
        command.options += action.option_strings
        if not action.option_strings and action.choices:  # a positional word, e.g. KEY
            command.actions += [str(c) for c in action.choices]
        if action.option_strings and action.choices:
            for option in action.option_strings:
                command.choices[option] = [str(c) for c in action.choices]
    return command


def script(shell: str) -> str:
    """The completion script for `shell` (bash, zsh or fish)."""
    table = commands()
    if shell == "fish":
        return _fish(table)
    body = _bash(table)
    if shell == "zsh":  # zsh runs bash completion functions through bashcompinit
        return ("#compdef summarizer\nautoload -U +X bashcompinit && bashcompinit\n" + body)
    return body


def _bash(table: dict[str, Command]) -> str:
    lines = [
        "# bash completion for summarizer (made by `summarizer completion bash`)",
        "_summarizer() {",
        '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
        '    local path="" word i',
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        '        word="${COMP_WORDS[i]}"',
        '        case "$word" in -*) continue ;; esac',
        '        case "${path:+$path }$word" in',
    ]
    nested = sorted(n for n in table if n)
    for name in nested:
        lines.append(f'            "{name}") path="{name}" ;;')
    lines += ["        esac", "    done", '    local opts="" acts="" choices=""',
              '    case "$path" in']
    for name, command in table.items():
        lines.append(f'        "{name}")')
        lines.append(f'            opts="{" ".join(command.options)}"')
        lines.append(f'            acts="{" ".join(command.actions)}"')
        if command.choices:
            lines.append('            case "$prev" in')
            for option, values in command.choices.items():
                lines.append(f'                {option}) choices="{" ".join(values)}" ;;')
            lines.append("            esac")
        lines.append("            ;;")
    lines += [
        "    esac",
        '    if [[ -n "$choices" ]]; then',
        '        COMPREPLY=($(compgen -W "$choices" -- "$cur")); return',
        "    fi",
        '    if [[ "$cur" == -* ]]; then',
        '        COMPREPLY=($(compgen -W "$opts" -- "$cur")); return',
        "    fi",
        '    COMPREPLY=($(compgen -W "$acts" -- "$cur") $(compgen -f -- "$cur"))',
        "}",
        "complete -o filenames -F _summarizer summarizer",
        "",
    ]
    return "\n".join(lines)


def _fish(table: dict[str, Command]) -> str:
    lines = ["# fish completion for summarizer (made by `summarizer completion fish`)"]
    top = table[""]
    words = " ".join(top.actions)
    for name, command in table.items():
        if not name:
            condition = f"not __fish_seen_subcommand_from {words}"
        elif " " in name:
            first, second = name.split(" ", 1)
            condition = f"__fish_seen_subcommand_from {first}; and __fish_seen_subcommand_from " \
                f"{second}"
        else:
            condition = f"__fish_seen_subcommand_from {name}"
        if command.actions and name:
            acts = " ".join(command.actions)
            lines.append(f"complete -c summarizer -f -n '{condition}; and not "
                         f"__fish_seen_subcommand_from {acts}' -a '{acts}'")
        for option in command.options:
            spec = f"-l {option[2:]}" if option.startswith("--") else f"-s {option[1:]}"
            values = command.choices.get(option)
            extra = f" -x -a '{' '.join(values)}'" if values else ""
            lines.append(f"complete -c summarizer -n '{condition}' {spec}{extra}")
    lines.append(f"complete -c summarizer -n '__fish_use_subcommand' -a '{words}'")
    return "\n".join(lines) + "\n"
