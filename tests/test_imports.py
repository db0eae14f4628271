"""Imports go one way: no circle among the package's modules, and each imports alone.

A circle can hide behind an import inside a function (it works as long as the
function runs late enough), so the graph counts every import statement, at
module level or inside a function, `if TYPE_CHECKING:` blocks included. Modules
are found with `pkgutil.walk_packages`, so sub-packages are covered too.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from package_sources import package_sources

ROOT = Path(__file__).resolve().parents[1]


def _package_of(module: str, path: Path) -> str:
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def _targets(node: ast.Import | ast.ImportFrom, module: str, path: Path,
             known: set[str]) -> set[str]:
    """The package's modules one import statement loads."""
    if isinstance(node, ast.Import):
        return {a.name for a in node.names if a.name in known}
    if node.level:
        base = _package_of(module, path)
        for _ in range(node.level - 1):
            base = base.rpartition(".")[0]
        target = f"{base}.{node.module}" if node.module else base
    else:
        target = node.module or ""
    found = {f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in known}
    if len(found) < len(node.names) and target in known:
        found.add(target)  # a name defined in the module (or package) itself
    return found


def import_graph() -> dict[str, set[str]]:
    """Module -> the package's modules it imports anywhere in its source."""
    sources = package_sources()
    known = set(sources)
    graph: dict[str, set[str]] = {}
    for module, path in sources.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        edges: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                edges |= _targets(node, module, path, known)
        graph[module] = edges - {module}
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return cycles


def test_the_package_has_no_import_circle() -> None:
    assert find_cycles(import_graph()) == []


def test_the_circle_finder_sees_a_circle_behind_a_function_import() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycles(graph) == [["a", "b", "c"]]
    tree = ast.parse("def late():\n    from . import fetch\n")
    [node] = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    known = {"summarizer", "summarizer.inputs.fetch", "summarizer.inputs.article"}
    found = _targets(node, "summarizer.inputs.article", Path("article.py"), known)
    assert found == {"summarizer.inputs.fetch"}


def test_the_graph_resolves_relative_imports_in_sub_packages() -> None:
    graph = import_graph()
    assert "summarizer.settings" in graph["summarizer.cli.options"]
    assert "summarizer.inputs.article" in graph["summarizer.inputs.fetch"]


_IMPORT_EACH = """
import importlib, json, sys, traceback
failures = {}
for name in json.loads(sys.argv[1]):
    for loaded in [m for m in sys.modules if m == "summarizer" or m.startswith("summarizer.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except BaseException:
        failures[name] = traceback.format_exc(limit=3)
print(json.dumps(failures))
"""


def test_every_module_imports_alone_in_a_fresh_interpreter() -> None:
    modules = sorted(m for m in package_sources() if not m.endswith(".__main__"))
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_EACH, json.dumps(modules)],
        capture_output=True, text=True, cwd=ROOT, timeout=300, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {}
