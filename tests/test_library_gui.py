"""The library in the window: save, Korean search, open offline, delete and undo, history, position."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from reader.library import Library
from tests.conftest import FIXTURES
from tests.gui_helpers import make_window

pytestmark = pytest.mark.gui

PAGES = FIXTURES / "library" / "pages"


@pytest.fixture
def window(qtbot: Any, app_context: Any) -> Any:
    w = make_window(qtbot, app_context, features=True)
    assert "library" in w.features
    yield w
    w.tasks.wait(5000)
    app_context.close()


def _feature(window: Any) -> Any:
    return window.features["library"]


def _titles(window: Any) -> list[str]:
    return [e.title for e in _feature(window).panel.model.entries]


def _type(widget: Any, text: str) -> None:
    """Type as an input method does (how Korean reaches a widget): one committed string."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _save(qtbot: Any, window: Any, path: Path) -> None:
    assert window.open_article_now(str(path))
    before = len(_titles(window))
    window.actions["save"].trigger()
    qtbot.waitUntil(lambda: len(_titles(window)) == before + 1, timeout=10000)


def test_save_keeps_article_and_original(qtbot: Any, window: Any, app_context: Any, tmp_path: Path) -> None:
    page = tmp_path / "market.html"
    shutil.copy(PAGES / "market.html", page)
    assert window.actions["save"].isEnabled()
    _save(qtbot, window, page)
    assert "Saved" in window.message_bar.text
    (entry,) = _feature(window).panel.model.entries
    assert "전통시장" in entry.title
    assert entry.source == str(page.resolve())
    with Library(app_context.paths.library_db) as lib:  # a second connection, as another window would
        assert lib.original(entry.id) == (page.read_bytes(), "html")
        assert lib.article(entry.id).text == window.article.text
    # saving again updates the same entry
    window.actions["save"].trigger()
    qtbot.waitUntil(lambda: "Updated the saved copy" in window.message_bar.text, timeout=10000)
    assert len(_titles(window)) == 1


def test_korean_search_in_panel(qtbot: Any, window: Any) -> None:
    _save(qtbot, window, PAGES / "market.html")
    _save(qtbot, window, PAGES / "sub" / "garden.html")
    panel = _feature(window).panel
    _type(panel.search, "주말 장터")
    qtbot.waitUntil(lambda: len(_titles(window)) == 1, timeout=10000)
    assert "전통시장" in _titles(window)[0]
    assert panel.count_label.text() == "1 found"
    panel.search.clear()
    _type(panel.search, "농산물")
    qtbot.waitUntil(lambda: panel.count_label.text() == "1 found", timeout=10000)
    panel.search.clear()
    qtbot.keyClicks(panel.search, "rooftop")
    qtbot.waitUntil(lambda: _titles(window) and "Rooftop" in _titles(window)[0], timeout=10000)
    panel.search.clear()
    qtbot.waitUntil(lambda: len(_titles(window)) == 2, timeout=10000)
    assert panel.count_label.text() == "2 articles"
    # the unread filter and the site filter
    panel.show_combo.setCurrentIndex(panel.show_combo.findData("unread"))
    panel.refresh()
    qtbot.waitUntil(lambda: len(_titles(window)) == 2, timeout=10000)


def test_open_offline_with_the_network_refused(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "market.html"
    shutil.copy(PAGES / "market.html", page)
    _save(qtbot, window, page)
    saved_text = window.article.text
    assert window.open_article_now(str(PAGES / "sub" / "garden.html"))
    page.unlink()  # the source is gone ...

    def refuse(*_a: Any, **_k: Any) -> Any:
        raise OSError("network refused in this test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)  # ... and so is every connection
    monkeypatch.setattr(socket.socket, "connect", refuse)
    panel = _feature(window).panel
    index = next(
        panel.model.index(r)
        for r in range(panel.model.rowCount())
        if "전통시장" in panel.model.entries[r].title
    )
    panel.list.setCurrentIndex(index)
    panel.open_button.click()
    qtbot.waitUntil(lambda: window.article is not None and "전통시장" in window.article.title, timeout=10000)
    assert window.article.text == saved_text
    assert window.message_bar.kind != "error"


def test_delete_and_undo(qtbot: Any, window: Any) -> None:
    _save(qtbot, window, PAGES / "market.html")
    _save(qtbot, window, PAGES / "sub" / "garden.html")
    panel = _feature(window).panel
    row = next(r for r in range(panel.model.rowCount()) if "Rooftop" in panel.model.entries[r].title)
    panel.list.setCurrentIndex(panel.model.index(row))
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(_titles(window)) == 1, timeout=10000)
    assert "Rooftop" not in _titles(window)[0]
    assert "Deleted" in window.message_bar.text
    (undo,) = window.message_bar.buttons
    assert undo.text() == "Undo"
    undo.click()
    qtbot.waitUntil(lambda: len(_titles(window)) == 2, timeout=10000)
    assert any("Rooftop" in t for t in _titles(window))


def _long_page(folder: Path) -> Path:
    paras = "".join(
        f"<p>{n}번째 문단입니다. 긴 기사를 끝까지 읽으려면 스크롤이 필요합니다.</p>" for n in range(60)
    )
    page = folder / "long.html"
    page.write_text(
        "<html><head><title>긴 기사</title></head><body><article><h1>긴 기사</h1>"
        f"{paras}</article></body></html>",
        encoding="utf-8",
    )
    return page


def _stored_top(db: Path, aid: int) -> int:
    with Library(db) as lib:
        return lib.get(aid).top_block


def test_history_and_reading_position(qtbot: Any, window: Any, app_context: Any, tmp_path: Path) -> None:
    _save(qtbot, window, _long_page(tmp_path))
    feature = _feature(window)
    aid = feature.current_id
    assert aid is not None
    window.view.scroll_to_block(30)
    qtbot.waitUntil(lambda: _stored_top(app_context.paths.library_db, aid) == 30, timeout=10000)
    assert window.open_article_now(str(PAGES / "sub" / "garden.html"))
    qtbot.waitUntil(lambda: feature.panel.history.count() == 2, timeout=10000)
    assert "Rooftop" in feature.panel.history.item(0).text()
    assert feature.panel.history.item(1).text().startswith("✓ ")  # the saved one
    feature.open_saved(aid)
    qtbot.waitUntil(lambda: feature.current_id == aid, timeout=10000)
    qtbot.waitUntil(lambda: window.view.top_block_index() == 30, timeout=10000)
