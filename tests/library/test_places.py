"""Reading places in the library: one home for saved and unsaved articles, Open Recent as a history
query, and the one-time import of an earlier version's positions.json."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from reader.articles.model import Article, Paragraph
from reader.library import Library, schema
from reader.library.places import IMPORTED_KEY, Place, import_positions_file, text_key
from tests.library_support import make_article

pytestmark = pytest.mark.core


@pytest.fixture
def lib(app_paths):
    library = Library(app_paths.library_db)
    yield library
    library.close()


def test_an_unsaved_article_keeps_its_place_in_history(lib: Library) -> None:
    art = make_article(1)
    assert lib.places.get(art, "https://news.example.kr/1") is None
    assert not lib.places.remember(art, None, top_block=3)  # never opened: nowhere to keep it
    lib.history.record(art, source="https://news.example.kr/1")
    assert lib.places.remember(art, "https://news.example.kr/1", top_block=4)
    assert lib.places.remember(art, "https://news.example.kr/1", sentence=9)
    assert lib.places.get(art, "https://news.example.kr/1") == Place(top_block=4, sentence=9)
    # found again by URL however it is reached, and still after another opening
    lib.history.record(make_article(2))
    lib.history.record(art)
    assert lib.places.get(art) == Place(4, 9)


def test_a_file_without_url_is_found_by_file_and_headline(lib: Library) -> None:
    art = make_article(3, url=False)
    lib.history.record(art, source="/home/u/page.html")
    lib.places.remember(art, "/home/u/page.html", top_block=2)
    assert lib.places.get(art, "/home/u/page.html") == Place(2, 0)
    other = Article(title="다른 제목", blocks=list(art.blocks))
    assert lib.places.get(other, "/home/u/page.html") is None


def test_a_saved_article_keeps_its_place_in_its_row_where_the_queue_reads_it(lib: Library) -> None:
    art = make_article(4)
    lib.history.record(art)
    lib.places.remember(art, None, top_block=5, sentence=7)  # read before it was saved
    aid = lib.save(art)
    assert lib.places.get(art) == Place(5, 7)  # carried over from history until written anew
    lib.places.remember(art, None, sentence=12)
    assert lib.get(aid).last_sentence == 12
    assert lib.places.get(art) == Place(0, 12)  # the saved row holds it now; history gave it up
    lib.queue.add([aid])
    assert lib.queue.resume_point() == (aid, 12)
    assert lib.queue.finished(aid) is None
    assert lib.places.get(art) is None  # heard to the end: the next listen starts at the top
    assert lib.get(aid).read


def test_saving_from_history_takes_the_place_along(lib: Library) -> None:
    art = make_article(5)
    hid = lib.history.record(art)
    lib.places.remember(art, None, top_block=8, sentence=3)
    aid = lib.history.save(hid)
    entry = lib.get(aid)
    assert (entry.top_block, entry.last_sentence) == (8, 3)
    assert lib.places.get(art) == Place(8, 3)


def test_recent_is_the_history_of_files_and_addresses(lib: Library) -> None:
    for i, src in enumerate(["/a.html", "https://x.example/b", "/a.html", None]):
        lib.history.record(make_article(10 + i, url=False), source=src, now=100.0 + i)
    recent = lib.history.recent()
    assert [h.source for h in recent] == ["/a.html", "https://x.example/b"]  # newest first, once each
    assert len(lib.history.recent(limit=1)) == 1
    lib.history.clear()
    assert lib.history.recent() == []


def test_an_older_library_gains_the_history_columns_and_keeps_its_rows(app_paths) -> None:
    db = app_paths.library_db
    conn = sqlite3.connect(db)
    schema.migrate(conn, schema.MIGRATIONS[:2])
    conn.execute(
        "INSERT INTO history(opened_at, title, site, url, source) "
        "VALUES (1.0, '옛 기록', '', 'https://o/1', NULL)"
    )
    conn.commit()
    conn.close()
    with Library(db) as lib:
        (entry,) = lib.history.entries()
        assert entry.title == "옛 기록"
        old = Article(title="옛 기록", url="https://o/1", blocks=[Paragraph("본문")])
        assert lib.places.get(old) is None
        assert lib.places.remember(old, None, sentence=2)
        assert lib.places.get(old) == Place(0, 2)
    assert db.with_name(db.name + ".v2-backup").exists()


def _positions(path: Path, records: dict[str, dict[str, object]]) -> Path:
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def test_positions_json_is_imported_once_and_then_left_unused(lib: Library, tmp_path: Path) -> None:
    saved, opened, plain = make_article(20), make_article(21), make_article(22, url=False)
    aid = lib.save(saved)
    lib.history.record(opened)
    lib.history.record(plain, source="/p.html")
    finished = make_article(23)
    lib.history.record(finished)
    path = _positions(
        tmp_path / "positions.json",
        {
            "url:" + (saved.url or ""): {"sentence": 6, "sentence_count": 40, "top_block": 2, "updated": 1},
            "url:" + (opened.url or ""): {"sentence": 3, "sentence_count": 10, "top_block": 0},
            text_key(plain): {"sentence": 0, "sentence_count": 0, "top_block": 1},
            "url:" + (finished.url or ""): {"sentence": 9, "sentence_count": 10, "top_block": 0},
            "url:https://never.example/opened": {"sentence": 5, "sentence_count": 9},
            "junk": "not a record",
        },
    )
    assert import_positions_file(lib, path) == 3
    assert lib.places.get(saved) == Place(2, 6)
    assert lib.get(aid).last_sentence == 6
    assert lib.places.get(opened) == Place(0, 3)
    assert lib.places.get(plain, "/p.html") == Place(1, 0)
    assert lib.places.get(finished) is None  # it had been heard to its last sentence
    assert not path.exists()
    assert path.with_name("positions.json.imported").exists()
    # once: a file put back later is not read again, and a newer place is never overwritten
    lib.places.remember(saved, None, sentence=30)
    _positions(path, {"url:" + (saved.url or ""): {"sentence": 1, "sentence_count": 40}})
    assert import_positions_file(lib, path) == 0
    assert lib.places.get(saved) == Place(2, 30)
    with lib.reading() as conn:
        assert conn.execute("SELECT 1 FROM meta WHERE key=?", (IMPORTED_KEY,)).fetchone()


def test_a_damaged_positions_json_costs_only_its_places(lib: Library, tmp_path: Path) -> None:
    path = tmp_path / "positions.json"
    path.write_bytes(b"\xff{not json")
    assert import_positions_file(lib, path) == 0
    assert path.with_name("positions.json.imported").exists()


def test_the_context_imports_positions_json_when_it_opens_the_library(app_context) -> None:
    art = make_article(30)
    with Library(app_context.paths.library_db) as first:
        first.history.record(art)
    key = "url:" + (art.url or "")
    _positions(app_context.paths.positions_file, {key: {"sentence": 4, "sentence_count": 20}})
    try:
        assert app_context.library().places.get(art) == Place(0, 4)
    finally:
        app_context.close()
    assert not app_context.paths.positions_file.exists()


def test_text_key_matches_what_positions_json_wrote() -> None:
    art = make_article(40, url=False)
    expected = "text:" + hashlib.sha256(f"{art.title}\n\n{art.text}".encode()).hexdigest()[:32]
    assert text_key(art) == expected
