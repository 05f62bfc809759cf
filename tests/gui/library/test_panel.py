"""The library in the window: save, Korean search, open offline, delete and undo, history, position."""

from __future__ import annotations

import http.server
import shutil
import socket
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from reader.articles.model import Article, Paragraph
from reader.library import Library
from tests.conftest import FIXTURES
from tests.gui_helpers import make_window

pytestmark = pytest.mark.gui

PAGES = FIXTURES / "library" / "pages"


@pytest.fixture
def window(qtbot: Any, app_context: Any) -> Any:
    w = make_window(qtbot, app_context, features=True)
    assert w.features.library is not None
    dock = w.features.library.dock
    assert not dock.isVisible()  # hidden until asked for
    dock.show()
    yield w
    w.tasks.wait(5000)
    app_context.close()


def _feature(window: Any) -> Any:
    return window.features.library


def _titles(window: Any) -> list[str]:
    return [e.title for e in _feature(window).panel.model.entries]


def _type(widget: Any, text: str) -> None:
    """Type as an input method does (how Korean reaches a widget): one committed string."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _save(qtbot: Any, window: Any, path: Path) -> None:
    assert window.open_article_now(str(path))
    title = window.article.title
    window.actions["save"].trigger()
    qtbot.waitUntil(lambda: title in _titles(window), timeout=10000)


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


@pytest.fixture
def news_server() -> Any:
    """A real HTTP server on 127.0.0.1 serving the market page; the test stops it."""
    body = (PAGES / "market.html").read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_a: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_open_offline_with_the_network_refused(
    qtbot: Any, window: Any, app_context: Any, news_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"http://127.0.0.1:{news_server.server_address[1]}/market"
    window.open_source(url)
    qtbot.waitUntil(lambda: window.article is not None and "전통시장" in window.article.title, timeout=20000)
    window.actions["save"].trigger()
    qtbot.waitUntil(lambda: len(_titles(window)) == 1, timeout=20000)
    saved_text = window.article.text
    with Library(app_context.paths.library_db) as lib:  # the page itself was kept, fetched once more
        (entry,) = lib.entries()
        assert lib.original(entry.id) == ((PAGES / "market.html").read_bytes(), "html;charset=utf-8")
    assert window.open_article_now(str(PAGES / "sub" / "garden.html"))
    news_server.shutdown()  # the site is gone ...
    news_server.server_close()

    def refuse(*_a: Any, **_k: Any) -> Any:
        raise OSError("network refused in this test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)  # ... and so is every connection
    monkeypatch.setattr(socket.socket, "connect", refuse)
    panel = _feature(window).panel
    panel.list.setCurrentIndex(panel.model.index(0))
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


def _queue_articles(db: Path) -> tuple[int, int]:
    long_text = " ".join(f"둘째 기사의 {n}번째 문장입니다." for n in range(1, 9))
    with Library(db) as lib:
        a = lib.save(
            Article(
                title="첫째 기사",
                blocks=[Paragraph("짧은 첫 기사입니다.")],
                url="https://q.example/1",
                lang="ko",
            )
        )
        b = lib.save(
            Article(title="둘째 기사", blocks=[Paragraph(long_text)], url="https://q.example/2", lang="ko")
        )
        lib.queue.add([a, b])
    return a, b


def test_queue_plays_articles_in_order_marks_them_read_and_resumes(
    qtbot: Any, window: Any, app_context: Any
) -> None:
    """Real read-aloud: espeak-ng voices, pygame playing to SDL's dummy audio driver."""
    app_context.settings.set("tts_engine", "espeak")
    speech = window.features.speech
    feature = _feature(window)
    db = app_context.paths.library_db
    a, b = _queue_articles(db)
    queue = feature.panel.queue
    queue.refresh()
    qtbot.waitUntil(lambda: queue.ids() == [a, b], timeout=10000)
    started: list[int] = []
    done: list[int] = []
    heard: list[tuple[str, int]] = []
    feature.player.article_started.connect(started.append)
    feature.player.article_done.connect(done.append)
    speech.sentence_changed.connect(lambda i: heard.append((window.article.title, i)))

    queue.play_button.click()
    qtbot.waitUntil(lambda: done == [a], timeout=60000)
    # the first article was read from its headline, then marked read and taken off the queue
    assert heard[0] == ("첫째 기사", 0)
    # the second one starts by itself, headline first
    qtbot.waitUntil(lambda: started == [a, b], timeout=20000)
    qtbot.waitUntil(lambda: ("둘째 기사", 0) in heard, timeout=20000)
    assert next(h for h in heard if h[0] == "둘째 기사") == ("둘째 기사", 0)
    assert speech.sentences()[0].text == "둘째 기사"
    # stop in the middle of the second one ...
    qtbot.waitUntil(lambda: heard[-1] == ("둘째 기사", 3), timeout=60000)
    queue.play_button.click()  # Stop
    qtbot.waitUntil(lambda: not feature.player.playing, timeout=5000)
    with Library(db) as lib:
        assert lib.get(a).read
        assert not lib.get(b).read
        assert lib.queue.ids() == [b]
        qtbot.waitUntil(lambda: lib.queue.resume_point() == (b, 3), timeout=10000)
    # ... and Play continues there, then finishes the queue
    heard.clear()
    queue.play_button.click()
    qtbot.waitUntil(lambda: done == [a, b], timeout=90000)
    assert heard[0] == ("둘째 기사", 3)
    qtbot.waitUntil(lambda: "Finished the listening queue" in window.message_bar.text, timeout=10000)
    with Library(db) as lib:
        assert lib.get(b).read
        assert lib.get(b).finished_at is not None
        assert lib.queue.ids() == []


