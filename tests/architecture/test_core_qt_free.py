"""The core must import and work with PySide6 made unimportable."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.core

CORE_MODULES = [
    "reader.articles",
    "reader.settings",
    "reader.paths",
    "reader.context",
    "reader.state",
    "reader.logs",
    "reader.style",
    "reader.cli",
]
OPTIONAL_CORE = ["reader.speech", "reader.library", "reader.printing"]

BLOCKER = """
import importlib.abc, importlib.util, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken6"):
            raise ImportError("PySide6 is blocked in this test")
        return None
sys.meta_path.insert(0, Block())
import importlib
mods = sys.argv[1:]
for m in mods:
    if importlib.util.find_spec(m) is not None:
        importlib.import_module(m)
        for sub in getattr(sys.modules[m], "__path__", []) and __import__("pkgutil").walk_packages(
                sys.modules[m].__path__, m + "."):
            importlib.import_module(sub.name)
from reader.articles import extract_article
from reader.paths import sample_article
art = extract_article(sample_article("ko").read_text(encoding="utf-8"))
assert art.title and art.blocks
assert not any(k.startswith("PySide6") for k in sys.modules), "PySide6 got imported"
print("OK", len(art.blocks))
"""


def test_core_imports_without_pyside6() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", BLOCKER, *CORE_MODULES, *OPTIONAL_CORE],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("OK")
