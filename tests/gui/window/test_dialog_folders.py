"""Open and export dialogs start in the folder last used for that kind of file, else Downloads or
Documents, and never in the program's own folders (where the bundled samples live)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from reader.gui import folders
from reader.paths import resource_path, sample_article
from reader.state import AppState
from tests.gui_helpers import make_window

pytestmark = pytest.mark.gui


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for name in ("Downloads", "Documents"):
        (home / name).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    return home


def _same(a: str | Path, b: str | Path) -> bool:
    return Path(a).resolve() == Path(b).resolve()


def test_open_starts_in_downloads_not_in_the_samples(qtbot: Any, app_context: Any, home: Path) -> None:
    window = make_window(qtbot, app_context)
    assert window.open_article_now(str(sample_article("ko")))  # the first article is a bundled sample
    dialog = window.opener.file_dialog_open()
    try:
        start = dialog.directory().absolutePath()
        assert _same(start, home / "Downloads"), start
        assert not Path(start).resolve().is_relative_to(resource_path().resolve())
    finally:
        dialog.reject()


def test_the_next_dialog_starts_where_the_last_one_ended(
    qtbot: Any, app_context: Any, home: Path, tmp_path: Path
) -> None:
    pages = tmp_path / "saved pages"
    pages.mkdir()
    page = pages / "기사.html"
    page.write_bytes(sample_article("ko").read_bytes())
    window = make_window(qtbot, app_context)
    dialog = window.opener.file_dialog_open()
    dialog.fileSelected.emit(str(page))
    qtbot.waitUntil(lambda: window.source == str(page), timeout=10000)
    again = window.opener.file_dialog_open()
    try:
        assert _same(again.directory().absolutePath(), pages)
    finally:
        again.reject()
    # kept in the state file, for the next start; a folder that is gone is not offered
    saved = json.loads(app_context.paths.state_file.read_text(encoding="utf-8"))
    assert _same(saved["folders"]["open"], pages)
    state = AppState.load(app_context.paths.state_file)
    assert _same(folders.start_folder(state, "open"), pages)
    for child in pages.iterdir():
        child.unlink()
    pages.rmdir()
    assert _same(folders.start_folder(state, "open"), home / "Downloads")


def test_exports_start_in_documents_then_where_the_last_went(
    qtbot: Any, app_context: Any, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, app_context, features=True)
    assert window.open_article_now(str(sample_article("ko")))
    asked: list[str] = []
    target = tmp_path / "exports" / "기사.mp3"
    target.parent.mkdir()

    def fake_save(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return "", ""  # the reader cancels

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    window.actions["export_audio"].trigger()
    assert asked
    assert _same(Path(asked[-1]).parent, home / "Documents")
    folders.remember(window.ctx.state(), "export", target)
    window.actions["export_audio"].trigger()
    assert _same(Path(asked[-1]).parent, target.parent)
    printing = window.features.printing
    assert _same(printing.default_pdf_path().parent, target.parent)  # PDF export: the same "export" folder
    window.tasks.wait(5000)


def test_the_state_file_folders_are_untrusted(app_paths: Any, home: Path) -> None:
    path = app_paths.state_file
    path.write_text(json.dumps({"folders": {"open": 7, "export": "x" * 10000, "other": "/tmp", "\x00": "/"}}))
    state = AppState.load(path)
    assert state.folders == {}
    path.write_text(json.dumps({"folders": ["/tmp"]}))
    assert AppState.load(path).folders == {}
    inside = resource_path("samples")
    state.set_folder("open", str(inside))  # remembered as given …
    assert not _same(folders.start_folder(state, "open"), inside)  # … but never offered: it is ours