def test_two_windows_share_one_library(qtbot: Any, window: Any, app_context: Any) -> None:
    """A second window (its own context and connection, as a second program would have) on the same file."""
    from reader.context import AppContext
    from reader.settings import Settings

    other_ctx = AppContext(paths=app_context.paths, settings=Settings.load(None))
    other = make_window(qtbot, other_ctx, features=True)
    other.features.library.dock.show()
    _save(qtbot, window, PAGES / "market.html")
    _save(qtbot, other, PAGES / "sub" / "garden.html")
    _feature(window).panel.refresh()
    qtbot.waitUntil(lambda: len(_titles(window)) == 2, timeout=10000)
    assert sorted(_titles(window)) == sorted(_titles(other))
    other.tasks.wait(5000)
    other_ctx.close()
    with Library(app_context.paths.library_db) as lib, lib.reading() as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_damaged_library_is_reported_in_the_window_and_kept(qtbot: Any, app_context: Any) -> None:
    db = app_context.paths.library_db
    db.parent.mkdir(parents=True, exist_ok=True)
    junk = b"not a database at all\n" * 200
    db.write_bytes(junk)
    w = make_window(qtbot, app_context, features=True)
    qtbot.waitUntil(lambda: "damaged" in w.message_bar.text, timeout=10000)
    assert w.message_bar.kind == "error"
    assert "left untouched" in w.message_bar.text
    assert w.open_article_now(str(PAGES / "market.html"))  # reading still works
    w.actions["save"].trigger()
    qtbot.waitUntil(lambda: "damaged" in w.message_bar.text, timeout=10000)
    w.tasks.wait(5000)
    assert db.read_bytes() == junk


def test_listen_later_saves_and_queues_the_article_on_screen(
    qtbot: Any, window: Any, app_context: Any
) -> None:
    feature = _feature(window)
    assert window.open_article_now(str(PAGES / "market.html"))
    window.actions["listen_later"].trigger()
    qtbot.waitUntil(lambda: "listening queue" in window.message_bar.text, timeout=10000)
    with Library(app_context.paths.library_db) as lib:
        (entry,) = lib.queue.items()
        assert "전통시장" in entry.title
        assert lib.original(entry.id) is not None
    window.actions["listen_later"].trigger()  # again: still one entry, still one saved copy
    qtbot.waitUntil(lambda: feature.current_id is not None, timeout=10000)
    window.tasks.wait(5000)
    with Library(app_context.paths.library_db) as lib:
        assert len(lib.queue.items()) == 1
        assert lib.count() == 1


def test_resume_offer_and_queue_agree_after_listening_outside_the_queue(
    qtbot: Any, window: Any, app_context: Any
) -> None:
    """One home for the place: heard from the library panel (not the queue), the article is offered
    back at the sentence reached, and the queue, asked to play it, starts from that same sentence."""
    app_context.settings.set("tts_engine", "espeak")
    speech = window.features.speech
    feature = _feature(window)
    db = app_context.paths.library_db
    _first, b = _queue_articles(db)
    with Library(db) as lib:
        lib.queue.remove([_first])
    heard: list[int] = []
    speech.sentence_changed.connect(heard.append)

    feature.open_saved(b)  # from the Saved list, as a reader does
    qtbot.waitUntil(lambda: window.article is not None and window.article.title == "둘째 기사", timeout=10000)
    window.actions["read"].trigger()  # 기사 읽어주기, outside the queue
    qtbot.waitUntil(lambda: bool(heard) and heard[-1] == 3, timeout=60000)
    window.actions["speech_stop"].trigger()
    reached = speech.current
    assert reached is not None
    assert reached >= 3

    with Library(db) as lib:  # the queue reads the place from the same row
        qtbot.waitUntil(lambda: lib.queue.resume_point() == (b, reached), timeout=10000)

    window.show_article(Article(title="다른 기사", blocks=[Paragraph("잠깐 다른 기사를 본다.")], lang="ko"))
    feature.open_saved(b)
    qtbot.waitUntil(lambda: speech.offer == reached, timeout=10000)  # the offer names that sentence
    n, _total = speech.page.spoken_place(reached)
    assert f"{n}" in window.message_bar.text

    heard.clear()
    queue = feature.panel.queue
    queue.refresh()
    qtbot.waitUntil(lambda: queue.ids() == [b], timeout=10000)
    queue.play_button.click()
    qtbot.waitUntil(lambda: bool(heard), timeout=30000)
    assert heard[0] == reached  # the queue continues exactly where the offer would have
    queue.play_button.click()  # Stop
