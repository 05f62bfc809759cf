"""The saved-articles library: one SQLite file, safe for two windows or processes at once.

Every change is one short ``BEGIN IMMEDIATE`` transaction, so a crash loses at most the change in
flight and another process waits (busy timeout) instead of failing. The list reads only the small
``articles`` table; bodies and originals live compressed in ``contents`` and are read one at a time.
Deleting is soft first (undo), and rows are purged some minutes later.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from reader.articles.model import Article
from reader.library import schema
from reader.library.errors import LibraryError, NotInLibraryError
from reader.library.records import (
    ENTRY_COLUMNS,
    Entry,
    compress,
    decompress,
    entry_from_row,
    excerpt_of,
    index_values,
    normalise_tag,
    pack_article,
    site_of,
    unpack_article,
)
from reader.library.textindex import INDEX_VERSION, fts_query

log = logging.getLogger(__name__)

Sort = Literal["added", "opened", "title", "site", "relevance"]
SORTS: tuple[str, ...] = ("added", "opened", "title", "site", "relevance")
PURGE_AFTER_S = 600.0  # how long a deleted article can still be brought back

_ORDER = {
    "added": "a.added_at {d}, a.id {d}",
    "opened": "a.opened_at {d}, a.id {d}",
    "title": "a.title COLLATE NOCASE {d}, a.id {d}",
    "site": "a.site COLLATE NOCASE {d}, a.added_at DESC",
}


@dataclass(frozen=True)
class SaveItem:
    """One article to save, with its original page; see :meth:`Library.save`."""

    article: Article
    original: bytes | None = None
    original_kind: str = "html"
    source: str | None = None
    tags: tuple[str, ...] = ()
    now: float | None = None


@dataclass(frozen=True)
class _Prepared:
    """The CPU work of a save (JSON, compression, index text), done outside the write lock."""

    item: SaveItem
    packed: bytes
    index: tuple[str, str]
    orig_blob: bytes | None
    orig_size: int | None
    meta: tuple[Any, ...]


def _prepare(item: SaveItem) -> _Prepared:
    a = item.article
    return _Prepared(
        item=item,
        packed=pack_article(a),
        index=index_values(a),
        orig_blob=compress(item.original) if item.original is not None else None,
        orig_size=len(item.original) if item.original is not None else None,
        meta=(
            a.title,
            site_of(a),
            a.url,
            item.source,
            a.lang,
            excerpt_of(a),
            len(a.text),
            a.extractor,
            a.published,
        ),
    )


class Library:
    """Open with ``Library(path)``; thread-safe (one connection behind a lock)."""

    def __init__(self, path: Path, migrations: Sequence[schema.Migration] = schema.MIGRATIONS) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = schema.connect(self.path, migrations)
        try:
            self._check_index_version()
            self.purge_deleted()
        except BaseException:
            self.close()
            raise
        from reader.library.history import History
        from reader.library.queue import ListeningQueue

        self.history = History(self)
        self.queue = ListeningQueue(self)

    # -- plumbing ---------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            if self._conn is None:
                return
            with contextlib.suppress(LibraryError):
                self.purge_deleted()
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        with self._lock, schema.translate_errors(self.path):
            if self._conn is None:
                raise LibraryError("the library is closed")
            yield self._conn

    @contextlib.contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction: all of it is committed, or none of it."""
        with self._lock, schema.translate_errors(self.path):
            conn = self._conn
            if conn is None:
                raise LibraryError("the library is closed")
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _meta(self, conn: sqlite3.Connection, key: str) -> str | None:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _check_index_version(self) -> None:
        with self.writing() as conn:
            current = self._meta(conn, "index_version")
            if current == str(INDEX_VERSION):
                return
            if current is not None:
                log.info("rebuilding the search index (format %s -> %s)", current, INDEX_VERSION)
                conn.execute("INSERT INTO search(search) VALUES ('delete-all')")
                for aid, blob in conn.execute("SELECT article_id, article FROM contents").fetchall():
                    title, body = index_values(unpack_article(blob))
                    conn.execute(
                        "INSERT INTO search(rowid, title, body) VALUES (?, ?, ?)", (aid, title, body)
                    )
            conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('index_version', ?)", (str(INDEX_VERSION),)
            )

    # -- saving -----------------------------------------------------------------------------

    def save(
        self,
        article: Article,
        original: bytes | None = None,
        *,
        original_kind: str = "html",
        source: str | None = None,
        tags: Iterable[str] = (),
        now: float | None = None,
    ) -> int:
        """Save an article (and the page it came from); the same URL saved again updates in place.

        Updating keeps what the user made of it: tags, read state, favourite, position.
        """
        item = SaveItem(article, original, original_kind, source, tuple(tags), now)
        prepared = _prepare(item)
        with self.writing() as conn:
            return self._save_prepared(conn, prepared)

    def save_many(self, items: Iterable[SaveItem]) -> list[int]:
        """Save several articles in one transaction (bulk import): all of them, or none."""
        prepared = [_prepare(i) for i in items]
        with self.writing() as conn:
            return [self._save_prepared(conn, p) for p in prepared]

    def _save_prepared(self, conn: sqlite3.Connection, p: _Prepared) -> int:
        item = p.item
        existing = self._find_existing(conn, item.article.url, item.source)
        if existing is not None:
            aid = existing
            self._unindex(conn, aid)
            conn.execute(
                "UPDATE articles SET title=?, site=?, url=?, source=COALESCE(?, source), lang=?, "
                "excerpt=?, chars=?, extractor=?, published=? WHERE id=?",
                (*p.meta, aid),
            )
            conn.execute(
                "UPDATE contents SET article=?, original=COALESCE(?, original), "
                "original_kind=CASE WHEN ? IS NULL THEN original_kind ELSE ? END, "
                "original_size=COALESCE(?, original_size) WHERE article_id=?",
                (p.packed, p.orig_blob, p.orig_blob, item.original_kind, p.orig_size, aid),
            )
        else:
            cur = conn.execute(
                "INSERT INTO articles(title, site, url, source, lang, excerpt, chars, extractor, "
                "published, added_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (*p.meta, item.now if item.now is not None else time.time()),
            )
            aid = int(cur.lastrowid or 0)
            conn.execute(
                "INSERT INTO contents(article_id, article, original, original_kind, original_size) "
                "VALUES (?,?,?,?,?)",
                (
                    aid,
                    p.packed,
                    p.orig_blob,
                    item.original_kind if item.original is not None else None,
                    p.orig_size,
                ),
            )
        conn.execute("INSERT INTO search(rowid, title, body) VALUES (?,?,?)", (aid, *p.index))
        # the history entry of this page now points at the saved copy
        conn.execute(
            "UPDATE history SET article_id=?, article=NULL WHERE (url = ?) OR (url IS NULL AND source = ?)",
            (aid, item.article.url, item.source),
        )
        for tag in item.tags:
            if t := normalise_tag(tag):
                conn.execute("INSERT OR IGNORE INTO tags(article_id, tag) VALUES (?,?)", (aid, t))
        return aid

    def replace_article(self, article_id: int, article: Article) -> None:
        """Swap in a newly extracted Article, keeping every piece of the user's data."""
        packed = pack_article(article)
        title_ix, body_ix = index_values(article)
        with self.writing() as conn:
            self._require(conn, article_id)
            self._unindex(conn, article_id)
            conn.execute(
                "UPDATE articles SET title=?, site=?, lang=?, excerpt=?, chars=?, extractor=?, published=?, "
                "url=COALESCE(?, url) WHERE id=?",
                (
                    article.title,
                    site_of(article),
                    article.lang,
                    excerpt_of(article),
                    len(article.text),
                    article.extractor,
                    article.published,
                    article.url,
                    article_id,
                ),
            )
            conn.execute("UPDATE contents SET article=? WHERE article_id=?", (packed, article_id))
            conn.execute(
                "INSERT INTO search(rowid, title, body) VALUES (?,?,?)", (article_id, title_ix, body_ix)
            )

    def _unindex(self, conn: sqlite3.Connection, article_id: int) -> None:
        row = conn.execute("SELECT article FROM contents WHERE article_id=?", (article_id,)).fetchone()
        if row is None:
            return
        title, body = index_values(unpack_article(row[0]))
        conn.execute(
            "INSERT INTO search(search, rowid, title, body) VALUES ('delete', ?, ?, ?)",
            (article_id, title, body),
        )

    @classmethod
    def _find_existing(cls, conn: sqlite3.Connection, url: str | None, source: str | None) -> int | None:
        """The saved copy of the same page: same URL, or (pages without one) the same file."""
        if url:
            return cls._find_by_url(conn, url)
        if not source:
            return None
        row = conn.execute(
            "SELECT id FROM articles WHERE url IS NULL AND source = ? AND deleted_at IS NULL "
            "ORDER BY id LIMIT 1",
            (source,),
        ).fetchone()
        return None if row is None else int(row[0])

    @staticmethod
    def _find_by_url(conn: sqlite3.Connection, url: str | None) -> int | None:
        if not url:
            return None
        row = conn.execute(
            "SELECT id FROM articles WHERE url = ? AND deleted_at IS NULL ORDER BY id LIMIT 1", (url,)
        ).fetchone()
        return None if row is None else int(row[0])

    @staticmethod
    def _require(conn: sqlite3.Connection, article_id: int) -> None:
        row = conn.execute(
            "SELECT 1 FROM articles WHERE id=? AND deleted_at IS NULL", (article_id,)
        ).fetchone()
        if row is None:
            raise NotInLibraryError(f"no saved article has the id {article_id}")

    # -- reading ----------------------------------------------------------------------------

    def find_saved(self, url: str | None, source: str | None) -> int | None:
        """The saved copy of a page, by its URL or (pages without one) the file it came from."""
        with self.reading() as conn:
            return self._find_existing(conn, url, source)

    def find_by_url(self, url: str | None) -> int | None:
        with self.reading() as conn:
            return self._find_by_url(conn, url)

    def get(self, article_id: int) -> Entry:
        with self.reading() as conn:
            row = conn.execute(
                f"SELECT {ENTRY_COLUMNS} FROM articles a WHERE a.id=? AND a.deleted_at IS NULL",
                (article_id,),
            ).fetchone()
        if row is None:
            raise NotInLibraryError(f"no saved article has the id {article_id}")
        return entry_from_row(row)

    def article(self, article_id: int) -> Article:
        """The stored Article: opening it needs no network."""
        with self.reading() as conn:
            self._require(conn, article_id)
            row = conn.execute("SELECT article FROM contents WHERE article_id=?", (article_id,)).fetchone()
        if row is None:
            raise NotInLibraryError(f"no saved article has the id {article_id}")
        return unpack_article(row[0])

    def original(self, article_id: int) -> tuple[bytes, str] | None:
        """The page bytes as they were fetched, and their kind ("html", "mhtml", ...), if kept."""
        with self.reading() as conn:
            self._require(conn, article_id)
            row = conn.execute(
                "SELECT original, original_kind FROM contents WHERE article_id=?", (article_id,)
            ).fetchone()
        if row is None or row[0] is None:
            return None
        return decompress(row[0]), str(row[1] or "html")

    def _where(
        self,
        *,
        unread: bool,
        favourites: bool,
        tag: str | None,
        site: str | None,
        deleted: bool = False,
        for_count: bool = False,
    ) -> tuple[list[str], list[Any]]:
        # "+" keeps SQLite from walking the deleted_at index for pages: the sort index (newest
        # first, title, ...) must drive them so they stop after one page. Counts use the index.
        live = "a.deleted_at IS NULL" if for_count else "+a.deleted_at IS NULL"
        where = ["a.deleted_at IS NOT NULL" if deleted else live]
        params: list[Any] = []
        if unread:
            where.append("a.read = 0")
        if favourites:
            where.append("a.favourite = 1")
        if tag:
            where.append("a.id IN (SELECT article_id FROM tags WHERE tag = ?)")
            params.append(normalise_tag(tag))
        if site:
            where.append("a.site = ? COLLATE NOCASE")
            params.append(site)
        return where, params

    def entries(
        self,
        *,
        query: str | None = None,
        sort: str = "added",
        descending: bool | None = None,
        unread: bool = False,
        favourites: bool = False,
        tag: str | None = None,
        site: str | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[Entry]:
        """A page of saved articles, filtered, searched (every word must occur) and sorted.

        With a search, "added" (newest first) streams from the index in id order and stops at
        the page, however many articles match; "relevance" puts headline matches first, each
        group newest first, which stays just as fast (bm25 over tens of thousands of matches
        did not: see benchmarks/library.py).
        """
        if sort not in SORTS:
            raise LibraryError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
        if descending is None:
            descending = sort in ("added", "opened", "relevance")
        where, params = self._where(unread=unread, favourites=favourites, tag=tag, site=site)
        d = "DESC" if descending else "ASC"
        match = fts_query(query) if query and query.strip() else None
        if query and query.strip() and match is None:
            return []
        with self.reading() as conn:
            if match is None:
                order = _ORDER["added" if sort == "relevance" else sort].format(d=d)
                sql = (
                    f"SELECT {ENTRY_COLUMNS} FROM articles a WHERE {' AND '.join(where)} "
                    f"ORDER BY {order} LIMIT ? OFFSET ?"
                )
                rows = conn.execute(sql, [*params, limit, offset]).fetchall()
            elif sort == "relevance":
                rows = self._relevance_page(conn, match, where, params, limit, offset)
            else:
                order = f"s.rowid {d}" if sort == "added" else _ORDER[sort].format(d=d)
                rows = self._match_page(conn, match, where, params, order, limit, offset)
        return [entry_from_row(r) for r in rows]

    @staticmethod
    def _match_page(
        conn: sqlite3.Connection,
        match: str,
        where: list[str],
        params: list[Any],
        order: str,
        limit: int,
        offset: int,
    ) -> list[tuple[Any, ...]]:
        sql = (
            f"SELECT {ENTRY_COLUMNS} FROM search s JOIN articles a ON a.id = s.rowid "
            f"WHERE s.search MATCH ? AND {' AND '.join(where)} ORDER BY {order} LIMIT ? OFFSET ?"
        )
        return conn.execute(sql, [match, *params, limit, offset]).fetchall()

    def _relevance_page(
        self,
        conn: sqlite3.Connection,
        match: str,
        where: list[str],
        params: list[Any],
        limit: int,
        offset: int,
    ) -> list[tuple[Any, ...]]:
        in_title = f"title : ({match})"
        rows = self._match_page(conn, in_title, where, params, "s.rowid DESC", limit, offset)
        if len(rows) >= limit:
            return rows
        if rows:
            title_total = offset + len(rows)
        else:
            sql = (
                "SELECT count(*) FROM search s JOIN articles a ON a.id = s.rowid "
                f"WHERE s.search MATCH ? AND {' AND '.join(where)}"
            )
            title_total = int(conn.execute(sql, [in_title, *params]).fetchone()[0])
        rest = f"({match}) NOT {in_title}"
        return rows + self._match_page(
            conn, rest, where, params, "s.rowid DESC", limit - len(rows), max(0, offset - title_total)
        )

    def search(self, words: str, *, limit: int = 200, **filters: Any) -> list[Entry]:
        """Articles holding every word in the headline or body, headline matches first."""
        filters.setdefault("sort", "relevance")
        return self.entries(query=words, limit=limit, **filters)

    def count(
        self,
        *,
        query: str | None = None,
        unread: bool = False,
        favourites: bool = False,
        tag: str | None = None,
        site: str | None = None,
        cap: int | None = None,
    ) -> int:
        """How many articles the same filters list. With ``cap``, counting may stop past it
        (the result is then ``cap + 1``: show "1,000+"), which keeps filtered searches fast.
        """
        where, params = self._where(unread=unread, favourites=favourites, tag=tag, site=site, for_count=True)
        match = fts_query(query) if query and query.strip() else None
        if query and query.strip() and match is None:
            return 0
        filtered = unread or favourites or bool(tag) or bool(site)
        with self.reading() as conn:
            if match is None:
                if not filtered:  # counted from an index, minus the few in the bin
                    row = conn.execute(
                        "SELECT (SELECT count(*) FROM articles) - "
                        "(SELECT count(*) FROM articles WHERE deleted_at IS NOT NULL)"
                    ).fetchone()
                    return int(row[0])
                sql = f"SELECT count(*) FROM articles a WHERE {' AND '.join(where)}"
                return int(conn.execute(sql, params).fetchone()[0])
            if not filtered:  # the index alone counts its matches; subtract those in the bin
                sql = "SELECT count(*) FROM search WHERE search MATCH ?"
                total = conn.execute(sql, (match,)).fetchone()[0]
                binned = conn.execute(
                    "SELECT count(*) FROM search WHERE search MATCH ? AND rowid IN "
                    "(SELECT id FROM articles WHERE deleted_at IS NOT NULL)",
                    (match,),
                ).fetchone()[0]
                return int(total) - int(binned)
            inner = (
                "SELECT 1 FROM search s JOIN articles a ON a.id = s.rowid "
                f"WHERE s.search MATCH ? AND {' AND '.join(where)}"
            )
            if cap is not None:
                inner += f" LIMIT {int(cap) + 1}"
            return int(conn.execute(f"SELECT count(*) FROM ({inner})", [match, *params]).fetchone()[0])

    def ids(self) -> list[int]:
        with self.reading() as conn:
            return [
                r[0] for r in conn.execute("SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY id")
            ]

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use with how many saved articles carry it."""
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT tag, count(*) FROM tags WHERE article_id NOT IN "
                "(SELECT id FROM articles WHERE deleted_at IS NOT NULL) "
                "GROUP BY tag ORDER BY tag COLLATE NOCASE"
            ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def sites(self) -> list[tuple[str, int]]:
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT site, count(*) FROM articles WHERE +deleted_at IS NULL AND site != '' "
                "GROUP BY site COLLATE NOCASE ORDER BY site COLLATE NOCASE"
            ).fetchall()
        return [(r[0], r[1]) for r in rows]

    # -- the user's data --------------------------------------------------------------------

    def _update(self, article_id: int, sql: str, args: Sequence[Any]) -> None:
        with self.writing() as conn:
            self._require(conn, article_id)
            conn.execute(sql, (*args, article_id))

    def set_read(self, article_id: int, read: bool = True) -> None:
        self._update(article_id, "UPDATE articles SET read=? WHERE id=?", (int(read),))

    def set_favourite(self, article_id: int, favourite: bool = True) -> None:
        self._update(article_id, "UPDATE articles SET favourite=? WHERE id=?", (int(favourite),))

    def set_tags(self, article_id: int, tags: Iterable[str]) -> None:
        clean = sorted({t for t in (normalise_tag(x) for x in tags) if t})
        with self.writing() as conn:
            self._require(conn, article_id)
            conn.execute("DELETE FROM tags WHERE article_id=?", (article_id,))
            conn.executemany(
                "INSERT INTO tags(article_id, tag) VALUES (?,?)", [(article_id, t) for t in clean]
            )

    def add_tag(self, article_id: int, tag: str) -> None:
        if t := normalise_tag(tag):
            self._update(article_id, "INSERT OR IGNORE INTO tags(tag, article_id) VALUES (?, ?)", (t,))

    def remove_tag(self, article_id: int, tag: str) -> None:
        self._update(article_id, "DELETE FROM tags WHERE tag=? AND article_id=?", (normalise_tag(tag),))

    def set_position(
        self, article_id: int, *, top_block: int | None = None, last_sentence: int | None = None
    ) -> None:
        """Where the reader was: the block at the top of the view and the last sentence spoken."""
        self._update(
            article_id,
            "UPDATE articles SET top_block=COALESCE(?, top_block), "
            "last_sentence=COALESCE(?, last_sentence) WHERE id=?",
            (top_block, last_sentence),
        )

    def mark_opened(self, article_id: int, now: float | None = None) -> None:
        self._update(article_id, "UPDATE articles SET opened_at=? WHERE id=?", (now or time.time(),))

    def mark_finished(self, article_id: int, now: float | None = None) -> None:
        """Listened or read to the end: read, with the time, and the next listen starts at the top."""
        self._update(
            article_id,
            "UPDATE articles SET read=1, finished_at=?, last_sentence=0 WHERE id=?",
            (now or time.time(),),
        )

    # -- deleting ---------------------------------------------------------------------------

    def delete(self, article_ids: Iterable[int], now: float | None = None) -> list[int]:
        """Move articles to the bin; :meth:`undelete` brings them back until they are purged."""
        now = time.time() if now is None else now
        ids = list(article_ids)
        with self.writing() as conn:
            done = []
            for aid in ids:
                cur = conn.execute(
                    "UPDATE articles SET deleted_at=? WHERE id=? AND deleted_at IS NULL", (now, aid)
                )
                if cur.rowcount:
                    done.append(aid)
        return done

    def undelete(self, article_ids: Iterable[int]) -> list[int]:
        ids = list(article_ids)
        with self.writing() as conn:
            done = []
            for aid in ids:
                cur = conn.execute(
                    "UPDATE articles SET deleted_at=NULL WHERE id=? AND deleted_at IS NOT NULL", (aid,)
                )
                if cur.rowcount:
                    done.append(aid)
        return done

    def purge_deleted(
        self, older_than_s: float = PURGE_AFTER_S, now: float | None = None, only: Iterable[int] | None = None
    ) -> int:
        """Remove for good what was deleted more than ``older_than_s`` seconds ago (or just ``only``)."""
        cutoff = (time.time() if now is None else now) - older_than_s
        wanted = None if only is None else set(only)
        with self.writing() as conn:
            ids = [
                r[0]
                for r in conn.execute(
                    "SELECT id FROM articles WHERE deleted_at IS NOT NULL AND deleted_at <= ?", (cutoff,)
                )
                if wanted is None or r[0] in wanted
            ]
            for aid in ids:
                self._unindex(conn, aid)
                conn.execute("DELETE FROM articles WHERE id=?", (aid,))
        if ids:
            log.info("purged %d deleted articles", len(ids))
        return len(ids)
