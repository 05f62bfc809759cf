"""The library's one SQLite connection behind a lock, and the row lookups every part of it shares.

Saving, listing and the user's edits (and the history and queue) all go through ``reading()`` and
``writing()`` here, so locking and the "all of it or none of it" rule live in one place.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from reader.library import schema
from reader.library.errors import LibraryError, LibraryReadOnlyError, NotInLibraryError
from reader.library.records import index_values, unpack_article

log = logging.getLogger(__name__)


class LibraryConnection:
    """The plumbing under :class:`reader.library.store.Library`; it sets these up when it opens.

    Nothing is written to a damaged file: before the first change this connection commits, the whole
    file is checked (``PRAGMA quick_check``, once per opening); a file that fails is from then on
    read-only, with a message, and the change is rolled back. Housekeeping that changes nothing
    (the purge at opening, most of the time) commits nothing and needs no check, so opening stays
    quick on a large library.
    """

    path: Path
    _lock: threading.RLock
    _conn: sqlite3.Connection | None
    _verified: bool = False  # the file passed the check since this connection opened
    _damage: str | None = None  # what the check found

    @property
    def read_only(self) -> str | None:
        """Why nothing can be saved (a read-only folder, a damaged file), or None when it can."""
        if self._damage is not None:
            return schema.damaged_message(self.path, self._damage)
        reason = getattr(self._conn, "read_only", None)
        return (
            f"the library {self.path} is {reason}; saved articles can be read, but nothing can be saved"
            if reason
            else None
        )

    def require_writable(self) -> None:
        """Raise LibraryReadOnlyError now, before any work, when nothing could be saved."""
        with self._lock:
            self._refuse_if_read_only()
            if not self._verified:
                with self.reading() as conn:
                    self._verify(conn)

    def _refuse_if_read_only(self) -> None:
        reason = self.read_only
        if reason is not None:
            code = "library.damaged" if self._damage is not None else "library.read_only"
            raise LibraryReadOnlyError(reason, code=code, params={"path": str(self.path)})

    def _verify(self, conn: sqlite3.Connection) -> None:
        rows = conn.execute("PRAGMA quick_check(3)").fetchall()
        if [tuple(r) for r in rows] != [("ok",)]:
            found = [
                ln.strip() for r in rows for ln in str(r[0]).splitlines() if ln.strip() and "***" not in ln
            ]
            self._damage = (found[0] if found else "the integrity check failed")[:200]
            log.info("library %s failed its integrity check: %s", self.path, "; ".join(found))
            self._refuse_if_read_only()
        self._verified = True

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        with self._lock, schema.translate_errors(self.path):
            if self._conn is None:
                raise LibraryError("the library is closed", code="library.closed")
            yield self._conn

    @contextlib.contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction: all of it is committed, or none of it."""
        with self._lock, schema.translate_errors(self.path):
            conn = self._conn
            if conn is None:
                raise LibraryError("the library is closed", code="library.closed")
            self._refuse_if_read_only()
            conn.execute("BEGIN IMMEDIATE")
            changes = conn.total_changes
            try:
                yield conn
                if not self._verified and conn.total_changes != changes:
                    self._verify(conn)  # inside the transaction: a damaged file gets nothing
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
            raise NotInLibraryError(
                f"no saved article has the id {article_id}", params={"id": str(article_id)}
            )
