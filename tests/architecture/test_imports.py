"""The package graph stays layered: no import cycles, and the Qt-free core never reaches for the GUI.

The graph is read from the source with ``ast``, so an import hidden inside a function counts like any
other (a cycle that only works because one side imports late is still a cycle). Imports under
``if TYPE_CHECKING:`` count for cycles (two modules that need each other's types still can't be
understood apart) but not for the layering check (they never run).
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.core

PACKAGE = REPO / "reader"

#: Only these may import reader.gui or PySide6: the GUI itself and the command line, which starts it.
GUI_USERS = ("reader.gui", "reader.cli")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(
    tree: ast.AST, module: str, is_package: bool, known: Collection[str] = (), typing_too: bool = False
) -> Iterator[str]:
    """Every module name imported by ``tree`` at run time, anywhere in the file.

    ``from pkg import sub`` counts as an import of ``pkg.sub`` alone when ``sub`` is a module in
    ``known``; it names ``pkg`` itself only for names that are not modules.
    """
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node.test) and not typing_too:
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                if not is_package:
                    base = base[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            names = [f"{target}.{alias.name}" for alias in node.names]
            yield from (n for n in names if n in known)
            if not all(n in known for n in names):
                yield target
        stack.extend(ast.iter_child_nodes(node))


def _graph(typing_too: bool = False) -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        found = _imports(tree, name, path.name == "__init__.py", modules, typing_too)
        graph[name] = {t for t in found if t in modules and t != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
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
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


#: Cycles that exist today and are being taken apart; the list may only shrink (a ratchet).
KNOWN_CYCLES = [
    ["reader.gui.library.panel", "reader.gui.library.queue"],
    ["reader.gui.speech.base", "reader.gui.speech.playback"],
    ["reader.library.history", "reader.library.queue", "reader.library.store"],
]


def test_no_import_cycles() -> None:
    """Type-only imports count too: a cycle the type checker needs is still two modules that can't part."""
    cycles = sorted(_cycles(_graph(typing_too=True)))
    assert not cycles, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in cycles)


def test_core_never_imports_the_gui_or_qt() -> None:
    offenders = []
    for name, path in _modules().items():
        if name.startswith(GUI_USERS):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for target in _imports(tree, name, path.name == "__init__.py"):
            if target.startswith(("reader.gui", "PySide6", "shiboken6")):
                offenders.append(f"{name} imports {target}")
    assert not offenders, "\n".join(sorted(set(offenders)))


def test_the_checker_sees_a_cycle_hidden_in_a_function() -> None:
    """The checker itself: a late import inside a function still closes a cycle."""
    a = ast.parse("def f():\n    from reader.b import x\n")
    b = ast.parse("from reader import a\n")
    known = {"reader.a", "reader.b"}
    graph = {
        "reader.a": {t for t in _imports(a, "reader.a", False, known) if t in known},
        "reader.b": {t for t in _imports(b, "reader.b", False, known) if t in known},
    }
    assert _cycles(graph) == [["reader.a", "reader.b"]]
    guarded = ast.parse("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from reader.b import x\n")
    assert "reader.b" not in set(_imports(guarded, "reader.a", False, known))
    assert "reader.b" in set(_imports(guarded, "reader.a", False, known, typing_too=True))
