"""The library's one SQLite connection behind a lock, and the row lookups every part of it shares.

Saving, listing and the user's edits (and the history and queue) all go through ``reading()`` and
``writing()`` here, so locking and the "all of it or none of it" rule live in one place.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from reader.library import schema
from reader.library.errors import LibraryError, NotInLibraryError
from reader.library.records import index_values, unpack_article


class LibraryConnection:
    """The plumbing under :class:`reader.library.store.Library`; it sets these up when it opens."""

    path: Path
    _lock: threading.RLock
    _conn: sqlite3.Connection | None

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
