"""The GUI keeps to its typed contract, read from the source: no ``Any`` for the context or the window,
no probing of the window with getattr/hasattr/inspect, one window class and one speech controller
without mixins, one way to write settings, and translation contexts that do not follow class names."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.core

GUI = REPO / "reader" / "gui"
CONTRACT_NAMES = {"ctx", "context", "window", "win", "main_window", "feature"}


def _sources() -> Iterator[tuple[Path, ast.Module]]:
    for path in sorted(GUI.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _name(node: ast.AST) -> str:
    """``self.window.view`` -> "self.window.view"; anything else -> ""."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _name(node.value)
        return f"{base}.{node.attr}" if base else ""
    return ""


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(REPO)}:{getattr(node, 'lineno', 0)}"


def test_no_any_for_the_context_or_the_window() -> None:
    found = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.arg) and node.arg in CONTRACT_NAMES):
                continue
            kind = ast.unparse(node.annotation) if node.annotation is not None else ""
            if not kind or "Any" in kind or kind == "object":
                found.append(f"{_where(path, node)} {node.arg}: {kind or 'no type'}")
    assert not found, "\n".join(found)


def test_the_window_is_never_probed() -> None:
    found = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
                if "inspect" in names:
                    found.append(f"{_where(path, node)} imports inspect")
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            if node.func.id in ("getattr", "hasattr", "setattr") and node.args:
                target = _name(node.args[0]).split(".")[-1]
                if target in CONTRACT_NAMES or target in ("view", "features", "self"):
                    found.append(f"{_where(path, node)} {ast.unparse(node)}")
    assert not found, "\n".join(found)


def _class(name: str) -> ast.ClassDef:
    for _path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name == name:
                return node
    raise AssertionError(f"no class {name}")


@pytest.mark.parametrize(("name", "base"), [("MainWindow", "QMainWindow"), ("SpeechController", "QObject")])
def test_one_class_composes_its_parts(name: str, base: str) -> None:
    assert [ast.unparse(b) for b in _class(name).bases] == [base]
    for gone in ("window/base.py", "speech/base.py", "window/commands.py"):
        assert not (GUI / gone).exists(), gone


def test_one_way_to_write_settings() -> None:
    """Only the bridge touches the core Settings: everyone else writes through ``window.settings``."""
    found = []
    for path, tree in _sources():
        if path.name == "settings_bridge.py":
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                owner = _name(node.func.value)
                if node.func.attr in ("set", "reset", "save", "subscribe") and owner.endswith("ctx.settings"):
                    found.append(f"{_where(path, node)} {ast.unparse(node.func)}")
                if node.func.attr == "subscribe":
                    found.append(f"{_where(path, node)} {ast.unparse(node.func)}")
            if isinstance(node, ast.keyword) and node.arg == "save":
                found.append(f"{_where(path, node)} save= keyword")
    assert not found, "\n".join(found)


def test_translations_use_stable_contexts() -> None:
    """``self.tr`` takes its context from the class it sits in; only i18n.Plurals may use it."""
    from reader.gui.i18n import CONTEXTS

    found = []
    for path, tree in _sources():
        if path.name == "i18n.py":  # the helpers themselves
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = _name(node.func)
            if func == "self.tr":
                found.append(f"{_where(path, node)} self.tr")
            if func in ("translate", "QCoreApplication.translate", "QT_TRANSLATE_NOOP") and node.args:
                first = node.args[0]
                if not (isinstance(first, ast.Constant) and first.value in CONTEXTS):
                    found.append(f"{_where(path, node)} context {ast.unparse(first)}")
    assert not found, "\n".join(found)


def test_the_action_table_is_the_only_place_actions_are_declared() -> None:
    """Outside the table only submenu entries are made: the themes (chrome) and read-aloud's options."""
    allowed = {"gui/actions.py", "window/chrome.py", "speech/actions.py"}
    found = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            where = "/".join(path.parts[-2:])
            if isinstance(node, ast.Call) and _name(node.func) == "QAction" and where not in allowed:
                found.append(_where(path, node))
    assert not found, "\n".join(found)
