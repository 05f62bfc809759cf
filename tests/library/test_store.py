"""The library store: saving, listing, filters, tags, positions, delete/undo, history, queue."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.articles.model import Article, Paragraph
from reader.library import Library, NotInLibraryError
from tests.library_support import make_article, make_original

pytestmark = pytest.mark.core


@pytest.fixture
def lib(app_paths):
    library = Library(app_paths.library_db)
    yield library
    library.close()


def test_save_and_read_back(lib: Library, app_paths) -> None:
    art = make_article(1)
    aid = lib.save(art, make_original(1), source="https://news.example.kr/1", tags=["경제", " 경제 "])
    entry = lib.get(aid)
    assert entry.title == art.title
    assert entry.site == "예시일보"
    assert entry.url == art.url
    assert entry.tags == ("경제",)
    assert not entry.read
    assert not entry.favourite
    assert entry.chars == len(art.text)
    assert lib.article(aid).to_dict() == art.to_dict()
    assert lib.original(aid) == (make_original(1), "html")
    # stored compressed, and the database really is in WAL mode
    conn = sqlite3.connect(app_paths.library_db)
    blob = conn.execute("SELECT original FROM contents").fetchone()[0]
    assert blob != make_original(1)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_saving_same_url_updates_and_keeps_user_data(lib: Library) -> None:
    aid = lib.save(make_article(1), make_original(1), tags=["a"])
    lib.set_favourite(aid)
    lib.set_read(aid)
    lib.set_position(aid, top_block=3, last_sentence=7)
    newer = make_article(1)
    newer.blocks = [Paragraph("완전히 바뀐 본문 내용입니다.")]
    again = lib.save(newer, None)
    assert again == aid
    e = lib.get(aid)
    assert (e.favourite, e.read, e.top_block, e.last_sentence, e.tags) == (True, True, 3, 7, ("a",))
    assert lib.article(aid).blocks == newer.blocks
    assert lib.original(aid) == (make_original(1), "html")  # no new original: the old one is kept
    assert [x.id for x in lib.search("바뀐 본문")] == [aid]
    assert lib.search("행사에") == []  # the old body is out of the index
    assert lib.count() == 1


def test_list_sorts_and_filters(lib: Library) -> None:
    ids = [lib.save(make_article(i), now=1000.0 + i) for i in range(6)]
    assert [e.id for e in lib.entries()] == ids[::-1]
    assert [e.id for e in lib.entries(sort="added", descending=False)] == ids
    lib.set_read(ids[0])
    lib.set_read(ids[1])
    lib.set_favourite(ids[2])
    lib.add_tag(ids[3], "과학")
    lib.add_tag(ids[4], "과학")
    lib.remove_tag(ids[4], "과학")
    assert {e.id for e in lib.entries(unread=True)} == set(ids[2:])
    assert [e.id for e in lib.entries(favourites=True)] == [ids[2]]
    assert [e.id for e in lib.entries(tag="과학")] == [ids[3]]
    assert lib.tags() == [("과학", 1)]
    assert lib.sites() == [("예시일보", 6)]
    assert len(lib.entries(site="예시일보")) == 6
    assert lib.entries(site="other") == []
    assert lib.count(unread=True) == 4
    titles = [e.title for e in lib.entries(sort="title")]
    assert titles == sorted(titles, key=str.lower)
    assert [e.id for e in lib.entries(limit=2, offset=1)] == [ids[4], ids[3]]
    with pytest.raises(Exception, match="unknown sort"):
        lib.entries(sort="nope")


def test_positions_opened_finished(lib: Library) -> None:
    aid = lib.save(make_article(1))
    lib.set_position(aid, top_block=4)
    lib.set_position(aid, last_sentence=9)
    assert (lib.get(aid).top_block, lib.get(aid).last_sentence) == (4, 9)
    lib.mark_opened(aid, now=50.0)
    assert lib.get(aid).opened_at == 50.0
    lib.mark_finished(aid, now=60.0)
    e = lib.get(aid)
    assert (e.read, e.finished_at, e.last_sentence) == (True, 60.0, 0)


def test_delete_undo_and_purge(lib: Library, app_paths) -> None:
    a = lib.save(make_article(1), make_original(1))
    b = lib.save(make_article(2), make_original(2))
    lib.queue.add([a, b])
    assert lib.delete([a], now=100.0) == [a]
    assert lib.ids() == [b]
    assert lib.search("token1") == []
    assert lib.queue.ids() == [b]
    with pytest.raises(NotInLibraryError):
        lib.get(a)
    assert lib.undelete([a]) == [a]
    assert lib.ids() == [a, b]
    assert [e.id for e in lib.search("token1")] == [a]
    assert lib.queue.ids() == [a, b]
    lib.delete([a], now=100.0)
    assert lib.purge_deleted(now=100.0 + 599) == 0  # still within the undo time
    assert lib.purge_deleted(now=100.0 + 601) == 1
    assert lib.undelete([a]) == []
    conn = sqlite3.connect(app_paths.library_db)
    assert conn.execute("SELECT count(*) FROM contents").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM queue").fetchone()[0] == 1
    conn.close()
    # a new article never takes a purged article's id
    assert lib.save(make_article(3)) > b


def test_unknown_id_is_a_clear_error(lib: Library) -> None:
    with pytest.raises(NotInLibraryError, match="no saved article has the id 42"):
        lib.article(42)
    with pytest.raises(NotInLibraryError):
        lib.set_read(42)


def test_history_records_and_saves_later(lib: Library) -> None:
    unsaved = Article(
        title="Opened, never saved", blocks=[Paragraph("Some body text.")], url="https://x.example/a"
    )
    saved_id = lib.save(make_article(5))
    h1 = lib.history.record(unsaved, source="https://x.example/a", now=10.0)
    lib.history.record(make_article(5), now=20.0)
    h1_again = lib.history.record(unsaved, now=30.0)  # opened again: moves to the top, no duplicate
    assert h1_again == h1
    items = lib.history.entries()
    assert [h.title for h in items] == ["Opened, never saved", make_article(5).title]
    assert items[0].article_id is None
    assert items[1].article_id == saved_id
    assert lib.get(saved_id).opened_at == 20.0
    # saving from history works offline, from the copy kept with the entry
    aid = lib.history.save(h1)
    assert lib.article(aid).text == "Some body text."
    assert lib.history.entries()[0].article_id == aid
    lib.history.clear()
    assert lib.history.entries() == []


def test_queue_order_next_and_resume(lib: Library, app_paths) -> None:
    a, b, c = (lib.save(make_article(i)) for i in range(3))
    assert lib.queue.add([a, b, c, b]) == [a, b, c]
    lib.queue.move(c, 0)
    assert lib.queue.ids() == [c, a, b]
    assert lib.queue.next() == c
    lib.queue.start(a)
    lib.set_position(a, last_sentence=4)
    assert lib.queue.resume_point() == (a, 4)
    # a new process sees where listening stopped
    with Library(app_paths.library_db) as other:
        assert other.queue.resume_point() == (a, 4)
        assert other.queue.ids() == [c, a, b]
    assert lib.queue.finished(a, now=5.0) == c
    assert lib.get(a).read
    assert lib.get(a).finished_at == 5.0
    assert lib.queue.ids() == [c, b]
    lib.queue.remove([c])
    assert lib.queue.next() == b
    lib.queue.clear()
    assert lib.queue.next() is None
    assert lib.queue.resume_point() is None


def test_closed_library_refuses(app_paths) -> None:
    lib = Library(Path(app_paths.library_db))
    lib.close()
    lib.close()
    with pytest.raises(Exception, match="closed"):
        lib.ids()
