"""The window opens the article a start-up child left in the cache, without extracting it again; a child
that produced nothing makes the window extract (and report) as it always did."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from reader.articles.cache import cache_file
from reader.articles.early import EarlyExtraction
from reader.paths import sample_article
from tests.conftest import REPO

pytestmark = pytest.mark.gui

CHILD = r"""
import sys
from pathlib import Path
from reader.articles import load_article
from reader.articles.cache import load_cached
load_cached(sys.argv[1], Path(sys.argv[2]), load_article)
"""


def _run_window(app_context: Any, page: Path, early: EarlyExtraction, monkeypatch: pytest.MonkeyPatch) -> Any:
    from reader.gui import app as app_mod

    windows: list[Any] = []

    def fake_exec(self: Any) -> int:
        windows.extend(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_mod.run_gui(SimpleNamespace(source=str(page)), app_context, early=early) == 0
    return next(w for w in windows if w.source == str(page))


def test_window_takes_the_childs_article(
    qtbot: Any, app_context: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(sample_article("ko").read_bytes())
    cache = app_context.paths.cache_dir
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(page), str(cache)], cwd=REPO, env=env)
    early = EarlyExtraction(proc.pid, str(page), cache_file(cache, page.read_bytes()))

    import reader.articles.pipeline as pipeline

    def must_not_extract(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("the window extracted the page again")

    import reader.articles

    # the package first: its lazy attribute would otherwise remember the patched function for good
    monkeypatch.setattr(reader.articles, "load_article", must_not_extract, raising=False)
    monkeypatch.setattr(pipeline, "load_article", must_not_extract)
    window = _run_window(app_context, page, early, monkeypatch)
    qtbot.addWidget(window)
    assert early.finished
    assert early.entry.is_file()
    assert window.article is not None
    assert "큰글자" in window.view.toPlainText()


def test_window_extracts_itself_when_the_child_left_nothing(
    qtbot: Any, app_context: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(sample_article("en").read_bytes())
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    early = EarlyExtraction(proc.pid, str(page), cache_file(app_context.paths.cache_dir, page.read_bytes()))
    window = _run_window(app_context, page, early, monkeypatch)
    qtbot.addWidget(window)
    assert window.article is not None
    assert window.article.is_article
    assert early.entry.is_file()  # written by the window's own extraction
