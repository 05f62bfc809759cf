"""The saved-articles library: one SQLite file, safe for two windows or processes at once.

Every change is one short ``BEGIN IMMEDIATE`` transaction, so a crash loses at most the change in
flight and another process waits (busy timeout) instead of failing. The list reads only the small
``articles`` table; bodies and originals live compressed in ``contents`` and are read one at a time.
Deleting is soft first (undo), and rows are purged some minutes later.

The parts live in their own modules: the connection and shared lookups (connection), saving
(saving), reading and listing (queries), and the reader's edits and deleting (edits).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path

from reader.library import schema
from reader.library.edits import PURGE_AFTER_S, Edits
from reader.library.errors import LibraryError, LibraryReadOnlyError
from reader.library.history import History
from reader.library.places import Places
from reader.library.queries import SORTS, Queries, Sort
from reader.library.queue import ListeningQueue
from reader.library.records import index_values, unpack_article
from reader.library.saving import SaveItem, Saving
from reader.library.textindex import INDEX_VERSION

log = logging.getLogger(__name__)

__all__ = ["PURGE_AFTER_S", "SORTS", "Library", "SaveItem", "Sort"]


class Library(Saving, Queries, Edits):
    """Open with ``Library(path)``; thread-safe (one connection behind a lock)."""

    def __init__(self, path: Path, migrations: Sequence[schema.Migration] = schema.MIGRATIONS) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = schema.connect(self.path, migrations)
        try:
            if self.read_only is None:  # a read-only library is read as it is
                with contextlib.suppress(LibraryReadOnlyError):
                    self._check_index_version()
                    self.purge_deleted()
        except BaseException:
            self.close()
            raise
        self.history = History(self)
        self.queue = ListeningQueue(self)
        self.places = Places(self)

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
